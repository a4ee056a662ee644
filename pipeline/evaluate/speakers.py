"""Speaker identification on the novel data (`wp_speaker_id`, World of Plainness).

Each instance is 21 context lines with the quote at index 10; the speaker is one of the
characters of `original/name_list.txt` (aliases on one line, a leading 0/1 for female/male).
The predictor uses the attribution logic of the news stage where a speaker is named near
the quote, and dialogue turn-taking where none is (most quotes in a novel name no one):

    少平對姐夫說：            an introducing line: the subject of its cue speaks, the object
    “這鋪蓋裡有些糧食…”        of 對 (姐夫) is the addressee
    “…”金波說。               a cue after the quote in the same line
    “他們都在我們家裡。”       no cue: the other party of the exchange — the addressee of the
                              quote before, or the speaker two turns back

Splits are ours, made from train.jsonl + dev.jsonl: blocks of 50 consecutive instances
(neighbouring instances share 20 of their 21 lines, so single instances would leak), every
fifth block `test` (held out, reported), the next `dev` (tuned on), the rest `train`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import Config, Resources
from pipeline.speakers import OBJECT_MARKERS, cue_lexicon

BLOCK = 50
QUOTE_OPEN = "“「\""
QUOTE_CLOSE = "”」\""
# Extra cues of fiction, beyond the news list: 道 (說道 / 笑道), 喊, 叫, 問 …
NOVEL_CUES = ("道", "喊", "叫", "问", "嚷", "骂", "笑", "答", "吼", "说")
PRONOUNS = {"他": 1, "她": 0}
# A clause's subject opens it, after at most a short adverb (這時他…, 於是少平…).
SUBJECT_WITHIN = 3


@dataclass
class Character:
    index: int
    male: bool
    aliases: tuple[str, ...]


@dataclass
class Cast:
    characters: list[Character]
    alias_index: dict[str, int] = field(default_factory=dict)
    longest_first: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for c in self.characters:
            for a in c.aliases:
                # One-character aliases (厚, 亭, 霞) are common words too: left out.
                if len(a) >= 2:
                    self.alias_index.setdefault(a, c.index)
        self.longest_first = sorted(self.alias_index, key=len, reverse=True)


def load_cast(data_dir: Path) -> Cast:
    chars = []
    for i, line in enumerate((data_dir / "original" / "name_list.txt").read_text(encoding="utf-8").splitlines()):
        parts = line.split()
        if not parts:
            continue
        chars.append(Character(i, parts[0] == "1", tuple(parts[1:])))
    return Cast(chars)


def load_cues(data_dir: Path, resources: Resources) -> tuple[str, ...]:
    """Our news cues, the dataset's own speech-verb list, and a few fiction cues."""
    cues = set(cue_lexicon(resources)) | set(NOVEL_CUES)
    verbs = data_dir / "original" / "speech_verb.txt"
    if verbs.exists():
        cues |= {w.strip() for w in verbs.read_text(encoding="utf-8").splitlines() if w.strip()}
    return tuple(sorted(cues, key=len, reverse=True))


# ---------------------------------------------------------------------------------------
# Lines


@dataclass
class Mention:
    start: int
    end: int
    index: int | None  # character index; None for a pronoun not yet resolved
    pronoun: str | None = None


@dataclass
class Line:
    text: str
    quote: tuple[int, int] | None  # (open, close) of the quote in the line, if it is one
    narration: str  # the text outside the quote
    speaker: int | None = None
    addressee: int | None = None
    explicit: bool = False


def split_line(text: str) -> Line:
    s = text.strip()
    if s[:1] in QUOTE_OPEN:
        close = max((s.rfind(c) for c in QUOTE_CLOSE), default=-1)
        if close <= 0:
            close = len(s)
        return Line(text, (0, close), s[close + 1:])
    return Line(text, None, s)


