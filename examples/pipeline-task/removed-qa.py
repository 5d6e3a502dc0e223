# kb: raises KeyError pipeline-task/removed-qa.txt
# Hidden set-up: a tiny BERT saved where a downloaded checkpoint would be (nothing is downloaded).
from transformers import BertConfig, BertForQuestionAnswering
from transformers.utils import logging

logging.disable_progress_bar()
BertForQuestionAnswering(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                    intermediate_size=32)).save_pretrained("models/distilbert-squad")

# --8<-- [start:show]
from transformers import pipeline

qa = pipeline("question-answering", model="models/distilbert-squad")
# --8<-- [end:show]
