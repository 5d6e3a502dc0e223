# kb: raises ImportError import-error/adamw-removed.txt
# --8<-- [start:show]
from transformers import AdamW  # removed in transformers 4.50
# --8<-- [end:show]