def mentions_in(text: str, cast: Cast) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    while i < len(text):
        alias = next((a for a in cast.longest_first if text.startswith(a, i)), None)
        if alias:
            out.append(Mention(i, i + len(alias), cast.alias_index[alias]))
            i += len(alias)
        elif text[i] in PRONOUNS and not text.startswith(("他们", "她们", "他妈", "他爸", "他家", "她家"), i):
            out.append(Mention(i, i + 1, None, text[i]))
            i += 1
        else:
            i += 1
    return out


def find_cue(text: str, cues: tuple[str, ...]) -> int:
    """Offset of the last cue in a narration fragment, -1 if none."""
    best = -1
    for cue in cues:
        j = text.rfind(cue)
        best = max(best, j)
    return best


def find_first_cue(text: str, cues: tuple[str, ...]) -> int:
    found = [j for j in (text.find(c) for c in cues) if j >= 0]
    return min(found) if found else -1


def vocative(line: Line, cast: Cast, tracker: Tracker) -> int | None:
    """The character a quote opens by addressing (“二哥，看！…”, “治功，還是穩當一點好。”):
    not its speaker."""
    body = line.text.strip()[1:12]
    for m in mentions_in(body, cast):
        if m.start == 0 and m.index is not None and body[m.end:m.end + 1] in ("，", "！", ",", "!", "？", "…"):
            return m.index
    return None


def action_subject(line: Line, cast: Cast, tracker: Tracker) -> int | None:
    """The character a narration line opens with (少平也急了。): in a novel the one who
    acts next to a quote usually says it."""
    text = line.narration
    if not text or text.endswith(("：", ":")):
        return None
    spans = clauses(text)
    return clause_subject(text, *spans[0], cast, tracker) if spans else None


class Tracker:
    """Who was last named and who was last a subject, by gender: 他/她 resolve to the last
    subject of that gender (金波是個聰敏小子，他明白少平姐夫家… 他又扭過頭說 → 金波), else to
    the last character of that gender named at all."""

    def __init__(self, cast: Cast):
        self.cast = cast
        self.last: dict[bool, int] = {}
        self.subject: dict[bool, int] = {}
        self.order: list[int] = []
        # The character of each gender named most in the whole context: 他 before anyone
        # is named in the window is most likely the chapter's protagonist.
        self.protagonist: dict[bool, int] = {}

    def see(self, index: int, subject: bool = False) -> None:
        male = self.cast.characters[index].male
        self.last[male] = index
        if subject:
            self.subject[male] = index
        self.order.append(index)

    def resolve(self, m: Mention) -> int | None:
        if m.index is not None:
            return m.index
        male = PRONOUNS[m.pronoun] == 1
        return self.subject.get(male, self.last.get(male, self.protagonist.get(male)))


def clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, char in enumerate(text):
        if char in "，,；;。！？!?：:":
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return [c for c in out if c[1] > c[0]]


def is_object(text: str, m: Mention) -> bool:
    return m.start > 0 and text[m.start - 1] in OBJECT_MARKERS | {"问", "叫", "喊", "给", "望", "看"}


def clause_subject(text: str, start: int, end: int, cast: Cast, tracker: Tracker) -> int | None:
    """The first character named in a clause who is not an object, nor a possessor
    (少平姐夫家: 少平 owns, he does not act)."""
    local = text[start:end]
    for m in mentions_in(local, cast):
        if m.start > SUBJECT_WITHIN:
            break  # 也不能提俊斌的事: a name inside the clause is no subject
        if is_object(local, m):
            continue
        return tracker.resolve(m)
    return None


def attribute(text: str, cue_at: int, cast: Cast, tracker: Tracker) -> tuple[int | None, int | None]:
    """(speaker, addressee) of the cue at `cue_at`, the news logic: the subject of the cue's
    clause, else of the nearest earlier clause that has one (金波走後，…，少平用手…摸了摸，說：
    → 少平); the object of 對/向/跟/問 is the addressee (少平對姐夫說)."""
    spans = clauses(text)
    k = next((n for n, (s, e) in enumerate(spans) if s <= cue_at <= e), len(spans) - 1)
    speaker = None
    for n in range(k, -1, -1):
        s, e = spans[n]
        e = min(e, cue_at) if n == k else e
        speaker = clause_subject(text, s, e, cast, tracker)
        if speaker is not None:
            break
    addressee = None
    for m in mentions_in(text, cast):
        if is_object(text, m):
            addressee = tracker.resolve(m)
            break
    return speaker, addressee


