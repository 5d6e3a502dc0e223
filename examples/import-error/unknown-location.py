# kb: raises ImportError import-error/unknown-location.txt
# Hidden set-up: make this process look like a Python that has no transformers installed and is
# started next to a folder named "transformers" (a git clone, or what a broken uninstall left behind).
# Python then imports that folder as an empty namespace package. Everything is restored afterwards.
import os
import sys

os.mkdir("transformers")
saved_modules = {name: mod for name, mod in sys.modules.items() if name.split(".")[0] == "transformers"}
saved_path = sys.path[:]
for name in saved_modules:
    del sys.modules[name]
sys.path[:] = [os.getcwd()] + [p for p in saved_path if "-packages" not in p]
try:
    # --8<-- [start:show]
    from transformers import pipeline
    # --8<-- [end:show]
finally:
    for name in [n for n in sys.modules if n.split(".")[0] == "transformers"]:
        del sys.modules[name]
    sys.modules.update(saved_modules)
    sys.path[:] = saved_path
