"""Blind channel wrapper 15.

Wraps short customer request texts (e.g. "play some jazz") in envelopes the
way real channels deliver them: e-mail replies and forwards from many clients
and languages, helpdesk and CRM exports, live chat and bot hand-offs, call and
meeting transcripts, reviews, surveys, forum threads, social media, messaging
apps, voicemail, in-app widget payloads, record exports and issue trackers.
The output is used to measure, blind, how well a product recovers the request.

This wrapper was written without reading the product's code, tests, docs or
any other wrapper; the envelopes come from general knowledge of how e-mail
clients, helpdesks, chat tools, survey tools, review sites, CRMs and
voice/meeting tools format messages.

Run (from the repository root):

    python bench/blind_wrap_15.py IN.csv OUT.csv [--share 0.75]
        [--typo-share 0.2] [--seed 15] [--text-col text] [--label-col label]
        [--oos-label LABEL] [--verify]

IN.csv needs a header row with a text and a label column. OUT.csv keeps all
columns and the row order; for a seeded random `share` of rows the text is
replaced by a wrapped message containing the request (with at most one typo,
a capitalisation change and/or different trailing punctuation). Earlier
requests quoted in history come from other rows with a different label and
never from the --oos-label rows. --verify re-reads OUT.csv and checks it.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

LANGS = ["en", "de", "fr", "es", "nl", "pt", "it", "sv", "pl", "da", "fi"]
LANG_WEIGHTS = [30, 9, 8, 8, 7, 6, 7, 6, 7, 6, 6]

FIRST = {
    "en": ["Emma", "Oliver", "Priya", "James", "Chloe", "Marcus", "Aisha", "Liam"]
    + ["Grace", "Tom", "Hannah", "Daniel", "Siobhan", "Kwame", "Rachel", "Ben"],
    "de": ["Lukas", "Anna", "Jonas", "Sophie", "Felix", "Marie", "Katrin"]
    + ["Tobias", "Lena", "Jürgen", "Sabine", "Moritz"],
    "fr": ["Camille", "Julien", "Manon", "Théo", "Élodie", "Nicolas", "Chloé"]
    + ["Mathieu", "Inès", "Hugo", "Sandrine", "Benoît"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Álvaro", "Sofía"]
    + ["Diego", "Elena", "Raúl", "Nuria", "Iñaki"],
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Jeroen", "Femke", "Sem", "Eline"]
    + ["Ruben", "Anouk", "Wouter", "Marloes"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo"]
    + ["Ana", "Pedro", "Carolina", "Filipa", "Nuno"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"]
    + ["Alessandra", "Davide", "Sara", "Paolo", "Federica", "Gianluca"],
    "sv": ["Erik", "Astrid", "Johan", "Elin", "Oskar", "Maja", "Karin", "Nils"]
    + ["Ingrid", "Linnea", "Björn", "Sofia"],
    "pl": ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł"]
    + ["Zofia", "Michał", "Ewa", "Krzysztof", "Joanna", "Łukasz"],
    "da": ["Mads", "Freja", "Rasmus", "Ida", "Søren", "Mette", "Frederik"]
    + ["Camilla", "Jens", "Louise", "Anders", "Signe"],
    "fi": ["Aino", "Mikko", "Laura", "Juha", "Elina", "Ville", "Sanna", "Antti"]
    + ["Noora", "Teemu", "Riikka", "Jussi"],
}
LAST = {
    "en": ["Walsh", "Patel", "Okafor", "Thompson", "Hughes", "Bennett", "Clarke"]
    + ["Murphy", "Reid", "Shah", "Fletcher", "Doyle"],
    "de": ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann"]
    + ["Schäfer", "Koch", "Richter", "Neumann", "Krüger"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent"]
    + ["Girard", "Roux", "Fontaine", "Chevalier", "Mercier"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero"]
    + ["Navarro", "Torres", "Ruiz", "Iglesias", "Ortega"],
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit"]
    + ["Meijer", "de Boer", "Mulder", "van den Berg", "Kok"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa"]
    + ["Rodrigues", "Martins", "Sousa", "Gonçalves", "Lopes"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"]
    + ["Colombo", "Ricci", "Marino", "Greco", "Conti"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson"]
    + ["Larsson", "Lindqvist", "Berg", "Holm", "Sjöberg"],
    "pl": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska"]
    + ["Lewandowski", "Zielińska", "Szymański", "Dąbrowska", "Mazur"],
    "da": ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen"]
    + ["Christensen", "Larsen", "Sørensen", "Rasmussen", "Madsen"],
    "fi": ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä"]
    + ["Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen"],
}
CITY = {
    "en": ["Manchester", "Leeds", "Bristol", "Dublin", "Edinburgh", "London"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Stuttgart"],
    "fr": ["Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza"],
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro"],
    "it": ["Milano", "Torino", "Bologna", "Roma", "Firenze", "Napoli"],
    "sv": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Lund"],
    "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"],
    "da": ["København", "Aarhus", "Odense", "Aalborg", "Roskilde"],
    "fi": ["Helsinki", "Tampere", "Turku", "Oulu", "Espoo", "Jyväskylä"],
}
STREET = {
    "en": "{n} {s} Street",
    "de": "{s}straße {n}",
    "fr": "{n} rue {s}",
    "es": "Calle {s} {n}",
    "nl": "{s}straat {n}",
    "pt": "Rua {s}, {n}",
    "it": "Via {s} {n}",
    "sv": "{s}gatan {n}",
    "pl": "ul. {s} {n}",
    "da": "{s}gade {n}",
    "fi": "{s}katu {n}",
}
STREET_STEM = ["Linden", "Victoria", "Garibaldi", "Mayor", "Kerk", "Storgatan"]
STREET_STEM += ["Haupt", "Nowa", "Nørre", "Itäinen", "Augusta", "Pasteur"]
PHONE = {
    "en": "+44 20 7946 {d4}",
    "de": "+49 30 {d4}{d3}",
    "fr": "+33 1 {d2} {d2} {d2} {d2}",
    "es": "+34 91 {d3} {d2} {d2}",
    "nl": "+31 20 {d3} {d4}",
    "pt": "+351 21 {d3} {d4}",
    "it": "+39 02 {d4} {d4}",
    "sv": "+46 8 {d3} {d2} {d2}",
    "pl": "+48 22 {d3} {d2} {d2}",
    "da": "+45 {d2} {d2} {d2} {d2}",
    "fi": "+358 9 {d3} {d4}",
}
MAILHOST = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["hotmail.es", "telefonica.net", "gmail.com", "yahoo.es"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com"],
    "da": ["mail.dk", "gmail.com", "hotmail.dk", "live.dk"],
    "fi": ["elisanet.fi", "gmail.com", "luukku.com", "outlook.com"],
}
COMPANY_STEM = ["Harbour & Finch", "Bluegate", "Nordlicht", "Atelier Vauban"]
COMPANY_STEM += ["Grupo Alcor", "Vlietland", "Casa Ribeiro", "Officine Lario"]
COMPANY_STEM += ["Fjällräven Konsult", "Baltyk Trans", "Skovhus", "Kuusi Partners"]
COMPANY_STEM += ["Redwood Dental", "Kranich Logistik", "Maison Perrin", "Tramontana"]
COMPANY_SUFFIX = {
    "en": ["Ltd", "LLP", "Group"],
    "de": ["GmbH", "GmbH & Co. KG", "AG"],
    "fr": ["SAS", "SARL"],
    "es": ["S.L.", "S.A."],
    "nl": ["B.V.", "N.V."],
    "pt": ["Lda.", "S.A."],
    "it": ["S.r.l.", "S.p.A."],
    "sv": ["AB"],
    "pl": ["sp. z o.o.", "S.A."],
    "da": ["ApS", "A/S"],
    "fi": ["Oy", "Oyj"],
}
TITLES = ["Office Manager", "Head of Operations", "IT Administrator"]
TITLES += ["Procurement Lead", "Project Manager", "Managing Director"]
TITLES += ["Facilities Coordinator", "Finance Assistant", "Customer Success Lead"]
TITLES_LOC = {
    "de": ["Leitung Einkauf", "Geschäftsführer", "IT-Leiter", "Assistenz der GF"],
    "fr": ["Responsable des achats", "Directeur général", "Chef de projet"],
    "es": ["Jefe de proyecto", "Director de operaciones", "Responsable de compras"],
    "nl": ["Teamleider", "Inkoper", "Office manager", "Directeur"],
    "pt": ["Gestor de projeto", "Diretora financeira", "Responsável de compras"],
    "it": ["Responsabile acquisti", "Amministratore delegato", "Project manager"],
    "sv": ["Inköpsansvarig", "VD", "IT-ansvarig", "Kontorschef"],
    "pl": ["Kierownik biura", "Dyrektor operacyjny", "Specjalista ds. zakupów"],
    "da": ["Indkøbschef", "Administrerende direktør", "Projektleder"],
    "fi": ["Toimistopäällikkö", "Toimitusjohtaja", "Hankintapäällikkö"],
}
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "pt": "PT"}
COUNTRY |= {"it": "IT", "sv": "SE", "pl": "PL", "da": "DK", "fi": "FI"}

WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "da": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
}
MON = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "da": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    "fi": "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu",
}
WROTE = {
    "en": "On {wd}, {mon} {d}, {y} at {h12}:{mi} {ap} {name} <{email}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {hh}:{mi} Uhr schrieb {name} <{email}>:",
    "fr": "Le {wd} {d} {mon} {y} à {hh}:{mi}, {name} <{email}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {hh}:{mi}, {name} (<{email}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {hh}:{mi} schreef {name} <{email}>:",
    "pt": "{wd}, {d} de {mon} de {y} às {hh}:{mi}, {name} <{email}> escreveu:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {hh}:{mi} {name} <{email}> ha scritto:",
    "sv": "Den {wd} {d} {mon} {y} kl {hh}:{mi} skrev {name} <{email}>:",
    "pl": "{wd} {d} {mon} {y} o {hh}:{mi} {name} <{email}> napisał(a):",
    "da": "Den {wd} {d}. {mon} {y} kl. {hh}.{mi} skrev {name} <{email}>:",
    "fi": "{wd} {d}.{m}.{y} klo {hh}.{mi} {name} ({email}) kirjoitti:",
}
WROTE_ALT = [
    "On {d} {mon} {y}, at {hh}:{mi}, {name} <{email}> wrote:",
    "On {dd}/{mm}/{y} {hh}:{mi}, {name} wrote:",
    "{name} <{email}> schrieb am {dd}.{mm}.{y} um {hh}:{mi}:",
    "On {y}-{mm}-{dd} {hh}:{mi}, {name} wrote:",
]
NUMDATE = {
    "en": "{wdl}, {monl} {d}, {y} {h12}:{mi} {ap}",
    "de": "{dd}.{mm}.{y} {hh}:{mi}",
    "fr": "{dd}/{mm}/{y} {hh}:{mi}",
    "es": "{dd}/{mm}/{y} {hh}:{mi}",
    "nl": "{dd}-{mm}-{y} {hh}:{mi}",
    "pt": "{dd}/{mm}/{y} {hh}:{mi}",
    "it": "{dd}/{mm}/{y} {hh}:{mi}",
    "sv": "{y}-{mm}-{dd} {hh}:{mi}",
    "pl": "{dd}.{mm}.{y} {hh}:{mi}",
    "da": "{dd}-{mm}-{y} {hh}:{mi}",
    "fi": "{d}.{m}.{y} {hh}.{mi}",
}
DATEONLY = {
    "en": "{d} {monl}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "pt": "{dd}/{mm}/{y}",
    "it": "{dd}/{mm}/{y}",
    "sv": "{y}-{mm}-{dd}",
    "pl": "{dd}.{mm}.{y}",
    "da": "{dd}.{mm}.{y}",
    "fi": "{d}.{m}.{y}",
}
WD_LONG_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WD_LONG_EN += ["Saturday", "Sunday"]
MON_LONG_EN = ["January", "February", "March", "April", "May", "June", "July"]
MON_LONG_EN += ["August", "September", "October", "November", "December"]
OL = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
}

LOC: dict[str, dict[str, object]] = {
    "en": {
        "fwd": "---------- Forwarded message ---------",
        "orig": "-----Original Message-----",
        "iphone": "Sent from my iPhone",
        "android": "Sent from Outlook for Android",
        "hi": "Hi {n},",
        "hi_all": "Hi team,",
        "bye": ["Best regards", "Kind regards", "Thanks", "Cheers", "Best"],
        "disc": "This e-mail and any attachments are confidential and intended"
        " solely for the addressee. If you have received it in error, please"
        " notify the sender immediately and delete it.",
        "env": "Please consider the environment before printing this e-mail.",
        "att": "Attachments",
        "fyi": [
            "FYI – see below.",
            "Can you take this one? Customer wrote to me directly.",
            "Forwarding, not sure who owns this.",
            "Another one for the queue, thanks!",
        ],
        "ooo": "Thank you for your message. I am out of the office until {date}"
        " with limited access to e-mail. For urgent matters please contact"
        " {alt}.",
        "ack": "Thank you for contacting {vendor}. We have received your message"
        " and a member of our team will get back to you within {h} hours."
        " Your reference number is {ref}.",
        "subj": ["Question", "Help please", "Quick question", "Support request"],
        "re": "Re",
        "fw": "Fwd",
    },
    "de": {
        "fwd": "---------- Weitergeleitete Nachricht ---------",
        "orig": "-----Ursprüngliche Nachricht-----",
        "iphone": "Von meinem iPhone gesendet",
        "android": "Von Outlook für Android gesendet",
        "hi": "Hallo {n},",
        "hi_all": "Hallo zusammen,",
        "bye": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "LG"],
        "disc": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht"
        " der richtige Adressat sind oder diese E-Mail irrtümlich erhalten"
        " haben, informieren Sie bitte sofort den Absender und vernichten Sie"
        " diese E-Mail.",
        "env": "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
        "att": "Anhänge",
        "fyi": [
            "Zur Info – siehe unten.",
            "Kannst du das bitte übernehmen? Kam direkt bei mir an.",
            "Leite ich mal weiter, weiß nicht, wer zuständig ist.",
            "Noch einer für die Queue, danke!",
        ],
        "ooo": "Vielen Dank für Ihre Nachricht. Ich bin bis zum {date} nicht im"
        " Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In"
        " dringenden Fällen wenden Sie sich bitte an {alt}.",
        "ack": "Vielen Dank für Ihre Anfrage bei {vendor}. Wir haben Ihre"
        " Nachricht erhalten und melden uns innerhalb von {h} Stunden. Ihre"
        " Referenznummer lautet {ref}.",
        "subj": ["Frage", "Anfrage", "Kurze Frage", "Support-Anfrage"],
        "re": "AW",
        "fw": "WG",
    },
    "fr": {
        "fwd": "---------- Message transféré ---------",
        "orig": "-----Message d'origine-----",
        "iphone": "Envoyé de mon iPhone",
        "android": "Envoyé à partir de Outlook pour Android",
        "hi": "Bonjour {n},",
        "hi_all": "Bonjour à tous,",
        "bye": ["Cordialement", "Bien à vous", "Merci d'avance", "Bonne journée"],
        "disc": "Ce message et ses pièces jointes sont confidentiels et destinés"
        " exclusivement à leurs destinataires. Si vous avez reçu ce message par"
        " erreur, merci d'en avertir immédiatement l'expéditeur et de le"
        " détruire.",
        "env": "Merci de penser à l'environnement avant d'imprimer cet e-mail.",
        "att": "Pièces jointes",
        "fyi": [
            "Pour info, voir ci-dessous.",
            "Tu peux prendre celui-ci ? Le client m'a écrit directement.",
            "Je transfère, je ne sais pas qui s'en occupe.",
            "Encore un pour la file, merci !",
        ],
        "ooo": "Merci pour votre message. Je suis absent(e) jusqu'au {date} avec"
        " un accès limité à mes e-mails. Pour toute urgence, veuillez contacter"
        " {alt}.",
        "ack": "Merci d'avoir contacté {vendor}. Nous avons bien reçu votre"
        " message et un membre de notre équipe vous répondra sous {h} heures."
        " Votre numéro de référence est {ref}.",
        "subj": ["Question", "Demande", "Petite question", "Demande d'assistance"],
        "re": "RE",
        "fw": "TR",
    },
    "es": {
        "fwd": "---------- Mensaje reenviado ---------",
        "orig": "-----Mensaje original-----",
        "iphone": "Enviado desde mi iPhone",
        "android": "Enviado desde Outlook para Android",
        "hi": "Hola {n}:",
        "hi_all": "Hola equipo:",
        "bye": ["Saludos", "Un saludo", "Gracias de antemano", "Atentamente"],
        "disc": "Este mensaje y sus archivos adjuntos son confidenciales y están"
        " dirigidos exclusivamente a su destinatario. Si lo ha recibido por"
        " error, le rogamos que lo comunique al remitente y lo elimine.",
        "env": "Antes de imprimir este correo, piense en el medio ambiente.",
        "att": "Archivos adjuntos",
        "fyi": [
            "Para tu información, ver abajo.",
            "¿Puedes encargarte de este? El cliente me escribió directamente.",
            "Lo reenvío, no sé quién lo lleva.",
            "Otro más para la cola, ¡gracias!",
        ],
        "ooo": "Gracias por su mensaje. Estaré fuera de la oficina hasta el"
        " {date} con acceso limitado al correo. Para asuntos urgentes, contacte"
        " con {alt}.",
        "ack": "Gracias por contactar con {vendor}. Hemos recibido su mensaje y"
        " un miembro de nuestro equipo le responderá en un plazo de {h} horas."
        " Su número de referencia es {ref}.",
        "subj": ["Consulta", "Pregunta", "Duda rápida", "Solicitud de soporte"],
        "re": "RE",
        "fw": "RV",
    },
    "nl": {
        "fwd": "---------- Doorgestuurd bericht ---------",
        "orig": "-----Oorspronkelijk bericht-----",
        "iphone": "Verstuurd vanaf mijn iPhone",
        "android": "Verzonden vanuit Outlook voor Android",
        "hi": "Hoi {n},",
        "hi_all": "Hoi allemaal,",
        "bye": ["Met vriendelijke groet", "Groetjes", "Alvast bedankt", "Mvg"],
        "disc": "Dit bericht is uitsluitend bestemd voor de geadresseerde en kan"
        " vertrouwelijke informatie bevatten. Als u dit bericht per vergissing"
        " heeft ontvangen, wordt u verzocht de afzender te informeren en het"
        " bericht te verwijderen.",
        "env": "Denk aan het milieu voordat u deze e-mail print.",
        "att": "Bijlagen",
        "fyi": [
            "Ter info, zie hieronder.",
            "Kun jij deze oppakken? Klant mailde mij rechtstreeks.",
            "Stuur ik even door, weet niet wie dit oppakt.",
            "Nog eentje voor de queue, thanks!",
        ],
        "ooo": "Bedankt voor uw bericht. Ik ben tot {date} afwezig en heb beperkt"
        " toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen"
        " met {alt}.",
        "ack": "Bedankt voor uw bericht aan {vendor}. We hebben uw bericht"
        " ontvangen en reageren binnen {h} uur. Uw referentienummer is {ref}.",
        "subj": ["Vraag", "Verzoek", "Korte vraag", "Supportvraag"],
        "re": "RE",
        "fw": "FW",
    },
    "pt": {
        "fwd": "---------- Mensagem encaminhada ---------",
        "orig": "-----Mensagem original-----",
        "iphone": "Enviado do meu iPhone",
        "android": "Enviado do Outlook para Android",
        "hi": "Olá {n},",
        "hi_all": "Olá equipa,",
        "bye": ["Cumprimentos", "Obrigado", "Com os melhores cumprimentos"],
        "disc": "Esta mensagem e os seus anexos são confidenciais e destinam-se"
        " exclusivamente ao destinatário. Se recebeu esta mensagem por engano,"
        " por favor informe o remetente e elimine-a.",
        "env": "Antes de imprimir este e-mail, pense no ambiente.",
        "att": "Anexos",
        "fyi": [
            "Para conhecimento, ver abaixo.",
            "Podes pegar neste? O cliente escreveu-me diretamente.",
            "Reencaminho, não sei quem trata disto.",
            "Mais um para a fila, obrigado!",
        ],
        "ooo": "Obrigado pela sua mensagem. Estou ausente do escritório até"
        " {date}, com acesso limitado ao e-mail. Para assuntos urgentes,"
        " contacte {alt}.",
        "ack": "Obrigado por contactar a {vendor}. Recebemos a sua mensagem e um"
        " membro da nossa equipa responderá dentro de {h} horas. O seu número"
        " de referência é {ref}.",
        "subj": ["Dúvida", "Pedido", "Pergunta rápida", "Pedido de suporte"],
        "re": "RE",
        "fw": "ENC",
    },
    "it": {
        "fwd": "---------- Messaggio inoltrato ---------",
        "orig": "-----Messaggio originale-----",
        "iphone": "Inviato da iPhone",
        "android": "Inviato da Outlook per Android",
        "hi": "Ciao {n},",
        "hi_all": "Ciao a tutti,",
        "bye": ["Cordiali saluti", "Saluti", "Grazie mille", "Buona giornata"],
        "disc": "Il presente messaggio e gli eventuali allegati sono riservati e"
        " destinati esclusivamente al destinatario. Se avete ricevuto questo"
        " messaggio per errore, vi preghiamo di informare il mittente e di"
        " cancellarlo.",
        "env": "Prima di stampare, pensa all'ambiente.",
        "att": "Allegati",
        "fyi": [
            "Per conoscenza, vedi sotto.",
            "Puoi occupartene tu? Il cliente ha scritto direttamente a me.",
            "Inoltro, non so chi se ne occupa.",
            "Un altro per la coda, grazie!",
        ],
        "ooo": "Grazie per il messaggio. Sono fuori ufficio fino al {date} con"
        " accesso limitato alla posta. Per urgenze contattare {alt}.",
        "ack": "Grazie per aver contattato {vendor}. Abbiamo ricevuto il tuo"
        " messaggio e un membro del nostro team ti risponderà entro {h} ore."
        " Il tuo numero di riferimento è {ref}.",
        "subj": ["Domanda", "Richiesta", "Domanda veloce", "Richiesta assistenza"],
        "re": "R",
        "fw": "I",
    },
    "sv": {
        "fwd": "---------- Vidarebefordrat meddelande ---------",
        "orig": "-----Ursprungligt meddelande-----",
        "iphone": "Skickat från min iPhone",
        "android": "Skickat från Outlook för Android",
        "hi": "Hej {n},",
        "hi_all": "Hej allihop,",
        "bye": ["Med vänliga hälsningar", "Vänliga hälsningar", "Mvh", "Tack"],
        "disc": "Detta e-postmeddelande kan innehålla konfidentiell information"
        " och är endast avsett för adressaten. Om du fått detta meddelande av"
        " misstag, vänligen meddela avsändaren och radera det.",
        "env": "Tänk på miljön innan du skriver ut detta e-postmeddelande.",
        "att": "Bilagor",
        "fyi": [
            "FYI, se nedan.",
            "Kan du ta den här? Kunden mejlade mig direkt.",
            "Skickar vidare, vet inte vem som äger det här.",
            "En till för kön, tack!",
        ],
        "ooo": "Tack för ditt meddelande. Jag är borta till och med {date} med"
        " begränsad tillgång till e-post. Vid brådskande ärenden, kontakta"
        " {alt}.",
        "ack": "Tack för att du kontaktade {vendor}. Vi har tagit emot ditt"
        " meddelande och återkommer inom {h} timmar. Ditt ärendenummer är"
        " {ref}.",
        "subj": ["Fråga", "Förfrågan", "Snabb fråga", "Supportärende"],
        "re": "SV",
        "fw": "VB",
    },
    "pl": {
        "fwd": "---------- Przekazana wiadomość ---------",
        "orig": "-----Wiadomość oryginalna-----",
        "iphone": "Wysłane z iPhone'a",
        "android": "Wysłane z aplikacji Outlook dla systemu Android",
        "hi": "Dzień dobry {n},",
        "hi_all": "Cześć wszystkim,",
        "bye": ["Pozdrawiam", "Z poważaniem", "Dziękuję z góry", "Pozdrawiam serd."],
        "disc": "Ta wiadomość i jej załączniki są poufne i przeznaczone"
        " wyłącznie dla adresata. Jeśli otrzymali Państwo tę wiadomość przez"
        " pomyłkę, prosimy o poinformowanie nadawcy i jej usunięcie.",
        "env": "Zanim wydrukujesz tę wiadomość, pomyśl o środowisku.",
        "att": "Załączniki",
        "fyi": [
            "Do wiadomości, poniżej.",
            "Możesz to przejąć? Klient napisał bezpośrednio do mnie.",
            "Przekazuję dalej, nie wiem, kto się tym zajmuje.",
            "Kolejne do kolejki, dzięki!",
        ],
        "ooo": "Dziękuję za wiadomość. Jestem poza biurem do {date} z"
        " ograniczonym dostępem do poczty. W pilnych sprawach proszę"
        " kontaktować się z {alt}.",
        "ack": "Dziękujemy za kontakt z {vendor}. Otrzymaliśmy Twoją wiadomość i"
        " odpowiemy w ciągu {h} godzin. Numer referencyjny: {ref}.",
        "subj": ["Pytanie", "Prośba", "Szybkie pytanie", "Zgłoszenie"],
        "re": "Odp",
        "fw": "PD",
    },
    "da": {
        "fwd": "---------- Videresendt besked ----------",
        "orig": "-----Oprindelig meddelelse-----",
        "iphone": "Sendt fra min iPhone",
        "android": "Sendt fra Outlook til Android",
        "hi": "Hej {n},",
        "hi_all": "Hej alle,",
        "bye": ["Med venlig hilsen", "Venlig hilsen", "Tak på forhånd", "Mvh"],
        "disc": "Denne e-mail kan indeholde fortrolige oplysninger og er kun"
        " beregnet til modtageren. Hvis du har modtaget den ved en fejl, bedes"
        " du underrette afsenderen og slette den.",
        "env": "Tænk på miljøet, før du printer denne e-mail.",
        "att": "Vedhæftede filer",
        "fyi": [
            "FYI, se nedenfor.",
            "Kan du tage denne? Kunden skrev direkte til mig.",
            "Sender videre, ved ikke hvem der ejer den.",
            "En mere til køen, tak!",
        ],
        "ooo": "Tak for din besked. Jeg er ikke på kontoret før {date} og har"
        " begrænset adgang til e-mail. I hastende tilfælde kontakt venligst"
        " {alt}.",
        "ack": "Tak fordi du kontaktede {vendor}. Vi har modtaget din besked og"
        " vender tilbage inden for {h} timer. Dit referencenummer er {ref}.",
        "subj": ["Spørgsmål", "Henvendelse", "Hurtigt spørgsmål", "Support"],
        "re": "SV",
        "fw": "VS",
    },
    "fi": {
        "fwd": "---------- Välitetty viesti ---------",
        "orig": "-----Alkuperäinen viesti-----",
        "iphone": "Lähetetty iPhonesta",
        "android": "Lähetetty Outlook for Android -sovelluksesta",
        "hi": "Hei {n},",
        "hi_all": "Hei kaikki,",
        "bye": ["Ystävällisin terveisin", "Terveisin", "Kiitos jo etukäteen"],
        "disc": "Tämä sähköpostiviesti voi sisältää luottamuksellista tietoa ja"
        " on tarkoitettu vain vastaanottajalle. Jos olet saanut viestin"
        " erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.",
        "env": "Ajattele ympäristöä ennen kuin tulostat tämän viestin.",
        "att": "Liitteet",
        "fyi": [
            "Tiedoksi, ks. alla.",
            "Voitko ottaa tämän? Asiakas kirjoitti suoraan minulle.",
            "Välitän eteenpäin, en tiedä kenelle tämä kuuluu.",
            "Yksi lisää jonoon, kiitos!",
        ],
        "ooo": "Kiitos viestistäsi. Olen poissa toimistolta {date} asti ja luen"
        " sähköpostia rajoitetusti. Kiireellisissä asioissa ota yhteyttä:"
        " {alt}.",
        "ack": "Kiitos, että otit yhteyttä {vendor}-tukeen. Olemme"
        " vastaanottaneet viestisi ja vastaamme {h} tunnin kuluessa."
        " Viitenumerosi on {ref}.",
        "subj": ["Kysymys", "Pyyntö", "Nopea kysymys", "Tukipyyntö"],
        "re": "VS",
        "fw": "VL",
    },
}

VENDORS = [
    ("Lumio Labs", "lumio.io", "Lumio Speaker", "en", "LUM"),
    ("Kestrel Home", "kestrelhome.com", "Kestrel Hub", "en", "KH"),
    ("Stellwerk GmbH", "stellwerk.de", "Stellwerk Assist", "de", "STW"),
    ("Maison Clairon", "clairon.fr", "Clairon Maison", "fr", "CLR"),
    ("Faro Digital", "farodigital.es", "Faro Voz", "es", "FD"),
    ("Tulpwerk", "tulpwerk.nl", "Tulp Thuis", "nl", "TW"),
    ("Ponte Azul", "ponteazul.pt", "Azul Casa", "pt", "PA"),
    ("Orbita", "orbita.it", "Orbita Eco", "it", "ORB"),
    ("Norrsken Hem", "norrsken.se", "Norrsken Hub", "sv", "NRS"),
    ("Wisła Tech", "wislatech.pl", "Wisła Voice", "pl", "WT"),
    ("Havn", "havn.dk", "Havn Home", "da", "HVN"),
    ("Vindr", "vindr.fi", "Vindr Ääni", "fi", "VDR"),
    ("Brightdesk", "brightdesk.co.uk", "Brightdesk Assistant", "en", "BD"),
]
PLANS = ["Free", "Plus", "Family", "Pro", "Business", "Enterprise", "Premium"]

MACROS = [
    "Thanks for getting in touch with {vendor} Support! So we can look into"
    " this, could you please reply with the e-mail address linked to your"
    " account and the model of your device?",
    "Thank you for your patience. Could you try signing out and back in, and"
    " let us know whether that changes anything?",
    "Sorry for the trouble! Can you send us a screenshot of what you see,"
    " plus the app version (Settings > About)?",
    "We haven't heard back from you in a while, so we'll close this request"
    " in 3 days. Just reply to this e-mail if you still need help!",
    "Good news – the fix has been rolled out. Please update to the latest"
    " version and let us know how it goes.",
    "Thanks for the suggestion! I've passed it on to our product team. Is"
    " there anything else I can help you with?",
    "I've checked your account and everything looks fine on our side. Could"
    " you tell us a bit more about what you are trying to do?",
    "Could you please restart the {product} (unplug it for 10 seconds) and"
    " then try again? Let me know if it still happens.",
    "Please make sure you are on the latest version of the {product} app and"
    " that voice access is enabled under Settings > Privacy.",
    "Would you mind telling us which language and region your device is set"
    " to? That will help us reproduce it.",
]
ABOUT_OLD = [
    'About your earlier question ("{old}"): that should work now from the'
    " {product} app. Anything else we can do for you?",
    'Regarding "{old}" – I have forwarded this to our engineers and will'
    " update you as soon as I hear back.",
    "You asked: {old}\nThis is now possible, see our help article on the"
    " topic. Could you confirm it works for you?",
    'Thanks for your message ("{old}"). Could you please tell us which device you are using?',
]
CTX_BEFORE = [
    "I've been using {product} for about {n} months now.",
    "Not sure if this is the right address for this.",
    "Your colleague on the phone told me to write in here.",
    "Writing from my personal address, my work laptop is being repaired.",
    "I had a look through the help centre first but couldn't find it.",
    "Sorry for the slow reply, it has been a hectic week.",
    "This is for my {rel}'s account, I set it up for them.",
    "We are trialling {product} with a team of {n} at the moment.",
    "Overall really happy with {product} so far.",
    "I'm on the {plan} plan, in case that matters.",
    "Just back from holiday and catching up on things.",
    "Following up on our call from last week.",
    "Thanks for sorting out my last ticket so quickly.",
    "I updated the app this morning.",
    "New here, so apologies if this is obvious.",
    "Bit of a strange one maybe.",
    "Me again!",
    "Hope you're well.",
    "The new update looks great by the way.",
    "My partner and I share the same account.",
    "Got the {product} as a birthday present.",
    "I'm writing on behalf of our office.",
]
CTX_AFTER = [
    "Thanks in advance!",
    "Cheers.",
    "Appreciate the help.",
    "No rush on this.",
    "Happy to jump on a call if easier.",
    "Let me know if you need anything else from me.",
    "Thanks a lot.",
    "That's all for now.",
    "Many thanks.",
    "It's not urgent but would be nice.",
    "Sorry if this was asked before.",
    "Thank you!!",
]
INLINE = [
    "Quick one: {r}{p}",
    "I was wondering, {r}{p}",
    "So basically {r}{p}",
    "Hey, {r}{p}",
    "What I need is simple: {r}{p}",
    "My question is {r}{p}",
    "Could you help me out here, {r}{p}",
    "OK so {r}{p}",
    "Long story short, {r}{p}",
    "Hi again, {r}{p}",
    "Basically {r}, nothing more{q}",
    "For today: {r}{p}",
    "Right, {r}{p}",
    "One more thing – {r}{p}",
]
INLINE_P = ["?", ".", "", " please", " – thanks!", "!", " :)", "?? thx"]
RELS = ["mum", "dad", "grandmother", "son", "daughter", "neighbour"]
NICKS = ["jazzcat", "m_rossi", "nordic.dad", "lottie_b", "techgran", "Pedro_L"]
NICKS += ["kasia.w", "JHolm", "sunnydaze", "ville99", "Happy Customer", "frenchie"]
NICKS += ["Anon", "bramv", "soph.m", "DaneGeek", "tiago_c", "RachelR"]
DEVICES = ["iPhone 13", "iPhone 15 Pro", "Pixel 7", "Galaxy S23", "Galaxy A54"]
DEVICES += ["iPad Air", "OnePlus 11", "Xiaomi 13T", "Moto g84", "iPhone SE"]
OSES = {"iPhone": "iOS", "iPad": "iPadOS"}

QWERTY = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "ryg",
    "y": "tuh",
    "u": "yij",
    "i": "uok",
    "o": "ipl",
    "p": "ol",
    "a": "qsz",
    "s": "adwx",
    "d": "sfe",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "j": "hku",
    "k": "jli",
    "l": "ko",
    "z": "xa",
    "x": "zcs",
    "c": "xvd",
    "v": "cbf",
    "b": "vng",
    "n": "bmh",
    "m": "nj",
}


class Unfit(Exception):
    """The kind cannot carry this request verbatim; choose another kind."""


@dataclass
class Person:
    first: str
    last: str
    lang: str
    email: str
    company: str
    title: str
    phone: str
    city: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}".strip()


@dataclass
class Vendor:
    name: str
    domain: str
    product: str
    lang: str
    prefix: str
    agents: list[Person]
    macros: list[str]
    team: str
    handle: str
    reply_line: str
    ticket_base: int


@dataclass
class Ctx:
    rng: random.Random
    req: str
    mode: str
    cust: Person
    vendor: Vendor
    agent: Person
    mate: Person
    when: datetime
    old_source: Callable[[], str | None]

    def old(self) -> str | None:
        return self.old_source()


# ----------------------------------------------------------------- helpers


def fold(s: str) -> str:
    """ASCII-fold a name for an e-mail address."""
    table = {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "å": "a",
        "ł": "l",
        "Ł": "L",
        "é": "e",
        "è": "e",
        "É": "E",
        "á": "a",
        "Á": "A",
        "í": "i",
        "ó": "o",
        "ñ": "n",
        "ç": "c",
        "ã": "a",
        "õ": "o",
        "ê": "e",
        "ś": "s",
        "ń": "n",
        "ą": "a",
        "ę": "e",
        "ż": "z",
        "ź": "z",
        "ć": "c",
        "Ś": "S",
        "Ż": "Z",
    }
    out = "".join(table.get(ch, ch) for ch in s)
    return "".join(ch for ch in out.lower() if ch.isalnum() or ch in ".-")


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def phone(rng: random.Random, lang: str) -> str:
    tpl = PHONE[lang]
    out = []
    i = 0
    while i < len(tpl):
        if tpl.startswith("{d", i):
            n = int(tpl[i + 2])
            out.append(digits(rng, n))
            i += 4
        else:
            out.append(tpl[i])
            i += 1
    return "".join(out)


def tld(lang: str) -> str:
    return "co.uk" if lang == "en" else COUNTRY[lang].lower()


def make_person(rng: random.Random, lang: str, domain: str | None = None) -> Person:
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    company = f"{rng.choice(COMPANY_STEM)} {rng.choice(COMPANY_SUFFIX[lang])}"
    if domain is None:
        if rng.random() < 0.4:
            domain = fold(company.split(" ")[0]).replace(".", "") + "." + tld(lang)
        else:
            domain = rng.choice(MAILHOST[lang])
    style = rng.randrange(5)
    f, ln = fold(first), fold(last.replace(" ", ""))
    local = [f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{digits(rng, 2)}", f"{f}_{ln}", f][style]
    return Person(
        first=first,
        last=last,
        lang=lang,
        email=f"{local}@{domain}",
        company=company,
        title=rng.choice(TITLES_LOC[lang] if lang in TITLES_LOC and rng.random() < 0.5 else TITLES),
        phone=phone(rng, lang),
        city=rng.choice(CITY[lang]),
    )


def make_vendors(rng: random.Random) -> list[Vendor]:
    out = []
    replies = [
        "##- Please type your reply above this line -##",
        "--- Reply above this line ---",
        "[[ Write your reply above this line ]]",
        "-- Do not write below this line --",
    ]
    teams = ["Customer Care", "Support Team", "Help Desk", "Customer Happiness"]
    for name, domain, product, lang, prefix in VENDORS:
        agents = []
        for _ in range(4):
            alang = lang if rng.random() < 0.7 else "en"
            agents.append(make_person(rng, alang, domain))
        macros = rng.sample(MACROS, 6)
        out.append(
            Vendor(
                name=name,
                domain=domain,
                product=product,
                lang=lang,
                prefix=prefix,
                agents=agents,
                macros=macros,
                team=rng.choice(teams),
                handle=fold(name.split(" ")[0]) + rng.choice(["", "help", "_care"]),
                reply_line=rng.choice(replies),
                ticket_base=rng.randrange(10000, 900000),
            )
        )
    return out


def fmt_date(dt: datetime, lang: str, tpl: str | None = None) -> str:
    tpl = tpl if tpl is not None else NUMDATE[lang]
    h12 = dt.hour % 12 or 12
    return tpl.format(
        wd=WD[lang][dt.weekday()],
        wdl=WD_LONG_EN[dt.weekday()],
        mon=MON[lang].split(" ")[dt.month - 1],
        monl=MON_LONG_EN[dt.month - 1],
        d=dt.day,
        dd=f"{dt.day:02d}",
        m=dt.month,
        mm=f"{dt.month:02d}",
        y=dt.year,
        hh=f"{dt.hour:02d}",
        h12=h12,
        mi=f"{dt.minute:02d}",
        ap="AM" if dt.hour < 12 else "PM",
        name="{name}",
        email="{email}",
    )


def wrote_line(c: Ctx, dt: datetime, who: Person, lang: str) -> str:
    if lang == "en" and c.rng.random() < 0.35:
        tpl = c.rng.choice(WROTE_ALT)
    else:
        tpl = WROTE[lang]
    return fmt_date(dt, lang, tpl).format(name=who.name, email=who.email)


def rfc_date(dt: datetime, rng: random.Random) -> str:
    tz = rng.choice(["+0000", "+0100", "+0200", "-0500", "+0300"])
    return (
        f"{WD['en'][dt.weekday()]}, {dt.day:02d} "
        f"{MON['en'].split(' ')[dt.month - 1]} {dt.year} "
        f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {tz}"
    )


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in text.split("\n"))


def loc(lang: str, key: str) -> str:
    return str(LOC[lang][key])


def loc_pick(c: Ctx, lang: str, key: str) -> str:
    val = LOC[lang][key]
    assert isinstance(val, list)
    return str(c.rng.choice(val))


def fill(c: Ctx, tpl: str) -> str:
    return tpl.format(
        product=c.vendor.product,
        vendor=c.vendor.name,
        n=c.rng.randrange(2, 30),
        rel=c.rng.choice(RELS),
        plan=c.rng.choice(PLANS),
    )


def ticket_no(c: Ctx) -> int:
    return c.vendor.ticket_base + c.rng.randrange(0, 90000)


def earlier(c: Ctx, days: int = 40) -> datetime:
    return c.when - timedelta(minutes=c.rng.randrange(90, days * 24 * 60))


def later(c: Ctx, minutes: int = 600) -> datetime:
    return c.when + timedelta(minutes=c.rng.randrange(2, minutes))


def old_text(c: Ctx) -> str | None:
    o = c.old()
    if o is None:
        return None
    r = c.rng.random()
    if r < 0.4 and o:
        o = o[0].upper() + o[1:]
    if r < 0.25 and o[-1].isalnum():
        o += "?" if o.split(" ")[0].lower() in QUESTION_WORDS else "."
    return o


QUESTION_WORDS = {"what", "how", "when", "where", "who", "why", "which", "is"}
QUESTION_WORDS |= {"are", "can", "could", "do", "does", "will", "would", "did"}
QUESTION_WORDS |= {"should", "whats", "what's", "hows", "may", "am", "have"}


# ------------------------------------------------------ customer's own words


def said(c: Ctx, before: float = 0.5, after: float = 0.4, compact: bool = False) -> str:
    """The customer's words: the request with natural context around it."""
    rng = c.rng
    pre = fill(c, rng.choice(CTX_BEFORE)) if rng.random() < before else ""
    post = rng.choice(CTX_AFTER) if rng.random() < after else ""
    if c.mode == "inline":
        core = rng.choice(INLINE).format(
            r=c.req, p=rng.choice(INLINE_P), q=rng.choice([".", "!", ""])
        )
    else:
        core = c.req
    if c.mode == "main" or compact:
        return " ".join(x for x in (pre, core, post) if x)
    parts = [x for x in (pre, core, post) if x]
    sep = "\n" if rng.random() < 0.5 else "\n\n"
    return sep.join(parts)


