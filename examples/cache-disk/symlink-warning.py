# kb: output cache-disk/symlink-warning.txt
# Hidden: on Linux every local folder supports symbolic links, so a file system without them
# (FAT/exFAT drives, some network and cloud drives, Windows without Developer Mode) is simulated:
# os.symlink fails. The warning is huggingface_hub's own probe of the cache folder.
import os
import tempfile

from huggingface_hub import file_download


def no_symlinks(*args, **kwargs):
    raise OSError("symbolic links are not supported here")


os.symlink = no_symlinks
with tempfile.TemporaryDirectory() as tmp:
    supported = file_download.are_symlinks_supported(os.path.join(tmp, "hub"))
assert supported is False
