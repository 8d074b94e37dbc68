"""Embed the ask, not the envelope.

Customer feedback arrives wrapped: e-mail greetings and sign-offs, signature blocks, quoted
replies, forward headers, helpdesk templates and agent macros, chat transcripts, call-note
headers, review star lines, survey questions, mobile footers and legal disclaimers. Those words
make unrelated asks look alike to a sentence model and the same ask look different, so
:func:`extract_ask` peels them off before an item is embedded.

Two layers do the peeling:

* hand-written rules (:mod:`triage.envelope_rules`) for envelopes every workspace shares, and
* a learned :class:`Envelope` per workspace (:func:`learn_envelope`): lines and delimited
  phrases that recur across many distinct items, such as a ticket template, a company
  signature or an agent's macro, and therefore carry no request whatever their words; and the
  labels of its forms' fields, as metadata ("Device:") or as the place the ask is written
  ("How can we help?:"), told apart by what their values read like.

What is left has its typos fixed against the workspace's own words (:mod:`triage.spelling`;
``learn_envelope(..., spelling=False)`` turns that off).

Everything here is pure: no I/O, no settings, no database.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from triage.ask_lines import LineModel
from triage.envelope_chat import lone_speaker, turn_message
from triage.envelope_domains import learn_company_domains
from triage.envelope_extract import RuleResult, apply_rules, latest_part, split_lines
from triage.envelope_lines import lowercase_words, normalise_line
from triage.envelope_openings import strip_opening
from triage.envelope_rules import (
    ASK_LABEL,
    HEADER_FIELD,
    RATING_LINE,
    RATING_PREFIX,
    SENTENCE_SPLIT,
    STARS_ONLY,
    SURVEY_Q,
    header_subject,
    is_person_name,
)
from triage.envelope_shapes import is_shape, shapes
from triage.envelope_structured import structured_message
from triage.spelling import Vocabulary, learn_vocabulary

__all__ = ["Envelope", "extract_ask", "learn_envelope", "normalise_line"]

_BULLET = re.compile(r"^\s*[-–—•*·]\s+(?=\S)")
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.IGNORECASE)  # HTML entity
_SLACK_LINK = re.compile(r"<(?:#C\w+|https?://[^|>\s]+)\|(?P<label>[^>]*)>")  # labelled only
_SLACK_NOISE = re.compile(
    r"<[@!][\w^|-]+>[ \t]?|(?<![\w:]):(?:[a-z][a-z0-9_+-]{1,30}|[+-]1):(?![\w:])[ \t]?"
    r"|(?<!\S)@(?:here|channel|everyone)\b[,:]?[ \t]?"
)
# An e-mail's HTML body: block ends and <br> become line breaks, every other tag goes (Word's
# "<o:p>" too). Two or more tags, so a request that names one ("support <br> in notes") stays
# as written.
_HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*(?::[a-z][a-z0-9]*)?(?:\s[^<>]*)?/?>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|tr|h[1-6]|table|blockquote)\s*>", re.IGNORECASE)
_HTML_DROPPED = re.compile(r"<(style|script|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_DELIM = re.compile(r"\s+(?:\||::|»|>>)\s+|:\s+|\s+[-–—]\s+")
_STRONG = frozenset({"|", "::", "»", ">>"})
_MACHINE = re.compile(r"[0#@\[\]|]")
_MAX_PHRASE_WORDS = 8
# "Device: iPhone 15 (iOS 17.4)", "Full Name<TAB>Ana Ruiz", "How can we help?: …": a form's field
_FIELD = re.compile(r"^\s*(?P<label>[^\W\d][^:\t]{0,60}?)\s*(?::\s+|\t\s*)(?P<value>\S.*)$")
_FORM_FIELDS = 3  # fields a text needs to read as a form, where labels are learned from
# A field's values read as metadata when the median one holds at most this many lowercase
# words (names, e-mails, devices, dates: "iPhone 15 (iOS 17.4)", "Wed, 20 May 2026"), and as
# someone's own words from _QUESTION_WORDS up, if most of its values differ.
_METADATA_WORDS = 1
_QUESTION_WORDS = 3
_FIELD_KEEP_WORDS = 8  # a value this long under a metadata label is kept: someone wrote it
_READ_BY_RULES = (ASK_LABEL, HEADER_FIELD, RATING_LINE, RATING_PREFIX, SURVEY_Q)
_ASK_WORDS = 3  # lowercase words the rest must hold for name lines to go
# Distinct texts a sentence must open or close a line in (with other sentences) to be learned
# as envelope written on the ask's own line ("Sorry for my English, it's not my first language.
# <ask>"). At 5 or 10 the demo backlog learned a request's own sentence (11 texts, once alone);
# at 20 only its stock sentences, and clean BANKING77 and HWU64 learn none.
_SENTENCE_TEXTS = 20
_LETTER = re.compile(r"[^\W\d_]")


def _phrase_ok(phrase: str, delimiter: str) -> bool:
    """Delimited phrases only when machine-made: a strong delimiter, or a digit/#/@/bracket."""
    words = phrase.split()
    if not words or len(words) > _MAX_PHRASE_WORDS:
        return False
    return delimiter.strip() in _STRONG or bool(_MACHINE.search(phrase))


