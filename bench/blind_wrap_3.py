#!/usr/bin/env python3
"""Written on 2026-12-05 by a contributor who never saw the product's envelope code
(triage/envelope*.py), as a blind test of it.

Wrap short customer requests in realistic channel "envelopes".

Held-out test harness: reads a labelled CSV (text,label) and writes a copy in
which a share of the texts arrive the way real channels deliver them (helpdesk
notification e-mails, phone e-mails with disclaimers, chat exports, forum and
Reddit posts, voicemail transcripts, CRM cases, web forms, quoted newsletter
replies, Teams message copies).  The request itself is embedded verbatim
(except for optional keyboard typos); nothing around it changes its meaning.

Usage:
    python bench/blind_wrap_3.py IN.csv OUT.csv [--seed 3] [--share 0.7] [--typo-share 0.25]
    python bench/blind_wrap_3.py IN.csv OUT.csv --verify [same --seed/--share/--typo-share]

--verify does not write anything: it re-reads IN and OUT and checks row count,
label order, channels, that every typo-free row contains its request
(whitespace-insensitive) and that typo rows differ by 1-2 small edits.

Determinism: every row draws from its own RNGs seeded from
(seed, input file name, row index, purpose), so a row's output never depends on
other rows, and changing --share does not change which rows get typos.
Standard library only (Python 3.11).
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
from collections import Counter
from typing import Any

TEXT_COLUMNS = ("text", "utterance", "query")
LABEL_COLUMNS = ("label", "intent", "category")  # 'intent' is the finer one in Bitext

KINDS = (
    "helpdesk_email",  # 1 Zendesk / Freshdesk notification
    "phone_email",  # 2 e-mail from a phone, foreign greeting + disclaimer
    "intercom",  # 3 Intercom conversation export
    "forum",  # 4 Discord / community forum / Canny post
    "reddit",  # 5 Reddit comment
    "voicemail",  # 6 voicemail transcription
    "crm_case",  # 7 Salesforce / HubSpot case
    "web_form",  # 8 support portal web form
    "quoted_reply",  # 9 reply on top of a quoted marketing e-mail
    "teams",  # 10 Microsoft Teams message copy
)


# ---------------------------------------------------------------------------
# RNG
# ---------------------------------------------------------------------------


def row_rng(seed: int, file_name: str, index: int, purpose: str) -> random.Random:
    key = f"{seed}|{file_name}|{index}|{purpose}".encode()
    return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))


# ---------------------------------------------------------------------------
# Typos (only ever applied to the request)
# ---------------------------------------------------------------------------

# keys next to each other on a QWERTY keyboard (same row listed first: the most common slips)
NEIGHBOURS = {
    "q": "wa",
    "w": "qesa",
    "e": "wrds",
    "r": "etfd",
    "t": "rygf",
    "y": "tuhg",
    "u": "yijh",
    "i": "uokj",
    "o": "iplk",
    "p": "ol",
    "a": "sqwz",
    "s": "adwexz",
    "d": "sferxc",
    "f": "dgrtcv",
    "g": "fhtyvb",
    "h": "gjyubn",
    "j": "hkuinm",
    "k": "jliom",
    "l": "kop",
    "z": "xas",
    "x": "zcsd",
    "c": "xvdf",
    "v": "cbfg",
    "b": "vngh",
    "n": "bmhj",
    "m": "njk",
}
PROTECTED = re.compile(r"\{\{.*?\}\}|\S+@\S+|https?://\S+|www\.\S+")
ASCII_WORD = re.compile(r"[A-Za-z]+")


def typo_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words that may receive a typo."""
    protected = [m.span() for m in PROTECTED.finditer(text)]
    spans = []
    for m in ASCII_WORD.finditer(text):
        s, e = m.span()
        word = m.group()
        if len(word) < 4 or word.isupper():
            continue
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            continue  # glued to digits or non-ASCII letters (e.g. 'mp3', 'café')
        if any(s < pe and e > ps for ps, pe in protected):
            continue
        spans.append((s, e))
    return spans


def typo_word(word: str, rng: random.Random) -> str:
    """One realistic typo; the first two characters are never touched."""
    ops = ["swap", "drop", "double", "neighbour"]
    rng.shuffle(ops)
    for op in ops:
        if op == "swap":
            idx = [i for i in range(2, len(word) - 1) if word[i].lower() != word[i + 1].lower()]
            if idx:
                i = rng.choice(idx)
                return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif op == "drop":
            i = rng.randrange(2, len(word))
            return word[:i] + word[i + 1 :]
        elif op == "double":
            i = rng.randrange(2, len(word))
            return word[: i + 1] + word[i] + word[i + 1 :]
        else:
            i = rng.randrange(2, len(word))
            near = NEIGHBOURS.get(word[i].lower(), "")
            if near:
                # mostly same-row keys
                c = rng.choice(near[:2]) if rng.random() < 0.75 else rng.choice(near)
                c = c.upper() if word[i].isupper() else c
                return word[:i] + c + word[i + 1 :]
    return word


def add_typos(text: str, rng: random.Random) -> tuple[str, int]:
    spans = typo_spans(text)
    if not spans:
        return text, 0
    n = min(len(spans), 1 if rng.random() < 0.65 else 2)
    chosen = sorted(rng.sample(spans, n), reverse=True)  # right to left keeps offsets valid
    for s, e in chosen:
        text = text[:s] + typo_word(text[s:e], rng) + text[e:]
    return text, n


# ---------------------------------------------------------------------------
# Shared pools of names, companies, products, dates
# ---------------------------------------------------------------------------

NAMES = {
    "en": (
        [
            "Emily",
            "James",
            "Priya",
            "Daniel",
            "Aisha",
            "Tom",
            "Grace",
            "Marcus",
            "Hannah",
            "Kevin",
            "Olivia",
            "Raj",
            "Chloe",
            "Sam",
            "Lauren",
            "Mike",
            "Wei",
            "Fatima",
            "Kenji",
            "Oluwaseun",
            "Mei",
            "Ahmed",
            "Ingrid",
            "Mateus",
        ],
        [
            "Carter",
            "Nguyen",
            "Patel",
            "O'Brien",
            "Okafor",
            "Reynolds",
            "Kim",
            "Walsh",
            "Hughes",
            "Morgan",
            "Chen",
            "Singh",
            "Fischer",
            "Ali",
            "Tanaka",
            "Adeyemi",
            "Larsen",
            "Costa",
            "Murphy",
            "Brooks",
        ],
    ),
    "de": (
        [
            "Jonas",
            "Lena",
            "Felix",
            "Anna",
            "Lukas",
            "Sophie",
            "Tobias",
            "Katrin",
            "Jürgen",
            "Miriam",
        ],
        ["Becker", "Schneider", "Wagner", "Hoffmann", "Krüger", "Schäfer", "Neumann", "Vogel"],
    ),
    "fr": (
        ["Camille", "Julien", "Léa", "Mathieu", "Chloé", "Nicolas", "Élodie", "Antoine", "Manon"],
        ["Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Mercier", "Lambert"],
    ),
    "es": (
        ["Lucía", "Javier", "Carmen", "Diego", "Sofía", "Pablo", "Marta", "Alejandro", "Inés"],
        ["García", "Fernández", "López", "Martín", "Sánchez", "Romero", "Navarro", "Torres"],
    ),
    "nl": (
        ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Eva", "Thijs", "Anouk"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Mulder", "de Boer"],
    ),
    "it": (
        ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo"],
        ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"],
    ),
    "pt": (
        ["Beatriz", "João", "Mariana", "Rafael", "Ana", "Tiago"],
        ["Silva", "Santos", "Oliveira", "Pereira", "Ferreira", "Costa"],
    ),
}

