# kb: output padding-side-left/left-padding-output.txt
import io
import logging as std_logging

import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast
from transformers.utils import logging

# Hidden set-up: a tiny random GPT-2 and a word-level tokenizer saved to ./tiny-gpt2 (nothing is
# downloaded). Some of these warnings are printed once per process, so forget earlier ones.
logging.warning_once.cache_clear()
logging.set_verbosity_warning()
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", bos_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

log = io.StringIO()
std_logging.getLogger("transformers").addHandler(std_logging.StreamHandler(log))
# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2", padding_side="left")
# or, on a tokenizer you already have: tokenizer.padding_side = "left"
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
tokenizer.pad_token = tokenizer.eos_token

prompts = ["the cat sat on the mat", "a dog"]
batch = tokenizer(prompts, padding=True, return_tensors="pt")
print(batch["input_ids"])  # the padding (id 0) is now in front of the short prompt
output = model.generate(**batch, max_new_tokens=5, do_sample=False, pad_token_id=tokenizer.pad_token_id)
answers = tokenizer.batch_decode(output[:, batch["input_ids"].shape[1]:], skip_special_tokens=True)
# --8<-- [end:show]
assert "right-padding" not in log.getvalue()
alone = tokenizer(prompts[1:], return_tensors="pt")
single = model.generate(**alone, max_new_tokens=5, do_sample=False, pad_token_id=tokenizer.pad_token_id)
assert tokenizer.decode(single[0, alone["input_ids"].shape[1]:], skip_special_tokens=True) == answers[1]
