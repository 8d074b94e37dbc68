"""Wrap short customer requests in realistic, messy delivery envelopes.

Benchmark data generator (blind variant 18).  It reads a CSV with one short
customer request per row and writes the same rows, in the same order and with
the same labels, but with about ``--share`` of the texts wrapped the way real
channels deliver customer feedback to a product or support team: localised
Outlook / Gmail / Apple Mail replies with quoted history and disclaimers,
helpdesk ticket exports (Zendesk, Freshdesk, Help Scout, Intercom, Front,
Jira Service Management), call notes and meeting transcripts, chat
transcripts, app-store and B2B reviews, NPS / survey exports, forum posts,
Slack / Teams relays, JSON and key=value exports, HTML bodies, CRM records,
auto-replies and bounces.  The remaining rows are kept as they are and get the
channel ``plain``.

Inside a wrapped text the row's own request is the *new* thing the customer
asks.  It appears verbatim or with exactly one realistic change: a one-letter
typo in one word (about 20% of wrapped rows), a capitalised first letter, an
added "?" or ".", or a short lead-in on the same line ("quick one: ...").
About a quarter of wrapped rows also quote an earlier, different request taken
from another row (a "Re:" subject, a quoted earlier message, a resolved ticket
in the history, a CRM "previous requests" list, ...).

Output columns: text,label,channel.  The run is deterministic for a seed: all
randomness comes from a single ``random.Random(seed)``.

Usage:
    python bench/blind_wrap_18.py IN.csv OUT.csv [--seed 18] [--share 0.75]
        [--text-col text] [--label-col label]

Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar

# ---------------------------------------------------------------------------
# Request variation (the one allowed change)
# ---------------------------------------------------------------------------

TYPO_SHARE = 0.20
OTHER_SHARE = 0.25

LEAD_INS: tuple[str, ...] = (
    "quick one: ",
    "Quick question - ",
    "also, ",
    "one more thing: ",
    "hey, ",
    "hi - ",
    "PS: ",
    "btw ",
    "ok so ",
    "Question: ",
    "sorry to bother you again, ",
    "follow-up: ",
    "hello! ",
    "new issue: ",
    "next thing: ",
    "and another one - ",
    "Hi again, ",
)

KEY_NEIGHBOURS: dict[str, str] = {
    "a": "qsz",
    "b": "vgn",
    "c": "xdv",
    "d": "sfe",
    "e": "wrd",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "i": "uok",
    "j": "hku",
    "k": "jli",
    "l": "kop",
    "m": "nj",
    "n": "bmh",
    "o": "ipl",
    "p": "ol",
    "q": "wa",
    "r": "eft",
    "s": "adw",
    "t": "rgy",
    "u": "yij",
    "v": "cbf",
    "w": "qes",
    "x": "zcs",
    "y": "tuh",
    "z": "xa",
}

QUESTION_STARTS: tuple[str, ...] = (
    "what",
    "when",
    "where",
    "who",
    "why",
    "how",
    "can",
    "could",
    "is",
    "are",
    "do",
    "does",
    "did",
    "will",
    "would",
    "should",
    "may",
    "have",
    "has",
)


def make_typo(rng: random.Random, text: str) -> str | None:
    """Change one letter in one word (substitute, drop or double it)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w.isascii()]
    if not candidates:
        return None
    idx = rng.choice(candidates)
    word = words[idx]
    pos = rng.randrange(1, len(word))
    kind = rng.choice(("sub", "sub", "drop", "double"))
    ch = word[pos]
    if kind == "sub" and ch.lower() in KEY_NEIGHBOURS:
        new = rng.choice(KEY_NEIGHBOURS[ch.lower()])
        if ch.isupper():
            new = new.upper()
        word = word[:pos] + new + word[pos + 1 :]
    elif kind == "double":
        word = word[:pos] + ch + word[pos:]
    else:
        word = word[:pos] + word[pos + 1 :]
    words[idx] = word
    return " ".join(words)


def add_punct(text: str) -> str | None:
    """Add a closing '?' or '.' if the request has none."""
    stripped = text.rstrip()
    if not stripped or not stripped[-1].isalnum() or stripped != text:
        return None
    first = stripped.split(" ", 1)[0].lower()
    return stripped + ("?" if first in QUESTION_STARTS else ".")


def vary_request(rng: random.Random, text: str) -> tuple[str, str]:
    """Return (variant, kind) with at most one realistic change."""
    roll = rng.random()
    if roll < TYPO_SHARE:
        typo = make_typo(rng, text)
        if typo is not None:
            return typo, "typo"
        return text, "verbatim"
    if roll < 0.33:
        if text[:1].islower():
            return text[0].upper() + text[1:], "capital"
        return text, "verbatim"
    if roll < 0.45:
        punct = add_punct(text)
        if punct is not None:
            return punct, "punct"
        return text, "verbatim"
    if roll < 0.57:
        return rng.choice(LEAD_INS) + text, "lead_in"
    return text, "verbatim"


# ---------------------------------------------------------------------------
# People, companies, dates
# ---------------------------------------------------------------------------


