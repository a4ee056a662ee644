"""The transformers backend with a tiny random BERT built here (nothing downloaded), the
label merge, and BIOES round trips."""

from __future__ import annotations

import pytest

from pipeline.config import Config, Resources
from pipeline.ner import predict_spans
from pipeline.ner_crf import spans_to_tags, tags_to_spans
from pipeline.ner_recognizers import merge_spans

TEXT = "郭嘉昆說"


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    directory = tmp_path_factory.mktemp("tiny_bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + sorted(set("郭嘉昆说大陆外交部发言人"))
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", "utf-8")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(directory / "vocab.txt"))
    labels = ["O", "B-PER", "I-PER", "B-TITLE", "I-TITLE"]
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    # Random weights, but a classifier that always answers I-PER: every character run
    # becomes one PERSON span, which pins the character alignment of the backend.
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([0.0, 0.0, 5.0, 0.0, 0.0]))
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def test_transformers_backend_runs_a_local_model(tiny_bert):
    resources = Resources(Config(ner_backend="transformers", ner_model=tiny_bert))
    [spans] = predict_spans([TEXT], resources)
    # 說 is Traditional: the view (说) is what the model sees; the span covers the text.
    assert spans == [(0, 4, "PERSON")]


def test_transformers_backend_splits_at_sentences(tiny_bert):
    resources = Resources(Config(ner_backend="transformers", ner_model=tiny_bert))
    [spans] = predict_spans(["郭嘉昆說。大陸外交部"], resources)
    assert spans == [(0, 5, "PERSON"), (5, 10, "PERSON")]


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 1, "GPE"), (1, 2, "GPE")],  # 中美: two one-character places
        [(2, 5, "PERSON"), (5, 11, "TITLE")],
        [],
    ],
)
def test_bioes_round_trip(spans):
    assert tags_to_spans(spans_to_tags(12, spans)) == spans


def test_merge_keeps_earlier_source_on_overlap():
    merged = merge_spans([([(2, 5, "PERSON")], "model"), ([(0, 3, "GPE"), (6, 8, "ORG")], "lexicon")])
    assert merged == [(2, 5, "PERSON", "model"), (6, 8, "ORG", "lexicon")]


@pytest.mark.parametrize(
    "view, span, expected",
    [
        ("英国《卫报》", (0, 5, "ORG"), (3, 5, "ORG")),  # the paper is inside the title marks
        ("《人民日报》每日", (0, 5, "ORG"), (1, 5, "ORG")),
        ("宾根(Kari A", (0, 7, "PERSON"), (0, 2, "PERSON")),  # the name precedes its gloss
        ("研究中心(CSIS)高级", (0, 10, "ORG"), (0, 10, "ORG")),  # balanced: kept
    ],
)
def test_unbalanced_marks_are_trimmed(view, span, expected):
    from pipeline.ner_recognizers import trim_brackets

    assert trim_brackets(span, view) == expected
