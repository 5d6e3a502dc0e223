# kb: output probability-nan/bf16-fix-output.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

# Hidden set-up: a tiny random GPT-2 saved in float32 to ./tiny-lm, with one MLP layer scaled so that
# its activations reach about 1e5, beyond float16's largest value (65504), as some real models' do.
words = ["<|endoftext|>"] + "the a cat dog sat on mat good bad movie was very and it".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", pad_token="<|endoftext|>").save_pretrained("tiny-lm")
torch.manual_seed(0)
config = GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=64,
                    bos_token_id=0, eos_token_id=0, pad_token_id=0)
lm = GPT2LMHeadModel(config)
with torch.no_grad():
    lm.transformer.h[0].mlp.c_fc.weight.mul_(20.0)
    lm.transformer.h[0].mlp.c_proj.weight.mul_(200000.0)
lm.save_pretrained("tiny-lm")

# --8<-- [start:show]
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-lm")
# bfloat16 has float32's range (float32 on CPUs and GPUs without bf16 support)
model = AutoModelForCausalLM.from_pretrained("tiny-lm", dtype=torch.bfloat16)
inputs = tokenizer("the cat sat on the mat", return_tensors="pt")
with torch.no_grad():
    print("logits finite:", torch.isfinite(model(**inputs).logits).all().item())
output = model.generate(**inputs, do_sample=True, max_new_tokens=5)
print(output.shape)
# --8<-- [end:show]
