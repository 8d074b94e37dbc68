"""Blind channel-envelope wrapper no. 13 for the request-stripping benchmark.

Customer feedback rarely arrives as a clean sentence: it comes inside e-mails (with
greetings, signatures, mobile footers, legal disclaimers, quoted or forwarded threads in
several languages' client conventions), helpdesk and CRM exports, chat and community
threads, store and review-site listings, survey exports, call transcripts, meeting notes
and voice-mail transcriptions.  This tool takes a CSV of clean requests and wraps a share of
them in such a realistic "envelope", so that a stripper can be measured on how well it
recovers the request.

It was written *blind*, without looking at the product's stripping rules, so its templates
test generalisation rather than the rules' own assumptions.

Usage::

    python bench/blind_wrap_13.py IN.csv OUT.csv [--text-col text] [--label-col label]
                                                  [--share 0.7] [--seed 0]

Every input row is written in its original order with all its columns, plus a ``channel``
column naming the envelope kind (``plain`` when the text was left untouched).  Rows to
wrap are chosen with ``random.Random(seed)``; each row's envelope is generated from its own
seeded generator, so the output is fully deterministic for a given seed.

Guarantee: a wrapped text contains the original request verbatim (never altered,
translated or truncated) exactly once.  Occasionally the customer's own words surround the
request on its line (a lead-in such as "Quick one:" or a short follow-up).  For very short
requests that also occur inside ordinary words of an envelope (e.g. "up" in "support"), an
envelope is accepted when the request occurs exactly once as a standalone token; if no such
envelope can be generated, or the text is empty, the row stays ``plain``.

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# --------------------------------------------------------------------------------------
# The workspace: one vendor (whose product receives the feedback), a few recurring agents
# and customer accounts, plus an endless supply of one-off people and companies.
# --------------------------------------------------------------------------------------

VENDOR = "Brightloop"
VENDOR_DOMAIN = "brightloop.io"
PRODUCTS = ["Brightloop", "the Brightloop app", "Brightloop Home", "Loop Assistant", "the hub"]
PLANS = ["Free", "Starter", "Pro", "Business", "Enterprise", "Team (annual)"]

LOCALE_WEIGHTS = {"en": 0.56, "de": 0.12, "fr": 0.11, "es": 0.11, "nl": 0.10}

FIRST_NAMES = {
    "en": [
        "Emily",
        "James",
        "Olivia",
        "Marcus",
        "Hannah",
        "Tyler",
        "Grace",
        "Kevin",
        "Aisha",
        "Ryan",
        "Megan",
        "Daniel",
        "Chloe",
        "Andre",
        "Sophie",
        "Nathan",
        "Priya",
        "Liam",
        "Rachel",
        "Derek",
        "Mei",
        "Jordan",
        "Fatima",
        "Connor",
        "Ava",
        "Luis",
    ],
    "de": [
        "Katrin",
        "Jens",
        "Sabine",
        "Lukas",
        "Anja",
        "Florian",
        "Julia",
        "Matthias",
        "Stefanie",
        "Tobias",
        "Birgit",
        "Jörg",
        "Lena",
        "Uwe",
        "Miriam",
        "Sven",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Céline",
        "Antoine",
        "Aurélie",
        "Nicolas",
        "Manon",
        "Sébastien",
        "Chloé",
        "Guillaume",
        "Inès",
        "Thibault",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Alejandro",
        "Carmen",
        "Sergio",
        "Elena",
        "Pablo",
        "Nuria",
        "Álvaro",
        "Laura",
        "Iñaki",
        "Rocío",
        "Diego",
    ],
    "nl": [
        "Sanne",
        "Bram",
        "Femke",
        "Joost",
        "Lotte",
        "Thijs",
        "Eva",
        "Ruben",
        "Marloes",
        "Sjoerd",
        "Anouk",
        "Wouter",
        "Ilse",
        "Maarten",
    ],
}
LAST_NAMES = {
    "en": [
        "Thompson",
        "Nguyen",
        "Reynolds",
        "Carter",
        "Okafor",
        "Brooks",
        "Sullivan",
        "Khan",
        "Murphy",
        "Bennett",
        "Hughes",
        "Alvarez",
        "Coleman",
        "Park",
        "Fitzgerald",
        "Shaw",
        "Whitaker",
        "Osei",
        "Ramirez",
        "Lindqvist",
    ],
    "de": [
        "Schneider",
        "Hoffmann",
        "Wagner",
        "Becker",
        "Schulz",
        "Krüger",
        "Zimmermann",
        "Neumann",
        "Braun",
        "Hartmann",
        "Lehmann",
        "Schröder",
        "Vogel",
        "Keller",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Dubois",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Lambert",
        "Bonnet",
        "Mercier",
        "Faure",
        "Garnier",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
        "Ortega",
        "Castillo",
    ],
    "nl": [
        "de Vries",
        "Jansen",
        "van Dijk",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "van den Berg",
        "Dekker",
        "Vermeulen",
    ],
}
TITLES = {
    "en": [
        "Operations Manager",
        "Head of Customer Success",
        "IT Administrator",
        "Office Manager",
        "Product Owner",
        "CTO",
        "Facilities Coordinator",
        "Founder & CEO",
        "Team Lead, Support",
        "Senior Project Manager",
        "Executive Assistant to the CEO",
        "Systems Engineer",
    ],
    "de": [
        "Teamleitung Einkauf",
        "Geschäftsführung",
        "IT-Leitung",
        "Projektmanagement",
        "Leitung Kundenservice",
        "Assistenz der Geschäftsführung",
        "Head of Operations",
    ],
    "fr": [
        "Responsable des opérations",
        "Responsable technique",
        "Chef de projet",
        "Responsable informatique",
        "Office manager",
        "Direction générale",
    ],
    "es": [
        "Responsable de Operaciones",
        "Responsable de IT",
        "Project Manager",
        "Administración",
        "Gerente",
        "Dpto. de Sistemas",
    ],
    "nl": [
        "Operationeel manager",
        "Teamleider klantenservice",
        "ICT-beheerder",
        "Projectleider",
        "Office manager",
        "Directeur",
    ],
}
CITIES = {
    "en": [
        "Austin, TX",
        "Leeds",
        "Chicago, IL",
        "Manchester",
        "Denver, CO",
        "Toronto, ON",
        "Dublin",
        "Portland, OR",
        "Bristol",
        "Melbourne VIC",
    ],
    "de": ["München", "Hamburg", "Köln", "Stuttgart", "Leipzig", "Wien", "Zürich"],
    "fr": ["Lyon", "Paris", "Nantes", "Bordeaux", "Lille", "Toulouse"],
    "es": ["Madrid", "Valencia", "Sevilla", "Bilbao", "Barcelona", "Zaragoza"],
    "nl": ["Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Amsterdam", "Gent"],
}
COMPANY_WORDS_A = [
    "North",
    "Blue",
    "Silver",
    "Cedar",
    "Harbor",
    "Summit",
    "Pioneer",
    "Atlas",
    "Granite",
    "Lumen",
    "Evergreen",
    "Meridian",
    "Copper",
    "Nova",
    "Riverside",
]
COMPANY_WORDS_B = [
    "wind",
    "field",
    "gate",
    "point",
    "bridge",
    "stone",
    "works",
    "line",
    "ridge",
    "light",
    "haven",
    "mark",
    "path",
    "brook",
]
COMPANY_KIND = [
    "Logistics",
    "Dental Group",
    "Property Management",
    "Foods",
    "Architects",
    "Labs",
    "Consulting",
    "Health",
    "Hotels",
    "Facilities",
    "Media",
    "Analytics",
]
COMPANY_SUFFIX = {
    "en": ["Inc.", "LLC", "Ltd", "Ltd.", "Co.", "Group", "PLC", ""],
    "de": ["GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K."],
    "fr": ["SAS", "SARL", "SA", "SASU"],
    "es": ["S.L.", "S.A.", "S.L.U.", "SL"],
    "nl": ["B.V.", "BV", "N.V.", "V.O.F."],
}


@dataclass(frozen=True)
class Company:
    """A customer account."""

    name: str
    domain: str
    locale: str
    city: str


@dataclass(frozen=True)
class Person:
    """Someone appearing in an envelope (customer, agent, colleague)."""

    first: str
    last: str
    title: str
    company: Company
    email: str
    phone: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def handle(self) -> str:
        return ascii_slug(self.first)[:8] + "_" + ascii_slug(self.last)[:1]


RECURRING_COMPANIES = [
    Company("Northwind Logistics", "northwindlogistics.com", "en", "Austin, TX"),
    Company("Helix Dental Group", "helixdental.co.uk", "en", "Leeds"),
    Company("Pinecrest Property Management", "pinecrestpm.com", "en", "Denver, CO"),
    Company("Kaufmann & Söhne GmbH", "kaufmann-soehne.de", "de", "München"),
    Company("Atelier Moreau SARL", "atelier-moreau.fr", "fr", "Lyon"),
    Company("Grupo Solana S.L.", "gruposolana.es", "es", "Valencia"),
    Company("Van der Berg Installatietechniek B.V.", "vdberg-installatie.nl", "nl", "Utrecht"),
]
AGENTS = [
    ("Maya", "Okafor"),
    ("Tom", "Becker"),
    ("Inès", "Laurent"),
    ("Sam", "Patel"),
    ("Lucía", "Ferrer"),
    ("Daan", "Smit"),
]
VENDOR_CO = Company(VENDOR, VENDOR_DOMAIN, "en", "San Francisco, CA")


def ascii_slug(text: str) -> str:
    """Lower-case ASCII version of a name, for e-mail addresses and handles."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


