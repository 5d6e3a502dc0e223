# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU: merge_and_unload() returns
# a LlamaForCausalLM that loads again without peft.
# Hidden set-up: a tiny Llama in ./tiny-llama and a LoRA adapter for it saved in ./my-lora.
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

base = LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                    num_attention_heads=2, num_key_value_heads=2))
base.save_pretrained("tiny-llama")
get_peft_model(base, LoraConfig(target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")).save_pretrained("my-lora")

# --8<-- [start:show]
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM

# the base model in 16-bit, not the 4-bit/8-bit/GPTQ copy used for QLoRA training
base = AutoModelForCausalLM.from_pretrained("tiny-llama", dtype=torch.bfloat16)
model = PeftModel.from_pretrained(base, "my-lora")
merged = model.merge_and_unload()  # a plain transformers model again
merged.save_pretrained("merged-model")  # also save the tokenizer into the same folder
# --8<-- [end:show]
reloaded = AutoModelForCausalLM.from_pretrained("merged-model")  # no peft involved
assert type(merged).__name__ == type(reloaded).__name__ == "LlamaForCausalLM", (type(merged), type(reloaded))
assert not any("lora" in name for name in reloaded.state_dict()), "merged weights still hold LoRA layers"
