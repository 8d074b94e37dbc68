"""Wrap short customer requests in realistic channel envelopes (benchmark data).

Reads a CSV with one short customer request per row and writes a CSV with the
columns ``text,label,channel``.  Rows keep their order and their labels.  About
``--share`` of the rows are wrapped the way real channels deliver customer
feedback to a product or support team: e-mail threads and forwards, issue
trackers and feedback portals, CRM notes, chat and SMS exports, in-app widgets
and surveys, social posts and reviews, helpdesk tickets, and call, IVR and
voicemail transcripts.  The remaining rows are copied unchanged with the
channel ``plain``.

Inside a wrapped text the row's own request is always the newest thing the
customer asks.  It appears verbatim or with one realistic change: a one-letter
typo in one word (about 20% of wrapped rows), a capitalised first letter, an
added "?" or ".", or a short lead-in on the same line.  About a quarter of the
wrapped rows also carry an earlier, different request borrowed from another
row with a different label (quoted history, a previous or reopened ticket, a
"Re:" subject, a resolved item in a list, another user's comment).

The output is deterministic for a seed: one ``random.Random(seed)`` drives
every choice.  Standard library only (Python 3.11+).

Usage:
    python bench/blind_wrap_19.py IN.csv OUT.csv [--seed 19] [--share 0.75]
        [--text-col text] [--label-col label]

BANKING77 keeps its label in ``category``:
    python bench/blind_wrap_19.py banking77/test.csv out.csv --label-col category
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")

# ---------------------------------------------------------------------------
# Tunables
# ---------------------------------------------------------------------------

DEFAULT_SEED = 19
DEFAULT_SHARE = 0.75
TYPO_RATE = 0.20  # share of wrapped rows whose request gets a one-letter typo
EARLIER_RATE = 0.25  # wrapped rows that also carry an earlier request
EARLIER_RATE_HELPDESK = 0.28  # helpdesk rows: reopened tickets and the like
PLAIN = "plain"

# ---------------------------------------------------------------------------
# People, companies and small vocabulary tables
# ---------------------------------------------------------------------------

FIRST_NAMES = (
    "Dana",
    "Priya",
    "Marcus",
    "Sofia",
    "Liam",
    "Aisha",
    "Tomasz",
    "Mei",
    "Jorge",
    "Hannah",
    "Kwame",
    "Elena",
    "Raj",
    "Chloe",
    "Mateo",
    "Yuki",
    "Olivia",
    "Ahmed",
    "Ingrid",
    "Noah",
    "Fatima",
    "Lukas",
    "Grace",
    "Diego",
    "Nadia",
    "Oscar",
    "Zoe",
    "Ibrahim",
    "Clara",
    "Ben",
    "Anika",
    "Pablo",
    "Sarah",
    "Wei",
    "Emeka",
    "Julia",
    "Hugo",
    "Leila",
    "Sam",
    "Freya",
    "Tariq",
    "Camille",
    "Jonas",
    "Maya",
    "Arjun",
    "Beatriz",
    "Tom",
    "Ines",
)

LAST_NAMES = (
    "Okafor",
    "Nguyen",
    "Schmidt",
    "Rossi",
    "Patel",
    "Kowalski",
    "Tanaka",
    "Garcia",
    "Johansson",
    "Murphy",
    "Haddad",
    "Müller",
    "Silva",
    "Dubois",
    "Kim",
    "Brennan",
    "Novak",
    "Fischer",
    "Mensah",
    "Lindqvist",
    "Costa",
    "Ivanova",
    "Walsh",
    "Yamamoto",
    "Moreau",
    "Hughes",
    "Akhtar",
    "Bauer",
    "Reyes",
    "Chen",
    "O'Neill",
    "Kaplan",
    "Ferreira",
    "Larsen",
    "Singh",
    "Abbott",
    "Varga",
    "Mahlangu",
    "Ortega",
    "Weiss",
)

FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.co.uk",
    "gmx.de",
    "orange.fr",
    "aol.com",
    "live.com",
)

VENDORS = (
    ("Orbit", "orbit.io"),
    ("Lumio", "lumio.app"),
    ("Tandem", "tandemhq.com"),
    ("Brightside", "brightside.co"),
    ("Quill", "quill.so"),
    ("Harbor", "harborapp.com"),
    ("Kite", "kitehq.io"),
    ("Fernway", "fernway.com"),
    ("Pebble", "pebble.money"),
    ("Nestor", "nestor.ai"),
    ("Halcyon", "halcyon.cloud"),
    ("Juniper", "juniperhome.app"),
)

CLIENTS = (
    ("Acme Logistics", "acmelogistics.com"),
    ("Bluefin Dental", "bluefin.dental"),
    ("Crestview Realty", "crestviewrealty.com"),
    ("Delta Outfitters", "deltaout.co"),
    ("Evergreen Schools", "evergreen.k12.us"),
    ("Foxglove Studio", "foxglove.studio"),
    ("Granite Insurance", "granite-ins.com"),
    ("Helix Biotech", "helixbio.com"),
    ("Ironwood Legal", "ironwoodlaw.com"),
    ("Juno Travel", "junotravel.eu"),
    ("Kestrel Foods", "kestrelfoods.com"),
    ("Lakeside Clinic", "lakesideclinic.org"),
    ("Meridian Hotels", "meridianhotels.com"),
    ("Northstar Media", "northstar.media"),
    ("Oakline Freight", "oakline.de"),
    ("Pinecrest Bank", "pinecrest.bank"),
    ("Quartz Analytics", "quartz-analytics.io"),
    ("Redwood Retail", "redwood.shop"),
    ("Solace Health", "solacehealth.com"),
    ("Tidewater Energy", "tidewater.energy"),
    ("Umbra Games", "umbragames.gg"),
    ("Vantage Events", "vantage-events.fr"),
    ("Willow & Co", "willowandco.com"),
    ("Yellowtail Sushi", "yellowtail.jp"),
)

JOB_TITLES = (
    "Head of Operations",
    "IT Manager",
    "Office Manager",
    "CFO",
    "Customer Success Lead",
    "Founder",
    "Product Owner",
    "Finance Admin",
    "Marketing Director",
    "Practice Manager",
    "VP Engineering",
    "Team Lead",
)

VENDOR_ROLES = (
    "Account Executive",
    "Customer Success Manager",
    "Solutions Engineer",
    "Support Lead",
    "Account Manager",
    "Product Manager",
    "Sales Director",
    "Implementation Consultant",
    "Head of Support",
)

TIMEZONES = ("+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "+1000")

CITIES = (
    "London, GB",
    "Austin, US",
    "Berlin, DE",
    "Toronto, CA",
    "Lyon, FR",
    "Madrid, ES",
    "Mumbai, IN",
    "Sydney, AU",
    "Dublin, IE",
    "Warsaw, PL",
    "São Paulo, BR",
    "Osaka, JP",
    "Lagos, NG",
    "Chicago, US",
)

PLANS = ("Free", "Starter", "Pro", "Business", "Enterprise", "Team", "Plus")

GREETINGS = (
    "Hi",
    "Hello",
    "Hey",
    "Hi there",
    "Hello team",
    "Hi team",
    "Good morning",
    "Dear Support",
    "Hey folks",
    "Hi all",
    "Dear {vendor} team",
    "Morning",
)

SIGNOFFS = (
    "Thanks",
    "Thanks!",
    "Cheers",
    "Best",
    "Regards",
    "Kind regards",
    "Thx",
    "Many thanks",
    "Best regards",
    "BR",
    "Thank you",
    "Ta",
    "Talk soon",
)

MOBILE_FOOTERS = (
    "Sent from my iPhone",
    "Sent from my Galaxy",
    "Sent from Outlook for Android",
    "Get Outlook for iOS",
    "Sent from Yahoo Mail on Android",
    "Sent via Superhuman",
    "Sent from Mail for Windows",
    "Sent with Proton Mail secure email.",
    "Envoyé de mon iPhone",
    "Von meinem iPhone gesendet",
    "Enviado desde mi iPhone",
    "Sent from my Pixel",
    "Sent from Spark",
)

SECURITY_BANNERS = (
    (
        "CAUTION: This email originated from outside of the organization. Do not\n"
        "click links or open attachments unless you recognize the sender and know\n"
        "the content is safe."
    ),
    (
        "[EXTERNAL] This message came from an external sender. Be careful with\n"
        "links and attachments."
    ),
    (
        "You don't often get email from {email}. Learn why this is important\n"
        "<https://aka.ms/LearnAboutSenderIdentification>"
    ),
    "** WARNING: EXTERNAL EMAIL - Think before you click **",
    (
        "This Message Is From an External Sender\n"
        "This message came from outside your organization.\n"
        "Report Suspicious <https://us-phishalarm-ewt.proofpoint.com/EWT/v1/...>"
    ),
    "ATTENTION : Ce courriel provient de l'extérieur de l'organisation.",
)

DISCLAIMERS = (
    (
        "This e-mail and any attachments are confidential and intended solely for\n"
        "the addressee. If you have received it in error please notify the sender\n"
        "and delete it."
    ),
    (
        "CONFIDENTIALITY NOTICE: The contents of this email message are intended\n"
        "for the exclusive use of the addressee(s)."
    ),
    "Please consider the environment before printing this email.",
    "{client} is registered in England and Wales, company no. 0{digits}.",
    (
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der\n"
        "richtige Adressat sind, informieren Sie bitte sofort den Absender."
    ),
)

AGENT_ACKS = (
    (
        "Thanks for getting in touch! I've passed this on to the team and we'll "
        "get back to you shortly."
    ),
    "Just following up to see if you still need help with anything.",
    ("We're marking this conversation as resolved. Reply any time if something else comes up."),
    "Thanks for your patience while we looked into this for you.",
    "Happy to help! Let me know if there's anything else.",
    "Thanks for the feedback, we really appreciate it.",
    ("Your request has been received and is being reviewed by our support staff."),
)

AGENT_RESOLVED = (
    "Good news, this is sorted now - you should see the change on your side.",
    "That's done for you. Let us know if anything else comes up!",
    "I've taken care of that, so I'll close this one out.",
    "This has been resolved. Thanks for bearing with us!",
    "All set on our end. Marking this as solved.",
    "Fixed in today's release, thanks for reporting it.",
)

AGENT_HOLDING = (
    "Thanks {first}, let me look into that for you.",
    "Got it - checking with the team now.",
    "Thanks! I'll get back to you as soon as I know more.",
    "Good question, give me a minute.",
    "Noted, I've added this to your ticket.",
    "On it!",
)

CUSTOMER_THANKS = (
    "Perfect, thanks!",
    "great thanks that worked",
    "Thanks, all good now.",
    "Brilliant, cheers.",
    "ok thank you",
    "That did it, appreciate it.",
)

CUSTOMER_CONTEXT = (
    "Not urgent at all.",
    "Let me know if you need any more details.",
    "Thanks in advance!",
    "I'm on the {plan} plan if that matters.",
    "Sorry if this is the wrong place to ask.",
    "Happy to hop on a call.",
    "(posting here because chat was offline)",
    "Appreciate the help.",
    "Using the mobile app mostly.",
    "I checked the help center first.",
)

NEW_TOPIC = (
    "Different question this time:",
    "Separate thing:",
    "One more, unrelated:",
    "New question:",
    "Something else now -",
    "Also, a different issue:",
    "Thanks for sorting that. Now:",
    "Unrelated follow-up:",
    "Another one for you:",
    "Next thing:",
)

GENERIC_SUBJECTS = (
    "Question",
    "Quick question",
    "Help please",
    "Support request",
    "Feedback",
    "Request",
    "hello",
    "Account question",
    "Small thing",
    "Need help",
    "(no subject)",
    "Following up",
    "Question about my account",
)

PRODUCT_ASKS = (
    "SSO via Okta for contractor accounts",
    "bulk export of activity logs to CSV",
    "a dark mode for the dashboard",
    "per-seat billing for part-time staff",
    "an audit trail for admin changes",
    "API rate limits raised for the sandbox",
    "French and German UI translations",
    "two-factor via hardware keys",
    "a Slack notification when reports finish",
    "role-based access for the finance team",
)

FEATURE_AREAS = (
    "mobile app",
    "web app",
    "notifications",
    "settings",
    "billing",
    "integrations",
    "search",
    "onboarding",
    "accounts",
    "voice assistant",
    "payments",
    "reports",
)

HEX = "0123456789abcdef"

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYS_FULL = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
MONTHS_FULL = (
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
FR_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
FR_MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
DE_DAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
DE_DAYS_FULL = (
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
)
DE_MONTHS = (
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
)
DE_MONTHS_FULL = (
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
)
ES_DAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
ES_MONTHS = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sept",
    "oct",
    "nov",
    "dic",
)
JA_DAYS = ("月", "火", "水", "木", "金", "土", "日")


def hm(d: datetime) -> str:
    """24-hour clock time such as 14:02."""
    return f"{d.hour:02d}:{d.minute:02d}"


def hm12(d: datetime) -> str:
    """12-hour clock time such as 2:02 PM."""
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def fmt_rfc(d: datetime, tz: str) -> str:
    """RFC 2822 date as found in raw mail headers."""
    day = DAYS[d.weekday()]
    return f"{day}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} {tz}"


def fmt_us(d: datetime) -> str:
    """US numeric date with a 12-hour time."""
    return f"{d.month}/{d.day}/{d.year} {hm12(d)}"


def fmt_iso(d: datetime) -> str:
    """ISO 8601 timestamp in UTC."""
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt_sql(d: datetime) -> str:
    """Database style timestamp."""
    return d.strftime("%Y-%m-%d %H:%M:%S")


def fmt_eu(d: datetime) -> str:
    """European numeric date with a 24-hour time."""
    return f"{d.day:02d}.{d.month:02d}.{d.year} {hm(d)}"


def fmt_long(d: datetime) -> str:
    """Long English date such as Tuesday, March 5, 2024 2:02 PM."""
    day = DAYS_FULL[d.weekday()]
    return f"{day}, {MONTHS_FULL[d.month - 1]} {d.day}, {d.year} {hm12(d)}"


def fmt_short(d: datetime) -> str:
    """Short English date such as Mar 5, 2024."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def fmt_day_month(d: datetime) -> str:
    """Day and month such as 5 Mar."""
    return f"{d.day} {MONTHS[d.month - 1]}"


# ---------------------------------------------------------------------------
# People and context
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A named person with an e-mail address and a social handle."""

    first: str
    last: str
    email: str
    handle: str

    @property
    def name(self) -> str:
        """First and last name (mailboxes have no last name)."""
        return f"{self.first} {self.last}".strip()

    @property
    def initials(self) -> str:
        """Two-letter initials."""
        return f"{self.first[0]}{self.last[0]}"


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters only, for e-mail addresses and handles."""
    table = str.maketrans("äöüéèáíóúãçñ", "aoueeaiouacn")
    return re.sub(r"[^a-z]", "", text.lower().translate(table))


def make_person(rng: random.Random, domain: str | None) -> Person:
    """Invent a person; a None domain means a free-mail address."""
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    f, la = ascii_slug(first), ascii_slug(last)
    mail_domain = domain or rng.choice(FREE_MAIL)
    local = rng.choice(
        (
            f"{f}.{la}",
            f"{f}{la[0]}",
            f"{f[0]}.{la}",
            f"{f}_{la}{rng.randint(1, 99)}",
            f"{f}",
            f"{f[0]}{la}",
        )
    )
    handle = rng.choice(
        (
            f"{f}{la}",
            f"{f}_{la[:3]}",
            f"{f}{rng.randint(10, 9999)}",
            f"the{f}",
            f"{f}.{la}",
            f"{la}{f[0]}_",
        )
    )
    return Person(first, last, f"{local}@{mail_domain}", handle)


@dataclass
class Ctx:
    """Everything a channel template needs to build one wrapped text."""

    rng: random.Random
    req: str
    earlier: str | None
    customer: Person
    agent: Person
    colleague: Person
    other: Person
    vendor: str
    vendor_domain: str
    client: str
    client_domain: str
    when: datetime
    tz: str
    age_left: int = 0  # minutes; relative times count down from here

    @property
    def multiline(self) -> bool:
        """True if the request spans lines (then it must not be quoted)."""
        return "\n" in self.req

    def pick(self, options: Sequence[T]) -> T:
        """Choose one option."""
        return self.rng.choice(options)

    def one_of(self, options: str) -> str:
        """Choose one of the '|'-separated options."""
        return self.pick(options.split("|"))

    def chance(self, p: float) -> bool:
        """True with probability p."""
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        """Random integer in [lo, hi]."""
        return self.rng.randint(lo, hi)

    def digits(self, n: int) -> str:
        """A string of n random digits."""
        return "".join(self.pick("0123456789") for _ in range(n))

    def hexid(self, n: int) -> str:
        """A string of n random hex digits."""
        return "".join(self.pick(HEX) for _ in range(n))

    def before(self, lo_min: int, hi_min: int) -> datetime:
        """A moment lo..hi minutes before the message."""
        return self.when - timedelta(minutes=self.num(lo_min, hi_min))

    def after(self, lo_min: int, hi_min: int) -> datetime:
        """A moment lo..hi minutes after the message."""
        return self.when + timedelta(minutes=self.num(lo_min, hi_min))

    def fill(self, template: str) -> str:
        """Fill the common placeholders of a template string."""
        return template.format(
            vendor=self.vendor,
            client=self.client,
            first=self.customer.first,
            agent=self.agent.first,
            email=self.customer.email,
            plan=self.pick(PLANS),
            digits=self.digits(7),
        )

    def greeting(self) -> str:
        """An e-mail style greeting line."""
        return self.fill(self.pick(GREETINGS)) + self.pick((",", "", "!", " -"))

    def signoff(self) -> str:
        """A sign-off with the customer's first name."""
        return f"{self.pick(SIGNOFFS)}\n{self.customer.first}"

    def context_line(self) -> str:
        """A non-request remark a customer adds."""
        return self.fill(self.pick(CUSTOMER_CONTEXT))

    def ticket(self) -> str:
        """A helpdesk ticket number."""
        return str(self.num(10000, 999999))

    def phone(self) -> str:
        """A fictional phone number (555 range)."""
        return f"+1 (555) {self.num(100, 999)}-{self.num(1000, 9999)}"


