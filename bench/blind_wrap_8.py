"""Blind wrapper #8: hide short labelled customer requests inside realistic channel envelopes.

This generator was written *blind*: without reading the project's text-cleaning rules, its
tests, its service code or any earlier ``bench/*wrap*.py`` wrapper. The envelopes come only
from general knowledge of how real feedback tools export text, and deliberately favour kinds
the earlier wrappers are said not to cover (store-console review exports, Intercom JSON,
Salesforce e-mail-to-case, ServiceNow journals, idea portals, on-page surveys, AI meeting
notes, social comment threads, Telegram/LINE/WeChat/Signal exports, call-disposition notes,
e-commerce tickets with order tables, out-of-office chains, newsletter replies, OCR'd letters,
bulk CSV exports, Notion/Confluence notes, webhook payload dumps, beta-tester feedback, Sentry
user feedback, Discord ticket-bot transcripts, CRM opportunity notes and LinkedIn InMail).

Input: a CSV with a text column (one short request per row, e.g. "set an alarm for 7am")
and a label column. Output: a CSV with columns ``text,label,channel`` holding the same rows
in the same order with the same labels. About 80% of rows are wrapped in one channel style
(``channel`` is the style name); the rest are copied verbatim with channel ``raw``.

Guarantees for every wrapped row:

* the request (the input text, stripped) appears exactly once, word-bounded, compared
  case-insensitively; it may be lower-cased, may carry exactly one single-letter typo
  (about 20% of wrapped rows, only for requests of 8+ characters, edit distance 1 inside a
  word of 4+ letters, never the word's first letter), may be preceded by a short lead-in
  ("Quick one: ") and may be followed by a short context sentence ("Not urgent.");
* the surrounding text never contains the request again, nor any row's request compared as a
  lower-cased word sequence (also across the envelope/request boundary); a draw that collides
  is re-drawn with a fresh generator, and after ``MAX_ATTEMPTS`` the row falls back to
  ``raw`` (these fall-backs are counted and reported);
* envelope sentences are metadata, pleasantries and statements, not requests.

Determinism: a master ``random.Random(seed)`` draws one sub-seed per row; the row and each of
its re-draws use their own ``random.Random`` built from that sub-seed, so the output depends
only on the input rows and the seed.

Usage::

    python bench/blind_wrap_8.py SRC.csv OUT.csv [--text-col text] [--label-col label]
        [--seed 0] [--verify]

``--verify`` re-reads the output and checks the guarantees (request present exactly once
modulo typo/lower-casing, no other request in the envelope, row count/order/labels kept, raw
rows verbatim, regeneration identical), prints per-channel counts and a pass/fail summary,
and exits non-zero on failure.
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

PLACEHOLDER = "\x00REQUEST\x00"
WRAP_RATE = 0.8
TYPO_RATE = 0.2
LOWER_RATE = 0.25
LEAD_IN_RATE = 0.35
TAIL_RATE = 0.3
MIN_TYPO_LEN = 8
MAX_ATTEMPTS = 12
SWITCH_CHANNEL_AFTER = 4
EPOCH = datetime(1970, 1, 1)

R = random.Random
_WORD = re.compile(r"[^\W_]+")
_TYPO_WORD = re.compile(r"[^\W\d_]{4,}")


# ---------------------------------------------------------------------------------------------
# Request matching shared by the generator and --verify
# ---------------------------------------------------------------------------------------------


def words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


class RequestIndex:
    """Every row's request as a lower-cased word sequence, searchable inside a text."""

    def __init__(self, requests: Iterable[str]) -> None:
        self.seqs: set[tuple[str, ...]] = set()
        self.lengths_by_first: dict[str, set[int]] = {}
        for request in requests:
            seq = words_of(request)
            if seq:
                self.seqs.add(seq)
                self.lengths_by_first.setdefault(seq[0], set()).add(len(seq))

    def hits(self, text_lower: str) -> Iterator[tuple[int, int]]:
        """Character spans (in ``text_lower``) of every request word sequence found."""
        tokens = list(_WORD.finditer(text_lower))
        words = [m.group() for m in tokens]
        for i, word in enumerate(words):
            for n in self.lengths_by_first.get(word, ()):
                if i + n <= len(words) and tuple(words[i : i + n]) in self.seqs:
                    yield tokens[i].start(), tokens[i + n - 1].end()

    def collides(self, text_lower: str, span: tuple[int, int]) -> bool:
        """True if a request word sequence occurs anywhere not wholly inside ``span``."""
        start, end = span
        return any(not (a >= start and b <= end) for a, b in self.hits(text_lower))


def _bounded(t: str, start: int, end: int) -> bool:
    if start < end and t[start].isalnum() and start > 0 and t[start - 1].isalnum():
        return False
    if start < end and t[end - 1].isalnum() and end < len(t) and t[end].isalnum():
        return False
    return True


def _exact_spans(t: str, r: str) -> list[tuple[int, int]]:
    spans = []
    i = t.find(r)
    while i != -1:
        if _bounded(t, i, i + len(r)):
            spans.append((i, i + len(r)))
        i = t.find(r, i + 1)
    return spans


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _fuzzy_spans(t: str, r: str) -> list[tuple[int, int]]:
    """Word-bounded windows of ``t`` within edit distance 1 of ``r``, overlapping ones merged.

    One edit leaves either the first or the second half of ``r`` intact, so only windows
    anchored on an exact occurrence of a half are examined.
    """
    n = len(r)
    mid = n // 2
    head, tail = r[:mid], r[mid:]
    found: set[tuple[int, int]] = set()
    candidates: list[tuple[int, int]] = []
    i = t.find(head)
    while i != -1:
        candidates.extend((i, i + n + d) for d in (-1, 0, 1))
        i = t.find(head, i + 1)
    i = t.find(tail)
    while i != -1:
        end = i + len(tail)
        candidates.extend((end - n - d, end) for d in (-1, 0, 1))
        i = t.find(tail, i + 1)
    for start, end in candidates:
        if start < 0 or end > len(t) or (start, end) in found:
            continue
        if _within_one_edit(t[start:end], r) and _bounded(t, start, end):
            found.add((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def locate(text: str, request: str) -> tuple[list[tuple[int, int]], bool]:
    """Spans of ``request`` in ``text`` (lower-cased coordinates) and whether it is a typo."""
    t, r = text.lower(), request.lower()
    spans = _exact_spans(t, r)
    if spans or len(r) < MIN_TYPO_LEN:
        return spans, False
    return _fuzzy_spans(t, r), True


# ---------------------------------------------------------------------------------------------
# Typos, lead-ins, tails
# ---------------------------------------------------------------------------------------------

_NEIGHBOURS = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "ryg",
    "y": "tuh",
    "u": "yij",
    "i": "uok",
    "o": "ipl",
    "p": "ol",
    "a": "qsz",
    "s": "adwx",
    "d": "sfec",
    "f": "dgrv",
    "g": "fhtb",
    "h": "gjyn",
    "j": "hkum",
    "k": "jlim",
    "l": "kop",
    "z": "asx",
    "x": "zsdc",
    "c": "xdfv",
    "v": "cfgb",
    "b": "vghn",
    "n": "bhjm",
    "m": "njk",
}


def make_typo(rng: R, text: str) -> str | None:
    """One single-letter slip (neighbour key, dropped, doubled or extra letter), or None."""
    if len(text) < MIN_TYPO_LEN:
        return None
    positions = [i for m in _TYPO_WORD.finditer(text) for i in range(m.start() + 1, m.end())]
    if not positions:
        return None
    i = rng.choice(positions)
    char = text[i]
    op = rng.choice(("neighbour", "drop", "double", "extra"))
    near = _NEIGHBOURS.get(char.lower())
    if op in ("neighbour", "extra") and near:
        new = rng.choice(near)
        new = new.upper() if char.isupper() else new
        if op == "neighbour":
            return text[:i] + new + text[i + 1 :]
        return text[: i + 1] + new + text[i + 1 :]
    if op == "drop":
        return text[:i] + text[i + 1 :]
    return text[:i] + char + text[i:]


LEAD_INS = (
    "Quick one: ",
    "Hi, ",
    "Hello! ",
    "Hey there, ",
    "Question: ",
    "Small thing: ",
    "Okay so ",
    "One more: ",
    "Morning! ",
    "Hiya, ",
    "So basically ",
    "Hallo! ",
    "Bonjour, ",
    "Hola, ",
    "Ciao! ",
    "Oi, ",
    "Hej! ",
    "Sorry to bother, ",
    "Random one: ",
    "As discussed: ",
    "FYI ",
    "On behalf of my team: ",
    "Hey 👋 ",
    "Good evening, ",
    "Second message today: ",
    "Short version: ",
)
TAILS = (
    "Not urgent.",
    "No rush at all.",
    "Thanks in advance!",
    "Cheers.",
    "Much appreciated 🙏",
    "That's all for today.",
    "Asking for my dad.",
    "Sorry, typing on my phone.",
    "Tried twice already.",
    "Merci d'avance.",
    "Danke!",
    "Gracias de antemano.",
    "Obrigado!",
    "Grazie.",
    "It's for a trip next week.",
    "Same as last time.",
    "My colleague had the same question.",
    "Hope that makes sense.",
    "Been wondering about this for a while.",
    "😊",
    "🙂",
    "Ta.",
    "Appreciate it.",
    "It's my first week with the app.",
    "Sent from the train, hence the brevity.",
)
_QUESTION_START = (
    "what",
    "why",
    "how",
    "when",
    "where",
    "who",
    "which",
    "is",
    "are",
    "can",
    "could",
    "do",
    "does",
    "will",
    "would",
    "should",
    "did",
    "am",
)


def compose_body(rng: R, request: str) -> tuple[str, int, int]:
    """Lead-in + request + optional punctuation and context; returns body and request span."""
    lead = rng.choice(LEAD_INS) if rng.random() < LEAD_IN_RATE else ""
    body = lead + request
    start, end = len(lead), len(lead) + len(request)
    tail = rng.choice(TAILS) if rng.random() < TAIL_RATE else ""
    if request[-1:] not in ".!?…" and (tail or rng.random() < 0.4):
        first = request.split()[0].lower() if request.split() else ""
        body += rng.choice(("?", "?", "")) if first in _QUESTION_START else rng.choice(".!.")
    if tail:
        body += rng.choice((" ", " ", "\n")) + tail
    return body, start, end


# ---------------------------------------------------------------------------------------------
# People, places, companies, dates, identifiers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    cities: tuple[str, ...]
    phone: str
    lang: str


COUNTRIES: dict[str, Country] = {
    "ng": Country("Nigeria", ("Lagos", "Abuja", "Ibadan"), "+234 80# ### ####", "en"),
    "jp": Country("Japan", ("Tokyo", "Osaka", "Fukuoka"), "+81 90-####-####", "ja"),
    "br": Country("Brazil", ("São Paulo", "Recife", "Curitiba"), "+55 11 9####-####", "pt"),
    "pl": Country("Poland", ("Kraków", "Gdańsk", "Wrocław"), "+48 5## ### ###", "pl"),
    "de": Country("Germany", ("Hamburg", "Leipzig", "München"), "+49 15# #######", "de"),
    "in": Country("India", ("Bengaluru", "Pune", "Kochi"), "+91 9#### #####", "en"),
    "kr": Country("South Korea", ("Seoul", "Busan", "Incheon"), "+82 10-####-####", "en"),
    "cn": Country("China", ("Shenzhen", "Chengdu", "Hangzhou"), "+86 138 #### ####", "en"),
    "eg": Country("Egypt", ("Cairo", "Alexandria", "Giza"), "+20 10 #### ####", "en"),
    "tr": Country("Türkiye", ("İstanbul", "İzmir", "Ankara"), "+90 5## ### ## ##", "tr"),
    "se": Country("Sweden", ("Göteborg", "Malmö", "Uppsala"), "+46 70-### ## ##", "sv"),
    "mx": Country("Mexico", ("Guadalajara", "Monterrey", "Puebla"), "+52 55 #### ####", "es"),
    "vn": Country("Vietnam", ("Hà Nội", "Đà Nẵng", "Huế"), "+84 9# ### ## ##", "en"),
    "gh": Country("Ghana", ("Accra", "Kumasi", "Tamale"), "+233 24 ### ####", "en"),
    "ua": Country("Ukraine", ("Lviv", "Kyiv", "Odesa"), "+380 67 ### ## ##", "en"),
    "gr": Country("Greece", ("Athens", "Thessaloniki", "Patras"), "+30 69# ### ####", "en"),
    "ie": Country("Ireland", ("Cork", "Galway", "Limerick"), "+353 8# ### ####", "en"),
    "fi": Country("Finland", ("Tampere", "Oulu", "Turku"), "+358 40 ### ####", "en"),
    "ph": Country("Philippines", ("Cebu", "Davao", "Quezon City"), "+63 917 ### ####", "en"),
    "id": Country("Indonesia", ("Bandung", "Surabaya", "Yogyakarta"), "+62 812-####-####", "en"),
    "fr": Country("France", ("Lyon", "Nantes", "Lille"), "+33 6 ## ## ## ##", "fr"),
    "es": Country("Spain", ("Bilbao", "Valencia", "Sevilla"), "+34 6## ## ## ##", "es"),
    "it": Country("Italy", ("Torino", "Bologna", "Napoli"), "+39 3## ### ####", "it"),
    "nl": Country("Netherlands", ("Utrecht", "Eindhoven", "Groningen"), "+31 6 ########", "nl"),
    "us": Country("United States", ("Denver", "Atlanta", "Portland"), "+1 (###) 555-01##", "en"),
    "ke": Country("Kenya", ("Nairobi", "Mombasa", "Kisumu"), "+254 7## ######", "en"),
    "ar": Country("Argentina", ("Córdoba", "Rosario", "Mendoza"), "+54 9 11 ####-####", "es"),
    "il": Country("Israel", ("Haifa", "Tel Aviv", "Be'er Sheva"), "+972 5#-###-####", "en"),
    "pt": Country("Portugal", ("Porto", "Braga", "Coimbra"), "+351 91# ### ###", "pt"),
    "ca": Country("Canada", ("Montréal", "Calgary", "Halifax"), "+1 (###) 555-01##", "en"),
}

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ng": (
        ("Chiamaka", "Tunde", "Ngozi", "Emeka", "Folake", "Adebayo"),
        ("Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu"),
    ),
    "jp": (
        ("Haruto", "Yui", "Kenji", "Aiko", "Sota", "Mei"),
        ("Tanaka", "Watanabe", "Kobayashi", "Mori", "Fujita"),
    ),
    "br": (
        ("João", "Larissa", "Thiago", "Beatriz", "Rafael"),
        ("Silva", "Oliveira", "Carvalho", "Souza", "Pereira"),
    ),
    "pl": (
        ("Katarzyna", "Paweł", "Zofia", "Tomasz", "Agnieszka"),
        ("Kowalczyk", "Zieliński", "Lewandowska", "Wójcik", "Mazur"),
    ),
    "de": (
        ("Lukas", "Johanna", "Felix", "Mareike", "Jörg"),
        ("Schneider", "Becker", "Hoffmann", "Krüger", "Vogel"),
    ),
    "in": (
        ("Priya", "Arjun", "Ananya", "Rohit", "Kavya", "Siddharth"),
        ("Sharma", "Iyer", "Reddy", "Banerjee", "Menon"),
    ),
    "kr": (
        ("Minji", "Jisoo", "Hyun-woo", "Seo-yeon", "Dong-hyun"),
        ("Kim", "Park", "Choi", "Jung", "Han"),
    ),
    "cn": (("Wei", "Xiaoling", "Jun", "Mingyu", "Yan"), ("Zhang", "Chen", "Huang", "Zhou", "Xu")),
    "eg": (
        ("Omar", "Nour", "Youssef", "Salma", "Karim"),
        ("Hassan", "El-Sayed", "Farouk", "Naguib", "Abdelaziz"),
    ),
    "tr": (
        ("Elif", "Emre", "Zeynep", "Burak", "Ayşe"),
        ("Yılmaz", "Demir", "Kaya", "Şahin", "Çelik"),
    ),
    "se": (
        ("Ingrid", "Oskar", "Linnea", "Erik", "Saga"),
        ("Lindqvist", "Johansson", "Berg", "Nyström", "Holm"),
    ),
    "mx": (
        ("Alejandro", "Ximena", "Diego", "Valeria", "Itzel"),
        ("Hernández", "García", "Ramírez", "Flores", "Torres"),
    ),
    "vn": (("Linh", "Minh", "Thu", "Quang", "Hoa"), ("Nguyen", "Tran", "Pham", "Vo", "Dang")),
    "gh": (("Kwame", "Ama", "Kofi", "Abena", "Yaw"), ("Mensah", "Owusu", "Asante", "Boateng")),
    "ua": (
        ("Olena", "Dmytro", "Anastasiia", "Mykola", "Iryna"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Melnyk"),
    ),
    "gr": (("Eleni", "Nikos", "Dimitra", "Giorgos"), ("Papadopoulos", "Georgiou", "Nikolaidis")),
    "ie": (("Siobhán", "Ciarán", "Aoife", "Declan"), ("O'Brien", "Murphy", "Byrne", "Gallagher")),
    "fi": (("Aino", "Juho", "Eeva", "Mikko"), ("Virtanen", "Korhonen", "Mäkinen", "Laine")),
    "ph": (("Maricel", "Jomar", "Kristine", "Paolo"), ("Santos", "Reyes", "Dela Cruz", "Bautista")),
    "id": (("Putri", "Agus", "Dewi", "Bayu"), ("Santoso", "Wijaya", "Kusuma", "Hidayat")),
    "fr": (("Camille", "Théo", "Manon", "Julien"), ("Dubois", "Lefèvre", "Moreau", "Girard")),
    "es": (("Lucía", "Javier", "Nerea", "Iñigo"), ("Martínez", "López", "Etxeberria", "Navarro")),
    "it": (("Giulia", "Matteo", "Chiara", "Lorenzo"), ("Rossi", "Esposito", "Bianchi", "Romano")),
    "nl": (("Sanne", "Daan", "Femke", "Bram"), ("de Vries", "Jansen", "van Dijk", "Bakker")),
    "us": (("Madison", "Tyler", "Jasmine", "DeShawn"), ("Miller", "Washington", "Brooks", "Ortiz")),
    "ke": (("Wanjiru", "Otieno", "Achieng", "Kiprop"), ("Mwangi", "Odhiambo", "Kamau", "Chebet")),
    "ar": (("Martina", "Facundo", "Sofía", "Tomás"), ("Fernández", "Gómez", "Sosa", "Acosta")),
    "il": (("Noa", "Itai", "Yael", "Omer"), ("Cohen", "Levi", "Mizrahi", "Peretz")),
    "pt": (("Inês", "Duarte", "Mafalda", "Rui"), ("Ferreira", "Costa", "Almeida", "Marques")),
    "ca": (("Émilie", "Gabriel", "Chloé", "Liam"), ("Tremblay", "Gagnon", "Roy", "MacLeod")),
}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    country: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lang(self) -> str:
        return COUNTRIES[self.country].lang


