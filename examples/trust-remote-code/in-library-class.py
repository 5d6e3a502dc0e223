# kb: output trust-remote-code/in-library-class.txt
# Hidden: ./my-finetuned-bert is a tiny BERT whose config.json still carries an auto_map to custom
# code, as checkpoints fine-tuned from a custom-code repo do.
import json
import os
import sys
from pathlib import Path

from transformers import BertConfig, BertModel

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from kb.testing.fakehub import CUSTOM_MODELING

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained("my-finetuned-bert")
config_file = Path("my-finetuned-bert/config.json")
config = json.loads(config_file.read_text())
config["auto_map"] = {"AutoModel": "modeling_foo.FooModel"}
config_file.write_text(json.dumps(config))
Path("my-finetuned-bert/modeling_foo.py").write_text(CUSTOM_MODELING)

# --8<-- [start:show]
from transformers import AutoModel

# model_type "bert" is built into transformers: use that class, not the folder's custom code
model = AutoModel.from_pretrained("my-finetuned-bert", trust_remote_code=False)
print("loaded", type(model).__name__, "from", type(model).__module__)
# --8<-- [end:show]
