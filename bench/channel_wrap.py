"""Noisy copies of a labelled set: texts wrapped the way real channels deliver them.

Real feedback rarely arrives as a bare sentence. It comes inside an e-mail with a greeting, a
signature and a quoted earlier reply; a helpdesk ticket with header lines and an agent's macro;
a chat transcript with small talk; a PM's call notes; an app-store review; a survey answer.
This tool takes a labelled CSV and writes one with the same rows and columns where a share of
the texts (default 70%) sit in one of those envelopes, and a share of all items (default 25%,
drawn independently) carry one or two typos (swapped, dropped or doubled letter in a word of
four letters or more) in the ask itself. The ask otherwise stays verbatim and whole.

The envelopes are built from many templates and random parts, but like a real workspace they
recur: one vendor, one house helpdesk template for most tickets, a handful of customer companies
whose contacts and signatures come back again and again, a few support agents. Everything is
drawn from `--seed`, so the same input and seed give the same output.

A column `channel` is added: email, ticket, chat, call, review, survey or plain.

Usage: python bench/channel_wrap.py IN.csv OUT.csv [--text-col text --label-col label
       --share 0.7 --typo-share 0.25 --seed 0]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path


def _lines(block: str) -> tuple[str, ...]:
    """The non-empty lines of a text block: one pool entry a line."""
    return tuple(line for line in block.splitlines() if line.strip())


CHANNELS = ("email", "ticket", "chat", "call", "review", "survey")
# How often each envelope is picked among the wrapped items.
CHANNEL_WEIGHTS = (0.30, 0.22, 0.16, 0.10, 0.10, 0.12)

FIRST_NAMES = tuple(
    """
Olivia Liam Emma Noah Amelia Oliver Sophia Elijah Mia Lucas Priya Arjun Aisha Omar Mei Wei
Hiroshi Yuki Sofia Mateo Camila Diego Fatima Yusuf Chloe Jack Grace Henry Zoe Samuel Hannah
Daniel Ingrid Lars Anna Jonas Chiara Luca Nadia Pavel Kwame Amara Tomás Lucía Siobhan Declan
Rachel Ben Maya Ethan Isabel Marco Leila Reza Kofi Thandiwe Ravi Ananya Kim Jae-won
""".split()
)
LAST_NAMES = tuple(
    """
Smith Johnson Williams Brown Garcia Martinez Nguyen Patel Kim Chen Wang Tanaka Sato Müller
Schmidt Rossi Bianchi Dubois Martin Silva Santos Kowalski Novak Andersson Johansson O'Brien
Murphy Walsh Okafor Mensah Haddad Khan Ahmed Singh Sharma Fernández López Jensen Hansen Cohen
Levi Ivanova Petrov Taylor Clarke Hughes Reid Campbell Baker Wright
""".split()
)
TITLES = _lines(
    """
Head of Operations
Operations Manager
Customer Success Lead
IT Administrator
VP Engineering
Product Manager
Office Manager
CTO
COO
Founder & CEO
Marketing Director
Support Team Lead
Data Analyst
Finance Manager
Senior Software Engineer
Project Coordinator
Procurement Specialist
Head of People
Sales Operations Manager
Systems Engineer
Account Director
Business Analyst
Engineering Manager
Digital Transformation Lead
"""
)
COMPANIES = _lines(
    """
