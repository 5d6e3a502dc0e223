# kb: raises ImportError import-error/removed-name.txt
# --8<-- [start:show]
from transformers import ImageGPTFeatureExtractor  # removed in transformers 5.0
# --8<-- [end:show]
