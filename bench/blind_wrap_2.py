#!/usr/bin/env python3
"""Written on 2026-12-05 by a contributor who never saw the product's envelope code
(triage/envelope*.py), as a blind test of it.

Wrap short labelled customer requests in realistic channel envelopes.

Held-out test harness: takes a CSV of requests (columns text,label - or
utterance/query/sentence and intent/category) and writes a copy in which a
share of the texts arrive the way real channels deliver them (e-mail replies,
forwards, help-desk exports, WhatsApp/SMS logs, tweets, reviews, form
submissions, meeting transcripts, issue comments, in-app feedback).

    python bench/blind_wrap_2.py IN.csv OUT.csv [--seed 2] [--share 0.7]
        [--typo-share 0.25] [--verify]

Output columns: text,label,channel  (channel "plain" = no envelope).  Rows keep
their order and labels.  The request itself is copied verbatim into the
envelope (only its whitespace may be collapsed on one-line formats); in
--typo-share of all rows it first receives 1-2 realistic typos.  Everything is
deterministic: row i uses its own random.Random seeded from (seed, i).

Standard library only.  Written without looking at the product it tests.
"""

import argparse
import csv
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta

TEXT_COLUMNS = ("text", "utterance", "query", "sentence")
LABEL_COLUMNS = ("label", "intent", "category")

# --------------------------------------------------------------------------
# Pools of names, companies, dates ...
# --------------------------------------------------------------------------

FIRST_NAMES = [
    "Jane",
    "Sam",
    "Priya",
    "Tom",
    "Maria",
    "Ahmed",
    "Lena",
    "Kenji",
    "Olu",
    "Chloé",
    "Marcus",
    "Aisha",
    "Björn",
    "Sofia",
    "Daniel",
    "Mei",
    "Rahul",
    "Grace",
    "Tomasz",
    "Fatima",
    "Liam",
    "Noor",
    "Elena",
    "José",
    "Hannah",
    "Kwame",
    "Ines",
    "Yuki",
    "Connor",
    "Zoë",
    "Ravi",
    "Amara",
    "Felix",
    "Leila",
    "Owen",
    "Camille",
    "Diego",
    "Sinead",
    "Anya",
    "Mateo",
]
LAST_NAMES = [
    "Doe",
    "Becker",
    "Nair",
    "Lopez",
    "Okafor",
    "Nguyen",
    "Schmidt",
    "O'Brien",
    "Kowalski",
    "Haddad",
    "Tanaka",
    "Fischer",
    "Moreau",
    "Silva",
    "Ivanova",
    "Murphy",
    "Rossi",
    "Khan",
    "Andersson",
    "Mensah",
    "Park",
    "Chen",
    "Walsh",
    "Dubois",
    "Novak",
    "Patel",
    "García",
    "Jensen",
    "Adeyemi",
    "Costa",
    "Byrne",
    "Meyer",
    "Sato",
    "Hughes",
    "Lindqvist",
]
COMPANIES = [
    "Globex",
    "Brightwater Logistics",
    "Kestrel Analytics",
    "Marlow & Finch",
    "Northgate Dental",
    "Tidewell Foods",
    "Quarry Lane Studio",
    "Helix Biolabs",
    "Copperleaf Hotels",
    "Ridgeway Accounting",
    "Bluefin Travel",
    "Oakmont Schools",
    "Vireo Health",
    "Saltmarsh Media",
    "Pinecrest Realty",
    "Arbor Legal",
    "Foxglove Retail",
    "Stonebridge Capital",
    "Meridian Freight",
    "Harbourside Architects",
    "Nimbus Robotics",
    "Wrenfield Bakery",
]
# (brand, domain) of the company that receives the request
BRANDS = [
    ("Acme", "acme.io"),
    ("Northwind", "northwind.app"),
    ("Brightdesk", "brightdesk.com"),
    ("Parcelly", "parcelly.co"),
    ("Lumio", "lumio.app"),
    ("Fernpay", "fernpay.com"),
    ("Orbit Bank", "orbitbank.co.uk"),
    ("Hearthly", "hearthly.com"),
    ("Quillo", "quillo.io"),
    ("Tandem Home", "tandemhome.com"),
    ("Kitewing", "kitewing.travel"),
    ("Mossbox", "mossbox.eu"),
]
JOB_TITLES = [
    "Operations Manager",
    "Head of Finance",
    "Office Manager",
    "CTO",
    "Customer Success Lead",
    "Founder",
    "Marketing Coordinator",
    "IT Administrator",
    "Product Designer",
    "Practice Manager",
    "Senior Accountant",
    "Director of People",
]
INDUSTRIES = [
    "Computer Software",
    "Hospitality",
    "Retail",
    "Health, Wellness and Fitness",
    "Accounting",
    "Logistics and Supply Chain",
    "Education Management",
    "Marketing and Advertising",
    "Real Estate",
    "Legal Services",
]
CITIES = [
    "Leeds",
    "Dublin",
    "Austin",
    "Lyon",
    "Rotterdam",
    "Melbourne",
    "Toronto",
    "Bristol",
    "Munich",
    "Cape Town",
    "Porto",
    "Denver",
]
COMPANY_SIZES = ["1-10", "11-50", "51-200", "201-500", "501-1,000", "1,001-5,000"]
PRONOUNS = ["(she/her)", "(he/him)", "(they/them)", "(she/they)"]
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ascii_slug(s):
    """'Chloé O'Brien' -> 'chloeobrien' (for e-mail addresses and handles)."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def company_domain(company):
    return ascii_slug(company.split()[0]) + random.Random(company).choice(
        [".com", ".co.uk", ".io", ".de", ".net", ".com.au"]
    )


class Persona:
    """Everything an envelope may need for one row, drawn from the row's RNG."""

    def __init__(self, rng):
        self.first = rng.choice(FIRST_NAMES)
        self.last = rng.choice(LAST_NAMES)
        self.name = f"{self.first} {self.last}"
        self.company = rng.choice(COMPANIES)
        f, ln = ascii_slug(self.first), ascii_slug(self.last)
        personal = rng.random() < 0.4
        domain = (
            rng.choice(
                [
                    "gmail.com",
                    "outlook.com",
                    "icloud.com",
                    "yahoo.co.uk",
                    "proton.me",
                    "hotmail.com",
                ]
            )
            if personal
            else company_domain(self.company)
        )
        local = rng.choice(
            [f"{f}.{ln}", f"{f}{ln[:1]}", f"{f[:1]}{ln}", f"{f}_{ln}{rng.randint(1, 99)}", f]
        )
        self.email = f"{local}@{domain}"
        self.handle = rng.choice(
            [f"{f}{ln}", f"{f}_{ln[:3]}", f"{f}{rng.randint(10, 99)}", f"the{f}", f"{f[:1]}{ln}_"]
        )[:15]
        self.brand, self.domain = rng.choice(BRANDS)
        self.brand_tag = self.brand.replace(" ", "")
        while True:
            agent_first, agent_last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if agent_first != self.first:
                break
        self.agent = f"{agent_first} {agent_last}"
        self.agent_first = agent_first
        self.agent_short = f"{agent_first} {agent_last[0]}."
        self.agent_email = f"{ascii_slug(agent_first)}@{self.domain}"
        self.agent_initials = agent_first[0] + agent_last[0]
        self.title = rng.choice(JOB_TITLES)
        self.when = datetime(2025, 1, 1) + timedelta(
            days=rng.randint(0, 540), seconds=rng.randint(7 * 3600, 22 * 3600)
        )
        self.ticket = rng.randint(1000, 99999)
        self.us = rng.random() < 0.45  # US-style dates / 12h clock

    def earlier(self, rng, max_days=20):
        return self.when - timedelta(days=rng.randint(1, max_days), minutes=rng.randint(0, 600))

    def later(self, rng, max_minutes=600):
        return self.when + timedelta(
            minutes=rng.randint(1, max_minutes), seconds=rng.randint(0, 59)
        )