def join(*parts: str | None) -> str:
    """Join lines with newlines, skipping None."""
    return "\n".join(p for p in parts if p is not None)


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text the way mail clients quote history."""
    bare = prefix.rstrip()
    return "\n".join(prefix + ln if ln else bare for ln in text.split("\n"))


def indent(text: str, pad: str = "    ") -> str:
    """Indent every line of text."""
    return "\n".join(pad + ln if ln else ln for ln in text.split("\n"))


def snippet(text: str, words: int = 6) -> str:
    """The first few words of a text, as subject lines and previews show it."""
    parts = text.strip().split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]) + "..."


def titled(text: str, words: int = 8) -> str:
    """A title made from the start of a text (issue titles, card names)."""
    short = snippet(text, words)
    if not short.endswith("..."):
        short = short.rstrip("?.!")
    return short[:1].upper() + short[1:]


AGE_UNITS = (
    (60 * 24 * 30, "month", "mo"),
    (60 * 24 * 7, "week", "w"),
    (60 * 24, "day", "d"),
    (60, "hour", "h"),
    (1, "minute", "m"),
)


def rel(minutes: int, short: bool = False) -> str:
    """An age in minutes as '3 days ago' or, short, '3d'."""
    size, unit, abbr = next(u for u in AGE_UNITS if minutes >= u[0])
    n = minutes // size
    return f"{n}{abbr}" if short else f"{n} {unit}{'s' if n != 1 else ''} ago"


def ago(ctx: Ctx, short: bool = False) -> str:
    """A relative time; successive calls on one Ctx get younger (thread order)."""
    if ctx.age_left <= 2:
        ctx.age_left = ctx.num(60 * 24 * 3, 60 * 24 * 200)
    ctx.age_left = ctx.num(max(1, ctx.age_left // 4), ctx.age_left - 1)
    return rel(ctx.age_left, short)


def new_topic_block(ctx: Ctx, body: str) -> str:
    """Put a 'different question' bridge line above the request sometimes."""
    if ctx.earlier is not None and ctx.chance(0.55):
        return join(ctx.pick(NEW_TOPIC), body)
    return body


# ---------------------------------------------------------------------------
# Request variation: verbatim or one realistic change
# ---------------------------------------------------------------------------

KEY_NEIGHBOURS = {
    "a": "qwsz",
    "b": "vghn",
    "c": "xdfv",
    "d": "serfcx",
    "e": "wsdr",
    "f": "drtgvc",
    "g": "ftyhbv",
    "h": "gyujnb",
    "i": "ujko",
    "j": "huikmn",
    "k": "jiolm",
    "l": "kop",
    "m": "njk",
    "n": "bhjm",
    "o": "iklp",
    "p": "ol",
    "q": "wa",
    "r": "edft",
    "s": "awedxz",
    "t": "rfgy",
    "u": "yhji",
    "v": "cfgb",
    "w": "qase",
    "x": "zsdc",
    "y": "tghu",
    "z": "asx",
}

LEAD_INS = (
    "Quick question: ",
    "Hi, ",
    "Hey - ",
    "Also, ",
    "Question: ",
    "So ",
    "Hello, ",
    "One thing: ",
    "Hi again, ",
    "ok so ",
    "Help: ",
    "Um, ",
    "Hey team, ",
    "Hi! ",
    "Question for you: ",
)


def typo_word(rng: random.Random, word: str) -> str:
    """Introduce a one-letter typo (swap, drop or double) inside a word."""
    pos = rng.randint(1, len(word) - 1)
    ch = word[pos]
    op = rng.choice(("neighbour", "neighbour", "drop", "double"))
    if op == "neighbour" and ch.lower() in KEY_NEIGHBOURS:
        new = rng.choice(KEY_NEIGHBOURS[ch.lower()])
        new = new.upper() if ch.isupper() else new
        return word[:pos] + new + word[pos + 1 :]
    if op == "drop":
        return word[:pos] + word[pos + 1 :]
    return word[:pos] + ch + word[pos:]


def add_typo(rng: random.Random, text: str) -> str | None:
    """Typo one word of four or more letters; None if there is none."""
    spans = [m.span() for m in re.finditer(r"\b[A-Za-z]{4,}\b", text)]
    if not spans:
        return None
    start, end = rng.choice(spans)
    return text[:start] + typo_word(rng, text[start:end]) + text[end:]


def vary_request(rng: random.Random, text: str) -> str:
    """Return the request verbatim or with exactly one realistic change."""
    roll = rng.random()
    if roll < TYPO_RATE:
        typo = add_typo(rng, text)
        if typo is not None:
            return typo
    if text != text.strip():
        return text  # odd whitespace: keep verbatim
    roll = rng.random()
    if roll < 0.20:
        return rng.choice(LEAD_INS) + text
    if roll < 0.36 and text[:1].islower():
        return text[0].upper() + text[1:]
    if roll < 0.52 and text[-1:].isalnum():
        return text + rng.choice(("?", "."))
    return text


# ---------------------------------------------------------------------------
# Channel registry
# ---------------------------------------------------------------------------

ChannelFn = Callable[[Ctx], str]


@dataclass(frozen=True)
class Channel:
    """A named way of wrapping a request."""

    name: str
    family: str
    weight: float
    fn: ChannelFn


CHANNELS: list[Channel] = []


def channel(name: str, family: str, weight: float = 1.0) -> Callable[[ChannelFn], ChannelFn]:
    """Register a channel template function."""

    def register(fn: ChannelFn) -> ChannelFn:
        CHANNELS.append(Channel(name, family, weight, fn))
        return fn

    return register


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def pick_earlier(rng: random.Random, rows: Sequence[tuple[str, str]], index: int) -> str | None:
    """An earlier request from another row with a different label."""
    text, label = rows[index]
    mine = text.strip().lower()
    for _ in range(30):
        other_text, other_label = rows[rng.randrange(len(rows))]
        theirs = other_text.strip().lower()
        if other_label == label or not theirs:
            continue
        if theirs in mine or mine in theirs:
            continue
        return other_text.strip()
    return None


def make_ctx(rng: random.Random, req: str, earlier: str | None) -> Ctx:
    """Draw the people, companies and time for one wrapped text."""
    vendor, vendor_domain = rng.choice(VENDORS)
    client, client_domain = rng.choice(CLIENTS)
    customer_domain = client_domain if rng.random() < 0.5 else None
    when = datetime(2021, 1, 4, 8, 0) + timedelta(
        days=rng.randint(0, 1400), minutes=rng.randint(0, 14 * 60)
    )
    return Ctx(
        rng=rng,
        req=req,
        earlier=earlier,
        customer=make_person(rng, customer_domain),
        agent=make_person(rng, vendor_domain),
        colleague=make_person(rng, vendor_domain),
        other=make_person(rng, None),
        vendor=vendor,
        vendor_domain=vendor_domain,
        client=client,
        client_domain=client_domain,
        when=when,
        tz=rng.choice(TIMEZONES),
    )


def wrap_rows(
    rows: Sequence[tuple[str, str]], rng: random.Random, share: float
) -> list[tuple[str, str, str]]:
    """Wrap about `share` of the rows; keep order and labels."""
    weights = [c.weight for c in CHANNELS]
    out: list[tuple[str, str, str]] = []
    for i, (text, label) in enumerate(rows):
        if rng.random() >= share or not text.strip():
            out.append((text, label, PLAIN))
            continue
        chan = rng.choices(CHANNELS, weights=weights)[0]
        req = vary_request(rng, text)
        rate = EARLIER_RATE_HELPDESK if chan.family == "helpdesk" else EARLIER_RATE
        earlier = pick_earlier(rng, rows, i) if rng.random() < rate else None
        ctx = make_ctx(rng, req, earlier)
        out.append((chan.fn(ctx), label, chan.name))
    return out


def read_rows(path: str, text_col: str, label_col: str) -> list[tuple[str, str]]:
    """Read (text, label) pairs from a CSV file."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = {text_col, label_col} - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{path}: missing column(s) {sorted(missing)}")
        return [(row[text_col], row[label_col]) for row in reader]