Northwind Logistics
Bluepeak Analytics
Harbor & Finch
Copperleaf Health
Quantia Labs
Meridian Retail Group
Tallgrass Energy Partners
Oakridge Legal
Brightline Education
Fernway Foods
Summit Ridge Capital
Kestrel Robotics
Lumen Creative
Polar Freight
Redwood Dental Clinics
Silverline Insurance
Ironbridge Construction
Nimbus Cloudworks
Cobalt Media
Greenhouse Property
Atlas Hospitality
Veridian Pharma
Sparrow Nonprofit Network
Halcyon Travel
Mosaic Architecture
Pinecrest Manufacturing
Beacon Credit Union
Trellis HR
Orbit Telecom
Wildflower Studio
Granite Peak Outdoors
Juniper Accounting
"""
)
COMPANY_SUFFIXES = ("Ltd", "GmbH", "Inc.", "LLC", "B.V.", "", "", "")
VENDORS = (
    ("Loopwise", "loopwise.io"),
    ("Taskable", "taskable.com"),
    ("Brightdesk", "brightdesk.app"),
    ("Pulseboard", "pulseboard.co"),
    ("Notely", "notely.com"),
    ("Fieldnote", "fieldnote.io"),
)
PLANS = ("Starter", "Pro", "Business", "Enterprise", "Team", "Growth")
APP_VERSIONS = ("4.2.1", "4.3.0", "5.0.2", "5.1", "5.1.3", "6.0.0-beta")

GREETINGS = _lines(
    """
Hi team,
Hello Support,
Good morning,
Hi {agent},
Hey folks,
Dear {vendor} team,
Hello,
Hi there,
Good afternoon,
Hi all,
"""
)
OPENERS = _lines(
    """
Hope you're well.
Quick question.
Hope all is good on your side.
Following up on our call last week.
A colleague asked me to pass this on.
Long-time user, first time writing in.
Sorry if this has been asked before.
"""
)
LEAD_INS = ("Quick one: ", "Question: ", "Request: ", "Feedback: ", "FYI - ", "One thing: ")
CONTEXT_SENTENCES = _lines(
    """
We're a team of {seats} on the {plan} plan.
We've been customers since {year}.
This came up again in our weekly team meeting.
Not urgent, but it would make our lives a lot easier.
A few people on my team have asked about this.
We're evaluating whether to roll this out to the rest of the company.
Our renewal is coming up in {month}.
We have about {seats} active users across three offices.
Happy to jump on a call if that helps.
Let me know if you need anything else from me.
"""
)
SIGN_OFFS = _lines(
    """
Thanks,
Best regards,
Cheers
Many thanks,
Kind regards,
Best,
Thx
Thanks in advance,
Regards,
All the best,
"""
)
DISCLAIMERS = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended "
    "solely for the addressee. If you have received it in error, please notify the sender and "
    "delete it.",
    "This message may contain privileged information. Any unauthorised use, disclosure or "
    "copying is prohibited. {company} is registered in England and Wales, no. {number}.",
    "Please consider the environment before printing this e-mail.",
    "The information in this e-mail is confidential and may be legally privileged. It is "
    "intended solely for the addressee.",
)
MOBILE_FOOTERS = ("Sent from my iPhone", "Sent from my Android", "Sent from Outlook for iOS")
SUBJECTS = _lines(
    """
Feature request
Quick question
Suggestion
Re: Your feedback matters
Question about {vendor}
Re: Support request
Feedback
Idea
Fwd: request
"""
)
SUPPORT_REPLIES = (
    "Thanks for getting in touch! Could you tell us a bit more about what you're trying to do?",
    "Thanks for your message. We'd love to hear any feedback you have for the product team.",
    "Following up on your earlier ticket - is there anything else we can help with?",
    "Thanks for the call today. As promised, here is the summary of what we discussed.",
)

TICKET_STATUSES = ("Open", "New", "Pending", "Open", "Open", "Solved")
TICKET_PRIORITIES = ("Low", "Normal", "Normal", "Normal", "High", "Urgent")
TICKET_CHANNELS = ("Email", "Web form", "Chat", "Phone", "API", "Web widget")
TICKET_TAGS = tuple(
    """
