# kb: raises ValueError automodel-config/qa-gemma.txt
from transformers import GemmaConfig

config = GemmaConfig(
    vocab_size=100, hidden_size=32, intermediate_size=37, num_hidden_layers=2,
    num_attention_heads=2, num_key_value_heads=1, head_dim=16,
)

# --8<-- [start:show]
from transformers import AutoModelForQuestionAnswering

model = AutoModelForQuestionAnswering.from_config(config)  # config is a GemmaConfig: Gemma has no QA head
# --8<-- [end:show]
