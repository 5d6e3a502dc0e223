# kb: output peft-adapter/target-fix.txt
# peft 0.21.2 (pinned for the tests), transformers 5.23.0, torch 2.13.0 CPU.
# Hidden set-up: a tiny Llama saved to ./tiny-llama (nothing is downloaded).
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-llama")
# a list of names from the model (or "all-linear": every linear layer except the output layer)
config = LoraConfig(target_modules=["q_proj", "k_proj", "v_proj", "o_proj"], task_type="CAUSAL_LM")
# config = LoraConfig(target_modules="all-linear", task_type="CAUSAL_LM")  # peft 0.8.0+
model = get_peft_model(model, config)
model.print_trainable_parameters()  # 0 trainable parameters would mean nothing was adapted
# --8<-- [end:show]

# The commented-out "all-linear" variant works as well: it adapts the attention and MLP layers.
all_linear = get_peft_model(AutoModelForCausalLM.from_pretrained("tiny-llama"),
                            LoraConfig(target_modules="all-linear", task_type="CAUSAL_LM"))
assert all_linear.get_nb_trainable_parameters()[0] > 0
