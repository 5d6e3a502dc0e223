# kb: raises Exception torch-load-cve/weights-only.txt
# Hidden set-up: a checkpoint that pickles the script's argparse arguments next to the weights, as
# many training scripts saved them.
import argparse

import torch

torch.save({"args": argparse.Namespace(lr=1e-4), "weights": torch.zeros(2)}, "checkpoint.pt")

# --8<-- [start:show]
import torch

checkpoint = torch.load("checkpoint.pt")  # weights_only=True by default since PyTorch 2.6
# --8<-- [end:show]
