# kb: output import-error/torchvision-only.txt
# --8<-- [start:show]
from transformers.models.auto.image_processing_auto import IMAGE_PROCESSOR_MAPPING_NAMES

for model_type in ["vit", "sam2", "llama4"]:  # the "model_type" in the checkpoint's config.json
    print(model_type, IMAGE_PROCESSOR_MAPPING_NAMES.get(model_type))

only_torchvision = [t for t, classes in IMAGE_PROCESSOR_MAPPING_NAMES.items() if not classes.get("pil")]
print(len(only_torchvision), "of", len(IMAGE_PROCESSOR_MAPPING_NAMES), "model types have only a torchvision class")
# --8<-- [end:show]