feature-request feedback product how-to pro-plan enterprise billing onboarding mobile
integrations vip
""".split()
)
AGENT_NOTES = (
    "Internal note: customer on {plan}, escalating to product",
    "Internal note: logged as feature request, linked to existing board item",
    "Internal note: 3rd request this month from this account",
    "Internal note: told customer it's not on the roadmap yet",
    "Internal note: account renewal in {month}, CSM looped in",
)
AGENT_MACROS = (
    "Thanks for reaching out! I've passed this on to our product team.",
    "Hi {first}, thanks for the suggestion! I've shared it with the product team, who review "
    "all feature requests regularly.",
    "Thanks for your feedback - we really appreciate it. I've added your vote to this request.",
    "Great idea! While we can't promise a timeline, I've logged it for our product managers.",
)

CHAT_SMALL_TALK_OPEN = _lines(
    """
hi
hello
hey there
hi, quick question
good morning
hello?
hi!
"""
)
CHAT_AGENT_HELLOS = (
    "Hi there! How can I help today?",
    "Hello {first}, thanks for reaching out. What can I do for you?",
    "Hey! 👋 What can I help you with?",
    "Hi, thanks for waiting. How can I help?",
)
CHAT_AGENT_CLOSES = (
    "Thanks, I'll pass that on to the product team!",
    "Good suggestion - I've logged it for you.",
    "Got it. I've shared this with our product folks.",
    "Noted! Anything else I can help with?",
    "Thanks for the feedback, I'll make sure it reaches the right team.",
)
CHAT_VISITOR_CLOSES = ("thanks!", "ok thanks", "great, thank you", "cheers", "no that's all", "")
CHAT_BOT_LINES = (
    "Chat started on {page}",
    "Visitor is viewing {page}",
    "Conversation assigned to {agent}",
)
CHAT_PAGES = ("/pricing", "/app/dashboard", "/help/getting-started", "/app/settings", "/")

CALL_CONTEXT = _lines(
    """
Renewal in {month}, {seats} seats on {plan}
Overall happy with the product, uses it daily
Rolled out to {seats} users last quarter
Compared us with a competitor during the evaluation
Main contact for the account; also speaks for finance
Mentioned budget is tight this year
Team grew from {small} to {seats} people since last call
Had an outage complaint last month (resolved)
"""
)
CALL_FOLLOW_UPS = (
    "Follow up: send roadmap deck",
    "Next step: intro to solutions engineer",
    "Action: share pricing for extra seats",
    "Next call in {month}",
    "Action: log in feedback tool",
)
CALL_BULLETS = ("- ", "* ", "• ")

REVIEW_TITLES = _lines(
    """
Needs work
Almost there
Frustrating
Good but...
One missing thing
Please fix
Could be better
Love it, but
Decent app
Not bad
Hmm
Feature request
So close to 5 stars
"""
)
REVIEW_TAILS = (
    "Otherwise great app",
    "Otherwise great app!",
    "Will update my rating if fixed.",
    "Still using it every day.",
    "Please!!",
    "Thanks devs",
)
REVIEW_STORES = ("iOS", "Android", "App Store", "Google Play")

SURVEY_QUESTIONS = (
    "What is the one thing we could improve?",
    "What would make you more likely to recommend us?",
    "Anything else you'd like to tell us?",
    "What's missing from the product today?",
    "If you could change one thing, what would it be?",
)

MONTHS = tuple(
    """
