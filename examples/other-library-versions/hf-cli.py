# kb: output other-library-versions/hf-cli.txt
# Which commands the installed huggingface_hub puts on PATH (2.4.0 here: hf, no huggingface-cli).
# --8<-- [start:show]
from importlib.metadata import distribution

hub = distribution("huggingface_hub")
print("huggingface_hub", hub.version)
print(sorted(ep.name for ep in hub.entry_points if ep.group == "console_scripts"))
# --8<-- [end:show]
