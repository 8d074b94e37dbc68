"""Blind test-data generator: wrap short customer requests in realistic channel envelopes.

Purpose
-------
Reads a CSV of short customer request texts (one request per row, e.g. "play some jazz",
"how do i cancel my card?") with a text column and a label column, and writes a CSV with the
same columns, the same row order and the same labels. For a seeded random share of rows
(default 0.75) the text is replaced by a realistic *wrapped* message that contains the request:
an e-mail (plain, replies with quoted history, forwards, bounces, auto-replies, HTML residue,
disclaimers, signatures), a helpdesk notification or export (Zendesk-, Freshdesk-, Intercom-,
Help Scout-, Jira Service Management-, Salesforce- and HubSpot-like), a chat transcript, a Slack
or Teams thread, call notes, an app-store or review-site review, a survey answer, a form
submission, a CRM export (JSON / CSV), an SMS or a voicemail transcript. Envelope text is written
in nine languages (English most, then German, French, Spanish, Dutch, Portuguese, Italian,
Swedish, Polish); the request itself stays as given (possibly with one typo, a capitalised first
letter, a trailing "?", "." or " please").

Some wrapped messages also carry other content that is *not* the current request: an earlier,
already answered request of the same customer (the text of another row with a different label,
never of a row labelled --oos-label), an agent's question and the customer's answer with details
(plan, device, version), small talk or a colleague's note. Exactly one request in each wrapped
text is the row's own request and the envelope makes clear which one is the current ask.

The remaining rows keep their text (a share, default 0.2, gets one typo).

The output is used to measure, blind, how well a product recovers the customer's actual request
from real channel envelopes, and whether two different requests get confused.

This file was written blind: without reading the product's envelope/cleaning code, its tests,
its docs or any other bench script. Everything here comes from general knowledge of how mail
clients, helpdesks, chat tools, review sites, surveys and exports format customer messages. All
companies, domains and people are invented.

Usage
-----
    python bench/blind_wrap_16.py IN.csv OUT.csv [--share 0.75] [--typo-share 0.2] [--seed 16]
        [--text-col text] [--label-col label] [--oos-label LABEL] [--verify]

--verify re-reads OUT.csv, checks that every wrapped row still contains the request that was
inserted, that labels and row order are unchanged, prints per-kind counts and a summary, and
exits non-zero on failure. Deterministic for a given seed (a single random.Random stream).
Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from random import Random

# --------------------------------------------------------------------------------------------
# Language data
# --------------------------------------------------------------------------------------------

LANG_WEIGHTS: dict[str, float] = {
    "en": 40,
    "de": 12,
    "fr": 10,
    "es": 9,
    "nl": 8,
    "pt": 7,
    "it": 6,
    "sv": 4,
    "pl": 4,
}

FIRST: dict[str, tuple[str, ...]] = {
    "en": (
        "James",
        "Emily",
        "Michael",
        "Sarah",
        "David",
        "Olivia",
        "Daniel",
        "Grace",
        "Ryan",
        "Hannah",
        "Priya",
        "Marcus",
        "Chloe",
        "Tom",
        "Aisha",
    ),
    "de": (
        "Lukas",
        "Anna",
        "Jonas",
        "Lena",
        "Felix",
        "Sophie",
        "Matthias",
        "Katrin",
        "Tobias",
        "Julia",
        "Jürgen",
        "Birgit",
    ),
    "fr": (
        "Camille",
        "Julien",
        "Élodie",
        "Thomas",
        "Manon",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Léa",
        "Mathieu",
        "Hélène",
    ),
    "es": (
        "Lucía",
        "Javier",
        "Carmen",
        "Alejandro",
        "Marta",
        "Pablo",
        "Elena",
        "Sergio",
        "Paula",
        "Diego",
        "Nuria",
    ),
    "nl": ("Daan", "Sanne", "Bram", "Lotte", "Joris", "Femke", "Thijs", "Eva", "Ruben", "Iris"),
    "pt": (
        "João",
        "Beatriz",
        "Miguel",
        "Inês",
        "Rafael",
        "Mariana",
        "Tiago",
        "Ana",
        "Pedro",
        "Carolina",
    ),
    "it": (
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Alessandro",
        "Sara",
        "Matteo",
        "Elisa",
        "Davide",
    ),
    "sv": ("Erik", "Elin", "Johan", "Maja", "Anders", "Sofia", "Oskar", "Linnea", "Karl", "Ebba"),
    "pl": (
        "Piotr",
        "Katarzyna",
        "Tomasz",
        "Agnieszka",
        "Michał",
        "Magdalena",
        "Paweł",
        "Joanna",
        "Krzysztof",
        "Aleksandra",
    ),
}

LAST: dict[str, tuple[str, ...]] = {
    "en": (
        "Thompson",
        "Carter",
        "Nguyen",
        "Patel",
        "Whitfield",
        "Brooks",
        "O'Connor",
        "Hughes",
        "Fleming",
        "Reyes",
        "Okafor",
        "Lindsay",
    ),
    "de": (
        "Müller",
        "Schneider",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Krüger",
        "Schäfer",
        "Neumann",
        "Vogel",
        "Brandt",
    ),
    "fr": (
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Lambert",
        "Chevalier",
        "Garnier",
        "Mercier",
    ),
    "es": (
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Domínguez",
    ),
    "nl": (
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
    ),
    "pt": (
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Almeida",
    ),
    "it": (
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
    ),
    "sv": (
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Lindqvist",
        "Berg",
    ),
    "pl": (
        "Nowak",
        "Wójcik",
        "Kamińska",
        "Lewandowski",
        "Zielińska",
        "Szymański",
        "Woźniak",
        "Dąbrowska",
        "Kaczmarek",
        "Mazur",
    ),
}

# (name, domain) of invented vendors (support side) per language
VENDORS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        ("Nimbora", "nimbora.io", "support"),
        ("Quillstack", "quillstack.com", "help"),
        ("Korvex Audio", "korvexaudio.com", "care"),
        ("Brightlane Home", "brightlane.co.uk", "support"),
    ),
    "de": (
        ("Lichtwerk Haustechnik", "lichtwerk-haus.de", "kundenservice"),
        ("Kranich Mobil", "kranich-mobil.de", "service"),
    ),
    "fr": (("Clairval", "clairval.fr", "service-client"), ("Télévia", "televia.fr", "support")),
    "es": (
        ("Alborán Hogar", "alboranhogar.es", "atencion"),
        ("Nubeclara", "nubeclara.es", "soporte"),
    ),
    "nl": (("Duinveld", "duinveld.nl", "klantenservice"), ("Slimwonen", "slimwonen.nl", "support")),
    "pt": (("Ribeira Digital", "ribeiradigital.pt", "apoio"), ("Vozia", "vozia.com.br", "suporte")),
    "it": (
        ("Sorgente Casa", "sorgente-casa.it", "assistenza"),
        ("Lumetta", "lumetta.it", "supporto"),
    ),
    "sv": (("Fjällkraft", "fjallkraft.se", "kundtjanst"), ("Ljudbo", "ljudbo.se", "support")),
    "pl": (
        ("Wiślana Technologie", "wislanatech.pl", "pomoc"),
        ("Domowik", "domowik.pl", "obsluga"),
    ),
}

# (company, domain, street address) of invented customer-side companies per language
COMPANIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        (
            "Harbor & Pine Logistics",
            "harborpine.com",
            "221 Larkspur Avenue, Suite 400\nPortland, OR 97205, USA",
        ),
        (
            "Meridian Dental Group",
            "meridiandental.co.uk",
            "Unit 4, Canal Wharf\nLeeds LS11 5PS\nUnited Kingdom",
        ),
    ),
    "de": (
        ("Baumann Feinmechanik GmbH", "baumann-feinmechanik.de", "Lindenstraße 42\n10969 Berlin"),
        ("Rheinblick Steuerberatung", "rheinblick-stb.de", "Rheinallee 7\n40545 Düsseldorf"),
    ),
    "fr": (
        ("Atelier Verdier", "atelier-verdier.fr", "18 rue des Tanneurs\n69002 Lyon"),
        ("Groupe Hallebarde", "hallebarde.fr", "4 avenue de la Gare\n33000 Bordeaux"),
    ),
    "es": (
        ("Construcciones Peñalara S.A.", "penalara.es", "Calle de Almagro 27, 3º B\n28010 Madrid"),
        ("Clínica Marazul", "marazul.es", "Av. Diagonal 512\n08006 Barcelona"),
    ),
    "nl": (
        (
            "Van Leeuwen Installatietechniek",
            "vanleeuwen-it.nl",
            "Keizersgracht 311\n1016 EE Amsterdam",
        ),
        ("Polderlicht Media", "polderlicht.nl", "Oudegracht 92\n3511 AV Utrecht"),
    ),
    "pt": (
        ("Tecelagem Douro", "tecelagemdouro.pt", "Rua de Santa Catarina 112\n4000-442 Porto"),
        ("Costa & Filhos Lda.", "costafilhos.pt", "Av. da Liberdade 190\n1250-147 Lisboa"),
    ),
    "it": (
        ("Officine Brambilla", "officinebrambilla.it", "Via Ventura 14\n20134 Milano"),
        (
            "Studio Legale Ferraris",
            "studioferraris.it",
            "Corso Vittorio Emanuele II 61\n10128 Torino",
        ),
    ),
    "sv": (
        ("Norrsken Bygg AB", "norrskenbygg.se", "Södra Förstadsgatan 8\n211 43 Malmö"),
        ("Ekdal Revision", "ekdalrevision.se", "Kungsgatan 33\n111 56 Stockholm"),
    ),
    "pl": (
        ("Bursztyn Logistyka Sp. z o.o.", "bursztynlogistyka.pl", "ul. Długa 17/4\n80-827 Gdańsk"),
        ("Kancelaria Wrona", "kancelariawrona.pl", "ul. Floriańska 22\n31-021 Kraków"),
    ),
}

FREEMAIL: dict[str, tuple[str, ...]] = {
    "en": ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"),
    "de": ("gmx.de", "web.de", "t-online.de", "gmail.com"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "gmail.com"),
    "es": ("hotmail.es", "gmail.com", "telefonica.net"),
    "nl": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"),
    "pt": ("sapo.pt", "gmail.com", "outlook.pt", "uol.com.br"),
    "it": ("libero.it", "virgilio.it", "gmail.com", "tiscali.it"),
    "sv": ("telia.com", "gmail.com", "hotmail.se"),
    "pl": ("wp.pl", "onet.pl", "o2.pl", "gmail.com"),
}

PHONE_FMT: dict[str, str] = {
    "en": "+1 (503) 555-01{a}",
    "de": "+49 30 {a}{b}{c}",
    "fr": "+33 6 {a} {b} {c}",
    "es": "+34 6{a} {b} {c}",
    "nl": "+31 6 {a}{b}{c}",
    "pt": "+351 91{a} {b} {c}",
    "it": "+39 34{a} {b}{c}",
    "sv": "+46 70-{a} {b} {c}",
    "pl": "+48 60{a} {b} {c}",
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
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
    ),
    "de": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
    "nl": (
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
    ),
    "pt": (
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
    ),
    "it": (
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
    ),
    "sv": (
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
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
}

# long date template: {wd} weekday, {d} day, {mon} month name, {y} year, {hm} time
LONG_DATE: dict[str, str] = {
    "en": "{wd}, {mon} {d}, {y} {hm12}",
    "de": "{wd}, {d}. {mon} {y} {hm}",
    "fr": "{wd} {d} {mon} {y} {hm}",
    "es": "{wd}, {d} de {mon} de {y} {hm}",
    "nl": "{wd} {d} {mon} {y} {hm}",
    "pt": "{wd}, {d} de {mon} de {y} {hm}",
    "it": "{wd} {d} {mon} {y} {hm}",
    "sv": "den {d} {mon} {y} {hm}",
    "pl": "{wd}, {d} {mon} {y} {hm}",
}

SHORT_DATE: dict[str, str] = {
    "en": "%m/%d/%Y %I:%M %p",
    "de": "%d.%m.%Y %H:%M",
    "fr": "%d/%m/%Y %H:%M",
    "es": "%d/%m/%Y %H:%M",
    "nl": "%d-%m-%Y %H:%M",
    "pt": "%d/%m/%Y %H:%M",
    "it": "%d/%m/%Y %H:%M",
    "sv": "%Y-%m-%d %H:%M",
    "pl": "%d.%m.%Y %H:%M",
}

# Outlook header block labels: From, Sent, To, Cc, Subject, Date
OUTLOOK_LABELS: dict[str, tuple[str, str, str, str, str, str]] = {
    "en": ("From", "Sent", "To", "Cc", "Subject", "Date"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", "Datum"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", "Date"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", "Fecha"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "Datum"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto", "Data"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto", "Data"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne", "Datum"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat", "Data"),
}

Bank = dict[str, tuple[str, ...]]

L: dict[str, Bank] = {
    "en": {
        "greet": (
            "Hi,",
            "Hello,",
            "Hi {vendor} team,",
            "Dear Support Team,",
            "Hey there,",
            "Good morning,",
            "Hi there,",
            "Dear Sir or Madam,",
            "Hello {vendor},",
        ),
        "intro": (
            "I hope you can help me with the following.",
            "Writing in because I'm stuck.",
            "I have a question about my account.",
            "Sorry to bother you again.",
            "I've tried the help centre but couldn't find an answer.",
        ),
        "lead": (
            "Quick question: ",
            "My request: ",
            "Basically: ",
            "What I need: ",
            "Can you help with this: ",
        ),
        "thanks": (
            "Thanks in advance!",
            "Thank you for your help.",
            "Appreciate it.",
            "Thanks so much.",
            "Looking forward to hearing from you.",
        ),
        "close": (
            "Best regards,",
            "Kind regards,",
            "Cheers,",
            "Best,",
            "Regards,",
            "Thanks,",
            "Many thanks,",
            "All the best,",
        ),
        "mobile": (
            "Sent from my iPhone",
            "Sent from my Galaxy",
            "Get Outlook for Android",
            "Sent from Mail for Windows",
            "Sent from Yahoo Mail on Android",
            "Sent from my iPad",
        ),
        "wrote": ("On {date}, {name} <{email}> wrote:", "On {date} {name} <{email}> wrote:"),
        "fwd_gmail": ("---------- Forwarded message ---------",),
        "fwd_apple": ("Begin forwarded message:",),
        "orig": ("-----Original Message-----",),
        "fwd_tb": ("-------- Forwarded Message --------",),
        "re": ("Re: ", "RE: "),
        "fw": ("Fwd: ", "FW: ", "Fw: "),
        "note_team": (
            "Hi team, see below from a customer - can someone pick this up?",
            "FYI, forwarding this customer request. Not sure who owns it.",
            "Forwarding - this came to the sales inbox by mistake.",
            "Please handle, customer called as well this morning.",
        ),
        "note_person": (
            "Hi {colleague}, this one landed in my inbox, I think it's for you?",
            "{colleague} - can you take a look at this? Thanks!",
            "Hey {colleague}, customer of ours, see below. Could you help?",
        ),
        "disclaimer": (
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and "
            "intended solely for the addressee. If you have received this e-mail in error, "
            "please notify the sender immediately and delete it. Any unauthorised use, "
            "disclosure or copying is strictly prohibited.",
            "This message contains information which may be confidential and privileged. "
            "Unless you are the addressee (or authorized to receive for the addressee), you "
            "may not use, copy or disclose to anyone the message or any information contained "
            "in the message.",
        ),
        "env": ("Please consider the environment before printing this e-mail.",),
        "small": (
            "Hope you had a great weekend!",
            "Sorry for the late reply, crazy week here.",
            "By the way, loving the new update so far.",
            "Hope all is well on your end.",
            "Weather's finally nice here, so that's something.",
        ),
        "agent_hi": ("Hi {name},", "Hello {name},", "Dear {name},"),
        "agent_q": (
            "Thanks for reaching out! Could you tell me which plan you're on and which "
            "device and app version you're using?",
            "To look into this I need a few details: your plan, your device and the app "
            "version (Settings > About).",
        ),
        "agent_done": (
            "Great to hear that's working now! I'll mark this request as solved.",
            "I've taken care of that for you - it should be all set now.",
        ),
        "agent_ack": (
            "Thanks, I've passed this on to the right team.",
            "Thank you for the details, I'm looking into it now.",
        ),
        "agent_sign": (
            "Best regards,\n{agent}\n{vendor} Support",
            "Cheers,\n{agent} | {vendor} Customer Care",
        ),
        "cust_ok": (
            "Thanks, that fixed it!",
            "Perfect, that worked.",
            "All good now, thanks a lot.",
        ),
        "new": (
            "One more thing -",
            "Also, a new question:",
            "Different topic:",
            "While I have you:",
            "Something else now:",
            "New request:",
        ),
        "details": (
            "Sure - I'm on the {plan} plan, using a {device} with app version {ver}.",
            "Plan: {plan}. Device: {device}. App version {ver}.",
            "It's the {plan} plan, {device}, version {ver}.",
        ),
        "autoreply": (
            "Thank you for contacting {vendor} Support. This is an automated response "
            "to confirm we have received your message. Your ticket number is "
            "#{ticket}. A member of our team will get back to you within 24 hours.",
            "We've received your request and it has been assigned ticket #{ticket}. "
            "Our average response time is currently 2 business days.",
        ),
        "ooo": (
            "I am currently out of the office with limited access to e-mail and will return "
            "on {back}. For urgent matters please contact {colleague}.",
            "Thanks for your e-mail. I'm on annual leave until {back} and will reply when "
            "I'm back.",
        ),
        "above": ("##- Please type your reply above this line -##",),
        "csat": (
            "How would you rate the support you received?\nGood, I'm satisfied\n"
            "Bad, I'm unsatisfied",
            "How did we do? Rate your conversation with {agent}: 😀 😐 😞",
        ),
        "subject": (
            "Question",
            "Help needed",
            "Support request",
            "Quick question",
            "Urgent",
            "My account",
            "Issue",
            "Request",
        ),
        "see_subj": ("See subject.", "As per subject line, thanks.", "(see subject)"),
        "banner": (
            "CAUTION: This email originated from outside of the organization. Do not "
            "click links or open attachments unless you recognize the sender.",
            "[EXTERNAL] This message came from an external sender.",
        ),
        "title": (
            "Operations Manager",
            "Office Manager",
            "Head of IT",
            "Project Coordinator",
            "Account Executive",
            "Finance Assistant",
        ),
    },
    "de": {
        "greet": (
            "Hallo,",
            "Guten Tag,",
            "Sehr geehrte Damen und Herren,",
            "Hallo {vendor}-Team,",
            "Moin,",
            "Liebes Support-Team,",
        ),
        "intro": (
            "ich habe folgendes Anliegen.",
            "ich komme leider nicht weiter.",
            "ich hoffe, Sie können mir helfen.",
            "entschuldigen Sie die erneute Störung.",
        ),
        "lead": ("Kurze Frage: ", "Mein Anliegen: ", "Es geht um Folgendes: "),
        "thanks": ("Vielen Dank im Voraus!", "Danke für Ihre Hilfe.", "Danke schon mal."),
        "close": (
            "Mit freundlichen Grüßen",
            "Viele Grüße",
            "Beste Grüße",
            "VG",
            "LG",
            "Freundliche Grüße",
        ),
        "mobile": (
            "Von meinem iPhone gesendet",
            "Gesendet von meinem Samsung Galaxy",
            "Outlook für Android herunterladen",
            "Gesendet von Mail für Windows",
        ),
        "wrote": ("Am {date} schrieb {name} <{email}>:", "{name} <{email}> schrieb am {date}:"),
        "fwd_gmail": ("---------- Weitergeleitete Nachricht ---------",),
        "fwd_apple": ("Anfang der weitergeleiteten Nachricht:",),
        "orig": ("-----Ursprüngliche Nachricht-----",),
        "fwd_tb": ("-------- Weitergeleitete Nachricht --------",),
        "re": ("AW: ", "Re: "),
        "fw": ("WG: ", "Fwd: "),
        "note_team": (
            "Hallo zusammen, bitte um Bearbeitung, siehe unten.",
            "Zur Info - Kundenanfrage, landete bei uns im Vertrieb.",
            "Kann das bitte jemand übernehmen? Danke.",
        ),
        "note_person": (
            "Hallo {colleague}, kannst du dich bitte darum kümmern? Danke!",
            "{colleague}, ist das bei dir richtig? Kam bei mir an.",
            "Hi {colleague}, siehe unten - betrifft deinen Kunden.",
        ),
        "disclaimer": (
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
            "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten "
            "haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. "
            "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht "
            "gestattet.",
            "Geschäftsführer: Dr. Harald Kessler | Amtsgericht Charlottenburg HRB 123456 B | "
            "USt-IdNr. DE298765432",
        ),
        "env": ("Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",),
        "small": (
            "Ich hoffe, Sie hatten ein schönes Wochenende!",
            "Sorry für die späte Rückmeldung, war eine stressige Woche.",
            "Übrigens: das neue Update gefällt mir sehr.",
        ),
        "agent_hi": ("Hallo {name},", "Guten Tag {name},"),
        "agent_q": (
            "Danke für Ihre Nachricht! Welchen Tarif nutzen Sie, und mit welchem Gerät "
            "und welcher App-Version?",
            "Damit ich das prüfen kann: Tarif, Gerät und App-Version bitte.",
        ),
        "agent_done": (
            "Schön, dass es jetzt klappt! Ich schließe die Anfrage.",
            "Das habe ich für Sie erledigt, es sollte jetzt funktionieren.",
        ),
        "agent_ack": (
            "Danke, ich habe das an die Fachabteilung weitergegeben.",
            "Danke für die Angaben, ich schaue mir das an.",
        ),
        "agent_sign": ("Viele Grüße\n{agent}\n{vendor} Kundenservice",),
        "cust_ok": ("Danke, hat funktioniert!", "Super, jetzt geht es.", "Passt, danke!"),
        "new": ("Noch etwas:", "Neue Frage:", "Anderes Thema:", "Außerdem:"),
        "details": (
            "Klar - ich habe den Tarif {plan}, ein {device} und App-Version {ver}.",
            "Tarif: {plan}, Gerät: {device}, Version {ver}.",
        ),
        "autoreply": (
            "Vielen Dank für Ihre Nachricht an den {vendor} Kundenservice. Dies ist "
            "eine automatische Bestätigung. Ihre Ticketnummer lautet #{ticket}. Wir "
            "melden uns innerhalb von 48 Stunden.",
        ),
        "ooo": (
            "Ich bin bis einschließlich {back} nicht im Büro und habe keinen Zugriff auf "
            "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {colleague}.",
        ),
        "above": ("##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##",),
        "csat": (
            "Wie würden Sie den erhaltenen Support bewerten?\nGut, ich bin zufrieden\n"
            "Schlecht, ich bin unzufrieden",
        ),
        "subject": ("Frage", "Anfrage", "Problem", "Hilfe benötigt", "Mein Konto"),
        "see_subj": ("Siehe Betreff.", "s. Betreff, danke"),
        "banner": (
            "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht "
            "auf Links oder Anhänge, wenn Sie den Absender nicht kennen.",
        ),
        "title": (
            "Teamleiterin Einkauf",
            "Leiter IT",
            "Assistenz der Geschäftsführung",
            "Sachbearbeiter Buchhaltung",
        ),
    },
    "fr": {
        "greet": (
            "Bonjour,",
            "Bonjour {vendor},",
            "Madame, Monsieur,",
            "Bonsoir,",
            "Bonjour l'équipe,",
        ),
        "intro": (
            "j'ai une question.",
            "je me permets de vous contacter car je suis bloqué.",
            "j'espère que vous pourrez m'aider.",
        ),
        "lead": ("Petite question : ", "Ma demande : ", "Voilà : "),
        "thanks": ("Merci d'avance !", "Merci pour votre aide.", "Merci beaucoup."),
        "close": (
            "Cordialement,",
            "Bien cordialement,",
            "Bonne journée,",
            "Merci,",
            "Bien à vous,",
        ),
        "mobile": (
            "Envoyé de mon iPhone",
            "Envoyé depuis mon smartphone Samsung Galaxy",
            "Télécharger Outlook pour Android",
        ),
        "wrote": ("Le {date}, {name} <{email}> a écrit :",),
        "fwd_gmail": ("---------- Message transféré ---------",),
        "fwd_apple": ("Début du message réexpédié :",),
        "orig": ("-----Message d'origine-----",),
        "fwd_tb": ("-------- Message transféré --------",),
        "re": ("RE: ", "Re: "),
        "fw": ("TR: ", "Fwd: "),
        "note_team": (
            "Bonjour à tous, pouvez-vous traiter la demande ci-dessous ?",
            "Pour info, demande client reçue sur la boîte commerciale.",
        ),
        "note_person": (
            "Salut {colleague}, tu peux regarder ça ? Merci !",
            "{colleague}, je pense que c'est pour toi, voir ci-dessous.",
        ),
        "disclaimer": (
            "Ce message et toutes les pièces jointes sont confidentiels et établis à "
            "l'intention exclusive de ses destinataires. Si vous avez reçu ce message par "
            "erreur, merci d'en avertir immédiatement l'émetteur et de le détruire.",
        ),
        "env": ("Pensez à l'environnement avant d'imprimer ce message.",),
        "small": (
            "J'espère que vous avez passé un bon week-end !",
            "Désolé pour le délai, semaine chargée.",
        ),
        "agent_hi": ("Bonjour {name},",),
        "agent_q": (
            "Merci pour votre message ! Pourriez-vous m'indiquer votre offre, votre "
            "appareil et la version de l'application ?",
        ),
        "agent_done": (
            "Ravi que cela fonctionne ! Je clôture la demande.",
            "C'est fait de notre côté, tout devrait être rentré dans l'ordre.",
        ),
        "agent_ack": ("Merci, j'ai transmis au service concerné.",),
        "agent_sign": ("Cordialement,\n{agent}\nService client {vendor}",),
        "cust_ok": ("Merci, ça marche !", "Parfait, c'est réglé."),
        "new": ("Autre chose :", "Nouvelle question :", "Par ailleurs :"),
        "details": ("Bien sûr : offre {plan}, {device}, version {ver} de l'appli.",),
        "autoreply": (
            "Merci d'avoir contacté le service client {vendor}. Ceci est une réponse "
            "automatique : votre demande n° {ticket} a bien été enregistrée.",
        ),
        "ooo": (
            "Je suis absent(e) jusqu'au {back} inclus. Pour toute urgence, merci de "
            "contacter {colleague}.",
        ),
        "above": ("##- Veuillez saisir votre réponse au-dessus de cette ligne -##",),
        "csat": (
            "Comment évalueriez-vous l'assistance reçue ?\nBien, je suis satisfait\n"
            "Mauvais, je ne suis pas satisfait",
        ),
        "subject": ("Question", "Demande", "Problème", "Besoin d'aide"),
        "see_subj": ("Voir objet.", "Cf. objet, merci."),
        "banner": (
            "ATTENTION : Cet e-mail provient d'un expéditeur externe. Ne cliquez pas sur "
            "les liens si vous ne connaissez pas l'expéditeur.",
        ),
        "title": ("Responsable administratif", "Chargée de projet", "DSI"),
    },
    "es": {
        "greet": ("Hola,", "Buenos días,", "Estimados señores:", "Hola equipo de {vendor},"),
        "intro": ("les escribo porque tengo una duda.", "espero que puedan ayudarme."),
        "lead": ("Una pregunta: ", "Mi consulta: ", "Necesito esto: "),
        "thanks": ("¡Gracias de antemano!", "Muchas gracias por su ayuda."),
        "close": ("Un saludo,", "Saludos cordiales,", "Atentamente,", "Gracias,"),
        "mobile": (
            "Enviado desde mi iPhone",
            "Enviado desde mi smartphone Samsung Galaxy",
            "Obtener Outlook para Android",
        ),
        "wrote": ("El {date}, {name} (<{email}>) escribió:", "El {date}, {name} escribió:"),
        "fwd_gmail": ("---------- Mensaje reenviado ---------",),
        "fwd_apple": ("Inicio del mensaje reenviado:",),
        "orig": ("-----Mensaje original-----",),
        "fwd_tb": ("-------- Mensaje reenviado --------",),
        "re": ("RE: ", "Re: "),
        "fw": ("RV: ", "Fwd: "),
        "note_team": (
            "Hola equipo, ¿alguien puede encargarse de esto?",
            "Para vuestra información, consulta de cliente.",
        ),
        "note_person": (
            "Hola {colleague}, ¿puedes mirar esto? ¡Gracias!",
            "{colleague}, creo que esto es tuyo.",
        ),
        "disclaimer": (
            "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
            "destinatario, pudiendo contener información confidencial. Si ha recibido este "
            "mensaje por error, le rogamos que nos lo comunique inmediatamente y proceda a su "
            "destrucción.",
        ),
        "env": ("Antes de imprimir este correo, piense en el medio ambiente.",),
        "small": (
            "¡Espero que hayan tenido un buen fin de semana!",
            "Perdón por la demora, semana complicada.",
        ),
        "agent_hi": ("Hola {name}:", "Hola {name},"),
        "agent_q": (
            "¡Gracias por escribirnos! ¿Nos indica su plan, su dispositivo y la versión de la app?",
        ),
        "agent_done": ("¡Me alegra que ya funcione! Cierro la solicitud.",),
        "agent_ack": ("Gracias, lo he trasladado al equipo correspondiente.",),
        "agent_sign": ("Un saludo,\n{agent}\nAtención al cliente {vendor}",),
        "cust_ok": ("¡Gracias, ya funciona!", "Perfecto, resuelto."),
        "new": ("Otra cosa:", "Nueva consulta:", "Además:"),
        "details": ("Claro: plan {plan}, {device}, versión {ver}.",),
        "autoreply": (
            "Gracias por contactar con {vendor}. Hemos recibido su consulta con el "
            "número #{ticket}. Le responderemos lo antes posible.",
        ),
        "ooo": (
            "Estoy fuera de la oficina hasta el {back}. Para asuntos urgentes, contacte "
            "con {colleague}.",
        ),
        "above": ("##- Escriba su respuesta encima de esta línea -##",),
        "csat": (
            "¿Cómo calificaría la asistencia recibida?\nBuena, estoy satisfecho\n"
            "Mala, no estoy satisfecho",
        ),
        "subject": ("Consulta", "Pregunta", "Incidencia", "Ayuda"),
        "see_subj": ("Ver asunto.",),
        "banner": ("PRECAUCIÓN: Este correo procede de fuera de la organización.",),
        "title": ("Jefa de administración", "Responsable de compras"),
    },
    "nl": {
        "greet": ("Hallo,", "Beste,", "Goedemiddag,", "Beste {vendor},", "Hoi,"),
        "intro": ("ik heb een vraag.", "ik kom er zelf niet uit."),
        "lead": ("Korte vraag: ", "Mijn vraag: "),
        "thanks": ("Alvast bedankt!", "Bedankt voor de hulp."),
        "close": ("Met vriendelijke groet,", "Groetjes,", "Mvg,", "Groet,"),
        "mobile": ("Verstuurd vanaf mijn iPhone", "Verzonden vanaf mijn Samsung Galaxy"),
        "wrote": ("Op {date} schreef {name} <{email}>:",),
        "fwd_gmail": ("---------- Doorgestuurd bericht ---------",),
        "fwd_apple": ("Begin doorgestuurd bericht:",),
        "orig": ("-----Oorspronkelijk bericht-----",),
        "fwd_tb": ("-------- Doorgestuurd bericht --------",),
        "re": ("RE: ", "Re: "),
        "fw": ("FW: ", "Doorst: "),
        "note_team": ("Hoi allemaal, kan iemand dit oppakken?", "Ter info, klantvraag."),
        "note_person": ("Hoi {colleague}, kun jij hier even naar kijken?",),
        "disclaimer": (
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
            "onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender "
            "direct te informeren door het bericht te retourneren.",
        ),
        "env": ("Denk aan het milieu voordat u deze e-mail print.",),
        "small": ("Hopelijk een fijn weekend gehad!", "Sorry voor de late reactie."),
        "agent_hi": ("Beste {name},", "Hoi {name},"),
        "agent_q": (
            "Bedankt voor je bericht! Welk abonnement heb je, en welk toestel en welke "
            "app-versie gebruik je?",
        ),
        "agent_done": ("Fijn dat het nu werkt! Ik sluit het verzoek.",),
        "agent_ack": ("Bedankt, ik heb het doorgezet naar de juiste afdeling.",),
        "agent_sign": ("Met vriendelijke groet,\n{agent}\nKlantenservice {vendor}",),
        "cust_ok": ("Dank, het werkt weer!",),
        "new": ("Nog iets:", "Nieuwe vraag:", "Ander onderwerp:"),
        "details": ("Ik heb het {plan}-abonnement, een {device}, versie {ver}.",),
        "autoreply": (
            "Bedankt voor je bericht aan {vendor}. Je verzoek is geregistreerd onder "
            "nummer #{ticket}.",
        ),
        "ooo": (
            "Ik ben afwezig tot en met {back}. Voor dringende zaken kunt u contact opnemen "
            "met {colleague}.",
        ),
        "above": ("##- Typ uw antwoord boven deze regel -##",),
        "csat": (
            "Hoe beoordeelt u de ondersteuning?\nGoed, ik ben tevreden\nSlecht, ik ben ontevreden",
        ),
        "subject": ("Vraag", "Verzoek", "Probleem"),
        "see_subj": ("Zie onderwerp.",),
        "banner": ("LET OP: deze e-mail komt van buiten de organisatie.",),
        "title": ("Office manager", "Projectleider"),
    },
    "pt": {
        "greet": ("Olá,", "Bom dia,", "Boa tarde,", "Exmos. Senhores,", "Oi, pessoal da {vendor},"),
        "intro": ("tenho uma dúvida.", "espero que me possam ajudar."),
        "lead": ("Uma pergunta: ", "O meu pedido: "),
        "thanks": ("Obrigado desde já!", "Agradeço a ajuda."),
        "close": ("Cumprimentos,", "Atenciosamente,", "Abraço,", "Obrigada,"),
        "mobile": ("Enviado do meu iPhone", "Enviado do meu smartphone Samsung Galaxy"),
        "wrote": ("Em {date}, {name} <{email}> escreveu:",),
        "fwd_gmail": ("---------- Mensagem encaminhada ---------",),
        "fwd_apple": ("Início da mensagem reencaminhada:",),
        "orig": ("-----Mensagem original-----",),
        "fwd_tb": ("-------- Mensagem encaminhada --------",),
        "re": ("RE: ", "Re: "),
        "fw": ("ENC: ", "Fwd: "),
        "note_team": ("Olá equipa, alguém pode tratar disto?", "Para conhecimento."),
        "note_person": ("Olá {colleague}, podes ver isto? Obrigado!",),
        "disclaimer": (
            "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao "
            "destinatário. Se recebeu esta mensagem por engano, por favor informe o remetente "
            "e elimine-a.",
        ),
        "env": ("Antes de imprimir este e-mail pense no ambiente.",),
        "small": ("Espero que tenham tido um bom fim de semana!",),
        "agent_hi": ("Olá {name},",),
        "agent_q": (
            "Obrigado pelo contacto! Pode indicar o seu plano, o dispositivo e a versão da app?",
        ),
        "agent_done": ("Que bom que já funciona! Vou fechar o pedido.",),
        "agent_ack": ("Obrigado, encaminhei para a equipa responsável.",),
        "agent_sign": ("Cumprimentos,\n{agent}\nApoio ao Cliente {vendor}",),
        "cust_ok": ("Obrigado, resolvido!",),
        "new": ("Outra coisa:", "Nova questão:"),
        "details": ("Claro: plano {plan}, {device}, versão {ver}.",),
        "autoreply": (
            "Obrigado por contactar a {vendor}. O seu pedido #{ticket} foi registado "
            "e será respondido brevemente.",
        ),
        "ooo": ("Estou ausente até {back}. Para assuntos urgentes contacte {colleague}.",),
        "above": ("##- Digite sua resposta acima desta linha -##",),
        "csat": (
            "Como avalia o suporte recebido?\nBom, estou satisfeito\nMau, não estou satisfeito",
        ),
        "subject": ("Dúvida", "Pedido", "Problema"),
        "see_subj": ("Ver assunto.",),
        "banner": ("ATENÇÃO: Este e-mail foi enviado de fora da organização.",),
        "title": ("Diretora Financeira", "Gestor de Projeto"),
    },
    "it": {
        "greet": ("Buongiorno,", "Salve,", "Ciao,", "Gentile assistenza {vendor},"),
        "intro": ("avrei una domanda.", "spero possiate aiutarmi."),
        "lead": ("Una domanda: ", "La mia richiesta: "),
        "thanks": ("Grazie in anticipo!", "Grazie per l'aiuto."),
        "close": ("Cordiali saluti,", "Saluti,", "Grazie,", "Un saluto,"),
        "mobile": ("Inviato da iPhone", "Inviato dal mio smartphone Samsung Galaxy"),
        "wrote": ("Il giorno {date} {name} <{email}> ha scritto:",),
        "fwd_gmail": ("---------- Messaggio inoltrato ---------",),
        "fwd_apple": ("Inizio messaggio inoltrato:",),
        "orig": ("-----Messaggio originale-----",),
        "fwd_tb": ("-------- Messaggio Inoltrato --------",),
        "re": ("R: ", "Re: "),
        "fw": ("I: ", "Fwd: "),
        "note_team": ("Ciao a tutti, qualcuno può gestire questa richiesta?",),
        "note_person": ("Ciao {colleague}, puoi dare un'occhiata? Grazie!",),
        "disclaimer": (
            "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone "
            "indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza "
            "di queste informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo "
            "documento per errore siete cortesemente pregati di darne immediata comunicazione "
            "al mittente e di provvedere alla sua distruzione.",
        ),
        "env": ("Prima di stampare, pensa all'ambiente.",),
        "small": ("Spero abbiate passato un buon fine settimana!",),
        "agent_hi": ("Gentile {name},", "Ciao {name},"),
        "agent_q": (
            "Grazie per averci scritto! Può indicarci piano, dispositivo e versione dell'app?",
        ),
        "agent_done": ("Bene che ora funzioni! Chiudo la richiesta.",),
        "agent_ack": ("Grazie, ho inoltrato al reparto competente.",),
        "agent_sign": ("Cordiali saluti,\n{agent}\nAssistenza Clienti {vendor}",),
        "cust_ok": ("Grazie, ora funziona!",),
        "new": ("Un'altra cosa:", "Nuova domanda:"),
        "details": ("Certo: piano {plan}, {device}, versione {ver}.",),
        "autoreply": (
            "Grazie per aver contattato {vendor}. La sua richiesta n. {ticket} è stata "
            "presa in carico.",
        ),
        "ooo": ("Sono fuori ufficio fino al {back}. Per urgenze contattare {colleague}.",),
        "above": ("##- Digitare la risposta sopra questa riga -##",),
        "csat": (
            "Come valuta l'assistenza ricevuta?\nBuona, sono soddisfatto\n"
            "Scarsa, non sono soddisfatto",
        ),
        "subject": ("Domanda", "Richiesta", "Problema"),
        "see_subj": ("Vedi oggetto.",),
        "banner": ("ATTENZIONE: questa email proviene da un mittente esterno.",),
        "title": ("Responsabile amministrativo", "Project manager"),
    },
    "sv": {
        "greet": ("Hej,", "Hej {vendor},", "Hejsan,"),
        "intro": ("jag har en fråga.",),
        "lead": ("Snabb fråga: ", "Mitt ärende: "),
        "thanks": ("Tack på förhand!",),
        "close": ("Med vänliga hälsningar,", "Mvh", "Hälsningar,", "Vänliga hälsningar,"),
        "mobile": ("Skickat från min iPhone",),
        "wrote": ("Den {date} skrev {name} <{email}>:",),
        "fwd_gmail": ("---------- Vidarebefordrat meddelande ---------",),
        "fwd_apple": ("Vidarebefordrat brev:",),
        "orig": ("-----Ursprungligt meddelande-----",),
        "fwd_tb": ("-------- Vidarebefordrat meddelande --------",),
        "re": ("SV: ", "Re: "),
        "fw": ("VB: ", "Fwd: "),
        "note_team": ("Hej, kan någon ta detta?",),
        "note_person": ("Hej {colleague}, kan du kolla på det här?",),
        "disclaimer": (
            "Detta e-postmeddelande kan innehålla konfidentiell information och är endast "
            "avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela "
            "avsändaren och radera meddelandet.",
        ),
        "env": ("Tänk på miljön innan du skriver ut detta mejl.",),
        "small": ("Hoppas ni haft en skön helg!",),
        "agent_hi": ("Hej {name},",),
        "agent_q": (
            "Tack för ditt meddelande! Vilket abonnemang har du, och vilken enhet och appversion?",
        ),
        "agent_done": ("Skönt att det fungerar nu! Jag stänger ärendet.",),
        "agent_ack": ("Tack, jag har skickat vidare till rätt avdelning.",),
        "agent_sign": ("Vänliga hälsningar,\n{agent}\n{vendor} Kundtjänst",),
        "cust_ok": ("Tack, det funkar nu!",),
        "new": ("En sak till:", "Ny fråga:"),
        "details": ("Abonnemang {plan}, {device}, version {ver}.",),
        "autoreply": ("Tack för att du kontaktar {vendor}. Ditt ärende har nummer #{ticket}.",),
        "ooo": (
            "Jag är tjänstledig till och med {back}. Vid brådskande ärenden kontakta {colleague}.",
        ),
        "above": ("##- Skriv ditt svar ovanför den här raden -##",),
        "csat": ("Hur skulle du betygsätta supporten?\nBra, jag är nöjd\nDålig, jag är missnöjd",),
        "subject": ("Fråga", "Ärende"),
        "see_subj": ("Se ämnesraden.",),
        "banner": ("VARNING: Detta mejl kommer från en extern avsändare.",),
        "title": ("Ekonomiansvarig", "IT-samordnare"),
    },
    "pl": {
        "greet": ("Dzień dobry,", "Witam,", "Szanowni Państwo,", "Cześć,"),
        "intro": ("mam pytanie.", "proszę o pomoc."),
        "lead": ("Krótkie pytanie: ", "Moja prośba: "),
        "thanks": ("Z góry dziękuję!", "Dziękuję za pomoc."),
        "close": ("Pozdrawiam,", "Z poważaniem,", "Pozdrawiam serdecznie,"),
        "mobile": ("Wysłane z iPhone'a", "Wysłane z mojego smartfona Samsung Galaxy"),
        "wrote": ("W dniu {date} {name} <{email}> napisał(a):",),
        "fwd_gmail": ("---------- Przekazana wiadomość ---------",),
        "fwd_apple": ("Początek przekazanej wiadomości:",),
        "orig": ("-----Wiadomość oryginalna-----",),
        "fwd_tb": ("-------- Przekazana wiadomość --------",),
        "re": ("Odp: ", "RE: "),
        "fw": ("PD: ", "Fwd: "),
        "note_team": ("Cześć, czy ktoś może się tym zająć?",),
        "note_person": ("Cześć {colleague}, możesz na to zerknąć? Dzięki!",),
        "disclaimer": (
            "Treść tej wiadomości jest poufna i prawnie chroniona. Jeżeli nie jesteś "
            "zamierzonym adresatem, prosimy o niezwłoczne poinformowanie nadawcy i usunięcie "
            "wiadomości.",
        ),
        "env": ("Zanim wydrukujesz tę wiadomość, pomyśl o środowisku.",),
        "small": ("Mam nadzieję, że weekend był udany!",),
        "agent_hi": ("Dzień dobry {name},", "Cześć {name},"),
        "agent_q": ("Dziękujemy za wiadomość! Proszę podać plan, urządzenie i wersję aplikacji.",),
        "agent_done": ("Cieszę się, że działa! Zamykam zgłoszenie.",),
        "agent_ack": ("Dziękuję, przekazałem sprawę do odpowiedniego działu.",),
        "agent_sign": ("Pozdrawiam,\n{agent}\nObsługa Klienta {vendor}",),
        "cust_ok": ("Dzięki, działa!",),
        "new": ("Jeszcze jedno:", "Nowe pytanie:"),
        "details": ("Plan {plan}, {device}, wersja {ver}.",),
        "autoreply": ("Dziękujemy za kontakt z {vendor}. Zgłoszenie otrzymało numer #{ticket}.",),
        "ooo": (
            "Jestem poza biurem do {back}. W pilnych sprawach proszę kontaktować się z "
            "{colleague}.",
        ),
        "above": ("##- Wpisz swoją odpowiedź nad tą linią -##",),
        "csat": (
            "Jak oceniasz otrzymaną pomoc?\nDobrze, jestem zadowolony\nŹle, nie jestem zadowolony",
        ),
        "subject": ("Pytanie", "Zgłoszenie", "Problem"),
        "see_subj": ("W temacie.",),
        "banner": ("UWAGA: Ta wiadomość pochodzi spoza organizacji.",),
        "title": ("Kierownik biura", "Specjalista ds. zakupów"),
    },
}

PLANS = ("Basic", "Premium", "Family", "Pro", "Business", "Starter", "Unlimited", "Plus")
DEVICES = (
    "iPhone 13",
    "iPhone 15 Pro",
    "Pixel 7",
    "Galaxy S23",
    "Galaxy A54",
    "iPad Air",
    "Echo Dot",
    "Fire TV Stick",
    "MacBook Air",
    "Windows 11 laptop",
    "OnePlus 11",
)


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


class SafeDict(dict[str, str]):
    """format_map mapping that leaves unknown placeholders untouched."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in norm if ord(ch) < 128)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())


