# kb: output repo-not-found/absolute-path.txt
# Hidden: a tiny BERT saved into models/bert-base-chinese under the working directory stands in for
# the downloaded model folder; nothing is downloaded.
from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("models/bert-base-chinese")

# --8<-- [start:show]
from pathlib import Path

from transformers import AutoModel

model_dir = Path("models/bert-base-chinese").resolve()  # relative paths start at the working directory
print("working directory:", Path.cwd())
if not (model_dir / "config.json").is_file():
    raise SystemExit(f"no config.json in {model_dir}: wrong path or incomplete copy")
model = AutoModel.from_pretrained(model_dir)  # an existing folder: never sent to the Hub
print("loaded", type(model).__name__, "from", model_dir)
# --8<-- [end:show]