def _head(line: str) -> tuple[str, str] | None:
    """Split ``line`` into a leading phrase and the rest, at its first delimiter."""
    if line.startswith("[") and (end := line.find("]")) > 0 and line[end + 1 :].strip():
        tag = normalise_line(line[: end + 1])
        return (tag, line[end + 1 :].strip()) if len(tag.split()) <= _MAX_PHRASE_WORDS else None
    m = _DELIM.search(line)
    if m is None or not line[m.end() :].strip():
        return None
    phrase = normalise_line(line[: m.start()])
    return (phrase, line[m.end() :].strip()) if _phrase_ok(phrase, m.group()) else None


def _tail(line: str) -> tuple[str, str] | None:
    """Split ``line`` into the body and a trailing phrase, at its last delimiter."""
    matches = list(_DELIM.finditer(line))
    if not matches or not line[: matches[-1].start()].strip():
        return None
    m = matches[-1]
    phrase = normalise_line(line[m.end() :])
    return (phrase, line[: m.start()].strip()) if _phrase_ok(phrase, m.group()) else None


@dataclass(frozen=True)
class Envelope:
    """A workspace's learned envelope: normalised lines and phrases that carry no request.

    Attributes:
        lines: Whole lines (in :func:`normalise_line` form) to drop.
        late_lines: Whole lines the hand rules usually read themselves (an operator's chat
            turn, a sign-off, a rating): dropped only where the rules kept them, since taking
            them away first would hide what the rules read from them.
        prefixes: Leading phrases, cut at a delimiter, to strip from the start of a line.
        suffixes: Trailing phrases, cut at a delimiter, to strip from the end of a line.
        openings: Lead-ins around a name on the ask's own line ("deal blocker for ‹name›:";
            :mod:`triage.envelope_openings`), learned with embeddings like ``line_model``.
        fields: Labels of form fields whose values are metadata ("Device", "Screen"): their
            lines are dropped unless the value is a long one.
        questions: Labels of form fields whose values are what someone wrote ("How can we
            help?", "Message"): the label goes, the value stays.
        vocabulary: The workspace's words, which typos in the ask are corrected toward.
        company_domains: The company's own mail domains, which tell a colleague's forward
            from a customer's reply (:mod:`triage.envelope_domains`).
        line_model: Which lines of a multi-line ask read like envelope by what they mean
            (:mod:`triage.ask_lines`; learned with embeddings, so not by :func:`learn_envelope`
            but by :func:`triage.reduce.learn_reduction`).
    """

    lines: frozenset[str] = frozenset()
    late_lines: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    openings: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    questions: frozenset[str] = frozenset()
    vocabulary: Vocabulary = field(default_factory=Vocabulary, hash=False)
    company_domains: frozenset[str] = frozenset()
    line_model: LineModel | None = None

    @property
    def is_empty(self) -> bool:
        """Whether nothing was learned."""
        return not (
            self.lines
            or self.late_lines
            or self.prefixes
            or self.suffixes
            or self.openings
            or self.fields
            or self.questions
            or self.company_domains
        )

    @cached_property
    def after_rules(self) -> frozenset[str]:
        """The lines and late lines: what goes once the rules have read a text (built once,
        not per item)."""
        return self.lines | self.late_lines

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (sorted lists), the inverse of :meth:`from_dict`."""
        data: dict[str, Any] = {
            "version": 2,
            "lines": sorted(self.lines),
            "late_lines": sorted(self.late_lines),
            "prefixes": sorted(self.prefixes),
            "suffixes": sorted(self.suffixes),
            "openings": sorted(self.openings),
            "fields": sorted(self.fields),
            "questions": sorted(self.questions),
            "words": dict(sorted(self.vocabulary.to_dict().items())),
            "domains": sorted(self.company_domains),
        }
        if self.line_model is not None:
            data["line_model"] = self.line_model.to_dict()
        # names this learning, so a reader can keep the parsed envelope while it is current
        data["digest"] = hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Envelope:
        """Rebuild an envelope stored with :meth:`to_dict`.

        Args:
            data: A mapping with optional ``lines``, ``late_lines``, ``prefixes``,
                ``suffixes``, ``openings``, ``fields`` and ``questions`` lists and a
                ``line_model`` (an envelope stored before some were learned lacks them).

        Returns:
            The envelope, entries re-normalised.

        Raises:
            ValueError: If an entry is not a list of strings.
        """
        parts: dict[str, frozenset[str]] = {}
        keys = ("lines", "late_lines", "prefixes", "suffixes", "openings", "fields", "questions")
        for key in keys:
            value = data.get(key, [])
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"envelope {key!r} must be a list of strings")
            parts[key] = frozenset(n for v in value if (n := normalise_line(v)))
        words = data.get("words", {})
        if not isinstance(words, Mapping):
            raise ValueError("envelope 'words' must map words to counts")
        domains = data.get("domains", [])
        if not isinstance(domains, list | tuple) or not all(isinstance(d, str) for d in domains):
            raise ValueError("envelope 'domains' must be a list of strings")
        line_model = data.get("line_model")
        if line_model is not None and not isinstance(line_model, Mapping):
            raise ValueError("envelope 'line_model' must be a mapping")
        return cls(
            **parts,
            vocabulary=Vocabulary.from_dict(words),
            company_domains=frozenset(d.lower() for d in domains),
            line_model=LineModel.from_dict(line_model) if line_model is not None else None,
        )

    def strip(self, lines: Sequence[str], late: bool = False) -> list[str]:
        """Drop learned lines and metadata fields, cut learned phrases, lead-ins and question
        labels; blank lines are kept as ``""``. Fields the hand rules read themselves stay for
        them (a "Rating: 2/5" line marks the next as a review title; "A:" a survey answer).

        ``late``: the rules have read the lines already, so late lines and lead-ins go as well
        (the rules read each line as written). A star rating goes with a learned line right
        under it: the rules would read the next line, the ask, as the review's title."""
        drop = self.after_rules if late else self.lines
        out: list[str] = []
        template_turns = False
        for line in lines:
            s = line.strip()
            said = None  # a chat turn's message, read only where the whole line is not learned
            if s and (
                _learned(_BULLET.sub("", s, count=1), drop)
                or ((said := turn_message(s)) and _learned(said, drop))
            ):
                if out and (STARS_ONLY.match(out[-1]) or RATING_LINE.match(out[-1])):
                    out.pop()
                template_turns = template_turns or bool(said or turn_message(s))
                continue  # a learned line, or a chat turn saying a learned line
            if s and (self.fields or self.questions) and (m := _FIELD.match(s)):
                label = normalise_line(m["label"])
                ruled = any(rx.match(s) for rx in _READ_BY_RULES)
                if label in self.fields and len(m["value"].split()) < _FIELD_KEEP_WORDS:
                    if not ruled:
                        continue
                elif label in self.questions and not ruled and not _learned(s, self.late_lines):
                    s = m["value"].strip()  # a late line stays whole for the late pass to match
            if s and self.prefixes and (h := _head(s)) and h[0] in self.prefixes:
                s = h[1]
            if s and self.suffixes and (t := _tail(s)) and t[0] in self.suffixes:
                s = t[1]
            if s and late and self.openings:
                s = strip_opening(s, self.openings)
            out.append(_trim_sentences(s, drop) if s and drop else s)
        return lone_speaker(out) if template_turns else out


