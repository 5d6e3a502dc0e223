# kb: raises TypeError other-library-versions/dispatch-batches.txt
# transformers 4.37.2 and older create the Trainer's Accelerator with this argument
# (trainer.py: Accelerator(dispatch_batches=self.args.dispatch_batches, ...)); accelerate 1.0.0 removed it.
# --8<-- [start:show]
from accelerate import Accelerator

accelerator = Accelerator(dispatch_batches=False)
# --8<-- [end:show]