def words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list into a tuple."""
    return tuple(text.split())


@dataclass(frozen=True)
class Locale:
    """Names and address material for one language/country."""

    first: tuple[str, ...]
    last: tuple[str, ...]
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    phone: str
    company_forms: tuple[str, ...]
    tld: str


LOCALES: dict[str, Locale] = {
    "en": Locale(
        words(
            "James Emily Olivia Noah Priya Kwame Aisha Liam Grace Tom Hannah Raj Megan Chris "
            "Dana Sam"
        ),
        words(
            "Walker Patel O'Connor Nguyen Okafor Brennan Hughes Fisher Clarke Murphy Khan "
            "Reyes Dawson Price"
        ),
        words("London Manchester Dublin Austin Toronto Leeds Boston Sydney Denver Bristol"),
        (
            "12 King Street",
            "401 Market St, Suite 200",
            "3 Riverside Way",
            "88 Harbour Road",
            "1200 Main Street, Floor 4",
        ),
        "+44 20 7946 {a:04d}",
        words("Ltd Inc. LLC Group Partners"),
        "co.uk",
    ),
    "de": Locale(
        words("Lukas Anna Jonas Lea Felix Marie Tobias Katrin Stefan Julia Moritz Sabine"),
        words("Müller Schneider Krüger Becker Hoffmann Wagner Schäfer Neumann Zimmermann Braun"),
        words("Berlin München Hamburg Köln Stuttgart Leipzig"),
        ("Friedrichstraße 112", "Hauptstr. 5", "Am Sandtorkai 41", "Leopoldstraße 23a"),
        "+49 30 2204 {a:04d}",
        ("GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)"),
        "de",
    ),
    "fr": Locale(
        words("Camille Hugo Léa Julien Chloé Mathieu Inès Antoine Manon Nicolas"),
        words("Dubois Lefèvre Moreau Laurent Girard Bonnet Mercier Fontaine"),
        words("Paris Lyon Nantes Lille Bordeaux Toulouse"),
        ("14 rue de la Paix", "27 avenue Jean Jaurès", "5 quai Saint-Antoine"),
        "+33 1 42 68 {a:04d}",
        ("SAS", "SARL", "SA"),
        "fr",
    ),
    "es": Locale(
        words("Lucía Mateo Sofía Javier Carmen Diego Marta Álvaro Paula Sergio"),
        words("García Fernández López Martínez Sánchez Romero Navarro Torres"),
        words("Madrid Barcelona Valencia Sevilla Bilbao"),
        ("Calle de Alcalá 48", "Paseo de Gracia 21, 3º", "Av. de Aragón 9"),
        "+34 91 123 {a:04d}",
        ("S.L.", "S.A.", "S.L.U."),
        "es",
    ),
    "nl": Locale(
        words("Daan Sanne Bram Fleur Jeroen Lotte Ruben Eva Thijs Anouk"),
        ("de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "Smit", "de Boer", "Mulder"),
        words("Amsterdam Utrecht Rotterdam Eindhoven Groningen"),
        ("Keizersgracht 221", "Stationsplein 8", "Herengracht 450"),
        "+31 20 555 {a:04d}",
        ("B.V.", "N.V.", "V.O.F."),
        "nl",
    ),
    "pt": Locale(
        words("João Beatriz Rafael Mariana Tiago Inês Gabriel Larissa Pedro Ana"),
        words("Silva Santos Oliveira Costa Pereira Lopes Ferreira Almeida"),
        ("Lisboa", "Porto", "São Paulo", "Rio de Janeiro", "Braga"),
        ("Rua Augusta 120", "Av. Paulista 1578, 10º andar", "Rua das Flores 7"),
        "+351 21 340 {a:04d}",
        ("Lda.", "Ltda.", "S.A."),
        "pt",
    ),
    "it": Locale(
        words("Giulia Marco Francesca Luca Chiara Alessandro Elena Matteo Sara Davide"),
        words("Rossi Bianchi Romano Colombo Ricci Marino Greco Conti"),
        words("Milano Roma Torino Bologna Firenze"),
        ("Via Roma 15", "Corso Buenos Aires 33", "Piazza Navona 4"),
        "+39 02 8845 {a:04d}",
        ("S.r.l.", "S.p.A.", "S.n.c."),
        "it",
    ),
    "pl": Locale(
        words("Zofia Piotr Katarzyna Jakub Agnieszka Tomasz Magdalena Michał Ewa Paweł"),
        words("Nowak Kowalski Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska"),
        words("Warszawa Kraków Wrocław Gdańsk Poznań"),
        ("ul. Marszałkowska 84", "ul. Długa 12/4", "al. Jerozolimskie 65"),
        "+48 22 555 {a:04d}",
        ("Sp. z o.o.", "S.A.", "sp.k."),
        "pl",
    ),
    "sv": Locale(
        words("Elin Oskar Maja Erik Linnea Johan Ebba Anders Sara Viktor"),
        words("Lindqvist Johansson Karlsson Nilsson Eriksson Andersson Berg Holm"),
        words("Stockholm Göteborg Malmö Uppsala Lund"),
        ("Drottninggatan 53", "Kungsgatan 12", "Sveavägen 44"),
        "+46 8 123 {a:04d}",
        ("AB", "HB", "Aktiebolag"),
        "se",
    ),
}

LOCALE_TAGS: dict[str, str] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "pt": "pt-PT",
    "it": "it-IT",
    "pl": "pl-PL",
    "sv": "sv-SE",
}


COMPANY_WORDS: tuple[str, ...] = (
    "Logistics",
    "Consulting",
    "Design",
    "Holdings",
    "Retail",
    "Solutions",
    "Energy",
    "Foods",
    "Media",
    "Health",
    "Software",
    "Engineering",
    "Realty",
    "Travel",
    "Labs",
    "Capital",
    "Studios",
    "Systems",
)

VENDORS: tuple[str, ...] = (
    "Lumio",
    "Parcelly",
    "Brightdesk",
    "Voxa Home",
    "Finch",
    "Tilly",
    "Orbit Assistant",
    "Nimbus",
    "Quillo",
    "Harbor",
    "Beacon",
    "Kettle",
)

AGENT_FIRST: tuple[str, ...] = (
    "Maya",
    "Ben",
    "Sofia",
    "Leo",
    "Nadia",
    "Ethan",
    "Zoe",
    "Omar",
    "Ines",
    "Felix",
    "Rosa",
    "Kai",
    "Jade",
    "Marcus",
    "Elena",
    "Theo",
)
AGENT_LAST: tuple[str, ...] = (
    "Carter",
    "Ibrahim",
    "Lund",
    "Moreno",
    "Schultz",
    "Tanaka",
    "Okoye",
    "Byrne",
    "Costa",
    "Novak",
    "Ahmed",
    "Reid",
)

PRONOUNS: tuple[str, ...] = ("she/her", "he/him", "they/them", "she/they", "he/they")

TITLES: tuple[str, ...] = (
    "Operations Manager",
    "Head of IT",
    "Office Manager",
    "Founder & CEO",
    "Customer Success Lead",
    "Procurement Specialist",
    "Product Owner",
    "Finance Director",
    "Executive Assistant",
    "Marketing Coordinator",
    "Senior Developer",
    "Facilities Coordinator",
    "Team Lead, Support",
)

AGENT_TITLES: tuple[str, ...] = (
    "Customer Support",
    "Support Engineer",
    "Customer Success Manager",
    "Technical Support Specialist",
    "Support Team Lead",
    "Account Manager",
)


@dataclass(frozen=True)
class Person:
    """A fictional person with contact details."""

    first: str
    last: str
    email: str
    title: str
    phone: str
    pronouns: str
    company: str
    address: str
    city: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def ascii_slug(text: str) -> str:
    """Lower-case ASCII-ish slug for e-mail addresses and domains."""
    text = text.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o")
    slug = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = slug.replace(" ", ".").replace("'", "")
    return "".join(c for c in slug if c.isalnum() or c in ".-").strip(".")


def make_person(rng: random.Random, lang: str) -> Person:
    loc = LOCALES[lang]
    first = rng.choice(loc.first)
    last = rng.choice(loc.last)
    if rng.random() < 0.5:
        company = f"{rng.choice(loc.last)} {rng.choice(COMPANY_WORDS)}"
    else:
        company = f"{rng.choice(COMPANY_WORDS)} {rng.choice(loc.cities)}"
    company = f"{company} {rng.choice(loc.company_forms)}"
    domain = (
        ascii_slug(company.split(" ")[0]) + "-" + ascii_slug(company.split(" ")[1]) + "." + loc.tld
    )
    style = rng.choice(("{f}.{l}", "{f}", "{fi}{l}", "{f}_{l}", "{l}"))
    local = style.format(
        f=ascii_slug(first), l=ascii_slug(last).replace(".", ""), fi=ascii_slug(first)[:1]
    )
    return Person(
        first=first,
        last=last,
        email=f"{local}@{domain}",
        title=rng.choice(TITLES),
        phone=loc.phone.format(a=rng.randrange(10000)),
        pronouns=rng.choice(PRONOUNS),
        company=company,
        address=f"{rng.choice(loc.streets)}, {rng.choice(loc.cities)}",
        city=rng.choice(loc.cities),
    )


def make_agent(rng: random.Random, vendor: str) -> Person:
    first = rng.choice(AGENT_FIRST)
    last = rng.choice(AGENT_LAST)
    domain = ascii_slug(vendor.split(" ")[0]) + rng.choice((".com", ".io", ".app"))
    return Person(
        first=first,
        last=last,
        email=f"{first.lower()}@{domain}",
        title=rng.choice(AGENT_TITLES),
        phone=f"+1 415 555 {rng.randrange(10000):04d}",
        pronouns=rng.choice(PRONOUNS),
        company=vendor,
        address="548 Market St, San Francisco, CA",
        city="San Francisco",
    )


MONTHS_EN = (
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
)
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


TIME_FORMATS: tuple[Callable[[datetime], str], ...] = (
    lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"),
    lambda d: f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}, {d:%H:%M}",
    lambda d: d.strftime("%m/%d/%Y %I:%M %p"),
    lambda d: d.strftime("%d/%m/%Y %H:%M"),
    lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} at {d:%I:%M %p}",
    lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000"),
    lambda d: d.strftime("%Y-%m-%d %H:%M:%S UTC"),
    lambda d: f"{d:%d.%m.%Y, %H:%M}",
    lambda d: f"{d:%a %b} {d.day}, {d:%H:%M}",
)


def fmt_time(rng: random.Random, dt: datetime) -> str:
    """A timestamp in one of many formats seen in exports (rarely epoch)."""
    if rng.random() < 0.03:
        return str(int(dt.timestamp()))
    return rng.choice(TIME_FORMATS)(dt)


def fmt_relative(rng: random.Random, delta: timedelta) -> str:
    """Human relative time ("3 hours ago", "2d") for a positive delta."""
    minutes = int(delta.total_seconds() // 60)
    short = rng.random() < 0.3
    if minutes < 2:
        return "just now"
    if minutes < 60:
        return f"{minutes}m ago" if short else f"{minutes} minutes ago"
    hours = minutes // 60
    if hours < 24:
        if short:
            return f"{hours}h"
        return "an hour ago" if hours == 1 else f"{hours} hours ago"
    days = hours // 24
    if days == 1:
        return "1d ago" if short else "yesterday"
    if days < 14:
        return f"{days}d" if short else f"{days} days ago"
    return f"{days // 7} weeks ago"


# ---------------------------------------------------------------------------
# Per-row context
# ---------------------------------------------------------------------------


T = TypeVar("T")


class Skip(Exception):
    """A channel cannot carry this request verbatim; pick another one."""


@dataclass
class Ctx:
    """Everything a channel needs to build one wrapped text."""

    rng: random.Random
    request: str
    other: str | None
    lang: str
    customer: Person
    agent: Person
    vendor: str
    when: datetime
    ticket: int
    now: datetime = datetime(2025, 1, 1)

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def one(self, options: str) -> str:
        """Pick one of the '|'-separated options."""
        return self.rng.choice(options.split("|"))

    @property
    def slug(self) -> str:
        return ascii_slug(self.vendor.split(" ")[0])

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def earlier(self, max_days: int = 20) -> datetime:
        return self.when - timedelta(
            days=self.rng.randrange(1, max_days), minutes=self.rng.randrange(600)
        )

    def ts(self, dt: datetime | None = None) -> str:
        return fmt_time(self.rng, dt or self.when)

    def rel(self, dt: datetime) -> str:
        return fmt_relative(self.rng, self.now - dt)


def lines(*parts: str | None) -> str:
    """Join non-None parts with newlines."""
    return "\n".join(p for p in parts if p is not None)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


# ---------------------------------------------------------------------------
# Shared snippets: agent replies, closings, filler
# ---------------------------------------------------------------------------

AGENT_DONE: tuple[str, ...] = (
    "I've gone ahead and updated that on our side",
    "our engineering team has pushed a fix for this",
    "this has now been resolved",
    "I've escalated this to our specialist team and they've confirmed it's sorted",
    "I've reset the settings on your account",
    "that should now be working again",
)

AGENT_SIGNOFF: tuple[str, ...] = (
    "Best,",
    "Kind regards,",
    "Cheers,",
    "Thanks,",
    "Warm regards,",
    "All the best,",
    "Have a great day!",
)

CUSTOMER_OPENERS: tuple[str, ...] = (
    "Hi {a},",
    "Hello {a},",
    "Hi team,",
    "Hello,",
    "Hey {a}!",
    "Dear {v} Support,",
    "Good morning,",
    "Hi there,",
    "Dear Sir or Madam,",
    "Hiya,",
)

CUSTOMER_CONTEXT: tuple[str | None, ...] = (
    "Thanks for getting back to me so quickly.",
    "Thanks, that worked.",
    "Appreciate the help last time.",
    "Hope you're well.",
    "I tried the steps you sent but have a different question now.",
    "Sorry for the long delay in replying.",
    "That one is sorted now, thank you!",
    "Following up from my side.",
    "My colleague suggested I write to you directly.",
    None,
)

CUSTOMER_CLOSERS: tuple[str, ...] = (
    "Thanks in advance!",
    "Thanks!",
    "Many thanks,",
    "Looking forward to your reply.",
    "Cheers,",
    "Best regards,",
    "Kind regards,",
    "Thank you,",
    "Regards,",
    "thx",
)


def agent_reply(ctx: Ctx, mention_other: bool = True) -> str:
    """An earlier reply from support; may name the earlier request."""
    a = ctx.agent
    if ctx.other is not None and mention_other:
        about = ctx.pick(
            (
                f'Thanks for reaching out about "{ctx.other}".',
                f"Regarding your earlier question ({ctx.other}):",
                f"You wrote: {ctx.other}",
                f'Following up on your request "{ctx.other}" -',
            )
        )
    else:
        about = ctx.pick(
            (
                "Thanks for reaching out to us.",
                "Thanks for your patience while we looked into this.",
                "Thanks for the details.",
                "Sorry for the trouble here.",
            )
        )
    return lines(
        f"Hi {ctx.customer.first},",
        "",
        about,
        f"{ctx.pick(AGENT_DONE).capitalize()}. Let me know if there's anything else "
        "I can help with.",
        "",
        ctx.pick(AGENT_SIGNOFF),
        a.first,
        f"{a.title} | {ctx.vendor}",
    )


def customer_body(ctx: Ctx, closer: bool = True) -> str:
    """The new customer message with the request on its own line."""
    c = ctx.customer
    opener = ctx.pick(CUSTOMER_OPENERS).format(a=ctx.agent.first, v=ctx.vendor)
    context = ctx.pick(CUSTOMER_CONTEXT)
    parts: list[str | None] = [opener, ""]
    if context is not None:
        parts += [context, ""]
    parts.append(ctx.request)
    if closer:
        parts += ["", ctx.pick(CUSTOMER_CLOSERS), c.first if ctx.chance(0.5) else c.name]
    return lines(*parts)


# ---------------------------------------------------------------------------
# E-mail channels
# ---------------------------------------------------------------------------


def ch_web_form(ctx: Ctx) -> str:
    """Contact-form notification e-mail (WPForms, Typeform, HubSpot forms)."""
    c = ctx.customer
    topic = ctx.pick(
        ("General question", "Technical support", "Billing", "Feedback", "Other", "Account & login")
    )
    prev = f"Previous ticket: {ctx.other} (closed)" if ctx.other else None
    if ctx.chance(0.5):
        return lines(
            f"Subject: New Entry: Contact Us ({topic})",
            f"From: WPForms <noreply@{ctx.slug}.com>",
            "",
            "Name",
            c.name,
            "",
            "Email",
            c.email,
            "",
            "Phone",
            c.phone,
            "",
            "Topic",
            topic,
            "",
            "Message",
            customer_body(ctx, closer=ctx.chance(0.5)),
            "",
            prev,
            "---",
            f"Sent from {ctx.pick(('https://www.', 'http://'))}{ctx.slug}.com/contact",
            f"User IP: 81.{ctx.rng.randrange(255)}.{ctx.rng.randrange(255)}.12",
        )
    return lines(
        f'New form submission on "{ctx.vendor} - Support request"',
        f"Submitted {ctx.ts()} · Page: /help/contact",
        "",
        f"First name: {c.first}",
        f"Last name: {c.last}",
        f"Company: {c.company}",
        f"What can we help with?: {topic}",
        prev,
        f"Describe your request: {ctx.request}",
        f"Consent to be contacted: {ctx.pick(('Yes', 'Checked'))}",
        "",
        "View submission in HubSpot →",
    )


# ---------------------------------------------------------------------------
# Localised mail-client material
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MailLang:
    """Header labels, date words and boilerplate of one mail-client language."""

    frm: str
    sent: str
    to: str
    cc: str
    subject: str
    re: str
    fw: str
    days: tuple[str, ...]
    days_ab: tuple[str, ...]
    months: tuple[str, ...]
    months_ab: tuple[str, ...]
    sent_fmt: str
    wrote_fmt: str
    apple_fmt: str
    mobile: tuple[str, ...]
    greet: tuple[str, ...]
    close: tuple[str, ...]
    context: tuple[str, ...]
    one_more: tuple[str, ...]
    disclaimer: tuple[str, ...]
    banner: tuple[str, ...]
    ooo: str
    subjects: tuple[str, ...]


EN_DISCLAIMERS: tuple[str, ...] = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is "
    "for the sole use of the intended recipient(s) and may contain confidential "
    "and privileged information. Any unauthorized review, use, disclosure or "
    "distribution is prohibited. If you are not the intended recipient, please "
    "contact the sender by reply e-mail and destroy all copies of the original "
    "message.",
    "This email and any files transmitted with it are confidential and intended "
    "solely for the use of the individual or entity to whom they are addressed. "
    "If you have received this email in error please notify the system manager. "
    "Please note that any views or opinions presented in this email are solely "
    "those of the author and do not necessarily represent those of the company. "
    "Finally, the recipient should check this email and any attachments for the "
    "presence of viruses. The company accepts no liability for any damage caused "
    "by any virus transmitted by this email.",
    "{company} is a company registered in England and Wales with company number "
    "0{n}. Registered office: {address}. VAT No. GB {n}{n2}.\n"
    "Please consider the environment before printing this e-mail.",
    "IMPORTANT: The contents of this email and any attachments are confidential. "
    "They are intended for the named recipient(s) only. If you have received "
    "this email by mistake, please notify the sender immediately and do not "
    "disclose the contents to anyone or make copies thereof. We will never ask "
    "you to change bank details by email.",
)

MAIL_LANGS: dict[str, MailLang] = {
    "en": MailLang(
        "From",
        "Sent",
        "To",
        "Cc",
        "Subject",
        "RE:",
        "FW:",
        DAYS_EN,
        tuple(d[:3] for d in DAYS_EN),
        MONTHS_EN,
        tuple(m[:3] for m in MONTHS_EN),
        "{wd}, {mon} {d}, {y} {t12}",
        "On {wdab}, {monab} {d}, {y} at {t12} {name} <{email}> wrote:",
        "On {d} {monab} {y}, at {t}, {name} <{email}> wrote:",
        (
            "Sent from Outlook for iOS",
            "Sent from my iPhone",
            "Get Outlook for Android",
            "Sent from my Galaxy",
            "Sent from Mail for Windows",
            "Sent from Yahoo Mail on Android",
        ),
        (
            "Hi {a},",
            "Hello {a},",
            "Hi team,",
            "Hello,",
            "Dear {v} Support,",
            "Good morning,",
            "Hi there,",
            "Dear Sir or Madam,",
        ),
        (
            "Best regards,",
            "Kind regards,",
            "Thanks,",
            "Cheers,",
            "Many thanks,",
            "Regards,",
            "Thank you,",
            "Best,",
        ),
        (
            "Thanks for getting back to me so quickly.",
            "Thanks, that worked.",
            "Appreciate the help last time.",
            "Hope you're well.",
            "Sorry for the late reply, it's been a hectic week.",
        ),
        (
            "One more question:",
            "Something else came up:",
            "Different topic:",
            "New question:",
            "Another thing:",
        ),
        EN_DISCLAIMERS,
        (
            "[EXTERNAL] This email originated from outside of the organization. Do "
            "not click links or open attachments unless you recognize the sender and "
            "know the content is safe.",
            "CAUTION: This email originated from outside your organisation. Exercise "
            "caution when opening attachments or clicking links, especially from "
            "unknown senders.",
            "You don't often get email from {email}. Learn why this is important "
            "<https://aka.ms/LearnAboutSenderIdentification>",
            "*** EXTERNAL SENDER *** Think before you click!",
            "[External Email] Verify the sender before replying or clicking links.",
        ),
        "Thank you for your email. I am out of the office until {date} with "
        "limited access to email. For urgent matters please contact {alt}. "
        "I will respond to your message as soon as possible after my return.",
        (
            "Your request #{t}",
            "Question about my account",
            "Help needed",
            "Follow-up",
            "Support request",
            "quick question",
        ),
    ),
    "de": MailLang(
        "Von",
        "Gesendet",
        "An",
        "Cc",
        "Betreff",
        "AW:",
        "WG:",
        words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        words("Mo Di Mi Do Fr Sa So"),
        words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
        words("Jan Feb März Apr Mai Juni Juli Aug Sept Okt Nov Dez"),
        "{wd}, {d}. {mon} {y} {t}",
        "Am {wdab}., {d}. {monab}. {y} um {t} Uhr schrieb {name} <{email}>:",
        "Am {dd}.{mm}.{y} um {t} schrieb {name} <{email}>:",
        (
            "Von meinem iPhone gesendet",
            "Gesendet von Outlook für Android",
            "Von meinem Samsung Galaxy Smartphone gesendet",
            "Diese Nachricht wurde von meinem Mobiltelefon mit GMX Mail gesendet.",
        ),
        (
            "Hallo {a},",
            "Guten Tag,",
            "Sehr geehrte Damen und Herren,",
            "Hi {a},",
            "Moin,",
            "Hallo zusammen,",
        ),
        (
            "Viele Grüße",
            "Mit freundlichen Grüßen",
            "Beste Grüße",
            "VG",
            "Danke und Gruß",
            "Schöne Grüße aus {city}",
        ),
        (
            "Danke für die schnelle Antwort.",
            "Das hat funktioniert, danke!",
            "Entschuldigung für die späte Rückmeldung.",
            "Ich schreibe auf Englisch, damit es schneller geht:",
        ),
        ("Noch eine Frage:", "Außerdem:", "Eine andere Sache:", "Neues Thema:"),
        (
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte "
            "Informationen. Wenn Sie nicht der richtige Adressat sind oder diese "
            "E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
            "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie "
            "die unbefugte Weitergabe dieser Mail ist nicht gestattet.",
            "{company} | Sitz der Gesellschaft: {city} | Registergericht: "
            "Amtsgericht {city}, HRB {n} | Geschäftsführer: {boss} | "
            "USt-IdNr.: DE{n}{n2}\nInformationen zum Datenschutz finden Sie unter "
            "https://www.{domain}/datenschutz",
        ),
        (
            "[EXTERN] Diese E-Mail stammt von außerhalb der Organisation. Klicken "
            "Sie nicht auf Links und öffnen Sie keine Anhänge, es sei denn, Sie "
            "kennen den Absender und wissen, dass der Inhalt sicher ist.",
            "ACHTUNG: Externe E-Mail! Seien Sie vorsichtig bei Links und Anhängen.",
        ),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht "
        "im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In "
        "dringenden Fällen wenden Sie sich bitte an {alt}. Ihre E-Mail wird nicht "
        "weitergeleitet.",
        ("Ihre Anfrage #{t}", "Frage zu meinem Konto", "Anfrage", "Rückfrage", "Support"),
    ),
    "fr": MailLang(
        "De",
        "Envoyé",
        "À",
        "Cc",
        "Objet",
        "RE :",
        "TR :",
        words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        words("lun mar mer jeu ven sam dim"),
        words(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        words("janv févr mars avr mai juin juil août sept oct nov déc"),
        "{wd} {d} {mon} {y} {t}",
        "Le {wdab}. {d} {monab}. {y} à {t}, {name} <{email}> a écrit :",
        "Le {d} {monab}. {y} à {t}, {name} <{email}> a écrit :",
        (
            "Envoyé de mon iPhone",
            "Obtenir Outlook pour Android",
            "Envoyé depuis mon smartphone Samsung Galaxy.",
        ),
        ("Bonjour,", "Bonjour {a},", "Madame, Monsieur,", "Salut {a},", "Bonjour à tous,"),
        (
            "Cordialement,",
            "Bien à vous,",
            "Merci d'avance,",
            "Bonne journée,",
            "Bien cordialement,",
        ),
        (
            "Merci pour votre retour rapide.",
            "Désolé pour le délai de réponse.",
            "C'est réglé de mon côté, merci.",
        ),
        ("Autre question :", "Par ailleurs :", "Une dernière chose :"),
        (
            "Ce message et toutes les pièces jointes (ci-après le « message ») sont "
            "confidentiels et établis à l'intention exclusive de ses destinataires. "
            "Toute utilisation de ce message non conforme à sa destination, toute "
            "diffusion ou toute publication, totale ou partielle, est interdite, "
            "sauf autorisation expresse. Si vous recevez ce message par erreur, "
            "merci de le détruire et d'en avertir immédiatement l'expéditeur.",
            "{company} - SAS au capital de {n} € - RCS {city} {n}{n2}\n"
            "Pensez à l'environnement avant d'imprimer ce courriel.",
        ),
        (
            "[EXTERNE] Ce courriel provient de l'extérieur de l'organisation. Ne "
            "cliquez pas sur les liens et n'ouvrez pas les pièces jointes si vous ne "
            "connaissez pas l'expéditeur.",
        ),
        "Bonjour, je suis absent(e) jusqu'au {date} inclus et je n'aurai qu'un "
        "accès limité à mes e-mails. Pour toute urgence, merci de contacter {alt}.",
        ("Votre demande n°{t}", "Question sur mon compte", "Demande d'assistance", "Suivi"),
    ),
    "es": MailLang(
        "De",
        "Enviado",
        "Para",
        "CC",
        "Asunto",
        "RE:",
        "RV:",
        words("lunes martes miércoles jueves viernes sábado domingo"),
        words("lun mar mié jue vie sáb dom"),
        words(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre"
        ),
        words("ene feb mar abr may jun jul ago sept oct nov dic"),
        "{wd}, {d} de {mon} de {y} {t}",
        "El {wdab}, {d} {monab} {y} a las {t}, {name} (<{email}>) escribió:",
        "El {d} {monab} {y}, a las {t}, {name} <{email}> escribió:",
        (
            "Enviado desde mi iPhone",
            "Enviado desde Outlook para Android",
            "Enviado desde mi smartphone Samsung Galaxy.",
        ),
        ("Hola,", "Hola {a},", "Buenos días,", "Estimado equipo:", "Buenas tardes,"),
        ("Saludos,", "Un saludo,", "Gracias de antemano,", "Atentamente,", "Un abrazo,"),
        (
            "Gracias por la respuesta.",
            "Perdón por la demora en contestar.",
            "Lo anterior ya está resuelto, gracias.",
        ),
        ("Otra pregunta:", "Otra cosa:", "Además:"),
        (
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos "
            "exclusivamente a su destinatario, pudiendo contener información "
            "confidencial sometida a secreto profesional. No está permitida su "
            "reproducción o distribución sin la autorización expresa de {company}. "
            "Si usted no es el destinatario final por favor elimínelo e infórmenos "
            "por esta vía. De acuerdo con el Reglamento (UE) 2016/679 (RGPD), le "
            "informamos que sus datos serán tratados con la finalidad de gestionar "
            "la relación comercial.",
        ),
        (
            "[EXTERNO] Este correo se originó fuera de la organización. No haga clic "
            "en enlaces ni abra archivos adjuntos a menos que reconozca al remitente.",
        ),
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el {date} con "
        "acceso limitado al correo. Para asuntos urgentes, contacte con {alt}.",
        ("Su solicitud #{t}", "Consulta", "Pregunta sobre mi cuenta", "Seguimiento"),
    ),
    "nl": MailLang(
        "Van",
        "Verzonden",
        "Aan",
        "CC",
        "Onderwerp",
        "RE:",
        "FW:",
        words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        words("ma di wo do vr za zo"),
        words(
            "januari februari maart april mei juni juli augustus september oktober november "
            "december"
        ),
        words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
        "{wd} {d} {mon} {y} {t}",
        "Op {wdab} {d} {monab} {y} om {t} schreef {name} <{email}>:",
        "Op {d} {monab} {y} om {t} heeft {name} <{email}> het volgende geschreven:",
        (
            "Verstuurd vanaf mijn iPhone",
            "Outlook voor Android downloaden",
            "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
        ),
        ("Hallo,", "Beste {a},", "Goedemorgen,", "Hoi {a},", "Beste,"),
        ("Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,", "Groet,"),
        (
            "Bedankt voor de snelle reactie.",
            "Excuses voor de late reactie.",
            "Het vorige punt is opgelost, dank!",
        ),
        ("Nog een vraag:", "Iets anders:", "Verder:"),
        (
            "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). "
            "Indien u dit bericht onterecht heeft ontvangen, wordt u verzocht de "
            "afzender direct te informeren en het bericht te verwijderen. Aan dit "
            "bericht kunnen geen rechten worden ontleend.\n"
            "KvK {n} | BTW NL{n}{n2}B01",
        ),
        (
            "[EXTERN] Deze e-mail is afkomstig van buiten de organisatie. Klik niet "
            "op links en open geen bijlagen tenzij u de afzender herkent.",
        ),
        "Bedankt voor je bericht. Ik ben tot en met {date} afwezig en lees mijn "
        "e-mail beperkt. Voor dringende zaken kun je contact opnemen met {alt}.",
        ("Uw aanvraag #{t}", "Vraag over mijn account", "Vraag", "Opvolging"),
    ),
    "pt": MailLang(
        "De",
        "Enviado",
        "Para",
        "Cc",
        "Assunto",
        "RES:",
        "ENC:",
        words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
        words("seg ter qua qui sex sáb dom"),
        words(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro"
        ),
        words("jan fev mar abr mai jun jul ago set out nov dez"),
        "{wd}, {d} de {mon} de {y} {t}",
        "Em {wdab}., {d} de {monab}. de {y} às {t}, {name} <{email}> escreveu:",
        "Em {d} de {monab}. de {y}, à(s) {t}, {name} <{email}> escreveu:",
        (
            "Enviado do meu iPhone",
            "Obter o Outlook para Android",
            "Enviado do meu smartphone Samsung Galaxy.",
        ),
        ("Olá,", "Bom dia,", "Olá {a},", "Prezados,", "Boa tarde,"),
        (
            "Cumprimentos,",
            "Atenciosamente,",
            "Obrigado,",
            "Abraço,",
            "Com os melhores cumprimentos,",
        ),
        (
            "Obrigado pela resposta rápida.",
            "Desculpem a demora.",
            "O assunto anterior já ficou resolvido, obrigado.",
        ),
        ("Mais uma pergunta:", "Outra coisa:", "Além disso:"),
        (
            "AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos podem conter "
            "informação confidencial ou legalmente protegida, destinada "
            "exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta "
            "mensagem por engano, por favor informe o remetente e elimine-a. É "
            "proibida a utilização, divulgação ou cópia não autorizada.",
        ),
        (
            "[EXTERNO] Este e-mail foi enviado de fora da organização. Não clique em "
            "links nem abra anexos a menos que reconheça o remetente.",
        ),
        "Obrigado pelo seu e-mail. Estou ausente até {date}, com acesso limitado "
        "ao e-mail. Para assuntos urgentes, contacte {alt}.",
        ("O seu pedido #{t}", "Dúvida", "Pergunta sobre a minha conta", "Acompanhamento"),
    ),
    "it": MailLang(
        "Da",
        "Inviato",
        "A",
        "Cc",
        "Oggetto",
        "R:",
        "I:",
        words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        words("lun mar mer gio ven sab dom"),
        words(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre"
        ),
        words("gen feb mar apr mag giu lug ago set ott nov dic"),
        "{wd} {d} {mon} {y} {t}",
        "Il giorno {wdab} {d} {monab} {y} alle ore {t} {name} <{email}> ha scritto:",
        "Il giorno {d} {monab} {y}, alle ore {t}, {name} <{email}> ha scritto:",
        (
            "Inviato da iPhone",
            "Scarica Outlook per Android",
            "Inviato dal mio smartphone Samsung Galaxy.",
        ),
        ("Buongiorno,", "Ciao {a},", "Salve,", "Gentile supporto,", "Buonasera,"),
        ("Cordiali saluti,", "Grazie mille,", "Saluti,", "Buona giornata,", "Un saluto,"),
        (
            "Grazie per la risposta.",
            "Scusate il ritardo.",
            "Il problema precedente è risolto, grazie.",
        ),
        ("Un'altra domanda:", "Inoltre:", "Altra cosa:"),
        (
            "Le informazioni contenute in questa comunicazione e negli eventuali "
            "allegati sono riservate e destinate esclusivamente al destinatario. "
            "Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di "
            "eliminarlo senza copiarlo e di darne notizia al mittente. Ai sensi del "
            "Regolamento UE 2016/679 (GDPR) i dati personali saranno trattati nel "
            "rispetto della normativa vigente.",
        ),
        (
            "[ESTERNO] Questa email proviene dall'esterno dell'organizzazione. Non "
            "fare clic su link e non aprire allegati se non conosci il mittente.",
        ),
        "Grazie per il messaggio. Sarò fuori ufficio fino al {date} con accesso "
        "limitato alla posta. Per urgenze contattare {alt}.",
        ("La tua richiesta #{t}", "Domanda", "Richiesta di assistenza", "Informazioni"),
    ),
    "pl": MailLang(
        "Od",
        "Wysłano",
        "Do",
        "DW",
        "Temat",
        "Odp:",
        "PD:",
        words("poniedziałek wtorek środa czwartek piątek sobota niedziela"),
        words("pon wt śr czw pt sob niedz"),
        words(
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
            "listopada grudnia"
        ),
        words("sty lut mar kwi maj cze lip sie wrz paź lis gru"),
        "{wd}, {d} {mon} {y} {t}",
        "{wdab}., {d} {monab} {y} o {t} {name} <{email}> napisał(a):",
        "Wiadomość napisana przez {name} <{email}> w dniu {d}.{mm}.{y}, o godz. {t}:",
        (
            "Wysłane z iPhone'a",
            "Pobierz Outlook dla systemu Android",
            "Wysłane z mojego smartfona Galaxy",
        ),
        ("Dzień dobry,", "Cześć {a},", "Witam,", "Szanowni Państwo,"),
        ("Pozdrawiam,", "Z poważaniem,", "Dziękuję,", "Miłego dnia,", "Z wyrazami szacunku,"),
        (
            "Dziękuję za szybką odpowiedź.",
            "Przepraszam za opóźnienie.",
            "Poprzednia sprawa jest już załatwiona, dziękuję.",
        ),
        ("Mam jeszcze jedno pytanie:", "Poza tym:", "Inna sprawa:"),
        (
            "Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być "
            "jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest "
            "Pan/Pani adresatem niniejszej wiadomości, jej rozpowszechnianie, "
            "kopiowanie, rozprowadzanie lub inne działanie o podobnym charakterze "
            "jest prawnie zabronione.\n{company}, KRS 0000{n}, NIP {n}{n2}.",
        ),
        (
            "[ZEWNĘTRZNY] Ta wiadomość pochodzi spoza organizacji. Nie klikaj linków "
            "i nie otwieraj załączników, jeśli nie znasz nadawcy.",
        ),
        "Dziękuję za wiadomość. Jestem poza biurem do {date} i mam ograniczony "
        "dostęp do poczty. W pilnych sprawach proszę kontaktować się z {alt}.",
        ("Zgłoszenie #{t}", "Pytanie", "Pytanie dotyczące konta", "Prośba"),
    ),
    "sv": MailLang(
        "Från",
        "Skickat",
        "Till",
        "Kopia",
        "Ämne",
        "SV:",
        "VB:",
        words("måndag tisdag onsdag torsdag fredag lördag söndag"),
        words("mån tis ons tors fre lör sön"),
        words(
            "januari februari mars april maj juni juli augusti september oktober november december"
        ),
        words("jan feb mars apr maj juni juli aug sep okt nov dec"),
        "den {d} {mon} {y} {t}",
        "Den {wdab} {d} {monab}. {y} kl. {t} skrev {name} <{email}>:",
        "{d} {monab}. {y} kl. {t} skrev {name} <{email}>:",
        (
            "Skickat från min iPhone",
            "Hämta Outlook för Android",
            "Skickat från min Samsung Galaxy-smartphone.",
        ),
        ("Hej,", "Hej {a}!", "God morgon,", "Hej hej,", "Hejsan,"),
        (
            "Med vänliga hälsningar,",
            "Vänliga hälsningar,",
            "Mvh,",
            "Tack på förhand,",
            "Hälsningar,",
        ),
        ("Tack för snabbt svar.", "Ursäkta sent svar.", "Det förra ärendet är löst, tack."),
        ("En fråga till:", "En annan sak:", "Dessutom:"),
        (
            "Detta e-postmeddelande kan innehålla konfidentiell information och är "
            "endast avsett för adressaten. Om du har fått meddelandet av misstag, "
            "vänligen meddela avsändaren och radera meddelandet. Information om hur "
            "vi behandlar personuppgifter finns på www.{domain}/integritet.",
        ),
        (
            "[EXTERN] Detta e-postmeddelande kommer från en avsändare utanför "
            "organisationen. Klicka inte på länkar om du inte känner avsändaren.",
        ),
        "Tack för ditt mejl. Jag är tjänstledig/på semester till och med {date} "
        "och läser inte e-post regelbundet. Vid brådskande ärenden, kontakta {alt}.",
        ("Ditt ärende #{t}", "Fråga", "Fråga om mitt konto", "Uppföljning"),
    ),
}


def mail_date(ml: MailLang, dt: datetime, fmt: str) -> str:
    """Format a date with a mail-client template in its language."""
    return fmt.format(
        wd=ml.days[dt.weekday()],
        wdab=ml.days_ab[dt.weekday()],
        mon=ml.months[dt.month - 1],
        monab=ml.months_ab[dt.month - 1],
        d=dt.day,
        dd=f"{dt.day:02d}",
        mm=f"{dt.month:02d}",
        y=dt.year,
        t=f"{dt:%H:%M}",
        t12=dt.strftime("%I:%M %p").lstrip("0"),
        name="{name}",
        email="{email}",
    )


def wrote_line(ml: MailLang, dt: datetime, who: Person, apple: bool = False) -> str:
    fmt = ml.apple_fmt if apple else ml.wrote_fmt
    return mail_date(ml, dt, fmt).format(name=who.name, email=who.email)


def fill_boiler(ctx: Ctx, text: str) -> str:
    """Fill the placeholders used in disclaimers and banners."""
    c = ctx.customer
    return text.format(
        company=c.company,
        address=c.address,
        city=c.city,
        n=ctx.rng.randrange(100000, 999999),
        n2=ctx.rng.randrange(100, 999),
        boss=make_person(ctx.rng, ctx.lang).name,
        domain=c.email.split("@")[1],
        email=c.email,
    )


def colleague(ctx: Ctx) -> Person:
    """Someone from the customer's own company."""
    p = make_person(ctx.rng, ctx.lang)
    c = ctx.customer
    return replace(
        p,
        company=c.company,
        address=c.address,
        email=p.email.split("@")[0] + "@" + c.email.split("@")[1],
    )


