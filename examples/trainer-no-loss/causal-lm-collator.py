# Hidden set-up: a tiny GPT-2 and a word-level tokenizer built in memory stand in for a downloaded
# causal language model; the "data set" is a few tokenized sentences without labels.
import torch
from tokenizers import Tokenizer
from tokenizers.models import WordLevel
from tokenizers.pre_tokenizers import Whitespace
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

torch.manual_seed(0)
words = ["[PAD]", "[UNK]", "the", "cat", "sat", "on", "a", "mat", "dog", "ran"]
backend = Tokenizer(WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
backend.pre_tokenizer = Whitespace()
tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="[PAD]", unk_token="[UNK]")
model = GPT2LMHeadModel(GPT2Config(vocab_size=len(words), n_embd=32, n_layer=2, n_head=2, n_positions=32, pad_token_id=0))
texts = ["the cat sat on a mat", "the dog ran", "a cat ran on the mat", "the dog sat"]
train_dataset = [tokenizer(t) for t in texts]

# --8<-- [start:show]
from transformers import DataCollatorForLanguageModeling, Trainer, TrainingArguments

# copies input_ids into labels (padding becomes -100); the model shifts them itself
collator = DataCollatorForLanguageModeling(tokenizer=tokenizer, mlm=False)
args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none", max_steps=1, per_device_train_batch_size=4)
trainer = Trainer(model=model, args=args, train_dataset=train_dataset, data_collator=collator)
trainer.train()
# --8<-- [end:show]

assert trainer.state.global_step == 1
batch = collator(train_dataset[:2])
assert (batch["labels"] == -100).any() and "labels" in batch
