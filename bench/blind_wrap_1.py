#!/usr/bin/env python3
"""Written on 2026-12-05 by a contributor who never saw the product's envelope code
(triage/envelope*.py), as a blind test of it.

Wrap short labelled customer requests in realistic support-channel envelopes.

Held-out test harness: written from scratch, without looking at the product it tests.

    python bench/blind_wrap_1.py IN.csv OUT.csv [--seed 1] [--share 0.7]
        [--typo-share 0.25] [--verify]

IN.csv needs a text column and a label column (auto-detected: text/utterance/query and
label/category/intent; override with --text-col/--label-col). OUT.csv has columns
text,label,channel followed by any other input columns, same rows in the same order.
The request is always inserted verbatim (after optional typos); only in e-mail replies it
may be hard-wrapped over two lines (one space replaced by a newline).
"""

import argparse
import csv
import random
import re
import sys
from datetime import datetime, timedelta

CHANNELS = [
    "email_reply",
    "forwarded",
    "ticket",
    "chat",
    "call_notes",
    "review",
    "survey",
    "slack",
    "html",
]

FIRST = [
    "Anna",
    "Ben",
    "Carlos",
    "Dana",
    "Elif",
    "Farah",
    "George",
    "Hannah",
    "Ivan",
    "Julia",
    "Kenji",
    "Laura",
    "Marco",
    "Nadia",
    "Oliver",
    "Priya",
    "Quentin",
    "Rosa",
    "Sam",
    "Tariq",
    "Ursula",
    "Victor",
    "Wei",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Maya",
    "Liam",
    "Chloe",
    "Mateo",
]
LAST = [
    "Andersen",
    "Brooks",
    "Chen",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Hughes",
    "Ito",
    "Jansen",
    "Kowalski",
    "Lopez",
    "Murphy",
    "Nguyen",
    "O'Brien",
    "Patel",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Usman",
    "Vargas",
    "Walsh",
    "Young",
    "Zimmermann",
    "Kaur",
    "Novak",
    "Silva",
]
COMPANIES = [
    ("Northwind Traders", "northwind-traders.com"),
    ("Bluepeak Logistics", "bluepeak.co"),
    ("Harbor & Finch LLP", "harborfinch.com"),
    ("Meridian Health Group", "meridianhg.org"),
    ("Quantix GmbH", "quantix.de"),
    ("Lumen Retail Ltd", "lumenretail.co.uk"),
    ("Oakridge Partners", "oakridgepartners.com"),
    ("Pixelfort Studios", "pixelfort.io"),
    ("Sato Manufacturing", "sato-mfg.jp"),
    ("Greenleaf Foods", "greenleaffoods.com"),
    ("Vantage Realty", "vantagerealty.net"),
    ("Corvid Analytics", "corvid.ai"),
    ("Brightwater Schools", "brightwater.edu"),
    ("Nordlys AS", "nordlys.no"),
]
VENDORS = [
    ("Acme", "acme.io"),
    ("Brightlane", "brightlane.app"),
    ("Helio", "heliohq.com"),
    ("Stackwise", "stackwise.dev"),
    ("Paylio", "paylio.com"),
    ("Kestrel", "kestrel.cloud"),
]
TITLES = [
    "Operations Manager",
    "Head of Finance",
    "Office Administrator",
    "IT Coordinator",
    "Senior Account Executive",
    "Customer Success Lead",
    "Procurement Specialist",
    "Director of Engineering",
    "Founder & CEO",
    "Executive Assistant",
    "Product Owner",
]
LEADINS = [
    "Quick question from our finance team.",
    "Hope you're well.",
    "Hope you can help.",
    "Quick question.",
    "I hope this is the right address for this.",
    "Following up on my call with your colleague earlier.",
    "Sorry to bother you again.",
    "Reaching out on behalf of our team.",
    "Hope you had a good weekend.",
]
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely "
    "for the addressee. If you have received it in error, please notify the sender immediately and "
    "delete it. Any unauthorised use, disclosure or copying is strictly prohibited.",
    "The information contained in this communication from {company} is confidential and may be "
    "legally privileged. It is intended solely for use by the recipient and others authorised to "
    "receive it.",
    "This message has been scanned for viruses and dangerous content and is believed to be clean.\n"
    "Please consider the environment before printing this e-mail.",
    "{company} is registered in England and Wales under company number {num}. Registered office: "
    "{street}. E-mails may be monitored for compliance purposes.",
]
AGENT_REPLIES = [
    "Thanks for contacting {vendor} Support! We've received your message and a member of our "
    "team will get back to you within 24 hours.",
    "Hi {first},\n\nThanks for reaching out. Could you share a bit more detail so we can look "
    "into this for you?\n\nBest,\n{agent}\n{vendor} Support",
    "Your request ({ticket}) has been received and is being reviewed by our support staff.\n"
    "To add additional comments, reply to this email.",
    "Hi {first},\n\nJust checking in to see if there's anything else we can help with. If we "
    "don't hear back, this ticket will close automatically in 3 days.\n\nKind regards,\n{agent}",
]
STREETS = [
    "221 Market St, Suite 400, San Francisco, CA 94105",
    "14 Canal Street, Manchester M1 3HE",
    "Friedrichstr. 68, 10117 Berlin",
    "80 Collins St, Melbourne VIC 3000",
    "1 Harbourfront Ave, Singapore 099253",
]
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