def greet(c: Ctx, to: str | None, lang: str | None = None) -> str:
    rng = c.rng
    lang = lang or ("en" if rng.random() < 0.65 else c.cust.lang)
    if lang != "en":
        return loc(lang, "hi").format(n=to) if to else loc(lang, "hi_all")
    opts = ["Hi {n},", "Hello {n},", "Hey {n}", "Dear {n},", "Hi {n}!"]
    if to is None:
        return rng.choice(["Hi,", "Hello,", "Hi there,", "Dear Support,", "Hey,"])
    return rng.choice(opts).format(n=to)


def signoff(c: Ctx, who: Person, long: float = 0.15) -> str:
    rng = c.rng
    lang = "en" if rng.random() < 0.6 else who.lang
    bye = loc_pick(c, lang, "bye")
    r = rng.random()
    if r < long:
        return "\n".join([bye + ",", "", long_sig(c, who)])
    style = rng.randrange(6)
    name = [who.first, who.name, who.first[0], f"{who.first} {who.last[0]}."][style % 4]
    if style == 4:
        return f"{bye},\n{who.name}\n{who.title} | {who.company}\n{who.phone}"
    if style == 5:
        return f"– {who.first}"
    return f"{bye},\n{name}"


def long_sig(c: Ctx, who: Person) -> str:
    rng = c.rng
    web = f"www.{fold(who.company.split(' ')[0])}.{tld(who.lang)}"
    street = STREET[who.lang].format(n=rng.randrange(1, 180), s=rng.choice(STREET_STEM))
    lines = [
        who.name,
        who.title,
        who.company,
        f"{street}, {rng.randrange(10000, 99999)} {who.city}",
        f"T {who.phone} | M {phone(rng, who.lang)}",
        f"E {who.email} | {web}",
    ]
    if rng.random() < 0.5:
        lines.append(rng.choice(["LinkedIn | Twitter | Instagram", "Follow us"]))
    if rng.random() < 0.5:
        lines.append(f"Reg. no. {digits(rng, 8)} · VAT {COUNTRY[who.lang]}{digits(rng, 9)}")
    lines.append("")
    lines.append(loc(who.lang, "disc"))
    if who.lang != "en" and rng.random() < 0.5:
        lines.append(loc("en", "disc"))
    if rng.random() < 0.5:
        lines.append("")
        lines.append(loc(who.lang, "env"))
    return "\n".join(lines)