def _learned(line: str, drop: frozenset[str]) -> bool:
    """Whether ``line`` or its shape is among the learned lines ``drop``."""
    return normalise_line(line) in drop or any(k in drop for k in shapes(line))


def _trim_sentences(line: str, drop: frozenset[str]) -> str:
    """A learned line also comes off where it opens or closes a paragraph as one of its
    sentences ("A colleague asked me to pass this on. <the ask>"); one sentence stays."""
    parts = SENTENCE_SPLIT.split(line)
    start, end = 0, len(parts)
    while end - start > 1 and _learned(parts[start], drop):
        start += 1
    while end - start > 1 and _learned(parts[end - 1], drop):
        end -= 1
    return line if (start, end) == (0, len(parts)) else " ".join(parts[start:end])


def _text(lines: Sequence[str]) -> str:
    """Join lines, one blank line at most between paragraphs."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        if s or (out and out[-1]):
            out.append(s)
    return "\n".join(out).strip()


def extract_ask(text: str, envelope: Envelope | None = None) -> str:
    """The request inside ``text``, without its envelope.

    A plain request comes back unchanged (trimmed). For a quoted reply the new part above the
    quote is kept; a forward with no new text yields the forwarded body; a ticket keeps what
    the customer wrote and drops agent notes and macros; a transcript keeps the customer's
    turns. Learned ``envelope`` lines are dropped too. The result is never empty for non-blank
    input: if everything looks like envelope, the e-mail subject, then the stripped original
    is returned.

    Args:
        text: One item's raw text.
        envelope: The workspace's learned envelope, if any.

    Returns:
        The request text to embed, typos corrected toward the workspace's words.
    """
    ask = _reduce(text, envelope)
    return envelope.vocabulary.correct(ask) if envelope is not None else ask


def _plain(text: str) -> str:
    """``text`` without the markup a channel leaves in it: Jira's ``{quote}`` marks go, an
    HTML e-mail body reads as its text (tags go, ``<br>`` and block ends break lines) and HTML
    entities (``&nbsp;``) as their characters; Slack's mentions (``<@U024BE7LH>``, ``<!here>``,
    ``@channel``) and emoji codes (``:pray:``) go, its labelled links and channels read as
    their labels. A JSON record or a table export reads as the message it holds."""
    text = structured_message(text) or text
    if "{quote}" in text:  # Jira's quote markup: the quoted words on lines of their own
        text = text.replace("{quote}", "\n")
    if len(_HTML_TAG.findall(text, 0, 20_000)) >= 2:
        text = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", _HTML_DROPPED.sub("", text)))
    if _ENTITY.search(text):
        text = html.unescape(text).replace("\xa0", " ")
    return _SLACK_NOISE.sub("", _SLACK_LINK.sub(r"\g<label>", text))


def _reduce(text: str, envelope: Envelope | None) -> str:
    """The request inside ``text``, as written."""
    stripped = "\n".join(latest_part(split_lines(_plain(text)))).strip()
    if not stripped:
        return stripped
    attempts: list[RuleResult] = []
    company = envelope.company_domains if envelope is not None else frozenset()
    raw = apply_rules(stripped, company)
    if envelope is not None and not envelope.is_empty:
        pre = envelope.strip(split_lines(stripped))
        if _text(pre):
            ask = apply_rules("\n".join(pre), company)
            attempts.append(RuleResult(envelope.strip(ask.lines, late=True), ask.hard, ask.subject))
        # where the learned lines leave the rules too little to read (a review title after
        # its rating line), the rules on the whole text, then the learned lines
        attempts.append(RuleResult(envelope.strip(raw.lines, late=True), raw.hard, raw.subject))
    attempts.append(raw)
    for ask in attempts:
        if ask.hard and (found := _text(_without_names(ask.lines))):
            return found
    subject = next((a.subject for a in attempts if a.subject), None)
    if subject:
        return subject
    return next((found for a in attempts if (found := _text(_without_names(a.lines)))), stripped)


def _without_names(lines: Sequence[str]) -> list[str]:
    """``lines`` without lines that are only a name, where the rest holds an ask
    (_ASK_WORDS lowercase words): left alone, a name line outweighs a short ask's words. A
    first line with words right below it stays: that is a title-case subject ("Dark Mode")."""
    content = [n for n, line in enumerate(lines) if line.strip()]
    names = {n for n in content if is_person_name(lines[n].strip())}
    first = content[0] if content else None
    if first is not None and first in names and first + 1 in content and first + 1 not in names:
        names.discard(first)
    rest = [line for n, line in enumerate(lines) if n not in names]
    if not names or sum(lowercase_words(line) for line in rest) < _ASK_WORDS:
        return list(lines)
    return rest


def learn_envelope(
    texts: Sequence[str],
    min_share: float = 0.0025,
    min_count: int = 5,
    max_entries: int = 5000,
    spelling: bool = True,
) -> Envelope:
    """Learn the lines and phrases a workspace wraps around its requests.

    Each distinct text is read whole and as the hand rules cut it down. A line (in
    :func:`normalise_line` form), or a line's shape (:mod:`triage.envelope_shapes`), is learned
    only if all of these hold, so that a genuine duplicate, the same request posted by many
    people, is never mistaken for envelope:

    * it occurs in at least ``max(min_count, ceil(min_share * m))`` distinct texts with at
      least one other line, ``m`` being the number of texts the rules leave two lines or more
      (single-line texts can hold no envelope line, so they neither count nor dilute the share);
    * the other content it appears with differs: at least ``max(min_count, count / 2)``
      distinct sets of co-occurring lines (a request re-posted verbatim has one); for a line
      the rules keep, among the lines they keep, so a signature does not make it look varied;
    * it is hardly ever a text's whole content after the rules: fewer than ``max(2, 5%)`` of
      its occurrences, re-posts of the same text included (a request is often posted on its
      own, again and again; a template line practically never); for a shape, which covers many
      wordings, fewer than ``max(1, 1%)``.

    A learned line the rules drop in most texts they read becomes a late line (see
    :class:`Envelope`).

    A sentence that opens or closes a line of several sentences is learned as a line too
    (stripped where it opens or closes a line) when it does so in at least _SENTENCE_TEXTS
    distinct texts (and the share above), with at least ``max(min_count, count / 2)``
    different rests of the line, and is posted alone as rarely as a line may be: a stock
    sentence written on the ask's own line, which no line count sees.

    Leading/trailing phrases are learned likewise, but only when cut at a machine-made
    delimiter (``|``, ``::``, ``»``, ``>>``, a bracketed tag) or when they hold a number, ``#``
    or ``@`` (``"Ref 123 - "``): a human topic prefix like ``"Dark mode: "`` is never learned.

    Form fields (``label: value`` or ``label<TAB>value`` lines) are learned from texts of
    _FORM_FIELDS fields or more, as often as a line must occur: a label is metadata when its
    median value holds at most _METADATA_WORDS lowercase words, and a question when it holds
    _QUESTION_WORDS or more and most of its values differ. The share is low (0.25%) because a
    workspace fed by many tools holds many templates, each in a small share of its items.

    Args:
        texts: The workspace's item texts.
        min_share: Minimum share of the distinct multi-line texts a line must occur in.
        min_count: Minimum number of distinct texts (and of distinct contexts).
        max_entries: Cap on learned lines, and on each kind of phrase (most frequent kept).
        spelling: Also learn the vocabulary that typos are corrected toward: a typo moves a
            short ask's vector as far as a different word would (:mod:`triage.spelling`).

    Returns:
        The learned envelope (no lines or phrases when nothing qualifies) with the texts'
        vocabulary.
    """
    posted = Counter(s for t in texts if (s := t.strip()))  # re-posts count as evidence below
    distinct = list(posted)
    vocabulary = learn_vocabulary(distinct) if spelling else Vocabulary()
    if len(distinct) < min_count:
        return Envelope(vocabulary=vocabulary)
    count: Counter[str] = Counter()
    kept_by_rules: Counter[str] = Counter()
    solo: Counter[str] = Counter()
    contexts: defaultdict[str, set[int]] = defaultdict(set)
    phrase_count: dict[str, Counter[str]] = {"head": Counter(), "tail": Counter()}
    phrase_rests: dict[str, defaultdict[str, set[str]]] = {
        "head": defaultdict(set),
        "tail": defaultdict(set),
    }
    field_values: defaultdict[str, list[str]] = defaultdict(list)
    sentence_count: Counter[str] = Counter()
    sentence_rests: defaultdict[str, set[str]] = defaultdict(set)
    multi = 0
    for text in distinct:
        plain = split_lines(_plain(text))
        fields = {
            normalise_line(m["label"]): m["value"]
            for line in plain
            if (m := _FIELD.match(line)) and len(m["label"].split()) <= _MAX_PHRASE_WORDS
        }
        if len(fields) >= _FORM_FIELDS:
            for label, value in fields.items():
                field_values[label].append(value)
        content = [s for line in apply_rules("\n".join(plain)).lines if (s := line.strip())]
        kept = _keys(content)
        if len(kept) == 1:
            for key in next(iter(kept.values())):  # a request posted alone 30 times is no template
                solo[key] += posted[text]
        elif len(kept) > 1:
            multi += 1
        kept_by_rules.update(key for keys in kept.values() for key in keys)
        # an e-mail's subject counts as a line read with what the rules keep: one that many
        # different asks share ("Small issue", "Your account") names none of them
        titles = {
            n: (n, *shapes(v))
            for line in plain
            if (v := header_subject(line)) and (n := normalise_line(v)) not in kept
        }
        # the lines the rules drop count too: where a learned form label or line is taken
        # away first, the rules may read the text differently and keep a template line. A
        # line the rules keep has its context among what they keep, so that a request
        # re-posted in many people's e-mails does not look varied for their signatures.
        everything = {**_keys(plain, said=kept), **titles, **kept}
        if len(everything) > 1:
            seen_keys: dict[str, int] = {}
            for n, keys in everything.items():
                around = kept if n in kept or n in titles else everything
                context = hash(tuple(sorted(o for o in around if o != n)))
                for key in keys:
                    seen_keys.setdefault(key, context)
            for key, context in seen_keys.items():
                count[key] += 1
                contexts[key].add(context)
        for sentence, rest in _edge_sentences(content).items():
            sentence_count[sentence] += 1
            sentence_rests[sentence].add(rest)
        for kind, cut in (("head", _head), ("tail", _tail)):
            seen: dict[str, str] = {}
            for s in content:
                if (part := cut(s)) is not None:
                    seen.setdefault(part[0], normalise_line(part[1]))
            for phrase, rest in seen.items():
                phrase_count[kind][phrase] += 1
                phrase_rests[kind][phrase].add(rest)

    need = max(min_count, math.ceil(min_share * multi))

    def ranked(counter: Counter[str], ok: Any) -> frozenset[str]:
        chosen = [k for k, c in counter.most_common() if c >= need and ok(k, c)]
        return frozenset(chosen[:max_entries])

    def rarely_alone(key: str, c: int) -> bool:
        # a shape covers many wordings, some of them maybe requests ("Is ‹name› on the
        # roadmap?"): one of them posted alone is enough to keep it, unless the shape is
        # common (1%: an item whose ask the rules lost may leave just its template line)
        share = 0.01 if is_shape(key) else 0.05
        return solo[key] < max(1 if is_shape(key) else 2, share * (c + solo[key]))

    def template(key: str, c: int) -> bool:
        return len(contexts[key]) >= max(min_count, c / 2) and rarely_alone(key, c)

    def stock_sentence(key: str, c: int) -> bool:
        varied = len(sentence_rests[key]) >= max(min_count, c / 2)
        return c >= _SENTENCE_TEXTS and varied and rarely_alone(key, c)

    lines = ranked(count, template)
    sentences = ranked(sentence_count, stock_sentence)
    prefixes, suffixes = (
        ranked(
            phrase_count[kind],
            lambda p, c, kind=kind: len(phrase_rests[kind][p]) >= max(min_count, c / 2),
        )
        for kind in ("head", "tail")
    )
    metadata, questions = _field_labels(field_values, need, max_entries)
    return Envelope(
        lines=frozenset(n for n in lines if kept_by_rules[n] * 2 >= count[n]) | sentences,
        late_lines=frozenset(n for n in lines if kept_by_rules[n] * 2 < count[n]),
        prefixes=prefixes,
        suffixes=suffixes,
        fields=metadata,
        questions=questions,
        vocabulary=vocabulary,
        company_domains=learn_company_domains(distinct),
    )


def _edge_sentences(content: Sequence[str]) -> dict[str, str]:
    """The first and last sentence of each line of several sentences, normalised, each with
    the rest of its line: where a stock sentence shares the ask's line, no line count sees it,
    yet it opens or closes many lines whose rests differ."""
    out: dict[str, str] = {}
    for line in content:
        parts = SENTENCE_SPLIT.split(line)
        if len(parts) < 2:
            continue
        for sentence, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
            key = normalise_line(sentence)
            if _LETTER.search(key):
                out.setdefault(key, normalise_line(" ".join(rest)))
    return out


def _keys(
    lines: Sequence[str], said: Mapping[str, object] | None = None
) -> dict[str, tuple[str, ...]]:
    """Each distinct line of ``lines`` (normalised) with what it is learned as: itself, and
    its shapes (:func:`triage.envelope_shapes.shapes`).

    With ``said`` (the lines the rules kept), a chat turn the rules dropped is also learned as
    its message, so an agent's stock reply is learned whoever sends it; a turn the rules kept
    (the customer's, maybe trimmed) is not, or a request asked in many chats would look like a
    template."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        if not (s := line.strip()) or (n := normalise_line(s)) in out:
            continue
        keys: tuple[str, ...] = (n, *shapes(s))
        if said is not None and (message := turn_message(s)) is not None:
            m = normalise_line(message)
            if not any(k in m or m in k for k in said):  # the rules may have trimmed it
                keys += (m, *shapes(message.strip()))
        out[n] = keys
    return out


def _field_labels(
    values: Mapping[str, list[str]], need: int, max_entries: int
) -> tuple[frozenset[str], frozenset[str]]:
    """The labels of recurring form fields, split into metadata and questions by what their
    values read like (see _METADATA_WORDS). Only forms count (texts of _FORM_FIELDS fields or
    more), so a topic many people open a one-line request with ("Dark mode: …") is no label."""
    common = sorted((k for k, v in values.items() if len(v) >= need), key=lambda k: -len(values[k]))
    metadata: set[str] = set()
    questions: set[str] = set()
    for label in common[:max_entries]:
        words = statistics.median(lowercase_words(v) for v in values[label])
        if words <= _METADATA_WORDS:
            metadata.add(label)
        elif words >= _QUESTION_WORDS and len(set(values[label])) >= len(values[label]) / 2:
            questions.add(label)
    return frozenset(metadata), frozenset(questions)