January February March April May June July August September October November December
""".split()
)
WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True)
class Person:
    """A sender or contact, with what their e-mail signature shows."""

    first: str
    last: str
    title: str
    company: str
    domain: str
    phone: str
    signature_style: int
    disclaimer: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        local = _ascii(f"{self.first}.{self.last}".lower())
        return f"{re.sub(r'[^a-z.-]', '', local)}@{self.domain}"


@dataclass
class Workspace:
    """What recurs across items, like one real workspace: vendor, customers, agents, helpdesk."""

    vendor: str
    vendor_domain: str
    agents: list[str]
    contacts: list[Person]
    house_ticket: int
    house_survey: str
    ticket_number: int
    ticket_prefix: str


@dataclass(frozen=True)
class Wrapped:
    """One output text: the wrapped text, its channel and the ask as put in (maybe typo'd)."""

    text: str
    channel: str
    ask: str


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _domain(company: str) -> str:
    """One domain per company name, whatever legal suffix it is written with."""
    name = "".join(re.sub(r"[^a-z ]", "", _ascii(company).lower()).split()[:2])
    tld = random.Random(name).choice(("com", "co.uk", "io", "de", "com", "net"))
    return f"{name}.{tld}"


def _phone(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"+1 ({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
    if kind == 1:
        return f"+44 20 7946 0{rng.randint(0, 999):03d}"
    if kind == 2:
        return f"+49 30 {rng.randint(1000000, 9999999)}"
    return f"+61 2 5550 {rng.randint(1000, 9999)}"


def _person(rng: random.Random, company: str | None = None) -> Person:
    if company is None:
        company = rng.choice(COMPANIES)
        suffix = rng.choice(COMPANY_SUFFIXES)
        company = f"{company} {suffix}".strip()
    return Person(
        first=rng.choice(FIRST_NAMES),
        last=rng.choice(LAST_NAMES),
        title=rng.choice(TITLES),
        company=company,
        domain=_domain(company),
        phone=_phone(rng),
        signature_style=rng.randrange(4),
        disclaimer=rng.choice(DISCLAIMERS) if rng.random() < 0.35 else None,
    )


def make_workspace(rng: random.Random) -> Workspace:
    """Draw the parts that recur: a few customer companies with one to three contacts each."""
    vendor, vendor_domain = rng.choice(VENDORS)
    contacts = []
    for company in rng.sample(COMPANIES, 6):
        full = f"{company} {rng.choice(COMPANY_SUFFIXES)}".strip()
        disclaimer = rng.choice(DISCLAIMERS) if rng.random() < 0.5 else None
        style = rng.randrange(4)  # one company, one signature layout
        for _ in range(rng.randint(1, 3)):
            person = _person(rng, full)
            contacts.append(replace(person, signature_style=style, disclaimer=disclaimer))
    return Workspace(
        vendor=vendor,
        vendor_domain=vendor_domain,
        agents=rng.sample(FIRST_NAMES, 4),
        contacts=contacts,
        house_ticket=rng.randrange(3),
        house_survey=rng.choice(SURVEY_QUESTIONS),
        ticket_number=rng.randint(10000, 90000),
        ticket_prefix=rng.choice(("#", "HD-", "SUP-", "REQ-")),
    )


def _sender(rng: random.Random, ws: Workspace, recurring: float = 0.6) -> Person:
    """A recurring contact (earlier ones more often, like key accounts) or a one-off sender."""
    if rng.random() < recurring:
        weights = [1 / (n + 1) for n in range(len(ws.contacts))]
        return rng.choices(ws.contacts, weights=weights)[0]
    return _person(rng)


def _when(rng: random.Random) -> datetime:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(540))
    return datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randrange(60))


def _fill(rng: random.Random, template: str, ws: Workspace, person: Person, **given: str) -> str:
    """Fill a template's {placeholders} with random parts, the sender's and any `given`."""
    parts = {
        "seats": str(rng.choice((8, 12, 25, 40, 60, 120, 250, 800))),
        "small": str(rng.choice((3, 5, 6, 10))),
        "plan": rng.choice(PLANS),
        "year": str(rng.randint(2017, 2023)),
        "month": rng.choice(MONTHS),
        "vendor": ws.vendor,
        "agent": rng.choice(ws.agents),
        "first": person.first,
        "company": person.company,
        "page": rng.choice(CHAT_PAGES),
    }
    return template.format(**{**parts, **given})


def _signature(rng: random.Random, person: Person) -> str:
    url = rng.choice((f"www.{person.domain}", f"https://{person.domain}"))
    style = person.signature_style
    if style == 0:
        lines = ["-- ", person.name, f"{person.title} | {person.company}", person.phone, url]
    elif style == 1:
        lines = [person.name, f"{person.title}, {person.company}", f"M: {person.phone}", url]
    elif style == 2:
        lines = [person.name, person.title, "", person.company, f"T {person.phone} | {url}"]
    else:
        lines = [f"{person.first} {person.last[0]}.", person.company]
    if person.disclaimer:
        number = random.Random(person.company).randint(1000000, 9999999)  # fixed per company
        lines += ["", person.disclaimer.format(company=person.company, number=number)]
    return "\n".join(lines)


