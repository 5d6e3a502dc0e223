# kb: output no-weights-file/subfolder.txt
# Hidden set-up: ./my-pipeline is a multi-part repo (model_index.json at the top, one folder per
# part); its text encoder is a tiny BERT in text_encoder/.
import pathlib

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=37)).save_pretrained(
    "my-pipeline/text_encoder")
pathlib.Path("my-pipeline/unet").mkdir()
pathlib.Path("my-pipeline/model_index.json").write_text("{}")

# --8<-- [start:show]
from transformers import AutoModel

# the folder that holds config.json and the weights is my-pipeline/text_encoder
model = AutoModel.from_pretrained("my-pipeline", subfolder="text_encoder")
# or, the same: AutoModel.from_pretrained("my-pipeline/text_encoder")
print("loaded", type(model).__name__)
# --8<-- [end:show]