CUSTOMER_COMPANIES = {
    "en": [
        "Brightline Logistics",
        "Kestrel Foods",
        "Northfield Dental",
        "Pinecrest Realty",
        "Bluewave Media",
        "Harbor & Finch",
        "Tallgrass Analytics",
        "Oakridge Consulting",
        "Riverside Yoga Studio",
        "Meridian Labs",
        "Copperfield Ltd",
        "Sunny Side Bakery",
    ],
    "de": [
        "Quantum Leaf GmbH",
        "Bergmann Haustechnik GmbH",
        "Kaiser & Söhne KG",
        "Lindenhof Apotheke",
    ],
    "fr": ["Maison Laurent SARL", "Atelier Bérard", "Groupe Vallon SAS", "Boulangerie du Port"],
    "es": ["Grupo Solana S.L.", "Construcciones Ebro", "Clínica Mirasol", "Talleres Roca S.A."],
    "nl": [
        "Van Dijk Installatietechniek B.V.",
        "Bakkerij de Molen",
        "Groen & Zn.",
        "Noordzee Media B.V.",
    ],
    "it": ["Rossi Arredamenti S.r.l.", "Studio Colombo", "Caffè Aurora"],
    "pt": ["Construtora Atlântico Lda.", "Padaria Estrela", "Ferreira & Filhos"],
}

# the support organisation receiving the request: (display name, domain slug)
VENDORS = [
    ("Acme", "acme"),
    ("Nimbus", "nimbus"),
    ("Lumora", "lumora"),
    ("Fernway", "fernway"),
    ("Quillpay", "quillpay"),
    ("Orbitly", "orbitly"),
    ("Tandem", "tandemhq"),
    ("Parcelo", "parcelo"),
    ("Brightdesk", "brightdesk"),
    ("Kiteworks Cloud", "kitecloud"),
]

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
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
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
}
ATTACHMENTS = [
    "screenshot.png",
    "image001.png",
    "IMG_4821.jpg",
    "Screenshot 2024-03-05 at 10.11.52.png",
    "Capture d’écran 2024-02-12.png",
    "photo.jpeg",
    "Bildschirmfoto.png",
    "scan0001.pdf",
]
NEUTRAL_SUBJECTS = [
    "Question",
    "Quick question",
    "Help needed",
    "Support request",
    "Hello",
    "Inquiry",
    "Need assistance",
    "(no subject)",
    "Request",
    "Hi",
    "Help please",
    "Question from a customer",
    "Contact",
]
GENERIC_TITLES = [
    "Question",
    "Quick question",
    "Help?",
    "Suggestion",
    "Idea",
    "Request",
    "Anyone know?",
    "Need help",
    "Question for the team",
]


