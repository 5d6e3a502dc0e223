# kb: output training-args-renamed/trainer-processing-class.txt
# Hidden set-up: as trainer-tokenizer.py.
from tokenizers import Tokenizer, models
from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

tokenizer = PreTrainedTokenizerFast(tokenizer_object=Tokenizer(models.WordLevel({"[UNK]": 0, "[PAD]": 1}, unk_token="[UNK]")),
                                    unk_token="[UNK]", pad_token="[PAD]")
model = BertForSequenceClassification(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
                                                 num_attention_heads=2, intermediate_size=32))

# --8<-- [start:show]
from transformers import Trainer, TrainingArguments

args = TrainingArguments(output_dir="out", use_cpu=True, report_to="none")
trainer = Trainer(model=model, args=args, processing_class=tokenizer)  # accepted since 4.46
print(type(trainer.processing_class).__name__)
# --8<-- [end:show]
