# kb: raises ValueError chat-template-missing/processor.txt
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast
from transformers.processing_utils import ProcessorMixin

# Hidden set-up: a text-only processor around a tiny tokenizer, standing in for the processor of a
# multimodal checkpoint that was saved without a chat template (nothing is downloaded).
words = ["<|endoftext|>"] + "hello the cat sat on mat how are you".split()
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<|endoftext|>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()


class TinyProcessor(ProcessorMixin):
    attributes = ["tokenizer"]
    tokenizer_class = "AutoTokenizer"


processor = TinyProcessor(tokenizer=PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>"))
# --8<-- [start:show]
messages = [{"role": "user", "content": [{"type": "text", "text": "hello how are you"}]}]
inputs = processor.apply_chat_template(messages, add_generation_prompt=True)  # processor without a template
# --8<-- [end:show]
