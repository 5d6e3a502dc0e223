import os

# --8<-- [start:show]
import importlib.metadata

import transformers

print(transformers.__version__)  # the version Python actually imported
print(importlib.metadata.version("transformers"))  # the version pip installed
print(transformers.__file__)  # should end with site-packages/transformers/__init__.py
# --8<-- [end:show]

assert transformers.__version__ == importlib.metadata.version("transformers")
assert transformers.__file__.endswith(os.path.join("site-packages", "transformers", "__init__.py"))
