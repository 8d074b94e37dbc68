#!/usr/bin/env python3
"""Wrap short customer requests in realistic channel envelopes.

Usage:
    python blind_wrap_20.py IN.csv OUT.csv [--seed 20] [--share 0.75]
                            [--text-col text] [--label-col label]

Reads one short request per row and writes a CSV with columns
text,label,channel (rows keep their order and labels).  About --share of the
rows are wrapped in a channel envelope (e-mail chain, chat export, ticket,
survey, review, transcript, payload, ...); the rest are copied unchanged with
channel "plain".  A single random.Random(seed) drives every choice.

Guarantees for a wrapped row:
  * the row's own request is the newest thing the customer asks; it appears on
    one line, verbatim or with exactly one small change (one-letter typo in one
    word, capitalised first letter, added "?"/".", or a short lead-in on the
    same line);
  * about a quarter of wrapped rows also carry an earlier request taken from a
    row with a different label, placed as clearly older / settled history;
  * everything else is envelope.
Standard library only.
"""

import argparse
import csv
import json
import random
import sys
from datetime import datetime, timedelta

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
FIRST = """Aisha Ben Carla Dmitri Elena Farid Grace Hiro Ingrid Jamal Katarzyna Liam Mei
Nikhil Olga Pedro Quinn Rosa Sven Tanya Uma Victor Wen Xavier Yara Zoe Adebayo Bianca
Chen Diego Eitan Fatima Giulia Hannah Ivan Jun Kwame Lucia Marcus Nadia Oscar Priya
Rahul Sofia Tomasz Ursula Valentina Will Yusuf Zainab Amelie Bruno Chiara Derek Emeka
Freya Gustavo Helga Isabel Jonas Keiko Lars Maya Noah Orla Paolo Rania Sanjay Theo Vera
Wojciech Ximena Yuki Anders Beatriz Cormac Dana Esther Felix Gemma Hugo Imani Joaquin
Kasia Leon Marta Nils Ola Pia Raj Sara Tobias Ines Moritz Aoife Kenji Layla Mateo Nora
Omar Petra Renata Siobhan Tariq Ulla Vikram Wanjiru Yasmin Zeynep Arjun Brigitte""".split()
LAST = """Okafor Lindqvist Moreau Tanaka Kowalski Haddad Fernandes O'Brien Nakamura Schmidt
Rossi Patel Nguyen Andersson Dubois Mensah Garcia Ivanova Kim Novak Horvat Jensen Silva
Murphy Costa Weber Yilmaz Hansen Ali Dimitrov Kaur Becker Santos Laurent Sato Müller
Romero Petrov Walsh Eriksen Chowdhury Bauer Ricci Das Hughes Mbeki Fischer Lopez Olsen
Park Reyes Brennan Kruger Mehta Vasquez Ahmed Berg Castillo Delgado Engel Farrell Gallo
Holm Ishikawa Janssen Kovac Lund Marino Nowak Ortega Pereira Quinn Ramirez Sorensen
Thompson Urban Vogel Wright Young Zhang Adeyemi Bianchi Carvalho Duarte Evans Fontaine
Grant Hoffmann Iqbal Jovanovic Keller Lambert Mwangi Nilsen Osei Popescu""".split()
CO_A = """Northwind Bluefin Crestline Halcyon Ironbark Juniper Kestrel Larkspur Meridian
Nimbus Oakridge Pinnacle Quarry Redwood Silverline Tidewater Umber Vantage Westgate
Yellowtail Zephyr Acorn Brightpath Cobalt Driftwood Everfield Foxglove Granite Harbor
Lumen Marlow Northstar Orchard Pebble Riverbend Saffron Talon Upland Verity Willow
Alder Beacon Cinder Delta Ember Fjord Glacier Hollis Indigo Jasper""".split()
CO_B = """Logistics Labs Health Partners Group Analytics Foods Media Systems Capital Retail
Energy Consulting Dental Architects Freight Insurance Studios Robotics Clinics Hotels
Outfitters Brewing Legal Education Motors Pharma Construction Realty Travel""".split()
CO_LEGAL = [
    "",
    "",
    "",
    " Inc.",
    " Ltd",
    " GmbH",
    " LLC",
    " S.A.",
    " B.V.",
    " Pty Ltd",
    " AB",
    " plc",
    " Co.",
    " S.r.l.",
    " Oy",
    " AG",
    " SAS",
]
TITLES = [
    "Operations Manager",
    "Head of Finance",
    "IT Administrator",
    "Office Manager",
    "Senior Accountant",
    "VP Engineering",
    "Product Owner",
    "Founder & CEO",
    "Procurement Lead",
    "Customer Success Lead",
    "Executive Assistant",
    "HR Generalist",
    "Data Analyst",
    "Marketing Coordinator",
    "Facilities Supervisor",
    "CFO",
    "Owner",
    "Store Manager",
    "Project Coordinator",
    "Payroll Specialist",
    "Clinic Director",
    "Head of Growth",
    "Systems Engineer",
    "Travel Coordinator",
    "Managing Partner",
    "Warehouse Lead",
    "Controller",
    "Design Lead",
    "Chief of Staff",
    "Team Lead, Ops",
]
AGENT_TITLES = [
    "Customer Support Specialist",
    "Support Engineer",
    "Customer Success Manager",
    "Technical Support Agent",
    "Senior Support Advocate",
    "Account Manager",
    "Customer Care Associate",
    "Support Team Lead",
    "Billing Specialist",
    "Community Manager",
    "Solutions Engineer",
    "Customer Experience Agent",
]
TEAMS = [
    "Customer Care",
    "Support",
    "Tier 2",
    "Billing Ops",
    "Customer Success",
    "Help Desk",
    "Technical Support",
    "Care Team",
    "Escalations",
    "Onboarding",
]
BRANDS = [
    "Tandem",
    "Orbitly",
    "Paylo",
    "Hearthly",
    "Quillio",
    "Beaconly",
    "Nestwell",
    "Kitewing",
    "Mosaiq",
    "Ledgerly",
    "Brightdesk",
    "Corvid",
    "Plumline",
    "Voya",
    "Fennel",
    "Sparrow",
    "Trellis",
    "Altair",
    "Wavelet",
    "Pomelo",
    "Helix",
    "Nuvo",
]
CITIES = [
    ("San Francisco", "CA 94107"),
    ("Austin", "TX 78701"),
    ("London", "EC2A 4NE"),
    ("Berlin", "10115"),
    ("Dublin", "D02 X285"),
    ("Toronto", "ON M5V 2T6"),
    ("Sydney", "NSW 2000"),
    ("Bengaluru", "560001"),
    ("Paris", "75002"),
    ("Amsterdam", "1012 AB"),
    ("Chicago", "IL 60601"),
    ("Manchester", "M1 1AE"),
    ("Munich", "80331"),
    ("Lisbon", "1100-148"),
    ("Nairobi", "00100"),
    ("Stockholm", "111 20"),
    ("Denver", "CO 80202"),
    ("Singapore", "018956"),
]
STREETS = [
    "Market St",
    "High Street",
    "Hauptstraße",
    "Main Street",
    "King St W",
    "Rue de Rivoli",
    "Elm Avenue",
    "Harbour Road",
    "Collins St",
    "Baker Lane",
    "Industrial Way",
    "Mill Road",
    "Park Avenue",
    "Queen's Quay",
    "Station Road",
]
DEVICES = [
    "iPhone 13",
    "iPhone 15 Pro",
    "iPhone SE",
    "Pixel 7",
    "Pixel 8a",
    "Galaxy S23",
    "Galaxy A54",
    "iPad Air",
    "OnePlus 11",
    "Moto G Power",
    "Xiaomi 13",
    "iPhone 12 mini",
]
OSES = [
    "iOS 17.3",
    "iOS 16.6.1",
    "iOS 17.5",
    "Android 14",
    "Android 13",
    "macOS 14.2",
    "Windows 11",
    "Windows 10",
    "Ubuntu 22.04",
    "ChromeOS 121",
    "macOS 13.6",
]
BROWSERS = ["Chrome 122", "Firefox 123", "Safari 17.2", "Edge 121", "Chrome 118", "Brave 1.62"]
PLANS = ["Free", "Starter", "Pro", "Business", "Enterprise", "Team", "Plus", "Premium"]
COUNTRIES = [
    "United States",
    "United Kingdom",
    "Germany",
    "Canada",
    "Australia",
    "India",
    "France",
    "Netherlands",
    "Ireland",
    "Brazil",
    "Spain",
    "Sweden",
    "Kenya",
]
INDUSTRIES = [
    "Retail",
    "Hospitality",
    "Financial Services",
    "Healthcare",
    "Logistics",
    "Education",
    "Construction",
    "Marketing & Advertising",
    "Non-profit",
    "Computer Software",
    "Legal Services",
    "Real Estate",
]
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
MON = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY3 = [d[:3] for d in DAYS]

SUBJECTS = [
    "Question about my account",
    "Quick question",
    "Help please",
    "Follow up",
    "Support request",
    "Request",
    "Hello",
    "Account query",
    "Help with the app",
    "Need assistance",
    "(no subject)",
    "One more thing",
    "Query",
    "Checking in",
    "Re: our call",
    "Feedback",
    "Issue",
    "Hi",
    "Request from {co}",
    "{b} question",
    "Your support request",
    "Assistance required",
    "Question re {b}",
]
GREETS = [
    "Hi {n},",
    "Hello {n},",
    "Hey {n},",
    "Dear {n},",
    "Hi {n}!",
    "Good morning {n},",
    "Hiya {n},",
    "Hello,",
    "Hi,",
    "Hi there,",
    "Hey,",
    "Morning,",
    "Dear Sir or Madam,",
    "Hi team,",
    "Hello Support,",
    "Hi {b} team,",
    "Good afternoon,",
    "Hey folks,",
    "Hi {n} -",
    "Hello {b} Support,",
    "Greetings,",
    "Dear {b} team,",
]
SIGNOFFS = [
    "Thanks",
    "Thanks!",
    "Thank you",
    "Many thanks",
    "Cheers",
    "Best",
    "Best regards",
    "Kind regards",
    "Regards",
    "BR",
    "Thx",
    "Rgds",
    "Warm regards",
    "Appreciate it",
    "Ta",
    "Thanks in advance",
    "Thank you so much",
    "All the best",
    "Cheers,",
    "Best,",
    "Kind regards,",
    "Thanks,",
    "Many thanks,",
    "Regards,",
    "Mit freundlichen Grüßen",
]
OPENERS = [
    "Hope you're well.",
    "Hope you had a good weekend.",
    "Sorry for the quick follow-up.",
    "Thanks for the help last time.",
    "Writing from my personal address as I'm travelling.",
    "Apologies if this is the wrong inbox.",
    "I checked the help center first.",
    "Long-time user here.",
    "Following up from our call.",
    "Hope your week is going well.",
    "Thanks for the quick turnaround earlier.",
    "Happy Friday!",
    "Happy new year!",
]
RESOLVED = [
    "Good news - this is now sorted on our side.",
    "All done, this has been taken care of.",
    "I've gone ahead and fixed that for you.",
    "This should be resolved now, I'll mark the ticket as solved.",
    "That's been handled, so I'm closing this one out.",
    "Done! You should see the change within a few minutes.",
    "This was fixed in today's update, so you're all set.",
    "Our engineers shipped a fix for this overnight.",
    "I've completed this for you and confirmed it on our end.",
    "This is resolved - thanks for your patience while we looked into it.",
]
ACKS = [
    "Perfect, thanks!",
    "Great, that worked.",
    "Thanks, all good now.",
    "👍",
    "Brilliant, thank you",
    "Confirmed, works now.",
    "Legend, thanks",
    "ok great ty",
    "Sorted, thank you!",
    "Works now 🙏",
]
AGENT_GENERIC = [
    "Thanks for reaching out! A member of our team will get back to you shortly.",
    "Thanks for getting in touch - your case {id} has been created.",
    "Your ticket {id} has been closed. If anything else comes up, just reply to this email.",
    "Thanks for your patience. I've passed your note on to the relevant team.",
    "We're following up on your recent conversation with our team (ref {id}).",
    "As promised, here's the summary from our call. Reference: {id}.",
    "Thank you for contacting {b}. This is a confirmation that we received your message.",
    "Just checking in to see whether everything is working as expected after the update.",
]
AGENT_CLOSE = [
    "Best,",
    "Kind regards,",
    "Cheers,",
    "Thanks,",
    "Warm regards,",
    "All the best,",
    "Have a great day,",
    "Speak soon,",
]
INTERNAL_NOTES = [
    "Checked the account - nothing unusual in the logs. Leaving for Tier 2.",
    "Macro applied: 'General :: First response'.",
    "@{n} looping you in, this looks like it's in your area.",
    "Customer is on the {plan} plan, renewal in {month}.",
    "Possible dup of #{id}, not merging yet.",
    "VIP account - please keep SLA in mind.",
    "Called the customer, no answer. Left voicemail.",
    "Spoke with {n} internally, no known incident right now.",
    "Sentiment: neutral. Priority bumped by rule 'Enterprise accounts'.",
    "Language detected: English (confidence 0.97).",
]
REVIEW_TITLES = [
    "Almost there",
    "Frustrating lately",
    "Good but…",
    "Needs work",
    "Love it, one issue",
    "Used to be great",
    "Decent",
    "3 stars for now",
    "Solid app",
    "Mixed feelings",
    "Meh",
    "Pretty good overall",
    "So close to perfect",
    "Great until the last update",
    "Does the job",
]
PROS = [
    "Clean interface and quick to set up.",
    "Support usually answers the same day.",
    "Integrations with our other tools are solid.",
    "Pricing is fair for what you get.",
    "The mobile app is fast and reliable.",
    "Reporting covers most of what we need.",
    "Onboarding was painless for our team.",
    "Very stable, hardly any downtime.",
    "Lots of features without feeling bloated.",
    "Easy for non-technical staff.",
]
CONS = [
    "Some settings are buried a few menus deep.",
    "Notifications can get noisy.",
    "The desktop version feels slower than mobile.",
    "Export options are limited.",
    "Price went up at renewal.",
    "Occasional sync delays.",
    "Documentation is a bit out of date.",
    "Search could be smarter.",
]
PAINS = [
    "onboarding took longer than expected",
    "the admin console is confusing for new managers",
    "their finance team dislikes the invoice layout",
    "adoption in the field team is low",
    "they had two outages last quarter",
    "reporting is still partly manual for them",
]
CHANGELOG = [
    "Fixed a crash when opening attachments on older devices",
    "Improved sync performance on large accounts",
    "New dark mode for the web app",
    "Updated translations (de, fr, pt-BR)",
    "Security: dependency updates",
    "Faster search indexing",
    "Minor UI polish in Settings",
    "Resolved timezone display bug in reports",
]
REASONS = [
    "Mostly happy, support is quick.",
    "Does what we need.",
    "Price went up this year.",
    "Works well most days.",
    "Good product, a few rough edges.",
    "Reliable, but the app feels slow sometimes.",
    "Great team behind it.",
    "Hard to say, we only started recently.",
    "Easy to use.",
]


