from transformers import GPT2Config

config = GPT2Config(vocab_size=100, n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2)

# --8<-- [start:show]
from transformers import AutoModelForQuestionAnswering, GPT2ForQuestionAnswering

model = AutoModelForQuestionAnswering.from_config(config)  # config is a GPT2Config
print(type(model).__name__)
# --8<-- [end:show]

assert isinstance(model, GPT2ForQuestionAnswering)
