# kb: raises ImportError tf-save-load/v5-import-error.txt
# Runs in the main environment (transformers 5.x), where the TensorFlow classes are gone.
# --8<-- [start:show]
from transformers import TFBertModel
# --8<-- [end:show]
