# Hidden set-up: a tiny BERT in the hub cache under a real repo id (see load-cached-offline.py).
import shutil
from pathlib import Path

from huggingface_hub import constants
from transformers import BertConfig, BertModel

REPO = "google-bert/bert-base-uncased"
entry = Path(constants.HF_HUB_CACHE) / ("models--" + REPO.replace("/", "--"))
shutil.rmtree(entry, ignore_errors=True)
commit = "1" * 40
tiny = BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37))
tiny.save_pretrained(entry / "snapshots" / commit)
(entry / "refs").mkdir()
(entry / "refs" / "main").write_text(commit)

# --8<-- [start:show]
from transformers import AutoConfig, AutoModel

# Per call, without the environment variable: never contact the Hub for this model
config = AutoConfig.from_pretrained("google-bert/bert-base-uncased", local_files_only=True)
model = AutoModel.from_pretrained("google-bert/bert-base-uncased", local_files_only=True)
# --8<-- [end:show]

assert model.config.hidden_size == config.hidden_size == 32
shutil.rmtree(entry)
