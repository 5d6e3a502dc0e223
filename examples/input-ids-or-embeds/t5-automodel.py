# kb: raises ValueError input-ids-or-embeds/t5-model.txt
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration

# Hidden set-up: a tiny random T5 and a word-level tokenizer saved to ./tiny-t5 (nothing is downloaded).
words = ["<pad>", "</s>", "<unk>"] + "translate summarize the cat sat on mat a dog".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="<pad>", eos_token="</s>", unk_token="<unk>").save_pretrained("tiny-t5")
torch.manual_seed(0)
config = T5Config(vocab_size=len(words), d_model=32, d_kv=8, d_ff=37, num_layers=1, num_heads=2, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
T5ForConditionalGeneration(config).save_pretrained("tiny-t5")

# --8<-- [start:show]
from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-t5")
model = AutoModel.from_pretrained("tiny-t5")  # T5Model: encoder + decoder, no generation head
inputs = tokenizer("summarize the cat sat on the mat", return_tensors="pt")
outputs = model(**inputs)  # the decoder gets no input
# --8<-- [end:show]