def phone(rng):
    return rng.choice(
        [
            f"+44 7700 900{rng.randint(0, 999):03d}",
            f"+1 202-555-01{rng.randint(0, 99):02d}",
            f"+1 (312) 555-01{rng.randint(0, 99):02d}",
            f"+353 85 555 {rng.randint(1000, 9999)}",
            f"+61 491 570 {rng.randint(100, 159)}",
        ]
    )


# --- date formatting (no locale / platform-specific strftime codes) -------


def t12(d, secs=False):
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if secs else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def t24(d, secs=False):
    return f"{d.hour:02d}:{d.minute:02d}" + (f":{d.second:02d}" if secs else "")


def day_month_year(d, short=False):
    m = MONTHS[d.month - 1]
    return f"{d.day} {m[:3] if short else m} {d.year}"


def month_day_year(d, short=True):
    m = MONTHS[d.month - 1]
    return f"{m[:3] if short else m} {d.day}, {d.year}"


def wd(d, short=True):
    w = WEEKDAYS[d.weekday()]
    return w[:3] if short else w


def rfc2822(d):
    return (
        f"{wd(d)}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} "
        f"{t24(d, True)} {'-0500' if d.day % 3 == 0 else '+0000'}"
    )


def flat(text):
    """Collapse whitespace so a request fits one line of a line-based format."""
    return " ".join(text.split())


def pick(rng, options, **fmt):
    return rng.choice(options).format(**fmt)


# --------------------------------------------------------------------------
# Envelope 1: Apple Mail / Thunderbird e-mail
# --------------------------------------------------------------------------

GREETINGS = [
    "Hi,",
    "Hello,",
    "Hi there,",
    "Hey,",
    "Good morning,",
    "Good afternoon,",
    "To whom it may concern,",
    "Hiya",
    "Hallo team,",
    "Bonjour,",
    "Dear Support,",
    "Dear {brand} team,",
    "Hi {agent_first},",
    "Hello {brand} Support,",
    "Hey team",
    "Morning all,",
    "Hi folks,",
    "Dear Sir or Madam,",
]
# One line about the sender's situation - never a request in itself.
CONTEXT_LINES = [
    "We're a team of {n} on the Business plan.",
    "I've been a customer for about {years} years now.",
    "Writing on behalf of {company}.",
    "I'm the admin for our {company} account.",
    "We switched over to {brand} last spring.",
    "I'm travelling this week so replies may be slow.",
    "Sorry if this has been asked before.",
    "I mostly use {brand} from my phone.",
    "We're still on the free trial at the moment.",
    "Our office is in {city}, if that matters.",
    "I spoke to one of your colleagues on the phone yesterday.",
    "Long-time user, first time writing in.",
    "I'm the {title} at {company}.",
]
SIGNOFFS = [
    "Many thanks,",
    "Regards,",
    "Thx",
    "—",
    "Best,",
    "Kind regards,",
    "Cheers,",
    "Thanks in advance,",
    "Best wishes,",
    "Thanks!",
    "Merci,",
    "Warm regards,",
    "BR,",
    "Ta,",
    "Thanks,",
]
SUBJECTS = [
    "Question",
    "Quick question",
    "Help please",
    "Hello",
    "(no subject)",
    "Enquiry",
    "Support request",
    "Following up",
    "Hi there",
    "Re: [#{ticket}] Your {brand} request",
    "Re: Checking in",
    "From {first}",
]
# Earlier messages in the thread (always from the support side, generic).
PREVIOUS_MESSAGES = [
    [
        "Hi {first},",
        "",
        "Thanks for getting in touch with {brand} Support. We've received your "
        "message and will get back to you within one business day.",
        "",
        "Best,",
        "{agent_first}",
        "{brand} Support",
    ],
    [
        "Hello {first},",
        "",
        "Your ticket #{ticket} has been marked as solved. If anything else comes "
        "up, just reply to this email.",
        "",
        "Kind regards,",
        "{agent}",
    ],
    [
        "Hi {first},",
        "",
        "Just checking in to see whether everything is working as expected on your side.",
        "",
        "Cheers,",
        "{agent_first} at {brand}",
    ],
    ["Hi {first},", "", "Welcome to {brand}! Your account is all set up.", "", "The {brand} team"],
]
ENV_LINES = [
    "Please consider the environment before printing this email.",
    "🌱 Please consider the environment before printing this e-mail.",
]
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only "
    "for the named recipient(s) and may contain confidential information. If "
    "you have received it in error, please notify the sender and delete it.",
    "This message is confidential. If you are not the intended recipient, "
    "please delete it and let the sender know. {company} is registered in "
    "England and Wales, no. {regno}.",
]