# ----------------------------------------------------------------------------- typos
def typo_word(word, rng):
    """One realistic typo, never touching the first two characters."""
    for _ in range(20):
        op = rng.choice(["swap", "drop", "double", "neighbour"])
        i = rng.randrange(2, len(word))
        if op == "swap":
            if i + 1 >= len(word) or word[i] == word[i + 1]:
                continue
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif op == "drop":
            new = word[:i] + word[i + 1 :]
        elif op == "double":
            new = word[:i] + word[i] + word[i:]
        else:
            keys = NEIGHBOURS.get(word[i].lower())
            if not keys:
                continue
            k = rng.choice(keys)
            new = word[:i] + (k.upper() if word[i].isupper() else k) + word[i + 1 :]
        if new != word:
            return new
    return word


def add_typos(text, rng):
    """Put one or two typos into distinct words of >= 4 letters; placeholders/acronyms skipped."""
    protected = [m.span() for m in re.finditer(r"\{\{.*?\}\}|\S+@\S+|https?://\S+", text)]
    cands = [
        m
        for m in re.finditer(r"(?<![\w'])[A-Za-z]{4,}(?![\w'])", text)
        if not m.group().isupper() and not any(a <= m.start() < b for a, b in protected)
    ]
    if not cands:
        return text
    n = 2 if rng.random() < 0.3 and len(cands) > 1 else 1
    for m in sorted(rng.sample(cands, n), key=lambda m: -m.start()):
        text = text[: m.start()] + typo_word(m.group(), rng) + text[m.end() :]
    return text


# ----------------------------------------------------------------------------- fake data
class Fake:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def person(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def email(self, name, domain):
        first, last = name.lower().replace("'", "").split(" ", 1)
        local = self.pick([f"{first}.{last}", f"{first[0]}{last}", first, f"{first}_{last[0]}"])
        return f"{local}@{domain}"

    def when(self):
        return datetime(2024, 1, 1, 7) + timedelta(
            days=self.r.randrange(1000), minutes=self.r.randrange(11 * 60)
        )

    def ticket(self):
        return self.r.randint(10000, 999999)

    def phone(self):
        r = self.r
        return self.pick(
            [
                f"+1 ({r.randint(201, 989)}) 555-{r.randint(100, 199):04d}",
                f"+44 20 7946 {r.randint(0, 999):04d}",
                f"+49 30 {r.randint(100000, 999999)}",
                f"{r.randint(201, 989)}.555.{r.randint(100, 199):04d}",
            ]
        )

    def slack_id(self):
        return "U0" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def ampm(d):
    return f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def gmail_date(d):
    return f"{d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}"


def gmail_us_date(d):
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)}"


