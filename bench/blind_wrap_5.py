"""Written on 2026-12-05 by a contributor who never saw the product's envelope code
(triage/envelope*.py), as a blind test of it.

Wraps short customer requests (one per CSV row) in realistic channel envelopes, the way a
B2B SaaS product team receives feedback: e-mail replies with signatures and quoted history,
forwards, raw HTML bodies, helpdesk tickets, chat transcripts, Slack/Teams posts, call notes,
CRM activity notes, reviews, surveys, web forms, issue trackers, feedback boards, voicemail,
SMS, social messages, forum posts, auto-translated messages and webhook payloads.

The request itself is kept verbatim inside the envelope (apart from optional typos and
re-casing / end punctuation at the sentence edges), so a perfect reducer can recover it.

Usage:
    python bench/blind_wrap_5.py IN.csv OUT.csv [--seed 5] [--share 0.7] [--typo-share 0.25]
        [--verify] [--stats]

    IN.csv   columns: text (or utterance / query) and label (or category / intent)
    OUT.csv  columns: text, label, channel   (channel == "plain" when not wrapped)

    --share       fraction of rows that get wrapped (default 0.7)
    --typo-share  fraction of rows whose request gets 1-2 typos (default 0.25)
    --verify      check that every row's request (after typos) appears in its output text;
                  exit 1 otherwise
    --stats       print the share of every channel kind

Every row's randomness is derived from (seed, row index) with hashlib, never global state.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from hashlib import sha256
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")

# ---------------------------------------------------------------------------------------------
# Vendor (the team receiving the feedback)
# ---------------------------------------------------------------------------------------------

VENDOR = "Corvane"
PRODUCT = "Corvane Assist"
VDOMAIN = "corvane.io"
SUPPORT_ADDR = f"support@{VDOMAIN}"
MODULES = ["Assist", "Routines", "Voice", "Workspace", "Admin Console", "Mobile app", "Insights"]
PLANS = ["Starter", "Team", "Business", "Business Plus", "Enterprise", "Growth", "Pro (legacy)"]
PLAN_W = [8, 14, 20, 6, 12, 10, 3]

AGENTS = [
    ("Sam", "Patel"),
    ("Maya", "Lindqvist"),
    ("Jordan", "Reyes"),
    ("Priya", "Nair"),
    ("Tom", "Okafor"),
    ("Elif", "Demir"),
    ("Chris", "Hamilton"),
    ("Anouk", "de Groot"),
    ("Diego", "Fuentes"),
    ("Hannah", "Becker"),
    ("Kenji", "Mori"),
    ("Rosa", "Martelli"),
    ("Ben", "Adeyemi"),
    ("Lucy", "Tran"),
    ("Mateus", "Rocha"),
    ("Ingrid", "Solberg"),
]
AGENT_W = [14, 12, 11, 9, 8, 7, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2]

COLLEAGUES = [
    ("Tom", "Becker", "Account Executive"),
    ("Rachel", "Whitfield", "Customer Success Manager"),
    ("Arjun", "Mehta", "Senior CSM"),
    ("Claire", "Dubois", "Account Manager, EMEA"),
    ("Marcus", "Hale", "Enterprise AE"),
    ("Sofia", "Herrera", "Solutions Engineer"),
    ("Nils", "Berg", "CSM, Nordics"),
    ("Grace", "Kim", "Head of Customer Success"),
    ("Oliver", "Grant", "Implementation Manager"),
    ("Aisha", "Bello", "Renewals Manager"),
    ("Jonas", "Weber", "Account Executive, DACH"),
    ("Emma", "Fraser", "Technical Account Manager"),
]

# ---------------------------------------------------------------------------------------------
# People and places
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = """
James Mary Robert Patricia Michael Jennifer David Linda Sarah Emily Daniel Laura Kevin Megan
Brian Rachel Jason Ashley Tyler Olivia Ethan Chloe Liam Grace Noah Hannah Lucas Sophie Oliver
Amelia Jack Isla Harry Freya George Poppy Thomas Charlotte Lukas Anna Jonas Lea Felix Marie
Maximilian Katharina Tobias Julia Florian Sabine Jürgen Petra Stefan Ulrike Matthias Nicole Léa
Camille Julien Chloé Mathieu Élodie Antoine Manon Pierre Margaux Sofía Lucía Javier Carmen
Alejandro Pablo Marta Diego Elena Giulia Marco Francesca Alessandro Chiara Luca Daan Sanne Bram
Fleur Sven Ingrid Lars Astrid Mikael Sigrid Erik Johanna Piotr Agnieszka Tomasz Katarzyna Jan
Tereza Priya Rahul Ananya Arjun Deepika Vikram Sneha Rohan Wei Li Na Jun Hao Mei Yuki Haruto
Sakura Kenji Min-jun Ji-woo Seo-yeon Chinedu Ngozi Oluwaseun Amara Kwame Abena Thabo Lerato
Ahmed Fatima Omar Layla Youssef Noura Mehmet Ayşe Emre Zeynep João Ana Rafael Beatriz Thiago
Larissa Carlos Gabriela Mateo Valentina Dmitri Olga Ivan Natalia Siobhan Ciarán Aoife Declan
Connor Moana Tane Aroha Noam Yael Avi Tamar Brooke Derek Tanya Shawn Heather Marcus Bethany
Kieran Nadia Fabian Vera Henrik Malin Rasmus Signe Kasper Ida Jarek Zuzana Ravi Kavya Tendai
""".split()

LAST_NAMES = """
Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson
Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young
King Wright Hughes Evans Roberts Patel Shah Sharma Gupta Iyer Reddy Nair Müller Schmidt
Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Bauer Dubois Lefebvre
Moreau Laurent Girard Bonnet Fontaine Rousseau García Fernández López Sánchez Romero Navarro
Torres Rossi Russo Ferrari Esposito Bianchi Colombo de_Vries van_Dijk Bakker Janssen Visser
Smit Hansen Nielsen Andersson Johansson Lindqvist Berg Nowak Kowalski Wiśniewski Novák Svoboda
Wang Zhang Liu Chen Yang Huang Zhao Tanaka Suzuki Sato Watanabe Kim Park Choi Okafor Adeyemi
Mensah Nkosi Dlamini Haddad Khalil Mansour Yılmaz Kaya Demir Silva Santos Oliveira Souza
Pereira Costa Almeida Ivanova Petrov Kuznetsov O'Brien Murphy Kelly Byrne Walsh Ngata Cohen
Levi Friedman Nguyen Tran Pham Kowalczyk Eriksen Lindgren Kaur Singh Mahmoud Barros Moretti
Fraser MacLeod Campbell Okonkwo Achterberg Vasquez Holloway Pennington Strand Thorsen
""".split()

TITLES = [
    "Head of Operations",
    "Operations Manager",
    "IT Administrator",
    "Customer Success Lead",
    "VP Engineering",
    "Office Manager",
    "Product Manager",
    "Senior Product Manager",
    "Director of IT",
    "Systems Administrator",
    "CTO",
    "COO",
    "Founder & CEO",
    "Co-founder",
    "Head of People",
    "HR Business Partner",
    "Facilities Coordinator",
    "Executive Assistant to the CEO",
    "Sales Operations Manager",
    "RevOps Lead",
    "Support Team Lead",
    "Digital Workplace Manager",
    "IT Service Desk Analyst",
    "Procurement Specialist",
    "Marketing Manager",
    "Finance Controller",
    "Data Analyst",
    "Solutions Architect",
    "Platform Engineer",
    "Chief of Staff",
    "Regional Manager, EMEA",
    "Team Lead, Customer Care",
    "Business Analyst",
    "Program Manager",
    "Workplace Experience Manager",
    "Store Manager",
    "Clinic Manager",
    "Practice Manager",
    "Director, Business Systems",
    "Senior Buyer",
    "Technical Lead",
    "Engineering Manager",
    "Head of Digital",
    "Innovation Manager",
    "IT Operations Specialist",
    "Administrative Assistant",
]
TITLES_LOCAL = {
    "de": ["Geschäftsführer", "Teamleiter IT", "Leiterin Organisation", "IT-Koordinator"],
    "fr": ["Responsable informatique", "Directrice des opérations", "Chef de projet digital"],
    "es": ["Jefe de Operaciones", "Responsable de Sistemas", "Directora de TI"],
    "nl": ["Teamleider ICT", "Office manager", "Projectleider"],
    "it": ["Responsabile IT", "Direttore Operativo"],
    "pt": ["Gerente de Operações", "Coordenadora de TI"],
}

TEAMS = [
    "sales",
    "support",
    "ops",
    "finance",
    "marketing",
    "HR",
    "facilities",
    "front desk",
    "warehouse",
    "field service",
    "leadership",
    "IT",
    "customer care",
    "night shift",
]


@dataclass(frozen=True)
class City:
    """A city with the formats its companies use for phones and postal addresses."""

    name: str
    country: str
    tld: str
    phone: str
    style: str
    region: str
    postcode: str
    lang: str
    weight: float


CITIES = [
    City("San Francisco", "USA", "com", "+1 (415) 555-0###", "us", "CA", "941##", "en", 6),
    City("New York", "USA", "com", "+1 (212) 555-0###", "us", "NY", "100##", "en", 7),
    City("Austin", "USA", "com", "+1 (512) 555-0###", "us", "TX", "787##", "en", 4),
    City("Chicago", "USA", "com", "+1 (312) 555-0###", "us", "IL", "606##", "en", 4),
    City("Boston", "USA", "com", "+1 (617) 555-0###", "us", "MA", "021##", "en", 3),
    City("Denver", "USA", "com", "+1 (303) 555-0###", "us", "CO", "802##", "en", 2),
    City("Seattle", "USA", "com", "+1 (206) 555-0###", "us", "WA", "981##", "en", 3),
    City("Atlanta", "USA", "com", "+1 (404) 555-0###", "us", "GA", "303##", "en", 2),
    City("Raleigh", "USA", "com", "+1 (919) 555-0###", "us", "NC", "276##", "en", 1),
    City("Columbus", "USA", "com", "+1 (614) 555-0###", "us", "OH", "432##", "en", 1),
    City("Toronto", "Canada", "ca", "+1 (416) 555-0###", "us", "ON", "M5V 2^#", "en", 3),
    City("Vancouver", "Canada", "ca", "+1 (604) 555-0###", "us", "BC", "V6B 1^#", "en", 1),
    City("London", "United Kingdom", "co.uk", "+44 20 7### ####", "uk", "", "EC1V 9^^", "en", 7),
    City("Manchester", "United Kingdom", "co.uk", "+44 161 ### ####", "uk", "", "M1 #^^", "en", 2),
    City("Leeds", "United Kingdom", "co.uk", "+44 113 ### ####", "uk", "", "LS1 #^^", "en", 1),
    City("Edinburgh", "United Kingdom", "co.uk", "+44 131 ### ####", "uk", "", "EH2 #^^", "en", 1),
    City("Bristol", "United Kingdom", "co.uk", "+44 117 ### ####", "uk", "", "BS1 #^^", "en", 1),
    City("Dublin", "Ireland", "ie", "+353 1 ### ####", "uk", "", "D02 ^###", "en", 2),
    City("Berlin", "Germany", "de", "+49 30 ########", "eu", "", "10###", "de", 4),
    City("Munich", "Germany", "de", "+49 89 #######", "eu", "", "80###", "de", 3),
    City("Hamburg", "Germany", "de", "+49 40 ########", "eu", "", "20###", "de", 2),
    City("Cologne", "Germany", "de", "+49 221 #######", "eu", "", "50###", "de", 1),
    City("Vienna", "Austria", "at", "+43 1 #######", "eu", "", "1###", "de", 1),
    City("Zurich", "Switzerland", "ch", "+41 44 ### ## ##", "eu", "", "80##", "de", 1),
    City("Paris", "France", "fr", "+33 1 ## ## ## ##", "fr", "", "750##", "fr", 3),
    City("Lyon", "France", "fr", "+33 4 ## ## ## ##", "fr", "", "690##", "fr", 1),
    City("Amsterdam", "Netherlands", "nl", "+31 20 ### ####", "eu", "", "10## ^^", "nl", 3),
    City("Rotterdam", "Netherlands", "nl", "+31 10 ### ####", "eu", "", "30## ^^", "nl", 1),
    City("Brussels", "Belgium", "be", "+32 2 ### ## ##", "eu", "", "10##", "fr", 1),
    City("Madrid", "Spain", "es", "+34 91 ### ## ##", "eu", "", "280##", "es", 2),
    City("Barcelona", "Spain", "es", "+34 93 ### ## ##", "eu", "", "080##", "es", 1),
    City("Milan", "Italy", "it", "+39 02 #### ####", "eu", "", "201##", "it", 1),
    City("Lisbon", "Portugal", "pt", "+351 21 ### ####", "eu", "", "1###-###", "pt", 1),
    City("Stockholm", "Sweden", "se", "+46 8 ### ### ##", "eu", "", "1## ##", "sv", 2),
    City("Copenhagen", "Denmark", "dk", "+45 ## ## ## ##", "eu", "", "1###", "da", 1),
    City("Oslo", "Norway", "no", "+47 ## ## ## ##", "eu", "", "0###", "sv", 1),
    City("Helsinki", "Finland", "fi", "+358 9 #### ###", "eu", "", "00###", "en", 1),
    City("Warsaw", "Poland", "pl", "+48 22 ### ## ##", "eu", "", "00-###", "pl", 1),
    City("Prague", "Czech Republic", "cz", "+420 2## ### ###", "eu", "", "110 00", "en", 1),
    City("Sydney", "Australia", "com.au", "+61 2 #### ####", "us", "NSW", "2000", "en", 3),
    City("Melbourne", "Australia", "com.au", "+61 3 #### ####", "us", "VIC", "3000", "en", 2),
    City("Auckland", "New Zealand", "co.nz", "+64 9 ### ####", "uk", "", "10##", "en", 1),
    City("Singapore", "Singapore", "sg", "+65 6### ####", "uk", "", "0#####", "en", 2),
    City("Bengaluru", "India", "in", "+91 80 #### ####", "uk", "Karnataka", "5600##", "en", 2),
    City("Pune", "India", "in", "+91 20 #### ####", "uk", "Maharashtra", "4110##", "en", 1),
    City("Tokyo", "Japan", "co.jp", "+81 3-####-####", "uk", "", "1##-####", "en", 1),
    City("São Paulo", "Brazil", "com.br", "+55 11 #####-####", "eu", "SP", "01###-###", "pt", 1),
    City("Mexico City", "Mexico", "com.mx", "+52 55 #### ####", "eu", "CDMX", "06###", "es", 1),
    City("Cape Town", "South Africa", "co.za", "+27 21 ### ####", "uk", "", "8001", "en", 1),
    City("Dubai", "United Arab Emirates", "ae", "+971 4 ### ####", "uk", "", "", "en", 1),
    City("Tel Aviv", "Israel", "co.il", "+972 3-###-####", "uk", "", "6####", "en", 1),
]

STREETS = {
    "us": [
        "Market Street",
        "Mission St",
        "Congress Avenue",
        "Broadway",
        "Pine Street",
        "Peachtree Rd NE",
        "W Madison St",
        "Boylston Street",
        "Larimer St",
        "5th Avenue",
        "King Street W",
        "George Street",
        "Collins Street",
    ],
    "uk": [
        "High Street",
        "Chapel Street",
        "King Street",
        "Old Street",
        "Queen Street",
        "Victoria Road",
        "Station Road",
        "Harbour Drive",
        "Orchard Road",
        "Residency Road",
        "Church Lane",
    ],
    "eu": [
        "Friedrichstraße",
        "Torstraße",
        "Leopoldstraße",
        "Schanzenstraße",
        "Herengracht",
        "Keizersgracht",
        "Calle de Alcalá",
        "Carrer de Mallorca",
        "Via Torino",
        "Rua Augusta",
        "Drottninggatan",
        "Vesterbrogade",
        "ul. Marszałkowska",
        "Avenida Paulista",
        "Mannerheimintie",
    ],
    "fr": ["rue de Rivoli", "avenue Jean Jaurès", "rue du Faubourg Saint-Antoine", "quai Perrache"],
}

STEMS = """
Aldergate Brightwater Copperline Driftwood Emberly Fernhill Glasswing Harborview Ironbridge
Juniper_Row Kestrel Marlowe Northgate Oakhurst Pinecrest Quayside Redwater Saltmarsh Thistle
Umbra Vantage_Point Westbrook Yellowpine Zephyr Nordlys Sonnenfeld Hafenblick Brückner
Lindenhof Maison_Verlaine Atelier_Brun Castellano Vía_Norte Stella_Alpina Tulpenveld Grachtwerk
Fjordline Skogvik Wawel Vltava Sakura_Works Hanbit Lotus_Bay Sahyadri Meridian_Bay
Southern_Cross Kauri Baobab Table_Bay Cedar_&_Stone Harrow_&_Finch Blackwood_Mills Cobalt
Quantix Tessellate Orbital Parallax Halcyon Lodestar Evergreen Silverline Granite Summit_Ridge
Clearwater Riverbend Stonebridge Foxglove Bramble Wrenfield Larkspur Marigold Sable Tidewater
Windrose Nimbus Helix Vireo Ardent Beacon_Hill Crescent Dovetail Everline Goldcrest Hollow_Oak
Pemberton Ashcombe Bellhaven Calloway Dunmore Fairleigh Greystone Kinross Lockwood Millbrook
""".split()
STEMS = [s.replace("_", " ") for s in STEMS]

SECTORS = [
    ("Logistics", "logistics"),
    ("Health", "healthcare"),
    ("Labs", "biotech"),
    ("Group", "holding"),
    ("Analytics", "data & analytics"),
    ("Foods", "food & beverage"),
    ("Insurance", "insurance"),
    ("Capital", "financial services"),
    ("Retail", "retail"),
    ("Systems", "IT services"),
    ("Software", "software"),
    ("Hotels", "hospitality"),
    ("Energy", "energy"),
    ("Robotics", "manufacturing"),
    ("Legal", "legal services"),
    ("Media", "media"),
    ("Partners", "consulting"),
    ("Pharma", "pharmaceuticals"),
    ("Mobility", "transportation"),
    ("Studios", "creative agency"),
    ("Properties", "real estate"),
    ("Education", "education"),
    ("Dental", "healthcare"),
    ("Clinics", "healthcare"),
    ("Freight", "logistics"),
    ("Telecom", "telecommunications"),
    ("", "software"),
    ("", "retail"),
    ("", "professional services"),
]

LEGAL = {
    "USA": ["Inc.", "LLC", "Inc.", "Corp.", ""],
    "Canada": ["Inc.", "Ltd.", ""],
    "United Kingdom": ["Ltd", "Limited", "plc", "LLP", ""],
    "Ireland": ["Ltd", "DAC", ""],
    "Germany": ["GmbH", "GmbH & Co. KG", "AG", "SE"],
    "Austria": ["GmbH", "AG"],
    "Switzerland": ["AG", "GmbH", "SA"],
    "France": ["SAS", "SA", "SARL"],
    "Netherlands": ["B.V.", "N.V."],
    "Belgium": ["SRL", "NV", "BV"],
    "Spain": ["S.L.", "S.A."],
    "Italy": ["S.p.A.", "S.r.l."],
    "Portugal": ["Lda.", "S.A."],
    "Sweden": ["AB"],
    "Denmark": ["A/S", "ApS"],
    "Norway": ["AS", "ASA"],
    "Finland": ["Oy", "Oyj"],
    "Poland": ["Sp. z o.o.", "S.A."],
    "Czech Republic": ["s.r.o.", "a.s."],
    "Australia": ["Pty Ltd", ""],
    "New Zealand": ["Limited", ""],
    "Singapore": ["Pte. Ltd.", ""],
    "India": ["Pvt. Ltd.", "Private Limited", "Ltd."],
    "Japan": ["K.K.", "Co., Ltd."],
    "Brazil": ["Ltda.", "S.A."],
    "Mexico": ["S.A. de C.V.", ""],
    "South Africa": ["(Pty) Ltd", ""],
    "United Arab Emirates": ["LLC", "FZ-LLC", "DMCC"],
    "Israel": ["Ltd.", ""],
}

# ---------------------------------------------------------------------------------------------
# Small randomness helpers
# ---------------------------------------------------------------------------------------------


def _rng(*key: object) -> random.Random:
    """Return a Random seeded from a SHA-256 digest of the key parts (no global state)."""
    digest = sha256("\x1f".join(map(str, key)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _w(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    """Weighted choice of one item."""
    return rng.choices(items, weights=weights, k=1)[0]


def _fill(pattern: str, rng: random.Random) -> str:
    """Replace '#' with random digits and '^' with random capital letters."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "^":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _hexid(rng: random.Random, n: int) -> str:
    """Random lowercase hex id of length n."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng: random.Random, n: int, upper: bool = False) -> str:
    """Random alphanumeric id of length n."""
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(chars) for _ in range(n))


def _ascii(text: str) -> str:
    """Lower-case ASCII slug of a name (accents stripped, no spaces or apostrophes)."""
    norm = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in norm if not unicodedata.combining(ch))
    plain = plain.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]", "", plain.lower())


# ---------------------------------------------------------------------------------------------
# Typos and surface variation of the request
# ---------------------------------------------------------------------------------------------

NEAR_KEYS = {
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


def _one_typo(text: str, rng: random.Random) -> str:
    """Introduce one realistic typo (adjacent key, swap, drop, double, merged words...)."""
    words = [m for m in re.finditer(r"[A-Za-z]{3,}", text)]
    ops = ["near", "swap", "drop", "double", "merge", "apos"]
    weights = [30.0, 25.0, 22.0, 10.0, 8.0, 0.0]
    if "'" in text or "\u2019" in text:
        weights[5] = 12.0
    if " " not in text.strip():
        weights[4] = 0.0
    if not words:
        weights[:4] = [0.0, 0.0, 0.0, 0.0]
    if sum(weights) == 0:
        return text
    op = _w(rng, ops, weights)
    if op == "apos":
        pos = [i for i, ch in enumerate(text) if ch in "'\u2019"]
        i = rng.choice(pos)
        return text[:i] + text[i + 1 :]
    if op == "merge":
        pos = [i for i in range(1, len(text) - 1) if text[i] == " " and text[i - 1].isalpha()]
        pos = [i for i in pos if text[i + 1].isalpha()]
        if not pos:
            return text
        i = rng.choice(pos)
        return text[:i] + text[i + 1 :]
    m = rng.choice(words)
    word = m.group()
    if op == "near":
        i = rng.randrange(len(word))
        low = word[i].lower()
        if low not in NEAR_KEYS:
            return text
        rep = rng.choice(NEAR_KEYS[low])
        rep = rep.upper() if word[i].isupper() else rep
        new = word[:i] + rep + word[i + 1 :]
    elif op == "swap":
        i = rng.randrange(1, len(word) - 1)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif op == "drop":
        doubles = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
        i = rng.choice(doubles) if doubles and rng.random() < 0.6 else rng.randrange(1, len(word))
        new = word[:i] + word[i + 1 :]
    else:
        i = rng.randrange(1, len(word))
        new = word[:i] + word[i] + word[i:]
    return text[: m.start()] + new + text[m.end() :]


def add_typos(text: str, rng: random.Random) -> str:
    """Apply one or two typos to the text; returns the text unchanged if impossible."""
    n = 1 if rng.random() < 0.65 else 2
    out = text
    for _ in range(n):
        for _attempt in range(6):
            cand = _one_typo(out, rng)
            if cand != out:
                out = cand
                break
    return out


QUESTION_START = re.compile(
    r"^(what|what's|whats|where|when|who|whom|why|how|which|is|are|am|can|could|would|will|"
    r"do|does|did|should|shall|have|has|may|any|isn't|aren't|don't)\b",
    re.IGNORECASE,
)


def surface(text: str, rng: random.Random, casual: bool) -> str:
    """Re-case the sentence start and add or drop end punctuation, as writers do."""
    t = text.strip()
    if not t:
        return t
    if t[0].islower() and rng.random() < (0.3 if casual else 0.62):
        t = t[0].upper() + t[1:]
    elif t[0].isupper() and casual and rng.random() < 0.15:
        t = t[0].lower() + t[1:]
    if t[-1] in ".?!":
        if rng.random() < (0.3 if casual else 0.08) and len(t.rstrip(".?!")) > 0:
            t = t.rstrip(".?!")
    elif rng.random() < (0.22 if casual else 0.55):
        if QUESTION_START.match(t):
            t += _w(rng, ["?", "??", " ?"], [20, 2, 1])
        else:
            t += _w(rng, [".", "!", "..."], [20, 3, 1])
    return t


def split_parts(text: str, rng: random.Random) -> list[str]:
    """Split a multi-sentence request at sentence boundaries into 1-3 chat turns."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=\S)", text) if s]
    if len(sentences) < 2 or rng.random() < 0.35:
        return [text]
    n_parts = min(len(sentences), rng.choice([2, 2, 3]))
    cuts = sorted(rng.sample(range(1, len(sentences)), n_parts - 1))
    parts = []
    prev = 0
    for cut in [*cuts, len(sentences)]:
        parts.append(" ".join(sentences[prev:cut]))
        prev = cut
    return parts