def fill(rng, p, template):
    return template.format(
        brand=p.brand,
        agent_first=p.agent_first,
        agent=p.agent,
        first=p.first,
        company=p.company,
        city=rng.choice(CITIES),
        title=p.title,
        n=rng.choice([3, 5, 8, 12, 20, 45, 120]),
        years=rng.choice(["two", "three", "five", "six"]),
        ticket=p.ticket,
        regno=rng.randint(1000000, 9999999),
    )


def signature(rng, p, style):
    """Lines after the sign-off (the sign-off itself is not included)."""
    lines = []
    kind = rng.random()
    if kind < 0.35:
        lines.append(p.first)
    elif kind < 0.55:
        lines.append(p.name)
    else:
        if style == "thunderbird":
            lines.append(p.first)
            lines += ["", "-- "]
        pron = f" {rng.choice(PRONOUNS)}" if rng.random() < 0.5 else ""
        lines.append(f"{p.name}{pron}")
        lines.append(
            rng.choice(
                [f"{p.title} | {p.company}", f"{p.title}, {p.company}", p.title, f"{p.company}"]
            )
        )
        if rng.random() < 0.6:
            lines.append(rng.choice(["T: ", "M: ", "", "Tel "]) + phone(rng))
        if rng.random() < 0.5:
            slug = f"{ascii_slug(p.first)}-{ascii_slug(p.last)}"
            lines.append(
                rng.choice(
                    [
                        f"https://www.linkedin.com/in/{slug}-{rng.randint(10000, 99999):x}/",
                        f"linkedin.com/in/{slug}",
                        f"LinkedIn: https://linkedin.com/in/{slug}",
                    ]
                )
            )
        if rng.random() < 0.3:
            lines.append("www." + company_domain(p.company))
    if rng.random() < 0.3:
        lines += ["", rng.choice(ENV_LINES)]
    if rng.random() < 0.15:
        lines += ["", fill(rng, p, rng.choice(DISCLAIMERS))]
    return lines


def signoff_lines(rng, p, style):
    so = rng.choice(SIGNOFFS)
    sig = signature(rng, p, style)
    if so == "—":  # "— Sam"
        return [f"— {sig[0]}"] + sig[1:]
    return [so] + sig


def message_body(rng, p, req, style="apple", context=True):
    """Greeting, optional context line, the request, sign-off + signature."""
    lines = []
    if rng.random() < 0.9:
        lines += [fill(rng, p, rng.choice(GREETINGS)), ""]
    if context and rng.random() < 0.4:
        lines.append(fill(rng, p, rng.choice(CONTEXT_LINES)))
        if rng.random() < 0.5:
            lines.append("")
    lines += [req, ""]
    lines += signoff_lines(rng, p, style)
    return lines


def quoted_history(rng, p, style):
    prev_when = p.earlier(rng)
    prev = [fill(rng, p, line) for line in rng.choice(PREVIOUS_MESSAGES)]
    if style == "apple":
        if p.us:
            head = (
                f"On {month_day_year(prev_when)}, at {t12(prev_when)}, "
                f"{p.agent} <{p.agent_email}> wrote:"
            )
        else:
            head = (
                f"On {day_month_year(prev_when, short=True)}, at {t24(prev_when)}, "
                f"{p.agent} <{p.agent_email}> wrote:"
            )
        return [head, ""] + [("> " + ln).rstrip() for ln in prev]
    # Thunderbird: either a quote header or an inline "Original Message" block
    if rng.random() < 0.5:
        date = (
            f"{prev_when.month}/{prev_when.day}/{prev_when.year % 100} {t12(prev_when)}"
            if p.us
            else f"{prev_when.day:02d}/{prev_when.month:02d}/{prev_when.year} {t24(prev_when)}"
        )
        return [f"On {date}, {p.agent} wrote:"] + [("> " + ln).rstrip() for ln in prev]
    return [
        "-------- Original Message --------",
        f"Subject: Re: [#{p.ticket}] Your {p.brand} request",
        f"Date: {rfc2822(prev_when)}",
        f"From: {p.agent} <{p.agent_email}>",
        f"To: {p.email}",
        "",
    ] + prev


def env_email(rng, p, req):
    style = rng.choice(["apple", "thunderbird"])
    lines = []
    if rng.random() < 0.35:  # saved-message header
        lines += [
            f"From: {p.name} <{p.email}>",
            f"Subject: {fill(rng, p, rng.choice(SUBJECTS))}",
            f"Date: {rfc2822(p.when)}",
            f"To: {p.brand} Support <support@{p.domain}>",
            "",
        ]
    lines += message_body(rng, p, req, style)
    if style == "apple" and rng.random() < 0.3:
        lines += ["", rng.choice(["Sent from my iPhone", "Sent from my iPad"])]
    if rng.random() < 0.5:
        lines += [""] + quoted_history(rng, p, style)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 2: forwarded e-mail (Gmail / Apple "Begin forwarded message" / Outlook FW)
# --------------------------------------------------------------------------

FORWARD_NOTES = [
    "FYI - see below.",
    "Forwarding this one from a customer.",
    "Passing this along.",
    "Another one for the backlog, see below.",
    "Customer email below, came in via the shared inbox.",
    "Sending over as discussed.",
    "fwd from the sales inbox",
    "Not sure which queue this belongs in - could someone pick it up?",
    "See below from one of our {company} contacts.",
    "This came to me directly, forwarding to the right place.",
    "Flagging this one.",
    "For visibility.",
]


