# kb: output no-lm-head/causal-lm-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 with its language-model head and a word-level tokenizer, saved to
# ./tiny-gpt2 (nothing is downloaded).
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", pad_token="<|endoftext|>").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64,
                    bos_token_id=0, eos_token_id=0, pad_token_id=0)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")  # GPT2LMHeadModel: with the head
print(type(model).__name__, model.can_generate())
inputs = tokenizer("the cat sat on the mat", return_tensors="pt")
output = model.generate(**inputs, max_new_tokens=5, do_sample=False)
print(output.shape)
# --8<-- [end:show]
