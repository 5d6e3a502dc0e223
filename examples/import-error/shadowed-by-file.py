# kb: raises ImportError import-error/shadowed-by-file.txt
# Hidden set-up: a script of your own called transformers.py in the working folder. Python looks in
# the script's folder first, so it imports that file instead of the library. Everything is restored
# afterwards.
import os
import pathlib
import sys

pathlib.Path("transformers.py").write_text("# my experiments\n")
saved_modules = {name: mod for name, mod in sys.modules.items() if name.split(".")[0] == "transformers"}
saved_path = sys.path[:]
for name in saved_modules:
    del sys.modules[name]
sys.path.insert(0, os.getcwd())
try:
    # --8<-- [start:show]
    from transformers import pipeline
    # --8<-- [end:show]
finally:
    for name in [n for n in sys.modules if n.split(".")[0] == "transformers"]:
        del sys.modules[name]
    sys.modules.update(saved_modules)
    sys.path[:] = saved_path