def env_forward(rng, p, req):
    fwd_first, fwd_last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    forwarder = f"{fwd_first} {fwd_last}"
    fwd_email = f"{ascii_slug(fwd_first)}.{ascii_slug(fwd_last)}@{p.domain}"
    subject = fill(rng, p, rng.choice(SUBJECTS))
    note = fill(rng, p, rng.choice(FORWARD_NOTES))
    fwd_when = p.later(rng, 3000)
    original = message_body(rng, p, req, rng.choice(["apple", "thunderbird"]))
    style = rng.choice(["gmail", "apple", "outlook"])
    lines = []
    if style == "gmail":
        if rng.random() < 0.6:
            lines += [rng.choice(["Hi team,", "Hey,", f"Hi {p.agent_first},"]), ""]
        lines += [
            note,
            "",
            fwd_first,
            "",
            "---------- Forwarded message ---------",
            f"From: {p.name} <{p.email}>",
            (
                f"Date: {wd(p.when)}, {month_day_year(p.when)} at {t12(p.when)}"
                if p.us
                else f"Date: {wd(p.when)}, {day_month_year(p.when, short=True)} at {t24(p.when)}"
            ),
            f"Subject: {subject}",
            f"To: <support@{p.domain}>",
            "",
        ]
    elif style == "apple":
        lines += [note, ""]
        if rng.random() < 0.5:
            lines += [rng.choice(["Sent from my iPhone", fwd_first]), ""]
        lines += [
            "Begin forwarded message:",
            "",
            f"From: {p.name} <{p.email}>",
            f"Subject: {subject}",
            f"Date: {day_month_year(p.when)} at {t24(p.when, True)} GMT",
            f"To: support@{p.domain}",
            "",
        ]
    else:  # Outlook agent forward, with the outer header block
        lines += [
            f"From: {forwarder} <{fwd_email}>",
            f"Sent: {wd(fwd_when, False)}, {month_day_year(fwd_when, False)} {t12(fwd_when)}",
            "To: {} <{}@{}>".format(
                *rng.choice(
                    [
                        ("Product Team", "product"),
                        ("Tier 2", "tier2"),
                        ("Feedback", "feedback"),
                        ("Escalations", "escalations"),
                    ]
                ),
                p.domain,
            ),
            f"Subject: FW: {subject}",
            "",
            note,
            "",
            f"{forwarder}",
            f"{p.brand} | Customer Support",
            "",
            "________________________________",
            f"From: {p.name} <{p.email}>",
            f"Sent: {wd(p.when, False)}, {month_day_year(p.when, False)} {t12(p.when)}",
            f"To: {p.brand} Support <support@{p.domain}>",
            f"Subject: {subject}",
            "",
        ]
    return "\n".join(lines + original)


# --------------------------------------------------------------------------
# Envelope 3: help-desk conversation export (Help Scout / Front / Gorgias)
# --------------------------------------------------------------------------

TAGS = [
    "vip",
    "email",
    "inbound",
    "needs-triage",
    "tier-2",
    "returning-customer",
    "follow-up",
    "priority",
    "eu",
    "us",
    "enterprise",
    "trial",
    "mobile",
]
AGENT_NOTES = [
    "Looping in tier 2.",
    "Checking with the team, will follow up.",
    "Same customer as last week.",
    "Left a voicemail, waiting to hear back.",
    "Escalating - account is on an annual contract.",
    "Logged internally.",
    "Waiting on product for an answer.",
    "Handing over to the morning shift.",
]


def env_helpdesk(rng, p, req):
    vendor = rng.choice(["Help Scout", "Front", "Gorgias"])
    status = rng.choice(["Open", "Pending", "Active", "Closed"])
    tags = ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
    conv = rng.randint(10000, 999999)
    note_when = p.later(rng)
    body = [req]
    if rng.random() < 0.4:  # customer wrote an e-mail, greeting and all
        body = message_body(rng, p, req, "apple", context=rng.random() < 0.5)
    note = [f"Note added by {p.agent_short}:", rng.choice(AGENT_NOTES)]
    if vendor == "Help Scout":
        lines = [
            f"Conversation #{conv} · {status} · Assigned to: {p.agent_short}",
            f"Mailbox: {rng.choice(['Support', 'Help', 'Billing', p.brand + ' Support'])}",
            f"Customer: {p.name} <{p.email}>",
            f"Tags: {tags}",
            "",
            f"{p.name} · {month_day_year(p.when)}, {t12(p.when)}",
        ]
        lines += body + [""] + note + ["", "Sent via Help Scout"]
    elif vendor == "Front":
        lines = [
            f"Conversation #{conv} · {status}",
            f"Inbox: {rng.choice(['Support', 'Shared inbox', 'support@' + p.domain])}",
            f"Assigned to: {p.agent}",
            f"Customer: {p.name} <{p.email}>",
            f"Tags: {tags}",
            "",
            f"{p.first} wrote on {wd(p.when)}, {month_day_year(p.when)} at {t12(p.when)}:",
        ]
        lines += body + ["", f"— {t12(note_when)} —"] + note + ["", "Sent via Front"]
    else:
        lines = [
            f"Ticket #{conv} · {status} · Assigned to: {p.agent_short}",
            f"Channel: {rng.choice(['Email', 'Chat', 'Contact form'])}",
            f"Customer: {p.name} <{p.email}>",
            f"Tags: {tags}",
            "",
            f"Customer message ({p.when:%Y-%m-%d} {t24(p.when)}):",
        ]
        lines += body + [""] + note + ["", "Sent via Gorgias"]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 4: WhatsApp / SMS export
# --------------------------------------------------------------------------

NUDGES = ["??", "hello?", "Hello??", "anyone there?", "hi", "?", "👋"]
BUSINESS_REPLIES = [
    "Thanks for your message! An agent will reply shortly.",
    "Hi {first}, thanks for getting in touch. Let me check that for you.",
    "Our team is online Mon-Fri 9:00-17:00. We'll get back to you as soon as we can.",
]


