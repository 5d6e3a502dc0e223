# kb: env tf
# kb: raises OSError repo-not-found/dot-path-4x.txt
# The same call with transformers 4.57 (the TensorFlow environment): another wrapper, same cause.
from transformers import AutoConfig

config = AutoConfig.from_pretrained("./models/bert-base-chinese")