def support_address(ctx: Ctx) -> str:
    return f"{ctx.vendor} Support <support@{ctx.slug}.com>"


def signature(ctx: Ctx, who: Person | None = None) -> str:
    """A vCard-like e-mail signature, sometimes with mobile line and notes."""
    p = who or ctx.customer
    ml = MAIL_LANGS[ctx.lang]
    domain = p.email.split("@")[1]
    rows: list[str | None] = []
    if ctx.chance(0.4):
        rows.append("-- ")
    name_line = p.name
    if ctx.chance(0.35):
        name_line += f" ({p.pronouns})"
    rows.append(name_line)
    if ctx.chance(0.8):
        rows.append(p.title + (f" | {p.company}" if ctx.chance(0.5) else ""))
    if ctx.chance(0.5) and p.company not in str(rows[-1]):
        rows.append(p.company)
    if ctx.chance(0.5):
        rows.append(p.address)
    phone = ctx.pick(
        (
            f"M: {p.phone}",
            f"T {p.phone}",
            f"Tel.: {p.phone}",
            f"📞 {p.phone}",
            f"Mobile {p.phone} | Office {p.phone[:-2]}00",
        )
    )
    rows.append(phone)
    if ctx.chance(0.6):
        rows.append(ctx.pick((f"{p.email} | www.{domain}", f"E: {p.email}", f"www.{domain}")))
    if ctx.chance(0.45):
        slug = ascii_slug(p.first + "-" + p.last)
        rows.append(
            ctx.pick(
                (
                    f"LinkedIn: linkedin.com/in/{slug}",
                    f"in/{slug} | X: @{slug.replace('.', '')}",
                    f"https://www.linkedin.com/in/{slug}-{ctx.rng.randrange(999)}/",
                )
            )
        )
    if ctx.chance(0.25):
        rows.append(
            ctx.pick(
                (
                    "Office hours: Mon–Thu 08:30–16:30 CET (part-time, no reply on Fridays)",
                    "My working hours may not be your working hours. Please do not feel "
                    "obligated to reply outside of yours.",
                    "Book a meeting with me: https://calendly.com/" + ascii_slug(p.first),
                    "I work flexibly - Tue/Wed/Thu.",
                    "🌱 Please consider the environment before printing this email.",
                )
            )
        )
    if ctx.chance(0.3):
        rows += ["", ctx.pick(ml.mobile)]
    if ctx.chance(0.4):
        rows += ["", fill_boiler(ctx, ctx.pick(ml.disclaimer))]
    return lines(*rows)


