# kb: output cache-disk/disk-space-warning.txt
# Hidden: huggingface_hub runs this check before every download, with the size the Hub reports for
# the file and the folder it writes to (the blobs folder of the repo in the cache). Here the real
# check runs with a size just above this disk's free space, so the warning appears without a
# multi-gigabyte download.
import shutil
import tempfile
from pathlib import Path

from huggingface_hub.file_download import _check_disk_space

with tempfile.TemporaryDirectory() as tmp:
    blobs = Path(tmp) / "hub" / "models--Qwen--Qwen2.5-7B-Instruct" / "blobs"
    blobs.mkdir(parents=True)
    expected_size = shutil.disk_usage(blobs).free + 500_000_000  # 0.5 GB more than there is
    _check_disk_space(expected_size, blobs)