def env_chat(rng, p, req):
    req = flat(req)
    style = rng.choice(["whatsapp_ios", "whatsapp_android", "sms"])
    sender = rng.choice([p.first, p.name, phone(rng)])
    t = p.when
    msgs = []  # (datetime, who, text)
    if rng.random() < 0.4:
        msgs.append(
            (
                t - timedelta(seconds=rng.randint(5, 90)),
                sender,
                rng.choice(
                    [
                        "Hi",
                        "Hello",
                        "hey",
                        "Hi there",
                        "<Media omitted>",
                        "This message was deleted",
                    ]
                ),
            )
        )
    msgs.append((t, sender, req))
    if rng.random() < 0.3:
        msgs.append(
            (
                t + timedelta(seconds=rng.randint(3, 40)),
                sender,
                rng.choice(["<Media omitted>", "This message was deleted"]),
            )
        )
    if rng.random() < 0.6:
        msgs.append((t + timedelta(minutes=rng.randint(2, 90)), sender, rng.choice(NUDGES)))
    if rng.random() < 0.35:
        msgs.append(
            (
                msgs[-1][0] + timedelta(minutes=rng.randint(1, 30)),
                p.brand + rng.choice([" Support", "", " Help"]),
                fill(rng, p, rng.choice(BUSINESS_REPLIES)),
            )
        )

    lines = []
    if style == "whatsapp_ios":
        for d, who, text in msgs:
            text = {
                "<Media omitted>": "\u200eimage omitted",
                "This message was deleted": "\u200eThis message was deleted.",
            }.get(text, text)
            lines.append(f"[{d.day:02d}/{d.month:02d}/{d.year}, {t24(d, True)}] {who}: {text}")
    elif style == "whatsapp_android":
        first = msgs[0][0] - timedelta(minutes=1)
        stamp = (
            (lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}, {t12(d)}")
            if p.us
            else (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}, {t24(d)}")
        )
        if rng.random() < 0.5:
            lines.append(
                f"{stamp(first)} - Messages and calls are end-to-end encrypted. "
                "No one outside of this chat, not even WhatsApp, can read or "
                "listen to them. Tap to learn more."
            )
        lines += [f"{stamp(d)} - {who}: {text}" for d, who, text in msgs]
    else:  # SMS backup / text export
        number = phone(rng)
        for d, who, text in msgs:
            who = "Me" if who.startswith(p.brand) else number
            if text in ("<Media omitted>", "This message was deleted"):
                text = "[MMS: image/jpeg]"
            lines.append(f"{month_day_year(d)} {t12(d, True)} | {who}: {text}")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 5: Twitter / X mention or DM
# --------------------------------------------------------------------------

HASHTAGS = ["#fail", "#help", "#customerservice", "#ask{brand}", "#support"]
SOCIAL_REPLIES = [
    "Hi {first}, thanks for reaching out! We're looking into this for you. ^{ini}",
    "Thanks {first} - could you send us your account email here so we can take a look? ^{ini}",
    "Hey {first}, we've passed this on to the team. Thanks for your patience! ^{ini}",
]


def env_twitter(rng, p, req):
    req = flat(req)
    handle = rng.choice(
        [
            f"@{p.brand_tag}Support",
            f"@{p.brand_tag}Help",
            f"@{p.brand_tag}_Care",
            f"@Ask{p.brand_tag}",
        ]
    )
    when = f"{t12(p.when)} · {month_day_year(p.when)}"
    reply = rng.choice(SOCIAL_REPLIES).format(first=p.first, ini=p.agent_initials)
    style = rng.choice(["mention", "reply", "dm"])
    if style == "mention":
        tag = " " + rng.choice(HASHTAGS).format(brand=p.brand_tag) if rng.random() < 0.6 else ""
        lead = rng.choice(["", "hey ", "Hi, ", ""])
        lines = [
            f"{p.name} @{p.handle} · {p.when.day} {MONTHS[p.when.month - 1][:3]}",
            f"{handle} {lead}{req}{tag}",
        ]
        if rng.random() < 0.5:
            lines.append(
                f"{rng.randint(0, 9)} replies · {rng.randint(0, 20)} reposts · "
                f"{rng.randint(0, 80)} likes"
            )
    elif style == "reply":
        lines = [p.name, f"@{p.handle}", f"Replying to {handle}", req, when]
        if rng.random() < 0.4:
            lines.append(f"{rng.randint(1, 900)} Views")
    else:
        lines = [
            f"Direct Messages · {p.brand} Support ({handle})",
            "",
            f"{p.name} (@{p.handle}): {req}",
            when,
            "",
            f"Reply from {p.brand} Support: {reply}",
        ]
        return "\n".join(lines)
    if rng.random() < 0.4:
        lines += ["", f"Reply from {p.brand} Support ({handle}): {reply}"]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 6: Trustpilot / Capterra review
# --------------------------------------------------------------------------

REVIEW_TITLES = [
    "Could be better",
    "Mixed feelings",
    "Good app, one gripe",
    "Not quite there yet",
    "Decent overall",
    "Okay so far",
    "Three stars for now",
    "Room for improvement",
]
PROS = [
    "Easy to set up and the interface is clean.",
    "Good value for money.",
    "Support usually replies quickly.",
    "Works well on mobile.",
    "Does what it says.",
    "Onboarding was painless.",
]
REVIEW_REPLIES = [
    "Thanks for your feedback, {first}! We've shared this with our team.",
    "Hi {first}, thanks for taking the time to leave a review. Please reach out to "
    "support@{domain} so we can help.",
    "Thanks for your feedback, {first}. We really appreciate it.",
]


def env_review(rng, p, req):
    stars = rng.choice([1, 2, 2, 3, 3, 4])
    reviewed = p.when
    experienced = p.earlier(rng, 30)
    reply = rng.choice(REVIEW_REPLIES).format(first=p.first, domain=p.domain)
    title = rng.choice(REVIEW_TITLES)
    if rng.random() < 0.5:  # Trustpilot
        lines = [
            p.name,
            f"{rng.choice(['GB', 'US', 'IE', 'DE', 'AU', 'CA', 'FR'])} · "
            + rng.choice(["1 review", f"{rng.randint(2, 14)} reviews"]),
            f"Rated {stars} out of 5 stars",
            f"Reviewed {day_month_year(reviewed)}"
            if rng.random() < 0.7
            else f"Reviewed {month_day_year(reviewed, False)}",
            title,
            req,
            f"Date of experience: {day_month_year(experienced)}",
            "Useful · Share",
        ]
        if rng.random() < 0.6:
            lines += [f"Reply from {p.brand}", day_month_year(p.later(rng, 4000)), reply]
    else:  # Capterra
        lines = [
            f"{p.first} {p.last[0]}.",
            p.title,
            f"{rng.choice(INDUSTRIES)}, {rng.choice(COMPANY_SIZES)} employees",
            "Used the Software for: "
            f"{rng.choice(['Less than 6 months', '6-12 months', '1-2 years', '2+ years'])}",
            f"Overall Rating: {stars}/5",
            f'"{title}"',
            f"Reviewed on {month_day_year(reviewed, False)}",
        ]
        pros = rng.choice(PROS)
        if rng.random() < 0.5:
            lines.append(f"Pros: {pros} Cons: {flat(req)}")
        else:
            lines += [f"Pros: {pros}", f"Cons: {req}"]
        if rng.random() < 0.5:
            lines.append(f"Reply from {p.brand}: {reply}")
        lines.append("Source: Capterra")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 7: Typeform / Google Forms / Jotform submission e-mail
