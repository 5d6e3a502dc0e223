# kb: output remote-code-errors/pin-revision.txt
# Hidden set-up: the hub cache holds two commits of "internlm/internlm-chat-7b": the newest (main)
# has the broken absolute sibling import, the older one the relative import that works. Offline.
import json
import shutil
import os
from pathlib import Path

import torch
from huggingface_hub import constants
from safetensors.torch import save_file
from transformers.utils import logging

logging.disable_progress_bar()
OLD, NEW = "a" * 40, "b" * 40
repo = Path(constants.HF_HUB_CACHE) / "models--internlm--internlm-chat-7b"
shutil.rmtree(repo, ignore_errors=True)  # the examples share one HF_HOME
for commit, dot in [(OLD, "."), (NEW, "")]:
    snap = repo / "snapshots" / commit
    snap.mkdir(parents=True)
    (snap / "configuration_internlm.py").write_text(
        "from transformers import PretrainedConfig\n\n"
        "class InternLMConfig(PretrainedConfig):\n"
        "    model_type = 'internlm'\n\n"
        "    def __init__(self, hidden_size=8, **kwargs):\n"
        "        self.hidden_size = hidden_size\n"
        "        super().__init__(**kwargs)\n")
    (snap / "modeling_internlm.py").write_text(
        "import torch\n"
        "from transformers import PreTrainedModel\n"
        f"from {dot}configuration_internlm import InternLMConfig\n\n"
        "class InternLMForCausalLM(PreTrainedModel):\n"
        "    config_class = InternLMConfig\n\n"
        "    def __init__(self, config):\n"
        "        super().__init__(config)\n"
        "        self.proj = torch.nn.Linear(config.hidden_size, config.hidden_size)\n"
        "        self.post_init()\n")
    (snap / "config.json").write_text(json.dumps({
        "model_type": "internlm",
        "auto_map": {"AutoConfig": "configuration_internlm.InternLMConfig",
                     "AutoModelForCausalLM": "modeling_internlm.InternLMForCausalLM"}}))
    save_file({"proj.weight": torch.zeros(8, 8), "proj.bias": torch.zeros(8)}, str(snap / "model.safetensors"),
              metadata={"format": "pt"})
(repo / "refs").mkdir()
(repo / "refs" / "main").write_text(NEW)
os.environ["HF_HUB_OFFLINE"] = "1"

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# the commit that still worked (the repository's "History" tab on the Hub lists them)
revision = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
model = AutoModelForCausalLM.from_pretrained(
    "internlm/internlm-chat-7b", revision=revision, trust_remote_code=True
)
print(type(model).__name__, "from", revision[:7])
# --8<-- [end:show]
shutil.rmtree(repo)
