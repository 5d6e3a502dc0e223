# kb: env tf
# kb: raises ValueError no-weights-file/no-config-v4.txt
# Transformers 4.57.6 (the TensorFlow environment has no PyTorch, so AutoConfig stands in for
# AutoModel, which reads the config the same way first). ./my-model has a weights file, no config.json.
import pathlib

pathlib.Path("my-model").mkdir()
pathlib.Path("my-model/model.safetensors").write_bytes(b"")

# --8<-- [start:show]
from transformers import AutoConfig

config = AutoConfig.from_pretrained("my-model")  # my-model/ has no config.json
# --8<-- [end:show]