class Scene:
    """Random helpers bound to one row's RNG."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.vendor, self.slug = rng.choice(VENDORS)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def person(self, lang: str | None = None) -> tuple[str, str]:
        if lang is None:
            lang = "en" if self.chance(0.7) else self.pick(list(NAMES))
        first, last = NAMES[lang]
        return self.pick(first), self.pick(last)

    def company(self, lang: str = "en") -> str:
        pool = CUSTOMER_COMPANIES.get(lang) or CUSTOMER_COMPANIES["en"]
        return self.pick(pool)

    def email(self, first: str, last: str, domain: str | None = None) -> str:
        def fold(s):
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", s.lower())

        domain = domain or self.pick(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.com",
                "icloud.com",
                "gmx.de",
                "orange.fr",
                "hotmail.es",
                "ziggo.nl",
                "example.com",
            ]
        )
        style = self.rng.randrange(3)
        local = (
            f"{fold(first)}.{fold(last)}"
            if style == 0
            else f"{fold(first)[0]}{fold(last)}"
            if style == 1
            else f"{fold(first)}{self.rng.randrange(10, 99)}"
        )
        return f"{local}@{domain}"

    def when(self) -> dt.datetime:
        start = dt.datetime(2023, 1, 2)
        return start + dt.timedelta(minutes=self.rng.randrange(0, 60 * 24 * 900))

    def subject(self, request: str) -> str:
        """Neutral subject, or the start of the request itself (as web widgets do)."""
        if self.chance(0.55):
            return self.pick(NEUTRAL_SUBJECTS)
        return truncate_words(request, self.rng.randint(3, 7))

    def ticket_id(self) -> int:
        return self.rng.randrange(10_000, 999_999)

    def clock(self, t: dt.datetime, h24: bool) -> str:
        if h24:
            return f"{t.hour:02d}:{t.minute:02d}"
        return f"{(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def truncate_words(text: str, n: int) -> str:
    words = text.split()
    head = " ".join(words[:n])
    return head if len(words) <= n else head.rstrip(",.;:") + "…"


def date_long(t: dt.datetime, lang: str) -> str:
    m = MONTHS[lang][t.month - 1]
    if lang == "en":
        return f"{m} {t.day}, {t.year}"
    if lang == "de":
        return f"{t.day}. {m} {t.year}"
    return f"{t.day} {m} {t.year}"


def lines(*parts) -> str:
    """Join non-None parts with newlines (None = omitted optional line)."""
    return "\n".join(p for p in parts if p is not None)


# ---------------------------------------------------------------------------
# 1. Zendesk / Freshdesk notification e-mail
# ---------------------------------------------------------------------------

ZENDESK_TEXT: dict[str, dict[str, Any]] = {
    "en": dict(
        marker="##- Please type your reply above this line -##",
        updated=(
            "Your request ({id}) has been updated. To add additional comments, reply to this email."
        ),
        new="{name} submitted a new request ({id}).",
        cc=(
            "You are registered as a CC on this request ({id}). "
            "Reply to this email to add a comment to the request."
        ),
        attach="Attachment(s)",
        footer="This email is a service from {vendor} Support. Delivered by Zendesk",
        tz=["GMT+1", "GMT+0", "EST", "PST", "CET", "GMT+2"],
    ),
    "de": dict(
        marker="##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",
        updated=(
            "Ihre Anfrage ({id}) wurde aktualisiert. "
            "Antworten Sie auf diese E-Mail, um weitere Kommentare hinzuzufügen."
        ),
        new="{name} hat eine neue Anfrage ({id}) eingereicht.",
        cc=(
            "Sie sind als CC für diese Anfrage ({id}) eingetragen. "
            "Antworten Sie auf diese E-Mail, um einen Kommentar hinzuzufügen."
        ),
        attach="Anhang/Anhänge",
        footer="Diese E-Mail ist ein Service von {vendor} Support. Bereitgestellt von Zendesk",
        tz=["MEZ", "MESZ"],
    ),
    "fr": dict(
        marker="##- Veuillez écrire votre réponse au-dessus de cette ligne -##",
        updated=(
            "Votre demande ({id}) a été mise à jour. "
            "Pour ajouter des commentaires, répondez à cet e-mail."
        ),
        new="{name} a envoyé une nouvelle demande ({id}).",
        cc=(
            "Vous êtes en copie de cette demande ({id}). "
            "Répondez à cet e-mail pour ajouter un commentaire."
        ),
        attach="Pièce(s) jointe(s)",
        footer="Cet e-mail est un service de {vendor} Support. Fourni par Zendesk",
        tz=["UTC+1", "UTC+2"],
    ),
}


def wrap_helpdesk_email(req: str, s: Scene) -> str:
    if s.chance(0.3):
        return _freshdesk(req, s)
    lang = s.pick(["en", "en", "de", "fr"])
    z = ZENDESK_TEXT[lang]
    first, last = s.person(lang if lang != "en" else None)
    name, org = f"{first} {last}", s.company(lang)
    tid, t = s.ticket_id(), s.when()
    subj = s.subject(req)
    sent = f"{date_long(t, lang)}, {s.clock(t, lang != 'en' or s.chance(0.5))} {s.pick(z['tz'])}"
    intro = s.pick([z["updated"], z["new"], z["cc"]]).format(id=tid, name=name)
    code = (
        "".join(s.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
        + "-"
        + "".join(s.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))
    )
    attach = None
    if s.chance(0.6):
        attach = (
            f"{z['attach']}\n{s.pick(ATTACHMENTS)}"
            if s.chance(0.5)
            else f"Attachment(s): {s.pick(ATTACHMENTS)}"
        )
    return lines(
        f"Subject: [{s.vendor} Support] Re: {subj}",
        f"From: {name} ({s.vendor} Support) <support@{s.slug}.zendesk.com>",
        f"Date: {t:%a, %d %b %Y %H:%M:%S} {s.pick(['+0000', '+0100', '+0200', '-0500'])}"
        if s.chance(0.5)
        else None,
        "",
        z["marker"],
        "",
        intro,
        "-" * 46 if s.chance(0.5) else None,
        "",
        f"{name} ({org})",
        "",
        sent,
        "",
        req,
        "",
        attach,
        "" if attach else None,
        "-" * 32,
        "",
        z["footer"].format(vendor=s.vendor),
        f"Ticket: https://{s.slug}.zendesk.com/agent/tickets/{tid}" if s.chance(0.4) else None,
        f"[{code}]",
    )


def _freshdesk(req: str, s: Scene) -> str:
    first, last = s.person()
    agent = " ".join(s.person())
    org = s.company()
    tid, t = s.ticket_id() % 90000 + 1000, s.when()
    subj = s.subject(req)
    event = s.pick(
        [
            f"{first} {last} has replied to ticket #{tid}.",
            f"A new ticket has been submitted by {first} {last}.",
            f"Ticket #{tid} has been assigned to you.",
        ]
    )
    return lines(
        f"Subject: [{s.vendor} Support] Re: [#{tid}] {subj}",
        f"From: {s.vendor} Support <support@{s.slug}.freshdesk.com>",
        "",
        f"Hi {agent.split()[0]},",
        "",
        event,
        "",
        f"Requester: {first} {last} ({org}) <{s.email(first, last)}>",
        f"Priority: {s.pick(['Low', 'Medium'])} | Status: {s.pick(['Open', 'Pending'])}",
        f"Created: {t:%a, %d %b %Y at %I:%M %p}",
        "",
        "Message:",
        req,
        "",
        f"Attachment(s): {s.pick(ATTACHMENTS)}" if s.chance(0.6) else None,
        f"Ticket URL: https://{s.slug}.freshdesk.com/a/tickets/{tid}",
        "",
        "--",
        f"Freshdesk ticket #{tid}",
        f"This email is a service from {s.vendor} Support.",
    )


# ---------------------------------------------------------------------------
# 2. E-mail from a phone with greeting/sign-off in another language + disclaimer
# ---------------------------------------------------------------------------

PHONE_LANG: dict[str, dict[str, Any]] = {
    "de": dict(
        greet=[
            "Hallo,",
            "Hallo zusammen,",
            "Guten Tag,",
            "Sehr geehrte Damen und Herren,",
            "Hallo Support-Team,",
        ],
        pre=["ich habe eine Frage:", "kurze Frage (sorry, auf Englisch):", None, None],
        bye=[
            "Mit freundlichen Grüßen",
            "Viele Grüße",
            "Beste Grüße",
            "Danke und viele Grüße",
            "LG",
        ],
        sent=[
            "Von meinem iPhone gesendet",
            "Gesendet von meinem iPhone",
            "Von meinem Samsung Galaxy Smartphone gesendet.",
        ],
        disc=(
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn "
            "Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das "
            "unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet."
        ),
        legal=(
            "{company} · Sitz: {city} · Registergericht: Amtsgericht {city} HRB {num} · "
            "Geschäftsführer: {boss}"
        ),
        cities=["München", "Hamburg", "Köln", "Stuttgart"],
        eco="Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    ),
    "fr": dict(
        greet=["Bonjour,", "Bonjour à tous,", "Madame, Monsieur,", "Bonjour l'équipe,"],
        pre=["j'ai une question :", "petite question (désolé, en anglais) :", None, None],
        bye=["Cordialement", "Bien cordialement", "Bonne journée", "Merci d'avance, cordialement"],
        sent=["Envoyé de mon iPhone", "Envoyé depuis mon smartphone Samsung Galaxy."],
        disc=(
            "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
            "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
            "interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
            "l'expéditeur et de le détruire. L'intégrité de ce message n'étant pas assurée sur "
            "Internet, la société ne peut être tenue responsable de son contenu."
        ),
        legal="{company} – SIREN {num} – Siège social : {city}",
        cities=["Lyon", "Paris", "Nantes", "Bordeaux"],
        eco="Pensez à l'environnement avant d'imprimer ce message.",
    ),
    "es": dict(
        greet=["Hola,", "Buenos días,", "Hola equipo,", "Estimados:", "Buenas tardes,"],
        pre=["tengo una consulta:", "una pregunta (perdón, en inglés):", None, None],
        bye=["Saludos", "Un saludo", "Saludos cordiales", "Gracias de antemano, saludos"],
        sent=["Enviado desde mi iPhone", "Enviado desde mi smartphone Samsung Galaxy."],
        disc=(
            "Este mensaje es confidencial y puede contener información privilegiada. Si usted no "
            "es el destinatario indicado, queda notificado de que la lectura, utilización, "
            "divulgación y/o copia sin autorización está prohibida. Si ha recibido este mensaje "
            "por error, por favor comuníquelo inmediatamente al remitente y proceda a su "
            "eliminación."
        ),
        legal="{company} – CIF B{num} – Domicilio social: {city}",
        cities=["Madrid", "Valencia", "Sevilla", "Zaragoza"],
        eco="Antes de imprimir este mensaje, piense en el medio ambiente.",
    ),
    "nl": dict(
        greet=["Hallo,", "Goedemorgen,", "Beste support,", "Beste,", "Goedemiddag,"],
        pre=["ik heb een vraag:", "korte vraag (sorry, in het Engels):", None, None],
        bye=["Met vriendelijke groet", "Groetjes", "Mvg", "Alvast bedankt, met vriendelijke groet"],
        sent=[
            "Verstuurd vanaf mijn iPhone",
            "Verzonden vanaf mijn iPhone",
            "Verzonden vanaf mijn Galaxy",
        ],
        disc=(
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht "
            "abusievelijk heeft ontvangen, wordt u verzocht de afzender hiervan op de hoogte te "
            "stellen en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden "
            "ontleend."
        ),
        legal="{company} | KvK {num} | {city}",
        cities=["Utrecht", "Rotterdam", "Eindhoven", "Groningen"],
        eco="Denk aan het milieu voordat u deze e-mail print.",
    ),
    "it": dict(
        greet=["Buongiorno,", "Salve,", "Gentile supporto,"],
        pre=["ho una domanda:", None, None],
        bye=["Cordiali saluti", "Grazie, saluti", "Distinti saluti"],
        sent=["Inviato da iPhone", "Inviato dal mio smartphone Samsung Galaxy."],
        disc=(
            "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone "
            "indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di "
            "queste informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo "
            "messaggio per errore, vi preghiamo di darne immediata comunicazione al mittente e di "
            "provvedere alla sua distruzione."
        ),
        legal="{company} – P.IVA {num} – Sede legale: {city}",
        cities=["Milano", "Torino", "Bologna"],
        eco="Prima di stampare, pensa all'ambiente.",
    ),
    "pt": dict(
        greet=["Olá,", "Bom dia,", "Boa tarde,"],
        pre=["tenho uma dúvida:", None, None],
        bye=["Atenciosamente", "Obrigado, cumprimentos", "Melhores cumprimentos"],
        sent=["Enviado do meu iPhone", "Enviado do meu smartphone Galaxy"],
        disc=(
            "Esta mensagem é confidencial e destina-se exclusivamente ao(s) destinatário(s) "
            "indicado(s). Se recebeu esta mensagem por engano, por favor informe o remetente e "
            "elimine-a. É proibida a utilização, divulgação ou cópia não autorizada desta mensagem."
        ),
        legal="{company} – NIPC {num} – Sede: {city}",
        cities=["Lisboa", "Porto", "Braga"],
        eco="Antes de imprimir este e-mail, pense no ambiente.",
    ),
}
DISCLAIMER_EN = (
    "This message is confidential and may contain privileged information. If you are not the "
    "intended recipient, you are hereby notified that any reading, use, disclosure or copying of "
    "this message is strictly prohibited. If you have received this message in error, please "
    "notify the sender immediately and delete it from your system."
)


def wrap_phone_email(req: str, s: Scene) -> str:
    lang = s.pick(["de", "fr", "es", "nl", "de", "fr", "es", "nl", "it", "pt"])
    L = PHONE_LANG[lang]
    first, last = s.person(lang)
    company = s.company(lang)
    boss = " ".join(s.person(lang))
    pre = s.pick(L["pre"])
    header = None
    if s.chance(0.5):
        header = lines(
            f"From: {first} {last} "
            f"<{s.email(first, last, s.pick(['gmail.com', 'icloud.com', 'outlook.com']))}>",
            f"To: support@{s.slug}.com",
            f"Subject: {s.subject(req)}",
            "",
        )
    disclaimer = {
        0: L["disc"],
        1: L["disc"] + "\n\n" + DISCLAIMER_EN,
        2: L["disc"] + " / " + DISCLAIMER_EN,
    }[s.rng.randrange(3)]
    legal = L["legal"].format(
        company=company, city=s.pick(L["cities"]), num=s.rng.randrange(100000, 999999), boss=boss
    )
    sent = s.pick(L["sent"])
    sign = lines(s.pick(L["bye"]), first if s.chance(0.5) else f"{first} {last}")
    footer_parts = [disclaimer]
    if s.chance(0.5):
        footer_parts.insert(0, legal)
    if s.chance(0.35):
        footer_parts.append(L["eco"])
    footer = "\n\n".join(footer_parts)
    sep = s.pick(["", "_" * 40 + "\n", "-- \n", "*" * 20 + "\n"])
    # "Sent from" usually sits right under the signature; server disclaimers come after it
    if s.chance(0.8):
        body_end = lines(sign, "", sent, "", sep + footer)
    else:
        body_end = lines(sign, "", sep + footer, "", sent)
    return lines(header, s.pick(L["greet"]), "", pre, req, "", body_end)


# ---------------------------------------------------------------------------
# 3. Intercom conversation export
# ---------------------------------------------------------------------------

INTERCOM_BOT_OPEN = [
    "Hi there 👋 How can we help?",
    "Hey! 👋 Ask us anything, or share your feedback.",
    "Hi! What can we help you with today?",
    "Welcome to {v}! How can we help you?",
]
INTERCOM_BOT_AFTER = [
    "Thanks! The team typically replies in a few hours.",
    "Got it. Our team will get back to you as soon as possible. "
    "You'll get replies here and by email.",
    "Thanks for your message! A member of the team will be with you shortly.",
    "The team will reply as soon as they can. Give the team a way to reach you:",
]
INTERCOM_AGENT = [
    "Hi {u}, thanks for reaching out! Let me look into this for you.",
    "Hey {u} 👋 thanks for the message, I'm checking this now.",
    "Hi {u}, thanks for getting in touch. I've passed this on to the right team "
    "and we'll follow up by email.",
    "Thanks {u}! I've noted this down. Is there anything else I can help with?",
]
RATINGS = ["Amazing 🤩", "Great 😃", "OK 😐", "Amazing 🤩", "Great 😃"]
PAGES = [
    "/pricing",
    "/app/settings/billing",
    "/help",
    "/dashboard",
    "/account",
    "/docs/getting-started",
    "/app/home",
    "/features",
    "/checkout",
    "/contact",
]


def wrap_intercom(req: str, s: Scene) -> str:
    first, last = s.person()
    user = f"{first} {last}" if s.chance(0.6) else first
    agent = s.person()[0]
    t = s.when()
    h24 = s.chance(0.4)
    stamp = (
        (lambda m: f"[{s.clock(t + dt.timedelta(minutes=m), h24)}] ")
        if s.chance(0.4)
        else (lambda m: "")
    )
    title = f"Conversation with {user}" + (f" · {s.company()}" if s.chance(0.7) else "")
    rows = [
        title,
        f"Started on https://{s.pick(['www.', 'app.', ''])}{s.slug}.com{s.pick(PAGES)}"
        if s.chance(0.8)
        else None,
        f"{date_long(t, 'en')}" if s.chance(0.5) else None,
        "",
        f"{stamp(0)}Operator: {s.pick(INTERCOM_BOT_OPEN).format(v=s.vendor)}"
        if s.chance(0.7)
        else None,
    ]
    if s.chance(0.25):
        rows.append(f"{stamp(1)}{user} (User): {s.pick(['hi', 'hello', 'Hi there', 'hey'])}")
    rows.append(f"{stamp(1)}{user} (User): {req}")
    bot_after = s.pick(INTERCOM_BOT_AFTER)
    rows.append(f"{stamp(1)}Operator: {bot_after}")
    if bot_after.endswith("reach you:"):
        rows.append(f"{stamp(2)}{user} (User): {s.email(first, last)}")
    handled = s.chance(0.7)
    if handled:
        rows.append(f"{stamp(14)}{agent} (Teammate): {s.pick(INTERCOM_AGENT).format(u=first)}")
    if s.chance(0.3):
        rows.append(
            f"{stamp(16)}{user} (User): "
            f"{s.pick(['thanks', 'ok thank you', 'great, thanks!', '👍'])}"
        )
    rows.append(f"{agent if handled else 'Operator'} closed the conversation")
    if s.chance(0.6):
        rows.append(f"Rating: {s.pick(RATINGS)}")
    return lines(*rows)


# ---------------------------------------------------------------------------
# 4. Discord / community forum / Canny post
# ---------------------------------------------------------------------------

USERNAMES = [
    "pixelpanda",
    "j.martinez",
    "nightowl_dev",
    "sam_k",
    "quietfox88",
    "maria.codes",
    "bytebarista",
    "the_real_kev",
    "lotte.v",
    "hikari_07",
    "grumpycat_ops",
    "dan.the.admin",
    "ms_fernandez",
    "tobi",
    "okafor.tech",
    "crispy_waffle",
    "Raj P",
    "Ellie_W",
]
CHANNELS = ["feature-requests", "help", "support", "general", "questions", "ideas", "bugs-and-help"]
FORUM_STATUS = ["Under review", "Open", "Gathering feedback", "Needs more info", "Planned", "New"]
FORUM_TAGS = [
    "integrations",
    "mobile",
    "account",
    "web-app",
    "api",
    "question",
    "billing",
    "ux",
    "notifications",
    "settings",
    "feature-request",
]


def forum_title(req: str, s: Scene) -> str:
    return s.pick(GENERIC_TITLES) if s.chance(0.4) else truncate_words(req, s.rng.randint(3, 6))


def wrap_forum(req: str, s: Scene) -> str:
    user = s.pick(USERNAMES)
    t = s.when()
    tags = ", ".join(s.rng.sample(FORUM_TAGS, s.rng.randint(1, 3)))
    votes, comments = s.rng.randint(0, 60), s.rng.randint(0, 12)
    variant = s.rng.randrange(3)
    if variant == 0:  # Discord forum channel copy
        when = s.pick(
            [
                f"Today at {s.clock(t, False)}",
                f"Yesterday at {s.clock(t, False)}",
                f"{t:%m/%d/%Y} {s.clock(t, False)}",
            ]
        )
        return lines(
            f"{user} — {when}",
            f"[#{s.pick(CHANNELS)}]",
            f"Title: {forum_title(req, s)}" if s.chance(0.8) else None,
            req,
            f"👍 {votes} · 💬 {comments}" if s.chance(0.8) else f"👍 {votes}",
            f"Status: {s.pick(FORUM_STATUS)}" if s.chance(0.7) else None,
            f"Tags: {tags}" if s.chance(0.7) else None,
        )
    if variant == 1:  # Discourse topic
        return lines(
            forum_title(req, s),
            s.pick(["Feature Requests", "Help & Support", "Questions", "Community Help"])
            + f"  {tags}",
            "",
            user,
            f"{MONTHS['en'][t.month - 1]} {t.day}" + ("" if s.chance(0.5) else f" '{t:%y}"),
            req,
            "",
            f"{votes} Likes · {comments} Replies"
            if s.chance(0.7)
            else (
                f"created {MONTHS['en'][t.month - 1]} {t.day}   "
                f"last reply {s.rng.randint(1, 20)}d   {comments} replies   "
                f"{s.rng.randint(20, 900)} views"
            ),
            f"Status: {s.pick(FORUM_STATUS)}" if s.chance(0.5) else None,
        )
    # Canny / feedback board
    return lines(
        forum_title(req, s),
        f"{votes}",
        "votes" if s.chance(0.5) else None,
        s.pick(FORUM_STATUS).upper(),
        user,
        req,
        f"{date_long(t, 'en')} · {s.pick(['Feature Requests', 'Feedback', 'Ideas'])}"
        + (f" · {comments} comments" if comments else ""),
        f"Tags: {tags}" if s.chance(0.5) else None,
    )


# ---------------------------------------------------------------------------
# 5. Reddit comment
# ---------------------------------------------------------------------------


def reddit_user(s: Scene) -> str:
    if s.chance(0.4):
        adj = s.pick(
            ["Significant", "Admirable", "Proud", "Salty", "Curious", "Fluffy", "Electrical", "Ok"]
        )
        noun = s.pick(["Ad", "Pangolin", "Mushroom", "Koala", "Peach", "Engine", "Toe", "Fox"])
        return f"{adj}_{noun}_{s.rng.randint(100, 9999)}"
    return s.pick(
        [
            "throwaway_81723",
            "quiet-otter-42",
            "jdm_fan",
            "notarobot1987",
            "mrs_brightside",
            "coffee_and_code",
            "tired_dad_99",
            "lurker4life",
            "kiwi_traveller",
            "dutchie_dev",
        ]
    )


def wrap_reddit(req: str, s: Scene) -> str:
    brand = s.vendor.replace(" ", "")
    user, sub = reddit_user(s), s.pick([brand, brand + "App", s.slug, brand + "Help"])
    ups = s.rng.randint(1, 250)
    age, age_long = s.pick(
        [
            ("3h", "3 hours"),
            ("45m", "45 minutes"),
            ("1d", "1 day"),
            ("7h", "7 hours"),
            ("2d", "2 days"),
            ("12h", "12 hours"),
            ("5mo", "5 months"),
        ]
    )
    level = s.rng.randint(1, 3)
    variant = s.rng.randrange(3)
    if variant == 0:  # new Reddit, copied from browser
        return lines(
            f"r/{sub}" if s.chance(0.7) else None,
            f"level {level}" if s.chance(0.6) else None,
            f"u/{user} · {age}",
            req,
            "Upvote " + str(ups) + " Downvote Reply Award Share"
            if s.chance(0.5)
            else lines("Upvote", str(ups), "Downvote", "Reply", "Award", "Share"),
        )
    if variant == 1:  # old Reddit
        return lines(
            f"[–]{user} {ups} point{'s' if ups > 1 else ''} {age_long} ago",
            req,
            "permalink embed save parent report give award reply"
            if level > 1
            else "permalink embed save report give award reply",
        )
    # Reddit app / shreddit
    return lines(
        f"r/{sub} • Posted by u/{reddit_user(s)}" if s.chance(0.5) else f"r/{sub}",
        "",
        user + (" OP" if s.chance(0.2) else ""),
        "•",
        f"{age} ago",
        req,
        "",
        str(ups),
        "Reply",
        "Award" if s.chance(0.5) else None,
        "Share",
    )


# ---------------------------------------------------------------------------
# 6. Voicemail transcription
# ---------------------------------------------------------------------------

VM_INTRO = [
    "hi this is {first} from {company} um",
    "hey uh it's {first} {last} calling from {company} um",
    "hello good morning my name is {first} {last} um",
    "yeah hi this is {first} um",
    "hi it's {first} again from {company} [inaudible] um",
    "hello uh this message is for the support team this is {first} um",
    "hi there {first} here um",
]
VM_OUTRO = [
    "uh give me a call back thanks",
    "uh you can reach me on this number thanks bye",
    "um yeah call me back when you get a chance thank you",
    "okay thanks bye",
    "uh my number is {spoken} thanks",
    "um thank you have a good day",
    "[inaudible] okay bye",
]
DIGITS = "zero one two three four five six seven eight nine".split()


def phone_number(s: Scene) -> tuple[str, str]:
    """Fictional number ranges (US 555-01xx, UK Ofcom drama range, AU 491 570)."""
    kind = s.rng.randrange(3)
    if kind == 0:
        area, tail = s.rng.randint(200, 989), s.rng.randint(100, 199)
        return f"+1 ({area}) 555-0{tail}", f"{area}5550{tail}"
    if kind == 1:
        tail = s.rng.randint(0, 999)
        return f"+44 20 7946 0{tail:03d}", f"02079460{tail:03d}"
    tail = s.rng.randint(6, 999)
    return f"+61 491 570 {tail:03d}", f"0491570{tail:03d}"


def wrap_voicemail(req: str, s: Scene) -> str:
    first, last = s.person()
    number, digits = phone_number(s)
    spoken = " ".join(DIGITS[int(d)] for d in digits[-7:])
    intro = s.pick(VM_INTRO).format(first=first, last=last, company=s.company())
    outro = s.pick(VM_OUTRO).format(spoken=spoken)
    transcript = f"{intro} {req} {outro}"
    secs = 6 + len(transcript.split()) * 0.45 + s.rng.randint(0, 8)
    dur = f"{int(secs) // 60}:{int(secs) % 60:02d}"
    t = s.when()
    caller = s.pick(["(Unknown)", f"({first} {last})", "(Wireless Caller)", ""])
    conf = s.pick(["low", "low", "medium", "high"])
    variant = s.rng.randrange(3)
    if variant == 0:
        return lines(
            f"New voicemail from {number} {caller}".rstrip() + f" Duration: {dur}",
            f"Received: {t:%a, %d %b %Y} {s.clock(t, False)}" if s.chance(0.6) else None,
            "",
            f"Transcription (confidence: {conf}):",
            transcript,
            "",
            "Listen to the full message in your portal",
        )
    if variant == 1:  # Google Voice style
        return lines(
            f"New voicemail from {number.replace('+1 ', '')} at {s.clock(t, False)}",
            "",
            f"Transcript: {transcript}",
            "",
            "Play message",
            "YOUR ACCOUNT   HELP CENTER   HELP FORUM" if s.chance(0.5) else None,
            "This email was sent to you because you indicated that you'd like to receive "
            "voicemail transcripts.",
        )
    return lines(  # cloud phone system (Aircall / RingCentral style)
        f"Voicemail from {number} on line "
        f'"{s.pick(["Support", "Support UK", "Main line", "Sales & Support"])}"',
        f"Date: {t:%d/%m/%Y %H:%M} · Duration: {int(secs) // 60:02d}:{int(secs) % 60:02d}",
        "",
        f"Transcription ({conf} confidence)",
        f'"{transcript}"',
        "",
        s.pick(
            [
                "Listen to the full message in your portal",
                "Open in Aircall",
                "Listen in the RingCentral app",
            ]
        ),
    )


# ---------------------------------------------------------------------------
# 7. Salesforce / HubSpot case
# ---------------------------------------------------------------------------


def wrap_crm_case(req: str, s: Scene) -> str:
    first, last = s.person()
    owner = " ".join(s.person())
    modifier = s.pick([owner, " ".join(s.person()), "Automated Process"])
    t = s.when()
    t2 = t + dt.timedelta(minutes=s.rng.randint(3, 3000))
    company = s.company(s.pick(["en", "en", "de", "fr", "es", "nl"]))
    subj = s.subject(req)
    variant = s.rng.randrange(3)

    def fmt(x: dt.datetime) -> str:
        return f"{x.month}/{x.day}/{x.year}, {s.clock(x, False)}"

    if variant == 2:  # HubSpot ticket
        return lines(
            f"Ticket name: {subj}",
            "Pipeline: Support Pipeline",
            f"Ticket status: {s.pick(['New', 'Waiting on us', 'Waiting on contact'])}",
            f"Ticket description: {req}",
            f"Source: {s.pick(['Email', 'Chat', 'Form', 'Phone'])}",
            f"Priority: {s.pick(['Low', 'Medium', 'High'])}",
            f"Associated contact: {first} {last} ({s.email(first, last)})",
            f"Associated company: {company}",
            f"Ticket owner: {owner}",
            f"Create date: {t:%m/%d/%Y} {s.clock(t, False)} {s.pick(['EST', 'CET', 'GMT', 'PST'])}",
            f"Last activity date: {t2:%m/%d/%Y}" if s.chance(0.5) else None,
        )
    case_no = f"{s.rng.randint(1000, 999999):08d}"
    fields = [
        f"Case Number: {case_no}",
        f"Case Origin: {s.pick(['Email', 'Web', 'Phone', 'Chat'])}",
        f"Status: {s.pick(['New', 'Working', 'Escalated', 'On Hold'])}",
        f"Priority: {s.pick(['Low', 'Medium', 'High'])}" if s.chance(0.7) else None,
        f"Account Name: {company}",
        f"Contact Name: {first} {last}",
        f"Contact Email: {s.email(first, last)}" if s.chance(0.5) else None,
        f"Subject: {subj}",
        f"Description: {req}",
        f"Case Owner: {s.pick([owner, 'Tier 1 Support Queue', 'Support Queue'])}",
        f"Created By: {s.pick(['Automated Process', owner])}, {fmt(t)}" if s.chance(0.6) else None,
        f"Last Modified By: {modifier}, {fmt(t2)}",
    ]
    if variant == 0:
        return lines(*fields)
    link_id = "500" + "".join(
        s.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15)
    )
    return lines(  # Salesforce assignment notification e-mail
        f"Subject: Case {case_no} has been assigned to you",
        "",
        f"Case {case_no} has been assigned to you. Please click the link below to view the record.",
        "",
        f"https://{s.slug}.lightning.force.com/lightning/r/Case/{link_id}/view",
        "",
        *[f for f in fields if f is not None],
    )


# ---------------------------------------------------------------------------
# 8. Support portal web form
# ---------------------------------------------------------------------------

BROWSERS = [
    "Chrome 122 on macOS",
    "Chrome 120 on Windows 10",
    "Safari 17.3 on iOS 17.3",
    "Firefox 123 on Windows 11",
    "Edge 121 on Windows 11",
    "Chrome Mobile 121 on Android 14",
    "Safari 16.6 on macOS",
    "Samsung Internet 23 on Android 13",
]


def wrap_web_form(req: str, s: Scene) -> str:
    first, last = s.person()
    t = s.when()
    url = f"https://{s.pick(['help.', 'support.', 'www.'])}{s.slug}.com" + s.pick(
        ["/contact", "/support/new", "/hc/en-us/requests/new", "/help/contact-us", "/app/help"]
    )
    topic = s.pick(
        [
            "Feature request",
            "General question",
            "Something else",
            "Other",
            "I need help",
            "Feedback",
        ]
    )
    area = s.pick(
        ["Mobile app", "Web app", "Account", "Not sure", "Other", "Website", "Desktop app"]
    )
    urgency = s.pick(
        ["Low – it can wait", "Normal", "Medium – it's affecting my work", "Not urgent", "Low"]
    )
    label = s.pick(
        [
            "Tell us more",
            "How can we help?",
            "Describe your question",
            "Your message",
            "Details",
            "Message",
        ]
    )
    if s.chance(0.6):  # key: value layout
        header = None
        if s.chance(0.6):
            header = s.pick(
                [
                    f"New submission from {s.vendor} Contact Support form",
                    "New form entry: Contact us",
                    f"[{s.vendor}] New support request",
                ]
            ) + s.pick(["\n", ""])
        return lines(
            header,
            f"Name: {first} {last}" if s.chance(0.6) else None,
            f"Email: {s.email(first, last)}" if s.chance(0.6) else None,
            f"Topic: {topic}",
            f"Product area: {area}",
            f"Urgency: {urgency}",
            f"{label.rstrip('?')}: {req}" if not label.endswith("?") else f"{label} {req}",
            f"Browser: {s.pick(BROWSERS)}",
            f"Page URL: {url}",
            f"I agree to be contacted: {s.pick(['Yes', 'Yes', 'Yes', 'Checked'])}",
            f"Submitted: {t:%Y-%m-%d %H:%M:%S} UTC" if s.chance(0.4) else None,
        )
    # label-on-its-own-line layout (WPForms / Typeform notification)
    return lines(
        s.pick(
            [f'You have a new submission in "Contact {s.vendor}"', "New Entry: Support Request"]
        ),
        "",
        "Name",
        f"{first} {last}",
        "",
        "Email",
        s.email(first, last),
        "",
        "Topic",
        topic,
        "",
        "Product area",
        area,
        "",
        "Urgency",
        urgency,
        "",
        label,
        req,
        "",
        "Browser",
        s.pick(BROWSERS),
        "",
        "Page URL",
        url,
        "",
        "I agree to be contacted",
        "Yes",
        "",
        "---",
        s.pick(["Sent from WPForms", "Sent by Typeform", f"This notification was sent from {url}"]),
    )


# ---------------------------------------------------------------------------
# 9. Reply typed above a long quoted marketing e-mail
# ---------------------------------------------------------------------------

LAUNCH_BLOCKS = [
    [
        "Introducing {v} {ver} 🚀",
        "",
        "Today we're thrilled to announce the biggest update to {v} yet.",
        "We rebuilt the whole experience from the ground up so you can get more done in less time.",
    ],
    [
        "What's new:",
        "",
        "• A redesigned home screen that puts what matters first",
        "• Dark mode, everywhere",
        "• Up to 2x faster sync across your devices",
        "• New integrations with the tools you already love",
    ],
    ['"{v} {ver} has completely changed how our team works."', "— {q}, {qc}"],
    [
        "Join our live launch webinar on {wd} at 5 PM CET to see everything in action",
        "and get your questions answered by the product team.",
        "",
        "[Save my seat]",
    ],
    [
        "Early-access perk: upgrade before the end of the month and get 3 months of Pro",
        "features at no extra cost. No code needed – it's applied automatically.",
    ],
    [
        "As always, thank you for being part of the {v} community. We can't wait to hear",
        "what you think.",
        "",
        "Cheers,",
        "The {v} team",
    ],
]
NEWS_FOOTER = [
    "You're receiving this email because you signed up for {v} product updates.",
    "{v} Inc., 548 Market St, San Francisco, CA 94104",
    "Unsubscribe | Manage email preferences | View in browser",
]


def quote_header(s: Scene, t: dt.datetime, sender: str, me: str) -> str:
    lang = s.pick(["en", "en", "en", "de", "fr", "nl", "es", "outlook"])
    if lang == "en":
        return (
            f"On {WEEKDAYS['en'][t.weekday()]}, {MONTHS['en'][t.month - 1]} {t.day}, {t.year} "
            f"at {s.clock(t, False)} {sender} wrote:"
        )
    if lang == "de":
        return f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {sender}:"
    if lang == "fr":
        return (
            f"Le {WEEKDAYS['fr'][t.weekday()]} {t.day} {MONTHS['fr'][t.month - 1]} {t.year} "
            f"à {t:%H:%M}, {sender} a écrit :"
        )
    if lang == "nl":
        return (
            f"Op {WEEKDAYS['nl'][t.weekday()]} {t.day} {MONTHS['nl'][t.month - 1]} {t.year} "
            f"om {t:%H:%M} schreef {sender}:"
        )
    if lang == "es":
        return (
            f"El {WEEKDAYS['es'][t.weekday()]}, {t.day} {MONTHS['es'][t.month - 1]} {t.year} "
            f"a las {t:%H:%M}, {sender} escribió:"
        )
    return (
        "-----Original Message-----\n"
        + f"From: {sender}\nSent: {t:%A, %B %d, %Y %I:%M %p}\nTo: {me}\n"
        "Subject: Introducing what's next"
    )


def wrap_quoted_reply(req: str, s: Scene) -> str:
    first, last = s.person()
    t = s.when()
    version = s.pick(["3.0", "2.0", "X", "One", "Next", "2025"])
    q_first, q_last = s.person()
    blocks = (
        [LAUNCH_BLOCKS[0]]
        + s.rng.sample(LAUNCH_BLOCKS[1:5], s.rng.randint(2, 4))
        + [LAUNCH_BLOCKS[5]]
    )
    body = ["[View in browser]", ""] if s.chance(0.5) else []
    for block in blocks:
        body += [
            ln.format(
                v=s.vendor,
                ver=version,
                q=f"{q_first} {q_last[0]}.",
                qc=s.company(),
                wd=s.pick(["Thursday", "Tuesday", "Wednesday"]),
            )
            for ln in block
        ] + [""]
    body += [ln.format(v=s.vendor) for ln in NEWS_FOOTER]
    nested = s.chance(0.25)  # newsletter forwarded by a colleague, then replied to
    quoted = "\n".join(
        (">> " if nested else "> ") + ln if ln else (">>" if nested else ">") for ln in body
    )
    sender = f"{s.vendor} <{s.pick(['news', 'hello', 'updates', 'team'])}@{s.slug}.io>"
    sig = s.pick([first, f"{first} {last}", f"{first} {last}\n{s.company()}", f"{first[0]}."])
    header = quote_header(s, t, sender, s.email(first, last))
    if nested:
        header = (
            f"On {MONTHS['en'][t.month - 1]} {t.day}, {t.year}, "
            f"{' '.join(s.person())} wrote:\n> FYI\n>\n> " + header.replace("\n", "\n> ")
        )
    if s.chance(0.5):
        head = lines(req, "", "--", sig)
    else:
        head = lines(req, "", sig, "--")
    return lines(head, "", header, quoted)


# ---------------------------------------------------------------------------
# 10. Microsoft Teams message copy
# ---------------------------------------------------------------------------


def wrap_teams(req: str, s: Scene) -> str:
    first, last = s.person()
    t = s.when()
    tag = s.pick(["[External]", "(External)", "(Guest)", "[External]"])
    when = s.pick(
        [
            f"Yesterday {s.clock(t, True)}",
            f"Yesterday {s.clock(t, False)}",
            f"{WEEKDAYS['en'][t.weekday()]} {s.clock(t, True)}",
            f"{t:%d/%m} {s.clock(t, True)}",
            f"{t:%m/%d/%Y} {s.clock(t, False)}",
            s.clock(t, True),
        ]
    )
    reacts = s.pick([f"👍 {s.rng.randint(1, 6)}", f"👍 {s.rng.randint(1, 4)} ❤️ 1", "😮 1", None])
    return lines(
        f"{first} {last} {tag}",
        when,
        req,
        "Edited" if s.chance(0.5) else None,
        reacts,
        f"{s.rng.randint(1, 4)} replies from {s.person()[0]}" if s.chance(0.2) else None,
        "Reply" if s.chance(0.8) else None,
        "Seen by everyone" if s.chance(0.2) else None,
    )


WRAPPERS = {
    "helpdesk_email": wrap_helpdesk_email,
    "phone_email": wrap_phone_email,
    "intercom": wrap_intercom,
    "forum": wrap_forum,
    "reddit": wrap_reddit,
    "voicemail": wrap_voicemail,
    "crm_case": wrap_crm_case,
    "web_form": wrap_web_form,
    "quoted_reply": wrap_quoted_reply,
    "teams": wrap_teams,
}
assert tuple(WRAPPERS) == KINDS


# ---------------------------------------------------------------------------
# Row processing, I/O, verification
# ---------------------------------------------------------------------------


def process_row(text: str, index: int, file_name: str, args) -> dict:
    """Return {'text', 'channel', 'request', 'typos'} for one input row."""
    request, n_typos = text, 0
    if row_rng(args.seed, file_name, index, "typo?").random() < args.typo_share:
        request, n_typos = add_typos(text, row_rng(args.seed, file_name, index, "typo"))
    if row_rng(args.seed, file_name, index, "wrap?").random() >= args.share:
        return {"text": request, "channel": "plain", "request": request, "typos": n_typos}
    env_rng = row_rng(args.seed, file_name, index, "envelope")
    kind = env_rng.choice(KINDS)
    wrapped = WRAPPERS[kind](request.strip(), Scene(env_rng))
    return {"text": wrapped, "channel": kind, "request": request, "typos": n_typos}


def read_input(path: str) -> list[tuple[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        cols = {c.strip().lower(): c for c in reader.fieldnames or []}
        tcol = next((cols[c] for c in TEXT_COLUMNS if c in cols), None)
        lcol = next((cols[c] for c in LABEL_COLUMNS if c in cols), None)
        if tcol is None or lcol is None:
            sys.exit(
                f"{path}: need a text column {TEXT_COLUMNS} and a label column {LABEL_COLUMNS}; "
                f"got {reader.fieldnames}"
            )
        return [(row[tcol] or "", row[lcol] or "") for row in reader]


def squash(s: str) -> str:
    return " ".join(s.split())


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein + adjacent transposition)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def verify(args) -> int:
    rows = read_input(args.input)
    file_name = os.path.basename(args.input)
    with open(args.output, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["text", "label", "channel"]:
            print(f"FAIL header {reader.fieldnames}")
            return 1
        out = list(reader)
    errors = []
    if len(out) != len(rows):
        errors.append(f"row count {len(out)} != {len(rows)}")
    channels: Counter[str] = Counter()
    typo_rows = 0
    for i, ((text, label), o) in enumerate(zip(rows, out, strict=False)):
        channels[o["channel"]] += 1
        if o["label"] != label:
            errors.append(f"row {i}: label {o['label']!r} != {label!r}")
        if o["channel"] not in KINDS and o["channel"] != "plain":
            errors.append(f"row {i}: unknown channel {o['channel']!r}")
        expected = process_row(text, i, file_name, args)
        if expected["typos"] == 0:
            if squash(text) not in squash(o["text"]):
                errors.append(f"row {i}: request not found in wrapped text")
        else:
            typo_rows += 1
            d = osa_distance(text, expected["request"])
            if not 1 <= d <= 2 * expected["typos"] or squash(expected["request"]) not in squash(
                o["text"]
            ):
                errors.append(f"row {i}: typo request bad (distance {d}) or missing")
        if o["channel"] == "plain" and o["text"] != expected["request"]:
            errors.append(f"row {i}: plain row altered beyond typos")
        if o["text"] != expected["text"] or o["channel"] != expected["channel"]:
            errors.append(
                f"row {i}: differs from a fresh deterministic run "
                "(check --seed/--share/--typo-share)"
            )
    n = max(len(out), 1)
    print(
        f"{args.output}: {len(out)} rows, "
        f"wrapped {sum(v for k, v in channels.items() if k != 'plain') / n:.1%}, "
        f"typo rows {typo_rows / n:.1%}"
    )
    print("  channels: " + ", ".join(f"{k}={v}" for k, v in sorted(channels.items())))
    for e in errors[:20]:
        print("  FAIL", e)
    print("  OK" if not errors else f"  {len(errors)} problem(s)")
    return 1 if errors else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--share", type=float, default=0.7, help="share of rows wrapped in an envelope")
    ap.add_argument(
        "--typo-share", type=float, default=0.25, help="share of ALL rows given 1-2 typos"
    )
    ap.add_argument(
        "--verify", action="store_true", help="check OUT against IN instead of writing it"
    )
    args = ap.parse_args(argv)
    if args.verify:
        return verify(args)
    rows = read_input(args.input)
    file_name = os.path.basename(args.input)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    counts: Counter[str] = Counter()
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "channel"])
        for i, (text, label) in enumerate(rows):
            r = process_row(text, i, file_name, args)
            counts[r["channel"]] += 1
            w.writerow([r["text"], label, r["channel"]])
    print(
        f"wrote {args.output}: {len(rows)} rows; "
        + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
