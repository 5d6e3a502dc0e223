# kb: output pipeline-task/seq2seq-generate.txt
# Hidden set-up: a tiny BART and a word-level tokenizer saved where a downloaded summarization
# checkpoint would be (nothing is downloaded; the tiny model's "summary" is random words).
import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast
from transformers.utils import logging

logging.disable_progress_bar()
torch.manual_seed(0)
words = ["<s>", "<pad>", "</s>", "<unk>"] + "the cat sat on a mat and then it slept all day long".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, bos_token="<s>", eos_token="</s>", pad_token="<pad>",
                        unk_token="<unk>").save_pretrained("models/bart-large-cnn")
BartForConditionalGeneration(BartConfig(vocab_size=len(words), d_model=16, encoder_layers=1, decoder_layers=1,
                                        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
                                        decoder_ffn_dim=32, max_position_embeddings=64, pad_token_id=1,
                                        bos_token_id=0, eos_token_id=2, decoder_start_token_id=2,
                                        forced_bos_token_id=None, forced_eos_token_id=None,
                                        task_specific_params={"summarization": {"num_beams": 2, "max_new_tokens": 8}})
                             ).save_pretrained("models/bart-large-cnn")

# --8<-- [start:show]
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

checkpoint = "models/bart-large-cnn"  # or "facebook/bart-large-cnn", "google-t5/t5-small", "Helsinki-NLP/opus-mt-en-zh"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForSeq2SeqLM.from_pretrained(checkpoint)

text = "the cat sat on a mat and then it slept all day long"
# the pipeline also applied the checkpoint's settings for the task (T5: the prefix "summarize: ")
settings = dict((getattr(model.config, "task_specific_params", None) or {}).get("summarization", {}))
prefix = settings.pop("prefix", "")
inputs = tokenizer(prefix + text, return_tensors="pt", truncation=True)
summary_ids = model.generate(**inputs, **settings)
print(tokenizer.batch_decode(summary_ids, skip_special_tokens=True))
# --8<-- [end:show]
