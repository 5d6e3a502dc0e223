# kb: gpu
# Hidden set-up: a tiny causal LM saved locally stands in for the reader's model. On a one-GPU
# machine this runs as process 0; under accelerate launch / torchrun each process gets its own GPU.
import torch
from transformers import LlamaConfig, LlamaForCausalLM

config = LlamaConfig(vocab_size=100, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                     num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64)
LlamaForCausalLM(config).save_pretrained("my-model")

# --8<-- [start:show]
from accelerate import PartialState
from transformers import AutoModelForCausalLM

device_map = {"": PartialState().process_index}  # the whole model on this process's GPU: 0, 1, ...
model = AutoModelForCausalLM.from_pretrained("my-model", device_map=device_map)
# --8<-- [end:show]

assert {p.device for p in model.parameters()} == {torch.device("cuda", PartialState().process_index)}
