# kb: raises ImportError other-library-versions/cached-download.txt
# sentence-transformers 2.2.2 (util.py and SentenceTransformer.py) starts with this import; with
# huggingface_hub 0.26.0 or later installed, importing sentence_transformers fails on it.
# --8<-- [start:show]
from huggingface_hub import cached_download
# --8<-- [end:show]