NEIGHBOURS = {
    "a": "qsz",
    "b": "vghn",
    "c": "xdfv",
    "d": "serfcx",
    "e": "wrsd",
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


def add_typo(rng: Random, text: str) -> str:
    """Introduce exactly one realistic typo in a word of four or more letters."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{4,}", text)]
    if not spans:
        return text
    s, e = rng.choice(spans)
    w = text[s:e]
    i = rng.randrange(1, len(w) - 1)
    op = rng.choice(("swap", "drop", "double", "near"))
    if op == "swap" and w[i] != w[i + 1]:
        new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == "drop":
        new = w[:i] + w[i + 1 :]
    elif op == "double":
        new = w[:i] + w[i] + w[i:]
    else:
        low = w[i].lower()
        rep = rng.choice(NEIGHBOURS.get(low, "e"))
        new = w[:i] + (rep.upper() if w[i].isupper() else rep) + w[i + 1 :]
    return text[:s] + new + text[e:]


def vary_request(rng: Random, text: str, typo_share: float) -> tuple[str, bool]:
    """The request as inserted: maybe one typo, a capital, a trailing '?', '.' or ' please'."""
    t = " ".join(text.split())
    typo = rng.random() < typo_share
    if typo:
        t = add_typo(rng, t)
    if rng.random() < 0.45:
        t = t[:1].upper() + t[1:]
    r = rng.random()
    if t and t[-1] not in "?.!":
        if r < 0.22:
            t += "?"
        elif r < 0.36:
            t += "."
        elif r < 0.44:
            t += " please"
    return t, typo


@dataclass
class Person:
    first: str
    last: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Ctx:
    """Everything a builder needs for one wrapped message."""

    rng: Random
    lang: str
    req: str
    prev: str | None
    cust: Person
    agent: Person
    colleague: Person
    vendor: str
    vendor_domain: str
    support_addr: str
    company: str
    company_domain: str
    company_addr: str
    now: datetime
    ticket: int
    used_prev: bool = False
    fields: SafeDict = field(default_factory=SafeDict)

    # --- randomness -----------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(seq)

    def p(self, key: str, lang: str | None = None) -> str:
        """A random phrase of the bank, placeholders filled (never contains the request)."""
        bank = L[lang or self.lang]
        opts = bank.get(key) or L["en"][key]
        return self.rng.choice(opts).format_map(self.fields)

    def wrote(self, dt: datetime, name: str, email: str, lang: str | None = None) -> str:
        """The localised 'On <date>, <name> wrote:' attribution line."""
        tmpl = self.rng.choice(L[lang or self.lang]["wrote"])
        return tmpl.format_map(SafeDict(date=self.long_date(dt, lang), name=name, email=email))

    def take_prev(self, p: float = 0.5) -> str | None:
        """The customer's earlier, already answered request (another row's text), or None."""
        if self.prev is not None and self.chance(p):
            self.used_prev = True
            return self.prev
        return None

    # --- dates ------------------------------------------------------------------------------
    def earlier(self, min_h: float = 2, max_h: float = 240) -> datetime:
        return self.now - timedelta(hours=self.rng.uniform(min_h, max_h))

    def long_date(self, dt: datetime, lang: str | None = None) -> str:
        lg = lang or self.lang
        hm12 = dt.strftime("%I:%M %p").lstrip("0")
        return LONG_DATE[lg].format(
            wd=WEEKDAYS[lg][dt.weekday()],
            d=dt.day,
            mon=MONTHS[lg][dt.month - 1],
            y=dt.year,
            hm=dt.strftime("%H:%M"),
            hm12=hm12,
        )

    def day_date(self, dt: datetime, lang: str | None = None) -> str:
        """Long date without the time of day."""
        lg = lang or self.lang
        text = self.long_date(dt, lg)
        return text.rsplit(" ", 2 if lg == "en" else 1)[0]

    def short_date(self, dt: datetime, lang: str | None = None) -> str:
        return dt.strftime(SHORT_DATE[lang or self.lang])

    def iso(self, dt: datetime) -> str:
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

    # --- reusable text pieces ----------------------------------------------------------------
    def phone(self) -> str:
        r = self.rng
        return PHONE_FMT[self.lang].format(
            a=r.randint(10, 99), b=r.randint(10, 99), c=r.randint(100, 999)
        )

    def req_line(self) -> str:
        """The request, sometimes after a short lead-in in the envelope language."""
        if self.chance(0.2):
            return self.p("lead") + self.req
        return self.req

    def details(self, lang: str | None = None) -> str:
        d = SafeDict(self.fields)
        d["plan"] = self.choice(PLANS)
        d["device"] = self.choice(DEVICES)
        d["ver"] = f"{self.rng.randint(2, 9)}.{self.rng.randint(0, 19)}.{self.rng.randint(0, 9)}"
        return self.choice(L[lang or self.lang]["details"]).format_map(d)

    def signature(self, long: bool = False) -> str:
        lines = [self.p("close"), self.cust.first if self.chance(0.4) else self.cust.name]
        if long:
            lines += [
                self.p("title"),
                self.company,
                self.company_addr,
                f"T {self.phone()}",
                f"M {self.phone()}",
                f"www.{self.company_domain}",
            ]
            if self.chance(0.4):
                lines.append("LinkedIn | Twitter | Instagram")
        return "\n".join(lines)

    def body(self, small_talk: float = 0.15, intro: float = 0.35) -> str:
        """A simple customer mail body: greeting, request, thanks."""
        parts = [self.p("greet")]
        if self.chance(small_talk):
            parts.append(self.p("small"))
        if self.chance(intro):
            parts.append(self.p("intro"))
        parts.append(self.req_line())
        if self.chance(0.6):
            parts.append(self.p("thanks"))
        return "\n\n".join(parts)

    def subject(self) -> str:
        return self.p("subject")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


def outlook_block(c: Ctx, frm: str, to: str, dt: datetime, subject: str, cc: str = "") -> str:
    f, s, t, cc_l, subj, _ = OUTLOOK_LABELS[c.lang]
    lines = [f"{f}: {frm}", f"{s}: {c.long_date(dt)}", f"{t}: {to}"]
    if cc:
        lines.append(f"{cc_l}: {cc}")
    lines.append(f"{subj}: {subject}")
    return "\n".join(lines)


def gmail_fwd_block(c: Ctx, frm: str, to: str, dt: datetime, subject: str) -> str:
    f, _, t, _, subj, d = OUTLOOK_LABELS[c.lang]
    return "\n".join(
        [
            c.p("fwd_gmail"),
            f"{f}: {frm}",
            f"{d}: {c.long_date(dt)}",
            f"{subj}: {subject}",
            f"{t}: {to}",
        ]
    )


def agent_msg(c: Ctx, key: str) -> str:
    return "\n\n".join([c.p("agent_hi"), c.p(key), c.p("agent_sign")])


def earlier_exchange(c: Ctx, prev: str) -> tuple[str, str]:
    """(customer's earlier mail with the old request, agent's answer resolving it)."""
    old = "\n\n".join([c.p("greet"), prev, c.p("close") + "\n" + c.cust.first])
    ans = agent_msg(c, "agent_done")
    return old, ans


# --------------------------------------------------------------------------------------------
# Envelope builders (each returns text that contains c.req verbatim)
# --------------------------------------------------------------------------------------------


def k_email_plain(c: Ctx) -> str:
    text = c.body() + "\n\n" + c.signature()
    if c.chance(0.2):
        text += "\n\n" + c.p("mobile")
    return text


def k_email_signature_long(c: Ctx) -> str:
    text = c.body(intro=0.5) + "\n\n" + c.signature(long=True)
    if c.chance(0.5):
        text += "\n\n" + c.p("env")
    return text


def k_email_mobile(c: Ctx) -> str:
    if c.chance(0.5):
        core = c.req
    else:
        core = c.p("greet") + " " + c.req
    return core + "\n\n" + c.p("mobile")


def k_email_disclaimer(c: Ctx) -> str:
    sig = c.signature(long=c.chance(0.5))
    sep = c.choice(("\n\n", "\n\n--\n", "\n\n________________________________\n"))
    return c.body() + "\n\n" + sig + sep + c.p("disclaimer")


def k_email_html_residue(c: Ctx) -> str:
    g, th = c.p("greet"), c.p("thanks")
    style = c.choice(
        (
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            "</style>",
            '<!-- /* Font Definitions */ @font-face {font-family:"Cambria Math";} -->',
            "",
        )
    )
    nb = "&nbsp;"
    variants = (
        f'{style}<div dir="ltr"><div>{g}</div><div><br></div><div>{c.req}</div>'
        f"<div><br></div><div>{th}</div><div>{c.cust.first}</div></div>",
        f'{style}\n<p class="MsoNormal">{g}<o:p></o:p></p>\n<p class="MsoNormal">{nb}'
        f'<o:p></o:p></p>\n<p class="MsoNormal">{c.req}<o:p></o:p></p>\n'
        f'<p class="MsoNormal">{c.p("close")}<br>{c.cust.name}<o:p></o:p></p>',
        f'{g}<br><br>{c.req}<br><br>{th}<br>{c.cust.first}<br><img src="cid:image001.png@01DA'
        f'{c.rng.randint(1000, 9999)}" width="120" height="40">',
    )
    return c.choice(variants)


def k_reply_top_gmail(c: Ctx) -> str:
    """Top-posted reply with '>' quoted history (Gmail / Apple Mail / Thunderbird)."""
    prev = c.take_prev(0.6)
    t1 = c.earlier(4, 72)
    agent_q = agent_msg(c, "agent_done" if prev else "agent_ack")
    hist = quote(agent_q)
    if prev:
        old = "\n\n".join([c.p("greet"), prev, c.p("close") + "\n" + c.cust.first])
        t0 = t1 - timedelta(hours=c.rng.uniform(2, 48))
        hist += "\n>\n> " + c.wrote(t0, c.cust.name, c.cust.email) + "\n" + quote(old, "> > ")
    top = [c.p("cust_ok") if prev else c.p("greet")]
    top.append((c.p("new") + " " if prev and c.chance(0.7) else "") + c.req)
    top.append(c.signature())
    wrote = c.wrote(t1, f"{c.vendor} Support", c.support_addr)
    return "\n\n".join(top) + "\n\n" + wrote + "\n" + hist


def k_reply_top_outlook(c: Ctx) -> str:
    """Top-posted Outlook reply: new text above a localised header block."""
    prev = c.take_prev(0.6)
    t1 = c.earlier(4, 72)
    subj = c.p("re") + c.subject()
    top = "\n\n".join(
        [
            c.p("greet"),
            (c.p("new") + "\n" if prev else "") + c.req_line(),
            c.signature(long=c.chance(0.4)),
        ]
    )
    blocks = [
        top,
        "________________________________",
        outlook_block(c, f"{c.vendor} Support <{c.support_addr}>", c.cust.email, t1, subj),
        "",
        agent_msg(c, "agent_done" if prev else "agent_ack"),
    ]
    if prev:
        t0 = t1 - timedelta(hours=c.rng.uniform(2, 48))
        blocks += [
            "",
            c.p("orig"),
            outlook_block(c, f"{c.cust.name} <{c.cust.email}>", c.support_addr, t0, c.subject()),
            "",
            "\n\n".join([c.p("greet"), prev, c.p("close"), c.cust.first]),
        ]
    return "\n".join(blocks)


def k_reply_bottom_inline(c: Ctx) -> str:
    """Bottom-posted reply: quoted agent question, then the customer's answer and request."""
    t1 = c.earlier(2, 48)
    wrote = c.wrote(t1, c.agent.name, c.support_addr)
    prev = c.take_prev(0.4)
    parts = [wrote]
    if prev:
        old_q = quote(agent_msg(c, "agent_done"))
        parts.append(old_q)
        parts.append("\n" + c.p("cust_ok"))
    else:
        q_lines = [c.p("agent_hi"), c.p("agent_q")]
        parts.append(quote("\n\n".join(q_lines)))
        parts.append("\n" + c.details())
        parts.append(quote(c.p("agent_sign")))
    parts.append("\n" + (c.p("new") + " " if prev or c.chance(0.3) else "") + c.req)
    parts.append("\n" + c.signature())
    return "\n".join(parts)


