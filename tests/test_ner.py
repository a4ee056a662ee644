"""NER on real text: names found in the sample articles, spans that index the stored text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.article import Article
from pipeline.config import Config, Resources
from pipeline.ner import find_mentions, predict_spans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

OFFICIALS = ["川普", "普亭", "習近平", "郭嘉昆", "托夫特", "李在明", "盧特尼克", "林劍", "毛寧", "陸慷", "耿爽"]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="module")
def sample_mentions(resources):
    found = []
    for i, path in enumerate(sorted(CORPUS.glob("*.txt"))):
        text = path.read_text("utf-8")
        article = Article(article_id=f"a{i}", lang="zh-Hant", text=text, content_hash=str(i))
        found.append(find_mentions(article, resources))
    return found


def test_mentions_index_the_stored_text(sample_mentions):
    for article in sample_mentions:
        assert article.mentions
        for m in article.mentions:
            assert article.text[m.start : m.end] == m.text
        starts = [m.start for m in article.mentions]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(article.mentions, article.mentions[1:]))
        assert [m.mention_id for m in article.mentions] == list(range(len(article.mentions)))


@pytest.mark.parametrize("name", OFFICIALS)
def test_officials_names_found(sample_mentions, name):
    persons = {m.text for a in sample_mentions for m in a.mentions if m.label == "PERSON"}
    assert name in persons


def test_lexicon_backend_finds_titles():
    resources = Resources(Config(ner_backend="lexicon"))
    [spans] = predict_spans(["大陸外交部發言人郭嘉昆說"], resources)
    assert (2, 8, "TITLE") in spans


def test_english_article_gets_english_heuristic_mentions(resources):
    article = Article(article_id="e", lang="en", text="Donald Trump met Chinese officials in Beijing.", content_hash="e")
    found = {(m.text, m.label, m.source) for m in find_mentions(article, resources).mentions}
    assert ("Donald Trump", "PERSON", "english") in found and ("Beijing", "GPE", "english") in found


def test_without_a_model_the_fallback_runs_and_says_so_once(tmp_path, capsys):
    resources = Resources(Config(ner_model=tmp_path / "no-model"))
    first = predict_spans(["美國總統川普表示"], resources)
    predict_spans(["俄羅斯總統普亭"], resources)
    assert (4, 6, "PERSON") in first[0]
    assert capsys.readouterr().err.count("fallback") == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # Traditional and Simplified give the same spans (the model reads the view).
        ("大陸外交部發言人郭嘉昆再次回絕", {(8, 11, "PERSON")}),
        ("大陆外交部发言人郭嘉昆再次回绝", {(8, 11, "PERSON")}),
        ("南韓總統李在明時", {(0, 2, "GPE"), (2, 4, "TITLE"), (4, 7, "PERSON")}),
    ],
)
def test_model_spans_in_both_scripts(resources, text, expected):
    [spans] = predict_spans([text], resources)
    assert expected <= set(spans)


@pytest.mark.parametrize("text", [
    # The opening of 30,009 of the 30,461 CCTV items: the model tags 新闻联 as an ORG.
    "央视网消息（新闻联播）：俄罗斯总统普京9日表示，针对乌克兰与西方国家讨论加入北约",
    "央視網消息（新聞聯播）：俄羅斯總統普京9日表示",
])
def test_programme_names_are_no_mentions(resources, text):
    [spans] = predict_spans([text], resources)
    programme = (text.index("（") + 1, text.index("）"))
    assert not [s for s in spans if s[0] < programme[1] and programme[0] < s[1]]
    assert (0, 3, "ORG") in spans  # 央视网, the outlet, stays
    assert any(text[s:e] in ("普京",) and label == "PERSON" for s, e, label in spans)


@pytest.mark.parametrize("text, name", [
    ("獲得99%黨代表支持的副總統賀錦麗（Kamala Harris），確定成為美國史上首位", "Kamala Harris"),
    ("美国总统特朗普（Donald John Trump）表示", "Donald John Trump"),
])
def test_latin_names_in_brackets_are_one_mention(resources, text, name):
    """The character model ends a span at the space (Kamala | Harris: two one-word entities)."""
    [spans] = predict_spans([text], resources)
    start = text.index(name)
    assert (start, start + len(name), "PERSON") in spans


def test_no_mention_starts_or_ends_with_a_space(resources):
    """The model opened a span on the space after 。 (' 洛斯'): trimmed."""
    text = "並強調「我們需要把克里姆林宮夷為平地」。 洛斯2023年在他的個人臉書帳號中"
    [spans] = predict_spans([text], resources)
    assert spans and all(not text[s].isspace() and not text[e - 1].isspace() for s, e, _ in spans)
    assert (text.index("洛斯"), text.index("洛斯") + 2, "PERSON") in spans