# ---------------------------------------------------------------------------------------------
# World model: companies, people, dates
# ---------------------------------------------------------------------------------------------

DISCLAIMERS_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
    "use of the intended recipient(s) and may contain confidential and privileged information. "
    "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of "
    "the original message.",
    "This email and any files transmitted with it are confidential and intended solely for the "
    "use of the individual or entity to whom they are addressed. If you have received this "
    "email in error please notify the system manager. This message contains confidential "
    "information and is intended only for the individual named.",
    "The information contained in this communication is confidential and may be legally "
    "privileged. It is intended solely for the addressee. {company} accepts no liability for "
    "any damage caused by any virus transmitted by this email.",
    "{company} will never ask you to change bank details by email. If you receive such a "
    "request, please call your usual contact to verify before making any payment.",
    "I work flexible hours - please don't feel obliged to reply outside of your own working hours.",
    "Please consider the environment before printing this e-mail.",
    "DISCLAIMER: The contents of this email are intended only for the addressee. Views or "
    "opinions presented are solely those of the author and do not necessarily represent those "
    "of {company}.",
    "This message may contain information that is privileged or confidential. If you received "
    "this transmission in error, please notify the sender by reply e-mail and delete the "
    "message and any attachments. Our privacy notice: https://www.{domain}/privacy",
]
DISCLAIMERS_LOCAL = {
    "de": [
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn "
        "Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das "
        "unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.",
        "Sitz der Gesellschaft: {city} | Registergericht: Amtsgericht {city}, HRB {hrb} | "
        "Geschäftsführung: {boss}",
    ],
    "fr": [
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
        "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
        "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en "
        "avertir immédiatement l'expéditeur.",
    ],
    "es": [
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
        "destinatario, pudiendo contener información confidencial. Si no es usted el "
        "destinatario indicado, queda notificado de que la utilización o divulgación está "
        "prohibida.",
    ],
    "nl": [
        "De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de "
        "geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is niet "
        "toegestaan.",
    ],
    "it": [
        "Le informazioni contenute in questo messaggio sono riservate e destinate "
        "esclusivamente al destinatario. Qualora il messaggio vi fosse pervenuto per errore, "
        "vi preghiamo di eliminarlo e di darne comunicazione al mittente.",
    ],
}

MOBILE_FOOTERS = {
    "en": [
        "Sent from my iPhone",
        "Sent from my iPhone",
        "Sent from my iPad",
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Get Outlook for Android<https://aka.ms/AAb9ysg>",
        "Sent from my Galaxy",
        "Sent from my Samsung Galaxy smartphone.",
        "Sent from Yahoo Mail on Android",
        "Sent with Proton Mail secure email.",
        "Sent from Mail for Windows",
        "Sent from mobile - please excuse typos",
    ],
    "de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
    "fr": ["Envoyé de mon iPhone", "Obtenir Outlook pour iOS"],
    "es": ["Enviado desde mi iPhone", "Enviado desde mi Samsung Galaxy"],
    "nl": ["Verzonden vanaf mijn iPhone"],
    "it": ["Inviato da iPhone"],
    "pt": ["Enviado do meu iPhone"],
    "sv": ["Skickat från min iPhone"],
    "da": ["Sendt fra min iPhone"],
    "pl": ["Wysłane z iPhone'a"],
}


@dataclass(frozen=True)
class Company:
    """A customer organisation with a stable signature style and contact details."""

    name: str
    stem: str
    domain: str
    city: City
    email_style: str
    sig_style: int
    disclaimer: str
    phone: str
    address: list[str]
    industry: str
    plan: str
    seats: int
    account_id: str
    sf_account: str
    logo: str
    banner: bool


@dataclass(frozen=True)
class Person:
    """One contact at a customer company."""

    first: str
    last: str
    email: str
    title: str
    mobile: str
    pronouns: str
    company: Company

    @property
    def full(self) -> str:
        """Full display name."""
        return f"{self.first} {self.last}"


@dataclass
class Ctx:
    """Everything a channel renderer needs for one row."""

    rng: random.Random
    req: str
    person: Person
    when: datetime
    seed: int
    parts: list[str] = field(default_factory=list)

    @property
    def co(self) -> Company:
        """The person's company."""
        return self.person.company


def _address(city: City, rng: random.Random) -> list[str]:
    """Postal address lines in the local style."""
    num = rng.randint(1, 480)
    pc = _fill(city.postcode, rng)
    if city.style == "us":
        street = rng.choice(STREETS["us"])
        suite = f", Suite {rng.randint(1, 24)}00" if rng.random() < 0.6 else ""
        tail = f"{city.name}, {city.region} {pc}".strip()
        lines = [f"{num} {street}{suite}", tail]
        return [*lines, city.country] if city.country != "USA" else lines
    if city.style == "uk":
        street = rng.choice(STREETS["uk"])
        floor = f"{rng.choice(['2nd', '3rd', '4th', '5th'])} Floor, " if rng.random() < 0.4 else ""
        return [f"{floor}{num} {street}", f"{city.name} {pc}".strip(), city.country]
    if city.style == "fr":
        street = rng.choice(STREETS["fr"])
        return [f"{num} {street}", f"{pc} {city.name}", city.country]
    street = rng.choice(STREETS["eu"])
    return [f"{street} {num}", f"{pc} {city.name}", city.country]


@cache
def company_pool(seed: int) -> tuple[tuple[str, str, str], ...]:
    """All (stem, sector word, industry) combinations, shuffled per seed; Zipf-weighted later."""
    combos = [(stem, word, ind) for stem in STEMS for word, ind in SECTORS]
    rng = _rng(seed, "company-pool")
    rng.shuffle(combos)
    return tuple(combos[:700])


@cache
def company_cum_weights(seed: int) -> tuple[float, ...]:
    """Cumulative Zipf weights: a few customers write very often, most rarely."""
    n = len(company_pool(seed))
    return tuple(accumulate(1.0 / (i + 1) ** 0.75 for i in range(n)))


@cache
def make_company(seed: int, index: int) -> Company:
    """Build the stable profile of the index-th customer company."""
    stem, word, industry = company_pool(seed)[index]
    rng = _rng(seed, "company", stem, word)
    city = rng.choices(CITIES, weights=[c.weight for c in CITIES], k=1)[0]
    legal = rng.choice(LEGAL.get(city.country, [""]))
    base = f"{stem} {word}".strip()
    name = f"{base} {legal}".strip() if rng.random() < 0.45 else base
    slug = _ascii(stem)
    if word and rng.random() < 0.5:
        slug += _ascii(word)
    tld = city.tld if rng.random() < 0.7 else rng.choice(["com", "io", "co", "group", "eu"])
    domain = f"{slug}.{tld}"
    email_style = _w(
        rng,
        ["first.last", "flast", "first", "f.last", "first_last", "firstl"],
        [40, 15, 12, 15, 5, 5],
    )
    lang = city.lang
    if lang in DISCLAIMERS_LOCAL and rng.random() < 0.5:
        disc = rng.choice(DISCLAIMERS_LOCAL[lang])
    elif rng.random() < 0.55:
        disc = rng.choice(DISCLAIMERS_EN)
    else:
        disc = ""
    boss = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES).replace('_', ' ')}"
    disc = disc.format(
        company=name, domain=domain, city=city.name, hrb=rng.randint(10000, 250000), boss=boss
    ).replace("..", ".")
    return Company(
        name=name,
        stem=stem,
        domain=domain,
        city=city,
        email_style=email_style,
        sig_style=_w(rng, [0, 1, 2, 3, 4, 5], [24, 22, 14, 16, 12, 12]),
        disclaimer=disc,
        phone=_fill(city.phone, rng),
        address=_address(city, rng),
        industry=industry,
        plan=_w(rng, PLANS, PLAN_W),
        seats=_w(rng, [12, 25, 40, 75, 150, 300, 800, 2400], [10, 14, 14, 12, 10, 8, 5, 2])
        + rng.randint(0, 9),
        account_id=f"acct_{_alnum(rng, 10)}",
        sf_account=f"001{_alnum(rng, 12, upper=True)}",
        logo=f"image00{rng.randint(1, 4)}.png@01D{_alnum(rng, 5, upper=True)}.{_hexid(rng, 8)}",
        banner=rng.random() < 0.35,
    )