def write_rows(path: str, rows: Sequence[tuple[str, str, str]]) -> None:
    """Write text,label,channel rows to a CSV file."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(("text", "label", "channel"))
        writer.writerows(rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line interface."""
    parser = argparse.ArgumentParser(
        description="Wrap customer requests in realistic channel envelopes."
    )
    parser.add_argument("input", help="input CSV, one request per row")
    parser.add_argument("output", help="output CSV with text,label,channel")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--share", type=float, default=DEFAULT_SHARE)
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--label-col", default="label")
    args = parser.parse_args(argv)
    if not 0.0 <= args.share <= 1.0:
        parser.error("--share must be between 0 and 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Read, wrap and write."""
    args = parse_args(argv)
    rows = read_rows(args.input, args.text_col, args.label_col)
    rng = random.Random(args.seed)
    write_rows(args.output, wrap_rows(rows, rng, args.share))
    return 0


# ===========================================================================
# Channel templates.  Each function receives a Ctx and returns the wrapped
# text.  ctx.req is the request (already varied) and must stay on one line;
# ctx.earlier, when set, is an older, different request that must appear as
# history, never as the newest ask.
# ===========================================================================


# ---------------------------------------------------------------------------
# E-mail helpers
# ---------------------------------------------------------------------------

QUOTE_LANGS = (
    "en",
    "en",
    "en_us",
    "en_us",
    "apple",
    "fr",
    "de",
    "es",
    "nl",
    "it",
    "pt",
    "sv",
    "pl",
    "ja",
)

AGENT_ACKS_LOCAL = {
    "fr": (
        "Merci pour votre message. Nous revenons vers vous rapidement.",
        "Bonjour, votre demande a bien été traitée. Bonne journée !",
    ),
    "de": (
        "Vielen Dank für Ihre Nachricht. Wir melden uns in Kürze.",
        "Ihr Anliegen wurde erledigt. Viele Grüße aus dem Support-Team",
    ),
    "es": (
        "Gracias por escribirnos, le responderemos lo antes posible.",
        "Su solicitud ha sido resuelta. ¡Un saludo!",
    ),
    "nl": ("Bedankt voor je bericht, we komen er zo snel mogelijk op terug.",),
    "it": ("Grazie per averci contattato, ti risponderemo al più presto.",),
    "pt": ("Obrigado pelo contato! Retornaremos em breve.",),
    "sv": ("Tack för ditt meddelande, vi återkommer så snart vi kan.",),
    "pl": ("Dziękujemy za wiadomość, odpowiemy najszybciej jak to możliwe.",),
    "ja": ("お問い合わせいただきありがとうございます。担当者より折り返しご連絡いたします。",),
}

CUSTOMER_OLD_NONREQ = (
    "Thanks, that worked!",
    "Received, thank you.",
    "Great, talk soon.",
    "Welcome email received, thanks!",
    "Just confirming I got the invoice.",
    "Ok, will try that and let you know.",
    "Perfect, that's clear now.",
)


def wrote_line(d: datetime, who: Person, lang: str) -> str:
    """The 'On <date>, <name> wrote:' line in one of several languages."""
    n, e, wd, m = who.name, who.email, d.weekday(), d.month - 1
    if lang == "fr":
        return f"Le {FR_DAYS[wd]} {d.day} {FR_MONTHS[m]} {d.year} à {hm(d)}, {n} <{e}> a écrit :"
    if lang == "de":
        return (
            f"Am {DE_DAYS[wd]}, {d.day}. {DE_MONTHS[m]} {d.year} um {hm(d)} Uhr schrieb {n} <{e}>:"
        )
    if lang == "es":
        return (
            f"El {ES_DAYS[wd]}, {d.day} {ES_MONTHS[m]} {d.year} a las {hm(d)}, "
            f"{n} (<{e}>) escribió:"
        )
    if lang == "nl":
        return f"Op {d.day}-{d.month}-{d.year} om {hm(d)} schreef {n} <{e}>:"
    if lang == "it":
        return f"Il giorno {d.day}/{d.month}/{d.year} {hm(d)} {n} <{e}> ha scritto:"
    if lang == "pt":
        return f"Em {d.day}/{d.month:02d}/{d.year} {hm(d)}, {n} <{e}> escreveu:"
    if lang == "sv":
        return f"Den {d.day} {MONTHS[m].lower()} {d.year} kl. {hm(d)} skrev {n} <{e}>:"
    if lang == "pl":
        return f"W dniu {d.day}.{d.month:02d}.{d.year} o {hm(d)}, {n} <{e}> napisał(a):"
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日({JA_DAYS[wd]}) {hm(d)} {n} <{e}>:"
    if lang == "apple":
        return f"On {fmt_short(d)}, at {hm(d)}, {n} <{e}> wrote:"
    if lang == "en_us":
        return f"On {DAYS[wd]}, {MONTHS[m]} {d.day}, {d.year} at {hm12(d)} {n} <{e}> wrote:"
    return f"On {DAYS[wd]}, {d.day} {MONTHS[m]} {d.year} at {hm(d)}, {n} <{e}> wrote:"


def outlook_header(d: datetime, sender: Person, to: str, subject: str, lang: str) -> str:
    """An Outlook-style header block for quoted or forwarded mail."""
    who = f"{sender.name} <{sender.email}>"
    if lang == "de":
        sent = (
            f"{DE_DAYS_FULL[d.weekday()]}, {d.day}. {DE_MONTHS_FULL[d.month - 1]} {d.year} {hm(d)}"
        )
        return join(f"Von: {who}", f"Gesendet: {sent}", f"An: {to}", f"Betreff: {subject}")
    if lang == "fr":
        sent = f"{d.day:02d}/{d.month:02d}/{d.year} {hm(d)}"
        return join(f"De : {who}", f"Envoyé : {sent}", f"À : {to}", f"Objet : {subject}")
    if lang == "es":
        sent = f"{d.day:02d}/{d.month:02d}/{d.year} {hm(d)}"
        return join(f"De: {who}", f"Enviado el: {sent}", f"Para: {to}", f"Asunto: {subject}")
    return join(f"From: {who}", f"Sent: {fmt_long(d)}", f"To: {to}", f"Subject: {subject}")


def reply_prefix(lang: str) -> str:
    """The reply marker a mail client puts in front of a subject."""
    return {"de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "Re: "}.get(lang, "Re: ")


def mail_subject(ctx: Ctx, reply: bool = False) -> str:
    """A subject line: earlier request, start of the request, or generic."""
    if ctx.earlier is not None and ctx.chance(0.5):
        return ctx.earlier if len(ctx.earlier) < 70 else snippet(ctx.earlier, 8)
    if not reply and ctx.chance(0.35):
        return snippet(ctx.req, ctx.num(3, 6))
    return ctx.pick(GENERIC_SUBJECTS)


def support_address(ctx: Ctx) -> Person:
    """The vendor's shared support mailbox as a Person."""
    name = ctx.pick(
        (
            f"{ctx.vendor} Support",
            f"{ctx.agent.first} from {ctx.vendor}",
            ctx.agent.name,
            f"{ctx.vendor} Help Center",
        )
    )
    mailbox = ctx.pick(("support", "help", "hello", "care", "success"))
    return Person(name, "", f"{mailbox}@{ctx.vendor_domain}", mailbox)


def signature(ctx: Ctx) -> str:
    """A customer e-mail signature block of varying richness."""
    c = ctx.customer
    style = ctx.num(0, 4)
    if style == 0:
        return f"-- \n{c.name}"
    if style == 1:
        return join(f"{c.name} | {ctx.pick(JOB_TITLES)}", ctx.client, ctx.phone())
    if style == 2:
        return join(
            "--",
            c.name,
            ctx.pick(JOB_TITLES),
            ctx.client,
            f"m: {ctx.phone()} | w: www.{ctx.client_domain}",
            ctx.pick(("[cid:image001.png@01DA6F2B.5C1E0A40]", "[image: logo]", "")),
        )
    if style == 3:
        return ctx.fill(ctx.pick(DISCLAIMERS))
    return f"{c.first[0]}. {c.last}"


def older_messages(ctx: Ctx, lang: str) -> list[tuple[Person, datetime, str]]:
    """Quoted history, newest first, as (author, date, body)."""
    agent = support_address(ctx)
    local = AGENT_ACKS_LOCAL.get(lang)
    t1 = ctx.before(60 * 5, 60 * 24 * 9)
    t2 = t1 - timedelta(hours=ctx.num(1, 50))
    t3 = t2 - timedelta(hours=ctx.num(1, 30))
    hi = f"Hi {ctx.customer.first},"
    if ctx.earlier is not None:
        msgs = [
            (agent, t1, join(hi, "", ctx.pick(AGENT_RESOLVED), "", ctx.agent.first)),
            (ctx.customer, t2, join(ctx.greeting(), "", ctx.earlier, "", ctx.signoff())),
        ]
        if ctx.chance(0.4):
            msgs.insert(
                1,
                (
                    ctx.customer,
                    t2 + timedelta(minutes=30),
                    ctx.pick(("any update?", "Bumping this.", "Hi, any news?")),
                ),
            )
        return msgs
    ack = ctx.pick(local) if local and ctx.chance(0.7) else ctx.pick(AGENT_ACKS)
    msgs = [(agent, t1, join(hi, "", ack, "", ctx.agent.first))]
    if ctx.chance(0.6):
        msgs.append((ctx.customer, t2, ctx.pick(CUSTOMER_OLD_NONREQ)))
        if ctx.chance(0.5):
            msgs.append((agent, t3, join(hi, "", ctx.pick(AGENT_ACKS))))
    return msgs


def render_nested(msgs: list[tuple[Person, datetime, str]], lang: str) -> str:
    """Gmail-style nested quoting of a list of older messages."""
    if not msgs:
        return ""
    (_, _, body), rest = msgs[0], msgs[1:]
    if not rest:
        return body
    who, when, _ = rest[0]
    return join(body, "", wrote_line(when, who, lang), quote(render_nested(rest, lang)))


def render_flat(ctx: Ctx, msgs: list[tuple[Person, datetime, str]], subject: str, lang: str) -> str:
    """Outlook-style flat history separated by header blocks."""
    blocks = []
    for who, when, body in msgs:
        to = f"support@{ctx.vendor_domain}" if who == ctx.customer else ctx.customer.email
        sep = ctx.pick(("________________________________", "-----Original Message-----"))
        head = outlook_header(when, who, to, reply_prefix(lang) + subject, lang)
        blocks.append(join(sep, head, "", body))
    return "\n\n".join(blocks)


def history(ctx: Ctx, subject: str) -> str:
    """Older messages below a reply, nested or flat, in some language."""
    lang = ctx.pick(QUOTE_LANGS)
    msgs = older_messages(ctx, lang)
    if ctx.chance(0.6):
        who, when, _ = msgs[0]
        return join(wrote_line(when, who, lang), quote(render_nested(msgs, lang)))
    return render_flat(ctx, msgs, subject, lang)


def customer_body(ctx: Ctx) -> str:
    """Greeting, request and sign-off as a customer types them."""
    style = ctx.num(0, 3)
    req = new_topic_block(ctx, ctx.req)
    if style == 0:
        return req
    if style == 1:
        return join(ctx.greeting(), "", req, "", ctx.signoff())
    if style == 2:
        return join(ctx.greeting(), req, ctx.context_line(), "", ctx.pick(SIGNOFFS))
    return join(req, "", ctx.pick(SIGNOFFS) + ",", ctx.customer.first)


def mail_head(ctx: Ctx, subject: str) -> str:
    """Export header lines for the newest message."""
    c = ctx.customer
    return join(
        f"From: {c.name} <{c.email}>",
        f"To: {ctx.pick(('support', 'help', 'hello'))}@{ctx.vendor_domain}",
        f"Date: {fmt_rfc(ctx.when, ctx.tz)}",
        f"Subject: {subject}",
    )


# ---------------------------------------------------------------------------
# E-mail channels
# ---------------------------------------------------------------------------


@channel("email_mobile_reply", "email")
def email_mobile_reply(ctx: Ctx) -> str:
    """A short reply typed on a phone above the quoted thread."""
    subject = reply_prefix("en") + mail_subject(ctx, reply=True)
    top = new_topic_block(ctx, ctx.req)
    if ctx.chance(0.4):
        top = join(top, ctx.pick(("Thx", "ty", "Thanks", "cheers", "")))
    body = join(top, "", ctx.pick(MOBILE_FOOTERS), "", history(ctx, subject))
    if ctx.chance(0.45):
        return join(mail_head(ctx, subject), "", body)
    return body


@channel("email_quoted_thread", "email", 1.4)
def email_quoted_thread(ctx: Ctx) -> str:
    """A reply above a long quoted thread, sometimes in another language."""
    subject = mail_subject(ctx, reply=True)
    parts = [customer_body(ctx), "", signature(ctx)]
    if ctx.chance(0.3):
        parts = [ctx.fill(ctx.pick(SECURITY_BANNERS)), "", *parts]
    body = join(*parts, "", history(ctx, subject))
    if ctx.chance(0.5):
        return join(mail_head(ctx, reply_prefix("en") + subject), "", body)
    return body


def forward_header(
    ctx: Ctx, style: int, sender: Person, to: Person, d: datetime, subject: str
) -> str:
    """A forwarded-message header in Gmail, Apple Mail or Outlook style."""
    who = f"{sender.name} <{sender.email}>"
    if style == 0:
        date = f"{DAYS[d.weekday()]}, {fmt_short(d)} at {hm12(d)}"
        return join(
            "---------- Forwarded message ---------",
            f"From: {who}",
            f"Date: {date}",
            f"Subject: {subject}",
            f"To: {to.email}",
        )
    if style == 1:
        return join(
            "Begin forwarded message:",
            "",
            f"From: {who}",
            f"Subject: {subject}",
            f"Date: {fmt_long(d)}",
            f"To: {to.name} <{to.email}>",
        )
    return join(
        "________________________________",
        f"From: {who}",
        f"Sent: {fmt_long(d)}",
        f"To: {to.name} <{to.email}>",
        f"Subject: {subject}",
    )


FORWARD_NOTES_TOP = (
    "Can someone from support pick this up? Thanks",
    "Passing this one to the queue - not sure who owns it.",
    "+support for visibility",
    "Looping in the right team. See below.",
    "FYI, see the thread below.",
    "Adding to the support inbox so it gets a ticket.",
)

FORWARD_NOTES_MID = (
    "FYI - this came in from {client}, they're on {plan}.",
    "Customer sent this to me directly. Can you route it?",
    "Not my area, forwarding. They renew next month.",
    "See below from {client}. I told them we'd get back today.",
    "Got this after our call, passing along.",
)


@channel("email_forward_chain", "email", 1.2)
def email_forward_chain(ctx: Ctx) -> str:
    """A customer mail forwarded twice inside the vendor before reaching support."""
    am, lead, c = ctx.colleague, ctx.agent, ctx.customer
    subject = mail_subject(ctx)
    if ctx.earlier is not None and not subject.startswith("Re"):
        subject = reply_prefix("en") + subject
    style = ctx.num(0, 2)
    fw = "Fwd: " if style < 2 else "FW: "
    t0 = ctx.when
    t1 = t0 + timedelta(minutes=ctx.num(5, 600))
    t2 = t1 + timedelta(minutes=ctx.num(2, 300))
    original = customer_body(ctx)
    if ctx.earlier is not None:
        lang = ctx.pick(("en", "en_us", "apple", "de", "fr"))
        older = [
            (
                support_address(ctx),
                t0 - timedelta(days=ctx.num(2, 20)),
                join(f"Hi {c.first},", "", ctx.pick(AGENT_RESOLVED)),
            ),
            (c, t0 - timedelta(days=ctx.num(21, 40)), ctx.earlier),
        ]
        who, when, _ = older[0]
        original = join(
            original, "", wrote_line(when, who, lang), quote(render_nested(older, lang))
        )
    inner = join(forward_header(ctx, style, c, am, t0, subject), "", original)
    mid_note = ctx.fill(ctx.pick(FORWARD_NOTES_MID))
    middle = join(
        forward_header(ctx, style, am, lead, t1, fw + subject),
        "",
        mid_note,
        "",
        am.first,
        "",
        inner,
    )
    top_note = ctx.pick(FORWARD_NOTES_TOP)
    out = join(top_note, "", f"{lead.name}", f"{ctx.pick(VENDOR_ROLES)}, {ctx.vendor}", "", middle)
    if ctx.chance(0.4):
        out = join(
            f"From: {lead.name} <{lead.email}>",
            f"To: support@{ctx.vendor_domain}",
            f"Date: {fmt_rfc(t2, ctx.tz)}",
            f"Subject: {fw}{fw}{subject}",
            "",
            out,
        )
    return out


def calendar_previous(ctx: Ctx) -> str | None:
    """Notes from the previous meeting, listing the earlier request as done."""
    if ctx.earlier is None:
        return None
    return join(
        "Notes from last call:",
        f"- {ctx.earlier} (done)",
        f"- {ctx.pick(('renewal dates confirmed', 'intro to new admin'))}",
    )


@channel("email_calendar", "email", 0.8)
def email_calendar(ctx: Ctx) -> str:
    """Calendar invitations, acceptances and proposals carrying a note."""
    c, a = ctx.customer, ctx.agent
    start = ctx.after(60 * 24, 60 * 24 * 7)
    start = start.replace(minute=ctx.pick((0, 30)), second=0)
    end = start + timedelta(minutes=ctx.pick((15, 30, 45, 60)))
    title = ctx.pick(
        (
            f"{ctx.client} <> {ctx.vendor}: quick sync",
            f"{ctx.vendor} check-in",
            f"Call re: {ctx.client} account",
            "Catch up",
            f"{ctx.client} / {ctx.vendor} support call",
        )
    )
    when = f"{fmt_long(start)} - {hm12(end)} ({ctx.pick(('GMT', 'CET', 'EST', 'PST'))})"
    style = ctx.num(0, 3)
    prev = calendar_previous(ctx)
    if style == 0:
        meet = f"meet.google.com/{ctx.hexid(3)}-{ctx.hexid(4)}-{ctx.hexid(3)}"
        return join(
            f"{c.name} has invited you to the following event.",
            "",
            title,
            f"When: {when}",
            "Joining info: Join with Google Meet",
            meet,
            "Join by phone",
            f"(US) {ctx.phone()} PIN: {ctx.digits(9)}#",
            "",
            f"Calendar: {a.email}",
            "Who",
            f"• {c.name} - organizer",
            f"• {a.email}",
            "",
            "Description:",
            ctx.req,
            prev,
            "",
            "View all guest info https://calendar.google.com/calendar/event?"
            f"action=VIEW&eid={ctx.hexid(24)}",
            f"Reply for {a.email}",
            "Yes   No   Maybe   More options",
            "",
            "Invitation from Google Calendar",
            "You are receiving this email because you are an attendee on the event.",
        )
    if style == 1:
        return join(
            f"Accepted: {title}",
            "",
            f"{c.name} accepted this meeting.",
            f"When: {when}",
            "Where: Microsoft Teams Meeting",
            "",
            ctx.pick(
                (
                    "Accepted - one thing to cover:",
                    "See you then. Agenda item:",
                    "Works for me. Can we also talk about this:",
                    "Accepted.",
                )
            ),
            ctx.req,
            prev,
            "",
            "_" * 40,
            "Microsoft Teams meeting",
            "Join on your computer, mobile app or room device",
            "Click here to join the meeting",
            f"Meeting ID: {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(3)}",
            f"Passcode: {ctx.hexid(6)}",
            "Learn More | Meeting options",
            "_" * 40,
        )
    if style == 2 and len(ctx.req) < 60 and not re.search(r"[,;\\\n]", ctx.req):
        return join(
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"DTSTART:{start:%Y%m%dT%H%M%S}Z",
            f"DTEND:{end:%Y%m%dT%H%M%S}Z",
            f"ORGANIZER;CN={c.name}:mailto:{c.email}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{a.email}",
            f"UID:{ctx.hexid(26)}@google.com",
            f"SUMMARY:{title}",
            f"DESCRIPTION:{ctx.req}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
        ) + ("" if prev is None else "\n\n" + prev)
    return join(
        f"New Time Proposed: {title}",
        "",
        f"{c.name} has proposed a new time for this meeting.",
        f"Proposed: {fmt_long(start + timedelta(days=1))}",
        f"Current: {when}",
        "",
        prev,
        ctx.req,
        "",
        ctx.pick(SIGNOFFS),
    )


TRACKERS = (
    "https://t.yesware.com/t/{a}/{b}/spacer.gif",
    "https://mailtrack.io/trace/mail/{a}.png?u={d}",
    "https://t.sidekickopen90.com/Cto/{a}/{b}",
    "https://app.mixmax.com/api/track/v2/{a}/{b}",
    "https://r.superhuman.com/{a}.gif",
    "https://open.salesloft.com/t/{d}/{a}",
)


def tracking_pixel(ctx: Ctx) -> str:
    """A 1x1 image tag from a mail-tracking tool."""
    url = ctx.pick(TRACKERS).format(a=ctx.hexid(24), b=ctx.hexid(12), d=ctx.digits(7))
    return (
        f'<img src="{url}" width="1" height="1" '
        'style="border:0;width:1px;height:1px;display:none" alt="">'
    )


BLOCKQUOTE = (
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
    'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
)


def gmail_html_history(ctx: Ctx) -> str:
    """Nested Gmail blockquotes: the agent's last mail, maybe the earlier ask."""
    t_agent = ctx.before(600, 9000)
    text = ctx.pick(AGENT_RESOLVED) if ctx.earlier else ctx.pick(AGENT_ACKS)
    inner = f"<div>Hi {ctx.customer.first},</div><div>{text}</div>"
    if ctx.earlier is not None:
        t_cust = t_agent - timedelta(hours=ctx.num(2, 90))
        attr = html.escape(wrote_line(t_cust, ctx.customer, "en_us"))
        inner = join(
            inner,
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>',
            BLOCKQUOTE,
            f"<div>{ctx.earlier}</div>",
            "</blockquote></div>",
        )
    attr = html.escape(wrote_line(t_agent, support_address(ctx), "en_us"))
    return join(
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>',
        BLOCKQUOTE,
        inner,
        "</blockquote></div>",
    )


def outlook_html_history(ctx: Ctx) -> str:
    """Outlook HTML history blocks: the agent's last mail, maybe the earlier ask."""
    t_agent = ctx.before(600, 9000)
    text = ctx.pick(AGENT_RESOLVED) if ctx.earlier else ctx.pick(AGENT_ACKS)
    head = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in">'
    out = join(
        head,
        f'<p class="MsoNormal"><b>From:</b> {ctx.vendor} Support<br>'
        f"<b>Sent:</b> {fmt_long(t_agent)}<br>"
        f"<b>Subject:</b> {ctx.pick(GENERIC_SUBJECTS)}</p></div>",
        f'<p class="MsoNormal">{text}<o:p></o:p></p>',
    )
    if ctx.earlier is not None:
        t_cust = t_agent - timedelta(hours=ctx.num(2, 90))
        out = join(
            out,
            head,
            f'<p class="MsoNormal"><b>From:</b> {ctx.customer.name}<br>'
            f"<b>Sent:</b> {fmt_long(t_cust)}</p></div>",
            f'<p class="MsoNormal">{ctx.earlier}<o:p></o:p></p>',
        )
    return out


@channel("email_html", "email")
def email_html(ctx: Ctx) -> str:
    """Raw HTML of a reply with a tracking pixel, Gmail or Outlook flavoured."""
    c = ctx.customer
    lead = "" if ctx.earlier is None else f"<div>{ctx.pick(NEW_TOPIC)}</div>"
    if ctx.chance(0.55):
        return join(
            '<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8"></head><body>',
            f'<div dir="ltr"><div>{ctx.greeting()}</div><div><br></div>{lead}',
            f"<div>{ctx.req}</div><div><br></div>",
            f"<div>{ctx.pick(SIGNOFFS)},<br>{c.first}</div>",
            '<div><br></div><div class="gmail_signature" '
            f'data-smartmail="gmail_signature">{c.name} | {ctx.client}</div>',
            tracking_pixel(ctx),
            "</div><br>",
            gmail_html_history(ctx),
            "</body></html>",
        )
    banner = ""
    if ctx.chance(0.5):
        banner = (
            '<p style="background:#ffeb9c;padding:4px">'
            f"{ctx.fill(ctx.pick(SECURITY_BANNERS)).splitlines()[0]}</p>"
        )
    return join(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">',
        '<body lang="EN-US" link="#0563C1" vlink="#954F72">',
        banner,
        '<div class="WordSection1">',
        f'<p class="MsoNormal">{ctx.greeting()}<o:p></o:p></p>',
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
        f'<p class="MsoNormal">{ctx.req}<o:p></o:p></p>',
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
        f'<p class="MsoNormal">{ctx.pick(SIGNOFFS)}<br>{c.name}<o:p></o:p></p>',
        tracking_pixel(ctx),
        outlook_html_history(ctx),
        "</div></body></html>",
    )


NEWSLETTER_ITEMS = (
    "Faster sync on Android",
    "New home-screen widgets",
    "Shared spaces for families",
    "Improved search",
    "A refreshed settings page",
    "Offline mode (beta)",
    "Apple Watch app",
    "Lower fees for transfers abroad",
)


@channel("email_newsletter_reply", "email", 0.8)
def email_newsletter_reply(ctx: Ctx) -> str:
    """A reply to the plain-text version of an HTML newsletter."""
    v, dom = ctx.vendor, ctx.vendor_domain
    items = ctx.rng.sample(NEWSLETTER_ITEMS, 3)
    if ctx.earlier is not None:
        items.insert(1, f'You asked, we built it: "{ctx.earlier}" is now live')
    month = MONTHS_FULL[ctx.when.month - 1]
    letter = join(
        f"[{v} logo]",
        f"View this email in your browser (https://mailchi.mp/{dom}/{month.lower()}"
        f"-update?e={ctx.hexid(10)})",
        "",
        f"** What's new in {month}",
        "-" * 40,
        "",
        f"Hi {ctx.customer.first},",
        "",
        "We've been busy! Here's what shipped this month:",
        "",
        *[f"* {item}" for item in items],
        "",
        f"Read the release notes (https://{dom}/changelog?utm_source=newsletter"
        f"&utm_medium=email&utm_campaign={month.lower()})",
        "",
        "=" * 60,
        f"Copyright © {ctx.when.year} {v}, All rights reserved.",
        "You are receiving this email because you opted in via our website.",
        "",
        "Want to change how you receive these emails?",
        f"You can ** update your preferences (https://{dom}/prefs?u={ctx.hexid(8)})",
        f"or ** unsubscribe from this list (https://{dom}/unsub?u={ctx.hexid(8)})",
    )
    sender = Person(v, "", f"news@{dom}", "news")
    top = (
        join(customer_body(ctx), "", ctx.pick(MOBILE_FOOTERS))
        if ctx.chance(0.5)
        else customer_body(ctx)
    )
    return join(top, "", wrote_line(ctx.before(600, 20000), sender, "en_us"), quote(letter))


@channel("email_external_banner", "email", 0.8)
def email_external_banner(ctx: Ctx) -> str:
    """A mail behind a security banner with signature and disclaimer."""
    subject = mail_subject(ctx)
    parts = [ctx.fill(ctx.pick(SECURITY_BANNERS)), ""]
    if ctx.chance(0.5):
        parts = [mail_head(ctx, subject), "", *parts]
    parts += [customer_body(ctx), "", signature(ctx)]
    if ctx.chance(0.5):
        parts += ["", ctx.fill(ctx.pick(DISCLAIMERS))]
    if ctx.earlier is not None or ctx.chance(0.4):
        parts += ["", history(ctx, subject)]
    return join(*parts)


@channel("email_raw_mime", "email", 0.6)
def email_raw_mime(ctx: Ctx) -> str:
    """A raw message source with headers and a multipart body."""
    c = ctx.customer
    boundary = f"000000000000{ctx.hexid(16)}"
    subject = mail_subject(ctx)
    plain = customer_body(ctx)
    if ctx.earlier is not None:
        lang = ctx.pick(QUOTE_LANGS)
        msgs = older_messages(ctx, lang)
        who, when, _ = msgs[0]
        plain = join(plain, "", wrote_line(when, who, lang), quote(render_nested(msgs, lang)))
    html = f'<div dir="ltr">{ctx.req}</div>'
    return join(
        f"Return-Path: <{c.email}>",
        f"Received: from mail-{ctx.hexid(4)}.google.com (mail-{ctx.hexid(4)}"
        f".google.com [209.85.{ctx.num(1, 250)}.{ctx.num(1, 250)}])",
        f"        by mx.{ctx.vendor_domain} with ESMTPS id {ctx.hexid(12)}",
        f"        for <support@{ctx.vendor_domain}>; {fmt_rfc(ctx.when, ctx.tz)}",
        "MIME-Version: 1.0",
        f"Date: {fmt_rfc(ctx.when, ctx.tz)}",
        f"Message-ID: <CA{ctx.hexid(20)}@mail.gmail.com>",
        f"Subject: {reply_prefix('en') if ctx.earlier else ''}{subject}",
        f"From: {c.name} <{c.email}>",
        f"To: support@{ctx.vendor_domain}",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        plain,
        "",
        f"--{boundary}",
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        html,
        "",
        f"--{boundary}--",
    )


# ---------------------------------------------------------------------------
# Issue trackers and product tools
# ---------------------------------------------------------------------------

PLUS_ONES = (
    "+1",
    "same here",
    "👍 would love this too",
    "Any update on this?",
    "+1 from our team, this would help a lot",
    "Same issue on {area}.",
    "Following.",
    "bump",
    "We need this as well (40 seats)",
    "+1 🙏",
)

MAINTAINER_REPLIES = (
    "Thanks for opening this! Adding it to the backlog for triage.",
    "Thanks for the report. Could you share your app version?",
    "We're tracking this internally, will update here.",
    "Good suggestion - labelling as `enhancement` for now.",
    "Thanks! I've linked this to the customer feedback board.",
    "Appreciate the detail here. Moving to the next planning session.",
)

STALE_BOT = (
    "This issue has been automatically marked as stale because it has not had "
    "recent activity. It will be closed if no further activity occurs."
)

ISSUE_LABELS = (
    "enhancement",
    "feature-request",
    "question",
    "triage",
    "customer",
    "good first issue",
    "needs-info",
    "area/{area}",
    "P3",
    "from-support",
)


def repo_name(ctx: Ctx) -> str:
    """An org/repo slug for the vendor."""
    org = ctx.vendor.lower()
    return f"{org}/{org}-{ctx.pick(('app', 'web', 'mobile', 'feedback', 'sdk', 'desktop'))}"


def issue_title(ctx: Ctx) -> str:
    """An issue or card title; sometimes made from the request."""
    area = ctx.pick(FEATURE_AREAS)
    return ctx.pick(
        (
            titled(ctx.req),
            f"[Feature] {titled(ctx.req, 6)}",
            f"Feature request: {area}",
            f"Question about {area}",
            f"[{area}] customer request",
            titled(ctx.req, 5),
            f"Request from {ctx.client}",
        )
    )


def labels(ctx: Ctx, n: int = 2) -> list[str]:
    """A few issue labels."""
    area = ctx.pick(FEATURE_AREAS).replace(" ", "-")
    return [lb.format(area=area) for lb in ctx.rng.sample(ISSUE_LABELS, n)]


def plus_one(ctx: Ctx) -> str:
    """A low-content comment from another user."""
    return ctx.pick(PLUS_ONES).format(area=ctx.pick(FEATURE_AREAS))


def gh_comments(ctx: Ctx) -> list[str]:
    """Comments and timeline events below an issue."""
    out: list[str] = []
    users = [ctx.other.handle, f"{ctx.pick(FIRST_NAMES).lower()}{ctx.num(1, 99)}"]
    maint = ctx.agent.handle
    for user in users[: ctx.num(0, 2)]:
        emoji = ctx.pick(("", "👍 3", "👍 1  🎉 1", "❤️ 2", "👀 1"))
        out.append(join(f"**{user}** commented @WHEN", "", plus_one(ctx), emoji))
    if ctx.chance(0.7):
        out.append(
            join(f"**{maint}** (Maintainer) commented @WHEN", "", ctx.pick(MAINTAINER_REPLIES))
        )
    events = [
        f"{maint} added the `{labels(ctx, 1)[0]}` label @WHEN",
        f"{maint} added this to the v{ctx.num(1, 5)}.{ctx.num(0, 12)} milestone @WHEN",
        f"{maint} self-assigned this @WHEN",
        f"github-actions bot commented @WHEN\n\n{STALE_BOT}",
        f"{maint} moved this to Backlog in {ctx.vendor} Roadmap @WHEN",
        f"{maint} marked #{ctx.num(100, 9000)} as a duplicate of this issue @WHEN",
        f"{maint} linked a pull request that will close this issue @WHEN",
    ]
    out += ctx.rng.sample(events, ctx.num(0, 2))
    ctx.rng.shuffle(out)
    return [item.replace("@WHEN", ago(ctx)) for item in out]


def gh_feature_body(ctx: Ctx) -> str:
    """A GitHub feature-request issue form."""
    related = None
    if ctx.earlier is not None:
        n = ctx.num(10, 900)
        related = ctx.pick(
            (
                (
                    f'Follow-up to #{n} ("{ctx.earlier}"), which was fixed in '
                    f"v{ctx.num(1, 4)}.{ctx.num(0, 9)}. This one is different."
                ),
                f"Not the same as #{n} - that was: {ctx.earlier} (closed as completed)",
            )
        )
    version = f"{ctx.vendor} {ctx.num(2, 6)}.{ctx.num(0, 20)}"
    extra = ctx.pick(
        (
            "_No response_",
            f"{version} on {ctx.one_of('iOS 17|Android 14|macOS 14|Windows 11')}",
            (
                f"![screenshot](https://user-images.githubusercontent.com/{ctx.digits(8)}/"
                f"{ctx.hexid(8)}.png)"
            ),
        )
    )
    return join(
        "### Is your feature request related to a problem? Please describe.",
        "",
        ctx.pick(
            ("_No response_", f"Using the {ctx.pick(FEATURE_AREAS)} daily.", "Kind of. See below.")
        ),
        "",
        "### Describe the solution you'd like",
        "",
        new_topic_block(ctx, ctx.req),
        "",
        "### Describe alternatives you've considered",
        "",
        ctx.pick(("_No response_", "None really.", "Workaround is doing it manually.")),
        "",
        "### Additional context",
        "",
        related or extra,
        "",
        "### Checklist",
        "",
        "- [x] I searched existing issues",
        f"- [{ctx.pick(('x', ' '))}] I read the docs",
        "- [ ] I'd be willing to open a PR",
    )


def gh_question_body(ctx: Ctx) -> str:
    """A GitHub issue with a bug/question style form."""
    prev = None
    if ctx.earlier is not None:
        prev = f'(My earlier issue #{ctx.num(10, 900)} "{ctx.earlier}" got closed, thanks!)'
    return join(
        "### What do you need help with?",
        "",
        ctx.req,
        "",
        "### Version",
        "",
        f"{ctx.num(1, 9)}.{ctx.num(0, 30)}.{ctx.num(0, 9)}",
        "",
        "### Platform",
        "",
        ctx.pick(("Web (Chrome)", "iOS", "Android", "Desktop (macOS)", "Windows")),
        "",
        "### Anything else?",
        "",
        prev or ctx.pick(("_No response_", "no")),
        "",
        "### Code of Conduct",
        "",
        "- [X] I agree to follow this project's Code of Conduct",
    )


@channel("github_issue", "tracker", 1.3)
def github_issue(ctx: Ctx) -> str:
    """A GitHub issue page or notification with template, comments and events."""
    num = ctx.num(100, 9000)
    repo = repo_name(ctx)
    title = issue_title(ctx)
    user = ctx.customer.handle
    layout = ctx.num(0, 3)
    if layout == 3 and ctx.earlier is not None:
        maint = ctx.agent.handle
        return join(
            f"{titled(ctx.earlier)} #{num}",
            "Open",
            f"{user} opened this issue {ago(ctx)} · {ctx.num(3, 9)} comments",
            "",
            f"**{user}** commented",
            "",
            ctx.earlier,
            "",
            f"**{maint}** (Maintainer) commented",
            "",
            ctx.pick(AGENT_RESOLVED),
            "",
            f"{maint} closed this as completed in #{num + ctx.num(1, 40)}",
            "",
            f"**{user}** commented {ago(ctx)}",
            "",
            ctx.pick(
                (
                    "Thanks! Reopening for a related thing:",
                    "Works now. Separate ask while I'm here:",
                    "",
                )
            ),
            ctx.req,
            "",
            f"{user} reopened this {ago(ctx)}",
        )
    body = gh_feature_body(ctx) if layout in (0, 3) else gh_question_body(ctx)
    if layout == 2:
        return join(
            f"[{repo}] {title} (Issue #{num})",
            "",
            body,
            "",
            "—",
            "Reply to this email directly, view it on GitHub:",
            f"https://github.com/{repo}/issues/{num}",
            "You are receiving this because you are subscribed to this thread.",
            f"Message ID: <{repo}/issues/{num}@github.com>",
        )
    head = join(
        f"{title} #{num}",
        ctx.pick(("Open", "Open", "Closed", "Open · triage")),
        f"{user} opened this issue {ago(ctx)} · {ctx.num(0, 14)} comments",
        f"Labels: {', '.join(labels(ctx))}",
    )
    return join(head, "", body, "", *[c + "\n" for c in gh_comments(ctx)])


@channel("gitlab_issue", "tracker", 0.9)
def gitlab_issue(ctx: Ctx) -> str:
    """A GitLab issue with description template, quick actions and activity."""
    c, maint = ctx.customer, ctx.agent
    num = ctx.num(100, 40000)
    related = None
    if ctx.earlier is not None:
        related = join("", "**Related issues**", f"#{num - ctx.num(5, 90)} {ctx.earlier} · Closed")
    desc = join(
        "## Summary",
        "",
        ctx.req,
        "",
        "## Problem to solve",
        "",
        ctx.pick(
            (
                "<!-- What problem do we solve? -->",
                "See summary.",
                f"Reported by {ctx.client} via support.",
            )
        ),
        "",
        "## Intended users",
        "",
        ctx.pick(("* [Parker (Product Manager)]", "* End users", "* Admins")),
        "",
        f'/label ~"type::feature" ~"customer" ~"{ctx.pick(FEATURE_AREAS)}"',
        f"/cc @{ctx.colleague.handle}",
        related,
    )
    created = ago(ctx)
    activity = [
        (
            f"{maint.name} @{maint.handle} changed milestone to "
            f"%{ctx.num(15, 17)}.{ctx.num(0, 11)} · {ago(ctx)}"
        ),
        f'{maint.name} @{maint.handle} added ~"workflow::refinement" label · {ago(ctx)}',
        f"{ctx.other.name} @{ctx.other.handle} · {ago(ctx)}\n{plus_one(ctx)}",
        f"{maint.name} @{maint.handle} · {ago(ctx)}\n{ctx.pick(MAINTAINER_REPLIES)}",
        (
            f"{maint.name} @{maint.handle} mentioned in merge request "
            f"!{ctx.num(100, 9000)} · {ago(ctx)}"
        ),
    ]
    keep = sorted(ctx.rng.sample(range(len(activity)), ctx.num(1, 4)))
    acts = [activity[i] for i in keep]
    return join(
        titled(ctx.req) if ctx.chance(0.5) else issue_title(ctx),
        f"Open  Issue created {created} by {c.name} @{c.handle}",
        "",
        desc,
        "",
        f"Activity ({len(acts)})",
        "",
        "\n\n".join(acts),
    )


JIRA_STATUS = ("To Do", "Backlog", "Triage", "Open", "Needs Review")


@channel("jira_ticket", "tracker", 1.1)
def jira_ticket(ctx: Ctx) -> str:
    """A Jira issue in wiki markup, as a field dump or as a notification mail."""
    key = ctx.pick(("PROD", "CX", "FEED", "MOB", "CORE", "SUP"))
    num = ctx.num(100, 9999)
    rep, pm = ctx.agent, ctx.colleague
    link = None
    if ctx.earlier is not None:
        link = join(
            "Issue Links:", f"  relates to {key}-{num - ctx.num(10, 99)}  {ctx.earlier}  DONE"
        )
    summary = issue_title(ctx)
    layout = ctx.num(0, 2)
    if layout == 0:
        return join(
            f"[{key}-{num}] {summary}",
            f"Type: {ctx.pick(('Story', 'Improvement', 'Task', 'Bug'))}    "
            f"Priority: {ctx.pick(('Minor', 'Major', 'Medium', 'Low'))}    "
            f"Status: {ctx.pick(JIRA_STATUS)}",
            f"Reporter: {rep.name}    Assignee: Unassigned",
            f"Labels: customer-request, from-zendesk, {ctx.pick(FEATURE_AREAS).replace(' ', '-')}",
            f"Created: {fmt_eu(ctx.when)}    Updated: {ago(ctx)}",
            link,
            "",
            "Description:",
            "h3. Customer request",
            "{quote}",
            ctx.req,
            "{quote}",
            "h3. Context",
            f"Raised by {ctx.customer.name} ({ctx.client}) via ticket #{ctx.ticket()}.",
            f"ARR ~${ctx.num(2, 90)}k. [~{pm.handle}] FYI.",
            "",
            "Activity:",
            f"  {rep.name} changed the Status from Backlog to {ctx.pick(JIRA_STATUS)}",
            f"  {pm.name} added a comment - {ago(ctx)}",
            f"    {ctx.pick(MAINTAINER_REPLIES)}",
        )
    if layout == 1:
        return join(
            f"{rep.name} created an issue",
            f"{ctx.vendor} / {key}-{num}",
            summary,
            "",
            "Issue Type:  Story",
            "Assignee:  Unassigned",
            f"Created:  {fmt_long(ctx.when)}",
            "Priority:  Medium",
            f"Reporter:  {rep.name}",
            "",
            ctx.req,
            "",
            f"Customer: {ctx.client} | Plan: {ctx.pick(PLANS)}",
            link,
            "",
            "View issue    Add comment",
            "",
            "Get Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.",
            "This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT)",
        )
    return join(
        f"Summary,{summary}",
        f"Issue key,{key}-{num}",
        f"Issue Type,{ctx.pick(('Story', 'Improvement'))}",
        f"Status,{ctx.pick(JIRA_STATUS)}",
        f"Reporter,{rep.email}",
        f"Custom field (Customer),{ctx.client}",
        f"Custom field (Source),{ctx.pick(('Intercom', 'Zendesk', 'Sales call', 'Email'))}",
        "Description:",
        ctx.req,
        f"Comment,{fmt_eu(ctx.after(60, 3000))};{pm.email};{ctx.pick(MAINTAINER_REPLIES)}",
        None
        if ctx.earlier is None
        else f"Outward issue link (Relates),{key}-{num - 7} ({ctx.earlier}) [Done]",
    )


@channel("linear_issue", "tracker", 0.8)
def linear_issue(ctx: Ctx) -> str:
    """A Linear issue created from a customer conversation."""
    team = ctx.pick(("ENG", "APP", "CX", "MOB", "PLAT"))
    num = ctx.num(10, 4000)
    src = ctx.pick(("Intercom", "Zendesk", "Slack", "Front", "Plain"))
    who = ctx.agent
    related = None
    if ctx.earlier is not None:
        related = f"Related  {team}-{num - ctx.num(3, 200)} {ctx.earlier}  · Done"
    return join(
        f"{team}-{num} {issue_title(ctx)}",
        f"{ctx.pick(('Triage', 'Backlog', 'Todo'))} · "
        f"{ctx.pick(('No priority', 'Low', 'Medium', 'High'))} · "
        f"{ctx.pick(('Customer Requests', 'Feedback', 'Mobile', 'Core'))}",
        "",
        "Description",
        "",
        ctx.req,
        "",
        f"— from {src} conversation with {ctx.customer.name} ({ctx.client})",
        "",
        "Customer requests (1)",
        f"  {ctx.client} · {ctx.pick(PLANS)} · {ago(ctx)}",
        related,
        "",
        "Activity",
        f"  {who.name} created the issue via {src} · {ago(ctx, short=True)}",
        f"  Linear moved from Triage to Backlog · {ago(ctx, short=True)}",
        f"  {ctx.colleague.name} set priority to "
        f"{ctx.pick(('Low', 'Medium', 'High'))} · {ago(ctx, short=True)}",
        f"  {ctx.colleague.name}: {ctx.pick(MAINTAINER_REPLIES)}" if ctx.chance(0.5) else None,
    )


@channel("trello_card", "tracker", 0.7)
def trello_card(ctx: Ctx) -> str:
    """A Trello card export with labels, checklist and activity."""
    m1, m2 = ctx.agent, ctx.colleague
    items = [f"[x] Reply to {ctx.customer.first}", "[ ] Estimate", "[ ] Add to roadmap"]
    if ctx.earlier is not None:
        items.insert(0, f"[x] {ctx.earlier} - shipped")
    done = sum(1 for i in items if i.startswith("[x]"))
    return join(
        f"Card: {issue_title(ctx)}",
        f'in list "{ctx.pick(("Inbox", "Customer ideas", "Incoming", "To triage"))}"',
        f"Labels: {ctx.pick(('Feature request', 'Bug', 'Question'))}, "
        f"{ctx.pick(FEATURE_AREAS).title()}",
        f"Members: {m1.initials} {m2.initials}",
        f"Due: {fmt_short(ctx.after(1440, 20000))}" if ctx.chance(0.4) else None,
        "",
        "Description",
        ctx.req,
        "",
        f"From: {ctx.customer.name} / {ctx.client} (via {ctx.pick(('email', 'chat', 'call'))})",
        "",
        f"Checklist ({done}/{len(items)})",
        *items,
        "",
        "Activity",
        f"{m1.name} added this card to Incoming  {fmt_short(ctx.when)} at {hm12(ctx.when)}",
        f"{m2.name}: {ctx.pick(MAINTAINER_REPLIES)}" if ctx.chance(0.6) else None,
        f"{m2.name} joined this card",
    )


@channel("asana_task", "tracker", 0.7)
def asana_task(ctx: Ctx) -> str:
    """An Asana task with custom fields, subtasks and comments."""
    a, b = ctx.agent, ctx.colleague
    subtasks = ["○ Check with engineering", f"○ Reply to {ctx.customer.first}"]
    if ctx.earlier is not None:
        subtasks.insert(0, f"✓ {ctx.earlier}")
    return join(
        f"Task: {issue_title(ctx)}",
        f"Project: {ctx.pick(('Customer Feedback', 'Voice of Customer', 'Support Escalations'))}"
        f" › {ctx.pick(('Triage', 'New', 'This week'))}",
        f"Assignee: {a.name}    Due date: {fmt_short(ctx.after(1440, 20000))}",
        f"Source: {ctx.pick(('Zendesk', 'Email', 'Sales', 'Survey'))} | "
        f"Votes: {ctx.num(1, 30)} | Segment: {ctx.pick(('SMB', 'Mid-market', 'Enterprise'))}",
        "",
        "Description:",
        ctx.req,
        "",
        f"Reported by {ctx.customer.name}, {ctx.client}.",
        "",
        "Subtasks",
        *subtasks,
        "",
        "Comments",
        f"{b.name}  {ago(ctx)}",
        f"  {ctx.pick(MAINTAINER_REPLIES)}",
        f"{a.name} liked this",
        f"{b.name} added to {ctx.vendor} Roadmap",
    )


PORTAL_STATUS = ("Open", "Under Review", "Planned", "In Progress", "Needs more info")

ADMIN_REPLIES = (
    "Thanks for the idea! We're gathering interest on this one.",
    "Moving to Under Review - keep the votes coming.",
    "This is on our roadmap for later this year.",
    "Merged a similar post into this one so votes are combined.",
    "Could you tell us a bit more about your use case?",
)


@channel("canny_post", "tracker", 1.0)
def canny_post(ctx: Ctx) -> str:
    """A Canny feedback-board post with votes, status, comments and merges."""
    c, admin = ctx.customer, ctx.agent
    votes = ctx.num(1, 240)
    status = ctx.pick(PORTAL_STATUS)
    admin_text = ctx.pick(ADMIN_REPLIES)
    if ctx.earlier is not None and ctx.chance(0.5):
        admin_text = (
            f'Thanks {c.first}! Your earlier request "{ctx.earlier}" '
            "shipped last month; this one is now under review."
        )
    lines = [
        titled(ctx.req) if ctx.chance(0.6) else issue_title(ctx),
        f"▲ {votes}",
        f"{status.upper()}",
        f"Board: {ctx.pick(('Feature Requests', 'Ideas', 'Mobile', 'Integrations'))}",
        "",
        f"{c.name}  ·  {fmt_short(ctx.when)}",
        ctx.req,
        "",
        f"Activity · {ctx.num(1, 20)} comments",
        "",
        f"{ctx.other.name}",
        plus_one(ctx),
        f"{ctx.pick(('Like', 'Reply'))} · {ago(ctx)}",
        "",
        f"{admin.name}  ADMIN",
        admin_text,
        f"Like · Reply · {ago(ctx)}",
    ]
    if ctx.earlier is not None and "earlier request" not in admin_text:
        lines += ["", f"Other posts by {c.first}:", f"• {ctx.earlier} — Complete"]
    if ctx.chance(0.3):
        lines += ["", f"{admin.name} merged a post into this post · {ago(ctx)}"]
    if ctx.chance(0.4):
        lines += ["", f"{admin.name} marked this post as {ctx.pick(PORTAL_STATUS)}"]
    return join(*lines)


@channel("productboard_note", "tracker", 0.7)
def productboard_note(ctx: Ctx) -> str:
    """A Productboard insight note pushed from a support tool."""
    c = ctx.customer
    prev = None
    if ctx.earlier is not None:
        prev = join(
            "",
            "Previous notes from this user:",
            f"  {fmt_short(ctx.before(40000, 200000))}  {ctx.earlier}  "
            "(processed → linked to feature)",
        )
    return join(
        f"Note: {ctx.pick(('Feature request', 'Feedback from chat', 'Call notes', 'Idea'))}",
        f"Source: {ctx.pick(('Intercom', 'Zendesk', 'Slack', 'Chrome extension', 'Email'))}"
        f"  ·  State: {ctx.pick(('Unprocessed', 'Unprocessed', 'Processed'))}",
        f"User: {c.name} <{c.email}>",
        f"Company: {ctx.client}",
        f"Tags: {', '.join(labels(ctx))}",
        f"Owner: {ctx.agent.name}",
        "",
        "Insight",
        "-------",
        ctx.req,
        "",
        f"Importance: {ctx.pick(('Nice-to-have', 'Important', 'Critical', 'Unknown'))}",
        f"Linked features: {ctx.pick(('none', ctx.pick(FEATURE_AREAS).title()))}",
        prev,
    )


@channel("uservoice_idea", "tracker", 0.6)
def uservoice_idea(ctx: Ctx) -> str:
    """A UserVoice idea with votes, status and an admin response."""
    c, admin = ctx.customer, ctx.agent
    also = None
    if ctx.earlier is not None:
        also = join("", f"{c.first} also suggested:", f"  {ctx.earlier}  · Completed")
    return join(
        titled(ctx.req) if ctx.chance(0.5) else issue_title(ctx),
        f"{c.name} shared this idea  ·  {fmt_short(ctx.when)}",
        "",
        ctx.req,
        "",
        f"{ctx.num(1, 400)} votes    {ctx.num(0, 30)} comments",
        f"Status: {ctx.pick(PORTAL_STATUS)}",
        f"Category: {ctx.pick(FEATURE_AREAS).title()}",
        "",
        f"Admin {admin.name} (Product Manager, {ctx.vendor}) responded",
        ctx.pick(ADMIN_REPLIES),
        also,
        "",
        "Vote    Subscribe    Share",
    )


# ---------------------------------------------------------------------------
# CRM and sales
# ---------------------------------------------------------------------------

CASE_COMMENTS = (
    "Called customer, left VM.",
    "Checked logs, nothing obvious.",
    "Waiting on customer reply.",
    "Escalated to Tier 2 per playbook.",
    "Customer is a renewal risk - please prioritise.",
    "Sent KB article 1043.",
)

CALL_NOTE_BITS = (
    "Renewal on track, {n} seats",
    "Happy with onboarding so far",
    "New admin starting next month",
    "Budget approved for {year}",
    "DPA signed last week",
    "Still comparing with a competitor",
    "Open to being a reference customer",
    "Invoice issue resolved last week",
)

NEXT_STEPS = (
    "follow up by Friday",
    "loop in SE for demo",
    "send recap + pricing",
    "check with product and revert",
    "book QBR for next quarter",
    "log feature request in Productboard",
)


def case_number(ctx: Ctx) -> str:
    """A Salesforce case number."""
    return "0" + ctx.digits(7)


@channel("salesforce_case", "crm", 1.1)
def salesforce_case(ctx: Ctx) -> str:
    """A Salesforce case: detail page, Email-to-Case or console feed."""
    c, owner = ctx.customer, ctx.agent
    num = case_number(ctx)
    origin = ctx.pick(("Web", "Email", "Phone", "Chat", "Community"))
    parent = None
    if ctx.earlier is not None:
        parent = f"Parent Case: {case_number(ctx)}  {ctx.earlier}  (Closed)"
    layout = ctx.num(0, 2)
    if layout == 0:
        return join(
            "Case",
            num,
            f"Status: {ctx.pick(('New', 'Open', 'Reopened', 'Working'))}    "
            f"Priority: {ctx.pick(('Low', 'Medium', 'High'))}    Case Origin: {origin}",
            f"Account Name: {ctx.client}",
            f"Contact Name: {c.name}",
            f"Contact Email: {c.email}",
            f"Case Owner: {owner.name} ({ctx.one_of('Tier 1 Queue|EMEA Support|NA Support')})",
            f"Subject: {mail_subject(ctx)}",
            parent,
            "",
            "Description:",
            ctx.req,
            "",
            f"Web Email: {c.email}",
            f"Web Company: {ctx.client}",
            "",
            f"Case Comments ({ctx.num(1, 3)})",
            f"{owner.name}  {fmt_us(ctx.after(10, 600))}  (Public: false)",
            f"  {ctx.pick(CASE_COMMENTS)}",
        )
    ref = f"ref:_00D{ctx.hexid(5)}._500{ctx.hexid(7)}:ref"
    if layout == 1:
        quoted = None
        if ctx.earlier is not None:
            quoted = join(
                "",
                wrote_line(ctx.before(2000, 30000), support_address(ctx), "en_us"),
                quote(join(f"Hi {c.first},", ctx.pick(AGENT_RESOLVED), "", f"> {ctx.earlier}")),
            )
        return join(
            f"Email-to-Case: New case {num} created",
            f"Subject: {reply_prefix('en') if ctx.earlier else ''}"
            f"{mail_subject(ctx, reply=ctx.earlier is not None)} [ {ref} ]",
            f"From: {c.name} <{c.email}>",
            f"Received: {fmt_us(ctx.when)}",
            "",
            customer_body(ctx),
            quoted,
            "",
            f"Case Origin: Email | Account: {ctx.client} | Owner: {owner.name}",
            "Thread ID: " + ref,
        )
    feed = [
        join(f"Email · {c.name} to {ctx.vendor} Support · {fmt_us(ctx.when)}", customer_body(ctx)),
    ]
    if ctx.earlier is not None:
        feed.append(f"{c.name} changed Status from Closed to Reopened · {fmt_us(ctx.when)}")
        feed.append(
            join(
                f"Email · {owner.name} to {c.name} · {fmt_us(ctx.before(3000, 20000))}",
                ctx.pick(AGENT_RESOLVED),
            )
        )
        feed.append(
            join(
                f"Email · {c.name} to {ctx.vendor} Support · {fmt_us(ctx.before(20001, 60000))}",
                ctx.earlier,
            )
        )
    else:
        feed.append(f"{owner.name} changed Owner from Queue to {owner.name}")
    feed.append(f"Case created via {origin} · {ctx.pick(('Auto-assigned', 'Routing rule 3'))}")
    return join(f"Case {num} · {ctx.client}", "Feed (newest first)", "", "\n\n".join(feed))


@channel("hubspot_crm_note", "crm", 0.9)
def hubspot_crm_note(ctx: Ctx) -> str:
    """A HubSpot contact or deal timeline with logged call notes."""
    c, am = ctx.customer, ctx.colleague
    bits = [
        b.format(n=ctx.num(5, 400), year=ctx.when.year + 1)
        for b in ctx.rng.sample(CALL_NOTE_BITS, 2)
    ]
    ask = ctx.pick(("Asked: ", f"{c.first} asked: ", "Q from them: ", "Request: "))
    bits.insert(ctx.num(0, 2), ask + ctx.req)
    note = join(
        f"Note · Logged by {am.name} · {fmt_short(ctx.when)} at {hm12(ctx.when)}",
        f"{ctx.pick(('Call', 'Zoom', 'Teams call', 'Quick call'))} with {c.name} "
        f"({ctx.pick(JOB_TITLES)}, {ctx.client}).",
        *[f"- {b}" for b in bits],
        f"- Next step: {ctx.pick(NEXT_STEPS)}",
    )
    older = []
    if ctx.earlier is not None:
        t = ctx.before(30000, 120000)
        older.append(
            join(
                f"Note · Logged by {am.name} · {fmt_short(t)}",
                f"- Asked for: {ctx.earlier}",
                f"- Update {fmt_short(t + timedelta(days=9))}: done, confirmed with {c.first}",
            )
        )
    older.append(f"Lifecycle stage changed to Customer · {fmt_short(ctx.before(90000, 300000))}")
    head = ctx.pick(
        (
            join(
                f"Contact: {c.name}",
                f"Email: {c.email}",
                f"Company: {ctx.client}",
                f"Contact owner: {am.name}",
                f"Lead status: {ctx.pick(('Open deal', 'Connected'))}",
            ),
            join(
                f"Deal: {ctx.client} - {ctx.pick(('Renewal', 'Expansion', 'New business'))} "
                f"{ctx.when.year + 1}",
                f"Stage: {ctx.pick(('Contract sent', 'Discovery', 'Negotiation', 'Closed won'))}"
                f"  ·  Amount: ${ctx.num(3, 120)},{ctx.digits(3)}",
                f"Deal owner: {am.name}",
            ),
        )
    )
    return join(
        head,
        "",
        "Activity",
        "",
        note,
        "",
        f"Associated with: 1 contact, 1 company, {ctx.num(0, 2)} deals",
        "",
        *older,
    )


@channel("crm_bcc_email", "crm", 1.0)
def crm_bcc_email(ctx: Ctx) -> str:
    """An e-mail logged to a CRM through a BCC address."""
    c, am = ctx.customer, ctx.colleague
    crm = ctx.pick(("hubspot", "salesforce", "pipedrive"))
    bcc = {
        "hubspot": f"{ctx.digits(7)}@bcc.hubspot.com",
        "salesforce": f"emailtosalesforce@{ctx.hexid(12)}.{ctx.hexid(6)}"
        f".na{ctx.num(10, 200)}.le.salesforce.com",
        "pipedrive": f"{ctx.vendor.lower()}+{ctx.hexid(8)}@pipedrivemail.com",
    }[crm]
    logged = {
        "hubspot": "Logged via BCC",
        "salesforce": "This email was logged to Salesforce via Email-to-Salesforce (BCC).",
        "pipedrive": "Logged with Smart BCC",
    }[crm]
    older = None
    if ctx.earlier is not None:
        older = join(
            wrote_line(ctx.before(3000, 40000), am, "en_us"),
            quote(
                join(
                    f"Hi {c.first}, that's done - {ctx.pick(AGENT_RESOLVED)}",
                    "",
                    wrote_line(ctx.before(40001, 80000), c, "en_us"),
                    f"> {ctx.earlier}",
                )
            ),
        )
    if ctx.chance(0.5) or ctx.multiline:
        # inbound customer mail the rep forwarded to the CRM
        return join(
            f"Email · {logged} by {am.name} · {fmt_us(ctx.when)}",
            f"From: {c.name} <{c.email}>",
            f"To: {am.email}",
            f"Bcc: {bcc}",
            f"Subject: {mail_subject(ctx, reply=ctx.earlier is not None)}",
            "",
            customer_body(ctx),
            "",
            older or signature(ctx),
            "",
            f"Opened {ctx.num(1, 4)} times · Associated with {ctx.client}",
        )
    reply = ctx.pick(
        (
            f"Thanks {c.first} - checking with the product team, will come back by Friday.",
            f"Hi {c.first}, great to hear from you. Looping in support on this.",
            f"Thanks {c.first}! Noted, I'll confirm shortly.",
        )
    )
    customer_mail = join(customer_body(ctx), "", older) if older else customer_body(ctx)
    return join(
        f"Email · {am.name} → {c.name} · {fmt_us(ctx.after(20, 600))}",
        f"Bcc: {bcc}",
        logged,
        "",
        reply,
        "",
        am.name,
        f"{ctx.pick(VENDOR_ROLES)} | {ctx.vendor}",
        "",
        wrote_line(ctx.when, c, ctx.pick(("en", "en_us", "apple"))),
        quote(customer_mail),
    )


QBR_STATUSES = (
    "(carried over from Q{q})",
    "- in beta",
    "- on roadmap for H2",
    "- declined, explained why",
    "- workaround shared",
)

NEW_MARKERS = (
    "NEW this quarter: ",
    "NEW: ",
    "[new] ",
    "🆕 ",
    "New ask: ",
    "(new) ",
    "Q{q} new: ",
)


@channel("qbr_notes", "crm", 0.9)
def qbr_notes(ctx: Ctx) -> str:
    """QBR notes listing several customer asks, one marked as new."""
    q = (ctx.when.month - 1) // 3 + 1
    prev_q = 4 if q == 1 else q - 1
    asks = [
        f"{a} {ctx.pick(QBR_STATUSES).format(q=prev_q)}"
        for a in ctx.rng.sample(PRODUCT_ASKS, ctx.num(1, 3))
    ]
    if ctx.earlier is not None:
        asks.insert(
            ctx.num(0, len(asks)),
            f"{ctx.earlier} - delivered in v{ctx.num(2, 9)}.{ctx.num(0, 9)} ✅",
        )
    marker = ctx.pick(NEW_MARKERS).format(q=q)
    asks.insert(ctx.num(0, len(asks)), marker + ctx.req)
    style = ctx.num(0, 2)
    am, c = ctx.colleague, ctx.customer
    attendees = f"{c.name} ({ctx.client}), {ctx.other.name} ({ctx.client}), {am.name}"
    if style == 0:
        return join(
            f"# Q{q} {ctx.when.year} QBR - {ctx.client}",
            f"Date: {fmt_short(ctx.when)}",
            f"Attendees: {attendees}",
            "",
            "## Health",
            f"Green | NPS {ctx.num(6, 10)} | ARR ${ctx.num(12, 400)}k | "
            f"{ctx.num(20, 95)}% seat utilisation",
            "",
            "## Customer asks",
            *[f"{i}. {a}" for i, a in enumerate(asks, 1)],
            "",
            "## Action items",
            f"- [ ] {am.first}: {ctx.pick(NEXT_STEPS)}",
            f"- [ ] {ctx.agent.first}: share roadmap deck",
        )
    if style == 1:
        return join(
            f"{ctx.client} — Quarterly Business Review (Q{q})",
            f"Owner: {am.name}   Renewal: {fmt_short(ctx.after(40000, 300000))}",
            "",
            "Wins:",
            f"• {ctx.pick(CALL_NOTE_BITS).format(n=ctx.num(5, 300), year=ctx.when.year)}",
            "",
            "Requests from the customer:",
            *[f"• {a}" for a in asks],
            "",
            "Risks:",
            f"• {ctx.pick(('Champion leaving', 'Budget freeze', 'None noted'))}",
        )
    return join(
        f"Timeline entry · {ctx.pick(('Gainsight', 'ChurnZero', 'Vitally'))} · {fmt_us(ctx.when)}",
        f"Type: Meeting - QBR    Account: {ctx.client}    CSM: {am.name}",
        "",
        "Summary:",
        f"Reviewed usage and roadmap with @{c.first}.",
        "",
        "Feature asks:",
        *[f"  - {a}" for a in asks],
        "",
        f"Sentiment: {ctx.pick(('Positive', 'Neutral', 'Mixed'))}",
        f"CTA created: {ctx.pick(('Follow up on asks', 'Exec sponsor intro', 'None'))}",
    )


# ---------------------------------------------------------------------------
# Messaging: SMS, WhatsApp, Telegram, Slack, Teams, Discord
# ---------------------------------------------------------------------------

CHAT_OPENERS = (
    "hi",
    "hello?",
    "Hi, is this support?",
    "hey",
    "Hi there 👋",
    "hello, anyone there",
    "Good morning",
    "hi again",
)

BOT_GREETINGS = (
    "Hi! 👋 You're chatting with {vendor}. A teammate will reply shortly.",
    "Thanks for messaging {vendor}. Typical reply time: under 1 hour.",
    "{vendor}: Reply HELP for help, STOP to opt out.",
    "Welcome to {vendor} support! Please describe your question.",
)

OUTBOUND_NOTICES = (
    "{vendor}: Your verification code is {code}. Don't share it with anyone.",
    ("{vendor}: Your weekly summary is ready. Open the app to view. Reply STOP to opt out."),
    "{vendor}: Thanks for contacting us! How did we do? Reply 1-5.",
    "{vendor}: Reminder - your plan renews on {date}. Reply STOP to unsubscribe.",
)

Turn = tuple[str, str]  # (role, text); role is cust, agent or bot


def chat_turns(ctx: Ctx, opener: bool = True) -> list[Turn]:
    """A short conversation ending with (or just after) the request."""
    turns: list[Turn] = []
    if ctx.chance(0.35):
        turns.append(("bot", ctx.fill(ctx.pick(BOT_GREETINGS))))
    if ctx.earlier is not None:
        turns.append(("cust", ctx.earlier))
        turns.append(("agent", ctx.pick(AGENT_RESOLVED)))
        if ctx.chance(0.6):
            turns.append(("cust", ctx.pick(CUSTOMER_THANKS)))
        if ctx.chance(0.5):
            turns.append(("cust", ctx.pick(NEW_TOPIC)))
    elif opener and ctx.chance(0.5):
        turns.append(("cust", ctx.pick(CHAT_OPENERS)))
        if ctx.chance(0.6):
            turns.append(("agent", f"Hi {ctx.customer.first}! How can I help?"))
    turns.append(("cust", ctx.req))
    if ctx.chance(0.25):
        turns.append(("cust", ctx.context_line()))
    if ctx.chance(0.6):
        turns.append(("agent", ctx.pick(AGENT_HOLDING).format(first=ctx.customer.first)))
    return turns


def turn_times(ctx: Ctx, turns: list[Turn]) -> list[datetime]:
    """Plausible, increasing timestamps for each turn; the request is ctx.when."""
    idx = next(i for i, (r, t) in enumerate(turns) if t == ctx.req and r == "cust")
    times = [ctx.when]
    for _ in range(idx):
        gap = ctx.num(1, 9) if ctx.earlier is None else ctx.num(1, 60 * 30)
        times.insert(0, times[0] - timedelta(minutes=gap))
    for _ in range(len(turns) - idx - 1):
        times.append(times[-1] + timedelta(minutes=ctx.num(0, 6), seconds=ctx.num(5, 59)))
    return times


@channel("sms_export", "messaging", 1.0)
def sms_export(ctx: Ctx) -> str:
    """An SMS thread from a phone backup, a messaging platform log or a bubble view."""
    num = ctx.phone()
    e164 = "+1555" + ctx.digits(7)
    turns = chat_turns(ctx)
    if ctx.chance(0.4):
        code = ctx.digits(6)
        notice = ctx.pick(OUTBOUND_NOTICES).format(
            vendor=ctx.vendor, code=code, date=fmt_short(ctx.after(9000, 40000))
        )
        turns.insert(0, ("bot", notice))
    times = turn_times(ctx, turns)
    agent = f"{ctx.agent.first} ({ctx.vendor})"
    layout = ctx.num(0, 2)
    if layout == 0:
        lines = [f"Conversation with {num}", ""]
        for (role, text), t in zip(turns, times, strict=True):
            who = num if role == "cust" else "Me"
            stamp = f"{t.month}/{t.day}/{t.year % 100}, {hm12(t)}"
            lines.append(f"[{stamp}] {who}: {text}")
        return join(*lines)
    if layout == 1:
        lines = ["timestamp | direction | from | to | status | body"]
        biz = "+1555" + ctx.digits(7)
        for (role, text), t in zip(turns, times, strict=True):
            inbound = role == "cust"
            lines.append(
                " | ".join(
                    (
                        fmt_sql(t),
                        "inbound" if inbound else "outbound-api",
                        e164 if inbound else biz,
                        biz if inbound else e164,
                        "received" if inbound else "delivered",
                        text,
                    )
                )
            )
        return join(f"Messaging log export · {ctx.vendor} · SID MG{ctx.hexid(16)}", "", *lines)
    lines = [f"{ctx.customer.first} {ctx.customer.last[0]}.", num, "Text Message", ""]
    last_day = None
    for (role, text), t in zip(turns, times, strict=True):
        day = fmt_short(t)
        if day != last_day:
            lines += [f"{DAYS_FULL[t.weekday()]}, {day} {hm12(t)}", ""]
            last_day = day
        lines.append(text if role == "cust" else f"    {agent}: {text}")
    lines += ["", ctx.pick(("Delivered", "Read " + hm12(times[-1]), ""))]
    return join(*lines)


@channel("whatsapp_chat", "messaging", 0.8)
def whatsapp_chat(ctx: Ctx) -> str:
    """A WhatsApp Business chat export."""
    turns = chat_turns(ctx)
    times = turn_times(ctx, turns)
    cust = ctx.customer.first if ctx.chance(0.6) else ctx.phone()
    biz = ctx.vendor
    ios = ctx.chance(0.5)
    lines = []
    sys_line = (
        "Messages and calls are end-to-end encrypted. No one outside of this "
        "chat, not even WhatsApp, can read or listen to them."
    )
    lines.append(
        sys_line
        if ctx.chance(0.7)
        else "This business uses a secure service from Meta to manage this chat."
    )
    for (role, text), t in zip(turns, times, strict=True):
        who = cust if role == "cust" else biz
        if ios:
            lines.append(f"[{t.day:02d}/{t.month:02d}/{t.year}, {t:%H:%M:%S}] {who}: {text}")
        else:
            lines.append(f"{t.month}/{t.day}/{t.year % 100}, {hm12(t)} - {who}: {text}")
    if ctx.chance(0.2):
        t = times[0]
        lines.insert(
            2,
            f"[{t:%d/%m/%Y, %H:%M:%S}] {cust}: \u200eimage omitted"
            if ios
            else f"{t.month}/{t.day}/{t.year % 100}, {hm12(t)} - {cust}: <Media omitted>",
        )
    return join(*lines)


@channel("telegram_chat", "messaging", 0.6)
def telegram_chat(ctx: Ctx) -> str:
    """A Telegram chat copied from the desktop app or a bot log."""
    turns = chat_turns(ctx)
    times = turn_times(ctx, turns)
    cust = ctx.customer.name
    bot = f"{ctx.vendor}SupportBot" if ctx.chance(0.5) else f"{ctx.vendor} Support"
    if ctx.chance(0.5):
        blocks = []
        for (role, text), t in zip(turns, times, strict=True):
            who = cust if role == "cust" else bot
            blocks.append(f"{who}, [{t.day:02d}.{t.month:02d}.{t.year} {hm(t)}]\n{text}")
        return "\n\n".join(blocks)
    lines = [f"chat_id={ctx.digits(10)} user=@{ctx.customer.handle}", ""]
    for (role, text), t in zip(turns, times, strict=True):
        arrow = "<<" if role == "cust" else ">>"
        lines.append(f"{fmt_sql(t)} {arrow} {text}")
    return join(*lines)


SLACK_REACTIONS = (
    ":eyes: 2",
    ":+1: 3",
    ":white_check_mark: 1",
    ":pray: 1",
    ":eyes: 1  :+1: 1",
    ":raised_hands: 2",
    ":thinking_face: 1",
    "",
)

SLACK_THREAD_REPLIES = (
    "on it",
    "Taking a look :eyes:",
    "+1, heard this from two other accounts",
    "can you drop the ticket link?",
    "Logged in Productboard :white_check_mark:",
    "I'll ask eng in standup",
    "we have a Jira for this I think",
)


@channel("slack_thread", "messaging", 1.3)
def slack_thread(ctx: Ctx) -> str:
    """A Slack Connect thread or an internal feedback-channel post."""
    c, a, pm = ctx.customer, ctx.agent, ctx.colleague
    t = ctx.when
    edited = " (edited)" if ctx.chance(0.25) else ""
    people = ctx.rng.sample([a, pm, ctx.other], ctx.num(0, 2))
    stamps = sorted(ctx.after(2, 90) for _ in people)
    replies = [
        join(f"    {p.name}  {hm12(when)}", f"    {ctx.pick(SLACK_THREAD_REPLIES)}")
        for p, when in zip(people, stamps, strict=True)
    ]
    thread = [f"{len(replies)} replies  Last reply {ago(ctx)}", *replies] if replies else []
    msgs: list[str | None]
    if ctx.chance(0.5):
        channel_name = f"#ext-{ctx.client.lower().split()[0]}-{ctx.vendor.lower()}"
        msgs = [f"{channel_name}  |  Slack Connect", ""]
        if ctx.earlier is not None:
            t0 = ctx.before(1440, 20000)
            msgs += [
                f"{c.name} ({ctx.client})  {fmt_day_month(t0)} {hm12(t0)}",
                ctx.earlier,
                f"    1 reply - {a.name}: {ctx.pick(AGENT_RESOLVED)}",
                "",
                f"{c.name} ({ctx.client})  {hm12(t)}",
            ]
            if ctx.chance(0.5):
                msgs.append(ctx.pick(NEW_TOPIC))
        else:
            msgs.append(f"{c.name} ({ctx.client})  {hm12(t)}")
        msgs += [ctx.req + edited, ctx.pick(SLACK_REACTIONS), *thread]
        return join(*msgs)
    feedback_channel = ctx.pick(
        ("#customer-feedback", "#voice-of-customer", "#support-escalations", "#feature-requests")
    )
    intro = ctx.pick(
        (
            f"Feedback from {ctx.client} ({ctx.pick(PLANS)}):",
            f"From a customer call with {c.first} @ {ctx.client}:",
            f"{c.name} ({ctx.client}) just asked in chat:",
            f"Heads up, new ask from {ctx.client}:",
        )
    )
    req_line = ctx.req if ctx.multiline else f"> {ctx.req}"
    msgs = [feedback_channel, ""]
    if ctx.earlier is not None:
        t0 = ctx.before(1440, 30000)
        msgs += [
            f"{a.name}  {fmt_day_month(t0)} {hm12(t0)}",
            f'From {ctx.client}: "{ctx.earlier}"',
            f"    {pm.name}: shipped :white_check_mark:",
            "",
        ]
    msgs += [
        f"{a.name}  {hm12(t)}",
        intro,
        req_line + edited,
        f"ticket: https://{ctx.vendor.lower()}.zendesk.com/agent/tickets/{ctx.ticket()}"
        if ctx.chance(0.5)
        else None,
        ctx.pick(SLACK_REACTIONS),
        *thread,
    ]
    return join(*msgs)


@channel("slack_bot_post", "messaging", 1.0)
def slack_bot_post(ctx: Ctx) -> str:
    """A Zendesk, Intercom or Front integration post in Slack."""
    c = ctx.customer
    tool = ctx.pick(("Zendesk", "Intercom", "Front", "Help Scout", "Freshdesk"))
    t = ctx.when
    num = ctx.ticket()
    body = ctx.req if ctx.multiline else f"> {ctx.req}"
    if ctx.earlier is not None:
        return join(
            f"{tool}  APP  {hm12(t)}",
            f"*Ticket #{num} reopened* by {c.name} <{c.email}>",
            f"*Subject:* {snippet(ctx.earlier, 9)}",
            f"*Original request ({fmt_short(ctx.before(3000, 40000))}, solved):* {ctx.earlier}",
            "*Latest comment:*",
            body,
            f"Status: Open | Priority: {ctx.pick(('Normal', 'High', 'Low'))} | "
            f"Assignee: {ctx.agent.name}",
            "<View ticket>  <Assign to me>",
            ctx.pick(SLACK_REACTIONS),
        )
    if tool == "Intercom":
        return join(
            f"Intercom  APP  {hm12(t)}",
            f"New conversation from *{c.name}* ({ctx.client})",
            body,
            f"Location: {ctx.pick(CITIES)} · Plan: {ctx.pick(PLANS)} · "
            f"Web sessions: {ctx.num(1, 300)}",
            "<Open in Intercom>  <Snooze>",
            ctx.pick(SLACK_REACTIONS),
        )
    return join(
        f"{tool}  APP  {hm12(t)}",
        f"*New ticket #{num}* from {c.name} <{c.email}>",
        f"*Subject:* {mail_subject(ctx)}",
        body,
        f"Status: New | Priority: {ctx.pick(('Normal', 'High', 'Low'))} | Assignee: —",
        f"Channel: {ctx.pick(('Email', 'Web form', 'Chat', 'API'))}",
        "<View ticket>",
        ctx.pick(SLACK_REACTIONS),
    )


TEAMS_REACTIONS = ("👍 2", "❤️ 1", "😮 1", "👍 1  😆 1", "", "")


@channel("teams_chat", "messaging", 0.9)
def teams_chat(ctx: Ctx) -> str:
    """A Microsoft Teams chat or channel thread, copied or exported."""
    turns = chat_turns(ctx, opener=ctx.chance(0.5))
    times = turn_times(ctx, turns)
    cust = f"{ctx.customer.name} (External)" if ctx.chance(0.5) else ctx.customer.name
    agent = ctx.agent.name
    copy_style = ctx.chance(0.5)
    blocks = []
    if not copy_style:
        blocks.append(f"{ctx.client} <> {ctx.vendor} · Chat")
    for (role, text), t in zip(turns, times, strict=True):
        who = cust if role == "cust" else (agent if role == "agent" else "Workflows")
        edited = "  Edited" if role == "cust" and ctx.chance(0.15) else ""
        if copy_style:
            blocks.append(f"[{hm12(t)}] {who}\n{text}{edited}")
        else:
            react = ctx.pick(TEAMS_REACTIONS) if role == "cust" else ""
            blocks.append(join(f"{who}  {t.month}/{t.day} {hm12(t)}{edited}", text, react or None))
    if ctx.chance(0.3):
        blocks.append(f"{ctx.num(2, 5)} replies from {ctx.colleague.first} and {ctx.other.first}")
    return "\n\n".join(blocks)


@channel("discord_support", "messaging", 0.8)
def discord_support(ctx: Ctx) -> str:
    """A Discord support-server log, as a chat exporter or copy-paste."""
    user = f"{ctx.customer.handle}"
    mod = f"{ctx.agent.first} | {ctx.vendor} Staff"
    guild = f"{ctx.vendor} Community"
    chan = ctx.pick(("#help", "#support", "#feature-requests", "#general", "#bugs"))
    lines: list[str] = []
    if ctx.chance(0.5):
        lines += [
            "=" * 62,
            f"Guild: {guild}",
            f"Channel: Support / {chan}",
            f"Topic: {ctx.pick(('Read #faq first!', 'Ask away', 'No DMs to staff pls'))}",
            "=" * 62,
            "",
        ]
    t0 = ctx.before(30, 600)
    if ctx.earlier is not None:
        te = ctx.before(2000, 20000)
        lines += [
            f"[{fmt_us(te)}] {user}",
            ctx.earlier,
            "",
            f"[{fmt_us(te + timedelta(minutes=ctx.num(5, 99)))}] {mod}",
            f"@{user} {ctx.pick(AGENT_RESOLVED)}",
            "{Reactions}",
            "✅ (1)",
            "",
        ]
    elif ctx.chance(0.6):
        other = ctx.other.handle
        lines += [f"[{fmt_us(t0)}] {other}", plus_one(ctx), ""]
    lines += [f"[{fmt_us(ctx.when)}] {user}", ctx.req]
    if ctx.chance(0.4):
        lines += ["{Reactions}", ctx.pick(("👀 (2)", "👍 (1)", "❤️ (1) 👀 (1)"))]
    if ctx.chance(0.5):
        lines += [
            "",
            f"[{fmt_us(ctx.after(0, 2))}] ModMail BOT",
            "{Embed}",
            "Thanks! Your message was forwarded to the staff team.",
        ]
    if ctx.chance(0.5):
        lines += [
            "",
            f"[{fmt_us(ctx.after(3, 90))}] {mod}",
            f"@{user} {ctx.pick(AGENT_HOLDING).format(first=ctx.customer.first)}",
        ]
    return join(*lines)


# ---------------------------------------------------------------------------
# In-app widgets and surveys
# ---------------------------------------------------------------------------

UA_WIN = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.0.0 Safari/537.36"
)
UA_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.2 Safari/605.1.15"
)
UA_IOS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
)
UA_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.144 Mobile Safari/537.36"
)
UA_LINUX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"
UA_EDGE = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91"
)
UA_IPAD = (
    "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.2 Mobile/15E148 Safari/604.1"
)