def _quoted_reply(rng: random.Random, ws: Workspace, person: Person, when: datetime) -> str:
    earlier = when - timedelta(days=rng.randint(1, 20), minutes=rng.randint(5, 600))
    agent = rng.choice(ws.agents)
    support = f"help@{ws.vendor_domain}"
    body = [
        f"Hi {person.first},",
        "",
        rng.choice(SUPPORT_REPLIES),
        "",
        "Best,",
        agent,
        f"{ws.vendor} Support",
    ]
    if rng.random() < 0.6:
        head = (
            f"On {earlier:%a}, {earlier.day} {earlier:%b %Y} at {earlier:%H:%M}, "
            f"{ws.vendor} Support <{support}> wrote:"
        )
        return head + "\n" + "\n".join(f"> {line}".rstrip() for line in body)
    head = (
        "-----Original Message-----\n"
        f"From: {ws.vendor} Support <{support}>\n"
        f"Sent: {earlier:%A}, {earlier:%B} {earlier.day}, {earlier:%Y %I:%M %p}\n"
        f"To: {person.name} <{person.email}>\n"
        f"Subject: RE: {rng.choice(('Your request', 'Feedback', 'Follow-up', 'Welcome'))}"
    )
    return head + "\n\n" + "\n".join(body)


def wrap_email(rng: random.Random, ask: str, ws: Workspace) -> str:
    """An e-mail body: greeting, the ask, maybe context, sign-off, signature, quoted reply."""
    person = _sender(rng, ws)
    when = _when(rng)
    parts = []
    if rng.random() < 0.2:
        parts.append(f"Subject: {_fill(rng, rng.choice(SUBJECTS), ws, person)}")
    if rng.random() < 0.8:
        parts.append(_fill(rng, rng.choice(GREETINGS), ws, person))
    body = ask
    if rng.random() < 0.25:
        body = rng.choice(LEAD_INS) + ask
    if rng.random() < 0.3:
        body = rng.choice(OPENERS) + (" " if rng.random() < 0.5 else "\n\n") + body
    parts.append(body)
    if rng.random() < 0.5:
        parts.append(_fill(rng, rng.choice(CONTEXT_SENTENCES), ws, person))
    sign_off = rng.choice(SIGN_OFFS)
    roll = rng.random()
    if roll < 0.15:
        parts.append(f"{sign_off}\n{person.first}\n\n{rng.choice(MOBILE_FOOTERS)}")
    elif roll < 0.3:
        parts.append(f"{sign_off}\n{person.first}")
    elif person.signature_style == 0:  # "-- " delimiter after the name
        parts.append(f"{sign_off}\n{person.first}\n\n{_signature(rng, person)}")
    else:
        parts.append(f"{sign_off}\n{_signature(rng, person)}")
    if rng.random() < 0.3:
        parts.append(_quoted_reply(rng, ws, person, when))
    return "\n\n".join(parts)


