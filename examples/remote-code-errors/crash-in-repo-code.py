# kb: output remote-code-errors/crash-in-repo-code.txt
# Hidden set-up: a model folder whose own configuration code crashes (it expects rope_scaling to be
# set, as the config.json of its first release did). The traceback's last frame is the repo's file.
import json
import pathlib

folder = pathlib.Path("my-remote-model")
folder.mkdir()
(folder / "configuration_mine.py").write_text(
    "from transformers import PretrainedConfig\n\n"
    "class MyConfig(PretrainedConfig):\n"
    "    model_type = 'mine'\n\n"
    "    def __init__(self, rope_scaling=None, **kwargs):\n"
    "        self.rope_factor = rope_scaling['factor']\n"
    "        super().__init__(**kwargs)\n"
)
(folder / "config.json").write_text(json.dumps({
    "model_type": "mine", "auto_map": {"AutoConfig": "configuration_mine.MyConfig"}}))

# --8<-- [start:show]
import traceback

from transformers import AutoConfig

try:
    config = AutoConfig.from_pretrained("my-remote-model", trust_remote_code=True)
except Exception as error:
    last = traceback.extract_tb(error.__traceback__)[-1]
    print(type(error).__name__, error)
    print("raised in", last.filename, "line", last.lineno)
# --8<-- [end:show]