DEVICES = (  # (device class, browser, OS, user agent)
    ("Desktop", "Chrome 121", "Windows 10", UA_WIN),
    ("Desktop", "Safari 17.2", "macOS", UA_MAC),
    ("Mobile", "Safari", "iOS 17.3", UA_IOS),
    ("Mobile", "Chrome 120", "Android 14", UA_ANDROID),
    ("Desktop", "Firefox 122", "Ubuntu", UA_LINUX),
    ("Desktop", "Edge 120", "Windows 11", UA_EDGE),
    ("Tablet", "Safari", "iPadOS 17", UA_IPAD),
)

APP_PATHS = (
    "/settings/billing",
    "/dashboard",
    "/app/home?tab=activity",
    "/account/profile",
    "/onboarding/step-3",
    "/help",
    "/cards/overview",
    "/transfers/new",
    "/devices",
    "/reports?range=30d",
    "/notifications",
)

NPS_LABELS = ("Not at all likely", "Extremely likely")

MULTI_CHOICES = (
    (
        "How did you hear about us?",
        ("Friend or colleague", "Search engine", "App Store", "Podcast", "Other"),
    ),
    (
        "Which features do you use most?",
        ("Payments; Cards", "Reminders; Music", "Dashboard", "Mobile app; Widgets"),
    ),
    ("How often do you use {vendor}?", ("Daily", "A few times a week", "Weekly", "Rarely")),
    ("What best describes your role?", ("Individual", "Team lead", "Administrator", "Owner")),
)