def vendor_colleague(c: Ctx) -> Person:
    """A vendor employee (sales / account manager) with a personal company address."""
    f, la = slug(c.colleague.first), slug(c.colleague.last)
    return Person(c.colleague.first, c.colleague.last, f"{f}.{la}@{c.vendor_domain}")


def fwd_header(c: Ctx, frm: str, to: str, dt: datetime, subj: str) -> str:
    style = c.choice(("gmail", "outlook", "apple", "thunderbird"))
    if style == "gmail":
        return gmail_fwd_block(c, frm, to, dt, subj)
    if style == "apple":
        return c.p("fwd_apple") + "\n\n" + outlook_block(c, frm, to, dt, subj)
    if style == "thunderbird":
        return c.p("fwd_tb") + "\n" + outlook_block(c, frm, to, dt, subj)
    return "________________________________\n" + outlook_block(c, frm, to, dt, subj)


def k_forward_shared(c: Ctx) -> str:
    """A vendor colleague forwards a customer mail they received to the shared mailbox."""
    rep = vendor_colleague(c)
    t0 = c.earlier(1, 72)
    inner = c.body() + "\n\n" + c.signature(long=c.chance(0.3))
    frm = f"{c.cust.name} <{c.cust.email}>"
    hdr = fwd_header(c, frm, f"{rep.name} <{rep.email}>", t0, c.subject())
    sig = rep.first + c.choice(("", f"\nAccount Manager | {c.vendor}", f"\n{c.vendor} Sales"))
    top = c.p("note_team")
    if c.chance(0.3):
        f, _, t, _, subj_l, _ = OUTLOOK_LABELS[c.lang]
        top = (
            f"{f}: {rep.name} <{rep.email}>\n{t}: {c.support_addr}\n"
            f"{subj_l}: {c.p('fw')}{c.subject()}\n\n{top}"
        )
    return f"{top}\n\n{sig}\n\n{hdr}\n\n{inner}"