def subject_for(ctx: Ctx, prefix: str) -> str:
    ml = MAIL_LANGS[ctx.lang]
    if ctx.other is not None:
        base = ctx.other
    else:
        base = ctx.pick(ml.subjects).format(t=ctx.ticket)
    if ctx.chance(0.3):
        base = f"[{ctx.vendor} #{ctx.ticket}] {base}"
    return f"{prefix} {base}".strip()


def new_message(ctx: Ctx, closing: bool = True) -> str:
    """Customer's new message in their mail-client language."""
    ml = MAIL_LANGS[ctx.lang]
    greet = ctx.pick(ml.greet).format(a=ctx.agent.first, v=ctx.vendor)
    parts: list[str | None] = [greet, ""]
    if ctx.chance(0.5):
        parts += [ctx.pick(ml.context), ""]
    if ctx.chance(0.35):
        parts.append(ctx.pick(ml.one_more))
    parts.append(ctx.request)
    if ctx.chance(0.3):
        parts += [
            "",
            ctx.pick(
                (
                    "Happy to jump on a call if easier.",
                    "Screenshot attached.",
                    "Not urgent.",
                    "(sorry for my English)",
                    "This is for our whole team, about 12 people.",
                )
            ),
        ]
    if closing:
        parts += ["", ctx.pick(ml.close).format(city=ctx.customer.city)]
    return lines(*parts)


def outlook_header(ctx: Ctx, who: Person, to: str, dt: datetime, subj: str) -> str:
    ml = MAIL_LANGS[ctx.lang]
    cc = None
    if ctx.chance(0.3):
        col = colleague(ctx)
        cc = f"{ml.cc}: {col.name} <{col.email}>"
    sent = mail_date(ml, dt, ml.sent_fmt)
    if ctx.chance(0.5):
        return lines(
            f"{ml.frm}: {who.name} <{who.email}>",
            f"{ml.sent}: {sent}",
            f"{ml.to}: {to}",
            cc,
            f"{ml.subject}: {subj}",
        )
    return lines(
        f"*{ml.frm}:* {who.name} <{who.email}>",
        f"*{ml.sent}:* {sent}",
        f"*{ml.to}:* {to}",
        cc.replace(f"{ml.cc}:", f"*{ml.cc}:*") if cc else None,
        f"*{ml.subject}:* {subj}",
    )


def banner(ctx: Ctx) -> str | None:
    if not ctx.chance(0.35):
        return None
    ml = MAIL_LANGS[ctx.lang if ctx.chance(0.3) else "en"]
    return fill_boiler(ctx, ctx.pick(ml.banner)) + "\n"


def earlier_customer_msg(ctx: Ctx) -> str | None:
    """The customer's earlier message carrying the *other* request."""
    if ctx.other is None:
        return None
    ml = MAIL_LANGS[ctx.lang]
    return lines(
        ctx.pick(ml.greet).format(a="", v=ctx.vendor).replace(" ,", ","),
        "",
        ctx.other,
        "",
        ctx.pick(ml.close).format(city=ctx.customer.city),
        ctx.customer.first,
    )


def ch_email_outlook(ctx: Ctx) -> str:
    """Outlook top-posted reply with the quoted thread below."""
    ml = MAIL_LANGS[ctx.lang]
    c, a = ctx.customer, ctx.agent
    t_agent = ctx.earlier(6)
    t_first = t_agent - timedelta(hours=ctx.rng.randrange(2, 60))
    sep = ctx.pick(
        (
            "________________________________",
            "-----Original Message-----",
            "-----Ursprüngliche Nachricht-----"
            if ctx.lang == "de"
            else "________________________________",
            "",
        )
    )
    parts: list[str | None] = [
        banner(ctx),
        new_message(ctx),
        signature(ctx),
        "",
        sep,
        outlook_header(ctx, a, f"{c.name} <{c.email}>", t_agent, subject_for(ctx, ml.re)),
        "",
        agent_reply(ctx, mention_other=ctx.chance(0.5)),
    ]
    first = earlier_customer_msg(ctx)
    if first is not None:
        parts += [
            "",
            sep,
            outlook_header(ctx, c, support_address(ctx), t_first, subject_for(ctx, "")),
            "",
            first,
        ]
    return lines(*parts)


def ch_email_gmail(ctx: Ctx) -> str:
    """Gmail-style reply; top- or bottom-posted, '>' quoting."""
    ml = MAIL_LANGS[ctx.lang]
    a = ctx.agent
    t_agent = ctx.earlier(6)
    quoted_agent = agent_reply(ctx, mention_other=False)
    first = earlier_customer_msg(ctx)
    if first is not None:
        quoted_agent = lines(
            quoted_agent,
            "",
            wrote_line(ml, t_agent - timedelta(days=1), ctx.customer),
            quote(first),
        )
    history = lines(wrote_line(ml, t_agent, a), "", quote(quoted_agent))
    header = (
        lines(
            f"{ml.subject}: {subject_for(ctx, 'Re:')}",
            f"{ml.frm}: {ctx.customer.name} <{ctx.customer.email}>",
            f"{ml.to}: {support_address(ctx)}",
        )
        if ctx.chance(0.6)
        else None
    )
    if header is not None and ctx.chance(0.15):
        # The subject line carries the request; the body only points at it.
        header = header.replace(header.split("\n")[0], f"{ml.subject}: {ctx.request}")
        body = lines(
            ctx.pick(
                (
                    "See subject.",
                    "(see subject)",
                    "As per subject 🙏",
                    "Title says it all.",
                    "^ subject",
                    "",
                )
            ),
            "",
            signature(ctx),
            "",
            history,
        )
    elif ctx.chance(0.7):
        body = lines(new_message(ctx), ctx.customer.first, "", signature(ctx), "", history)
    else:
        body = lines(history, "", new_message(ctx), ctx.customer.first)
    return lines(header, "" if header else None, body)


def ch_email_apple(ctx: Ctx) -> str:
    """Apple Mail from a phone: short new text, nested quotes."""
    ml = MAIL_LANGS[ctx.lang]
    t_agent = ctx.earlier(4)
    inner = agent_reply(ctx, mention_other=False)
    first = earlier_customer_msg(ctx)
    if first is not None:
        inner = lines(
            inner,
            "",
            wrote_line(ml, t_agent - timedelta(hours=20), ctx.customer, True),
            quote(first, "> "),
        )
    mobile = ctx.pick(ml.mobile)
    lead = (
        ctx.request
        if ctx.chance(0.5)
        else lines(ctx.pick(ml.greet).format(a=ctx.agent.first, v=ctx.vendor), ctx.request)
    )
    return lines(
        lead,
        "",
        mobile,
        "",
        "> " + wrote_line(ml, t_agent, ctx.agent, True),
        ">",
        quote(inner, "> "),
    )


INLINE_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("Could you confirm the email address on the account?", "Yes, it's {email}"),
    ("Which device are you using?", "iPhone 14, iOS 17.4"),
    ("Is this still happening after the latest update?", "No, that part is fine now."),
    ("Can you tell me roughly when this started?", "Last Tuesday I think"),
    ("Are you on the Team or the Business plan?", "Business (annual)"),
    ("Did restarting the app help?", "Yes thanks!"),
    ("May I close this ticket?", "Yes, you can close the old one."),
)


def ch_email_inline(ctx: Ctx) -> str:
    """Inline reply: the customer answers under quoted agent questions."""
    ml = MAIL_LANGS[ctx.lang]
    qs = ctx.rng.sample(INLINE_QUESTIONS, k=ctx.rng.randrange(2, 4))
    parts: list[str | None] = [
        ctx.pick(
            (
                "Answers inline below.",
                "See my answers below in blue.",
                "Replies inline :)",
                "Comments inline, marked [CK].",
            )
        ),
        "",
        ctx.customer.first,
        "",
        wrote_line(ml, ctx.earlier(5), ctx.agent),
        f"> Hi {ctx.customer.first},",
        ">",
    ]
    if ctx.other is not None:
        parts += [
            f'> Thanks for your message. About your question "{ctx.other}":',
            f"> {ctx.pick(AGENT_DONE)}.",
            ">",
        ]
    parts.append("> To help me look into this, a few questions:")
    for q, ans in qs:
        parts += [">", f"> {q}", "", ans.format(email=ctx.customer.email), ""]
    parts += [
        ">",
        ctx.pick(
            (
                "> Is there anything else I can help you with?",
                "> Let me know if there's anything else.",
                "> Anything else on your mind?",
            )
        ),
        "",
        ctx.request,
        "",
        ">",
        f"> {ctx.pick(AGENT_SIGNOFF)}",
        f"> {ctx.agent.first}",
        f"> {ctx.vendor} Support",
    ]
    return lines(*parts)


def ch_email_forward(ctx: Ctx) -> str:
    """Customer forwards a colleague's message that contains the request."""
    ml = MAIL_LANGS[ctx.lang]
    col = colleague(ctx)
    dt = ctx.earlier(3)
    note = ctx.pick(
        (
            "Forwarding this from {f} on our team - can you help?",
            "FYI see below. Could you take care of this?",
            "Hi, please see {f}'s question below.",
            "Passing this on, thanks!",
            "+ {f}\nAdding {f}, see below.",
        )
    ).format(f=col.first)
    if ctx.chance(0.5):
        fwd_head = lines(
            "---------- Forwarded message ---------",
            f"{ml.frm}: {col.name} <{col.email}>",
            f"Date: {mail_date(ml, dt, ml.sent_fmt)}",
            f"{ml.subject}: {subject_for(ctx, '')}",
            f"{ml.to}: {ctx.customer.name} <{ctx.customer.email}>",
        )
    else:
        fwd_head = lines(
            "Begin forwarded message:",
            "",
            f"{ml.frm}: {col.name} <{col.email}>",
            f"{ml.subject}: {subject_for(ctx, ml.fw)}",
            f"Date: {mail_date(ml, dt, ml.sent_fmt)}",
            f"{ml.to}: {ctx.customer.name} <{ctx.customer.email}>",
        )
    inner: list[str | None] = [
        ctx.pick(ml.greet).format(a=ctx.customer.first, v=ctx.vendor),
        "",
        ctx.request,
        "",
        col.first,
    ]
    if ctx.other is not None:
        inner += [
            "",
            wrote_line(ml, dt - timedelta(days=2), ctx.agent),
            quote(f'Hi {ctx.customer.first}, we\'ve now handled "{ctx.other}" for your account.'),
        ]
    return lines(
        f"{ml.subject}: {subject_for(ctx, ml.fw)}",
        "",
        note,
        "",
        signature(ctx),
        "",
        fwd_head,
        "",
        lines(*inner),
    )


def ch_email_thread(ctx: Ctx) -> str:
    """Long Outlook thread, several hops, new request on top."""
    ml = MAIL_LANGS[ctx.lang]
    c, a = ctx.customer, ctx.agent
    col = colleague(ctx)
    dt = ctx.earlier(9)
    hops: list[str] = []
    hops.append(
        lines(
            outlook_header(ctx, a, f"{c.name} <{c.email}>", dt, subject_for(ctx, ml.re)),
            "",
            agent_reply(ctx, mention_other=False),
        )
    )
    hops.append(
        lines(
            outlook_header(
                ctx, col, f"{a.name} <{a.email}>", dt - timedelta(hours=5), subject_for(ctx, ml.re)
            ),
            "",
            ctx.pick(
                (
                    f"Hi {a.first}, adding {c.first} who owns this on our side.",
                    f"{a.first}, looping in {c.first}. Thanks for the quick turnaround!",
                    "Thanks - I'll let the team know.",
                )
            ),
            "",
            col.first,
            "",
            signature(ctx, col),
        )
    )
    first = earlier_customer_msg(ctx)
    if first is not None:
        hops.append(
            lines(
                outlook_header(
                    ctx, c, support_address(ctx), dt - timedelta(days=1), subject_for(ctx, "")
                ),
                "",
                first,
            )
        )
    rule = "________________________________"
    return lines(
        banner(ctx),
        new_message(ctx),
        c.first,
        "",
        signature(ctx),
        "",
        *[lines(rule, h, "") for h in hops],
    )


def ch_auto_reply(ctx: Ctx) -> str:
    """Out-of-office or ticket acknowledgement that carries the message."""
    ml = MAIL_LANGS[ctx.lang]
    c = ctx.customer
    back = ctx.when + timedelta(days=ctx.rng.randrange(2, 15))
    if ctx.chance(0.5):
        alt = make_agent(ctx.rng, ctx.vendor)
        return lines(
            f"{ml.subject}: Automatic reply: {subject_for(ctx, ml.re)}",
            f"{ml.frm}: {ctx.agent.name} <{ctx.agent.email}>",
            f"{ml.to}: {c.name} <{c.email}>",
            "Auto-Submitted: auto-replied",
            "",
            ml.ooo.format(
                date=mail_date(ml, back, "{d} {mon} {y}"), alt=f"{alt.first} ({alt.email})"
            ),
            "",
            MAIL_LANGS["en"].ooo.format(date=back.strftime("%d %B %Y"), alt=alt.email)
            if ctx.lang != "en"
            else None,
            "",
            f"{ml.frm}: {c.name} <{c.email}>",
            f"{ml.sent}: {mail_date(ml, ctx.when, ml.sent_fmt)}",
            f"{ml.to}: {ctx.agent.name} <{ctx.agent.email}>",
            f"{ml.subject}: {subject_for(ctx, ml.re)}",
            "",
            new_message(ctx),
            c.first,
        )
    prev = (
        (f'Previous request: #{ctx.ticket - ctx.rng.randrange(5, 900)} "{ctx.other}" (Solved)')
        if ctx.other
        else None
    )
    return lines(
        f"Subject: [{ctx.vendor}] Re: "
        f"{ctx.one('We received your request|Request received|Your ticket has been created')}"
        f" (#{ctx.ticket})",
        f"From: {support_address(ctx)}",
        "",
        "##- Please type your reply above this line -##",
        "",
        f"Hi {c.first},",
        "",
        f"Thanks for contacting {ctx.vendor}! This is an automated message to let "
        f"you know we've received your request (#{ctx.ticket}). A member of our "
        "team will get back to you within 1 business day.",
        "",
        "Here's a copy of your message:",
        "",
        "-------------------------------",
        f"{c.name} ({ctx.ts()})",
        "",
        ctx.request,
        "-------------------------------",
        "",
        prev,
        "",
        f"In the meantime, you may find an answer in our Help Center: https://help.{ctx.slug}.com",
        "",
        "This email is a service from " + ctx.vendor + ". Delivered by Zendesk",
        f"[{ctx.rng.randrange(16**6):06X}-{ctx.rng.randrange(1000, 9999)}]",
    )


def ch_bounce(ctx: Ctx) -> str:
    """Bounce / delivery failure with the original message attached."""
    c = ctx.customer
    slug = ctx.slug
    bad = ctx.pick((f"help@{slug}-old.com", f"support@{slug}.co", f"suport@{slug}.com"))
    msgid = f"<{ctx.rng.randrange(10**11, 10**12)}.{ctx.ticket}@mail.{c.email.split('@')[1]}>"
    orig: list[str | None] = [
        f"Received: from mail.{c.email.split('@')[1]} ([10.{ctx.rng.randrange(255)}.4.17])",
        f"Message-ID: {msgid}",
        f"Date: {ctx.when:%a, %d %b %Y %H:%M:%S} +0100",
        f"From: {c.name} <{c.email}>",
        f"To: {bad}",
        f"Subject: {subject_for(ctx, 'Re:' if ctx.other else '')}",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        new_message(ctx),
        c.first,
    ]
    if ctx.other is not None:
        orig += ["", f"> {ctx.other}"]
    if ctx.chance(0.5):
        head = lines(
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            f"To: {c.email}",
            "Subject: Delivery Status Notification (Failure)",
            "",
            "** Address not found **",
            "",
            f"Your message wasn't delivered to {bad} because the address couldn't "
            "be found, or is unable to receive mail.",
            "",
            "The response from the remote server was:",
            f"550 5.1.1 <{bad}>: Recipient address rejected: User unknown in virtual mailbox table",
            "",
            "----- Original message -----",
        )
    else:
        head = lines(
            "From: postmaster@outlook.com",
            "Subject: Undeliverable: " + subject_for(ctx, ""),
            "",
            "Delivery has failed to these recipients or groups:",
            "",
            bad,
            "The email address you entered couldn't be found. Please check the "
            "recipient's email address and try to resend the message.",
            "",
            "Diagnostic information for administrators:",
            f"Generating server: AM6PR0{ctx.rng.randrange(1, 9)}MB{ctx.ticket % 9000 + 1000}"
            f".eurprd0{ctx.rng.randrange(1, 9)}.prod.outlook.com",
            f"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            f"Recipient {bad} not found by SMTP address lookup'",
            "",
            "Original message headers:",
        )
    fwd = None
    if ctx.chance(0.5):
        fwd = lines(
            f"Forwarded by {c.first}: sorry, sent this to the wrong address first - see below.", ""
        )
    return lines(fwd, head, "", *orig)


