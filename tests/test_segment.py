from pipeline.config import Config
from pipeline.segment import english_tokens, load_segmenter


def test_tokens_are_spans_of_the_original_traditional_text(trump_article):
    tokens = trump_article.tokens
    assert tokens and all(trump_article.text[t.start:t.end] == t.text for t in tokens)
    # jieba ran on the Simplified view, yet surfaces are Traditional
    assert any(t.text == "習近平" and t.pos.startswith("nr") for t in tokens)
    assert any(t.text == "發言人" for t in tokens)  # from our user dictionary (发言人)


def test_segmenters_do_not_share_state():
    first, second = load_segmenter(Config()), load_segmenter(Config())
    first.tokenizer.add_word("核軍控框架終結")
    assert "核軍控框架終結" not in second.tokenizer.lcut("核軍控框架終結了")


def test_english_tokens():
    assert [t.text for t in english_tokens("U.S. President Trump's 1,550 warheads.")] == [
        "U.S", ".", "President", "Trump's", "1,550", "warheads", "."]
