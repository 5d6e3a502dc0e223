# kb: output max-length-generation/generation-config-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 and a word-level tokenizer saved to ./tiny-gpt2 (nothing is
# downloaded). eos_token_id=1 is a word the seeded model never picks, so it never stops early.
words = ["<|endoftext|>", "<|end|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|end|>", pad_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=256, bos_token_id=1, eos_token_id=1, pad_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
print(model.generation_config)  # the defaults generate() uses; max_length here also counts the prompt

model.generation_config.max_new_tokens = 64  # a default for every later generate() call
model.save_pretrained("my-model")  # stored in my-model/generation_config.json
inputs = tokenizer("the cat sat on the mat", return_tensors="pt")
output = model.generate(**inputs, do_sample=False)
print("new tokens:", output.shape[1] - inputs["input_ids"].shape[1])
# --8<-- [end:show]
