# kb: output chat-template-missing/instruct-repo-output.txt
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
from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("tiny-instruct")  # e.g. meta-llama/Llama-3.2-1B-Instruct, not meta-llama/Llama-3.2-1B
print("has a chat template:", tokenizer.chat_template is not None)
messages = [{"role": "user", "content": "hello how are you"}]
print(tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))
# --8<-- [end:show]