def k_forward_colleague(c: Ctx) -> str:
    """Vendor rep forwards a customer mail to a colleague's personal company address."""
    rep = vendor_colleague(c)
    t0 = c.earlier(3, 96)
    t1 = c.earlier(0.2, 2)
    f, _, t, _, subj_l, d = OUTLOOK_LABELS[c.lang]
    subj = c.subject()
    outer = "\n".join(
        [
            f"{f}: {rep.name} <{rep.email}>",
            f"{t}: {c.agent.name} <{c.agent.email}>",
            f"{d}: {c.short_date(t1)}",
            f"{subj_l}: {c.p('fw')}{subj}",
        ]
    )
    note = c.choice(L[c.lang]["note_person"]).format_map(SafeDict(colleague=c.agent.first))
    inner = c.body() + "\n\n" + c.signature()
    hdr = fwd_header(c, f"{c.cust.name} <{c.cust.email}>", rep.email, t0, subj)
    return f"{outer}\n\n{note}\n\n{rep.first}\n\n{hdr}\n\n{inner}"


def k_zendesk_newest_first(c: Ctx) -> str:
    """Zendesk-style notification: comments newest first, with marker line on top."""
    prev = c.take_prev(0.5)
    now = c.now
    head = [c.p("above"), "", f"{c.vendor} Support", "", f"Ticket #{c.ticket}: {c.subject()}"]
    if c.chance(0.4):
        head.append("Status: " + c.choice(("Pending → Open", "Solved → Open", "New → Open")))
    comments: list[str] = []
    comments.append(f"{c.cust.name}\n{c.short_date(now)}\n\n{c.req_line()}")
    t = now - timedelta(hours=c.rng.uniform(1, 30))
    if prev:
        comments.append(f"{c.agent.name} ({c.vendor})\n{c.short_date(t)}\n\n" + c.p("agent_done"))
        t -= timedelta(hours=c.rng.uniform(1, 30))
        comments.append(f"{c.cust.name}\n{c.short_date(t)}\n\n{prev}")
    else:
        # request first (oldest), agent asked for details, customer answered (newest on top)
        comments = [f"{c.cust.name}\n{c.short_date(now)}\n\n" + c.details()]
        comments.append(f"{c.agent.name} ({c.vendor})\n{c.short_date(t)}\n\n" + c.p("agent_q"))
        t -= timedelta(hours=c.rng.uniform(1, 30))
        comments.append(f"{c.cust.name}\n{c.short_date(t)}\n\n{c.req_line()}")
    foot = [
        "",
        "",
        "--------------------------------",
        "",
        f"[{c.ticket:X}-{c.rng.randint(100, 999)}R]",
        "This email is a service from " + c.vendor + " Support.",
    ]
    sep = "\n\n----------------------------------------------\n\n"
    return "\n".join(head) + "\n\n" + sep.join(comments) + "\n".join(foot)


