# Hidden set-up: a tiny token classifier fine-tuned for 9 labels stands in for an NER checkpoint.
from transformers import BertConfig, BertForTokenClassification
from transformers.utils import logging

config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                    intermediate_size=37, num_labels=9)
BertForTokenClassification(config).save_pretrained("ner-model")
logging.set_verbosity_error()  # the MISMATCH report itself is shown above on the page

# --8<-- [start:show]
from transformers import AutoModelForTokenClassification

labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
model = AutoModelForTokenClassification.from_pretrained(
    "ner-model",
    num_labels=len(labels),
    id2label=dict(enumerate(labels)),
    label2id={label: i for i, label in enumerate(labels)},
    ignore_mismatched_sizes=True,  # keep the encoder, start a new 5-label classifier
)
# --8<-- [end:show]

logging.set_verbosity_warning()
assert model.classifier.out_features == 5 and model.config.num_labels == 5
