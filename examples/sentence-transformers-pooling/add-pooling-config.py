# kb: output sentence-transformers-pooling/add-pooling-config.txt
# Hidden set-up: a plain Transformers folder (what `git clone` of a BGE-style repo without its
# sentence-transformers files, or a save_pretrained, leaves). The fix writes the two small files that
# sentence-transformers reads, without needing sentence-transformers itself.
import os

from transformers import BertConfig, BertModel
from transformers.utils import logging

logging.disable_progress_bar()

BertModel(BertConfig(vocab_size=10, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32)).save_pretrained("my-embedding-model")

# --8<-- [start:show]
import json
import os

folder = "my-embedding-model"
hidden_size = json.load(open(os.path.join(folder, "config.json")))["hidden_size"]

# modules.json: the pipeline, transformer then pooling (then Normalize for models that need it)
json.dump([
    {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
    {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
], open(os.path.join(folder, "modules.json"), "w"), indent=2)
os.makedirs(os.path.join(folder, "1_Pooling"), exist_ok=True)
json.dump({"word_embedding_dimension": hidden_size, "pooling_mode_cls_token": True,
           "pooling_mode_mean_tokens": False, "pooling_mode_max_tokens": False},
          open(os.path.join(folder, "1_Pooling", "config.json"), "w"), indent=2)
os.makedirs(os.path.join(folder, "2_Normalize"), exist_ok=True)
print(sorted(os.listdir(folder)))
# --8<-- [end:show]