# ---------------------------------------------------------------------------
# Helpdesk exports
# ---------------------------------------------------------------------------

INTERNAL_NOTES: tuple[str, ...] = (
    "Customer is on the Enterprise trial, renewal in May. Please be extra careful.",
    "@{b} can you check the logs for this account? Looks like the same thing as last week.",
    "Checked Stripe - no failed payments. Not a billing issue.",
    "Escalated to L2 per runbook. Waiting on eng.",
    "Known issue, linked to ENG-{n}. Don't promise an ETA.",
    "VIP account (top 50). Respond within 1h.",
    "Spoke to {c} on the phone, they'll email the details.",
    "Merged duplicate ticket #{n} into this one.",
    "FYI this is the third contact this month from this org.",
)

MACROS: tuple[str, ...] = (
    "Macro applied: General › Acknowledge receipt",
    "Macro applied: [EN] Thanks for your patience",
    "Trigger fired: Notify requester of received request",
    "Automation: Auto-close after 4 days pending",
    "Macro 'Tier 1 - gather device info' applied",
    "Workflow 'Tag VIP customers' ran",
)

CANNED_ACKS: tuple[str, ...] = (
    "Thanks for getting in touch! We've received your message and a member of "
    "the team will reply shortly.",
    "Hi {c}, thanks for reaching out. I'm looking into this now and will update "
    "you as soon as I can.",
    "Thanks {c}! Passing this to the right team - you'll hear from us within 24h.",
)

CSAT_LINES: tuple[str, ...] = (
    'Satisfaction: Good 👍 "quick and helpful"',
    "CSAT: 5/5 - Great support!",
    "Customer rated this conversation: 😀 Amazing",
    'Satisfaction rating: Bad 👎 "took too long"',
    "CSAT survey sent - no response",
    "Rated 4/5",
)

TAGS: tuple[str, ...] = (
    "vip",
    "renewal_q3",
    "web_widget",
    "mobile",
    "billing",
    "bug",
    "how_to",
    "feature_request",
    "churn_risk",
    "enterprise",
    "eu",
    "priority_support",
    "language_en",
    "tier1",
    "needs_triage",
    "android",
    "ios",
    "api",
)


@dataclass
class Event:
    """One item in a ticket thread."""

    when: datetime
    author: str
    kind: str  # customer | agent | note | system
    body: str


def ticket_events(ctx: Ctx, ack_after: bool = True) -> list[Event]:
    """Thread events, oldest first; the newest customer message is the request."""
    c, a = ctx.customer, ctx.agent
    b = make_agent(ctx.rng, ctx.vendor)
    n = ctx.rng.randrange(1000, 99999)
    events: list[Event] = []
    t = ctx.when - timedelta(days=ctx.rng.randrange(6, 30))
    if ctx.other is not None:
        events.append(Event(t, c.name, "customer", ctx.other))
        t += timedelta(hours=ctx.rng.randrange(1, 30))
        events.append(
            Event(
                t,
                a.name,
                "agent",
                lines(
                    f"Hi {c.first},",
                    "",
                    f"{ctx.pick(AGENT_DONE).capitalize()}. I'll mark this as solved, "
                    "but just reply if anything else comes up.",
                    "",
                    ctx.pick(AGENT_SIGNOFF),
                    a.first,
                ),
            )
        )
        t += timedelta(hours=ctx.rng.randrange(1, 5))
        events.append(
            Event(
                t,
                "System",
                "system",
                ctx.pick(
                    (
                        "Status changed: Open → Solved",
                        "Ticket marked as resolved",
                        "Status: Pending → Solved",
                    )
                ),
            )
        )
        if ctx.chance(0.6):
            t += timedelta(hours=ctx.rng.randrange(1, 48))
            events.append(Event(t, "System", "system", ctx.pick(CSAT_LINES)))
    elif ctx.chance(0.4):
        events.append(Event(t, "System", "system", ctx.pick(MACROS)))
    if ctx.chance(0.6):
        t += timedelta(hours=ctx.rng.randrange(1, 50))
        author, other_agent = ctx.pick(((a, b), (b, a)))
        events.append(
            Event(
                t,
                author.name,
                "note",
                ctx.pick(INTERNAL_NOTES).format(b=other_agent.first, c=c.first, n=n),
            )
        )
    t = ctx.when
    body = ctx.request
    if ctx.chance(0.5):
        body = lines(
            ctx.pick(("Hi,", "Hello,", f"Hi {a.first},", "Hey team")),
            "",
            ctx.request,
            "",
            ctx.pick(CUSTOMER_CLOSERS),
            c.first,
        )
    if ctx.other is not None:
        events.append(
            Event(
                t,
                "System",
                "system",
                ctx.pick(
                    (
                        "Status changed: Solved → Open (customer replied)",
                        "Ticket reopened by requester reply",
                        "Status: Solved → Open",
                    )
                ),
            )
        )
    events.append(Event(t, c.name, "customer", body))
    if ack_after and ctx.chance(0.35):
        events.append(
            Event(
                t + timedelta(minutes=ctx.rng.randrange(1, 40)),
                a.name,
                "agent",
                ctx.pick(CANNED_ACKS).format(c=c.first),
            )
        )
    if ctx.chance(0.3):
        events.append(
            Event(
                t + timedelta(minutes=ctx.rng.randrange(41, 90)),
                b.name,
                "note",
                ctx.pick(INTERNAL_NOTES).format(b=a.first, c=c.first, n=n),
            )
        )
    return events


def ordered(ctx: Ctx, events: list[Event]) -> tuple[list[Event], str]:
    if ctx.chance(0.5):
        return list(reversed(events)), "newest first"
    return events, "oldest first"


def stamp(ctx: Ctx, dt: datetime) -> str:
    return ctx.rel(dt) if ctx.chance(0.25) else ctx.ts(dt)


def ticket_subject(ctx: Ctx) -> str:
    if ctx.other is not None:
        return ctx.other if ctx.chance(0.6) else f"Re: {ctx.other}"
    return ctx.pick(
        (
            "Question from web form",
            "New message via Messenger",
            f"Conversation with {ctx.customer.first}",
            "Help with my account",
            "(no subject)",
            "Support request",
            "Chat with visitor",
            "Feedback",
        )
    )


def ch_zendesk(ctx: Ctx) -> str:
    c = ctx.customer
    events, order = ordered(ctx, ticket_events(ctx))
    out: list[str | None] = [
        f"#{ctx.ticket} {ticket_subject(ctx)}",
        f"Status: {ctx.pick(('Open', 'New', 'Pending', 'On-hold'))}   "
        f"Priority: {ctx.pick(('Low', 'Normal', 'High', 'Urgent'))}   "
        f"Type: {ctx.pick(('Question', 'Incident', 'Problem', 'Task'))}",
        f"Requester: {c.name} <{c.email}>   Organization: {c.company}",
        f"Assignee: Support/{ctx.pick(('Tier 1', 'Tier 2', 'Billing', 'EMEA'))} › {ctx.agent.name}",
        "Tags: " + " ".join(ctx.rng.sample(TAGS, k=ctx.rng.randrange(2, 6))),
        f"Channel: {ctx.pick(('Email', 'Web form', 'Chat', 'API', 'Mobile SDK'))}",
        f"Created: {ctx.ts(events[-1].when if order == 'newest first' else events[0].when)}"
        f" | Updated: {ctx.rel(ctx.when)}",
        ctx.pick(
            (
                f"Next SLA breach: in {ctx.rng.randrange(1, 9)}h {ctx.rng.randrange(60)}m"
                " (First reply time)",
                "SLA: Next reply time - BREACHED 12m ago",
                f"SLA policy: Enterprise · Requester wait time {ctx.rng.randrange(2, 30)}h",
            )
        ),
        "",
        f"Conversation ({order}):",
    ]
    for e in events:
        if e.kind == "system":
            out.append(f"  · {e.body} — {stamp(ctx, e.when)}")
            continue
        label = {"customer": "Public reply", "agent": "Public reply", "note": "Internal note"}[
            e.kind
        ]
        out += ["", f"{e.author} — {label} — {stamp(ctx, e.when)}", e.body]
    return lines(*out)


def ch_freshdesk(ctx: Ctx) -> str:
    c = ctx.customer
    events, order = ordered(ctx, ticket_events(ctx))
    due = ctx.when + timedelta(hours=ctx.rng.randrange(4, 48))
    out: list[str | None] = [
        f"Ticket #{ctx.ticket % 100000} | {ticket_subject(ctx)}",
        f"Source: {ctx.pick(('Portal', 'Email', 'Chat', 'Phone', 'Feedback widget'))} | "
        f"Status: {ctx.pick(('Open', 'Pending', 'Waiting on Customer', 'Reopened'))} | "
        f"Priority: {ctx.pick(('Low', 'Medium', 'High'))} | Group: "
        f"{ctx.pick(('Support', 'Billing', 'Onboarding', 'Product Feedback'))}",
        f"Agent: {ctx.agent.name} | Contact: {c.name} ({c.email}) | Company: {c.company}",
        f"Due by: {due:%a, %d %b %Y %I:%M %p}   FR due: {ctx.ts(due - timedelta(hours=3))}",
        "",
    ]
    verbs = {
        "customer": "replied",
        "agent": "replied",
        "note": "added a private note",
        "system": "",
    }
    first_customer = True
    for e in events if order == "oldest first" else list(reversed(events)):
        if e.kind == "customer" and first_customer:
            e.kind = "first"
            first_customer = False
    render: list[str] = []
    for e in events:
        if e.kind == "system":
            render.append(f"[{e.body}] {stamp(ctx, e.when)}")
            continue
        verb = (
            "reported via " + ctx.pick(("email", "the portal"))
            if e.kind == "first"
            else verbs[e.kind]
        )
        render.append(lines(f"{e.author} {verb} {stamp(ctx, e.when)}", e.body))
    return lines(*out, "\n\n".join(render))


def ch_helpscout(ctx: Ctx) -> str:
    c = ctx.customer
    events, order = ordered(ctx, ticket_events(ctx))
    prev = ctx.rng.randrange(1, 12)
    out: list[str | None] = [
        f"Conversation #{ctx.ticket} · Mailbox: {ctx.pick(('Support', 'Help', 'Customers'))} · "
        f"Status: {ctx.pick(('Active', 'Pending', 'Active'))} · Assigned: {ctx.agent.first}",
        f"Subject: {ticket_subject(ctx)}",
        f"Customer: {c.name} · {c.email} · {prev} previous conversations",
        "Tags: " + ", ".join(ctx.rng.sample(TAGS, k=3)),
        "——————————",
    ]
    for e in events:
        if e.kind == "system":
            out.append(f"↳ {e.body} · {stamp(ctx, e.when)}")
        elif e.kind == "note":
            out += [f"📝 {e.author} added a note · {stamp(ctx, e.when)}", e.body, ""]
        elif e.kind == "agent":
            out += [f"{e.author} replied · {stamp(ctx, e.when)}", e.body, ""]
        else:
            out += [
                f"{e.author} {ctx.pick(('replied', 'started the conversation', 'wrote'))}"
                f" · {stamp(ctx, e.when)}",
                e.body,
                "",
            ]
    return lines(*out)


def ch_front(ctx: Ctx) -> str:
    c = ctx.customer
    events = ticket_events(ctx)
    out: list[str | None] = [
        f"[Front] {ctx.one('Shared inbox|Team inbox')}: support@{ctx.slug}.com",
        f"Conversation: {ticket_subject(ctx)}",
        f"Assignee: {ctx.agent.name} · Tags: "
        + " ".join("#" + t for t in ctx.rng.sample(TAGS, k=2)),
        f"Contact: {c.name} <{c.email}> · Account: {c.company}",
        "",
    ]
    for e in events:
        if e.kind == "note":
            out += [
                f"💬 Comment from @{e.author.split(' ')[0].lower()} ({stamp(ctx, e.when)}):",
                e.body,
                "",
            ]
        elif e.kind == "system":
            out.append(f"— {e.body} ({stamp(ctx, e.when)})")
        else:
            arrow = "→ Outbound" if e.kind == "agent" else "← Inbound"
            out += [f"{arrow} message · {e.author} · {stamp(ctx, e.when)}", e.body, ""]
    if ctx.chance(0.5):
        out.append(f'— Assigned to {ctx.agent.name} by rule "Route {ctx.pick(TAGS)}"')
    return lines(*out)


def ch_jira_sm(ctx: Ctx) -> str:
    c, a = ctx.customer, ctx.agent
    key = f"{ctx.pick(('SUP', 'HELP', 'CS', 'ITSM'))}-{ctx.ticket % 9000 + 100}"
    head = [
        "Request type: "
        + ctx.one("Ask a question|Get IT help|Report a bug|Suggest a new feature|Emailed request"),
        f"Status: {ctx.pick(('Waiting for support', 'In progress', 'Open', 'Escalated'))}"
        f" | Priority: {ctx.pick(('P1', 'P2', 'P3', 'Medium', 'Low'))}",
        f"Reporter: {c.name} ({c.email}) | Assignee: {a.name} | Organizations: {c.company}",
        f"Components: {ctx.pick(('Mobile app', 'Web app', 'Integrations', 'Accounts'))}"
        f" | Labels: {' '.join(ctx.rng.sample(TAGS, k=2))}",
        f"Time to first response: {ctx.rng.randrange(1, 8)}h {ctx.rng.randrange(60)}m"
        f" | Time to resolution: {ctx.rng.randrange(8, 40)}h remaining",
        f"Created: {ctx.ts(ctx.when)}",
    ]
    if ctx.other is not None and ctx.chance(0.5):
        # Reopened request: description is the old one, new ask in comments.
        return lines(
            f"{key}  {ctx.other}",
            *head,
            "",
            "Description:",
            ctx.other,
            "",
            "Activity — Comments (oldest first):",
            f"{a.name} · {stamp(ctx, ctx.earlier(10))}",
            f"Hi {c.first}, {ctx.pick(AGENT_DONE)}. Resolving this request.",
            f"{a.name} changed the status to Resolved (Resolution: Done)",
            "",
            f"{c.name} · {stamp(ctx, ctx.when)}",
            ctx.request,
            "Automation for Jira changed the status to Waiting for support",
        )
    linked = (
        (f'Linked issues: relates to {key[:-3]}{ctx.rng.randrange(100, 999)} "{ctx.other}" (Done)')
        if ctx.other
        else None
    )
    summary = ctx.pick(
        (
            "Question from customer portal",
            "Emailed request",
            f"Request from {c.first}",
            "Customer request",
        )
    )
    comments = (
        [
            f"{a.name} · internal · {stamp(ctx, ctx.when + timedelta(minutes=20))}",
            ctx.pick(INTERNAL_NOTES).format(b="Ben", c=c.first, n=ctx.ticket % 7000),
        ]
        if ctx.chance(0.6)
        else []
    )
    return lines(
        f"{key}  {summary}",
        *head,
        linked,
        "",
        "Description:",
        ctx.request,
        "",
        "Attachments: none",
        "",
        "Activity — Comments:" if comments else None,
        *comments,
    )


