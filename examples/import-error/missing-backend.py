# kb: raises ImportError import-error/missing-backend.txt import-error/missing-backend-pil.txt import-error/missing-backend-torchvision.txt
# (the two paragraphs come in either order, so each is matched on its own)
# The test environment has neither Pillow nor torchvision installed.
# --8<-- [start:show]
from transformers import ImageGPTImageProcessor

processor = ImageGPTImageProcessor()  # the import works; creating it needs Pillow and torchvision
# --8<-- [end:show]
