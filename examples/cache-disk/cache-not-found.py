# kb: raises CacheNotFound cache-disk/cache-not-found.txt
# Hidden: HF_HUB_CACHE points at a folder that does not exist (a typo, a disk that is not mounted,
# or nothing was ever downloaded there); scanning the cache, as `hf cache ls` does, fails.
import tempfile
from pathlib import Path

from huggingface_hub import scan_cache_dir

with tempfile.TemporaryDirectory() as tmp:
    missing = Path(tmp) / "data" / ".cache" / "huggingface" / "hub"
    scan_cache_dir(missing)
