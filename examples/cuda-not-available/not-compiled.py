# kb: raises AssertionError cuda-not-available/not-compiled.txt
# Hidden set-up: a tiny Llama checkpoint saved to ./tiny-llama (nothing is downloaded). The test
# machine has the CPU build of torch, as a reader with the wrong wheel has.
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# the same error from model.cuda(), model.to("cuda"), torch.zeros(1, device="cuda")
model = AutoModelForCausalLM.from_pretrained("tiny-llama", device_map="cuda")
# --8<-- [end:show]
