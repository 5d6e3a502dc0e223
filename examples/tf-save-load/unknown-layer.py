# kb: env tf
# kb: output tf-save-load/unknown-layer-scope.txt
# Hidden set-up: a Keras functional model built around the main layer of a tiny TFBertModel is
# saved to wrapped.h5 (transformers 4.57.6, tf-keras). Loading it needs the Transformers layer
# class registered with Keras; importing the Transformers TF model registers it. The shown code
# runs in a fresh interpreter that has not imported transformers, and fails there.
import os
import subprocess
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    import tensorflow as tf
    from transformers import BertConfig, TFBertModel

    config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
    input_ids = tf.keras.Input(shape=(8,), dtype=tf.int32)
    outputs = TFBertModel(config).bert(input_ids).last_hidden_state
    tf.keras.Model(input_ids, outputs).save("wrapped.h5")

    env = dict(os.environ, KB_FRESH_INTERPRETER="1")
    proc = subprocess.run([sys.executable, __file__], env=env)
    assert proc.returncode == 1, "loading without the Transformers classes should fail"
    sys.exit(0)

# --8<-- [start:show]
import tensorflow as tf

model = tf.keras.models.load_model("wrapped.h5")  # a Keras model that contains a Transformers TF layer
# --8<-- [end:show]