def cust_mail(c: Ctx, to: str | None = None, sig: float = 0.85, long: float = 0.15) -> str:
    rng = c.rng
    parts = []
    if rng.random() < 0.8:
        parts.append(greet(c, to))
    parts.append(said(c))
    if rng.random() < sig:
        parts.append(signoff(c, c.cust, long))
    return "\n\n".join(parts)


def agent_sig(c: Ctx, who: Person) -> str:
    v = c.vendor
    return f"{who.first}\n{v.name} {v.team}\nhttps://help.{v.domain}"


def agent_body(c: Ctx, who: Person, old: str | None = None) -> str:
    rng = c.rng
    v = c.vendor
    hi = f"Hi {c.cust.first},"
    if old is not None:
        text = rng.choice(ABOUT_OLD).format(old=old, product=v.product)
    else:
        text = rng.choice(v.macros).format(vendor=v.name, product=v.product)
    return f"{hi}\n\n{text}\n\nBest,\n{agent_sig(c, who)}"


def old_cust_mail(c: Ctx, old: str) -> str:
    rng = c.rng
    parts = []
    if rng.random() < 0.7:
        parts.append(greet(c, None))
    parts.append(old)
    parts.append(f"{loc_pick(c, 'en', 'bye')},\n{c.cust.first}")
    return "\n\n".join(parts)


def subject(c: Ctx, lang: str) -> str:
    rng = c.rng
    opts = list(LOC[lang]["subj"])  # type: ignore[call-overload]
    opts += [c.vendor.product, f"{c.vendor.product} – question", "(no subject)"]
    return str(rng.choice(opts))