def mon_name(t):
    return MON[t.month - 1]


def h12(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def f_outlook(t):
    return f"{DAYS[t.weekday()]}, {MONTHS[t.month - 1]} {t.day}, {t.year} {h12(t)}"


def f_gmail(t):
    return f"{DAY3[t.weekday()]}, {mon_name(t)} {t.day}, {t.year} at {h12(t)}"


def f_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def f_sql(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def f_us(t):
    return f"{t.month}/{t.day}/{t.year} {h12(t)}"


def f_eu(t):
    return t.strftime("%d.%m.%Y %H:%M")


def f_human(t):
    return f"{mon_name(t)} {t.day}, {t.year}, {h12(t)}"


def f_date(t):
    return f"{mon_name(t)} {t.day}, {t.year}"


def f_dmy(t):
    return f"{t.day} {mon_name(t)} {t.year}"


def ind(text, prefix):
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in text.split("\n"))


class Person:
    pass


class G:
    """Random envelope material; one per run, driven by the single RNG."""

    def __init__(self, rng):
        self.r = rng
        self.b = "Tandem"
        self.bd = "tandem.com"

    # -- basics --
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def begin(self):
        self.b = self.pick(BRANDS)
        self.bd = self.b.lower() + self.pick([".com", ".com", ".io", ".app", ".co"])
        self.ver = f"{self.ri(2, 9)}.{self.ri(0, 19)}.{self.ri(0, 9)}"

    def hexs(self, n):
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def alnum(self, n, upper=False):
        s = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if upper else "abcdefghijkmnpqrstuvwxyz23456789"
        return "".join(self.pick(s) for _ in range(n))

    def dt(self):
        base = datetime(2022, 1, 3) + timedelta(days=self.ri(0, 1270))
        return base.replace(hour=self.ri(7, 20), minute=self.ri(0, 59), second=self.ri(0, 59))

    def later(self, t, lo, hi):  # minutes
        return t + timedelta(minutes=self.ri(lo, hi))

    def earlier(self, t, lo, hi):
        return t - timedelta(minutes=self.ri(lo, hi))

    # -- people --
    def company(self):
        k = self.r.random()
        if k < 0.45:
            return f"{self.pick(CO_A)} {self.pick(CO_B)}{self.pick(CO_LEGAL)}"
        if k < 0.75:
            return f"{self.pick(CO_A)}{self.pick(CO_LEGAL)}"
        if k < 0.9:
            return f"{self.pick(LAST)} & {self.pick(LAST)}"
        return f"{self.pick(CO_A)}{self.pick(['works', 'ly', ' & Co', ' Collective', 'Tech'])}"

    def domain_of(self, company):
        w = "".join(ch for ch in company.split()[0].lower() if ch.isalnum()) or "mail"
        return w + self.pick(
            [".com", ".com", ".co.uk", ".de", ".io", ".net", ".org", ".com.au", ".nl"]
        )

    def phone(self):
        k = self.r.randrange(8)
        if k == 0:
            return f"+1 ({self.ri(201, 989)}) 555-{self.ri(100, 199):04d}"
        if k == 1:
            return f"+44 20 7946 {self.ri(0, 999):04d}"
        if k == 2:
            return f"+49 30 {self.ri(1000000, 9999999)}"
        if k == 3:
            return f"+61 2 {self.ri(1000, 9999)} {self.ri(1000, 9999)}"
        if k == 4:
            return f"{self.ri(201, 989)}.555.{self.ri(100, 199):04d}"
        if k == 5:
            return f"+33 1 {self.ri(10, 99)} {self.ri(10, 99)} {self.ri(10, 99)} {self.ri(10, 99)}"
        if k == 6:
            return f"+91 {self.ri(70000, 99999)} {self.ri(10000, 99999)}"
        return f"(0{self.ri(1, 9)}{self.ri(10, 99)}) {self.ri(100, 999)} {self.ri(1000, 9999)}"

    def person(self, company=None):
        p = Person()
        p.first, p.last = self.pick(FIRST), self.pick(LAST)
        p.full = f"{p.first} {p.last}"
        p.company = company or self.company()
        p.domain = self.domain_of(p.company)
        if self.chance(0.15):
            p.domain = self.pick(
                [
                    "gmail.com",
                    "outlook.com",
                    "yahoo.com",
                    "icloud.com",
                    "proton.me",
                    "hotmail.co.uk",
                    "gmx.de",
                ]
            )
        fl = p.last.lower().replace("'", "").replace("ü", "ue")
        fmt = self.pick(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}", "{f}_{l}", "{l}.{f}", "{f}.{l}{n}"])
        p.email = (
            fmt.format(f=p.first.lower(), l=fl, fi=p.first[0].lower(), n=self.ri(1, 99))
            + "@"
            + p.domain
        )
        p.title = self.pick(TITLES)
        p.phone = self.phone()
        p.handle = self.pick(
            ["{f}{n}", "{f}_{l}", "{fi}{l}{n}", "the_{f}", "{l}{f}", "{f}.{l}"]
        ).format(f=p.first.lower(), l=fl, fi=p.first[0].lower(), n=self.ri(1, 999))
        p.nick = self.pick(["{f}{n}", "{F}{L}", "{a}{B}{n}", "{F} {L0}.", "{a}_{f}"]).format(
            f=p.first.lower(),
            F=p.first,
            L=p.last,
            L0=p.last[0],
            n=self.ri(1, 9999),
            a=self.pick(
                ["happy", "coffee", "night", "blue", "tired", "busy", "its", "mr", "ms", "real"]
            ),
            B=self.pick(["Owl", "Fox", "Panda", "Rider", "Mom", "Dad", "Dev", "Cat", "Runner"]),
        )
        return p

    def agent(self):
        p = self.person(company=self.b)
        p.domain = self.bd
        p.email = f"{p.first.lower()}@{self.bd}"
        p.title = self.pick(AGENT_TITLES)
        return p

    # -- envelope snippets --
    def subject(self, co="Acme"):
        s = self.pick(SUBJECTS).format(b=self.b, co=co)
        if self.chance(0.3):
            s = self.pick(
                [
                    f"[{self.b} Support] {s}",
                    f"{s} [#{self.ri(10000, 999999)}]",
                    f"[Case {self.ri(10000000, 99999999):08d}] {s}",
                    f"Ticket {self.ri(1000, 99999)}: {s}",
                ]
            )
        return s

    def greeting(self, n=None):
        g = self.pick(GREETS)
        if "{n}" in g and not n:
            g = "Hi,"
        return g.format(n=n or "", b=self.b)

    def signoff(self):
        return self.pick(SIGNOFFS)

    def opener(self):
        return self.pick(OPENERS)

    def address(self):
        c, z = self.pick(CITIES)
        return f"{self.ri(1, 480)} {self.pick(STREETS)}, {c} {z}"

    def signature(self, p, rich=None):
        if rich is None:
            rich = self.chance(0.6)
        L = []
        if self.chance(0.35):
            L.append(self.pick(["--", "-- ", "__", "—"]))
        name = p.full if self.chance(0.75) else p.first
        if self.chance(0.12):
            name += self.pick([" (she/her)", " (he/him)", " (they/them)", " | she/her"])
        L.append(name)
        if not rich:
            return L
        k = self.r.randrange(3)
        if k == 0:
            L.append(f"{p.title} | {p.company}")
        elif k == 1:
            L += [p.title, p.company]
        else:
            L.append(f"{p.title}, {p.company}")
        ph = self.pick(
            [
                "T: {p}",
                "Mobile: {p}",
                "{p}",
                "M {p} | E {e}",
                "Direct: {p}",
                "Tel. {p}",
                "p: {p}  e: {e}",
                "Office {p} · Cell {q}",
            ]
        )
        L.append(ph.format(p=p.phone, e=p.email, q=self.phone()))
        if self.chance(0.4):
            L.append(self.address())
        if self.chance(0.4):
            L.append(self.pick(["www.{d}", "https://{d}", "{d}", "W: www.{d}"]).format(d=p.domain))
        if self.chance(0.3):
            L.append(
                self.pick(
                    [
                        (
                            f"[cid:image00{self.ri(1, 9)}.png@01D{self.hexs(5).upper()}."
                            f"{self.hexs(8).upper()}]"
                        ),
                        "[LinkedIn]  [X]  [Instagram]",
                        "[Company logo]",
                        f"[{p.company} logo]",
                        f"Book time with me: https://calendly.com/{p.handle}",
                        (
                            "Working hours: "
                            f"{self.pick(['Mon–Thu', 'Tue–Fri', '9–3 CET', 'Mon–Fri 8–4 PT'])}"
                        ),
                        (
                            f"Our office is closed {self.pick(MONTHS)} {self.ri(1, 28)} for "
                            "the holiday"
                        ),
                        f"Winner, {self.ri(2019, 2024)} {self.pick(INDUSTRIES)} Excellence Awards",
                        "Please consider the environment before printing this email.",
                    ]
                )
            )
        return L

    def disclaimer(self, p):
        k = self.r.randrange(7)
        co = p.company
        if k == 0:
            return (
                "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, "
                "is for the sole use "
                "of the intended recipient(s) and may contain confidential and "
                "privileged information. Any "
                "unauthorized review, use, disclosure or distribution is prohibited. "
                f"{co} accepts no liability "
                "for any damage caused by this email."
            )
        if k == 1:
            return (
                f"{co} is registered in {self.pick(COUNTRIES)} under company number "
                f"{self.ri(1000000, 9999999)}. "
                f"Registered office: {self.address()}."
            )
        if k == 2:
            return (
                "This email and any files transmitted with it are confidential and "
                "intended solely for the use "
                "of the individual or entity to whom they are addressed. If you have "
                "received this email in "
                f"error please notify the system manager at {co}. This message has been "
                "scanned for viruses "
                f"by {self.pick(['Mimecast', 'Proofpoint', 'Sophos', 'Barracuda'])}."
            )
        if k == 3:
            return (
                "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte "
                "Informationen. Wenn Sie nicht "
                "der richtige Adressat sind, informieren Sie bitte sofort den Absender "
                "und vernichten Sie diese "
                f"E-Mail. {co} · Sitz: "
                f"{self.pick(['Berlin', 'München', 'Hamburg', 'Köln'])} · HRB "
                f"{self.ri(10000, 99999)}"
            )
        if k == 4:
            return (
                "IMPORTANT: The contents of this email and any attachments are "
                f"confidential. {co} will never "
                "ask you to change bank details by email. If in doubt, call us."
            )
        if k == 5:
            return (
                f"Privacy notice: {co} processes personal data in line with its privacy "
                "policy, available at "
                f"https://{p.domain}/privacy. Email is not a secure medium."
            )
        return "Please consider the environment before printing this e-mail."

    def ext_banner(self):
        return self.pick(
            [
                "CAUTION: This email originated from outside of the organization. Do not "
                "click links or open "
                "attachments unless you recognize the sender and know the content is safe.",
                "[EXTERNAL] This message came from outside your organization.",
                "EXTERNAL EMAIL: Use caution with links and attachments.",
                "You don't often get email from this sender. Learn why this is important",
                "*** External sender – be careful with links and attachments ***",
            ]
        )

    def mobile_sent(self):
        return self.pick(
            [
                "Sent from my iPhone",
                "Sent from my iPad",
                "Sent from my Galaxy",
                "Get Outlook for iOS<https://aka.ms/o0ukef>",
                "Get Outlook for Android",
                "Sent from Yahoo Mail for iPhone",
                "Sent from Proton Mail mobile",
                "Sent from my BlackBerry 10 smartphone.",
                "Sent from Mail for Windows",
                "Envoyé de mon iPhone",
                "Von meinem iPhone gesendet",
                "Sent via the Samsung Galaxy, an AT&T 5G smartphone",
                "Sent from Gmail Mobile",
                "Enviado desde mi iPhone",
            ]
        )

    def tags(self, n=3):
        pool = [
            "billing",
            "mobile",
            "vip",
            "enterprise",
            "churn_risk",
            "first_contact",
            "web_form",
            "api",
            "sla_breach",
            "reopened",
            "bug",
            "how_to",
            "feature_request",
            "email_in",
            "auto_tagged",
            "priority_high",
            "de",
            "en",
            "smb",
            "trial",
            "renewal_q3",
            "integration",
        ]
        return self.r.sample(pool, n)

    def agent_generic(self):
        return self.pick(AGENT_GENERIC).format(id=f"#{self.ri(10000, 999999)}", b=self.b)

    def ua(self):
        return self.pick(
            [
                (
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
                    f"(KHTML, like Gecko) Chrome/{self.ri(110, 124)}.0.0.0 Safari/537.36"
                ),
                (
                    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{self.ri(110, 124)}.0) "
                    f"Gecko/20100101 Firefox/{self.ri(110, 124)}.0"
                ),
                (
                    f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{self.ri(0, 5)} like Mac OS X) "
                    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 "
                    "Safari/604.1"
                ),
                (
                    f"Mozilla/5.0 (Linux; Android {self.ri(11, 14)}; Pixel {self.ri(5, 8)}) "
                    f"AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{self.ri(110, 124)}"
                    ".0.0.0 Mobile Safari/537.36"
                ),
            ]
        )

    def ip(self):
        return self.pick(
            [
                f"203.0.113.{self.ri(1, 254)}",
                f"198.51.100.{self.ri(1, 254)}",
                f"192.0.2.{self.ri(1, 254)}",
                f"2001:db8::{self.hexs(4)}",
            ]
        )

    def internal_note(self):
        return self.pick(INTERNAL_NOTES).format(
            n=self.pick(FIRST),
            plan=self.pick(PLANS),
            month=self.pick(MONTHS),
            id=self.ri(10000, 999999),
        )


