# kb: raises ValueError automodel-config/causallm-distilbert.txt
# Hidden set-up: a tiny random DistilBERT checkpoint saved to ./tiny-distilbert (nothing is downloaded).
from transformers import DistilBertConfig, DistilBertForMaskedLM

DistilBertForMaskedLM(DistilBertConfig(vocab_size=100, dim=32, n_layers=2, n_heads=2, hidden_dim=37)).save_pretrained("tiny-distilbert")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-distilbert")  # DistilBERT has no text-generation head
# --8<-- [end:show]