def outlook_block(c: Ctx, lang: str, frm: Person, to: str, dt: datetime, subj: str) -> str:
    lab = OL[lang]
    lines = [
        f"{lab[0]}: {frm.name} <{frm.email}>",
        f"{lab[1]}: {fmt_date(dt, lang)}",
        f"{lab[2]}: {to}",
    ]
    if c.rng.random() < 0.3:
        lines.append(f"{lab[3]}: {c.mate.name} <{c.mate.email}>")
    lines.append(f"{lab[4]}: {subj}")
    return "\n".join(lines)


def support_addr(c: Ctx) -> str:
    return c.rng.choice(["support", "help", "hello", "service", "kundenservice"]) + (
        "@" + c.vendor.domain
    )


# ------------------------------------------------------------- e-mail kinds


def k_mail_reply_gmail(c: Ctx) -> str:
    rng = c.rng
    lang = c.cust.lang if rng.random() < 0.6 else "en"
    old = old_text(c) if rng.random() < 0.6 else None
    t_agent = earlier(c, 6)
    body = agent_body(c, c.agent, old if rng.random() < 0.4 else None)
    quoted = wrote_line(c, t_agent, c.agent, lang) + "\n" + quote(body)
    if old is not None and rng.random() < 0.7:
        t0 = t_agent - timedelta(hours=rng.randrange(2, 60))
        inner = wrote_line(c, t0, c.cust, lang) + "\n" + quote(old_cust_mail(c, old))
        quoted += "\n>\n" + quote(inner)
    return cust_mail(c, to=c.agent.first) + "\n\n" + quoted


def k_mail_reply_outlook(c: Ctx) -> str:
    rng = c.rng
    lang = c.cust.lang if rng.random() < 0.7 else "en"
    subj = f"{loc(lang, 're')}: [{c.vendor.prefix}-{ticket_no(c)}] " + subject(c, c.vendor.lang)
    top = cust_mail(c, to=c.agent.first, long=0.35)
    block = outlook_block(c, lang, c.agent, c.cust.email, earlier(c, 5), subj)
    sep = "_" * 32 if rng.random() < 0.6 else loc(lang, "orig")
    out = f"{top}\n\n{sep}\n{block}\n\n{agent_body(c, c.agent)}"
    old = old_text(c) if rng.random() < 0.5 else None
    if old is not None:
        blk = outlook_block(c, lang, c.cust, support_addr(c), earlier(c, 30), subject(c, lang))
        out += f"\n\n{loc(lang, 'orig')}\n{blk}\n\n{old_cust_mail(c, old)}"
    return out


def k_mail_forward_colleague(c: Ctx) -> str:
    rng = c.rng
    lang = c.mate.lang
    note = loc_pick(c, lang, "fyi")
    if rng.random() < 0.4:
        note = f"{loc(lang, 'hi_all')}\n\n{note}"
    head = f"{note}\n\n{c.mate.first}"
    t = earlier(c, 2)
    fwd = [
        loc(lang, "fwd"),
        f"{OL[lang][0]}: {c.cust.name} <{c.cust.email}>",
        f"Date: {fmt_date(t, 'en', '{wd}, {mon} {d}, {y} at {h12}:{mi} {ap}')}",
        f"Subject: {subject(c, c.cust.lang)}",
        f"To: {c.mate.name} <{c.mate.email}>",
    ]
    fwd_head = "\n".join(fwd)
    return f"{head}\n\n{fwd_head}\n\n\n{cust_mail(c, to=c.mate.first)}"


def k_mail_internal_escalation(c: Ctx) -> str:
    rng = c.rng
    am = c.mate
    plan = rng.choice(["Enterprise", "Business", "Pro"])
    arr = rng.choice(["€48k", "£120k", "$35k", "€210k", "SEK 900k"])
    subj = rng.choice(
        [
            f"ESCALATION: {c.cust.company} ({plan})",
            f"[urgent] {c.cust.company} – customer request",
            f"{c.cust.company} / renewal risk",
        ]
    )
    intro = rng.choice(
        [
            f"{c.cust.company} ({plan}, {arr} ARR) came back to me this morning."
            f" Below is what {c.cust.first} sent me, verbatim:",
            f"Escalating on behalf of {c.cust.name} ({c.cust.title},"
            f" {c.cust.company}). Renewal is in {rng.randrange(2, 9)} weeks so"
            " I'd like to get this right. Their mail:",
            f"Customer pinged me directly again. Pasting their message below so"
            f" it's in the system (account: {c.cust.company}, {plan}).",
        ]
    )
    ask = rng.choice(
        [
            "Can someone from Tier 2 take a look today? Please keep me in cc.",
            "Could you reply to them directly and loop me in?",
            "Please prioritise – happy to join a call if needed.",
        ]
    )
    cust = cust_mail(c, to=am.first, sig=0.6)
    if rng.random() < 0.5:
        block = quote(cust)
    else:
        block = f"---\n{cust}\n---"
    return (
        f"Subject: {subj}\nFrom: {am.name} <{am.email}>\n"
        f"To: tier2@{c.vendor.domain}\n\n"
        f"{loc(am.lang, 'hi_all') if rng.random() < 0.5 else 'Hi all,'}\n\n"
        f"{intro}\n\n{block}\n\n{ask}\n\n{am.first}\n{am.title}, {c.vendor.name}"
    )


def k_mail_list_digest(c: Ctx) -> str:
    rng = c.rng
    lst = rng.choice(["users", "community", "beta-testers", "owners"])
    lname = f"{fold(c.vendor.name.split(' ')[0])}-{lst}"
    vol, iss = rng.randrange(3, 40), rng.randrange(1, 300)
    subj_c = subject(c, "en")
    other = make_person(rng, rng.choice(LANGS))
    third = make_person(rng, rng.choice(LANGS))
    ann = rng.choice(
        [
            f"Reminder: the {c.vendor.product} community call is on Thursday at"
            " 17:00 CET. Agenda and dial-in on the wiki.",
            "The list archive has moved to the new server. No action needed.",
            f"Release notes for {c.vendor.product} {rng.randrange(3, 9)}."
            f"{rng.randrange(0, 20)} are now online.",
        ]
    )
    thanks = rng.choice(
        [
            "Thanks, that did the trick for me too.",
            "Same here, worked after the reboot.",
            "Glad it's sorted. Closing the loop on my side.",
        ]
    )
    dt = fmt_date(c.when, "en", "{wd}, {d} {mon} {y} {hh}:{mi}:00")
    post = cust_mail(c, sig=0.7, long=0.0)
    return (
        f"Send {lname} mailing list submissions to\n\t{lname}@lists.{c.vendor.domain}\n\n"
        "When replying, please edit your Subject line so it is more specific\n"
        f'than "Re: Contents of {lname} digest..."\n\n'
        f"Today's Topics:\n\n   1. Announcement ({other.name})\n"
        f"   2. {subj_c} ({c.cust.name})\n   3. Re: update issue ({third.name})\n\n"
        "----------------------------------------------------------------------\n\n"
        f"Message: 1\nFrom: {other.name} <{other.email}>\nSubject: Announcement\n\n"
        f"{ann}\n\n------------------------------\n\n"
        f"Message: 2\nDate: {dt}\nFrom: {c.cust.name} <{c.cust.email}>\n"
        f"To: {lname}@lists.{c.vendor.domain}\nSubject: {subj_c}\n\n{post}\n\n"
        "------------------------------\n\n"
        f"Message: 3\nFrom: {third.name} <{third.email}>\nSubject: Re: update issue\n\n"
        f"{thanks}\n\n------------------------------\n\n"
        f"End of {lname} Digest, Vol {vol}, Issue {iss}\n" + "*" * 40
    )


def k_mail_webform(c: Ctx) -> str:
    rng = c.rng
    form = rng.choice(["Contact us", "Support request", "Get in touch", "Kontakt"])
    msg = said(c, compact=rng.random() < 0.5)
    fields = [
        ("Name", c.cust.name),
        ("E-mail", c.cust.email),
        ("Company", c.cust.company if rng.random() < 0.6 else ""),
        ("Phone", c.cust.phone if rng.random() < 0.5 else ""),
        ("Topic", rng.choice(["Other", "Product question", "Account", "Feedback"])),
        ("Message", msg),
        ("Consent", "Yes, I agree to the privacy policy"),
    ]
    style = rng.randrange(3)
    if style == 0:
        body = "\n\n".join(f"{k}:\n{v or '—'}" for k, v in fields)
    elif style == 1:
        body = "\n".join(f"<b>{k}:</b> {v}" for k, v in fields)
    else:
        body = "\n".join(f"{k.upper():<10}| {v}" for k, v in fields)
    engine = rng.choice(["WPForms", "Webflow Forms", "Typeform", "FormFlow 3"])
    ip = f"{rng.randrange(2, 220)}.{rng.randrange(255)}.{rng.randrange(255)}.{rng.randrange(255)}"
    return (
        f"Subject: New submission: {form} – {c.vendor.name}\n"
        f"From: {c.vendor.name} Website <noreply@{c.vendor.domain}>\n\n"
        f"You have a new form submission on {c.vendor.domain}:\n\n{body}\n\n"
        f"---\nPage: https://www.{c.vendor.domain}/"
        f"{rng.choice(['contact', 'support', 'de/kontakt'])}\n"
        f"IP: {ip}\nSent by {engine} · {iso(c.when)}"
    )


def k_mail_bounce_resend(c: Ctx) -> str:
    rng = c.rng
    old_dom = "old-" + c.vendor.domain if rng.random() < 0.5 else "mail." + c.vendor.domain
    addr = f"support@{old_dom}"
    top = rng.choice(
        [
            "Tried sending this to the address on your website and it bounced. Here it is again:",
            "Resending – the message below came back undelivered.",
            "Your support address seems broken? Got the error below.",
        ]
    )
    dsn = (
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\n"
        f"** Address not found **\n\nYour message wasn't delivered to {addr} because"
        " the address couldn't be found, or is unable to receive mail.\n\n"
        "The response from the remote server was:\n"
        f"550 5.1.1 <{addr}>: Recipient address rejected: User unknown"
    )
    orig = (
        f"----- Original message -----\n\nDATE: {rfc_date(earlier(c, 1), rng)}\n"
        f"FROM: {c.cust.name} <{c.cust.email}>\nTO: {addr}\n"
        f"SUBJECT: {subject(c, c.cust.lang)}\n\n{cust_mail(c, sig=0.7, long=0.0)}"
    )
    first = f"{greet(c, None)}\n\n{top}\n\n{c.cust.first}"
    return f"{first}\n\n{loc(c.cust.lang, 'fwd')}\n{dsn}\n\n{orig}"


def k_mail_attachments(c: Ctx) -> str:
    rng = c.rng
    imgs = [f"image{rng.randrange(1, 9):03d}.png", f"IMG_{digits(rng, 4)}.jpg"]
    lines = []
    if rng.random() < 0.7:
        lines.append(greet(c, None))
    lines.append(said(c))
    lines.append(f"[cid:{rng.choice(imgs)}@{hexid(rng, 8)}.{hexid(rng, 8)}]")
    if rng.random() < 0.5:
        lines.append("(screenshot attached)")
    lines.append(signoff(c, c.cust, 0.2))
    body = "\n\n".join(lines)
    n = rng.randrange(1, 4)
    files = [
        f"  {rng.choice(imgs)} ({rng.randrange(40, 3000)} KB)",
        f"  Screenshot {fmt_date(c.when, 'en', '{y}-{mm}-{dd} at {hh}.{mi}')}.png"
        f" ({rng.randrange(80, 900)} KB)",
        f"  invoice_{digits(rng, 6)}.pdf ({rng.randrange(30, 400)} KB)",
        f"  ATT0000{rng.randrange(1, 9)}.txt (1 KB)",
    ][: n + 1]
    att = f"{loc(c.cust.lang, 'att')}:\n" + "\n".join(files)
    subj = f"Subject: {subject(c, 'en')}\n"
    return f"{subj}{att}\n\n{body}"


def k_mail_html_leftovers(c: Ctx) -> str:
    rng = c.rng
    style = (
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
    )
    g = greet(c, None)
    s = said(c).replace("\n", "<br>\n")
    sig = signoff(c, c.cust).replace("\n", "<br>\n")
    parts = [
        '<div dir="ltr">',
        f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif;'
        f' font-size: 12pt; color: rgb(0, 0, 0);">{g}</div>',
        "<div>&nbsp;</div>",
        f"<div>{s}</div>",
        "<div><br></div>",
        f'<div class="gmail_signature">{sig}</div>',
        "</div>",
    ]
    if rng.random() < 0.5:
        parts.insert(0, style)
    if rng.random() < 0.5:
        parts.insert(
            0,
            "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings>"
            "<o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->",
        )
    if rng.random() < 0.5:
        parts.append(
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        )
        parts.append(
            f"<b>From:</b> {c.agent.name} &lt;{c.agent.email}&gt;<br><b>Sent:</b>"
            f" {fmt_date(earlier(c, 4), 'en')}<br><b>Subject:</b> Re: your request"
        )
        parts.append("<div>" + agent_body(c, c.agent).replace("\n", "<br>") + "</div>")
    return "\n".join(parts)


def k_mail_signature_disclaimer(c: Ctx) -> str:
    rng = c.rng
    body = []
    if rng.random() < 0.8:
        body.append(greet(c, c.agent.first if rng.random() < 0.5 else None))
    body.append(said(c, before=0.7))
    bye = loc_pick(c, c.cust.lang if rng.random() < 0.5 else "en", "bye")
    body.append(f"{bye},\n\n{long_sig(c, c.cust)}")
    if rng.random() < 0.4:
        body.append(
            f"[{c.cust.company.split(' ')[0].upper()} LOGO]  |  "
            "Winner – Regional Business Awards 2023"
        )
    return "\n\n".join(body)


def k_mail_mobile(c: Ctx) -> str:
    rng = c.rng
    lang = c.cust.lang if rng.random() < 0.7 else "en"
    foot = loc(lang, "iphone" if rng.random() < 0.6 else "android")
    top = said(c, before=0.3, after=0.3, compact=rng.random() < 0.6)
    if rng.random() < 0.4:
        top = f"{greet(c, None)}\n{top}"
    out = f"{top}\n\n{foot}"
    if rng.random() < 0.6:
        t = earlier(c, 10)
        out += f"\n\n> {wrote_line(c, t, c.agent, lang)}\n>\n" + quote(
            agent_body(c, c.agent, old_text(c) if rng.random() < 0.3 else None)
        )
    return out


def k_mail_deep_thread(c: Ctx) -> str:
    rng = c.rng
    lang = c.cust.lang if rng.random() < 0.5 else "en"
    t3 = earlier(c, 3)
    t2 = t3 - timedelta(hours=rng.randrange(3, 50))
    t1 = t2 - timedelta(hours=rng.randrange(3, 50))
    old = old_text(c)
    agent2 = rng.choice(c.vendor.agents)
    a1 = agent_body(c, c.agent, old)
    c1 = old_cust_mail(c, old) if old else old_cust_mail(c, "Thanks for the help!")
    a2 = agent_body(c, agent2)
    thread = (
        wrote_line(c, t3, agent2, lang)
        + "\n"
        + quote(
            a2
            + "\n\n"
            + wrote_line(c, t2, c.agent, lang)
            + "\n"
            + quote(a1 + "\n\n" + wrote_line(c, t1, c.cust, lang) + "\n" + quote(c1))
        )
    )
    return cust_mail(c, to=agent2.first) + "\n\n" + thread