# ---------------------------------------------------------------------------
# the request line: verbatim or one realistic change
# ---------------------------------------------------------------------------
KEYB = {}
_rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
for _ri, _row in enumerate(_rows):
    for _ci, _ch in enumerate(_row):
        nb = []
        if _ci > 0:
            nb.append(_row[_ci - 1])
        if _ci < len(_row) - 1:
            nb.append(_row[_ci + 1])
        for _rr in (_ri - 1, _ri + 1):
            if 0 <= _rr < 3 and _ci < len(_rows[_rr]):
                nb.append(_rows[_rr][_ci])
        KEYB[_ch] = nb

LEADINS = [
    "Quick one: ",
    "also - ",
    "Also, ",
    "Question: ",
    "One more thing: ",
    "Quick question - ",
    "btw ",
    "Hi again - ",
    "Follow-up: ",
    "Another one: ",
    "Q: ",
    "ok so ",
    "Hey - ",
    "Sorry, one more: ",
    "New question: ",
    "And also: ",
    "Next thing - ",
]


def typo(rng, s):
    words = s.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w.isascii()]
    if not cands:
        return None
    i = cands[rng.randrange(len(cands))]
    w = words[i]
    for _ in range(6):
        op = rng.randrange(3)
        j = rng.randrange(1, len(w))
        if op == 0:
            c = w[j].lower()
            if c not in KEYB:
                continue
            n = KEYB[c][rng.randrange(len(KEYB[c]))]
            nw = w[:j] + (n.upper() if w[j].isupper() else n) + w[j + 1 :]
        elif op == 1:
            nw = w[:j] + w[j + 1 :]
        else:
            nw = w[:j] + w[j] + w[j:]
        if nw != w:
            words[i] = nw
            return " ".join(words)
    return None


def vary(rng, s):
    x = rng.random()
    if x < 0.20:
        t = typo(rng, s)
        if t:
            return t
        return s
    if x < 0.35:
        if s[:1].islower():
            return s[0].upper() + s[1:]
        return s
    if x < 0.47:
        if s and s[-1] not in "?.!":
            q = s.split(" ")[0].lower() in {
                "what",
                "how",
                "when",
                "where",
                "why",
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
            }
            return s + ("?" if q else ".")
        return s
    if x < 0.60:
        return LEADINS[rng.randrange(len(LEADINS))] + s
    return s


# ---------------------------------------------------------------------------
# channel templates.  Each returns the wrapped text.  `q` = request line,
# `h` = earlier different request or None.
# ---------------------------------------------------------------------------
def outlook_hdr(g, frm, to, t, subj, de=False, cc=None):
    sep = g.pick(
        [
            "-----Original Message-----",
            "________________________________",
            "",
            "-------- Original message --------",
        ]
    )
    L = [sep] if sep else []
    if de:
        L += [
            f"Von: {frm.full} <{frm.email}>",
            (
                f"Gesendet: {DAYS[t.weekday()][:2]}., {t.day}. {MONTHS[t.month - 1]} {t.year}"
                f" {t:%H:%M}"
            ),
            f"An: {to.full} <{to.email}>",
        ]
        if cc:
            L.append(f"Cc: {cc}")
        L.append(f"Betreff: AW: {subj}" if not subj.startswith("AW") else f"Betreff: {subj}")
    else:
        L += [
            f"From: {frm.full} <{frm.email}>",
            f"Sent: {f_outlook(t)}",
            f"To: {to.full} <{to.email}>",
        ]
        if cc:
            L.append(f"Cc: {cc}")
        L.append(f"Subject: {subj}")
    return L


def support_box(g):
    p = Person()
    p.full = g.pick(
        [f"{g.b} Support", f"{g.b} Customer Care", f"{g.b} Help", "Support Team", f"{g.b}"]
    )
    p.first = p.full
    p.email = g.pick(["support", "help", "care", "hello", "noreply", "success"]) + "@" + g.bd
    return p


