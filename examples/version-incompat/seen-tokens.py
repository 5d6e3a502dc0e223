# kb: raises AttributeError version-incompat/seen-tokens.txt
# Code written for transformers 4.36-4.53 reads an attribute that 4.54 removed.
# --8<-- [start:show]
from transformers import DynamicCache

cache = DynamicCache()
past_length = cache.seen_tokens
# --8<-- [end:show]