def k_freshdesk_oldest_first(c: Ctx) -> str:
    """Freshdesk-like conversation export, oldest first: the newest customer note is last."""
    prev = c.take_prev(0.5)
    t = c.now - timedelta(hours=c.rng.uniform(20, 90))
    lines = [
        f"Ticket #{c.ticket} - {c.subject()}",
        f"Status: Open | Priority: Medium | Source: Email | Requester: {c.cust.name}",
        "",
    ]
    turns: list[tuple[str, str]] = []
    if prev:
        turns += [
            (c.cust.name, prev),
            (c.agent.name + " (Agent)", c.p("agent_done")),
            (c.cust.name, c.p("cust_ok") + "\n\n" + c.p("new") + " " + c.req),
        ]
    else:
        first = c.req if c.chance(0.5) else c.p("greet") + " " + c.req
        turns += [
            (c.cust.name, first),
            (c.agent.name + " (Agent)", c.p("agent_q")),
            (c.cust.name, c.details()),
        ]
    for who, txt in turns:
        lines += [f"{who} - {c.short_date(t)}", txt, ""]
        t += timedelta(hours=c.rng.uniform(1, 20))
    return "\n".join(lines).rstrip()


def k_autoreply_ack(c: Ctx) -> str:
    """Vendor's auto-acknowledgement quoting the customer's original message."""
    t0 = c.earlier(0.01, 0.2)
    top = c.p("agent_hi") + "\n\n" + c.p("autoreply") + "\n\n" + c.p("agent_sign")
    wrote = c.wrote(t0, c.cust.name, c.cust.email)
    return f"{top}\n\n{wrote}\n" + quote(c.body() + "\n\n" + c.signature())


def k_livechat_bot(c: Ctx) -> str:
    """Live-chat widget transcript: bot greeting and menu, customer types the request."""
    t = c.now
    bot = c.choice(("Ava (bot)", f"{c.vendor} Assistant", "Virtual Agent"))
    lines = [
        f"Chat transcript - {c.vendor}",
        f"Started: {c.short_date(t, 'en')}",
        f"Visitor: {c.cust.name} ({c.cust.email})",
        "",
    ]
    hm = t.strftime("%H:%M")
    lines.append(f"[{hm}] {bot}: Hi! I'm here to help. What can I do for you today?")
    lines.append(
        f"[{hm}] {bot}: Choose an option: Billing | Orders | Technical issue | Something else"
    )
    lines.append(f"[{hm}] {c.cust.first}: Something else")
    lines.append(f"[{hm}] {bot}: Sure, please describe your question in a few words.")
    lines.append(f"[{hm}] {c.cust.first}: {c.req}")
    lines.append(
        f"[{hm}] {bot}: Thanks! Connecting you to an agent. Current wait time: "
        f"{c.rng.randint(2, 9)} minutes."
    )
    if c.chance(0.5):
        lines.append(f"[{hm}] System: {c.agent.first} joined the chat")
        lines.append(f"[{hm}] {c.agent.first}: Hi {c.cust.first}, let me check that for you.")
    return "\n".join(lines)


def k_slack_thread(c: Ctx) -> str:
    """Slack thread copied from a support channel, with reactions."""
    t = c.now
    hm = t.strftime("%I:%M %p").lstrip("0")
    lines = [
        "#support-escalations",
        "",
        f"{c.colleague.name}  {hm}",
        "customer " + c.cust.name + " (" + c.company + ") asked on the phone:",
        f"> {c.req}",
        "can someone take it? :pray:",
        ":eyes: 2  :white_check_mark: 1",
        f"{c.rng.randint(2, 5)} replies",
        "",
        f"{c.agent.name}  {hm}",
        "on it" + c.choice(("", " :+1:", ", will update the ticket")),
    ]
    if c.chance(0.4):
        lines += ["", f"{c.colleague.first}  {hm}", c.p("small", "en")]
    return "\n".join(lines)


def k_call_notes(c: Ctx) -> str:
    """Call notes with several attendees, agenda, customer ask and action items."""
    prev = c.take_prev(0.4)
    lines = [
        f"Call notes - {c.company} / {c.vendor}",
        f"Date: {c.short_date(c.now, 'en')}",
        f"Attendees: {c.cust.name} ({c.company}), {c.colleague.name} ({c.company}), "
        f"{c.agent.name} ({c.vendor}, CSM)",
        "",
        "Notes:",
        "- quick intro, renewal coming up in Q3",
        "- " + c.details("en"),
    ]
    if prev:
        lines.append(f'- follow-up from last call ("{prev}") - done, confirmed working')
    lines += [
        f"- customer ask: {c.req}",
        "",
        "Action items:",
        f"- [ ] {c.agent.first}: follow up on customer ask by Friday",
        f"- [ ] {c.cust.first}: send updated contact list",
    ]
    return "\n".join(lines)


def k_app_store_review(c: Ctx) -> str:
    """App Store review with star rating and developer response."""
    stars = c.rng.randint(1, 4)
    title = c.choice(("Needs work", "Almost there", "Frustrating", "Good but", "Help!"))
    lines = [
        "★" * stars + "☆" * (5 - stars),
        title,
        f"{c.cust.first}{c.rng.randint(10, 999)}, {c.now.strftime('%d %b %Y')}",
        "",
        c.choice(("Been using this for a year. ", "", "Update broke things. ")) + c.req,
        "",
        "Developer Response",
        f"Hi, thanks for the feedback! Please contact us at {c.support_addr} so we can "
        "look into this. - The " + c.vendor + " Team",
    ]
    return "\n".join(lines)


