# kb: output automodel-config/causallm-bart.txt
# Hidden set-up: a tiny random BART checkpoint (encoder-decoder) saved to ./tiny-bart.
from transformers import BartConfig, BartForCausalLM, BartForConditionalGeneration

BartForConditionalGeneration(BartConfig(
    vocab_size=100, d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
    decoder_attention_heads=2, encoder_ffn_dim=37, decoder_ffn_dim=37, max_position_embeddings=64,
)).save_pretrained("tiny-bart")

# --8<-- [start:show]
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("tiny-bart")  # no error: only BART's decoder is built
print(type(model).__name__)
# --8<-- [end:show]

assert isinstance(model, BartForCausalLM)
assert not hasattr(model.model, "encoder")  # the encoder weights were dropped
