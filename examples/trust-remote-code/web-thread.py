# kb: output trust-remote-code/web-thread.txt
# Hidden: as prompt.py, with "y" ready on stdin, but the load runs in a worker thread as in a web app
# (Gradio, Streamlit, FastAPI). The prompt needs signal.SIGALRM, which only the main thread may set,
# so no prompt is shown and the answer is never read. The parent prints the child's output and
# checks that no prompt appeared.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import custom_code_files, write_files

    write_files("foo-model", custom_code_files())
    proc = subprocess.run([sys.executable, __file__], env=dict(os.environ, KB_FRESH_INTERPRETER="1"),
                          input="y\n", capture_output=True, text=True)
    print(proc.stdout + proc.stderr)
    assert proc.returncode == 1, "the load in a thread should fail"
    assert "[y/N]" not in proc.stdout + proc.stderr, "a worker thread should get no prompt"
    sys.exit(0)

# --8<-- [start:show]
from concurrent.futures import ThreadPoolExecutor

from transformers import AutoModel

with ThreadPoolExecutor() as pool:  # a web app's worker thread: Gradio, Streamlit, FastAPI
    model = pool.submit(AutoModel.from_pretrained, "foo-model").result()
# --8<-- [end:show]
