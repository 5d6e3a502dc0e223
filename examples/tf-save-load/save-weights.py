# kb: env tf
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
from transformers import TFBertModel

model.save_weights("my_weights.h5")  # weights only: keep the config yourself

rebuilt = TFBertModel(config)
rebuilt(rebuilt.dummy_inputs)  # build the layers before loading weights into them
rebuilt.load_weights("my_weights.h5")
# --8<-- [end:show]

np.testing.assert_allclose(rebuilt(input_ids).last_hidden_state.numpy(), before, atol=1e-6)
# from_pretrained also accepts that weights file together with the config (checked in 4.57.6)
again = TFBertModel.from_pretrained("my_weights.h5", config=config)
np.testing.assert_allclose(again(input_ids).last_hidden_state.numpy(), before, atol=1e-6)
