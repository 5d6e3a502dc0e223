# kb: output repo-not-found/tilde-fix.txt
# Hidden: a tiny model saved into ~/models/bert-base-chinese, with HOME pointing at the working directory.
import os

os.environ["HOME"] = os.getcwd()
from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=37)).save_pretrained(os.path.join(os.getcwd(), "models", "bert-base-chinese"))
# --8<-- [start:show]
import os

from transformers import AutoModel

model = AutoModel.from_pretrained(os.path.expanduser("~/models/bert-base-chinese"))
print("loaded", type(model).__name__)
# --8<-- [end:show]
