# kb: raises ImportError version-incompat/pinned-range.txt
# What a downstream project (LLaMA-Factory, ms-swift, ...) runs at import time when it was tested
# with transformers 4.41.2 to 4.45.0 only.
# --8<-- [start:show]
from transformers.utils.versions import require_version

require_version("transformers>=4.41.2,<=4.45.0", "To fix: pip install transformers>=4.41.2,<=4.45.0")
# --8<-- [end:show]
