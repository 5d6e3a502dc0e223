# kb: raises OSError repo-not-found/windows-path.txt
# A Windows path on a machine where it does not exist (or with a typo) is checked as a repo id.
# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("D:\\models\\bert-base-chinese")
# --8<-- [end:show]
