import pytest

from pipeline.normalize import Converters, detect_lang, is_readable_text, make_view, simplify_same_length, to_halfwidth
from tests.conftest import corpus_records


@pytest.fixture(scope="module")
def converters():
    return Converters()


@pytest.mark.parametrize(
    "text, view",
    [
        ("美國總統川普（左）表示", "美国总统川普(左)表示"),
        ("大陸外交部發言人郭嘉昆", "大陆外交部发言人郭嘉昆"),
        ("１，５５０枚", "1,550枚"),
        ("周四（５日）失效", "周四(5日)失效"),
        ("ＣＳＩＳ\u3000高級研究員", "CSIS 高级研究员"),
        ("「如果它到期了，那就到期吧。」", "「如果它到期了,那就到期吧。」"),
        ("已经是简体", "已经是简体"),
    ],
)
def test_view_is_simplified_halfwidth_and_same_length(text, view, converters):
    assert make_view(text, converters) == view
    assert len(make_view(text, converters)) == len(text)


def test_halfwidth_leaves_cjk_punctuation_alone():
    assert to_halfwidth("。") == "。" and to_halfwidth("「") == "「" and to_halfwidth("Ａ") == "A"


def test_length_changing_phrase_falls_back_per_chunk(converters):
    class Lengthening:  # an OpenCC stand-in whose phrase table changes length, as some entries do
        def convert(self, text):
            return text.replace("乾隆", "乾隆帝") if len(text) > 1 else converters.t2s.convert(text)

    assert len(simplify_same_length("乾隆年間，臺灣", Lengthening())) == len("乾隆年間，臺灣")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("美國總統川普表示，曾與大陸國家主席習近平談論過核武裁減。", "zh-Hant"),
        ("美国总统特朗普表示，曾与国家主席习近平谈论过核裁军。", "zh-Hans"),
        ("President Trump said the treaty would expire.", "en"),
        ("Taiwan shares open higher 台股", "en"),
    ],
)
def test_detect_lang(text, lang, converters):
    assert detect_lang(text, converters) == lang


def test_readable_text():
    assert is_readable_text("正常的新聞")
    assert not is_readable_text("\x01\x02\x03\x04" * 10)
    assert not is_readable_text("   ")


@pytest.mark.parametrize("name", ["tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz"])
def test_view_keeps_length_on_real_corpus(name, converters):
    for record in corpus_records(name, 300, every=7):
        assert len(make_view(record["text"], converters)) == len(record["text"])


def test_lang_detection_agrees_with_corpus_labels(converters):
    records = corpus_records("tw_politics_zh_hant.jsonl.gz", 100, every=31) + corpus_records(
        "cctv_xwlb_zh_hans.jsonl.gz", 100, every=97) + corpus_records("en_politics_news.jsonl.gz", 50, every=13)
    wrong = [r["id"] for r in records if detect_lang(r["text"], converters) != r["lang"]]
    assert not wrong
