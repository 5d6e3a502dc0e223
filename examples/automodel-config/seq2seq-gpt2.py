# kb: raises ValueError automodel-config/seq2seq-gpt2.txt
# Hidden set-up: a tiny random GPT-2 checkpoint saved to ./tiny-gpt2 (nothing is downloaded).
from transformers import GPT2Config, GPT2LMHeadModel

GPT2LMHeadModel(GPT2Config(vocab_size=100, n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2)).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import AutoModelForSeq2SeqLM

model = AutoModelForSeq2SeqLM.from_pretrained("tiny-gpt2")  # GPT-2 is decoder-only, not encoder-decoder
# --8<-- [end:show]