def _email_addr(first: str, last: str, style: str, domain: str) -> str:
    """E-mail address following the company convention."""
    f, lname = _ascii(first), _ascii(last)
    local = {
        "first.last": f"{f}.{lname}",
        "flast": f"{f[:1]}{lname}",
        "first": f,
        "f.last": f"{f[:1]}.{lname}",
        "first_last": f"{f}_{lname}",
        "firstl": f"{f}{lname[:1]}",
    }[style]
    return f"{local}@{domain}"


def make_person(co: Company, rng: random.Random) -> Person:
    """Create a contact at the company."""
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES).replace("_", " ")
    lang = co.city.lang
    if lang in TITLES_LOCAL and rng.random() < 0.2:
        title = rng.choice(TITLES_LOCAL[lang])
    else:
        title = rng.choice(TITLES)
    mobile = _fill(co.city.phone, rng) if rng.random() < 0.5 else ""
    pron = _w(rng, ["", "(she/her)", "(he/him)", "(they/them)"], [80, 8, 8, 2])
    return Person(
        first, last, _email_addr(first, last, co.email_style, co.domain), title, mobile, pron, co
    )


@cache
def roster(seed: int, index: int) -> tuple[Person, ...]:
    """The handful of people at a company who write to us again and again."""
    co = make_company(seed, index)
    rng = _rng(seed, "roster", co.name)
    return tuple(make_person(co, rng) for _ in range(rng.randint(2, 7)))


def pick_person(seed: int, rng: random.Random) -> Person:
    """Pick a (Zipf-distributed) company and one of its contacts (or a new one)."""
    index = rng.choices(range(len(company_pool(seed))), cum_weights=company_cum_weights(seed))[0]
    people = roster(seed, index)
    if rng.random() < 0.78:
        return people[min(int(rng.expovariate(0.6)), len(people) - 1)]
    return make_person(make_company(seed, index), rng)


def pick_when(rng: random.Random) -> datetime:
    """A plausible timestamp (mostly working hours) in 2025-2026."""
    day = datetime(2025, 1, 6) + timedelta(days=rng.randint(0, 690))
    if day.weekday() >= 5 and rng.random() < 0.7:
        day -= timedelta(days=day.weekday() - 4)
    hour = _w(rng, list(range(6, 23)), [1, 3, 6, 9, 10, 9, 7, 8, 9, 9, 8, 6, 4, 3, 2, 2, 1])
    return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
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
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = [
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
]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = [
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
]


def h12(dt: datetime) -> str:
    """Time like '9:05 AM'."""
    return f"{(dt.hour % 12) or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def d_outlook(dt: datetime) -> str:
    """'Tuesday, March 4, 2025 10:42 AM'."""
    return f"{DAYS[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h12(dt)}"


def d_outlook_uk(dt: datetime) -> str:
    """'04 March 2025 10:42'."""
    return f"{dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def d_gmail_us(dt: datetime) -> str:
    """'Tue, Mar 4, 2025 at 10:42 AM'."""
    return f"{DAYS[dt.weekday()][:3]}, {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {h12(dt)}"


def d_gmail_uk(dt: datetime) -> str:
    """'Tue, 4 Mar 2025 at 10:42'."""
    return f"{DAYS[dt.weekday()][:3]}, {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year} at {dt:%H:%M}"


def d_short(dt: datetime) -> str:
    """'Mar 4, 2025'."""
    return f"{MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}"


def d_long(dt: datetime) -> str:
    """'March 4, 2025'."""
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def d_iso(dt: datetime) -> str:
    """'2025-03-04T10:42:13Z'."""
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


TZ = {
    "USA": ("EST", "EDT", "-0500"),
    "Canada": ("EST", "EDT", "-0500"),
    "United Kingdom": ("GMT", "BST", "+0000"),
    "Ireland": ("GMT", "IST", "+0000"),
    "Australia": ("AEDT", "AEST", "+1100"),
    "India": ("IST", "IST", "+0530"),
    "Japan": ("JST", "JST", "+0900"),
    "Singapore": ("SGT", "SGT", "+0800"),
}


def tz(dt: datetime, city: City) -> str:
    """Time-zone abbreviation a tool would print for the city's country and season."""
    std, dst, _ = TZ.get(city.country, ("CET", "CEST", "+0100"))
    return dst if 4 <= dt.month <= 10 else std


def d_rfc(dt: datetime, city: City) -> str:
    """RFC 2822 header date: 'Tue, 4 Mar 2025 10:42:13 +0100'."""
    off = TZ.get(city.country, ("", "", "+0100"))[2]
    day = DAYS[dt.weekday()][:3]
    return f"{day}, {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year} {dt:%H:%M:%S} {off}"


# ---------------------------------------------------------------------------------------------
# E-mail building blocks
# ---------------------------------------------------------------------------------------------

GREETINGS = {
    "en": [
        "Hi,",
        "Hi team,",
        "Hi {agent},",
        "Hello,",
        "Hello {vendor} team,",
        "Hey,",
        "Hey there,",
        "Good morning,",
        "Good afternoon,",
        "Dear Support,",
        "Dear {vendor} Support Team,",
        "Hi all,",
        "Hiya,",
        "Morning!",
        "Hi {agent}, hope you're well.",
        "Hello {agent},",
        "Dear Sir/Madam,",
        "Hi folks,",
        "Hi {vendor} Support,",
        "To whom it may concern,",
    ],
    "de": ["Hallo,", "Hallo zusammen,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Moin,"],
    "fr": ["Bonjour,", "Bonjour à tous,", "Bonjour {agent},"],
    "es": ["Hola,", "Buenos días,", "Hola {agent},"],
    "nl": ["Hoi,", "Goedemiddag,", "Beste {agent},"],
    "it": ["Buongiorno,", "Ciao {agent},"],
    "pt": ["Olá,", "Bom dia,"],
    "sv": ["Hej,", "Hej {agent}!"],
    "da": ["Hej,", "Hej {agent},"],
    "pl": ["Dzień dobry,"],
}
CLOSINGS = {
    "en": [
        "Thanks,",
        "Thanks!",
        "Many thanks,",
        "Best,",
        "Best regards,",
        "Kind regards,",
        "Regards,",
        "Cheers,",
        "Thank you,",
        "All the best,",
        "Warm regards,",
        "BR,",
        "Thx",
        "Rgds,",
        "Thanks in advance,",
        "Best wishes,",
        "Speak soon,",
        "Ta,",
    ],
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "VG", "LG"],
    "fr": ["Cordialement,", "Bien à vous,", "Bonne journée,"],
    "es": ["Saludos,", "Un saludo,", "Atentamente,"],
    "nl": ["Met vriendelijke groet,", "Groeten,", "Mvg,"],
    "it": ["Cordiali saluti,", "Grazie,"],
    "pt": ["Atenciosamente,", "Obrigado,", "Abraços,"],
    "sv": ["Mvh", "Med vänliga hälsningar", "Hälsningar,"],
    "da": ["Venlig hilsen", "Mvh"],
    "pl": ["Pozdrawiam,", "Z poważaniem,"],
}
LEADS = [
    "Quick question:",
    "One more thing -",
    "Following up on our call last week.",
    "Hope you're doing well.",
    "I hope this email finds you well.",
    "Sorry to bother you again.",
    "We're rolling {product} out to the {team} team next month and something came up.",
    "Our admin asked me to reach out to you directly.",
    "I've been going back and forth on this with my team.",
    "Not sure if this is the right place to ask, but here goes.",
    "Apologies for the delay in getting back to you.",
    "Thanks for the quick response yesterday.",
    "As discussed with {colleague} on {weekday}:",
    "Raising this on behalf of our {team} team.",
    "Hi again!",
    "We ran into this during onboarding.",
    "This came up in our weekly ops review.",
    "Long-time user here, first time writing in.",
    "Hope you had a good weekend.",
    "Following up on ticket #{ticket}.",
    "Happy new year!",
    "Just picking this thread back up.",
    "Thanks for the help so far.",
    "Sorry, one more from me today.",
    "Question from one of our {team} leads:",
    "Writing in about our {product} workspace.",
]
TAILS = [
    "Thanks in advance!",
    "Let me know if you need any more details.",
    "Happy to jump on a call if that's easier.",
    "We're on the {plan} plan, if that matters.",
    "Our account ID is {account}.",
    "Not urgent, but it would be great to hear back this week.",
    "This is for about {seats} users on our side.",
    "Screenshot attached.",
    "Cheers for the help!",
    "Any pointers appreciated.",
    "Appreciate it.",
    "Ticket ref from last time was #{ticket}.",
    "cc'ing {cc_first}, who manages our workspace.",
    "Thanks for your patience with us.",
    "Let me know if anything is unclear.",
    "Many thanks for looking into this.",
    "Looking forward to hearing from you.",
    "Hope that makes sense!",
    "I'm out of office Friday, so please reply to the whole thread.",
    "Let me know!",
]

AGENT_MSGS = [
    "Thanks for reaching out to {vendor} Support! Could you tell us a little more about what "
    "you're trying to do, and which workspace this is for?",
    "Just checking in on this one - were you able to find what you needed? If we don't hear "
    "back, we'll close this ticket in 3 days.",
    "Thanks {first}, I've passed your earlier message on to the team. Is there anything else "
    "we should know?",
    "Great to speak earlier. As promised, here's the recap of our onboarding session and the "
    "links to the admin guides. Let me know if anything else comes up.",
    "I'm following up on the conversation you had with our team. Do you have any other "
    "questions we can help with?",
    "Thanks for your patience while we looked into this. The fix for the sync delay has now "
    "been rolled out to your workspace.",
    "Welcome to {product}! Your workspace is ready. Reply to this email if you need anything.",
    "Following up on your renewal - I've attached the updated order form for review.",
    "We've received your request and a member of our team will get back to you within one "
    "business day.",
]
OLD_CUSTOMER_MSGS = [
    "Hi, we have a question about the assistant. Who's the best person to talk to?",
    "Thanks, that worked. I'll get back to you if anything else comes up.",
    "Hi there, we're trialling {product} with a few people on the {team} team.",
    "Hi, following up on my previous email - any update?",
]


def _lang_of(c: Ctx) -> str:
    """Language used for greetings and closings (mostly English, sometimes local)."""
    lang = c.co.city.lang
    if lang != "en" and c.rng.random() < 0.35:
        return lang
    return "en"


def _agent(rng: random.Random) -> tuple[str, str]:
    """A support agent of the vendor (a small team, unevenly busy)."""
    return _w(rng, AGENTS, AGENT_W)


def _colleague(rng: random.Random) -> tuple[str, str, str]:
    """An account manager / CSM of the vendor."""
    return rng.choice(COLLEAGUES)


def _fmt(template: str, c: Ctx) -> str:
    """Fill the common placeholders of a snippet template."""
    rng = c.rng
    col = _colleague(rng)
    return template.format(
        vendor=VENDOR,
        product=PRODUCT,
        agent=_agent(rng)[0],
        team=rng.choice(TEAMS),
        colleague=col[0],
        weekday=rng.choice(DAYS[:5]),
        ticket=rng.randint(18000, 99999),
        plan=c.co.plan,
        account=c.co.account_id,
        seats=c.co.seats,
        first=c.person.first,
        cc_first=rng.choice(FIRST_NAMES),
        company=c.co.name,
        module=rng.choice(MODULES),
    )


def _end_sep(text: str, rng: random.Random) -> str:
    """Separator after a request embedded in running prose ('. ' unless already punctuated)."""
    if text and text[-1] in ".?!":
        return " "
    if QUESTION_START.match(text):
        return _w(rng, ["? ", ". ", " - ", " "], [8, 2, 1, 1])
    return _w(rng, [". ", " - ", ", ", " "], [6, 2, 1, 1])


def customer_body(
    c: Ctx, lang: str | None = None, closing: bool = True, greeting: str | None = None
) -> str:
    """Greeting, optional lead-in, the request, optional tail, closing line and first name."""
    rng = c.rng
    lang = lang or _lang_of(c)
    lines: list[str] = []
    if greeting is not None:
        lines += [greeting, ""]
    elif rng.random() < 0.82:
        lines += [_fmt(rng.choice(GREETINGS.get(lang, GREETINGS["en"])), c), ""]
    lead = _fmt(rng.choice(LEADS), c) if rng.random() < 0.5 else ""
    inline = rng.random() < 0.4
    if lead and inline and lead[-1] in ".!" and c.req[:1].islower() and rng.random() < 0.7:
        inline = False
    if lead and inline:
        lines.append(f"{lead} {c.req}")
    else:
        if lead:
            lines += [lead, ""]
        lines.append(c.req)
    if rng.random() < 0.55:
        tail = _fmt(rng.choice(TAILS), c)
        if rng.random() < 0.5:
            lines[-1] = lines[-1] + _end_sep(lines[-1], rng) + tail
        else:
            lines += ["", tail]
    if closing:
        lines += ["", rng.choice(CLOSINGS.get(lang, CLOSINGS["en"]))]
        if rng.random() < 0.8:
            lines.append(c.person.first)
    return "\n".join(lines)


def signature(c: Ctx, with_disclaimer: bool = True) -> str:
    """The person's signature block in the company's house style."""
    p, co, rng = c.person, c.co, c.rng
    name = f"{p.full} {p.pronouns}".strip()
    web = f"www.{co.domain}"
    mob = p.mobile or co.phone
    style = co.sig_style
    if style == 0:
        lines = [name, f"{p.title} | {co.name}", f"{mob}", web]
    elif style == 1:
        lines = [name, p.title, "", co.name, *co.address, f"T: {co.phone}"]
        if p.mobile:
            lines[-1] += f" | M: {p.mobile}"
        lines += [f"{web} | linkedin.com/company/{_ascii(co.stem)}"]
    elif style == 2:
        lines = ["-- ", f"{name} | {p.title}", f"{co.name} \u00b7 {co.city.name}", mob]
    elif style == 3:
        lines = [
            name,
            f"{p.title}, {co.name}",
            f"{p.email} | {mob}",
            f"[cid:{co.logo}]",
        ]
        if rng.random() < 0.5:
            slug = f"{_ascii(p.first)}-{_ascii(p.last)}"
            lines.append(f"Book time with me: https://calendly.com/{slug}/30min")
    elif style == 4:
        lines = [p.first if rng.random() < 0.5 else p.full, co.name]
    else:
        lines = [
            name,
            p.title,
            co.name
            if co.industry.split()[0].title() in co.name
            else f"{co.name} | " + co.industry.title(),
            f"Office: {co.phone}" + (f"  Mobile: {p.mobile}" if p.mobile else ""),
            ", ".join(co.address),
            f"{web} | Twitter: @{_ascii(co.stem)} | LinkedIn",
        ]
    text = "\n".join(lines)
    if with_disclaimer and co.disclaimer and rng.random() < 0.8:
        sep = rng.choice(["\n\n", "\n\n" + "_" * 40 + "\n", "\n\n--\n"])
        text += sep + co.disclaimer
    return text


def mobile_footer(c: Ctx) -> str:
    """'Sent from my iPhone' and friends, in the sender's language."""
    lang = c.co.city.lang if c.rng.random() < 0.4 else "en"
    return c.rng.choice(MOBILE_FOOTERS.get(lang, MOBILE_FOOTERS["en"]))


def agent_signature(agent: tuple[str, str], rng: random.Random) -> str:
    """Signature of a vendor support agent."""
    role = rng.choice(["Customer Support", "Support Engineer", "Customer Support Specialist"])
    return f"{agent[0]} {agent[1]}\n{role} | {VENDOR}\nhelp.{VDOMAIN}"


def _nearby(dt: datetime, rng: random.Random, back: bool = True) -> datetime:
    """A timestamp a few hours/days before (or after) dt."""
    delta = timedelta(minutes=rng.randint(20, 60 * 24 * 6))
    return dt - delta if back else dt + delta


def _subject(c: Ctx) -> str:
    """A realistic e-mail subject (neutral, or the request's first words)."""
    rng = c.rng
    opts = [
        "Question",
        "Quick question",
        "Feature request",
        "Request",
        "Help please",
        f"{PRODUCT} question",
        f"{c.co.stem} - {VENDOR}",
        "Feedback",
        "Follow-up",
        "Following up",
        "our call",
        f"{c.co.stem} / {VENDOR} - next steps",
        "(no subject)",
        f"Assistant - {c.co.stem}",
        "Support request",
        "Question about our account",
        f"[{c.co.stem}] {rng.choice(MODULES)}",
        f"Your request #{rng.randint(18000, 99999)}",
    ]
    subj = rng.choice(opts)
    if rng.random() < 0.12:
        words = c.req.split()
        subj = " ".join(words[: rng.randint(2, 5)]) + ("..." if len(words) > 5 else "")
    return subj


