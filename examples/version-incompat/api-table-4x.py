# kb: env tf
# kb: output version-incompat/api-table-4x.txt
# The same rows on transformers 4.57.6, where the 4.x calls still work. This environment has no
# PyTorch, so the cache and model rows check that 4.57.6 defines what the old code calls; the
# tokenizer rows run.
import ast
import inspect
from pathlib import Path

import transformers
from transformers import BertTokenizerFast, PreTrainedTokenizerBase

src = Path(transformers.__file__).parent
with open("vocab.txt", "w") as f:
    f.write("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "hello", "world"]))
tokenizer = BertTokenizerFast("vocab.txt")


def defines(module, method):
    tree = ast.parse((src / module).read_text())
    return any(isinstance(node, ast.FunctionDef) and node.name == method for node in ast.walk(tree))


print(transformers.__version__)
for method in ["from_legacy_cache", "to_legacy_cache", "get_max_cache_shape"]:
    assert defines("cache_utils.py", method), method
    print(f"{method}: defined in cache_utils.py")
print("encode_plus:", list(tokenizer.encode_plus("hello world")))
print("batch_encode_plus:", tokenizer.batch_encode_plus(["hello", "hello world"])["input_ids"])
assert 'kwargs.pop("use_auth_token", None)' in (src / "modeling_utils.py").read_text()
print("use_auth_token: accepted by from_pretrained (with a deprecation warning)")
default = inspect.signature(PreTrainedTokenizerBase.apply_chat_template).parameters["return_dict"].default
print("apply_chat_template return_dict default:", default)
assert '@deprecate_kwarg("tokenizer", new_name="processing_class", version="5.0.0"' in (src / "trainer.py").read_text()
print("Trainer(tokenizer=...): accepted (with a FutureWarning), processing_class also accepted")
