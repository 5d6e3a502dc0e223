"""transformers-kb: from a Hugging Face error to the page that fixes it, offline.

    python -m transformers_kb explain < train.log     # or: transformers-kb explain train.log
    %load_ext transformers_kb                          # IPython / Jupyter: every exception ends with the answer
    import transformers_kb; transformers_kb.install()  # a script: the same after an uncaught exception

Standard library only (Python 3.8+); nothing is imported from the libraries it talks about and no
socket is opened. The data (the site's pages, the release index) comes with it.
"""

from .core import BUILD, explain  # noqa: F401
from .hooks import install, load_ipython_extension, uninstall, unload_ipython_extension  # noqa: F401

__all__ = ["explain", "install", "uninstall", "load_ipython_extension", "unload_ipython_extension", "BUILD"]
