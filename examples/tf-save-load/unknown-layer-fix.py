# kb: env tf
# Hidden set-up: a Keras functional model built around the main layer of a tiny TFBertModel,
# saved to wrapped.h5 (transformers 4.57.6, tf-keras), as in unknown-layer.py.
import tensorflow as tf
from transformers import BertConfig, TFBertModel as _TFBertModel

config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
input_ids = tf.keras.Input(shape=(8,), dtype=tf.int32)
outputs = _TFBertModel(config).bert(input_ids).last_hidden_state
tf.keras.Model(input_ids, outputs).save("wrapped.h5")

# --8<-- [start:show]
import tensorflow as tf
from transformers import TFBertModel  # importing the model class registers its layers with Keras

model = tf.keras.models.load_model("wrapped.h5")
# --8<-- [end:show]

assert [type(layer).__name__ for layer in model.layers] == ["InputLayer", "TFBertMainLayer"]
