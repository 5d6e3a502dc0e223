# Hidden set-up: a tiny fine-tuned 3-label classifier saved locally stands in for the reader's
# checkpoint (the folder written by save_pretrained or a Trainer run).
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                    intermediate_size=37, num_labels=3)
BertForSequenceClassification(config).save_pretrained("my-classifier")

# --8<-- [start:show]
from transformers import AutoConfig, AutoModelForSequenceClassification

config = AutoConfig.from_pretrained("my-classifier")
print(config.architectures, config.num_labels)  # the class and label count it was saved with
model, info = AutoModelForSequenceClassification.from_pretrained("my-classifier", output_loading_info=True)
print("missing:", info["missing_keys"], "mismatched:", info["mismatched_keys"])
# --8<-- [end:show]

assert config.architectures == ["BertForSequenceClassification"]
assert not info["missing_keys"] and not info["mismatched_keys"]
