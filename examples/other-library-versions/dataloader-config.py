# kb: output other-library-versions/dataloader-config.txt
# The accelerate 1.x form of the same setting.
# --8<-- [start:show]
from accelerate import Accelerator
from accelerate.utils import DataLoaderConfiguration

accelerator = Accelerator(dataloader_config=DataLoaderConfiguration(dispatch_batches=False))
print("dispatch_batches:", accelerator.dispatch_batches)
# --8<-- [end:show]