def k_nps_survey(c: Ctx) -> str:
    """NPS survey answer export."""
    score = c.rng.randint(0, 8)
    return "\n".join(
        [
            "Survey: Customer Pulse " + str(c.now.year) + " Q" + str((c.now.month - 1) // 3 + 1),
            f"Respondent: {c.cust.email}",
            "How likely are you to recommend us to a friend or colleague? (0-10)",
            f"Answer: {score}",
            "What is the primary reason for your score?",
            "Answer: "
            + c.choice(("Support takes too long", "Mostly fine", "Price", "App is buggy lately")),
            "Is there anything we can help you with right now?",
            f"Answer: {c.req}",
            f"Submitted: {c.iso(c.now)}",
        ]
    )


def k_crm_json(c: Ctx) -> str:
    """CRM/helpdesk API export as JSON."""
    obj = {
        "id": c.ticket,
        "type": "ticket",
        "created_at": c.iso(c.now),
        "channel": c.choice(("email", "web", "api", "mobile_sdk")),
        "requester": {"name": c.cust.name, "email": c.cust.email},
        "subject": c.subject(),
        "description": c.p("greet") + "\n\n" + c.req + "\n\n" + c.p("close") + "\n" + c.cust.first,
        "status": c.choice(("new", "open")),
        "tags": [c.choice(("web_widget", "vip", "de", "mobile")), "inbound"],
        "custom_fields": [{"id": 360012345678, "value": c.choice(PLANS).lower()}],
    }
    indent = 2 if c.chance(0.5) else None
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def k_sms(c: Ctx) -> str:
    n = c.rng.randint(100000, 999999)
    return c.choice(
        (
            f"SMS from {c.phone()} ({c.short_date(c.now)}):\n{c.req}",
            f"{c.req}\n\nSent from my mobile",
            f"From: {c.phone()}\nTo: {n}\nMessage: {c.req}\n\nReply STOP to opt out",
            f"[SMS] {c.cust.first}: {c.req}",
        )
    )


def k_forward_nested(c: Ctx) -> str:
    """Customer -> colleague A (note) -> colleague B -> shared mailbox (note), nested forwards."""
    t0 = c.earlier(20, 120)
    t1 = t0 + timedelta(hours=c.rng.uniform(1, 10))
    t2 = t1 + timedelta(hours=c.rng.uniform(1, 10))
    lang2 = c.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    second = Person(
        c.agent.first, c.agent.last, c.agent.email.split("@")[0] + "@" + c.company_domain
    )
    f, s, t, _, subj_l, _ = OUTLOOK_LABELS[c.lang]
    subj = c.subject()
    inner = c.body() + "\n\n" + c.signature()
    mid_note = c.choice(L[c.lang]["note_person"]).format_map(SafeDict(colleague=second.first))
    outer_note = c.p("note_team", lang2)
    parts = [
        outer_note,
        "",
        second.first,
        "",
        c.p("fwd_gmail"),
        f"{f}: {c.colleague.name} <{c.colleague.email}>",
        f"{s}: {c.long_date(t1)}",
        f"{subj_l}: {c.p('fw')}{subj}",
        f"{t}: {second.name} <{second.email}>",
        "",
        mid_note,
        "",
        c.colleague.first,
        "",
        c.p("fwd_gmail"),
        f"{f}: {c.cust.name} <{c.cust.email}>",
        f"{s}: {c.long_date(t0)}",
        f"{subj_l}: {subj}",
        f"{t}: {c.colleague.email}",
        "",
        inner,
    ]
    if c.chance(0.4):
        f2, _, t2_l, _, s2_l, _ = OUTLOOK_LABELS[lang2]
        parts = [
            f"{f2}: {second.name} <{second.email}>",
            f"{t2_l}: {c.support_addr}",
            f"{s2_l}: {c.p('fw', lang2)}{c.p('fw')}{subj}",
            f"Date: {format_datetime(t2)}",
            "",
        ] + parts
    return "\n".join(parts)


def k_raw_headers(c: Ctx) -> str:
    """Raw RFC 822 message with transport headers."""
    host = f"mx{c.rng.randint(1, 4)}.{c.vendor_domain}"
    mid = f"<{c.rng.getrandbits(64):016x}.{c.rng.randint(1000, 9999)}@{c.cust.email.split('@')[1]}>"
    ip = ".".join(str(c.rng.randint(1, 254)) for _ in range(4))
    hdrs = [
        f"Return-Path: <{c.cust.email}>",
        f"Received: from mail-{c.rng.randint(10, 99)}.outbound.example ({ip}) by {host} "
        f"with ESMTPS id {c.rng.getrandbits(40):x}; {format_datetime(c.now)}",
        f"Message-ID: {mid}",
        f"Date: {format_datetime(c.now)}",
        f"From: {ascii_fold(c.cust.name)} <{c.cust.email}>",
        f"To: {c.support_addr}",
        f"Subject: {c.subject()}",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        f"X-Mailer: {c.choice(('Apple Mail (2.3774)', 'Microsoft Outlook 16.0', 'Thunderbird'))}",
    ]
    if c.chance(0.5):
        hdrs.insert(2, "Authentication-Results: " + host + "; dkim=pass; spf=pass; dmarc=pass")
    return "\n".join(hdrs) + "\n\n" + c.body() + "\n\n" + c.signature()


def k_mime_multipart(c: Ctx) -> str:
    """multipart/alternative body with a plain and an HTML part (request in both)."""
    b = f"0000000000{c.rng.getrandbits(48):012x}"
    g, th, cl = c.p("greet"), c.p("thanks"), c.p("close")
    plain = f"{g}\n\n{c.req}\n\n{th}\n{cl}\n{c.cust.first}"
    html = (
        f'<div dir="ltr">{g}<div><br></div><div>{c.req}</div><div><br></div>'
        f"<div>{th}</div><div>{cl}<br>{c.cust.first}</div></div>"
    )
    return "\n".join(
        [
            f'Content-Type: multipart/alternative; boundary="{b}"',
            "",
            f"--{b}",
            'Content-Type: text/plain; charset="UTF-8"',
            "",
            plain,
            "",
            f"--{b}",
            'Content-Type: text/html; charset="UTF-8"',
            "",
            html,
            "",
            f"--{b}--",
        ]
    )


def k_bounce(c: Ctx) -> str:
    """Customer forwards a bounce of the original mail (wrong address) to the right one."""
    wrong = (
        c.support_addr.replace("@", "s@", 1)
        if c.chance(0.5)
        else ("info@" + c.vendor_domain.replace(".", "-old.", 1))
    )
    note = (
        c.choice(
            (
                "Trying again, the address on your website bounced:",
                "My e-mail bounced (see below), resending to this address.",
                "FYI your contact address doesn't work. Original message below.",
            )
        )
        if c.lang == "en" or c.chance(0.5)
        else c.p("greet") + "\n\n" + c.p("intro")
    )
    bounce = c.choice(
        (
            "This is the mail system at host mx.{d}.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "                   The mail system\n\n<{w}>: host mx.{d}[10.4.2.17] said: 550 5.1.1 "
            "<{w}>:\n    Recipient address rejected: User unknown in virtual mailbox table",
            "Address not found\n\nYour message wasn't delivered to {w} because the address "
            "couldn't be found, or is unable to receive mail.\n\nThe response from the remote "
            "server was:\n550 5.1.1 The email account that you tried to reach does not exist.",
            "Delivery has failed to these recipients or groups:\n\n{w}\nThe e-mail address you "
            "entered couldn't be found.\n\nDiagnostic information for administrators:\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
            "found by SMTP address lookup'",
        )
    ).format(d=c.vendor_domain, w=wrong)
    f, _, t, _, subj_l, d = OUTLOOK_LABELS["en"]
    orig = "\n".join(
        [
            "----- Original message -----",
            f"{f}: {c.cust.name} <{c.cust.email}>",
            f"{t}: {wrong}",
            f"{d}: {format_datetime(c.earlier(0.1, 5))}",
            f"{subj_l}: {c.subject()}",
            "",
            c.body(),
        ]
    )
    hdr = f"{c.p('fw')}Undelivered Mail Returned to Sender"
    return (
        f"{note}\n\n{c.cust.first}\n\n{hdr}\nFrom: Mail Delivery System <MAILER-DAEMON@"
        f"{c.cust.email.split('@')[1]}>\n\n{bounce}\n\n{orig}"
    )


AUTO_REPLY_SUBJ = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "pt": "Resposta automática: ",
    "it": "Risposta automatica: ",
    "sv": "Automatiskt svar: ",
    "pl": "Odpowiedź automatyczna: ",
}


def k_ooo_in_thread(c: Ctx) -> str:
    """Customer re-sends after an agent's out-of-office auto-reply; OOO text quoted below."""
    ooo_person = c.agent
    ooo = "\n\n".join([c.p("ooo").replace("{colleague}", c.colleague.name), ooo_person.name])
    top = [
        c.choice(
            (
                "Got an out-of-office from {a}, so sending to the general address.",
                "Auto-reply below - can someone else help?",
            )
        ).format(a=ooo_person.first)
        if c.lang == "en"
        else c.p("greet"),
        c.req_line(),
        c.signature(),
    ]
    t1 = c.earlier(0.1, 3)
    subj = AUTO_REPLY_SUBJ[c.lang]
    hdr = outlook_block(
        c, f"{ooo_person.name} <{ooo_person.email}>", c.cust.email, t1, subj + c.subject()
    )
    return "\n\n".join(top) + "\n\n________________________________\n" + hdr + "\n\n" + ooo


def k_small_talk(c: Ctx) -> str:
    """Chatty mail: small talk, context paragraphs, the request in the middle, a P.S."""
    parts = [c.p("greet"), c.p("small")]
    if c.chance(0.6):
        parts.append(c.p("small"))
    if c.chance(0.5):
        parts.append(c.details())
    parts.append(c.req_line())
    parts.append(c.p("thanks"))
    parts.append(c.signature())
    ps = c.choice(("P.S. ", "PS: ", "PS - "))
    parts.append(ps + c.p("small"))
    return "\n\n".join(parts)


def k_subject_only(c: Ctx) -> str:
    """The request is only in the subject line; body says 'see subject'."""
    f, s, t, _, subj_l, _ = OUTLOOK_LABELS[c.lang]
    return "\n".join(
        [
            f"{f}: {c.cust.name} <{c.cust.email}>",
            f"{t}: {c.support_addr}",
            f"{s}: {c.long_date(c.now)}",
            f"{subj_l}: {c.req}",
            "",
            c.p("see_subj"),
            "",
            c.p("mobile") if c.chance(0.5) else c.signature(),
        ]
    )


def k_external_banner(c: Ctx) -> str:
    """Corporate mail with an [EXTERNAL] banner on top and a disclaimer at the bottom."""
    banner = c.p("banner")
    return "\n\n".join([banner, c.body(), c.signature(long=True), c.p("disclaimer")])


def k_reply_details_only(c: Ctx) -> str:
    """Customer only answers the agent's questions; the request is in the quoted first mail."""
    t0 = c.earlier(24, 100)
    t1 = t0 + timedelta(hours=c.rng.uniform(1, 20))
    top = "\n\n".join([c.p("greet"), c.details(), c.signature()])
    agent = agent_msg(c, "agent_q")
    first = c.body() + "\n\n" + c.p("close") + "\n" + c.cust.first
    return "\n".join(
        [
            top,
            "",
            c.wrote(t1, f"{c.agent.name} ({c.vendor})", c.support_addr),
            quote(agent),
            ">",
            "> " + c.wrote(t0, c.cust.name, c.cust.email),
            quote(first, "> > "),
        ]
    )


def k_newsletter_reply(c: Ctx) -> str:
    """Customer replies to a marketing newsletter; marketing text quoted below."""
    t1 = c.earlier(10, 200)
    promo = "\n".join(
        [
            "View this email in your browser",
            "",
            f"{c.vendor.upper()} | SPRING SALE",
            "",
            "Up to 30% off everything - this week only!",
            "New: smarter routines, better sound, faster setup.",
            "",
            "[Shop now]  [Learn more]",
            "",
            f"You are receiving this email because you signed up at {c.vendor_domain}.",
            "Unsubscribe | Manage preferences | Privacy policy",
            f"{c.vendor}, {c.company_addr.splitlines()[-1]}",
        ]
    )
    top = "\n\n".join([c.req_line() if c.chance(0.5) else c.body(intro=0.0), c.signature()])
    return top + "\n\n" + c.wrote(t1, c.vendor, f"news@{c.vendor_domain}") + "\n" + quote(promo)


def k_reply_outlook_deep(c: Ctx) -> str:
    """Deep Outlook thread: new request on top, three older header blocks below."""
    prev = c.take_prev(0.7)
    t2 = c.earlier(2, 30)
    t1 = t2 - timedelta(hours=c.rng.uniform(2, 30))
    t0 = t1 - timedelta(hours=c.rng.uniform(2, 30))
    cust = f"{c.cust.name} <{c.cust.email}>"
    sup = f"{c.agent.name} <{c.support_addr}>"
    subj = c.subject()
    sep = "\n\n________________________________\n"
    top = "\n\n".join(
        [c.p("greet"), (c.p("new") + " " if prev else "") + c.req, c.signature(long=True)]
    )
    b2 = (
        outlook_block(c, sup, cust, t2, c.p("re") + c.p("re") + subj)
        + "\n\n"
        + agent_msg(c, "agent_done" if prev else "agent_ack")
    )
    b1 = (
        outlook_block(c, cust, sup, t1, c.p("re") + subj, cc=c.colleague.email)
        + "\n\n"
        + "\n\n".join(
            [
                c.p("agent_hi").replace(c.cust.first, c.agent.first),
                c.details(),
                c.p("close"),
                c.cust.first,
            ]
        )
    )
    first_text = prev if prev else c.p("intro")
    b0 = (
        outlook_block(c, cust, c.support_addr, t0, subj)
        + "\n\n"
        + "\n\n".join([c.p("greet"), first_text, c.p("close"), c.cust.name])
    )
    return top + sep + b2 + sep + b1 + sep + b0


def k_intercom_export(c: Ctx) -> str:
    """Intercom-like conversation export with bot, user and admin parts."""
    prev = c.take_prev(0.35)
    t = c.now
    lines = [
        f"Conversation with {c.cust.name}",
        f"Started on {c.long_date(t, 'en')}",
        f"Conversation ID: {c.rng.randint(10**11, 10**12 - 1)}",
        "",
    ]
    lines.append(f"Operator (bot): Hi {c.cust.first} 👋 How can we help?")
    if prev:
        lines.append(f"{c.cust.first}: {prev}")
        lines.append(f"{c.agent.first} ({c.vendor}): Done - {c.p('agent_done', 'en')}")
        lines.append(f"{c.cust.first}: great thanks")
        lines.append(f"{c.cust.first}: oh and also, {c.req}")
    else:
        lines.append(f"{c.cust.first}: {c.req}")
        lines.append(
            "Operator (bot): Thanks! The team typically replies in a few hours. "
            "Give the team a way to reach you: " + c.cust.email
        )
    lines += [
        "",
        "Conversation rating: " + c.choice(("not rated", "Amazing 🤩", "OK 😐")),
        "Tags: " + c.choice(("inbound", "priority, inbound", "billing")),
    ]
    return "\n".join(lines)


