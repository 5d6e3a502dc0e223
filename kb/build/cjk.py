"""Build hook: drop the line break between two CJK characters in Chinese pages.

Browsers render a source line break as a space, which is wrong between Chinese characters
("为什么会出现、 怎么解决"). Authors can still wrap lines in the Markdown source.
"""

import re

CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
# A break with Chinese on one side and Chinese or the edge of a link/code span/emphasis on the other
# ("问题](url)\n提交", "、\n[链接](url)"). A next line starting with "* " or "1." is a list item
# and never matches, because it starts with neither CJK nor "[", "`", "**".
BREAK_BETWEEN_CJK = re.compile(
    rf"(?:(?<={CJK})[ \t]*\n[ \t]*(?={CJK}|\[|`|\*\*)|(?<=[)}}`*])[ \t]*\n[ \t]*(?={CJK}))"
)
FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.M | re.S)


def on_page_markdown(markdown, page, config, files, **kwargs):
    if config.theme.get("language") != "zh":
        return markdown
    # Leave fenced code untouched: split it out, join lines elsewhere, put it back.
    parts, last = [], 0
    for match in FENCE.finditer(markdown):
        parts.append(BREAK_BETWEEN_CJK.sub("", markdown[last:match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(BREAK_BETWEEN_CJK.sub("", markdown[last:]))
    return "".join(parts)