def person(rng: R, country: str | None = None) -> Person:
    code = country or rng.choice(sorted(NAMES))
    firsts, lasts = NAMES[code]
    return Person(rng.choice(firsts), rng.choice(lasts), code)


def ascii_slug(text: str, sep: str = "") -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join(_WORD.findall(folded.lower()))


FREEMAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.jp",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "uol.com.br",
    "hotmail.com",
    "proton.me",
    "icloud.com",
    "naver.com",
    "qq.com",
    "rediffmail.com",
    "wp.pl",
    "t-online.de",
    "yahoo.com.ar",
    "ziggo.nl",
)


def email_of(rng: R, p: Person, domain: str | None = None) -> str:
    first, last = ascii_slug(p.first), ascii_slug(p.last)
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first[:1]}{last}",
            f"{first}_{last}{rng.randint(7, 99)}",
            f"{first}",
            f"{last}.{first[:1]}",
            f"{first}{rng.randint(1970, 2006)}",
        )
    )
    return f"{local}@{domain or rng.choice(FREEMAIL)}"


def phone_of(rng: R, p: Person) -> str:
    return fill(rng, COUNTRIES[p.country].phone)


def fill(rng: R, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


def digits(rng: R, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def token(rng: R, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexid(rng: R, n: int) -> str:
    return token(rng, n, "0123456789abcdef")


def mixed(rng: R, n: int) -> str:
    return token(rng, n, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")


CO_HEADS = (
    "Fjordline",
    "Kestrel",
    "Sunbird",
    "Tidewater",
    "Nimbus",
    "Granite",
    "Lumenta",
    "Okapi",
    "Saffron",
    "Polaris",
    "Juniper",
    "Copperleaf",
    "Bluefin",
    "Marigold",
    "Ironbark",
    "Zephyra",
    "Quokka",
    "Halcyon",
    "Meridian",
    "Vesper",
    "Basalt",
    "Aurelia",
    "Mistral",
    "Kinfolk",
    "Tamarind",
    "Nordlys",
    "Baobab",
    "Altiplano",
    "Lotus Bridge",
    "Hanami",
    "Pampas",
    "Kilimanjaro",
    "Vltava",
)
CO_TAILS = (
    "Analytics",
    "Logistics",
    "Labs",
    "Telecom",
    "Foods",
    "Health",
    "Mobility",
    "Energy GmbH",
    "S.A.",
    "Ltd",
    "B.V.",
    "AB",
    "Oy",
    "K.K.",
    "Pvt Ltd",
    "Inc.",
    "SAS",
    "S.r.l.",
    "Sp. z o.o.",
    "Pty Ltd",
    "Group",
    "Studio",
    "Retail",
    "Insurance AG",
)
TLDS = (
    ".com",
    ".io",
    ".de",
    ".co.uk",
    ".com.br",
    ".fr",
    ".jp",
    ".in",
    ".pl",
    ".se",
    ".app",
    ".eu",
    ".nl",
    ".es",
    ".it",
    ".com.mx",
    ".co.ke",
)
APPS = (
    "Pocketly",
    "Nestwise",
    "Orbitly",
    "Hearthside",
    "Ferro",
    "Looma",
    "Brightside",
    "Kinto",
    "Waypoint",
    "Tally Home",
    "Mosaic",
    "Pulse+",
    "Driftwood",
    "Lantern",
    "Cobalt Pay",
    "Quill",
    "Seedling",
    "Kumo",
    "Trellis",
    "Veloz",
    "Hushmate",
    "Ember Bank",
)


@dataclass(frozen=True)
class Company:
    name: str
    slug: str
    domain: str


def company(rng: R) -> Company:
    head = rng.choice(CO_HEADS)
    slug = ascii_slug(head)
    return Company(f"{head} {rng.choice(CO_TAILS)}", slug, slug + rng.choice(TLDS))


def rand_dt(rng: R) -> datetime:
    return datetime(2021, 1, 4) + timedelta(seconds=rng.randrange(5 * 365 * 86400))


MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def fmt_dt(rng: R, dt: datetime, lang: str | None = None, style: str | None = None) -> str:
    """A date-time in one of many real-world formats; ``lang`` picks a localised long form."""
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    h12 = f"{(dt.hour % 12) or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    en_month = MONTHS["en"][dt.month - 1]
    styles = {
        "iso": f"{dt:%Y-%m-%d} {hm}:{dt.second:02d}",
        "isoz": f"{dt:%Y-%m-%dT%H:%M:%S}Z",
        "us": f"{dt.month}/{dt.day}/{dt.year} {h12}",
        "eu": f"{dt:%d.%m.%Y} {hm}",
        "uk": f"{dt:%d/%m/%Y} {hm}",
        "nl": f"{dt:%d-%m-%Y} {hm}",
        "rfc": f"{WEEKDAYS[dt.weekday()]}, {dt.day} {en_month[:3]} {dt.year} {hm}:{dt.second:02d}"
        f" {rng.choice(('+0100', '+0000', '-0500', '+0900', '+0530', '-0300'))}",
        "long": f"{en_month} {dt.day}, {dt.year} at {h12}",
        "short": f"{dt.day} {en_month[:3]} {dt.year}",
        "ja": f"{dt.year}年{dt.month}月{dt.day}日 {hm}",
    }
    local = {
        "de": f"{dt.day}. {MONTHS['de'][dt.month - 1]} {dt.year} um {hm}",
        "fr": f"{dt.day} {MONTHS['fr'][dt.month - 1]} {dt.year} à {hm}",
        "es": f"{dt.day} de {MONTHS['es'][dt.month - 1]} de {dt.year}, {hm}",
        "pt": f"{dt.day} de {MONTHS['pt'][dt.month - 1]} de {dt.year} {hm}",
        "it": f"{dt.day} {MONTHS['it'][dt.month - 1]} {dt.year} alle {hm}",
        "nl": f"{dt.day} {MONTHS['nl'][dt.month - 1]} {dt.year} om {hm}",
        "pl": f"{dt.day} {MONTHS['pl'][dt.month - 1]} {dt.year} o {hm}",
        "tr": f"{dt.day} {MONTHS['tr'][dt.month - 1]} {dt.year} {hm}",
        "sv": f"{dt.day} {MONTHS['sv'][dt.month - 1]} {dt.year} kl. {hm}",
        "ja": styles["ja"],
    }
    if style:
        return styles[style]
    if lang in local and rng.random() < 0.6:
        return local[lang]
    return styles[rng.choice(sorted(styles))]


def day_only(rng: R, dt: datetime) -> str:
    return rng.choice(
        (
            f"{dt:%Y-%m-%d}",
            f"{dt:%d/%m/%Y}",
            f"{dt.month}/{dt.day}/{dt:%y}",
            f"{dt:%d.%m.%Y}",
            f"{dt.day} {MONTHS['en'][dt.month - 1][:3]} {dt.year}",
            f"{dt.year}年{dt.month}月{dt.day}日",
        )
    )


def millis(dt: datetime) -> int:
    return int((dt - EPOCH).total_seconds() * 1000)


def version(rng: R) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}"


MONEY_STYLES = 8


def money(rng: R, lo: float, hi: float, style: int | None = None) -> str:
    """An amount in one of several currency conventions (``style`` fixes the convention)."""
    value = rng.uniform(lo, hi)
    us = f"{value:,.2f}"
    eu = us.replace(",", "X").replace(".", ",").replace("X", ".")
    fr = us.replace(",", " ").replace(".", ",")
    forms = (
        f"€{us}",
        f"£{us}",
        f"${us}",
        f"{fr} €",
        f"R$ {eu}",
        f"¥{int(value * 150):,}",
        f"₹{value * 83:,.0f}",
        f"{fr} zł",
    )
    return forms[rng.randrange(MONEY_STYLES) if style is None else style]


GREETINGS = {
    "en": ("Hi", "Hello", "Dear support team", "Hi all", "Good morning"),
    "de": ("Hallo", "Guten Tag", "Liebes Support-Team"),
    "fr": ("Bonjour", "Madame, Monsieur", "Bonsoir"),
    "es": ("Hola", "Buenos días"),
    "pt": ("Olá", "Bom dia", "Prezados"),
    "it": ("Ciao", "Buongiorno", "Gentili signori"),
    "nl": ("Hoi", "Beste", "Goedemiddag"),
    "ja": ("お世話になっております。",),
    "pl": ("Dzień dobry", "Witam"),
    "tr": ("Merhaba", "İyi günler"),
    "sv": ("Hej", "Hejsan"),
}
SIGNOFFS = {
    "en": ("Best,", "Kind regards,", "Cheers,", "Regards,", "Many thanks,", "Warmly,"),
    "de": ("Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen"),
    "fr": ("Cordialement,", "Bien à vous,", "Bonne journée,"),
    "es": ("Saludos,", "Un saludo,", "Atentamente,"),
    "pt": ("Abraços,", "Atenciosamente,"),
    "it": ("Cordiali saluti,", "Un saluto,"),
    "nl": ("Met vriendelijke groet,", "Groetjes,"),
    "ja": ("よろしくお願いいたします。",),
    "pl": ("Pozdrawiam,", "Z poważaniem,"),
    "tr": ("Saygılarımla,", "İyi çalışmalar,"),
    "sv": ("Vänliga hälsningar,", "Mvh,"),
}


NAME_GREETINGS = {
    "en": ("Hi", "Hello", "Dear", "Hey"),
    "de": ("Hallo", "Liebe/r", "Hi"),
    "fr": ("Bonjour", "Salut"),
    "es": ("Hola", "Estimado/a"),
    "pt": ("Olá", "Oi"),
    "it": ("Ciao", "Gentile"),
    "nl": ("Hoi", "Beste"),
    "pl": ("Cześć", "Dzień dobry"),
    "tr": ("Merhaba", "Sayın"),
    "sv": ("Hej", "Hejsan"),
}


def greeting(rng: R, lang: str) -> str:
    return rng.choice(GREETINGS.get(lang, GREETINGS["en"]))


def signoff(rng: R, lang: str) -> str:
    return rng.choice(SIGNOFFS.get(lang, SIGNOFFS["en"]))


STATEMENTS = (
    "I've been using {app} since {year}.",
    "We're a team of {n} people based in {city}.",
    "The latest version arrived on my phone yesterday.",
    "Everything else has been working fine.",
    "My partner uses the same account on a tablet.",
    "I'm on the {plan} plan.",
    "The new design looks much cleaner than before.",
    "Our office moved to {city} in {month}.",
    "I'm writing from {city}, so the time zone may be different.",
    "Overall we are happy with the service.",
    "This is my second message about it this month.",
    "The desktop version behaves the same way.",
    "We renewed our subscription in {month}.",
    "I spoke with one of your colleagues on the phone last week.",
    "My account is registered under my work address.",
    "I use it mostly on Android.",
    "Our IT department approved the rollout in {month}.",
    "Customer since {year}, {n} seats in total.",
    "It's a lovely product overall.",
)
PLANS = ("Free", "Plus", "Pro", "Family", "Business", "Enterprise", "Starter", "Growth", "Premium")


def statement(rng: R, app: str | None = None) -> str:
    return rng.choice(STATEMENTS).format(
        app=app or rng.choice(APPS),
        year=rng.randint(2015, 2023),
        n=rng.randint(3, 400),
        city=rng.choice(COUNTRIES[rng.choice(sorted(COUNTRIES))].cities),
        plan=rng.choice(PLANS),
        month=rng.choice(MONTHS["en"]),
    )


def bot_line(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Channel styles. Each returns an envelope containing PLACEHOLDER exactly once.
# ---------------------------------------------------------------------------------------------

PLAY_COLUMNS = (
    "Package Name",
    "App Version Code",
    "App Version Name",
    "Reviewer Language",
    "Device",
    "Review Submit Date and Time",
    "Review Submit Millis Since Epoch",
    "Review Last Update Date and Time",
    "Review Last Update Millis Since Epoch",
    "Star Rating",
    "Review Title",
    "Review Text",
    "Developer Reply Date and Time",
    "Developer Reply Millis Since Epoch",
    "Developer Reply Text",
    "Review Link",
)
ANDROID_DEVICES = (
    "a52q",
    "redfin",
    "OnePlus9Pro",
    "SM-G991B",
    "cheetah",
    "Redmi Note 12",
    "moto g(60)",
    "HWELE",
    "a15",
    "panther",
    "RMX3363",
    "CPH2401",
    "x1q",
)
IOS_DEVICES = (
    "iPhone 13",
    "iPhone 14 Pro",
    "iPhone 15",
    "iPhone SE (3rd gen)",
    "iPad Air (5th gen)",
    "iPhone 12 mini",
    "iPhone 15 Pro Max",
    "iPad (9th gen)",
)
REVIEW_TITLES = (
    "Pretty good",
    "Almost there",
    "Solid app",
    "Decent",
    "Good but…",
    "Meh",
    "Love it",
    "Useful",
    "Sehr praktisch",
    "Muito bom",
    "Bien",
    "Buena app",
    "Çok iyi",
    "便利です",
    "Świetna",
    "Nearly five stars",
    "Getting better",
    "Mixed feelings",
    "Daily driver",
)
TERRITORIES = (
    "Germany",
    "Brazil",
    "Japan",
    "United Kingdom",
    "India",
    "Mexico",
    "Poland",
    "Türkiye",
    "Nigeria",
    "Australia",
    "France",
    "Canada",
    "Kenya",
    "Sweden",
)


def nickname(rng: R, p: Person) -> str:
    return rng.choice(
        (
            f"{ascii_slug(p.first)}{rng.randint(1, 99)}",
            f"{p.first} {p.last[:1]}.",
            f"{rng.choice(('sleepy', 'mango', 'sunny_', 'night', 'urban', 'blue'))}"
            f"{rng.choice(('otter', 'lassi', 'fox', 'owl', 'heron', 'panda'))}"
            f"{rng.randint(1, 999)}",
            f"{p.first[:1]}{ascii_slug(p.last).capitalize()}",
            "Anonymous",
        )
    )


def dev_reply(rng: R, p: Person, app: str) -> str:
    agent = person(rng)
    return rng.choice(
        (
            f"Hi {p.first}, we appreciate the review! It has been shared with our product team. "
            f"– {agent.first}, {app} Support",
            f"Hallo {p.first}, danke für dein Feedback! Wir haben es an unser Produktteam "
            "weitergegeben.",
            f"Olá {p.first}! Obrigado pelo comentário, já encaminhamos para o time de produto.",
            f"Thanks for the stars, {p.first}! Our team reads every review. 💜",
            f"Bonjour {p.first}, merci pour votre avis, il a été transmis à l'équipe produit.",
        )
    )


def ch_store_review_export(rng: R) -> str:
    app = rng.choice(APPS)
    co = company(rng)
    p = person(rng)
    dt = rand_dt(rng)
    rating = rng.choice((1, 2, 3, 4, 4, 5, 5, 5))
    title = rng.choice(("", "", *REVIEW_TITLES))
    style = rng.randrange(3)
    if style == 0:  # Google Play Console CSV export, one row
        upd = dt + timedelta(minutes=rng.randint(0, 5000))
        rep = upd + timedelta(hours=rng.randint(2, 90))
        has_reply = rng.random() < 0.5
        link = (
            f"http://play.google.com/console/developers/{digits(rng, 19)}/app/"
            f"{digits(rng, 19)}/user-feedback/review-details?reviewId=gp%3AAOqpTO"
            f"{mixed(rng, 40)}&corpus=PUBLIC_REVIEWS"
        )
        cells = [
            f"com.{co.slug}.{ascii_slug(app)}",
            str(rng.randint(100, 99999)),
            version(rng),
            rng.choice(("en", "en_GB", "de", "pt_BR", "es_419", "fr", "ja", "tr", "pl", "hi")),
            rng.choice(ANDROID_DEVICES),
            f"{dt:%Y-%m-%dT%H:%M:%S}Z",
            str(millis(dt)),
            f"{upd:%Y-%m-%dT%H:%M:%S}Z",
            str(millis(upd)),
            str(rating),
            title,
            f'"{PLACEHOLDER}"',
            f"{rep:%Y-%m-%dT%H:%M:%S}Z" if has_reply else "",
            str(millis(rep)) if has_reply else "",
            f'"{dev_reply(rng, p, app)}"' if has_reply else "",
            link,
        ]
        return ",".join(PLAY_COLUMNS) + "\n" + ",".join(cells) + "\n"
    if style == 1:  # App Store Connect "Ratings and Reviews" copied from the browser
        lines = [
            f"{app} · App Store · {rng.choice(TERRITORIES)}",
            "★" * rating + "☆" * (5 - rating),
            title or rng.choice(REVIEW_TITLES),
            f"{nickname(rng, p)}, {fmt_dt(rng, dt, style='short')}",
            PLACEHOLDER,
            f"Version {version(rng)} ({rng.randint(100, 2000)}) · {rng.choice(IOS_DEVICES)}",
        ]
        if rng.random() < 0.5:
            later = dt + timedelta(days=rng.randint(1, 9))
            lines += ["", f"Developer Response · {fmt_dt(rng, later, style='short')}"]
            lines.append(dev_reply(rng, p, app))
        return "\n".join(lines)
    header = "Date\tStore\tApp\tVersion\tCountry\tRating\tAuthor\tTitle\tReview\tSentiment\tTags"
    row = "\t".join(
        (
            f"{dt:%Y-%m-%d}",
            rng.choice(("Google Play", "App Store", "AppGallery")),
            app,
            version(rng),
            p.country.upper(),
            str(rating),
            nickname(rng, p),
            title,
            PLACEHOLDER,
            rng.choice(("positive", "neutral", "negative", "mixed")),
            rng.choice(("feature-request", "ux; mobile", "", "idea", "billing; ux")),
        )
    )
    return (
        f"Appbot export · {app} · {rng.randint(1, 40)} of {rng.randint(40, 900)} reviews\n"
        f"{header}\n{row}"
    )


def ch_intercom_export(rng: R) -> str:
    plan = rng.choice(PLANS)
    p = person(rng)
    co = company(rng)
    app = rng.choice(APPS)
    dt = rand_dt(rng)
    ts = int((dt - EPOCH).total_seconds())
    admin = person(rng)
    user = (
        f'{{"type": "user", "id": "{hexid(rng, 24)}", "name": "{p.full}", '
        f'"email": "{email_of(rng, p)}"}}'
    )
    note = rng.choice(
        (
            f"Customer on the {plan} plan since {rng.randint(2018, 2024)}.",
            f"Linked to {co.name} workspace, {rng.randint(2, 300)} seats.",
            "Flagged as VIP by account management.",
            "Second conversation this week.",
            f"Language detected: {rng.choice(('pt-BR', 'de', 'en', 'es-MX', 'ja', 'pl'))}.",
        )
    )
    in_source = rng.random() < 0.6
    first_body = (
        f"<p>{PLACEHOLDER}</p>" if in_source else f"<p>Hey {p.first} 👋 Welcome to {app}!</p>"
    )
    parts = [
        f'      {{"part_type": "assignment", "created_at": {ts + 40}, "body": null, '
        f'"author": {{"type": "bot", "name": "Fin"}}, "assigned_to": {{"type": "team", '
        f'"name": "{rng.choice(("Tier 1", "Billing", "EMEA Support", "Onboarding"))}"}}}}',
        f'      {{"part_type": "note", "created_at": {ts + 300}, "body": "<p>{note}</p>", '
        f'"author": {{"type": "admin", "name": "{admin.full}"}}}}',
    ]
    if not in_source:
        parts.insert(
            0,
            f'      {{"part_type": "comment", "created_at": {ts + 20}, '
            f'"body": "<p>{PLACEHOLDER}</p>", "author": {user}}}',
        )
    src_type = "user" if in_source else "admin"
    src_author = user if in_source else f'{{"type": "admin", "name": "{admin.full}"}}'
    return "\n".join(
        [
            "{",
            '  "type": "conversation",',
            f'  "id": "{digits(rng, 12)}",',
            f'  "created_at": {ts},',
            f'  "updated_at": {ts + rng.randint(400, 90000)},',
            '  "source": {',
            f'    "type": "{"conversation" if in_source else "email"}",',
            f'    "delivered_as": "{"customer_initiated" if in_source else "automated"}",',
            f'    "body": "{first_body}",',
            f'    "author": {src_author},',
            f'    "url": "https://{co.domain}/'
            f'{rng.choice(("settings", "billing", "home", "help"))}"',
            f'  }},\n  "source_author_type": "{src_type}",',
            f'  "state": "{rng.choice(("open", "closed", "snoozed"))}",',
            '  "priority": "not_priority",',
            '  "tags": {"type": "tag.list", "tags": [{"name": "'
            + rng.choice(("mobile", "web", "beta", "vip"))
            + '"}]},',
            '  "conversation_parts": {',
            '    "type": "conversation_part.list",',
            '    "conversation_parts": [',
            ",\n".join(parts),
            "    ],",
            f'    "total_count": {len(parts)}',
            "  },",
            f'  "custom_attributes": {{"Plan": "{plan}", '
            f'"Country": "{COUNTRIES[p.country].name}"}}',
            "}",
        ]
    )


def thread_ref(rng: R) -> str:
    if rng.random() < 0.5:
        return f"ref:_00D{mixed(rng, 5)}._500{mixed(rng, 7)}:ref"
    return f"thread::{mixed(rng, 22)}::"


def ch_email_to_case(rng: R) -> str:
    p = person(rng)
    co = company(rng)
    vendor = company(rng)
    dt = rand_dt(rng)
    case_no = f"{rng.randint(0, 9999999):08d}"
    ref = thread_ref(rng)
    lang = p.lang
    subject = rng.choice(
        (
            "Question",
            "Anfrage",
            "Demande d'information",
            "Consulta",
            "Dúvida",
            "Account",
            f"Re: Case {case_no} {ref}",
            f"Re: [{vendor.name}] Case #{case_no}",
            "Feedback",
            "Quick question from the field",
            "お問い合わせ",
        )
    )
    title = rng.choice(
        (
            "Operations Manager",
            "IT Lead",
            "Office Manager",
            "Head of Finance",
            "Store Manager",
            "Product Owner",
            "Analyst",
        )
    )
    lines = [
        f"Case {case_no}: {rng.choice(('New email received', 'Email-to-Case', 'Customer reply'))}",
        f"Case Origin: Email | Status: {rng.choice(('New', 'Working', 'Reopened'))} | "
        f"Priority: {rng.choice(('Medium', 'Low', 'High'))} | "
        f"Case Owner: {rng.choice(('Support Queue EMEA', 'Tier 1 - Global', 'LATAM Support'))}",
        f"Contact Name: {p.full} | Account Name: {co.name}",
        "",
        f"From: {p.full} <{email_of(rng, p, co.domain)}>",
        f"To: support@{vendor.domain}",
        f"Subject: {subject}",
        f"Date: {fmt_dt(rng, dt, style='rfc')}",
        "",
        f"{greeting(rng, lang)},",
        "",
        PLACEHOLDER,
        "",
        signoff(rng, lang),
        p.full,
        f"{title} | {co.name}",
        f"Tel. {phone_of(rng, p)}",
    ]
    if rng.random() < 0.6:
        prior = dt - timedelta(hours=rng.randint(2, 200))
        lines += [
            "",
            f"--- Original Message --- {fmt_dt(rng, prior, lang)}",
            f"> Hello {p.first},",
            f"> We have received your message and opened case {case_no}.",
            f"> A member of our team will respond within {rng.choice(('1', '2', '24'))} "
            f"{rng.choice(('business day', 'business days', 'hours'))}.",
            f"> {vendor.name} Customer Care",
        ]
    lines += ["", ref]
    return "\n".join(lines)


SN_LABELS = {
    "en": (
        "Additional comments",
        "Work notes",
        "Field changes",
        "Short description",
        "Assignment group",
        "State",
        "Caller",
        "Priority",
    ),
    "de": (
        "Zusätzliche Kommentare (für Kunden sichtbar)",
        "Arbeitsnotizen",
        "Feldänderungen",
        "Kurzbeschreibung",
        "Zuweisungsgruppe",
        "Status",
        "Anrufer",
        "Priorität",
    ),
    "fr": (
        "Commentaires supplémentaires",
        "Notes de travail",
        "Modifications des champs",
        "Brève description",
        "Groupe d'affectation",
        "État",
        "Appelant",
        "Priorité",
    ),
    "es": (
        "Comentarios adicionales",
        "Notas de trabajo",
        "Cambios de campo",
        "Descripción breve",
        "Grupo de asignación",
        "Estado",
        "Autor de la llamada",
        "Prioridad",
    ),
}


SN_WORK_NOTES = (
    "Customer verified via SSO.",
    "Linked to known problem PRB0040122.",
    "Checked entitlement, contract is active.",
    "VIP flag confirmed with account team.",
)


def ch_servicenow_journal(rng: R) -> str:
    lang = rng.choice(("en", "en", "de", "fr", "es"))
    add, work, fields, short, group, state, caller, prio = SN_LABELS[lang]
    p = person(rng)
    agent = person(rng)
    dt = rand_dt(rng)
    number = rng.choice(("INC", "CS", "RITM", "HRC")) + f"{rng.randint(1, 9999999):07d}"
    t0 = dt - timedelta(minutes=rng.randint(5, 600))
    t1 = t0 + timedelta(seconds=rng.randint(1, 30))

    def stamp(x: datetime) -> str:
        return f"{x:%Y-%m-%d %H:%M:%S}" if rng.random() < 0.7 else f"{x:%d.%m.%Y %H:%M:%S}"

    entries = [
        f"{stamp(dt)} - {p.full} ({add})\n{PLACEHOLDER}",
        f"{stamp(t1)} - System Administrator ({work})\n"
        f"Routed by assignment rule '{rng.choice(('EMEA Portal', 'Self-Service', 'Web Form'))}'.",
        f"{stamp(t0)} - {agent.full} ({fields})\n{state}: New → "
        f"{rng.choice(('In Progress', 'Work in Progress', 'Awaiting Info'))}\n"
        f"{prio}: {rng.choice(('4 - Low', '3 - Medium', '5 - Planning'))}",
    ]
    if rng.random() < 0.5:
        entries.insert(
            1,
            f"{stamp(dt + timedelta(minutes=rng.randint(3, 90)))} - {agent.full} ({work})\n"
            + rng.choice(SN_WORK_NOTES),
        )
    header = [
        f"{number} | {rng.choice(('Customer Service Case', 'Incident', 'Requested Item'))}",
        f"{short}: {rng.choice(('Portal inquiry', 'Customer inquiry via web', 'General'))}",
        f"{caller}: {p.full} ({ascii_slug(p.first)}.{ascii_slug(p.last)})",
        f"{group}: {rng.choice(('Service Desk L1 (EMEA)', 'Digital Support', 'APAC Care'))}",
        f"{state}: {rng.choice(('In Progress', 'Work in Progress'))}",
        "",
        rng.choice(("Activities:", "Activity stream", "Aktivitäten:", "Activités :")),
    ]
    return "\n".join(header) + "\n" + "\n\n".join(entries)


PORTAL_TITLES = (
    "Mobile app idea",
    "Suggestion from a long-time user",
    "Small quality-of-life idea",
    "Idea from our support inbox",
    "Feedback from our team",
    "Assistant improvements",
    "Wishlist item",
    "Integration idea",
    "Idea (iOS)",
    "Idea (Android)",
    "Something I'd love to see",
)
PORTAL_COMMENTS = (
    "Our team runs into this as well.",
    "Same here 👍",
    "+1 from {co}.",
    "This would save us a lot of time.",
    "Also relevant for our German office.",
    "We'd use this daily.",
    "Upvoted!",
    "Came here to post exactly this.",
)


def ch_feedback_portal(rng: R) -> str:
    p = person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    votes = rng.randint(1, 480)
    tool = rng.randrange(3)
    title = rng.choice(PORTAL_TITLES)
    comments = []
    for _ in range(rng.randint(0, 3)):
        q = person(rng)
        cdt = dt + timedelta(days=rng.randint(1, 90))
        text = rng.choice(PORTAL_COMMENTS).format(co=company(rng).name.rstrip("."))
        comments.append(f"{q.full} · {day_only(rng, cdt)}: {text}")
    admin = person(rng)
    status = rng.choice(("Under review", "Planned", "Open", "Needs more votes", "In progress"))
    comments.append(f"{admin.full} (Admin) · changed status to {status}")
    if tool == 0:  # Canny
        lines = [
            title,
            f"{votes} votes · Status: {status} · "
            f"Board: {rng.choice(('Feature Requests', 'Ideas'))}",
            f"Posted by {p.full} ({co.name}) · {day_only(rng, dt)}",
            "",
            PLACEHOLDER,
            "",
        ]
        if rng.random() < 0.5:
            q = person(rng)
            lines.append(
                f'Merged from: "{rng.choice(PORTAL_TITLES)}" ({rng.randint(1, 40)} votes)'
                f" by {q.full}"
            )
        lines += ["", f"Comments ({len(comments)})", *comments]
        return "\n".join(lines)
    if tool == 1:  # Productboard insight
        return "\n".join(
            [
                f"Insight · {title}",
                f"Source: {rng.choice(('Email', 'Intercom', 'Slack', 'Portal', 'Sales call'))}"
                f" · Customer: {p.full} @ {co.name}",
                f"Importance: {rng.choice(('Nice-to-have', 'Important', 'Critical'))}"
                f" · Processed by {admin.full} · {day_only(rng, dt)}",
                f"Linked features: {rng.choice(('Assistant v2', 'Mobile 2025 H1', 'None yet'))}",
                "",
                "Note",
                PLACEHOLDER,
                "",
                f"Tags: {rng.choice(('voice', 'mobile', 'enterprise', 'smb'))}, "
                f"{rng.choice(('q2', 'churn-risk', 'expansion', 'beta'))}",
            ]
        )
    return "\n".join(
        [
            f"UserVoice · Idea #{rng.randint(100, 99999)} · {votes} votes · "
            f"Forum: {rng.choice(('General', 'Mobile', 'Integrations'))}",
            f"{title} — {status}",
            f"{p.full} shared this idea · {day_only(rng, dt)}",
            "",
            PLACEHOLDER,
            "",
            *[f"↳ {c}" for c in comments],
        ]
    )


SURVEY_QUESTIONS = (
    "What's one thing we could add to make this page more useful?",
    "Is anything missing on this page?",
    "What brought you here today?",
    "Anything else you'd like to share with us?",
    "What's the main reason for your score?",
    "What were you hoping to find?",
    "Was ist der Hauptgrund für deine Bewertung?",
    "Qu'est-ce qui vous manque sur cette page ?",
    "¿Qué podríamos mejorar?",
)
BROWSERS = (
    "Chrome 122",
    "Safari 17.3",
    "Firefox 123",
    "Edge 121",
    "Samsung Internet 24",
    "Chrome Mobile 120",
    "Opera 106",
)
OSES = ("Android 14", "iOS 17.3", "Windows 11", "macOS 14.2", "Windows 10", "iPadOS 17", "Ubuntu")


def ch_onpage_survey(rng: R) -> str:
    co = company(rng)
    dt = rand_dt(rng)
    p = person(rng)
    path = rng.choice(("pricing", "help/center", "account", "app", "de/produkte", "checkout"))
    page = f"https://www.{co.domain}/{path}"
    q = rng.choice(SURVEY_QUESTIONS)
    tool = rng.randrange(3)
    if tool == 0:  # Hotjar survey response
        score = rng.randint(1, 5)
        return "\n".join(
            [
                f'Hotjar · Survey "{rng.choice(("Page feedback", "Exit survey", "Q2 pulse"))}"'
                f" · Response #{rng.randint(1, 9000)}",
                f"Date submitted: {fmt_dt(rng, dt)}",
                f"Country: {COUNTRIES[p.country].name} · Device: "
                f"{rng.choice(('mobile', 'desktop', 'tablet'))} · Browser: {rng.choice(BROWSERS)}"
                f" · OS: {rng.choice(OSES)}",
                f"Page URL: {page}",
                f"Q1. How would you rate your experience today? → {score}/5 "
                f"{rng.choice(('😞', '😐', '🙂', '😍'))}",
                f"Q2. {q} → {PLACEHOLDER}",
                f"Q3. May we follow this conversation by e-mail? → {rng.choice(('No', 'Yes'))}",
                f"Recording: https://insights.hotjar.com/r?site={digits(rng, 7)}"
                f"&recording={digits(rng, 10)}",
            ]
        )
    if tool == 1:  # Qualaroo nudge
        return "\n".join(
            [
                "Qualaroo Nudge™: "
                + rng.choice(("Exit intent – pricing", "Post-checkout", "Docs")),
                f"Response ID: {digits(rng, 9)} · {fmt_dt(rng, dt, style='us')}",
                f"Question: {q}",
                f"Answer: {PLACEHOLDER}",
                f"Identity: {rng.choice(('anonymous', email_of(rng, p)))}",
                f"Location: {rng.choice(COUNTRIES[p.country].cities)}, {COUNTRIES[p.country].name}",
                f"Page: {page}",
                f"Referrer: {rng.choice(('google.com', 'newsletter', 'direct', 'bing.com'))}",
            ]
        )
    nps = rng.randint(0, 10)
    kind = "Promoter" if nps >= 9 else "Passive" if nps >= 7 else "Detractor"
    return "\n".join(
        [
            f"In-app NPS · {rng.choice(APPS)} {version(rng)} · {fmt_dt(rng, dt)}",
            f"User: {hexid(rng, 8)}-{hexid(rng, 4)} ({rng.choice(PLANS)})",
            f"How likely are you to recommend us to a friend? {nps} ({kind})",
            f"Follow-on question — {q}",
            f'"{PLACEHOLDER}"',
            f"Segment: {rng.choice(('new users', 'power users', 'trial', 'churned-reactivated'))}",
        ]
    )


MEETING_TOPICS = (
    "Rollout status: {a} reported {n} of {m} seats are active; SSO is live for the {city} office.",
    "Billing: the invoice address was corrected last week; no open items.",
    "Roadmap: {a} walked through the H2 themes at a high level.",
    "Training: {b} ran two onboarding sessions for new hires; attendance was good.",
    "Sentiment: the customer described the last quarter as steady, with no escalations.",
    "Contract: renewal date is {day}; procurement is aware.",
    "Usage: weekly active users grew by {n}% since the last check-in.",
)


def meeting_topic(rng: R, a: Person, b: Person) -> str:
    return rng.choice(MEETING_TOPICS).format(
        a=a.first,
        b=b.first,
        n=rng.randint(5, 90),
        m=rng.randint(100, 400),
        city=rng.choice(COUNTRIES[b.country].cities),
        day=day_only(rng, rand_dt(rng)),
    )


def ch_meeting_summary(rng: R) -> str:
    a, b, c = person(rng), person(rng), person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    title = rng.choice(
        (
            f"{co.name} <> {rng.choice(APPS)} check-in",
            "Weekly CS sync",
            f"QBR – {co.name}",
            "Voice of customer review",
            "Field feedback call",
        )
    )
    quote = f'{c.first} relayed a request from an end user, quote: "{PLACEHOLDER}"'
    tool = rng.randrange(3)
    topics = [meeting_topic(rng, a, b) for _ in range(rng.randint(1, 3))]
    if tool == 0:  # Google Meet, notes by Gemini
        items = [*topics]
        items.insert(rng.randint(0, len(items)), f"Customer ask: {quote}")
        secs = sorted(rng.randrange(60, 2700) for _ in items)
        details = [
            f"• {item} (00:{sec // 60:02d}:{sec % 60:02d})"
            for item, sec in zip(items, secs, strict=True)
        ]
        return "\n".join(
            [
                f"{title} – {fmt_dt(rng, dt, style='iso')[:16]} CET – Notes by Gemini",
                f"Invited {a.full} {b.full} {c.full}",
                "Attachments " + title,
                "",
                "Summary",
                f"{a.first} and {b.first} met with {c.first} to go through the account status "
                f"for {co.name}. The conversation covered adoption, billing and field feedback.",
                "",
                "Details",
                *details,
                "",
                "Suggested next steps",
                f"[ ] {a.full} will share the revised rollout plan.",
                f"[ ] {b.full} will confirm the SSO settings with IT.",
                "",
                "Gemini's notes may contain mistakes.",
            ]
        )
    if tool == 1:  # Otter.ai
        return "\n".join(
            [
                f"Otter.ai · {title} · {fmt_dt(rng, dt, style='long')} · {rng.randint(15, 70)} min",
                f"Speakers: {a.first}, {b.first}, {c.first}",
                f"Keywords: {co.slug}, onboarding, roadmap, renewal",
                "",
                "Outline",
                f"  Account status (00:00 - 0{rng.randint(4, 9)}:40)",
                *[f"    • {t}" for t in topics],
                f"  Field feedback ({rng.randint(10, 14)}:02 - {rng.randint(15, 20)}:30)",
                f"    • {quote}",
                "",
                "Action items",
                f"  ☐ {b.first} — summary e-mail to the account team",
                f"  ☐ {a.first} — renewal timeline",
            ]
        )
    return "\n".join(
        [
            f"Fireflies.ai meeting notes — {title}",
            f"Date: {day_only(rng, dt)} · Participants: {a.full}, {b.full}, {c.full}",
            "",
            "Overview",
            *[f"- {t}" for t in topics],
            "",
            "Notes",
            f"🗣️ {quote}",
            "",
            "Action items",
            f"{a.full}: renewal paperwork (due {day_only(rng, dt + timedelta(days=14))})",
        ]
    )


SOCIAL_OTHER = (
    "Looks great 😍",
    "Finally!! 🎉",
    "Been waiting for this",
    "first 🔥",
    "Who's here in 2025?",
    "The colours in this update are beautiful",
    "Love the new logo",
    "My kids love this app 😂",
    "Best team ever 💪",
    "🔥🔥🔥",
    "Greetings from {city} 👋",
    "This made my day",
)
POSTS = (
    "🎉 Our spring release is live! Everything that's new is on our blog.",
    "The team behind {app} 💙",
    "We just crossed 1 million users 🎉 We're grateful to every one of you!",
    "New in {app}: dark mode for everyone 🌙",
    "Behind the scenes at our {city} office 📸",
)


def ch_social_comments(rng: R) -> str:
    app = rng.choice(APPS)
    p = person(rng)
    city = rng.choice(COUNTRIES[p.country].cities)
    others = []
    for text in rng.sample(SOCIAL_OTHER, rng.randint(1, 3)):
        q = person(rng)
        others.append((q, text.format(city=rng.choice(COUNTRIES[q.country].cities))))
    post = rng.choice(POSTS).format(app=app, city=city)
    kind = rng.randrange(3)
    if kind == 0:  # Facebook page
        block = [
            f"{app}",
            post,
            f"👍❤️ {rng.randint(1, 9)}.{rng.randint(0, 9)}K · {rng.randint(10, 600)} comments · "
            f"{rng.randint(2, 90)} shares",
            "",
            "Most relevant ▾",
            "",
            f"{p.full}{rng.choice((' · Top fan', ' · Top fan', ''))}",
            PLACEHOLDER,
            f"{rng.randint(1, 6)}d · Like · Reply · {rng.randint(1, 40)} 👍",
            f"    {app} · Author",
            f"    Hi {p.first}! Our team has seen this and passed it on to the product folks 💙",
            "    1d · Like · Reply",
        ]
        for q, text in others:
            block += [
                f"{q.full}{rng.choice((' · Top fan', ''))}",
                text,
                f"{rng.randint(1, 9)}d · Like · Reply",
            ]
        return "\n".join(block)
    if kind == 1:  # YouTube
        handle = f"@{ascii_slug(p.first)}{ascii_slug(p.last)[:3]}{rng.randint(1, 999)}"
        block = [
            f"{app} — {rng.choice(('What is new in version', 'Tips and tricks', 'Review'))} "
            f"{version(rng)}",
            f"{rng.randint(1, 900)}K views · {rng.randint(1, 11)} months ago",
            f"{rng.randint(20, 3000)} Comments   Sort by",
            "",
        ]
        items = [
            [
                f"{handle} · {rng.randint(1, 5)} weeks ago",
                PLACEHOLDER,
                f"👍 {rng.randint(0, 400)}  👎  Reply",
            ]
        ]
        for q, text in others:
            items.append(
                [
                    f"@{ascii_slug(q.first)}_{rng.randint(1, 99)} · "
                    f"{rng.randint(1, 11)} months ago{rng.choice(('', ' (edited)'))}",
                    text,
                    f"👍 {rng.randint(0, 90)}  👎  Reply",
                ]
            )
        rng.shuffle(items)
        return "\n".join(block + ["\n".join(i) + "\n" for i in items]).rstrip()
    block = [f"TikTok · @{ascii_slug(app)}official", bot_line(post, 60), ""]
    items = [
        [
            p.full,
            PLACEHOLDER,
            f"{rng.randint(1, 12)}-{rng.randint(1, 28)} · Reply · ♡ {rng.randint(0, 900)}",
        ]
    ]
    for q, text in others:
        items.append(
            [
                f"{q.first}{rng.choice(('', ' ✨', ' 🌸'))}",
                text,
                f"{rng.randint(1, 20)}h · Reply · ♡ {rng.randint(0, 90)}",
            ]
        )
    rng.shuffle(items)
    return "\n".join(block + ["\n".join(i) for i in items])


CHAT_FILLER = (
    "morning 🌞",
    "I'm on the train",
    "just got home",
    "haha",
    "👍",
    "lol true",
    "the update arrived yesterday",
    "my sister has the same phone",
    "[Photo]",
    "[Sticker]",
    "brb",
    "ok noted",
    "sounds good",
    "I'm at the office today",
    "ahh that makes sense",
    "😂😂",
    "same",
    "it's raining here again",
    "[图片]",
    "hahaha",
    "👀",
    "the app looks different now",
)


def ch_messenger_export(rng: R) -> str:
    a, b = person(rng), person(rng)
    dt = rand_dt(rng)
    script = [(rng.choice((a, b)), rng.choice(CHAT_FILLER)) for _ in range(rng.randint(1, 4))]
    script.insert(rng.randint(max(1, len(script) - 2), len(script)), (b, PLACEHOLDER))
    script += [(rng.choice((a, b)), rng.choice(CHAT_FILLER)) for _ in range(rng.randint(0, 2))]
    msgs: list[tuple[Person, str, datetime]] = []
    t = dt
    for who, text in script:
        t += timedelta(minutes=rng.randint(0, 25), seconds=rng.randint(0, 59))
        msgs.append((who, text, t))
    kind = rng.randrange(4)
    group = rng.choice(
        (
            f"{rng.choice(APPS)} beta testers",
            "Family 🏡",
            f"{a.first} & {b.first}",
            "Support (unofficial)",
            "Kumpel",
            "Amigos",
        )
    )
    if kind == 0:  # Telegram Desktop export (text)
        out = [f'Exported from Telegram Desktop · Chat: "{group}" · {len(msgs)} messages', ""]
        for who, text, ts in msgs:
            out += [f"{who.full}, [{ts:%d.%m.%Y %H:%M}]", text, ""]
        return "\n".join(out).rstrip()
    if kind == 1:  # LINE
        out = [f"[LINE] Chat history with {group}", f"Saved on: {dt:%Y/%m/%d} {dt:%H:%M}", ""]
        day = None
        for who, text, ts in msgs:
            if ts.date() != day:
                day = ts.date()
                out += ["", f"{ts:%Y/%m/%d}({WEEKDAYS[ts.weekday()]})"]
            out.append(f"{ts:%H:%M}\t{who.first}\t{text}")
        return "\n".join(out)
    if kind == 2:  # WeChat export tool
        out = [f"微信聊天记录 · {group}", "————————"]
        for who, text, ts in msgs:
            out += [f"{who.full} {ts:%Y-%m-%d %H:%M:%S}", text, ""]
        return "\n".join(out).rstrip()
    out = [f"# Signal export — {group}", ""]
    for who, text, ts in msgs:
        out.append(f"[{ts:%Y-%m-%d %H:%M}] {who.first}: {text}")
    return "\n".join(out)


DISPOSITIONS = (
    "Resolved – info given",
    "Escalated – Tier 2",
    "Callback scheduled",
    "Voicemail left",
    "Transferred to billing",
    "Resolved on first call",
    "No further action",
)


def ch_call_disposition(rng: R) -> str:
    p, agent = person(rng), person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    dur = f"{rng.randint(0, 24):02d}:{rng.randint(0, 59):02d}"
    if rng.random() < 0.5:  # Aircall
        return "\n".join(
            [
                f"Aircall · {rng.choice(('Inbound', 'Inbound', 'Outbound'))} call · "
                f"{rng.choice(('Support', 'Sales', 'Billing'))} line "
                f"{fill(rng, '+44 20 #### ####')}",
                f"From: {phone_of(rng, p)} ({p.full}) · Agent: {agent.full}",
                f"Started: {fmt_dt(rng, dt, p.lang)} · Duration: {dur} · Waiting: 00:"
                f"{rng.randint(5, 59):02d}",
                f"Tags: {rng.choice(('billing', 'how-to', 'feedback', 'vip'))}, "
                f"{rng.choice(('callback-not-needed', 'english', 'spanish', 'repeat-caller'))}",
                f"Disposition: {rng.choice(DISPOSITIONS)}",
                f"Comment by {agent.first}:",
                f"Caller said: {PLACEHOLDER}",
                f"Recording: https://assets.aircall.io/calls/{digits(rng, 10)}/recording",
            ]
        )
    takeaways = rng.sample(
        [
            f"Caller has been a subscriber since {rng.randint(2016, 2023)}.",
            f"Account belongs to {co.name}.",
            "Caller was polite and in no hurry.",
            f"Caller mentioned a recent trip to {rng.choice(COUNTRIES['jp'].cities)}.",
            "No billing issues on the account.",
            "Second call this month.",
        ],
        2,
    )
    return "\n".join(
        [
            f"Dialpad Ai Recap — Call with {p.full} — {fmt_dt(rng, dt)}",
            f"Duration {dur} · {agent.full} · {rng.choice(('Support', 'Care', 'Concierge'))} team",
            "",
            "Purpose of call",
            f"  {PLACEHOLDER}",
            "",
            "Key takeaways",
            *[f"  • {t}" for t in takeaways],
            "",
            f"Disposition: {rng.choice(DISPOSITIONS)}",
            f"Sentiment: {rng.choice(('Positive', 'Neutral', 'Mixed'))}",
        ]
    )


PRODUCTS = (
    ("TB-0042-NV", "Travel bottle, navy"),
    ("LMP-117", "Desk lamp (oak)"),
    ("SK-8812-M", "Merino socks, M"),
    ("CR-300", "Ceramic pour-over set"),
    ("BAG-77-OL", "Canvas tote, olive"),
    ("PH-CASE-15", "Phone case 15 Pro"),
    ("TEA-ASS-12", "Tea sampler x12"),
    ("CBL-USB-C2", "USB-C cable 2 m"),
    ("NTB-A5-DOT", "Notebook A5 dotted"),
    ("SPK-MINI-R", "Mini speaker, red"),
)


def order_table(rng: R, style: int) -> list[str]:
    rows = ["  SKU          Item                        Qty  Price"]
    for sku, item in rng.sample(PRODUCTS, rng.randint(1, 3)):
        rows.append(f"  {sku:<12} {item:<27} {rng.randint(1, 4):>3}  {money(rng, 4, 90, style)}")
    return rows


def ch_shop_ticket(rng: R) -> str:
    p = person(rng)
    store = company(rng)
    dt = rand_dt(rng)
    order = f"#{rng.randint(1001, 99999)}"
    cur = rng.randrange(MONEY_STYLES)
    email = email_of(rng, p)
    if rng.random() < 0.5:  # Gorgias ticket with Shopify sidebar
        lines = [
            f"Ticket {rng.randint(10000000, 99999999)} · {store.name} · Channel: "
            f"{rng.choice(('Contact form', 'Email', 'Chat'))} · Status: Open",
            f"Customer: {p.full} <{email}> · {phone_of(rng, p)}",
            f"Tags: {rng.choice(('pre-sale', 'vip', 'auto-tagged', 'repeat-buyer'))}",
            "",
            f"Shopify · Orders ({rng.randint(1, 9)}) · Total spent: {money(rng, 40, 900, cur)}",
            f"{order} · {day_only(rng, dt - timedelta(days=rng.randint(1, 30)))} · "
            f"{rng.choice(('Fulfilled', 'Partially fulfilled', 'Unfulfilled'))} · "
            f"{money(rng, 20, 300, cur)}",
            *order_table(rng, cur),
            f"Shipping address: {rng.choice(COUNTRIES[p.country].cities)}, "
            f"{COUNTRIES[p.country].name}",
            "",
            f"Message · {fmt_dt(rng, dt, p.lang)}",
            PLACEHOLDER,
        ]
        return "\n".join(lines)
    return "\n".join(
        [
            f"[{store.name}] New customer message on {fmt_dt(rng, dt, style='long')}",
            "",
            "You received a new message from your online store's contact form.",
            f"Country Code: {p.country.upper()}",
            f"Name: {p.full}",
            f"Email: {email}",
            f"Phone Number: {phone_of(rng, p) if rng.random() < 0.6 else ''}",
            f"Order number: {order if rng.random() < 0.7 else ''}",
            "Comment:",
            PLACEHOLDER,
        ]
    )


OOO = {
    "en": "I'm out of the office until {day} with limited access to e-mail. My colleague "
    "{alt} ({alt_mail}) is covering in the meantime.",
    "de": "Ich bin bis einschließlich {day} nicht im Büro und habe nur eingeschränkten Zugriff "
    "auf E-Mails. In dringenden Fällen ist {alt} ({alt_mail}) Ihre Ansprechperson.",
    "fr": "Je suis absente du bureau jusqu'au {day} inclus. Pour toute urgence, {alt} "
    "({alt_mail}) assure le relais.",
    "es": "Estaré fuera de la oficina hasta el {day}. Durante mi ausencia, {alt} ({alt_mail}) "
    "se encarga de los temas urgentes.",
    "pt": "Estou fora do escritório até {day}, com acesso limitado ao e-mail. {alt} "
    "({alt_mail}) está cobrindo minhas demandas.",
    "nl": "Ik ben afwezig tot en met {day}. {alt} ({alt_mail}) neemt mijn zaken waar.",
    "sv": "Jag är på semester till och med {day}. {alt} ({alt_mail}) svarar under tiden.",
}
AUTO_SUBJ = {
    "en": "Automatic reply",
    "de": "Automatische Antwort",
    "fr": "Réponse automatique",
    "es": "Respuesta automática",
    "pt": "Resposta automática",
    "nl": "Automatisch antwoord",
    "sv": "Autosvar",
}


def ch_ooo_then_reply(rng: R) -> str:
    lang = rng.choice(sorted(OOO))
    p = person(rng)
    alt = person(rng)
    co = company(rng)
    vendor = company(rng)
    dt = rand_dt(rng)
    back = dt + timedelta(days=rng.randint(3, 20))
    subject = rng.choice(
        (
            "Your feedback request",
            f"{vendor.name} account review",
            "Quarterly check-in",
            "Your recent ticket",
            "Welcome aboard",
        )
    )
    mail = email_of(rng, p, co.domain)
    ooo = OOO[lang].format(
        day=day_only(rng, back), alt=alt.full, alt_mail=email_of(rng, alt, co.domain)
    )
    lines = [
        f"From: {p.full} <{mail}>",
        f"Sent: {fmt_dt(rng, dt, lang)}",
        f"Subject: {AUTO_SUBJ[lang]}: {subject}",
        "",
        ooo,
        "",
        "-----",
        "",
        f"From: {p.full} <{mail}>",
        f"Sent: {fmt_dt(rng, back + timedelta(hours=rng.randint(1, 30)), lang)}",
        f"Subject: Re: {subject}",
        "",
        rng.choice(
            (
                "Back now!",
                "Sorry for the delay, I was travelling.",
                "Back at my desk.",
                "Zurück aus dem Urlaub.",
                "De retour !",
            )
        ),
        "",
        PLACEHOLDER,
        "",
        signoff(rng, p.lang),
        p.first,
    ]
    return "\n".join(lines)


NEWSLETTER_LINES = (
    "This month we shipped faster sync, a refreshed home screen and three new integrations.",
    "Our team spent the spring rebuilding the calendar view from scratch.",
    "{name} is our new head of community and joins us from {city}.",
    "We're heading to {city} for a meetup on the {day}th — snacks are on us.",
    "In numbers: {n}k new members, {m} countries, one very tired design team.",
)


def ch_newsletter_reply(rng: R) -> str:
    p = person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    month = MONTHS["en"][dt.month - 1]
    issue = rng.choice(
        (
            f"🌷 {month} news from {co.name}",
            f"The {co.slug.title()} Digest #{rng.randint(3, 90)}",
            f"What's new in {rng.choice(APPS)} — {month} edition",
        )
    )
    nl_lines = [
        rng.choice(NEWSLETTER_LINES).format(
            name=person(rng).full,
            city=rng.choice(COUNTRIES[p.country].cities),
            day=rng.randint(4, 28),
            n=rng.randint(2, 90),
            m=rng.randint(20, 140),
        )
        for _ in range(rng.randint(1, 3))
    ]
    lines = [
        f"From: {p.full} <{email_of(rng, p)}>",
        f"To: {rng.choice(('hello', 'news', 'team', 'newsletter'))}@{co.domain}",
        f"Subject: Re: {issue}",
        "",
        PLACEHOLDER,
        "",
        rng.choice(
            (p.first, f"– {p.first}", f"{p.first[:1]}.", signoff(rng, p.lang) + "\n" + p.first)
        ),
        "",
        f"On {fmt_dt(rng, dt, style='long')}, {co.name} <news@{co.domain}> wrote:",
        f"> {issue.upper() if rng.random() < 0.3 else issue}",
        ">",
        *[f"> {x}" for x in nl_lines],
        ">",
        "> [Full story on our blog →]",
        f"> Copyright © {dt.year} {co.name}, All rights reserved.",
        "> You are receiving this email because you opted in via our website.",
        f"> Our mailing address is: {co.name}, {rng.choice(COUNTRIES[p.country].cities)}",
    ]
    return "\n".join(lines)


_OCR_SWAPS = (("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("I", "l"), ("h", "li"), ("S", "5"))


def ocr_noise(rng: R, text: str, rate: float) -> str:
    out = []
    for ch in text:
        if rng.random() < rate:
            for src, dst in _OCR_SWAPS:
                if ch == src:
                    ch = dst
                    break
        out.append(ch)
    return "".join(out)


def hyphen_wrap(rng: R, text: str, width: int) -> str:
    """Wrap at ``width`` and hyphenate long words across lines, PDF-extraction style."""
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + 1 <= width:
            cur = f"{cur} {word}".strip()
            continue
        room = width - len(cur) - 2
        if len(word) >= 8 and room >= 3 and rng.random() < 0.7:
            cut = min(room, len(word) - 3)
            lines.append(f"{cur} {word[:cut]}-".strip())
            cur = word[cut:]
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return "\n".join(line for line in lines if line)


LETTER_PARAS = (
    "I am writing to you regarding my customer account with reference number {ref}.",
    "I have been a customer of your company for several years and have always been satisfied "
    "with the service provided by your representatives.",
    "I have enclosed a copy of my most recent statement for reference, together with a "
    "photocopy of my identification document as previously instructed.",
    "My telephone number has changed; the new number is {phone}.",
    "The correspondence address given above is valid from {day} onwards.",
)


STREETS = ("Main St", "Hauptstraße", "Rua Augusta", "ul. Długa", "Calle Mayor", "Via Roma")


def ch_scanned_letter(rng: R) -> str:
    p = person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    city = rng.choice(COUNTRIES[p.country].cities)
    ref = f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
    width = rng.randint(52, 74)
    noise = rng.choice((0.0, 0.01, 0.03, 0.05))

    def para(text: str) -> str:
        return ocr_noise(rng, hyphen_wrap(rng, text, width), noise)

    paras = [
        text.format(ref=ref, phone=phone_of(rng, p), day=day_only(rng, dt))
        for text in rng.sample(LETTER_PARAS, rng.randint(1, 2))
    ]
    pages = rng.randint(2, 3)
    if rng.random() < 0.5:
        head = [
            ocr_noise(rng, f"{co.name.upper()} · Customer Services · {city}", noise),
            " " * rng.randint(20, 50) + f"Page 1 of {pages}",
            "",
            p.full,
            ocr_noise(
                rng,
                f"{rng.randint(1, 140)} {rng.choice(STREETS)}",
                noise,
            ),
            f"{city}, {COUNTRIES[p.country].name}",
            "",
            " " * rng.randint(20, 40) + f"{city}, {day_only(rng, dt)}",
            "",
            para(f"Re: Customer number {ref}"),
            "",
            rng.choice(
                ("Dear Sir or Madam,", "Dear Customer Services team,", "To whom it may concern,")
            ),
            "",
            *[para(x) + "\n" for x in paras],
            PLACEHOLDER,
            "",
            para("Yours faithfully,"),
            rng.choice(("~~~~~", "(signature)", "[illegible]", "")),
            p.full,
            "\f",
            " " * rng.randint(20, 30) + f"— 2 of {pages} —",
            ocr_noise(
                rng, f"Enclosure: statement dated {day_only(rng, dt - timedelta(days=30))}", noise
            ),
        ]
        return "\n".join(head)
    form_id = f"CS-{rng.randint(10, 99)}/{dt.year}"
    return "\n".join(
        [
            f"{co.name}    Customer enquiry form {form_id}    Page 1/{rng.randint(2, 3)}",
            "",
            para("Section 1 – Your details"),
            f"Full name: {p.full}          Customer no.: {ref}",
            f"Telephone: {phone_of(rng, p)}",
            "",
            para("Section 2 – Details of your enquiry (block capitals where possible)"),
            "",
            PLACEHOLDER,
            "",
            para(
                "Section 3 – Declaration: I confirm that the information given on this form is "
                "correct and complete to the best of my knowledge."
            ),
            f"Signature: {rng.choice(('____________', '[signed]', p.last))}    "
            f"Date: {day_only(rng, dt)}",
            "\f",
            f"{co.name} · Registered office: {rng.choice(COUNTRIES[p.country].cities)} · "
            f"Form {form_id} (rev. {rng.randint(1, 9)})",
        ]
    )


EXPORT_COLUMNS = (
    "Ticket ID",
    "Created (UTC)",
    "Updated",
    "Requester",
    "Requester email",
    "Organisation",
    "Channel",
    "Priority",
    "Status",
    "Group",
    "Assignee",
    "Tags",
    "Subject",
    "Description",
    "CSAT",
    "First response (min)",
    "Resolution (h)",
    "Custom: Plan",
    "Custom: Region",
    "Custom: App version",
)


def ch_bulk_export_csv(rng: R) -> str:
    sep = rng.choice((";", ",", "\t", "|"))
    p, agent = person(rng), person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    subject = rng.choice(
        (
            "(no subject)",
            "Question",
            "Feedback",
            "Via mobile app",
            "Hello",
            "Website form",
            "Consulta",
            "Frage",
        )
    )
    cells = [
        str(rng.randint(10000, 999999)),
        f"{dt:%Y-%m-%d %H:%M:%S}",
        f"{dt + timedelta(hours=rng.randint(1, 80)):%Y-%m-%d %H:%M:%S}",
        p.full,
        email_of(rng, p, co.domain),
        co.name,
        rng.choice(("web", "email", "api", "mobile_sdk")),
        rng.choice(("low", "normal", "high", "")),
        rng.choice(("open", "pending", "solved")),
        rng.choice(("Tier 1", "Billing", "Product feedback")),
        agent.full,
        rng.choice(("mobile app_feedback", "vip", "", "lang_de beta")),
        subject,
        PLACEHOLDER,
        rng.choice(("", "good", "bad", "offered")),
        str(rng.randint(1, 900)),
        f"{rng.uniform(0.2, 90):.1f}".replace(".", "," if sep == ";" else "."),
        rng.choice(PLANS),
        rng.choice(("EMEA", "APAC", "AMER", "LATAM")),
        version(rng),
    ]
    if sep == ",":
        cells = [f'"{c}"' if ("," in c or c == PLACEHOLDER) else c for c in cells]
    lines = [sep.join(EXPORT_COLUMNS), sep.join(cells)]
    if rng.random() < 0.5:
        lines.insert(
            0,
            f"# Export generated {fmt_dt(rng, dt + timedelta(days=rng.randint(1, 60)))}"
            f" · filter: created in last 30 days · 1 row",
        )
    return "\n".join(lines)


def ch_wiki_notes(rng: R) -> str:
    a, b, c = person(rng), person(rng), person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    team = rng.choice(("Growth", "Mobile", "Support Ops", "Platform", "Payments", "Onboarding"))
    if rng.random() < 0.5:  # Notion page pasted as markdown
        return "\n".join(
            [
                f"# {team} weekly sync — {day_only(rng, dt)}",
                f"Created by @{a.full} · Last edited {rng.randint(2, 50)} minutes ago",
                f"Attendees: @{a.full} @{b.full} @{c.full}",
                f"Tags: Customer voice, {rng.choice(('Q1', 'Q2', 'Q3', 'Q4'))}",
                "",
                "## Customer voice",
                f"- @{b.first} shared a message from a {co.name} user:",
                f"  > {PLACEHOLDER}",
                f"- Overall sentiment this week: positive (NPS {rng.randint(20, 45)} → "
                f"{rng.randint(46, 70)})",
                "",
                "## Decisions",
                "- [x] Release train stays on Tuesdays",
                f"- [ ] Onboarding checklist copy — owner @{c.first}, "
                f"due {day_only(rng, dt + timedelta(days=7))}",
                "",
                "💡 Notes are visible to the whole product org.",
            ]
        )
    return "\n".join(
        [
            f"{team} / Meeting notes / {dt:%Y-%m-%d} {team} sync",
            f"Created by {a.full}, last updated {fmt_dt(rng, dt + timedelta(hours=3))}",
            "Date",
            f"{day_only(rng, dt)}",
            "Participants",
            f"@{a.full} @{b.full} @{c.full}",
            "Discussion items",
            "| Time | Item | Who | Notes |",
            "|------|------|-----|-------|",
            f"| 5 min | Metrics | @{a.first} | Activation at {rng.randint(20, 70)}% |",
            f"| 10 min | Customer feedback | @{b.first} | {PLACEHOLDER} |",
            f"| 5 min | Hiring | @{c.first} | Two offers out |",
            "Action items",
            f"☐ @{c.first} roadmap slide for the all-hands",
        ]
    )


USER_AGENTS = (
    "Windows NT 10.0; Win64; x64",
    "iPhone; CPU iPhone OS 17_3 like Mac OS X",
    "Linux; Android 14",
)


def ch_webhook_dump(rng: R) -> str:
    p = person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    email = email_of(rng, p)
    kind = rng.randrange(3)
    if kind == 0:  # Zapier task history
        return "\n".join(
            [
                'Zap: "New form entry → #feedback" · '
                f"Run ID {dt:%Y-%m-%dT%H:%M:%SZ}-{hexid(rng, 8)}",
                "Step 1 · Webhooks by Zapier · Catch Hook · Data in",
                f"  querystring__utm_source: {rng.choice(('newsletter', 'app', 'footer', 'qr'))}",
                f"  body__name: {p.full}",
                f"  body__email: {email}",
                f"  body__message: {PLACEHOLDER}",
                f"  body__page: /{rng.choice(('contact', 'help', 'feedback'))}",
                "  headers__content-type: application/json",
                f"  headers__user-agent: Mozilla/5.0 ({rng.choice(USER_AGENTS)})",
                f"  headers__x-forwarded-for: {rng.randint(11, 223)}.{rng.randint(0, 255)}."
                f"{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                "Step 2 · Slack · Send Channel Message · "
                + rng.choice(("Success", "Success", "Halted")),
            ]
        )
    if kind == 1:  # Make (Integromat) bundle
        return "\n".join(
            [
                f"Make · Scenario “Feedback intake” · Operation {rng.randint(1, 9)} · Bundle 1",
                "OUTPUT",
                "  Bundle 1: (Collection)",
                f"    id: {hexid(rng, 24)}",
                f"    submitted_at: {dt:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
                "    fields: (Collection)",
                f"      name: {p.first}",
                f"      email: {email}",
                f"      country: {COUNTRIES[p.country].name}",
                f"      feedback: {PLACEHOLDER}",
                f"    form_id: {mixed(rng, 8)}",
            ]
        )
    start = dt - timedelta(seconds=rng.randint(30, 600))
    header = (
        "ID\tStart time\tCompletion time\tEmail\tName\tHow satisfied are you?\t"
        "Anything else you'd like to share?"
    )
    row = "\t".join(
        (
            str(rng.randint(1, 900)),
            f"{start.month}/{start.day}/{start:%y} {start:%H:%M:%S}",
            f"{dt.month}/{dt.day}/{dt:%y} {dt:%H:%M:%S}",
            rng.choice(("anonymous", email)),
            rng.choice(("", p.full)),
            str(rng.randint(1, 5)),
            PLACEHOLDER,
        )
    )
    return (
        f"Microsoft Forms · {co.name} feedback ({rng.randint(12, 400)} responses)\n{header}\n{row}"
    )


def ch_beta_feedback(rng: R) -> str:
    p = person(rng)
    app = rng.choice(APPS)
    dt = rand_dt(rng)
    build = rng.randint(100, 3000)
    if rng.random() < 0.5:  # TestFlight
        return "\n".join(
            [
                f"TestFlight Feedback · {app} {version(rng)} ({build})",
                f"Tester: {p.full} · {email_of(rng, p)}",
                f"Submitted: {fmt_dt(rng, dt, p.lang)}",
                f"Device: {rng.choice(IOS_DEVICES)} · "
                f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}",
                f"Battery: {rng.randint(5, 100)}% · "
                f"Connection: {rng.choice(('Wi-Fi', 'Cellular', '5G'))}"
                f" · Free disk: {rng.uniform(1, 200):.1f} GB · Locale: "
                f"{rng.choice(('de_DE', 'en_US', 'ja_JP', 'pt_BR', 'en_GB', 'pl_PL'))}",
                f"App uptime: {rng.randint(1, 90)}m · "
                f"Screenshot: {rng.choice(('1 attached', 'none'))}",
                "Comment:",
                PLACEHOLDER,
            ]
        )
    return "\n".join(
        [
            "Firebase App Distribution · New tester feedback",
            f"App: com.{ascii_slug(app)}.android · Release {version(rng)} ({build})",
            f"Tester: {email_of(rng, p)} · {fmt_dt(rng, dt)}",
            f"Device: {rng.choice(ANDROID_DEVICES)} (Android {rng.randint(11, 15)})",
            f"Feedback: {PLACEHOLDER}",
            f"Screenshot: feedback_{digits(rng, 6)}.png",
        ]
    )


JS_ERRORS = (
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "ReferenceError: widgetState is not defined",
    "ChunkLoadError: Loading chunk 812 failed.",
    "Error: Request failed with status code 502",
)
PY_ERRORS = (
    "KeyError: 'locale'",
    "ZeroDivisionError: division by zero",
    "AttributeError: 'NoneType' object has no attribute 'tz'",
)


def ch_sentry_feedback(rng: R) -> str:
    p = person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    project = rng.choice(("web-frontend", "dashboard", "api", "mobile-web"))
    lines = [
        f"User Feedback · {project} · {rng.choice(('production', 'prod-eu', 'staging'))}",
        f"Name: {p.full}",
        f"Email: {email_of(rng, p)}",
        f"Comments: {PLACEHOLDER}",
        f"Event: {hexid(rng, 32)} · {fmt_dt(rng, dt, style='isoz')}",
        f"URL: https://app.{co.domain}/{rng.choice(('settings', 'reports/weekly', 'home'))}",
    ]
    if rng.random() < 0.6:
        release = f"web@{dt:%Y.%m.%d}-{hexid(rng, 6)}"
        lines += [
            f"Release: {release} · Browser: {rng.choice(BROWSERS)} · OS: {rng.choice(OSES)}",
            f"Issue: {rng.choice(JS_ERRORS)} ({project.upper()}-{mixed(rng, 3).upper()})",
            "Stack trace (most recent call first):",
            f"  at loadWidget (app/static/js/dashboard.{hexid(rng, 6)}.js:1:"
            f"{rng.randint(100, 90000)})",
            f"  at renderPanel (app/static/js/vendor.{hexid(rng, 6)}.js:2:"
            f"{rng.randint(100, 90000)})",
            "Breadcrumbs:",
            f"  {dt - timedelta(seconds=9):%H:%M:%S} navigation /home → "
            f"/{rng.choice(('settings', 'reports'))}",
            f"  {dt - timedelta(seconds=4):%H:%M:%S} ui.click "
            f"button#{rng.choice(('save', 'submit', 'next'))}",
            f"  {dt - timedelta(seconds=3):%H:%M:%S} xhr POST "
            f"/api/v2/{rng.choice(('prefs', 'events'))} "
            f"[{rng.choice((500, 502, 404))}]",
        ]
    else:
        lines += [
            f"Issue: {rng.choice(PY_ERRORS)}",
            "Traceback (most recent call last):",
            f'  File "/srv/app/views/{rng.choice(("summary", "billing", "profile"))}.py", line '
            f"{rng.randint(10, 400)}, in handler",
            f'  File "/srv/app/lib/{rng.choice(("fmt", "tz", "util"))}.py", '
            f"line {rng.randint(10, 400)}, in render",
        ]
    return "\n".join(lines)


def ch_ticket_bot_transcript(rng: R) -> str:
    user, mod = person(rng), person(rng)
    server = rng.choice(
        (
            f"{rng.choice(APPS)} Community",
            "Pixel Forge",
            "Nightowl Gaming",
            "Study Buddies",
            "Modding Hub",
        )
    )
    num = rng.randint(1, 9999)
    handle = f"{ascii_slug(user.first)}{rng.choice(('', '_', '.'))}{rng.randint(1, 999)}"
    mh = f"{ascii_slug(mod.first)}_mod"
    dt = rand_dt(rng)

    day_first = rng.random() < 0.7

    def ts(x: datetime) -> str:
        return f"{x:%d/%m/%Y %H:%M}" if day_first else f"{x.month}/{x.day}/{x.year} {x:%H:%M}"

    t1 = dt + timedelta(minutes=rng.randint(1, 5))
    t2 = t1 + timedelta(minutes=rng.randint(2, 40))
    t3 = t2 + timedelta(minutes=rng.randint(5, 90))
    reply = rng.choice(
        (
            "Hey! Looking into it now.",
            "Hi there 👋 one sec.",
            "Got it — passing this to the team.",
            "Noted, thanks for the patience.",
        )
    )
    return "\n".join(
        [
            f"{server} - ticket-{num:04d}",
            f"Transcript generated by Ticket Tool · {rng.randint(4, 15)} messages",
            "",
            f"[{ts(dt)}] Ticket Tool (BOT): @{handle} Welcome! A staff member will be with you "
            "shortly.",
            f"    ↳ Embed: Support ticket — Category: {rng.choice(('General', 'Bugs', 'Billing'))}",
            f"[{ts(t1)}] {handle}: {PLACEHOLDER}",
            f"[{ts(t2)}] {mh} (Moderator): {reply}",
            f"[{ts(t3)}] Ticket Tool (BOT): Ticket closed by @{mh}.",
        ]
    )


def ch_crm_opportunity_note(rng: R) -> str:
    rep, champ = person(rng), person(rng)
    co = company(rng)
    dt = rand_dt(rng)
    close = dt + timedelta(days=rng.randint(20, 200))
    stage = rng.choice(
        ("Discovery", "Proposal/Price Quote", "Negotiation/Review", "Perception Analysis")
    )
    comp = rng.choice(("incumbent vendor", "an in-house tool", "two other vendors", "none"))
    return "\n".join(
        [
            f"Opportunity: {co.name} – {rng.choice(('Expansion', 'Renewal', 'New Business'))} "
            f"FY{close.year % 100}",
            f"Stage: {stage} · Amount: {money(rng, 5000, 250000)} · "
            f"Close Date: {day_only(rng, close)}"
            f" · Probability: {rng.choice((10, 25, 40, 60, 75, 90))}%",
            f"Owner: {rep.full} · Next Step: pricing call {day_only(rng, dt + timedelta(days=7))}",
            "",
            f"Note ({day_only(rng, dt)}, {rep.first}):",
            f"Met with {champ.full} "
            f"({rng.choice(('VP Ops', 'Head of IT', 'CFO', 'Product Lead'))})."
            f" Budget is approved for {rng.choice(('Q1', 'Q2', 'Q3', 'Q4'))}.",
            f'Champion passed on an end-user ask verbatim: "{PLACEHOLDER}"',
            f"Competition: {comp}. Legal review ETA {rng.randint(2, 6)} weeks.",
        ]
    )


HEADLINES = (
    "Head of Operations at {co}",
    "Founder @ {co} | ex-consultant",
    "Product Manager · {co}",
    "IT Director | {co} | Speaker",
    "Procurement Lead at {co}",
    "CTO at {co} 🚀",
)


def ch_linkedin_inmail(rng: R) -> str:
    p, rep = person(rng), person(rng)
    co = company(rng)
    vendor = company(rng)
    dt = rand_dt(rng)
    return "\n".join(
        [
            "LinkedIn · Messaging",
            f"{p.full} · {rng.choice(('1st', '2nd', '3rd+'))}",
            rng.choice(HEADLINES).format(co=co.name),
            f"{fmt_dt(rng, dt, p.lang)}",
            rng.choice(("InMail", "Sponsored · InMail", "")),
            f"Subject: {rng.choice(('Your product', f'{vendor.name}', 'Hello from ' + co.name))}",
            "",
            f"{rng.choice(NAME_GREETINGS.get(p.lang, NAME_GREETINGS['en']))} {rep.first},",
            rng.choice(
                (
                    "We met briefly at the conference in "
                    + rng.choice(COUNTRIES[rep.country].cities)
                    + ".",
                    f"Our team at {co.name} has been on a trial for two weeks.",
                    "I found your profile through a colleague.",
                )
            ),
            PLACEHOLDER,
            signoff(rng, p.lang),
            p.first,
            "",
            f"{rep.full} · {rng.choice(('Seen', 'Delivered', 'Seen by ' + rep.first))}",
        ]
    )


CHANNELS: dict[str, Callable[[R], str]] = {
    "store_review_export": ch_store_review_export,
    "intercom_export": ch_intercom_export,
    "email_to_case": ch_email_to_case,
    "servicenow_journal": ch_servicenow_journal,
    "feedback_portal": ch_feedback_portal,
    "onpage_survey": ch_onpage_survey,
    "meeting_summary": ch_meeting_summary,
    "social_comments": ch_social_comments,
    "messenger_export": ch_messenger_export,
    "call_disposition": ch_call_disposition,
    "shop_ticket": ch_shop_ticket,
    "ooo_then_reply": ch_ooo_then_reply,
    "newsletter_reply": ch_newsletter_reply,
    "scanned_letter": ch_scanned_letter,
    "bulk_export_csv": ch_bulk_export_csv,
    "wiki_notes": ch_wiki_notes,
    "webhook_dump": ch_webhook_dump,
    "beta_feedback": ch_beta_feedback,
    "sentry_feedback": ch_sentry_feedback,
    "ticket_bot_transcript": ch_ticket_bot_transcript,
    "crm_opportunity_note": ch_crm_opportunity_note,
    "linkedin_inmail": ch_linkedin_inmail,
}
CHANNEL_NAMES = tuple(CHANNELS)


# ---------------------------------------------------------------------------------------------
# Row wrapping
# ---------------------------------------------------------------------------------------------


@dataclass
class Stats:
    fallbacks: int = 0
    redraws: int = 0
    typos: int = 0
    lowered: int = 0
    unwrappable: int = 0


def attempt_wrap(rng: R, channel: str, request: str, index: RequestIndex) -> tuple[str, str] | None:
    """One draw of an envelope; returns (text, variant) or None if it violates a guarantee."""
    variant = request
    if rng.random() < LOWER_RATE and variant.lower() != variant:
        variant = variant.lower()
    if rng.random() < TYPO_RATE:
        typo = make_typo(rng, variant)
        if typo is not None and words_of(typo) not in index.seqs:
            variant = typo
    body, b_start, _ = compose_body(rng, variant)
    template = CHANNELS[channel](rng)
    if template.count(PLACEHOLDER) != 1:
        raise AssertionError(f"channel {channel} must place the request exactly once")
    before, after = template.split(PLACEHOLDER)
    text = before + body + after
    lower = text.lower()
    start = len(before.lower()) + len(body[:b_start].lower())
    span = (start, start + len(variant.lower()))
    spans, _ = locate(text, request)
    if len(spans) != 1 or spans[0][1] <= span[0] or spans[0][0] >= span[1]:
        return None
    if index.collides(lower, span) or index.collides(lower, spans[0]):
        return None
    return text, variant


def wrap_row(
    request_text: str, row_seed: int, index: RequestIndex, stats: Stats
) -> tuple[str, str]:
    """Wrap one row; returns (text, channel)."""
    row_rng = random.Random(row_seed)
    request = request_text.strip()
    if row_rng.random() >= WRAP_RATE:
        return request_text, "raw"
    if not words_of(request):
        stats.unwrappable += 1
        return request_text, "raw"
    channel = row_rng.choice(CHANNEL_NAMES)
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(row_seed + (attempt + 1) * (1 << 64))
        if attempt >= SWITCH_CHANNEL_AFTER:
            channel = rng.choice(CHANNEL_NAMES)
        result = attempt_wrap(rng, channel, request, index)
        if result is not None:
            text, variant = result
            stats.redraws += attempt
            stats.typos += variant.lower() != request.lower()
            stats.lowered += variant != request and variant == request.lower()
            return text, channel
    stats.redraws += MAX_ATTEMPTS
    stats.fallbacks += 1
    return request_text, "raw"


def read_rows(path: Path, text_col: str, label_col: str) -> list[tuple[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        missing = [c for c in (text_col, label_col) if c not in fields]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {missing}; found {fields}")
        return [(row[text_col] or "", row[label_col] or "") for row in reader]


def generate(rows: Sequence[tuple[str, str]], seed: int) -> tuple[list[list[str]], Stats]:
    index = RequestIndex(text.strip() for text, _ in rows)
    master = random.Random(seed)
    stats = Stats()
    out = []
    for text, label in rows:
        row_seed = master.getrandbits(64)
        wrapped, channel = wrap_row(text, row_seed, index, stats)
        out.append([wrapped, label, channel])
    return out, stats


def write_rows(path: Path, rows: Sequence[Sequence[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "channel"])
        writer.writerows(rows)


# ---------------------------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------------------------


def verify(src: Sequence[tuple[str, str]], out_path: Path, seed: int) -> bool:
    with out_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        out = list(reader)
    problems: list[str] = []
    if header != ["text", "label", "channel"]:
        problems.append(f"header is {header}")
    if len(out) != len(src):
        problems.append(f"row count {len(out)} != {len(src)}")
    index = RequestIndex(text.strip() for text, _ in src)
    counts: Counter[str] = Counter()
    typos = 0
    for i, ((text, label), row) in enumerate(zip(src, out, strict=False)):
        if len(row) != 3:
            problems.append(f"row {i}: {len(row)} fields")
            continue
        o_text, o_label, channel = row
        counts[channel] += 1
        if o_label != label:
            problems.append(f"row {i}: label {o_label!r} != {label!r}")
        if channel == "raw":
            if o_text != text:
                problems.append(f"row {i}: raw row not verbatim")
            continue
        if channel not in CHANNELS:
            problems.append(f"row {i}: unknown channel {channel!r}")
            continue
        spans, fuzzy = locate(o_text, text.strip())
        if len(spans) != 1:
            problems.append(f"row {i} ({channel}): request found {len(spans)} times")
            continue
        typos += fuzzy
        if index.collides(o_text.lower(), spans[0]):
            problems.append(f"row {i} ({channel}): a request word sequence occurs in the envelope")
    regenerated, _ = generate(src, seed)
    if regenerated != out:
        problems.append("regenerating with the same seed gives different output")
    wrapped = sum(n for c, n in counts.items() if c != "raw")
    print(
        f"verify: {len(out)} rows, {wrapped} wrapped ({wrapped / max(1, len(out)):.1%}), "
        f"{typos} with a typo ({typos / max(1, wrapped):.1%} of wrapped)"
    )
    for channel, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {channel:<24} {n:>6}")
    for problem in problems[:20]:
        print(f"  FAIL {problem}")
    if len(problems) > 20:
        print(f"  ... and {len(problems) - 20} more")
    print(f"verify: {'PASS' if not problems else f'FAIL ({len(problems)} problems)'}")
    return not problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--label-col", default="label")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verify", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = read_rows(args.src, args.text_col, args.label_col)
    out, stats = generate(rows, args.seed)
    write_rows(args.out, out)
    wrapped = sum(1 for row in out if row[2] != "raw")
    print(
        f"wrote {len(out)} rows to {args.out} ({wrapped} wrapped, {stats.fallbacks} fell back "
        f"to raw after {MAX_ATTEMPTS} colliding draws, {stats.redraws} re-draws, "
        f"{stats.typos} typos, {stats.lowered} lower-cased, {stats.unwrappable} unwrappable) "
        f"in {time.perf_counter() - started:.2f}s"
    )
    if args.verify:
        started = time.perf_counter()
        ok = verify(rows, args.out, args.seed)
        print(f"verify took {time.perf_counter() - started:.2f}s")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