def ch_outlook_chain(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    subj = g.subject(c.company)
    de = g.chance(0.15)
    L = []
    if g.chance(0.25):
        L += [g.ext_banner(), ""]
    if g.chance(0.8):
        L += [g.greeting(a.first), ""]
    if g.chance(0.3):
        L.append(g.opener())
    L += [q, "", g.signoff()]
    L += g.signature(c)
    if g.chance(0.35):
        L += ["", g.disclaimer(c)]
    t1 = g.earlier(t, 90, 4000)
    cc = f"{g.person(c.company).full} <{g.person(c.company).email}>" if g.chance(0.3) else None
    L += [""] + outlook_hdr(g, a, c, t1, ("RE: " if not de else "") + subj, de, cc) + [""]
    L += [f"Hi {c.first},", ""]
    if h:
        L += [g.pick(RESOLVED), "", g.pick(AGENT_CLOSE), a.first, f"{a.title} | {g.b}"]
        t0 = g.earlier(t1, 30, 3000)
        L += (
            [""]
            + outlook_hdr(g, c, support_box(g), t0, subj, de)
            + ["", g.greeting(), "", h, "", g.signoff(), c.first]
        )
    else:
        L += [g.agent_generic(), "", g.pick(AGENT_CLOSE), a.full, f"{a.title} | {g.b}"]
        if g.chance(0.4):
            L += [
                g.pick(
                    [
                        f"Rate my reply: https://{g.bd}/csat/{g.alnum(10)}",
                        f"Need help fast? Visit https://help.{g.bd}",
                        "How did we do? 👍 👎",
                    ]
                )
            ]
    return "\n".join(L)


def ch_gmail_quote(g, q, h):
    c, a = g.person(), g.agent()
    t1 = g.dt()
    k = g.r.randrange(3)
    if k == 0:
        attr = f"On {f_gmail(t1)} {a.full} <{a.email}> wrote:"
    elif k == 1:
        attr = f"On {t1.day} {mon_name(t1)} {t1.year}, at {t1:%H:%M}, {a.full} <{a.email}> wrote:"
    else:
        attr = (
            f"On {DAY3[t1.weekday()]}, {t1.day} {mon_name(t1)} {t1.year} at {t1:%H:%M}, {g.b}"
            f" Support <support@{g.bd}> wrote:"
        )
    QB = [f"Hi {c.first},", ""]
    if h:
        t0 = g.earlier(t1, 60, 5000)
        QB += [
            g.pick(RESOLVED),
            "",
            g.pick(AGENT_CLOSE),
            a.first,
            "",
            f"On {f_gmail(t0)} {c.full} <{c.email}> wrote:",
            "> " + g.greeting(),
            ">",
            "> " + h,
            ">",
            "> " + g.signoff(),
        ]
    else:
        QB += [g.agent_generic(), "", g.pick(AGENT_CLOSE), a.first, f"{g.b} {g.pick(TEAMS)}"]
    quoted = [attr] + ["> " + x if x else ">" for x in QB]
    mine = []
    if g.chance(0.6):
        mine += [g.greeting(a.first), ""]
    mine += [q, ""]
    mine += [g.signoff()] + g.signature(c, rich=g.chance(0.3))
    if g.chance(0.5):  # bottom-posted
        return "\n".join(quoted + [""] + mine)
    return "\n".join(mine + [""] + quoted)


def ch_gmail_forward(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    sb = support_box(g)
    if g.chance(0.5):
        # customer forwards an older mail and asks on top
        L = []
        if g.chance(0.7):
            L += [g.greeting(), ""]
        L += [
            q,
            "",
            g.pick(
                [
                    "Forwarding the earlier thread below for reference.",
                    "Older thread below fyi.",
                    "(See the forwarded mail below for my account details.)",
                    "",
                ]
            ),
            g.signoff(),
            c.first,
        ]
        t0 = g.earlier(t, 600, 40000)
        L += [
            "",
            "---------- Forwarded message ---------",
            f"From: {sb.full} <{sb.email}>",
            f"Date: {f_gmail(t0)}",
            f"Subject: {g.subject(c.company)}",
            f"To: <{c.email}>",
            "",
        ]
        if h:
            L += [
                f"Hi {c.first},",
                "",
                "Regarding your request:",
                "",
                "> " + h,
                "",
                g.pick(RESOLVED),
                "",
                g.pick(AGENT_CLOSE),
                a.full,
            ]
        else:
            L += [
                f"Hi {c.first},",
                "",
                f"Here is your receipt from {g.b} (#{g.ri(1000, 9999)}-{g.ri(1000, 9999)}).",
                f"Amount paid: {g.pick(['$', '€', '£'])}{g.ri(5, 400)}.{g.ri(0, 99):02d}",
                f"Date paid: {f_date(t0)}",
                f"Payment method: {g.pick(['Visa', 'Mastercard', 'Amex'])} •••• {g.ri(1000, 9999)}",
                "",
                f"Questions? Visit https://help.{g.bd}",
                f"{g.b}, {g.address()}",
            ]
        return "\n".join(L)
    # colleague of the product team forwards a customer's mail
    col = g.agent()
    L = [
        g.pick(
            [
                "FYI - forwarding from one of our users.",
                "Forwarding as discussed.",
                "See below, came in via my inbox.",
                f"fwd from {c.company}",
                "Passing this along.",
            ]
        ),
        "",
        col.first,
        "",
        "---------- Forwarded message ---------",
        f"From: {c.full} <{c.email}>",
        f"Date: {f_gmail(t)}",
        f"Subject: {g.subject(c.company)}",
        f"To: {col.full} <{col.email}>",
        "",
    ]
    if g.chance(0.7):
        L += [g.greeting(col.first), ""]
    L += [q, "", g.signoff()] + g.signature(c)
    if h:
        t0 = g.earlier(t, 1000, 30000)
        L += [
            "",
            f"On {f_gmail(t0)}, {sb.full} <{sb.email}> wrote:",
            "> " + g.pick(RESOLVED),
            ">",
            f"> On {f_gmail(g.earlier(t0, 60, 3000))}, {c.full} wrote:",
            "> > " + h,
        ]
    return "\n".join(L)


def ch_mobile_mail(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = []
    if g.chance(0.4):
        L.append(g.pick(["hi", "Hi", "Hello", "hey", f"Hi {a.first}"]))
    L.append(q)
    if g.chance(0.3):
        L.append(g.pick(["thx", "ty", "Thanks", "thanks!", c.first, f"- {c.first[0]}"]))
    L += ["", g.mobile_sent()]
    if g.chance(0.65) or h:
        t1 = g.earlier(t, 30, 5000)
        L += [
            "",
            f"> On {mon_name(t1)} {t1.day}, {t1.year}, at {h12(t1)}, {a.full} <{a.email}> wrote:",
            ">",
        ]
        body = [f"Hi {c.first},", ""]
        if h:
            body += [
                g.pick(RESOLVED),
                "",
                g.pick(AGENT_CLOSE),
                a.first,
                "",
                f"On {f_gmail(g.earlier(t1, 60, 3000))} {c.full} wrote:",
                "> " + h,
            ]
        else:
            body += [g.agent_generic(), "", g.pick(AGENT_CLOSE), a.first]
        L += ["> " + x if x else ">" for x in body]
    return "\n".join(L)


def ch_list_digest(g, q, h):
    c = g.person()
    lst = g.pick(
        [
            f"{g.b.lower()}-users",
            f"{g.b.lower()}-community",
            f"{g.b.lower()}-admins",
            "customers-announce",
            f"{g.b.lower()}-help",
        ]
    )
    host = "lists." + g.bd
    vol, iss = g.ri(3, 40), g.ri(1, 300)
    t = g.dt()
    t1 = g.earlier(t, 60, 2000)
    o = g.person()
    mod = g.agent()
    s2 = g.pick(
        ["question", "Quick question", "help", "Re: getting started", "newbie here", "account"]
    )
    if h:
        s1 = "Re: " + g.pick(["setup issue", "question", "problem after update", "help needed"])
        m1_from, m1 = (
            mod,
            [
                f"On {f_date(g.earlier(t1, 600, 5000))}, {o.full} wrote:",
                "> " + h,
                "",
                g.pick(RESOLVED) + f" (fixed in {g.ver})",
                "",
                mod.first,
                f"{g.b} team",
            ],
        )
    else:
        s1 = f"[ANN] {g.b} {g.ver} released"
        m1_from = mod
        m1 = (
            ["Hi all,", "", f"{g.b} {g.ver} is rolling out today. Highlights:", ""]
            + ["  * " + x for x in g.r.sample(CHANGELOG, 3)]
            + ["", "Full notes on the blog.", "", mod.full]
        )
    L = (
        [
            f"Send {lst} mailing list submissions to",
            f"\t{lst}@{host}",
            "",
            "To subscribe or unsubscribe via the World Wide Web, visit",
            f"\thttps://{host}/mailman/listinfo/{lst}",
            "or, via email, send a message with subject or body 'help' to",
            f"\t{lst}-request@{host}",
            "",
            "You can reach the person managing the list at",
            f"\t{lst}-owner@{host}",
            "",
            "When replying, please edit your Subject line so it is more specific",
            f'than "Re: Contents of {lst} digest..."',
            "",
            "",
            "Today's Topics:",
            "",
            f"   1. {s1} ({m1_from.full})",
            f"   2. {s2} ({c.full})",
            "",
            "",
            "-" * 70,
            "",
            "Message: 1",
            f"Date: {DAY3[t1.weekday()]}, {t1.day} {mon_name(t1)} {t1.year} {t1:%H:%M:%S} +0000",
            f"From: {m1_from.full} <{m1_from.email}>",
            f"To: {lst}@{host}",
            f"Subject: [{lst}] {s1}",
            (
                f"Message-ID: <{g.hexs(12)}@"
                f"{g.pick(['mail.gmail.com', 'eu-west-1.amazonses.com', host])}>"
            ),
            'Content-Type: text/plain; charset="us-ascii"',
            "",
        ]
        + m1
        + [
            "",
            "-" * 30,
            "",
            "Message: 2",
            (
                f"Date: {DAY3[t.weekday()]}, {t.day} {mon_name(t)} {t.year} {t:%H:%M:%S} "
                f"{g.pick(['+0000', '-0500', '+0100', '+0530'])}"
            ),
            f"From: {c.full} <{c.email}>",
            f"To: {lst}@{host}",
            f"Subject: [{lst}] {s2}",
            f"Message-ID: <{g.alnum(20)}@{c.domain}>",
            'Content-Type: text/plain; charset="utf-8"',
            "",
        ]
    )
    if g.chance(0.6):
        L += [g.greeting() if g.chance(0.5) else "Hi list,", ""]
    L += [q, "", g.signoff(), c.full]
    if g.chance(0.4):
        L.append(c.company)
    L += [
        "",
        "-" * 30,
        "",
        "Subject: Digest Footer",
        "",
        "_" * 47,
        f"{lst} mailing list",
        f"{lst}@{host}",
        f"https://{host}/mailman/listinfo/{lst}",
        "",
        "",
        "-" * 30,
        "",
        f"End of {lst} Digest, Vol {vol}, Issue {iss}",
        "*" * (len(lst) + 30),
    ]
    return "\n".join(L)


REACT = [
    "👍 {n}",
    "❤️ {n}",
    "😂 {n}",
    "👀 {n}",
    "🎉 {n}",
    "🙏 {n}",
    "👍 {n}  ❤️ {m}",
    "✅ {n}",
    "😮 {n}",
]


def ch_teams(g, q, h):
    c, a = g.person(), g.agent()
    a2 = g.agent()
    t = g.dt()
    fmt = g.r.randrange(2)
    ext = g.pick([" (External)", " (Guest)", ""])

    def msg(who, tt, body, edited=False):
        if fmt == 0:
            head = f"{who} {h12(tt)}" if g.chance(0.7) else f"{who} {tt.month}/{tt.day} {h12(tt)}"
            out = [head, body + (" (edited)" if edited else "")]
        else:
            out = [f"[{f_us(tt)}] {who}:", body]
        if g.chance(0.3):
            out.append(g.pick(REACT).format(n=g.ri(1, 6), m=g.ri(1, 3)))
        return out

    L = []
    if g.chance(0.5):
        L += [
            g.pick(
                [
                    f"{a.full} added {c.full}{ext} to the chat.",
                    f'{a.full} renamed the group to "{c.company.split()[0]} <> {g.b}".',
                    f"Meeting started {h12(g.earlier(t, 3000, 9000))}",
                    f"{a2.full} has joined the conversation.",
                    f"Chat history with {c.company} (shared channel)",
                ]
            ),
            "",
        ]
    if h:
        t0 = g.earlier(t, 500, 20000)
        o = g.person(c.company) if g.chance(0.5) else c
        L += msg(o.full + ext, t0, h)
        L += msg(a.full, g.later(t0, 3, 90), g.pick(RESOLVED) + " ✅")
        if g.chance(0.5):
            L += msg(o.full + ext, g.later(t0, 100, 200), g.pick(ACKS))
        L.append("")
    elif g.chance(0.6):
        L += msg(
            a.full,
            g.earlier(t, 60, 3000),
            g.pick(
                [
                    "Morning all 👋",
                    f"Heads up: {g.b} {g.ver} rolls out tonight.",
                    "Sharing the recap from Tuesday's session in the Files tab.",
                    "Welcome to the shared channel!",
                ]
            ),
        )
        L.append("")
    L += msg(c.full + ext, t, q, edited=g.chance(0.1))
    if g.chance(0.6):
        L += [""] + msg(
            a2.full if g.chance(0.5) else a.full,
            g.later(t, 1, 40),
            g.pick(
                [
                    "Thanks, looking into it now.",
                    "On it 👀",
                    f"@{a.first} can you take this one?",
                    "Got it - will come back to you today.",
                    "Let me check with the team.",
                ]
            ),
        )
    if g.chance(0.3):
        L += [
            "",
            g.pick(
                [
                    f"{g.ri(2, 5)} replies from {a.first} and {a2.first}",
                    f"Meeting ended: {g.ri(10, 59)}m {g.ri(0, 59)}s",
                    "Reply",
                    "Seen by everyone",
                ]
            ),
        ]
    return "\n".join(L)


def ch_slack(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    chan = g.pick(
        [
            f"#ext-{c.company.split()[0].lower()}-{g.b.lower()}",
            f"#help-{g.b.lower()}",
            "#support",
            f"#{g.b.lower()}-customers",
            "#shared-support",
        ]
    )
    fmt = g.r.randrange(2)

    def nm(p):
        return p.full if fmt == 0 else p.handle

    def msg(who, tt, body, app=False):
        if fmt == 0:
            out = [f"{who}{'  APP' if app else ''}  {h12(tt)}", body]
            if g.chance(0.3):
                out.append(
                    g.pick(
                        [
                            ":eyes: 1",
                            ":white_check_mark: 2",
                            ":+1: 3",
                            ":pray: 1",
                            ":raised_hands: 2 :eyes: 1",
                        ]
                    )
                )
            return out
        return [f"[{f_sql(tt)}] <{who}> {body}"]

    L = [
        f"{chan} | Slack Connect · {c.company}"
        if g.chance(0.5)
        else f"Channel: {chan}  (exported {f_date(g.later(t, 600, 9000))})",
        "",
    ]
    if g.chance(0.3):
        L += msg(nm(g.person()), g.earlier(t, 2000, 9000), "has joined the channel")
    if h:
        t0 = g.earlier(t, 600, 30000)
        o = g.person()
        L += msg(nm(o), t0, h)
        L += msg(nm(a), g.later(t0, 5, 200), "(in thread) " + g.pick(RESOLVED))
        L += msg(nm(o), g.later(t0, 210, 400), "(in thread) " + g.pick(ACKS))
    L += msg(nm(c), t, q)
    if g.chance(0.6):
        L += msg(
            "Workflow Builder" if fmt == 0 else "workflow-bot",
            g.later(t, 0, 1),
            g.pick(
                [
                    (
                        f"Thanks for posting in {chan}! A ticket was created: HELP-"
                        f"{g.ri(100, 9999)}. Typical first reply: under 2h."
                    ),
                    "Reminder: please don't share passwords or card numbers here.",
                    (
                        f"Request logged for {c.company}. SLA tier: "
                        f"{g.pick(['Gold', 'Silver', 'Standard'])}."
                    ),
                ]
            ),
            app=True,
        )
    if g.chance(0.3):
        L += msg(nm(a), g.later(t, 2, 60), g.pick([":eyes:", "taking a look", "on it"]))
    return "\n".join(L)


def ch_discord(g, q, h):
    c = g.person()
    t = g.dt()
    mod = g.agent()

    def when(tt):
        return g.pick(
            [
                f"Today at {h12(tt)}",
                f"{tt.month:02d}/{tt.day:02d}/{tt.year} {h12(tt)}",
                f"Yesterday at {h12(tt)}",
            ]
        )

    L = [
        (
            f"{g.b} Community › #"
            f"{g.pick(['help', 'support', 'general', 'questions', 'bugs-and-help'])}"
        ),
        "",
    ]
    if g.chance(0.4):
        L += [
            (
                f"→ {g.pick(['Welcome', 'Glad you are here', 'Everyone welcome'])}, "
                f"{g.person().nick}. "
                f"{g.pick(['Say hi!', 'We hope you brought pizza.', 'Read #rules first'])}"
            ),
            "",
        ]
    if h:
        o = g.person()
        t0 = g.earlier(t, 300, 20000)
        L += [
            f"{o.nick} — {when(t0)}",
            h,
            "",
            f"{mod.nick} [MOD] — {when(g.later(t0, 5, 120))}",
            f"@{o.nick} {g.pick(RESOLVED)}",
            g.pick(["✅ 3", "✅ 1  🎉 2", "👍 4"]),
            "",
            f"📌 {mod.nick} marked this thread as resolved.",
            "",
        ]
    L += [f"{c.nick} — {when(t)}", q]
    if g.chance(0.35):
        L.append(g.pick(["👀 2", "🔥 1", "➕ 3", "👍 1"]))
    if g.chance(0.6):
        L += [
            "",
            f"{g.b}Bot [BOT] — {when(g.later(t, 0, 1))}",
            g.pick(
                [
                    (
                        f"Hey @{c.nick}! A helper will be with you soon. Meanwhile check "
                        f"https://docs.{g.bd}"
                    ),
                    f"Ticket #{g.ri(1000, 9999)} opened for @{c.nick}.",
                    "Please keep questions in one channel 🙂",
                ]
            ),
        ]
    return "\n".join(L)


def ch_github_issue(g, q, h):
    c = g.person()
    t = g.dt()
    n = g.ri(120, 9800)
    L = [
        (
            f"{g.pick(['Question', 'Support', 'Bug', 'Help'])}: "
            + g.pick(
                [
                    "something with my account",
                    "app behaviour",
                    "see description",
                    "request",
                    "need help",
                ]
            )
            + f" #{n}"
        ),
        f"Open · {c.handle} opened this issue on {f_date(t)} · {g.ri(0, 5)} comments",
        "",
        "### Is there an existing issue for this?",
        "",
        "- [x] I have searched the existing issues",
        "",
        "### What happened / what do you need?",
        "",
        q,
        "",
    ]
    L += [
        "### Steps to reproduce",
        "",
        "1. Log in",
        f"2. Go to '{g.pick(['Settings', 'Dashboard', 'Account', 'Home'])}'",
        "3. See above",
        "",
        "### Expected behavior",
        "",
        "_No response_",
        "",
        "### Environment",
        "",
        f"- OS: {g.pick(OSES)}",
        f"- {g.b} version: {g.ver}",
        f"- Browser: {g.pick(BROWSERS)}",
        "",
        "### Anything else?",
        "",
    ]
    if h:
        L.append(
            f'Previously opened #{n - g.ri(10, 100)} ("{h}"), which was closed as '
            "completed - this one is different."
        )
    else:
        L.append("_No response_")
    L += [
        "",
        "### Code of Conduct",
        "",
        "- [x] I agree to follow this project's Code of Conduct",
        "",
    ]
    L += [
        "---",
        f"**github-actions** (bot) commented on {f_date(t)}",
        g.pick(
            [
                "👋 Thanks for opening your first issue here! A maintainer will triage it soon.",
                "This issue has been automatically labelled `needs-triage`.",
            ]
        ),
        "",
    ]
    L.append(
        "Labels: "
        + ", ".join(
            f"`{x}`"
            for x in g.r.sample(["question", "needs-triage", "support", "bug", "customer"], 2)
        )
    )
    return "\n".join(L)


def ch_gitlab_issue(g, q, h):
    c = g.person()
    a = g.agent()
    t = g.dt()
    n = g.ri(50, 4000)
    L = [
        f"Issue #{n} · Created {f_date(t)} by {c.full} @{c.handle}",
        (
            "Title: "
            + g.pick(
                ["Customer request", "Feedback from user", "Support question", "Ticket from portal"]
            )
            + f" ({c.company})"
        ),
        "",
        "<!-- Please fill in the template below. Remove sections that don't apply. -->",
        "",
        "## Summary",
        "",
        q,
        "",
        "## Context",
        "",
        f"- Account: {c.company}",
        f"- Plan: {g.pick(PLANS)}",
        f"- Reported via: {g.pick(['Service Desk email', 'portal', 'in-app'])}",
        "",
    ]
    if h:
        L += ["## Related", "", f'- #{n - g.ri(5, 40)} ~"status::done" — {h}', ""]
    L += [
        "<!-- Do not edit below -->",
        f'/label ~"customer" ~"{g.pick(["triage", "support", "workflow::new"])}"',
        f"/assign @{a.handle}" if g.chance(0.5) else "/milestone %Backlog",
        "",
    ]
    if g.chance(0.5):
        L += [
            f"{a.full} @{a.handle} · {g.ri(1, 50)} minutes ago",
            g.pick(
                [
                    f"set weight to {g.ri(1, 5)}",
                    "changed the description",
                    'added ~"customer" label',
                    "mentioned in merge request !" + str(g.ri(10, 900)),
                ]
            ),
        ]
    return "\n".join(L)


def ch_jira(g, q, h):
    c = g.person()
    a = g.agent()
    t = g.dt()
    key = g.pick(["SUP", "CS", "HELP", "SD", "CX", "OPS"]) + "-" + str(g.ri(100, 29999))
    L = [
        (
            f"[{key}] "
            + g.pick(
                ["Customer request", "Request from portal", "Email request", "General question"]
            )
        ),
        (
            "Request type: "
            f"{g.pick(['Get help', 'Ask a question', 'Report a problem', 'Other'])}    "
            f"Status: {g.pick(['Waiting for support', 'Open', 'In progress'])}"
        ),
        (
            f"Priority: {g.pick(['Minor', 'Major', 'Medium', 'Low'])}    Reporter: {c.full} ("
            f"{c.email})"
        ),
        f"Assignee: {g.pick([a.full, 'Unassigned'])}    Created: {t:%d/%b/%y %I:%M %p}",
        f"Organizations: {c.company}",
        f"Labels: {' '.join(g.tags(2))}",
        "",
    ]
    if h:
        hk = key.split("-")[0] + "-" + str(g.ri(50, 99))
        L += ["Linked issues:", f"  relates to {hk}  {h}  [DONE]", ""]
    L += ["Description:", "{quote}", q, "{quote}", ""]
    if g.chance(0.5):
        L += [f"Environment: {g.pick(OSES)} / app {g.ver}", ""]
    L += ["Activity:"]
    L.append(f"  {a.full} — {g.later(t, 5, 300):%d/%b/%y %I:%M %p} — Internal comment")
    L.append("  " + g.internal_note())
    if g.chance(0.5):
        L.append(
            "  Automation for Jira — changed Status: Open → "
            f"{g.pick(['Waiting for support', 'Triage'])}"
        )
    return "\n".join(L)


def ch_zendesk(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    tid = g.ri(10000, 999999)
    L = [
        f"Ticket #{tid}  [{g.pick(['Open', 'New', 'Open', 'Pending'])}]",
        f"Subject: {g.subject(c.company)}",
        f"Requester: {c.full} <{c.email}>  ·  Organization: {c.company}",
        f"Assignee: {a.full} ({g.b} {g.pick(TEAMS)})" if g.chance(0.6) else "Assignee: -",
        (
            f"Priority: {g.pick(['Low', 'Normal', 'High', 'Urgent'])}  ·  Type: "
            f"{g.pick(['Question', 'Incident', 'Problem', 'Task'])}  ·  Channel: "
            f"{g.pick(['Email', 'Web form', 'Chat', 'Mobile SDK', 'API'])}"
        ),
        f"Tags: {', '.join(g.tags(g.ri(2, 4)))}",
        "",
        "---- Conversation (oldest first) ----",
        "",
    ]

    def ev(tt, who, body):
        return [f"[{f_sql(tt)}] {who}", ind(body, "    ")] + [""]

    if h:
        t0 = g.earlier(t, 2000, 40000)
        L += ev(t0, f"{c.full} (end-user) — public", h)
        L += ev(
            g.later(t0, 20, 300),
            f"{a.full} (agent) — public reply",
            f"Hi {c.first},\n{g.pick(RESOLVED)}\n{a.first}",
        )
        L += ev(
            g.later(t0, 400, 1400),
            "System",
            g.pick(
                [
                    "Status changed: Open → Solved",
                    "Status: Pending → Solved (automation: 'Close after 24h')",
                ]
            ),
        )
        L += ev(t, f"{c.full} (end-user) — public", q)
        L += ev(t, "System", "Ticket reopened by end-user follow-up")
    else:
        L += ev(t, f"{c.full} (end-user) — public", q)
    if g.chance(0.6):
        L += ev(
            g.later(t, 0, 1),
            "Trigger",
            f"Notification 'Auto-reply: request received' sent to {c.email}",
        )
    if g.chance(0.6):
        L += ev(g.later(t, 5, 200), f"{a.full} (agent) — internal note", g.internal_note())
    if g.chance(0.25):
        L += ev(
            g.later(t, 10, 300),
            (
                "Side conversation with "
                f"{g.pick(['billing@', 'partners@', 'vendor-support@'])}"
                f"{g.domain_of(g.company())}"
            ),
            g.pick(
                [
                    "Forwarded ticket details, awaiting reply.",
                    "Asked the vendor for logs from their side.",
                ]
            ),
        )
    return "\n".join(L).rstrip()


def ch_freshdesk(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = [
        f"#{g.ri(1000, 99999)} · {g.subject(c.company)}",
        (
            f"Status: {g.pick(['Open', 'Pending', 'Waiting on Customer'])} | Source: "
            f"{g.pick(['Email', 'Portal', 'Phone', 'Feedback widget'])} | Group: "
            f"{g.pick(TEAMS)}"
        ),
        f"Contact: {c.full} ({c.email}) — {c.company}",
        "",
        "Conversations (newest first)",
        "=" * 30,
    ]
    if g.chance(0.5):
        L += [
            f"PRIVATE NOTE · {a.full} · {f_human(g.later(t, 3, 120))}",
            g.internal_note(),
            "-" * 30,
        ]
    L += [f"{c.full} replied · {f_human(t)}  (latest)", q, "-" * 30]
    if h:
        t0 = g.earlier(t, 2000, 30000)
        L += [
            f"{a.full} replied · {f_human(g.later(t0, 30, 600))}",
            f"Hi {c.first}, {g.pick(RESOLVED)}",
            "-" * 30,
            f"{c.full} reported · {f_human(t0)}",
            h,
            "-" * 30,
        ]
    else:
        L += [
            f"{g.b} (automated) · {f_human(g.earlier(t, 1000, 9000))}",
            g.pick(
                [
                    "Survey: How would you rate our support? Good",
                    f"Ticket #{g.ri(1000, 9999)} was closed.",
                    "Welcome email sent.",
                ]
            ),
            "-" * 30,
        ]
    if g.chance(0.3):
        L += [
            f"Side conversation · {a.first} → {g.person().email}",
            "Subject: FYI - customer escalation",
            "(no reply yet)",
        ]
    return "\n".join(L)


def ch_helpscout(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = [
        (
            f"Conversation #{g.ri(100000, 999999)} · Mailbox: {g.b} "
            f"{g.pick(['Support', 'Billing', 'Help'])}"
        ),
        f"Customer: {c.full} <{c.email}> · {c.company} · {g.pick(COUNTRIES)}",
        f"Status: Active · Assigned: {g.pick([a.full, 'Anyone'])} · Tags: {', '.join(g.tags(2))}",
        "",
    ]
    if h:
        t0 = g.earlier(t, 2000, 50000)
        L += [
            (
                f'Previous conversations (1): #{g.ri(100000, 999999)} "{h}" — Closed '
                f"{f_date(g.later(t0, 100, 2000))}"
            ),
            "",
        ]
    L += [f"{c.full} · {f_human(t)}", q, ""]
    if g.chance(0.6):
        L += [
            (
                'Workflow "'
                + g.pick(
                    ["Auto-tag VIP", "Route billing", "Assign by language", "First response SLA"]
                )
                + f'" applied · {h12(g.later(t, 0, 1))}'
            ),
            "",
        ]
    if g.chance(0.5):
        L += [f"Note by {a.full} · {h12(g.later(t, 2, 90))}", g.internal_note(), ""]
    if g.chance(0.3):
        L += [
            (
                f'Saved reply "{g.pick(["Greeting", "Looking into it", "Need more info"])}" '
                f"inserted by {a.first} (draft)"
            )
        ]
    return "\n".join(L).rstrip()


def ch_salesforce(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    cn = f"{g.ri(1000000, 9999999):08d}"
    L = [
        f"Case {cn}",
        (
            f"Status: {g.pick(['New', 'Working', 'Escalated'])}   Origin: "
            f"{g.pick(['Email', 'Web', 'Phone', 'Chat'])}   Priority: "
            f"{g.pick(['Low', 'Medium', 'High'])}"
        ),
        f"Account Name: {c.company}   Contact Name: {c.full}   Contact Phone: {c.phone}",
        f"Case Owner: {g.pick([a.full, 'Support Queue', 'Tier 1 Queue'])}   Opened: {f_us(t)}",
        f"Subject: {g.subject(c.company)}",
        "",
        "Description:",
        q,
        "",
    ]
    if h:
        L += [
            "Related Cases:",
            f"  {g.ri(1000000, 9999999):08d}  Closed  {f_date(g.earlier(t, 5000, 90000))}  {h}",
            "",
        ]
    L += ["Feed:"]
    L.append(f"  {a.full} changed Status from New to Working. · {g.ri(1, 59)}m ago")
    if g.chance(0.5):
        L.append(f"  Email-to-Case: email received from {c.email} · {g.ri(1, 5)}h ago")
    if g.chance(0.5):
        L.append(f"  {a.full} posted: {g.internal_note()}")
    if g.chance(0.3):
        L.append(
            "  Entitlement process '"
            f"{g.pick(['Gold SLA', 'Standard Support', 'Premier'])}' applied."
        )
    return "\n".join(L)


def ch_hubspot(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = [
        f"Contact: {c.full} · {c.title} at {c.company}",
        f"Lifecycle stage: {g.pick(['Customer', 'Opportunity', 'Evangelist'])} · Owner: {a.full}",
        "",
        "Activity (most recent first)",
        "",
    ]
    L += [
        f"{f_human(t)} · Conversation · {g.pick(['Chat', 'Email', 'Facebook Messenger', 'Form'])}",
        f"  {c.first}: {q}",
        "",
    ]
    ev = []
    if h:
        th = g.earlier(t, 3000, 60000)
        ev.append((th, [f"{f_human(th)} · Ticket closed", f'  "{h}" — resolved by {a.full}']))
    for _ in range(g.ri(1, 3)):
        te = g.earlier(t, 100, 80000)
        ev.append(
            (
                te,
                [
                    f"{f_human(te)} · "
                    + g.pick(
                        [
                            f'Email opened · "Your {g.pick(MONTHS)} invoice" ({g.ri(1, 6)} opens)',
                            (
                                "Deal stage changed to "
                                f"{g.pick(['Closed won', 'Renewal', 'Contract sent'])}"
                            ),
                            f"Note by {a.full}: renewal call booked",
                            f"Page view: /pricing ({g.ri(1, 9)} views)",
                            (
                                f"Marketing email clicked · {g.b} "
                                f"{g.pick(['Spring', 'Product', 'Monthly'])} newsletter"
                            ),
                            f"Meeting logged · QBR with {c.first} ({g.ri(20, 60)} min)",
                        ]
                    )
                ],
            )
        )
    ev.sort(key=lambda x: x[0], reverse=True)
    for _, ln in ev:
        L += ln + [""]
    return "\n".join(L).rstrip()


FILL = ["um", "uh", "yeah", "so", "okay", "right", "mm-hmm", "like", "you know"]


def ch_call(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    fmt = g.r.randrange(3)
    sec = g.ri(3, 30)
    an = f"{a.first} ({g.b})" if fmt != 2 else "Speaker 1"
    cn = f"{c.first} ({c.company.split()[0]})" if fmt != 2 else "Speaker 2"

    def line(who, text):
        nonlocal sec
        stamp = f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"
        sec += g.ri(4, 40)
        if fmt == 0:
            return [f"[{stamp}] {who}: {text}"]
        if fmt == 1:
            return [f"{who}  {stamp[3:]}", text]
        return [f"{who} ({stamp[3:]})", text]

    L = [
        g.pick(
            [
                (
                    f'Zoom recording transcript — "{c.company.split()[0]} <> {g.b} '
                    f'{g.pick(["sync", "check-in", "QBR", "onboarding"])}"'
                ),
                (
                    f"Gong call: {c.company} / {g.b} — "
                    f"{g.pick(['Discovery', 'Renewal', 'Support'])} call"
                ),
                f"Meet transcript · {f_date(t)}",
            ]
        ),
        f"Date: {f_human(t)} · Duration: {g.ri(12, 58)} min",
        f"Participants: {a.full} ({g.b}), {c.full} ({c.company})",
        "",
    ]
    L += line(
        an,
        g.pick(
            [
                "Hey, can you hear me okay?",
                "Hi! Thanks for hopping on.",
                "Okay, I think we're recording now.",
            ]
        ),
    )
    L += line(
        cn,
        g.pick(
            [
                "Yeah, I can hear you.",
                "Hi, yes, all good.",
                "Yep. Sorry, one sec, [inaudible]. Okay.",
            ]
        ),
    )
    L += line(
        an,
        g.pick(
            [
                "Great. So, um, what's on your list today?",
                "Cool, how've things been since last time?",
                "Perfect. Uh, where do you want to start?",
            ]
        ),
    )
    if h:
        L += line(cn, h)
        L += line(
            an,
            g.pick(
                [
                    "Oh, that one's easy, I just did it for you while we're talking.",
                    "Yep, that's done now on my side.",
                    "Okay, sorted - you should see it already.",
                ]
            ),
        )
        L += line(cn, g.pick(["Oh perfect. [laughs]", "Great, thank you.", "Nice, okay."]))
    L += line(
        cn,
        g.pick(["Um, so, the main thing today.", "Yeah so, one thing.", "Okay. So.", "Right, uh."]),
    )
    L += line(cn, q)
    L += line(
        an,
        g.pick(
            [
                "Mm-hmm, got it. Let me note that down.",
                "Okay, yeah. Let me check and I'll follow up in writing.",
                "Sure, [crosstalk] sorry, go on. Yeah, got it.",
            ]
        ),
    )
    if g.chance(0.5):
        L += line(cn, g.pick(["That's it from me.", "Yeah, that's all.", "Cool. Thanks."]))
    return "\n".join(L)


NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ch_voicemail(g, q, h):
    c = g.person()
    t = g.dt()
    digits = "".join(ch for ch in c.phone if ch.isdigit())[-7:]
    spoken = " ".join(NUMW[int(d)] for d in digits)
    seg = g.ri(0, 3)
    L = [
        g.pick(
            [
                f"New voicemail from {c.phone}",
                f"Voicemail: {c.full} ({c.phone})",
                f"Missed call + voicemail · {c.phone} · Unknown caller",
            ]
        ),
        f"Received: {f_human(t)}  ·  Duration: 0:{g.ri(18, 59):02d}",
        (
            f"Transcription ({g.pick(['beta', 'auto', 'Google Voice', 'Dialpad'])}, "
            f"confidence: {g.pick(['low', 'medium', 'high'])}):"
        ),
        "",
    ]

    def s(text):
        nonlocal seg
        out = f"[0:{seg:02d}] {text}"
        seg += g.ri(3, 9)
        return out

    L.append(
        s(
            g.pick(
                [
                    f"hi this is {c.first.lower()} from {c.company.split()[0].lower()} um",
                    f"yeah hi um it's {c.first.lower()} {c.last.lower()} calling",
                    f"hello hi this is {c.first.lower()} i'm a customer",
                    f"hey it's {c.first.lower()} uh account under {c.company.split()[0].lower()}",
                ]
            )
        )
    )
    if h:
        L.append(s("so last week i called about"))
        L.append(s(h))
        L.append(s("and that got sorted so thank you for that um but now"))
    else:
        L.append(s(g.pick(["so uh", "um so yeah", "calling because", "so the reason i'm calling"])))
    L.append(s(q))
    L.append(
        s(
            g.pick(
                [
                    f"uh my number is {spoken} okay thanks bye",
                    f"you can reach me at {spoken} thank you",
                    "okay that's it thanks bye bye",
                    f"i'm on {spoken} uh anytime after two thanks",
                ]
            )
        )
    )
    return "\n".join(L)


def ch_nps(g, q, h):
    c = g.person()
    t = g.dt()
    sc = g.ri(0, 10)
    pretty = g.chance(0.5)
    L = [
        (
            "Survey: "
            + g.pick(
                ["Relationship NPS", "Quarterly pulse", "Product feedback", "Post-onboarding NPS"]
            )
            + f" {g.pick(['Q1', 'Q2', 'Q3', 'Q4'])} {t.year}"
        ),
        f"Response ID: R_{g.alnum(15)}",
        f"Submitted: {f_iso(t)}",
        f"Respondent: {c.email}",
        (
            f"Segment: {g.pick(['SMB', 'Mid-market', 'Enterprise', 'Consumer'])} | Plan: "
            f"{g.pick(PLANS)} | Tenure: {g.ri(1, 60)} months"
        ),
        "",
    ]
    qs = [
        (f"Q1. How likely are you to recommend {g.b} to a friend or colleague? (0-10)", str(sc)),
        ("Q2. What is the primary reason for your score?", g.pick(REASONS)),
        ("Q3. What is one thing we could do to improve your experience?", q),
        ("Q4. May we contact you about your feedback?", g.pick(["Yes", "No", "Yes - email only"])),
    ]
    for k, v in qs:
        if pretty:
            L += [k, v, ""]
        else:
            L.append(f"{k}: {v}")
    if h:
        L += [
            "",
            (
                f"Previous response ({mon_name(g.earlier(t, 60000, 200000))} {t.year - 1}, "
                f"score {g.ri(0, 10)}, follow-up closed): {h}"
            ),
        ]
    L.append(
        f"Tags: {g.pick(['detractor', 'passive', 'promoter'])}, "
        f"{g.pick(['auto-tagged', 'reviewed'])}"
    )
    return "\n".join(L)


def ch_csat(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    stars = g.ri(1, 5)
    lab = ["", "Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"][stars]
    tk = f"#{g.ri(10000, 999999)}"
    quoted_h = '"' + h + '"' if h else ""
    L = [
        g.pick(
            [
                "CSAT survey response",
                "Customer satisfaction rating received",
                f"New rating on ticket {tk}",
            ]
        ),
        (
            f"Ticket: {tk} — {quoted_h if h else g.subject(c.company)} (solved by {a.full} "
            f"on {f_date(g.earlier(t, 200, 6000))})"
        ),
        f"Customer: {c.full} <{c.email}>",
        "",
        (
            f"How would you rate the support you received? {'★' * stars}{'☆' * (5 - stars)} ("
            f"{stars} - {lab})"
        ),
        f"Did we resolve your issue? {g.pick(['Yes', 'No', 'Partially'])}",
        "",
    ]
    L += [
        g.pick(["Comment:", "Anything else you'd like to tell us?", "Additional feedback:"]),
        q,
        "",
    ]
    L += [
        f"Would you like us to follow up? {g.pick(['Yes', 'No'])}",
        f"Rated at {f_sql(t)} via {g.pick(['email link', 'in-app', 'SMS'])}",
    ]
    return "\n".join(L)


def ch_app_review(g, q, h):
    c = g.person()
    t = g.dt()
    stars = g.ri(1, 5)
    store = g.pick(["App Store", "Google Play"])
    dev = g.agent()
    L = [f"{'★' * stars}{'☆' * (5 - stars)}  {g.pick(REVIEW_TITLES)}"]
    if store == "App Store":
        L.append(
            f"{c.nick}, {t.month:02d}/{t.day:02d}/{t.year} · Version {g.ver} · "
            f"{g.pick(DEVICES)} · {g.pick(COUNTRIES)}"
        )
    else:
        L.append(
            f"{c.full} · {f_date(t)} · {g.pick(DEVICES)} · {g.ri(0, 80)} people found "
            "this review helpful"
        )
    L.append("")
    if h:
        t0 = g.earlier(t, 10000, 90000)
        L += [
            f"Original review ({f_date(t0)}):",
            h,
            "",
            f"Developer Response ({f_date(g.later(t0, 600, 4000))})",
            f"Hi {c.first}, {g.pick(RESOLVED)} Thanks for your patience! – {dev.first}, {g.b} team",
            "",
            f"Updated {f_date(t)}:",
            q,
        ]
    else:
        if g.chance(0.5):
            L.append(
                g.pick(
                    [
                        "Been using this for a couple of years.",
                        "Overall it's fine.",
                        "Love the app generally.",
                        "Got it for the whole family.",
                        "Mostly works.",
                    ]
                )
            )
        L.append(q)
        if g.chance(0.5):
            L += [
                "",
                f"Developer Response ({f_date(g.later(t, 600, 4000))})",
                (
                    f"Hi {c.first}, thanks for the review! Please reach out to support@{g.bd}"
                    f" with your account email so we can take a closer look. – {dev.first}"
                ),
            ]
    return "\n".join(L)


def ch_g2(g, q, h):
    c = g.person()
    t = g.dt()
    site = g.pick(["G2", "Capterra", "TrustRadius"])
    L = [
        (
            '"'
            + g.pick(
                [
                    "Solid tool with a few gaps",
                    "Good value",
                    "Great for small teams",
                    "Works, but",
                    "Reliable daily driver",
                ]
            )
            + '"'
        ),
        (
            f"{c.first} {c.last[0]}. · {c.title} · {g.pick(INDUSTRIES)} · "
            f"{g.pick(['1-10', '11-50', '51-200', '201-500', '1001-5000'])} employees"
        ),
        (
            "Used the software for: "
            f"{g.pick(['Less than 6 months', '6-12 months', '1-2 years', '2+ years'])} · "
            "Review source: "
            f"{g.pick(['Organic', 'Invitation from ' + site, 'Seller invite'])}"
        ),
        (
            f"Reviewed {f_date(t)} · Overall {g.ri(2, 5)}.{g.pick(['0', '5'])}/5 · Ease of "
            f"use {g.ri(2, 5)} · Customer service {g.ri(2, 5)} · Value for money {g.ri(2, 5)}"
        ),
        "",
    ]
    if site == "Capterra":
        L += [f"Pros: {g.pick(PROS)}", "", f"Cons: {g.pick(CONS)}", q, ""]
    else:
        L += [
            f"What do you like best about {g.b}?",
            g.pick(PROS) + " " + g.pick(PROS),
            "",
            f"What do you dislike about {g.b}?",
            g.pick(CONS),
            q,
            "",
            f"What problems is {g.b} solving and how is that benefiting you?",
            g.pick(
                [
                    "Saves us a few hours a week.",
                    "Keeps the team on the same page.",
                    "Replaced three spreadsheets.",
                ]
            ),
            "",
        ]
    if h:
        L += [
            (
                f"Update to my earlier review: my previous issue ({h}) was handled by their "
                "support team, so I bumped my rating."
            ),
            "",
        ]
    if g.chance(0.5):
        L += [
            f"Response from {g.b}",
            (
                f"Thanks for the thoughtful review, {c.first}! We've shared this with our "
                "product team."
            ),
        ]
    return "\n".join(L).rstrip()


def ch_forum(g, q, h):
    c = g.person()
    t = g.dt()
    mod = g.agent()
    L = [
        (
            f"{g.b} Community › "
            f"{g.pick(['Help & Support', 'Questions', 'Account & Billing', 'Using ' + g.b])} "
            "› "
            f"{g.pick(['Question', 'Need help', 'Is this possible?', 'Help', 'Anyone else?'])}"
        ),
        "",
    ]
    if h:
        o = g.person()
        t0 = g.earlier(t, 2000, 40000)
        L += [
            f"{o.nick} · {g.pick(['Level 2', 'New member', 'Contributor'])} · {f_date(t0)}",
            h,
            f"▲ {g.ri(1, 40)}   💬 {g.ri(1, 9)} replies",
            "",
            f"✔ Accepted solution · {mod.full} ({g.b} Staff) · {f_date(g.later(t0, 60, 2000))}",
            g.pick(RESOLVED),
            "",
        ]
        L += [f"{c.nick} · {g.pick(['New member', 'Level 1', 'Regular'])} · {f_date(t)}"]
        if g.chance(0.5):
            L += [
                f"> Quote from {o.nick}:",
                "> " + h,
                "Glad that got fixed. Different question though:",
            ]
        L += [q, f"▲ {g.ri(0, 5)}"]
    else:
        L += [
            f"{c.nick} · {g.pick(['New member', 'Level 1', 'Regular'])} · {f_date(t)}",
            q,
            f"▲ {g.ri(0, 12)}   💬 {g.ri(0, 3)} replies",
        ]
        if g.chance(0.5):
            L += ["", f"{mod.full} ({g.b} Staff) · moved this topic from General", ""]
        if g.chance(0.3):
            L += [
                (
                    "🤖 Community bot: This post was auto-tagged "
                    f"{g.pick(['#question', '#account', '#howto'])}."
                )
            ]
    return "\n".join(L).rstrip()


def ch_intercom(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    bot = g.pick(["Fin", f"{g.b} Bot", "Operator", "Answer Bot"])
    L = [
        f"Conversation with {c.full} · {c.company}",
        (
            "Started on "
            f"{g.pick(['/pricing', '/dashboard', '/settings/billing', '/help', '/app/home'])}"
            f" · {g.pick(BROWSERS)} · {g.pick(OSES)}"
        ),
        "",
    ]
    if h:
        L += [
            (
                f'Previous conversation (closed {f_date(g.earlier(t, 3000, 60000))}): "{h}" '
                f"— resolved by {a.first}"
            ),
            "",
        ]
    tt = t
    L += [
        f"{bot} (bot) · {h12(tt)}",
        g.pick(
            [
                "Hi there 👋 What can we help you with today?",
                "Hey! Ask me anything, or pick an option below.",
                f"Welcome to {g.b} 👋",
            ]
        ),
    ]
    if g.chance(0.5):
        L += [
            "[Billing] [Technical issue] [Something else]",
            f"{c.first} · {h12(tt)}",
            g.pick(["Something else", "Technical issue", "Billing"]),
            f"{bot} (bot) · {h12(tt)}",
            "Got it. Could you describe it in a sentence or two?",
        ]
    tt = g.later(tt, 0, 2)
    L += [f"{c.first} · {h12(tt)}", q]
    L += [
        f"{bot} (bot) · {h12(tt)}",
        g.pick(
            [
                "Thanks! Connecting you with the team. Typical reply time: a few minutes.",
                "I couldn't find an answer in our help center. Let me get you to a human 🙂",
                "Here are some articles that might help: …  Still need help? [Talk to a person]",
            ]
        ),
    ]
    if g.chance(0.7):
        L += [
            f"— {a.full} joined the conversation —",
            f"{a.first} · {h12(g.later(tt, 1, 20))}",
            f"Hi {c.first}, thanks for waiting! Looking into this now.",
        ]
    if g.chance(0.3):
        L += [f"— Conversation assigned to {g.pick(TEAMS)} —"]
    return "\n".join(L)


def ch_livechat(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    vid = f"Visitor {g.ri(1000, 99999)}" if g.chance(0.5) else c.first
    L = [
        "Chat transcript",
        f"Visitor: {c.full} ({c.email})",
        f"Chat started on: {f_sql(t)}  ·  Duration: {g.ri(2, 30)}m {g.ri(0, 59)}s",
        (
            f"Agent: {a.full}  ·  Referrer: https://{g.bd}/"
            f"{g.pick(['pricing', 'help', 'login', 'contact'])}"
        ),
        "",
    ]
    tt = t

    def st():
        nonlocal tt
        tt = tt + timedelta(seconds=g.ri(5, 90))
        return f"({tt:%H:%M:%S})"

    L += [
        f"{st()} *** {vid} has joined the chat ***",
        (
            f"{st()} Bot: "
            f"{g.pick(['Hello! How can I help?', 'Hi! An agent will be with you shortly.'])}"
        ),
    ]
    if h:
        L += [
            f"{st()} *** Chat transferred from Bot to {a.full} ***",
            f"{st()} {vid}: {h}",
            f"{st()} {a.first}: {g.pick(RESOLVED)}",
            f"{st()} {vid}: {g.pick(ACKS)}",
            f"{st()} {vid}: {g.pick(['one more thing', 'also', 'and another question', 'oh and'])}",
            f"{st()} {vid}: {q}",
        ]
    else:
        L += [f"{st()} {vid}: {q}", f"{st()} *** Chat transferred from Bot to {a.full} ***"]
    L += [
        (
            f"{st()} {a.first}: "
            + g.pick(
                [
                    "Let me check that for you, one moment please.",
                    "Sure, give me a sec to pull up your account.",
                    "Thanks for the details - checking now.",
                ]
            )
        )
    ]
    if g.chance(0.5):
        L += [f"{st()} *** {vid} has left the chat ***"]
    return "\n".join(L)


def ch_whatsapp(g, q, h):
    c = g.person()
    t = g.dt()
    biz = f"{g.b} {g.pick(['Support', 'Care', 'Help'])}"
    ios = g.chance(0.5)

    def m(tt, who, body):
        if ios:
            return f"[{tt:%d/%m/%Y, %H:%M:%S}] {who}: {body}"
        return f"{tt:%d/%m/%Y, %H:%M} - {who}: {body}"

    who = c.first if g.chance(0.5) else c.phone
    L = []
    t0 = g.earlier(t, 3000, 50000)
    L.append(
        m(
            t0,
            biz,
            (
                "Messages and calls are end-to-end encrypted. No one outside of this chat, "
                "not even WhatsApp, can read or listen to them."
            ),
        )
        if ios
        else (
            f"{t0:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted. No one "
            "outside of this chat, not even WhatsApp, can read or listen to them. Tap to "
            "learn more."
        )
    )
    L.append(m(g.later(t0, 0, 1), biz, f"Hi! 👋 You're chatting with {g.b}. How can we help?"))
    if h:
        L.append(m(g.later(t0, 2, 10), who, h))
        L.append(m(g.later(t0, 11, 60), biz, g.pick(RESOLVED)))
        L.append(m(g.later(t0, 61, 90), who, g.pick(ACKS)))
    if g.chance(0.3):
        L.append(
            m(
                g.earlier(t, 1, 3),
                who,
                g.pick(
                    [
                        "<Media omitted>",
                        "This message was deleted",
                        "IMG-20240304-WA0003.jpg (file attached)",
                    ]
                ),
            )
        )
    L.append(m(t, who, q))
    if g.chance(0.5):
        L.append(
            m(
                g.later(t, 1, 5),
                biz,
                g.pick(
                    [
                        "Thanks! An agent will reply shortly ⏳",
                        "Our team is online Mon–Fri 9–18. We'll get back to you soon.",
                    ]
                ),
            )
        )
    return "\n".join(L)


def ch_sms(g, q, h):
    c = g.person()
    t = g.dt()
    short = str(g.ri(20000, 99999))
    L = [
        f"Conversation with {c.phone}" + (f" ({c.full})" if g.chance(0.5) else ""),
        f"Via: {g.pick(['Twilio', 'Aircall', 'Podium', 'Textline'])} · Number: {short}",
        "",
    ]

    def m(tt, d, body):
        return f"{f_human(tt)}  {d:<8} {body}"

    t0 = g.earlier(t, 3000, 90000)
    L.append(
        m(
            t0,
            "Outbound",
            g.pick(
                [
                    (
                        f"{g.b}: Your verification code is {g.ri(100000, 999999)}. Don't "
                        "share it with anyone."
                    ),
                    (
                        f"{g.b}: Reminder - your appointment is tomorrow at {g.ri(9, 16)}"
                        ":00. Reply C to confirm. Reply STOP to opt out."
                    ),
                    (
                        f"{g.b}: Thanks for being a customer! Msg&data rates may apply. "
                        "Reply HELP for help, STOP to cancel."
                    ),
                ]
            ),
        )
    )
    if h:
        L.append(m(g.later(t0, 5, 60), "Inbound", h))
        L.append(m(g.later(t0, 61, 300), "Outbound", f"{g.b}: {g.pick(RESOLVED)}"))
        L.append(m(g.later(t0, 301, 400), "Inbound", g.pick(ACKS)))
    L.append(m(t, "Inbound", q))
    if g.chance(0.5):
        L.append(
            m(
                g.later(t, 0, 1),
                "Outbound",
                (
                    f"{g.b}: Thanks for your message! An agent will text you back during "
                    "business hours."
                ),
            )
        )
    return "\n".join(L)


def ch_x_dm(g, q, h):
    c = g.person()
    t = g.dt()
    brand = f"@{g.b}{g.pick(['Support', 'Help', 'Care', ''])}"
    L = [f"Direct Messages · @{c.handle} ({c.full})", f"Conversation with {brand}", ""]
    if h:
        t0 = g.earlier(t, 3000, 60000)
        L += [
            f"@{c.handle} · {f_date(t0)}",
            h,
            "",
            f"{brand} · {f_date(t0)}",
            g.pick(RESOLVED) + f" ^{c.first[0]}{g.pick(LAST)[0]}",
            "",
            f"@{c.handle} · {f_date(t0)}",
            g.pick(ACKS),
            "",
        ]
    else:
        L += [
            f"{brand} · {f_date(g.earlier(t, 10, 600))}",
            g.pick(
                [
                    (
                        "Hi there! Thanks for following up via DM - how can we help? ^"
                        f"{g.pick(FIRST)[0]}{g.pick(LAST)[0]}"
                    ),
                    "Hey! Feel free to send us the details here.",
                ]
            ),
            "",
        ]
    L += [f"@{c.handle} · {h12(t)}", q]
    if g.chance(0.4):
        L.append(g.pick(["Seen", "Sent", "✓✓"]))
    return "\n".join(L)


def ch_linkedin(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = [
        f"{c.full} • {g.pick(['1st', '2nd', '3rd+'])}",
        f"{c.title} at {c.company}",
        f"{g.pick(['InMail', 'Message'])} · {f_date(t)}",
        "",
    ]
    if h:
        t0 = g.earlier(t, 5000, 60000)
        L += [
            f"{c.first} · {f_date(t0)}",
            h,
            "",
            f"{a.full} · {f_date(g.later(t0, 30, 900))}",
            f"Hi {c.first} - {g.pick(RESOLVED)}",
            "",
            f"{c.first} · {f_date(g.later(t0, 1000, 2000))}",
            g.pick(ACKS),
            "",
        ]
    L += [f"{c.first} · {h12(t)}"]
    if g.chance(0.6):
        L.append(
            g.pick(
                [
                    f"Hi {a.first}, hope you're well!",
                    f"Hey {a.first}",
                    (
                        f"Hi {a.first}, we met at "
                        f"{g.pick(['SaaStr', 'Web Summit', 'the user meetup'])}."
                    ),
                ]
            )
        )
    L.append(q)
    if g.chance(0.5):
        L.append(g.pick(["Thanks!", "Cheers", f"Best, {c.first}"]))
    if g.chance(0.3):
        L += ["", g.pick(["Sent from LinkedIn for iPhone", "— Sponsored · Try Premium for free"])]
    return "\n".join(L)


def ch_widget_json(g, q, h):
    c = g.person()
    t = g.dt()
    d = {
        "event": g.pick(
            ["feedback.submitted", "widget.message", "survey.response", "contact_form.created"]
        ),
        "id": g.pick(["fb_", "evt_", "msg_"]) + g.alnum(16),
        "created_at": f_iso(t),
        "user": {
            "id": g.ri(10000, 9999999),
            "email": c.email,
            "name": c.full,
            "plan": g.pick(PLANS).lower(),
        },
        "page": {
            "url": (
                f"https://app.{g.bd}/"
                f"{g.pick(['settings/billing', 'dashboard', 'help', 'account', 'home'])}"
            ),
            "title": g.pick(["Billing", "Dashboard", "Help", "Account", "Home"]),
        },
    }
    fb = {"type": g.pick(["question", "idea", "bug", "other"]), "rating": g.ri(1, 5), "message": q}
    if g.chance(0.3):
        fb["screenshot"] = None
    d["feedback"] = fb
    if h:
        d["previous_submissions"] = [
            {"created_at": f_iso(g.earlier(t, 5000, 90000)), "message": h, "status": "closed"}
        ]
    d["client"] = {
        "ua": g.ua(),
        "locale": g.pick(["en-US", "en-GB", "de-DE", "en-IN", "fr-FR"]),
        "app_version": g.ver,
    }
    if g.chance(0.5):
        return json.dumps(d, ensure_ascii=False, indent=2)
    return json.dumps(d, ensure_ascii=False)


def ch_form(g, q, h):
    c = g.person()
    t = g.dt()
    k = g.r.randrange(2)
    if k == 0:
        bnd = "----WebKitFormBoundary" + g.alnum(16)
        L = [
            f"POST /api/{g.pick(['feedback', 'contact', 'support/requests'])} HTTP/1.1",
            f"Host: {g.pick(['www', 'app', 'api'])}.{g.bd}",
            f"User-Agent: {g.ua()}",
            f"Content-Type: multipart/form-data; boundary={bnd}",
            "",
        ]
        fields = [("name", c.full), ("email", c.email), ("company", c.company)]
        if h:
            fields.append(("previous_ticket", f"#{g.ri(10000, 99999)} (closed) {h}"))
        fields += [
            ("topic", g.pick(["Other", "Account", "General", "Technical"])),
            ("message", q),
            ("consent", "on"),
        ]
        for n, v in fields:
            L += ["--" + bnd, f'Content-Disposition: form-data; name="{n}"', "", v]
        L.append("--" + bnd + "--")
        return "\n".join(L)
    L = [
        (
            f"Form: {g.pick(['Contact us', 'Feedback', 'Get in touch', 'Support request'])} ("
            f"{g.pick(['website', 'in-app', 'help center'])})"
        ),
        f"Submitted: {f_human(t)}",
        f"Name: {c.full}",
        f"Email: {c.email}",
        f"Company: {c.company}",
        f"Phone: {c.phone}" if g.chance(0.5) else f"Country: {g.pick(COUNTRIES)}",
        f"Topic: {g.pick(['Other', 'Account', 'Billing', 'Technical'])}",
    ]
    if h:
        L.append(f"Previous request (closed {f_date(g.earlier(t, 5000, 90000))}): {h}")
    L += [
        f"Message: {q}",
        "Consent: I agree to the privacy policy ✓",
        f"IP: {g.ip()}",
        f"Page: https://{g.bd}/contact?utm_source={g.pick(['google', 'newsletter', 'app'])}",
    ]
    return "\n".join(L)


def ch_csv_row(g, q, h):
    c = g.person()
    t = g.dt()
    tab = g.chance(0.35) and "\t" not in q
    plan = g.pick(PLANS)

    if tab:
        head = ["id", "created_at", "channel", "customer", "plan", "message", "status"]
        rows = []
        if h:
            rows.append(
                [
                    str(g.ri(10000, 49999)),
                    f_sql(g.earlier(t, 5000, 90000)),
                    "email",
                    c.full,
                    plan,
                    h,
                    "closed",
                ]
            )
        rows.append(
            [
                str(g.ri(50000, 99999)),
                f_sql(t),
                g.pick(["web", "email", "chat"]),
                c.full,
                plan,
                q,
                "open",
            ]
        )
        return "\n".join("\t".join(r) for r in [head] + rows)

    def cell(v):
        return '"' + v.replace('"', '""') + '"'

    head = ["ticket_id", "created_at", "requester", "org", "plan_note", "body", "status"]
    note = g.pick(
        [f'Plan "{plan}" (annual)', f'{plan}, "legacy" pricing', f"{plan}", f'"{plan}" trial']
    )
    rows = []
    if h:
        rows.append(
            [
                str(g.ri(10000, 49999)),
                f_sql(g.earlier(t, 5000, 90000)),
                c.email,
                c.company,
                note,
                h,
                "solved",
            ]
        )
    rows.append([str(g.ri(50000, 99999)), f_sql(t), c.email, c.company, note, q, "new"])
    out = [",".join(cell(x) for x in head)]
    for r in rows:
        out.append(",".join(cell(r[i]) if i != 5 else '"' + r[i] + '"' for i in range(len(r))))
    return "\n".join(out)


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")


def ch_html(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = [
        '<div dir="ltr">' + hesc(g.greeting(a.first)) + "<div><br></div>",
        f"<div>{q}</div>",
        "<div><br></div><div>" + hesc(g.signoff()).replace(" ", "&nbsp;") + ",</div>",
        (
            f"<div>--&nbsp;<br>{hesc(c.full)}<br>{hesc(c.title)}&nbsp;|&nbsp;"
            f'{hesc(c.company)}<br><a href="tel:{c.phone.replace(" ", "")}">{hesc(c.phone)}'
            "</a></div></div>"
        ),
    ]
    t1 = g.earlier(t, 60, 5000)
    L.append(
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
        + hesc(f_gmail(t1))
        + f' {hesc(a.full)} &lt;<a href="mailto:{a.email}">{a.email}</a>&gt; wrote:<br></div>'
    )
    L.append(
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
        'solid rgb(204,204,204);padding-left:1ex">'
    )
    if h:
        L.append(f"Hi {hesc(c.first)},<br>{hesc(g.pick(RESOLVED))}<br><br>&gt; {hesc(h)}<br>")
    else:
        L.append(f"Hi {hesc(c.first)},<br>{hesc(g.agent_generic())}<br>")
    L.append(
        f'{hesc(a.first)}<br><span style="color:#888888">{hesc(g.b)} &middot; '
        f"{hesc(g.pick(TEAMS))}</span></blockquote></div>"
    )
    if g.chance(0.3):
        L.append(f'<img width="1" height="1" src="https://t.{g.bd}/o/{g.alnum(24)}.gif" alt="">')
    return "\n".join(L)


LANGS = [
    ("German", "de", "Hallo {b}-Team,", "Viele Grüße"),
    ("Spanish", "es", "Hola equipo de {b},", "Saludos"),
    ("French", "fr", "Bonjour l'équipe {b},", "Cordialement"),
    ("Portuguese", "pt", "Olá equipe {b},", "Abraços"),
    ("Dutch", "nl", "Hallo {b} team,", "Met vriendelijke groet"),
    ("Italian", "it", "Ciao team {b},", "Cordiali saluti"),
    ("Polish", "pl", "Dzień dobry,", "Pozdrawiam"),
    ("Swedish", "sv", "Hej {b},", "Mvh"),
    ("Turkish", "tr", "Merhaba {b} ekibi,", "Saygılarımla"),
]


def ch_translated(g, q, h):
    c = g.person()
    t = g.dt()
    lang, code, hi, bye = g.pick(LANGS)
    tool = g.pick(["Google Translate", "DeepL", "Unbabel", "auto-translate"])
    L = [
        f"Ticket #{g.ri(10000, 999999)} · From: {c.full} <{c.email}> · {f_human(t)}",
        f"Language detected: {lang} ({code}) · Translated by {tool}",
        "",
    ]
    if h:
        L += [
            (
                f"Earlier message ({f_date(g.earlier(t, 3000, 60000))}, translated, status: "
                f"resolved): {h}"
            ),
            "",
        ]
    L += [
        f"Original ({lang}):",
        hi.format(b=g.b),
        f"[… {g.ri(60, 260)} characters — show original]",
        bye,
        c.first,
        "",
        "Translation (English):",
        g.pick([f"Hello {g.b} team,", "Hello,", f"Hi {g.b},"]),
        q,
        g.pick(["Best regards", "Kind regards", "Greetings"]),
        c.first,
    ]
    return "\n".join(L)


def ch_autoreply(g, q, h):
    c, _a = g.person(), g.agent()
    t = g.dt()
    sb = support_box(g)
    tid = g.ri(10000, 999999)
    L = []
    L += [
        f"From: {c.full} <{c.email}>",
        f"Date: {f_gmail(t)}",
        f"Subject: {g.subject(c.company)}",
        "",
    ]
    if g.chance(0.6):
        L += [g.greeting(), ""]
    L += [q, "", g.signoff(), c.full, ""]
    t2 = g.later(t, 0, 2)
    L += [
        f"From: {sb.full} <{sb.email}>",
        f"Date: {f_gmail(t2)}",
        f"Subject: [{g.b}] We received your request (#{tid})",
        "",
        f"Hi {c.first},",
        (
            f"Thanks for contacting {g.b}. Your request (#{tid}) has been received and is "
            "being reviewed by our team."
        ),
        "This is an automated message - please do not reply with the same question.",
        "",
    ]
    if h:
        L += [
            f'Your other open requests: none. Recently solved: #{tid - g.ri(100, 3000)} "{h}"',
            "",
        ]
    t3 = g.later(t2, 0, 1)
    col = g.person(c.company)
    back = t3 + timedelta(days=g.ri(2, 16))
    L += [
        f"From: {c.full} <{c.email}>",
        f"Date: {f_gmail(t3)}",
        f"Subject: Automatic reply: [{g.b}] We received your request (#{tid})",
        "",
        g.pick(
            [
                (
                    f"I am out of the office until {DAYS[back.weekday()]} {back.day} "
                    f"{MONTHS[back.month - 1]} with limited access to email. For urgent "
                    f"matters please contact {col.full} at {col.email}."
                ),
                (
                    "Thank you for your email. I'm currently on leave and will respond on "
                    f"my return. In my absence please reach {col.first} on {col.phone}."
                ),
                (
                    "Ich bin bis einschließlich Freitag nicht im Büro. Ihre Nachricht wird "
                    "nicht weitergeleitet."
                ),
                (
                    f"Hi, I'm at {g.pick(['a conference', 'an offsite', 'a training'])} this "
                    "week and checking email sporadically."
                ),
            ]
        ),
    ]
    return "\n".join(L)


def ch_sales_notes(g, q, h):
    c, ae = g.person(), g.agent()
    se = g.agent()
    t = g.dt()
    c2 = g.person(c.company)
    L = [
        f"Call notes — {c.company} — {f_date(t)}",
        f"Attendees: {c.full} ({c.title}), {c2.full} ({c2.title}); {ae.full} (AE), {se.full} (SE)",
        (
            f"Stage: {g.pick(['Renewal', 'Expansion', 'Negotiation', 'Onboarding'])} · ARR: $"
            f"{g.ri(5, 400)}k · Renewal: {f_date(g.later(t, 40000, 400000))}"
        ),
        "",
        "Summary:",
        f"- Customer mentioned they're rolling out to {g.ri(5, 300)} more seats in Q{g.ri(1, 4)}.",
        f"- Main pain point so far: {g.pick(PAINS)}.",
    ]
    if h:
        L.append(f"- Previously raised (closed by CS in {g.pick(MONTHS)}): {h}")
    L += [f"- {c.first}'s ask, in their words:", "  " + q]
    L += [
        "",
        "Next steps:",
        f"- {ae.first} to send updated pricing by {g.pick(DAYS[:5])}",
        f"- Loop in {se.first} for a technical follow-up",
        (
            f"- Log in {g.pick(['Salesforce', 'HubSpot', 'Gong'])} and tag #"
            f"{g.pick(['expansion', 'risk', 'feedback'])}"
        ),
    ]
    return "\n".join(L)


def ch_sig_email(g, q, h):
    c, a = g.person(), g.agent()
    L = []
    if g.chance(0.6):
        L += [g.ext_banner(), ""]
    L += [g.greeting(a.first), ""]
    if g.chance(0.5):
        L += [g.opener(), ""]
    if h:
        L += [
            (
                f"Thanks again for sorting out the earlier issue ({h}) last "
                f"{g.pick(['week', 'month', 'Tuesday'])} - all good there."
            ),
            "",
        ]
    L += [q, "", g.signoff()]
    L += g.signature(c, rich=True)
    L += ["", g.disclaimer(c)]
    if g.chance(0.5):
        L += ["", g.disclaimer(c)]
    return "\n".join(L)


def ch_phone_ticket(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    L = [
        f"Phone ticket #{g.ri(10000, 999999)} · Inbound call · {f_human(t)}",
        f"Caller ID: {c.phone} · Matched contact: {c.full} ({c.company})",
        (
            "IVR path: "
            + g.pick(
                [
                    "Main > Support > Other",
                    "1 > 3 > 2",
                    "Billing > Speak to agent",
                    "Technical > Mobile",
                ]
            )
            + f" · Queue wait: {g.ri(0, 14)}m {g.ri(0, 59)}s"
        ),
        f"Handled by: {a.full} · Talk time: {g.ri(1, 25)}m",
        "",
        "Agent summary:",
        (
            "Caller verified via "
            f"{g.pick(['DOB + postcode', 'SMS code', 'account PIN', 'email link'])}."
        ),
    ]
    if h:
        L.append(f"Also confirmed the earlier request from last call is done: {h}")
    L += [
        "Caller's question (verbatim):",
        q,
        "",
        (
            "Disposition: "
            f"{g.pick(['Follow-up required', 'Escalated to Tier 2', 'Open - awaiting info'])}"
        ),
        f"Recording: https://calls.{g.bd}/r/{g.alnum(12)}",
    ]
    return "\n".join(L)


def ch_bot_log(g, q, h):
    c = g.person()
    t = g.dt()
    sid = g.hexs(8) + "-" + g.hexs(4)
    tt = t

    def ts():
        nonlocal tt
        tt = tt + timedelta(seconds=g.ri(1, 40))
        return f"{tt:%H:%M:%S}.{g.ri(0, 999):03d}"

    L = [
        (
            f"session={sid} channel={g.pick(['web', 'ios', 'android', 'messenger'])} user="
            f"{c.email} locale={g.pick(['en_US', 'en_GB', 'en_IN'])}"
        ),
        f"{ts()} INFO  session.start plan={g.pick(PLANS).lower()}",
        f"{ts()} BOT   Hi {c.first}! I'm the {g.b} assistant. What do you need?",
    ]
    if h:
        L += [
            f"{ts()} USER  {h}",
            f"{ts()} NLU   intent=resolved_by_flow confidence=0.{g.ri(80, 99)}",
            f"{ts()} BOT   {g.pick(RESOLVED)}",
            f"{ts()} EVENT flow.completed status=success",
        ]
    L += [
        f"{ts()} USER  {q}",
        (
            f"{ts()} NLU   intent={g.pick(['fallback', 'unknown', 'low_confidence'])} "
            f"confidence=0.{g.ri(10, 45)}"
        ),
        (
            f"{ts()} BOT   "
            + g.pick(
                [
                    "Sorry, I did not get that. Let me connect you to an agent.",
                    "Hmm, I am not sure. Want me to hand you over to the team?",
                ]
            )
        ),
        f"{ts()} EVENT handoff.requested queue={g.pick(TEAMS).lower().replace(' ', '_')}",
    ]
    return "\n".join(L)


def ch_notification(g, q, h):
    c, a = g.person(), g.agent()
    t = g.dt()
    tid = g.ri(10000, 999999)
    L = [
        "##- Please type your reply above this line -##",
        "",
        f"{c.full} ({c.company}) added a comment to ticket #{tid}:"
        if g.chance(0.5)
        else (
            f"Your request (#{tid}) has been updated. To add additional comments, reply to "
            "this email."
        ),
        "",
        "-" * 30,
        "",
        f"{c.full}",
        f"{f_human(t)}",
        "",
        q,
        "",
        "-" * 30,
        "",
    ]
    if h:
        t0 = g.earlier(t, 2000, 50000)
        L += [
            f"{a.full} ({g.b})",
            f"{f_human(g.later(t0, 30, 600))}",
            "",
            g.pick(RESOLVED),
            "",
            "-" * 30,
            "",
            f"{c.full}",
            f"{f_human(t0)}",
            "",
            h,
            "",
            "-" * 30,
            "",
        ]
    L += [
        f"This email is a service from {g.b}. Delivered by Zendesk",
        f"[{g.alnum(6, upper=True)}-{g.alnum(5, upper=True)}]",
    ]
    return "\n".join(L)


# name, function, weight, needs (chars that must NOT appear in the request)
CHANNELS = [
    ("email_outlook_chain", ch_outlook_chain, 3, ""),
    ("email_quoted_reply", ch_gmail_quote, 3, ""),
    ("email_forward", ch_gmail_forward, 2, ""),
    ("email_mobile", ch_mobile_mail, 2, ""),
    ("mailing_list_digest", ch_list_digest, 1, ""),
    ("teams_chat", ch_teams, 2, ""),
    ("slack_export", ch_slack, 2, ""),
    ("discord_export", ch_discord, 1, ""),
    ("github_issue", ch_github_issue, 1, ""),
    ("gitlab_issue", ch_gitlab_issue, 1, ""),
    ("jira_service_desk", ch_jira, 1, ""),
    ("zendesk_export", ch_zendesk, 3, ""),
    ("freshdesk_export", ch_freshdesk, 2, ""),
    ("helpscout_conversation", ch_helpscout, 2, ""),
    ("salesforce_case", ch_salesforce, 2, ""),
    ("hubspot_timeline", ch_hubspot, 1, ""),
    ("call_transcript", ch_call, 2, ""),
    ("voicemail_transcript", ch_voicemail, 1, ""),
    ("nps_survey", ch_nps, 2, ""),
    ("csat_survey", ch_csat, 2, ""),
    ("app_store_review", ch_app_review, 2, ""),
    ("software_review_site", ch_g2, 1, ""),
    ("community_forum", ch_forum, 2, ""),
    ("intercom_chat", ch_intercom, 2, ""),
    ("live_chat_transcript", ch_livechat, 2, ""),
    ("whatsapp_export", ch_whatsapp, 2, ""),
    ("sms_thread", ch_sms, 1, ""),
    ("x_dm", ch_x_dm, 1, ""),
    ("linkedin_message", ch_linkedin, 1, ""),
    ("widget_json", ch_widget_json, 2, '"\\'),
    ("web_form_payload", ch_form, 2, ""),
    ("csv_export_cell", ch_csv_row, 1, '"'),
    ("html_email", ch_html, 2, "<>&"),
    ("translated_ticket", ch_translated, 1, ""),
    ("auto_reply_thread", ch_autoreply, 1, ""),
    ("sales_call_notes", ch_sales_notes, 1, ""),
    ("email_signature_heavy", ch_sig_email, 2, ""),
    ("phone_ticket", ch_phone_ticket, 1, ""),
    ("chatbot_log", ch_bot_log, 1, ""),
    ("ticket_notification", ch_notification, 1, ""),
]


def pick_channel(rng, q_raw, h):
    texts = [q_raw] + ([h] if h else [])
    ok = [(n, f, w) for n, f, w, bad in CHANNELS if not any(ch in s for ch in bad for s in texts)]
    tot = sum(w for _, _, w in ok)
    x = rng.random() * tot
    for n, f, w in ok:
        x -= w
        if x < 0:
            return n, f
    return ok[-1][0], ok[-1][1]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inp")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--share", type=float, default=0.75)
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--history-share", type=float, default=0.25, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    with open(args.inp, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if args.text_col not in rd.fieldnames or args.label_col not in rd.fieldnames:
            sys.exit(f"columns {args.text_col!r}/{args.label_col!r} not found in {rd.fieldnames}")
        rows = [(r[args.text_col] or "", r[args.label_col] or "") for r in rd]

    rng = random.Random(args.seed)
    g = G(rng)
    n = len(rows)
    nlabels = len({lab for _, lab in rows})
    out = []
    for text, lab in rows:
        if rng.random() >= args.share or not text.strip():
            out.append((text, lab, "plain"))
            continue
        hist = None
        if nlabels > 1 and rng.random() < args.history_share:
            key = text.strip().lower()
            for _ in range(30):
                j = rng.randrange(n)
                if (
                    rows[j][1] != lab
                    and rows[j][0].strip()
                    and rows[j][0].strip().lower() != key
                    and key not in rows[j][0].lower()
                    and rows[j][0].strip().lower() not in key
                ):
                    hist = rows[j][0].strip()
                    break
        # the request must sit on one line: drop surrounding whitespace and
        # fold any internal line breaks into a single space
        core = text.strip()
        if "\n" in core or "\r" in core:
            core = " ".join(core.split())
        q = vary(rng, core)
        name, fn = pick_channel(rng, q, hist)
        g.begin()
        out.append((fn(g, q, hist), lab, name))

    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "channel"])
        w.writerows(out)


if __name__ == "__main__":
    main()
