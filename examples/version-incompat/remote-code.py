# kb: raises AttributeError version-incompat/remote-code.txt
# Hidden set-up: a local model folder whose config.json points (auto_map) at a modeling file written
# for transformers 4.3x, which reads `past_key_values.seen_tokens`.
import json
import textwrap
from pathlib import Path

import torch
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.utils import logging

logging.disable_progress_bar()

torch.manual_seed(0)
LlamaForCausalLM(LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("old-remote-model")
Path("old-remote-model/modeling_old.py").write_text(textwrap.dedent('''
    from transformers import LlamaForCausalLM

    class OldLlamaForCausalLM(LlamaForCausalLM):
        def forward(self, input_ids=None, past_key_values=None, **kwargs):
            if past_key_values is not None:
                past_length = past_key_values.seen_tokens  # written for transformers 4.36-4.53
            return super().forward(input_ids=input_ids, past_key_values=past_key_values, **kwargs)
'''))
config = json.loads(Path("old-remote-model/config.json").read_text())
config["auto_map"] = {"AutoModelForCausalLM": "modeling_old.OldLlamaForCausalLM"}
Path("old-remote-model/config.json").write_text(json.dumps(config))

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("old-remote-model", trust_remote_code=True)
output = model.generate(torch.tensor([[1, 2, 3]]), max_new_tokens=5)
# --8<-- [end:show]
