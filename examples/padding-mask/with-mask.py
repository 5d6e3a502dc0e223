# kb: output padding-mask/with-mask-output.txt
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

model = AutoModelForSequenceClassification.from_pretrained("tiny-bert")
model.eval()

with torch.no_grad():
    alone = model(input_ids=torch.tensor([[7]])).logits
    batch = torch.tensor([[7, 8, 9], [7, 0, 0]])
    mask = torch.tensor([[1, 1, 1], [1, 0, 0]])  # 1 = real token, 0 = padding
    padded = model(input_ids=batch, attention_mask=mask).logits

print("padded row matches the single run:", torch.allclose(padded[1], alone[0], atol=1e-5))
# --8<-- [end:show]

assert torch.allclose(padded[1], alone[0], atol=1e-5)
with torch.no_grad():
    first = model(input_ids=torch.tensor([[7, 8, 9]])).logits
assert torch.allclose(padded[0], first[0], atol=1e-5)  # the unpadded row is unchanged