# --------------------------------------------------------------------------

FORM_NAMES = [
    "Product feedback",
    "Contact us",
    "Feature requests",
    "Support form",
    "Customer survey",
    "Get in touch",
    "Help request",
]
FORM_QUESTIONS = [
    "What would you like us to build?",
    "How can we help?",
    "Anything else you'd like to tell us?",
    "Your message",
    "Describe your request",
    "What's on your mind?",
    "Message",
]


def env_form(rng, p, req):
    form = rng.choice(FORM_NAMES)
    question = rng.choice(FORM_QUESTIONS)
    size = rng.choice(COMPANY_SIZES)
    vendor = rng.choice(["typeform", "google", "jotform"])
    if vendor == "typeform":
        lines = [f"New submission for {form}", "", f"Name: {p.name}", f"Email: {p.email}"]
        if rng.random() < 0.6:
            lines.append(f"Company size: {size}")
        lines += [
            question,
            req,
            "",
            f"Submitted at {day_month_year(p.when)}, {t24(p.when)} (UTC)",
            "",
            "Powered by Typeform",
        ]
    elif vendor == "google":
        lines = [
            "Google Forms",
            f'A new response was submitted to "{form}"',
            "",
            f"Timestamp: {p.when.month}/{p.when.day}/{p.when.year} {t24(p.when, True)}",
            f"Email Address: {p.email}",
            f"Name: {p.name}",
        ]
        if rng.random() < 0.5:
            lines.append(f"Company: {p.company}")
        lines += [f"{question}: {flat(req)}", "", "View all responses in Google Forms"]
    else:
        lines = [
            f"You have a new submission: {form}",
            "",
            f"Full Name\t{p.name}",
            f"E-mail\t{p.email}",
            f"Company Size\t{size}",
            f"{question}\t{flat(req)}",
            "",
            f"Submission ID: {rng.randint(10**17, 10**18 - 1)}",
            f"Submitted on {p.when:%Y-%m-%d} {t24(p.when, True)}",
            "Powered by Jotform",
        ]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 8: Zoom / Teams meeting transcript
# --------------------------------------------------------------------------

FILLERS = [
    "yeah, um, so",
    "uh, so",
    "right, um,",
    "okay so",
    "and, uh,",
    "yeah so",
    "um",
    "so, yeah,",
]
ACKS = [
    "Got it, I'll log that.",
    "Okay, noted. I'll pass that on.",
    "Mm-hmm, makes sense. Let me write that down.",
    "Sure, I'll take that back to the team.",
    "Yep, got it.",
    "Thanks, that's helpful.",
]


def ts(seconds, ms=False):
    h, rem = divmod(int(seconds), 3600)
    m, s = divmod(rem, 60)
    out = f"{h:02d}:{m:02d}:{s:02d}"
    return out + f".{int((seconds % 1) * 1000):03d}" if ms else out


