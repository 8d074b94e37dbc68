"""Blind wrapper #7: bury short labelled requests inside realistic feedback-channel text.

This generator was written *blind*: without reading the project's text-cleaning rules, its
tests, its service code or any earlier wrapper. The envelopes come only from general knowledge
of how feedback reaches a product team, and deliberately favour less obvious channels: Outlook
reply chains with German/French/Spanish/Portuguese/Dutch header blocks, Microsoft Teams and
Discord copies, WhatsApp exports, Jira wiki-markup and Linear markdown exports, GitHub issue
forms, Trustpilot/Capterra/G2 reviews, Zoom VTT and Gong/Otter call transcripts, voicemail
transcriptions with ASR fillers, HubSpot/Salesforce/Pipedrive activity logs, Typeform/Google
Forms/Jotform exports, Reddit/Discourse/vBulletin threads, X/Bluesky/Mastodon threads, chatbot
to human hand-offs, HTML-to-text e-mail debris, machine-translated tickets, internal agent notes,
TestFlight/Hotjar/Instabug/Canny feedback and inbound SMS gateway logs.

Input: a CSV with a text column (one short request per row) and a label column.
Output: a CSV with columns ``text,label,channel``, same rows in the same order. About 80% of
rows are wrapped in one channel style (``channel`` is the style name); the rest are copied
verbatim with ``channel`` = ``raw``.

Guarantees for every wrapped row:

* The request appears exactly once, compared as a lower-cased word sequence. It may be
  lower-cased, may carry one single-letter typo (about 20% of wrapped rows: one letter of a word
  of four or more ASCII letters substituted by a keyboard neighbour, dropped or doubled), may be
  preceded by a short lead-in ("Quick one:") and may be followed by a terminal mark and/or one
  short context sentence.
* Everything around it is envelope: headers, metadata, greetings, sign-offs, disclaimers and
  plain statements, written so that none of it is a request of its own.
* No other row's request (as a lower-cased word sequence) occurs anywhere outside the request's
  own span. Generated text that collides is re-drawn: a few times per channel, then in another
  channel; a row that still collides is left raw (reported in the run summary).

Determinism: a master ``random.Random(seed)`` draws one sub-seed per row; each row, and each
re-draw of it, uses its own ``random.Random``. The output depends only on the input rows and the
seed (no clock, no hash randomisation, no locale).

``--verify`` re-reads the source and the written output and checks: row count, labels and order
preserved; raw rows verbatim; each wrapped request present exactly once (exactly, modulo
lower-casing, or with a single one-letter edit); no other row's request around it. It prints
per-channel counts and a pass/fail summary and exits non-zero on failure.

Usage::

    python bench/blind_wrap_7.py SRC.csv OUT.csv [--text-col text] [--label-col label]
        [--seed 0] [--verify]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

# ---------------------------------------------------------------------------------------------
# Knobs
# ---------------------------------------------------------------------------------------------

WRAP_RATE = 0.80
TYPO_RATE = 0.20
LOWER_RATE = 0.25
LEAD_RATE = 0.35
TAIL_RATE = 0.35
TYPO_MIN_LEN = 4
ATTEMPTS_PER_CHANNEL = 6
CHANNELS_PER_ROW = 3

T = TypeVar("T")

MARK = "\ue000"  # private-use placeholder for the request inside a generated envelope
WORD_RE = re.compile(r"[^\W_]+")

# ---------------------------------------------------------------------------------------------
# Word-level matching (shared by generation and --verify)
# ---------------------------------------------------------------------------------------------


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Lower-cased word tokens of ``text`` with their character spans."""
    return [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def words(text: str) -> tuple[str, ...]:
    """The lower-cased word sequence used for every comparison in this module."""
    return tuple(m.group().lower() for m in WORD_RE.finditer(text))


def one_edit(a: str, b: str) -> bool:
    """True when ``b`` differs from ``a`` by exactly one inserted, dropped or changed char."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(1 for i in range(len(a)) if a[i] != b[i]) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def typo_slots(req: Sequence[str]) -> frozenset[int]:
    """Word positions that may carry the typo (>= TYPO_MIN_LEN ASCII letters)."""
    return frozenset(
        i for i, w in enumerate(req) if len(w) >= TYPO_MIN_LEN and w.isascii() and w.isalpha()
    )


def find_request(text_words: Sequence[str], req: Sequence[str]) -> tuple[list[int], list[int]]:
    """Start positions of exact matches and of one-typo matches of ``req`` in ``text_words``."""
    n = len(req)
    slots = typo_slots(req)
    exact: list[int] = []
    typo: list[int] = []
    for i in range(len(text_words) - n + 1):
        miss = -1
        ok = True
        for k in range(n):
            w = text_words[i + k]
            if w == req[k]:
                continue
            if miss >= 0 or k not in slots or not one_edit(req[k], w):
                ok = False
                break
            miss = k
        if ok:
            (exact if miss < 0 else typo).append(i)
    return exact, typo


class PhraseIndex:
    """All requests of the input as word tuples, with a prefix set for a linear-ish scan."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.full: set[tuple[str, ...]] = set()
        self.prefixes: set[tuple[str, ...]] = set()
        for p in phrases:
            if not p:
                continue
            self.full.add(p)
            for j in range(1, len(p) + 1):
                self.prefixes.add(p[:j])

    def collision(
        self, text_words: Sequence[str], own: tuple[str, ...], lo: int, hi: int
    ) -> tuple[str, ...] | None:
        """First other request found outside the word window [lo, hi), else None."""
        n = len(text_words)
        for i in range(n):
            for j in range(i + 1, n + 1):
                t = tuple(text_words[i:j])
                if t not in self.prefixes:
                    break
                if t in self.full and t != own and not (lo <= i and j <= hi):
                    return t
        return None


@dataclass(frozen=True)
class Finding:
    ok: bool
    kind: str  # "exact", "typo" or a failure reason
    lo: int = -1
    hi: int = -1


def inspect_text(text: str, request: str, index: PhraseIndex) -> Finding:
    """Check one wrapped text against the guarantees (used by generation and --verify)."""
    req = words(request)
    toks = tokens(text)
    tw = [t[0] for t in toks]
    exact, typo = find_request(tw, req)
    if len(exact) + len(typo) == 0:
        return Finding(False, "request missing")
    if len(exact) + len(typo) > 1:
        return Finding(False, f"request found {len(exact) + len(typo)} times")
    lo = (exact or typo)[0]
    hi = lo + len(req)
    other = index.collision(tw, req, lo, hi)
    if other is not None:
        return Finding(False, "other request in envelope: " + " ".join(other))
    # character-level sanity: the matched span is the request itself (or its lower-case form),
    # possibly with a single one-letter edit
    rt = tokens(request)
    want = request[rt[0][1] : rt[-1][2]]
    got = text[toks[lo][1] : toks[hi - 1][2]]
    if exact:
        if got not in (want, want.lower()):
            return Finding(False, "request altered beyond lower-casing")
        return Finding(True, "exact", lo, hi)
    if not (one_edit(want, got) or one_edit(want.lower(), got)):
        return Finding(False, "request altered beyond one typo")
    return Finding(True, "typo", lo, hi)


# ---------------------------------------------------------------------------------------------
# Request surface: typo, lead-in, terminal mark, context sentence
# ---------------------------------------------------------------------------------------------

KEY_NEIGHBOURS = {
    "q": "wa", "w": "qase", "e": "wsdr", "r": "edft", "t": "rfgy", "y": "tghu", "u": "yhji",
    "i": "ujko", "o": "iklp", "p": "ol", "a": "qwsz", "s": "awedxz", "d": "serfcx",
    "f": "drtgvc", "g": "ftyhbv", "h": "gyujnb", "j": "huikmn", "k": "jiolm", "l": "kop",
    "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}  # fmt: skip


def apply_typo(rng: random.Random, text: str) -> str | None:
    """Return ``text`` with one single-letter typo in one eligible word, or None."""
    cands = [
        m
        for m in WORD_RE.finditer(text)
        if len(m.group()) >= TYPO_MIN_LEN and m.group().isascii() and m.group().isalpha()
    ]
    if not cands:
        return None
    m = rng.choice(cands)
    w = m.group()
    pos = rng.randrange(len(w))
    op = rng.choice(("sub", "sub", "drop", "double"))
    ch = w[pos]
    if op == "sub":
        new = rng.choice(KEY_NEIGHBOURS.get(ch.lower(), "e"))
        if new == ch.lower():
            new = "x" if ch.lower() != "x" else "z"
        new = new.upper() if ch.isupper() else new
        w2 = w[:pos] + new + w[pos + 1 :]
    elif op == "drop":
        w2 = w[:pos] + w[pos + 1 :]
    else:
        w2 = w[: pos + 1] + ch + w[pos + 1 :]
    return text[: m.start()] + w2 + text[m.end() :]


LEADS = (
    "Quick one:", "Quick one -", "Small thing:", "Feature idea:", "Wishlist item:",
    "One more from me:", "FYI:", "For the product team:", "From the customer, verbatim:",
    "Copying their words:", "Ok so", "So,", "Honestly,", "Also,", "Random thought:",
    "Idea for the roadmap:", "Minor one:", "Before I forget:", "Bit of feedback:", "Main point:",
    "TL;DR:", "Long-time user here:", "Not urgent, but", "As mentioned on the phone,",
    "Following on from Tuesday,", "Flagging this:", "Customer wording:", "Per the caller:",
    "Noted during the call:", "In their words:", "One from the field:", "Recurring theme:",
)  # fmt: skip

TAILS = (
    "Happened twice this week.", "No rush on this.", "It came in again on Tuesday's call.",
    "This is for the shared family account.", "I'm on the latest version.",
    "Same on phone and laptop.", "Mostly using it in the evenings.",
    "My partner mentioned the same thing.", "It's been like this since the last update.",
    "Not a blocker for us.", "I checked the help centre first.",
    "We have about 40 people on the plan.", "Been a customer since 2019.",
    "Only noticed it recently.", "It's the third time I've mentioned it.",
    "The rest works great.", "Context: small office, mixed devices.",
    "Asking on behalf of my manager.", "This would save me a lot of time.",
    "I'm travelling most of this month.", "Our old system handled this fine.",
    "Screenshot attached.", "Same account as before.", "Everything else is fine, for the record.",
    "It matters more at weekends.", "Two colleagues hit the same wall.",
    "Not sure if it's a setting or a gap.", "I'm fairly new to the app.",
    "Mostly on the web version.", "Three separate customers raised this.",
)  # fmt: skip

QUESTION_STARTS = frozenset(
    "what whats why how hows when where wheres who whos which whose can could is are do does "
    "did will would should shall may am was were have has any isn aren don doesn".split()
)


@dataclass(frozen=True)
class Body:
    """The customer's sentence as a channel sees it: optional lead-in, the request, a tail."""

    lead: str
    core: str  # MARK followed by an optional terminal mark
    tail: str

    def parts(self) -> list[str]:
        return [p for p in (self.lead, self.core, self.tail) if p]

    def inline(self) -> str:
        return " ".join(self.parts())

    def spoken(self) -> str:
        """ASR rendering: lower-case, no punctuation around the request."""
        bits = [_unpunct(self.lead), MARK, _unpunct(self.tail)]
        return " ".join(b for b in bits if b)


def _unpunct(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", s.lower()).split())


def make_body(g: Gen, shown: str) -> Body:
    lead = g.pick(LEADS) if g.chance(LEAD_RATE) else ""
    tail = g.pick(TAILS) if g.chance(TAIL_RATE) else ""
    mark = ""
    ends_open = bool(shown) and shown[-1] not in ".?!…)\"'"
    if ends_open:
        first = (words(shown) or ("",))[0]
        r = g.r.random()
        if r < 0.2:
            mark = ""
        elif first in QUESTION_STARTS:
            mark = "?" if r < 0.9 else "??"
        elif r < 0.85:
            mark = "."
        elif r < 0.93:
            mark = "!"
        else:
            mark = " 🙏"
    if tail and ends_open and not mark:
        mark = g.pick(("", ".", " -", ","))
    return Body(lead, MARK + mark, tail)


# ---------------------------------------------------------------------------------------------
# Shared pools and a small generator helper
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Maja", "Chidi", "Priya", "Kenji", "Lucía", "Tomasz", "Aoife", "Rahul", "Ngozi", "Mateus",
    "Sofia", "Yusuf", "Hannah", "Dmitri", "Amara", "Jonas", "Mei", "Olu", "Camille", "Diego",
    "Freya", "Arjun", "Leilani", "Bram", "Ines", "Kwame", "Saoirse", "Hiroshi", "Zainab", "Emil",
    "Valentina", "Tariq", "Ruth", "Marek", "Aiyana", "Nikhil", "Ewa", "Thabo", "Greta", "Rosa",
    "Callum", "Fatima", "Wren", "Anders", "Nia", "Paulo", "Hyun-woo", "Isabel", "Declan", "Ayesha",
)  # fmt: skip
LAST_NAMES = (
    "Lindqvist", "Okafor", "Raman", "Watanabe", "Fernández", "Kowalski", "Byrne", "Mehta",
    "Adeyemi", "Oliveira", "Rossi", "Demir", "Schulz", "Volkov", "Mensah", "Berg", "Chen",
    "Bakare", "Laurent", "Morales", "Nilsson", "Iyer", "Kahale", "de Vries", "Carvalho",
    "Boateng", "Gallagher", "Sato", "Haddad", "Eriksen", "Moretti", "Farouk", "Abernathy",
    "Novak", "Whitehorse", "Kapoor", "Zielińska", "Nkosi", "Huber", "Quispe", "MacLeod", "Park",
)  # fmt: skip
LOCAL_NAMES = {
    "de": (("Jürgen", "Katrin", "Lukas", "Anja", "Matthias", "Sabine", "Felix", "Heike", "Tobias",
            "Miriam"),
           ("Hoffmann", "Becker", "Schäfer", "Wagner", "Krüger", "Neumann", "Zimmermann",
            "Braun", "Hartmann", "Vogel")),
    "fr": (("Élodie", "Julien", "Margaux", "Thibault", "Camille", "Nicolas", "Aurélie", "Mathieu",
            "Léa", "Benoît"),
           ("Moreau", "Lefèvre", "Girard", "Fournier", "Dubois", "Lambert", "Roux", "Bonnet",
            "Mercier", "Chevalier")),
    "es": (("Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Sergio", "Elena", "Pablo",
            "Nuria", "Andrés"),
           ("García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres",
            "Domínguez", "Gil", "Vázquez")),
    "pt": (("João", "Ana", "Rafael", "Beatriz", "Tiago", "Mariana", "Gonçalo", "Larissa",
            "Rodrigo", "Inês"),
           ("Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida",
            "Nascimento", "Lima", "Carvalho")),
    "nl": (("Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eline", "Ruben", "Marloes",
            "Thijs"),
           ("de Jong", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
            "van Dijk")),
}  # fmt: skip

COMPANIES = (
    ("Kestrel Analytics", "kestrel-analytics.com"),
    ("Oakridge Dental Group", "oakridgedental.co.uk"),
    ("Brightwell Logistics", "brightwell-log.com"), ("Haverford & Lin", "haverfordlin.com"),
    ("Solvik AB", "solvik.se"), ("Marisol Hotels", "marisolhotels.es"),
    ("Tessera Bio", "tesserabio.com"), ("Quillon GmbH", "quillon.de"),
    ("Fennel Foods", "fennelfoods.ie"), ("Grupo Altamar", "altamar.com.mx"),
    ("Lumen Credit Union", "lumencu.org"), ("Pinecrest Veterinary", "pinecrestvets.com"),
    ("Atelier Rousseau", "atelier-rousseau.fr"), ("Umoja Microfinance", "umoja-mf.co.ke"),
    ("Harbourline Ferries", "harbourline.co.nz"), ("Copperleaf Studios", "copperleaf.studio"),
    ("Vantaa Robotics Oy", "vantaarobotics.fi"), ("Bluejay Property Mgmt", "bluejaypm.com"),
    ("Casa Nobre Imóveis", "casanobre.com.br"), ("Ridgeway Primary School", "ridgeway.sch.uk"),
    ("Meridian Physio", "meridianphysio.com.au"), ("Stroopwafel & Co", "stroopwafelco.nl"),
)  # fmt: skip

BRANDS = (
    ("Nimbus", "nimbus-home.io", "NimbusHome"), ("Halyard", "halyard.app", "HalyardHQ"),
    ("Lumo", "lumo.so", "lumo_app"), ("Wrenly", "wrenly.com", "WrenlySupport"),
    ("Pennant", "pennant.io", "PennantCares"), ("Orbitly", "orbitly.co", "OrbitlyHelp"),
    ("Kitestring", "kitestring.dev", "kitestringdev"), ("Tallow", "tallow.app", "TallowApp"),
    ("Juniper Pay", "juniperpay.com", "JuniperPay"), ("Fathom Bank", "fathom.bank", "FathomBank"),
)  # fmt: skip

JOB_TITLES = (
    "Head of Operations", "IT Coordinator", "Practice Manager", "Office Manager",
    "Facilities Lead", "Procurement Specialist", "Founder & CEO", "Clinic Administrator",
    "Systems Administrator", "Finance Controller", "Team Lead, Dispatch", "Head of People",
    "Product Owner", "Digital Lead", "Bookkeeper", "Deputy Head (Curriculum)",
)  # fmt: skip

USERNAMES = (
    "kettle_of_fish", "zeno42", "mossyboots", "ratatouille.exe", "pixelpanda", "ferncastle",
    "the_real_jonas", "lowtide", "owl_at_noon", "grumpy_gecko", "saltandvinegar", "marmalade.m",
    "bytewitch", "quokka_qa", "nightjar77", "tinfoilhat", "paperplane_", "citrusdrift",
    "moth.lamp", "sk8erboi_1999", "wobblyjelly", "not_a_robot_42", "thistledown", "kilnfire",
)  # fmt: skip

EMOJI = ("🙂", "😅", "👍", "🙏", "🔥", "👀", "😬", "🤞", "✅", "💡", "😂", "🥲", "🚀", "☕", "🌧️")

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initial(self) -> str:
        return f"{self.first} {self.last[0]}."

    def email(self, domain: str, style: int = 0) -> str:
        f, lname = _ascii(self.first), _ascii(self.last)
        local = (f"{f}.{lname}", f"{f[0]}{lname}", f, f"{f}{lname[0]}")[style % 4]
        return f"{local}@{domain}"


@dataclass(frozen=True)
class Org:
    name: str
    domain: str


@dataclass(frozen=True)
class Brand:
    name: str
    domain: str
    handle: str


def _ascii(s: str) -> str:
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def t12(dt: datetime) -> str:
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def t24(dt: datetime, secs: bool = False) -> str:
    return f"{dt.hour:02d}:{dt.minute:02d}" + (f":{dt.second:02d}" if secs else "")


def d_us(dt: datetime) -> str:
    return f"{dt.month}/{dt.day}/{dt.year}"


def d_eu(dt: datetime) -> str:
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"


def d_iso(dt: datetime) -> str:
    return f"{dt.year}-{dt.month:02d}-{dt.day:02d}"


def d_med(dt: datetime) -> str:
    return f"{MONTHS_EN[dt.month - 1][:3]} {dt.day}, {dt.year}"


def d_uk(dt: datetime) -> str:
    return f"{dt.day} {MONTHS_EN[dt.month - 1][:3]} {dt.year}"


def d_long(dt: datetime) -> str:
    return f"{WEEKDAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year}"


def dt_iso(dt: datetime) -> str:
    return f"{d_iso(dt)}T{t24(dt, True)}Z"


SPOKEN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


class Gen:
    """Thin helper around one ``random.Random`` for building envelopes."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: Sequence[str]) -> str:
        return self.r.choice(seq)

    def choice(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def some(self, seq: Sequence[str], lo: int, hi: int) -> list[str]:
        return self.r.sample(list(seq), min(len(seq), self.r.randint(lo, hi)))

    def person(self, loc: str | None = None) -> Person:
        if loc in LOCAL_NAMES:
            firsts, lasts = LOCAL_NAMES[loc]
            return Person(self.r.choice(firsts), self.r.choice(lasts))
        return Person(self.r.choice(FIRST_NAMES), self.r.choice(LAST_NAMES))

    def company(self) -> Org:
        return Org(*self.r.choice(COMPANIES))

    def brand(self) -> Brand:
        return Brand(*self.r.choice(BRANDS))

    def when(self) -> datetime:
        base = datetime(2022, 1, 3, 0, 0, 0)
        dt = base + timedelta(seconds=self.r.randrange(4 * 365 * 86400))
        if dt.hour < 7 or dt.hour > 21:  # mostly office-ish hours
            dt = dt.replace(hour=self.r.randint(8, 19))
        return dt

    def later(self, dt: datetime, lo_min: int, hi_min: int) -> datetime:
        return dt + timedelta(minutes=self.r.randint(lo_min, hi_min), seconds=self.num(0, 59))

    def phone(self, cc: str | None = None) -> str:
        d = self.r.randint
        cc = cc or self.pick(("US", "GB", "GB", "DE", "FR", "NL", "BR", "ES", "IN", "AU", "ZA"))
        if cc == "US":
            return f"+1 ({d(201, 989)}) 555-01{d(0, 99):02d}"
        if cc == "GB":
            if self.chance(0.5):
                return f"+44 7700 900{d(0, 999):03d}"
            return f"+44 20 7946 0{d(0, 999):03d}"
        if cc == "DE":
            return f"+49 {self.pick(('30', '89', '40', '151', '172'))} {d(1000000, 9999999)}"
        if cc == "FR":
            return "+33 6 " + " ".join(f"{d(0, 99):02d}" for _ in range(4))
        if cc == "NL":
            return f"+31 6 {d(1000, 9999)} {d(1000, 9999)}"
        if cc == "BR":
            return f"+55 11 9{d(1000, 9999)}-{d(1000, 9999)}"
        if cc == "ES":
            return f"+34 6{d(10, 99)} {d(100, 999)} {d(100, 999)}"
        if cc == "IN":
            return f"+91 98{d(100, 999)} {d(10000, 99999)}"
        if cc == "AU":
            return f"+61 4{d(10, 99)} {d(100, 999)} {d(100, 999)}"
        return f"+27 82 {d(100, 999)} {d(1000, 9999)}"

    def spoken_number(self, phone: str) -> str:
        digits = [c for c in phone if c.isdigit()][-10:]
        return " ".join(SPOKEN_DIGITS[int(c)] for c in digits)

    def ticket(self) -> str:
        n = self.r.randint
        return self.pick(
            (
                f"#{n(10000, 99999)}",
                f"INC{n(1000000, 9999999)}",
                f"CS-{n(1000, 99999)}",
                f"SR-{n(2022, 2025)}-{n(1, 999999):06d}",
                f"000{n(10000, 99999)}",
                f"T-{n(100000, 999999)}",
                f"HS{n(1000000, 9999999)}",
            )
        )

    def version(self) -> str:
        return f"{self.num(2, 9)}.{self.num(0, 24)}.{self.num(0, 9)}"

    def build(self) -> str:
        return str(self.num(1000, 9999))

    def username(self) -> str:
        u = self.pick(USERNAMES)
        return u + (str(self.num(2, 99)) if self.chance(0.25) else "")

    def emoji(self) -> str:
        return self.pick(EMOJI)

    def deck(self, seq: Sequence[str]) -> Callable[[], str]:
        """A draw function that does not repeat an item until the pool is used up."""
        pool: list[str] = []

        def draw() -> str:
            if not pool:
                pool.extend(seq)
                self.r.shuffle(pool)
            return pool.pop()

        return draw

    def hexid(self, k: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def slug(self) -> str:
        return self.hexid(4) + "-" + self.hexid(6)


def join_lines(lines: Iterable[str]) -> str:
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


# ---------------------------------------------------------------------------------------------
# English e-mail pieces reused by several channels
# ---------------------------------------------------------------------------------------------

EN_GREETINGS = (
    "Hi {first},", "Hello {first},", "Hey {first} —", "Morning {first},", "Dear {first},",
    "{first},", "Hi {first} and team,", "Good afternoon {first},", "Hiya,", "Hello all,",
)  # fmt: skip
EN_OPENERS = (
    "Hope the week is treating you well.", "Apologies for the slow reply, it's been a busy month.",
    "Following Tuesday's session, one item from our side.", "Sorry for the delay on this.",
    "Replying from my phone, so excuse the brevity.", "Adding one point to this thread.",
    "Our team went through the new release on Friday.", "We spoke briefly at the expo in Lyon.",
    "I'm covering for Anke while she's on leave.", "Short note after our internal review.",
)  # fmt: skip
EN_SIGNOFFS = (
    "Best,", "Cheers,", "Kind regards,", "Many thanks,", "Thanks again,", "Warmly,", "Talk soon,",
    "Best regards", "BR", "Rgds,", "All the best,", "—",
)  # fmt: skip
EN_MOBILE = (
    "Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
    "Sent from my Galaxy", "Sent from Mail for Windows", "Sent from my iPad",
    "Sent via Superhuman", "Sent from Proton Mail mobile", "Sent from Yahoo Mail on Android",
)  # fmt: skip
EN_DISCLAIMERS = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the named "
    "addressee and may contain privileged information. Any unauthorised review, use or "
    "distribution is prohibited.",
    "The information in this email is confidential and may be legally privileged. It is "
    "intended solely for the addressee.",
    "This message has been scanned for viruses by Mimecast.",
    "Registered in England and Wales No. 09876543. Registered office: 3rd Floor, 21 Example "
    "Row, Leeds LS1 4AB.",
    "🌿 Printing this e-mail is rarely necessary.",
    "IMPORTANT: This email and its attachments are confidential. If received in error, the "
    "sender would be grateful to be informed, and the message deleted.",
    "Our office hours are Mon–Thu 8:30–17:00. Replies outside these hours are not expected.",
)
EXTERNAL_BANNERS = (
    "[EXTERNAL] This email originated from outside of the organisation.",
    "CAUTION: External sender.",
    "⚠ EXTERNAL EMAIL ⚠",
    "[External]",
)


def en_signature(g: Gen, p: Person, org: Org) -> list[str]:
    lines = [p.first if g.chance(0.5) else p.full]
    if g.chance(0.7):
        lines.append(f"{g.pick(JOB_TITLES)} | {org.name}")
        if g.chance(0.6):
            lines.append(f"T: {g.phone()}" if g.chance(0.5) else f"M {g.phone()}")
        if g.chance(0.4):
            lines.append(f"www.{org.domain}")
    return lines


def en_message(g: Gen, sender: Person, org: Org, body: Body, to_first: str | None) -> list[str]:
    lines: list[str] = []
    if to_first and g.chance(0.85):
        lines += [g.pick(EN_GREETINGS).format(first=to_first), ""]
    if g.chance(0.45):
        lines += [g.pick(EN_OPENERS), ""]
    lines += [body.inline(), ""]
    lines.append(g.pick(EN_SIGNOFFS))
    lines += en_signature(g, sender, org)
    if g.chance(0.35):
        lines += ["", g.pick(EN_MOBILE)]
    if g.chance(0.3):
        lines += ["", g.pick(EN_DISCLAIMERS)]
    return lines


# ---------------------------------------------------------------------------------------------
# Outlook reply chains with localised header blocks
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Locale:
    key: str
    tld: str
    labels: tuple[str, str, str, str, str]  # From, Sent, To, Cc, Subject
    colon: str
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    date_fmt: str  # uses {wd} {d} {mon} {y} {hm}
    re_prefix: str
    fw_prefix: str
    original: str
    mobile: tuple[str, ...]
    agent_lines: tuple[str, ...]
    greetings: tuple[str, ...]
    closings: tuple[str, ...]
    forward_intros: tuple[str, ...]
    disclaimer: str
    subjects: tuple[str, ...]
    team: str

    def date(self, dt: datetime) -> str:
        return self.date_fmt.format(
            wd=self.weekdays[dt.weekday()],
            d=dt.day,
            mon=self.months[dt.month - 1],
            y=dt.year,
            hm=t24(dt),
        )


LOCALES = {
    "de": Locale(
        "de", "de", ("Von", "Gesendet", "An", "Cc", "Betreff"), ": ",
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"),
        "{wd}, {d}. {mon} {y} {hm}", "AW:", "WG:", "-----Ursprüngliche Nachricht-----",
        ("Von meinem iPhone gesendet", "Outlook für Android herunterladen"),
        ("vielen Dank für Ihre Nachricht.",
         "Ihr Anliegen ist bei uns eingegangen und wurde an das zuständige Team weitergeleitet.",
         "Die Bearbeitungszeit beträgt derzeit etwa zwei Werktage.",
         "Wir melden uns, sobald es Neuigkeiten gibt.",
         "Das Ticket {ticket} bleibt bis dahin geöffnet."),
        ("Guten Tag {first} {last},", "Hallo {first},", "Sehr geehrte Damen und Herren,"),
        ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"),
        ("Hallo zusammen, anbei eine Rückmeldung vom Kunden, im Original auf Englisch.",
         "Zur Info – Kundenfeedback aus dem Termin gestern, unverändert weitergeleitet.",
         "Hallo Produktteam, die Nachricht unten kam heute über den Support rein."),
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Das "
        "unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. "
        "Sitz der Gesellschaft: München, Registergericht: Amtsgericht München, HRB 123456.",
        ("Ihre Anfrage [{ticket}]", "Rückmeldung zum Termin", "Ticket {ticket} – Status",
         "Feedback zur App"),
        "Kundenservice",
    ),
    "fr": Locale(
        "fr", "fr", ("De", "Envoyé", "À", "Cc", "Objet"), " : ",
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"),
        "{wd} {d} {mon} {y} {hm}", "RE :", "TR :", "-----Message d'origine-----",
        ("Envoyé de mon iPhone", "Obtenir Outlook pour Android"),
        ("Merci pour votre message.",
         "Votre demande a bien été enregistrée sous la référence {ticket}.",
         "Notre équipe revient vers vous dans les meilleurs délais.",
         "Le délai de traitement actuel est d'environ 48 heures."),
        ("Bonjour {first},", "Bonjour Madame, Monsieur,", "Bonjour {first} {last},"),
        ("Cordialement", "Bien à vous", "Belle journée"),
        ("Bonjour à tous, je vous transfère le retour client ci-dessous, tel quel.",
         "Pour info, retour reçu ce matin (en anglais).",
         "Bonjour l'équipe produit, message du client en dessous."),
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
        "exclusive de ses destinataires. Toute utilisation non conforme à sa destination est "
        "interdite.",
        ("Votre demande n° {ticket}", "Suivi de votre dossier", "Retour sur l'application"),
        "Service client",
    ),
    "es": Locale(
        "es", "es", ("De", "Enviado el", "Para", "CC", "Asunto"), ": ",
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"),
        "{wd}, {d} de {mon} de {y} {hm}", "RE:", "RV:", "-----Mensaje original-----",
        ("Enviado desde mi iPhone", "Obtener Outlook para Android"),
        ("Gracias por contactar con nosotros.",
         "Hemos registrado su solicitud con el número {ticket}.",
         "Nuestro equipo le responderá lo antes posible.", "Quedamos a su disposición."),
        ("Hola {first},", "Estimado/a cliente:", "Buenos días, {first}:"),
        ("Saludos cordiales", "Un saludo", "Atentamente"),
        ("Hola equipo, os reenvío el comentario del cliente tal cual, está en inglés.",
         "Para vuestra información, recibido esta mañana.",
         "Buenas, abajo el correo original del cliente."),
        "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y "
        "pueden contener información confidencial. Queda prohibida su divulgación sin "
        "autorización.",
        ("Su consulta n.º {ticket}", "Seguimiento de su incidencia", "Comentarios sobre la app"),
        "Atención al cliente",
    ),
    "pt": Locale(
        "pt", "com.br", ("De", "Enviado", "Para", "Cc", "Assunto"), ": ",
        ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
         "domingo"),
        ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
         "outubro", "novembro", "dezembro"),
        "{wd}, {d} de {mon} de {y} {hm}", "RE:", "ENC:", "-----Mensagem original-----",
        ("Enviado do meu iPhone", "Obter o Outlook para Android"),
        ("Obrigado pelo seu contato.",
         "Sua solicitação foi registrada com o protocolo {ticket}.",
         "Nossa equipe retornará em até 2 dias úteis.", "Seguimos à disposição."),
        ("Olá {first},", "Prezado(a),", "Bom dia, {first}."),
        ("Atenciosamente", "Abraços", "Att."),
        ("Oi pessoal, segue abaixo o feedback do cliente, do jeito que ele mandou (em inglês).",
         "Para conhecimento, recebido hoje cedo.",
         "Time de produto, repassando o e-mail do cliente sem alterações."),
        "Esta mensagem pode conter informações confidenciais e é destinada exclusivamente ao(s) "
        "destinatário(s). A divulgação, cópia ou distribuição não autorizada é proibida.",
        ("Protocolo {ticket}", "Retorno sobre o atendimento", "Sugestão para o aplicativo"),
        "Atendimento",
    ),
    "nl": Locale(
        "nl", "nl", ("Van", "Verzonden", "Aan", "CC", "Onderwerp"), ": ",
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"),
        "{wd} {d} {mon} {y} {hm}", "RE:", "FW:", "-----Oorspronkelijk bericht-----",
        ("Verzonden vanaf mijn iPhone", "Outlook voor Android downloaden"),
        ("Bedankt voor je bericht.", "Je melding is geregistreerd onder nummer {ticket}.",
         "We nemen zo snel mogelijk contact met je op.",
         "De huidige doorlooptijd is ongeveer twee werkdagen."),
        ("Hoi {first},", "Beste {first},", "Beste {first} {last},"),
        ("Met vriendelijke groet", "Groetjes", "Hartelijke groet"),
        ("Hoi allemaal, hieronder de feedback van de klant, ongewijzigd doorgestuurd (in het "
         "Engels).",
         "Ter info, vanochtend binnengekomen.", "Dag productteam, mail van de klant hieronder."),
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke "
        "informatie bevatten. Openbaarmaking, vermenigvuldiging of verspreiding door anderen is "
        "niet toegestaan.",
        ("Uw melding {ticket}", "Terugkoppeling gesprek", "Feedback op de app"),
        "Klantenservice",
    ),
}  # fmt: skip
LOCALE_KEYS = tuple(LOCALES)


def outlook_header(
    g: Gen, loc: Locale, sender: str, to: str, when: datetime, subject: str, cc: str = ""
) -> list[str]:
    star = "*" if g.chance(0.2) else ""  # Outlook -> Gmail paste keeps bold as *x*
    lab = [f"{star}{x}{loc.colon.rstrip()}{star} " for x in loc.labels]
    lines = [f"{lab[0]}{sender}", f"{lab[1]}{loc.date(when)}", f"{lab[2]}{to}"]
    if cc:
        lines.append(f"{lab[3]}{cc}")
    lines.append(f"{lab[4]}{subject}")
    return lines


def local_agent_mail(
    g: Gen, loc: Locale, agent: Person, cust: Person, ticket: str, vendor: Org
) -> list[str]:
    greet = g.pick(loc.greetings).format(first=cust.first, last=cust.last)
    sents = [s.format(ticket=ticket) for s in g.some(loc.agent_lines, 2, 3)]
    lines = [greet, "", " ".join(sents), "", g.pick(loc.closings), agent.full]
    lines.append(f"{loc.team} | {vendor.name}")
    if g.chance(0.6):
        lines += ["", loc.disclaimer]
    return lines


def ch_outlook_foreign_chain(g: Gen, body: Body) -> str:
    loc = LOCALES[g.pick(LOCALE_KEYS)]
    vendor = g.company()
    vdomain = vendor.domain.split(".")[0] + "." + loc.tld
    agent, cust, colleague = g.person(loc.key), g.person(), g.person(loc.key)
    client = g.company()
    ticket = g.ticket()
    t_old = g.when()
    t_new = g.later(t_old, 30, 60 * 48)
    subject = g.pick(loc.subjects).format(ticket=ticket)
    sep = g.pick(("________________________________", loc.original, ""))
    agent_addr = f"{agent.full} <{agent.email(vdomain, g.num(0, 3))}>"
    cust_addr = f"{cust.full} <{cust.email(client.domain)}>"
    lines: list[str] = []
    if g.chance(0.25):
        lines += [g.pick(EXTERNAL_BANNERS), ""]
    if g.chance(0.55):
        # the customer answers in English on top of the vendor's localised mail
        lines += en_message(g, cust, client, body, agent.first)
        lines += ["", sep]
        cc = f"{colleague.full} <{colleague.email(vdomain)}>" if g.chance(0.4) else ""
        lines += outlook_header(
            g, loc, agent_addr, cust_addr, t_old, f"{loc.re_prefix} {subject}", cc
        )
        lines += [""] + local_agent_mail(g, loc, agent, cust, ticket, vendor)
    else:
        # a colleague forwards the customer's English mail to the product team
        if g.chance(0.5):
            lines += outlook_header(
                g,
                loc,
                f"{colleague.full} <{colleague.email(vdomain)}>",
                f"produkt@{vdomain}" if loc.key == "de" else f"product@{vdomain}",
                g.later(t_new, 5, 600),
                f"{loc.fw_prefix} {subject}",
            )
            lines.append("")
        lines += [g.pick(loc.forward_intros), "", g.pick(loc.closings), colleague.first]
        if g.chance(0.4):
            lines += ["", g.pick(loc.mobile)]
        lines += ["", sep or loc.original]
        lines += outlook_header(
            g, loc, cust_addr, f"support@{vdomain}", t_new, f"{loc.re_prefix} {subject}"
        )
        lines += [""] + en_message(g, cust, client, body, agent.first)
        if g.chance(0.5):
            lines += ["", sep or loc.original]
            lines += outlook_header(g, loc, agent_addr, cust_addr, t_old, subject)
            lines += [""] + local_agent_mail(g, loc, agent, cust, ticket, vendor)
    return join_lines(lines)


# ---------------------------------------------------------------------------------------------
# Microsoft Teams chat export
# ---------------------------------------------------------------------------------------------

TEAMS_FILLER = (
    "morning all ☕", "just out of the call with {client}", "notes below", "+1", "👍",
    "same from the Leeds office fwiw", "ok noted", "on it", "adding it to the backlog board",
    "this came in via the shared channel", "I'll raise it in Thursday's triage",
    "no ETA from eng yet", "that's the third one this week", "haha fair",
    "sorry, was on mute", "my wifi is dying again", "link's in the channel files",
    "👀", "logged as {jira}", "I'll copy it into the feedback tracker later today",
    "they're on the Business plan, renewal in June", "great call btw",
    "{client} are one of the pilot accounts", "the screenshot didn't come through on my side",
)  # fmt: skip
TEAMS_SYSTEM = (
    "{name} was added to the chat by {other}.", "{name} has left the chat.",
    "Meeting ended: {m}m {s}s", "{name} renamed the group to \"{client} rollout 🚀\".",
    "This message has been deleted.", "{name} changed the chat picture.",
    "[Attachment] rollout-plan-v{m}.xlsx", "{name} shared a Loop component: Action items",
)  # fmt: skip


def ch_teams_chat_export(g: Gen, body: Body) -> str:
    team = [g.person() for _ in range(g.num(2, 4))]
    ext = g.person()
    client = g.company()
    jira = f"{g.pick(('CX', 'FB', 'MOB', 'PLAT'))}-{g.num(100, 4999)}"
    t = g.when()
    style = g.pick(("classic", "new", "html_export"))
    new_stamp = g.pick(("time", "date", "rel"))
    out: list[str] = []
    if style == "html_export":
        out += [
            f"Chat: {client.name} <> {g.company().name} (shared)",
            f"Exported: {d_iso(g.later(t, 60 * 24, 60 * 24 * 30))} · {g.num(12, 240)} messages",
            "-" * 40,
        ]

    def stamp(p: Person, dt: datetime, external: bool) -> str:
        tag = " (External)" if external else (" (Guest)" if g.chance(0.05) else "")
        if style == "classic":
            return f"[{t12(dt)}] {p.last}, {p.first}{tag}"
        if style == "new":
            when = {"time": t24(dt), "date": f"{d_eu(dt)} {t24(dt)}", "rel": f"Yesterday {t12(dt)}"}
            return f"{p.full}{tag}\n{when[new_stamp]}"
        return f"{d_iso(dt)} {t24(dt, True)} | {p.full}{tag}"

    team_fill, team_sys = g.deck(TEAMS_FILLER), g.deck(TEAMS_SYSTEM)

    def filler() -> str:
        return team_fill().format(client=client.name.split()[0], jira=jira)

    def system() -> str:
        return team_sys().format(
            name=g.person().full,
            other=team[0].full,
            m=g.num(3, 58),
            s=g.num(0, 59),
            client=client.name.split()[0],
        )

    msgs: list[tuple[Person | None, str, bool]] = []
    for _ in range(g.num(1, 3)):
        msgs.append((g.choice(team), filler(), False))
    if g.chance(0.4):
        msgs.append((None, system(), False))
    if g.chance(0.5):
        relay = team[0]
        intro = g.pick(
            (
                f"From {ext.first} at {client.name}, verbatim:",
                f"{ext.first} ({client.name}) in the shared channel:",
                "pasting what the customer wrote:",
                "customer feedback from the call 👇",
            )
        )
        msgs.append((relay, intro + "\n" + body.inline(), False))
    else:
        parts = body.parts()
        if len(parts) > 1 and g.chance(0.5):
            for p in parts:
                msgs.append((ext, p, True))
        else:
            msgs.append((ext, body.inline(), True))
    if g.chance(0.5):
        msgs.append((None, f"{g.pick(('👍', '❤️', '😮', '😂'))} {g.num(1, 6)}", False))
    for _ in range(g.num(0, 3)):
        who = g.choice(team)
        text = filler()
        if g.chance(0.15):
            text = "(edited) " + text
        msgs.append((who, text, False))
    if g.chance(0.3):
        msgs.append((None, system(), False))
    dt = t
    for sender, text, external in msgs:
        dt = g.later(dt, 0, 9)
        if sender is None:
            out.append(text)
        else:
            out.append(stamp(sender, dt, external))
            out.append(text)
        if style != "classic":
            out.append("")
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Discord copy
# ---------------------------------------------------------------------------------------------

DISCORD_FILLER = (
    "morning 🌞", "patch notes for {ver} are in #announcements", "same here tbh",
    "been like this since the beta", "lol", "<:kekw:812233477> classic", "noted, ty",
    "not on my end but I'm on ios", "+1 from the eu server", "this channel moves fast today",
    "fwiw the old client did this fine", "I'm on the nightly build", "oh nice, didn't know that",
    "that's a known one I think", "🫡", "moved from #general", "🗳️ vote added",
)  # fmt: skip
DISCORD_ROLES = (" [Mod]", " 🛡️ Staff", " [Beta Tester]", " [Helper]", "", "", "", "")
DISCORD_CHANNELS = ("💡┃feature-requests", "feedback", "help-forum", "suggestions", "general")


def ch_discord_copy(g: Gen, body: Body) -> str:
    brand = g.brand()
    t = g.when()
    users = [g.username() for _ in range(g.num(2, 4))]
    poster = g.username()
    style = g.pick(("today", "date_us", "date_eu"))
    day = g.pick(("Today", "Yesterday"))
    chatter = g.deck(DISCORD_FILLER)

    def stamp(dt: datetime) -> str:
        if style == "today":
            return f"{day} at {t12(dt)}"
        if style == "date_us":
            return f"{dt.month:02d}/{dt.day:02d}/{dt.year} {t12(dt)}"
        return f"{d_eu(dt)} {t24(dt)}"

    out: list[str] = []
    if g.chance(0.5):
        chan = g.pick(DISCORD_CHANNELS)
        out += [f"#{chan} | {brand.name} Community", ""]
    if g.chance(0.3):
        out += [
            f"Thread: {g.pick(('wishlist', 'ideas megathread', 'small QoL asks'))} — "
            f"{g.num(3, 140)} messages",
            "",
        ]
    dt = t
    for _ in range(g.num(1, 3)):
        dt = g.later(dt, 0, 30)
        u = g.pick(users)
        out += [
            f"{u}{g.pick(DISCORD_ROLES)} — {stamp(dt)}",
            chatter().format(ver=g.version()),
        ]
    dt = g.later(dt, 0, 30)
    out.append(f"{poster}{g.pick(DISCORD_ROLES)} — {stamp(dt)}")
    if g.chance(0.3):
        out.append(f"@{g.pick(users)}")
    parts = body.parts()
    if len(parts) > 1 and g.chance(0.5):
        out += parts
    else:
        out.append(body.inline() + (" (edited)" if g.chance(0.2) else ""))
    if g.chance(0.5):
        out.append(f"👍 {g.num(1, 40)}  {g.pick(('👀', '💯', '❤️', '➕'))} {g.num(1, 9)}")
    if g.chance(0.5):
        dt = g.later(dt, 0, 20)
        bot = g.pick(("Carl-bot", "Suggestions", "FeedbackBot", "Dyno"))
        out += [
            f"{bot} APP — {stamp(dt)}",
            f"Suggestion #{g.num(200, 4000)} logged on the public board. Voting is open with "
            "👍 / 👎.",
        ]
    for _ in range(g.num(0, 2)):
        dt = g.later(dt, 0, 60)
        out += [
            f"{g.pick(users)}{g.pick(DISCORD_ROLES)} — {stamp(dt)}",
            chatter().format(ver=g.version()),
        ]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# WhatsApp export
# ---------------------------------------------------------------------------------------------

WA_FILLER = (
    "Good afternoon", "sorry for the late message", "ok", "👍🏽", "perfect, noted", "one sec",
    "‎image omitted", "<Media omitted>", "This message was deleted", "‎sticker omitted",
    "ahh ok", "I'm at the shop now", "all good otherwise 🙂", "Missed voice call",
    "‎document omitted", "haha yes", "it's for my mum's account",
)  # fmt: skip
WA_BIZ = (
    "Hello! You're chatting with {brand} Support 👋 An agent will reply shortly.",
    "Our team is online Mon–Fri 9:00–18:00.",
    "Hi {first}, this is {agent} from {brand}. I've got your message.",
    "Noted, I've passed this to our product team.", "Got it, this is now logged under {ticket}.",
)  # fmt: skip


def ch_whatsapp_export(g: Gen, body: Body) -> str:
    brand = g.brand()
    cust = g.person()
    agent = g.person()
    ticket = g.ticket()
    style = g.pick(("ios", "android_eu", "android_us"))
    cust_name = g.pick((cust.first, cust.full, g.phone(), f"~ {cust.first}"))
    biz_name = g.pick((f"{brand.name} Support", f"{brand.name} Help", agent.first))
    dt = g.when()
    cust_fill, biz_fill = g.deck(WA_FILLER), g.deck(WA_BIZ[3:])

    def line(dt: datetime, who: str, text: str) -> str:
        if style == "ios":
            return f"[{d_eu(dt)}, {t24(dt, True)}] {who}: {text}"
        if style == "android_eu":
            return f"{d_eu(dt)}, {t24(dt)} - {who}: {text}"
        return f"{dt.month}/{dt.day}/{str(dt.year)[2:]}, {t12(dt)} - {who}: {text}"

    def sysline(dt: datetime, text: str) -> str:
        if style == "ios":
            return f"[{d_eu(dt)}, {t24(dt, True)}] {text}"
        if style == "android_eu":
            return f"{d_eu(dt)}, {t24(dt)} - {text}"
        return f"{dt.month}/{dt.day}/{str(dt.year)[2:]}, {t12(dt)} - {text}"

    out: list[str] = []
    if g.chance(0.6):
        out.append(
            sysline(
                dt,
                "Messages and calls are end-to-end encrypted. No one outside of "
                "this chat, not even WhatsApp, can read or listen to them.",
            )
        )
    if g.chance(0.4):
        out.append(
            sysline(dt, "This business uses a secure service from Meta to manage this chat.")
        )
    fill = {"brand": brand.name, "first": cust.first, "agent": agent.first, "ticket": ticket}
    if g.chance(0.5):
        dt = g.later(dt, 0, 3)
        out.append(line(dt, biz_name, g.pick(WA_BIZ[:3]).format(**fill)))
    for _ in range(g.num(0, 2)):
        dt = g.later(dt, 0, 4)
        out.append(line(dt, cust_name, cust_fill()))
    for p in body.parts() if g.chance(0.6) else [body.inline()]:
        dt = g.later(dt, 0, 2)
        out.append(line(dt, cust_name, p))
    for _ in range(g.num(0, 2)):
        dt = g.later(dt, 0, 90)
        if g.chance(0.6):
            out.append(line(dt, biz_name, biz_fill().format(**fill)))
        else:
            out.append(line(dt, cust_name, cust_fill()))
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Jira (wiki markup) / Linear (markdown) issue exports
# ---------------------------------------------------------------------------------------------


def ch_tracker_export(g: Gen, body: Body) -> str:
    client = g.company()
    rep, com = g.person(), g.person()
    t = g.when()
    seats = g.num(5, 900)
    plan = g.pick(("Starter", "Business", "Enterprise", "Pro (annual)", "Education"))
    if g.chance(0.5):  # Jira
        key = f"{g.pick(('CX', 'PROD', 'MOB', 'FEED', 'WEB'))}-{g.num(100, 9999)}"
        summary = g.pick(
            (
                "Customer ask from {c}",
                "Feedback relay – {c}",
                "[CS] item from QBR",
                "Field feedback: {c}",
                "VOC: {c}",
            )
        ).format(c=client.name)
        out = [
            f"[{key}] {summary}",
            f"Type: {g.pick(('Story', 'Task', 'Feedback', 'Idea'))}    "
            f"Priority: {g.pick(('Low', 'Medium', 'High', 'Lowest'))}    Status: "
            f"{g.pick(('Triage', 'Open', 'Needs review', 'Parking lot'))}",
            f"Reporter: {rep.full}    Assignee: Unassigned    Created: {d_uk(t)} {t24(t)}",
            f"Labels: customer-feedback, {g.pick(('from-zendesk', 'from-gong', 'qbr', 'voc'))}",
            "",
            "h3. Context",
            f"Raised by *{client.name}* ({plan}, {seats} seats) during "
            f"{g.pick(('the quarterly review', 'onboarding', 'a support call', 'renewal'))}.",
            "",
            "{quote}",
            body.inline(),
            "{quote}",
            "",
        ]
        if g.chance(0.6):
            out += [
                "h3. Notes",
                f"* Similar feedback from [~accountid:{g.hexid(24)}] in February.",
                f"* Source: [Zendesk {g.ticket()}|https://{client.domain.split('.')[0]}"
                f".zendesk.com/agent/tickets/{g.num(1000, 99999)}]",
                f"* ARR impact: ~€{g.num(4, 180)}k",
                "",
            ]
        if g.chance(0.7):
            tc = g.later(t, 60, 60 * 24 * 9)
            out += [
                "----",
                f"*{com.full}* added a comment - {d_uk(tc)} {t12(tc)}",
                g.pick(
                    (
                        "Moved to the Platform board. No estimate yet.",
                        "Linked to the Q3 discovery epic.",
                        "Duplicates merged into this one, 4 accounts so far.",
                        "Not in scope for this quarter.",
                    )
                ),
            ]
        return join_lines(out)
    key = f"{g.pick(('ENG', 'APP', 'CORE', 'GRO'))}-{g.num(10, 2999)}"
    src = g.pick(("Slack", "Intercom", "Front", "Zendesk", "Plain"))
    out = [
        f"**{key}** {g.pick(('Customer request', 'Inbound feedback', 'Triage item'))}",
        f"**Status:** Triage · **Priority:** {g.pick(('No priority', 'Low', 'Medium', 'Urgent'))}"
        f" · **Project:** Customer asks Q{g.num(1, 4)}",
        f"Created by {rep.full} via {src} on {d_med(t)}",
        "",
        f"> {body.inline()}",
        "",
        "---",
        f"_Synced from [{src} thread](https://app.{src.lower()}.com/t/{g.slug()})_",
    ]
    if g.chance(0.5):
        out.append(f"Attachments: `Screenshot {d_iso(t)} at {t24(t).replace(':', '.')}.05.png`")
    if g.chance(0.6):
        out += [
            "",
            f"**{com.full}** commented {g.num(1, 20)}d ago",
            g.pick(
                (
                    "Merged 2 duplicates into this one.",
                    "Customer is on the pilot list.",
                    "Moved from Inbox to Triage.",
                    "Tagged `enterprise` for the roadmap.",
                )
            ),
        ]
    if g.chance(0.4):
        out += ["", "Labels: `feedback` `" + g.pick(("mobile", "web", "api", "billing")) + "`"]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# GitHub issue form
# ---------------------------------------------------------------------------------------------

GH_LOGS = (
    "{ts} INFO  [scheduler] tick {n} completed in {m}ms",
    "{ts} WARN  [http] retrying request (attempt 2/5)",
    "{ts} DEBUG [config] loaded 14 keys from /etc/app/config.yaml",
    "{ts} INFO  [worker-3] job {hex} done",
)  # fmt: skip


def ch_github_issue_form(g: Gen, body: Body) -> str:
    user = g.username().replace(".", "-")
    t = g.when()
    n = g.num(40, 9800)
    title = g.pick(
        (
            "[Feature]: enhancement idea",
            "[FR] suggestion from a user",
            "Feature request",
            "[Enhancement]: small improvement",
            "Wishlist item",
        )
    )
    out = [
        f"{title} #{n}",
        f"Open · {user} opened this issue on {d_med(t)} · {g.num(0, 14)} comments",
        "",
    ]
    if g.chance(0.5):
        out += [
            "Labels: "
            + ", ".join(
                g.some(
                    (
                        "enhancement",
                        "needs-triage",
                        "good first issue",
                        "area/ui",
                        "area/api",
                        "P3",
                    ),
                    1,
                    3,
                )
            ),
            "",
        ]
    if g.chance(0.3):
        out += ["<!-- Thanks for taking the time to fill out this feature request! -->", ""]
    out += ["### Feature description", "", body.inline(), ""]
    out += [
        "### Use case",
        "",
        g.pick(
            (
                "_No response_",
                "Our team runs this on a shared kiosk in the warehouse.",
                "Mostly for a home setup with two users.",
                "We'd roll this out to ~300 seats.",
            )
        ),
        "",
    ]
    out += [
        "### Alternatives considered",
        "",
        g.pick(
            (
                "_No response_",
                "A cron job plus a shell script for now.",
                "Tried the browser extension, it's unmaintained.",
            )
        ),
        "",
    ]
    if g.chance(0.6):
        out += [
            "### Version",
            "",
            f"{g.version()} ({g.pick(('Docker', 'Homebrew', 'snap', 'pip'))})",
            "",
        ]
    if g.chance(0.4):
        ts = dt_iso(t)
        logs = [
            x.format(ts=ts, n=g.num(100, 9999), m=g.num(2, 900), hex=g.hexid(8))
            for x in g.some(GH_LOGS, 1, 3)
        ]
        out += ["### Relevant log output", "", "```shell"] + logs + ["```", ""]
    out += ["### Code of Conduct", "", "- [X] I agree to follow this project's Code of Conduct"]
    if g.chance(0.35):
        out += [
            "",
            "github-actions (bot) commented",
            "This issue has been automatically marked "
            "as stale because it has not had recent activity.",
        ]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Review sites: Trustpilot / Capterra / G2
# ---------------------------------------------------------------------------------------------

REVIEW_PROS = (
    "Setup took about ten minutes.", "Support replied within the hour both times.",
    "The interface is clean and the app rarely crashes.", "Fair price for what you get.",
    "Our whole team adopted it without training.", "Integrations mostly work out of the box.",
    "Sync between devices is fast.", "The onboarding emails were genuinely useful.",
)  # fmt: skip
REVIEW_CONS = (
    "The mobile app lags behind the web version.", "Pricing jumped at renewal.",
    "Some settings are buried three menus deep.", "Reporting is basic.",
    "Notifications can be noisy.", "The Android widget is flaky.",
)  # fmt: skip
REVIEW_TITLES_GOOD = (
    "Solid for small teams, a few gaps", "Almost perfect", "Good value",
    "Switched last year, no regrets", "Does what it says",
)  # fmt: skip
REVIEW_TITLES_MEH = (
    "Does the job", "Great support, average app", "Frustrating at times", "Could be great",
    "Mixed feelings after a year",
)  # fmt: skip
SEGMENTS = (
    ("Small-Business", "11-50"), ("Small-Business", "2-10"), ("Mid-Market", "51-1000"),
    ("Enterprise", "1001-5000"), ("Enterprise", "> 5000"),
)  # fmt: skip


def stars(k: int) -> str:
    return "★" * k + "☆" * (5 - k)


def ch_review_site(g: Gen, body: Body) -> str:
    brand = g.brand()
    p = g.person()
    t = g.when()
    k = g.num(2, 5)
    site = g.pick(("trustpilot", "capterra", "g2"))
    title = g.pick(REVIEW_TITLES_GOOD if k >= 4 else REVIEW_TITLES_MEH)
    if site == "trustpilot":
        cc = g.pick(("GB", "US", "DE", "NL", "IE", "DK", "AU"))
        out = [
            p.initial if g.chance(0.5) else p.full,
            f"{cc} · {g.num(1, 30)} reviews",
            "",
            f"{stars(k)}  Rated {k} out of 5 stars",
            f"{d_med(t)}" + ("  · Verified" if g.chance(0.6) else ""),
            "",
            title,
            "",
            " ".join(g.some(REVIEW_PROS if k >= 4 else REVIEW_CONS, 1, 2)) + " " + body.inline(),
            "",
            f"Date of experience: {MONTHS_EN[t.month - 1]} {t.day}, {t.year}",
            f"Useful {g.num(0, 12)}  ·  Share",
        ]
        if g.chance(0.5):
            agent = g.person()
            out += [
                "",
                f"Reply from {brand.name}",
                d_med(g.later(t, 600, 60 * 24 * 6)),
                f"Hi {p.first}, we appreciate you taking the time to share this. Your "
                f"comment has been passed to our product team. — {agent.first}, "
                f"{brand.name} Care",
            ]
        return join_lines(out)
    role = g.pick(JOB_TITLES)
    industry = g.pick(
        (
            "Hospital & Health Care",
            "Logistics",
            "Education Management",
            "Hospitality",
            "Financial Services",
            "Non-profit",
            "Retail",
        )
    )
    segment, size = g.choice(SEGMENTS)
    if site == "capterra":
        pros = g.some(REVIEW_PROS, 2, 3)
        out = [
            f'"{title}"',
            f"Overall rating {stars(k)}  Ease of use {g.num(2, 5)}  Customer service "
            f"{g.num(2, 5)}  Value for money {g.num(2, 5)}  Likelihood to recommend "
            f"{g.num(3, 10)}/10",
            f"{p.initial} {role} | {industry}, {size} employees | Used the software for: "
            f"{g.pick(('1-5 months', '6-12 months', '1-2 years', '2+ years'))}",
            f"Source: Capterra · Reviewed {d_uk(t)}",
            "",
            f"Overall: {pros[0]}",
            f"Pros: {' '.join(pros[1:])}",
            f"Cons: {g.pick(REVIEW_CONS)} {body.inline()}",
            f"Switched from: {g.pick(('spreadsheets', 'Asana', 'a legacy in-house tool'))}",
        ]
        return join_lines(out)
    out = [
        f'"{title}"',
        f"{k}.0 / 5  {stars(k)}",
        f"Reviewed {d_med(t)} · Validated Reviewer · Verified Current User · Review source: "
        f"{g.pick(('Organic', 'Invitation from G2', 'Seller invite'))}",
        f"{p.initial}, {role} — {segment} ({size} emp.)",
        "",
        "Pros",
        g.pick(REVIEW_PROS),
        "",
        "Cons",
        body.inline(),
        "",
        "Recommendations to others",
        g.pick(REVIEW_PROS),
        "",
        f"Review collected by and hosted on G2.com. · Helpful? {g.num(0, 9)}",
    ]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Call transcripts: Zoom WebVTT, Gong, Otter
# ---------------------------------------------------------------------------------------------

CALL_FILLER = (
    "Yeah.", "Mm-hmm.", "Right, okay.", "So that's the context.", "I'm just pulling the notes.",
    "Sorry, you were breaking a bit there.", "Makes sense.", "Got it.", "Useful context, that.",
    "We rolled it out to the second site in January.", "Honestly it's been pretty smooth.",
    "I'll make a note of that.", "Okay, so, um, where was I.", "Yep, I can hear you now.",
    "Uh, the team's mostly remote.", "Sure, sure.", "That's fair.", "Hmm.",
)  # fmt: skip


def _ts(sec: int, ms: int | None = None) -> str:
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    base = f"{h:02d}:{m:02d}:{s:02d}"
    return base if ms is None else f"{base}.{ms:03d}"


def ch_call_transcript(g: Gen, body: Body) -> str:
    cust, rep = g.person(), g.person()
    client, vendor = g.company(), g.brand()
    t = g.when()
    style = g.pick(("vtt", "gong", "otter"))
    sec = g.num(60, 2400)
    fillers = g.some(CALL_FILLER, 2, 6)
    turns: list[tuple[Person, str]] = []
    for _ in range(g.num(1, len(fillers) - 1)):
        turns.append((g.choice((cust, rep)), fillers.pop()))
    disf = g.pick(("", "Um, ", "Yeah so, ", "And, uh, ", "One thing, "))
    parts = body.parts()
    if len(parts) > 1 and g.chance(0.5):
        turns.append((cust, disf + parts[0]))
        turns.append((cust, " ".join(parts[1:])))
    else:
        turns.append((cust, disf + body.inline()))
    while fillers:
        turns.append((g.choice((rep, rep, cust)), fillers.pop()))
    out: list[str] = []
    if style == "vtt":
        out += ["WEBVTT", ""]
        for i, (who, text) in enumerate(turns, start=g.num(1, 300)):
            dur = g.num(2, 9)
            out += [
                str(i),
                f"{_ts(sec, g.num(0, 999))} --> {_ts(sec + dur, g.num(0, 999))}",
                f"{who.full}: {text}",
                "",
            ]
            sec += dur + g.num(0, 3)
        return join_lines(out)
    if style == "gong":
        out += [
            f"{client.name} <> {vendor.name} — "
            f"{g.pick(('QBR', 'Renewal check-in', 'Onboarding wk 3', 'Discovery'))}",
            f"{d_med(t)} · {g.num(18, 62)} min · Recorded by Gong",
            "",
        ]
        for who, text in turns:
            org = client.name if who is cust else vendor.name
            out += [f"{who.full} ({org}) | {sec // 60:02d}:{sec % 60:02d}", text, ""]
            sec += g.num(3, 40)
        return join_lines(out)
    out += [
        f"{g.pick(('Weekly sync', 'Customer call', 'Feedback session'))} — Otter.ai",
        f"{WEEKDAYS_EN[t.weekday()][:3]}, {d_med(t)} {t12(t)} · {g.num(10, 59)}min",
        "",
    ]
    labels = {cust.full: cust.full, rep.full: rep.full}
    for k, who in enumerate((cust, rep), start=1):
        if g.chance(0.3):
            labels[who.full] = f"Speaker {k}"
    for who, text in turns:
        out += [f"{labels[who.full]}  {sec // 60}:{sec % 60:02d}", text, ""]
        sec += g.num(3, 40)
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Voicemail transcription (ASR, lower-case, fillers)
# ---------------------------------------------------------------------------------------------


def ch_voicemail_asr(g: Gen, body: Body) -> str:
    caller = g.person()
    client = g.company()
    phone = g.phone()
    t = g.when()
    dur = g.num(14, 118)
    vendor = g.pick(("Aircall", "RingCentral", "Google Voice", "Dialpad", "Visual Voicemail"))
    fill = ("um", "uh", "er", "like", "you know", "so", "yeah", "hmm")
    intro = g.pick(
        (
            f"hi {g.pick(fill)} this is {caller.first.lower()} from "
            f"{client.name.lower().replace('&', 'and')}",
            f"hey it's {caller.first.lower()} {g.pick(fill)} calling about the account",
            f"hello {g.pick(fill)} {caller.first.lower()} here {g.pick(fill)} we spoke last week",
            "yeah hi [inaudible] from the office",
        )
    )
    outro = g.pick(
        (
            f"{g.pick(fill)} anyway my number is {g.spoken_number(phone)} okay bye",
            "yeah that's it bye bye",
            f"{g.pick(fill)} okay cheers bye",
            "[inaudible] yeah okay speak soon",
            f"it's {caller.first.lower()} again bye",
        )
    )
    mid = f"{g.pick(fill)} {g.pick(fill)}" if g.chance(0.5) else g.pick(fill)
    transcript = f"{intro} {mid} {body.spoken()} {g.pick(fill)} {outro}"
    conf = g.pick(("low", "medium", f"{g.num(41, 88) / 100:.2f}"))
    out = [
        f"{vendor} · New voicemail",
        f"From: {phone}" + (f" ({caller.full})" if g.chance(0.4) else ""),
        f"To: {g.pick(('Support line', 'Main line', 'Sales', 'After-hours'))} "
        f"(ext. {g.num(100, 899)})",
        f"Received: {WEEKDAYS_EN[t.weekday()][:3]} {d_eu(t)} {t24(t)} · "
        f"Duration: 0:{dur // 60:02d}:{dur % 60:02d}"
        if dur >= 60
        else f"Received: {WEEKDAYS_EN[t.weekday()][:3]} {d_eu(t)} {t24(t)} · Duration: 0:{dur:02d}",
        f"Transcription (auto, en-US, confidence: {conf}):",
        "",
        f'"{transcript}"' if g.chance(0.5) else transcript,
    ]
    if g.chance(0.4):
        out += ["", "Transcription may contain errors. Recording kept for 30 days."]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# CRM activity logs: HubSpot / Salesforce / Pipedrive
# ---------------------------------------------------------------------------------------------

CRM_NOTES = (
    "Spoke with {first} ({role}).", "Renewal due in Q{q}.", "Budget approved for {n} more seats.",
    "Champion is {first}; economic buyer is their CFO.", "Happy overall with support.",
    "Asked about the roadmap in general terms.", "Pilot ended on {date}.",
    "Competitor mentioned: {comp}.", "Invoice dispute resolved last month.",
)  # fmt: skip


def ch_crm_activity_log(g: Gen, body: Body) -> str:
    p, owner = g.person(), g.person()
    client = g.company()
    t = g.when()
    fills = {
        "first": p.first,
        "role": g.pick(JOB_TITLES),
        "q": g.num(1, 4),
        "n": g.num(3, 80),
        "date": d_uk(g.later(t, -60 * 24 * 40, -60 * 24)),
        "comp": g.pick(("Zendesk", "Freshworks", "Monday.com", "an in-house tool")),
    }
    notes = " ".join(s.format(**fills) for s in g.some(CRM_NOTES, 1, 3))
    crm = g.pick(("hubspot", "salesforce", "pipedrive"))
    if crm == "hubspot":
        out = [
            f"Activity · {client.name}",
            f"{g.pick(('Call', 'Meeting', 'Note'))} logged by {owner.full} · {d_med(t)} at "
            f"{t12(t)} {g.pick(('GMT', 'CET', 'EST', 'PST', 'AEST'))}",
            f"Outcome: {g.pick(('Connected', 'Left voicemail', 'Completed'))}    Direction: "
            f"{g.pick(('Inbound', 'Outbound'))}    Duration: {g.num(3, 55)} min",
            "",
            f"{notes} {body.inline()}",
            "",
        ]
        if g.chance(0.6):
            out.append(f"Next step: revised quote due {d_eu(g.later(t, 60 * 24, 60 * 24 * 14))}.")
        if g.chance(0.5):
            out += [
                "",
                f"Deal stage changed from {g.pick(('Proposal', 'Discovery'))} to "
                f"{g.pick(('Negotiation', 'Closed won', 'Contract sent'))} · "
                f"{d_med(g.later(t, 10, 60 * 24 * 3))}",
            ]
        return join_lines(out)
    if crm == "salesforce":
        out = [
            "Activity History",
            f"Task | Completed | Subject: {g.pick(('Call', 'Email', 'QBR follow-on'))} | "
            f"Assigned To: {owner.full}",
            f"Related To: Opportunity: {client.name} - Renewal FY{str(t.year + 1)[2:]}",
            f"Name: {p.full} | Due Date: {d_us(t)} | Priority: Normal",
            f"Comments: {notes}",
            f"Customer comment (verbatim): {body.inline()}",
        ]
        if g.chance(0.5):
            out.append(f"Last Modified By: {owner.full}, {d_us(t)}, {t12(t)}")
        return join_lines(out)
    out = [
        f"Note · Deal: {client.name} — {g.pick(('Annual plan', 'Expansion', 'New logo'))}",
        f"Added by {owner.first} on {d_iso(t)} {t24(t)}",
        "",
        notes,
        "",
        f"💬 {body.inline()}",
        "",
        f"Pinned · {g.num(0, 3)} follower(s) · Org: {client.name} · Person: {p.full}",
    ]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Form exports: Typeform / Google Forms / Jotform
# ---------------------------------------------------------------------------------------------


def ch_form_export(g: Gen, body: Body) -> str:
    p = g.person()
    client = g.company()
    t = g.when()
    brand = g.brand()
    qa: list[tuple[str, str]] = [
        ("Name", p.full if g.chance(0.7) else p.first),
        ("Work email", p.email(client.domain, g.num(0, 3))),
        ("Company size", g.pick(("1-10", "11-50", "51-200", "200+"))),
        ("Plan", g.pick(("Free", "Team", "Business", "Trial"))),
        ("Referral source", g.pick(("Friend or colleague", "Podcast", "Search", "LinkedIn"))),
        ("Satisfaction (0-10)", str(g.num(2, 10))),
        (
            "Areas used",
            "; ".join(g.some(("Dashboard", "Mobile app", "Reports", "API", "Calendar"), 1, 3)),
        ),
        ("Open to a follow-on interview", g.pick(("Yes", "No", "Maybe later"))),
    ]
    g.r.shuffle(qa)
    qa = qa[: g.num(3, 6)]
    label = g.pick(("Your feedback", "Suggestion", "Details", "Comments", "Feature wish"))
    qa.insert(g.num(1, len(qa)), (label, body.inline()))
    style = g.pick(("typeform", "gforms", "jotform"))
    if style == "typeform":
        out = [
            f'New response to "{brand.name} product feedback Q{g.num(1, 4)}"',
            f"Submitted {d_med(t)}, {t12(t)} · Response ID {g.hexid(12)}",
            "",
        ]
        for q, a in qa:
            out += [q, a, ""]
        out += ["Sent by Typeform · Notification settings"]
        return join_lines(out)
    if style == "gforms":
        out = [f"Timestamp\t{d_eu(t)} {t24(t, True)}"]
        out += [f"{q}\t{a}" for q, a in qa]
        return join_lines(out)
    out = [
        f"Jotform · Submission #{g.num(5_000_000_000, 5_999_999_999)}",
        f"Form: {brand.name} — Customer Feedback | {d_iso(t)} {t24(t)}",
        "-" * 32,
    ]
    out += [f"{q}: {a}" for q, a in qa]
    out += ["-" * 32, f"IP: 203.0.113.{g.num(2, 250)} · Browser: Chrome {g.num(110, 131)}"]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Forum threads: Reddit / Discourse / vBulletin-style vendor community
# ---------------------------------------------------------------------------------------------

FORUM_QUOTES = (
    "Same situation here since the 4.2 update.", "We moved to the annual plan in March.",
    "The workaround from last year no longer works on my end.",
    "Support told me it's on the roadmap, no date.", "I had the exact issue on two devices.",
    "Our household has three accounts on one subscription.",
)  # fmt: skip
FORUM_EDITS = (
    "EDIT: formatting", "EDIT: typo in the title, sorry", "EDIT 2: I'm on Android 14, Pixel 7.",
    "Edit: mods moved this to the right subforum, ty", "EDIT: added the version number",
)  # fmt: skip


def ch_forum_thread(g: Gen, body: Body) -> str:
    brand = g.brand()
    me, other = g.username(), g.username()
    t = g.when()
    quote = g.pick(FORUM_QUOTES)
    style = g.pick(("reddit", "discourse", "vbulletin"))
    if style == "reddit":
        out = [
            f"r/{brand.handle} · Posted by u/{me} {g.num(1, 23)}h ago",
            f"Flair: {g.pick(('Feature Request', 'Feedback', 'Discussion', 'Question'))}",
            "",
        ]
        if g.chance(0.6):
            out += [f"> **u/{other}** wrote:", f"> {quote}", ""]
        out += [body.inline(), ""]
        if g.chance(0.6):
            out += [g.pick(FORUM_EDITS), ""]
        out += [f"{g.num(1, 900)} upvotes · {g.num(0, 140)} comments · Share · Award"]
        return join_lines(out)
    if style == "discourse":
        out = [
            f"{me}  {g.pick(('Regular', 'Member', 'Leader', 'Basic'))}  "
            f"{MONTHS_EN[t.month - 1][:3]} '{str(t.year)[2:]}",
            "",
        ]
        if g.chance(0.7):
            out += [
                f'[quote="{other}, post:{g.num(2, 40)}, topic:{g.num(100, 9999)}"]',
                quote,
                "[/quote]",
                "",
            ]
        out += [body.inline(), ""]
        if g.chance(0.4):
            out += [g.pick(FORUM_EDITS), ""]
        out += [f"❤ {g.num(0, 30)}   {g.num(1, 9)} Replies"]
        return join_lines(out)
    out = [
        f"Re: {g.pick(('Feature suggestions thread', 'Wishlist 2024', 'General feedback'))}",
        f"Posted: {WEEKDAYS_EN[t.weekday()][:3]} {d_med(t)} {t12(t).lower()}",
        f"{me} · Posts: {g.num(3, 4000)} · Joined: {MONTHS_EN[g.num(0, 11)][:3]} "
        f"{g.num(2009, 2023)}",
        "",
    ]
    if g.chance(0.7):
        out += [f"Originally Posted by {other}", quote, ""]
    out += [body.inline(), ""]
    if g.chance(0.5):
        out += [f"Last edited by {me}; {d_uk(g.later(t, 5, 300))} at {t24(g.later(t, 5, 300))}."]
    if g.chance(0.5):
        out += [
            "__________________",
            g.pick(
                (
                    "Proud owner of too many smart plugs.",
                    "Intel NUC · Ubuntu 22.04 · 3 users",
                    "Long-time lurker, first-time poster",
                )
            ),
        ]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Social threads: X / Bluesky / Mastodon
# ---------------------------------------------------------------------------------------------

SOCIAL_FILLER = (
    "been a customer since 2019 fwiw", "not a complaint, just a wishlist item",
    "otherwise genuinely love this app", "the new icon is nice though",
    "every release gets a bit better tbh", "third time I've posted about this lol",
)  # fmt: skip
HASHTAGS = (
    "#feedback",
    "#smarthome",
    "#fintech",
    "#productfeedback",
    "#UX",
    "#android",
    "#iOS",
    "#accessibility",
)


def ch_social_thread(g: Gen, body: Body) -> str:
    brand = g.brand()
    p = g.person()
    handle = (
        _ascii(p.first)
        + g.pick(("_", "", "."))
        + _ascii(p.last)[:4]
        + (str(g.num(1, 99)) if g.chance(0.4) else "")
    )
    t = g.when()
    net = g.pick(("x", "bluesky", "mastodon"))
    tags = " ".join(g.some(HASHTAGS, 0, 2))
    post = body.inline() + (f" {tags}" if tags else "") + (f" {g.emoji()}" if g.chance(0.3) else "")
    out: list[str] = []
    if net == "x":
        out += [
            f"{p.first} {p.last[0]}. {g.emoji() if g.chance(0.3) else ''}".rstrip()
            + f" @{handle} · {MONTHS_EN[t.month - 1][:3]} {t.day}"
        ]
        out += [f"Replying to @{brand.handle}" + (" and @" + g.username() if g.chance(0.3) else "")]
        if g.chance(0.3):
            out.append(f"{g.num(1, 2)}/{g.num(2, 3)} {post}")
        else:
            out.append(post)
        out += [
            f"{t12(t)} · {d_med(t)} · {g.num(12, 40000):,} Views",
            f"{g.num(0, 40)}  {g.num(0, 30)}  {g.num(0, 400)}",
        ]
        if g.chance(0.4):
            out += [
                "",
                f"{p.first} {p.last[0]}. @{handle} · {MONTHS_EN[t.month - 1][:3]} {t.day}",
                g.pick(SOCIAL_FILLER),
            ]
        if g.chance(0.5):
            out += [
                "",
                f"{brand.name} Support @{brand.handle} · {g.num(1, 9)}h",
                f"@{handle} Thanks for the feedback, {p.first}! We've passed this on to our "
                f"product team. ^{p.last[0]}{g.pick(('K', 'M', 'T', 'J'))}",
            ]
        return join_lines(out)
    if net == "bluesky":
        out += [f"{p.full} @{handle}.bsky.social · {g.num(1, 23)}h"]
        if g.chance(0.5):
            out.append(g.pick(SOCIAL_FILLER))
            out.append("")
        out += [post, "", f"💬 {g.num(0, 20)}  🔁 {g.num(0, 30)}  ♡ {g.num(0, 200)}"]
        return join_lines(out)
    server = g.pick(("mastodon.social", "fosstodon.org", "hachyderm.io", "mas.to"))
    out += [
        f"{p.full} @{handle}@{server}",
        f"@{brand.handle}@{brand.domain} {post}",
        f"{d_med(t)}, {t24(t)} · 🌐 · {g.num(0, 20)} boosts · {g.num(0, 80)} favourites",
    ]
    if g.chance(0.4):
        out.insert(0, f"🔁 {g.person().full} boosted")
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Chatbot -> human hand-off transcript
# ---------------------------------------------------------------------------------------------


def ch_chatbot_handoff(g: Gen, body: Body) -> str:
    brand = g.brand()
    bot = g.pick(("Ava", "Fin", "Sage", "Pip", "Nova"))
    agent = g.person()
    t = g.when()
    conv = f"c-{g.num(10000, 999999)}"
    lines: list[tuple[str, str]] = [
        (f"Bot ({bot})", f"Hi there! I'm {bot}, {brand.name}'s virtual assistant 🤖"),
        (
            f"Bot ({bot})",
            g.pick(
                (
                    "I can help with billing, orders and account settings.",
                    "I'm here around the clock for quick answers.",
                    "Most questions get answered in under a minute.",
                )
            ),
        ),
    ]
    if g.chance(0.6):
        lines.append(("Visitor", f"[selected option: {g.pick(('Something else', 'Other', '💬'))}]"))
        lines.append((f"Bot ({bot})", "Sorry, I didn't quite catch that."))
    lines.append(
        (
            "System",
            f"Intent detected: unknown (confidence 0.{g.num(10, 45)}). "
            "Handoff reason: user_requested_agent.",
        )
    )
    lines.append(
        (
            f"Bot ({bot})",
            f"Connecting you to a member of the team. Estimated wait: {g.num(1, 12)} min.",
        )
    )
    lines.append(("System", f"{agent.first} {agent.last[0]}. joined the conversation."))
    if g.chance(0.5):
        lines.append((agent.first, f"Hi, {agent.first} here from the {brand.name} team 👋"))
    parts = body.parts()
    if len(parts) > 1 and g.chance(0.5):
        lines += [("Visitor", x) for x in parts]
    else:
        lines.append(("Visitor", body.inline()))
    if g.chance(0.6):
        lines.append(
            (
                agent.first,
                g.pick(
                    (
                        "Noted, I've logged that with the product team.",
                        "Understood. That's now on the feedback board.",
                        "Got it, I'm adding it to your case notes.",
                    )
                ),
            )
        )
    if g.chance(0.4):
        lines.append(("System", f"Conversation rated: {g.pick(('👍 Good', '👎 Bad', '😐 OK'))}"))
    out = [
        f"Conversation {conv} · Channel: {g.pick(('Web widget', 'iOS SDK', 'Android SDK'))}"
        f" · Locale: {g.pick(('en-GB', 'en-US', 'en-IE', 'en-AU'))}",
        f"Started: {dt_iso(t)}",
        "",
    ]
    dt = t
    for who, text in lines:
        dt = g.later(dt, 0, 2)
        out.append(f"[{t24(dt, True)}] {who}: {text}")
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# HTML-to-text e-mail debris (reply to a newsletter / invoice mail)
# ---------------------------------------------------------------------------------------------


def ch_html_email_artefacts(g: Gen, body: Body) -> str:
    brand = g.brand()
    p = g.person()
    t = g.when()
    sent = g.later(t, -60 * 24 * 5, -30)
    out: list[str] = []
    if g.chance(0.3):
        out += [g.pick(EXTERNAL_BANNERS), ""]
    out += [body.inline(), ""]
    out += [g.pick(EN_SIGNOFFS), p.first]
    if g.chance(0.5):
        out += ["", f"[cid:image00{g.num(1, 9)}.png@01DA{g.hexid(4).upper()}.{g.hexid(8).upper()}]"]
    if g.chance(0.5):
        out += ["", g.pick(EN_MOBILE)]
    wd = WEEKDAYS_EN[sent.weekday()][:3]
    out += [
        "",
        f"On {wd}, {sent.day} {MONTHS_EN[sent.month - 1][:3]} {sent.year} at {t24(sent)}, "
        f"{brand.name} <no-reply@{brand.domain}> wrote:",
    ]
    kind = g.pick(("invoice", "digest", "release"))
    q = [
        f"[image: {brand.name.lower().replace(' ', '-')}-logo.png]",
        f"View in browser <https://email.{brand.domain}/v/{g.slug()}>",
        "",
    ]
    if kind == "invoice":
        amount = f"{g.pick(('€', '£', '$'))}{g.num(9, 499)}.{g.pick(('00', '99', '50'))}"
        q += [
            f"*Your {MONTHS_EN[sent.month - 1]} invoice is ready*",
            "",
            "Invoice | Date | Amount",
            "---|---|---",
            f"INV-{g.num(10000, 99999)} | {d_uk(sent)} | {amount}",
            "",
            f"Paid with Visa ending {g.num(1000, 9999)}.=20",
            "",
        ]
    elif kind == "digest":
        q += [
            f"*Your weekly summary, {p.first}*",
            "",
            f"Devices online\t{g.num(1, 9)}",
            f"Automations run\t{g.num(3, 400)}",
            f"Data synced\t{g.num(1, 90)} MB",
            "",
            "That=E2=80=99s everything for this week.&nbsp;",
            "",
        ]
    else:
        q += [
            f"*What's new in {brand.name} {g.version()}*",
            "",
            "• Faster sync on Android&nbsp;",
            "• New widgets &amp; themes",
            "• Bug fixes and stability improvements",
            "",
        ]
    q += [
        f"Unsubscribe <https://email.{brand.domain}/u/{g.slug()}> | Manage preferences",
        f"© {sent.year} {brand.name} Labs Ltd · 1 Example Street, Dublin D02 X285, Ireland",
    ]
    out += ["> " + x if x else ">" for x in q]
    if g.chance(0.3):
        out += ["", g.pick(EN_DISCLAIMERS)]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Machine-translated tickets
# ---------------------------------------------------------------------------------------------

MT_OPENERS = (
    "Good afternoon, I write to you because of my account.", "Cordial greetings.",
    "Good day, I hope you find well.", "Hello, I come through this means.",
    "Dear team, first of all congratulations for the application.",
    "Good morning, I am client since two years.",
)  # fmt: skip
MT_CLOSERS = (
    "I remain attentive.", "Many thanks in advance, good day.", "Greetings from {city}.",
    "Without another particular, I send a cordial greeting.", "A hug.",
)  # fmt: skip
MT_LANGS = (
    ("Spanish", "es", "Madrid"),
    ("Portuguese", "pt-BR", "Curitiba"),
    ("French", "fr", "Lyon"),
    ("German", "de", "Köln"),
    ("Italian", "it", "Bologna"),
    ("Polish", "pl", "Kraków"),
    ("Turkish", "tr", "İzmir"),
)


def ch_translated_ticket(g: Gen, body: Body) -> str:
    lang, code, city = MT_LANGS[g.num(0, len(MT_LANGS) - 1)]
    p = g.person()
    agent = g.person()
    t = g.when()
    ticket = g.ticket()
    nchar = g.num(90, 620)
    if g.chance(0.6):
        tool = g.pick(("Zendesk", "Intercom", "Freshdesk", "Unbabel"))
        out = [
            f"Ticket {ticket} · Via: {g.pick(('Email', 'Web form', 'Messenger'))} · "
            f"Language: {lang} ({code}, auto-detected)",
            f"From: {p.full} · {d_uk(t)} {t24(t)}",
            "",
            f"[Translated from {lang} by {tool} · Show original]",
            "",
        ]
        msg = []
        if g.chance(0.8):
            msg.append(g.pick(MT_OPENERS))
        msg.append(body.inline())
        if g.chance(0.8):
            msg.append(g.pick(MT_CLOSERS).format(city=city))
        out += [" ".join(msg) if g.chance(0.5) else "\n\n".join(msg), "", p.first]
        out += ["", f"— Original message hidden ({nchar} characters) —"]
        if g.chance(0.4):
            out.append(f"Translation quality: {g.pick(('high', 'medium', 'low'))}")
        return join_lines(out)
    out = [
        f"Internal note · {agent.full} · {d_eu(t)} {t24(t)}",
        f"Customer wrote in {lang}; my translation below (original in the public thread).",
        "",
        f'"{g.pick(MT_OPENERS)} {body.inline()}"' if g.chance(0.5) else f'"{body.inline()}"',
        "",
        f"Ticket {ticket} · Tags: translated, {code.lower()}, needs_product",
    ]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Internal agent notes with ticket metadata
# ---------------------------------------------------------------------------------------------


AGENT_TAGS = ("feature_request", "mobile", "vip", "churn_risk", "billing", "voc")


def ch_agent_internal_note(g: Gen, body: Body) -> str:
    p, agent = g.person(), g.person()
    client = g.company()
    t = g.when()
    ticket = g.ticket()
    style = g.pick(("zendesk", "servicenow", "helpscout"))
    if style == "servicenow":
        out = [
            f"Number: {ticket}    State: In Progress    Impact: 3 - Low    Urgency: 3 - Low",
            f"Caller: {p.full}    Company: {client.name}    "
            f"Assignment group: {g.pick(('Service Desk L1', 'App Support EMEA', 'Field IT'))}",
            "",
            f"{d_iso(t)} {t24(t, True)} - {agent.full} (Work notes)",
            g.pick(
                (
                    "User called the desk.",
                    "Walk-in at the 3rd floor desk.",
                    "Raised via the self-service portal.",
                )
            )
            + " Verbatim: "
            + body.inline(),
            "",
            f"{d_iso(g.later(t, 5, 300))} {t24(g.later(t, 5, 300), True)} - System",
            "Priority recalculated: 4 - Low",
        ]
        return join_lines(out)
    sla = g.pick(
        (
            f"⚠️ first reply breached {g.num(2, 59)}m ago",
            f"SLA: {g.num(1, 23)}h left",
            "SLA paused (pending)",
        )
    )
    head = g.pick(
        ("INTERNAL NOTE — not visible to requester", "🔒 Private note", "Note (internal)")
    )
    out = [
        head,
        f"Ticket: {ticket} | Status: {g.pick(('Open', 'Pending', 'On-hold'))} | Priority: "
        f"{g.pick(('Low', 'Normal', 'High'))} | Group: {g.pick(('Tier 1 EMEA', 'Billing', 'VIP'))}",
        f"Requester: {p.full} <{p.email(client.domain)}> | Org: {client.name}",
        sla,
        "Tags: " + ", ".join(g.some(AGENT_TAGS, 1, 3)),
        "---",
    ]
    pre = g.pick(
        (
            "Cust. on phone 10 min, mostly re invoice (sorted).",
            "Long thread, summarising for product.",
            "Second contact this week.",
            "Escalated by the AM.",
            "",
        )
    )
    quote_it = g.chance(0.5)
    ask = f'Verbatim ask: "{body.inline()}"' if quote_it else f"Ask: {body.inline()}"
    out.append(f"{pre} {ask}".strip())
    out += [
        f'Macro applied: "{g.pick(("FR – logged, no ETA", "Feedback ack", "VOC capture"))}"'
        f" · Linked to PRB-{g.num(10, 999)}",
        f"— {agent.first}, {d_med(t)} {t12(t)}",
    ]
    if style == "helpscout":
        out.insert(0, f"Help Scout · Mailbox: {g.pick(('Support', 'Billing', 'Partners'))}")
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# In-app / beta feedback: TestFlight, Hotjar, Instabug, Canny
# ---------------------------------------------------------------------------------------------


HOTJAR_DEVICES = (
    ("Desktop", "macOS 14.4"), ("Desktop", "Windows 11"), ("Desktop", "Ubuntu"),
    ("Mobile", "Android 14"), ("Mobile", "iOS 17.5"), ("Tablet", "iPadOS 17.4"),
)  # fmt: skip


def ch_in_app_feedback(g: Gen, body: Body) -> str:
    brand = g.brand()
    p = g.person()
    t = g.when()
    tool = g.pick(("testflight", "hotjar", "instabug", "canny"))
    if tool == "testflight":
        device = g.pick(("iPhone 14 Pro", "iPhone 12 mini", "iPad Air (5th gen)", "iPhone 15"))
        out = [
            "TestFlight Feedback",
            f"App: {brand.name} {g.version()} ({g.build()})",
            f"Tester: {p.email('icloud.com', g.num(0, 3))} · Submitted: {d_uk(t)} at {t24(t)}",
            f"Device: {device} · iOS {g.num(16, 18)}.{g.num(0, 6)}"
            f" · Battery: {g.num(5, 100)}% · Network: {g.pick(('Wi-Fi', '5G', 'LTE'))}",
            f"Screenshot: {g.num(0, 2)} attached",
            "",
            "Comment:",
            body.inline(),
        ]
        return join_lines(out)
    if tool == "hotjar":
        mood = g.pick(("😡 Hate", "🙁 Dislike", "😐 Neutral", "🙂 Like", "😍 Love"))
        device, os_name = g.choice(HOTJAR_DEVICES)
        browser = g.pick(
            (
                f"Chrome {g.num(110, 131)}",
                f"Safari {g.num(15, 18)}",
                f"Firefox {g.num(115, 133)}",
                f"Edge {g.num(115, 131)}",
            )
        )
        out = [
            f"Hotjar Feedback · {mood} · {d_uk(t)}, {t24(t)}",
            f"Page: https://app.{brand.domain}/{g.pick(('settings', 'billing', 'home', 'reports'))}"
            f"?tab={g.pick(('general', 'team', 'advanced'))}",
            f"Device: {device} · {browser} · {os_name}",
            f"Country: {g.pick(('🇳🇱 Netherlands', '🇬🇧 United Kingdom', '🇧🇷 Brazil', '🇮🇳 India'))}",
            "",
            f"Message: {body.inline()}",
            "",
            f"Email: {g.pick(('not provided', p.email('gmail.com', 1)))}",
        ]
        return join_lines(out)
    if tool == "instabug":
        t2 = g.later(t, 0, 1)
        out = [
            f"Instabug Report #{g.num(1000, 99999)} · Type: Feedback",
            f"App version {g.version()} ({t.year}.{t.month:02d}.{g.num(1, 4)}) · "
            f"{g.pick(('Samsung SM-S911B', 'Pixel 7', 'OnePlus 11'))} · Android {g.num(12, 15)}",
            f"Locale en_{g.pick(('GB', 'US', 'IN', 'ZA'))} · Memory {g.num(1, 6)}.{g.num(0, 9)}"
            f"/7.5 GB · Session {_ts(g.num(30, 3000))}",
            "",
            "User comment:",
            body.inline(),
            "",
            "Repro steps (auto):",
            f"{t24(t, True)} Opened app",
            f"{t24(t2, True)} Tapped 'Settings'",
            f"{t24(g.later(t2, 0, 2), True)} Shook device",
        ]
        return join_lines(out)
    out = [
        f"Canny · {brand.name} Feedback · Posted in "
        f"{g.pick(('Feature Requests', 'Integrations', 'Mobile'))}",
        f"{p.full} · {d_med(t)}",
        "",
        body.inline(),
        "",
        f"▲ {g.num(1, 300)} votes · Status: {g.pick(('Under review', 'Planned', 'Open'))}",
    ]
    if g.chance(0.4):
        out.append(f"Merged from {g.num(1, 6)} similar posts")
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Inbound SMS gateway log
# ---------------------------------------------------------------------------------------------


def ch_sms_inbound(g: Gen, body: Body) -> str:
    brand = g.brand()
    t = g.when()
    cc = g.pick(("GB", "US", "AU", "ZA", "IN"))
    gateway = g.pick(("Twilio", "MessageBird", "Vonage", "Sinch"))
    sid = "SM" + g.hexid(32)
    out = [
        f"Inbound SMS · {gateway}",
        f"From: {g.phone(cc)}   To: {g.phone(cc)} ({brand.name} support line)",
        f"Received: {dt_iso(t)} · Segments: {g.num(1, 3)} · Status: received",
        f"MessageSid: {sid}" if gateway == "Twilio" else f"ID: {g.slug()}",
        "",
        f"Body: {body.inline()}",
        "",
    ]
    if g.chance(0.7):
        out += [
            'Auto-reply sent: "' + brand.name + " Support: we got your message and will text "
            'back within 1 business day. Msg&data rates may apply. STOP to opt out."'
        ]
    if g.chance(0.3):
        out += ["", f"Linked contact: none · Opt-in: {g.pick(('yes', 'unknown'))}"]
    return join_lines(out)


# ---------------------------------------------------------------------------------------------
# Channel registry
# ---------------------------------------------------------------------------------------------

ChannelFn = Callable[[Gen, Body], str]

# name -> (builder, forces lower-case request)
CHANNELS: dict[str, tuple[ChannelFn, bool]] = {
    "outlook_foreign_chain": (ch_outlook_foreign_chain, False),
    "teams_chat_export": (ch_teams_chat_export, False),
    "discord_copy": (ch_discord_copy, False),
    "whatsapp_export": (ch_whatsapp_export, False),
    "tracker_export": (ch_tracker_export, False),
    "github_issue_form": (ch_github_issue_form, False),
    "review_site": (ch_review_site, False),
    "call_transcript": (ch_call_transcript, False),
    "voicemail_asr": (ch_voicemail_asr, True),
    "crm_activity_log": (ch_crm_activity_log, False),
    "form_export": (ch_form_export, False),
    "forum_thread": (ch_forum_thread, False),
    "social_thread": (ch_social_thread, False),
    "chatbot_handoff": (ch_chatbot_handoff, False),
    "html_email_artefacts": (ch_html_email_artefacts, False),
    "translated_ticket": (ch_translated_ticket, False),
    "agent_internal_note": (ch_agent_internal_note, False),
    "in_app_feedback": (ch_in_app_feedback, False),
    "sms_inbound": (ch_sms_inbound, False),
}
CHANNEL_NAMES = tuple(CHANNELS)


# ---------------------------------------------------------------------------------------------
# Wrapping one row
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wrapped:
    text: str
    channel: str
    attempts: int = 0
    fell_back: bool = False


def render(fn: ChannelFn, g: Gen, shown: str) -> tuple[str, int, int] | None:
    """Build one envelope and put ``shown`` in it; return (text, start, end) or None."""
    body = make_body(g, shown)
    tmpl = fn(g, body)
    if tmpl.count(MARK) != 1:
        return None
    a = tmpl.index(MARK)
    return tmpl[:a] + shown + tmpl[a + 1 :], a, a + len(shown)


def placed_cleanly(text: str, a: int, b: int, finding: Finding) -> bool:
    """The single match is the inserted span and no word straddles its edges."""
    toks = tokens(text)
    for _, s, e in toks:
        if s < a < e or s < b < e:
            return False
    return toks[finding.lo][1] >= a and toks[finding.hi - 1][2] <= b


def wrap_request(request: str, row_seed: int, index: PhraseIndex) -> Wrapped:
    rng = random.Random(row_seed)
    wrap = rng.random() < WRAP_RATE
    lower = rng.random() < LOWER_RATE
    typo = rng.random() < TYPO_RATE
    typo_seed = rng.getrandbits(64)
    order = rng.sample(CHANNEL_NAMES, CHANNELS_PER_ROW)
    core = request.strip()
    if not wrap or not words(core) or MARK in core:
        return Wrapped(request, "raw")
    attempts = 0
    for name in order:
        fn, force_lower = CHANNELS[name]
        shown = core.lower() if (lower or force_lower) else core
        if typo:
            shown = apply_typo(random.Random(typo_seed), shown) or shown
        for _ in range(ATTEMPTS_PER_CHANNEL):
            attempts += 1
            g = Gen(random.Random(rng.getrandbits(64)))
            built = render(fn, g, shown)
            if built is None:
                continue
            text, a, b = built
            finding = inspect_text(text, request, index)
            if finding.ok and placed_cleanly(text, a, b, finding):
                return Wrapped(text, name, attempts)
    return Wrapped(request, "raw", attempts, True)


# ---------------------------------------------------------------------------------------------
# I/O, verification, CLI
# ---------------------------------------------------------------------------------------------


def read_rows(path: str, text_col: str, label_col: str) -> list[tuple[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        cols = reader.fieldnames or []
        missing = [c for c in (text_col, label_col) if c not in cols]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {missing}; found {cols}")
        return [(r[text_col] or "", r[label_col] or "") for r in reader]


def build_index(rows: Sequence[tuple[str, str]]) -> PhraseIndex:
    return PhraseIndex(words(t) for t, _ in rows)


def generate(rows: Sequence[tuple[str, str]], seed: int) -> tuple[list[Wrapped], PhraseIndex]:
    index = build_index(rows)
    master = random.Random(seed)
    seeds = [master.getrandbits(64) for _ in rows]
    return [wrap_request(text, s, index) for (text, _), s in zip(rows, seeds, strict=True)], index


def write_rows(path: str, rows: Sequence[tuple[str, str]], out: Sequence[Wrapped]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "channel"])
        for (_, label), res in zip(rows, out, strict=True):
            w.writerow([res.text, label, res.channel])


def verify(src: Sequence[tuple[str, str]], out_path: str) -> bool:
    with open(out_path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["text", "label", "channel"]:
            print(f"FAIL header is {reader.fieldnames}")
            return False
        got = [(r["text"], r["label"], r["channel"]) for r in reader]
    failures: list[str] = []
    if len(got) != len(src):
        failures.append(f"row count {len(got)} != source {len(src)}")
    index = build_index(src)
    per_channel: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for i, ((s_text, s_label), (text, label, channel)) in enumerate(zip(src, got, strict=False)):
        per_channel[channel] += 1
        if label != s_label:
            failures.append(f"row {i}: label {label!r} != source {s_label!r}")
            continue
        if channel == "raw":
            if text != s_text:
                failures.append(f"row {i}: raw row not verbatim")
            continue
        if channel not in CHANNELS:
            failures.append(f"row {i}: unknown channel {channel!r}")
            continue
        finding = inspect_text(text, s_text, index)
        if not finding.ok:
            failures.append(f"row {i} ({channel}): {finding.kind} :: {s_text!r}")
            continue
        kinds[finding.kind] += 1
    total = len(got)
    wrapped = total - per_channel.get("raw", 0)
    print(
        f"verify: {total} rows, {wrapped} wrapped ({wrapped / max(total, 1):.1%}), "
        f"{per_channel.get('raw', 0)} raw"
    )
    for name, n in sorted(per_channel.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {name:<24} {n:6d}")
    print(
        f"  request matched exactly: {kinds['exact']}, with one-letter typo: {kinds['typo']} "
        f"({kinds['typo'] / max(wrapped, 1):.1%} of wrapped)"
    )
    for msg in failures[:20]:
        print("  FAIL", msg)
    if failures:
        print(f"verify: FAIL ({len(failures)} problem(s))")
        return False
    print("verify: PASS")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("src", help="input CSV with a text and a label column")
    ap.add_argument("out", help="output CSV (text,label,channel)")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verify", action="store_true", help="re-read and check the output")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    rows = read_rows(args.src, args.text_col, args.label_col)
    out, _ = generate(rows, args.seed)
    write_rows(args.out, rows, out)
    elapsed = time.perf_counter() - t0
    fell_back = sum(1 for r in out if r.fell_back)
    redraws = sum(max(r.attempts - 1, 0) for r in out if not r.fell_back)
    print(
        f"wrote {len(out)} rows to {args.out} in {elapsed:.2f}s (seed {args.seed}); "
        f"{redraws} re-draws, {fell_back} row(s) left raw after collisions"
    )
    if not args.verify:
        return 0
    t1 = time.perf_counter()
    ok = verify(rows, args.out)
    print(f"verify took {time.perf_counter() - t1:.2f}s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