OPEN_QUESTIONS = (
    "Is there anything we could do better?",
    "What's one thing you'd like us to add or change?",
    "Anything else you want to tell us?",
    "What were you trying to do today?",
    "How can we help?",
    "Tell us more (optional)",
)

SECONDARY_OPEN = (
    (
        "What do you like most?",
        ("it's fast", "Easy to use", "the design", "n/a", "Support team is great", ""),
    ),
    ("What almost stopped you from signing up?", ("price", "nothing", "Setup looked hard", "")),
)


def url(ctx: Ctx) -> str:
    """A page URL inside the vendor's app."""
    return f"https://app.{ctx.vendor_domain}{ctx.pick(APP_PATHS)}"


def previous_feedback(ctx: Ctx) -> str | None:
    """A line showing the respondent's earlier, already handled feedback."""
    if ctx.earlier is None:
        return None
    when = fmt_short(ctx.before(40000, 300000))
    return ctx.pick(
        (
            f"Previous feedback from this user ({when}): {ctx.earlier} [resolved]",
            (f"Earlier response ({when}) - Q: How can we help? A: {ctx.earlier} (status: done)"),
            f'Last survey answer ({when}): "{ctx.earlier}" - followed up by CS',
        )
    )


@channel("hotjar_feedback", "survey", 0.9)
def hotjar_feedback(ctx: Ctx) -> str:
    """A Hotjar feedback widget or survey response with session metadata."""
    kind, browser, os_name, agent = ctx.pick(DEVICES)
    rid = ctx.num(1000000, 9999999)
    if ctx.chance(0.5):
        face = ctx.pick(("1/5 😡", "2/5 😕", "3/5 😐", "4/5 🙂", "5/5 😍"))
        return join(
            f"Feedback #{rid}",
            f"Date: {fmt_sql(ctx.when)} UTC",
            f"Emotion: {face}",
            f"Comment: {ctx.req}",
            f"Page URL: {url(ctx)}",
            f"Device: {kind} · {browser} · {os_name}",
            f"User agent: {agent}",
            f"Country: {ctx.pick(CITIES).split(', ')[1]}",
            f"User ID: {ctx.hexid(8)}",
            previous_feedback(ctx),
            f"Recording: https://insights.hotjar.com/r?site={ctx.digits(7)}"
            f"&recording={ctx.digits(10)}",
        )
    return join(
        f"Survey: {ctx.pick(('Website exit survey', 'In-app NPS', 'Feature feedback'))}",
        f"Response #{rid}  ·  {fmt_long(ctx.when)}",
        "",
        f"Q1. How likely are you to recommend {ctx.vendor}? (0-10)",
        f"{ctx.num(0, 10)}",
        f"Q2. {OPEN_QUESTIONS[0]}",
        ctx.req,
        f"Q3. {ctx.pick(MULTI_CHOICES)[0].format(vendor=ctx.vendor)}",
        ctx.pick(ctx.pick(MULTI_CHOICES)[1]),
        "",
        f"Page: {url(ctx)}",
        f"Device: {kind}, {os_name}",
        f"Browser: {browser}",
        previous_feedback(ctx),
    )


