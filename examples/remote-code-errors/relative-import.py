# kb: output remote-code-errors/relative-import.txt
# Hidden set-up: the same folder as sibling-import.py, with the import fixed (a leading dot). The
# model is tiny and built from the config, so nothing is downloaded.
import json
import pathlib

from transformers.utils import logging

logging.disable_progress_bar()
folder = pathlib.Path("internlm-chat-7b")
folder.mkdir()
(folder / "configuration_internlm.py").write_text(
    "from transformers import PretrainedConfig\n\n"
    "class InternLMConfig(PretrainedConfig):\n"
    "    model_type = 'internlm'\n\n"
    "    def __init__(self, hidden_size=8, **kwargs):\n"
    "        self.hidden_size = hidden_size\n"
    "        super().__init__(**kwargs)\n"
)
(folder / "modeling_internlm.py").write_text(
    "import torch\n"
    "from transformers import PreTrainedModel\n"
    "from configuration_internlm import InternLMConfig\n\n"
    "class InternLMForCausalLM(PreTrainedModel):\n"
    "    config_class = InternLMConfig\n\n"
    "    def __init__(self, config):\n"
    "        super().__init__(config)\n"
    "        self.proj = torch.nn.Linear(config.hidden_size, config.hidden_size)\n"
    "        self.post_init()\n"
)
(folder / "config.json").write_text(json.dumps({
    "model_type": "internlm",
    "auto_map": {"AutoConfig": "configuration_internlm.InternLMConfig",
                 "AutoModelForCausalLM": "modeling_internlm.InternLMForCausalLM"},
}))
import torch
from safetensors.torch import save_file

save_file({"proj.weight": torch.zeros(8, 8), "proj.bias": torch.zeros(8)}, str(folder / "model.safetensors"),
          metadata={"format": "pt"})

# --8<-- [start:show]
from pathlib import Path

from transformers import AutoModelForCausalLM

# in your local copy of the repository: make the sibling import relative
modeling = Path("internlm-chat-7b/modeling_internlm.py")
code = modeling.read_text()
modeling.write_text(code.replace("from configuration_internlm import", "from .configuration_internlm import"))

model = AutoModelForCausalLM.from_pretrained("internlm-chat-7b", trust_remote_code=True)
print(type(model).__module__)
# --8<-- [end:show]
