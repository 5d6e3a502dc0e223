# kb: raises ValueError peft-adapter/adapter-config.txt
# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU. The relative path does not
# exist from the working directory, so peft takes it for a Hub repository id; the ValueError is raised
# after the Hub look-up fails (here: not a valid repository id; offline: no network).
# Hidden set-up: a tiny Llama saved to ./tiny-llama (nothing is downloaded).
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from peft import PeftModel
from transformers import AutoModelForCausalLM

base = AutoModelForCausalLM.from_pretrained("tiny-llama")
model = PeftModel.from_pretrained(base, "./llms/peft-chatglm2-6b")  # no such folder here
# --8<-- [end:show]