def env_transcript(rng, p, req):
    req = flat(req)
    customer = rng.choice(["Speaker 2", p.name, p.first])
    agent = "Speaker 1" if customer == "Speaker 2" else rng.choice([p.agent, p.agent_first])
    filler = rng.choice(FILLERS)
    ack = rng.choice(ACKS)
    start = rng.uniform(30, 3000)
    split_filler = rng.random() < 0.5
    turns = []  # (speaker, text, duration)
    if split_filler:
        turns += [(customer, filler, rng.uniform(1.5, 4)), (customer, req, rng.uniform(3, 9))]
    else:
        turns.append((customer, f"{filler} {req}", rng.uniform(4, 10)))
    turns.append((agent, ack, rng.uniform(1.5, 4)))

    style = rng.choice(["vtt", "teams", "docx"])
    lines = ["WEBVTT", ""] if style == "vtt" else []
    t = start
    cue = rng.randint(1, 400)
    for who, text, dur in turns:
        if style == "vtt":
            lines += [str(cue), f"{ts(t, True)} --> {ts(t + dur, True)}", f"{who}: {text}", ""]
        elif style == "teams":
            lines.append(f"{ts(t)} {who}: {text}")
        else:
            h, m, sec = int(t // 3600), int(t % 3600 // 60), int(t % 60)
            clock = f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
            lines += [f"{who}   {clock}", text, ""]
        t += dur + rng.uniform(0.1, 1.2)
        cue += 1
    return "\n".join(lines).rstrip()


# --------------------------------------------------------------------------
# Envelope 9: Jira / GitHub issue comment from a CSM
# --------------------------------------------------------------------------


def env_issue(rng, p, req):
    arr = rng.choice(["$12k", "$48k", "$120k", "$7.5k", "$310k", "£36k", "€90k"])
    sup = f"{rng.choice(['SUP', 'CS', 'FEED', 'PROD'])}-{rng.randint(100, 9999)}"
    csm = ascii_slug(p.agent_first) + rng.choice(["", "-cs", ascii_slug(p.agent.split()[1])[:1]])
    if rng.random() < 0.5:  # GitHub markdown
        lines = []
        if rng.random() < 0.5:
            lines += [f"**{csm}** commented on {month_day_year(p.when)}", ""]
        lines += [f"**Customer request** (from {p.company}, ARR {arr})", "", f"> {flat(req)}", ""]
        if rng.random() < 0.4:
            lines += [f"Came in via {rng.choice(['Intercom', 'Zendesk', 'a QBR', 'email'])}.", ""]
        lines.append(rng.choice(["cc @pm-team", "cc @product", "cc @pm-team @design"]))
        lines.append(f"Linked: {sup}")
        if rng.random() < 0.3:
            lines += ["", f"👍 {rng.randint(1, 6)}"]
    else:  # Jira wiki markup
        lines = [
            f"h4. Customer request (from {p.company}, ARR {arr})",
            "{quote}" + req + "{quote}",
            f"Reported by [~{csm}] · {day_month_year(p.when, short=True)}",
            "cc [~pm.team]",
            f"Linked: {sup}",
        ]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Envelope 10: mobile / web in-app feedback
# --------------------------------------------------------------------------

IOS_DEVICES = [
    'iPad Pro 11" (iPadOS 17.4)',
    "iPhone 15 Pro (iOS 17.4.1)",
    "iPhone 13 mini (iOS 16.7.5)",
    "iPhone SE (iOS 17.2)",
    'iPad Air 10.9" (iPadOS 17.1)',
]
ANDROID_DEVICES = [
    "Google Pixel 7 (Android 14)",
    "Samsung Galaxy S23 (Android 14)",
    "OnePlus 11 (Android 13)",
    "Motorola moto g54 (Android 13)",
]
SCREENS = [
    "Settings › Billing",
    "Home",
    "Settings › Account",
    "Help",
    "Profile",
    "Activity",
    "Settings › Notifications",
    "Search",
]


def env_in_app(rng, p, req):
    platform = rng.choice(["ios", "android", "web"])
    major, minor, patch = rng.randint(2, 9), rng.randint(0, 30), rng.randint(0, 9)
    version = f"{major}.{minor}.{patch}"
    if platform == "ios":
        lines = [
            f"Feedback from iOS app {version} (build {rng.randint(1000, 9999)})",
            f"Device: {rng.choice(IOS_DEVICES)}",
        ]
        shot = f"IMG_{rng.randint(1000, 9999)}.PNG"
    elif platform == "android":
        lines = [
            f"Feedback from Android app {version} (build {major}{minor:02d}{patch:02d})",
            f"Device: {rng.choice(ANDROID_DEVICES)}",
        ]
        shot = f"Screenshot_{p.when:%Y%m%d-%H%M%S}.png"
    else:
        lines = [
            f"Feedback from web app {version}",
            f"Browser: {rng.choice(['Chrome 122', 'Safari 17.3', 'Firefox 123', 'Edge 121'])} "
            f"on {rng.choice(['macOS 14.3', 'Windows 11', 'ChromeOS'])}",
        ]
        shot = f"screenshot-{p.when:%Y-%m-%d}.png"
    lines.append(f"Screen: {rng.choice(SCREENS)}")
    if rng.random() < 0.5:
        lines.append(f"User: {p.email} (ID {rng.randint(10000, 999999)})")
    if rng.random() < 0.3:
        lines.append(f"Locale: {rng.choice(['en_GB', 'en_US', 'en_IE', 'de_DE', 'fr_FR'])}")
    lines.append(f"Message: {req}")
    if rng.random() < 0.6:
        lines.append(f"Screenshot attached: {shot}")
    lines += ["", f"Sent with ❤️ from {p.brand}"]
    return "\n".join(lines)


ENVELOPES = {
    "email": env_email,
    "forward": env_forward,
    "helpdesk_export": env_helpdesk,
    "whatsapp_sms": env_chat,
    "twitter": env_twitter,
    "review": env_review,
    "form_submission": env_form,
    "meeting_transcript": env_transcript,
    "issue_comment": env_issue,
    "in_app_feedback": env_in_app,
}
CHANNELS = list(ENVELOPES)

# --------------------------------------------------------------------------
# Typos
# --------------------------------------------------------------------------

KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _neighbours():
    pos = {c: (r, i) for r, row in enumerate(KEYBOARD_ROWS) for i, c in enumerate(row)}
    out = {}
    for c, (r, i) in pos.items():
        near = []
        for dr in (-1, 0, 1):
            for di in (-1, 0, 1):
                if (dr, di) == (0, 0) or (dr != 0 and di == 1 and dr == -1):
                    continue  # keep roughly the physical (staggered) neighbours
                rr, ii = r + dr, i + di
                if 0 <= rr < 3 and 0 <= ii < len(KEYBOARD_ROWS[rr]):
                    near.append(KEYBOARD_ROWS[rr][ii])
        out[c] = near
    return out


NEIGHBOURS = _neighbours()
PROTECTED_TOKEN = re.compile(r"@|\{\{|\}\}|://|www\.|\{|\}")


def typo_candidates(text):
    """(start, end) spans of words that may receive a typo."""
    spans = []
    for tok in re.finditer(r"\S+", text):
        if PROTECTED_TOKEN.search(tok.group()):
            continue  # e-mail addresses, {{placeholders}}, URLs
        for w in re.finditer(r"(?<![\w'])[A-Za-z]{4,}(?![\w])", tok.group()):
            if w.group().isupper():
                continue
            spans.append((tok.start() + w.start(), tok.start() + w.end()))
    return spans


def typo_word(rng, word):
    """One typo at position >= 2 of `word` (swap, drop, double or neighbouring key)."""
    kinds = ["swap", "drop", "double", "neighbour"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "swap":
            spots = [i for i in range(2, len(word) - 1) if word[i].lower() != word[i + 1].lower()]
            if spots:
                i = rng.choice(spots)
                return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "drop":
            i = rng.randrange(2, len(word))
            return word[:i] + word[i + 1 :]
        elif kind == "double":
            i = rng.randrange(2, len(word))
            return word[: i + 1] + word[i] + word[i + 1 :]
        else:
            spots = [i for i in range(2, len(word)) if word[i].lower() in NEIGHBOURS]
            if spots:
                i = rng.choice(spots)
                new = rng.choice(NEIGHBOURS[word[i].lower()])
                new = new.upper() if word[i].isupper() else new
                return word[:i] + new + word[i + 1 :]
    return word


def add_typos(rng, text):
    """Return (text_with_typos, number_of_typos)."""
    spans = typo_candidates(text)
    if not spans:
        return text, 0
    n = min(len(spans), 1 if rng.random() < 0.6 else 2)
    chosen = sorted(rng.sample(spans, n), reverse=True)  # right to left keeps offsets valid
    for start, end in chosen:
        text = text[:start] + typo_word(rng, text[start:end]) + text[end:]
    return text, n


# --------------------------------------------------------------------------
# Per-row plan
# --------------------------------------------------------------------------


def row_rng(seed, index):
    return random.Random(f"wrap:{seed}:{index}")


def wrap_row(text, index, seed, share, typo_share):
    """Return dict(text=..., channel=..., request=..., typos=n) for one row."""
    rng = row_rng(seed, index)
    wrapped = rng.random() < share
    typo = rng.random() < typo_share
    channel = rng.choice(CHANNELS)  # drawn always, so the choice is stable
    request = text.strip()
    n_typos = 0
    if typo:
        request, n_typos = add_typos(rng, request)
    if not wrapped:
        out = request if n_typos else text
        return {"text": out, "channel": "plain", "request": request, "typos": n_typos}
    persona = Persona(rng)
    out = ENVELOPES[channel](rng, persona, request)
    return {"text": out, "channel": channel, "request": request, "typos": n_typos}


# --------------------------------------------------------------------------
# I/O
# --------------------------------------------------------------------------


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = {f.strip().lower(): f for f in reader.fieldnames or []}
        tcol = next((fields[c] for c in TEXT_COLUMNS if c in fields), None)
        lcol = next((fields[c] for c in LABEL_COLUMNS if c in fields), None)
        if tcol is None or lcol is None:
            sys.exit(
                f"{path}: need a text column {TEXT_COLUMNS} and a label column "
                f"{LABEL_COLUMNS}; found {reader.fieldnames}"
            )
        return [(r[tcol] or "", r[lcol] or "") for r in reader]


def generate(rows, args):
    return [
        dict(wrap_row(text, i, args.seed, args.share, args.typo_share), label=label)
        for i, (text, label) in enumerate(rows)
    ]


def write_rows(path, results):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "channel"])
        for r in results:
            w.writerow([r["text"], r["label"], r["channel"]])


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------


