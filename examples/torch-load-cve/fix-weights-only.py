# kb: output torch-load-cve/fix-weights-only.txt
import argparse

import torch

torch.save({"args": argparse.Namespace(lr=1e-4), "weights": torch.zeros(2)}, "checkpoint.pt")

# --8<-- [start:show]
import argparse

import torch

# allow exactly the class the error names, and keep weights_only=True for everything else
with torch.serialization.safe_globals([argparse.Namespace]):
    checkpoint = torch.load("checkpoint.pt")
print(checkpoint["args"], checkpoint["weights"].shape)
# --8<-- [end:show]
