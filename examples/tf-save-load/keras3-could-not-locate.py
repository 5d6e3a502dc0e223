# kb: env tf
# kb: output tf-save-load/keras3-could-not-locate.txt
# Hidden set-up: a tiny TFBertModel saved in the .keras format through tf-keras (transformers
# 4.57.6), as a TensorFlow 2.15 setup would have done. The shown code then loads it the way a
# machine with Keras 3 (TensorFlow 2.16 or later without TF_USE_LEGACY_KERAS) does, in a fresh
# interpreter; its traceback is the output checked.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    from transformers import BertConfig, TFBertModel

    config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
    model = TFBertModel(config)
    model(model.dummy_inputs)
    model.save("my_model.keras")

    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    env.pop("TF_USE_LEGACY_KERAS", None)  # plain Keras 3
    proc = subprocess.run([sys.executable, __file__], env=env)
    assert proc.returncode == 1, "Keras 3 should not find the Transformers class"
    sys.exit(0)

# --8<-- [start:show]
import keras  # Keras 3

model = keras.saving.load_model("my_model.keras")  # saved from a TFBertModel with tf-keras
# --8<-- [end:show]
