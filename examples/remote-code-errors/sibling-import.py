# kb: raises ImportError remote-code-errors/sibling-import.txt
# Hidden set-up: a downloaded model folder with custom code whose modeling file imports its sibling
# configuration_internlm.py without the leading dot (an absolute import). Nothing is downloaded.
import json
import pathlib

folder = pathlib.Path("internlm-chat-7b")
folder.mkdir()
(folder / "configuration_internlm.py").write_text(
    "from transformers import PretrainedConfig\n\n"
    "class InternLMConfig(PretrainedConfig):\n"
    "    model_type = 'internlm'\n"
)
(folder / "modeling_internlm.py").write_text(
    "from transformers import PreTrainedModel\n"
    "from configuration_internlm import InternLMConfig\n\n"
    "class InternLMForCausalLM(PreTrainedModel):\n"
    "    config_class = InternLMConfig\n"
)
(folder / "config.json").write_text(json.dumps({
    "model_type": "internlm",
    "auto_map": {"AutoConfig": "configuration_internlm.InternLMConfig",
                 "AutoModelForCausalLM": "modeling_internlm.InternLMForCausalLM"},
}))

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("internlm-chat-7b", trust_remote_code=True)
# --8<-- [end:show]