def quote_prefix(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' the way mail clients quote."""
    pre = ">" * depth
    return "\n".join(f"{pre} {ln}" if ln else pre for ln in text.split("\n"))


def previous_message(c: Ctx, agent: tuple[str, str]) -> str:
    """An earlier message in the thread from our support agent."""
    rng = c.rng
    msg = _fmt(rng.choice(AGENT_MSGS), c)
    if rng.random() < 0.5:
        msg = textwrap.fill(msg, width=rng.choice([72, 76, 78]))
    greet = rng.choice([f"Hi {c.person.first},", f"Hello {c.person.first},", "Hi there,"])
    sign = agent_signature(agent, rng)
    return f"{greet}\n\n{msg}\n\n{rng.choice(['Best,', 'Cheers,', 'Kind regards,'])}\n{sign}"


def quoted_gmail(c: Ctx, agent: tuple[str, str]) -> str:
    """Gmail-style quoted history ('On ..., X wrote:' plus '>' lines)."""
    rng = c.rng
    dt = _nearby(c.when, rng)
    who = f"{agent[0]} {agent[1]} <{SUPPORT_ADDR}>"
    lang = c.co.city.lang if rng.random() < 0.4 else "en"
    if lang == "de":
        day = DE_DAYS[dt.weekday()][:2]
        head = f"Am {day}., {dt.day}. {DE_MONTHS[dt.month - 1]} {dt.year} um {dt:%H:%M} Uhr "
        head += f"schrieb {who}:"
    elif lang == "fr":
        day = FR_DAYS[dt.weekday()][:3]
        head = (
            f"Le {day}. {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} à {dt:%H:%M}, {who} a écrit :"
        )
    elif c.co.city.country == "USA" or rng.random() < 0.4:
        head = f"On {d_gmail_us(dt)} {who} wrote:"
    else:
        head = f"On {d_gmail_uk(dt)}, {who} wrote:"
    body = quote_prefix(previous_message(c, agent))
    if rng.random() < 0.25:
        older = _fmt(rng.choice(OLD_CUSTOMER_MSGS), c) + f"\n\n{c.person.first}"
        dt2 = _nearby(dt, rng)
        body += f"\n>\n> On {d_gmail_us(dt2)} {c.person.full} <{c.person.email}> wrote:\n"
        body += quote_prefix(older, 2)
    return f"{head}\n\n{body}"


def outlook_header(
    c: Ctx,
    sender: str,
    to: str,
    subject: str,
    dt: datetime,
    lang: str = "en",
) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' block (localised)."""
    if lang == "de":
        date = f"{DE_DAYS[dt.weekday()]}, {dt.day}. {DE_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"
        return f"Von: {sender}\nGesendet: {date}\nAn: {to}\nBetreff: {subject}"
    if lang == "fr":
        date = f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"
        return f"De : {sender}\nEnvoyé : {date}\nÀ : {to}\nObjet : {subject}"
    date = d_outlook(dt) if c.co.city.style == "us" else d_outlook_uk(dt)
    cc = ""
    if c.rng.random() < 0.25:
        col = _colleague(c.rng)
        cc = f"\nCc: {col[0]} {col[1]} <{_ascii(col[0])}.{_ascii(col[1])}@{VDOMAIN}>"
    return f"From: {sender}\nSent: {date}\nTo: {to}{cc}\nSubject: {subject}"


def quoted_outlook(c: Ctx, agent: tuple[str, str]) -> str:
    """Outlook-style quoted history (separator line + header block, no '>' prefixes)."""
    rng = c.rng
    dt = _nearby(c.when, rng)
    lang = c.co.city.lang if c.co.city.lang in ("de", "fr") and rng.random() < 0.5 else "en"
    prefix = {"de": "AW: ", "fr": "RE : "}.get(lang, "RE: ")
    subject = prefix + f"[{VENDOR}] Re: Request #{rng.randint(18000, 99999)}"
    sender = f"{agent[0]} {agent[1]} <{SUPPORT_ADDR}>"
    legacy = rng.random() < 0.35
    if legacy:
        sender = f"{VENDOR} Support [mailto:{SUPPORT_ADDR}]"
        sep = "-----Original Message-----"
    else:
        sep = "_" * 32 if rng.random() < 0.6 else ""
    head = outlook_header(c, sender, f"{c.person.full} <{c.person.email}>", subject, dt, lang)
    block = f"{sep}\n{head}" if sep else head
    return f"{block}\n\n{previous_message(c, agent)}"


def external_banner(c: Ctx) -> str:
    """A banner that the receiving mail system prepends to external mail."""
    return c.rng.choice(
        [
            "CAUTION: This email originated from outside of the organization. Do not click "
            "links or open attachments unless you recognize the sender and know the content "
            "is safe.",
            f"You don't often get email from {c.person.email}. Learn why this is important "
            "<https://aka.ms/LearnAboutSenderIdentification>",
            "[EXTERNAL] This message came from an external sender. Be careful with links.",
            "** External email - think before you click **",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Channel renderers
# ---------------------------------------------------------------------------------------------


def ch_email_reply(c: Ctx) -> str:
    """A customer's reply e-mail: greeting, request, signature, quoted history."""
    rng = c.rng
    client = _w(rng, ["outlook", "gmail", "apple", "mobile"], [42, 34, 12, 12])
    agent = _agent(rng)
    parts: list[str] = []
    if rng.random() < 0.3:
        subj = _subject(c)
        subj = subj if subj.startswith(("Re:", "RE:")) else f"Re: {subj}"
        date = d_rfc(c.when, c.co.city)
        hdr = f"From: {c.person.full} <{c.person.email}>\nTo: {VENDOR} Support <{SUPPORT_ADDR}>"
        parts.append(f"{hdr}\nSubject: {subj}\nDate: {date}")
    if rng.random() < 0.18:
        parts.append(external_banner(c))
    if client == "mobile":
        body = customer_body(c)
        parts.append(f"{body}\n\n{mobile_footer(c)}")
    else:
        body = customer_body(c)
        if rng.random() < 0.85:
            sig = signature(c).removeprefix("-- \n")
            if body.endswith("\n" + c.person.first) and rng.random() < 0.6:
                body = body[: -len(c.person.first) - 1]
            dash = "-- \n" if client == "gmail" or c.co.sig_style == 2 else ""
            body += "\n\n" + dash + sig
        parts.append(body)
    if rng.random() < 0.72:
        if client == "outlook":
            parts.append(quoted_outlook(c, agent))
        elif client == "gmail":
            parts.append(quoted_gmail(c, agent))
        else:
            dt = _nearby(c.when, rng)
            head = f"On {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year}, at {dt:%H:%M}, "
            head += f"{agent[0]} {agent[1]} <{SUPPORT_ADDR}> wrote:"
            parts.append(f"{head}\n\n{quote_prefix(previous_message(c, agent))}")
    return "\n\n".join(parts)


FORWARD_NOTES = [
    "FYI - see below from {company} - can someone from product take a look?",
    "Another one for the feedback board \U0001f447",
    "Forwarding per our process. Customer is on {plan}, renewal coming up.",
    "Passing this along from {first} at {company} - not urgent.",
    "Logging this for the roadmap review. Thx!",
    "See below. I told them I'd check with the team.",
    "Adding to the feedback inbox.",
    "+product. Came in on my side, not sure who owns this.",
    "Hi team, forwarding from one of my accounts ({company}). Happy to loop you in.",
    "fwd",
    "",
]


CUSTOMER_FORWARD_NOTES = [
    "Hi {vendor} team, forwarding this from {first} on our {team} team - can you help?",
    "Hi Support, see below from my colleague.",
    "FYI - could you take a look at the below? Thanks",
    "Forwarding as discussed.",
    "Hi {agent}, one from our side, see below.",
    "See below \U0001f447",
]


def ch_email_forward(c: Ctx) -> str:
    """A forward whose forwarded part holds the customer's request.

    Either our AE/CSM forwards a customer e-mail to the feedback inbox, or a colleague at the
    customer forwards their teammate's e-mail to support.
    """
    rng = c.rng
    internal = rng.random() < 0.65
    if internal:
        col = _colleague(rng)
        fwd_name = f"{col[0]} {col[1]}"
        fwd_addr = f"{_ascii(col[0])}.{_ascii(col[1])}@{VDOMAIN}"
        note = _fmt(rng.choice(FORWARD_NOTES), c)
        if rng.random() < 0.5:
            note_sig = col[0]
        else:
            note_sig = f"{col[0]} {col[1]}\n{col[2]} | {VENDOR}"
        dest = f"feedback@{VDOMAIN}"
        greeting = None
    else:
        fwd = make_person(c.co, rng)
        fwd_name, fwd_addr = fwd.full, fwd.email
        note = _fmt(rng.choice(CUSTOMER_FORWARD_NOTES), c)
        note_sig = signature(Ctx(rng, c.req, fwd, c.when, c.seed), with_disclaimer=False)
        dest = SUPPORT_ADDR
        greeting = rng.choice([f"Hi {fwd.first},", f"Hey {fwd.first}", f"{fwd.first} -", "Hi,"])
    top = f"{note}\n\n{note_sig}" if note else note_sig
    if rng.random() < 0.3:
        top = (
            f"From: {fwd_name} <{fwd_addr}>\nTo: {dest}\n"
            f"Subject: {rng.choice(['Fwd', 'FW', 'Fw'])}: {_subject(c)}\n\n{top}"
        )
    if rng.random() < 0.2:
        top += "\n\n" + mobile_footer(c)
    inner = customer_body(c, greeting=greeting)
    if rng.random() < (0.8 if internal else 0.5):
        if inner.endswith("\n" + c.person.first):
            inner = inner[: -len(c.person.first) - 1]
        inner += "\n\n" + signature(c, with_disclaimer=internal)
    subj = _subject(c)
    sender = f"{c.person.full} <{c.person.email}>"
    to = f"{fwd_name} <{fwd_addr}>"
    style = _w(rng, ["gmail", "outlook", "apple"], [45, 40, 15])
    if style == "gmail":
        head = (
            f"---------- Forwarded message ---------\nFrom: {sender}\n"
            f"Date: {d_gmail_us(c.when)}\nSubject: {subj}\nTo: {to}"
        )
    elif style == "outlook":
        head = outlook_header(c, sender, to, subj, c.when)
        if rng.random() < 0.5:
            head = "_" * 32 + "\n" + head
    else:
        date = f"{c.when.day} {MONTHS[c.when.month - 1]} {c.when.year} at {c.when:%H:%M:%S}"
        date += f" {tz(c.when, c.co.city)}"
        head = (
            f"Begin forwarded message:\n\nFrom: {sender}\nSubject: {subj}\nDate: {date}\nTo: {to}"
        )
    text = f"{top}\n\n{head}\n\n{inner}"
    if internal and rng.random() < 0.3:
        text += "\n\n" + quoted_gmail(c, _agent(rng))
    return text


def ch_email_html(c: Ctx) -> str:
    """A raw HTML e-mail body (Gmail or Outlook/Word markup) with the request inside."""
    rng = c.rng
    lang = _lang_of(c)
    greet = _fmt(rng.choice(GREETINGS.get(lang, GREETINGS["en"])), c)
    close = rng.choice(CLOSINGS.get(lang, CLOSINGS["en"]))
    p, co = c.person, c.co
    if rng.random() < 0.5:
        sig = (
            f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
            f'<div dir="ltr"><b>{p.full}</b><br>{p.title} | {co.name}<br>'
            f'<a href="tel:{co.phone.replace(" ", "")}">{co.phone}</a><br>'
            f'<a href="https://www.{co.domain}">www.{co.domain}</a></div></div>'
        )
        dt = _nearby(c.when, rng)
        agent = _agent(rng)
        quote = ""
        if rng.random() < 0.6:
            quote = (
                '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                f"{d_gmail_us(dt)} {agent[0]} {agent[1]} &lt;"
                f'<a href="mailto:{SUPPORT_ADDR}">{SUPPORT_ADDR}</a>&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:'
                '1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">'
                f"Hi {p.first},<div><br></div><div>{_fmt(rng.choice(AGENT_MSGS), c)}</div>"
                "</div></blockquote></div>"
            )
        nl = "\n" if rng.random() < 0.5 else ""
        return (
            f'<div dir="ltr"><div>{greet}</div><div><br></div>{nl}<div>{c.req}</div>{nl}'
            f"<div><br></div><div>{close}</div><div>{p.first}</div><div><br></div>"
            f"{nl}-- <br>{sig}</div>{nl}{quote}"
        )
    style = (
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n'
        "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n"
        '\tfont-family:"Aptos",sans-serif;}\n--></style>'
    )
    span = '<span style="font-size:11.0pt">' if rng.random() < 0.5 else '<span lang="EN-GB">'

    def para(x: str) -> str:
        return f'<p class="MsoNormal">{span}{x}<o:p></o:p></span></p>'

    empty = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    rows = [
        para(greet),
        empty,
        para(c.req),
        empty,
        para(close),
        para(p.first),
        empty,
        f'<p class="MsoNormal"><b>{p.full}</b><br>{p.title}<br>{co.name}<br>{co.phone}</p>',
    ]
    if co.disclaimer and rng.random() < 0.6:
        rows.append(
            f'<p class="MsoNormal"><i><span style="font-size:8.0pt;color:gray">'
            f"{co.disclaimer}</span></i></p>"
        )
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    )
    body = "\n".join(rows)
    return (
        f'{head}{style}\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" '
        f'style="word-wrap:break-word">\n<div class="WordSection1">\n{body}\n</div>\n</body>\n'
        "</html>"
    )


NO_REPLY = [
    "Please do not reply to this email. / Bitte antworten Sie nicht auf diese E-Mail. / "
    "Merci de ne pas répondre à cet e-mail. / Por favor, no responda a este correo.",
    "This is an automated message - please do not reply. Ceci est un message automatique, "
    "merci de ne pas y répondre. Dies ist eine automatisch generierte Nachricht.",
    "Replies to this address are not monitored. Le risposte a questo indirizzo non vengono "
    "lette. Respuestas a esta dirección no son monitoreadas.",
]
TAGS = [
    "feature_request",
    "assistant",
    "routines",
    "voice",
    "mobile",
    "enterprise",
    "vip",
    "renewal_q3",
    "needs_triage",
    "product_feedback",
    "how_to",
    "admin",
    "integration",
    "churn_risk",
    "onboarding",
    "emea",
    "apac",
    "na",
    "tier2",
    "from_widget",
]
INTERNAL_NOTES = [
    "Checked the logs, customer is on v{ver}. Nothing obviously broken - sending to Tier 2.",
    "Customer is mid-renewal, please prioritise. cc @{col}",
    "Similar to #{ticket}. Linking.",
    "Macro 'Feature request - acknowledge' applied.",
    "Called the customer, no answer. Left voicemail.",
    "Added to Productboard.",
    "Escalated to product per CS playbook.",
    "Account owner is {col}. Keeping them posted.",
]
SLA_LINES = [
    "SLA: First reply due in {h}h {m}m (Business hours, {prio})",
    "\u26a0 SLA breach in {m} minutes",
    "Next reply due: {due}",
    "SLA policy: {plan} support - 8x5",
]
SAT_LINES = [
    "How would you rate the support you received?\nGood, I'm satisfied: "
    "https://{sub}.zendesk.com/requests/{tid}/satisfaction/good?locale=1\nBad, I'm "
    "unsatisfied: https://{sub}.zendesk.com/requests/{tid}/satisfaction/bad?locale=1",
    "Rate your experience: \u2b50\u2b50\u2b50\u2b50\u2b50 https://survey.{vd}/csat/{tid}",
    "How did we do? Take our 1-question survey: https://{vd}/r/csat?t={tid}",
]


def _sla(c: Ctx, prio: str) -> str:
    """One SLA notice line."""
    rng = c.rng
    due = c.when + timedelta(hours=rng.randint(1, 30))
    return rng.choice(SLA_LINES).format(
        h=rng.randint(0, 7), m=rng.randint(3, 59), prio=prio, due=d_iso(due), plan=c.co.plan
    )


def _note(c: Ctx) -> str:
    """An internal agent note (neutral content)."""
    rng = c.rng
    col = _colleague(rng)
    return rng.choice(INTERNAL_NOTES).format(
        ver=f"{rng.randint(3, 6)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        col=col[0].lower(),
        ticket=rng.randint(18000, 99999),
    )


def ticket_zendesk(c: Ctx) -> str:
    """Zendesk: requester notification e-mail or agent-view export."""
    rng = c.rng
    tid = rng.randint(18000, 99999)
    sub = _w(rng, ["corvane", "corvanehelp", "corvane-support"], [80, 12, 8])
    agent = _agent(rng)
    body = customer_body(c, closing=rng.random() < 0.7)
    if rng.random() < 0.5:
        lines = [
            "##- Please type your reply above this line -##",
            "",
            rng.choice(
                [
                    f"Your request ({tid}) has been received and is being reviewed by our "
                    "support staff.",
                    f"Thank you for contacting {VENDOR} Support. Your request ({tid}) has been "
                    "received and a member of our team will be in touch shortly.",
                    f"Hi {c.person.first}, we got your message. Ticket #{tid} is now open.",
                ]
            ),
            "",
            "To add additional comments, reply to this email.",
            "",
            "-" * 46,
            "",
            f"{c.person.full} ({c.co.stem})",
            "",
            f"{d_short(c.when)}, {c.when:%H:%M} {tz(c.when, c.co.city)}",
            "",
            body,
        ]
        if rng.random() < 0.3:
            att = rng.choice(["screenshot.png", "image001.png", "Screen Recording.mov", "log.txt"])
            lines += ["", "Attachment(s)", att]
        lines += [
            "",
            "-" * 46,
            "",
            f"This email is a service from {VENDOR} Support. Delivered by Zendesk",
            "",
            f"[{_alnum(rng, 6, True)}-{_alnum(rng, 5, True)}]",
        ]
        if rng.random() < 0.5:
            lines += ["", rng.choice(NO_REPLY)]
        return "\n".join(lines)
    prio = _w(rng, ["Low", "Normal", "High", "Urgent"], [15, 60, 20, 5])
    status = _w(rng, ["New", "Open", "Pending", "On-hold"], [40, 40, 15, 5])
    tags = " ".join(rng.sample(TAGS, rng.randint(1, 4)))
    via = _w(rng, ["Email", "Web form", "Web Widget", "API", "Mobile SDK"], [50, 25, 15, 5, 5])
    lines = [
        f"#{tid} {_subject(c)}",
        f"Status: {status}   Priority: {prio}   Type: {rng.choice(['Question', 'Task', '-'])}",
        f"Requester: {c.person.full} <{c.person.email}>",
        f"Organization: {c.co.name}",
        f"Assignee: Support/{agent[0]} {agent[1]}" if rng.random() < 0.7 else "Assignee: -",
        f"Tags: {tags}",
        f"Via: {via}  |  Created {d_short(c.when)} {c.when:%H:%M}",
    ]
    if rng.random() < 0.5:
        lines.append(_sla(c, prio))
    lines += ["", f"{c.person.full}  \u2022  {d_short(c.when)} {h12(c.when)}", "", body]
    if rng.random() < 0.4:
        lines += ["", f"Internal note \u2022 {agent[0]} {agent[1]}", _note(c)]
    if rng.random() < 0.25:
        lines += [
            "",
            rng.choice(SAT_LINES).format(sub=sub, tid=tid, vd=VDOMAIN),
        ]
    return "\n".join(lines)


def ticket_freshdesk(c: Ctx) -> str:
    """Freshdesk auto-acknowledgement with the original message below."""
    rng = c.rng
    tid = rng.randint(1200, 48000)
    body = customer_body(c, closing=rng.random() < 0.6)
    ack = (
        f"Dear {c.person.first},\n\nWe would like to acknowledge that we have received your "
        "request and a ticket has been created.\nA support representative will be reviewing "
        "your request and will send you a personal response (usually within 24 hours).\n\n"
        "To view the status of the ticket or add comments, please visit\n"
        f"https://corvane.freshdesk.com/helpdesk/tickets/{tid}\n\nThank you for your patience."
        f"\n\nSincerely,\n{VENDOR} Support Team"
    )
    meta = (
        f"Ticket #{tid} - {_subject(c)}\nStatus: Open | Priority: "
        f"{rng.choice(['Low', 'Medium', 'High'])} | Source: "
        f"{rng.choice(['Email', 'Portal', 'Chat', 'Phone'])}\nGroup: "
        f"{rng.choice(['L1 Support', 'Product Feedback', 'Billing', 'EMEA Support'])}"
    )
    orig = rng.choice(["Your original message:", "--- Original request ---", "Ticket description:"])
    return f"{meta}\n\n{ack}\n\n{orig}\n\n{body}"


def ticket_helpscout(c: Ctx) -> str:
    """Help Scout conversation view."""
    rng = c.rng
    num = rng.randint(2000, 9999)
    agent = _agent(rng)
    body = customer_body(c)
    if rng.random() < 0.6:
        body += "\n\n" + signature(c, with_disclaimer=rng.random() < 0.4)
    lines = [
        f"Conversation #{num} \u00b7 {rng.choice(['Support', 'Feedback', 'Customers'])} mailbox",
        f"Customer: {c.person.full} ({c.person.email})",
        f"Status: {rng.choice(['Active', 'Pending'])}   Assigned: {agent[0]} {agent[1][0]}.",
        f"Tags: {', '.join(rng.sample(TAGS, 2))}",
        "",
        f"{c.person.full} \u00b7 {d_short(c.when)} at {h12(c.when)}",
        "",
        body,
    ]
    if rng.random() < 0.5:
        lines += ["", f"Note \u00b7 {agent[0]} {agent[1][0]}.", _note(c)]
    if rng.random() < 0.3:
        lines += ["", f"{agent[0]} {agent[1][0]}. changed status to Pending"]
    return "\n".join(lines)


def ticket_salesforce(c: Ctx) -> str:
    """Salesforce Service Cloud case detail (Email-to-Case / Web-to-Case)."""
    rng = c.rng
    case = f"{rng.randint(12000, 398000):08d}"
    origin = rng.choice(["Email", "Web", "Phone", "Chat"])
    desc = customer_body(c, closing=rng.random() < 0.5) if origin != "Phone" else c.req
    lines = [
        f"Case {case}",
        f"Subject: {_subject(c)}",
        f"Case Owner: {rng.choice(['Tier 1 Queue', 'Product Feedback Queue', 'EMEA Queue'])}",
        f"Status: {rng.choice(['New', 'Working', 'Escalated'])}    "
        f"Priority: {rng.choice(['Low', 'Medium', 'High'])}    Case Origin: {origin}",
        f"Account Name: {c.co.name}",
        f"Contact Name: {c.person.full}",
        f"Contact Email: {c.person.email}",
        f"Contact Phone: {c.person.mobile or c.co.phone}",
        f"Date/Time Opened: {c.when.month}/{c.when.day}/{c.when.year} {h12(c.when)}",
        f"Product: {rng.choice(MODULES)}",
        "",
        "Description",
        desc,
    ]
    if origin == "Email" and rng.random() < 0.6:
        lines += ["", f"ref:_00D{_alnum(rng, 5)}._500{_alnum(rng, 6)}:ref"]
    if rng.random() < 0.35:
        lines += ["", "Case Comments (1)", f"{_note(c)} - {_agent(rng)[0]}"]
    return "\n".join(lines)


def ticket_servicenow(c: Ctx) -> str:
    """ServiceNow customer service case / incident."""
    rng = c.rng
    num = f"{rng.choice(['CS', 'INC'])}{rng.randint(1000, 99999):07d}"
    grp = rng.choice(["CSM - Product Feedback", "Service Desk L1", "Assist Platform Support"])
    lines = [
        f"{num}",
        f"Short description: {_subject(c)}",
        f"Caller: {c.person.full} | Company: {c.co.name}",
        f"Contact type: {rng.choice(['Email', 'Self-service', 'Phone', 'Chat'])}",
        f"Impact: {rng.choice(['3 - Low', '2 - Medium'])}   "
        f"Urgency: {rng.choice(['3 - Low', '2 - Medium'])}",
        f"Assignment group: {grp}",
        f"Opened: {c.when:%Y-%m-%d %H:%M:%S}",
        "",
        "Description:",
        customer_body(c, closing=rng.random() < 0.5),
    ]
    if rng.random() < 0.5:
        lines += [
            "",
            "Work notes:",
            f"{(c.when + timedelta(minutes=rng.randint(5, 300))):%Y-%m-%d %H:%M:%S} - "
            f"{_agent(rng)[0]} {_agent(rng)[1]} (Work notes)",
            _note(c),
        ]
    if rng.random() < 0.4:
        lines += ["", "Ref:MSG" + f"{rng.randint(1000000, 9999999)}"]
    return "\n".join(lines)


def ticket_hubspot(c: Ctx) -> str:
    """HubSpot Service Hub ticket record."""
    rng = c.rng
    owner = _agent(rng)
    lines = [
        f"Ticket: {_subject(c)}",
        f"Ticket ID: {rng.randint(1_000_000_000, 9_999_999_999)}",
        "Pipeline: Support Pipeline",
        f"Ticket status: {rng.choice(['New', 'Waiting on contact', 'Waiting on us'])}",
        f"Priority: {rng.choice(['Low', 'Medium', 'High'])}",
        f"Source: {rng.choice(['Email', 'Chat', 'Form', 'Phone'])}",
        f"Ticket owner: {owner[0]} {owner[1]}",
        f"Associated contact: {c.person.full} ({c.person.email})",
        f"Associated company: {c.co.name}",
        f"Create date: {c.when.month:02d}/{c.when.day:02d}/{c.when.year} {h12(c.when)} "
        f"{tz(c.when, c.co.city)}",
        "",
        "Ticket description",
        customer_body(c, closing=rng.random() < 0.6),
    ]
    return "\n".join(lines)


def ch_helpdesk_ticket(c: Ctx) -> str:
    """A helpdesk ticket; one tool dominates the way it does in a real team."""
    kind = _w(
        c.rng,
        [
            ticket_zendesk,
            ticket_freshdesk,
            ticket_helpscout,
            ticket_salesforce,
            ticket_servicenow,
            ticket_hubspot,
        ],
        [55, 8, 8, 14, 6, 9],
    )
    return kind(c)


# --- chat ------------------------------------------------------------------------------------

BOT_GREETS = [
    "Hi there \U0001f44b What can we help you with today?",
    "Hey! \U0001f44b I'm Cora, {vendor}'s virtual assistant. Ask me anything.",
    "Welcome to {vendor}! How can we help?",
    "Hi! Before we connect you with the team, what's your question?",
    "Hello! Our team typically replies in a few minutes.",
]
CUSTOMER_OPENERS = [
    "hi",
    "hello",
    "hey there",
    "Hi, quick question",
    "hi, anyone there?",
    "Hello, I have a question about the assistant",
    "Talk to a human",
    "Ask a question",
    "hey",
    "Hi!",
    "good morning",
]
CUSTOMER_AFTER = [
    "thanks!",
    "ok great",
    "ty",
    "that's all, thanks",
    "still there?",
    "sorry, typing on my phone",
    "it's for our {team} team",
    "we're on the {plan} plan btw",
    "ok, I'll wait",
    "perfect, thank you",
    "\U0001f44d",
]
AGENT_REPLIES = [
    "Let me look into that for you.",
    "Good question! One sec while I check.",
    "Thanks for the details, I've logged this with our product team.",
    "I've passed this to the team - you'll hear back by email.",
    "Hi {first}! Thanks for waiting. Give me a minute to check.",
    "Thanks {first}. Could you confirm which workspace this is for?",
    "Happy to help with that!",
]
AGENT_GREETS = [
    "Hi {first}! How can I help?",
    "Hey {first}, {agent} here \U0001f44b what can I do for you?",
    "Hi there, thanks for reaching out. What's up?",
    "Hello! Sure, go ahead.",
]
BOT_AFTER = [
    "Thanks! A teammate will be with you shortly. You'll get replies here and to {email}.",
    "Got it. What's your work email so a human can follow up?",
    "Thanks! Routing you to the right person...",
    "The team typically replies in under 5m.",
    "I couldn't find an article for that. Connecting you to support \U0001f9d1\u200d\U0001f4bb",
]


def chat_turns(c: Ctx) -> list[tuple[str, str]]:
    """Build (role, text) turns; the request is split over 1-3 customer turns if multi-sentence."""
    rng = c.rng
    c.parts = split_parts(c.req, rng)
    turns: list[tuple[str, str]] = []
    if rng.random() < 0.7:
        turns.append(("bot", _fmt(rng.choice(BOT_GREETS), c)))
    if rng.random() < 0.6:
        turns.append(("customer", rng.choice(CUSTOMER_OPENERS)))
        if rng.random() < 0.4:
            turns.append(("agent", _fmt(rng.choice(AGENT_GREETS), c)))
    for i, part in enumerate(c.parts):
        turns.append(("customer", part))
        if i < len(c.parts) - 1 and rng.random() < 0.2:
            turns.append(("agent", "mhm, go on"))
    if rng.random() < 0.5:
        turns.append(("bot", rng.choice(BOT_AFTER).format(email=c.person.email)))
        if "email so" in turns[-1][1]:
            turns.append(("customer", c.person.email))
    if rng.random() < 0.7:
        turns.append(("agent", _fmt(rng.choice(AGENT_REPLIES), c)))
    if rng.random() < 0.45:
        turns.append(("customer", _fmt(rng.choice(CUSTOMER_AFTER), c)))
    return turns


def ch_chat(c: Ctx) -> str:
    """A live-chat transcript (Intercom, Drift, LiveChat, Zendesk Chat, WhatsApp)."""
    rng = c.rng
    turns = chat_turns(c)
    agent = _agent(rng)
    p = c.person
    vendor_fmt = _w(
        rng, ["intercom", "drift", "livechat", "zendesk", "whatsapp"], [40, 15, 15, 20, 10]
    )
    t = c.when
    stamps = []
    for _ in turns:
        stamps.append(t)
        t += timedelta(seconds=rng.randint(4, 140))
    names = {
        "bot": {"intercom": "Operator", "drift": f"{VENDOR} Bot"}.get(vendor_fmt, f"{VENDOR} Bot"),
        "agent": f"{agent[0]} from {VENDOR}" if vendor_fmt == "intercom" else agent[0],
        "customer": p.full,
    }
    if vendor_fmt == "drift" and rng.random() < 0.5:
        names["customer"] = f"Visitor {rng.randint(100000, 999999)}"
    out: list[str] = []
    if vendor_fmt == "intercom":
        out += [
            f"Conversation with {p.full}",
            f"Started on {MONTHS[c.when.month - 1]} {c.when.day} at {h12(c.when)}",
            f"{p.email} \u00b7 {c.co.name} \u00b7 Plan: {c.co.plan}",
            "",
        ]
        for (role, msg), ts in zip(turns, stamps, strict=True):
            out.append(f"{names[role]}  {h12(ts)}\n{msg}\n")
        if rng.random() < 0.5:
            out.append(f"Conversation closed by {agent[0]}")
        if rng.random() < 0.3:
            out.append(f"{p.first} rated the conversation {rng.choice(['Amazing', 'Great', 'OK'])}")
    elif vendor_fmt == "drift":
        city = c.co.city
        out += [
            f"Drift conversation {rng.randint(1000000, 9999999)} - Visitor from {city.name}, "
            f"{city.country}",
            f"Visitor joined the conversation (page: https://www.{VDOMAIN}/"
            f"{rng.choice(['pricing', 'product/assist', 'customers', 'docs/routines'])})",
        ]
        for (role, msg), ts in zip(turns, stamps, strict=True):
            if role == "agent" and f"{agent[0]} {agent[1]} joined" not in "\n".join(out):
                out.append(f"{agent[0]} {agent[1]} joined the conversation")
            out.append(f"[{ts:%H:%M:%S}] {names[role]}: {msg}")
    elif vendor_fmt == "livechat":
        dur = stamps[-1] - stamps[0]
        out += [
            "Chat transcript",
            f"Visitor: {p.full}",
            f"Agent: {agent[0]} {agent[1]}",
            f"Date: {c.when:%Y-%m-%d}",
            f"Duration: {dur.seconds // 60}m {dur.seconds % 60}s",
            f"Group: {rng.choice(['Support EN', 'Sales', 'Support DACH', 'General'])}",
            f"Rating: {rng.choice(['Rated good', 'Not rated', 'Not rated', 'Rated bad'])}",
            "",
        ]
        for (role, msg), ts in zip(turns, stamps, strict=True):
            out.append(f"{names[role]} {h12(ts).replace(' ', f':{ts.second:02d} ')}: {msg}")
    elif vendor_fmt == "zendesk":
        out += [f"Chat started: {c.when:%Y-%m-%d} {h12(c.when)} UTC", ""]
        out.append(f"({h12(stamps[0])}) *** {names['customer']} joined the chat ***")
        for (role, msg), ts in zip(turns, stamps, strict=True):
            out.append(f"({h12(ts)}) {names[role]}: {msg}")
        out.append(f"({h12(stamps[-1])}) *** {names['customer']} left the chat ***")
        if rng.random() < 0.5:
            ua = rng.choice(USER_AGENTS)
            out += [
                "",
                f"Visitor info: {ua}",
                f"IP/location: {c.co.city.name}, {c.co.city.country}",
            ]
    else:
        for (role, msg), ts in zip(turns, stamps, strict=True):
            who = p.full if role == "customer" else f"{VENDOR} Support"
            out.append(f"[{ts:%d/%m/%Y, %H:%M:%S}] {who}: {msg}")
        out.insert(0, f"WhatsApp conversation \u00b7 {p.mobile or c.co.phone} \u00b7 via Twilio")
    return "\n".join(out).rstrip()


# --- Slack / Teams ---------------------------------------------------------------------------

REACTIONS = [":eyes:", ":+1:", ":white_check_mark:", ":raised_hands:", ":pray:", ":thinking_face:"]


def ch_slack_teams(c: Ctx) -> str:
    """A Slack (Connect) or Microsoft Teams message forwarded into a feedback channel."""
    rng = c.rng
    p = c.person
    agent = _agent(rng)
    col = _colleague(rng)
    chan = f"ext-{_ascii(c.co.stem)}-{VENDOR.lower()}"
    msg = c.req
    if rng.random() < 0.45:
        mention = rng.choice([f"@{agent[0]} {agent[1]}", f"<@U0{_alnum(rng, 8, True)}>", "@here"])
        msg = f"{mention} {msg}"
    if rng.random() < 0.3:
        msg = f"{rng.choice(['hey team', 'hi all', 'morning!', 'qq'])} {msg}"
    if rng.random() < 0.3:
        msg += rng.choice([" \U0001f64f", " :pray:", " thx!", " :slightly_smiling_face:"])
    if rng.random() < 0.65:
        lines = []
        if rng.random() < 0.6:
            icon = rng.choice(["\U0001f4ac ", ":speech_balloon: ", ""])
            lines.append(f"{icon}New feedback from #{chan} (Slack Connect)")
        lines += [f"{p.full} ({c.co.stem})  {h12(c.when)}", msg]
        if rng.random() < 0.6:
            picks = rng.sample(REACTIONS, rng.randint(1, 3))
            lines.append("  ".join(f"{r} {rng.randint(1, 4)}" for r in picks))
        if rng.random() < 0.5:
            n = rng.randint(1, 6)
            lines.append(
                f"{n} {'reply' if n == 1 else 'replies'}  Last reply {rng.randint(1, 5)}h ago"
            )
            if rng.random() < 0.6:
                reply = rng.choice(
                    [
                        "thanks! logging this for the product team 👍",
                        f"Hey {p.first}, checking with the team and will get back to you",
                        "+1, another customer asked for the same last week",
                        ":ticket: created",
                    ]
                )
                lines.append(f"  ↳ {agent[0]} {agent[1]}: {reply}")
        if rng.random() < 0.7:
            wf = rng.choice(
                ["Log customer feedback", "Send to #product-feedback", "Feedback intake"]
            )
            lines += ["", f"Sent via Slack workflow \u201c{wf}\u201d by {col[0]} {col[1]}"]
        if rng.random() < 0.3:
            lines.append(
                f"Permalink: https://{VENDOR.lower()}.slack.com/archives/C0{_alnum(rng, 8, True)}"
                f"/p{int(c.when.timestamp())}{rng.randint(100000, 999999)}"
            )
        return "\n".join(lines)
    lines = [
        f"Shared from Microsoft Teams \u00b7 Customers > {c.co.stem}",
        f"[{c.when.month}/{c.when.day}/{c.when.year} {h12(c.when)}] {p.full} (External)",
        msg,
    ]
    if rng.random() < 0.5:
        lines.append(f"Reactions: \U0001f44d {rng.randint(1, 5)}")
    if rng.random() < 0.5:
        lines.append(f"\u21b3 {agent[0]} {agent[1]} replied in thread")
    return "\n".join(lines)


# --- calls and CRM ---------------------------------------------------------------------------

CALL_TOPICS = [
    "Quarterly business review",
    "Renewal discussion",
    "Onboarding check-in",
    "Weekly sync",
    "Expansion - additional seats",
    "Technical deep dive",
    "Executive alignment",
    "Pilot wrap-up",
]
STAGES = [
    "Discovery",
    "Evaluation",
    "Proposal",
    "Negotiation",
    "Closed Won",
    "Renewal - Open",
    "Onboarding",
]
RECAP_LINES = [
    "The team reviewed adoption across {seats} seats; weekly active usage is up since the last "
    "review.",
    "{first} confirmed budget is approved for the next fiscal year.",
    "Discussed the rollout plan for the {team} team and training sessions.",
    "Security review is complete; legal is reviewing the DPA.",
    "{first} mentioned they are also evaluating two other vendors.",
    "Pricing for additional seats was discussed; {col} will follow up.",
    "Overall sentiment positive; main concern is change management.",
    "Integration with their SSO provider went live last week.",
]
NEXT_STEPS = [
    "{col} to send updated pricing by Friday",
    "Schedule admin training for the {team} team",
    "Share security documentation (SOC 2 report)",
    "{first} to confirm headcount for Q{q}",
    "Book follow-up call in two weeks",
    "Loop in product manager on the feature questions",
    "Send recap email with recording link",
]


def _recap(c: Ctx, k: int) -> list[str]:
    """k neutral recap bullet texts."""
    rng = c.rng
    col = _colleague(rng)[0]
    return [
        s.format(
            seats=c.co.seats,
            first=c.person.first,
            team=rng.choice(TEAMS),
            col=col,
            q=rng.randint(1, 4),
        )
        for s in rng.sample(RECAP_LINES, k)
    ]


def _steps(c: Ctx, k: int) -> list[str]:
    """k neutral next-step texts."""
    rng = c.rng
    col = _colleague(rng)[0]
    return [
        s.format(first=c.person.first, team=rng.choice(TEAMS), col=col, q=rng.randint(1, 4))
        for s in rng.sample(NEXT_STEPS, k)
    ]


def _zoom_step(step: str, col: tuple[str, str, str], c: Ctx) -> str:
    """Zoom-style next step: 'Owner will do X.' unless the step already names its owner."""
    head = step.split()[0]
    if head in (c.person.first, *(x[0] for x in COLLEAGUES)):
        first, _, rest = step.partition(" to ")
        return f"{first} will {rest}." if rest else f"{step}."
    return f"{col[0]} {col[1]} will {step[0].lower()}{step[1:]}."


def ch_call_notes(c: Ctx) -> str:
    """Call notes and meeting-recorder summaries (Gong, Zoom AI Companion, Chorus, manual)."""
    rng = c.rng
    p, co = c.person, c.co
    col = _colleague(rng)
    col2 = _colleague(rng)
    topic = rng.choice(CALL_TOPICS)
    kind = _w(rng, ["gong", "zoom", "chorus", "manual", "fireflies"], [30, 25, 12, 25, 8])
    quoted = rng.random() < 0.5
    ask = f"\u201c{c.req}\u201d" if quoted else c.req
    if kind == "gong":
        pts = [f"  \u2022 {x}" for x in _recap(c, rng.randint(2, 4))]
        pts.insert(rng.randint(0, len(pts)), f"  \u2022 {p.first} asked: {ask}")
        lines = [
            "Gong call summary",
            f"{co.stem} <> {VENDOR} | {topic}",
            f"{DAYS[c.when.weekday()][:3]}, {d_short(c.when)} \u00b7 {rng.randint(18, 62)} min",
            f"Account: {co.name}   Opportunity: {co.stem} - {rng.choice(['Renewal', 'Expansion'])}"
            f" {c.when.year + 1}   Stage: {rng.choice(STAGES)}",
            "",
            "Participants",
            f"  {co.stem}: {p.full} ({p.title})"
            + (
                f", {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                if rng.random() < 0.5
                else ""
            ),
            f"  {VENDOR}: {col[0]} {col[1]} ({col[2]}), {col2[0]} {col2[1]} ({col2[2]})",
            "",
            "Key points",
            *pts,
            "",
            "Next steps",
            *[f"  \u2022 {x}" for x in _steps(c, rng.randint(1, 3))],
        ]
        if rng.random() < 0.5:
            lines += [
                "",
                f"Trackers: Competitors ({rng.randint(0, 4)}), Pricing "
                f"({rng.randint(1, 9)}), Feature request ({rng.randint(1, 3)})",
            ]
        return "\n".join(lines)
    if kind == "zoom":
        lines = [
            f"Meeting summary for {co.stem} / {VENDOR} {topic.lower()} "
            f"({c.when.month:02d}/{c.when.day:02d}/{c.when.year})",
            "",
            "Quick recap",
            " ".join(_recap(c, 2)),
            "",
            "Next steps",
            *[_zoom_step(x, col, c) for x in _steps(c, 2)],
            "",
            "Summary",
            rng.choice(["Feature requests", "Product feedback", "Open questions", "Customer asks"]),
            f"{p.full} raised the following: {ask}",
        ]
        if rng.random() < 0.5:
            lines += [
                "",
                "AI-generated content may be inaccurate or misleading. Always check for accuracy.",
            ]
        return "\n".join(lines)
    if kind in ("chorus", "fireflies"):
        start = timedelta(seconds=rng.randint(60, 2400))
        ts = str(start).rjust(8, "0")
        before = _recap(c, 1)[0]
        head = (
            f"Chorus.ai \u00b7 {topic} \u00b7 {co.name}"
            if kind == "chorus"
            else f"Fireflies.ai notes \u2014 {co.stem} x {VENDOR} ({d_short(c.when)})"
        )
        lines = [
            head,
            f"Attendees: {p.full}, {col[0]} {col[1]}, {col2[0]} {col2[1]}",
            "",
            "Key moment \u2014 Feature request" if kind == "chorus" else "Action items",
        ]
        if kind == "fireflies":
            lines += [f"- {x}" for x in _steps(c, 2)]
            lines += ["", "Transcript excerpt"]
        lines += [
            f"{col[0]} {col[1]}  {ts}",
            rng.choice(["Anything else on your wishlist?", "What else would help your team?"]),
            f"{p.full}  {str(start + timedelta(seconds=rng.randint(3, 20))).rjust(8, '0')}",
            c.req,
            f"{col[0]} {col[1]}  "
            + str(start + timedelta(seconds=rng.randint(25, 60))).rjust(8, "0"),
            rng.choice(["Got it, I'll take that back to the product team.", "Noted, makes sense."]),
            "",
            f"Context: {before}",
        ]
        return "\n".join(lines)
    bullets = [f"- {x}" for x in _recap(c, rng.randint(1, 3))]
    bullets.insert(
        rng.randint(0, len(bullets)), f"- {ask}" if rng.random() < 0.5 else f"- ask: {c.req}"
    )
    lines = [
        f"Call w/ {p.first} ({co.stem}) {c.when.month}/{c.when.day}",
        f"attendees: {p.full}, {col[0]}" + (f", {col2[0]}" if rng.random() < 0.5 else ""),
        "",
        *bullets,
        "",
        "AI:",
        *[f"- {x}" for x in _steps(c, rng.randint(1, 2))],
    ]
    return "\n".join(lines)


def ch_crm_note(c: Ctx) -> str:
    """A CRM activity (Salesforce task, HubSpot note, Pipedrive, Gainsight timeline)."""
    rng = c.rng
    p, co = c.person, c.co
    col = _colleague(rng)
    lead = rng.choice(
        [
            f"Spoke w/ {p.first} re: renewal.",
            f"Check-in call with {p.first}.",
            f"{p.first} emailed after the training session.",
            "QBR prep call.",
            f"Met {p.first} at the {co.city.name} user meetup.",
            "",
        ]
    )
    mid = rng.choice(
        [
            f"{p.first} asked: {c.req}",
            f"They asked: {c.req}",
            f"Customer ask: {c.req}",
            f"Request - {c.req}",
            f"{p.first} asked \u201c{c.req}\u201d",
            c.req,
        ]
    )
    end = rng.choice(
        ["Will follow up.", "Logged for product.", "", "Next touch in 2 wks.", "FYI @CS"]
    )
    comment = " ".join(
        x for x in [lead, mid + (_end_sep(mid, rng).rstrip() if end else ""), end] if x
    )
    kind = _w(rng, ["salesforce", "hubspot", "pipedrive", "gainsight"], [40, 35, 10, 15])
    if kind == "salesforce":
        task = "Call" if rng.random() < 0.6 else rng.choice(["Email", "Meeting"])
        return "\n".join(
            [
                f"Task: {task}",
                f"Subject: {task} - {p.full}",
                f"Related To: {co.stem} - Renewal FY{(c.when.year + 1) % 100} (Opportunity)",
                f"Name: {p.full}",
                f"Assigned To: {col[0]} {col[1]}",
                f"Due Date: {c.when.month}/{c.when.day}/{c.when.year}",
                "Status: Completed",
                "Comments:",
                comment,
            ]
        )
    if kind == "hubspot":
        return "\n".join(
            [
                f"Note \u00b7 {col[0]} {col[1]} \u00b7 {d_short(c.when)} at {h12(c.when)} "
                f"{tz(c.when, c.co.city)}",
                "Associated with 1 contact, 1 company, 1 deal",
                "",
                comment,
            ]
        )
    if kind == "pipedrive":
        return (
            f"{col[0]} {col[1]} added a note \u00b7 {c.when:%d %b %Y %H:%M}\n"
            f"Deal: {co.stem} \u2013 {rng.choice(['Expansion', 'New business', 'Upsell'])} | "
            f"Person: {p.full} | Organization: {co.name}\n\n{comment}"
        )
    return "\n".join(
        [
            f"Timeline \u00b7 {co.name} \u00b7 Activity type: "
            f"{rng.choice(['Call', 'Meeting', 'Update'])}",
            f"Author: {col[0]} {col[1]} ({col[2]})  |  {c.when:%Y-%m-%d}",
            f"Health score: {rng.randint(38, 96)}  |  ARR: "
            f"${rng.randint(8, 420)},{rng.randint(0, 999):03d}",
            "",
            comment,
        ]
    )


# --- reviews ---------------------------------------------------------------------------------

REVIEW_TITLES = [
    "Useful, but...",
    "Almost perfect",
    "Needs one thing",
    "Great app",
    "Frustrating at times",
    "Love it",
    "Good for our team",
    "Solid assistant for our ops team",
    "Could be better",
    "3 stars for now",
    "Game changer for our front desk",
    "Decent",
    "Missing features",
]
LIKES = [
    "Easy to set up and the team picked it up quickly.",
    "Saves us a lot of time on routine admin work.",
    "Support has been responsive whenever we had questions.",
    "The mobile app is fast and reliable.",
    "Admin console is clear and permissions are easy to manage.",
    "Good value for the price compared to what we used before.",
]
PROBLEMS = [
    "We use it to keep the {team} team organised across three offices.",
    "It replaced a bunch of spreadsheets and sticky notes.",
    "Handles most day-to-day requests for our {team} staff.",
]


def _stars(n: int) -> str:
    """Unicode star rating."""
    return "\u2605" * n + "\u2606" * (5 - n)


def ch_review(c: Ctx) -> str:
    """App Store / Google Play / G2 / Capterra / Trustpilot review with metadata."""
    rng = c.rng
    p, co = c.person, c.co
    stars = _w(rng, [1, 2, 3, 4, 5], [8, 12, 25, 35, 20])
    title = rng.choice(REVIEW_TITLES)
    kind = _w(rng, ["appstore", "play", "g2", "capterra", "trustpilot"], [22, 18, 25, 18, 17])
    nick = rng.choice(
        [
            f"{_ascii(p.first)}{rng.randint(1, 99)}",
            f"{p.first} {p.last[0]}.",
            f"{_ascii(p.last)}_ops",
            "Frustrated admin",
            "busy office mgr",
            f"{p.first}",
        ]
    )
    dev = rng.choice(
        [
            f"Hi {p.first}, thanks for the feedback! We've shared this with our product team.",
            "Thanks for taking the time to review us. Please reach out to support@corvane.io so "
            "we can help.",
            "We appreciate the honest review and are always working to improve.",
        ]
    )
    if kind == "appstore":
        lines = [
            _stars(stars),
            title,
            f"{nick}, {c.when:%m/%d/%Y}",
            c.req,
        ]
        if rng.random() < 0.5:
            lines += [
                "",
                f"Developer Response, {(c.when + timedelta(days=rng.randint(1, 9))):%m/%d/%Y}",
                dev,
            ]
        return "\n".join(lines)
    if kind == "play":
        lines = [
            p.full,
            f"{_stars(stars)}  {c.when.month}/{c.when.day}/{c.when.year % 100}",
            c.req,
            f"{rng.randint(1, 1400):,} people found this review helpful",
            "Did you find this helpful?  Yes  No",
        ]
        if rng.random() < 0.5:
            lines += [
                "",
                f"{VENDOR} Inc.  {(c.when + timedelta(days=2)).month}/"
                f"{(c.when + timedelta(days=2)).day}/{c.when.year % 100}",
                dev,
            ]
        return "\n".join(lines)
    if kind == "g2":
        size = rng.choice(
            [
                "Small-Business (50 or fewer emp.)",
                "Mid-Market (51-1000 emp.)",
                "Enterprise (> 1000 emp.)",
            ]
        )
        slot = rng.random()
        likes = rng.choice(LIKES)
        dislike = c.req if slot < 0.8 else rng.choice(["Nothing major so far.", "Pricing."])
        recs = c.req if slot >= 0.8 else rng.choice(["Do a proper pilot first.", "Go for it."])
        lines = [
            f"{PRODUCT} Reviews | G2",
            f"\u201c{title}\u201d",
            f"{_stars(stars)} {stars}.0/5",
            f"{p.first} {p.last[0]}."
            if rng.random() < 0.6
            else "Verified User in " + co.industry.title(),
            p.title,
            size,
            f"Reviewed on {d_long(c.when)} \u00b7 Validated Reviewer \u00b7 Verified Current User"
            " \u00b7 Review source: "
            + rng.choice(["Organic", "Invitation from " + VENDOR, "Seller invite"]),
            "",
            f"What do you like best about {PRODUCT}?",
            likes,
            "",
            f"What do you dislike about {PRODUCT}?",
            dislike,
            "",
            f"Recommendations to others considering {PRODUCT}:",
            recs,
            "",
            f"What problems is {PRODUCT} solving and how is that benefiting you?",
            _fmt(rng.choice(PROBLEMS), c),
            "",
            f"Was this review helpful?  Yes ({rng.randint(0, 12)})",
        ]
        return "\n".join(lines)
    if kind == "capterra":

        def sub() -> int:
            return max(1, min(5, stars + rng.randint(-1, 1)))

        lines = [
            f"{p.first} {p.last[0]}.",
            f"{p.title} \u00b7 {co.industry.title()} \u00b7 {co.seats} employees",
            "Used the software for: "
            + rng.choice(["6-12 months", "1-2 years", "2+ years", "Free Trial"]),
            "",
            f"\u201c{title}\u201d",
            f"Overall rating {stars}/5  Ease of use {sub()}/5  Customer Service "
            f"{sub()}/5  Value for money {sub()}/5",
            f"Likelihood to recommend: {max(0, min(10, 2 * stars - rng.randint(0, 2)))}/10",
            f"{d_long(c.when)}",
            "",
            "Pros",
            rng.choice(LIKES),
            "",
            "Cons",
            c.req,
        ]
        if rng.random() < 0.4:
            lines += ["", "Reasons for choosing " + PRODUCT, "Price and the integrations."]
        lines += ["", "Review Source: Capterra \u00b7 Reviewer Source: Verified LinkedIn User"]
        return "\n".join(lines)
    lines = [
        f"{p.first} {p.last[0]}. \u00b7 {co.city.country[:2].upper()} \u00b7 "
        f"{rng.randint(1, 14)} reviews",
        f"Rated {stars} out of 5 stars",
        f"{rng.randint(1, 30)} {rng.choice(['days', 'hours'])} ago",
        title,
        c.req,
        f"Date of experience: {d_long(c.when - timedelta(days=rng.randint(0, 10)))}",
        "Useful \u00b7 Share" + (" \u00b7 Verified" if rng.random() < 0.5 else ""),
    ]
    if rng.random() < 0.5:
        lines += ["", f"Reply from {VENDOR}", dev]
    return "\n".join(lines)


# --- surveys, widgets, forms -----------------------------------------------------------------

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.67",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.6723.86 Mobile Safari/537.36",
    f"{VENDOR}/4.{{minor}}.0 (iPhone15,2; iOS 18.1; Scale/3.00)",
]
APP_PATHS = [
    "/settings/routines",
    "/workspace/home",
    "/admin/users",
    "/assist/new",
    "/insights/weekly",
    "/voice/devices",
    "/billing",
    "/integrations/calendar",
]


def _ua(rng: random.Random) -> str:
    """A user-agent string."""
    return rng.choice(USER_AGENTS).replace("{minor}", str(rng.randint(0, 19)))


def _screen(ua: str, rng: random.Random) -> str:
    """Screen size consistent with the user agent (phone or desktop)."""
    if "iPhone" in ua or "Android" in ua:
        return rng.choice(["390x844", "393x852", "412x915", "360x800", "430x932"])
    return rng.choice(["1920x1080", "1440x900", "2560x1440", "1536x864", "1366x768", "1728x1117"])


def ch_survey(c: Ctx) -> str:
    """NPS / CSAT survey responses and in-app feedback widget submissions."""
    rng = c.rng
    p, co = c.person, c.co
    kind = _w(rng, ["delighted", "csat", "widget", "pendo", "qualtrics"], [25, 20, 30, 12, 13])
    if kind == "delighted":
        score = _w(rng, list(range(11)), [2, 1, 2, 3, 4, 6, 8, 12, 16, 12, 8])
        cat = "Detractor" if score <= 6 else ("Passive" if score <= 8 else "Promoter")
        return "\n".join(
            [
                f"New NPS response ({rng.choice(['Delighted', 'Wootric', 'Survicate'])})",
                f"Score: {score} ({cat})",
                f"Question: How likely are you to recommend {VENDOR} to a friend or colleague?",
                f"Comment: {c.req}",
                f"Person: {p.email}",
                f"Properties: plan={co.plan}, company={co.name}, seats={co.seats}, "
                f"country={co.city.country}",
                f"View response: https://app.delighted.com/r/{_alnum(rng, 12)}",
            ]
        )
    if kind == "csat":
        return "\n".join(
            [
                "CSAT survey \u2013 ticket follow-up",
                f"Ticket: #{rng.randint(18000, 99999)}   Agent: {_agent(rng)[0]}",
                f"Q1. How satisfied were you with the support you received? "
                f"{rng.choice(['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied'])}",
                "Q2. Did we resolve your issue? " + rng.choice(["Yes", "No", "Partially"]),
                "Q3. Anything else you'd like to tell us?",
                c.req,
                "",
                f"Submitted {d_iso(c.when)} by {p.email}",
            ]
        )
    if kind == "widget":
        ua = _ua(rng)
        lines = [
            "\U0001f4e3 New in-app feedback",
            f"Type: {rng.choice(['Idea', 'Feedback', 'Question', 'Other'])}",
            f"Message: {c.req}",
            "",
            f"User: {p.full} <{p.email}>",
            f"Account: {co.name} ({co.account_id}) \u00b7 Plan: {co.plan}",
            f"Page: https://app.{VDOMAIN}{rng.choice(APP_PATHS)}",
            f"Browser: {ua}",
            f"Screen: {_screen(ua, rng)}",
            f"App version: 4.{rng.randint(0, 19)}.{rng.randint(0, 9)} (build "
            f"{rng.randint(4000, 9999)})",
        ]
        if rng.random() < 0.3:
            lines.append(f"Console errors: {rng.randint(0, 3)}")
        return "\n".join(lines)
    if kind == "pendo":
        return "\n".join(
            [
                f"Pendo Feedback \u00b7 Guide: "
                f"\u201c{rng.choice(['Tell us what you think', 'Quick poll'])}\u201d",
                f"Visitor ID: {_hexid(rng, 16)}   Account ID: {co.account_id}",
                f"Poll 1 (rating 1-5): {rng.randint(1, 5)}",
                f"Poll 2 (open text): {c.req}",
                f"Responded: {d_short(c.when)} {h12(c.when)}",
                f"Browser: {_ua(rng)}",
            ]
        )
    return "\n".join(
        [
            f"Qualtrics \u00b7 {VENDOR} Customer Pulse {c.when.year} "
            f"Q{(c.when.month - 1) // 3 + 1}",
            f"Response ID: R_{_alnum(rng, 15)}",
            f"Recorded Date: {c.when:%Y-%m-%d %H:%M:%S}",
            f"Distribution Channel: {rng.choice(['email', 'anonymous', 'gl'])}",
            f"Q1 Overall satisfaction: {rng.randint(1, 10)}",
            "Q2 What is the one thing we could do to improve your experience?",
            c.req,
            f"Q3 Role: {p.title}",
            f"Q4 Company size: {co.seats}",
        ]
    )


def ch_web_form(c: Ctx) -> str:
    """Web form submissions (Typeform, HubSpot, Google Forms, Webflow, Jotform)."""
    rng = c.rng
    p, co = c.person, c.co
    kind = _w(rng, ["typeform", "hubspot", "gforms", "webflow", "jotform"], [25, 30, 20, 15, 10])
    area = rng.choice(MODULES + ["Other", "Not sure"])
    urgency = rng.choice(["Low", "Medium", "High", "Blocking us"])
    if kind == "typeform":
        return "\n".join(
            [
                f"New response to \u2018{VENDOR} feedback form\u2019",
                "",
                "1. What's your name?",
                p.full,
                "2. Work email",
                p.email,
                "3. Company",
                co.name,
                "4. Which area is this about?",
                area,
                "5. Tell us what you need",
                c.req,
                "6. How urgent is this?",
                urgency,
                "7. Can we contact you about this?",
                rng.choice(["Yes", "No"]),
                "",
                f"Submitted at {c.when:%Y-%m-%d %H:%M} \u00b7 Typeform \u00b7 "
                f"https://{VENDOR.lower()}.typeform.com/to/{_alnum(rng, 8)}",
            ]
        )
    if kind == "hubspot":
        lines = [
            "Form submission: "
            + rng.choice(["Contact us", "Product feedback", "Request a feature"]),
            f"Page URL: https://www.{VDOMAIN}/"
            + rng.choice(["contact", "feedback", "support", "help"]),
            f"Page title: {rng.choice(['Contact', 'Feedback', 'Support'])} | {VENDOR}",
            "",
            f"First Name: {p.first}",
            f"Last Name: {p.last}",
            f"Email: {p.email}",
            f"Company name: {co.name}",
            f"Phone Number: {p.mobile or co.phone}",
            f"Country/Region: {co.city.country}",
            f"Number of employees: {co.seats}",
            f"Message: {c.req}",
            f"I agree to receive other communications from {VENDOR}: {rng.choice(['Yes', 'No'])}",
        ]
        if rng.random() < 0.5:
            lines += [
                "",
                "View contact record: https://app.hubspot.com/contacts/"
                + str(rng.randint(1000000, 9999999)),
            ]
        return "\n".join(lines)
    if kind == "gforms":
        return "\n".join(
            [
                f"{VENDOR} Customer Feedback (Responses)",
                "You have a new response.",
                "",
                f"Timestamp: {c.when.month}/{c.when.day}/{c.when.year} {c.when:%H:%M:%S}",
                f"Email Address: {p.email}",
                f"Organisation: {co.name}",
                f"How long have you used {VENDOR}?: "
                f"{rng.choice(['< 3 months', '3-12 months', '1+ years'])}",
                f"Your feedback or request: {c.req}",
                f"May we follow up?: {rng.choice(['Yes', 'No'])}",
                "",
                "View all responses in Google Sheets",
            ]
        )
    if kind == "webflow":
        return "\n".join(
            [
                f"New form submission on {VDOMAIN}",
                f"Form: {rng.choice(['Contact Sales', 'Support', 'Demo request'])}",
                "",
                f"Name: {p.full}",
                f"Email: {p.email}",
                f"Company: {co.name}",
                f"Team size: {co.seats}",
                f"How can we help?: {c.req}",
                "",
                f"Site: {VENDOR} Marketing \u00b7 Submitted {d_short(c.when)}",
                "Webflow \u00b7 Unsubscribe from form notifications",
            ]
        )
    return "\n".join(
        [
            f"Jotform \u00b7 Support Request Form \u00b7 Submission "
            f"#{rng.randint(5_000_000_000, 5_999_999_999)}",
            f"Full Name: {p.full}",
            f"E-mail: {p.email}",
            f"Topic: {area}",
            f"Priority: {urgency}",
            f"Describe your request: {c.req}",
            "IP: " + ".".join(str(rng.randint(11, 223)) for _ in range(4)),
        ]
    )


# --- issue trackers and feedback boards ------------------------------------------------------


def ch_issue_tracker(c: Ctx) -> str:
    """Jira / GitHub / Linear issues created from customer feedback."""
    rng = c.rng
    p, co = c.person, c.co
    col = _colleague(rng)
    agent = _agent(rng)
    kind = _w(rng, ["jira", "github", "linear"], [50, 20, 30])
    summary = f"[{co.stem}] " + rng.choice(
        ["Customer feature request", "Feedback from support", "Customer ask", "Request from QBR"]
    )
    if kind == "jira":
        key = f"{rng.choice(['CS', 'FEED', 'PROD', 'ASSIST'])}-{rng.randint(100, 4999)}"
        lines = [
            f"{key} {summary}",
            f"Type: {rng.choice(['Story', 'Task', 'Improvement', 'Bug'])}   "
            f"Priority: {rng.choice(['Minor', 'Medium', 'Major'])}   Status: "
            f"{rng.choice(['Triage', 'Open', 'Backlog'])}",
            f"Reporter: {agent[0]} {agent[1]}   Assignee: Unassigned",
            f"Labels: customer-feedback {rng.choice(['from-zendesk', 'enterprise', 'voc', 'cs'])}",
            f"Components: {rng.choice(MODULES)}",
            "",
            "Description",
            "h3. Customer request",
            f"{{quote}}{c.req}{{quote}}" if rng.random() < 0.6 else c.req,
            "",
            "h3. Customer",
            f"* Account: {co.name} ({co.plan}, {co.seats} seats)",
            f"* Contact: {p.full}",
            "",
            "h3. Environment",
            f"Web app 4.{rng.randint(0, 19)} / {rng.choice(['Chrome', 'Safari', 'Edge'])}",
        ]
        if rng.random() < 0.6:
            lines += [
                "",
                f"_Imported from Zendesk #{rng.randint(18000, 99999)} by Zendesk Support for Jira_",
            ]
        return "\n".join(lines)
    if kind == "github":
        return "\n".join(
            [
                f"{summary} #{rng.randint(200, 3999)}",
                f"Open \u00b7 {_ascii(agent[0])}-{_ascii(agent[1])} opened this issue on "
                f"{d_short(c.when)}",
                f"Labels: {rng.choice(['enhancement', 'feedback', 'customer-request'])}, "
                f"{rng.choice(['triage', 'needs-info', 'p2'])}",
                "",
                "### Describe the request",
                c.req,
                "",
                "### Who is asking?",
                f"{co.name} via support (ticket #{rng.randint(18000, 99999)})",
                "",
                "### Additional context",
                rng.choice(["_No response_", "See linked ticket.", f"Customer on {co.plan}."]),
                "",
                "- [ ] Triaged",
                "- [ ] Linked to roadmap item",
            ]
        )
    team = rng.choice(["ASST", "CORE", "VOICE", "GRO"])
    return "\n".join(
        [
            f"{team}-{rng.randint(10, 2999)} {summary}",
            f"Status: Triage \u00b7 Priority: {rng.choice(['No priority', 'Low', 'Medium'])} "
            f"\u00b7 "
            f"Team: {team}",
            f"Created via {rng.choice(['Intercom', 'Slack', 'Zendesk', 'Front'])} by {col[0]} "
            f"{col[1]}",
            "",
            c.req,
            "",
            f"\u2014 {p.full}, {co.name}",
            "",
            f"Customer requests: {co.stem} (+{rng.randint(0, 6)} more)",
        ]
    )


def ch_feedback_board(c: Ctx) -> str:
    """Canny / Productboard / UserVoice / Aha! Ideas feedback entries."""
    rng = c.rng
    p, co = c.person, c.co
    kind = _w(rng, ["canny", "productboard", "uservoice", "aha"], [40, 30, 15, 15])
    if kind == "canny":
        title = rng.choice(["Feature idea", "Request", "Suggestion", "Please add this"])
        return "\n".join(
            [
                f"{VENDOR} Feedback \u203a "
                + rng.choice(["Feature Requests", "Ideas", "Integrations"]),
                f"{title}",
                f"\u25b2 {rng.randint(1, 140)}   Status: "
                f"{rng.choice(['Open', 'Under review', 'Planned'])}",
                "",
                f"{p.full} \u00b7 {d_short(c.when)}",
                c.req,
                "",
                f"Merged {rng.randint(0, 4)} posts \u00b7 {rng.randint(0, 12)} comments",
            ]
        )
    if kind == "productboard":
        src = rng.choice(["Zendesk", "Intercom", "Slack", "Email", "Salesforce"])
        return "\n".join(
            [
                f"Insight from {src}"
                + (f" ticket #{rng.randint(18000, 99999)}" if src == "Zendesk" else ""),
                f"Customer: {p.full} \u00b7 Company: {co.name}",
                f"Importance: {rng.choice(['Nice-to-have', 'Important', 'Critical'])}",
                f"Tags: {', '.join(rng.sample(TAGS, 2))}",
                "",
                c.req,
                "",
                "Linked features: none yet",
            ]
        )
    if kind == "uservoice":
        return "\n".join(
            [
                f"New idea on {VENDOR} UserVoice",
                f"Forum: {PRODUCT}  \u00b7  Category: {rng.choice(MODULES)}",
                f"Submitted by {p.first} {p.last[0]}. ({co.name})",
                "",
                c.req,
                "",
                f"{rng.randint(1, 60)} votes \u00b7 {rng.randint(0, 9)} comments",
            ]
        )
    return "\n".join(
        [
            f"Aha! Ideas \u00b7 {VENDOR.upper()}-I-{rng.randint(10, 900)}",
            f"Idea portal: {VENDOR} Customer Ideas",
            f"Created by: {p.email}",
            "Status: "
            + rng.choice(["Needs review", "Future consideration", "Likely to implement"]),
            "",
            c.req,
            "",
            f"Votes: {rng.randint(1, 50)}  \u00b7  Organization: {co.name}",
        ]
    )


# --- voice, text, social, community ----------------------------------------------------------


def ch_voicemail(c: Ctx) -> str:
    """Voicemail with an automatic transcription."""
    rng = c.rng
    p, co = c.person, c.co
    phone = p.mobile or co.phone
    asr_lower = rng.random() < 0.4
    intro = rng.choice(
        [
            f"Hi, this is {p.first} from {co.stem}.",
            f"Hey, {p.first} here.",
            f"Hello, it's {p.full} calling from {co.stem}.",
            "Hi there.",
        ]
    )
    outro = rng.choice(
        [
            "You can reach me at this number. Thanks, bye.",
            "Thanks. Bye.",
            "Call me back when you can.",
            "Thank you.",
        ]
    )
    if asr_lower:
        intro = intro.lower().replace(",", "").replace(".", "") + rng.choice([" um", " uh", ""])
        outro = rng.choice(["uh thanks bye", "call me back thanks", "okay bye"])
    sep = " " if asr_lower else _end_sep(c.req, rng)
    transcript = f"{intro} {c.req}{sep}{outro}"
    tool = _w(rng, ["Aircall", "RingCentral", "Google Voice", "Dialpad"], [35, 30, 15, 20])
    dur = f"0:{rng.randint(12, 59):02d}" if rng.random() < 0.8 else f"1:{rng.randint(0, 40):02d}"
    return "\n".join(
        [
            f"New voicemail from {p.full if rng.random() < 0.6 else 'Unknown caller'} ({phone})",
            f"Received: {DAYS[c.when.weekday()][:3]}, {d_short(c.when)} {h12(c.when)} \u00b7 "
            f"Duration: {dur}",
            f"Line: {rng.choice(['Support (US)', 'Support (UK)', 'Main line', 'Sales'])} "
            f"\u00b7 {tool}",
            "",
            "Transcription" + (" (confidence: low)" if asr_lower else "") + ":",
            f"\u201c{transcript}\u201d" if rng.random() < 0.5 else transcript,
            "",
            f"Listen: https://{tool.lower().replace(' ', '')}.com/vm/{_alnum(rng, 10)}",
            "Transcriptions are machine-generated and may not be accurate.",
        ]
    )


def ch_sms(c: Ctx) -> str:
    """SMS thread received on the support number."""
    rng = c.rng
    p, co = c.person, c.co
    phone = p.mobile or co.phone
    lines = [
        f"SMS \u00b7 {rng.choice(['Twilio', 'Aircall', 'Zendesk Text', 'MessageBird'])} \u00b7 "
        f"{phone} \u2192 {VENDOR} Support (+1 (888) 555-0199)",
        f"{d_short(c.when)}, {h12(c.when)}",
    ]
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                [
                    f"hi its {p.first.lower()} from {co.stem.lower()}",
                    f"Hi, {p.first} @ {co.stem} here",
                    "hello",
                ]
            )
        )
    lines.append(c.req)
    if rng.random() < 0.6:
        lines += [
            "",
            f"{VENDOR}: Thanks for texting {VENDOR} Support! We'll reply shortly during business "
            "hours. Reply STOP to opt out. Msg&data rates may apply.",
        ]
    if rng.random() < 0.3:
        lines.append(rng.choice(["ok thx", "\U0001f44d", "Thanks"]))
    return "\n".join(lines)