def wrap_ticket(rng: random.Random, ask: str, ws: Workspace) -> str:
    """A helpdesk ticket: header lines, the customer's words, an agent note or macro."""
    person = _sender(rng, ws, recurring=0.5)
    when = _when(rng)
    ws.ticket_number += rng.randint(1, 40)
    ticket = f"{ws.ticket_prefix}{ws.ticket_number}"
    template = ws.house_ticket if rng.random() < 0.75 else rng.randrange(3)
    status, priority = rng.choice(TICKET_STATUSES), rng.choice(TICKET_PRIORITIES)
    channel = rng.choice(TICKET_CHANNELS)
    if template == 0:
        head = (
            f"Ticket {ticket} | Status: {status} | Priority: {priority}\n"
            f"Channel: {channel} | Requester: {person.name} <{person.email}>\n"
            f"Created: {when:%Y-%m-%d %H:%M}"
        )
        body = f"Customer wrote:\n{ask}"
    elif template == 1:
        head = (
            f"[{ticket}] {rng.choice(('New request', 'Feature request', 'Question'))}\n"
            f"From: {person.name} ({person.company})\n"
            f"Via: {channel}   Priority: {priority}   Status: {status}"
        )
        body = f"Description:\n{ask}"
    else:
        tags = ", ".join(rng.sample(TICKET_TAGS, rng.randint(1, 3)))
        head = (
            f"Request ID: {ticket}\nRequester: {person.email}\nOrganization: {person.company}\n"
            f"Assignee: {rng.choice(ws.agents)}\nTags: {tags}\nStatus: {status.upper()}"
        )
        body = f"{person.name} ({when:%d/%m/%Y %H:%M}):\n{ask}"
    parts = [head, body]
    roll = rng.random()
    if roll < 0.45:
        parts.append(_fill(rng, rng.choice(AGENT_NOTES), ws, person))
    elif roll < 0.9:
        agent = rng.choice(ws.agents)
        parts.append(f"{agent} replied:\n{_fill(rng, rng.choice(AGENT_MACROS), ws, person)}")
    else:
        parts.append(_fill(rng, rng.choice(AGENT_NOTES), ws, person))
        parts.append(f"Public reply:\n{_fill(rng, rng.choice(AGENT_MACROS), ws, person)}")
    return "\n\n".join(parts)


def wrap_chat(rng: random.Random, ask: str, ws: Workspace) -> str:
    """A chat transcript: timestamps, visitor and agent turns with small talk around the ask."""
    person = _sender(rng, ws, recurring=0.3)
    when = _when(rng)
    agent = rng.choice(ws.agents)
    style = rng.randrange(3)
    visitor = rng.choice(("Visitor", "Customer", person.first, person.name))
    agent_label = rng.choice((f"Agent ({agent})", agent, "Agent", f"{agent} ({ws.vendor})"))
    minute = 0

    def stamp() -> str:
        moment = when + timedelta(minutes=minute, seconds=rng.randrange(60))
        if style == 0:
            return f"[{moment:%H:%M}] "
        if style == 1:
            return f"{moment:%Y-%m-%d %H:%M:%S} "
        return f"({moment:%I:%M %p}) ".replace("(0", "(")

    lines = []
    if rng.random() < 0.4:
        bot = _fill(rng, rng.choice(CHAT_BOT_LINES), ws, person, agent=agent)
        lines.append(f"{stamp()}System: {bot}")
    if rng.random() < 0.7:
        lines.append(f"{stamp()}{visitor}: {rng.choice(CHAT_SMALL_TALK_OPEN)}")
        minute += rng.randint(0, 2)
        hello = _fill(rng, rng.choice(CHAT_AGENT_HELLOS), ws, person, agent=agent)
        lines.append(f"{stamp()}{agent_label}: {hello}")
        minute += rng.randint(0, 2)
    lines.append(f"{stamp()}{visitor}: {ask}")
    minute += rng.randint(1, 4)
    lines.append(f"{stamp()}{agent_label}: {rng.choice(CHAT_AGENT_CLOSES)}")
    close = rng.choice(CHAT_VISITOR_CLOSES)
    if close:
        minute += rng.randint(0, 1)
        lines.append(f"{stamp()}{visitor}: {close}")
    if rng.random() < 0.3:
        lines.append(f"{stamp()}System: {rng.choice(('Chat ended', 'Visitor left the chat'))}")
    return "\n".join(lines)