@channel("qualtrics_export", "survey", 0.9)
def qualtrics_export(ctx: Ctx) -> str:
    """A Qualtrics response record with embedded data."""
    start = ctx.before(2, 20)
    choice_q, choices = ctx.pick(MULTI_CHOICES)
    open_q = ctx.pick(OPEN_QUESTIONS)
    sec_q, sec_a = ctx.pick(SECONDARY_OPEN)
    fields = [
        ("ResponseId", f"R_{ctx.hexid(15)}"),
        ("StartDate", fmt_sql(start)),
        ("EndDate", fmt_sql(ctx.when)),
        ("Status", "IP Address"),
        ("Progress", "100"),
        ("Duration (in seconds)", str(int((ctx.when - start).total_seconds()))),
        ("Finished", "True"),
        ("RecordedDate", fmt_sql(ctx.when)),
        ("DistributionChannel", ctx.pick(("anonymous", "email", "gl"))),
        ("UserLanguage", ctx.pick(("EN", "EN-GB", "DE", "FR"))),
        ("Q1 - How likely are you to recommend us? (0-10)", str(ctx.num(0, 10))),
        (f"Q2 - {choice_q.format(vendor=ctx.vendor)}", ctx.pick(choices)),
        (f"Q3 - {sec_q}", ctx.pick(sec_a)),
        (f"Q4 - {open_q}", ctx.req),
        ("Q5 - May we contact you about your answers?", ctx.pick(("Yes", "No"))),
        ("Q5_email", ctx.customer.email if ctx.chance(0.5) else ""),
        ("plan", ctx.pick(PLANS)),
        ("account_age_days", str(ctx.num(1, 1500))),
    ]
    if ctx.earlier is not None:
        fields.append(("prior_feedback", f"{ctx.earlier} (closed loop: resolved)"))
    if ctx.chance(0.5):
        return join(*[f"{k}: {v}" for k, v in fields])
    width = max(len(k) for k, _ in fields)
    return join(
        f"Response {fields[0][1]}", "-" * 40, *[f"{k.ljust(width)}  {v}" for k, v in fields[1:]]
    )


@channel("typeform_response", "survey", 0.8)
def typeform_response(ctx: Ctx) -> str:
    """A Typeform response e-mail or results row with hidden fields."""
    choice_q, choices = ctx.pick(MULTI_CHOICES)
    open_q = ctx.pick(OPEN_QUESTIONS)
    answers = [
        ("What's your first name?", ctx.customer.first),
        (choice_q.format(vendor=ctx.vendor), ctx.pick(choices)),
        ("On a scale of 1-5, how easy was it to get started?", str(ctx.num(1, 5))),
        (open_q, ctx.req),
        ("Email", ctx.customer.email),
    ]
    if ctx.earlier is not None:
        answers.insert(
            2,
            ("Have you contacted us before? What about?", f"Yes - {ctx.earlier}. That was sorted."),
        )
    hidden = (
        f"utm_source={ctx.pick(('app', 'email', 'intercom'))}&"
        f"plan={ctx.pick(PLANS).lower()}&uid={ctx.hexid(10)}"
    )
    if ctx.chance(0.5):
        return join(
            f'New response to "{ctx.vendor} feedback"',
            "",
            *[f"{q}\n{a}\n" for q, a in answers],
            f"Submitted at: {fmt_long(ctx.when)}",
            f"Network ID: {ctx.hexid(10)}",
            f"Hidden fields: {hidden}",
            "",
            "View all responses in your Typeform account",
        )
    lines = [f"#{ctx.hexid(32)}"]
    for i, (q, a) in enumerate(answers, 1):
        lines.append(f"{i}. {q} → {a}")
    lines += [
        f"Start Date (UTC): {fmt_sql(ctx.before(1, 15))}",
        f"Submit Date (UTC): {fmt_sql(ctx.when)}",
        f"Hidden: {hidden}",
    ]
    return join(*lines)


@channel("surveymonkey_export", "survey", 0.7)
def surveymonkey_export(ctx: Ctx) -> str:
    """A SurveyMonkey individual response view."""
    choice_q, choices = ctx.pick(MULTI_CHOICES)
    lines = [
        f"#{ctx.num(2, 900)}",
        "COMPLETE",
        (
            f"Collector:   {ctx.pick(('Web Link 1', 'Email Invitation 1', 'Website Collector'))} "
            f"(Web Link)"
        ),
        f"Started:   {fmt_long(ctx.before(2, 30))}",
        f"Last Modified:   {fmt_long(ctx.when)}",
        f"Time Spent:   00:0{ctx.num(1, 9)}:{ctx.num(10, 59)}",
        f"IP Address:   {ctx.num(20, 220)}.{ctx.num(0, 255)}.{ctx.num(0, 255)}.{ctx.num(1, 254)}",
        "",
        "Page 1",
        "",
        f"Q1  How satisfied are you with {ctx.vendor}?",
        ctx.pick(("Very satisfied", "Satisfied", "Neutral", "Dissatisfied")),
        "",
        f"Q2  {choice_q.format(vendor=ctx.vendor)}",
        ctx.pick(choices),
        "",
    ]
    if ctx.earlier is not None:
        lines += [
            "Q3  Did we resolve your last request?",
            f"Yes  (Other (please specify): {ctx.earlier})",
            "",
        ]
    else:
        lines += [
            "Q3  Did you find what you were looking for?",
            ctx.pick(("Yes", "No", "Partly")),
            "",
        ]
    lines += [
        f"Q4  {ctx.pick(OPEN_QUESTIONS)}",
        ctx.req,
        "",
        "Q5  How likely is it that you would recommend us to a friend?",
        str(ctx.num(0, 10)),
    ]
    if ctx.chance(0.4):
        lines += ["", "Q6  Email address (optional)", "Respondent skipped this question"]
    return join(*lines)


@channel("inapp_widget", "survey", 0.9)
def inapp_widget(ctx: Ctx) -> str:
    """An in-app feedback widget or bug-report form with session metadata."""
    kind, browser, os_name, agent = ctx.pick(DEVICES)
    tool = ctx.pick(
        ("Usersnap", "Instabug", "Sentry User Feedback", "Pendo", "In-app feedback", "Userback")
    )
    meta = [
        f"URL: {url(ctx)}",
        f"Browser: {browser}",
        f"OS: {os_name} ({kind})",
        f"Screen: {ctx.pick(('1920x1080', '1440x900', '390x844', '412x915'))}",
        f"User agent: {agent}",
        (f"App version: {ctx.num(2, 9)}.{ctx.num(0, 40)}.{ctx.num(0, 9)} (build {ctx.digits(4)})"),
        f"Session: {ctx.hexid(8)}-{ctx.hexid(4)}-{ctx.hexid(4)}-{ctx.hexid(12)}",
        f"Locale: {ctx.pick(('en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES'))}",
        f"Console errors: {ctx.num(0, 3)}",
    ]
    ctx.rng.shuffle(meta)
    category = ctx.pick(("Idea", "Question", "Bug", "Other"))
    return join(
        f"[{tool}] New {category.lower()} from {ctx.customer.email}",
        f"Received {fmt_sql(ctx.when)} UTC",
        "",
        f"Category: {category}",
        f"Rating: {ctx.pick(('★★★★☆', '★★☆☆☆', '—', '★★★★★'))}",
        "Message:",
        ctx.req,
        "",
        "Attachments: screenshot.png" if ctx.chance(0.4) else None,
        previous_feedback(ctx),
        "",
        "--- Session ---",
        *meta[: ctx.num(4, len(meta))],
    )


