# kb: output automodel-config/causallm-bert.txt
# Hidden set-up: a tiny random BERT checkpoint (masked language model) saved to ./tiny-bert.
from transformers import BertConfig, BertForMaskedLM, BertLMHeadModel

BertForMaskedLM(BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)).save_pretrained("tiny-bert")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-bert")  # no error, although BERT is an encoder
print(type(model).__name__, "is_decoder:", model.config.is_decoder)
# --8<-- [end:show]

assert isinstance(model, BertLMHeadModel) and not model.config.is_decoder