def ch_crm_record(ctx: Ctx) -> str:
    c = ctx.customer
    prev_generic = (
        "Invoice copy for Q{q}",
        "Add 3 seats",
        "SSO setup call",
        "Password reset for {f}",
        "Change billing contact",
    )
    history: list[str] = []
    for _ in range(ctx.rng.randrange(0, 3)):
        d = ctx.earlier(300)
        item = ctx.pick(prev_generic).format(q=ctx.rng.randrange(1, 5), f=c.first)
        history.append(f"  - {d:%Y-%m-%d}  {item}  (Closed)")
    if ctx.other is not None:
        history.insert(
            ctx.rng.randrange(len(history) + 1),
            f"  - {ctx.earlier(60):%Y-%m-%d}  {ctx.other}  (Closed)",
        )
    system = ctx.pick(("Salesforce", "HubSpot", "Dynamics 365"))
    if system == "HubSpot":
        head = [
            "HubSpot ticket · Pipeline: Support · Stage: "
            + ctx.one("New|Waiting on us|Waiting on contact"),
            f"Contact: {c.name} · {c.title} · {c.email}",
            f"Company: {c.company} · Lifecycle stage: Customer · "
            f"ARR: ${ctx.rng.randrange(3, 200) * 1000:,}",
            f"Ticket owner: {ctx.agent.name} · Source: {ctx.one('Chat|Email|Form|Phone')}",
        ]
    else:
        head = [
            f"{system} · Case {ctx.ticket:08d} · Origin: {ctx.one('Phone|Web|Email|Chat')}"
            f" · Status: {ctx.pick(('New', 'Working', 'Escalated'))}",
            f"Account Name: {c.company}   Contact Name: {c.name}   Account Owner: {ctx.agent.name}",
            f"Plan: {ctx.pick(('Business', 'Enterprise', 'Pro', 'Starter'))}   Renewal: "
            f"{(ctx.when + timedelta(days=ctx.rng.randrange(30, 300))):%Y-%m-%d}   "
            f"Health score: {ctx.rng.randrange(30, 99)} ({ctx.pick(('Green', 'Amber', 'Red'))})",
        ]
    label = ctx.pick(("Description:", "Case description:", "Customer request (new):", "Details:"))
    return lines(
        *head,
        "",
        "Previous requests:" if history else None,
        *history,
        "" if history else None,
        label,
        ctx.request,
        "",
        ctx.pick(
            (
                "Internal comments: called back, no answer. Try again tomorrow.",
                "Internal comments: —",
                f"Next step: {ctx.agent.first} to reply by EOD.",
                "Internal comments: Customer prefers email.",
            )
        ),
    )


# ---------------------------------------------------------------------------
# Calls, meetings and transcripts
# ---------------------------------------------------------------------------

CUSTOMER_SMALLTALK: tuple[str, ...] = (
    "Yeah, overall the team is pretty happy with it.",
    "We rolled it out to the {city} office last month.",
    "Sorry, my camera isn't working today.",
    "Can you hear me okay? I'm on the train.",
    "I've got a hard stop at half past, just so you know.",
    "Um, so, a couple of things came up internally.",
    "Honestly the onboarding was smoother than I expected.",
    "Our IT folks had some questions about SSO but that's sorted.",
    "Yeah, yeah, that makes sense.",
    "Right. Okay.",
)

REP_LINES: tuple[str, ...] = (
    "Great to hear!",
    "Totally, let me note that down.",
    "Anything else on your list?",
    "I'll follow up in writing after the call.",
    "Good question - let me check with the product team.",
    "Mm-hmm.",
    "Perfect, thanks for flagging.",
    "Before we wrap up, anything else?",
)

CALL_TYPES: tuple[str, ...] = (
    "QBR",
    "Check-in",
    "Onboarding call",
    "Renewal discussion",
    "Support call",
    "Discovery",
    "Weekly sync",
    "Escalation call",
)


def rep_recap(ctx: Ctx) -> str:
    assert ctx.other is not None
    return ctx.pick(
        (
            f"Quick recap from last time: you'd asked \"{ctx.other}\" - that's been handled.",
            f'Last call you mentioned "{ctx.other}". We closed that one out, right?',
            f"So the earlier item, {ctx.other}, is done on our side.",
        )
    )


def call_turns(ctx: Ctx) -> list[tuple[str, str]]:
    """(speaker, text) turns; exactly one customer turn is the request."""
    c, a = ctx.customer, ctx.agent
    talk = [t.format(city=c.city) for t in ctx.rng.sample(CUSTOMER_SMALLTALK, k=3)]
    reps = ctx.rng.sample(REP_LINES, k=3)
    turns: list[tuple[str, str]] = [
        (
            a.first,
            ctx.pick(
                (
                    "Hi {f}, thanks for making the time.",
                    "Hey {f}! How's everything going?",
                    "Morning {f}, can you hear me?",
                )
            ).format(f=c.first),
        ),
        (c.first, talk[0]),
    ]
    if ctx.other is not None:
        turns += [
            (a.first, rep_recap(ctx)),
            (
                c.first,
                ctx.pick(
                    ("Yes, all good there.", "Yep, that works now.", "Yeah, thanks for sorting it.")
                ),
            ),
        ]
    turns.append((a.first, reps[0]))
    for i in range(1, ctx.rng.randrange(1, 4)):
        turns += [(c.first, talk[i]), (a.first, reps[i])]
    turns.append((c.first, ctx.request))
    turns.append(
        (
            a.first,
            ctx.pick(
                (
                    "Got it, I'll take that back to the team.",
                    "Okay, noted. Let me look into it.",
                    "Sure, I'll follow up by email on that one.",
                    "Hm, good one. Let me check.",
                )
            ),
        )
    )
    if ctx.chance(0.6):
        turns.append(
            (
                c.first,
                ctx.pick(("Great, thanks.", "Cool. That's it from me.", "Perfect. Talk soon!")),
            )
        )
    return turns


def ch_call_transcript(ctx: Ctx) -> str:
    """Gong / Chorus style transcript with speaker turns and timestamps."""
    c, a = ctx.customer, ctx.agent
    turns = call_turns(ctx)
    dur = ctx.rng.randrange(12, 55)
    secs = ctx.rng.randrange(5, 40)
    style = ctx.rng.randrange(3)
    tool = ("Gong", "Chorus", "Fireflies.ai")[style]
    out: list[str] = [
        f"{tool} · {c.company} <> {ctx.vendor} | {ctx.pick(CALL_TYPES)} · {dur} min · {ctx.ts()}",
        f"Participants: {a.name} ({ctx.vendor}), {c.name} ({c.company})"
        + (f", {colleague(ctx).name} ({c.company})" if ctx.chance(0.4) else ""),
        ctx.pick(
            (
                "Topics: Pricing · Product feedback · Next steps",
                "Trackers: Competitor mention (1) · Feature request (2)",
                "Talk ratio: 46% / 54% · Longest monologue 1:12",
            )
        ),
        "",
    ]
    names = {a.first: f"{a.name} ({ctx.vendor})", c.first: f"{c.name} ({c.company})"}
    for who, text in turns:
        secs += ctx.rng.randrange(6, 120)
        mm, ss = divmod(secs, 60)
        if style == 0:
            out.append(f"{mm:02d}:{ss:02d} | {names[who]}: {text}")
        elif style == 1:
            out += [f"{names[who]}  {mm}:{ss:02d}", text, ""]
        else:
            out.append(f"[{mm // 60:02d}:{mm % 60:02d}:{ss:02d}] {who}: {text}")
    return lines(*out)


def ch_vtt_transcript(ctx: Ctx) -> str:
    """Teams / Zoom WebVTT auto-transcript."""
    turns = call_turns(ctx)
    c, a = ctx.customer, ctx.agent
    full = {a.first: a.name, c.first: c.name}
    out = ["WEBVTT", ""]
    ms = ctx.rng.randrange(1000, 30000)
    for i, (who, text) in enumerate(turns, 1):
        start = ms
        ms += ctx.rng.randrange(1500, 9000)

        def t(v: int) -> str:
            h, rem = divmod(v, 3600000)
            m, rem = divmod(rem, 60000)
            s, milli = divmod(rem, 1000)
            return f"{h:02d}:{m:02d}:{s:02d}.{milli:03d}"

        cue = f"{ctx.rng.randrange(16**7):07x}-{i}" if ctx.chance(0.5) else str(i)
        out += [cue, f"{t(start)} --> {t(ms)}", f"<v {full[who]}>{text}</v>", ""]
        ms += ctx.rng.randrange(200, 3000)
    return lines(*out)


NOTE_POSITIVE: tuple[str, ...] = (
    "Team of ~40 now using it daily",
    "Happy with the mobile app overall",
    "Budget for next year approved",
    "Considering the Enterprise tier",
    "NPS from their internal survey went up",
    "Onboarding of the Leeds team done",
)
NOTE_CONCERN: tuple[str, ...] = (
    "Concern about onboarding new hires",
    "Still using spreadsheets for some reporting",
    "Mentioned a competitor demo last week",
    "IT is reviewing the DPA",
    "Finance pushing back on price increase",
    "Some users still on the old app",
)
NOTE_OTHER: tuple[str, ...] = (
    "Renewal date confirmed",
    "Wants a roadmap session",
    "Champion is moving teams in Q3",
    "Asked for a case study swap",
)
REP_ACTIONS: tuple[str, ...] = (
    "send pricing for 10 extra seats",
    "share the roadmap deck",
    "check with product and reply",
    "book follow-up in 2 weeks",
    "intro the solutions engineer",
)


def ch_call_notes(ctx: Ctx) -> str:
    """Bullet call notes with attendees, action items, next steps."""
    c, a = ctx.customer, ctx.agent
    col = colleague(ctx)
    req_line = ctx.pick(
        ("- {r}", "- {f}: {r}", "- Asked: {r}", "* {r}", "- {f} asked -> {r}", "• {r}")
    ).format(f=c.first, r=ctx.request)
    notes = [
        "- " + ctx.pick(NOTE_POSITIVE),
        "- " + ctx.pick(NOTE_CONCERN),
    ]
    notes.insert(ctx.rng.randrange(len(notes) + 1), req_line)
    if ctx.chance(0.5):
        notes.append("- " + ctx.pick(NOTE_OTHER))
    prev = (
        ["Open items from last call:", f"- ✅ {ctx.other} (done)", ""]
        if ctx.other is not None
        else []
    )
    return lines(
        ctx.pick(("Call notes", "Meeting notes", "📞 Customer call", "Notes"))
        + f" — {c.company} {ctx.pick(CALL_TYPES)} — {ctx.when:%d %b %Y}",
        f"Attendees: {a.name} ({ctx.vendor}), {c.name}, {col.name} ({col.title})",
        f"Agenda: {ctx.pick(('usage review', 'renewal', 'open issues', 'roadmap'))}, "
        f"{ctx.pick(('feedback', 'pricing', 'Q&A', 'next steps'))}",
        "",
        *prev,
        "Notes:",
        *notes,
        "",
        "Action items:",
        f"- [ ] {a.first} to {ctx.pick(REP_ACTIONS)}",
        f"- [ ] {c.first} to {ctx.pick(('confirm budget', 'send list of users', 'loop in IT'))}",
        "",
        f"Next steps: {ctx.one('follow-up call|email summary|QBR in March|trial extension')}"
        f" ({(ctx.when + timedelta(days=ctx.rng.randrange(3, 20))):%d/%m})",
    )


# ---------------------------------------------------------------------------
# Chat transcripts
# ---------------------------------------------------------------------------

BOT_GREETINGS: tuple[str, ...] = (
    "👋 Hi there! How can we help today?",
    "Hey! I'm {v}Bot 🤖 Ask me anything, or pick a topic below.",
    "Welcome to {v}! Our team typically replies in a few minutes.",
    "Hi 👋 Before we start, what's your question about?",
)

MENUS: tuple[str, ...] = (
    "[Billing] [Technical issue] [Something else]",
    "[I'm a customer] [Just browsing] [Talk to sales]",
    "[Track an order] [My account] [Talk to a human]",
    "[Get help] [Give feedback] [Report a bug]",
)


def chat_prelude(ctx: Ctx) -> list[tuple[str, str]]:
    """(speaker, text) bot greeting and menu; speaker 'sys' for system lines."""
    v = ctx.vendor
    turns = [("bot", ctx.pick(BOT_GREETINGS).format(v=v.split(" ")[0]))]
    if ctx.chance(0.7):
        menu = ctx.pick(MENUS)
        turns.append(("bot", menu))
        choice = ctx.pick([m.strip("[") for m in menu.split("] ")]).strip("]")
        turns.append(("sys", f'{ctx.customer.first} selected "{choice}"'))
    return turns


def chat_history(ctx: Ctx) -> list[tuple[str, str]]:
    if ctx.other is None:
        return []
    return ctx.pick(
        (
            [
                (
                    "sys",
                    f'Previous conversation ({ctx.rel(ctx.earlier(15))}): "{ctx.other}" — closed',
                )
            ],
            [
                ("cust", ctx.other),
                ("agent", f"{ctx.pick(AGENT_DONE).capitalize()} 👍"),
                ("sys", "Conversation closed"),
                ("sys", f"Conversation reopened {ctx.rel(ctx.when)}"),
            ],
            [
                ("agent", f'I see you asked about "{ctx.other}" last week - all good there?'),
                ("cust", ctx.pick(("yes that's fine now", "yep sorted thanks", "yes!"))),
            ],
        )
    )


def chat_turns(ctx: Ctx) -> list[tuple[str, str]]:
    c, a = ctx.customer, ctx.agent
    turns = chat_prelude(ctx)
    hist = chat_history(ctx)
    if hist and hist[0][1].startswith("Previous"):
        turns = hist + turns
        hist = []
    if ctx.chance(0.4):
        turns.append(("cust", ctx.pick(("hi", "hello?", "hi there", "Hey"))))
    turns += [
        ("sys", f"Conversation assigned to {a.name}"),
        (
            "agent",
            ctx.pick(
                (
                    f"Hi {c.first}, {a.first} here! What can I do for you?",
                    "Hello! Thanks for waiting. How can I help?",
                    f"Hey {c.first} 👋",
                )
            ),
        ),
    ]
    turns += hist
    if ctx.chance(0.3):
        turns.append(("sys", f"{c.first} is typing…"))
    turns.append(("cust", ctx.request))
    turns.append(
        (
            "agent",
            ctx.pick(
                (
                    "Let me check that for you, one moment.",
                    "Sure! Give me a sec to look into it.",
                    "Thanks, I'm passing this to the right team.",
                    "Good question, checking now.",
                )
            ),
        )
    )
    if ctx.chance(0.5):
        turns.append(
            (
                "sys",
                ctx.pick(
                    (
                        "Rated 5/5",
                        'Rated 3/5 "ok"',
                        "Conversation closed by agent",
                        f"{c.first} left the chat",
                        "Customer rated 👍",
                    )
                ),
            )
        )
    return turns


def ch_chat_intercom(ctx: Ctx) -> str:
    c = ctx.customer
    out = [
        f"Conversation with {c.name} · Intercom Messenger · started {ctx.ts()}",
        f"User: {c.email} · Company: {c.company} · Location: {c.city}",
        "",
    ]
    for who, text in chat_turns(ctx):
        if who == "bot":
            out.append(f"Operator (bot): {text}")
        elif who == "sys":
            out.append(f"— {text} —")
        elif who == "agent":
            out.append(f"{ctx.agent.first} ({ctx.vendor}): {text}")
        else:
            out.append(f"{c.first}: {text}")
    return lines(*out)


