# kb: raises OSError cache-disk/no-space.txt
# Hidden: /dev/full is a Linux device that is always full, so writing to it fails the way a write
# fails on a full disk (a download into the cache, save_pretrained, a datasets cache file).
with open("/dev/full", "wb", buffering=0) as f:
    f.write(b"\0" * 1024)