def wrap_call(rng: random.Random, ask: str, ws: Workspace) -> str:
    """Call notes: a header line, context bullets, the ask as one bullet in its own words."""
    person = _sender(rng, ws, recurring=0.7)
    when = _when(rng)
    date_text = rng.choice((f"{when.day} {when:%b %Y}", f"{when:%Y-%m-%d}", f"{when:%d/%m/%y}"))
    dash = rng.choice(("—", "-", "|"))
    head = f"Call with {person.company} ({person.name}, {person.title}) {dash} {date_text}"
    bullet = rng.choice(CALL_BULLETS)
    context = [_fill(rng, c, ws, person) for c in rng.sample(CALL_CONTEXT, rng.randint(1, 3))]
    points = [*context]
    points.insert(rng.randint(0, len(points)), ask)
    lines = [head]
    if rng.random() < 0.5:
        lines.append(f"Attendees: {person.name}, {rng.choice(ws.agents)} (CSM)")
    lines.append("")
    lines += [f"{bullet}{point}" for point in points]
    if rng.random() < 0.6:
        lines.append(f"{bullet}{_fill(rng, rng.choice(CALL_FOLLOW_UPS), ws, person)}")
    return "\n".join(lines)


def wrap_review(rng: random.Random, ask: str, ws: Workspace) -> str:
    """An app-store review: a star rating, a title line, the ask, maybe a closing remark."""
    stars = rng.choices((1, 2, 3, 4, 5), weights=(2, 3, 4, 3, 1))[0]
    rating = "★" * stars + "☆" * (5 - stars) if rng.random() < 0.6 else f"Rating: {stars}/5"
    title = rng.choice(REVIEW_TITLES)
    lines = [rating, title if rng.random() < 0.5 else f"Title: {title}", ask]
    if rng.random() < 0.4:
        lines.append(rng.choice(REVIEW_TAILS))
    if rng.random() < 0.35:
        handle = rng.choice(FIRST_NAMES) + rng.choice(("", str(rng.randint(1, 99)), "_x"))
        store = rng.choice(REVIEW_STORES)
        lines.append(f"— {handle}, {store}, v{rng.choice(APP_VERSIONS)}")
    return "\n".join(lines)


def wrap_survey(rng: random.Random, ask: str, ws: Workspace) -> str:
    """A survey answer: the open question and the ask as its answer, sometimes with an NPS."""
    question = ws.house_survey if rng.random() < 0.8 else rng.choice(SURVEY_QUESTIONS)
    lines = []
    if rng.random() < 0.4:
        lines.append(f"NPS: {rng.randint(0, 10)}")
    if rng.random() < 0.5:
        lines += [f"Q: {question}", f"A: {ask}"]
    else:
        number = rng.randint(2, 6)
        lines += [f"Q{number}. {question}", f"A: {ask}"]
    return "\n".join(lines)


WRAPPERS: dict[str, Callable[[random.Random, str, Workspace], str]] = {
    "email": wrap_email,
    "ticket": wrap_ticket,
    "chat": wrap_chat,
    "call": wrap_call,
    "review": wrap_review,
    "survey": wrap_survey,
}


def add_typos(text: str, rng: random.Random, count: int) -> str:
    """Put `count` typos (swap two letters, drop or double one) into distinct words of 4+ letters.

    Args:
        text: The text to change.
        rng: Source of randomness.
        count: How many words to change; fewer if the text has fewer such words.

    Returns:
        The text with each picked word changed once; unchanged if no word has 4+ letters.
    """
    words = list(WORD.finditer(text))
    picked = sorted(rng.sample(words, min(count, len(words))), key=lambda m: m.start())
    out, last = [], 0
    for match in picked:
        word = match.group()
        swaps = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
        kind = rng.choice(("swap", "drop", "double")) if swaps else rng.choice(("drop", "double"))
        if kind == "swap":
            i = rng.choice(swaps)
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "drop":
            i = rng.randrange(1, len(word))  # keep the first letter, as most typos do
            new = word[:i] + word[i + 1 :]
        else:
            i = rng.randrange(len(word))
            new = word[: i + 1] + word[i:]
        out += [text[last : match.start()], new]
        last = match.end()
    return "".join(out) + text[last:]


