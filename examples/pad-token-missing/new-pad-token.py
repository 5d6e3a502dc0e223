# kb: output pad-token-missing/new-pad-token-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 and a word-level tokenizer with an end-of-text token but no pad
# token, like GPT-2 or Llama, saved to ./tiny-gpt2 (nothing is downloaded).
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", bos_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")

tokenizer.add_special_tokens({"pad_token": "<|pad|>"})  # a token of its own, distinct from EOS
model.resize_token_embeddings(len(tokenizer))  # one more row in the embedding matrix
model.config.pad_token_id = tokenizer.pad_token_id
model.generation_config.pad_token_id = tokenizer.pad_token_id

print("pad:", tokenizer.pad_token, tokenizer.pad_token_id, "eos:", tokenizer.eos_token_id)
print("embedding rows:", model.get_input_embeddings().weight.shape[0])
tokenizer.save_pretrained("tiny-gpt2-padded")  # save both, so they stay the same size
model.save_pretrained("tiny-gpt2-padded")
# --8<-- [end:show]
batch = tokenizer(["the cat sat", "a dog"], padding=True, return_tensors="pt")
assert batch["input_ids"][1, -1].item() == tokenizer.pad_token_id
model(**batch)