def k_helpscout(c: Ctx) -> str:
    """Help Scout-style new-conversation notification to the team."""
    num = c.rng.randint(1000, 99999)
    return "\n".join(
        [
            f"{c.cust.name} started a new conversation #{num}",
            "",
            f"Mailbox: {c.vendor} Support",
            f"Customer: {c.cust.name} <{c.cust.email}>",
            f"Subject: {c.subject()}",
            "",
            "-" * 40,
            "",
            c.body(),
            "",
            c.signature(),
            "",
            "-" * 40,
            f"View conversation: https://secure.helpscout.example/conversation/{num}",
            "You're receiving this because you're a member of the mailbox.",
        ]
    )


def k_jira_sm(c: Ctx) -> str:
    """Jira Service Management e-mail notification with status change and comments."""
    key = f"{c.choice(('HELP', 'SUP', 'CS', 'ITSD'))}-{c.rng.randint(100, 9999)}"
    prev = c.take_prev(0.3)
    lines = [
        "—-—-—-—",
        "Reply above this line.",
        "",
        f"{c.agent.name} changed the status to Waiting for customer.",
        "",
    ]
    lines += [
        f"{c.agent.name} commented:",
        c.p("agent_q", "en"),
        "",
        "View request · Turn off this request's notifications",
        "",
        f"{key}: {c.subject()}",
        f"Reporter: {c.cust.name}",
        "",
        "Description:",
        c.req_line(),
    ]
    if prev:
        lines += ["", f'Linked issue: {key[:-1]}{c.rng.randint(0, 9)} (Resolved) - "{prev}"']
    lines += [
        "",
        f"This is shared with {c.cust.name}.",
        f"Powered by Jira Service Management • Sent by {c.vendor}",
    ]
    return "\n".join(lines)


def k_salesforce_case(c: Ctx) -> str:
    """Salesforce Service Cloud case detail export with Email-to-Case thread id."""
    ref = f"ref:_00D{c.rng.getrandbits(30):x}._500{c.rng.getrandbits(36):x}:ref"
    return "\n".join(
        [
            f"Case Number: 0{c.rng.randint(1000000, 9999999)}",
            f"Case Owner: {c.agent.name}",
            "Status: New",
            "Priority: " + c.choice(("Medium", "High")),
            "Case Origin: " + c.choice(("Email", "Web", "Phone")),
            f"Contact Name: {c.cust.name}",
            f"Account Name: {c.company}",
            f"Subject: {c.subject()}",
            "Description:",
            c.body(intro=0.2),
            "",
            f"Web Email: {c.cust.email}",
            f"Created Date: {c.short_date(c.now, 'en')}",
            f"Thread ID: {ref}",
        ]
    )


def k_hubspot_ticket(c: Ctx) -> str:
    """HubSpot-like ticket record with properties and description."""
    return "\n".join(
        [
            f"Ticket name: {c.cust.name} - {c.subject()}",
            "Pipeline: Support Pipeline",
            "Ticket status: New",
            "Source: " + c.choice(("Email", "Chat", "Form")),
            "Priority: " + c.choice(("Low", "Medium", "High")),
            f"Ticket owner: {c.agent.name}",
            f"Associated contact: {c.cust.name} ({c.cust.email})",
            f"Associated company: {c.company}",
            f"Create date: {c.short_date(c.now, 'en')}",
            "",
            "Ticket description",
            c.req_line(),
            "",
            "Last activity: " + c.choice(("Email received", "Form submission")),
        ]
    )


def k_merged_ticket(c: Ctx) -> str:
    """Helpdesk notification where an older, solved ticket was merged into the current one."""
    old_id = c.ticket - c.rng.randint(50, 900)
    prev = c.take_prev(0.8)
    old_txt = prev if prev else c.details()
    return "\n".join(
        [
            c.p("above"),
            "",
            f"Ticket #{c.ticket}: {c.subject()}",
            "",
            f"{c.cust.name}, {c.short_date(c.now)}",
            "",
            c.req_line(),
            "",
            "-" * 30,
            "",
            f"{c.agent.name} ({c.vendor}), {c.short_date(c.earlier(0.5, 3))}",
            "",
            f"Request #{old_id} was closed and merged into this request. Last comment in "
            f"request #{old_id}:",
            "",
            f"{c.cust.name}: {old_txt}",
            f"Status of #{old_id}: Solved",
            "",
            "-" * 30,
        ]
    )


def k_internal_note(c: Ctx) -> str:
    """Helpdesk ticket export including an internal note between agents."""
    prev = c.take_prev(0.35)
    lines = [
        f"#{c.ticket} {c.subject()}",
        f"Requester: {c.cust.name} <{c.cust.email}>",
        f"Assignee: {c.agent.name}  Group: Tier 1",
        "",
    ]
    lines += [f"[Public] {c.cust.name} - {c.short_date(c.now)}", c.body(), ""]
    note = c.choice(
        (
            "Customer is on the legacy plan, check with billing before replying.",
            "VIP account - please prioritise. Already called once today.",
            f"@{c.colleague.first} can you confirm? I think this is the same as last week.",
        )
    )
    lines += [
        f"[Internal note] {c.agent.name} - {c.short_date(c.now + timedelta(minutes=30))}",
        note,
    ]
    if prev:
        lines += [
            "",
            f"[Internal note] {c.agent.name}: previous ticket "
            f'#{c.ticket - 311} ("{prev}") was solved, unrelated.',
        ]
    return "\n".join(lines)


def k_csat_reply(c: Ctx) -> str:
    """Customer answers a solved-ticket notification that carries a satisfaction survey."""
    prev = c.take_prev(0.6)
    top = "\n\n".join(
        [
            c.p("cust_ok") if prev else c.p("greet"),
            (c.p("new") + " " if prev else "") + c.req,
            c.cust.first,
        ]
    )
    body = "\n\n".join(
        [
            c.p("agent_hi"),
            c.p("agent_done"),
            f"{c.cust.name}: {prev}" if prev else f"Ticket #{c.ticket} - Status: Solved",
            c.p("csat"),
            c.p("agent_sign"),
        ]
    )
    return (
        top
        + "\n\n"
        + c.wrote(c.earlier(1, 40), f"{c.vendor} Support", c.support_addr)
        + "\n"
        + quote(body)
    )


def k_livechat_agent(c: Ctx) -> str:
    """Live chat with a human agent who asks questions; customer answers with details."""
    t = c.now
    prev = c.take_prev(0.3)

    def ts(m: int) -> str:
        return (t + timedelta(minutes=m)).strftime("%H:%M:%S")

    lines = [
        f"Chat started on {c.short_date(t, 'en')} via {c.vendor_domain}/help",
        "",
        f"({ts(0)}) {c.agent.first}: Hi, you're chatting with {c.agent.first}. How can I help?",
    ]
    if prev:
        lines += [
            f'({ts(1)}) {c.cust.first}: last time you helped me with "{prev}", that '
            "works now, thanks",
            f"({ts(1)}) {c.agent.first}: Glad to hear! What can I do today?",
        ]
    lines += [
        f"({ts(2)}) {c.cust.first}: {c.req}",
        f"({ts(3)}) {c.agent.first}: Sure. Which plan and device are you on?",
        f"({ts(4)}) {c.cust.first}: {c.details('en')}",
        f"({ts(5)}) {c.agent.first}: Thanks, one moment please.",
        f"({ts(9)}) System: {c.cust.first} has left the chat",
    ]
    return "\n".join(lines)


def k_teams_chat(c: Ctx) -> str:
    """Microsoft Teams chat copied out: colleague relays what the customer wants."""
    t = c.now

    def hdr(who: str, m: int) -> str:
        return f"[{(t + timedelta(minutes=m)).strftime('%H:%M')}] {who}"

    lines = [
        hdr(c.colleague.name, 0),
        c.choice(
            (
                "quick one from a customer call",
                "customer on the line, they ask:",
                f"{c.cust.name} from {c.company} emailed me:",
            )
        ),
        hdr(c.colleague.name, 0),
        c.req,
        hdr(c.agent.name, 2),
        c.choice(("ok, I'll open a ticket", "on it", "can you send me their email?")),
        "👍 1" if c.chance(0.5) else "(edited)",
    ]
    if c.chance(0.4):
        lines += [hdr(c.colleague.name, 3), c.cust.email]
    return "\n".join(lines)


def k_whatsapp_export(c: Ctx) -> str:
    """WhatsApp chat export lines with the business account."""
    t = c.now
    prev = c.take_prev(0.3)

    def ln(m: int, who: str, txt: str) -> str:
        return f"{(t + timedelta(minutes=m)).strftime('%d/%m/%Y, %H:%M')} - {who}: {txt}"

    lines = [ln(0, c.vendor, "Messages and calls are end-to-end encrypted.")]
    if prev:
        lines += [
            ln(-2880, c.cust.first, prev),
            ln(-2870, c.vendor, c.p("agent_done")),
            ln(-2860, c.cust.first, "👍"),
        ]
    lines += [
        ln(0, c.cust.first, c.p("greet")),
        ln(1, c.cust.first, c.req),
        ln(1, c.cust.first, "<Media omitted>")
        if c.chance(0.3)
        else ln(1, c.cust.first, c.p("thanks")),
        ln(6, c.vendor, f"Hi {c.cust.first}, an agent will reply shortly."),
    ]
    return "\n".join(lines)


def k_voicemail(c: Ctx) -> str:
    """Voicemail transcript e-mail from a phone system."""
    dur = f"{c.rng.randint(0, 1)}:{c.rng.randint(10, 59):02d}"
    fill = c.choice(("um, ", "uh ", "", "so ", "yeah hi, "))
    body = (
        f"Hi, {fill}this is {c.cust.first} {c.choice(('calling', 'from ' + c.company))}. "
        f"{c.req} ... {c.choice(('you can call me back on', 'my number is'))} "
        f"{c.phone()}. Thanks, bye."
    )
    return "\n".join(
        [
            f"New voicemail from {c.phone()} ({c.cust.name})",
            f"Received: {c.short_date(c.now, 'en')}   Duration: {dur}",
            "Transcription" + c.choice((" (beta)", " (low confidence)", "")) + ":",
            body,
            "",
            "Listen to the message in the app or reply to this e-mail to call back.",
        ]
    )


def k_google_play_review(c: Ctx) -> str:
    stars = c.rng.randint(1, 4)
    helpful = c.rng.randint(0, 300)
    return "\n".join(
        [
            f"{c.cust.name}",
            f"Rated {stars} stars out of five stars",
            f"{c.now:%B} {c.now.day}, {c.now.year}",
            c.choice(("", "App keeps crashing after the update. ", "Love the app but ")) + c.req,
            f"{helpful} people found this review helpful",
            "Did you find this helpful? Yes No",
            "",
            f"{c.vendor} Ltd  " + f"{c.now:%B} {c.now.day}, {c.now.year}",
            f"Hi {c.cust.first}, sorry to hear that. Please reach out to {c.support_addr} "
            "with your account e-mail so we can help.",
        ]
    )


def k_g2_review(c: Ctx) -> str:
    return "\n".join(
        [
            f'"{c.choice(("Solid tool with a few gaps", "Good value, some friction", "Mixed"))}"',
            f"★★★{'★' if c.chance(0.5) else '☆'}☆  Reviewed by {c.cust.first} {c.cust.last[0]}., "
            f"{c.p('title', 'en')}, {c.company}",
            "What do you like best about " + c.vendor + "?",
            "Easy onboarding and the mobile app is clean.",
            "What do you dislike about " + c.vendor + "?",
            "Support response times. Still waiting on this one: " + c.req,
            "What problems is " + c.vendor + " solving and how is that benefiting you?",
            "Keeps our team in sync.",
            "Review source: Organic • Validated reviewer",
        ]
    )


def k_trustpilot_review(c: Ctx) -> str:
    stars = c.rng.randint(1, 3)
    return "\n".join(
        [
            f"{c.cust.first} {c.cust.last[0]}.",
            f"{c.lang.upper()} • {c.rng.randint(1, 9)} reviews",
            f"Rated {stars} out of 5 stars",
            c.choice(("Nobody answers", "Disappointed", "Still no help")),
            c.choice(("I've written three times. ", "Simple question, no reply. ")) + c.req,
            f"Date of experience: {c.now.strftime('%B %d, %Y')}",
            "",
            f"Reply from {c.vendor}",
            f"Hi {c.cust.first}, we're sorry for the wait. Please send your ticket number to "
            f"{c.support_addr} and we'll look into it right away.",
        ]
    )


def k_typeform(c: Ctx) -> str:
    return "\n".join(
        [
            f'New response to "{c.vendor} - Contact support"',
            "",
            "What's your name?",
            c.cust.name,
            "",
            "And your e-mail address?",
            c.cust.email,
            "",
            "Which product is this about?",
            c.choice(("Mobile app", "Smart speaker", "Web app")),
            "",
            "What can we help you with?",
            c.req,
            "",
            "How urgent is it? (1-5)",
            str(c.rng.randint(1, 5)),
            "",
            f"Submitted {c.iso(c.now)} • Response ID {c.rng.getrandbits(40):x}",
        ]
    )


def k_web_form(c: Ctx) -> str:
    ua = c.choice(
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/123.0",
        )
    )
    return "\n".join(
        [
            "New submission from Contact Us",
            "",
            f"Name: {c.cust.name}",
            f"Email: {c.cust.email}",
            f"Phone: {c.phone()}",
            f"Topic: {c.choice(('General', 'Technical support', 'Billing', 'Other'))}",
            f"Message: {c.req}",
            "",
            "---",
            f"Date: {c.short_date(c.now, 'en')}",
            f"Page URL: https://www.{c.vendor_domain}/contact",
            f"User Agent: {ua}",
            "Remote IP: 203.0.113." + str(c.rng.randint(1, 254)),
            "Powered by WPForms",
        ]
    )