def outlook_date(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {ampm(d)}"


def short_date(f, d):
    return f.pick(
        [f"{d:%Y-%m-%d}", f"{d.day} {d:%b %Y}", f"{d:%m/%d/%Y}", f"{d:%b} {d.day}, {d.year}"]
    )


def split_two(req, rng):
    """Hard-wrap a longer request over two lines (as narrow mail clients do)."""
    words = req.split(" ")
    if len(words) < 8:
        return req
    k = rng.randint(len(words) // 2 - 1, len(words) // 2 + 1)
    return " ".join(words[:k]) + "\n" + " ".join(words[k:])


def subject_for(req, f):
    words = req.split()
    if f.r.random() < 0.5:
        k = f.r.randint(3, 6)
        return " ".join(words[:k]) + ("..." if len(words) > k else "")
    return f.pick(
        [
            "Question",
            "Quick question",
            "Help needed",
            "Request",
            "(no subject)",
            "Follow up",
            "Account question",
            "Support request",
        ]
    )


def signature(f, name, company, domain):
    lines = ["--"] if f.r.random() < 0.35 else []
    lines.append(name)
    title = f.pick(TITLES)
    if f.r.random() < 0.3:
        lines.append(f"{title} | {company}")
    else:
        if f.r.random() < 0.8:
            lines.append(title)
        lines.append(company)
    if f.r.random() < 0.7:
        lines.append(f.pick(["T: ", "Tel. ", "Mobile: ", "", "Direct: "]) + f.phone())
    if f.r.random() < 0.6:
        lines.append(f.pick([f"www.{domain}", f"https://{domain}", f"https://www.{domain}/"]))
    if f.r.random() < 0.2:
        lines.append(f.pick(STREETS))
    return "\n".join(lines)


def agent_reply(f, first, vendor):
    return f.pick(AGENT_REPLIES).format(
        vendor=vendor, first=first, agent=f.pick(FIRST), ticket=f"#{f.ticket()}"
    )


# ----------------------------------------------------------------------------- envelopes
def env_email_reply(req, f):
    r = f.r
    name, (company, domain) = f.person(), f.pick(COMPANIES)
    vendor, vdom = f.pick(VENDORS)
    greeting = f.pick(
        [
            "Hi team,",
            "Hello Support,",
            "Dear Sir or Madam,",
            "Hey folks -",
            "Hi there,",
            "Hello,",
            f"Hi {f.pick(FIRST)},",
            "Good morning,",
            "Hi all,",
        ]
    )
    body = split_two(req, r) if r.random() < 0.25 else req
    if r.random() < 0.4:
        lead = f.pick(LEADINS)
        body = f"{lead} {body}" if r.random() < 0.5 else f"{lead}\n\n{body}"
    closing = f.pick(
        [
            "Thanks in advance,",
            "Best regards,",
            "Cheers,",
            "Thanks,",
            "Kind regards,",
            "Many thanks,",
            "Regards,",
            "Thank you!",
            "Best,",
        ]
    )
    mobile = r.random() < 0.2
    sig = name.split()[0] if mobile and r.random() < 0.5 else signature(f, name, company, domain)
    parts = [greeting + ("\n" if r.random() < 0.8 else ""), body + "\n", closing, sig]
    if not mobile and r.random() < 0.25:
        parts.append(
            "\n"
            + f.pick(DISCLAIMERS).format(
                company=company, num=r.randint(10**6, 10**7), street=f.pick(STREETS)
            )
        )
    if mobile:
        parts.append(
            "\n"
            + f.pick(
                [
                    "Sent from my iPhone",
                    "Get Outlook for Android",
                    "Get Outlook for iOS",
                    "Sent from my Galaxy",
                ]
            )
        )
    q, d = r.random(), f.when()
    if q < 0.3:
        older = agent_reply(f, name.split()[0], vendor)
        quoted = "\n".join("> " + ln if ln else ">" for ln in older.split("\n"))
        parts.append(
            f"\nOn {f.pick([gmail_date(d), gmail_us_date(d)])}, {vendor} Support "
            f"<support@{vdom}> wrote:\n{quoted}"
        )
    elif q < 0.5:
        parts.append(
            f"\n-----Original Message-----\nFrom: {vendor} Support <support@{vdom}>\n"
            f"Sent: {outlook_date(d)}\nTo: {name} <{f.email(name, domain)}>\n"
            f"Subject: RE: [Ticket #{f.ticket()}] "
            f"{f.pick(['Your request', 'Update', 'We received your message'])}\n\n"
            f"{agent_reply(f, name.split()[0], vendor)}"
        )
    return "\n".join(parts)


def env_forwarded(req, f):
    r = f.r
    fwd, cust = f.person(), f.person()
    (_, domain), (_, cdom) = f.pick(COMPANIES), f.pick(COMPANIES)
    vendor, vdom = f.pick(VENDORS)
    note = f.pick(
        [
            "FYI, see below from one of our customers.",
            "Forwarding this one - can someone take a look?",
            "See below.",
            "Hi support, forwarding from a client of ours.",
            "Passing this along, thanks!",
            "FYI",
            "Can you help with this one?",
        ]
    )
    top = f"{note}\n\n{f.pick(['Thanks,', 'Best,', 'Cheers,', ''])}\n{fwd.split()[0]}".replace(
        "\n\n\n", "\n\n"
    )
    d, subj = f.when(), subject_for(req, f)
    cmail = f.email(cust, cdom)
    style = r.randrange(3)
    if style == 0:
        hdr = (
            f"---------- Forwarded message ---------\nFrom: {cust} <{cmail}>\n"
            f"Date: {gmail_us_date(d)}\nSubject: {subj}\nTo: <{f.email(fwd, domain)}>"
        )
    elif style == 1:
        hdr = (
            f"________________________________\nFrom: {cust} <{cmail}>\nSent: {outlook_date(d)}\n"
            f"To: {fwd} <{f.email(fwd, domain)}>\nSubject: {subj}"
        )
    else:
        hdr = (
            f"Begin forwarded message:\n\nFrom: {cust} <{cmail}>\nSubject: {subj}\n"
            f"Date: {d:%B} {d.day}, {d.year} at {ampm(d)} GMT+1\nTo: support@{vdom}"
        )
    greet = f.pick(["Hi,\n\n", "Hello,\n\n", "", "Hi there,\n"])
    bye = f.pick([f"\n\nThanks,\n{cust.split()[0]}", f"\n\n{cust}", "", f"\n\nRegards\n{cust}"])
    return f"{top}\n\n{hdr}\n\n{greet}{req}{bye}"


def env_ticket(req, f):
    r = f.r
    name, (company, domain) = f.person(), f.pick(COMPANIES)
    tid, d, subj, agent = f.ticket(), f.when(), subject_for(req, f), f.pick(FIRST)
    remark = f.pick(
        [
            "Customer on Pro plan, escalating to tier 2.",
            "Checked account, no open incidents.",
            "Merged with duplicate ticket.",
            "VIP account - please prioritise.",
            "Assigned to EMEA queue.",
            "Macro applied: first response.",
        ]
    )
    style = r.randrange(3)
    if style == 0:  # Zendesk
        head = ["##- Please type your reply above this line -##", ""] if r.random() < 0.7 else []
        meta = [
            f"Requester: {name} <{f.email(name, domain)}>",
            f"Priority: {f.pick(['Normal', 'Low', 'High'])}",
            f"Status: {f.pick(['Open', 'New', 'Pending'])}",
            f"Channel: {f.pick(['Web form', 'Email', 'Widget'])}",
            f"Created: {short_date(f, d)} {d:%H:%M}",
        ]
        r.shuffle(meta)
        lines = head + [f"Ticket #{tid}"] + meta + [f"Subject: {subj}", "", "Description:", req]
        note = f"Internal note ({agent}): {remark}"
    elif style == 1:  # Freshdesk
        meta = [
            f"Contact: {name} ({company})",
            f"Type: {f.pick(['Question', 'Incident', 'Problem'])}",
            f"Priority: {f.pick(['Low', 'Medium', 'Urgent'])}",
            f"Group: {f.pick(['Customer Support', 'EMEA Support', 'Tier 1'])}",
            f"Source: {f.pick(['Email', 'Portal', 'Phone'])}",
        ]
        r.shuffle(meta)
        lines = (
            [f"Ticket ID: #{tid} | Status: Open"] + meta + [f"Subject: {subj}", "Description:", req]
        )
        note = f"---\nPrivate note by {agent}: {remark}"
    else:  # Jira Service Management
        lines = [
            f"{f.pick(['CS', 'SUP', 'HELP'])}-{tid % 10000}",
            f"Summary: {subj}",
            f"Request type: {f.pick(['Ask a question', 'General enquiry', 'Other'])}",
            f"Reporter: {name}",
            f"Status: {f.pick(['Waiting for support', 'Open', 'In progress'])}",
            f"Created: {short_date(f, d)}",
            "",
            "Description",
            req,
        ]
        note = f"\nInternal comment - {agent} {f.pick(FIRST)[0]}.: {remark}"
    if r.random() < 0.35:
        lines.append(note if style else "\n" + note)
    return "\n".join(lines)


def env_chat(req, f):
    r = f.r
    d, agent = f.when(), f.pick(FIRST)
    fmt = r.randrange(3)

    def ts():
        nonlocal d
        d += timedelta(seconds=r.randint(5, 120))
        return [f"[{d:%H:%M}]", ampm(d), f"({d:%H:%M:%S})"][fmt]

    who = f.pick(["Visitor", "Customer", "Guest " + str(r.randint(1000, 9999)), f.pick(FIRST)])
    lines = []
    if r.random() < 0.5:
        lines += [
            f.pick(
                [
                    f"Conversation with {who} · {short_date(f, d)}",
                    "Chat transcript",
                    f"--- Chat started {short_date(f, d)} ---",
                ]
            ),
            "",
        ]
    lines.append(
        f"{ts()} Bot: "
        + f.pick(
            [
                "Hi there 👋 How can we help?",
                "Hello! 👋 What can I do for you today?",
                "Hey! Ask us anything, or share your feedback.",
            ]
        )
    )
    if r.random() < 0.3:
        lines.append(f"{ts()} {who}: {f.pick(['hi', 'hello', 'Hi'])}")
    lines.append(f"{ts()} {who}: {req}")
    if r.random() < 0.4:
        lines.append(f"{ts()} {who}: {f.pick(['thanks', 'thank you!', 'ty', 'thx'])}")
    if r.random() < 0.5:
        lines.append(f"{ts()} {agent} joined the conversation")
    lines.append(
        f"{ts()} Agent {agent}: "
        + f.pick(
            [
                "Thanks! Let me check that for you.",
                "Happy to help - one moment please.",
                "Thanks for waiting, looking into it now.",
            ]
        )
    )
    end = f.pick(["Conversation rated: 👍", "Chat ended by visitor", "Rating: 😀 Great", ""])
    return "\n".join(lines + ([end] if end else []))


def env_call_notes(req, f):
    r = f.r
    (company, _), (vendor, _) = f.pick(COMPANIES), f.pick(VENDORS)
    d, context = (
        f.when(),
        f.pick(
            [
                "renewal discussion",
                "QBR",
                "onboarding check-in",
                "quarterly review",
                "expansion call",
            ]
        ),
    )
    head = f.pick(
        [
            f"Call notes – {company} – {short_date(f, d)}",
            f"{company} <> {vendor} | {context} | {short_date(f, d)}",
            f"Meeting: {context} with {company} ({short_date(f, d)})",
        ]
    )
    cust = ", ".join(f"{f.person()} ({company})" for _ in range(r.randint(1, 3)))
    ours = f"{f.person()} ({f.pick(['AE', 'CSM', 'SE'])})"
    lines = [head, f"Attendees: {cust}; {ours}", f"Context: {context}", ""]
    generic = [
        "Pricing discussed, no changes",
        "Next step: follow-up demo",
        "Happy with onboarding so far",
        "Champion moving to new role in Q3",
        "Usage up vs last quarter",
        "Send recap + deck after call",
        "Security review still pending on their side",
    ]
    if r.random() < 0.5:
        lines.append(
            f"{f.pick(['Customer asked:', 'Ask from customer:', 'They asked:', 'Open question:'])} "
            f"{req}"
        )
        lines.append(
            f"Next step: {f.pick(['follow-up demo', 'send pricing sheet', 'check in two weeks'])}"
        )
    else:
        bullets = [f"- {b}" for b in r.sample(generic, r.randint(2, 4))]
        bullets.insert(r.randint(0, len(bullets)), f"- {f.pick(['', 'Customer: ', 'Q: '])}{req}")
        lines += [f.pick(["Notes:", "Key points:", "Summary:"])] + bullets
    if r.random() < 0.4:
        lines += [
            "",
            f.pick(
                [
                    f"Recorded in Gong · {r.randint(18, 55)} min",
                    f"Logged to Salesforce by {f.person()}",
                ]
            ),
        ]
    return "\n".join(lines)


def env_review(req, f):
    r = f.r
    stars, d = r.randint(1, 5), f.when()
    rating = f.pick(
        [
            "★" * stars + "☆" * (5 - stars),
            f"Rating: {stars}/5",
            f"{stars} star{'s' if stars > 1 else ''}",
            f"{stars}.0 out of 5 stars",
        ]
    )
    title = f.pick(
        ["Needs work", "Frustrating", "Could be better"]
        if stars <= 2
        else ["Good but…", "Almost there", "Mixed feelings", "Decent"]
        if stars <= 4
        else ["Great app", "Love it", "Almost perfect", "One request"]
    )
    user = f.pick(FIRST).lower() + str(r.randint(1, 99))
    if r.random() < 0.25:  # G2-style Q&A review
        body = (
            "What do you like best?\n"
            f"{f.pick(['Easy to set up.', 'Clean interface.', 'Support is responsive.'])}\n\n"
            f"What do you dislike?\n{req}"
        )
        meta = (
            "Reviewed on G2 · Verified user · "
            f"{f.pick(['Small-Business (50 or fewer emp.)', 'Mid-Market (51-1000 emp.)'])}"
        )
    else:
        body = f.pick(
            [
                "Overall fine but {}",
                "{}",
                "Been using it for a while. {}",
                "Love the app, one thing though: {}",
                "Updated my review. {}",
            ]
        ).format(req)
        meta = f.pick(
            [
                f"Version {r.randint(1, 6)}.{r.randint(0, 12)}.{r.randint(0, 9)} · "
                f"iPhone {r.randint(11, 16)}",
                f"App version {r.randint(1, 6)}.{r.randint(0, 12)} "
                f"(Android {r.randint(11, 15)}, Pixel {r.randint(5, 9)})",
            ]
        )
    helpful = f.pick(
        [
            f"Was this review helpful? Yes ({r.randint(0, 40)}) No ({r.randint(0, 9)})",
            f"{r.randint(2, 60)} people found this helpful",
        ]
    )
    lines = [rating, title, f"by {user} – {short_date(f, d)}", "", body, "", meta, helpful]
    if r.random() < 0.2:
        lines += [
            "",
            "Developer Response",
            "Thanks for the feedback! We've passed this on to the team.",
        ]
    return "\n".join(lines)


def env_survey(req, f):
    r = f.r
    name, (_, domain), d = f.person(), f.pick(COMPANIES), f.when()
    q_imp = f.pick(
        [
            "What is the one thing we should improve?",
            "What could we do better?",
            "Is there anything else you'd like to tell us?",
            "What is the main reason for your score?",
        ]
    )
    qa = [
        ("How likely are you to recommend us to a friend or colleague?", str(r.randint(0, 10))),
        (q_imp, req),
    ]
    if r.random() < 0.4:
        qa.append(("May we contact you about your feedback?", f.pick(["Yes", "No"])))
    style = r.randrange(3)
    if style == 0:
        body = [f"Q: {q} A: {a}" for q, a in qa]
    elif style == 1:
        body = [f"Q: {q}\nA: {a}" for q, a in qa]
    else:
        body = [f"Q{i + 1}. {q}\nAnswer: {a}" for i, (q, a) in enumerate(qa)]
    head = f.pick(
        [
            f"Survey: Q{(d.month - 1) // 3 + 1} {d.year} Customer NPS",
            f"Typeform response #{f.ticket()}",
            f"Response ID: R_{f.slack_id()[2:]}",
        ]
    )
    meta = [
        f"Respondent: {name} ({f.email(name, domain)})",
        f"Submitted: {short_date(f, d)} {d:%H:%M}",
        f"Plan: {f.pick(['Free', 'Starter', 'Pro', 'Enterprise'])}",
        f"Country: {f.pick(['US', 'DE', 'GB', 'FR', 'IN', 'BR'])}",
    ]
    meta = r.sample(meta, r.randint(2, 4))
    return (
        "\n".join([head] + meta + [""] + body)
        if r.random() < 0.6
        else "\n".join([head, ""] + body + [""] + meta)
    )


def env_slack(req, f):
    r = f.r
    name, d, uid = f.person(), f.when(), f.slack_id()
    chan = f.pick(["#customer-feedback", "#support-escalations", "#cs-team", "#voice-of-customer"])
    msg = f.pick(
        [
            "@here {} :pray:",
            f"<@{uid}> customer question: {{}}",
            "{} :thumbsup:",
            ":rotating_light: from a customer: {}",
            "@channel heads up, got this today: {}",
            f'<@{uid}> can you take this? "{{}}"',
        ]
    ).format(req)
    if r.random() < 0.7:  # Slack
        lines = [
            f"{name} posted in {chan}" if r.random() < 0.5 else chan,
            f"{name}  {ampm(d)}",
            msg,
        ]
        if r.random() < 0.6:
            lines.append(
                f"{f.pick([':eyes:', ':thumbsup:', ':+1:', ':white_check_mark:'])} "
                f"{r.randint(1, 5)}"
            )
        n = r.randint(1, 9)
        replies = f"{n} repl{'y' if n == 1 else 'ies'}"
        lines.append(
            f.pick(
                [
                    f"{replies}  Last reply {f.pick(['today at', 'yesterday at'])} "
                    f"{ampm(d + timedelta(minutes=37))}",
                    f"View thread · {replies}",
                    f"↳ {replies}",
                ]
            )
        )
    else:  # Teams
        lines = [
            f"[{ampm(d)}] {name}",
            msg,
            f"({r.randint(1, 4)} reactions: 👍)",
            f"Reply · posted in {chan[1:]}",
        ]
    return "\n".join(lines)


def env_html(req, f):
    r = f.r
    name, _ = f.person(), f.pick(COMPANIES)
    vendor, vdom = f.pick(VENDORS)
    body = f.pick(
        [
            '<div dir="ltr">Hi,<br><br>{}<br><br>Thanks,<br>{}</div>',
            "<html><body><p>Hello,</p>\n<p>{}</p>\n<p>&nbsp;</p>\n"
            "<p>Best regards,<br>{}</p></body></html>",
            "<p>{}&nbsp;</p><br>\n<p>{}<br>&nbsp;</p>",
            '<div style="font-family:Arial">Hi&nbsp;team,<br>{}<br></div>'
            "<div><br></div><div>-- <br>{}</div>",
        ]
    ).format(req, name)
    footer = f.pick(
        [
            '<p style="font-size:11px;color:#999">'
            "You are receiving this email because you signed up at "
            f'{vdom}. <a href="https://{vdom}/unsubscribe?u={r.randrange(16**6):06x}">'
            "Unsubscribe</a> | "
            f'<a href="https://{vdom}/preferences">Manage preferences</a></p>',
            "<br>To unsubscribe from these emails, click here: "
            f"https://{vdom}/u/{r.randrange(16**8):08x}",
            f"&copy; {r.randint(2024, 2026)} {vendor} Inc. All rights reserved.<br>"
            f'<a href="https://{vdom}/unsubscribe">Unsubscribe</a>&nbsp;&middot;&nbsp;'
            f'<a href="https://{vdom}/privacy">Privacy</a>',
        ]
    )
    return body + f.pick(["\n", "\n\n", ""]) + footer


ENVELOPES = {
    "email_reply": env_email_reply,
    "forwarded": env_forwarded,
    "ticket": env_ticket,
    "chat": env_chat,
    "call_notes": env_call_notes,
    "review": env_review,
    "survey": env_survey,
    "slack": env_slack,
    "html": env_html,
}


# ----------------------------------------------------------------------------- main
def pick_col(fields, wanted, candidates):
    if wanted:
        return wanted
    for c in candidates:
        if c in fields:
            return c
    sys.exit(f"cannot find any of {candidates} in columns {fields}")


def wrap_rows(texts, seed, share, typo_share):
    """Return a list of (wrapped_text, channel, request_after_typos) in input order."""
    n, master = len(texts), random.Random(seed)
    wrapped_idx = master.sample(range(n), round(share * n))
    kinds = [CHANNELS[j % len(CHANNELS)] for j in range(len(wrapped_idx))]
    master.shuffle(kinds)
    channel = ["plain"] * n
    for i, k in zip(wrapped_idx, kinds, strict=True):
        channel[i] = k
    typo_idx = set(master.sample(range(n), round(typo_share * n)))
    out = []
    for i, text in enumerate(texts):
        rng = random.Random(f"{seed}:{i}")
        req = add_typos(text, rng) if i in typo_idx else text
        wrapped = req if channel[i] == "plain" else ENVELOPES[channel[i]](req, Fake(rng))
        out.append((wrapped, channel[i], req))
    return out


def verify(texts, results):
    def norm(s: str) -> str:
        return " ".join(s.split())

    counts, strict, loose, bad, typoed = {}, 0, 0, [], 0
    for i, (orig, (wrapped, ch, req)) in enumerate(zip(texts, results, strict=True)):
        counts[ch] = counts.get(ch, 0) + 1
        if req != orig:
            typoed += 1
        strict += req in wrapped
        ok = norm(req) in norm(wrapped)
        loose += ok
        if not ok or (ch == "plain" and wrapped != req):
            bad.append(i)
    n = len(texts)
    print(f"rows={n} typo_rows={typoed} channels={dict(sorted(counts.items()))}", file=sys.stderr)
    print(
        f"request contained verbatim: {strict}/{n}; modulo whitespace: {loose}/{n}; "
        f"failures: {sorted(set(bad))[:20]}",
        file=sys.stderr,
    )
    return not bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inp")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--share", type=float, default=0.7, help="share of rows wrapped")
    ap.add_argument("--typo-share", type=float, default=0.25, help="share of rows given typos")
    ap.add_argument("--text-col")
    ap.add_argument("--label-col")
    ap.add_argument("--verify", action="store_true", help="print containment checks to stderr")
    a = ap.parse_args()
    with open(a.inp, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames or [], list(reader)
    tcol = pick_col(fields, a.text_col, ["text", "utterance", "query", "sentence"])
    lcol = pick_col(fields, a.label_col, ["label", "category", "intent", "labels"])
    extra = [c for c in fields if c not in (tcol, lcol, "channel")]
    texts = [row[tcol] for row in rows]
    results = wrap_rows(texts, a.seed, a.share, a.typo_share)
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "channel"] + extra)
        for row, (wrapped, ch, _) in zip(rows, results, strict=True):
            w.writerow([wrapped, row[lcol], ch] + [row[c] for c in extra])
    if a.verify and not verify(texts, results):
        sys.exit(1)


if __name__ == "__main__":
    main()
