# kb: output pipeline-task/qa-model.txt
# Hidden set-up: a tiny BERT question-answering model and tokenizer saved where a downloaded
# checkpoint would be (untrained, so the answer span is arbitrary).
import torch
from transformers import BertConfig, BertForQuestionAnswering, BertTokenizerFast
from transformers.utils import logging

logging.disable_progress_bar()
torch.manual_seed(0)
vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + "where does the cat sleep it sleeps on a mat".split()
with open("vocab.txt", "w") as f:
    f.write("\n".join(vocab))
BertTokenizerFast("vocab.txt").save_pretrained("models/distilbert-squad")
BertForQuestionAnswering(BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1,
                                    num_attention_heads=2, intermediate_size=32)).save_pretrained("models/distilbert-squad")

# --8<-- [start:show]
import torch
from transformers import AutoModelForQuestionAnswering, AutoTokenizer

checkpoint = "models/distilbert-squad"  # or "distilbert/distilbert-base-cased-distilled-squad"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForQuestionAnswering.from_pretrained(checkpoint)

question, context = "where does the cat sleep", "it sleeps on a mat"
inputs = tokenizer(question, context, return_tensors="pt")
with torch.no_grad():
    outputs = model(**inputs)
# the answer must lie in the context (sequence 1), and at most 15 tokens long, as in the pipeline
not_context = torch.tensor([sequence != 1 for sequence in inputs.sequence_ids(0)])
start_logits = outputs.start_logits[0].masked_fill(not_context, float("-inf"))
end_logits = outputs.end_logits[0].masked_fill(not_context, float("-inf"))
start = int(start_logits.argmax())
end = start + int(end_logits[start : start + 15].argmax())
print("answer:", repr(tokenizer.decode(inputs["input_ids"][0, start : end + 1])))
# --8<-- [end:show]