def ch_social(c: Ctx) -> str:
    """X/Twitter mention or DM, LinkedIn message, Facebook/Instagram DM via a social inbox."""
    rng = c.rng
    p, co = c.person, c.co
    suffix = rng.choice(["", "_", "88", "ops"])
    handle = f"@{_ascii(p.first)}{_ascii(p.last)[: rng.randint(1, 6)]}{suffix}"
    kind = _w(rng, ["x_mention", "x_dm", "linkedin", "facebook", "instagram"], [35, 15, 25, 15, 10])
    if kind == "x_mention":
        tag = rng.choice(["", " #help", " #CustomerService", " \U0001f64f", " pls"])
        text = f"@{VENDOR}HQ {c.req}{tag}" if rng.random() < 0.7 else f"{c.req} @{VENDOR}HQ{tag}"
        lines = [f"{p.full} {handle} \u00b7 {rng.randint(1, 23)}h", text]
        if rng.random() < 0.5:
            lines.insert(1, f"Replying to @{VENDOR}HQ")
        lines.append(
            f"{rng.randint(0, 9)} Reposts  {rng.randint(0, 40)} Likes  {rng.randint(80, 9000)} "
            f"Views"
        )
        if rng.random() < 0.5:
            lines.insert(
                0, f"Sprout Social \u00b7 Smart Inbox \u00b7 X mention \u00b7 {d_short(c.when)}"
            )
        return "\n".join(lines)
    if kind == "x_dm":
        return "\n".join(
            [f"Direct message from {p.full} ({handle})", f"{d_short(c.when)}, {h12(c.when)}", c.req]
        )
    if kind == "linkedin":
        deg = rng.choice(["1st", "2nd", "3rd+"])
        lines = [
            f"{p.full} \u00b7 {deg}",
            f"{p.title} at {co.name}",
            "",
            f"{p.full} sent the following message at {h12(c.when)}",
            rng.choice([f"Hi {_colleague(rng)[0]},", "Hi,", "Hello!", ""]),
            c.req,
        ]
        return "\n".join(x for x in lines if x != "" or rng.random() < 0.8)
    page = "Facebook" if kind == "facebook" else "Instagram"
    return "\n".join(
        [
            f"Meta Business Suite \u00b7 {page} \u00b7 {VENDOR}",
            f"{p.full} \u00b7 "
            + rng.choice(["New conversation", "Replied to your story", "Message"]),
            f"{h12(c.when)}",
            c.req,
            "",
            f"Automated response sent: \u201cThanks for messaging {VENDOR}! We usually reply "
            "within a few hours.\u201d",
        ]
    )


