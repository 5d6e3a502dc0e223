# kb: raises OSError offline/oserror-offline.txt
# --8<-- [start:show]
import os

os.environ["HF_HUB_OFFLINE"] = "1"  # must be set before transformers is imported

from transformers import AutoModel

model = AutoModel.from_pretrained("bert-base-uncased")  # nothing in the cache: fails at once
# --8<-- [end:show]
