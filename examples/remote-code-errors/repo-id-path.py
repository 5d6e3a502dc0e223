# kb: raises FileNotFoundError remote-code-errors/repo-id-path.txt
# Hidden set-up: the hub cache holds "baichuan-inc/Baichuan2-7B-Chat-4bits", whose own code (like the
# real repository's quantized loader) opens pytorch_model.bin under the name it was given. Offline.
import json
import shutil
from pathlib import Path

import torch
from huggingface_hub import constants
from safetensors.torch import save_file
from transformers.utils import logging

logging.disable_progress_bar()
COMMIT = "c" * 40
repo = Path(constants.HF_HUB_CACHE) / "models--baichuan-inc--Baichuan2-7B-Chat-4bits"
shutil.rmtree(repo, ignore_errors=True)  # the examples share one HF_HOME
snap = repo / "snapshots" / COMMIT
snap.mkdir(parents=True)
(snap / "configuration_baichuan.py").write_text(
    "from transformers import PretrainedConfig\n\n"
    "class BaichuanConfig(PretrainedConfig):\n"
    "    model_type = 'baichuan'\n")
(snap / "modeling_baichuan.py").write_text(
    "import os\n"
    "import torch\n"
    "from transformers import PreTrainedModel\n"
    "from .configuration_baichuan import BaichuanConfig\n\n"
    "class BaichuanForCausalLM(PreTrainedModel):\n"
    "    config_class = BaichuanConfig\n\n"
    "    @classmethod\n"
    "    def from_pretrained(cls, pretrained_model_name_or_path, *args, **kwargs):\n"
    "        # like the repository's quantized loader: the path is built from the name it was given\n"
    "        state_dict = torch.load(os.path.join(pretrained_model_name_or_path, 'pytorch_model.bin'))\n"
    "        return super().from_pretrained(pretrained_model_name_or_path, *args, **kwargs)\n\n"
    "    def __init__(self, config):\n"
    "        super().__init__(config)\n"
    "        self.proj = torch.nn.Linear(4, 4)\n"
    "        self.post_init()\n")
(snap / "config.json").write_text(json.dumps({
    "model_type": "baichuan",
    "auto_map": {"AutoConfig": "configuration_baichuan.BaichuanConfig",
                 "AutoModelForCausalLM": "modeling_baichuan.BaichuanForCausalLM"}}))
torch.save({"proj.weight": torch.zeros(4, 4), "proj.bias": torch.zeros(4)}, snap / "pytorch_model.bin")
(repo / "refs").mkdir()
(repo / "refs" / "main").write_text(COMMIT)

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("baichuan-inc/Baichuan2-7B-Chat-4bits", trust_remote_code=True)
# --8<-- [end:show]