def k_mail_inline_answers(c: Ctx) -> str:
    rng = c.rng
    q_dev = rng.choice(
        [
            "1. Which device are you using?",
            "1) What model is your speaker/phone?",
            "- Which device and app version?",
        ]
    )
    q_req = rng.choice(
        [
            "2. What exactly would you like us to do?",
            "2) Could you describe what you need in one sentence?",
            "- What can we help you with today?",
        ]
    )
    q_time = rng.choice(
        [
            "3. When did this start?",
            "3) Is this on the Family or the single account?",
            "- Anything else we should know?",
        ]
    )
    ans_dev = rng.choice(DEVICES) + rng.choice(["", ", app is up to date", " (latest)"])
    ans_time = rng.choice(["Not sure, a few days ago?", "Single.", "No, that's it.", "n/a"])
    t = earlier(c, 4)
    lang = c.cust.lang if rng.random() < 0.6 else "en"
    head = rng.choice(["Answers inline below.", "See my answers below in bold.", "Replies below."])
    req = c.req if c.mode != "inline" else said(c, before=0.0, after=0.0)
    return (
        f"{greet(c, c.agent.first)}\n\n{head}\n\n{c.cust.first}\n\n"
        f"{wrote_line(c, t, c.agent, lang)}\n"
        f"> Hi {c.cust.first},\n>\n> Thanks for reaching out! To help you quickly,"
        " could you answer a few questions?\n>\n"
        f"> {q_dev}\n\n{ans_dev}\n\n> {q_req}\n\n{req}\n\n> {q_time}\n\n{ans_time}\n\n"
        f">\n> Kind regards,\n> {c.agent.first}\n> {c.vendor.name} {c.vendor.team}"
    )


def k_mail_raw_eml(c: Ctx) -> str:
    rng = c.rng
    b = "0000000000" + hexid(rng, 18)
    host = rng.choice(["mail-wr1-f54.google.com", "mout.gmx.net", "smtp.orange.fr"])
    body = cust_mail(c, sig=0.8, long=0.1)
    html = '<div dir=3D"ltr">' if rng.random() < 0.3 else '<div dir="ltr">'
    html += body.replace("\n", "<br>") + "</div>"
    return (
        f"Return-Path: <{c.cust.email}>\n"
        f"Received: from {host} ({host} [{rng.randrange(10, 220)}.{rng.randrange(255)}."
        f"{rng.randrange(255)}.{rng.randrange(255)}])\n"
        f"        by mx.{c.vendor.domain} with ESMTPS id {hexid(rng, 12)}\n"
        f"        for <{support_addr(c)}>; {rfc_date(c.when, rng)}\n"
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={c.cust.email.split('@')[1]};"
        f" s={rng.choice(['20230601', 'dkim', 's1'])}; bh={hexid(rng, 20)}=\n"
        f"Message-ID: <{hexid(rng, 16)}@{c.cust.email.split('@')[1]}>\n"
        f"Date: {rfc_date(c.when, rng)}\nFrom: {c.cust.name} <{c.cust.email}>\n"
        f"To: {support_addr(c)}\nSubject: {subject(c, c.cust.lang)}\n"
        f"MIME-Version: 1.0\n"
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f'--{b}\nContent-Type: text/plain; charset="UTF-8"\n'
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n\n"
        f'--{b}\nContent-Type: text/html; charset="UTF-8"\n'
        f"Content-Transfer-Encoding: 8bit\n\n{html}\n\n--{b}--"
    )


