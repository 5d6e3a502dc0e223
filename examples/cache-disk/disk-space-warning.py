# kb: output cache-disk/disk-space-warning.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves a tiny model whose weights file it
# announces 0.5 GB larger than the free space of the disk that holds the cache (the Hub announces
# the real size of every large file before the download). The shown code runs in a fresh
# interpreter pointed at it (HF_ENDPOINT), with an empty cache on that disk.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    import shutil
    import tempfile

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script, tiny_model_files

    too_large = shutil.disk_usage(tempfile.gettempdir()).free + 500_000_000
    repo = Repo(files=tiny_model_files("bert"), reported_sizes={"model.safetensors": too_large})
    status = run_script(__file__, {"Qwen/Qwen2.5-7B-Instruct": repo})
    assert status == 1, "the download should fail after the warning"
    sys.exit(0)

# --8<-- [start:show]
from transformers import AutoModel

model = AutoModel.from_pretrained("Qwen/Qwen2.5-7B-Instruct")
# --8<-- [end:show]
