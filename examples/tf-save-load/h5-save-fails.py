# kb: env tf
# kb: raises NotImplementedError tf-save-load/h5-save-fails.txt
# Hidden set-up: a tiny TFBertModel built from a config (nothing is downloaded), called once
# so that its weights exist. Runs in the TensorFlow environment: transformers 4.57.6, tf-keras.
import numpy as np
import tensorflow as tf
from transformers import BertConfig, TFBertModel

tf.random.set_seed(0)
config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=37)
model = TFBertModel(config)
input_ids = tf.constant([[1, 5, 7, 2]])
before = model(input_ids).last_hidden_state.numpy()

# --8<-- [start:show]
model.save("my_model.h5")  # a TFBertModel is a subclassed Keras model: HDF5 cannot hold it
# --8<-- [end:show]