def ch_chat_whatsapp(ctx: Ctx) -> str:
    c = ctx.customer
    t = ctx.when - timedelta(minutes=ctx.rng.randrange(5, 30))
    android = ctx.chance(0.5)
    out = []
    if ctx.chance(0.6):
        enc = (
            "Messages and calls are end-to-end encrypted. No one outside of this "
            "chat, not even WhatsApp, can read or listen to them."
        )
        out.append(
            f"{t:%d/%m/%Y, %H:%M} - {enc}"
            if android
            else f"[{t:%d/%m/%Y, %H:%M:%S}] {ctx.vendor}: \u200e{enc}"
        )
    names = {
        "bot": ctx.vendor,
        "agent": f"{ctx.vendor} ({ctx.agent.first})",
        "cust": c.first if ctx.chance(0.5) else c.phone,
    }
    turns = chat_turns(ctx)
    if ctx.chance(0.5):
        # WhatsApp Business uses a numbered menu instead of buttons.
        turns = [t for t in turns if not t[1].startswith("[") and "selected" not in t[1]]
        at = next(i for i, t in enumerate(turns) if t[0] == "bot") + 1
        turns[at:at] = [
            ("bot", "Reply with a number:\n1️⃣ Orders\n2️⃣ Account\n3️⃣ Talk to an agent"),
            ("cust", "3"),
        ]
    for who, text in turns:
        t += timedelta(seconds=ctx.rng.randrange(5, 300))
        if who == "sys":
            if "typing" in text:
                continue
            text = f"‎{text}"
            who = "bot"
        if android:
            out.append(f"{t:%d/%m/%Y, %H:%M} - {names[who]}: {text}")
        else:
            out.append(f"[{t:%d/%m/%Y, %H:%M:%S}] {names[who]}: {text}")
    if ctx.chance(0.3):
        media = f"{names['cust']}: \u200e<Media omitted>"
        out.append(
            f"{t:%d/%m/%Y, %H:%M} - {media}" if android else f"[{t:%d/%m/%Y, %H:%M:%S}] {media}"
        )
    return lines(*out)


def ch_chat_drift(ctx: Ctx) -> str:
    c = ctx.customer
    out = [
        f"Drift · Conversation #{ctx.ticket} · Playbook: "
        + ctx.one("Website Welcome|Pricing page|Support routing"),
        f"Visitor: {c.name} <{c.email}> · Page: https://www.{ctx.slug}.com/"
        + ctx.one("pricing|help|app|contact"),
        "",
    ]
    t = ctx.when - timedelta(minutes=8)
    for who, text in chat_turns(ctx):
        t += timedelta(seconds=ctx.rng.randrange(4, 200))
        stamp_ = f"{t:%I:%M %p}".lstrip("0")
        label = {"bot": "🤖 Drift Bot", "agent": ctx.agent.name, "cust": c.name, "sys": "•"}[who]
        out.append(f"{label} {stamp_}" if who != "sys" else f"• {text} ({stamp_})")
        if who != "sys":
            out.append(text)
    return lines(*out)


def ch_chat_livechat(ctx: Ctx) -> str:
    c = ctx.customer
    start = ctx.when - timedelta(minutes=ctx.rng.randrange(2, 20))
    out = [
        "Chat transcript",
        f"Chat started: {start:%Y-%m-%d %H:%M:%S} UTC",
        f"Visitor: {c.name} ({c.email})",
        f"Visitor location: {c.city} · Browser: "
        + ctx.one("Chrome 122|Safari 17.3|Firefox 124|Edge 121"),
        f"URL: https://app.{ctx.slug}.com/settings",
        f"Group: {ctx.pick(('General', 'Support', 'Billing'))}",
        "",
    ]
    t = start
    for who, text in chat_turns(ctx):
        t += timedelta(seconds=ctx.rng.randrange(3, 180))
        if who == "sys":
            out.append(f"({t:%H:%M:%S}) *** {text}")
        else:
            name = {"bot": "ChatBot", "agent": ctx.agent.first, "cust": c.first}[who]
            out.append(f"({t:%H:%M:%S}) {name}: {text}")
    if ctx.chance(0.5):
        out.append(
            f"({t:%H:%M:%S}) *** Chat transferred from {ctx.agent.first} to "
            f"{make_agent(ctx.rng, ctx.vendor).first}"
        )
    out.append(
        ctx.pick(("Chat ended by visitor", "Chat closed by agent", "Chat archived (inactivity)"))
    )
    return lines(*out)


# ---------------------------------------------------------------------------
# Reviews
# ---------------------------------------------------------------------------

REVIEW_TITLES: tuple[str, ...] = (
    "Almost perfect",
    "Needs work",
    "Love it but...",
    "One missing thing",
    "Frustrating lately",
    "Great app, one request",
    "Solid",
    "Meh",
    "Please read, devs!",
    "Used to be better",
    "Good but",
    "5 stars if fixed",
)

REVIEW_INTROS: tuple[str, ...] = (
    "Been using this for 2 years, mostly great.",
    "The latest update broke a few things for me.",
    "Really like the new design.",
    "Works fine most of the time.",
    "I use it every day for work.",
    "Switched from a competitor last month.",
    "Customer support was friendly but slow.",
)

REVIEW_OUTROS: tuple[str, ...] = (
    "Otherwise great job!",
    "Will update my rating.",
    "Thanks.",
    "Please fix soon.",
    "Keep it up.",
    "",
)

DEV_REPLIES: tuple[str, ...] = (
    "Hi {n}, thanks for the feedback! We've passed this on to our product team. "
    "If you need help in the meantime, reach us at {mail}. - The {v} team",
    "Thanks for taking the time to write a review. We're sorry to hear about "
    "your experience - please contact us via Settings > Help so we can look "
    "into it.",
    "Hey {n}! Great suggestion, we've added it to our list. Stay tuned 🚀",
)

DEVICES: tuple[str, ...] = (
    "iPhone 13",
    "iPhone 15 Pro",
    "iPad Air (5th gen)",
    "Pixel 7a",
    "Galaxy S23",
    "OnePlus 11",
    "Xiaomi 13T",
    "Galaxy A54",
    "Pixel 8 Pro",
)

NICK_PARTS: tuple[str, ...] = (
    "happy",
    "tired",
    "busy",
    "coffee",
    "night",
    "runner",
    "mama",
    "dev",
    "kiwi",
    "pixel",
    "sunny",
    "blue",
)


def nickname(ctx: Ctx) -> str:
    return ctx.pick(
        (
            f"{ctx.pick(NICK_PARTS)}{ctx.pick(NICK_PARTS)}{ctx.rng.randrange(10, 99)}",
            f"{ctx.customer.first} {ctx.customer.last[:1]}.",
            f"{ctx.pick(NICK_PARTS).capitalize()}_{ctx.customer.first}",
            ctx.customer.name,
        )
    )


def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def review_body(ctx: Ctx) -> str:
    parts: list[str | None] = []
    if ctx.chance(0.6):
        parts.append(ctx.pick(REVIEW_INTROS))
    if ctx.other is not None:
        parts.append(
            ctx.pick(
                (
                    f'Last time I asked for "{ctx.other}" and they did it, so here\'s my next one:',
                    f'UPDATE: "{ctx.other}" works now, thanks.',
                    f"(My earlier review was about: {ctx.other} - fixed.)",
                )
            )
        )
    parts.append(ctx.request)
    outro = ctx.pick(REVIEW_OUTROS)
    if outro:
        parts.append(outro)
    sep = "\n" if ctx.chance(0.5) else "\n\n"
    return sep.join(p for p in parts if p is not None)


def dev_reply(ctx: Ctx, name: str) -> str:
    mail = f"support@{ctx.slug}.com"
    return ctx.pick(DEV_REPLIES).format(n=name.split(" ")[0], mail=mail, v=ctx.vendor)


def version(ctx: Ctx) -> str:
    return f"{ctx.rng.randrange(2, 9)}.{ctx.rng.randrange(0, 30)}.{ctx.rng.randrange(0, 9)}"


def ch_review_appstore(ctx: Ctx) -> str:
    nick = nickname(ctx)
    n = ctx.rng.randrange(1, 6)
    out: list[str | None] = [
        f"{stars(n)}  {ctx.pick(REVIEW_TITLES)}",
        f"{nick}, {ctx.when:%d/%m/%Y}" if ctx.chance(0.5) else f"by {nick} – {ctx.when:%b %d, %Y}",
        f"Version {version(ctx)} · {ctx.pick(DEVICES[:3])} · "
        + ctx.one("United Kingdom|United States|Germany|Netherlands|Sweden"),
        "",
        review_body(ctx),
    ]
    if ctx.chance(0.6):
        out += ["", f"Developer Response, {(ctx.now):%d/%m/%Y}", dev_reply(ctx, nick)]
    return lines(*out)


def ch_review_gplay(ctx: Ctx) -> str:
    nick = nickname(ctx)
    n = ctx.rng.randrange(1, 6)
    out: list[str | None] = [
        nick,
        f"{stars(n)} {ctx.when:%B %d, %Y}"
        if ctx.chance(0.5)
        else f"Rated {n} stars out of five stars · {ctx.rel(ctx.when)}",
        review_body(ctx),
        f"{ctx.rng.randrange(0, 300)} people found this review helpful",
        "Did you find this helpful?  Yes  No",
        f"Device: {ctx.pick(DEVICES[3:])} · Android {ctx.rng.randrange(11, 15)}"
        f" · App version {version(ctx)}"
        if ctx.chance(0.6)
        else None,
    ]
    if ctx.chance(0.6):
        out += ["", f"{ctx.vendor} Inc.  {ctx.now:%B %d, %Y}", dev_reply(ctx, nick)]
    return lines(*out)


def ch_review_g2(ctx: Ctx) -> str:
    c = ctx.customer
    n = ctx.rng.randrange(2, 6)
    v = ctx.vendor
    like = ctx.pick(
        (
            "Easy to set up and the team picked it up quickly.",
            "Integrations with our existing tools.",
            "Support is responsive and the UI is clean.",
        )
    )
    dislike_first = ctx.chance(0.5)
    req_q = (
        f"What do you dislike about {v}?"
        if dislike_first
        else "Recommendations to others considering the product:"
    )
    other_q = (
        "Recommendations to others considering the product:"
        if dislike_first
        else f"What do you dislike about {v}?"
    )
    other_a = ctx.pick(
        (
            "Pricing could be clearer.",
            "Some reports are slow to load.",
            "Do a proper trial first.",
            "Nothing major.",
        )
    )
    prev = f"Previous review (edited): {ctx.other}" if ctx.other else None
    return lines(
        f'{stars(n)} {n}.0/5.0  "{ctx.pick(REVIEW_TITLES)}"',
        f"{c.first} {c.last[:1]}. · {c.title} · "
        + ctx.one(
            "Small-Business (50 or fewer emp.)|Mid-Market (51-1000 emp.)|Enterprise (> 1000 emp.)"
        ),
        f"Validated Reviewer · Verified Current User · Review source: "
        f"{ctx.pick(('Organic', 'Seller invite', 'G2 invite'))} · {ctx.when:%m/%d/%Y}",
        "",
        f"What do you like best about {v}?",
        like,
        "",
        req_q,
        ctx.request,
        "",
        other_q,
        other_a,
        "",
        f"What problems is {v} solving and how is that benefiting you?",
        ctx.pick(("Saves us a few hours every week.", "Centralises everything in one place.")),
        prev,
    )


def ch_review_capterra(ctx: Ctx) -> str:
    scores = [ctx.rng.randrange(2, 6) for _ in range(4)]
    c = ctx.customer
    cons_label = ctx.pick(("Cons:", "Cons", "What could be improved:"))
    return lines(
        f'"{ctx.pick(REVIEW_TITLES)}"',
        f"{c.first} {c.last[:1]}. | {c.title} | {ctx.pick(COMPANY_WORDS)} | "
        f"{ctx.pick(('11-50', '51-200', '201-500', '2-10'))} employees",
        "Used the software for: " + ctx.one("6-12 months|1-2 years|Less than 6 months|2+ years"),
        f"Overall Rating {sum(scores) // 4}/5 | Ease of Use {scores[0]}/5 | Customer Service "
        f"{scores[1]}/5 | Features {scores[2]}/5 | Value for Money {scores[3]}/5",
        f"Likelihood to Recommend: {ctx.rng.randrange(3, 11)}/10",
        "",
        "Pros:",
        ctx.pick(("Clean interface and fast.", "Good mobile app.", "Price is fair.")),
        "",
        cons_label,
        ctx.request,
        "",
        "Overall:",
        f"Earlier request ({ctx.other}) was handled well, hence the rating."
        if ctx.other
        else ctx.pick(("Decent tool overall.", "We'll keep using it for now.", "Happy so far.")),
        f"Switched From: {ctx.pick(('Spreadsheets', 'Zendesk', 'Notion', 'Monday.com'))}"
        if ctx.chance(0.4)
        else None,
        f"Vendor response: {dev_reply(ctx, c.first)}" if ctx.chance(0.4) else None,
    )


def ch_review_trustpilot(ctx: Ctx) -> str:
    c = ctx.customer
    n = ctx.rng.randrange(1, 6)
    out: list[str | None] = [
        f"{c.first} {c.last[:1]}." if ctx.chance(0.6) else c.name,
        f"{LOCALE_TAGS[ctx.lang][-2:]} · {ctx.rng.randrange(1, 30)} reviews",
        f"Rated {n} out of 5 stars",
        f"{ctx.rel(ctx.when)}" if ctx.chance(0.5) else f"{ctx.when:%b %d, %Y}",
        ctx.pick(REVIEW_TITLES),
        review_body(ctx),
        f"Date of experience: {ctx.when:%B %d, %Y}",
        "Useful  Share",
    ]
    if ctx.chance(0.5):
        out += ["", f"Reply from {ctx.vendor}", f"{ctx.now:%b %d, %Y}", dev_reply(ctx, c.first)]
    return lines(*out)


# ---------------------------------------------------------------------------
# Surveys, community, internal relays
# ---------------------------------------------------------------------------

ROLES: tuple[str, ...] = (
    "Office manager",
    "IT admin",
    "Owner",
    "Team lead",
    "Developer",
    "Finance",
    "Other",
    "Marketing",
    "Operations",
)

SIZES: tuple[str, ...] = ("1", "2-10", "11-50", "51-200", "201-1000", "1000+")


def nps_reason(ctx: Ctx) -> str:
    return ctx.pick(
        (
            "Mostly works, a few rough edges.",
            "Good value.",
            "Support was great last time.",
            "It's fine.",
            "-",
            "Reliable but the app is slow sometimes.",
        )
    )


def ch_survey_nps(ctx: Ctx) -> str:
    score = ctx.rng.randrange(0, 11)
    cat = "Promoter" if score >= 9 else "Passive" if score >= 7 else "Detractor"
    improve_q = ctx.pick(
        (
            "What could we improve?",
            "What's one thing we could do better?",
            "Anything else you'd like to tell us?",
            "What is missing for you?",
        )
    )
    tool = ctx.pick(("Delighted", "Typeform", "SurveyMonkey", "Hotjar", "Qualtrics"))
    fields: list[tuple[str, str]] = [
        ("Response ID", f"r_{ctx.rng.randrange(16**10):010x}"),
        ("Submitted", ctx.ts()),
        ("Source", f"{tool} · {ctx.pick(('in-app', 'email', 'web link'))}"),
        ("NPS score", f"{score} ({cat})" if ctx.chance(0.5) else str(score)),
        ("Role", ctx.pick(ROLES)),
        ("Company size", ctx.pick(SIZES)),
        ("Plan", ctx.pick(("Free", "Pro", "Business", "Enterprise"))),
        ("What's the main reason for your score?", nps_reason(ctx)),
    ]
    if ctx.other is not None:
        fields.append(("Previous feedback (last survey)", ctx.other))
    fields.append((improve_q, ctx.request))
    fields.append(("May we contact you about your answers?", ctx.pick(("Yes", "No", ""))))
    if ctx.chance(0.5):
        fields.append(("Email", ctx.customer.email))
    if ctx.chance(0.5):
        return lines(*[f"{k}: {v}" for k, v in fields])
    return lines(*[f"{k}\n{v or '(no answer)'}\n" for k, v in fields])