def ch_forum(c: Ctx) -> str:
    """Community forum topic (Discourse-like) with quote blocks and '+1' replies."""
    rng = c.rng
    p = c.person
    user = (
        f"{_ascii(p.first)}_{_ascii(p.last)[:1]}"
        if rng.random() < 0.5
        else f"{_ascii(p.first)}{rng.randint(1, 99)}"
    )
    cat = rng.choice(["Feature Requests", "Questions & Answers", "Assist", "Admins", "Ideas"])
    title = rng.choice(
        ["Is this possible?", "Feature request", "How do I...?", "Question", "Any workaround?"]
    )
    lines = [f"{VENDOR} Community \u203a {cat}", title, "", f"{user}  {d_short(c.when)}"]
    if rng.random() < 0.25:
        lines += [
            '[quote="'
            + rng.choice(["sam_cs", "maya.l", "admin"])
            + f', post:1, topic:{rng.randint(100, 9999)}"]',
            rng.choice(
                [
                    "Routines can run up to 10 actions each.",
                    "This is on our radar for later this year.",
                ]
            ),
            "[/quote]",
        ]
    lines.append(c.req)
    if rng.random() < 0.4:
        lines.append(
            rng.choice(["Thanks!", "Any help appreciated.", "Cheers", f"({c.co.plan} plan)"])
        )
    lines += [
        "",
        f"{rng.randint(1, 40)} votes \u00b7 {rng.randint(1, 12)} replies \u00b7 "
        f"{rng.randint(20, 900)} views",
    ]
    for days in sorted(rng.randint(0, 30) for _ in range(rng.randint(0, 3))):
        other = f"{_ascii(rng.choice(FIRST_NAMES))}{rng.randint(1, 99)}"
        reply = rng.choice(["+1", "+1 we need this too", "Same here.", "Following", "\U0001f44d"])
        lines += ["", f"{other}  {d_short(c.when + timedelta(days=days))}", reply]
    if rng.random() < 0.4:
        agent = _agent(rng)
        lines += [
            "",
            f"{_ascii(agent[0])}_{VENDOR.lower()} (Staff)",
            "Thanks for the suggestion! I've shared this with the product team.",
        ]
    return "\n".join(lines)


