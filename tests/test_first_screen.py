"""On a 390 x 844 phone, every error page shows its quick answer on the first screen, and no word
of its title breaks in the middle (issue 23); both languages."""

import pytest

from kb.pages.registry import error_page_ids

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
# Latin words (ASCII runs; a hyphen is a fair place to break) of the title whose pieces sit on more than one line.
BROKEN_WORDS = """(h1) => {
  const broken = [];
  const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/[\\x21-\\x2c\\x2e-\\x7e]{2,}/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}"""


def test_quick_answer_is_on_a_phones_first_screen_and_titles_break_between_words(browser, served_site):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    problems = []
    for page_id in error_page_ids():
        for prefix in ("", "zh/"):
            page.goto(f"{served_site}{prefix}{page_id}/")
            box = page.locator("#quick-fix").bounding_box()
            if box is None:
                problems.append(f"/{prefix}{page_id}/: no #quick-fix")
            elif box["y"] + box["height"] > PHONE["height"]:
                problems.append(f"/{prefix}{page_id}/: the quick answer ends at {box['y'] + box['height']:.0f} px")
            broken = page.locator("article h1").first.evaluate(BROKEN_WORDS)
            if broken:
                problems.append(f"/{prefix}{page_id}/: title words broken mid-way: {broken}")
    context.close()
    assert not problems, "\n".join(problems)


def test_the_broken_word_finder_sees_a_word_split_across_lines(browser):
    page = browser.new_page(viewport=PHONE)
    page.set_content('<article><h1 style="width: 200px; font-size: 24px; word-break: break-all">'
                     "Checkpoint AutoModelForSequenceClassification fails</h1></article>")
    assert page.locator("article h1").evaluate(BROKEN_WORDS) == ["AutoModelForSequenceClassification"]
    page.set_content('<article><h1 style="width: 200px; font-size: 24px">right-padding was detected</h1></article>')
    assert page.locator("article h1").evaluate(BROKEN_WORDS) == []
    page.close()
