# kb: output safetensors-header/inspect-file.txt
# Hidden: as in lfs-pointer.py, ./bert-base-chinese/model.safetensors holds a Git LFS pointer, and a
# second file holds an HTML page saved under a weights name (a login page or an error page), a third the
# Hub's plain-text error answer that `wget`/`curl` saved from a resolve/ URL of a gated model.
import hashlib
from pathlib import Path

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("bert-base-chinese")
weights = Path("bert-base-chinese/model.safetensors")
data = weights.read_bytes()
weights.write_text("version https://git-lfs.github.com/spec/v1\n"
                   f"oid sha256:{hashlib.sha256(data).hexdigest()}\nsize {len(data)}\n")
Path("downloaded.safetensors").write_text("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>\n")
Path("model-00001-of-00004.safetensors").write_text(
    "Access to model meta-llama/Llama-3.2-1B is restricted. You must have access to it and be authenticated to access it. Please log in.")

# --8<-- [start:show]
from pathlib import Path

for path in [Path("bert-base-chinese/model.safetensors"), Path("downloaded.safetensors"),
             Path("model-00001-of-00004.safetensors")]:
    head = path.read_bytes()[:64]
    print(path, path.stat().st_size, "bytes, starts with", head[:40])
    if head.startswith(b"version https://git-lfs"):
        print("  -> a Git LFS pointer, not the weights: run `git lfs pull` or download again")
    elif head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        print("  -> an HTML page, not the weights: download again (token? mirror? proxy?)")
    elif head and all(32 <= b < 127 or b in b"\t\r\n" for b in head):
        print("  -> text, not weights:", head.decode()[:60])
# --8<-- [end:show]
