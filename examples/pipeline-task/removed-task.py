# kb: raises KeyError pipeline-task/removed-task.txt
# Hidden set-up: a tiny BART saved where a downloaded checkpoint would be (nothing is downloaded).
from transformers import BartConfig, BartForConditionalGeneration
from transformers.utils import logging

logging.disable_progress_bar()
BartForConditionalGeneration(BartConfig(vocab_size=50, d_model=16, encoder_layers=1, decoder_layers=1,
                                        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
                                        decoder_ffn_dim=32, max_position_embeddings=64)).save_pretrained("models/bart-large-cnn")

# --8<-- [start:show]
from transformers import pipeline

summarizer = pipeline("summarization", model="models/bart-large-cnn")
# --8<-- [end:show]
