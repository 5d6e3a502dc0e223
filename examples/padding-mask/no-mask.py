# kb: output padding-mask/no-mask-output.txt
# Hidden set-up: a tiny random BERT classifier saved to ./tiny-bert (nothing is downloaded).
# initializer_range=0.5 makes the effect of padding large enough to see.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(
    vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37,
    pad_token_id=0, initializer_range=0.5,
)
BertForSequenceClassification(config).eval().save_pretrained("tiny-bert")

# --8<-- [start:show]
import torch
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("tiny-bert")  # pad_token_id is 0
model.eval()

with torch.no_grad():
    alone = model(input_ids=torch.tensor([[7]])).logits  # a one-token sentence on its own
    batch = torch.tensor([[7, 8, 9], [7, 0, 0]])  # the same sentence, padded to the batch length
    padded = model(input_ids=batch).logits  # no attention_mask

print("padded row matches the single run:", torch.allclose(padded[1], alone[0], atol=1e-5))
# --8<-- [end:show]

assert not torch.allclose(padded[1], alone[0], atol=1e-5)
