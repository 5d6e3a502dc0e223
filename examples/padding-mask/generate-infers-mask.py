# kb: output padding-mask/generate-infers-mask-output.txt
# kb: output padding-mask/forward-no-mask-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 whose pad token (<pad>, id 1) differs from its end-of-text token
# (id 0), and a word-level tokenizer, saved to ./tiny-gpt2 (nothing is downloaded).
words = ["<|endoftext|>", "<pad>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", pad_token="<pad>", padding_side="left").save_pretrained("tiny-gpt2")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64, bos_token_id=0, eos_token_id=0, pad_token_id=1, initializer_range=0.5)
GPT2LMHeadModel(config).save_pretrained("tiny-gpt2")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-gpt2")  # pad token <pad> (id 1) != eos (id 0), left padding
model = AutoModelForCausalLM.from_pretrained("tiny-gpt2")
batch = tokenizer(["the cat sat on the mat", "a dog"], padding=True, return_tensors="pt")

kwargs = dict(max_new_tokens=5, do_sample=False, pad_token_id=tokenizer.pad_token_id)
with_mask = model.generate(**batch, **kwargs)
without_mask = model.generate(batch["input_ids"], **kwargs)  # generate() builds the mask from pad_token_id
print("generate(), no mask == with mask:", torch.equal(with_mask, without_mask))

with torch.no_grad():
    logits_mask = model(**batch).logits[1, -1]
    logits_no_mask = model(batch["input_ids"]).logits[1, -1]  # a plain forward call builds nothing
print("forward(), no mask == with mask:", torch.allclose(logits_mask, logits_no_mask, atol=1e-5))
# --8<-- [end:show]