def see_all(text: str, cast: Cast, tracker: Tracker) -> None:
    starts = {s for s, _ in clauses(text)}
    for m in mentions_in(text, cast):
        who = tracker.resolve(m)
        if who is not None:
            head = text[max(0, m.start - 4):m.start]
            subject = m.start in starts or any(head.endswith(x) for x in ("，", "。", "后", "时"))
            tracker.see(who, subject=subject and not is_object(text, m))


def predict(context: list[str], quote_index: int, cast: Cast, cues: tuple[str, ...]) -> int | None:
    """The character index of the speaker of context[quote_index]: explicit attributions
    first (an introducing line, a cue after the quote, a cue line after it), then turn-taking
    for the quotes left."""
    lines = [split_line(t) for t in context]
    tracker = Tracker(cast)
    tracker.protagonist = protagonists(context, cast)
    last = min(len(lines), quote_index + 2)
    snapshots: dict[int, Tracker] = {}
    for i in range(last):
        line = lines[i]
        snapshots[i] = _copy(tracker)
        if line.quote is None:
            explain_narration(lines, i, cast, cues, tracker)
        else:
            explain_quote(lines, i, cast, cues, tracker)
        see_all(line.narration, cast, tracker)
    for i in range(last):
        if lines[i].quote is not None and lines[i].speaker is None:
            lines[i].speaker = turn_taking(lines, i, snapshots[i], cast)
    return lines[quote_index].speaker


def protagonists(context: list[str], cast: Cast) -> dict[bool, int]:
    counts: Counter = Counter(m.index for t in context for m in mentions_in(t, cast) if m.index is not None)
    out: dict[bool, int] = {}
    for index, _ in counts.most_common():
        out.setdefault(cast.characters[index].male, index)
    return out


def _copy(tracker: Tracker) -> Tracker:
    t = Tracker(tracker.cast)
    t.protagonist = tracker.protagonist
    t.last, t.subject, t.order = dict(tracker.last), dict(tracker.subject), list(tracker.order)
    return t


def explain_narration(lines: list[Line], i: int, cast: Cast, cues, tracker: Tracker) -> None:
    """少平對姐夫說： introduces the next quote; 少平問妹妹。 after a quote attributes it."""
    line = lines[i]
    text = line.narration
    cue_at = find_cue(text, cues)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    prev = lines[i - 1] if i > 0 else None
    if text.endswith(("：", ":")) and nxt is not None and nxt.quote is not None:
        speaker, addressee = attribute(text, cue_at if cue_at >= 0 else len(text) - 1, cast, tracker)
        nxt.speaker, nxt.addressee, nxt.explicit = speaker, addressee, speaker is not None
        return
    first_cue = find_first_cue(text[:20], cues)
    if first_cue >= 0 and prev is not None and prev.quote is not None and not prev.explicit:
        # 少平大聲問，沒聽清奶奶說什麼。: the first cue is the attribution, not 奶奶說.
        speaker, addressee = attribute(text, first_cue, cast, tracker)
        if speaker is not None:
            prev.speaker, prev.addressee, prev.explicit = speaker, addressee, True


def explain_quote(lines: list[Line], i: int, cast: Cast, cues, tracker: Tracker) -> None:
    """A cue after the quote in the same line: “…”金波說 / “…”他笑着说。"""
    line = lines[i]
    if line.speaker is not None:
        return
    tail = line.narration
    if tail:
        cue_at = find_cue(tail[:20], cues)
        if cue_at >= 0:
            speaker, addressee = attribute(tail, cue_at, cast, tracker)
            if speaker is not None:
                line.speaker, line.addressee, line.explicit = speaker, addressee, True