LANGS = [
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Portuguese", "pt"),
    ("Italian", "it"),
    ("Dutch", "nl"),
    ("Japanese", "ja"),
    ("Polish", "pl"),
    ("Swedish", "sv"),
    ("Turkish", "tr"),
    ("Korean", "ko"),
]


def ch_translated(c: Ctx) -> str:
    """A message auto-translated into English by the helpdesk or chat tool."""
    rng = c.rng
    lang, code = _w(rng, LANGS, [25, 18, 15, 8, 7, 8, 5, 4, 4, 3, 3])
    body = customer_body(c, lang="en")
    kind = rng.randint(0, 3)
    if kind == 0:
        return (
            f"This message was automatically translated from {lang}. "
            f"[Show original]\n\n{body}\n\n{c.person.full}\n{c.co.name}"
        )
    if kind == 1:
        return (
            f"\U0001f310 Auto-translated from {lang} \u00b7 See original\n"
            f"{c.person.full} \u00b7 {h12(c.when)}\n{c.req}"
        )
    if kind == 2:
        conf = rng.uniform(0.71, 0.99)
        return (
            f"[Translated by Google from {lang} ({code}) \u2192 English, confidence {conf:.2f}]\n\n"
            f"{body}\n\n---\nDetected language: {lang}. Original text available in the ticket "
            "sidebar."
        )
    return (
        f"Ticket #{rng.randint(18000, 99999)} \u00b7 Requester language: {lang}\n"
        f"DeepL translation (source: {code.upper()}):\n\n{body}\n\n"
        f"Reply will be translated back to {lang} automatically."
    )


