# kb: env tf
# kb: raises ImportError import-error/newer-name.txt
# Runs in the environment with the last 4.x release (4.57.6): Gemma 4 classes exist only in 5.x.
# --8<-- [start:show]
from transformers import Gemma4ForConditionalGeneration
# --8<-- [end:show]
