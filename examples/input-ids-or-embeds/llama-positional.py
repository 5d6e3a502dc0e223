# kb: raises TypeError input-ids-or-embeds/llama-positional.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

# Hidden set-up: a tiny random Llama and a word-level tokenizer in ./tiny-llama (nothing is downloaded).
words = ["<s>", "</s>"] + "the a cat dog sat on mat".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="</s>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, bos_token="<s>", eos_token="</s>", pad_token="</s>").save_pretrained("tiny-llama")
torch.manual_seed(0)
config = LlamaConfig(vocab_size=len(words), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     num_key_value_heads=2, intermediate_size=37, bos_token_id=0, eos_token_id=1, pad_token_id=1)
LlamaForCausalLM(config).save_pretrained("tiny-llama")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-llama")
model = AutoModelForCausalLM.from_pretrained("tiny-llama")
inputs = tokenizer(["the cat sat", "a dog"], padding=True, return_tensors="pt")
outputs = model(inputs)  # Llama, Mistral, Qwen ...: the BatchEncoding reaches the embedding layer
# --8<-- [end:show]
