# kb: raises ImportError import-error/missing-sentencepiece.txt
# Hidden set-up: a local stand-in for a Marian (Opus-MT) checkpoint, so nothing is downloaded.
# The test environment has no sentencepiece package.
import json
import pathlib

folder = pathlib.Path("opus-mt-en-zh")
folder.mkdir()
(folder / "config.json").write_text(json.dumps({"model_type": "marian"}))
(folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "MarianTokenizer"}))
(folder / "vocab.json").write_text(json.dumps({"<pad>": 0, "</s>": 1, "<unk>": 2}))
(folder / "source.spm").write_bytes(b"")
(folder / "target.spm").write_bytes(b"")

# --8<-- [start:show]
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("opus-mt-en-zh")  # Marian tokenizers need sentencepiece
# --8<-- [end:show]
