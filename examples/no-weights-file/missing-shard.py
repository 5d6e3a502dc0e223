# kb: raises FileNotFoundError no-weights-file/missing-shard.txt
# Hidden set-up: ./my-model is a sharded checkpoint (model.safetensors.index.json and three shards)
# whose last shard never arrived: a download that stopped part-way.
import pathlib

from transformers import BertConfig, BertModel

BertModel(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)).save_pretrained(
    "my-model", max_shard_size="40KB")
shards = sorted(pathlib.Path("my-model").glob("model-*-of-*.safetensors"))
shards[-1].unlink()

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("my-model")  # the index lists a shard that is not in the folder
# --8<-- [end:show]
