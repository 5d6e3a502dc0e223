# kb: output pipeline-task/tasks-5x.txt
# --8<-- [start:show]
import transformers
from transformers.pipelines import SUPPORTED_TASKS

print("transformers", transformers.__version__)
for task in ["summarization", "translation", "text2text-generation", "question-answering"]:
    print(f"{task:22}", "available" if task in SUPPORTED_TASKS else "removed")
# --8<-- [end:show]