def ch_survey_csv(ctx: Ctx) -> str:
    if '"' in ctx.request or "\n" in ctx.request:
        raise Skip
    score = ctx.rng.randrange(0, 11)
    head = "submitted_at,score,role,company_size,reason,improve,contact_ok"
    rows = []
    if ctx.other is not None:
        rows.append(
            f"{ctx.earlier(90):%Y-%m-%d},{ctx.rng.randrange(0, 11)},"
            f'{ctx.pick(ROLES)},{ctx.pick(SIZES)},,"{ctx.other}",no'
        )
    rows.append(
        f"{ctx.when:%Y-%m-%d %H:%M},{score},{ctx.pick(ROLES)},{ctx.pick(SIZES)},"
        f'"{nps_reason(ctx)}","{ctx.request}",{ctx.pick(("yes", "no"))}'
    )
    note = ctx.pick(
        (
            f"NPS export for {ctx.customer.email} (last {len(rows)} responses)",
            "Survey responses - filtered by account",
            None,
        )
    )
    return lines(note, head, *rows)


def ch_forum_post(ctx: Ctx) -> str:
    user = nickname(ctx).replace(" ", "_")
    quoted_user = ctx.pick(
        (
            "mod_" + ctx.agent.first.lower(),
            "alex_k",
            "power_user_22",
            ctx.agent.first + "_" + ctx.vendor.split(" ")[0],
        )
    )
    topic = ctx.rng.randrange(1000, 99999)
    category = ctx.pick(("Feature Requests", "Help & Support", "Ideas", "General", "Bugs"))
    out: list[str | None] = [
        f"{ctx.vendor} Community › {category}",
        "Title: "
        + ctx.one(
            "Question|Is this possible?|Help please|Feature idea|Follow-up to my earlier thread"
        ),
        f"{user} · {ctx.rel(ctx.when)} · {ctx.rng.randrange(1, 400)} posts",
        "",
    ]
    if ctx.other is not None:
        if ctx.chance(0.5):
            out += [
                f'[quote="{quoted_user}, post:{ctx.rng.randrange(1, 9)}, topic:{topic}"]',
                ctx.other,
                "[/quote]",
                "",
                ctx.pick(
                    (
                        "That worked for me, thanks. Different question though:",
                        "Marking that as solved. Next:",
                        "Thanks! Also:",
                    )
                ),
            ]
        else:
            out += [
                f"> {quoted_user} wrote:",
                f"> {ctx.other}",
                "",
                ctx.pick(("Got that sorted. Now:", "ok that's done. new one:")),
            ]
    elif ctx.chance(0.5):
        out.append(
            ctx.pick(
                (
                    "Searched the forum but couldn't find this.",
                    "Hi all, first post here.",
                    f"Using {ctx.vendor} on {ctx.pick(DEVICES)}.",
                )
            )
        )
    out += [ctx.request, ""]
    votes = ctx.rng.randrange(0, 120)
    out.append(
        ctx.pick(
            (
                f"▲ {votes}  · {ctx.rng.randrange(30)} replies · "
                f"{ctx.rng.randrange(20, 3000)} views",
                f"{votes} votes · Status: {ctx.one('Under review|Planned|Open|Answered')}",
                f"❤ {votes}   🔗 Share   ↩ Reply",
            )
        )
    )
    if ctx.chance(0.4):
        out += [
            "",
            f"{ctx.one('mod_|staff_')}{ctx.agent.first.lower()} (Staff) · "
            f"{ctx.rel(ctx.now - timedelta(minutes=30))}",
            "Thanks for posting! I've merged this into the existing idea and "
            "flagged it to the team.",
            "[Solved ✔]" if ctx.chance(0.3) else None,
        ]
    if ctx.chance(0.3):
        out.append(f"Tags: {', '.join(ctx.rng.sample(TAGS, k=2))}")
    return lines(*out)


def ch_slack_relay(ctx: Ctx) -> str:
    c = ctx.customer
    uid = "U0" + "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    src = ctx.pick(("Intercom", "Zendesk", "email", "the in-app widget", "a sales call"))
    t = ctx.when
    out: list[str | None] = [
        f"<@{uid}> shared a message from #"
        + ctx.one("customer-feedback|cs-escalations|voice-of-customer|support-triage"),
        f"> *{c.name}* ({c.company}) via {src} · {t:%b %d at %I:%M %p}",
    ]
    if ctx.other is not None:
        out.append(f"> _earlier ticket (resolved):_ ~{ctx.other}~")
    out.append(f"> {ctx.request}")
    out += [
        "",
        ctx.pick(
            (
                f":eyes: {ctx.rng.randrange(1, 6)}  :+1: {ctx.rng.randrange(1, 9)}",
                ":white_check_mark: 1",
                ":fire: 2  :thinking_face: 1",
                None,
            )
        ),
        ctx.pick(
            (
                f"{ctx.rng.randrange(1, 8)} replies  Last reply {ctx.rel(ctx.now)}",
                f"Thread: {ctx.agent.first}: logged as FB-{ctx.rng.randrange(100, 999)}",
                f"<@{uid}>: cc @product-team is this on the roadmap?",
                None,
            )
        ),
    ]
    return lines(*out)


def ch_teams_relay(ctx: Ctx) -> str:
    c = ctx.customer
    t = ctx.when
    out: list[str | None] = [
        f"{ctx.agent.name} forwarded a message from "
        f"{ctx.one('Customer Success|Support EMEA|Sales')} > "
        f"{ctx.pick(('Feedback', 'General', 'Escalations'))}",
        "",
        f"{c.name} (External)  {t:%d/%m %H:%M}"
        if ctx.chance(0.5)
        else f"{c.name}  {t:%I:%M %p}".replace(" 0", " "),
    ]
    if ctx.other is not None:
        out += [f'Replying to {ctx.agent.first}: "{ctx.other}" → done ✅']
    out.append(ctx.request)
    out += [
        ctx.pick(("👍 2", "❤️ 1  😮 1", None)),
        "",
        f"{ctx.agent.first}: "
        + ctx.one("@Product can someone pick this up?|FYI|adding to the backlog|who owns this?"),
        ctx.pick(("(edited)", "Seen by 4", None)),
    ]
    return lines(*out)


def ch_json_export(ctx: Ctx) -> str:
    if any(ch in ctx.request for ch in '"\\\n\t'):
        raise Skip
    c = ctx.customer
    record: dict[str, object] = {
        "id": f"fb_{ctx.rng.randrange(16**12):012x}",
        "created_at": ctx.when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "source": ctx.pick(("widget", "email", "api", "ios", "android", "web")),
        "user": {
            "id": ctx.rng.randrange(10**6, 10**7),
            "email": c.email,
            "name": c.name,
            "locale": LOCALE_TAGS[ctx.lang],
        },
        "account": {"name": c.company, "plan": ctx.pick(("pro", "business", "free"))},
    }
    if ctx.other is not None:
        record["previous"] = [
            {
                "body": ctx.other,
                "status": "closed",
                "closed_at": ctx.earlier(30).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        ]
    record[ctx.pick(("body", "message", "text", "content"))] = ctx.request
    record["tags"] = ctx.rng.sample(TAGS, k=2)
    record["meta"] = {
        "app_version": version(ctx),
        "os": ctx.one("iOS 17.4|Android 14|macOS 14.3|Windows 11"),
        "sentiment": round(ctx.rng.uniform(-1, 1), 2),
    }
    keys = list(record)
    if ctx.chance(0.3):
        ctx.rng.shuffle(keys)
    ordered_rec = {k: record[k] for k in keys}
    if ctx.chance(0.5):
        return json.dumps(ordered_rec, ensure_ascii=False, indent=2)
    return json.dumps(ordered_rec, ensure_ascii=False)


def ch_kv_export(ctx: Ctx) -> str:
    if '"' in ctx.request or "\n" in ctx.request:
        raise Skip
    c = ctx.customer
    base = (
        f"ts={ctx.when:%Y-%m-%dT%H:%M:%SZ} level=info svc=feedback-ingest "
        f"event=feedback.received source={ctx.pick(('widget', 'email', 'sdk', 'sms'))} "
        f'account_id=acc_{ctx.rng.randrange(10**5, 10**6)} user="{c.email}"'
    )
    rows = []
    if ctx.other is not None:
        rows.append(
            f"ts={ctx.earlier(20):%Y-%m-%dT%H:%M:%SZ} level=info svc=feedback-ingest "
            f'event=ticket.closed ref=T-{ctx.ticket - 7} text="{ctx.other}"'
        )
    rows.append(f'{base} text="{ctx.request}" lang={ctx.lang}')
    if ctx.chance(0.5):
        rows.append(
            f"ts={ctx.when:%Y-%m-%dT%H:%M:%SZ} level=debug svc=feedback-ingest "
            f"event=classifier.skipped reason=queue_full retry_in=30s"
        )
    return lines(*rows)


def ch_html_email(ctx: Ctx) -> str:
    if any(ch in ctx.request for ch in "&<>\n"):
        raise Skip
    c, a = ctx.customer, ctx.agent
    ml = MAIL_LANGS[ctx.lang]
    greet = ctx.pick(ml.greet).format(a=a.first, v=ctx.vendor).replace(" ", "&nbsp;", 1)
    close = ctx.pick(ml.close).format(city=c.city)
    quoted = ""
    if ctx.other is not None:
        wl = wrote_line(ml, ctx.earlier(5), c).replace("<", "&lt;").replace(">", "&gt;")
        quoted = (
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f"{wl}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'<div dir="ltr">{ctx.other}</div></blockquote></div>'
        )
    if ctx.chance(0.5):
        body = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style>p{margin:0}</style></head><body>"
            f'<div dir="ltr"><p>{greet}</p><p><br></p><p>{ctx.request}</p><p><br></p>'
            f"<p>{close}<br>{c.first}</p></div><br>{quoted}</body></html>"
        )
    else:
        body = lines(
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">',
            f'<p class="MsoNormal">{greet}<o:p></o:p></p>',
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            f'<p class="MsoNormal">{ctx.request}<o:p></o:p></p>',
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            f'<p class="MsoNormal">{close}<br>{c.name}<br>'
            f'<span style="color:#7f7f7f">{c.title} &#124; {c.company}</span></p>',
            "</div>",
            '<div id="appendonsend"></div>',
            '<hr style="display:inline-block;width:98%" tabindex="-1">',
            f'<div id="divRplyFwdMsg"><b>{ml.frm}:</b> {a.name} &lt;{a.email}&gt;<br>'
            f"<b>{ml.sent}:</b> {mail_date(ml, ctx.earlier(4), ml.sent_fmt)}<br>"
            f"<b>{ml.subject}:</b> {subject_for(ctx, ml.re)}</div>",
            f"<div><p>Hi {c.first},</p><p>{ctx.pick(AGENT_DONE).capitalize()}.</p></div>",
            quoted or None,
        )
    return body


# ---- channel registry ----

Channel = Callable[[Ctx], str]

CHANNELS: list[tuple[str, float, Channel]] = [
    ("web_form", 0.6, ch_web_form),
    ("email_outlook", 2.0, ch_email_outlook),
    ("email_gmail", 1.6, ch_email_gmail),
    ("email_apple", 1.0, ch_email_apple),
    ("email_inline", 0.8, ch_email_inline),
    ("email_forward", 0.8, ch_email_forward),
    ("email_thread", 1.0, ch_email_thread),
    ("auto_reply", 0.8, ch_auto_reply),
    ("bounce", 0.6, ch_bounce),
    ("zendesk", 1.2, ch_zendesk),
    ("freshdesk", 0.9, ch_freshdesk),
    ("helpscout", 0.8, ch_helpscout),
    ("front", 0.7, ch_front),
    ("jira_sm", 0.8, ch_jira_sm),
    ("crm_record", 0.8, ch_crm_record),
    ("call_transcript", 1.0, ch_call_transcript),
    ("vtt_transcript", 0.5, ch_vtt_transcript),
    ("call_notes", 0.9, ch_call_notes),
    ("chat_intercom", 0.9, ch_chat_intercom),
    ("chat_whatsapp", 0.8, ch_chat_whatsapp),
    ("chat_drift", 0.6, ch_chat_drift),
    ("chat_livechat", 0.7, ch_chat_livechat),
    ("review_appstore", 0.6, ch_review_appstore),
    ("review_gplay", 0.6, ch_review_gplay),
    ("review_g2", 0.5, ch_review_g2),
    ("review_capterra", 0.5, ch_review_capterra),
    ("review_trustpilot", 0.5, ch_review_trustpilot),
    ("survey_nps", 0.8, ch_survey_nps),
    ("survey_csv", 0.3, ch_survey_csv),
    ("forum_post", 0.7, ch_forum_post),
    ("slack_relay", 0.6, ch_slack_relay),
    ("teams_relay", 0.4, ch_teams_relay),
    ("json_export", 0.6, ch_json_export),
    ("kv_export", 0.3, ch_kv_export),
    ("html_email", 0.6, ch_html_email),
]

LANG_WEIGHTS: dict[str, float] = {
    "en": 0.40,
    "de": 0.09,
    "fr": 0.08,
    "es": 0.08,
    "nl": 0.07,
    "pt": 0.07,
    "it": 0.07,
    "pl": 0.07,
    "sv": 0.07,
}


def pick_other(
    rng: random.Random, texts: Sequence[str], labels: Sequence[str], index: int
) -> str | None:
    """An earlier, different request from another row (different label)."""
    for _ in range(20):
        j = rng.randrange(len(texts))
        cand = texts[j].strip()
        if (
            j != index
            and labels[j] != labels[index]
            and cand
            and cand.lower() not in texts[index].lower()
            and texts[index].strip().lower() not in cand.lower()
            and "\n" not in cand
        ):
            return cand
    return None


def wrap_row(
    rng: random.Random, texts: Sequence[str], labels: Sequence[str], index: int
) -> tuple[str, str]:
    """Wrap one request; return (text, channel)."""
    request, _kind = vary_request(rng, texts[index])
    other = pick_other(rng, texts, labels, index) if rng.random() < OTHER_SHARE else None
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    vendor = rng.choice(VENDORS)
    ctx = Ctx(
        rng=rng,
        request=request,
        other=other,
        lang=lang,
        customer=make_person(rng, lang),
        agent=make_agent(rng, vendor),
        vendor=vendor,
        when=datetime(2023, 6, 1, 8, 0)
        + timedelta(days=rng.randrange(700), minutes=rng.randrange(12 * 60)),
        ticket=rng.randrange(10000, 999999),
    )
    ctx.now = ctx.when + timedelta(minutes=rng.randrange(100, 4000))
    names = [c[0] for c in CHANNELS]
    weights = [c[1] for c in CHANNELS]
    for _ in range(10):
        i = rng.choices(range(len(CHANNELS)), weights=weights)[0]
        try:
            return CHANNELS[i][2](ctx), names[i]
        except Skip:
            continue
    return ch_email_outlook(ctx), "email_outlook"


def transform(
    rows: list[dict[str, str]], text_col: str, label_col: str, seed: int, share: float
) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    texts = [r[text_col] for r in rows]
    labels = [r[label_col] for r in rows]
    out: list[tuple[str, str, str]] = []
    for i, (text, label) in enumerate(zip(texts, labels, strict=True)):
        if rng.random() < share and text.strip():
            wrapped, channel = wrap_row(rng, texts, labels, i)
            out.append((wrapped, label, channel))
        else:
            out.append((text, label, "plain"))
    return out


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("inp", metavar="IN.csv")
    p.add_argument("out", metavar="OUT.csv")
    p.add_argument("--seed", type=int, default=18)
    p.add_argument("--share", type=float, default=0.75)
    p.add_argument("--text-col", default="text")
    p.add_argument("--label-col", default="label")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with open(args.inp, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if rows and (args.text_col not in rows[0] or args.label_col not in rows[0]):
        print(f"missing column {args.text_col!r} or {args.label_col!r}", file=sys.stderr)
        return 2
    result = transform(rows, args.text_col, args.label_col, args.seed, args.share)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label", "channel"])
        writer.writerows(result)
    mix = Counter(ch for _, _, ch in result)
    print(
        f"wrote {len(result)} rows to {args.out}; "
        f"{sum(v for k, v in mix.items() if k != 'plain')} wrapped, "
        f"{len(mix) - 1} channels",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
