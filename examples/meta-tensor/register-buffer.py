# Hidden set-up: a tiny BERT classifier saved locally; the custom class stands in for a model's own
# code (trust_remote_code), fixed for transformers 5.x.
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
        self.register_buffer("scale", torch.ones(config.hidden_size) * 0.5, persistent=False)

    def _init_weights(self, module):
        super()._init_weights(module)
        if module is self:  # buffers that are not in the checkpoint get their values here
            self.scale.copy_(torch.ones(self.config.hidden_size) * 0.5)


model = MyModel.from_pretrained("my-model")
print(model.scale.device, model.scale[:3])
# --8<-- [end:show]

assert model.scale.device.type == "cpu" and torch.equal(model.scale, torch.full((32,), 0.5))