# ---------------------------------------------------------------------------
# Social and public channels
# ---------------------------------------------------------------------------

REDDIT_FLAIRS = ("Question", "Feature Request", "Help", "Support", "Discussion", "Bug")

HASHTAGS = (
    "#help",
    "#customerservice",
    "#fail",
    "#please",
    "#support",
    "#app",
    "#frustrated",
    "#question",
    "",
)

SOCIAL_REPLIES = (
    (
        "Hi {first}, sorry to hear that! Could you DM us your account email so we "
        "can take a look? ^{initials}"
    ),
    "Hey {first}! We'd love to help - please send us a DM with more details.",
    "Thanks for reaching out! Our team is looking into this. ^{initials}",
    "Hi there, we've sent you a DM 💬",
)


def social_reply(ctx: Ctx) -> str:
    """A brand account's public reply."""
    return ctx.pick(SOCIAL_REPLIES).format(first=ctx.customer.first, initials=ctx.agent.initials)


def count(ctx: Ctx) -> str:
    """A social engagement count such as 12, 1.2K or 340."""
    n = ctx.num(0, 3000)
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


@channel("reddit_thread", "social", 0.9)
def reddit_thread(ctx: Ctx) -> str:
    """A subreddit post or a comment chain from a vendor community."""
    sub = f"r/{ctx.vendor}" if ctx.chance(0.6) else f"r/{ctx.vendor}App"
    op = ctx.customer.handle
    mod = f"{ctx.vendor}_{ctx.pick(('Official', 'Support', 'Team'))}"
    if ctx.earlier is not None and ctx.chance(0.6):
        other = ctx.other.handle
        return join(
            f"{sub} · Posted by u/{other} {ago(ctx)}",
            f"[{ctx.pick(REDDIT_FLAIRS)}] {titled(ctx.earlier)}",
            "",
            ctx.earlier,
            "",
            f"⬆ {count(ctx)}  💬 {ctx.num(3, 80)} Comments  Share",
            "",
            f"u/{mod} MOD · {ago(ctx)}",
            ctx.pick(AGENT_RESOLVED),
            "",
            f"    u/{op} · {ago(ctx, short=True)}",
            f"    {ctx.pick(('Nice. Kind of related -', 'Piggybacking on this,', ''))}",
            indent(ctx.req) if not ctx.multiline else ctx.req,
            f"    ⬆ {ctx.num(1, 60)}  Reply  Share",
        )
    posted = ago(ctx)
    title = titled(ctx.req, ctx.num(4, 9))
    body = [ctx.req]
    if ctx.earlier is not None:
        title = titled(ctx.earlier, ctx.num(4, 9))
        body = [
            ctx.earlier,
            "",
            "EDIT: that one is fixed now, thanks mods!",
            ctx.pick(NEW_TOPIC),
            ctx.req,
        ]
    elif ctx.chance(0.5):
        body = [
            ctx.pick(
                (
                    "Long time user here.",
                    "Not sure if this is the right sub.",
                    f"Using {ctx.vendor} on {ctx.pick(('iOS', 'Android', 'web'))}.",
                )
            ),
            "",
            ctx.req,
        ]
    comments = [
        join(f"u/{ctx.other.handle} · {ago(ctx, short=True)}", plus_one(ctx), f"⬆ {ctx.num(1, 90)}")
    ]
    if ctx.chance(0.6):
        comments.append(
            join(f"    u/{mod} MOD · {ago(ctx, short=True)}", f"    {social_reply(ctx)}")
        )
    return join(
        f"{sub}",
        f"Posted by u/{op} {posted}",
        f"{ctx.pick(REDDIT_FLAIRS)}",
        title,
        "",
        *body,
        "",
        f"⬆ {count(ctx)}  💬 {ctx.num(1, 40)} Comments  Share  Save",
        "",
        f"Sort by: {ctx.pick(('Best', 'Top', 'New'))}",
        "",
        "\n\n".join(comments),
    )


@channel("twitter_mention", "social", 0.9)
def twitter_mention(ctx: Ctx) -> str:
    """An X/Twitter mention, reply chain or social-listening export row."""
    c = ctx.customer
    brand = f"@{ctx.vendor}{ctx.pick(('Support', 'Help', 'App', 'HQ', ''))}"
    tag = ctx.pick(HASHTAGS)
    text = f"{brand} {ctx.req}" + (f" {tag}" if tag else "")
    if ctx.chance(0.3):
        text = f"{ctx.req} {brand}" + (f" {tag}" if tag else "")
    if ctx.chance(0.35):
        return join(
            "Source: X (Twitter) · Brandwatch export",
            f"Author: @{c.handle} ({c.name}) · Followers: {ctx.num(3, 9000)}",
            f"Date: {fmt_iso(ctx.when)}",
            f"Sentiment: {ctx.pick(('negative', 'neutral', 'positive'))}",
            f"Mentioned: {brand}",
            f"Full text: {text}",
            None
            if ctx.earlier is None
            else f"In reply to: @{c.handle}: {brand} {ctx.earlier} (answered by {brand})",
            f"URL: https://x.com/{c.handle}/status/{ctx.digits(19)}",
        )
    lines: list[str] = []
    if ctx.earlier is not None:
        lines += [
            f"{c.name} @{c.handle} · {ago(ctx, short=True)}",
            f"{brand} {ctx.earlier}",
            "",
            f"{ctx.vendor} Support {brand} · {ago(ctx, short=True)}",
            f"Replying to @{c.handle}",
            ctx.pick(AGENT_RESOLVED),
            "",
        ]
    lines += [f"{c.name} @{c.handle} · {ago(ctx, short=True)}"]
    if ctx.earlier is not None:
        lines.append(f"Replying to {brand}")
    lines += [
        text,
        "",
        (
            f"{ctx.num(0, 40)} Reposts  {ctx.num(0, 200)} Likes  "
            f"{ctx.num(0, 9)} Bookmarks  {count(ctx)} Views"
        ),
    ]
    if ctx.chance(0.5):
        lines += [
            "",
            f"{ctx.vendor} Support {brand} · {ago(ctx, short=True)}",
            f"Replying to @{c.handle}",
            social_reply(ctx),
        ]
    return join(*lines)


FB_POSTS = (
    "🎉 Our new update is live! Tell us what you think 👇",
    "We're hiring! Check out our careers page.",
    "Happy Friday from the {vendor} team! 🌞",
    "Scheduled maintenance tonight 11pm-1am. Thanks for your patience!",
    "What feature should we build next? Let us know in the comments!",
)


@channel("facebook_comment", "social", 0.7)
def facebook_comment(ctx: Ctx) -> str:
    """A comment under a brand's Facebook page post."""
    c = ctx.customer
    post = ctx.pick(FB_POSTS).format(vendor=ctx.vendor)
    posted = ago(ctx)
    comments: list[str] = []
    if ctx.earlier is not None:
        comments.append(
            join(
                ctx.other.name,
                ctx.earlier,
                f"Like · Reply · {ago(ctx, short=True)}",
                f"    {ctx.vendor} · Author",
                f"    Hi {ctx.other.first}, {ctx.pick(AGENT_RESOLVED)}",
            )
        )
    mine = join(
        c.name,
        ctx.req,
        f"Like · Reply · {ago(ctx, short=True)}" + (" · Edited" if ctx.chance(0.2) else ""),
    )
    if ctx.chance(0.5):
        mine = join(mine, f"    {ctx.vendor} · Author", f"    {social_reply(ctx)}")
    comments.append(mine)
    if ctx.chance(0.4):
        comments.append(
            join(
                ctx.pick(FIRST_NAMES) + " " + ctx.pick(LAST_NAMES),
                plus_one(ctx),
                f"Like · Reply · {ago(ctx, short=True)}",
            )
        )
    return join(
        ctx.vendor,
        f"{posted} · 🌐",
        post,
        "",
        f"👍❤️ {count(ctx)}    {ctx.num(3, 400)} comments    {ctx.num(0, 90)} shares",
        "",
        ctx.pick(("Most relevant", "All comments", "Newest")),
        "",
        "\n\n".join(comments),
    )


DEV_RESPONSES = (
    ("Hi, thanks for your review! Please contact us at support@{domain} so we can look into this."),
    "Thank you for the feedback! We've passed this on to our product team.",
    "Sorry for the trouble. Our latest update should help - let us know!",
    ("Thanks! We're always working to improve. Reach us anytime in the app under Help."),
)


def stars(n: int) -> str:
    """A five-star rating string."""
    return "★" * n + "☆" * (5 - n)


@channel("app_store_review", "social", 1.0)
def app_store_review(ctx: Ctx) -> str:
    """An App Store or Google Play review with a developer response."""
    n = ctx.num(1, 5)
    dev = ctx.pick(DEV_RESPONSES).format(domain=ctx.vendor_domain)
    nick = ctx.pick(
        (
            ctx.customer.handle,
            f"{ctx.customer.first}{ctx.num(1, 99)}",
            "A Google user",
            ctx.customer.name,
        )
    )
    version = f"{ctx.num(2, 9)}.{ctx.num(0, 30)}.{ctx.num(0, 9)}"
    title = ctx.pick(
        (
            "Good but",
            "Please add this",
            "Question",
            "Almost perfect",
            "Frustrating",
            "Love it",
            "One request",
            titled(ctx.req, 4),
        )
    )
    prev = []
    if ctx.earlier is not None:
        prev = [
            "",
            (f"Previous review  {stars(max(1, n - 1))}  {fmt_short(ctx.before(40000, 200000))}"),
            ctx.earlier,
            "",
            f"Developer Response  {fmt_short(ctx.before(20000, 39999))}",
            "Thanks - this is fixed in the latest version!",
        ]
    if ctx.chance(0.5):
        return join(
            f"{stars(n)}  {title}",
            f"{nick}, {fmt_short(ctx.when)}",
            *(["Updated review"] if prev else []),
            ctx.req,
            "",
            f"Developer Response, {fmt_short(ctx.after(1440, 9000))}",
            dev,
            f"Version {version} · {ctx.pick(('iPhone', 'iPad', 'Mac'))}",
            *prev,
        )
    return join(
        nick,
        f"{stars(n)}  {MONTHS_FULL[ctx.when.month - 1]} {ctx.when.day}, {ctx.when.year}",
        ctx.req,
        "",
        f"{ctx.num(0, 300)} people found this review helpful",
        "Did you find this helpful?  Yes  No",
        "",
        f"{ctx.vendor}  {fmt_short(ctx.after(1440, 9000))}",
        dev,
        f"App version {version} · {ctx.pick(('Pixel 8', 'Galaxy S23', 'OnePlus 11'))}",
        *prev,
    )


@channel("review_site_qa", "social", 0.7)
def review_site_qa(ctx: Ctx) -> str:
    """A question on a review or marketplace site with answers."""
    site = ctx.pick(("G2", "Capterra", "Trustpilot", "Amazon", "Product Hunt"))
    c = ctx.customer
    answers = [
        join(
            f"{ctx.other.first} {ctx.other.last[0]}. · Verified user · {ago(ctx)}",
            ctx.pick(
                (
                    "Not sure, I'd ask their support.",
                    "I think so?",
                    "Didn't work for me last time.",
                    "Same question here.",
                )
            ),
        ),
    ]
    if ctx.chance(0.6):
        answers.append(join(f"{ctx.vendor} (Seller) · {ago(ctx)}", social_reply(ctx)))
    prev = None
    if ctx.earlier is not None:
        prev = join(
            "",
            f"Earlier questions by {c.first} {c.last[0]}.:",
            f"Q: {ctx.earlier}",
            "   Answered by the seller · Helpful (3)",
        )
    return join(
        f"{site} · {ctx.vendor} · Questions & Answers",
        "",
        f"Question: {ctx.req}",
        f"Asked by {c.first} {c.last[0]}. · {ctx.pick(JOB_TITLES)} · {fmt_short(ctx.when)}",
        "",
        f"Answers ({len(answers)})",
        *[indent(a, "  ") for a in answers],
        prev,
    )


# ---------------------------------------------------------------------------
# Helpdesks
# ---------------------------------------------------------------------------

INTERNAL_NOTES = (
    "VIP account - please handle with care.",
    "Checked logs, nothing pending.",
    "@{colleague} can you take a look?",
    "Known issue? Linked to JIRA.",
    "Macro applied: first response.",
    "Customer called in as well, same topic.",
    "Sentiment: frustrated. Prioritising.",
    "Merged duplicate ticket #{n}.",
)


@dataclass(frozen=True)
class Entry:
    """One item in a helpdesk ticket history."""

    kind: str  # cust, agent, note, event
    when: datetime
    text: str


def ticket_history(ctx: Ctx, chat: bool = False) -> list[Entry]:
    """A ticket's history, oldest first; reopened when there is an earlier ask."""
    out: list[Entry] = []
    if ctx.earlier is not None:
        t0 = ctx.before(60 * 24 * 2, 60 * 24 * 40)
        t1 = t0 + timedelta(minutes=ctx.num(20, 60 * 30))
        out += [
            Entry("cust", t0, ctx.earlier),
            Entry("agent", t1, f"Hi {ctx.customer.first},\n\n{ctx.pick(AGENT_RESOLVED)}"),
            Entry("event", t1, "Status changed: Open → Solved"),
        ]
        if ctx.chance(0.4):
            out.append(
                Entry("event", t1 + timedelta(hours=ctx.num(2, 40)), "Satisfaction rating: Good 👍")
            )
        body = new_topic_block(ctx, ctx.req)
        out.append(Entry("cust", ctx.when, body))
        out.append(
            Entry("event", ctx.when, "Status changed: Solved → Open (reopened by customer reply)")
        )
    else:
        if ctx.chance(0.3):
            out.append(
                Entry(
                    "event",
                    ctx.before(0, 1),
                    "Ticket created via " + ctx.pick(("email", "web form", "chat", "API")),
                )
            )
        out.append(Entry("cust", ctx.when, ctx.req if chat else customer_body(ctx)))
    if ctx.chance(0.5):
        note = ctx.pick(INTERNAL_NOTES).format(colleague=ctx.colleague.first, n=ctx.ticket())
        out.append(Entry("note", ctx.after(3, 120), note))
    if ctx.chance(0.4):
        out.append(
            Entry(
                "agent",
                ctx.after(121, 300),
                ctx.pick(AGENT_HOLDING).format(first=ctx.customer.first),
            )
        )
    return out


def ticket_subject(ctx: Ctx) -> str:
    """A ticket subject: the original (earlier) ask when reopened."""
    if ctx.earlier is not None:
        return snippet(ctx.earlier, 8)
    return mail_subject(ctx)


@channel("hubspot_service_ticket", "helpdesk", 0.9)
def hubspot_service_ticket(ctx: Ctx) -> str:
    """A HubSpot Service Hub ticket record with its conversation."""
    c, a = ctx.customer, ctx.agent
    hist = ticket_history(ctx)
    status = "Reopened" if ctx.earlier else ctx.pick(("New", "Waiting on us", "Waiting on contact"))
    lines = [
        f"Ticket: {ticket_subject(ctx)}",
        f"Pipeline: Support Pipeline  ·  Ticket status: {status}",
        (
            f"Priority: {ctx.pick(('Low', 'Medium', 'High'))}  ·  "
            f"Source: {ctx.pick(('Email', 'Chat', 'Form', 'Phone'))}"
        ),
        f"Ticket owner: {a.name}",
        f"Associated contact: {c.name} ({c.email})",
        f"Associated company: {ctx.client}",
        f"Create date: {fmt_us(ctx.when)}",
        "",
        "Activity",
        "",
    ]
    for e in reversed(hist):
        stamp = f"{fmt_short(e.when)} at {hm12(e.when)}"
        if e.kind == "cust":
            lines += [f"Email from {c.name} · {stamp}", e.text, ""]
        elif e.kind == "agent":
            lines += [f"Email from {a.name} · {stamp}", e.text, ""]
        elif e.kind == "note":
            lines += [f"Note by {a.name} · {stamp}", e.text, ""]
        else:
            lines += [f"{e.text} · {stamp}", ""]
    return join(*lines)


@channel("servicenow_incident", "helpdesk", 1.0)
def servicenow_incident(ctx: Ctx) -> str:
    """A ServiceNow incident with work notes and additional comments."""
    c, a = ctx.customer, ctx.agent
    hist = ticket_history(ctx)
    first = next(e for e in hist if e.kind == "cust")
    state = "In Progress" if ctx.earlier else ctx.pick(("New", "In Progress", "On Hold"))
    head = join(
        f"Number: INC{ctx.digits(7)}",
        f"Caller: {c.name}",
        f"State: {state}",
        f"Category: {ctx.pick(('Inquiry / Help', 'Software', 'Request', 'Account'))}",
        f"Impact: {ctx.pick(('3 - Low', '2 - Medium'))}    "
        f"Urgency: {ctx.pick(('3 - Low', '2 - Medium'))}",
        f"Assignment group: {ctx.pick(('Service Desk', 'App Support L2', 'Customer Care'))}",
        f"Assigned to: {a.name}",
        f"Short description: {snippet(first.text.splitlines()[0], 8)}",
        "Description:",
        first.text,
    )
    acts = []
    for e in reversed([e for e in hist if e is not first]):
        stamp = fmt_sql(e.when)
        if e.kind == "cust":
            acts.append(
                join(
                    f"{c.name}  Additional comments  {stamp}",
                    indent(e.text, "  ") if not ctx.multiline else e.text,
                )
            )
        elif e.kind == "agent":
            acts.append(
                join(
                    f"{a.name}  Additional comments (Customer visible)  {stamp}",
                    indent(e.text, "  "),
                )
            )
        elif e.kind == "note":
            acts.append(join(f"{a.name}  Work notes  {stamp}", f"  {e.text}"))
        else:
            text = e.text.replace("Solved", "Resolved").replace("Open", "In Progress")
            acts.append(join(f"System  Field changes  {stamp}", f"  {text}"))
    return join(head, "", f"Activities: {len(acts)}", "", "\n\n".join(acts))


GORGIAS_TAGS = ("vip", "question", "shipping", "feedback", "urgent", "auto-tagged")


@channel("gorgias_ticket", "helpdesk", 0.8)
def gorgias_ticket(ctx: Ctx) -> str:
    """A Gorgias e-commerce ticket with order sidebar."""
    c, a = ctx.customer, ctx.agent
    via = ctx.pick(("email", "chat", "Instagram DM", "Facebook Messenger", "contact form"))
    hist = ticket_history(ctx, chat=via != "email")
    lines = [
        f"#{ctx.ticket()} · {ticket_subject(ctx)}",
        f"Channel: {via} · Status: {'open (reopened)' if ctx.earlier else 'open'}",
        f"Tags: {', '.join(ctx.rng.sample(GORGIAS_TAGS, 2))}",
        "",
        f"Customer: {c.name} <{c.email}>",
        (
            f"Shopify: Order #{ctx.num(1000, 99999)} · "
            f"{ctx.pick(('Fulfilled', 'Unfulfilled', 'Partially refunded'))} · "
            f"${ctx.num(12, 400)}.{ctx.num(10, 99)}"
        ),
        f"Lifetime spent: ${ctx.num(20, 3000)} · {ctx.num(1, 30)} orders",
        "",
    ]
    for e in hist:
        stamp = f"{fmt_short(e.when)} {hm12(e.when)}"
        if e.kind == "cust":
            lines += [f"{c.name} · via {via} · {stamp}", e.text, ""]
        elif e.kind == "agent":
            lines += [f"{a.name} · {stamp}", e.text, ""]
        elif e.kind == "note":
            lines += [f"Internal note · {a.name} · {stamp}", e.text, ""]
        else:
            lines += [f"— {e.text} —", ""]
    return join(*lines)


