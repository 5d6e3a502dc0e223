# kb: raises TypeError training-args-renamed/seq2seq.txt
# --8<-- [start:show]
from transformers import Seq2SeqTrainingArguments

args = Seq2SeqTrainingArguments(output_dir="out", overwrite_output_dir=True)
# --8<-- [end:show]
