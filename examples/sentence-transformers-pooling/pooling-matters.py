# kb: output sentence-transformers-pooling/pooling-matters.txt
# What the fallback does, in plain Transformers: mean pooling over the tokens. A model trained to use
# the [CLS] vector (BGE and others) gives a different embedding that way. Tiny random BERT; offline.
import torch
from transformers import BertConfig, BertModel, BertTokenizerFast

torch.manual_seed(0)
with open("vocab.txt", "w") as f:
    f.write("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "sat", "on", "mat"]))
tokenizer = BertTokenizerFast("vocab.txt")
model = BertModel(BertConfig(vocab_size=10, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                             intermediate_size=32)).eval()

# --8<-- [start:show]
import torch

batch = tokenizer(["the cat sat on the mat"], return_tensors="pt")
with torch.no_grad():
    tokens = model(**batch).last_hidden_state          # (batch, tokens, hidden)

mask = batch["attention_mask"].unsqueeze(-1).float()
mean_pooled = (tokens * mask).sum(1) / mask.sum(1)    # what "Creating a new one with mean pooling" builds
cls_pooled = tokens[:, 0]                             # what a CLS-pooling model (e.g. BGE) was trained with
similarity = torch.nn.functional.cosine_similarity(mean_pooled, cls_pooled).item()
print(f"same text, two poolings: cosine similarity {similarity:.2f}")
# --8<-- [end:show]
