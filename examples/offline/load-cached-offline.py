# kb: output offline/load-cached-offline.txt
# Hidden set-up: put a tiny BERT into the hub cache under a real repo id, laid out the way a
# download leaves it (models--<org>--<name>/snapshots/<commit>/ plus refs/main), so that nothing
# has to be downloaded. The reader's cache was filled by an earlier online run or by `hf download`.
import shutil
from pathlib import Path

from huggingface_hub import constants
from transformers import BertConfig, BertModel

REPO = "google-bert/bert-base-uncased"
entry = Path(constants.HF_HUB_CACHE) / ("models--" + REPO.replace("/", "--"))
shutil.rmtree(entry, ignore_errors=True)
commit = "0" * 40
tiny = BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37))
tiny.save_pretrained(entry / "snapshots" / commit)
(entry / "refs").mkdir()
(entry / "refs" / "main").write_text(commit)

# --8<-- [start:show]
import os

os.environ["HF_HUB_OFFLINE"] = "1"  # before importing transformers

from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")  # read from the local cache
print(type(model).__name__)
# --8<-- [end:show]

assert model.config.hidden_size == 32  # it really is the cached copy
shutil.rmtree(entry)
