"""Written on 2026-12-05 by a contributor who never saw the product's envelope code
(triage/envelope*.py), as a blind test of it.

Usage:
    python bench/blind_wrap_4.py IN.csv OUT.csv [--seed 4] [--share 0.7] [--typo-share 0.25]
        [--verify]

Input columns: text (or utterance / query) and label (or category / intent).
Output columns: text, label, channel.  channel == "plain" means no envelope was added.

The request itself is never reworded: it appears verbatim inside the envelope, except for
1-2 realistic typos that are injected into ``--typo-share`` of all rows (request text only).
Every row uses its own RNGs seeded from (seed, input file name, row index), so output is
deterministic and independent of row order elsewhere in the file.

Standard library only.  Written blind to the product that strips these envelopes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import os
import random
import re
import sys
import unicodedata
from collections.abc import Sequence

# ---------------------------------------------------------------------------
# RNG helpers
# ---------------------------------------------------------------------------


def row_rng(seed: int, fname: str, idx: int, stream: str) -> random.Random:
    key = f"{seed}|{fname}|{idx}|{stream}".encode()
    return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))


def chance(r: random.Random, p: float) -> bool:
    return r.random() < p


def pick_w(r: random.Random, options: Sequence[tuple[object, float]]):
    vals = [o for o, _ in options]
    weights = [w for _, w in options]
    return r.choices(vals, weights=weights, k=1)[0]


# ---------------------------------------------------------------------------
# Typos
# ---------------------------------------------------------------------------

NEIGHBOURS = {
    "q": "wa",
    "w": "qeas",
    "e": "wrsd",
    "r": "etdf",
    "t": "ryfg",
    "y": "tugh",
    "u": "yihj",
    "i": "uojk",
    "o": "ipkl",
    "p": "ol",
    "a": "qwsz",
    "s": "awedxz",
    "d": "serfcx",
    "f": "drtgvc",
    "g": "ftyhbv",
    "h": "gyujnb",
    "j": "huikmn",
    "k": "jiolm",
    "l": "kop",
    "z": "asx",
    "x": "zsdc",
    "c": "xdfv",
    "v": "cfgb",
    "b": "vghn",
    "n": "bhjm",
    "m": "njk",
}

PROTECTED_RE = re.compile(
    r"\{\{.*?\}\}"  # {{placeholders}}
    r"|\S+@\S+"  # e-mail addresses
    r"|(?:https?://|www\.)\S+"  # URLs
    r"|\b[\w-]+\.(?:com|org|net|io|co|app|de|uk|fr|es|nl|gov|edu)\b\S*",  # bare domains
    re.DOTALL,
)
WORD_RE = re.compile(r"[A-Za-z]+")


def typo_candidates(text: str) -> list[tuple[int, int]]:
    protected = [m.span() for m in PROTECTED_RE.finditer(text)]
    out = []
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        w = m.group()
        if len(w) < 4 or w.isupper():
            continue
        # a letter run glued to digits/underscores is a code/id, not a word
        if (s > 0 and (text[s - 1].isdigit() or text[s - 1] == "_")) or (
            e < len(text) and (text[e].isdigit() or text[e] == "_")
        ):
            continue
        if any(ps < e and s < pe for ps, pe in protected):
            continue
        out.append((s, e))
    return out


def mutate_word(r: random.Random, w: str) -> str:
    """One realistic typo at position >= 2 of the word (first two characters untouched)."""
    for _ in range(12):
        kind = pick_w(r, [("swap", 0.3), ("drop", 0.3), ("double", 0.15), ("neighbour", 0.25)])
        if kind == "swap":
            opts = [i for i in range(2, len(w) - 1) if w[i].lower() != w[i + 1].lower()]
            if not opts:
                continue
            i = r.choice(opts)
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if kind == "drop":
            i = r.randrange(2, len(w))
            return w[:i] + w[i + 1 :]
        if kind == "double":
            i = r.randrange(2, len(w))
            return w[: i + 1] + w[i] + w[i + 1 :]
        opts = [i for i in range(2, len(w)) if w[i].lower() in NEIGHBOURS]
        if not opts:
            continue
        i = r.choice(opts)
        c = r.choice(NEIGHBOURS[w[i].lower()])
        if w[i].isupper():
            c = c.upper()
        return w[:i] + c + w[i + 1 :]
    i = r.randrange(2, len(w))
    return w[:i] + w[i + 1 :]


def plan_typos(seed: int, fname: str, idx: int, text: str, typo_share: float) -> tuple[str, int]:
    """Return (possibly misspelled text, number of typos). Uses its own RNG stream."""
    r = row_rng(seed, fname, idx, "typo")
    if not chance(r, typo_share):
        return text, 0
    cands = typo_candidates(text)
    if not cands:
        return text, 0
    n = 1 if chance(r, 0.7) else 2
    n = min(n, len(cands))
    chosen = sorted(r.sample(cands, n), reverse=True)
    for s, e in chosen:
        text = text[:s] + mutate_word(r, text[s:e]) + text[e:]
    return text, n


# ---------------------------------------------------------------------------
# Random entities
# ---------------------------------------------------------------------------

FIRST = [
    "Anna",
    "Lukas",
    "Sofia",
    "Mateo",
    "Priya",
    "Arjun",
    "Chloé",
    "Julien",
    "Emma",
    "Noah",
    "Olivia",
    "Liam",
    "Mia",
    "Hannah",
    "Jonas",
    "Lena",
    "Fatima",
    "Omar",
    "Yuki",
    "Haruto",
    "Mei",
    "Wei",
    "Sipho",
    "Amara",
    "Chidi",
    "Ngozi",
    "Carlos",
    "Lucía",
    "Marta",
    "Pedro",
    "João",
    "Beatriz",
    "Giulia",
    "Marco",
    "Sven",
    "Ingrid",
    "Aino",
    "Mikko",
    "Katarzyna",
    "Piotr",
    "Dmitri",
    "Elena",
    "Zeynep",
    "Emre",
    "Daniel",
    "Sarah",
    "Michael",
    "Jessica",
    "David",
    "Emily",
    "James",
    "Laura",
    "Tom",
    "Rachel",
    "Kevin",
    "Nina",
    "Ravi",
    "Aisha",
    "Tomás",
    "Freya",
    "Bram",
    "Sanne",
    "Niamh",
    "Ciarán",
    "Hyun-woo",
    "Ji-yeon",
    "Thanh",
    "Linh",
    "Diego",
    "Valentina",
    "Kwame",
    "Abena",
    "Rohan",
    "Isabel",
    "Grace",
    "Ben",
    "Chris",
    "Alex",
    "Sam",
    "Jordan",
    "Moritz",
    "Léa",
    "Hugo",
    "Astrid",
    "Kofi",
    "Ayşe",
    "Tariq",
    "Noor",
    "Camille",
    "Matteo",
    "Elif",
    "Oskar",
    "Maja",
    "Ruth",
    "Patrick",
    "Siobhan",
    "Deepa",
    "Vikram",
]
LAST = [
    "Müller",
    "Schmidt",
    "Rossi",
    "García",
    "Martínez",
    "Dubois",
    "Lefèvre",
    "Smith",
    "Johnson",
    "Brown",
    "Williams",
    "Patel",
    "Sharma",
    "Nakamura",
    "Tanaka",
    "Chen",
    "Wang",
    "Nguyen",
    "Kim",
    "Park",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Dlamini",
    "Silva",
    "Santos",
    "Costa",
    "Ferrari",
    "Bianchi",
    "Andersson",
    "Johansson",
    "Virtanen",
    "Kowalski",
    "Nowak",
    "Ivanova",
    "Yılmaz",
    "Demir",
    "O'Brien",
    "Murphy",
    "van der Berg",
    "de Vries",
    "Jansen",
    "Novak",
    "Horvat",
    "Fischer",
    "Weber",
    "Cohen",
    "Levi",
    "Haddad",
    "Khan",
    "Ali",
    "Hughes",
    "Clarke",
    "Walsh",
    "Reyes",
    "Torres",
    "Moreau",
    "Laurent",
    "Becker",
    "Hoffmann",
    "Lindqvist",
    "Berg",
    "Taylor",
    "Davies",
    "Evans",
    "Rahman",
    "Fernandes",
    "Kaur",
    "Singh",
    "Ortiz",
    "Schneider",
    "Bakker",
    "Petrov",
    "Hansen",
    "Lopez",
    "Nielsen",
    "Ahmed",
    "Mwangi",
]
CO_A = [
    "Brightline",
    "Kestrel",
    "Northgate",
    "Bluewater",
    "Copperleaf",
    "Silverpine",
    "Redwood",
    "Harbor",
    "Summit",
    "Lumen",
    "Orbit",
    "Cedar",
    "Ironbridge",
    "Foxglove",
    "Meridian",
    "Alder",
    "Quarry",
    "Tessellate",
    "Nimbus",
    "Granite",
    "Juniper",
    "Saltmarsh",
    "Wildflower",
    "Pioneer",
    "Evergreen",
    "Halcyon",
    "Polaris",
    "Beacon",
    "Solstice",
    "Driftwood",
    "Fennel",
    "Larkspur",
    "Oakhurst",
    "Riverbend",
    "Stonegate",
    "Tidewater",
    "Westbrook",
    "Zephyr",
    "Amberly",
    "Crestline",
]
CO_B = [
    "Logistics",
    "Analytics",
    "Health",
    "Dental Group",
    "Capital",
    "Labs",
    "Studio",
    "Consulting",
    "Foods",
    "Energy",
    "Legal",
    "Realty",
    "Manufacturing",
    "Media",
    "Travel",
    "Robotics",
    "Insurance",
    "Software",
    "Partners",
    "Retail",
    "Architects",
    "Clinics",
    "Freight",
    "Hospitality",
    "Engineering",
    "Education",
    "Events",
    "Outdoor",
    "Pharma",
    "",
]
CO_LEGAL = [
    ("", 4),
    (" Inc.", 2),
    (" LLC", 2),
    (" Ltd", 2),
    (" GmbH", 1.5),
    (" AG", 0.5),
    (" SAS", 0.7),
    (" S.L.", 0.6),
    (" B.V.", 0.7),
    (" AB", 0.5),
    (" Oy", 0.3),
    (" S.r.l.", 0.4),
    (" Pty Ltd", 0.5),
    (" Co.", 0.4),
    (" plc", 0.3),
]
TLDS = [
    "com",
    "com",
    "com",
    "io",
    "co",
    "de",
    "co.uk",
    "fr",
    "es",
    "nl",
    "se",
    "it",
    "com.au",
    "net",
    "ca",
    "ie",
    "ch",
    "at",
    "pt",
    "fi",
]
PRODUCTS = [
    "Trellis",
    "Quillo",
    "Ledgerly",
    "Relaywise",
    "Brightdesk",
    "Tallybook",
    "Pylon",
    "Harbormaster",
    "Fieldnote",
    "Orbitly",
    "Stackwell",
    "Cadence HQ",
    "Parcelly",
    "Shiftboard",
    "Loopline",
    "Clearpath",
    "Notable",
    "Kitework",
    "Zestful",
    "Beamly",
    "Rostr",
    "Fernhill",
    "Plinth",
    "Tandem Cloud",
    "Sparrowdesk",
]
FREEMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "hotmail.com",
]
MAILERS = [
    "Apple Mail (2.3774.300.61.1.2)",
    "Microsoft Outlook 16.0",
    "iPhone Mail (21D61)",
    "Thunderbird 115.8.0",
]
ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
LOCATIONS = [
    "London, GB",
    "Austin, US",
    "Berlin, DE",
    "Toronto, CA",
    "Madrid, ES",
    "Sydney, AU",
    "Lyon, FR",
    "Bengaluru, IN",
]
COUNTRIES = [
    "United States",
    "Germany",
    "France",
    "India",
    "Brazil",
    "United Kingdom",
    "Netherlands",
    "Canada",
]
TITLES = [
    "Operations Manager",
    "Head of Customer Success",
    "IT Administrator",
    "Finance Lead",
    "Office Manager",
    "Product Owner",
    "CTO",
    "Marketing Coordinator",
    "Account Executive",
    "HR Business Partner",
    "Project Manager",
    "Founder & CEO",
    "Support Team Lead",
    "Data Analyst",
    "Procurement Specialist",
    "Revenue Operations",
    "Practice Manager",
    "Systems Engineer",
    "Head of People",
    "COO",
    "Customer Experience Manager",
]


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


class Person:
    def __init__(self, r: random.Random, company: Company | None = None):
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.company = company or Company(r)
        f, ln = ascii_fold(self.first), ascii_fold(self.last)
        local = pick_w(
            r,
            [
                (f"{f}.{ln}", 5),
                (f"{f[0]}.{ln}", 2),
                (f"{f}{ln[0]}", 1),
                (f, 2),
                (f"{f}_{ln}", 1),
                (f"{f[0]}{ln}", 2),
            ],
        )
        if chance(r, 0.12):
            local = r.choice([f"{f}.{ln}{r.randint(1, 99)}", f"{f}{ln}{r.randint(70, 99)}"])
            self.email = f"{local}@" + r.choice(FREEMAIL)
        else:
            self.email = f"{local}@{self.company.domain}"
        self.title = r.choice(TITLES)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{self.first} {self.last[0]}."


class Company:
    def __init__(self, r: random.Random):
        a, b = r.choice(CO_A), r.choice(CO_B)
        base = f"{a} {b}".strip()
        self.name = base + pick_w(r, CO_LEGAL)
        tld = r.choice(TLDS)
        self.domain = (ascii_fold(a) + (ascii_fold(b) if b and chance(r, 0.5) else "")) + "." + tld
        self.seats = r.choice([5, 8, 12, 15, 20, 25, 30, 40, 45, 60, 75, 120, 150, 250, 400, 900])
        self.plan = r.choice(
            [
                "Starter",
                "Team",
                "Growth",
                "Business",
                "Pro",
                "Enterprise",
                "Scale",
                "Premium",
                "Essentials",
            ]
        )
        self.size = r.choice(["1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000"])
        self.industry = r.choice(
            [
                "Logistics and Supply Chain",
                "Hospital & Health Care",
                "Computer Software",
                "Financial Services",
                "Retail",
                "Construction",
                "Marketing and Advertising",
                "Education Management",
                "Real Estate",
                "Non-Profit Organization Management",
                "Legal Services",
                "Hospitality",
                "Manufacturing",
                "Accounting",
            ]
        )


class Product:
    def __init__(self, r: random.Random):
        self.name = r.choice(PRODUCTS)
        slug = ascii_fold(self.name)
        self.slug = slug
        self.domain = slug + "." + r.choice(["io", "com", "app", "co", "io", "com"])
        self.support = r.choice(["support", "help", "hello", "care", "success"]) + "@" + self.domain


def rand_dt(r: random.Random) -> dt.datetime:
    base = dt.datetime(2023, 1, 2, 0, 0, 0)
    d = base + dt.timedelta(days=r.randrange(0, 1090))
    hour = pick_w(r, [(h, 3 if 8 <= h <= 18 else 1) for h in range(24)])
    return d.replace(hour=hour, minute=r.randrange(60), second=r.randrange(60))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [
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
]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def t12(d: dt.datetime, secs: bool = False) -> str:
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"{h}:{d.minute:02d}:{d.second:02d} {ap}" if secs else f"{h}:{d.minute:02d} {ap}"


def t24(d: dt.datetime, secs: bool = False) -> str:
    return f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}" if secs else f"{d.hour:02d}:{d.minute:02d}"


def d_us(d: dt.datetime) -> str:  # Mar 4, 2025
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def d_long(d: dt.datetime) -> str:  # March 4, 2025
    return f"{MONTH[d.month - 1]} {d.day}, {d.year}"


def d_eu(d: dt.datetime) -> str:  # 4 Mar 2025
    return f"{d.day} {MON[d.month - 1]} {d.year}"


def d_iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d")


def d_slash(d: dt.datetime) -> str:  # 3/4/2025
    return f"{d.month}/{d.day}/{d.year}"


def rfc2822(r: random.Random, d: dt.datetime) -> str:
    tz = r.choice(["+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "-0400", "+1000"])
    return f"{WDAY[d.weekday()]}, {d.day:02d} {MON[d.month - 1]} {d.year} {t24(d, True)} {tz}"


def later(r: random.Random, d: dt.datetime, lo: int = 1, hi: int = 240) -> dt.datetime:
    return d + dt.timedelta(seconds=r.randint(lo, hi))


def hexid(r: random.Random, n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def phone(r: random.Random) -> str:
    return pick_w(
        r,
        [
            (f"+1 ({r.randint(201, 989)}) 555-{r.randint(100, 199):04d}", 3),
            (f"+44 20 7946 {r.randint(0, 999):04d}", 2),
            (f"+49 30 {r.randint(1000000, 9999999)}", 2),
            ("+33 1 " + " ".join(str(r.randint(10, 99)) for _ in range(4)), 1),
            (f"+31 20 {r.randint(100, 999)} {r.randint(1000, 9999)}", 1),
            (f"+34 91 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", 1),
            (f"+46 8 {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10, 99)}", 1),
            (f"+61 2 {r.randint(1000, 9999)} {r.randint(1000, 9999)}", 1),
        ],
    )


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def trunc_words(text: str, r: random.Random, lo: int = 4, hi: int = 8) -> str:
    words = first_line(text).split()
    n = r.randint(lo, hi)
    if len(words) <= n:
        return " ".join(words)
    return " ".join(words[:n]) + r.choice(["...", "…", " ..."])


GENERIC_SUBJECTS = [
    "Question",
    "Quick question",
    "Support request",
    "Help needed",
    "Account question",
    "Question about our account",
    "Following up",
    "Request",
    "Hello",
    "Query",
    "question re: our workspace",
    "Need some help",
    "Inquiry",
    "Feedback",
    "Hi",
    "Question from {co}",
    "{co} - support",
    "Re: Welcome to {prod}!",
    "Re: Your {prod} trial",
    "Re: {prod} onboarding",
    "Fwd: question",
    "quick one",
    "Re: Ticket #{tid}",
]


def subject(r: random.Random, req: str, co: str, prod: str, tid: int) -> str:
    kind = pick_w(r, [("generic", 6), ("trunc", 3), ("none", 1)])
    if kind == "none":
        return "(no subject)"
    if kind == "trunc":
        t = trunc_words(req, r)
        if t != first_line(req).strip() or chance(r, 0.3):
            return t
    return r.choice(GENERIC_SUBJECTS).format(co=co, prod=prod, tid=tid)


# ---------------------------------------------------------------------------
# Language packs for e-mail
# ---------------------------------------------------------------------------

LANGS = {
    "en_us": {
        "greet": [
            "Hi,",
            "Hello,",
            "Hi team,",
            "Hi there,",
            "Hello {prod} team,",
            "Hey folks,",
            "Dear Support,",
            "Good morning,",
            "Hi {agent},",
            "Hey {agent},",
            "Hello again,",
        ],
        "pre": [
            "Hope you're doing well.",
            "I hope this email finds you well.",
            "Quick one from us.",
            "Hope your week is going well.",
            "Reaching out on behalf of our team.",
        ],
        "post": [
            "Thanks in advance.",
            "Thanks for your help!",
            "Appreciate it.",
            "Thanks so much.",
            "Thank you!",
        ],
        "close": [
            "Best,",
            "Best regards,",
            "Thanks,",
            "Cheers,",
            "Regards,",
            "Many thanks,",
            "All the best,",
            "Thank you,",
            "Warm regards,",
            "Sincerely,",
        ],
        "mobile": [
            "Sent from my iPhone",
            "Sent from my iPad",
            "Get Outlook for iOS",
            "Sent from my Galaxy",
            "Sent from Outlook for Android",
            "Sent from Yahoo Mail for iPhone",
            "Sent with Proton Mail secure email.",
        ],
        "wday": WEEKDAY,
        "mon": MONTH,
        "quote": "us",
        "ol": ("From", "Sent", "To", "Cc", "Subject"),
    },
    "en_gb": {
        "greet": [
            "Hi,",
            "Hello,",
            "Hi all,",
            "Hi team,",
            "Morning,",
            "Dear {prod} Support,",
            "Hi {agent},",
            "Good afternoon,",
        ],
        "pre": ["Hope all is well.", "I hope you're well.", "Hope you had a good weekend."],
        "post": ["Thanks in advance.", "Many thanks.", "Cheers.", "Much appreciated."],
        "close": [
            "Kind regards,",
            "Best wishes,",
            "Many thanks,",
            "Cheers,",
            "Regards,",
            "Thanks,",
            "KR,",
            "Best,",
        ],
        "mobile": [
            "Sent from my iPhone",
            "Sent from Outlook for iOS",
            "Sent from my Samsung device",
            "Sent from Mail for Windows",
        ],
        "wday": WEEKDAY,
        "mon": MONTH,
        "quote": "gb",
        "ol": ("From", "Sent", "To", "Cc", "Subject"),
    },
    "de": {
        "greet": [
            "Hallo,",
            "Hallo zusammen,",
            "Guten Tag,",
            "Sehr geehrte Damen und Herren,",
            "Hi {agent},",
            "Liebes {prod}-Team,",
            "Moin,",
        ],
        "pre": ["Ich hoffe, es geht Ihnen gut.", "Kurze Frage von unserer Seite:"],
        "post": ["Danke im Voraus!", "Vielen Dank.", "Besten Dank."],
        "close": [
            "Viele Grüße",
            "Mit freundlichen Grüßen",
            "Beste Grüße",
            "LG",
            "Freundliche Grüße",
            "VG",
            "Schöne Grüße aus {city}",
        ],
        "mobile": [
            "Von meinem iPhone gesendet",
            "Gesendet von meinem Samsung Galaxy",
            "Von Outlook für iOS gesendet",
        ],
        "wday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "mon": [
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
        ],
        "quote": "de",
        "ol": ("Von", "Gesendet", "An", "Cc", "Betreff"),
        "cities": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Stuttgart"],
    },
    "fr": {
        "greet": [
            "Bonjour,",
            "Bonjour à tous,",
            "Bonjour {agent},",
            "Madame, Monsieur,",
            "Bonjour l'équipe,",
        ],
        "pre": ["J'espère que vous allez bien.", "Je me permets de vous écrire."],
        "post": ["Merci d'avance.", "Merci beaucoup.", "Merci pour votre aide."],
        "close": [
            "Cordialement,",
            "Bien cordialement,",
            "Bonne journée,",
            "Bien à vous,",
            "Belle journée,",
        ],
        "mobile": [
            "Envoyé de mon iPhone",
            "Envoyé depuis Outlook pour Android",
            "Envoyé de mon appareil Galaxy",
        ],
        "wday": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "mon": [
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
        ],
        "quote": "fr",
        "ol": ("De", "Envoyé", "À", "Cc", "Objet"),
    },
    "es": {
        "greet": ["Hola,", "Buenos días,", "Hola equipo,", "Estimados,", "Hola {agent},"],
        "pre": ["Espero que estén bien.", "Les escribo por lo siguiente:"],
        "post": ["Gracias de antemano.", "Muchas gracias.", "Quedo atento."],
        "close": ["Saludos,", "Un saludo,", "Atentamente,", "Saludos cordiales,", "Un abrazo,"],
        "mobile": [
            "Enviado desde mi iPhone",
            "Enviado desde mi smartphone Samsung Galaxy",
            "Obtener Outlook para Android",
        ],
        "wday": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "mon": [
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
        ],
        "quote": "es",
        "ol": ("De", "Enviado el", "Para", "CC", "Asunto"),
    },
    "nl": {
        "greet": ["Hoi,", "Hallo,", "Goedemorgen,", "Beste {agent},", "Beste support,"],
        "pre": ["Ik hoop dat alles goed gaat.", "Korte vraag van onze kant."],
        "post": ["Alvast bedankt!", "Dank je wel.", "Bedankt voor de hulp."],
        "close": ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Hartelijke groet,", "Groetjes,"],
        "mobile": ["Verstuurd vanaf mijn iPhone", "Verzonden vanaf Outlook voor Android"],
        "wday": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        "mon": [
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
        ],
        "quote": "nl",
        "ol": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    },
    "it": {
        "greet": ["Ciao,", "Buongiorno,", "Salve,", "Gentile supporto,", "Ciao {agent},"],
        "pre": ["Spero stiate bene.", "Vi scrivo per una domanda."],
        "post": ["Grazie in anticipo.", "Grazie mille."],
        "close": ["Cordiali saluti,", "Grazie mille,", "Saluti,", "Buona giornata,", "A presto,"],
        "mobile": ["Inviato da iPhone", "Inviato dal mio dispositivo Galaxy"],
        "wday": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "mon": [
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
        ],
        "quote": "it",
        "ol": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    },
    "pt": {
        "greet": ["Olá,", "Bom dia,", "Prezados,", "Oi {agent},", "Boa tarde,"],
        "pre": ["Espero que estejam bem.", "Tudo bem?"],
        "post": ["Desde já agradeço.", "Obrigado!", "Obrigada pela ajuda."],
        "close": ["Atenciosamente,", "Obrigado,", "Abraços,", "Cumprimentos,", "Att.,"],
        "mobile": ["Enviado do meu iPhone", "Enviado do meu smartphone Samsung Galaxy"],
        "wday": [
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
        ],
        "mon": [
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
        ],
        "quote": "pt",
        "ol": ("De", "Enviado", "Para", "Cc", "Assunto"),
    },
    "sv": {
        "greet": ["Hej,", "Hej hej,", "God morgon,", "Hej {agent},", "Hej allihop,"],
        "pre": ["Hoppas allt är bra.", "En snabb fråga från oss."],
        "post": ["Tack på förhand!", "Tack för hjälpen."],
        "close": [
            "Med vänliga hälsningar,",
            "Vänliga hälsningar,",
            "Mvh,",
            "Hälsningar,",
            "Ha en fin dag,",
        ],
        "mobile": ["Skickat från min iPhone", "Skickat från Outlook för iOS"],
        "wday": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
        "mon": [
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
        ],
        "quote": "sv",
        "ol": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    },
}
LANG_WEIGHTS = [
    ("en_us", 10),
    ("en_gb", 5),
    ("de", 3),
    ("fr", 2),
    ("es", 2),
    ("nl", 1.5),
    ("it", 1),
    ("pt", 1),
    ("sv", 1),
]


def quote_header(r: random.Random, lang: str, d: dt.datetime, who: str, addr: str) -> str:
    L = LANGS[lang]
    wd = L["wday"][d.weekday()]
    mo = L["mon"][d.month - 1]
    q = L["quote"]
    if q == "us":
        if chance(r, 0.3):  # Apple Mail
            return f"On {d_us(d)}, at {t12(d)}, {who} <{addr}> wrote:"
        return f"On {WDAY[d.weekday()]}, {d_us(d)} at {t12(d)} {who} <{addr}> wrote:"
    if q == "gb":
        if chance(r, 0.3):
            return f"On {d.day} {MONTH[d.month - 1]} {d.year}, at {t24(d)}, {who} <{addr}> wrote:"
        return f"On {WDAY[d.weekday()]}, {d_eu(d)} at {t24(d)}, {who} <{addr}> wrote:"
    if q == "de":
        return f"Am {wd[:2]}., {d.day}. {mo} {d.year} um {t24(d)} Uhr schrieb {who} <{addr}>:"
    if q == "fr":
        return f"Le {wd[:3]}. {d.day} {mo} {d.year} à {t24(d)}, {who} <{addr}> a écrit :"
    if q == "es":
        return f"El {wd[:3]}, {d.day} {mo[:3]} {d.year} a las {t24(d)}, {who} (<{addr}>) escribió:"
    if q == "nl":
        return f"Op {wd[:2]} {d.day} {mo[:3]} {d.year} om {t24(d)} schreef {who} <{addr}>:"
    if q == "it":
        return (
            f"Il giorno {wd[:3]} {d.day} {mo[:3]} {d.year} alle ore {t24(d)} {who} "
            f"<{addr}> ha scritto:"
        )
    if q == "pt":
        return (
            f"Em {wd[:3]}., {d.day} de {mo[:3]}. de {d.year} às {t24(d)}, {who} <{addr}> escreveu:"
        )
    return f"Den {wd[:3]} {d.day} {mo} {d.year} kl {t24(d)} skrev {who} <{addr}>:"


def outlook_date(lang: str, d: dt.datetime) -> str:
    L = LANGS[lang]
    wd, mo = L["wday"][d.weekday()], L["mon"][d.month - 1]
    if lang == "en_us":
        return f"{wd}, {mo} {d.day}, {d.year} {t12(d)}"
    if lang == "en_gb":
        return f"{wd}, {d.day} {mo} {d.year} {t24(d)}"
    if lang == "de":
        return f"{wd}, {d.day}. {mo} {d.year} {t24(d)}"
    if lang in ("es", "pt"):
        return f"{wd}, {d.day} de {mo} de {d.year} {t24(d)}"
    if lang == "sv":
        return f"den {d.day} {mo} {d.year} {t24(d)}"
    return f"{wd} {d.day} {mo} {d.year} {t24(d)}"


def outlook_block(lang: str, d: dt.datetime, frm: str, to: str, subj: str, cc: str = "") -> str:
    lab = LANGS[lang]["ol"]
    sep = " : " if lang == "fr" else ": "
    lines = [f"{lab[0]}{sep}{frm}", f"{lab[1]}{sep}{outlook_date(lang, d)}", f"{lab[2]}{sep}{to}"]
    if cc:
        lines.append(f"{lab[3]}{sep}{cc}")
    lines.append(f"{lab[4]}{sep}{subj}")
    return "\n".join(lines)


DISCLAIMERS = {
    "en": [
        (
            "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
            "sole use of the intended recipient(s) and may contain confidential and privileged "
            "information. Any unauthorized review, use, disclosure or distribution is prohibited."
        ),
        (
            "This email and any files transmitted with it are confidential and intended solely for "
            "the use of the individual or entity to whom they are addressed."
        ),
        "Please consider the environment before printing this email.",
        (
            "{co} is registered in England and Wales. Registered office: 12 Hatton Garden, London "
            "EC1N 8AN. Company no. {num}."
        ),
        (
            "The information contained in this communication is confidential and may be legally "
            "privileged. It is intended solely for use by the recipient."
        ),
    ],
    "de": [
        (
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Das "
            "unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet."
        ),
        (
            "{co} · Sitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg HRB {num} · "
            "Geschäftsführer: {name}"
        ),
    ],
    "fr": [
        (
            "Ce message et ses pièces jointes sont confidentiels et établis à l'attention "
            "exclusive de leurs destinataires."
        ),
        "{co} – SAS au capital de 10 000 € – RCS Paris {num}",
    ],
    "es": [
        (
            "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, "
            "pudiendo contener información confidencial sometida a secreto profesional."
        ),
    ],
    "nl": [
        (
            "De informatie verzonden in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd "
            "voor de geadresseerde. KvK {num}."
        ),
    ],
}

EXTERNAL_BANNERS = [
    (
        "[EXTERNAL EMAIL] This email originated from outside the organization. Do not click links "
        "or open attachments unless you recognize the sender and know the content is safe."
    ),
    "CAUTION: This email originated from outside of the organization.",
    "[External] ",
    (
        "You don't often get email from {email}. Learn why this is important at "
        "https://aka.ms/LearnAboutSenderIdentification"
    ),
]


def signature(r: random.Random, p: Person, lang: str) -> str:
    style = pick_w(r, [("first", 3), ("full", 3), ("corp", 4), ("dash", 2)])
    if style == "first":
        return p.first
    if style == "full":
        return p.name
    lines = [p.name]
    if chance(r, 0.8):
        lines.append(
            r.choice(
                [
                    f"{p.title} | {p.company.name}",
                    f"{p.title}, {p.company.name}",
                    p.title,
                    f"{p.title}\n{p.company.name}",
                ]
            )
        )
    if chance(r, 0.6):
        ph = phone(r)
        lines.append(r.choice([f"M: {ph}", f"Tel. {ph}", f"T {ph}", ph, f"Mobile: {ph}"]))
    if chance(r, 0.6):
        lines.append(
            r.choice(
                [
                    f"www.{p.company.domain}",
                    f"https://{p.company.domain}",
                    f"{p.email} | www.{p.company.domain}",
                ]
            )
        )
    if chance(r, 0.15):
        lines.append(
            r.choice(
                [
                    "LinkedIn | Twitter",
                    "[cid:image001.png@01DA2B3C.4E5F6A70]",
                    "Pronouns: she/her",
                    "Pronouns: he/him",
                    "I work flexible hours - no need to reply outside of yours.",
                ]
            )
        )
    body = "\n".join(lines)
    return ("-- \n" + body) if style == "dash" else body


def disclaimer(r: random.Random, lang: str, p: Person) -> str:
    key = lang[:2] if lang[:2] in DISCLAIMERS else "en"
    if key != "en" and chance(r, 0.3):
        key = "en"
    return r.choice(DISCLAIMERS[key]).format(
        co=p.company.name, num=r.randint(100000, 999999), name=p.name
    )


def history_text(
    r: random.Random, prod: Product, cust: Person, agent: str, tid: int, d: dt.datetime
) -> str:
    kind = r.choice(["ack", "resolved", "newsletter", "agent", "welcome"])
    if kind == "ack":
        return (
            f"Hi {cust.first},\n\nThanks for contacting {prod.name} Support. This is an "
            f"automated message to confirm we've received your request (#{tid}). A member "
            f"of our team will get back to you as soon as possible.\n\nIn the meantime, our "
            f"Help Center may have what you need: https://help.{prod.domain}\n\n"
            f"The {prod.name} Team"
        )
    if kind == "resolved":
        return (
            f"Hi {cust.first},\n\nI'm going to go ahead and mark this conversation as "
            f"resolved. If anything else comes up, just reply to this email and it will "
            f"reopen automatically.\n\nHave a great {WEEKDAY[(d.weekday() + 1) % 7]}!\n\n"
            f"{agent}\n{prod.name} Customer Support"
        )
    if kind == "newsletter":
        return (
            f"{prod.name} Product Update - {MONTH[d.month - 1]} {d.year}\n\nHi {cust.first},"
            f"\n\nHere's what shipped this month: a faster dashboard, new audit log filters "
            f"and improved SSO setup. Read the full release notes on our blog.\n\n"
            f"{prod.name} Inc., 548 Market St, San Francisco, CA 94104\n"
            f"Unsubscribe | Manage email preferences"
        )
    if kind == "welcome":
        return (
            f"Welcome to {prod.name}, {cust.first}!\n\nYour workspace "
            f'"{cust.company.name}" is ready. You\'re on the {cust.company.plan} plan with '
            f"{cust.company.seats} seats.\n\nHappy building,\n{agent}, "
            f"Customer Success at {prod.name}"
        )
    return (
        f"Hi {cust.first},\n\nThanks for the quick call earlier - it was great to meet "
        f"the {cust.company.name} team. I've shared the recording and slides in your "
        f"workspace.\n\nBest,\n{agent}\n{prod.name} | Customer Success Manager"
    )


def prefix_quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


# ---------------------------------------------------------------------------
# Envelope kinds.  Each takes (rng, request) and returns the wrapped text.
# ---------------------------------------------------------------------------


def email_body(
    r: random.Random, req: str, lang: str, cust: Person, prod: Product, agent: str
) -> str:
    L = LANGS[lang]
    city = r.choice(L.get("cities", ["Berlin"]))
    fmt = {"prod": prod.name, "agent": agent.split()[0], "city": city}
    parts = []
    if chance(r, 0.85):
        parts.append(r.choice(L["greet"]).format(**fmt))
    mid = req
    if chance(r, 0.25):
        mid = r.choice(L["pre"]) + ("\n\n" if chance(r, 0.5) else " ") + req
    parts.append(mid)
    if chance(r, 0.35):
        parts.append(r.choice(L["post"]))
    closing = r.choice(L["close"]).format(**fmt)
    sig = signature(r, cust, lang)
    parts.append(closing + "\n" + sig)
    if chance(r, 0.3) and not sig.startswith("-- "):
        parts.append(disclaimer(r, lang, cust))
    return "\n\n".join(parts)


def k_email(r: random.Random, req: str) -> str:
    lang = pick_w(r, LANG_WEIGHTS)
    prod, cust = Product(r), Person(r)
    agent = Person(r).first + ("" if chance(r, 0.5) else " " + r.choice(LAST))
    tid = r.randint(1200, 389000)
    d = rand_dt(r)
    subj = subject(r, req, cust.company.name, prod.name, tid)
    variant = pick_w(r, [("gmail", 3), ("outlook", 3), ("forward", 2), ("mobile", 2), ("raw", 2)])
    if variant == "mobile":
        bits = []
        if chance(r, 0.5):
            greet = r.choice(LANGS[lang]["greet"])
            bits.append(greet.format(prod=prod.name, agent=agent.split()[0]))
        bits.append(req)
        if chance(r, 0.5):
            bits.append(cust.first)
        bits.append(r.choice(LANGS[lang]["mobile"]))
        out = "\n\n".join(bits)
        if chance(r, 0.4):
            h = d - dt.timedelta(days=r.randint(1, 20), minutes=r.randint(1, 600))
            hist = history_text(r, prod, cust, agent, tid, h)
            out += "\n\n" + quote_header(r, lang, h, f"{prod.name} Support", prod.support)
            out += "\n\n" + prefix_quote(hist)
        return out
    body = email_body(r, req, lang, cust, prod, agent)
    if variant == "gmail":
        out = body
        if chance(r, 0.6):
            h = d - dt.timedelta(days=r.randint(0, 30), minutes=r.randint(5, 900))
            who = r.choice([f"{prod.name} Support", agent, f"{agent} from {prod.name}"])
            hist = history_text(r, prod, cust, agent, tid, h)
            out += "\n\n" + quote_header(r, lang, h, who, prod.support)
            out += "\n\n" + prefix_quote(hist, r.choice(["> ", ">"]))
        return out
    if variant == "outlook":
        hdr = ""
        if chance(r, 0.5):
            hdr = outlook_block(lang, d, f"{cust.name} <{cust.email}>", prod.support, subj) + "\n\n"
        banner = ""
        if chance(r, 0.25):
            banner = r.choice(EXTERNAL_BANNERS).format(email=cust.email).strip() + "\n\n"
        out = hdr + banner + body
        if chance(r, 0.7):
            h = d - dt.timedelta(days=r.randint(0, 30), minutes=r.randint(5, 900))
            hist = history_text(r, prod, cust, agent, tid, h)
            sep = r.choice(
                [
                    "________________________________",
                    "-----Original Message-----",
                    "-----Ursprüngliche Nachricht-----"
                    if lang == "de"
                    else "________________________________",
                ]
            )
            rs = {
                "de": "AW",
                "fr": "RE ",
                "es": "RE",
                "nl": "RE",
                "it": "R",
                "pt": "RE",
                "sv": "SV",
            }.get(lang, "RE")
            out += (
                "\n\n"
                + sep
                + "\n"
                + outlook_block(
                    lang,
                    h,
                    f"{prod.name} Support <{prod.support}>",
                    f"{cust.name} <{cust.email}>",
                    f"{rs}: [{prod.name}] Request #{tid}",
                )
                + "\n\n"
                + hist
            )
        return out
    if variant == "forward":
        fwd = Person(r, cust.company)
        note = r.choice(
            [
                "",
                "FYI",
                "See below.",
                f"Forwarding from {cust.first} on our side.",
                "Passing this along from our team.",
                "Forwarding - this came in to me directly.",
                "Hi, see below from my colleague.",
            ]
        )
        if chance(r, 0.5):
            head = (
                f"---------- Forwarded message ---------\nFrom: {cust.name} <{cust.email}>\n"
                f"Date: {WDAY[d.weekday()]}, {d_us(d)} at {t12(d)}\nSubject: {subj}\n"
                f"To: {fwd.name} <{fwd.email}>"
            )
        else:
            head = (
                f"Begin forwarded message:\n\nFrom: {cust.name} <{cust.email}>\n"
                f"Subject: {subj}\nDate: {d.day} {MONTH[d.month - 1]} {d.year} at "
                f"{t24(d, True)} GMT{r.choice(['+1', '+2', '-5', '-8', ''])}\n"
                f"To: {fwd.name} <{fwd.email}>"
            )
        top = (note + "\n\n" + fwd.first + "\n\n") if note else ""
        return top + head + "\n\n" + body
    # raw MIME-ish headers as seen in a mail export
    mid = f"<{hexid(r, 12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}" + r.choice(
        [
            f"{hexid(r, 20)}@mail.gmail.com>",
            (
                f".{hexid(r, 8)}@{r.choice(['EUR03', 'AM6PR', 'PAXPR', 'DB9PR', 'SN6PR'])}"
                f"{r.randint(1, 9)}.prod.outlook.com>"
            ),
            f"@{cust.company.domain}>",
        ]
    )
    head = (
        f"Date: {rfc2822(r, d)}\nFrom: {cust.name} <{cust.email}>\nTo: {prod.support}\n"
        f"Subject: {subj}\nMessage-ID: {mid}\n"
    )
    if chance(r, 0.4):
        head += f"X-Mailer: {r.choice(MAILERS)}\n"
    if chance(r, 0.3):
        head += 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n'
    return head + "\n" + body


def k_helpdesk(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    agent = Person(r)
    d = rand_dt(r)
    tid = r.randint(1000, 250000)
    subj = subject(r, req, cust.company.name, prod.name, tid)
    sub = prod.slug + r.choice(["", "", "support", "help", "-cs"])
    tz = r.choice(["GMT", "UTC", "CET", "EST", "PST", "GMT+1", "BST", "AEST"])
    v = r.choice(["zendesk_agent", "zendesk_cust", "freshdesk", "helpscout", "jira", "front"])
    if v == "zendesk_agent":
        att = ""
        if chance(r, 0.35):
            att = "\n\nAttachment(s)\n" + r.choice(
                [
                    "image.png",
                    ("Screenshot 2024-11-02 at 14.21.07.png"),
                    "IMG_2041.jpeg",
                    "export.csv",
                    "invoice_march.pdf",
                ]
            )
        return (
            f"##- Please type your reply above this line -##\n\n"
            f"{cust.name} submitted a request\n\nTicket #{tid}: {subj}\n\n"
            f"{cust.name} ({cust.email})\n{d_us(d)}, {t24(d)} {tz}\n\n{req}{att}\n\n"
            f"----------------------------------------------\n\n"
            f"View this ticket in Zendesk: https://{sub}.zendesk.com/agent/tickets/{tid}\n\n"
            f"This email is a service from {prod.name} Support.\n\n\n"
            f"[{hexid(r, 6, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789')}-"
            f"{hexid(r, 5, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789')}]"
        )
    if v == "zendesk_cust":
        return (
            f"##- Please type your reply above this line -##\n\n"
            f"Your request ({tid}) has been received and is being reviewed by our support "
            f"staff.\n\nTo add additional comments, reply to this email.\n\n"
            f"----------------------------------------------\n\n"
            f"{cust.name}\n\n{d_long(d)}, {t12(d)}\n\n{req}\n\n"
            f"----------------------------------------------\n\n"
            f"This email is a service from {prod.name}. Delivered by Zendesk\n\n"
            f"[{hexid(r, 6, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789')}-"
            f"{hexid(r, 5, 'ABCDEFGHJKMNPQRSTVWXYZ0123456789')}]"
        )
    if v == "freshdesk":
        grp = r.choice(["Tier 1", "Billing", "Technical Support", "Customer Care", "Onboarding"])
        src = r.choice(["Email", "Portal", "Chat", "Phone", "Feedback Widget"])
        prio = r.choice(["Low", "Medium", "Medium", "High", "Urgent"])
        return (
            f"Hi {agent.first},\n\nA new ticket has been assigned to your group "
            f"({grp}).\n\nTicket ID: #{tid}\nSubject: {subj}\n"
            f"Requester: {cust.name} ({cust.email})\nPriority: {prio}\nStatus: Open\n"
            f"Source: {src}\nCreated: {d.strftime('%a, %d %b, %Y')} at {t12(d)}\n\n"
            f"Description:\n{req}\n\n"
            f"You can view the ticket here: https://{sub}.freshdesk.com/a/tickets/{tid}\n\n"
            f"Regards,\n{prod.name} Helpdesk\n\n"
            f"This is an automated notification from Freshdesk. To stop receiving these "
            f"emails, update your notification preferences."
        )
    if v == "helpscout":
        mb = r.choice(["Support", "Billing", "Customer Success", "Hello", "Sales"])
        tags = (
            ", ".join(
                r.sample(
                    [
                        "billing",
                        "vip",
                        "trial",
                        "bug",
                        "question",
                        "churn-risk",
                        "enterprise",
                        "api",
                        "onboarding",
                    ],
                    r.randint(0, 3),
                )
            )
            or "none"
        )
        assignee = r.choice(["Anyone", agent.name])
        return (
            f"{cust.name} <{cust.email}>\n{mb} · #{tid}\n\n{req}\n\n----\n"
            f"Reply to this email to respond, or view the conversation: "
            f"https://secure.helpscout.net/conversation/{r.randint(10**9, 3 * 10**9)}/{tid}/\n"
            f"Assigned to: {assignee} · Status: Active · Tags: {tags}\n\n"
            f"You're receiving this notification because you are a member of the {mb} "
            f"mailbox. Change notification settings"
        )
    if v == "jira":
        key = r.choice(["SUP", "HELP", "CS", "SD", "ITSD", "CSR"]) + f"-{r.randint(10, 9999)}"
        rtype = r.choice(
            [
                "Get help with billing",
                "Ask a question",
                "Report a bug",
                "Technical support",
                "Account access",
                "Suggest an improvement",
            ]
        )
        return (
            f"—-—-—-—\n\nReply above this line.\n\n{cust.name} raised {key}\n\n"
            f"{subj}\n\nRequest type: {rtype}\n\n{req}\n\n"
            f"View request · Turn off this request's notifications\n\n"
            f"This is shared with {cust.name} and {cust.company.name}.\n\n"
            f"Help Center, powered by Jira Service Management, sent you this message.\n"
            f"Sent on {d_long(d)} {t12(d, True)} {tz}"
        )
    inbox = r.choice(["Support", "Shared Inbox", "CS Team", "help@"])
    return (
        f"Front · New message in {inbox}\n\n{cust.name} <{cust.email}> → {prod.support}\n"
        f"Subject: {subj}\n{d_eu(d)}, {t24(d)}\n\n{req}\n\n"
        f"Open in Front: https://app.frontapp.com/open/msg_{hexid(r, 8, ALNUM)}\n"
        f"Unsubscribe from inbox notifications"
    )


BOT_HELLO = [
    "Hi there 👋 How can we help?",
    "Hey! 👋 Anything I can help you with today?",
    "Hi! I'm {bot}, an AI agent. Ask me anything about {prod}.",
    "Welcome to {prod}! What brings you here today?",
    "Hello! How can I help you today?",
]
BOT_AFTER = [
    "Thanks! Let me connect you with someone from the team. Typical reply time: under 1 hour.",
    "Got it — routing you to a human. You'll get a reply here and by email.",
    "Thanks for your message. Our team is offline right now, we'll reply by email at {email}.",
    "I'm passing this to the team. The team typically replies in a few hours.",
    "Thanks! An agent will be with you shortly. You are number 2 in the queue.",
]
AGENT_ACK = [
    "Hi {first}, thanks for waiting! Looking into this now.",
    "Hello {first}, thank you for reaching out. Let me check that for you.",
    "Thanks {first}! Give me one moment while I take a look.",
    "Hi {first} 👋 happy to help, checking on my side.",
    "Thank you for the details, one moment please.",
]


def k_chat(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    agent = Person(r)
    d = rand_dt(r)
    bot = r.choice(["Fin", "Operator", f"{prod.name} Bot", "Resolution Bot", "Ava", "Max"])
    fmt = {"bot": bot, "prod": prod.name, "email": cust.email, "first": cust.first}
    v = r.choice(["intercom", "drift", "livechat", "crisp", "zendesk_chat"])
    t1 = later(r, d, 5, 60)
    t2 = later(r, t1, 3, 40)
    t3 = later(r, t2, 60, 1500)
    hi = chance(r, 0.35)
    if v == "intercom":
        lines = [
            f"Conversation with {cust.name} ({cust.email})",
            f"Started on {d_eu(d)} at {t24(d)} UTC · via Messenger",
            "",
        ]
        lines.append(f"[{t24(d)}] {bot} (bot): {r.choice(BOT_HELLO).format(**fmt)}")
        if hi:
            greet = r.choice(["hi", "hello", "Hi there", "hey"])
            lines.append(f"[{t24(t1)}] {cust.first}: {greet}")
        lines.append(f"[{t24(t1)}] {cust.first}: {req}")
        lines.append(f"[{t24(t2)}] {bot} (bot): {r.choice(BOT_AFTER).format(**fmt)}")
        if chance(r, 0.7):
            lines.append(
                f"[{t24(t3)}] {agent.first} ({prod.name}): {r.choice(AGENT_ACK).format(**fmt)}"
            )
        lines.append("")
        rating = r.choice(["😀 Amazing", "🙂 Great", "😐 OK"])
        lines.append(
            r.choice(
                [
                    f"Conversation rating: {rating}",
                    f"Assigned to {agent.first} · Team Inbox: Support",
                    f"Tags: {r.choice(['billing', 'product-question', 'vip', 'trial'])}",
                    "Conversation is open",
                ]
            )
        )
        return "\n".join(lines)
    if v == "drift":
        page = r.choice(
            [
                "/pricing",
                "/",
                "/features",
                "/contact",
                "/blog/release-notes",
                "/integrations",
                "/security",
            ]
        )
        who = cust.name if chance(r, 0.5) else f"Site Visitor {r.randint(1000, 99999)}"
        lines = [
            f"Drift conversation #{r.randint(10**8, 10**9)}",
            f"Contact: {who}",
            f"Page: https://www.{prod.domain}{page}",
            f"Location: {r.choice(LOCATIONS)}",
            "",
            f"{bot}  {t12(d)}",
            r.choice(BOT_HELLO).format(**fmt),
            "",
            f"{who}  {t12(t1)}",
            req,
            "",
            f"{bot}  {t12(t2)}",
            r.choice(BOT_AFTER).format(**fmt),
        ]
        if chance(r, 0.5):
            lines += [
                "",
                f"{agent.first} {agent.last[0]}.  {t12(t3)}",
                r.choice(AGENT_ACK).format(**fmt),
            ]
        lines += [
            "",
            r.choice(
                [
                    "— Conversation closed by " + agent.first,
                    "Playbook: Website Welcome v3",
                    "Email captured: " + cust.email,
                ]
            ),
        ]
        return "\n".join(lines)
    if v == "livechat":
        chat_id = hexid(r, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        dur = f"{r.randint(1, 25)}m {r.randint(0, 59)}s"
        lines = [
            "Chat transcript",
            f"Chat ID: {chat_id}",
            f"Date: {d_iso(d)} {t24(d, True)}",
            f"Customer: {cust.name}",
            f"Agent: {agent.name}",
            f"Duration: {dur}",
            f"Group: {r.choice(['General', 'Sales', 'Support EN', 'Billing'])}",
            "",
            (
                f"({t24(d, True)}) {agent.first}: Hello, welcome to {prod.name}! My name is "
                f"{agent.first}. How may I help you?"
            ),
            f"({t24(t1, True)}) {cust.name}: {req}",
            f"({t24(t2, True)}) {agent.first}: {r.choice(AGENT_ACK).format(**fmt)}",
        ]
        if chance(r, 0.4):
            thx = r.choice(["ok thanks", "sure", "thx", "Thank you!"])
            lines.append(f"({t24(t3, True)}) {cust.name}: {thx}")
        lines += [
            "",
            r.choice(
                [
                    "Customer rated the chat as good 👍",
                    "Chat ended by the customer.",
                    "Chat archived. No rating.",
                    f"Tags: {r.choice(['question', 'sales', 'support', 'spam?'])}",
                ]
            ),
        ]
        return "\n".join(lines)
    if v == "crisp":
        country = r.choice(
            [
                ("France", "🇫🇷", "fr"),
                ("Germany", "🇩🇪", "de"),
                ("United States", "🇺🇸", "en"),
                ("Spain", "🇪🇸", "es"),
                ("United Kingdom", "🇬🇧", "en"),
                ("Netherlands", "🇳🇱", "nl"),
            ]
        )
        return (
            f"New message from {cust.first} on {prod.name}\n\n"
            f"{cust.name} · {cust.email}\n{country[0]} {country[1]} · Locale: {country[2]}"
            f" · {r.choice(['Chrome', 'Firefox', 'Safari', 'Edge'])} on "
            f"{r.choice(['macOS', 'Windows', 'iOS', 'Android', 'Linux'])}\n\n"
            f'"{req}"\n\nReply to this email or open the conversation: '
            f"https://app.crisp.chat/website/{hexid(r, 8)}-{hexid(r, 4)}/inbox/session_"
            f"{hexid(r, 8)}-{hexid(r, 4)}/\n\nYou are receiving this email because no "
            f"operator was online when the message was received. Manage your notifications "
            f"in Crisp settings."
        )
    lines = [
        f"Chat started: {d_iso(d)} {t24(d, True)} UTC",
        f"Chat ID: {r.randint(10**6, 10**7)}",
        f"Visitor: {cust.name} ({cust.email})",
        f"Department: {r.choice(['Support', 'Sales'])}",
        "",
        f"({t24(d, True)}) *** {cust.name} joined the chat ***",
    ]
    if hi:
        lines.append(f"({t24(d, True)}) {cust.name}: {r.choice(['Hello', 'hi', 'Good morning'])}")
    lines += [
        f"({t24(t1, True)}) {cust.name}: {req}",
        f"({t24(t2, True)}) *** {agent.first} joined the chat ***",
        (f"({t24(later(r, t2, 2, 30), True)}) {agent.first}: {r.choice(AGENT_ACK).format(**fmt)}"),
    ]
    return "\n".join(lines)


CONTEXT_BULLETS = [
    "Customer on the {plan} plan, ~{seats} seats",
    "Renewal coming up in {q}",
    "Overall sentiment positive",
    "Champion: {champ} ({title})",
    "Using us for ~{m} months",
    "Rolled out to {n} teams so far",
    "Mentioned they evaluated two other vendors last year",
    "Happy with support response times",
    "Exec sponsor joined for the first 10 min",
    "NPS last quarter: {nps}",
    "Expansion opportunity flagged by AE",
]


def ctx_bullets(r: random.Random, cust: Person, k: int) -> list[str]:
    co = cust.company
    fmt = {
        "plan": co.plan,
        "seats": co.seats,
        "q": r.choice(["Q1", "Q2", "Q3", "Q4"]),
        "champ": cust.name,
        "title": cust.title,
        "m": r.randint(2, 40),
        "n": r.randint(2, 9),
        "nps": r.randint(3, 10),
    }
    return [b.format(**fmt) for b in r.sample(CONTEXT_BULLETS, k)]


def k_call(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    rep = Person(r)
    d = rand_dt(r)
    mtype = r.choice(
        [
            "QBR",
            "Check-in",
            "Onboarding call",
            "Renewal discussion",
            "Demo",
            "Weekly sync",
            "Discovery call",
            "Kickoff",
        ]
    )
    mins = r.randint(14, 58)
    s0 = r.randint(30, mins * 60 - 90)
    s1 = s0 + r.randint(3, 25)
    s2 = s1 + r.randint(4, 40)
    ts, ts1, ts2 = (f"{x // 60:02d}:{x % 60:02d}" for x in (s0, s1, s2))
    v = r.choice(["gong", "chorus", "notes", "zoom"])
    if v == "gong":
        parts = [
            (
                f"Gong · Call brief\n{prod.name} <> {cust.company.name} | {mtype}\n"
                f"{d_us(d)} · {mins} min · {r.choice(['Zoom', 'Google Meet', 'MS Teams'])}"
            ),
            f"Participants: {rep.name} ({prod.name}), {cust.name} ({cust.company.name})"
            + (f", {Person(r).name} ({cust.company.name})" if chance(r, 0.5) else ""),
            "Key points\n" + "\n".join("• " + b for b in ctx_bullets(r, cust, 2)),
            f'Customer said ({ts}):\n"{req}"',
        ]
        if chance(r, 0.6):
            parts.append(
                "Next steps\n• "
                + r.choice(
                    [
                        f"Follow-up scheduled for {d_us(later(r, d, 86400 * 3, 86400 * 14))}",
                        "Recap email sent after the call",
                        "No action items captured",
                    ]
                )
            )
        parts.append(
            r.choice(
                [
                    "Trackers: Pricing (2), Competitors (1), Integrations (3)",
                    f"Talk ratio: {r.randint(30, 70)}% / customer",
                    "Generated by Gong AI · Review for accuracy",
                ]
            )
        )
        return "\n\n".join(parts)
    if v == "chorus":
        topics = ", ".join(
            f"{t} ({r.randint(1, 9)}m)"
            for t in r.sample(
                [
                    "Pricing",
                    "Onboarding",
                    "Reporting",
                    "Integrations",
                    "Security",
                    "Roadmap",
                    "Next steps",
                    "Billing",
                ],
                3,
            )
        )
        pre = r.choice(
            [
                f"[{ts}] {rep.first} ({prod.name}): So, anything else on your side?",
                f"[{ts}] {rep.first} ({prod.name}): Before we wrap up —",
                f"[{ts}] {rep.first} ({prod.name}): How is the rollout going?",
                "",
            ]
        )
        ack = r.choice(
            [
                "Good to know, I will capture that.",
                "Got it, thanks.",
                "Okay, noted.",
                "Makes sense.",
            ]
        )
        after = f"{rep.first} ({prod.name}): {ack}"
        lines = [
            f"Chorus.ai | Meeting recap — {cust.company.name} {mtype}",
            f"{d_long(d)} · {mins} minutes · Recorded by {rep.name}",
            f"Topics: {topics}",
            "",
            "Moment flagged: Customer question",
        ]
        if pre:
            lines.append(pre)
        lines += [
            f"[{ts1}] {cust.first} ({cust.company.name}): {req}",
            f"[{ts2}] {after}",
            "",
            "Shared via ZoomInfo Chorus · Unsubscribe from recap emails",
        ]
        return "\n".join(lines)
    if v == "notes":
        hdr = r.choice(
            [
                f"Call notes – {cust.company.name} – {d_iso(d)}",
                f"{mtype} w/ {cust.company.name} ({d_slash(d)})",
                f"## {cust.company.name} | {mtype} | {d_eu(d)}",
            ]
        )
        lead = r.choice(
            [
                "- raised: ",
                "- Q from customer: ",
                "- ask: ",
                "* Customer: ",
                '- verbatim: "',
                "- they said: ",
            ]
        )
        tail = '"' if lead.endswith('"') else ""
        bullets = [f"- {b}" for b in ctx_bullets(r, cust, r.randint(1, 3))]
        pos = r.randint(0, len(bullets))
        bullets.insert(pos, lead + req + tail)
        att = f"Attendees: {cust.name}, {rep.name}" + (
            f", {Person(r).first}" if chance(r, 0.4) else ""
        )
        foot = r.choice(
            [
                "",
                f"\n\nowner: {rep.first}",
                "\n\n(notes typed live, excuse typos)",
                f"\n\nsentiment: {r.choice(['positive', 'neutral', 'mixed'])}",
            ]
        )
        return f"{hdr}\n{att}\n\n" + "\n".join(bullets) + foot
    # zoom / otter style transcript excerpt
    lines = [
        f"Transcript — {cust.company.name} {mtype} ({d_us(d)})",
        f"Recorded with {r.choice(['Otter.ai', 'Zoom', 'Fireflies.ai', 'tl;dv'])}",
        "",
    ]
    if chance(r, 0.6):
        lines += [
            f"{rep.name}  {ts}",
            r.choice(
                [
                    "Okay, what else is on your list?",
                    "Great, thanks for walking me through that.",
                    "Anything else before we wrap?",
                ]
            ),
            "",
        ]
    lines += [
        f"{cust.name}  {ts1}",
        req,
        "",
        f"{rep.name}  {ts2}",
        r.choice(
            [
                "Yep, I've got that down.",
                "Okay, noted.",
                "Mm-hmm, got it.",
                "Thanks, that's helpful context.",
            ]
        ),
    ]
    return "\n".join(lines)


PRAISE = [
    "Setup took us less than a day and the team picked it up quickly.",
    "The interface is clean and support usually replies within the hour.",
    "We moved off spreadsheets and haven't looked back.",
    "Reliable, fast, and the integrations cover most of our stack.",
    "Easy to use, good value for the price.",
    "Reporting is solid and the mobile app is decent.",
    "Onboarding was smooth and our CSM is great.",
]
REVIEW_TITLES = [
    "Solid tool overall",
    "Good, with a few gaps",
    "Does the job",
    "Great product, one question",
    "Mostly happy",
    "Useful but",
    "Good value for small teams",
    "Love it",
    "Decent",
    "3 stars for now",
    "Pretty good",
    "Helpful for our team",
]


def stars(n: int, r: random.Random) -> str:
    return r.choice(["★" * n + "☆" * (5 - n), f"{n}/5", f"{n} out of 5 stars", f"{n}.0"])


def k_review(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    d = rand_dt(r)
    n = pick_w(r, [(2, 1), (3, 3), (4, 4), (5, 2)])
    title = r.choice(REVIEW_TITLES)
    v = r.choice(["g2", "capterra", "appstore", "play", "trustpilot"])
    if v == "g2":
        src = r.choice(["Organic", "Invitation from G2", "Invitation from the seller"])
        return (
            f'{stars(n, r)}  "{title}"\n{cust.short}\n{cust.title}\n'
            f"{r.choice(['Small-Business', 'Mid-Market', 'Enterprise'])} "
            f"({cust.company.size} emp.)\n{d_long(d)}\n"
            f"Validated Reviewer · Verified Current User · Review source: {src}\n\n"
            f"What do you like best about {prod.name}?\n{r.choice(PRAISE)}\n\n"
            f"What do you dislike about {prod.name}?\n{req}\n\n"
            f"Recommendations to others considering {prod.name}:\n"
            f"{r.choice(['Worth a trial.', 'Go for it.', 'Check the pricing tiers first.'])}"
            f"\n\nWas this review helpful? Yes ({r.randint(0, 12)})"
        )
    if v == "capterra":
        used = r.choice(["Less than 6 months", "6-12 months", "1-2 years", "2+ years"])
        return (
            f"{title}\nOverall rating: {n}.0\n{cust.short} · {cust.title}\n"
            f"{cust.company.industry}, {cust.company.size} employees\n"
            f"Used the software for: {used}\nReviewed {d_long(d)}\n"
            f"Source: Capterra\n\n"
            f"Ease of use {r.randint(3, 5)}  Customer Service {r.randint(2, 5)}  "
            f"Features {r.randint(3, 5)}  Value for money {r.randint(3, 5)}\n\n"
            f"Pros:\n{r.choice(PRAISE)}\n\nCons:\n{req}\n\n"
            f"Likelihood to recommend: {r.randint(5, 10)}/10"
        )
    if v == "appstore":
        nick = ascii_fold(cust.first) + r.choice(["", "_", "."]) + str(r.randint(1, 9999))
        out = (
            f"{title}\n{stars(n, r)}  {nick}, {d_us(d)}\n"
            f"Version {r.randint(2, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)} · "
            f"{r.choice(['United States', 'United Kingdom', 'Germany', 'Canada', 'Australia'])}"
            f"\n\n{req}"
        )
        if chance(r, 0.45):
            rd = later(r, d, 86400, 86400 * 9)
            out += (
                f"\n\nDeveloper Response, {d_us(rd)}\nHi there, thanks for taking the time "
                f"to leave a review! We've shared your feedback with our team. "
                f"— The {prod.name} Team"
            )
        return out
    if v == "play":
        dev = r.choice(
            [
                "Pixel 8",
                "Galaxy S23",
                "OnePlus 11",
                "Pixel 6a",
                "Galaxy A54",
                "Xiaomi 13",
                "Galaxy Tab S9",
            ]
        )
        out = (
            f"{cust.name}\n{stars(n, r)}  {d_long(d)}\n{req}\n"
            f"{r.randint(1, 140)} people found this review helpful\n"
            f"Did you find this helpful?  Yes  No\n"
            f"App version {r.randint(2, 9)}.{r.randint(0, 40)}.{r.randint(0, 99)} · {dev}"
        )
        if chance(r, 0.4):
            out += (
                f"\n\n{prod.name} Inc.  {d_long(later(r, d, 3600, 86400 * 5))}\n"
                f"Thanks for the review, {cust.first}! We really appreciate the feedback."
            )
        return out
    return (
        f"{cust.first} {cust.last[0]}\n{r.choice(['GB', 'US', 'DE', 'NL', 'DK', 'IE'])} · "
        f"{r.randint(1, 14)} reviews\n\nRated {n} out of 5 stars\n{title}\n\n{req}\n\n"
        f"Date of experience: {d_long(d)}\nUseful · Share · Report"
    )


def k_survey(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    d = rand_dt(r)
    score = pick_w(
        r, [(s, w) for s, w in zip(range(11), [1, 1, 1, 2, 2, 3, 4, 6, 7, 6, 5], strict=True)]
    )
    cat = "Detractor" if score <= 6 else ("Passive" if score <= 8 else "Promoter")
    v = r.choice(["nps", "csat", "typeform", "tsv", "delighted"])
    if v == "nps":
        return (
            f"NPS response\nScore: {score} ({cat})\n"
            f"Survey: {r.choice(['Quarterly NPS', 'Relationship NPS', 'In-app NPS'])} – "
            f"Q{(d.month - 1) // 3 + 1} {d.year}\nRespondent: {cust.email}\n"
            f"Account: {cust.company.name} · Plan: {cust.company.plan}\n"
            f"Submitted: {d_iso(d)}T{t24(d, True)}Z\n\nComment:\n{req}\n\n"
            f"Tags: {r.choice(['(none)', 'feature-request', 'support', 'pricing', 'ux'])}"
        )
    if v == "csat":
        rating = r.choice(["Good 🙂", "Bad 🙁", "Okay 😐", "Great 😀"])
        tid = r.randint(1000, 300000)
        return (
            f"CSAT survey response for ticket #{tid}\n"
            f"How would you rate the support you received?  {rating}\n"
            f"Agent: {Person(r).first}\nCustomer: {cust.name} <{cust.email}>\n"
            f'Responded: {d_us(d)} {t12(d)}\n\nAdditional comment:\n"{req}"'
        )
    if v == "typeform":
        return (
            f"{prod.name} customer survey — new response\n"
            f"Response #{r.randint(20, 9000)} · Completed {d_eu(d)} {t24(d)} · "
            f"{r.randint(1, 9)}m {r.randint(0, 59)}s\n\n"
            f"1. How likely are you to recommend {prod.name} to a friend or colleague?\n"
            f"{score}\n\n2. What's the main reason for your score?\n{req}\n\n"
            f"3. Which team are you in?\n"
            f"{r.choice(['Operations', 'Finance', 'IT', 'Sales', 'Marketing', 'Other'])}\n\n"
            f"4. May we contact you about your feedback?\n{r.choice(['Yes', 'No'])}\n\n"
            f"Powered by Typeform · View all responses"
        )
    if v == "tsv":
        hdr = "response_id\tsubmitted_at\temail\tscore\tcomment\tplan"
        row = (
            f"{r.randint(10**5, 10**6)}\t{d_iso(d)} {t24(d, True)}\t{cust.email}\t{score}\t"
            f"{req}\t{cust.company.plan}"
        )
        return hdr + "\n" + row
    return (
        f"Delighted · New {cat} response\n\n{score} — {cust.name} ({cust.company.name})\n\n"
        f'"{req}"\n\n{d_long(d)} · {r.choice(["Email", "Web", "In-app", "SMS"])} survey · '
        f"Properties: plan={cust.company.plan}, seats={cust.company.seats}\n\n"
        f"You're receiving this digest because you follow {cat}s. Unsubscribe"
    )


def k_team_chat(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    poster = Person(r)
    d = rand_dt(r)
    single = "\n" not in req.strip()
    v = r.choice(["slack_internal", "slack_connect", "teams", "discord"])
    reacts = "  ".join(
        f"{e} {r.randint(1, 5)}"
        for e in r.sample(
            [":eyes:", ":+1:", ":pray:", ":white_check_mark:", ":thinking_face:", ":ticket:"],
            r.randint(0, 3),
        )
    )
    if v == "slack_internal":
        chan = r.choice(
            [
                "#customer-feedback",
                "#voice-of-customer",
                "#cs-escalations",
                "#product-feedback",
                "#support-triage",
            ]
        )
        lead = r.choice(
            [
                (
                    f"From {cust.name} at {cust.company.name} ({cust.company.plan}, "
                    f"{cust.company.seats} seats):"
                ),
                f"Customer ask ({cust.company.name}):",
                "Came in via email today:",
                f"{cust.company.name} on our call just now:",
                "Verbatim from a customer:",
            ]
        )
        body = ("> " + req) if single and chance(r, 0.6) else f'"{req}"'
        out = f"{chan}\n{poster.name}  {t12(d)}\n{lead}\n{body}"
        if reacts:
            out += "\n" + reacts
        if chance(r, 0.5):
            out += (
                f"\n{r.randint(1, 6)} replies  Last reply "
                f"{r.choice(['today', 'yesterday', '2 days ago'])} at {t12(later(r, d))}"
            )
        return out
    if v == "slack_connect":
        chan = f"#ext-{prod.slug}-{ascii_fold(cust.company.name.split()[0])}"
        out = f"{chan}\n{cust.name}  ({cust.company.name})  {t12(d)}\n{req}"
        if reacts:
            out += "\n" + reacts
        if chance(r, 0.6):
            out += f"\n\n{poster.first} {poster.last}  {t12(later(r, d, 60, 900))}\n" + r.choice(
                ["Thanks! Looking into it", "on it 👀", "Checking with the team now."]
            )
        out += "\n\nSlack Connect · This channel is shared with " + cust.company.name
        return out
    if v == "teams":
        team = r.choice(["Customer Success", "Support", f"{cust.company.name} x {prod.name}"])
        chan = r.choice(["General", "Feedback", "Escalations", "Customer Questions"])
        return (
            f"{cust.name} (External) posted in {team} > {chan}\n"
            f"{d_slash(d)} {t12(d)}\n{req}\n"
            f"{r.choice(['Like', '👍 ' + str(r.randint(1, 4)), ''])}   Reply\n\n"
            f"Go to Microsoft Teams · Manage notification settings"
        )
    tag = (
        ascii_fold(cust.first)
        + r.choice(["", "_", "."])
        + r.choice(["dev", "ops", "", str(r.randint(1, 99))])
    )
    chan = r.choice(["#help", "#support", "#feature-requests", "#general", "#questions"])
    when = r.choice(["Today at", "Yesterday at", f"{d_slash(d)}"])
    out = f"{chan}\n{tag} — {when} {t12(d)}\n{req}"
    if reacts:
        out += "\n" + reacts.replace(":+1:", "👍").replace(":eyes:", "👀").replace(":pray:", "🙏")
    if chance(r, 0.5):
        out += (
            f"\n\n{prod.name} Bot  APP — {when} {t12(later(r, d, 2, 20))}\n"
            f"Thanks {tag}! A moderator will take a look. Ticket #{r.randint(100, 9999)} "
            f"created."
        )
    return out


PORTAL_STATUS = [
    "Open",
    "Under review",
    "Planned",
    "Needs more info",
    "Gathering feedback",
    "In progress",
    "Considering",
]


def k_portal(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    d = rand_dt(r)
    title = trunc_words(req, r, 3, 7)
    if chance(r, 0.5) or title == first_line(req).strip():
        title = r.choice(
            [
                "Feature request",
                "Suggestion",
                "Idea",
                "Question from customer",
                "Improvement",
                "Customer feedback",
                "Request from a customer",
                f"Request from {cust.company.name}",
                "Idea (via support)",
            ]
        )
    votes = r.randint(1, 180)
    v = r.choice(["canny", "uservoice", "productboard", "aha"])
    if v == "canny":
        board = r.choice(["Feature Requests", "Feedback", "Integrations", "Mobile App", "Ideas"])
        out = (
            f"Canny · New post in {board}\n\n{title}\n{req}\n\n"
            f"▲ {votes} · {r.randint(0, 14)} comments · Status: {r.choice(PORTAL_STATUS)}\n"
            f"Posted by {cust.name}"
            + (f" ({cust.company.name})" if chance(r, 0.6) else "")
            + f" · {d_us(d)}\nhttps://{prod.slug}.canny.io/{board.lower().replace(' ', '-')}"
            f"/p/{'-'.join(re.findall(r'[a-z0-9]+', title.lower())[:6]) or 'post'}"
        )
        if chance(r, 0.4):
            out += (
                "\n\nYou're receiving this because you're an admin of "
                + prod.name
                + " on Canny. Unsubscribe"
            )
        return out
    if v == "uservoice":
        out = (
            f"Idea #{r.randint(100, 99999)} · {votes} votes\n{title}\n\n{req}\n\n"
            f"{cust.first} {cust.last[0]} shared this idea · {d_long(d)} · "
            f"Flag idea as inappropriate…\nStatus: {r.choice(PORTAL_STATUS)}"
        )
        if chance(r, 0.4):
            out += (
                f"\n\nAdmin response ({Person(r).first}, {prod.name}): Thanks for sharing! "
                f"We're tracking interest in this one."
            )
        return out
    if v == "productboard":
        src = r.choice(["Intercom", "Zendesk", "Slack", "Email", "Portal", "Chrome extension"])
        return (
            f"Productboard · Insights inbox\n\nNote from {src}\n"
            f"User: {cust.name} <{cust.email}>\nCompany: {cust.company.name}\n"
            f"Importance: {r.choice(['Nice-to-have', 'Important', 'Critical', 'Unknown'])}\n"
            f"Tags: {r.choice(['customer-request', 'q3-review', 'enterprise', 'none'])}\n"
            f"State: {r.choice(['Unprocessed', 'Processed'])}\n\n{req}\n\n"
            f"Created {d_eu(d)} by "
            + r.choice(["Zapier", f"the {src} integration", Person(r).name])
        )
    return (
        f"Aha! Ideas portal · {prod.name} Ideas\n\n{title}\n{req}\n\n"
        f"Idea ID: {prod.slug[:3].upper()}-I-{r.randint(1, 4000)} · Votes: {votes} · "
        f"Status: {r.choice(PORTAL_STATUS)}\nCategory: "
        f"{r.choice(['Reporting', 'Admin', 'Integrations', 'Billing', 'Mobile', 'General'])}\n"
        f"Created by {cust.email} on {d_iso(d)}"
    )


def k_widget(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    d = rand_dt(r)
    page = r.choice(
        [
            "/settings/billing",
            "/dashboard",
            "/reports/weekly",
            "/inbox",
            "/projects/842/board",
            "/admin/users",
            "/onboarding/step-3",
            "/calendar",
            "/integrations",
            "/invoices?status=overdue",
        ]
    )
    browser = r.choice(
        [
            "Chrome 122.0.6261.112",
            "Safari 17.3",
            "Firefox 124.0",
            "Edge 121.0.2277.128",
            "Chrome 126.0.0.0",
        ]
    )
    os_ = r.choice(["macOS 14.3", "Windows 11", "Windows 10", "Ubuntu 22.04", "ChromeOS"])
    v = r.choice(["generic", "hotjar", "instabug", "usersnap"])
    uid = f"usr_{hexid(r, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    if v == "generic":
        typ = r.choice(["Question", "Idea", "Other", "Feedback", "Bug"])
        return (
            f"New feedback from in-app widget\n\nType: {typ}\nMessage: {req}\n"
            f"User: {cust.email} (ID {uid})\n"
            f"Account: {cust.company.name} ({cust.company.plan} plan)\n"
            f"Page: https://app.{prod.domain}{page}\nBrowser: {browser} / {os_}\n"
            f"Screen: {r.choice(['1440x900', '1920x1080', '2560x1440', '1366x768'])}\n"
            f"Submitted: {d_iso(d)} {t24(d, True)} UTC"
        )
    if v == "hotjar":
        mood = r.choice(["😍 Love", "🙂 Like", "😐 Neutral", "🙁 Dislike", "😡 Hate"])
        dev = r.choice(["Desktop", "Mobile", "Tablet"])
        return (
            f'Hotjar Feedback · {mood}\n\n"{req}"\n\n'
            f"Page URL: https://app.{prod.domain}{page}\n"
            f"Device: {dev} · {os_} · {browser.split()[0]}\n"
            f"Country: {r.choice(COUNTRIES)}\n"
            f"Date: {d_long(d)} {t12(d)}\nUser ID: {uid}"
        )
    if v == "instabug":
        plat = r.choice(["iOS", "Android"])
        dev = (
            r.choice(["iPhone 14 Pro", "iPhone 13", "iPhone 15", "iPad Air (5th gen)"])
            if plat == "iOS"
            else r.choice(["Pixel 7", "Galaxy S22", "Moto G Power"])
        )
        osv = (
            f"iOS {r.choice(['16.7.5', '17.2.1', '17.3.1', '17.4'])}"
            if plat == "iOS"
            else f"Android {r.choice(['12', '13', '14'])}"
        )
        return (
            f"Instabug · New report #{r.randint(1000, 99999)} (Feedback)\n\n"
            f"App: {prod.name} {plat} {r.randint(3, 7)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
            f" ({r.randint(1000, 9999)})\nDevice: {dev} · {osv}\n"
            f"Battery: {r.randint(5, 100)}% · Network: {r.choice(['WiFi', '4G', '5G', 'LTE'])}"
            f"\nUser: {cust.email}\nReported: {d_us(d)} {t12(d)}\n\nComment:\n{req}\n\n"
            f"Attachments: screenshot_1.png, console_log.txt\n"
            f"View in dashboard → https://dashboard.instabug.com/applications/{prod.slug}/"
            f"beta/bugs/{r.randint(1000, 99999)}"
        )
    return (
        f"Usersnap · new feedback on {prod.name} web app\n\n"
        f"Rating: {r.randint(1, 5)}/5\nComment: {req}\n"
        f"Email: {cust.email}\nURL: https://app.{prod.domain}{page}\n"
        f"Browser: {browser} · OS: {os_} · "
        f"Viewport: {r.choice(['1280x720', '1536x864', '390x844'])}\n"
        f"Console errors: {r.randint(0, 4)}\nLabels: "
        f"{r.choice(['new', 'triage', 'customer', 'none'])}"
    )


def k_crm(r: random.Random, req: str) -> str:
    prod, cust = Product(r), Person(r)
    rep = Person(r)
    d = rand_dt(r)
    v = r.choice(["hubspot", "salesforce", "pipedrive", "zoho"])
    if v == "hubspot":
        lead = r.choice(
            [
                "Spoke with {f} today. Their question: ",
                "Call with {f} - ",
                "{f} asked on the renewal call: ",
                "Email from {f}, pasted: ",
                "",
            ]
        )
        body = lead.format(f=cust.first)
        body = body + (f'"{req}"' if body and chance(r, 0.5) else req)
        return (
            f"Note · {d_us(d)} at {t12(d)} {r.choice(['GMT', 'EST', 'CET', 'PST'])}\n"
            f"Created by {rep.name}\n"
            f"Associated with: {cust.name}, {cust.company.name}"
            + (f', Deal "{cust.company.name} – Renewal {d.year + 1}"' if chance(r, 0.5) else "")
            + f"\n\n{body}\n\n"
            f"{r.randint(0, 3)} comments · Pin · Associations ({r.randint(2, 5)})"
        )
    if v == "salesforce":
        case = f"{r.randint(1000, 99999):08d}"
        subj = subject(r, req, cust.company.name, prod.name, int(case))
        return (
            f"Case {case}\nCase Owner: {rep.name}\nStatus: "
            f"{r.choice(['New', 'Working', 'Escalated', 'On Hold'])}\n"
            f"Priority: {r.choice(['Low', 'Medium', 'High'])}\n"
            f"Case Origin: {r.choice(['Web', 'Email', 'Phone', 'Chat'])}\n"
            f"Contact Name: {cust.name}\nAccount Name: {cust.company.name}\n"
            f"Subject: {subj}\nDescription:\n{req}\n\n"
            f"Created By: {r.choice(['Site Guest User', 'Email-to-Case', rep.name])}, "
            f"{d_slash(d)} {t12(d)}\nLast Modified By: {rep.name}, "
            f"{d_slash(later(r, d, 600, 86400 * 3))} {t12(later(r, d, 600, 86400))}"
        )
    if v == "pipedrive":
        return (
            f"Activity: {r.choice(['Call', 'Meeting', 'Email'])} · Done\n"
            f"Deal: {cust.company.name} - {r.choice(['Expansion', 'Renewal', 'New business'])}"
            f"\nPerson: {cust.name}\nOrganization: {cust.company.name}\n"
            f"Owner: {rep.name} · {d_iso(d)} {t24(d)}\n\nNote:\n"
            + r.choice(["Customer said - ", "Q: ", "", "They asked: "])
            + req
        )
    return (
        f"Zoho CRM · Note added to Contact {cust.name}\n"
        f"Account: {cust.company.name} · Owner: {rep.name}\n"
        f"Modified: {d.strftime('%d/%m/%Y')} {t12(d)}\n\n"
        f"Note Title: {r.choice(['Call summary', 'Customer request', 'Follow-up', 'Email'])}\n"
        f"Note Content:\n{req}\n\n"
        f"Sent from Zoho CRM · You received this as the record owner."
    )


KINDS = {
    "email": (k_email, 3.0),
    "helpdesk": (k_helpdesk, 2.0),
    "chat": (k_chat, 2.0),
    "call_notes": (k_call, 1.0),
    "review": (k_review, 1.0),
    "survey": (k_survey, 1.0),
    "team_chat": (k_team_chat, 1.3),
    "feedback_portal": (k_portal, 1.0),
    "in_app": (k_widget, 1.0),
    "crm": (k_crm, 1.0),
}


def wrap_row(seed: int, fname: str, idx: int, req: str, share: float) -> tuple[str, str]:
    r = row_rng(seed, fname, idx, "wrap")
    if not chance(r, share):
        return req, "plain"
    kind = pick_w(r, [(k, w) for k, (_, w) in KINDS.items()])
    return KINDS[kind][0](r, req), kind


# ---------------------------------------------------------------------------
# I/O
# ---------------------------------------------------------------------------

TEXT_COLS = ("text", "utterance", "query")
LABEL_COLS = ("label", "category", "intent")


def read_rows(path: str) -> list[tuple[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        rd = csv.DictReader(f)
        fields = {(c or "").strip().lower(): c for c in (rd.fieldnames or [])}
        tcol = next((fields[c] for c in TEXT_COLS if c in fields), None)
        lcol = next((fields[c] for c in LABEL_COLS if c in fields), None)
        if tcol is None or lcol is None:
            sys.exit(
                f"{path}: need a text column {TEXT_COLS} and a label column {LABEL_COLS}; "
                f"got {rd.fieldnames}"
            )
        return [(row[tcol] or "", row[lcol] or "") for row in rd]


def norm_ws(s: str) -> str:
    return " ".join(s.split())


def verify(in_path: str, out_path: str, seed: int, typo_share: float) -> int:
    fname = os.path.basename(in_path)
    src = read_rows(in_path)
    with open(out_path, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["text", "label", "channel"]:
            print(f"FAIL: output columns {rd.fieldnames}", file=sys.stderr)
            return 1
        out = list(rd)
    errors = []
    if len(out) != len(src):
        errors.append(f"row count {len(out)} != {len(src)}")
    valid = set(KINDS) | {"plain"}
    n_typo = n_checked = 0
    for i, ((text, label), row) in enumerate(zip(src, out, strict=False)):
        if row["label"] != label:
            errors.append(f"row {i}: label {row['label']!r} != {label!r}")
        if row["channel"] not in valid:
            errors.append(f"row {i}: unknown channel {row['channel']!r}")
        typo_text, n = plan_typos(seed, fname, i, text, typo_share)
        if n:
            n_typo += 1
            if norm_ws(typo_text) not in norm_ws(row["text"]):
                errors.append(f"row {i}: misspelled request not found")
            continue
        n_checked += 1
        if norm_ws(text) not in norm_ws(row["text"]):
            errors.append(f"row {i}: request not found verbatim")
        if row["channel"] == "plain" and row["text"] != text:
            errors.append(f"row {i}: plain row altered")
    if errors:
        for e in errors[:20]:
            print("FAIL:", e, file=sys.stderr)
        print(f"verify: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(
        f"verify OK: {len(out)} rows, {n_checked} typo-free rows contain their request, "
        f"{n_typo} rows with typos",
        file=sys.stderr,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--share", type=float, default=0.7, help="fraction of rows wrapped")
    ap.add_argument(
        "--typo-share",
        type=float,
        default=0.25,
        help="fraction of all rows that get 1-2 typos in the request",
    )
    ap.add_argument(
        "--verify", action="store_true", help="after writing, re-read OUT and check it against IN"
    )
    a = ap.parse_args(argv)
    fname = os.path.basename(a.input)
    rows = read_rows(a.input)
    counts: dict[str, int] = {}
    n_typo = 0
    with open(a.output, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "channel"])
        for i, (text, label) in enumerate(rows):
            req, n = plan_typos(a.seed, fname, i, text, a.typo_share)
            n_typo += bool(n)
            wrapped, kind = wrap_row(a.seed, fname, i, req, a.share)
            counts[kind] = counts.get(kind, 0) + 1
            w.writerow([wrapped, label, kind])
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    print(f"{a.output}: {len(rows)} rows ({summary}); typos in {n_typo}", file=sys.stderr)
    if a.verify:
        return verify(a.input, a.output, a.seed, a.typo_share)
    return 0


if __name__ == "__main__":
    sys.exit(main())
