# kb: output chat-template-missing/copy-template-output.txt
import os

from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

# Hidden set-up: two tiny word-level tokenizers (nothing is downloaded). "tiny-base" has no chat
# template, like a base model or a checkpoint saved without one; "tiny-instruct" has one.
words = ["<|endoftext|>", "<|user|>", "<|assistant|>"] + "hello the cat sat on mat how are you".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>").save_pretrained("tiny-base")
instruct = PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>")
instruct.chat_template = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|endoftext|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
instruct.save_pretrained("tiny-instruct")

# --8<-- [start:show]
import os

from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-base")  # your fine-tuned checkpoint
source = AutoTokenizer.from_pretrained("tiny-instruct")  # the instruct model it was trained from
tokenizer.chat_template = source.chat_template
tokenizer.save_pretrained("tiny-base")  # store the template with the checkpoint

print(sorted(f for f in os.listdir("tiny-base") if "chat_template" in f))
reloaded = AutoTokenizer.from_pretrained("tiny-base")
print("has a chat template:", reloaded.chat_template is not None)
# --8<-- [end:show]
