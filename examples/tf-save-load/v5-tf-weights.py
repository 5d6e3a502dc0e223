# kb: raises OSError tf-save-load/v5-tf-weights.txt
# Hidden set-up: the folder that TFBertModel.save_pretrained wrote with transformers 4.x:
# config.json and tf_model.h5. This environment has no TensorFlow, so an empty file stands in for
# tf_model.h5; transformers 5.x never opens it (it looks only for PyTorch weight files).
import pathlib

from transformers import BertConfig

BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37).save_pretrained("my_tf_model")
pathlib.Path("my_tf_model/tf_model.h5").write_bytes(b"")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("my_tf_model", from_tf=True)  # 5.x drops from_tf without a word
# --8<-- [end:show]
