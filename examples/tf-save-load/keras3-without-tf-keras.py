# kb: env tf
# kb: output tf-save-load/keras3-without-tf-keras.txt
# Hidden: reproduce a machine with Keras 3 but without tf-keras. In a fresh interpreter, tf_keras
# is made unimportable before transformers looks for it; its traceback is the output checked.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    proc = subprocess.run([sys.executable, __file__], env=env)
    assert proc.returncode == 1, "importing a TF class should fail without tf-keras"
    sys.exit(0)

sys.modules["tf_keras"] = None  # as if `pip install tf-keras` had never run

# --8<-- [start:show]
from transformers import TFBertModel
# --8<-- [end:show]