# --------------------------------------------------------------------------------------
# Calendar words per language (no reliance on the process locale).
# --------------------------------------------------------------------------------------

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
DAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
}
MONTHS = {
    "en": [
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
    ],
    "de": [
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
    "fr": [
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
    "es": [
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
    "nl": [
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
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
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
    ],
    "fr": [
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
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
}


def clock12(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def us_date(dt: datetime) -> str:
    return f"{MONTHS_SHORT['en'][dt.month - 1]} {dt.day}, {dt.year}"


def outlook_sent(dt: datetime, lang: str) -> str:
    """The date on the 'Sent:' line of an Outlook reply header."""
    day, month = DAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    hm = f"{dt:%H:%M}"
    if lang == "de":
        return f"{day}, {dt.day}. {month} {dt.year} {hm}"
    if lang == "fr":
        return f"{day} {dt.day} {month} {dt.year} {hm}"
    if lang == "es":
        return f"{day}, {dt.day} de {month} de {dt.year} {hm}"
    if lang == "nl":
        return f"{day} {dt.day} {month} {dt.year} {hm}"
    return f"{day}, {month} {dt.day}, {dt.year} {clock12(dt)}"


def gmail_attribution(dt: datetime, lang: str, who: str, email: str) -> str:
    """The 'On ... wrote:' line Gmail puts above a quoted message."""
    dow, mon = DAYS_SHORT[lang][dt.weekday()], MONTHS_SHORT[lang][dt.month - 1]
    hm = f"{dt:%H:%M}"
    if lang == "de":
        return (
            f"Am {dow}, {dt.day}. {MONTHS['de'][dt.month - 1]} {dt.year} um {hm} Uhr "
            f"schrieb {who} <{email}>:"
        )
    if lang == "fr":
        return f"Le {dow} {dt.day} {mon} {dt.year} à {hm}, {who} <{email}> a écrit :"
    if lang == "es":
        return f"El {dow}, {dt.day} {mon} {dt.year} a las {hm}, {who} (<{email}>) escribió:"
    if lang == "nl":
        return f"Op {dow} {dt.day} {mon} {dt.year} om {hm} schreef {who} <{email}>:"
    return f"On {dow}, {mon} {dt.day}, {dt.year} at {clock12(dt)} {who} <{email}> wrote:"


def apple_attribution(dt: datetime, lang: str, who: str, email: str) -> str:
    """The attribution line of Apple Mail (iPhone) replies."""
    if lang == "de":
        return f"Am {dt:%d.%m.%Y} um {dt:%H:%M} schrieb {who} <{email}>:"
    if lang == "fr":
        return (
            f"Le {dt.day} {MONTHS_SHORT['fr'][dt.month - 1]} {dt.year} à {dt:%H:%M}, "
            f"{who} <{email}> a écrit :"
        )
    if lang == "es":
        return (
            f"El {dt.day} {MONTHS_SHORT['es'][dt.month - 1]} {dt.year}, a las {dt:%H:%M}, "
            f"{who} <{email}> escribió:"
        )
    if lang == "nl":
        return (
            f"Op {dt.day} {MONTHS_SHORT['nl'][dt.month - 1]} {dt.year}, om {dt:%H:%M} "
            f"heeft {who} <{email}> het volgende geschreven:"
        )
    return (
        f"On {dt.day} {MONTHS_SHORT['en'][dt.month - 1]} {dt.year}, at {dt:%H:%M}, "
        f"{who} <{email}> wrote:"
    )


# --------------------------------------------------------------------------------------
# E-mail conventions per language.
# --------------------------------------------------------------------------------------

GREETINGS = {
    "en": [
        "Hi {agent},",
        "Hello,",
        "Hey team,",
        "Dear {vendor} Support,",
        "Hi there,",
        "Good morning,",
        "Hi all,",
        "Hello {agent},",
        "Hey {agent}!",
        "Dear Sir or Madam,",
    ],
    "de": [
        "Hallo {agent},",
        "Hallo zusammen,",
        "Sehr geehrte Damen und Herren,",
        "Moin,",
        "Guten Tag,",
        "Hi {agent},",
        "Liebes {vendor}-Team,",
        "Guten Morgen {agent},",
    ],
    "fr": [
        "Bonjour,",
        "Bonjour {agent},",
        "Madame, Monsieur,",
        "Bonjour à tous,",
        "Bonjour l'équipe {vendor},",
        "Hello {agent},",
    ],
    "es": [
        "Hola,",
        "Hola {agent},",
        "Buenos días,",
        "Estimado equipo de {vendor}:",
        "Buenas tardes,",
        "Hola equipo,",
    ],
    "nl": [
        "Beste {agent},",
        "Hallo,",
        "Goedemiddag,",
        "Beste support,",
        "Hoi {agent},",
        "Geachte heer/mevrouw,",
        "Goedemorgen,",
    ],
}
SIGNOFFS = {
    "en": [
        "Best,",
        "Thanks,",
        "Cheers,",
        "Kind regards,",
        "Best regards,",
        "Thanks in advance,",
        "Regards,",
        "Many thanks,",
        "Thank you!",
        "All the best,",
        "—",
    ],
    "de": [
        "Viele Grüße",
        "Mit freundlichen Grüßen",
        "Beste Grüße",
        "VG",
        "LG",
        "Freundliche Grüße",
        "Danke und Gruß",
        "Schöne Grüße aus {city}",
    ],
    "fr": [
        "Cordialement,",
        "Bien cordialement,",
        "Bonne journée,",
        "Merci d'avance,",
        "Bien à vous,",
        "Belle journée,",
    ],
    "es": [
        "Saludos,",
        "Un saludo,",
        "Saludos cordiales,",
        "Gracias,",
        "Atentamente,",
        "Un abrazo,",
    ],
    "nl": [
        "Met vriendelijke groet,",
        "Groet,",
        "Groetjes,",
        "Mvg,",
        "Alvast bedankt,",
        "Hartelijke groet,",
    ],
}
MOBILE_FOOTERS = {
    "en": [
        "Sent from my iPhone",
        "Sent from my iPad",
        "Get Outlook for iOS",
        "Get Outlook for Android",
        "Sent from my Galaxy",
        "Sent from Proton Mail for iOS",
        "Sent via Superhuman",
        "Sent with Spark",
        "Sent from Yahoo Mail for iPhone",
        "Sent from my iPhone. Please excuse typos.",
    ],
    "de": [
        "Von meinem iPhone gesendet",
        "Outlook für iOS beziehen",
        "Gesendet von meinem Galaxy",
        "Von meinem iPad gesendet",
        "Gesendet mit der WEB.DE Mail App",
        "Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.",
    ],
    "fr": [
        "Envoyé de mon iPhone",
        "Télécharger Outlook pour iOS",
        "Envoyé depuis mon appareil Galaxy",
        "Envoyé de mon iPad",
        "Obtenir Outlook pour Android",
    ],
    "es": [
        "Enviado desde mi iPhone",
        "Obtener Outlook para iOS",
        "Enviado desde mi Galaxy",
        "Enviado desde mi iPad",
        "Obtener Outlook para Android",
    ],
    "nl": [
        "Verzonden vanaf mijn iPhone",
        "Outlook voor iOS downloaden",
        "Verzonden vanaf mijn Galaxy",
        "Verstuurd vanaf mijn iPad",
        "Outlook voor Android downloaden",
    ],
}
DISCLAIMERS = {
    "en": [
        (
            "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended "
            "solely for the use of the individual or entity to whom they are addressed. If you "
            "have received this email in error, please notify the sender immediately and delete "
            "it. Any unauthorised review, use or distribution is prohibited."
        ),
        (
            "This message (including any attachments) may contain privileged information. If you "
            "are not the intended recipient, please let us know by reply and then delete it from "
            "your system.\nPlease consider the environment before printing this email."
        ),
        (
            "{company} is registered in England and Wales, company no. {reg}. Registered office: "
            "{city}. We will never ask you to change bank details by email."
        ),
    ],
    "de": [
        (
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn "
            "Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. "
            "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht "
            "gestattet."
        ),
        (
            "{company} | Sitz: {city} | Registergericht: Amtsgericht {city} HRB {reg}\n"
            "Geschäftsführung: {boss} | USt-IdNr.: DE{vat}"
        ),
        "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    ],
    "fr": [
        (
            "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
            "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
            "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en "
            "avertir immédiatement l'expéditeur."
        ),
        "{company} – au capital de 10 000 € – RCS {city} {reg} – TVA FR{vat}",
        "Pensez à l'environnement avant d'imprimer ce mail.",
    ],
    "es": [
        (
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
            "destinatario, pudiendo contener información confidencial. Si no es usted el "
            "destinatario indicado, queda notificado de que la utilización, divulgación y/o copia "
            "sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos "
            "que nos lo comunique inmediatamente y proceda a su destrucción."
        ),
        (
            "De conformidad con el RGPD, le informamos de que sus datos serán tratados por "
            "{company} (CIF B{reg}) con la finalidad de gestionar la relación comercial."
        ),
        (
            "Antes de imprimir este correo, piense si es necesario. "
            "El medio ambiente es cosa de todos."
        ),
    ],
    "nl": [
        (
            "De informatie verzonden in dit e-mailbericht is uitsluitend bestemd voor de "
            "geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is niet "
            "toegestaan. Indien u dit bericht ten onrechte ontvangt, wordt u verzocht de inhoud "
            "niet te gebruiken maar de afzender direct te informeren door het bericht te "
            "retourneren."
        ),
        (
            "{company} | KvK {reg} | BTW NL{vat}B01 | Op al onze diensten zijn onze algemene "
            "voorwaarden van toepassing."
        ),
        "Denk aan het milieu voordat u deze e-mail print.",
    ],
}
OUTLOOK_LABELS = {
    # from, sent, to, cc, subject, reply prefix, forward prefix, "original message" separator
    "en": ("From", "Sent", "To", "Cc", "Subject", "RE", "FW", "-----Original Message-----"),
    "de": (
        "Von",
        "Gesendet",
        "An",
        "Cc",
        "Betreff",
        "AW",
        "WG",
        "-----Ursprüngliche Nachricht-----",
    ),
    "fr": ("De ", "Envoyé ", "À ", "Cc ", "Objet ", "RE ", "TR ", "-----Message d'origine-----"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", "RE", "RV", "-----Mensaje original-----"),
    "nl": (
        "Van",
        "Verzonden",
        "Aan",
        "CC",
        "Onderwerp",
        "RE",
        "FW",
        "-----Oorspronkelijk bericht-----",
    ),
}
SUBJECTS = {
    "en": [
        "Feedback",
        "Feature request",
        "Suggestion for {product}",
        "Quick question",
        "A few ideas from our team",
        "Small request",
        "Following up",
        "Idea",
        "Hello",
        "Question about {product}",
        "Re: Checking in",
        "Our wishlist",
        "(no subject)",
    ],
    "de": ["Anfrage", "Feedback zu {product}", "Wunsch", "Kurze Frage", "Verbesserungsvorschlag"],
    "fr": ["Demande", "Suggestion", "Retour sur {product}", "Question", "Petite demande"],
    "es": ["Consulta", "Sugerencia", "Petición", "Comentarios sobre {product}", "Pregunta"],
    "nl": ["Verzoek", "Vraag", "Suggestie", "Feedback {product}", "Wens vanuit ons team"],
}
EXTERNAL_BANNERS = [
    (
        "CAUTION: This email originated from outside of the organization. Do not click links or "
        "open attachments unless you recognize the sender and know the content is safe."
    ),
    "[EXTERNAL EMAIL] Be careful with links and attachments.",
    (
        "You don't often get email from {email}. Learn why this is important "
        "<https://aka.ms/LearnAboutSenderIdentification>"
    ),
    "ACHTUNG: Diese E-Mail stammt von einem externen Absender.",
]

# --------------------------------------------------------------------------------------
# Words around the request.
# --------------------------------------------------------------------------------------

LEADS = {
    "formal": [
        "Quick question:",
        "One request from our side:",
        "Feature request:",
        "Suggestion:",
        "Our team asked me to pass this on:",
        "Request:",
        "One more thing -",
        "Could you look into the following?",
        "Here's what we'd need:",
        "FYI:",
    ],
    "casual": [
        "hey,",
        "qq:",
        "btw",
        "also",
        "ok so",
        "heads up:",
        "fwiw",
        "hi!",
        "+1 to this:",
        "random one:",
        "hey team -",
        "hiya",
        "so",
        "quick one:",
    ],
    "speech": [
        "so, um,",
        "yeah, and",
        "honestly,",
        "the main thing is,",
        "what I'd like is, uh,",
        "and, um, one more thing,",
        "basically,",
        "okay so",
    ],
    "de": ["Kurze Frage:", "Folgender Wunsch von unserer Seite:", "Anliegen:", "Anbei:"],
    "fr": ["Petite question :", "Notre demande :", "Suggestion :", "En bref :"],
    "es": ["Una consulta:", "Nuestra petición:", "Sugerencia:", "Resumen:"],
    "nl": ["Korte vraag:", "Verzoek vanuit ons team:", "Suggestie:", "Kort gezegd:"],
}
FOLLOWS = {
    "formal": [
        "- thanks in advance!",
        "– would be great if that's possible.",
        "- is that doable?",
        "(not urgent)",
        "🙏",
        "— thank you!",
        "(see screenshot)",
        "– many thanks.",
    ],
    "casual": [
        "pls",
        "thx",
        "lol",
        "🙏",
        "asap if poss",
        "😅",
        "👍",
        "(when you get a sec)",
        "haha",
        "🙂",
        "!!",
        "ty",
    ],
    "speech": [
        "you know?",
        "if that makes sense",
        "uh, yeah.",
        "that'd be great.",
        "so yeah.",
        "um, thanks.",
    ],
    "de": ["– danke vorab!", "(nicht dringend)", "– wäre super."],
    "fr": ["– merci d'avance !", "(pas urgent)", "– ce serait top."],
    "es": ["– ¡gracias de antemano!", "(no es urgente)", "– sería genial."],
    "nl": ["– alvast bedankt!", "(niet urgent)", "– zou top zijn."],
}
CONTEXT_BEFORE = [
    "We've been rolling {product} out to the rest of the team this month.",
    "Following up on our call last week.",
    "Small thing that keeps coming up with our users.",
    "One of my colleagues asked me to pass this on.",
    "Not urgent, but wanted to flag it.",
    "Hope you're doing well.",
    "I tried to find this in the help center but couldn't.",
    "Long-time user here, mostly very happy with {product}.",
    "We discussed this internally and agreed to send it over.",
    "Sorry for the late reply, it's been a busy week.",
    "Thanks for the quick help last time!",
    "I'm writing on behalf of our {dept} team.",
]
CONTEXT_AFTER = [
    "Is that something that's on the roadmap?",
    "Happy to jump on a call if it helps.",
    "Let me know if you need more details.",
    "Screenshot attached.",
    "This would save us a lot of time.",
    "Several people in the office have asked about this.",
    "Thanks for looking into it.",
    "No rush on this one.",
    "We're on the {plan} plan if that matters.",
    "Not sure if this is the right address for this, feel free to forward.",
]
# (before the request, after the request) in the writer's own language
CONTEXT_LOCAL = {
    "de": (
        ["Ich hoffe, es geht Ihnen gut.", "Anbei eine Anfrage aus unserem Team."],
        ["Vielen Dank vorab für Ihre Rückmeldung.", "Bei Rückfragen gerne melden."],
    ),
    "fr": (
        ["J'espère que vous allez bien.", "Je vous écris au sujet de l'appli."],
        ["Merci d'avance pour votre retour.", "N'hésitez pas si vous avez des questions."],
    ),
    "es": (
        ["Espero que estéis bien.", "Os escribo por un tema de la aplicación."],
        ["Gracias de antemano por vuestra respuesta.", "Quedo a la espera de vuestras noticias."],
    ),
    "nl": (
        ["Ik hoop dat alles goed gaat.", "Even een vraag over de app."],
        ["Alvast bedankt voor jullie reactie.", "Laat maar weten als er vragen zijn."],
    ),
}
AUTO_REPLIES = {
    "en": [
        (
            "Thank you for your email. I am out of the office until {date} with limited access "
            "to email. For urgent matters please contact {other}."
        ),
        (
            "I'm currently on parental leave. Your message will not be forwarded. "
            "Please reach out to {other} instead."
        ),
    ],
    "de": [
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro. "
            "In dringenden Fällen wenden Sie sich bitte an {other}."
        ),
        "Ich bin derzeit im Urlaub. Ihre E-Mail wird nicht weitergeleitet.",
    ],
    "fr": [
        (
            "Bonjour, je suis absent(e) jusqu'au {date} inclus. Pour toute demande urgente, "
            "merci de contacter {other}."
        ),
        (
            "Merci pour votre message. Je suis actuellement en congés avec un accès limité à "
            "mes e-mails."
        ),
    ],
    "es": [
        (
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el {date}. Para asuntos "
            "urgentes, contacte con {other}."
        ),
        "Estoy de vacaciones con acceso limitado al correo. Responderé a mi regreso.",
    ],
    "nl": [
        (
            "Bedankt voor je bericht. Ik ben afwezig tot en met {date}. Voor dringende zaken "
            "kun je contact opnemen met {other}."
        ),
        "Ik ben momenteel met vakantie en lees mijn e-mail niet.",
    ],
}
AUTO_REPLY_SUBJECT = {
    "en": "Automatic reply",
    "de": "Automatische Antwort",
    "fr": "Réponse automatique",
    "es": "Respuesta automática",
    "nl": "Automatisch antwoord",
}
STREETS = {
    "en": ["Market Street", "King's Road", "Elm Avenue", "Mill Lane", "Commerce Blvd"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Industriestr.", "Lindenallee"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire"],
    "es": ["Calle Mayor", "Avda. de la Constitución", "C/ Colón"],
    "nl": ["Stationsweg", "Kerkstraat", "Industrieweg", "Oudegracht"],
}
TICKET_TAGS = ["feedback", "feature_request", "mobile", "vip", "ios", "renewal", "voice"]
ID_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DEPTS = ["finance", "operations", "front desk", "IT", "sales", "warehouse", "HR", "marketing"]
EARLIER_CUSTOMER = [
    "Can you resend the invoice for February? Our finance team can't find it.",
    "The mobile app logged me out twice today.",
    "How do I add a second admin to our workspace?",
    "Our SSO login has been slow since Monday.",
    "Is there a way to export everything to CSV?",
    "We need to update the billing address on our account.",
    "The dashboard shows the wrong time zone for our second office.",
    "Could you extend our trial by another week?",
    "Two of our users never received the invitation email.",
    "Is the outage from this morning resolved?",
    "Can we move from monthly to annual billing?",
    "The sync between the hub and the phones seems to lag a bit.",
]
AGENT_LINES = [
    "Thanks for reaching out! Could you tell us a bit more about what you'd like to see?",
    "Just checking in: is there anything else we can pass on to the product team?",
    "That's been fixed on our side, sorry for the trouble. Anything else we can help with?",
    "I've shared this with our billing team and they'll get back to you shortly.",
    "Great to hear the rollout is going well! Let us know if any other ideas come up.",
    "We've logged this for the product team. If you have more feedback, just reply here.",
    "Happy to help! Do you have a minute to tell us how we could make {product} better?",
]
AGENT_NOTES = [
    "Logged as feature request, linked to the existing idea.",
    "Tagging for the product team. Customer is up for renewal next quarter.",
    "Dup of an older request? Please check before creating a new one.",
    "Asked PM for an ETA, nothing promised to the customer.",
    "Sent the standard roadmap macro.",
    "Third account asking for this in two weeks fwiw",
    "Moving to Feedback queue, no action needed from support.",
]
CHAT_FILLER_CUSTOMER = [
    "thanks!",
    "ok great",
    "no worries",
    "cool 👍",
    "sounds good",
    "awesome, thank you",
    "perfect",
    "ah ok",
    "👍",
    "appreciate it",
]
CHAT_FILLER_AGENT = [
    "Thanks, passing this on to the team! 🙌",
    "Great suggestion, I've added it to our tracker.",
    "Noted! I'll share it with product.",
    "Good one, we've heard similar from a few folks.",
    "Thanks for the feedback, much appreciated.",
    "Got it, logging this now.",
]


# --------------------------------------------------------------------------------------
# Random helpers.
# --------------------------------------------------------------------------------------


class Fake:
    """Random realistic details drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items: Sequence[T]) -> T:
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(n - 1)
        )

    def token(self, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def locale(self) -> str:
        return self.rng.choices(list(LOCALE_WEIGHTS), weights=list(LOCALE_WEIGHTS.values()))[0]

    def when(self) -> datetime:
        start = datetime(2025, 6, 2, 7, 0)
        day = start + timedelta(days=self.rng.randint(0, 480))
        return day.replace(
            hour=self.rng.randint(7, 20),
            minute=self.rng.randint(0, 59),
            second=self.rng.randint(0, 59),
        )

    def later(self, dt: datetime, lo_min: int = 2, hi_min: int = 600) -> datetime:
        return dt + timedelta(
            minutes=self.rng.randint(lo_min, hi_min), seconds=self.rng.randint(0, 59)
        )

    def product(self) -> str:
        return self.pick(PRODUCTS)

    def fill(self, template: str, **extra: str) -> str:
        """Fill workspace placeholders in a template (never used on the request itself)."""
        values = {
            "product": self.product(),
            "vendor": VENDOR,
            "plan": self.pick(PLANS),
            "dept": self.pick(DEPTS),
        }
        values.update(extra)
        return template.format(**values)

    def company(self, locale: str | None = None) -> Company:
        if self.chance(0.45):
            pool = [c for c in RECURRING_COMPANIES if locale is None or c.locale == locale]
            if pool:
                return self.pick(pool)
        loc = locale or self.locale()
        base = self.pick(COMPANY_WORDS_A) + self.pick(COMPANY_WORDS_B)
        if self.chance(0.6):
            base += " " + self.pick(COMPANY_KIND)
        suffix = self.pick(COMPANY_SUFFIX[loc])
        name = f"{base} {suffix}".strip()
        tld = {
            "en": self.pick([".com", ".co.uk", ".io", ".com", ".ca"]),
            "de": ".de",
            "fr": ".fr",
            "es": ".es",
            "nl": ".nl",
        }[loc]
        return Company(name, ascii_slug(base) + tld, loc, self.pick(CITIES[loc]))

    def phone(self, locale: str) -> str:
        d = self.digits
        return {
            "en": self.pick(
                [
                    f"+1 (512) 555-{d(4)}",
                    f"+44 20 7946 0{d(3)}",
                    f"+1 303-555-{d(4)}",
                    f"+44 113 496 0{d(3)}",
                ]
            ),
            "de": f"+49 {self.pick(['89', '40', '221', '711'])} {d(4)} {d(3)}",
            "fr": f"+33 {self.rng.randint(1, 9)} {d(2)} {d(2)} {d(2)} {d(2)}",
            "es": f"+34 9{d(2)} {d(3)} {d(3)}",
            "nl": f"+31 (0){self.pick(['30', '10', '20', '40'])} {d(3)} {d(4)}",
        }[locale]

    def person(self, locale: str | None = None, company: Company | None = None) -> Person:
        company = company or self.company(locale)
        loc = locale or company.locale
        first, last = self.pick(FIRST_NAMES[loc]), self.pick(LAST_NAMES[loc])
        f, la = ascii_slug(first), ascii_slug(last)
        local = self.pick([f"{f}.{la}", f"{f[0]}{la}", f, f"{f}{la[0]}", f"{f}.{la}"])
        return Person(
            first,
            last,
            self.pick(TITLES[loc]),
            company,
            f"{local}@{company.domain}",
            self.phone(loc),
        )

    def agent(self) -> Person:
        if self.chance(0.8):
            first, last = self.pick(AGENTS)
        else:
            first, last = self.pick(FIRST_NAMES["en"]), self.pick(LAST_NAMES["en"])
        title = self.pick(
            [
                "Customer Support",
                "Support Engineer",
                "Customer Success Manager",
                "Account Executive",
                "Product Specialist",
            ]
        )
        email = f"{ascii_slug(first)}@{VENDOR_DOMAIN}"
        return Person(first, last, title, VENDOR_CO, email, self.phone("en"))

    def url(self, path: str = "") -> str:
        path = path or self.pick(["help", "blog/whats-new", "roadmap", "pricing", "status"])
        base = f"https://{VENDOR_DOMAIN}/{path}"
        if self.chance(0.5):
            base += (
                f"?utm_source={self.pick(['email', 'intercom', 'newsletter', 'app'])}"
                f"&utm_medium={self.pick(['email', 'inapp', 'cpc'])}"
                f"&utm_campaign={self.token(6)}"
            )
        return base


def colleague_of(f: Fake, agent: Person) -> Person:
    """Another agent of the vendor (for @-mentions and cc)."""
    while True:
        other = f.agent()
        if other.first != agent.first:
            return other


def channel_slug(name: str) -> str:
    """Slack-style channel name from a company name."""
    words = [ascii_slug(w) for w in name.split()]
    drop = {"gmbh", "ag", "inc", "llc", "ltd", "bv", "sl", "sa", "sas", "sarl", "co", "group"}
    return "-".join(w for w in words if w and w not in drop)[:40]


def say(f: Fake, req: str, register: str = "formal", p: float = 0.33) -> str:
    """The request as the customer wrote it, sometimes with their own words around it."""
    if not f.chance(p):
        return req
    lead_pool = LEADS.get(register, LEADS["formal"])
    follow_pool = FOLLOWS.get(register, FOLLOWS["formal"])
    mode = f.rng.random()
    text = req
    if mode < 0.45 or mode > 0.85:
        text = f"{f.pick(lead_pool)} {text}"
    if mode >= 0.45:
        text = f"{text} {f.pick(follow_pool)}"
    return text


def quote(lines: Sequence[str], prefix: str = "> ") -> list[str]:
    """Prefix every line of a message for plain-text quoting."""
    return [(prefix + line).rstrip() if line else prefix.rstrip() for line in lines]


def customer_body(f: Fake, req: str, lang: str = "en", register: str = "formal") -> list[str]:
    """Body paragraphs of a customer message containing the request."""
    paras: list[str] = []
    local = lang in CONTEXT_LOCAL and f.chance(0.35)
    if local and f.chance(0.5):
        paras.append(f.pick(CONTEXT_LOCAL[lang][0]))
    elif f.chance(0.35):
        paras.append(f.fill(f.pick(CONTEXT_BEFORE)))
    reg = lang if lang in LEADS and lang != "en" and f.chance(0.5) else register
    paras.append(say(f, req, reg))
    if local and f.chance(0.6):
        paras.append(f.pick(CONTEXT_LOCAL[lang][1]))
    elif f.chance(0.4):
        paras.append(f.fill(f.pick(CONTEXT_AFTER)))
    joiner = "\n\n" if f.chance(0.7) else "\n"
    return joiner.join(paras).split("\n")


def greeting(f: Fake, lang: str, agent: Person | None = None) -> str:
    who = agent.first if agent else f.pick([a[0] for a in AGENTS])
    return f.pick(GREETINGS[lang]).format(agent=who, vendor=VENDOR)


def signoff(f: Fake, lang: str, city: str) -> str:
    return f.pick(SIGNOFFS[lang]).format(city=city)


def signature(f: Fake, p: Person, lang: str) -> list[str]:
    """A corporate e-mail signature block of varying richness."""
    co = p.company
    if f.chance(0.25):
        return [p.first]
    pronouns = f.pick([" (she/her)", " (he/him)", " (they/them)"])
    lines = [p.full + (pronouns if lang == "en" and f.chance(0.1) else "")]
    if f.chance(0.5):
        lines.append(f"{p.title} | {co.name}")
    else:
        lines += [p.title, co.name]
    if f.chance(0.6):
        label = {"en": "M", "de": "Mobil", "fr": "Tél.", "es": "Tel.", "nl": "T"}[lang]
        lines.append(f"{label}: {p.phone}")
    if f.chance(0.4):
        lines.append(f"www.{co.domain}")
    if f.chance(0.25):
        street = f.pick(STREETS[lang])
        lines.append(
            f"{street} {f.rng.randint(1, 120)}, {co.city}"
            if lang in ("de", "nl", "es")
            else f"{f.rng.randint(1, 120)} {street}, {co.city}"
        )
    if f.chance(0.2):
        lines.append(
            f"[cid:image00{f.rng.randint(1, 4)}.png@01DC{f.token(4, '0123456789ABCDEF')}"
            f".{f.token(8, '0123456789ABCDEF')}]"
        )
    if f.chance(0.15):
        lines.append(
            f"Book a meeting with me: https://calendly.com/{ascii_slug(p.first)}-"
            f"{ascii_slug(p.last)}/30min"
        )
    if f.chance(0.1):
        lines.append(
            f"LinkedIn | X | Instagram  •  Proud winner of the {co.city.split(',')[0]} "
            f"Business Award {f.rng.randint(2022, 2025)}"
        )
    return lines


def disclaimer(f: Fake, p: Person, lang: str) -> str:
    boss = f"{f.pick(FIRST_NAMES[lang])} {f.pick(LAST_NAMES[lang])}"
    return f.pick(DISCLAIMERS[lang]).format(
        company=p.company.name, city=p.company.city, reg=f.digits(6), vat=f.digits(9), boss=boss
    )


def subject(f: Fake, lang: str) -> str:
    return f.fill(f.pick(SUBJECTS[lang]))


def customer_email(
    f: Fake,
    req: str,
    cust: Person,
    lang: str,
    agent: Person | None = None,
    register: str = "formal",
) -> list[str]:
    """A complete customer e-mail (greeting, body, sign-off, signature, footers)."""
    lines: list[str] = []
    if f.chance(0.8):
        lines += [greeting(f, lang, agent), ""]
    lines += customer_body(f, req, lang, register)
    lines.append("")
    mobile = f.chance(0.3)
    if mobile:
        lines += [signoff(f, lang, cust.company.city), cust.first, "", f.pick(MOBILE_FOOTERS[lang])]
    else:
        if f.chance(0.85):
            lines.append(signoff(f, lang, cust.company.city))
        if f.chance(0.15):
            lines.append("--")
        lines += signature(f, cust, lang)
    if f.chance(0.3):
        lines += ["", disclaimer(f, cust, lang)]
    return lines


def agent_email(f: Fake, agent: Person, cust: Person) -> list[str]:
    """An earlier message from a support agent, as it appears in a quoted thread."""
    lines = [
        f"Hi {cust.first},",
        "",
        f.fill(f.pick(AGENT_LINES)),
        "",
        f.pick(["Best,", "Cheers,", "Kind regards,", "Thanks,"]),
        agent.first,
    ]
    if f.chance(0.6):
        lines += [f"{agent.title} | {VENDOR}", f.url()]
    if f.chance(0.3):
        lines += ["", f"How did we do? Rate this reply: {f.url('csat')}"]
    return lines


def auto_reply(f: Fake, person: Person, lang: str, dt: datetime) -> list[str]:
    """An out-of-office auto-reply from the customer's mail server."""
    back = dt + timedelta(days=f.rng.randint(2, 14))
    if lang in ("de", "nl"):
        date = f"{back:%d.%m.%Y}"
    elif lang in ("fr", "es"):
        date = f"{back:%d/%m/%Y}"
    else:
        date = f"{MONTHS['en'][back.month - 1]} {back.day}"
    other = f.person(lang, person.company)
    text = f.pick(AUTO_REPLIES[lang]).format(date=date, other=f"{other.full} ({other.email})")
    return [f"{AUTO_REPLY_SUBJECT[lang]}: {subject(f, lang)}", "", text, "", person.full]


def acknowledgement(f: Fake, ticket: str) -> list[str]:
    """The helpdesk's automatic 'we received your request' message."""
    hours = f.pick(["1 business day", "24 hours", "4 hours"])
    return [
        (
            f"Thanks for contacting {VENDOR} Support! This is an automated message to let "
            f"you know we've received your request (#{ticket})."
        ),
        (
            f"Our team usually replies within {hours}. In the meantime, our Help Center may "
            f"have the answer: {f.url('help')}"
        ),
        "",
        f"— {VENDOR} Support",
    ]


def earlier_customer_email(f: Fake, cust: Person) -> list[str]:
    return [
        f.pick(["Hi,", "Hello,", "Hi team,"]),
        "",
        f.pick(EARLIER_CUSTOMER),
        "",
        f.pick(["Thanks,", "Best,", "Regards,"]),
        cust.first,
    ]


def outlook_header(
    f: Fake, lang: str, sender: Person, to: Person, dt: datetime, subj: str, kind: str = "reply"
) -> list[str]:
    frm, sent, to_l, cc, subj_l, re_p, fw_p, original = OUTLOOK_LABELS[lang]
    prefix = re_p if kind == "reply" else fw_p
    sep = original if f.chance(0.25) else "_" * 32
    lines = [
        sep,
        f"{frm}: {sender.full} <{sender.email}>",
        f"{sent}: {outlook_sent(dt, lang)}",
        f"{to_l}: {to.full} <{to.email}>",
    ]
    if f.chance(0.3):
        lines.append(f"{cc}: {VENDOR} Support <support@{VENDOR_DOMAIN}>")
    lines.append(f"{subj_l}: {prefix.strip()}: {subj}")
    return lines


def quoted_thread(
    f: Fake, lang: str, cust: Person, agent: Person, dt: datetime, subj: str
) -> list[str]:
    """The earlier messages below a reply, in Outlook or Gmail/Apple style, nested once."""
    earlier_dt = dt - timedelta(days=f.rng.randint(1, 9), minutes=f.rng.randint(0, 500))
    agent_dt = earlier_dt + timedelta(hours=f.rng.randint(1, 30))
    if f.chance(0.15):
        agent = Person(VENDOR, "Support", "", VENDOR_CO, f"support@{VENDOR_DOMAIN}", "")
        message = acknowledgement(f, f.digits(5))
    else:
        message = agent_email(f, agent, cust)
    if f.chance(0.5):
        lines = [""] + outlook_header(f, lang, agent, cust, agent_dt, subj)
        lines += [""] + message
        if f.chance(0.6):
            lines += [""] + outlook_header(f, lang, cust, agent, earlier_dt, subj)
            lines += [""] + earlier_customer_email(f, cust)
        return lines
    attribution = gmail_attribution if f.chance(0.7) else apple_attribution
    inner = list(message)
    if f.chance(0.6):
        inner += ["", attribution(earlier_dt, lang, cust.full, cust.email)]
        inner += quote(earlier_customer_email(f, cust))
    return ["", attribution(agent_dt, lang, agent.full, agent.email)] + quote(inner)


def eml_headers(f: Fake, sender: Person, to: str, dt: datetime, subj: str) -> list[str]:
    offset = f.pick(["+0000", "+0100", "+0200", "-0500", "-0600", "-0700"])
    lines = [
        f"From: {sender.full} <{sender.email}>",
        f"To: {to}",
        (
            f"Date: {DAYS_SHORT['en'][dt.weekday()]}, {dt.day:02d} "
            f"{MONTHS_SHORT['en'][dt.month - 1]} {dt.year} {dt:%H:%M:%S} {offset}"
        ),
        f"Subject: {subj}",
    ]
    if f.chance(0.3):
        lines.append(f"Message-ID: <{f.token(20)}@{sender.company.domain}>")
    return lines


# --------------------------------------------------------------------------------------
# Envelope kinds.  Each takes (fake, request) and returns the wrapped text.
# --------------------------------------------------------------------------------------


def email_locale(f: Fake, req: str, lang: str) -> str:
    """A new e-mail or a reply from a customer writing with ``lang`` client conventions."""
    cust = f.person(lang)
    agent = f.agent()
    dt = f.when()
    subj = subject(f, lang)
    lines: list[str] = []
    if f.chance(0.35):
        tag = "[EXTERNAL] " if f.chance(0.2) else ""
        lines += eml_headers(
            f, cust, f"{VENDOR} Support <support@{VENDOR_DOMAIN}>", dt, tag + subj
        ) + [""]
    if f.chance(0.15):
        lines += [f.pick(EXTERNAL_BANNERS).format(email=cust.email), ""]
    lines += customer_email(f, req, cust, lang, agent)
    if f.chance(0.4):
        lines += quoted_thread(f, lang, cust, agent, dt, subj)
    return "\n".join(lines)


def email_en(f: Fake, req: str) -> str:
    return email_locale(f, req, "en")


def email_de(f: Fake, req: str) -> str:
    return email_locale(f, req, "de")


def email_fr(f: Fake, req: str) -> str:
    return email_locale(f, req, "fr")


def email_es(f: Fake, req: str) -> str:
    return email_locale(f, req, "es")


def email_nl(f: Fake, req: str) -> str:
    return email_locale(f, req, "nl")


def email_reply_outlook(f: Fake, req: str) -> str:
    """A top-posted Outlook reply above the agent's message and an older customer message."""
    lang = f.pick(["en", "en", "en", "de", "nl", "fr", "es"])
    cust, agent, dt = f.person(lang), f.agent(), f.when()
    subj = subject(f, "en")
    lines: list[str] = []
    if f.chance(0.5):
        lines.append(
            f.pick(
                [
                    "Sure, here it is:",
                    "Yes actually, one thing:",
                    "Thanks! Yes:",
                    f"Hi {agent.first}, as discussed:",
                    "Sorry for the delay.",
                    "Hi,",
                ]
            )
        )
        lines.append("")
    lines += customer_body(f, req, lang)
    lines += ["", f.pick(SIGNOFFS[lang]).format(city=cust.company.city)]
    lines += signature(f, cust, lang)
    if f.chance(0.2):
        lines += ["", f.pick(MOBILE_FOOTERS[lang])]
    lines += ["", ""] + outlook_header(f, lang, agent, cust, f.later(dt, -3000, -60), subj)
    lines += [""] + agent_email(f, agent, cust)
    if f.chance(0.6):
        lines += [""] + outlook_header(f, lang, cust, agent, f.later(dt, -9000, -3100), subj)
        lines += [""] + earlier_customer_email(f, cust)
    return "\n".join(lines)


def email_reply_gmail(f: Fake, req: str) -> str:
    """A Gmail/Apple Mail reply with '>' quoting; sometimes bottom-posted below the quote."""
    lang = f.pick(["en", "en", "en", "de", "fr", "es", "nl"])
    cust, agent, dt = f.person(lang), f.agent(), f.when()
    agent_dt = f.later(dt, -4000, -30)
    attribution = gmail_attribution if f.chance(0.7) else apple_attribution
    quoted = [attribution(agent_dt, lang, agent.full, agent.email)] + quote(
        agent_email(f, agent, cust)
    )
    if f.chance(0.4):
        earlier = f.later(agent_dt, -6000, -60)
        quoted += [">", "> " + attribution(earlier, lang, cust.full, cust.email)]
        quoted += quote(earlier_customer_email(f, cust), ">> ")
    own = customer_body(f, req, lang, "formal") + [
        "",
        signoff(f, lang, cust.company.city),
        cust.first,
    ]
    if f.chance(0.25):
        lines = quoted + [""] + own
    else:
        lines = own
        if f.chance(0.25):
            lines += ["", f.pick(MOBILE_FOOTERS[lang])]
        lines += [""] + quoted
    return "\n".join(lines)


def email_forward(f: Fake, req: str) -> str:
    """A customer e-mail forwarded internally (sometimes after the customer forwarded it too)."""
    lang = f.locale()
    cust, dt = f.person(lang), f.when()
    fwd_by = f.agent()
    subj = subject(f, lang)
    top = [
        f.pick(
            [
                "FYI, see below from {co}.",
                "Feedback from {co}, can we log this?",
                "Forwarding for the feedback board.",
                "fyi - came in via my inbox",
                "@product see below 👇",
                "Another one for the roadmap pile.",
            ]
        ).format(co=cust.company.name)
    ]
    top += ["", fwd_by.first]
    if f.chance(0.5):
        top += [
            "",
            "---------- Forwarded message ---------",
            f"From: {cust.full} <{cust.email}>",
            f"Date: {DAYS_SHORT['en'][dt.weekday()]}, {us_date(dt)} at {clock12(dt)}",
            f"Subject: {subj}",
            f"To: {fwd_by.full} <{fwd_by.email}>",
            "",
        ]
    else:
        top += [""] + outlook_header(f, "en", cust, fwd_by, dt, subj, "forward") + [""]
    if f.chance(0.3):
        colleague = f.person(lang, cust.company)
        inner_dt = f.later(dt, -2000, -10)
        body = [
            f.pick(
                [
                    "See below from one of our users.",
                    "Passing this on from our team.",
                    "FYI – this came from our front desk.",
                ]
            ),
            "",
            cust.first,
            "",
        ]
        body += outlook_header(f, lang, colleague, cust, inner_dt, subj, "forward") + [""]
        body += customer_email(f, req, colleague, lang)
    else:
        body = customer_email(f, req, cust, lang, fwd_by)
    return "\n".join(top + body)


def zendesk(f: Fake, req: str) -> str:
    """A Zendesk ticket export, or the agent notification e-mail Zendesk sends."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    ticket = f.digits(f.pick([4, 5, 5, 6]))
    lang = cust.company.locale
    if f.chance(0.5):
        zone = f.pick(["GMT", "CET", "EST", "PST", "GMT+1"])
        lines = [
            "##- Please type your reply above this line -##",
            "",
            f"{cust.full} submitted a request (#{ticket}).",
            "",
            cust.full,
            f"{us_date(dt)}, {clock12(dt)} {zone}",
            "",
        ]
        lines += customer_email(f, req, cust, lang, agent)
        if f.chance(0.2):
            lines += ["", "Attachment(s)", f"Screenshot {dt:%Y-%m-%d} at {dt:%H.%M.%S}.png"]
        lines += [
            "",
            "",
            f"This email is a service from {VENDOR} Support. Delivered by Zendesk",
            (
                f"[{f.token(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-"
                f"{f.token(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}]"
            ),
        ]
        return "\n".join(lines)
    status = f.pick(["Open", "New", "Pending", "Solved", "On-hold"])
    lines = [
        f"Ticket #{ticket}  {subject(f, 'en')}",
        (
            f"Status: {status} | Priority: {f.pick(['Low', 'Normal', 'High'])} | "
            f"Group: {f.pick(['Tier 1', 'Support', 'Feedback', 'EMEA'])} | "
            f"Assignee: {agent.full}"
        ),
        f"Requester: {cust.full} <{cust.email}>  Organization: {cust.company.name}",
        (
            f"Channel: {f.pick(['Email', 'Web form', 'Messaging', 'API'])}   "
            f"Created: {dt:%Y-%m-%d %H:%M} UTC"
        ),
        f"Tags: {', '.join(f.rng.sample(TICKET_TAGS, 3))}",
        "",
        "-" * 46,
        f"{cust.full}, {us_date(dt)}, {clock12(dt)}",
        "",
    ]
    lines += customer_email(f, req, cust, lang, agent)
    if f.chance(0.2):
        lines += ["", "-" * 46, f"{cust.full}, {us_date(dt)}, {clock12(f.later(dt, 1, 4))}", ""]
        lines += auto_reply(f, cust, lang, dt)
    lines += [
        "",
        "-" * 46,
        (
            f"{agent.full} ({VENDOR}), {us_date(dt)}, {clock12(f.later(dt, 5, 200))}"
            f"   [internal note]"
        ),
        "",
        f.pick(AGENT_NOTES),
    ]
    if f.chance(0.4):
        lines += [
            "",
            "-" * 46,
            f"{agent.full} ({VENDOR}), {us_date(dt)}",
            "",
            f"Hi {cust.first},",
            "",
            f.fill(f.pick(AGENT_LINES)),
        ]
    return "\n".join(lines)


def freshdesk(f: Fake, req: str) -> str:
    """A Freshdesk ticket export, with the description sometimes still in raw HTML."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    lines = [
        f"Ticket ID: #{f.digits(5)}",
        f"Subject: {subject(f, 'en')}",
        (
            f"Status: {f.pick(['Open', 'Pending', 'Resolved', 'Waiting on Customer'])}  "
            f"Priority: {f.pick(['Low', 'Medium', 'High'])}  "
            f"Source: {f.pick(['Email', 'Portal', 'Feedback Widget', 'Chat', 'Phone'])}"
        ),
        (
            f"Type: {f.pick(['Feature Request', 'Question', 'Feedback', 'Incident'])}  "
            f"Group: {f.pick(['Product Feedback', 'Level 1', 'Customer Care'])}  "
            f"Agent: {agent.full}"
        ),
        f"Requester: {cust.full} ({cust.email})  Company: {cust.company.name}",
        f"Created at: {dt:%a, %d %b %Y at %I:%M %p}",
        "",
        "Description:",
    ]
    if f.chance(0.45):
        hello = greeting(f, "en", agent)
        html = (
            f'<div dir="ltr"><div>{hello}</div><div><br></div><div>{say(f, req)}</div>'
            f"<div><br></div><div>{f.pick(['Thanks', 'Best', 'Regards'])},</div>"
            f"<div>{cust.first}</div></div>"
        )
        if f.chance(0.4):
            html += (
                '<br><div class="gmail_signature">'
                + "<br>".join(signature(f, cust, "en"))
                + "</div>"
            )
        lines.append(html)
    else:
        lines += customer_email(f, req, cust, cust.company.locale, agent)
    if f.chance(0.6):
        lines += [
            "",
            f"Private note by {agent.full} · {f.later(dt):%d %b %Y %H:%M}",
            f.pick(AGENT_NOTES),
        ]
    if f.chance(0.3):
        version = f"{f.rng.randint(3, 6)}.{f.rng.randint(0, 20)}.{f.rng.randint(0, 9)}"
        mood = f.pick(["Not rated", "Happy", "Neutral"])
        fields = f"Plan = {f.pick(PLANS)}; App version = {version}; Satisfaction = {mood}"
        lines += ["", f"Custom fields: {fields}"]
    return "\n".join(lines)


def intercom(f: Fake, req: str) -> str:
    """An Intercom Messenger conversation transcript with an AI agent hand-over."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    bot = f.pick(["Fin (AI Agent)", f"{VENDOR} Bot", "Fin"])
    lines = [
        (
            f"Conversation #{f.digits(9)} · Intercom · Messenger "
            f"({f.pick(['Web', 'iOS', 'Android'])})"
        ),
        (
            f"User: {cust.full} <{cust.email}> · Company: {cust.company.name} · Plan: "
            f"{f.pick(PLANS)} · Location: {cust.company.city}"
        ),
        f"Started: {us_date(dt)} {clock12(dt)}",
        "",
    ]
    t = dt
    lines.append(
        f"[{clock12(t)}] {bot}: Hi {cust.first} 👋 "
        f"{f.pick(['How can I help today?', 'What can we help with?', 'Ask away!'])}"
    )
    if f.chance(0.3):
        t = f.later(t, 0, 2)
        lines.append(f"[{clock12(t)}] {cust.full}: {f.pick(['hi', 'hello', 'hey there'])}")
    t = f.later(t, 0, 3)
    lines.append(f"[{clock12(t)}] {cust.full}: {say(f, req, 'casual', 0.4)}")
    t = f.later(t, 0, 1)
    lines.append(
        f"[{clock12(t)}] {bot}: Thanks for sharing! I'll pass this on to the team. "
        "Is there anything else I can help with?"
    )
    if f.chance(0.5):
        t = f.later(t, 1, 30)
        lines.append(f"[{clock12(t)}] {agent.first} ({VENDOR}): {f.pick(CHAT_FILLER_AGENT)}")
        t = f.later(t, 0, 10)
        lines.append(f"[{clock12(t)}] {cust.full}: {f.pick(CHAT_FILLER_CUSTOMER)}")
    lines += ["", f"Conversation rated: {f.pick(['😀 Amazing', '🙂 Great', '😐 OK', 'not rated'])}"]
    if f.chance(0.3):
        lines.append(f"Tags: feedback, {f.pick(['feature-request', 'product-idea', 'voice'])}")
    return "\n".join(lines)


def helpscout(f: Fake, req: str) -> str:
    """A Help Scout conversation export with a customer thread and an internal note."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    lines = [
        (f"#{f.digits(5)} · {subject(f, 'en')} · {f.pick(['Active', 'Pending', 'Closed'])}"),
        (
            f"Mailbox: {VENDOR} Support · Assigned to {agent.full} · Tags: "
            f"{f.pick(['feedback', 'feature-request', 'ideas'])}"
        ),
        f"Customer: {cust.full} <{cust.email}> · {cust.company.name}",
        "",
        f"── {cust.full} · {us_date(dt)} · {clock12(dt).lower().replace(' ', '')} ──",
        "",
    ]
    lines += customer_email(f, req, cust, cust.company.locale, agent)
    if f.chance(0.2):
        lines += [
            "",
            f"── {agent.full} · {us_date(f.later(dt, 60, 900))} ──",
            f"Hi {cust.first},",
            "",
            f.fill(f.pick(AGENT_LINES)),
            "",
            agent.first,
            "",
            f"── {cust.full} · auto-reply ──",
        ]
        lines += auto_reply(f, cust, cust.company.locale, dt)
    if f.chance(0.6):
        lines += [
            "",
            f"── Note · {agent.full} · {us_date(f.later(dt))} ──",
            f"@{colleague_of(f, agent).first} {f.pick(AGENT_NOTES)}",
        ]
    if f.chance(0.3):
        lines += ["", "Satisfaction rating: " + f.pick(["Great", "Okay", "Not Good"])]
    return "\n".join(lines)


def jira_sm(f: Fake, req: str) -> str:
    """A Jira Service Management request with wiki markup and an internal comment."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    key = f"{f.pick(['SUP', 'HELP', 'CS', 'FEED'])}-{f.digits(f.pick([3, 4]))}"
    jdate = f"{dt:%d}/{MONTHS_SHORT['en'][dt.month - 1]}/{dt:%y} {clock12(dt)}"
    lines = [
        f"[{key}] {f.pick(['Suggest an improvement', 'Product feedback', 'Ask a question'])}",
        (
            f"Reporter: {cust.full} ({cust.company.name})   Assignee: "
            f"{f.pick(['Unassigned', agent.full])}   "
            f"Status: {f.pick(['Waiting for support', 'In progress', 'Open'])}"
        ),
        (
            f"Created: {jdate}   Priority: {f.pick(['Low', 'Medium', 'High'])}   "
            f"Request type: {f.pick(['Suggest a new feature', 'General question', 'Feedback'])}"
        ),
        f"Labels: customer-feedback {f.pick(['mobile', 'assistant', 'integrations', ''])}",
        "",
        "*Description*",
    ]
    body = [say(f, req)]
    if f.chance(0.5):
        body = ["{quote}"] + customer_body(f, req, "en") + ["{quote}"]
    elif f.chance(0.5):
        body = [
            "h3. What would you like to see?",
            say(f, req),
            "",
            "h3. Why is this important?",
            f.fill(f.pick(CONTEXT_AFTER)),
        ]
    lines += body
    lines += [
        "",
        "*Activity*",
        f"{agent.full} added an internal comment - {jdate}",
        (f"[~{ascii_slug(f.pick(AGENTS)[0])}] {f.pick(AGENT_NOTES)} Linked to PROD-{f.digits(3)}."),
    ]
    return "\n".join(lines)


def servicenow(f: Fake, req: str) -> str:
    """A ServiceNow incident / request item form dump with journal entries."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    number = f.pick(["INC", "RITM", "CS"]) + "00" + f.digits(5)
    lines = [
        f"Number: {number}          State: {f.pick(['New', 'In Progress', 'On Hold'])}",
        f"Caller: {cust.full}            Category: {f.pick(['Inquiry / Help', 'Software'])}",
        (
            f"Opened: {dt:%Y-%m-%d %H:%M:%S}   Assignment group: "
            f"{f.pick(['Product Feedback', 'Service Desk L1', 'App Support'])}"
        ),
        f"Short description: {f.pick([f'Feedback for {VENDOR}', 'User suggestion'])}",
        "Description:",
    ]
    lines += customer_body(f, req, "en")
    stamp = f.later(dt, 3, 300)
    lines += [
        "",
        "Activity:",
        f"{stamp:%Y-%m-%d %H:%M:%S} - {agent.full} (Work notes)",
        f.pick(AGENT_NOTES),
    ]
    if f.chance(0.5):
        system_stamp = f.later(stamp)
        lines += [
            "",
            f"{system_stamp:%Y-%m-%d %H:%M:%S} - System (Additional comments)",
            "Your request has been routed to the Product Feedback team.",
        ]
    return "\n".join(lines)


def salesforce(f: Fake, req: str) -> str:
    """A Salesforce case created by Email-to-Case, with its thread reference."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    lines = [
        f"Case {f.digits(8).zfill(8)}: {subject(f, 'en')}",
        f"Account Name: {cust.company.name}    Contact Name: {cust.full}",
        (
            f"Case Origin: {f.pick(['Email', 'Web', 'Phone', 'Chat'])}    "
            f"Status: {f.pick(['New', 'Working', 'Escalated'])}    "
            f"Type: {f.pick(['Feature Request', 'Question', 'Feedback'])}"
        ),
        (
            f"Case Owner: {agent.full}    Date/Time Opened: {dt.month}/{dt.day}/{dt.year} "
            f"{clock12(dt)}"
        ),
        "",
        "Description:",
    ]
    lines += customer_email(f, req, cust, cust.company.locale, agent)
    if f.chance(0.6):
        lines += ["", f"ref:_00D{f.token(6)}._500{f.token(9)}:ref"]
    if f.chance(0.4):
        lines += [
            "",
            "Case Comments:",
            f"{agent.full} ({us_date(f.later(dt))}): {f.pick(AGENT_NOTES)}",
        ]
    return "\n".join(lines)


def hubspot(f: Fake, req: str) -> str:
    """A HubSpot note or logged call written by an account manager, quoting the customer."""
    cust, am, dt = f.person(), f.agent(), f.when()
    kind = f.pick(["Note", "Call", "Meeting"])
    lines = [
        f"{kind} · Logged by {am.full} · {us_date(dt)} at {clock12(dt)}",
        (f"Associated with: {cust.full}, {cust.company.name}{', 1 deal' if f.chance(0.5) else ''}"),
    ]
    if kind == "Call":
        lines.append(
            f"Outcome: Connected · Duration: {f.rng.randint(4, 45)}m · "
            f"Direction: {f.pick(['Outbound', 'Inbound'])}"
        )
    lines.append("")
    intro = f.pick(
        [
            f"Quick sync with {cust.first} ({cust.title} @ {cust.company.name}).",
            f"Renewal check-in w/ {cust.first}. Overall happy.",
            f"{cust.first} called about the rollout, went fine.",
            "QBR prep call.",
        ]
    )
    lines.append(intro)
    style = f.rng.random()
    if style < 0.4:
        lines.append(f'Feature ask (their words): "{req}"')
    elif style < 0.7:
        lines += ["Feedback:", f"- {say(f, req)}"]
    else:
        lines += [f"{cust.first} asked:", req]
    steps = ["follow up EOW", "send roadmap deck", "loop in CSM", "none"]
    lines.append(f"Next steps: {f.pick(steps)}")
    return "\n".join(lines)


def slack(f: Fake, req: str) -> str:
    """A Slack thread: Slack Connect with the customer, an internal share, or a bot post."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    style = f.rng.random()
    if style < 0.4:
        lines = [
            f"#{f.pick(['ext-', 'shared-'])}{channel_slug(cust.company.name)}",
            "",
            f"{cust.full} ({cust.company.name})  {clock12(dt)}",
            say(f, req, "casual", 0.4),
        ]
        if f.chance(0.5):
            lines.append(f":{f.pick(['eyes', 'pray', 'raised_hands'])}: 1")
        lines += [
            "",
            f"{agent.full}  {clock12(f.later(dt, 1, 40))}",
            f"{f.pick(CHAT_FILLER_AGENT)} cc @{colleague_of(f, agent).first.lower()}",
        ]
    elif style < 0.75:
        lines = [
            f"#{f.pick(['customer-feedback', 'voice-of-customer', 'product-ideas'])}",
            "",
            f"{agent.full}  {clock12(dt)}",
            (
                f"{f.pick(['from my call with', 'feedback from', 'heard today from'])} "
                f"{cust.first} @ {cust.company.name} 👇"
            ),
            f"> {req}",
        ]
        if f.chance(0.5):
            lines.append(f":+1: {f.rng.randint(1, 6)}  :eyes: {f.rng.randint(1, 3)}")
        lines.append(
            f"{f.rng.randint(1, 5)} replies  Last reply today at {clock12(f.later(dt, 5, 200))}"
        )
    else:
        lines = [
            f"{VENDOR} Feedback  APP  {clock12(dt)}",
            (
                f"New feedback from *{cust.full}* ({cust.company.name}) via "
                f"`{f.pick(['/feedback', 'in-app widget', 'email'])}`:"
            ),
            req,
            (
                f"<{f.url('feedback/' + f.digits(6))}|View in {VENDOR}> · "
                f"Plan: {f.pick(PLANS)} · MRR ${f.rng.randint(2, 90) * 50}"
            ),
        ]
    return "\n".join(lines)


def teams(f: Fake, req: str) -> str:
    """Lines copied out of a Microsoft Teams chat (with an external participant)."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    ext = " (External)" if f.chance(0.6) else ""
    if f.chance(0.5):

        def head(name: str, t: datetime) -> str:
            return f"[{t.month}/{t.day}/{t.year} {clock12(t)}] {name}"

        cname = f"{cust.full}{ext}"
    else:

        def head(name: str, t: datetime) -> str:
            return f"[{clock12(t)}] {name}"

        cname = f"{cust.last}, {cust.first}{ext}"
    t = dt
    lines = [
        head(f"{agent.last}, {agent.first}", t),
        f.pick(
            [
                "hi! how's the rollout going?",
                "Morning! Any feedback from the team so far?",
                "Thanks for joining earlier 🙂",
            ]
        ),
    ]
    t = f.later(t, 1, 90)
    lines += [head(cname, t), say(f, req, "casual", 0.35)]
    if f.chance(0.3):
        lines[-1] += "\n(edited)"
    t = f.later(t, 1, 20)
    lines += [head(f"{agent.last}, {agent.first}", t), f.pick(CHAT_FILLER_AGENT)]
    if f.chance(0.4):
        lines += [head(cname, f.later(t, 0, 5)), f.pick(CHAT_FILLER_CUSTOMER)]
    return "\n".join(lines)


def whatsapp(f: Fake, req: str) -> str:
    """A WhatsApp Business chat export (.txt) in EU or US format."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    eu = f.chance(0.6)

    def stamp(t: datetime) -> str:
        if eu:
            return f"[{t:%d/%m/%Y, %H:%M:%S}]"
        return f"{t.month}/{t.day}/{t:%y}, {clock12(t)} -"

    biz = f"{VENDOR} Support"
    lines = []
    if f.chance(0.5):
        lines.append(
            f"{stamp(dt)} {biz}: \u200eMessages and calls are end-to-end encrypted. "
            "Only people in this chat can read, listen to, or share them."
        )
    t = f.later(dt, 0, 3)
    lines.append(f"{stamp(t)} {cust.full}: {f.pick(['Hi', 'Hello', 'Hey', 'Good morning'])}")
    if f.chance(0.3):
        t = f.later(t, 0, 2)
        lines.append(f"{stamp(t)} {cust.full}: \u200e<Media omitted>")
    t = f.later(t, 0, 2)
    lines.append(f"{stamp(t)} {cust.full}: {say(f, req, 'casual', 0.35)}")
    t = f.later(t, 1, 60)
    lines.append(
        f"{stamp(t)} {biz}: Hi {cust.first}, this is {agent.first}. {f.pick(CHAT_FILLER_AGENT)}"
    )
    if f.chance(0.4):
        lines.append(f"{stamp(f.later(t, 0, 9))} {cust.full}: {f.pick(CHAT_FILLER_CUSTOMER)}")
    if f.chance(0.15):
        lines.append(f"{stamp(f.later(t, 10, 50))} {cust.full}: This message was deleted")
    return "\n".join(lines)


def discord(f: Fake, req: str) -> str:
    """Messages copied from a product community Discord server."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    user = f.pick(
        [
            cust.handle,
            ascii_slug(cust.first) + f.digits(2),
            f.pick(["nightowl", "pixelpusher", "homeauto_fan", "k3vin", "quietstorm"]),
        ]
    )
    when = f.pick(
        [
            f"Today at {clock12(dt)}",
            f"Yesterday at {clock12(dt)}",
            f"{dt.month}/{dt.day}/{dt:%y}, {clock12(dt)}",
        ]
    )
    lines = [
        f"#{f.pick(['feature-requests', 'feedback', 'general', 'ideas'])}",
        "",
        f"{user} — {when}",
        say(f, req, "casual", 0.4),
    ]
    if f.chance(0.3):
        lines[-1] += " (edited)"
    if f.chance(0.5):
        lines.append(
            f"👍 {f.rng.randint(1, 30)}  {f.pick(['🔥', '💯', '➕'])} {f.rng.randint(1, 9)}"
        )
    mod = f"{ascii_slug(agent.first)} | {VENDOR}"
    lines += [
        "",
        f"{mod} [MOD] — {clock12(f.later(dt, 2, 300))}",
        f"@{user} {f.pick(CHAT_FILLER_AGENT)} ✅",
    ]
    return "\n".join(lines)


def forum(f: Fake, req: str) -> str:
    """A Discourse-style community forum topic with a staff reply quoting other text."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    user = cust.handle
    topic = f.digits(4)
    title = f.pick(
        [
            "Small idea",
            "Feature request",
            "Would love this",
            "Is this possible?",
            "Suggestion from a long-time user",
            "Wishlist thread",
        ]
    )
    extra = f.fill(
        f.pick(
            [
                "Anyone else need this?",
                "Would make {product} so much better.",
                "Apologies if this was asked before, search didn't find anything.",
                "Running the latest version on iOS.",
            ]
        )
    )
    lines = [
        f"[{f.pick(['Feature Requests', 'Ideas', 'General', 'Feedback'])}] {title}",
        f"{user}    {MONTHS_SHORT['en'][dt.month - 1]} {dt.day}",
        "",
    ]
    body = (
        [say(f, req, "casual", 0.3), "", extra]
        if f.chance(0.6)
        else [extra, "", say(f, req, "casual", 0.3)]
    )
    lines += body
    lines += [
        "",
        f"♥ {f.rng.randint(0, 40)}    {f.rng.randint(1, 12)} Replies",
        "",
        "-" * 20,
        (
            f"{ascii_slug(agent.first)}_{ascii_slug(VENDOR)}    Staff    "
            f"{MONTHS_SHORT['en'][dt.month - 1]} {min(dt.day + 1, 28)}"
        ),
        "",
    ]
    if f.chance(0.5):
        lines += [f'[quote="{user}, post:1, topic:{topic}"]', extra, "[/quote]", ""]
    lines.append(
        f"Thanks for the suggestion! I've moved this to the ideas board so others can "
        f"vote on it: {f.url('community/t/' + topic)}"
    )
    return "\n".join(lines)


def app_store_review(f: Fake, req: str) -> str:
    """An App Store or Google Play review, as shown in a review-monitoring export."""
    dt = f.when()
    stars = f.rng.randint(1, 5)
    nick = f.pick(
        [
            "nightowl_88",
            "Jess K",
            "dadof3",
            "Marco R.",
            "A Google user",
            "tech_gran",
            "SmartHomeNerd",
            "kf2026",
            "Ben",
            "L. Okoro",
        ]
    )
    version = f"{f.rng.randint(4, 6)}.{f.rng.randint(0, 19)}.{f.rng.randint(0, 4)}"
    title = f.pick(
        [
            "Almost there",
            "Good but",
            "Love it, one request",
            "Needs work",
            "Great app",
            "Frustrating",
            "Please add this",
            "5 stars if fixed",
        ]
    )
    if f.chance(0.5):
        lines = [
            f"{'★' * stars}{'☆' * (5 - stars)}  {title}",
            (
                f"by {nick} – {us_date(dt)} · Version {version} · "
                f"{f.pick(['United States', 'United Kingdom', 'Germany', 'Canada'])}"
            ),
        ]
    else:
        lines = [
            f"Google Play · Rating: {stars}/5 · {nick}",
            (
                f"{us_date(dt)} · App version {version} "
                f"({version.replace('.', '')}) · "
                f"{f.pick(['Pixel 9', 'Galaxy S25', 'OnePlus 12'])} · "
                f"Android {f.rng.randint(14, 16)}"
            ),
        ]
    lines.append("")
    text = say(f, req, "casual", 0.35)
    if f.chance(0.4):
        text = (
            f.pick(
                [
                    "Really like the app overall.",
                    "Used it daily for a year.",
                    "Update broke nothing, nice.",
                ]
            )
            + " "
            + text
        )
    lines.append(text)
    if f.chance(0.5):
        lines += [f"{f.rng.randint(1, 40)} people found this helpful"]
    if f.chance(0.5):
        lines += [
            "",
            f"Developer Response · {us_date(f.later(dt, 600, 5000))}",
            (
                f"Hi {nick}, thanks for the review! We've shared your suggestion with our "
                f"product team. - The {VENDOR} Team"
            ),
        ]
    return "\n".join(lines)


def g2_review(f: Fake, req: str) -> str:
    """A G2 review export with its fixed questions; the request sits in one answer."""
    cust, dt = f.person(), f.when()
    size = f.pick(
        [
            "Small-Business (50 or fewer emp.)",
            "Mid-Market (51-1000 emp.)",
            "Enterprise (> 1000 emp.)",
        ]
    )
    headline = f.pick(
        [
            "Solid tool with a few gaps",
            "Great value",
            "Does the job",
            "Our team loves it",
            "Good, could be great",
        ]
    )
    lines = [
        f'"{headline}"',
        f"{'★' * f.rng.randint(3, 5)} · {us_date(dt)}",
        f"{cust.first} {cust.last[0]}. · {cust.title} · {size}",
        (
            "Validated Reviewer · Verified Current User · Review source: "
            f"{f.pick(['Organic', 'G2 invite', 'Seller invite'])}"
        ),
        "",
        f"What do you like best about {VENDOR}?",
        f.pick(
            [
                "Setup was quick and the team picked it up without training.",
                "Reliable, and support answers fast.",
                "The mobile app is really polished.",
            ]
        ),
        "",
        f"What do you dislike about {VENDOR}?",
    ]
    lines.append(say(f, req))
    lines += [
        "",
        f"What problems is {VENDOR} solving and how is that benefiting you?",
        f.pick(["Keeps our team on the same page.", "Saves us a few hours every week."]),
    ]
    return "\n".join(lines)


def capterra_review(f: Fake, req: str) -> str:
    """A Capterra review with sub-ratings, pros and cons."""
    cust, dt = f.person(), f.when()

    overall = f.rng.randint(2, 5)

    def r() -> int:
        return max(1, min(5, overall + f.rng.randint(-1, 1)))

    lines = [
        f"{cust.first} {cust.last[0]}.",
        f"{cust.title}",
        (
            f"{f.pick(['Hospitality', 'Real Estate', 'Logistics', 'Health Care'])}, "
            f"{f.pick(['11-50', '51-200', '2-10', '201-500'])} employees"
        ),
        f"Used the software for: {f.pick(['6-12 months', '1-2 years', '2+ years'])}",
        f"Reviewed {us_date(dt)}",
        "",
        (
            f"Overall Rating {overall}/5 · Ease of Use {r()} · Customer Service {r()} · "
            f"Features {r()} · Value for Money {r()}"
        ),
        f"Likelihood to Recommend: {min(10, overall * 2 + f.rng.randint(-1, 1))}/10",
        "",
        f'"{f.pick(["Good all-rounder", "Worth it", "Mixed feelings"])}"',
        "",
        "Pros",
        f.pick(
            ["Easy to use, quick setup.", "Good integrations.", "Price is fair for what you get."]
        ),
        "",
        "Cons",
        say(f, req),
    ]
    if f.chance(0.4):
        lines += [
            "",
            f"Vendor Response by {VENDOR}:",
            f"Thank you for your review, {cust.first}! We've passed your feedback on.",
        ]
    return "\n".join(lines)


def trustpilot(f: Fake, req: str) -> str:
    """A Trustpilot review card with the company's public reply."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    stars = f.rng.randint(1, 5)
    country = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}[cust.company.locale]
    lines = [
        f"{cust.first} {cust.last[0]}.",
        f"{country} · {f.rng.randint(1, 14)} reviews",
        "",
        f"Rated {stars} out of 5 stars",
        us_date(f.later(dt, 60, 9000)) + (" · Verified" if f.chance(0.5) else ""),
        "",
        f.pick(["Good service, one wish", "Mostly happy", "Could be better", "Great team"]),
        say(f, req, "formal", 0.4),
        "",
        f"Date of experience: {MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}",
        f"Useful {f.rng.randint(0, 9)}  Share",
    ]
    if f.chance(0.5):
        lines += [
            "",
            f"Reply from {VENDOR}",
            (
                f"Hi {cust.first}, thank you for taking the time to leave a review. "
                f"- {agent.first}, {VENDOR} Customer Care"
            ),
        ]
    return "\n".join(lines)


def nps_survey(f: Fake, req: str) -> str:
    """An NPS survey response export (Delighted / Qualtrics / Typeform style)."""
    cust, dt = f.person(), f.when()
    score = f.rng.randint(0, 10)
    segment = "Promoter" if score >= 9 else "Passive" if score >= 7 else "Detractor"
    tool = f.pick(["Delighted", "Qualtrics", "Typeform", "SurveyMonkey", "Sprig"])
    lines = [
        f"Survey: {VENDOR} NPS – Q{(dt.month - 1) // 3 + 1} {dt.year} ({tool})",
        f"Response ID: R_{f.token(15, ID_ALPHABET)}",
        f"Recorded: {dt:%Y-%m-%d %H:%M:%S} UTC",
        (
            f"Respondent: {cust.email} · Plan: {f.pick(PLANS)} · Seats: {f.rng.randint(1, 400)}"
            f" · Region: {f.pick(['EMEA', 'NA', 'APAC', 'LATAM'])}"
        ),
        "",
        f"Q1. How likely are you to recommend {VENDOR} to a friend or colleague? (0-10)",
        f"{score} ({segment})",
        "",
    ]
    if f.chance(0.5):
        lines += ["Q2. What is the primary reason for your score?", say(f, req, "casual", 0.25)]
    else:
        lines += [
            "Q2. What is the primary reason for your score?",
            f.pick(
                ["Works well mostly.", "Support is great.", "Price.", "n/a", "Some bugs lately."]
            ),
            "",
            "Q3. What is the one thing we could do to improve?",
            say(f, req, "casual", 0.25),
        ]
    lines += ["", f"May we contact you about your feedback? {f.pick(['Yes', 'No'])}"]
    if f.chance(0.4):
        lines += ["", f"Unsubscribe from surveys: {f.url('survey/unsubscribe')}"]
    return "\n".join(lines)


def csat_survey(f: Fake, req: str) -> str:
    """A post-ticket CSAT rating with the free-text comment."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    rating = f.pick(["😀 Great", "🙂 Good", "😐 Okay", "🙁 Bad", "Satisfied", "Very satisfied"])
    lines = [
        f"CSAT response · Ticket #{f.digits(5)} · Agent: {agent.full}",
        f"Customer: {cust.full} ({cust.company.name}) · {dt:%d %b %Y %H:%M}",
        "",
        "How would you rate the support you received?",
        rating,
        "",
        f.pick(["Tell us more (optional):", "Anything else you'd like to share?", "Comment:"]),
        say(f, req, "casual", 0.35),
    ]
    if f.chance(0.3):
        lines += ["", f"Survey sent via {f.pick(['Zendesk', 'Freshdesk', 'Klaus', 'Gorgias'])}"]
    return "\n".join(lines)


GONG_FILLER_CUSTOMER = [
    "Yeah, that's fair.",
    "So, on our side the rollout went fine mostly.",
    "Can you hear me okay?",
    "Right, right.",
    "Mm-hmm.",
    "I think one of my colleagues is joining late.",
    "We're mostly using it in the office, some people at home.",
]
GONG_FILLER_REP = [
    "Got it. Anything else on your wish list?",
    "Let me make a note of that.",
    "Totally. And how's the team finding it so far?",
    "Perfect, I'll share my screen in a sec.",
    "That's super helpful, thank you.",
    "Before we wrap up, any feedback for the product team?",
]


def gong_transcript(f: Fake, req: str) -> str:
    """A sales/CS call transcript with timestamped speaker turns (Gong, Chorus, Fireflies)."""
    cust, rep, dt = f.person(), f.agent(), f.when()
    minutes = f.rng.randint(18, 55)
    lines = [
        (
            f"{f.pick(['Gong', 'Chorus', 'Fireflies.ai', 'Otter'])} · "
            f"{cust.company.name} <> {VENDOR} | "
            f"{f.pick(['QBR', 'Renewal call', 'Check-in', 'Onboarding follow-up', 'Demo'])}"
        ),
        (
            f"{us_date(dt)} · {minutes} min · Participants: {rep.full} ({VENDOR}), "
            f"{cust.full} ({cust.company.name})"
        ),
        "",
    ]
    style = f.pick(["gong", "bracket"])
    t = f.rng.randint(60, max(61, minutes * 60 - 120))

    def turn(name: str, text: str, secs: int) -> list[str]:
        ts = f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}"
        if style == "gong":
            return [f"{ts} | {name}", text, ""]
        return [f"[{ts}] {name}: {text}"]

    for _ in range(f.rng.randint(0, 2)):
        lines += turn(
            f.pick([rep.full, cust.full]), f.pick(GONG_FILLER_CUSTOMER + GONG_FILLER_REP), t
        )
        t += f.rng.randint(3, 40)
    lines += turn(rep.full, f.pick(GONG_FILLER_REP), t)
    t += f.rng.randint(3, 20)
    lines += turn(cust.full, say(f, req, "speech", 0.5), t)
    t += f.rng.randint(5, 40)
    lines += turn(rep.full, f.pick(GONG_FILLER_REP), t)
    if f.chance(0.5):
        lines += turn(cust.full, f.pick(GONG_FILLER_CUSTOMER), t + f.rng.randint(2, 9))
    if f.chance(0.4):
        trackers = ["Pricing", "Competitors", "Feature request", "Next steps", "Budget"]
        if lines[-1]:
            lines.append("")
        lines.append(f"Trackers: {', '.join(f.rng.sample(trackers, 2))}")
    return "\n".join(lines).rstrip()


def meeting_notes(f: Fake, req: str) -> str:
    """Markdown meeting notes (Notion / Confluence / AI note-taker summary)."""
    cust, am, dt = f.person(), f.agent(), f.when()
    other = f.person(company=cust.company)
    lines = [
        (
            f"# {cust.company.name} × {VENDOR} — "
            f"{f.pick(['Quarterly review', 'Weekly sync', 'Kickoff', 'Feedback session'])}"
        ),
        (
            f"**Date:** {dt:%Y-%m-%d}  **Attendees:** @{am.first} {am.last}, {cust.full}, "
            f"{other.full}"
        ),
        "",
        "## Notes",
        f"- {f.pick(['Rollout at 80%', 'Usage up since last month', 'Pilot went well'])}",
        (
            f"- {other.first} mentioned "
            f"{f.pick(['budget review in Q3', 'new office opening', 'SSO next year'])}"
        ),
    ]
    style = f.rng.random()
    if style < 0.35:
        lines += ["- Feature asks:", f"  - {say(f, req)}"]
    elif style < 0.7:
        lines += [f"- {cust.first} (verbatim):", f"  > {req}"]
    else:
        lines += [f'- {cust.first}: "{req}"']
    lines += [
        "",
        "## Action items",
        f"- [ ] @{am.first} share feedback with product",
        (f"- [ ] {cust.first} to send {f.pick(['user list', 'screenshots', 'invoice details'])}"),
    ]
    if f.chance(0.3):
        tool = f.pick(["Zoom AI Companion", "Gemini in Meet", "Otter"])
        lines += ["", f"_Generated by {tool}. Review for accuracy._"]
    return "\n".join(lines)


def voicemail(f: Fake, req: str) -> str:
    """A voicemail notification with an automatic transcription."""
    cust, dt = f.person(), f.when()
    provider = f.pick(["Aircall", "RingCentral", "Dialpad", "Google Voice", "Zoom Phone"])
    secs = f.rng.randint(14, 110)
    parts = [
        (
            f"{f.pick(['Hi', 'Hey', 'Hello, yeah, hi'])}, this is {cust.first} from "
            f"{cust.company.name}{f.pick([',', ', uh,', ', um,', '.'])}"
        ),
        f.pick(["calling about the app.", "quick message for support.", ""]),
        say(f, req, "speech", 0.4),
        (f"{f.pick(['Um, you can reach me at', 'Call me back on', 'My number is'])} {cust.phone}."),
        f.pick(["Thanks, bye.", "Okay, thanks.", "Bye bye.", ""]),
    ]
    spoken = " ".join(part for part in parts if part)
    lines = [
        f"New voicemail from {cust.full} ({cust.phone})",
        f"Received: {us_date(dt)} {clock12(dt)} · Length: {secs // 60}:{secs % 60:02d}",
        f"Line: {VENDOR} Support {f.pick(['(US)', '(EMEA)', 'Main'])}",
        "",
        "Transcription:",
        spoken,
        "",
        (
            f"Transcription by {provider}. Accuracy may vary. Listen: "
            f"https://{ascii_slug(provider)}.com/vm/{f.token(10)}"
        ),
    ]
    return "\n".join(lines)


def social_post(f: Fake, req: str) -> str:
    """A public social-media post (X, LinkedIn, Reddit, Bluesky) from a listening tool."""
    cust, dt = f.person(), f.when()
    net = f.pick(["X", "LinkedIn", "Reddit", "Bluesky", "Mastodon"])
    handle = cust.handle
    if net == "X":
        lines = [
            f"{cust.full} @{handle}",
            f"@{ascii_slug(VENDOR)} {say(f, req, 'casual', 0.3)} "
            f"{f.pick(['#smarthome', '#feedback', '', '#ux'])}".rstrip(),
            f"{clock12(dt)} · {us_date(dt)} · {f.rng.randint(80, 9000):,} Views",
            f"{f.rng.randint(0, 12)} Reposts  {f.rng.randint(0, 90)} Likes",
        ]
    elif net == "LinkedIn":
        lines = [
            f"{cust.full} · 2nd",
            f"{cust.title} at {cust.company.name}",
            f"{f.rng.randint(1, 6)}d · 🌐",
            "",
            f.fill("Big fan of {product}, but one thing:"),
            say(f, req),
            "",
            f"#{f.pick(['productfeedback', 'saas', 'customerexperience'])}",
            f"👍❤️ {f.rng.randint(3, 200)} · {f.rng.randint(0, 40)} comments",
        ]
    elif net == "Reddit":
        lines = [
            (
                f"r/{ascii_slug(VENDOR)} · Posted by u/{handle}{f.digits(2)} "
                f"{f.rng.randint(1, 23)}h ago"
            ),
            f.pick(["Feature request", "Anyone else want this?", "Suggestion", "[Idea]"]),
            "",
            say(f, req, "casual", 0.3),
            "",
            f"{f.rng.randint(1, 400)} upvotes · {f.rng.randint(0, 80)} comments · Share",
        ]
    else:
        host = "bsky.social" if net == "Bluesky" else "mastodon.social"
        at = f"@{handle}.{host}" if net == "Bluesky" else f"@{handle}@{host}"
        lines = [
            f"{cust.first} {at}",
            f"@{ascii_slug(VENDOR)} {say(f, req, 'casual', 0.3)}",
            f"{us_date(dt)} at {clock12(dt)}",
            f"↻ {f.rng.randint(0, 20)}  ♡ {f.rng.randint(0, 60)}",
        ]
    if f.chance(0.4):
        lines = [
            (
                f"[{f.pick(['Sprout Social', 'Brandwatch', 'Hootsuite'])}] Source: {net} · "
                f"Sentiment: {f.pick(['Neutral', 'Negative', 'Positive'])} · "
                f"Reach: {f.rng.randint(1, 90)}.{f.rng.randint(0, 9)}K"
            ),
            "",
        ] + lines
    return "\n".join(lines)


def github_discussion(f: Fake, req: str) -> str:
    """A GitHub Discussion / feature-request issue using an issue-form template."""
    cust, dt = f.person(), f.when()
    user = cust.handle.replace("_", "-")
    num = f.digits(3)
    lines = [
        (
            f"{f.pick(['Ideas', 'Feature request', 'Q&A'])} · #{num} · "
            f"@{user} started this conversation on {us_date(dt)}"
        ),
        "",
        f"**{f.pick(['[Feature]', 'Feature:', 'Idea:', ''])} "
        f"{f.pick(['small improvement', 'request', 'would be nice to have'])}**".replace(
            "** ", "**"
        ),
        "",
    ]
    if f.chance(0.6):
        lines += [
            "### Is your feature request related to a problem? Please describe.",
            f.fill(f.pick(CONTEXT_BEFORE + ["_No response_"])),
            "",
            "### Describe the solution you'd like",
            say(f, req, "formal", 0.25),
            "",
            "### Additional context",
            f.pick(
                [
                    "_No response_",
                    f"Version {f.rng.randint(4, 6)}.{f.rng.randint(0, 9)}",
                    (
                        '<img width="412" alt="screenshot" src="https://github.com/user-'
                        f'attachments/assets/{f.token(8)}-{f.token(4)}" />'
                    ),
                ]
            ),
        ]
    else:
        lines += [
            say(f, req, "casual", 0.3),
            "",
            f.fill(f.pick(["Thanks for {product}!", "Happy to send a PR if welcome.", ""])),
        ]
    reactions = f"👍 {f.rng.randint(1, 60)}  🎉 {f.rng.randint(0, 5)}"
    counts = f"{f.rng.randint(0, 14)} comments · {f.rng.randint(0, 20)} replies"
    lines += ["", f"{reactions}  ·  {counts}"]
    if f.chance(0.5):
        maintainer = f"{ascii_slug(f.pick(AGENTS)[0])}-{ascii_slug(VENDOR)}"
        lines += [
            "",
            f"@{maintainer} (Maintainer) {f.rng.randint(1, 9)} days ago",
            "Thanks, moved to our roadmap board. Upvote the post to follow progress.",
        ]
    return "\n".join(lines)


def web_form(f: Fake, req: str) -> str:
    """A website contact-form notification e-mail, sometimes with HTML left in."""
    cust, dt = f.person(), f.when()
    plugin = f.pick(["cf7", "hubspot", "typeform", "webflow"])
    topic = f.pick(["Product feedback", "General enquiry", "Feature request", "Support"])
    header = [
        f"From: {VENDOR} Website <no-reply@{VENDOR_DOMAIN}>",
        f"Subject: New form submission: {f.pick(['Contact us', 'Feedback', 'Get in touch'])}",
        f"Date: {us_date(dt)} {clock12(dt)}",
        "",
    ]
    if f.chance(0.35):
        fields = [
            f"<p><strong>Name:</strong> {cust.full}<br />",
            f'<strong>Email:</strong> <a href="mailto:{cust.email}">{cust.email}</a><br />',
            f"<strong>Topic:</strong> {topic}<br />",
            f"<strong>Message:</strong><br />{say(f, req)}</p>",
        ]
    else:
        fields = [
            f"Name: {cust.full}",
            f"Email: {cust.email}",
            f"Company: {cust.company.name}",
            f"Topic: {topic}",
            "Message:",
            say(f, req),
        ]
        if f.chance(0.5):
            fields.append("Consent: ☑ I agree to the privacy policy")
    footer = {
        "cf7": [
            "",
            "--",
            f"This e-mail was sent from a contact form on {VENDOR} (https://{VENDOR_DOMAIN})",
        ],
        "hubspot": [
            "",
            f"Page: https://{VENDOR_DOMAIN}/contact · Form: Website contact form",
            f"View contact in HubSpot: https://app.hubspot.com/contacts/{f.digits(7)}",
        ],
        "typeform": ["", f"Submitted via Typeform · Response ID {f.token(32)}"],
        "webflow": ["", f"You can view this submission in your Webflow dashboard. Site: {VENDOR}"],
    }[plugin]
    return "\n".join(header + fields + footer)


def feature_portal(f: Fake, req: str) -> str:
    """A post or insight in a feedback portal (Canny, Productboard, UserVoice, Featurebase)."""
    cust, agent, dt = f.person(), f.agent(), f.when()
    tool = f.pick(["Canny", "Productboard", "UserVoice", "Featurebase"])
    if tool == "Productboard":
        lines = [
            (
                f"Insight · from {cust.full} ({cust.company.name}) via "
                f"{f.pick(['Portal', 'Intercom', 'Email', 'Chrome extension'])}"
            ),
            (
                f"Importance: {f.pick(['Nice-to-have', 'Important', 'Critical'])} · "
                f"Added {us_date(dt)} by {agent.full}"
            ),
            "",
            say(f, req),
            "",
            f"Linked features: {f.pick(['none', 'Mobile revamp', 'Assistant v2'])}",
        ]
    else:
        lines = [
            f"{tool} · {f.pick(['Feature Requests', 'Ideas', 'Mobile App'])}",
            (
                f"{f.pick(['Request', 'Idea', 'Suggestion'])} by {cust.first} "
                f"{cust.last[0]}. ({cust.company.name}) · {us_date(dt)}"
            ),
            (
                f"Status: {f.pick(['Under review', 'Planned', 'Open', 'Gathering feedback'])} · "
                f"{f.rng.randint(1, 180)} votes"
            ),
            "",
            say(f, req),
        ]
        if f.chance(0.5):
            lines += [
                "",
                f"Comments ({f.rng.randint(1, 9)})",
                f"{agent.first} ({VENDOR} team): {f.pick(CHAT_FILLER_AGENT)}",
            ]
    return "\n".join(lines)


WRAPPERS: dict[str, Callable[[Fake, str], str]] = {
    "email_en": email_en,
    "email_de": email_de,
    "email_fr": email_fr,
    "email_es": email_es,
    "email_nl": email_nl,
    "email_reply_outlook": email_reply_outlook,
    "email_reply_gmail": email_reply_gmail,
    "email_forward": email_forward,
    "zendesk": zendesk,
    "freshdesk": freshdesk,
    "intercom": intercom,
    "helpscout": helpscout,
    "jira_sm": jira_sm,
    "servicenow": servicenow,
    "salesforce": salesforce,
    "hubspot": hubspot,
    "slack": slack,
    "teams": teams,
    "whatsapp": whatsapp,
    "discord": discord,
    "forum": forum,
    "app_store_review": app_store_review,
    "g2_review": g2_review,
    "capterra_review": capterra_review,
    "trustpilot": trustpilot,
    "nps_survey": nps_survey,
    "csat_survey": csat_survey,
    "gong_transcript": gong_transcript,
    "meeting_notes": meeting_notes,
    "voicemail": voicemail,
    "social_post": social_post,
    "github_discussion": github_discussion,
    "web_form": web_form,
    "feature_portal": feature_portal,
}
KINDS = list(WRAPPERS)


# --------------------------------------------------------------------------------------
# Wrapping with the "exactly once" guarantee.
# --------------------------------------------------------------------------------------


def standalone_count(envelope: str, req: str) -> int:
    """Occurrences of req not glued to letters/digits on either side."""
    left = r"(?<!\w)" if re.match(r"\w", req[0]) else ""
    right = r"(?!\w)" if re.match(r"\w", req[-1]) else ""
    return len(re.findall(left + re.escape(req) + right, envelope))


def wrap(req: str, kind: str, rng: random.Random, tries: int = 16) -> tuple[str, str] | None:
    """Wrap req in an envelope of the given kind (other kinds if that proves impossible).

    Returns (kind, envelope) with req occurring exactly once, or None.
    """
    others = [k for k in KINDS if k != kind]
    rng.shuffle(others)
    for candidate in [kind, *others]:
        fallback = None
        for _ in range(tries if candidate == kind else 4):
            envelope = WRAPPERS[candidate](Fake(rng), req).strip("\n")
            count = envelope.count(req)
            if count == 1:
                return candidate, envelope
            if fallback is None and count >= 1 and standalone_count(envelope, req) == 1:
                fallback = envelope
        if fallback is not None:
            return candidate, fallback
    return None


def wrap_rows(texts: Sequence[str], share: float, seed: int) -> list[tuple[str, str]]:
    """Return (text, channel) for every row; a `share` of the rows is wrapped."""
    rng = random.Random(seed)
    n = len(texts)
    chosen = rng.sample(range(n), round(share * n))
    kinds = (KINDS * (len(chosen) // len(KINDS) + 1))[: len(chosen)]
    rng.shuffle(kinds)
    out = [(text, "plain") for text in texts]
    for index, kind in zip(sorted(chosen), kinds, strict=True):
        req = texts[index]
        if not req.strip():
            continue
        result = wrap(req, kind, random.Random(f"blind13:{seed}:{index}"))
        if result is not None:
            out[index] = (result[1], result[0])
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="input CSV (with text and label columns)")
    parser.add_argument("output", type=Path, help="output CSV (same rows plus 'channel')")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--label-col", default="label")
    parser.add_argument("--share", type=float, default=0.7, help="share of rows to wrap")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not 0.0 <= args.share <= 1.0:
        parser.error("--share must be between 0 and 1")

    with args.input.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    for col in (args.text_col, args.label_col):
        if col not in fields:
            parser.error(f"column {col!r} not found in {args.input} (have {fields})")

    wrapped = wrap_rows([row[args.text_col] or "" for row in rows], args.share, args.seed)
    out_fields = fields if "channel" in fields else [*fields, "channel"]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=out_fields)
        writer.writeheader()
        for row, (text, channel) in zip(rows, wrapped, strict=True):
            writer.writerow({**row, args.text_col: text, "channel": channel})

    counts = Counter(channel for _, channel in wrapped)
    summary = ", ".join(f"{kind}={counts[kind]}" for kind in ["plain", *sorted(KINDS)])
    sys.stdout.write(f"{len(rows)} rows -> {args.output}: {summary}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
