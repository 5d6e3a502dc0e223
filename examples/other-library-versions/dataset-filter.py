# kb: raises ImportError other-library-versions/dataset-filter.txt
# setfit 1.0.3 (setfit/model_card.py) imports DatasetFilter; huggingface_hub removed it in 0.24.0.
# --8<-- [start:show]
from huggingface_hub import DatasetFilter
# --8<-- [end:show]
