# kb: raises OSError repo-not-found/dot-path.txt
# --8<-- [start:show]
from transformers import AutoModel

# the folder does not exist (here: relative to the working directory)
model = AutoModel.from_pretrained("./models/bert-base-chinese")
# --8<-- [end:show]