def ch_webhook_json(c: Ctx) -> str:
    """A JSON payload from a webhook / Zapier / Segment integration."""
    rng = c.rng
    p, co = c.person, c.co
    key = rng.choice(["message", "text", "feedback", "body", "comment"])
    payload: dict[str, object] = {
        "event": rng.choice(["feedback.created", "conversation.user.created", "form.submitted"]),
        "id": f"fb_{_alnum(rng, 14)}",
        "created_at": d_iso(c.when),
        "source": rng.choice(["in_app_widget", "zapier", "segment", "api"]),
        "user": {"id": f"usr_{_alnum(rng, 10)}", "email": p.email, "name": p.full},
        "account": {"id": co.account_id, "name": co.name, "plan": co.plan.lower()},
        key: c.req,
        "metadata": {
            "app_version": f"4.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
            "locale": rng.choice(["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL"]),
            "url": f"https://app.{VDOMAIN}{rng.choice(APP_PATHS)}",
        },
    }
    text = json.dumps(payload, indent=rng.choice([2, 4]), ensure_ascii=False)
    if rng.random() < 0.4:
        sig = _hexid(rng, 64)
        text = (
            "POST /hooks/feedback HTTP/1.1\nContent-Type: application/json\n"
            f"X-Signature: sha256={sig}\n\n{text}"
        )
    return text


def json_safe(text: str) -> bool:
    """True if the text survives JSON string escaping unchanged."""
    return json.dumps(text, ensure_ascii=False)[1:-1] == text


# ---------------------------------------------------------------------------------------------
# Registry and driver
# ---------------------------------------------------------------------------------------------

CHANNELS: dict[str, tuple[float, Callable[[Ctx], str]]] = {
    "helpdesk_ticket": (17, ch_helpdesk_ticket),
    "email_reply": (15, ch_email_reply),
    "chat": (12, ch_chat),
    "slack_teams": (7, ch_slack_teams),
    "survey": (7, ch_survey),
    "call_notes": (6, ch_call_notes),
    "email_forward": (5, ch_email_forward),
    "web_form": (5, ch_web_form),
    "crm_note": (4, ch_crm_note),
    "issue_tracker": (4, ch_issue_tracker),
    "review": (4, ch_review),
    "email_html": (3, ch_email_html),
    "feedback_board": (3, ch_feedback_board),
    "translated": (3, ch_translated),
    "social": (3, ch_social),
    "forum": (2, ch_forum),
    "voicemail": (2, ch_voicemail),
    "sms": (2, ch_sms),
    "webhook_json": (2, ch_webhook_json),
}
CASUAL = {"chat", "sms", "social", "slack_teams", "voicemail", "forum"}


@dataclass
class Row:
    """One output row plus the request parts that must be found in it."""

    text: str
    label: str
    channel: str
    parts: list[str]
    core: str = ""


def wrap_row(text: str, label: str, idx: int, seed: int, share: float, typo_share: float) -> Row:
    """Wrap one input row (deterministic in seed and row index)."""
    req = text.strip()
    if _rng(seed, idx, "typo").random() < typo_share:
        req = add_typos(req, _rng(seed, idx, "typo-ops"))
    if _rng(seed, idx, "wrap").random() >= share or not req:
        return Row(req, label, "plain", [req], req)
    rng = _rng(seed, idx, "envelope")
    names = list(CHANNELS)
    channel = _w(rng, names, [CHANNELS[n][0] for n in names])
    surfaced = surface(req, rng, casual=channel in CASUAL)
    if channel == "webhook_json" and not json_safe(surfaced):
        channel = "web_form"
    person = pick_person(seed, rng)
    ctx = Ctx(rng=rng, req=surfaced, person=person, when=pick_when(rng), seed=seed)
    ctx.parts = [surfaced]
    out = CHANNELS[channel][1](ctx)
    return Row(out, label, channel, list(ctx.parts), req)


def _pick_column(header: Sequence[str], options: Sequence[str]) -> str:
    """Find the first matching column name (case-insensitive)."""
    lower = {h.lower().strip(): h for h in header}
    for opt in options:
        if opt in lower:
            return lower[opt]
    raise SystemExit(f"none of the columns {list(options)} found in {list(header)}")


def read_rows(path: str) -> list[tuple[str, str]]:
    """Read (text, label) pairs from the input CSV."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        tcol = _pick_column(header, ["text", "utterance", "query"])
        lcol = _pick_column(header, ["label", "category", "intent"])
        return [(r[tcol] or "", r[lcol] or "") for r in reader]


def write_rows(path: str, rows: Sequence[Row]) -> None:
    """Write text,label,channel rows."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label", "channel"])
        for r in rows:
            writer.writerow([r.text, r.label, r.channel])


def verify(path: str, rows: Sequence[Row], labels: Sequence[str]) -> list[str]:
    """Re-read the output and check every request part is present; return error messages."""
    errors: list[str] = []
    with open(path, newline="", encoding="utf-8") as fh:
        back = list(csv.DictReader(fh))
    if len(back) != len(rows):
        errors.append(f"row count mismatch: wrote {len(rows)}, read back {len(back)}")
    for i, (out, row, label) in enumerate(zip(back, rows, labels, strict=False)):
        if out["label"] != label:
            errors.append(f"row {i}: label changed")
        for part in row.parts:
            if part not in out["text"]:
                errors.append(f"row {i} ({row.channel}): request part not found: {part!r}")
        core = row.core.rstrip(".?! ").lower()
        if len(row.parts) == 1 and core not in out["text"].lower():
            errors.append(f"row {i} ({row.channel}): typo'd request not found: {row.core!r}")
        if row.channel == "plain" and out["text"] != row.parts[0]:
            errors.append(f"row {i}: plain row altered")
    return errors


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("inp", metavar="IN.csv")
    ap.add_argument("out", metavar="OUT.csv")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--share", type=float, default=0.7, help="fraction of rows wrapped")
    ap.add_argument("--typo-share", type=float, default=0.25, help="fraction of rows with typos")
    ap.add_argument("--verify", action="store_true", help="check requests survive; exit 1 if not")
    ap.add_argument("--stats", action="store_true", help="print channel shares")
    args = ap.parse_args(argv)

    pairs = read_rows(args.inp)
    rows = [
        wrap_row(text, label, i, args.seed, args.share, args.typo_share)
        for i, (text, label) in enumerate(pairs)
    ]
    write_rows(args.out, rows)
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    if args.stats:
        counts = Counter(r.channel for r in rows)
        for name, n in counts.most_common():
            print(f"{name:16s} {n:6d}  {n / len(rows):6.1%}")
    if args.verify:
        errors = verify(args.out, rows, [lbl for _, lbl in pairs])
        if errors:
            for e in errors[:50]:
                print("VERIFY FAIL:", e, file=sys.stderr)
            print(f"{len(errors)} verification errors", file=sys.stderr)
            return 1
        print(f"verify OK: all {len(rows)} requests found in their output", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
