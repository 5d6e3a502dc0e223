# kb: output onnx-export/sdpa.txt
# Hidden set-up: a tiny Llama saved to ./tiny-llama (nothing is downloaded).
from transformers import LlamaConfig, LlamaForCausalLM

LlamaForCausalLM(LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

# what to_bettertransformer() gave you: PyTorch's scaled_dot_product_attention, built in
model = AutoModelForCausalLM.from_pretrained("tiny-llama", attn_implementation="sdpa")
print(model.config._attn_implementation)
# --8<-- [end:show]
