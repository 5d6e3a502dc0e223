# kb: output padding-mask/generate-no-mask.txt
# kb: output padding-mask/generate-pad-is-eos.txt
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
import torch
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
input_ids = torch.tensor([[1, 3, 5, 6, 1, 7], [2, 4, 0, 0, 0, 0]])  # a batch; row 2 padded by hand
output = model.generate(input_ids, max_new_tokens=5, do_sample=False)  # no attention_mask, no pad_token_id
# --8<-- [end:show]