@channel("kustomer_timeline", "helpdesk", 0.7)
def kustomer_timeline(ctx: Ctx) -> str:
    """A Kustomer customer timeline with conversations, notes and CSAT."""
    c, a = ctx.customer, ctx.agent
    hist = ticket_history(ctx, chat=True)
    lines: list[str | None] = [
        f"{c.name}  ·  {c.email}  ·  {ctx.phone()}",
        (
            f"Sentiment: {ctx.pick(('Neutral', 'Negative', 'Positive'))}  ·  "
            f"Lifetime conversations: {ctx.num(1, 12)}"
        ),
        "",
        (
            f"Conversation · {ctx.pick(('Chat', 'Email', 'SMS'))} · "
            f"{'Reopened' if ctx.earlier else 'Open'}"
        ),
    ]
    for e in hist:
        t = hm12(e.when) if e.when.date() == ctx.when.date() else fmt_us(e.when)
        if e.kind == "cust":
            lines += [f"  Customer · {t}", indent(e.text, "  ") if not ctx.multiline else e.text]
        elif e.kind == "agent":
            lines += [f"  {a.name} · {t}", indent(e.text, "  ")]
        elif e.kind == "note":
            lines += [f"  Note · {a.first} · {t}", f"  {e.text}"]
        else:
            lines += [f"  · {e.text}"]
    lines += ["", f"Snoozed until: {fmt_us(ctx.after(600, 3000))}" if ctx.chance(0.2) else None]
    return join(*lines)


@channel("zoho_desk_ticket", "helpdesk", 0.7)
def zoho_desk_ticket(ctx: Ctx) -> str:
    """A Zoho Desk ticket with incoming and outgoing threads."""
    c, a = ctx.customer, ctx.agent
    hist = ticket_history(ctx)
    threads = [e for e in hist if e.kind in ("cust", "agent", "note")]
    lines = [
        f"#{ctx.num(100, 99999)}  {ticket_subject(ctx)}",
        (
            f"Status: {'Reopened' if ctx.earlier else 'Open'}    "
            f"Channel: {ctx.pick(('Email', 'Web', 'Chat', 'Phone', 'Twitter'))}    "
            f"Department: {ctx.pick(('Support', 'Billing', 'Customer Care'))}"
        ),
        f"Contact: {c.name}    Account: {ctx.client}    Owner: {a.name}",
        f"Due Date: {fmt_us(ctx.after(600, 4000))}",
        "",
        f"Threads ({len(threads)})",
        "",
    ]
    for e in reversed(hist):
        stamp = f"{e.when.day:02d} {MONTHS[e.when.month - 1]} {e.when.year} {hm12(e.when)}"
        if e.kind == "cust":
            lines += [f"Incoming · {c.name} <{c.email}> · {stamp}", e.text, ""]
        elif e.kind == "agent":
            lines += [f"Outgoing · {a.name} · {stamp}", e.text, ""]
        elif e.kind == "note":
            lines += [f"Private comment · {a.name} · {stamp}", e.text, ""]
        else:
            lines += [f"[History] {e.text} · {stamp}", ""]
    return join(*lines)


@channel("zendesk_side_conversation", "helpdesk", 0.8)
def zendesk_side_conversation(ctx: Ctx) -> str:
    """A Zendesk ticket with public replies, internal notes and a side conversation."""
    c, a, col = ctx.customer, ctx.agent, ctx.colleague
    num = ctx.ticket()
    hist = ticket_history(ctx)
    side_to = ctx.pick(
        (
            f"billing@{ctx.vendor_domain}",
            "#eng-escalations (Slack)",
            f"{col.name} (child ticket)",
            "Jira: CX board",
        )
    )
    side = join(
        f"Side conversation · To: {side_to} · {fmt_us(ctx.after(30, 400))}",
        f"Subject: {ctx.pick(('Quick check', 'Can you confirm?', 'Escalation'))} for ticket #{num}",
        f"{a.first}: "
        + ctx.pick(
            (
                "Hey, can someone confirm account status for {e}?",
                "Looping you in - customer is {e}, see ticket.",
                "Any known issues for {e}?",
            )
        ).format(e=c.email),
        f"{col.first}: "
        + ctx.one_of("Checked, all fine on our side.|Looking now.|Yes, known - fix ETA Friday."),
    )
    lines = [
        f"#{num} {ticket_subject(ctx)}",
        (
            f"Requester: {c.name} <{c.email}>  ·  Assignee: {a.name}  ·  "
            f"Status: {'Open' if ctx.earlier else ctx.pick(('New', 'Open', 'Pending'))}"
        ),
        "",
    ]
    for e in hist:
        stamp = fmt_long(e.when)
        if e.kind == "cust":
            lines += [f"{c.name}  {stamp}", e.text, ""]
        elif e.kind == "agent":
            lines += [f"{a.name} (Support)  {stamp}", e.text, ""]
        elif e.kind == "note":
            lines += [f"{a.name}  Internal note  {stamp}", e.text, ""]
        else:
            lines += [f"  {e.text}", ""]
    lines += [side]
    return join(*lines)


CSAT_RATINGS = (
    "Good, I'm satisfied",
    "Bad, I'm unsatisfied",
    "😀 Great",
    "😐 Okay",
    "4 / 5",
    "5 / 5",
    "Yes",
    "Not really",
)


@channel("csat_followup", "helpdesk", 0.7)
def csat_followup(ctx: Ctx) -> str:
    """A satisfaction-survey response whose comment carries a new request."""
    c, a = ctx.customer, ctx.agent
    original = ctx.earlier or ctx.pick(
        ("Login problem", "Billing question", "Account update", "Order status")
    )
    rating = ctx.pick(CSAT_RATINGS)
    if ctx.chance(0.5):
        return join(
            f"Satisfaction survey response · Ticket #{ctx.ticket()}",
            f"Ticket subject: {original}",
            f"Solved by: {a.name} · {fmt_short(ctx.before(60, 3000))}",
            "",
            "How would you rate the support you received?",
            rating,
            "",
            "Comment:",
            new_topic_block(ctx, ctx.req),
            "",
            f"Requester: {c.name} <{c.email}>",
            f"Rated: {fmt_us(ctx.when)}",
        )
    return join(
        f"From: {c.name} <{c.email}>",
        f"Subject: Re: How did we do? [{ctx.vendor} #{ctx.ticket()}]",
        "",
        new_topic_block(ctx, ctx.req),
        "",
        wrote_line(ctx.before(60, 3000), support_address(ctx), "en_us"),
        quote(
            join(
                f"Hi {c.first},",
                "",
                f'Your request "{snippet(original, 10)}" was marked as solved.',
                "How would you rate the support you received?",
                "Good, I'm satisfied  |  Bad, I'm unsatisfied",
                "",
                "Reply to this email to reopen your request.",
            )
        ),
    )


# ---------------------------------------------------------------------------
# Voice: call transcripts, IVR logs and voicemail
# ---------------------------------------------------------------------------

CALL_OPENERS = (
    "Thank you for calling {vendor}, this is {agent}, how can I help you today?",
    "{vendor} support, {agent} speaking.",
    "Hi, thanks for holding, you're through to {agent} at {vendor}.",
    "Good {part}, {vendor}, my name is {agent}. How can I help?",
)

CUSTOMER_HELLOS = (
    "Hi, yeah, um, hi.",
    "Hello? Oh hi.",
    "Hi there, thanks.",
    "Yeah hi, I've been on hold for a while.",
    "Hiya.",
    "Hi. Can you hear me okay?",
)

VERIFY = (
    "Can I get your full name and the email on the account?",
    "Before we start, can you confirm your date of birth and postcode?",
    "Could you verify the last four digits of your phone number for me?",
)

CALL_FILLERS = (
    "[inaudible]",
    "[crosstalk]",
    "um, okay",
    "mm-hmm",
    "(hold music)",
    "Sorry, you cut out there.",
    "Okay.",
    "Right.",
)


def call_turns(ctx: Ctx) -> list[Turn]:
    """A phone call from greeting to just after the request."""
    part = "morning" if ctx.when.hour < 12 else "afternoon"
    c = ctx.customer
    turns: list[Turn] = [
        (
            "agent",
            ctx.pick(CALL_OPENERS).format(vendor=ctx.vendor, agent=ctx.agent.first, part=part),
        ),
        ("cust", ctx.pick(CUSTOMER_HELLOS)),
    ]
    if ctx.chance(0.7):
        turns += [
            ("agent", ctx.pick(VERIFY)),
            (
                "cust",
                f"Sure, it's {c.name}, {c.email}."
                if ctx.chance(0.6)
                else "Yep, one sec... okay got it, it's ending " + ctx.digits(4) + ".",
            ),
        ]
        turns.append(("agent", f"Thanks {c.first}, you're verified."))
    if ctx.earlier is not None:
        turns += [
            (
                "agent",
                (
                    f'I can see your last call was about this: "{ctx.earlier}". '
                    "Is that all sorted now?"
                ),
            ),
            (
                "cust",
                ctx.pick(
                    (
                        "Yes, that's fine now, thanks. Today it's something else.",
                        "Yeah that got fixed. Different thing today.",
                        "Oh that, yes, all good. So today...",
                    )
                ),
            ),
        ]
    elif ctx.chance(0.5):
        turns.append(("agent", "And what can I do for you today?"))
    if ctx.chance(0.25):
        turns.append(("cust", ctx.pick(CALL_FILLERS)))
    turns.append(("cust", ctx.req))
    turns.append(
        (
            "agent",
            ctx.pick(
                (
                    "Okay, let me check that for you.",
                    "Sure, give me one moment.",
                    "Got it. Let me pull that up.",
                    "Mm-hmm, okay. One second.",
                    "Right, I can help with that.",
                )
            ),
        )
    )
    if ctx.chance(0.4):
        turns.append(
            ("cust", ctx.pick(("Thanks.", "Okay.", "Great, thank you.", "[inaudible] yeah.")))
        )
    return turns


def offsets(ctx: Ctx, n: int) -> list[int]:
    """Increasing second offsets into a call."""
    out, t = [], ctx.num(0, 4)
    for _ in range(n):
        out.append(t)
        t += ctx.num(2, 25)
    return out


def mmss(sec: int, hours: bool = False) -> str:
    """Seconds as m:ss or hh:mm:ss."""
    if hours:
        return f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
    return f"{sec // 60}:{sec % 60:02d}"


def call_header(ctx: Ctx, secs: int) -> str:
    """Metadata lines above a call transcript."""
    return join(
        f"Call ID: {ctx.hexid(8)}-{ctx.hexid(4)}-{ctx.hexid(4)}-{ctx.hexid(12)}",
        f"Date: {fmt_long(ctx.when)}",
        f"Duration: {secs // 60}m {secs % 60}s",
        f"Queue: {ctx.pick(('Support EN', 'Billing', 'General', 'Tier 1 - Voice'))}",
        f"Agent: {ctx.agent.name}",
        f"Caller: {ctx.phone()}",
        ctx.pick(
            (
                "Transcript generated automatically and may contain errors.",
                f"Recording: https://recordings.{ctx.vendor_domain}/{ctx.hexid(20)}.wav",
                "Channel: inbound voice",
            )
        ),
    )


@channel("call_transcript", "voice", 1.4)
def call_transcript(ctx: Ctx) -> str:
    """A diarised call transcript in one of several tool layouts."""
    turns = call_turns(ctx)
    offs = offsets(ctx, len(turns))
    secs = offs[-1] + ctx.num(20, 400)
    layout = ctx.num(0, 5)
    a, c = ctx.agent, ctx.customer
    agent_first = ctx.chance(0.8)  # diariser sometimes flips speaker numbers
    lines: list[str] = []
    if layout == 0:
        for (role, text), off in zip(turns, offs, strict=True):
            spk = 1 if (role == "agent") == agent_first else 2
            lines.append(f"Speaker {spk} ({mmss(off, True)}): {text}")
        return join(call_header(ctx, secs), "", *lines)
    if layout == 1:
        for (role, text), off in zip(turns, offs, strict=True):
            who = "Agent" if role == "agent" else "Customer"
            lines.append(f"[{mmss(off, True)}] {who}: {text}")
        return join(call_header(ctx, secs), "", *lines)
    if layout == 2:
        for (role, text), off in zip(turns, offs, strict=True):
            who = a.name if role == "agent" else c.name
            lines += [f"{who}  {mmss(off)}", text, ""]
        return join(
            f"{ctx.vendor} support call - {fmt_short(ctx.when)}",
            f"{mmss(secs)} · Otter.ai",
            "",
            *lines,
        )
    if layout == 3:
        lines = ["WEBVTT", ""]
        for i, ((role, text), off) in enumerate(zip(turns, offs, strict=True), 1):
            end = off + max(2, len(text) // 14)
            who = "Agent" if role == "agent" else c.first
            lines += [
                str(i),
                (
                    f"{mmss(off, True)}.{ctx.num(0, 999):03d} --> "
                    f"{mmss(end, True)}.{ctx.num(0, 999):03d}"
                ),
                f"<v {who}>{text}",
                "",
            ]
        return join(*lines)
    if layout == 4:
        for (role, text), off in zip(turns, offs, strict=True):
            who = "AGENT" if role == "agent" else "CUSTOMER"
            senti = ctx.pick(("NEUTRAL", "NEUTRAL", "POSITIVE", "NEGATIVE"))
            lines.append(f"{who} [{mmss(off)}] ({senti}): {text}")
        return join(
            "Contact Lens analysis",
            f"Contact ID: {ctx.hexid(8)}-{ctx.hexid(4)}",
            f"Overall sentiment: customer {ctx.pick(('+0.4', '-1.2', '0.0', '+2.1'))}, "
            f"agent {ctx.pick(('+1.8', '+0.9', '+2.5'))}",
            f"Talk time: agent {ctx.num(30, 60)}%, customer {ctx.num(30, 60)}%, "
            f"non-talk {ctx.num(1, 15)}%",
            "",
            *lines,
        )
    for (role, text), off in zip(turns, offs, strict=True):
        who = f"{a.name} ({ctx.vendor})" if role == "agent" else f"{c.name} ({ctx.client})"
        lines += [f"{who} | {mmss(off)}", text, ""]
    return join(
        f"Gong · {ctx.client} <> {ctx.vendor} | Support call",
        f"{fmt_short(ctx.when)} · {mmss(secs)} · {ctx.num(2, 3)} participants",
        "",
        *lines,
    )


IVR_MENUS = (
    (
        "For account and billing questions, press 1. For technical support, press 2. "
        "For everything else, press 3. To hear these options again, press 9."
    ),
    "If you're calling about an existing request, press 1. Otherwise press 2.",
    "Para español, oprima dos. For English, press 1.",
)


@channel("ivr_log", "voice", 0.8)
def ivr_log(ctx: Ctx) -> str:
    """An IVR session log with menu prompts, key presses and speech recognition."""
    t = ctx.before(1, 2)
    conf = f"{ctx.num(55, 98) / 100:.2f}"
    history_line = None
    if ctx.earlier is not None:
        history_line = (
            f"Caller history: last contact {fmt_sql(ctx.before(9000, 90000))}, "
            f'reason: "{ctx.earlier}" (resolved)'
        )
    steps: list[tuple[str, str]] = [
        (
            "PROMPT",
            (f"Welcome to {ctx.vendor}. Calls may be recorded for quality and training purposes."),
        ),
    ]
    for _ in range(ctx.num(1, 2)):
        steps += [("PROMPT", ctx.pick(IVR_MENUS)), ("DTMF", str(ctx.num(1, 3)))]
    if ctx.chance(0.3):
        steps += [
            ("PROMPT", "In a few words, tell me why you're calling."),
            ("ASR", "<no-input> (timeout 5s)"),
            ("PROMPT", "Sorry, I didn't catch that."),
        ]
    steps += [
        (
            "PROMPT",
            ctx.pick(
                (
                    "Please briefly describe what you need help with.",
                    "In a few words, tell me why you're calling.",
                    "After the tone, say your question.",
                )
            ),
        )
    ]
    steps.append(("ASR", f'"{ctx.req}" (confidence {conf})'))
    steps += [
        ("PROMPT", "Thanks. Please hold while I connect you to an agent."),
        (
            "TRANSFER",
            (f"queue={ctx.pick(('Support_EN', 'General', 'Tier1'))} est_wait={ctx.num(1, 15)}m"),
        ),
    ]
    lines = []
    for kind, text in steps:
        t += timedelta(seconds=ctx.num(2, 14))
        lines.append(f"[{t:%H:%M:%S}] {kind:<8} {text}")
    head = join(
        f"IVR session {ctx.hexid(12)}",
        f"ANI: +1555{ctx.digits(7)}   DNIS: +1800{ctx.digits(7)}",
        f"Start: {fmt_sql(ctx.before(1, 2))}",
        history_line,
    )
    return join(head, "", *lines)


@channel("voicemail_transcript", "voice", 0.9)
def voicemail_transcript(ctx: Ctx) -> str:
    """A voicemail transcription e-mail or log with confidence scores."""
    c = ctx.customer
    num = ctx.phone()
    hello = ctx.pick(
        (
            f"Hi, this is {c.first} from {ctx.client}.",
            f"Hey it's {c.first} {c.last}, um,",
            "Hello, yes, hi.",
            f"Hi {ctx.vendor}, {c.first} here.",
        )
    )
    bye = ctx.pick(
        (
            f"You can reach me at {num}. Thanks, bye.",
            "Okay thanks, bye bye.",
            "Call me back when you can. Thanks.",
            "Thanks. Bye.",
        )
    )
    prev = None
    if ctx.earlier is not None:
        prev = (
            f"Previous voicemail from this number ({fmt_short(ctx.before(9000, 60000))}):"
            f' "{ctx.earlier}" - marked handled'
        )
    dur = f"0:{ctx.num(12, 59):02d}"
    layout = ctx.num(0, 3)
    if layout == 0:
        segs = [(hello, ctx.num(80, 98)), (ctx.req, ctx.num(55, 95)), (bye, ctx.num(70, 97))]
        if ctx.chance(0.3):
            segs.insert(1, (ctx.pick(("um so", "[inaudible]", "yeah")), ctx.num(30, 60)))
        return join(
            f"Voicemail from {num} · {fmt_us(ctx.when)} · {dur}",
            f"Transcription ({ctx.pick(('auto', 'beta', 'Google STT', 'Whisper'))}):",
            *[f"[{conf / 100:.2f}] {text}" for text, conf in segs],
            "",
            prev,
        )
    if layout == 1:
        return join(
            f"New voicemail from {num} at {hm12(ctx.when)}",
            "",
            "Transcript:",
            hello,
            ctx.req,
            bye,
            "",
            f"Transcription confidence: {ctx.pick(('High', 'Medium', 'Low'))}",
            "Play message",
            prev,
            "",
            "YOUR ACCOUNT  HELP CENTER  HELP FORUM",
            "This email was sent to you because you indicated that you'd like to "
            "receive email notifications for voicemails.",
        )
    if layout == 2:
        return join(
            f"You received a voice mail from {c.name} ({num})",
            f"Duration: 00:00:{dur[2:]}",
            "",
            "Transcription (Preview):",
            hello,
            ctx.req,
            bye,
            "",
            "The transcription may not be accurate.",
            prev,
            "Microsoft Teams  |  Open in Teams",
        )
    return join(
        f"RecordingSid: RE{ctx.hexid(32)}",
        f"CallSid: CA{ctx.hexid(32)}",
        f"From: +1555{ctx.digits(7)}",
        "TranscriptionStatus: completed",
        f"RecordingDuration: {ctx.num(8, 60)}",
        f"TranscriptionConfidence: {ctx.num(50, 97) / 100:.2f}",
        "TranscriptionText:",
        hello,
        ctx.req,
        bye,
        prev,
    )


if __name__ == "__main__":
    sys.exit(main())
