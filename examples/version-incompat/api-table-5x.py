# kb: output version-incompat/api-table-5x.txt
# Checks every row of the page's API table on transformers 5.23: the 4.x call fails with the error the
# table gives, the replacement works.
import torch
from transformers import (BertConfig, BertForSequenceClassification, BertModel, BertTokenizerFast, DynamicCache,
                          LlamaConfig, LlamaForCausalLM, Trainer, TrainingArguments)
from transformers.utils import logging

logging.disable_progress_bar()
previous_verbosity = logging.get_verbosity()
logging.set_verbosity_error()
torch.manual_seed(0)
vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "hello", "world"]
with open("vocab.txt", "w") as f:
    f.write("\n".join(vocab))
tokenizer = BertTokenizerFast("vocab.txt")
tokenizer.chat_template = "{% for m in messages %}{{ m['content'] }} {% endfor %}"
BertModel(BertConfig(vocab_size=10, hidden_size=8, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=8)).save_pretrained("tiny-bert")
llm = LlamaForCausalLM(LlamaConfig(vocab_size=16, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                   num_attention_heads=2, num_key_value_heads=2))
k = v = torch.zeros(1, 2, 3, 8)
filled = DynamicCache()
filled.update(k, v, 0)
messages = [{"role": "user", "content": "hello world"}]
classifier = BertForSequenceClassification(BertConfig(vocab_size=10, hidden_size=8, num_hidden_layers=1,
                                                      num_attention_heads=2, intermediate_size=8))
training_args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none")

ROWS = [  # (row, old call, expected error, replacement)
    ("DynamicCache.from_legacy_cache", lambda: DynamicCache.from_legacy_cache(((k, v),)),
     "type object 'DynamicCache' has no attribute 'from_legacy_cache'", lambda: DynamicCache(((k, v),))),
    ("to_legacy_cache", lambda: filled.to_legacy_cache(),
     "'DynamicCache' object has no attribute 'to_legacy_cache'",
     lambda: [(layer.keys, layer.values) for layer in filled.layers]),
    ("get_max_cache_shape", lambda: filled.get_max_cache_shape(),
     "'DynamicCache' object has no attribute 'get_max_cache_shape'", lambda: filled.get_max_length()),
    ("encode_plus", lambda: tokenizer.encode_plus("hello world"),
     "has no attribute encode_plus", lambda: tokenizer("hello world")),
    ("batch_encode_plus", lambda: tokenizer.batch_encode_plus(["hello", "hello world"]),
     "has no attribute batch_encode_plus", lambda: tokenizer(["hello", "hello world"])),
    ("use_auth_token", lambda: BertModel.from_pretrained("tiny-bert", use_auth_token="hf_xxx"),
     "unexpected keyword argument 'use_auth_token'", lambda: BertModel.from_pretrained("tiny-bert", token="hf_xxx")),
    ("apply_chat_template + generate",
     lambda: llm.generate(tokenizer.apply_chat_template(messages, return_tensors="pt"), max_new_tokens=2),
     "", lambda: llm.generate(tokenizer.apply_chat_template(messages, return_tensors="pt", return_dict=False),
                             max_new_tokens=2)),
    ("Trainer(tokenizer=...)", lambda: Trainer(model=classifier, args=training_args, tokenizer=tokenizer),
     "Trainer.__init__() got an unexpected keyword argument 'tokenizer'",
     lambda: Trainer(model=classifier, args=training_args, processing_class=tokenizer)),
]

for name, old, expected, new in ROWS:
    try:
        old()
    except (AttributeError, TypeError) as e:
        assert expected in str(e), (name, str(e))
        print(f"{name}: {type(e).__name__}: {str(e) or '(no message)'}")
    else:
        raise AssertionError(f"{name} still works")
    new()

logging.set_verbosity(previous_verbosity)  # leave the library as other examples expect it
