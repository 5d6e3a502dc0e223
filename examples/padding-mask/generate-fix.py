import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast
from transformers.utils import logging

# Hidden set-up: a tiny random GPT-2 and a word-level tokenizer saved to ./tiny-gpt2 (nothing is
# downloaded). These warnings are printed once per process, so forget earlier ones.
logging.warning_once.cache_clear()
logging.set_verbosity_warning()
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", bos_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2", padding_side="left")  # decoder-only: pad on the left
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
if tokenizer.pad_token is None:
    tokenizer.pad_token = tokenizer.eos_token  # GPT-2 has no pad token of its own

prompts = ["the cat sat on the mat", "a dog"]
batch = tokenizer(prompts, padding=True, return_tensors="pt")  # input_ids + attention_mask
output = model.generate(**batch, max_new_tokens=5, do_sample=False, pad_token_id=tokenizer.pad_token_id)
new_tokens = output[:, batch["input_ids"].shape[1]:]
# --8<-- [end:show]

alone = tokenizer(prompts[1:], return_tensors="pt")
single = model.generate(**alone, max_new_tokens=5, do_sample=False, pad_token_id=tokenizer.pad_token_id)
assert batch["attention_mask"].tolist()[1][:4] == [0, 0, 0, 0]
assert torch.equal(new_tokens[1], single[0, alone["input_ids"].shape[1]:])
