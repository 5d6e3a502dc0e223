"""Wrap an error output in the frames real pastes carry, in five styles (`kb search-report`, tests).

    wrap(output, style) -> the text a reader would paste

Styles: "linux" (a traceback from a Linux venv), "windows-zh" (Windows, Chinese folder names),
"torchrun" (every line prefixed with `[rank0]:`, then torchrun's ChildFailedError summary),
"chained" (an earlier exception, "During handling of the above exception ..."), "log" (log
records with timestamps and levels, ANSI colours, a progress bar before the error).
"""

STYLES = ("linux", "windows-zh", "torchrun", "chained", "log")

_LINUX_FRAMES = [
    ('/home/user/project/train.py', 88, '<module>', 'main()'),
    ('/home/user/project/train.py', 61, 'main', 'model = load_model(args.model_name_or_path)'),
    ('/home/user/project/utils/loading.py', 23, 'load_model', 'return AutoModelForCausalLM.from_pretrained(path, **kwargs)'),
    ('/home/user/.venv/lib/python3.11/site-packages/transformers/models/auto/auto_factory.py', 604,
     'from_pretrained', 'return model_class.from_pretrained('),
    ('/home/user/.venv/lib/python3.11/site-packages/transformers/modeling_utils.py', 277, '_wrapper',
     'return func(*args, **kwargs)'),
    ('/home/user/.venv/lib/python3.11/site-packages/transformers/modeling_utils.py', 4971, 'from_pretrained',
     'model = cls(config, *model_args, **model_kwargs)'),
    ('/home/user/.venv/lib/python3.11/site-packages/torch/nn/modules/module.py', 1773, '_wrapped_call_impl',
     'return self._call_impl(*args, **kwargs)'),
    ('/home/user/.venv/lib/python3.11/site-packages/torch/nn/modules/module.py', 1784, '_call_impl',
     'return forward_call(*args, **kwargs)'),
]

_WINDOWS_FRAMES = [
    ('D:\\项目\\大模型微调\\train.py', 88, '<module>', 'main()'),
    ('D:\\项目\\大模型微调\\train.py', 61, 'main', 'model = load_model(args.model_name_or_path)'),
    ('C:\\Users\\张三\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\site-packages\\transformers\\models\\auto\\auto_factory.py',
     604, 'from_pretrained', 'return model_class.from_pretrained('),
    ('C:\\Users\\张三\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\site-packages\\transformers\\modeling_utils.py',
     4971, 'from_pretrained', 'model = cls(config, *model_args, **model_kwargs)'),
    ('C:\\Users\\张三\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\site-packages\\torch\\nn\\modules\\module.py',
     1784, '_call_impl', 'return forward_call(*args, **kwargs)'),
]


def _traceback(frames, carets: bool = True) -> list:
    lines = ["Traceback (most recent call last):"]
    for path, line, func, source in frames:
        lines.append(f'  File "{path}", line {line}, in {func}')
        lines.append(f"    {source}")
        if carets:
            lines.append("    " + "^" * min(len(source), 40))
    return lines


def _body(output: str) -> list:
    return [line for line in output.strip("\n").split("\n")]


def wrap(output: str, style: str) -> str:
    body = _body(output)
    if style == "linux":
        return "\n".join(_traceback(_LINUX_FRAMES) + body) + "\n"
    if style == "windows-zh":
        return "\r\n".join(_traceback(_WINDOWS_FRAMES, carets=False) + body) + "\r\n"
    if style == "torchrun":
        lines = ["[rank0]: " + line for line in _traceback(_LINUX_FRAMES[:5]) + body]
        lines += [
            "E1207 13:50:21.123000 2236 torch/distributed/elastic/multiprocessing/api.py:874] failed (exitcode: 1) "
            "local_rank: 0 (pid: 2236) of binary: /home/user/.venv/bin/python",
            "Traceback (most recent call last):",
            '  File "/home/user/.venv/bin/torchrun", line 8, in <module>',
            "    sys.exit(main())",
            "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:",
            "============================================================",
            "train.py FAILED",
            "------------------------------------------------------------",
            "Root Cause (first observed failure):",
            "[0]:",
            "  time      : 2026-12-07_13:50:21",
            "  rank      : 0 (local_rank: 0)",
            "  exitcode  : 1 (pid: 2236)",
            "  traceback : To enable traceback see: https://pytorch.org/docs/stable/elastic/errors.html",
            "============================================================",
        ]
        return "\n".join(lines) + "\n"
    if style == "chained":
        first = _traceback(_LINUX_FRAMES[5:7]) + ["KeyError: 'model.embed_tokens.weight'", "",
                                                    "During handling of the above exception, another exception occurred:", ""]
        return "\n".join(first + _traceback(_LINUX_FRAMES[:4]) + body) + "\n"
    if style == "log":
        lines = [
            "\x1b[32m2026-12-07 13:50:18,402\x1b[0m - INFO - __main__ - Loading model and tokenizer",
            "Loading checkpoint shards: 100%|██████████| 4/4 [00:03<00:00,  1.21it/s]",
            "\x1b[32m2026-12-07 13:50:21,117\x1b[0m - INFO - __main__ - Starting training",
            "\x1b[31m2026-12-07 13:50:21,118\x1b[0m - ERROR - __main__ - Training failed",
        ] + _traceback(_LINUX_FRAMES[:3]) + ["\x1b[31m" + line + "\x1b[0m" if i == 0 else line for i, line in enumerate(body)]
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown style {style!r}; one of {STYLES}")
