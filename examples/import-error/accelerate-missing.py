# kb: raises ValueError import-error/accelerate-missing.txt
# Hidden set-up: this environment has Accelerate, so the check that transformers runs is told it is
# missing; the message is the library's own.
import transformers.integrations.accelerate as accelerate_integration
from transformers import BertConfig, BertModel
from transformers.utils import logging

logging.disable_progress_bar()
_real_check = accelerate_integration.is_accelerate_available


def _missing_once(*args, **kwargs):
    # answers "not installed" once, then restores the real check for the other examples of the process
    accelerate_integration.is_accelerate_available = _real_check
    return False


accelerate_integration.is_accelerate_available = _missing_once
BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32)).save_pretrained("my-model")

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("my-model", device_map="auto")
# --8<-- [end:show]
