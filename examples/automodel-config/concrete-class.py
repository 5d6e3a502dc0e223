# Hidden set-up: a tiny random T5 checkpoint saved to ./tiny-t5 (nothing is downloaded).
from transformers import T5Config
from transformers import T5ForConditionalGeneration as _T5

_T5(T5Config(vocab_size=100, d_model=32, d_kv=16, d_ff=37, num_layers=2, num_heads=2, decoder_start_token_id=0)).save_pretrained("tiny-t5")

# --8<-- [start:show]
from transformers import T5ForConditionalGeneration

model = T5ForConditionalGeneration.from_pretrained("tiny-t5")  # the class named in config.architectures
# --8<-- [end:show]

assert isinstance(model, _T5)
