"""Build hook: jieba loads only the parts of its dictionary that the Chinese pages use (the code is kb/build/segmenter.py)."""

from kb.build.segmenter import on_pre_build  # noqa: F401
