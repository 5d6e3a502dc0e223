# kb: raises ImportError import-error/remote-code-missing-package.txt
# Hidden set-up: a local "remote code" checkpoint whose modeling file imports flash_attn,
# which is not installed here. Nothing is downloaded.
import json
import pathlib

folder = pathlib.Path("tiny-remote")
folder.mkdir()
(folder / "configuration_tiny.py").write_text(
    "from transformers import PretrainedConfig\n\n"
    "class TinyConfig(PretrainedConfig):\n"
    "    model_type = 'tiny-remote'\n"
)
(folder / "modeling_tiny.py").write_text(
    "import flash_attn\n"
    "from transformers import PreTrainedModel\n"
    "from .configuration_tiny import TinyConfig\n\n"
    "class TinyModel(PreTrainedModel):\n"
    "    config_class = TinyConfig\n"
)
(folder / "config.json").write_text(json.dumps({
    "model_type": "tiny-remote",
    "auto_map": {"AutoConfig": "configuration_tiny.TinyConfig", "AutoModelForCausalLM": "modeling_tiny.TinyModel"},
}))

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-remote", trust_remote_code=True)
# --8<-- [end:show]
