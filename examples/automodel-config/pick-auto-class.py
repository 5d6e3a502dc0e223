# Hidden set-up: tiny random GPT-2 and T5 checkpoints saved locally (nothing is downloaded).
from transformers import GPT2Config, GPT2LMHeadModel, T5Config, T5ForConditionalGeneration

GPT2LMHeadModel(GPT2Config(vocab_size=100, n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2)).save_pretrained("tiny-gpt2")
T5ForConditionalGeneration(T5Config(vocab_size=100, d_model=32, d_kv=16, d_ff=37, num_layers=2, num_heads=2, decoder_start_token_id=0)).save_pretrained("tiny-t5")

# --8<-- [start:show]
from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM

for path in ["tiny-gpt2", "tiny-t5"]:
    config = AutoConfig.from_pretrained(path)
    print(path, config.model_type, config.architectures, config.is_encoder_decoder)

gpt2 = AutoModelForCausalLM.from_pretrained("tiny-gpt2")  # decoder-only: GPT-2, Llama, Qwen ...
t5 = AutoModelForSeq2SeqLM.from_pretrained("tiny-t5")  # encoder-decoder: T5, BART, mT5 ...
# --8<-- [end:show]

from transformers import GPT2LMHeadModel, T5ForConditionalGeneration

assert isinstance(gpt2, GPT2LMHeadModel)
assert isinstance(t5, T5ForConditionalGeneration)
assert AutoConfig.from_pretrained("tiny-gpt2").architectures == ["GPT2LMHeadModel"]