def k_mail_newsletter_reply(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    t = earlier(c, 8)
    nl = (
        f"[{v.name}]\n\n{rng.choice(['Spring', 'Summer', 'Autumn', 'Winter'])}"
        f" update: what's new in {v.product}\n\n"
        f"Hi {c.cust.first},\n\nWe've been busy! Here's what landed this month:\n\n"
        "* Faster voice responses\n* New routines for mornings and evenings\n"
        "* Dark mode in the app\n\n"
        f"Upgrade to {rng.choice(['Plus', 'Premium', 'Family'])} today and get"
        f" {rng.randrange(2, 6)} months free!\n[ Upgrade now ]\n\n"
        "Tell us what you think – reply to this e-mail, we read every answer.\n\n"
        f"You are receiving this because you signed up at {v.domain}.\n"
        "Unsubscribe | Update preferences | View in browser"
    )
    lang = c.cust.lang if rng.random() < 0.5 else "en"
    sender = Person(v.name, "", "en", f"news@{v.domain}", "", "", "", "")
    hdr = wrote_line(c, t, sender, lang)
    return cust_mail(c, sig=0.7, long=0.05) + "\n\n" + hdr + "\n" + quote(nl)


def k_mail_ooo_chain(c: Ctx) -> str:
    rng = c.rng
    alang = c.agent.lang
    back = fmt_date(later(c, 60 * 24 * 10), alang, DATEONLY[alang])
    ooo = loc(alang, "ooo").format(date=back, alt=support_addr(c))
    if alang != "en" and rng.random() < 0.6:
        ooo += "\n\n" + loc("en", "ooo").format(date=back, alt=support_addr(c))
    top = rng.choice(
        [
            f"Resending to the general address since {c.agent.first} is away.",
            "Got an out-of-office back, so trying this address instead.",
            f"{c.agent.first} is on leave apparently – can someone else pick this up?",
        ]
    )
    t = earlier(c, 1)
    subj = f"Automatic reply: {subject(c, 'en')}"
    if alang == "de":
        subj = f"Automatische Antwort: {subject(c, 'de')}"
    elif alang == "fr":
        subj = f"Réponse automatique : {subject(c, 'fr')}"
    head = f"{greet(c, None)}\n\n{top}\n\n{said(c)}\n\n{signoff(c, c.cust)}"
    blk = outlook_block(c, c.cust.lang, c.agent, c.cust.email, t, subj)
    return f"{head}\n\n{'_' * 32}\n{blk}\n\n{ooo}"


def k_mail_autoack_reply(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    ref = f"{v.prefix}-{ticket_no(c)}"
    lang = v.lang if rng.random() < 0.6 else "en"
    ack = loc(lang, "ack").format(vendor=v.name, h=rng.choice([24, 48, 72]), ref=ref)
    old = old_text(c)
    first = old_cust_mail(c, old) if old else "(no text)"
    lead = rng.choice(
        [
            "Also, while you're at it:",
            "One more thing I forgot earlier.",
            "Adding to my previous mail.",
            "Sorry, different topic but",
        ]
    )
    top = f"{lead}\n\n{said(c, before=0.0)}\n\n{c.cust.first}"
    t = earlier(c, 1)
    sender = Person(v.name, "", "en", f"noreply@{v.domain}", "", "", "", "")
    return f"{top}\n\n{wrote_line(c, t, sender, c.cust.lang)}\n" + quote(
        "This is an automated message – please do not reply below this line."
        f"\n\n{ack}\n\n---- Your message ----\n{first}"
    )


# ------------------------------------------------------- helpdesk / CRM kinds


def k_hd_thread(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    t_old = earlier(c, 5)
    lines = [v.reply_line, ""]
    lines.append(
        f"Your request (#{tid}) has been updated. To add additional comments, reply to this email."
    )
    lines.append("-" * 31)
    if rng.random() < 0.5:
        later_agent = rng.choice(v.agents)
        lines += [
            "",
            f"{later_agent.first} ({v.name})",
            fmt_date(later(c, 90), "en", "{monl} {d}, {y}, {hh}:{mi} GMT+1"),
            "",
            rng.choice(v.macros).format(vendor=v.name, product=v.product),
            "",
            "-" * 31,
        ]
    lines += [
        "",
        c.cust.name,
        fmt_date(c.when, "en", "{monl} {d}, {y}, {hh}:{mi} GMT+1"),
        "",
        cust_mail(c, to=c.agent.first, sig=0.5, long=0.0),
        "",
        "-" * 31,
        "",
        f"{c.agent.first} ({v.name})",
        fmt_date(t_old, "en", "{monl} {d}, {y}, {hh}:{mi} GMT+1"),
        "",
        agent_body(c, c.agent, old_text(c) if rng.random() < 0.5 else None),
    ]
    lines += ["", f"[{hexid(rng, 6).upper()}-{hexid(rng, 4).upper()}]"]
    return "\n".join(lines)


def k_hd_field_export(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    status = rng.choice(["Open", "Pending", "Waiting on Customer", "New", "Reopened"])
    fields = [
        ("Ticket ID", f"#{tid}"),
        ("Subject", subject(c, c.cust.lang)),
        ("Status", status),
        ("Priority", rng.choice(["Low", "Medium", "High", "Urgent"])),
        ("Source", rng.choice(["Email", "Portal", "Phone", "Chat", "Feedback Widget"])),
        ("Type", rng.choice(["Question", "Incident", "Feature Request", "—"])),
        ("Group", rng.choice(["Tier 1", "Billing", "Devices", "EMEA Support"])),
        ("Agent", c.agent.name if rng.random() < 0.7 else "Unassigned"),
        ("Requester", f"{c.cust.name} <{c.cust.email}>"),
        ("Created", fmt_date(c.when, "en", "{y}-{mm}-{dd} {hh}:{mi}")),
        (
            "Tags",
            ", ".join(
                rng.sample(
                    ["voice", "app", "vip", "de", "fr", "mobile", "callback", "returning"], 3
                )
            ),
        ),
    ]
    out = "\n".join(f"{k}: {val}" for k, val in fields)
    out += f"\n\nDescription:\n{cust_mail(c, sig=0.6, long=0.0)}"
    if rng.random() < 0.6:
        out += (
            "\n\nConversations (1):\n"
            f"[{fmt_date(later(c, 200), 'en', '{y}-{mm}-{dd} {hh}:{mi}')}]"
            f" {c.agent.name} (Reply): "
            + rng.choice(v.macros).format(vendor=v.name, product=v.product)
        )
    return out


def k_hd_internal_note(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    old = old_text(c)
    note_bits = [
        f"Customer is on {rng.choice(PLANS)} since {c.when.year - rng.randrange(0, 6)}.",
        f"Checked logs, device online, fw {rng.randrange(2, 9)}.{rng.randrange(0, 30)}.",
        "Please be careful with tone, they complained about a canned answer last time.",
    ]
    if old:
        note_bits.append(
            f'Previously asked "{old}" (ticket #{tid - rng.randrange(50, 5000)}, solved).'
        )
    rng.shuffle(note_bits)
    note = " ".join(note_bits[: rng.randrange(2, len(note_bits) + 1)])
    mate_note = rng.choice(
        [
            f"@{c.agent.first} can you take this? I'm off tomorrow.",
            "Needs a reply before EOD, SLA is close.",
            "Tagged for product feedback review.",
        ]
    )
    parts = [
        f"Ticket #{tid} · {v.name} · {rng.choice(['Email', 'Web', 'Chat'])}",
        "",
        f"● {c.cust.name} (customer) – {fmt_date(c.when, 'en', '{d} {mon} {y} {hh}:{mi}')}",
        cust_mail(c, sig=0.5, long=0.0),
        "",
        f"🔒 Internal note – {c.agent.name} – "
        f"{fmt_date(later(c, 30), 'en', '{d} {mon} {hh}:{mi}')}",
        note,
        "",
        f"🔒 Internal note – {c.mate.name} – {fmt_date(later(c, 90), 'en', '{d} {mon} {hh}:{mi}')}",
        mate_note,
    ]
    return "\n".join(parts)


def k_hd_merged(c: Ctx) -> str:
    rng = c.rng
    tid = ticket_no(c)
    dup = tid + rng.randrange(1, 40)
    extra = rng.choice(
        [
            "Sorry, sent this twice – please ignore the other one.",
            "Also tried calling, nobody picked up.",
            "Is anyone reading these?",
            "Following up on my message from this morning.",
        ]
    )
    t2 = later(c, 300)
    return (
        f"#{tid} {subject(c, c.cust.lang)}\nStatus: Open · Requester: {c.cust.name}"
        f" · Assignee: {c.agent.name}\n\n"
        f"{c.cust.name} · {fmt_date(c.when, 'en', '{d} {mon} {y}, {hh}:{mi}')}\n"
        f"{cust_mail(c, sig=0.6, long=0.0)}\n\n"
        f"{c.agent.name} · {fmt_date(t2, 'en', '{d} {mon} {y}, {hh}:{mi}')} · Internal\n"
        f'Request #{dup} "{subject(c, "en")}" was closed and merged into this'
        f" request. Last comment in request #{dup}:\n\n{extra}\n\n"
        f"{c.cust.first}"
    )


def k_hd_sla_banner(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    h, m = rng.randrange(0, 8), rng.randrange(0, 60)
    banner = rng.choice(
        [
            f"⚠ SLA: first response due in {h}h {m}m",
            f"[SLA BREACHED {h}h {m}m ago] Priority: High",
            f"⏱ Next reply due {fmt_date(later(c, 480), 'en', '{d} {mon} {hh}:{mi}')}"
            f" · Policy: {rng.choice(['Gold', 'Standard', 'Enterprise 4h'])}",
        ]
    )
    head = (
        f"{banner}\n{v.prefix}-{tid} | {rng.choice(['Open', 'New', 'Escalated'])} |"
        f" {rng.choice(['Email', 'Web form', 'Portal'])} | {c.cust.company}\n"
    )
    hist = ""
    old = old_text(c) if rng.random() < 0.5 else None
    if old:
        hist = (
            f"\n\nPrevious tickets from this requester (1):\n  {v.prefix}-"
            f'{tid - rng.randrange(100, 9000)} "{old}" – Solved'
        )
    return f"{head}\n{c.cust.name} wrote:\n\n{cust_mail(c, sig=0.6, long=0.1)}{hist}"


def k_hd_csat(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    rating = rng.choice(["Bad, I'm unsatisfied", "Good, I'm satisfied", "Okay"])
    stars = rng.choice(["★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆"])
    q = rng.choice(
        [
            "How would you rate the support you received?",
            "How satisfied are you with our service?",
            f"Rate your experience with {v.name}",
        ]
    )
    prior = rng.choice(v.macros).format(vendor=v.name, product=v.product)
    return (
        f"Ticket #{tid} · Solved · {c.agent.name}\n\n"
        f"Last public reply ({c.agent.first}):\n{prior}\n\n"
        f"── Satisfaction survey ──\n{q}\n"
        f"Rating: {rating if rng.random() < 0.5 else stars}\n"
        f"Comment: {said(c, before=0.3, after=0.2, compact=True)}\n"
        f"Submitted: {fmt_date(later(c, 2000), 'en', '{y}-{mm}-{dd} {hh}:{mi}')}"
        f" via e-mail link"
    )


def k_hd_timeline(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    t = earlier(c, 2)
    macro = rng.choice(v.macros).format(vendor=v.name, product=v.product)
    ev = []

    def stamp(dt: datetime) -> str:
        return fmt_date(dt, "en", "{dd}.{mm}.{y} {hh}:{mi}")

    ev.append(f"{stamp(t)}  Ticket created via {rng.choice(['Email', 'Web', 'App'])}")
    ev.append(
        f"{stamp(t + timedelta(minutes=1))}  Auto-assigned to {rng.choice(['Tier 1', 'Queue EU'])}"
    )
    old = old_text(c)
    if old:
        ev.append(f"{stamp(t + timedelta(minutes=2))}  Customer message: {old}")
    ev.append(
        f"{stamp(t + timedelta(minutes=35))}  Macro "
        f'"{rng.choice(["Ask for details", "Standard reply", "Troubleshooting 1"])}"'
        f" applied by {c.agent.name}\n                  > {macro}"
    )
    ev.append(f"{stamp(t + timedelta(minutes=36))}  Status changed: Open → Pending")
    ev.append(f"{stamp(c.when)}  Customer replied:\n                  {said(c, compact=True)}")
    ev.append(f"{stamp(c.when)}  Status changed: Pending → Open")
    return f"Activity – {v.prefix}-{ticket_no(c)} ({c.cust.name})\n\n" + "\n".join(ev)


def k_crm_case(c: Ctx) -> str:
    rng = c.rng
    num = f"{rng.randrange(1000000, 9999999):08d}"
    fields = [
        ("Case Number", num),
        ("Account Name", c.cust.company),
        ("Contact Name", c.cust.name),
        ("Contact Email", c.cust.email),
        ("Case Origin", rng.choice(["Email", "Phone", "Web", "Partner Portal"])),
        ("Status", rng.choice(["New", "Working", "Escalated", "On Hold"])),
        ("Priority", rng.choice(["Low", "Medium", "High"])),
        ("Case Owner", c.agent.name),
        ("Subject", subject(c, "en")),
        ("Description", said(c, compact=True)),
        ("Date/Time Opened", fmt_date(c.when, "en", "{dd}/{mm}/{y}, {hh}:{mi}")),
    ]
    out = "\n".join(f"{k}\t{val}" for k, val in fields)
    comments = []
    old = old_text(c) if rng.random() < 0.5 else None
    if old:
        comments.append(
            f"{c.mate.name} ({fmt_date(earlier(c, 90), 'en', '{dd}/{mm}/{y}')}):"
            f' Related closed case – customer asked "{old}", resolved by KB article.'
        )
    comments.append(
        f"{c.agent.name} ({fmt_date(later(c, 100), 'en', '{dd}/{mm}/{y}')}):"
        " Called customer, left voicemail. Will try again tomorrow."
    )
    return out + "\n\nCase Comments\n" + "\n".join(comments)


def k_crm_activity(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    am = c.mate
    acts = []
    t0 = earlier(c, 20)

    def d(dt: datetime) -> str:
        return fmt_date(dt, "en", "{mon} {d}, {y} at {h12}:{mi} {ap}")

    acts.append(f'Email opened · {d(t0)}\n  {c.cust.name} opened "Your {v.product} renewal"')
    acts.append(
        f"Call logged by {am.name} · {d(t0 + timedelta(days=2))}\n  Outcome: Connected"
        f" · Duration {rng.randrange(3, 40)} min\n  Discussed renewal, budget approved"
        " for next quarter."
    )
    old = old_text(c) if rng.random() < 0.5 else None
    if old:
        acts.append(
            f'Form submission · {d(t0 + timedelta(days=3))}\n  Help form: "{old}" (ticket closed)'
        )
    kind = rng.choice(["Note", "Call logged", "Meeting logged"])
    intro = rng.choice(
        ["Customer asked:", f"{c.cust.first} said on the call:", "Request from contact:"]
    )
    acts.append(
        f"{kind} by {am.name} · {d(c.when)}\n  {intro}\n  {said(c, before=0.0, after=0.0)}"
        "\n  Next step: "
        f"{rng.choice(['follow up Friday', 'send to support', 'check with product'])}."
    )
    acts.reverse()
    head = (
        f"{c.cust.name} · {c.cust.title} at {c.cust.company}\n"
        f"Lifecycle stage: Customer · Owner: {am.name}\n"
    )
    return head + "\nActivity\n\n" + "\n\n".join(acts)


def k_hd_macro_reply(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    macro = rng.choice(v.macros).format(vendor=v.name, product=v.product)
    lang = c.cust.lang if rng.random() < 0.5 else "en"
    t = earlier(c, 3)
    desk = Person(v.name, v.team, "en", f"support@{v.domain}", "", "", "", "")
    quoted = f"{wrote_line(c, t, desk, lang)}\n" + quote(
        f"{v.reply_line}\n\n{c.agent.first} ({v.name} {v.team})\n\n"
        f"Hi {c.cust.first},\n\n{macro}\n\nThanks,\n{c.agent.first}\n\n"
        f"This email is a service from {v.name}. [{hexid(rng, 6).upper()}-{digits(rng, 4)}]"
    )
    return (
        f"Subject: Re: [{v.name}] Re: {subject(c, 'en')} (#{tid})\n\n"
        f"{cust_mail(c, to=c.agent.first, sig=0.7, long=0.1)}\n\n{quoted}"
    )


def k_hd_plaintext_tool(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tool = rng.choice(["Ticketeer", "DeskPilot", "Kundo Desk", "HelpHive", "Supportly"])
    key = f"{v.prefix}-{fmt_date(c.when, 'en', '{y}')}-{rng.randrange(1, 99999):05d}"
    msgs = []
    old = old_text(c) if rng.random() < 0.5 else None
    n = 2 if old is None else 3
    idx = 1
    if old:
        msgs.append(
            f"--- message {idx} of {n} (customer, "
            f"{fmt_date(earlier(c, 30), 'en', '{y}-{mm}-{dd}')}) ---\n{old}"
        )
        idx += 1
        msgs.append(
            f"--- message {idx} of {n} (agent {c.agent.first}) ---\n"
            + rng.choice(v.macros).format(vendor=v.name, product=v.product)
        )
        idx += 1
    else:
        msgs.append(f"--- message {idx} of {n} (system) ---\nTicket reopened by customer reply.")
        idx += 1
    msgs.append(
        f"--- message {idx} of {n} (customer, {fmt_date(c.when, 'en', '{y}-{mm}-{dd}')}) ---\n"
        f"{cust_mail(c, sig=0.5, long=0.0)}"
    )
    return (
        f"=== {key} === [{tool} export v{rng.randrange(2, 6)}.{rng.randrange(10)}]\n"
        f"customer   : {c.cust.name} <{c.cust.email}>\n"
        f"org        : {c.cust.company}\nchannel    : {rng.choice(['email', 'portal', 'api'])}\n"
        f"queue      : {rng.choice(['L1-general', 'L1-devices', 'billing'])}\n"
        f"state      : {rng.choice(['open', 'awaiting-agent', 'reopened'])}\n\n" + "\n\n".join(msgs)
    )


def k_hd_escalation(c: Ctx) -> str:
    rng = c.rng
    tid = ticket_no(c)
    reason = rng.choice(
        [
            "Outside Tier 1 scope",
            "Customer requested a supervisor",
            "Needs engineering input",
            "VIP account",
        ]
    )
    summary = rng.choice(
        [
            f"Customer has been with us since {c.when.year - rng.randrange(1, 7)},"
            f" {rng.choice(PLANS)} plan."
            " Already tried the usual steps. See message below.",
            "Tried restart + reinstall with the customer, no change. Their message below.",
            "Polite but frustrated, second contact this week. Original text below.",
        ]
    )
    ask = rng.choice(
        [
            "Could Tier 2 please confirm whether we can do this for them?",
            "Please advise, I've told them we'll reply within 24h.",
            "Can someone check feasibility and reply to the customer directly?",
        ]
    )
    return (
        f"ESCALATED #{tid}: Tier 1 → Tier 2 by {c.agent.name}\nReason: {reason}\n\n"
        f"Agent summary:\n{summary}\n{ask}\n\n"
        f"Customer's original message ({c.cust.name}, {fmt_date(c.when, 'en', '{d} {mon} {y}')}):\n"
        f"{quote(cust_mail(c, sig=0.5, long=0.0), '| ')}"
    )


def k_hd_markdown_export(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    rows = [
        ("Requester", c.cust.name),
        ("Organisation", c.cust.company),
        ("Channel", rng.choice(["E-mail", "Web widget", "WhatsApp", "Phone"])),
        ("Status", rng.choice(["Open", "Pending", "On-hold"])),
        ("Assignee", c.agent.name),
        ("CSAT", rng.choice(["–", "Good", "Bad"])),
    ]
    table = "| Field | Value |\n|---|---|\n" + "\n".join(f"| {k} | {val} |" for k, val in rows)
    conv = [
        f"**{c.cust.name}** · {fmt_date(c.when, 'en', '{y}-{mm}-{dd} {hh}:{mi}')}\n\n"
        f"{cust_mail(c, sig=0.4, long=0.0)}"
    ]
    if rng.random() < 0.6:
        conv.append(
            f"**{c.agent.name}** · {fmt_date(later(c, 120), 'en', '{y}-{mm}-{dd} {hh}:{mi}')}\n\n"
            + rng.choice(v.macros).format(vendor=v.name, product=v.product)
        )
    if rng.random() < 0.5:
        conv.insert(0, f"_Internal_ **{c.mate.name}**: checked entitlement, all fine.")
    return (
        f"# Ticket {tid}: {subject(c, 'en')}\n\n{table}\n\n## Conversation\n\n"
        + "\n\n---\n\n".join(conv)
    )


# ------------------------------------------------------------ other channels


def k_chat_live(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    t = c.when
    lines = []

    def ts(dt: datetime) -> str:
        return f"[{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}]"

    t = t.replace(second=rng.randrange(60))
    tool = rng.choice(["LiveChat", "Chatwoot", "Tawk", "site chat"])
    lines.append(f"Chat transcript – {v.name} ({tool}) – {fmt_date(t, 'en', '{y}-{mm}-{dd}')}")
    lines.append(f"Visitor: {c.cust.first} ({c.cust.email}) · Page: https://{v.domain}/help")
    lines.append("")
    lines.append(f"{ts(t)} System: {c.cust.first} joined the chat")
    t += timedelta(seconds=rng.randrange(5, 40))
    lines.append(
        f"{ts(t)} {c.agent.first}: Hi {c.cust.first}! Thanks for contacting"
        f" {v.name}. How can I help?"
    )
    t += timedelta(seconds=rng.randrange(10, 90))
    if rng.random() < 0.5:
        lines.append(f"{ts(t)} {c.cust.first}: {rng.choice(['hi', 'hello', 'hey there', 'hi!'])}")
        t += timedelta(seconds=rng.randrange(5, 30))
    lines.append(f"{ts(t)} {c.cust.first}: {said(c, before=0.3, after=0.1, compact=True)}")
    t += timedelta(seconds=rng.randrange(20, 120))
    lines.append(
        f"{ts(t)} {c.agent.first}: "
        + rng.choice(
            [
                "Sure, let me check that for you. Could you confirm the e-mail on your account?",
                "Thanks! One moment please while I look into it.",
                "Happy to help. Can you tell me which device you're using?",
            ]
        )
    )
    t += timedelta(seconds=rng.randrange(10, 60))
    lines.append(
        f"{ts(t)} {c.cust.first}: {rng.choice([c.cust.email, 'ok', 'sure', rng.choice(DEVICES)])}"
    )
    if rng.random() < 0.5:
        t += timedelta(seconds=rng.randrange(30, 300))
        lines.append(
            f"{ts(t)} System: Chat closed by {rng.choice(['agent', 'visitor', 'timeout'])}"
        )
    return "\n".join(lines)


def k_chat_bot_handoff(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    bot = rng.choice(["Ava", "Max", "Nova", "Pip", "Helpbot"])
    lines = [
        f"{bot} (bot): Hi! I'm {bot}, the {v.name} virtual assistant. What can I help you with?",
        "  [Billing]  [My device]  [Something else]",
    ]
    lines.append(
        f"{c.cust.first}: {rng.choice(['Something else', 'My device', 'agent', 'human please'])}"
    )
    lines.append(f"{bot} (bot): Sure! Please describe your question in a few words.")
    if rng.random() < 0.4:
        lines.append(f"{c.cust.first}: {rng.choice(['talk to a person', 'help', 'hello??'])}")
        lines.append(f"{bot} (bot): Sorry, I didn't quite get that. Could you rephrase?")
    lines.append(f"{c.cust.first}: {said(c, before=0.15, after=0.1, compact=True)}")
    if rng.random() < 0.5:
        lines.append(f"{bot} (bot): I found some articles that might help:")
        lines.append("  • Getting started with voice commands")
        lines.append("  • Troubleshooting your device")
        lines.append(f"{bot} (bot): Did that answer your question?  [Yes]  [No]")
        lines.append(f"{c.cust.first}: No")
    lines.append(
        f"{bot} (bot): Let me connect you with a human agent. Average wait:"
        f" {rng.randrange(1, 12)} min."
    )
    lines.append(
        f"— System: conversation handed off to {c.agent.first}"
        f" ({rng.choice(['Tier 1', 'EMEA queue'])}) —"
    )
    lines.append(
        "Handoff summary: intent=unknown ·"
        f" confidence={rng.randrange(10, 60) / 100:.2f} · lang={c.cust.lang}"
    )
    lines.append(
        f"{c.agent.first}: Hi {c.cust.first}, I've read the conversation above, give me a moment."
    )
    return "\n".join(lines)


def k_call_transcript(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    s = rng.randrange(0, 5)

    def ts(sec: int) -> str:
        return f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"

    cl = rng.choice(["Caller", "Customer", c.cust.first, "Speaker 2"])
    ag = rng.choice(["Agent", c.agent.first, "Speaker 1"])
    lines = [
        f"Call ID {hexid(rng, 10)} · Inbound · {fmt_date(c.when, 'en', '{y}-{mm}-{dd} {hh}:{mi}')}"
        f" · Duration {rng.randrange(2, 15)}:{rng.randrange(60):02d} · Auto-transcribed",
        "",
        f"[{ts(s)}] {ag}: Thank you for calling {v.name}, this is {c.agent.first},"
        " how may I help you today?",
    ]
    s += rng.randrange(4, 9)
    filler = rng.choice(["yeah hi", "hi um", "hello yes", "yeah hello so", "hi there um"])
    if c.mode == "inline":
        lines.append(f"[{ts(s)}] {cl}: {filler} {said(c, before=0.0, after=0.0)}")
    else:
        extra = rng.choice(["", " it is " + c.cust.first, " i have a question"])
        lines.append(f"[{ts(s)}] {cl}: {filler}{extra}")
        s += rng.randrange(3, 8)
        lines.append(f"[{ts(s)}] {ag}: sure go ahead")
        s += rng.randrange(2, 5)
        lines.append(f"[{ts(s)}] {cl}: {c.req}")
    s += rng.randrange(5, 12)
    lines.append(
        f"[{ts(s)}] {ag}: "
        + rng.choice(
            [
                "okay no problem can I just get your full name and postcode please",
                "right let me pull up your account could you spell your email for me",
                "okay could you hold for a moment while I check that",
            ]
        )
    )
    s += rng.randrange(4, 10)
    lines.append(f"[{ts(s)}] {cl}: yeah it's {c.cust.name.lower()}")
    s += rng.randrange(20, 80)
    lines.append(f"[{ts(s)}] {ag}: thanks for holding {c.cust.first}")
    return "\n".join(lines)


def k_meeting_transcript(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    base = rng.randrange(60_000, 1_800_000)
    am, pm = c.mate, rng.choice(v.agents)

    def cue(a: int, b: int) -> str:
        def f(ms: int) -> str:
            x = ms // 1000
            return f"{x // 3600:02d}:{x // 60 % 60:02d}:{x % 60:02d}.{ms % 1000:03d}"

        return f"{f(a)} --> {f(b)}"

    turns = [
        (am.name, "Okay, I think everyone's here. Thanks for making the time."),
        (am.name, f"So {c.cust.first}, last time you mentioned a few things about the rollout."),
        (c.cust.name, rng.choice(["Yeah, thanks.", "Right.", "Yes, so."])),
    ]
    if c.mode == "inline":
        turns.append((c.cust.name, said(c, before=0.0, after=0.0)))
    else:
        turns.append(
            (
                c.cust.name,
                rng.choice(
                    ["The main thing from our side is this.", "One thing the team keeps asking me."]
                ),
            )
        )
        turns.append((c.cust.name, c.req))
    turns.append(
        (
            pm.name,
            rng.choice(
                [
                    "Got it, I'm writing that down.",
                    "Okay, noted. Could you send us an example by email?",
                ]
            ),
        )
    )
    turns.append((am.name, "Great, and let's book a follow-up for next week, shall we?"))
    out = ["WEBVTT", ""]
    t = base
    for i, (spk, txt) in enumerate(turns, 1):
        d = rng.randrange(1500, 9000)
        out += [str(i), cue(t, t + d), f"{spk}: {txt}", ""]
        t += d + rng.randrange(0, 3000)
    return "\n".join(out).rstrip()


def k_sales_notes(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    am = c.mate
    old = old_text(c) if rng.random() < 0.4 else None
    asks = [f"- {c.req}" if c.mode != "inline" else f"- {said(c, before=0.0, after=0.0)}"]
    lines = [
        f"Call notes – {v.name} <> {c.cust.company}",
        f"Date: {fmt_date(c.when, 'en', '{d} {mon} {y}')} · Type: "
        f"{rng.choice(['Discovery', 'QBR', 'Renewal', 'Check-in'])}",
        f"Attendees: {c.cust.name} ({c.cust.title}), {am.name} (AE), {c.agent.name} (SE)",
        "",
        "Context",
        f"- {rng.randrange(5, 400)} seats, on {rng.choice(PLANS)}"
        f" since {c.when.year - rng.randrange(0, 5)}",
        f"- Budget cycle: {rng.choice(['Q1', 'Q3', 'calendar year'])}",
        "",
        "What the customer asked for (their words)",
        *asks,
    ]
    if old:
        lines += ["", "Open from last call (done)", f"- ~~{old}~~ – shipped"]
    lines += [
        "",
        "Next steps",
        f"- {am.first}: send pricing for {rng.choice(['Business', 'Enterprise'])} tier",
        f"- {c.agent.first}: check with product and reply by "
        f"{rng.choice(['Friday', 'next week', 'EOM'])}",
    ]
    return "\n".join(lines)


def k_review_appstore(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    stars = rng.randrange(1, 6)
    nick = rng.choice(NICKS) + (str(rng.randrange(10, 99)) if rng.random() < 0.5 else "")
    title = rng.choice(
        ["Almost perfect", "Please fix", "Good but...", "Feature request", "Meh", "Love it"]
    )
    store = rng.choice(["App Store", "Google Play"])
    body = said(c, before=0.5, after=0.3, compact=True)
    ver = f"{rng.randrange(3, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}"
    out = (
        f"{'★' * stars}{'☆' * (5 - stars)}  {title}\n{nick} · "
        f"{fmt_date(c.when, 'en', '{mon} {d}, {y}')} · {store} · v{ver}\n\n{body}"
    )
    if rng.random() < 0.5:
        out += f"\n\n{rng.randrange(1, 80)} people found this review helpful"
    if rng.random() < 0.7:
        out += (
            f"\n\nDeveloper Response · {fmt_date(later(c, 6000), 'en', '{mon} {d}, {y}')}\n"
            f"Hi {nick}, thanks for the feedback! "
            + rng.choice(
                [
                    f"Could you reach out to us at support@{v.domain} so we can"
                    " take a closer look?",
                    "Please update to the latest version and let us know if that helps.",
                    "We've shared this with our team – stay tuned!",
                ]
            )
        )
    return out


def k_review_site(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    stars = rng.randrange(1, 6)
    cc = COUNTRY[c.cust.lang]
    title = rng.choice(
        ["Decent service", "Could be better", "Great support team", "Frustrating", "Fine"]
    )
    body = said(c, before=0.7, after=0.4)
    out = (
        f"{c.cust.first} {c.cust.last[0]}.\n{cc} · {rng.randrange(1, 14)} reviews\n\n"
        f"Rated {stars} out of 5 stars\n{fmt_date(c.when, 'en', '{mon} {d}, {y}')}\n\n"
        f"{title}\n\n{body}\n\n"
        f"Date of experience: {fmt_date(earlier(c, 14), 'en', '{monl} {d}, {y}')}\n"
        "Useful · Share"
    )
    if rng.random() < 0.6:
        out += (
            f"\n\nReply from {v.name}\n{fmt_date(later(c, 4000), 'en', '{mon} {d}, {y}')}\n"
            f"Dear {c.cust.first}, thank you for taking the time to leave a review."
            f" Please contact our team at support@{v.domain} with your account"
            " details so we can help further. Kind regards, the"
            f" {v.name} team"
        )
    return out


def k_survey_nps(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    score = rng.randrange(0, 11)
    seg = "Promoter" if score >= 9 else "Passive" if score >= 7 else "Detractor"
    reason = rng.choice(
        [
            "Mostly works well, support was slow once.",
            "Good value, a few rough edges.",
            "Does what it says.",
            "Setup was painful but fine since.",
            "",
        ]
    )
    q3 = rng.choice(
        [
            "What is the one thing we could do to improve?",
            "Anything else you would like to tell us?",
            "What should we add or change?",
        ]
    )
    style = rng.randrange(2)
    if style == 0:
        return (
            f"Survey: {v.name} Relationship NPS {fmt_date(c.when, 'en', '{y}')}"
            f" Q{(c.when.month - 1) // 3 + 1}\n"
            f"Response ID: R_{hexid(rng, 15)}\nSubmitted: {iso(c.when)}\n"
            f"Respondent: {c.cust.email} · Plan: {rng.choice(PLANS)} ·"
            f" Country: {COUNTRY[c.cust.lang]}\n\n"
            f"Q1. How likely are you to recommend {v.name} to a friend or"
            f" colleague? (0-10)\n{score}\n"
            f"Segment: {seg}\n\nQ2. What is the main reason for your score?\n"
            f"{reason or '(no answer)'}\n\n"
            f"Q3. {q3}\n{said(c, before=0.2, after=0.2, compact=True)}"
        )
    return (
        f"CSAT export · {v.name} · {fmt_date(c.when, 'en', '{y}-{mm}-{dd}')}\n"
        f"ticket_id: {ticket_no(c)}\nagent: {c.agent.name}\nrating: {rng.randrange(1, 6)}/5\n"
        f"question: How satisfied were you with the help you received?\n"
        f"follow_up: {q3}\ncomment: {said(c, before=0.2, after=0.2, compact=True)}\n"
        f"channel: {rng.choice(['email', 'chat', 'in-app'])}\nlanguage: {c.cust.lang}"
    )


def k_forum_thread(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    nick = rng.choice(NICKS)
    other = rng.choice([n for n in NICKS if n != nick])
    mod = f"{rng.choice(v.agents).first}_{v.name.split(' ')[0]}"
    tid = rng.randrange(1000, 99999)
    old = old_text(c)
    if old and rng.random() < 0.6:
        q = f'[quote="{nick}, post:1, topic:{tid}"]\n{old}\n[/quote]\n\n' + rng.choice(
            [
                "Bumping my own thread, that one got sorted. New question though:",
                "Update: the above is fixed. Different question today.",
                "Never mind the above, figured it out. But now:",
            ]
        )
        return (
            f"{v.name} Community › {rng.choice(['Devices', 'Apps', 'Ideas', 'General'])}\n"
            f"Topic: {subject(c, 'en')}\n\n"
            f"#1 {nick} · {fmt_date(earlier(c, 60), 'en', '{mon} {y}')}\n{old}\n\n"
            f"#2 {mod} (Moderator) · {fmt_date(earlier(c, 30), 'en', '{mon} {y}')}\n"
            "Hi! Have you tried restarting the device? Please mark the reply as a"
            " solution if it helped.\n\n"
            f"#3 {nick} · {fmt_date(c.when, 'en', '{d} {mon} {y}')}\n{q}\n\n{said(c)}"
        )
    return (
        f"{v.name} Community › {rng.choice(['Devices', 'Apps', 'Ideas', 'General'])}\n"
        f"Topic: {subject(c, 'en')}\n\n"
        f"{nick} · Original poster · {fmt_date(c.when, 'en', '{d} {mon} {y}')}\n{said(c)}\n\n"
        f"{rng.randrange(0, 30)} likes · Reply\n\n"
        f"{other} · {fmt_date(later(c, 3000), 'en', '{d} {mon} {y}')}\n"
        f"> {nick} wrote:\n> {rng.choice(['anyone?', 'is this possible?', 'help appreciated'])}\n"
        "+1, would be useful for me too.\n\n"
        f"{mod} (Community Manager)\nThanks for posting! Could you share your"
        " app version? Please also vote on the idea so the team sees it."
    )


def k_social(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    handle = (
        "@"
        + fold(c.cust.first)
        + rng.choice(["_", "", "."])
        + fold(c.cust.last.split(" ")[-1])[:5]
        + str(rng.randrange(1, 99))
    )
    brand = "@" + v.handle
    style = rng.randrange(3)
    if style == 0:
        return (
            f"{c.cust.name} {handle} · {rng.randrange(1, 23)}h\nReplying to {brand}\n"
            f"{brand} {said(c, before=0.2, after=0.0, compact=True)}\n\n"
            f"{rng.randrange(0, 40)} replies · {rng.randrange(0, 90)} likes\n\n"
            f"{v.name} {brand} · {rng.randrange(1, 59)}m\nReplying to {handle}\n"
            f"Hi {c.cust.first}! Sorry to hear that. Could you DM us your account"
            f" e-mail so we can check? ^{c.agent.first[0]}{c.agent.last[0]}"
        )
    if style == 1:
        t = c.when
        return (
            f"Direct message · {handle} → {brand}\n\n"
            f"{fmt_date(t, 'en', '{mon} {d}, {h12}:{mi} {ap}')}\n{c.cust.first}: hi\n"
            f"{c.cust.first}: {said(c, before=0.1, after=0.0, compact=True)}\n"
            f"{fmt_date(later(c, 120), 'en', '{mon} {d}, {h12}:{mi} {ap}')}\n"
            f"{v.name}: Hi there, thanks for reaching out! Can you share the"
            f" e-mail address on your account? – {c.agent.first}\n"
            f"{c.cust.first}: {c.cust.email}"
        )
    return (
        f"Instagram · comment on {brand}'s post "
        f'"{rng.choice(["New colours are here!", "Meet the new app", "Weekend vibes"])}"\n\n'
        + (
            f"{handle[1:]} {said(c, before=0.0, after=0.0, compact=True)} "
            f"{rng.choice(['', '🙏', '😅', '❤️'])}"
        ).rstrip()
        + f"\n{rng.randrange(1, 20)}w · {rng.randrange(0, 40)} likes · Reply\n\n"
        f"    {v.handle} @{handle[1:]} Hi! Please send us a DM and we'll help you out 💬"
    )


def k_messaging(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    style = rng.randrange(3)
    t = c.when
    if style == 0:

        def wa(dt: datetime) -> str:
            return (
                f"[{dt.day:02d}/{dt.month:02d}/{dt.year}, {dt.hour:02d}:"
                f"{dt.minute:02d}:{rng.randrange(60):02d}]"
            )

        lines = [
            f"{wa(t - timedelta(days=3))} {v.name}: Messages and calls are end-to-end encrypted.",
        ]
        old = old_text(c) if rng.random() < 0.5 else None
        if old:
            lines.append(f"{wa(t - timedelta(days=2))} {c.cust.first}: {old}")
            lines.append(
                f"{wa(t - timedelta(days=2, minutes=-20))} {v.name}: Done ✅ Anything else?"
            )
            lines.append(f"{wa(t - timedelta(days=2, minutes=-25))} {c.cust.first}: no thanks")
        lines.append(f"{wa(t)} {c.cust.first}: {said(c, before=0.2, after=0.1, compact=True)}")
        if rng.random() < 0.5:
            lines.append(f"{wa(t + timedelta(minutes=1))} {c.cust.first}: <Media omitted>")
        lines.append(
            f"{wa(later(c, 30))} {v.name}: Hi {c.cust.first}, {c.agent.first} here 👋 Let me check!"
        )
        return "\n".join(lines)
    if style == 1:

        def tg(dt: datetime) -> str:
            return (
                f"{c.cust.first} {c.cust.last}, [{dt.day:02d}.{dt.month:02d}."
                f"{dt.year % 100:02d} {dt.hour:02d}:{dt.minute:02d}]"
            )

        return (
            f"Telegram · {v.name} Support bot\n\n"
            f"{v.name} Support, [{t.day:02d}.{t.month:02d}.{t.year % 100:02d}"
            f" {t.hour:02d}:{t.minute:02d}]\n"
            "Welcome! Send us your question and an agent will reply here.\n\n"
            f"{tg(t)}\n{said(c, before=0.2, after=0.0)}\n\n"
            f"{tg(t + timedelta(minutes=1))}\n{rng.choice(['thx', 'pls', '?', 'ty'])}"
        )
    num = phone(rng, c.cust.lang).replace(" ", "")
    return (
        f"SMS inbound · from {num} · to {v.name} "
        f"({rng.choice(['short code 60777', 'support line'])})\n"
        f"Received: {fmt_date(t, 'en', '{y}-{mm}-{dd} {hh}:{mi}')}\n"
        f"Matched contact: {c.cust.name if rng.random() < 0.6 else 'unknown'}\n\n"
        f"{said(c, before=0.0, after=0.2, compact=True)}\n\n"
        f'-- auto-reply sent: "Thanks! We got your text. Reply STOP to opt out."'
    )


def k_voicemail(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    num = phone(rng, c.cust.lang)
    conf = rng.randrange(62, 97) / 100
    intro = rng.choice(
        [
            f"hi this is {c.cust.first} from {c.cust.company}",
            f"hello it's {c.cust.name.lower()} calling",
            f"yeah hi um {c.cust.first} here",
        ]
    )
    body = said(c, before=0.0, after=0.0)
    outro = rng.choice(
        [
            f"you can reach me on {num} thanks bye",
            "call me back when you can thanks",
            "ok thanks bye",
        ]
    )
    return (
        f"New voicemail from {num} ({c.cust.name if rng.random() < 0.5 else 'Unknown caller'})\n"
        f"Received {fmt_date(c.when, 'en', '{wdl}, {monl} {d} at {h12}:{mi} {ap}')} ·"
        f" Duration 0:{rng.randrange(12, 59):02d} · Mailbox: {v.name} Support\n\n"
        f'Transcription (confidence {conf:.2f}):\n"{intro} {body} {outro}"\n\n'
        "Listen: [audio.wav] · Was this transcription useful? Yes / No"
    )


def k_widget_json(c: Ctx) -> str:
    rng = c.rng
    dev = rng.choice(DEVICES)
    os_ = OSES.get(dev.split(" ")[0], "Android")
    osv = (
        f"{rng.randrange(15, 18)}.{rng.randrange(0, 6)}"
        if os_ != "Android"
        else str(rng.randrange(12, 15))
    )
    obj = {
        "id": f"fb_{hexid(rng, 12)}",
        "type": rng.choice(["feedback", "idea", "bug", "question"]),
        "rating": rng.choice([None, 1, 2, 3, 4, 5]),
        "message": said(c, before=0.3, after=0.2, compact=True),
        "user": {
            "id": f"u_{digits(rng, 7)}",
            "email": c.cust.email,
            "plan": rng.choice(PLANS).lower(),
        },
        "device": {
            "model": dev,
            "os": f"{os_} {osv}",
            "app_version": f"{rng.randrange(3, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}",
            "locale": f"{c.cust.lang}_{COUNTRY[c.cust.lang]}",
            "battery": round(rng.random(), 2),
            "network": rng.choice(["wifi", "cellular", "5g"]),
        },
        "screen": rng.choice(["HomeScreen", "SettingsFragment", "RoutineEditor", "PlayerView"]),
        "created_at": iso(c.when),
        "source": rng.choice(["in_app_widget", "shake_to_report", "settings_feedback"]),
    }
    return json.dumps(obj, indent=2, ensure_ascii=False)


def k_record_export(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    rid = f"{v.prefix}{digits(rng, 6)}"
    msg = said(c, before=0.3, after=0.2, compact=True)
    if rng.random() < 0.5:
        if '"' in msg:
            raise Unfit("quote in csv field")
        hdr = "id,created_at,channel,customer_email,country,rating,text,status"
        row = (
            f"{rid},{iso(c.when)},{rng.choice(['email', 'app', 'web'])},{c.cust.email},"
            f'{c.cust.lang.upper()},{rng.randrange(1, 6)},"{msg}",{rng.choice(["new", "triaged"])}'
        )
        return f"{hdr}\n{row}"
    if "]]>" in msg:
        raise Unfit("cdata")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feedbackExport generated="'
        f'{iso(later(c, 600))}">\n  <record id="{rid}">\n'
        f'    <customer email="{c.cust.email}" lang="{c.cust.lang}"/>\n'
        f"    <channel>{rng.choice(['email', 'app', 'web', 'phone'])}</channel>\n"
        f"    <created>{iso(c.when)}</created>\n"
        f"    <body><![CDATA[{msg}]]></body>\n"
        f"    <tags><tag>{rng.choice(['untriaged', 'voice', 'idea'])}</tag></tags>\n"
        "  </record>\n</feedbackExport>"
    )


def k_issue_tracker(c: Ctx) -> str:
    rng = c.rng
    v = c.vendor
    tid = ticket_no(c)
    old = old_text(c) if rng.random() < 0.5 else None
    style = rng.randrange(3)
    req = said(c, before=0.0, after=0.0)
    if style == 0:
        out = (
            f"### Summary\nFiled by support ({c.agent.first}) on behalf of a customer,"
            f" ticket #{tid}.\n\n### Customer's words\n> {req}\n\n"
            f"### Environment\n- App: {v.product} {rng.randrange(3, 9)}.{rng.randrange(0, 30)}\n"
            f"- Device: {rng.choice(DEVICES)}\n- Locale: {c.cust.lang}\n\n"
            "### Notes from support\nCustomer is happy to be contacted for beta testing."
        )
        if old:
            out += f' They previously asked "{old}" (handled in #{tid - rng.randrange(10, 900)}).'
        return out + f"\n\nLabels: customer-request, {rng.choice(['triage', 'needs-pm'])}"
    if style == 1:
        out = (
            f"h3. Customer request\n{{quote}}\n{req}\n{{quote}}\n\n"
            f"*Reporter (proxy):* {c.agent.name}\n*Customer:* {c.cust.company}"
            f" ({rng.choice(PLANS)})\n*Zendesk:* #{tid}\n\n"
            "h3. Acceptance criteria\n* TBD by PM\n"
        )
        if old:
            day = fmt_date(earlier(c, 120), "en", "{y}-{mm}-{dd}")
            out += f'\nh3. History\n* {day}: "{old}" – done'
        return out
    out = (
        f"Customer request via {rng.choice(['Intercom', 'Zendesk', 'Front', 'e-mail'])}\n\n"
        f"**Customer:** {c.cust.name} · {c.cust.company}\n"
        f"**Impact:** {rng.randrange(1, 300)} users\n\n{req}\n\n"
        f"---\nCreated by {c.agent.name} · Triage · "
        f"{rng.choice(['Low', 'Medium', 'High'])} priority"
    )
    if old:
        out += f"\nRelated: {v.prefix}-{rng.randrange(100, 999)} ({old})"
    return out


# -------------------------------------------------------------- kind table

KINDS: list[tuple[str, str, float, Callable[[Ctx], str]]] = [
    ("mail_reply_gmail", "email", 3.4, k_mail_reply_gmail),
    ("mail_reply_outlook", "email", 3.2, k_mail_reply_outlook),
    ("mail_forward_colleague", "email", 2.8, k_mail_forward_colleague),
    ("mail_internal_escalation", "email", 2.2, k_mail_internal_escalation),
    ("mail_list_digest", "email", 1.6, k_mail_list_digest),
    ("mail_webform", "email", 2.6, k_mail_webform),
    ("mail_bounce_resend", "email", 1.6, k_mail_bounce_resend),
    ("mail_attachments", "email", 2.2, k_mail_attachments),
    ("mail_html_leftovers", "email", 2.2, k_mail_html_leftovers),
    ("mail_signature_disclaimer", "email", 2.4, k_mail_signature_disclaimer),
    ("mail_mobile", "email", 2.6, k_mail_mobile),
    ("mail_deep_thread", "email", 2.4, k_mail_deep_thread),
    ("mail_inline_answers", "email", 1.8, k_mail_inline_answers),
    ("mail_raw_eml", "email", 1.8, k_mail_raw_eml),
    ("mail_newsletter_reply", "email", 1.6, k_mail_newsletter_reply),
    ("mail_ooo_chain", "email", 1.8, k_mail_ooo_chain),
    ("mail_autoack_reply", "email", 1.8, k_mail_autoack_reply),
    ("hd_thread", "helpdesk", 3.0, k_hd_thread),
    ("hd_field_export", "helpdesk", 2.6, k_hd_field_export),
    ("hd_internal_note", "helpdesk", 2.4, k_hd_internal_note),
    ("hd_merged", "helpdesk", 1.8, k_hd_merged),
    ("hd_sla_banner", "helpdesk", 2.2, k_hd_sla_banner),
    ("hd_csat", "helpdesk", 2.0, k_hd_csat),
    ("hd_timeline", "helpdesk", 2.2, k_hd_timeline),
    ("crm_case", "helpdesk", 2.4, k_crm_case),
    ("crm_activity", "helpdesk", 2.2, k_crm_activity),
    ("hd_macro_reply", "helpdesk", 2.6, k_hd_macro_reply),
    ("hd_plaintext_tool", "helpdesk", 2.0, k_hd_plaintext_tool),
    ("hd_escalation", "helpdesk", 2.2, k_hd_escalation),
    ("hd_markdown_export", "helpdesk", 2.4, k_hd_markdown_export),
    ("chat_live", "other", 2.6, k_chat_live),
    ("chat_bot_handoff", "other", 2.2, k_chat_bot_handoff),
    ("call_transcript", "other", 2.2, k_call_transcript),
    ("meeting_transcript", "other", 1.8, k_meeting_transcript),
    ("sales_notes", "other", 1.8, k_sales_notes),
    ("review_appstore", "other", 2.2, k_review_appstore),
    ("review_site", "other", 1.8, k_review_site),
    ("survey_nps_csat", "other", 2.2, k_survey_nps),
    ("forum_thread", "other", 2.0, k_forum_thread),
    ("social", "other", 2.0, k_social),
    ("messaging", "other", 2.4, k_messaging),
    ("voicemail", "other", 1.6, k_voicemail),
    ("widget_json", "other", 1.8, k_widget_json),
    ("record_export", "other", 1.4, k_record_export),
    ("issue_tracker", "other", 2.0, k_issue_tracker),
]
GROUP_SHARE = {"email": 0.40, "helpdesk": 0.30, "other": 0.30}


def kind_weights() -> list[float]:
    totals: dict[str, float] = {}
    for _, grp, w, _ in KINDS:
        totals[grp] = totals.get(grp, 0.0) + w
    return [GROUP_SHARE[grp] * w / totals[grp] for _, grp, w, _ in KINDS]


# ------------------------------------------------------ request variation


def typo(text: str, rng: random.Random) -> str:
    """One realistic slip: swap, drop, double or neighbouring key."""
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if sum(ch.isalpha() for ch in w) >= 4]
    if not cand:
        return text
    i = rng.choice(cand)
    w = words[i]
    letters = [j for j, ch in enumerate(w) if ch.isalpha()]
    op = rng.choice(["swap", "drop", "double", "near", "near", "swap"])
    if op == "swap":
        pairs = [j for j in letters[:-1] if j + 1 in letters and w[j] != w[j + 1]]
        if pairs:
            j = rng.choice(pairs)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        else:
            op = "drop"
    if op == "drop":
        j = rng.choice(letters[1:])
        w = w[:j] + w[j + 1 :]
    elif op == "double":
        j = rng.choice(letters)
        w = w[: j + 1] + w[j] + w[j + 1 :]
    elif op == "near":
        js = [j for j in letters if w[j].lower() in QWERTY]
        if js:
            j = rng.choice(js)
            nb = rng.choice(QWERTY[w[j].lower()])
            nb = nb.upper() if w[j].isupper() else nb
            w = w[:j] + nb + w[j + 1 :]
    words[i] = w
    return " ".join(words)


def variant(core: str, mode: str, rng: random.Random) -> str:
    """Capitalisation and trailing punctuation as a writer would vary them."""
    s = core.strip()
    if not s:
        return s
    if mode == "inline":
        s = s.rstrip(".?! ")
        if s and s[0].isupper() and not s.startswith(("I ", "I'")):
            if rng.random() < 0.8:
                s = s[0].lower() + s[1:]
        return s or core.strip()
    if s[0].islower() and rng.random() < (0.6 if mode == "main" else 0.35):
        s = s[0].upper() + s[1:]
    elif s[0].isupper() and rng.random() < 0.1:
        s = s[0].lower() + s[1:]
    if s[-1].isalnum():
        if rng.random() < (0.7 if mode == "main" else 0.3):
            q = s.split(" ")[0].lower() in QUESTION_WORDS
            s += "?" if q else rng.choice([".", ".", ".", "!"])
    elif s[-1] in ".?!" and len(s) > 1 and rng.random() < 0.15:
        s = s.rstrip(".?!") or s
    return s


def norm(s: str) -> str:
    return s.strip().rstrip(".?!").lower()


def osa(a: str, b: str) -> int:
    """Optimal string alignment distance (adjacent swaps count once)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


# ------------------------------------------------------------------- main


@dataclass
class RowPlan:
    kind: str
    req: str


def run(args: argparse.Namespace) -> int:
    with open(args.inp, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    for col in (args.text_col, args.label_col):
        if col not in fields:
            print(f"missing column {col!r} in {args.inp}", file=sys.stderr)
            return 2
    rng = random.Random(args.seed)
    vendors = make_vendors(rng)
    texts = [r[args.text_col] for r in rows]
    labels = [r[args.label_col] for r in rows]
    pool = [
        i
        for i, lab in enumerate(labels)
        if texts[i].strip() and (args.oos_label is None or lab != args.oos_label)
    ]
    names = [k[0] for k in KINDS]
    weights = kind_weights()
    seen: set[str] = set()
    plans: list[RowPlan] = []
    out_rows = []
    for i, row in enumerate(rows):
        text = texts[i]
        wrap = rng.random() < args.share
        core = text.strip()
        if core and rng.random() < args.typo_share:
            core = typo(core, rng)
        if not wrap or not core:
            new = dict(row)
            new[args.text_col] = core if core else text
            out_rows.append(new)
            plans.append(RowPlan("plain", core if core else text))
            continue

        def old_source(i: int = i, core: str = core) -> str | None:
            low = core.lower()
            for _ in range(12):
                j = pool[rng.randrange(len(pool))] if pool else -1
                if j < 0:
                    return None
                o = texts[j].strip()
                if labels[j] == labels[i] or j == i:
                    continue
                if low in o.lower() or o.lower() in low:
                    continue
                return o
            return None

        result = None
        for attempt in range(10):
            kidx = rng.choices(range(len(KINDS)), weights)[0]
            if attempt >= 8:
                kidx = 0
            mode = rng.choices(["line", "main", "inline"], [0.5, 0.32, 0.18])[0]
            req = variant(core, mode, rng)
            vendor = rng.choice(vendors)
            clang = rng.choices(LANGS, LANG_WEIGHTS)[0]
            cust = make_person(rng, clang)
            agent = rng.choice(vendor.agents)
            mate = rng.choice([a for a in vendor.agents if a is not agent])
            when = datetime(2022, 1, 3) + timedelta(
                days=rng.randrange(0, 3 * 365),
                minutes=rng.randrange(7 * 60, 22 * 60),
                seconds=rng.randrange(60),
            )
            ctx = Ctx(rng, req, mode, cust, vendor, agent, mate, when, old_source)
            try:
                wrapped = KINDS[kidx][3](ctx)
            except Unfit:
                continue
            if req not in wrapped or wrapped in seen:
                continue
            result = (names[kidx], req, wrapped)
            break
        if result is None:
            new = dict(row)
            new[args.text_col] = core
            out_rows.append(new)
            plans.append(RowPlan("plain", core))
            continue
        seen.add(result[2])
        new = dict(row)
        new[args.text_col] = result[2]
        out_rows.append(new)
        plans.append(RowPlan(result[0], result[1]))
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(out_rows)
    if args.verify:
        return verify(args, rows, plans)
    return 0


def verify(args: argparse.Namespace, rows: list[dict], plans: list[RowPlan]) -> int:
    with open(args.out, newline="", encoding="utf-8") as fh:
        back = list(csv.DictReader(fh))
    fails: list[str] = []
    if len(back) != len(rows):
        fails.append(f"row count {len(back)} != {len(rows)}")
    wrapped_seen: Counter[str] = Counter()
    for i, (src, got, plan) in enumerate(zip(rows, back, plans, strict=False)):
        for k, val in src.items():
            if k != args.text_col and got.get(k) != val:
                fails.append(f"row {i}: column {k} changed")
        text = got[args.text_col]
        orig = src[args.text_col]
        if plan.kind == "plain":
            if text != plan.req:
                fails.append(f"row {i}: plain text mismatch")
        else:
            wrapped_seen[text] += 1
            if plan.req not in text:
                fails.append(f"row {i}: request {plan.req!r} not found ({plan.kind})")
        if orig.strip() and osa(norm(plan.req), norm(orig)) > 1:
            fails.append(f"row {i}: request altered too much: {plan.req!r} vs {orig!r}")
    dups = sum(n - 1 for n in wrapped_seen.values() if n > 1)
    if dups:
        fails.append(f"{dups} duplicate wrapped texts")
    counts = Counter(p.kind for p in plans)
    order = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"{len(rows)} rows -> {args.out}: " + ", ".join(f"{k}={n}" for k, n in order))
    groups: Counter[str] = Counter()
    gmap = {name: grp for name, grp, _, _ in KINDS}
    for k, n in counts.items():
        groups[gmap.get(k, "plain")] += n
    print("groups: " + ", ".join(f"{g}={n}" for g, n in sorted(groups.items())))
    if fails:
        print(f"verify: FAILED ({len(fails)})")
        for f in fails[:20]:
            print("  " + f)
        return 1
    print("verify: OK")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Blind channel wrapper 15")
    ap.add_argument("inp", help="input CSV")
    ap.add_argument("out", help="output CSV")
    ap.add_argument("--share", type=float, default=0.75)
    ap.add_argument("--typo-share", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--oos-label", default=None)
    ap.add_argument("--verify", action="store_true")
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
