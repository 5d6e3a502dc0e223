# kb: raises OSError repo-not-found/tilde-path.txt
# --8<-- [start:show]
from transformers import AutoModel

# Python does not expand "~" (only the shell does): this is not the home folder
model = AutoModel.from_pretrained("~/models/bert-base-chinese")
# --8<-- [end:show]