def squash(s):
    return re.sub(r"\s+", "", s)


def osa_distance(a, b):
    """Optimal-string-alignment distance (edit distance counting adjacent swaps as 1)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def check_typos(original, typoed):
    """Problems with the typos in `typoed` (empty list = fine)."""
    a, b = original.split(), typoed.split()
    if len(a) != len(b):
        return ["token count changed"]
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    problems = []
    if not 1 <= len(changed) <= 2:
        problems.append(f"{len(changed)} changed words")
    for x, y in changed:
        if PROTECTED_TOKEN.search(x):
            problems.append(f"protected token touched: {x!r}")
        k = next(
            i for i in range(min(len(x), len(y)) + 1) if i == min(len(x), len(y)) or x[i] != y[i]
        )
        word = re.search(r"[A-Za-z]+$", x[:k]) or None
        start = k - (len(word.group()) if word else 0)
        run = re.match(r"[A-Za-z]*", x[start:]).group()
        if len(run) < 4 or run.isupper() or k - start < 2:
            problems.append(f"bad typo position in {x!r} -> {y!r}")
        if osa_distance(x, y) != 1:
            problems.append(f"not a single edit: {x!r} -> {y!r}")
    return problems


def verify(in_path, out_path, args):
    rows = read_rows(in_path)
    with open(out_path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        out = list(reader)
    problems = []
    if header != ["text", "label", "channel"]:
        problems.append(f"header is {header}")
    if len(out) != len(rows):
        problems.append(f"row count {len(out)} != {len(rows)}")
    expected = generate(rows, args)  # fresh run: also checks determinism
    for i, ((text, label), got, exp) in enumerate(zip(rows, out, expected, strict=False)):
        where = f"row {i}"
        if got["label"] != label:
            problems.append(f"{where}: label {got['label']!r} != {label!r}")
        if got["text"] != exp["text"] or got["channel"] != exp["channel"]:
            problems.append(f"{where}: differs from a fresh run with the same seed/options")
        if exp["typos"] == 0:
            if squash(text) not in squash(got["text"]):
                problems.append(f"{where}: request missing from text")
            if got["channel"] == "plain" and got["text"] != text:
                problems.append(f"{where}: plain row changed")
        else:
            if squash(exp["request"]) not in squash(got["text"]):
                problems.append(f"{where}: typo'd request missing from text")
            problems += [f"{where}: {p}" for p in check_typos(text.strip(), exp["request"])]
        if got["channel"] != "plain" and squash(got["text"]) == squash(exp["request"]):
            problems.append(f"{where}: wrapped row has no envelope")
    n = len(out)
    counts = Counter(r["channel"] for r in out)
    typo_rows = sum(1 for e in expected if e["typos"])
    print(
        f"verify {out_path}: {n} rows, wrapped {n - counts['plain']} "
        f"({(n - counts['plain']) / max(n, 1):.1%}), with typos {typo_rows} "
        f"({typo_rows / max(n, 1):.1%})"
    )
    for ch in ["plain"] + CHANNELS:
        print(f"  {ch:20s} {counts[ch]}")
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        for p in problems[:30]:
            print("  " + p)
        return False
    print(
        "OK: labels and order kept; every row without typos contains its request; "
        "typo rows contain their typo'd request (1-2 single-edit typos)"
    )
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument(
        "--share",
        type=float,
        default=0.7,
        help="share of rows wrapped in an envelope (default 0.7)",
    )
    ap.add_argument(
        "--typo-share",
        type=float,
        default=0.25,
        help="share of ALL rows whose request gets 1-2 typos (default 0.25)",
    )
    ap.add_argument(
        "--verify", action="store_true", help="after writing, re-read OUT and check it against IN"
    )
    args = ap.parse_args(argv)

    rows = read_rows(args.input)
    write_rows(args.output, generate(rows, args))
    print(f"wrote {args.output} ({len(rows)} rows)")
    if args.verify and not verify(args.input, args.output, args):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
