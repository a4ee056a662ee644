import pytest

from pipeline.sentences import sentence_spans


def split(text, lang="zh-Hant"):
    return [text[s:e] for s, e in sentence_spans(text, lang)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a 「…。」 quote is not cut in the middle, and its speaker stays with it
        ("「如果它到期了，那就到期吧。」川普表示，「我們會達成一項更好的協議」。但他扭頭又說。",
         ["「如果它到期了，那就到期吧。」川普表示，「我們會達成一項更好的協議」。", "但他扭頭又說。"]),
        ("他說：「國際軍控界都有個疑問，美方是想把中國的核武力量談到美國的水平？」對此，外交部回應。",
         ["他說：「國際軍控界都有個疑問，美方是想把中國的核武力量談到美國的水平？」", "對此，外交部回應。"]),
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("標題\n正文第一句。", ["標題", "正文第一句。"]),
        # a quote left open does not swallow the next paragraph
        ("他說：「沒有結束。\n下一段。", ["他說：「沒有結束。", "下一段。"]),
        ("“我们有信心。”他说。", ["“我们有信心。”他说。"]),
        ("  前後空白。  ", ["前後空白。"]),
        ("", []),
    ],
)
def test_chinese_sentences(text, expected):
    assert split(text) == expected


def test_english_sentences():
    text = 'Mr. Trump said it would expire. "If it expires, it expires," he said. The U.S. Senate agreed.'
    assert split(text, "en") == ["Mr. Trump said it would expire.", '"If it expires, it expires," he said.',
                                 "The U.S. Senate agreed."]


def test_sample_article_sentences_cover_text(trump_article):
    sentences = trump_article.sentences
    assert len(sentences) > 30
    assert all(trump_article.text[s.start:s.end] == s.text for s in sentences)
    assert [s.sent_idx for s in sentences] == list(range(len(sentences)))
    quote = next(s for s in sentences if s.text.startswith("「如果它到期了"))
    assert "川普表示" in quote.text and quote.text.endswith("。")