def turn_taking(lines: list[Line], i: int, tracker: Tracker, cast: Cast) -> int | None:
    """A quote that names no one: the other party of the exchange — the addressee of the
    quote before, else the speaker two quotes back; else the one acting in the narration
    right before or after it; else the last character named who did not say the quote
    before.  A character the quote addresses (“二哥，看！…”) is never its speaker."""
    line = lines[i]
    addressed = vocative(line, cast, tracker)
    options = []
    quotes_before = [j for j in range(i - 1, -1, -1) if lines[j].quote is not None]
    quotes_after = [j for j in range(i + 1, len(lines)) if lines[j].quote is not None]
    prev = lines[quotes_before[0]] if quotes_before else None
    if prev is not None and quotes_before[0] >= i - 2:
        if prev.addressee is not None and prev.addressee != prev.speaker:
            options.append(prev.addressee)
        if len(quotes_before) > 1 and lines[quotes_before[1]].speaker not in (None, prev.speaker):
            options.append(lines[quotes_before[1]].speaker)
        if addressed is not None and prev.speaker is not None and prev.speaker != addressed:
            options.append(prev.speaker)
    if i > 0 and lines[i - 1].quote is None:
        options.append(action_subject(lines[i - 1], cast, tracker))
    nxt = lines[quotes_after[0]] if quotes_after else None
    answered = nxt is not None and quotes_after[0] == i + 1 and nxt.explicit
    if answered and nxt.addressee is not None and nxt.addressee != nxt.speaker:
        options.append(nxt.addressee)
    if i + 1 < len(lines) and lines[i + 1].quote is None:
        options.append(action_subject(lines[i + 1], cast, tracker))
    avoid = {prev.speaker} if prev is not None and quotes_before[0] >= i - 2 else set()
    options += [c for c in reversed(tracker.order) if c not in avoid]
    options += list(reversed(tracker.order))
    for who in options:
        if who is not None and who != addressed:
            return who
    return None


# ---------------------------------------------------------------------------------------
# Evaluation


def load_instances(data_dir: Path) -> list[dict]:
    rows = []
    for name in ("train.jsonl", "dev.jsonl"):
        path = data_dir / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def split_of(position: int) -> str:
    block = position // BLOCK
    return {0: "test", 1: "dev"}.get(block % 5, "train")


def evaluate_speakers(data_dir: Path | str, split: str = "test", resources: Resources | None = None) -> dict:
    """Accuracy of `predict` on one of our splits, overall and per category."""
    data_dir = Path(data_dir)
    resources = resources or Resources(Config())
    cast = load_cast(data_dir)
    cues = load_cues(data_dir, resources)
    instances = [r for k, r in enumerate(load_instances(data_dir)) if split in ("all", split_of(k))]
    totals: Counter = Counter()
    right: Counter = Counter()
    errors = []
    for r in instances:
        guess = predict(r["context"], r["quote_index"], cast, cues)
        ok = guess == r["speaker_index"]
        for key in ("all", r["category"]):
            totals[key] += 1
            right[key] += ok
        if not ok and len(errors) < 20:
            errors.append({"instance": r["instance"], "category": r["category"], "gold": r["speaker"],
                           "predicted": cast.characters[guess].aliases[0] if guess is not None else None})
    return {
        "split": split,
        "instances": totals["all"],
        "accuracy": {k: round(right[k] / totals[k], 4) for k in totals},
        "support": dict(totals),
        "errors": errors,
    }


def format_report(report: dict) -> str:
    lines = [f"speaker identification, split {report['split']}: {report['instances']} instances",
             f"{'category':<12}{'n':>6}{'accuracy':>10}"]
    for key in ("all", "explicit", "implicit", "latent"):
        if key in report["support"]:
            lines.append(f"{key:<12}{report['support'][key]:>6}{report['accuracy'][key]:>10.3f}")
    return "\n".join(lines)