def wrap_texts(
    texts: Sequence[str], share: float = 0.7, typo_share: float = 0.25, seed: int = 0
) -> list[Wrapped]:
    """Wrap a share of the texts in channel envelopes and put typos into another share.

    Exactly round(share * n) texts are wrapped and round(typo_share * n) get one or two typos,
    the two picked independently. Empty texts are counted but left as they are.

    Args:
        texts: The asks, in order.
        share: Share of texts to wrap, in [0, 1].
        typo_share: Share of texts whose ask gets typos, in [0, 1].
        seed: Seed for every random choice.

    Returns:
        One `Wrapped` per text, in order.

    Raises:
        ValueError: If a share is outside [0, 1].
    """
    for name, value in (("share", share), ("typo_share", typo_share)):
        if not 0 <= value <= 1:
            raise ValueError(f"{name} must be in [0, 1], got {value}")
    rng = random.Random(seed)
    ws = make_workspace(rng)
    n = len(texts)
    wrapped = set(rng.sample(range(n), round(share * n)))
    typoed = set(rng.sample(range(n), round(typo_share * n)))
    out = []
    for i, text in enumerate(texts):
        ask = text
        if i in typoed and text.strip():
            ask = add_typos(text, rng, rng.choice((1, 1, 2)))
        if i in wrapped and text.strip():
            channel = rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0]
            out.append(Wrapped(WRAPPERS[channel](rng, ask, ws), channel, ask))
        else:
            out.append(Wrapped(ask, "plain", ask))
    return out


def wrap_rows(
    rows: Sequence[dict[str, str]],
    text_col: str = "text",
    share: float = 0.7,
    typo_share: float = 0.25,
    seed: int = 0,
) -> list[dict[str, str]]:
    """Copies of the rows with `text_col` wrapped and a `channel` column added."""
    results = wrap_texts([row[text_col] or "" for row in rows], share, typo_share, seed)
    return [
        {**row, text_col: result.text, "channel": result.channel}
        for row, result in zip(rows, results, strict=True)
    ]


def wrap_file(
    source: Path,
    target: Path,
    text_col: str = "text",
    label_col: str = "label",
    share: float = 0.7,
    typo_share: float = 0.25,
    seed: int = 0,
) -> dict[str, int]:
    """Read a labelled CSV, write the wrapped copy, and count the rows per channel.

    Raises:
        ValueError: If a column is missing, `channel` already exists, or a share is invalid.
    """
    with source.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        columns = list(reader.fieldnames or [])
        rows = list(reader)
    missing = {text_col, label_col} - set(columns)
    if missing:
        raise ValueError(f"{source}: missing column(s) {sorted(missing)}")
    if "channel" in columns:
        raise ValueError(f"{source}: already has a 'channel' column")
    out = wrap_rows(rows, text_col, share, typo_share, seed)
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*columns, "channel"])
        writer.writeheader()
        writer.writerows(out)
    counts: dict[str, int] = {}
    for row in out:
        counts[row["channel"]] = counts.get(row["channel"], 0) + 1
    return counts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("source", type=Path, help="labelled CSV to read")
    parser.add_argument("target", type=Path, help="CSV to write")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--label-col", default="label")
    parser.add_argument("--share", type=float, default=0.7, help="share of texts to wrap")
    parser.add_argument("--typo-share", type=float, default=0.25, help="share with typos")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        counts = wrap_file(
            args.source,
            args.target,
            args.text_col,
            args.label_col,
            args.share,
            args.typo_share,
            args.seed,
        )
    except ValueError as exc:
        parser.error(str(exc))
    total = sum(counts.values())
    summary = ", ".join(f"{name} {counts[name]}" for name in (*CHANNELS, "plain") if name in counts)
    print(f"wrote {total} rows to {args.target}: {summary}")


if __name__ == "__main__":
    main()
