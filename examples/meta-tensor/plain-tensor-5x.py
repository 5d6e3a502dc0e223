# kb: raises NotImplementedError meta-tensor/tensor-to.txt
# Hidden set-up: a tiny BERT classifier saved locally; the custom class stands in for a model's own
# code (trust_remote_code) written for transformers 4.x.
import torch
from transformers import BertConfig, BertForSequenceClassification

torch.manual_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
BertForSequenceClassification(config).save_pretrained("my-model")

# --8<-- [start:show]
import torch
from transformers import BertForSequenceClassification


class MyModel(BertForSequenceClassification):
    def __init__(self, config):
        super().__init__(config)
        self.scale = torch.ones(config.hidden_size) * 0.5  # plain tensor, not a buffer


model = MyModel.from_pretrained("my-model")  # 5.x builds the model on the meta device
model.scale.to("cpu")  # still on meta: never filled with data
# --8<-- [end:show]
