# kb: raises ValueError automodel-config/remote-code.txt
# Hidden set-up: a local checkpoint with its own code ("remote code"), like ChatGLM, saved to
# ./tiny-chat. Its config.json registers only AutoConfig and AutoModel. Nothing is downloaded.
import json
import pathlib

from transformers import AutoConfig, AutoModel

folder = pathlib.Path("tiny-chat")
folder.mkdir()
(folder / "configuration_tinychat.py").write_text(
    "from transformers import PretrainedConfig\n\n"
    "class TinyChatConfig(PretrainedConfig):\n"
    "    model_type = \"tinychat\"\n\n"
    "    def __init__(self, hidden_size=8, **kwargs):\n"
    "        self.hidden_size = hidden_size\n"
    "        super().__init__(**kwargs)\n"
)
(folder / "modeling_tinychat.py").write_text(
    "import torch\n"
    "from transformers import PreTrainedModel\n"
    "from .configuration_tinychat import TinyChatConfig\n\n"
    "class TinyChatModel(PreTrainedModel):\n"
    "    config_class = TinyChatConfig\n\n"
    "    def __init__(self, config):\n"
    "        super().__init__(config)\n"
    "        self.proj = torch.nn.Linear(config.hidden_size, config.hidden_size)\n"
    "        self.post_init()\n\n"
    "    def forward(self, x):\n"
    "        return self.proj(x)\n"
)
(folder / "config.json").write_text(json.dumps({
    "model_type": "tinychat", "hidden_size": 8, "architectures": ["TinyChatModel"],
    "auto_map": {"AutoConfig": "configuration_tinychat.TinyChatConfig", "AutoModel": "modeling_tinychat.TinyChatModel"},
}))
AutoModel.from_config(AutoConfig.from_pretrained("tiny-chat", trust_remote_code=True), trust_remote_code=True).save_pretrained("tiny-chat")

# --8<-- [start:show]
from transformers import AutoModelForSequenceClassification

model = AutoModelForSequenceClassification.from_pretrained("tiny-chat", trust_remote_code=True)
# --8<-- [end:show]
