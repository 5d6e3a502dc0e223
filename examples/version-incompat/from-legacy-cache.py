# kb: raises AttributeError version-incompat/from-legacy-cache.txt
# --8<-- [start:show]
from transformers import DynamicCache

past_key_values = None  # what old remote code passes on the first step
cache = DynamicCache.from_legacy_cache(past_key_values)
# --8<-- [end:show]