def k_forum_post(c: Ctx) -> str:
    """Community forum thread: question post plus replies (first post holds the request)."""
    user = f"{slug(c.cust.first)}_{c.rng.randint(10, 9999)}"
    title = c.subject() + " - " + c.choice(("need help", "help please", "question", "?"))
    return "\n".join(
        [
            f"{c.vendor} Community › Help & Questions",
            "",
            title,
            f"{user} · Level {c.rng.randint(1, 5)} · posted {c.rng.randint(2, 23)} hours ago",
            "",
            c.req,
            "",
            c.choice(("Thanks in advance!", "Any ideas?", "")),
            f"{c.rng.randint(0, 12)} likes · {c.rng.randint(1, 6)} replies",
            "",
            f"Re: {title}",
            f"{slug(c.colleague.first)}{c.rng.randint(1, 99)} · Contributor",
            "Same here, following.",
            "",
            f"Re: {title}",
            f"{c.agent.first} ({c.vendor} Moderator)",
            "Hi! I've moved this to the right board and flagged it to the team.",
        ]
    )


def k_crm_csv_row(c: Ctx) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        ["ticket_id", "created_at", "channel", "requester_email", "subject", "body", "status"]
    )
    w.writerow(
        [
            c.ticket,
            c.iso(c.now),
            c.choice(("email", "web_form", "chat")),
            c.cust.email,
            c.subject(),
            c.req,
            "new",
        ]
    )
    return buf.getvalue().rstrip("\n")


def k_chat_jsonl(c: Ctx) -> str:
    prev = c.take_prev(0.3)
    msgs: list[dict[str, str]] = [
        {"author": "bot", "text": "Hi! What can I help you with?"},
    ]
    if prev:
        msgs += [
            {"author": "customer", "text": prev},
            {"author": "agent", "text": "Done! Anything else?"},
            {"author": "customer", "text": "yes - " + c.req},
        ]
    else:
        msgs += [
            {"author": "customer", "text": c.req},
            {"author": "bot", "text": "Thanks, an agent will join shortly."},
        ]
    t = c.now
    out = []
    for i, m in enumerate(msgs):
        m["ts"] = c.iso(t + timedelta(seconds=40 * i))
        m["conversation_id"] = str(c.ticket)
        out.append(json.dumps(m, ensure_ascii=False))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str
    family: str  # "email", "helpdesk" or "other"
    weight: float
    fn: Callable[[Ctx], str]


KINDS: tuple[Kind, ...] = (
    Kind("email_plain", "email", 4, k_email_plain),
    Kind("email_signature_long", "email", 3, k_email_signature_long),
    Kind("email_mobile", "email", 3, k_email_mobile),
    Kind("email_disclaimer", "email", 3, k_email_disclaimer),
    Kind("email_html_residue", "email", 2.5, k_email_html_residue),
    Kind("email_reply_top_gmail", "email", 3.5, k_reply_top_gmail),
    Kind("email_reply_top_outlook", "email", 3.5, k_reply_top_outlook),
    Kind("email_reply_bottom_inline", "email", 3, k_reply_bottom_inline),
    Kind("email_forward_shared", "email", 3, k_forward_shared),
    Kind("email_forward_colleague", "email", 3, k_forward_colleague),
    Kind("helpdesk_zendesk_newest_first", "helpdesk", 3.5, k_zendesk_newest_first),
    Kind("helpdesk_freshdesk_oldest_first", "helpdesk", 3.5, k_freshdesk_oldest_first),
    Kind("helpdesk_autoreply_ack", "helpdesk", 3, k_autoreply_ack),
    Kind("chat_livechat_bot", "other", 2.7, k_livechat_bot),
    Kind("chat_slack_thread", "other", 2.7, k_slack_thread),
    Kind("call_notes", "other", 2.7, k_call_notes),
    Kind("review_app_store", "other", 2.03, k_app_store_review),
    Kind("survey_nps", "other", 2.03, k_nps_survey),
    Kind("export_crm_json", "other", 2.7, k_crm_json),
    Kind("sms", "other", 2.03, k_sms),
    Kind("email_forward_nested", "email", 2.5, k_forward_nested),
    Kind("email_raw_headers", "email", 2, k_raw_headers),
    Kind("email_mime_multipart", "email", 1.5, k_mime_multipart),
    Kind("email_bounce_forwarded", "email", 1.5, k_bounce),
    Kind("email_out_of_office_thread", "email", 1.5, k_ooo_in_thread),
    Kind("email_small_talk", "email", 2.5, k_small_talk),
    Kind("email_subject_only", "email", 1.5, k_subject_only),
    Kind("email_external_banner", "email", 2, k_external_banner),
    Kind("email_reply_details_only", "email", 2.5, k_reply_details_only),
    Kind("email_newsletter_reply", "email", 1.5, k_newsletter_reply),
    Kind("email_reply_outlook_deep", "email", 2.5, k_reply_outlook_deep),
    Kind("helpdesk_intercom_export", "helpdesk", 2.5, k_intercom_export),
    Kind("helpdesk_helpscout_notification", "helpdesk", 2.5, k_helpscout),
    Kind("helpdesk_jira_sm_notification", "helpdesk", 2.5, k_jira_sm),
    Kind("helpdesk_salesforce_case", "helpdesk", 2.5, k_salesforce_case),
    Kind("helpdesk_hubspot_ticket", "helpdesk", 2, k_hubspot_ticket),
    Kind("helpdesk_merged_ticket", "helpdesk", 2, k_merged_ticket),
    Kind("helpdesk_internal_note", "helpdesk", 2.5, k_internal_note),
    Kind("helpdesk_csat_reply", "helpdesk", 2.5, k_csat_reply),
    Kind("chat_livechat_agent", "other", 2.03, k_livechat_agent),
    Kind("chat_teams", "other", 1.62, k_teams_chat),
    Kind("chat_whatsapp_export", "other", 1.62, k_whatsapp_export),
    Kind("voicemail_transcript", "other", 1.62, k_voicemail),
    Kind("review_google_play", "other", 1.35, k_google_play_review),
    Kind("review_g2", "other", 1.08, k_g2_review),
    Kind("review_trustpilot", "other", 1.35, k_trustpilot_review),
    Kind("survey_typeform", "other", 1.35, k_typeform),
    Kind("form_web_submission", "other", 2.03, k_web_form),
    Kind("forum_post", "other", 1.35, k_forum_post),
    Kind("export_crm_csv_row", "other", 1.35, k_crm_csv_row),
    Kind("export_chat_jsonl", "other", 1.35, k_chat_jsonl),
)


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def make_person(rng: Random, lang: str, domain: str | None = None) -> Person:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    f, la = slug(first), slug(last)
    if domain is None:
        local = rng.choice(
            (f"{f}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{f}_{la}")
        )
        domain = rng.choice(FREEMAIL[lang])
    else:
        local = rng.choice((f"{f}.{la}", f"{f[0]}.{la}", f"{f}"))
    return Person(first, last, f"{local}@{domain}")


def make_ctx(rng: Random, req: str, prev: str | None) -> Ctx:
    langs = list(LANG_WEIGHTS)
    lang = rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]
    vname, vdom, vbox = rng.choice(VENDORS[lang])
    comp, cdom, caddr = rng.choice(COMPANIES[lang])
    business = rng.random() < 0.5
    cust = make_person(rng, lang, cdom if business else None)
    colleague = make_person(rng, lang, cdom)
    while colleague.last == cust.last:
        colleague = make_person(rng, lang, cdom)
    agent = make_person(rng, lang, vdom)
    while agent.last in (cust.last, colleague.last):
        agent = make_person(rng, lang, vdom)
    base = datetime(2024, 1, 8, tzinfo=UTC)
    now = base + timedelta(minutes=rng.randint(0, 60 * 24 * 600))
    ticket = rng.randint(10000, 999999)
    c = Ctx(
        rng=rng,
        lang=lang,
        req=req,
        prev=prev,
        cust=cust,
        agent=agent,
        colleague=colleague,
        vendor=vname,
        vendor_domain=vdom,
        support_addr=f"{vbox}@{vdom}",
        company=comp,
        company_domain=cdom,
        company_addr=caddr,
        now=now,
        ticket=ticket,
    )
    c.fields = SafeDict(
        vendor=vname,
        name=cust.first,
        agent=agent.name,
        colleague=colleague.first,
        ticket=str(ticket),
        back=c.day_date(now + timedelta(days=rng.randint(3, 14))),
    )
    return c


@dataclass
class Record:
    index: int
    wrapped: bool
    kind: str
    lang: str
    request: str
    typo: bool
    used_prev: bool
    prev_label: str


def pick_prev(
    rng: Random, pool: list[tuple[str, str]], text: str, label: str, oos: str | None
) -> tuple[str, str] | None:
    """Another row's request (different label, never the OOS label) for history."""
    low = text.lower().strip()
    for _ in range(12):
        t, lab = rng.choice(pool)
        tl = t.lower().strip()
        if lab == label or (oos is not None and lab == oos) or not tl:
            continue
        if tl in low or low in tl:
            continue
        return " ".join(t.split()), lab
    return None


def wrap_row(
    rng: Random,
    kinds: tuple[Kind, ...],
    weights: list[float],
    req: str,
    prev: tuple[str, str] | None,
) -> tuple[str, Ctx, Kind]:
    for _ in range(6):
        kind = rng.choices(kinds, weights=weights)[0]
        c = make_ctx(rng, req, prev[0] if prev else None)
        text = kind.fn(c)
        if req in text and not (c.used_prev and prev and req in prev[0]):
            return text, c, kind
    fallback = kinds[0]
    c = make_ctx(rng, req, None)
    return fallback.fn(c), c, fallback


def generate(
    rows: list[dict[str, str]],
    text_col: str,
    label_col: str,
    share: float,
    typo_share: float,
    seed: int,
    oos: str | None,
) -> tuple[list[dict[str, str]], list[Record]]:
    rng = Random(seed)
    pool = [(r[text_col], r[label_col]) for r in rows if r[text_col].strip()]
    weights = [k.weight for k in KINDS]
    out: list[dict[str, str]] = []
    recs: list[Record] = []
    for i, row in enumerate(rows):
        text, label = row[text_col], row[label_col]
        new = dict(row)
        if text.strip() and rng.random() < share:
            req, typo = vary_request(rng, text, typo_share)
            prev = pick_prev(rng, pool, text, label, oos) if pool else None
            wrapped, c, kind = wrap_row(rng, KINDS, weights, req, prev)
            new[text_col] = wrapped
            recs.append(
                Record(
                    i,
                    True,
                    kind.name,
                    c.lang,
                    req,
                    typo,
                    c.used_prev,
                    prev[1] if (prev and c.used_prev) else "",
                )
            )
        else:
            typo = bool(text.strip()) and rng.random() < typo_share
            if typo:
                new[text_col] = add_typo(rng, text)
            recs.append(Record(i, False, "-", "-", new[text_col], typo, False, ""))
        out.append(new)
    return out, recs


# --------------------------------------------------------------------------------------------
# I/O and verification
# --------------------------------------------------------------------------------------------


def read_rows(path: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        return fields, [dict(r) for r in reader]


def write_rows(path: str, fields: list[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def verify(
    path: str,
    text_col: str,
    label_col: str,
    src: list[dict[str, str]],
    recs: list[Record],
    oos: str | None,
) -> bool:
    _, back = read_rows(path)
    problems: list[str] = []
    if len(back) != len(src):
        problems.append(f"row count {len(back)} != {len(src)}")
    for rec, a, b in zip(recs, src, back, strict=False):
        if a[label_col] != b[label_col]:
            problems.append(f"row {rec.index}: label changed")
        if rec.wrapped and rec.request not in b[text_col]:
            problems.append(f"row {rec.index}: request missing ({rec.kind})")
        if not rec.wrapped and b[text_col] != rec.request:
            problems.append(f"row {rec.index}: unwrapped text changed unexpectedly")
        if oos is not None and rec.prev_label == oos:
            problems.append(f"row {rec.index}: OOS request used as history")
    wrapped = [r for r in recs if r.wrapped]
    kinds = Counter(r.kind for r in wrapped)
    fams = Counter(k.family for r in wrapped for k in KINDS if k.name == r.kind)
    langs = Counter(r.lang for r in wrapped)
    print("per-kind counts:")
    for name, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {name:34s} {n:6d}")
    nw = max(1, len(wrapped))
    print("families: " + ", ".join(f"{f}={n} ({n / nw:.0%})" for f, n in fams.most_common()))
    print("languages: " + ", ".join(f"{lg}={n}" for lg, n in langs.most_common()))
    print(
        f"summary: rows={len(recs)} wrapped={len(wrapped)} ({len(wrapped) / max(1, len(recs)):.1%})"
        f" kinds_used={len(kinds)}/{len(KINDS)} with_history_request="
        f"{sum(r.used_prev for r in wrapped)} typos_wrapped={sum(r.typo for r in wrapped)} "
        f"typos_unwrapped={sum(r.typo for r in recs if not r.wrapped)} problems={len(problems)}"
    )
    for p in problems[:20]:
        print("  PROBLEM:", p)
    return not problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("inp", metavar="IN.csv")
    ap.add_argument("out", metavar="OUT.csv")
    ap.add_argument("--share", type=float, default=0.75)
    ap.add_argument("--typo-share", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--oos-label", default=None)
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.monotonic()
    fields, rows = read_rows(a.inp)
    for col in (a.text_col, a.label_col):
        if col not in fields:
            print(f"error: column {col!r} not in {fields}", file=sys.stderr)
            return 2
    out, recs = generate(rows, a.text_col, a.label_col, a.share, a.typo_share, a.seed, a.oos_label)
    write_rows(a.out, fields, out)
    nw = sum(r.wrapped for r in recs)
    print(f"wrote {a.out}: {len(out)} rows, {nw} wrapped ({time.monotonic() - t0:.1f}s)")
    if a.verify:
        ok = verify(a.out, a.text_col, a.label_col, rows, recs, a.oos_label)
        print("verify: OK" if ok else "verify: FAILED")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
