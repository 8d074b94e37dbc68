"""Blind channel wrapper 14.

Test-data generator: wraps short customer request texts (one per CSV row, e.g. "play some jazz",
"how do i cancel my card?") in envelopes the way real support channels deliver them -- e-mail
replies with quoted history, forwards, auto-replies, HTML residue, legal footers, signatures,
helpdesk exports, chats, call notes, reviews, surveys, forum posts, SMS, voicemail, form
submissions and JSON/CSV exports -- so that request recovery can be measured blind.

This file was written blind: without reading the product's envelope/cleaning code, its tests,
its docs or any other bench script. The envelopes come only from general knowledge of how
e-mail clients, helpdesks, chat tools, survey tools, review sites and CRMs format messages.

Usage:
    python bench/blind_wrap_14.py IN.csv OUT.csv [--share 0.75] [--typo-share 0.2] [--seed 14]
        [--text-col text] [--label-col label] [--oos-label LABEL] [--verify]

IN.csv needs a header row with a text column and a label column. OUT.csv has the same columns,
row order and labels; for a seeded random `share` of rows the text is replaced by a wrapped
message that contains the request (possibly with one typo, a capitalised first letter and a
trailing "?", "." or "please"). The other rows keep their text, possibly with one typo.
Rows whose label equals --oos-label are wrapped like any other row but are never quoted as a
customer's earlier request inside another row's envelope. --verify re-reads OUT.csv, checks
that every wrapped row still contains its request and prints per-kind counts and a summary.
Deterministic for a given seed (one random.Random(seed) stream); standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

LANGS = ["en", "de", "fr", "es", "nl", "pt", "it", "sv", "pl"]
LANG_W = [34, 12, 9, 9, 8, 7, 7, 7, 7]

# --------------------------------------------------------------------------- people & places

FIRST = {
    "en": "Emma Oliver James Sarah Daniel Chloe Ryan Hannah Michael Laura Priya Aisha Tom Grace "
    "Ben Megan Connor Zoe Raj Nadia Kwame Siobhan Liam Fatima Owen Rebecca".split(),
    "de": "Lukas Anna Jonas Lea Felix Sophie Maximilian Katrin Tobias Julia Stefan Miriam Jürgen "
    "Sabine Timo Greta Ulrike Dominik".split(),
    "fr": "Camille Julien Chloé Élodie Mathieu Léa Nicolas Margaux Antoine Inès Théo Sandrine "
    "Baptiste Céline".split(),
    "es": "Carlos Lucía Javier María Alejandro Carmen Pablo Elena Diego Marta Sergio Paula "
    "Nerea Íñigo".split(),
    "nl": "Daan Sanne Bram Lotte Pieter Femke Joost Anouk Thijs Eva Ruben Marloes Sjoerd "
    "Ilse".split(),
    "pt": "João Ana Beatriz Rafael Inês Tiago Mariana Pedro Carolina Miguel Sofia Rui Gonçalo "
    "Leonor".split(),
    "it": "Giulia Marco Francesca Matteo Alessandro Chiara Luca Sara Davide Elisa Federico "
    "Valentina Niccolò Ilaria".split(),
    "sv": "Erik Astrid Linnea Oskar Malin Johan Elin Anders Sara Karin Nils Ebba Björn "
    "Maja".split(),
    "pl": "Piotr Katarzyna Agnieszka Tomasz Wojciech Zofia Marta Paweł Magdalena Krzysztof Anna "
    "Michał Joanna Łukasz".split(),
}
LAST = {
    "en": "Smith Hughes Patel O'Brien Walker Bennett Khan Murphy Clarke Turner Reid Fletcher "
    "Okafor Nguyen Shaw Doyle Mitchell Lawson Mensah Gallagher".split(),
    "de": "Müller Schneider Fischer Weber Becker Hoffmann Schäfer Krüger Wagner Zimmermann Braun "
    "Hartmann Köhler Vogel Lindner".split(),
    "fr": "Dubois Martin Lefèvre Moreau Girard Fontaine Rousseau Chevalier Lambert Garnier Faure "
    "Roux Mercier".split(),
    "es": "García Martínez López Sánchez Romero Navarro Torres Ruiz Jiménez Moreno Castillo "
    "Ortega Etxeberria".split(),
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer"]
    + ["Mulder", "Bos", "Vos", "van Dijk", "Hendriks"],
    "pt": "Silva Santos Oliveira Ferreira Pereira Costa Rodrigues Almeida Carvalho Sousa Gomes "
    "Lopes Marques".split(),
    "it": "Rossi Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Esposito Fontana "
    "De Luca".split(),
    "sv": "Andersson Johansson Lindqvist Karlsson Nilsson Eriksson Larsson Berg Holm Sandberg "
    "Lund Ek Björk".split(),
    "pl": "Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski "
    "Kozłowska Mazur Jankowski".split(),
}
PERSONAL_DOMAINS = {
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "btinternet.com",
        "icloud.com",
        "hotmail.com",
    ],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
}
COMPANIES = {
    "en": [
        ("Brightwater Logistics Ltd", "brightwater-logistics.co.uk"),
        ("Hollow Pine Studio", "hollowpine.studio"),
        ("Redfern Dental Group", "redferndental.com"),
        ("Kite & Key Ltd", "kiteandkey.co.uk"),
        ("Northgate Analytics", "northgate-analytics.com"),
        ("Copperleaf Events", "copperleafevents.com"),
        ("Saltmarsh Veterinary Practice", "saltmarshvets.co.uk"),
    ],
    "de": [
        ("Nordlicht Medien GmbH", "nordlicht-medien.de"),
        ("Bäckerei Hansen KG", "baeckerei-hansen.de"),
        ("Alpenblick Reisen GmbH", "alpenblick-reisen.de"),
        ("Kessler & Vogt Steuerberatung", "kessler-vogt.de"),
        ("Elbwerk Maschinenbau AG", "elbwerk.de"),
    ],
    "fr": [
        ("Atelier Mercier SARL", "atelier-mercier.fr"),
        ("Transports Girard", "transports-girard.fr"),
        ("Maison Lumière SAS", "maisonlumiere.fr"),
        ("Cabinet Faure & Associés", "cabinet-faure.fr"),
    ],
    "es": [
        ("Grupo Alameda S.L.", "grupoalameda.es"),
        ("Clínica Dental Sol", "clinicasol.es"),
        ("Viveros Ortega", "viverosortega.es"),
        ("Talleres Navarro S.A.", "talleresnavarro.es"),
    ],
    "nl": [
        ("Van Dijk Installaties B.V.", "vandijkinstallaties.nl"),
        ("De Groene Fiets", "degroenefiets.nl"),
        ("Kaashandel Bos", "kaashandelbos.nl"),
        ("Meijer Advocaten", "meijer-advocaten.nl"),
    ],
    "pt": [
        ("Costa & Filhos Lda.", "costafilhos.pt"),
        ("Vinhos Almeida", "vinhosalmeida.pt"),
        ("Padaria Estrela", "padariaestrela.pt"),
    ],
    "it": [
        ("Officine Bellini S.r.l.", "officinebellini.it"),
        ("Trattoria Da Gino", "dagino.it"),
        ("Studio Legale Conti", "studioconti.it"),
        ("Ceramiche Greco", "ceramichegreco.it"),
    ],
    "sv": [
        ("Skogsberg AB", "skogsberg.se"),
        ("Nordvik Bygg AB", "nordvikbygg.se"),
        ("Fika & Co", "fikaco.se"),
    ],
    "pl": [
        ("Polmet Sp. z o.o.", "polmet.pl"),
        ("Biuro Rachunkowe Mazur", "br-mazur.pl"),
        ("Drukarnia Wisła", "drukarniawisla.pl"),
    ],
}
TITLES = {
    "en": ["Operations Manager", "Head of Finance", "Office Manager", "Founder & CEO"]
    + ["IT Coordinator", "Customer Success Lead", "Practice Manager", "Senior Accountant"],
    "de": ["Geschäftsführer", "Teamleiterin Buchhaltung", "Assistenz der Geschäftsleitung"]
    + ["Leiter IT", "Einkauf"],
    "fr": ["Responsable administratif", "Chargée de communication", "Gérant", "Directrice RH"],
    "es": ["Director de Operaciones", "Responsable de Compras", "Administración"],
    "nl": ["Office manager", "Bedrijfsleider", "Financieel medewerker"],
    "pt": ["Gestora de Projetos", "Diretor Comercial", "Contabilidade"],
    "it": ["Responsabile Amministrazione", "Titolare", "Ufficio Acquisti"],
    "sv": ["Ekonomiansvarig", "VD", "Kontorschef"],
    "pl": ["Kierownik biura", "Specjalista ds. zakupów", "Prezes Zarządu"],
}
STREETS = {
    "en": ["Abbey Road", "Mill Lane", "Queen Street", "Victoria Road", "Church Street"],
    "de": ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Prado", "Paseo de Gracia"],
    "nl": ["Keizersgracht", "Dorpsstraat", "Stationsweg", "Kerkstraat"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo"],
    "it": ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Via Dante"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jana Pawła II"],
}
CITIES = {
    "en": [("London", "EC2A 4NE"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR")]
    + [("Manchester", "M1 2HF"), ("Dublin", "D02 X285"), ("Edinburgh", "EH1 1YZ")],
    "de": [("Berlin", "10969"), ("München", "80331"), ("Hamburg", "20095"), ("Köln", "50667")],
    "fr": [("Lyon", "69003"), ("Paris", "75011"), ("Nantes", "44000"), ("Lille", "59000")],
    "es": [("Madrid", "28013"), ("Barcelona", "08007"), ("Valencia", "46002"), ("Bilbao", "48001")],
    "nl": [("Amsterdam", "1016 DV"), ("Utrecht", "3511 LN"), ("Rotterdam", "3012 CN")],
    "pt": [("Lisboa", "1100-048"), ("Porto", "4000-322"), ("Braga", "4700-035")],
    "it": [("Milano", "20121"), ("Roma", "00186"), ("Torino", "10123"), ("Bologna", "40126")],
    "sv": [("Stockholm", "111 51"), ("Göteborg", "411 05"), ("Malmö", "211 20")],
    "pl": [
        ("Warszawa", "00-514"),
        ("Kraków", "31-042"),
        ("Gdańsk", "80-831"),
        ("Poznań", "61-772"),
    ],
}
PHONES = {
    "en": ("+44 20 #### ####", "+44 7### ######"),
    "de": ("+49 30 ########", "+49 15# #######"),
    "fr": ("+33 1 ## ## ## ##", "+33 6 ## ## ## ##"),
    "es": ("+34 91 ### ## ##", "+34 6## ### ###"),
    "nl": ("+31 20 ### ####", "+31 6 ########"),
    "pt": ("+351 21 ### ####", "+351 9## ### ###"),
    "it": ("+39 02 #### ####", "+39 3## ### ####"),
    "sv": ("+46 8 ### ### ##", "+46 70 ### ## ##"),
    "pl": ("+48 22 ### ## ##", "+48 5## ### ###"),
}
COUNTRY = {
    "en": "GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "pt": "PT",
    "it": "IT",
    "sv": "SE",
    "pl": "PL",
}

# ------------------------------------------------------------- vendors (templates recur)

VENDORS: list[dict] = [
    {
        "name": "Sonara",
        "domain": "sonara.com",
        "support": "help@sonara.com",
        "tool": "HelpHive",
        "prefix": "SON",
        "bot": "Nova",
        "lang": "en",
        "product": "Sonara One speaker",
        "plans": ["Free", "Plus", "Family"],
        "handle": "SonaraHelp",
        "agents": ["Megan Doyle", "Tom Becker", "Inês Carvalho", "Rafael Ortega", "Hannah Lund"],
        "addr": "Sonara Audio Ltd, 3 Hatton Garden, London EC1N 8AT, United Kingdom",
    },
    {
        "name": "Parcelo",
        "domain": "parcelo.eu",
        "support": "service@parcelo.eu",
        "tool": "Deskly",
        "prefix": "PRC",
        "bot": "Parcy",
        "lang": "nl",
        "product": "Parcelo app",
        "plans": ["Basic", "Business", "Business Plus"],
        "handle": "Parcelo_NL",
        "agents": ["Sanne Visser", "Joost Mulder", "Eva Hendriks", "Karim Bouzid"],
        "addr": "Parcelo B.V., Stationsplein 45, 3013 AK Rotterdam, Nederland",
    },
    {
        "name": "Brightbank",
        "domain": "brightbank.co.uk",
        "support": "support@brightbank.co.uk",
        "tool": "Caseflow",
        "prefix": "BB",
        "bot": "Penny",
        "lang": "en",
        "product": "Brightbank card",
        "plans": ["Standard", "Premium", "Metal"],
        "handle": "BrightbankHelp",
        "agents": ["Grace Lawson", "Owen Reid", "Priya Sharma", "Daniel Shaw"],
        "addr": "Brightbank plc, 20 King Street, Manchester M2 6AG",
    },
    {
        "name": "Tavolo",
        "domain": "tavolo.app",
        "support": "ciao@tavolo.app",
        "tool": "TicketNest",
        "prefix": "TAV",
        "bot": "Tavi",
        "lang": "it",
        "product": "Tavolo app",
        "plans": ["Gratis", "Tavolo Pro"],
        "handle": "TavoloApp",
        "agents": ["Chiara Ricci", "Luca Marino", "Sara Conti", "Federico Gallo"],
        "addr": "Tavolo S.r.l., Via Tortona 27, 20144 Milano",
    },
    {
        "name": "Quillnote",
        "domain": "quillnote.io",
        "support": "support@quillnote.io",
        "tool": "Zendesk",
        "prefix": "QN",
        "bot": "Quill",
        "lang": "en",
        "product": "Quillnote desktop app",
        "plans": ["Personal", "Team", "Enterprise"],
        "handle": "quillnote",
        "agents": ["Zoe Mitchell", "Raj Patel", "Ebba Holm", "Connor Murphy", "Marta Ruiz"],
        "addr": "Quillnote Inc., 548 Market St #31245, San Francisco, CA 94104",
    },
    {
        "name": "Vireo Mobile",
        "domain": "vireo-mobile.de",
        "support": "kundenservice@vireo-mobile.de",
        "tool": "Supportal",
        "prefix": "VIR",
        "bot": "Vico",
        "lang": "de",
        "product": "Vireo SIM",
        "plans": ["Vireo S", "Vireo M", "Vireo XL"],
        "handle": "VireoHilft",
        "agents": ["Katrin Weber", "Dominik Braun", "Ulrike Lindner", "Timo Krüger"],
        "addr": "Vireo Mobile GmbH, Rosenthaler Straße 40, 10178 Berlin",
    },
    {
        "name": "Kasa Travel",
        "domain": "kasatravel.com",
        "support": "care@kasatravel.com",
        "tool": "Freshdesk",
        "prefix": "KT",
        "bot": "Kasi",
        "lang": "es",
        "product": "Kasa Travel app",
        "plans": ["Explorer", "Kasa Club"],
        "handle": "KasaTravelCare",
        "agents": ["Lucía Navarro", "Diego Torres", "Nerea Etxeberria", "Paula Moreno"],
        "addr": "Kasa Travel S.L., Calle de Alcalá 21, 28014 Madrid",
    },
    {
        "name": "Nimbus Home",
        "domain": "nimbushome.io",
        "support": "hello@nimbushome.io",
        "tool": "Intercom",
        "prefix": "NH",
        "bot": "Nimbus Assistant",
        "lang": "sv",
        "product": "Nimbus hub",
        "plans": ["Home", "Home+", "Pro"],
        "handle": "nimbushome",
        "agents": ["Malin Sandberg", "Björn Ek", "Linnea Berg", "Oskar Nilsson"],
        "addr": "Nimbus Home AB, Hornsgatan 15, 118 46 Stockholm",
    },
    {
        "name": "Maré Energia",
        "domain": "mare-energia.pt",
        "support": "apoio@mare-energia.pt",
        "tool": "Caseflow",
        "prefix": "ME",
        "bot": "Marina",
        "lang": "pt",
        "product": "Maré app",
        "plans": ["Casa", "Casa Verde"],
        "handle": "MareEnergia",
        "agents": ["Mariana Sousa", "Tiago Marques", "Leonor Gomes"],
        "addr": "Maré Energia S.A., Avenida da República 50, 1050-196 Lisboa",
    },
    {
        "name": "Lumo Fitness",
        "domain": "lumofit.fr",
        "support": "aide@lumofit.fr",
        "tool": "Deskly",
        "prefix": "LUMO",
        "bot": "Lumi",
        "lang": "fr",
        "product": "Lumo watch",
        "plans": ["Essentiel", "Premium"],
        "handle": "LumoFitness",
        "agents": ["Margaux Roux", "Baptiste Faure", "Céline Garnier", "Théo Lambert"],
        "addr": "Lumo Fitness SAS, 8 rue du Faubourg Saint-Denis, 75010 Paris",
    },
    {
        "name": "Orbita Bank",
        "domain": "orbitabank.pl",
        "support": "pomoc@orbitabank.pl",
        "tool": "TicketNest",
        "prefix": "ORB",
        "bot": "Ola",
        "lang": "pl",
        "product": "Orbita app",
        "plans": ["Konto Start", "Konto Plus"],
        "handle": "OrbitaBank",
        "agents": ["Joanna Mazur", "Łukasz Wójcik", "Magdalena Nowak"],
        "addr": "Orbita Bank S.A., ul. Prosta 36, 00-838 Warszawa",
    },
]

# --------------------------------------------------------------------------- localized text

WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
}
WDA = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "nl": "ma di wo do vr za zo".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
}
MON = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia".split(),
}
MONA = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pt": "jan fev mar abr mai jun jul ago set out nov dez".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
}
OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pt": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
}
RE_PREFIX = {
    "en": "RE:",
    "de": "AW:",
    "fr": "RE :",
    "es": "RE:",
    "nl": "RE:",
    "pt": "RE:",
    "it": "R:",
    "sv": "SV:",
    "pl": "Odp:",
}
FW_PREFIX = {
    "en": "FW:",
    "de": "WG:",
    "fr": "TR :",
    "es": "RV:",
    "nl": "FW:",
    "pt": "ENC:",
    "it": "I:",
    "sv": "VB:",
    "pl": "PD:",
}
ORIGINAL_MSG = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "pt": "-----Mensagem original-----",
    "it": "-----Messaggio originale-----",
    "sv": "-----Ursprungligt meddelande-----",
    "pl": "-----Oryginalna wiadomość-----",
}
GMAIL_FWD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
    "nl": "---------- Doorgestuurd bericht ---------",
    "pt": "---------- Mensagem encaminhada ---------",
    "it": "---------- Messaggio inoltrato ---------",
    "sv": "---------- Vidarebefordrat meddelande ---------",
    "pl": "---------- Przekazana wiadomość ---------",
}
APPLE_FWD = {
    "en": "Begin forwarded message:",
    "de": "Anfang der weitergeleiteten Nachricht:",
    "fr": "Début du message réexpédié :",
    "es": "Inicio del mensaje reenviado:",
    "nl": "Begin doorgestuurd bericht:",
    "pt": "Início da mensagem reencaminhada:",
    "it": "Inizio messaggio inoltrato:",
    "sv": "Vidarebefordrat brev:",
    "pl": "Początek przekazanej wiadomości:",
}
MOBILE_FOOTERS = {
    "en": ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Yahoo Mail on Android"]
    + ["Get Outlook for iOS<https://aka.ms/o0ukef>", "Sent from my Pixel", "Sent from my iPad"],
    "de": ["Von meinem iPhone gesendet", "Gesendet von meinem Samsung Galaxy Smartphone."]
    + ["Outlook für Android herunterladen<https://aka.ms/AAb9ysg>"],
    "fr": ["Envoyé de mon iPhone", "Envoyé depuis mon smartphone Samsung Galaxy."],
    "es": ["Enviado desde mi iPhone", "Enviado desde mi smartphone Samsung Galaxy."],
    "nl": ["Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn Samsung Galaxy smartphone."],
    "pt": ["Enviado do meu iPhone", "Enviado do meu smartphone Samsung Galaxy."],
    "it": ["Inviato da iPhone", "Inviato dal mio smartphone Samsung Galaxy."],
    "sv": ["Skickat från min iPhone", "Skickat från min Samsung Galaxy-smartphone."],
    "pl": ["Wysłane z iPhone'a", "Wysłane z mojego smartfona Galaxy"],
}
GREET = {
    "en": ["Hi,", "Hello,", "Hi there,", "Hello team,", "Dear Support,", "Hey,", "Good morning,"]
    + ["Hi {agent_first},", "Dear {vendor} team,", "Hiya,", "Good afternoon,", "Hi all,"],
    "de": ["Hallo,", "Guten Tag,", "Hallo zusammen,", "Sehr geehrte Damen und Herren,", "Moin,"]
    + ["Hallo {agent_first},"],
    "fr": ["Bonjour,", "Bonjour {agent_first},", "Madame, Monsieur,", "Bonsoir,"],
    "es": ["Hola,", "Buenos días,", "Hola {agent_first},", "Estimados señores:"],
    "nl": ["Hoi,", "Goedemiddag,", "Beste,", "Hallo {agent_first},", "Geachte heer/mevrouw,"],
    "pt": ["Olá,", "Bom dia,", "Boa tarde,", "Caros senhores,"],
    "it": ["Buongiorno,", "Ciao,", "Salve,", "Gentile assistenza,"],
    "sv": ["Hej,", "Hej hej,", "Hej {agent_first},", "God morgon,"],
    "pl": ["Dzień dobry,", "Cześć,", "Witam,", "Szanowni Państwo,"],
}
SIGNOFF = {
    "en": ["Best,", "Thanks,", "Kind regards,", "Cheers,", "Many thanks,", "Best regards,"]
    + ["Thanks!", "Regards,", "All the best,", "Warm regards,"],
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "LG", "Danke und Gruß"],
    "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"],
    "es": ["Saludos,", "Un saludo,", "Gracias,", "Atentamente,"],
    "nl": ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,"],
    "pt": ["Cumprimentos,", "Obrigado,", "Atenciosamente,", "Abraço,"],
    "it": ["Cordiali saluti,", "Grazie,", "Saluti,", "Un saluto,"],
    "sv": ["Med vänliga hälsningar,", "Hälsningar,", "Mvh,", "Tack på förhand,"],
    "pl": ["Pozdrawiam,", "Z poważaniem,", "Dziękuję,", "Pozdrawiam serdecznie,"],
}
THANKS = {
    "en": ["Thanks in advance!", "Thanks a lot.", "Appreciate the help.", "Thank you!"]
    + ["Many thanks for your help.", "Thanks so much, have a good day.", "Cheers for your help."],
    "de": ["Danke im Voraus!", "Vielen Dank!"],
    "fr": ["Merci d'avance !", "Merci beaucoup."],
    "es": ["¡Gracias de antemano!", "Muchas gracias."],
    "nl": ["Alvast bedankt!", "Dank je wel."],
    "pt": ["Desde já obrigado!", "Muito obrigada."],
    "it": ["Grazie mille!", "Grazie in anticipo."],
    "sv": ["Tack på förhand!", "Stort tack."],
    "pl": ["Z góry dziękuję!", "Dziękuję bardzo."],
}
SORRY_ENGLISH = {
    "en": "Sorry for my English, it's not my first language.",
    "de": "Entschuldigung, mein Englisch ist nicht so gut.",
    "fr": "Désolé pour mon anglais.",
    "es": "Perdón por mi inglés.",
    "nl": "Sorry voor mijn Engels.",
    "pt": "Desculpem o meu inglês.",
    "it": "Scusate il mio inglese.",
    "sv": "Ursäkta min engelska.",
    "pl": "Przepraszam za mój angielski.",
}
CONTEXT = [
    "I've been a {vendor} customer for about {years} years now.",
    "This came up again this morning.",
    "My colleague suggested I write to you directly.",
    "I already had a look through the help center but couldn't find anything.",
    "Sorry if this is the wrong address for this.",
    "We're on the {plan} plan, in case that matters.",
    "I'm writing from my work account, my usual one is {altmail}.",
    "Apologies for the short notice.",
    "Following up on my call with your colleague earlier today.",
    "Not urgent at all.",
    "I tried it both in the app and on the website.",
    "My account number is {acct}.",
    "I'm using the {product} at home.",
    "You helped me out last month as well, thanks again for that.",
    "Order reference is {ref}, if you need it.",
    "It's for my mum's account, she's not great with tech.",
    "I'm travelling next week, so sooner would be better.",
    "Just got back from holiday and catching up on things.",
    "We have {seats} people using it at the office.",
    "The app is up to date (version {ver}).",
    "Hope you're all doing well.",
    "I'm on Android, if that helps.",
    "Using an iPhone with the latest iOS.",
    "First time writing to support, so bear with me.",
    "Your chatbot sent me here.",
    "The FAQ page didn't really cover this.",
]
AFTER = [
    "That's all for now.",
    "No rush on this.",
    "Let me know if you need anything else from me.",
    "I'll be around all afternoon if you need to reach me.",
    "You can reach me on {mobile} if that's easier.",
    "It's the same account as before.",
    "Hopefully that makes sense!",
    "Same e-mail address as always.",
]
REPLY_OPENERS = [
    "Thanks, that worked!",
    "Thanks {agent_first}, all sorted now.",
    "Perfect, thank you.",
    "Hi again.",
    "Sorry to bother you again.",
    "Great, thanks for fixing that so quickly.",
    "Thanks for the quick reply.",
    "That did the trick, thank you.",
    "Appreciate the help with the last one.",
]
NEW_TOPIC = ["Different topic this time:", "Something else now.", "New question though.", ""]
OLD_REQUESTS = [
    "can you update the billing address on my account",
    "please cancel the extra seat we added last month",
    "how do I download my invoices",
    "I need a copy of last month's receipt",
    "can you reset my password, the link never arrives",
    "please change the email on my account to my new one",
    "why was I charged twice this month",
    "could you move my delivery to Friday",
    "how do I add my partner to the family plan",
    "please remove my old phone number from the account",
    "can you send me the VAT invoice for March",
    "how do I turn off the weekly summary emails",
    "can I get a refund for the annual plan",
    "please unlock my account, I typed the wrong PIN",
]
EMBED_PREFIX_Q = [
    "Quick question — ",
    "Quick question: ",
    "One more thing: ",
    "Hoping you can help with this: ",
    "So my question is: ",
    "Something I couldn't figure out: ",
    "Here goes: ",
]
EMBED_PREFIX_CMD = [
    "One more thing: ",
    "Hoping you can help with this: ",
    "What I need is simple: ",
    "Here's what I'm after: ",
    "Long story short: ",
    "Basically: ",
    "My request: ",
    "Could you help with the following: ",
]
SUBJECTS = [
    "Question",
    "Quick question",
    "Help please",
    "Request",
    "(no subject)",
    "Hello",
    "Support request",
    "My account",
    "Inquiry",
    "Small thing",
    "Follow-up",
    "question about the {product}",
    "{product}",
    "Hi",
    "help",
    "Need some help",
    "Account {acct}",
    "Order {ref}",
    "{vendor} account",
]
LOCAL_SUBJ = {
    "de": ["Frage", "Anfrage", "Kurze Frage"],
    "fr": ["Demande", "Question"],
    "es": ["Consulta", "Pregunta"],
    "nl": ["Vraag", "Vraagje"],
    "pt": ["Pedido", "Dúvida"],
    "it": ["Richiesta", "Domanda"],
    "sv": ["Fråga", "Ärende"],
    "pl": ["Pytanie", "Zapytanie"],
}
AGENT_RESOLVE = {
    "en": [
        "Thanks for getting in touch. I've taken care of that for you, you should see the "
        "change within the next hour.",
        "Good news: this has been sorted on our side.",
        "I've checked with the team and this is now done.",
        "All done! I've made the change on your account.",
        "I've passed this on to our billing team and they've confirmed it's been processed.",
    ],
    "de": [
        "vielen Dank für Ihre Nachricht. Wir haben das für Sie erledigt.",
        "ich habe das gerade für Sie angepasst, die Änderung ist ab sofort sichtbar.",
    ],
    "fr": [
        "merci pour votre message. C'est chose faite, la modification est visible dès maintenant.",
        "j'ai vérifié avec l'équipe, tout est en ordre de notre côté.",
    ],
    "es": [
        "gracias por escribirnos. Ya lo hemos solucionado.",
        "he revisado tu cuenta y el cambio ya está hecho.",
    ],
    "nl": [
        "bedankt voor je bericht. We hebben het voor je geregeld.",
        "ik heb het aangepast, je ziet de wijziging binnen een uur.",
    ],
    "pt": ["obrigado pelo contacto. Já tratámos do assunto.", "a alteração já foi feita."],
    "it": ["grazie per averci scritto. Abbiamo risolto.", "ho verificato e ora è tutto a posto."],
    "sv": ["tack för ditt meddelande. Vi har fixat det.", "ändringen är nu genomförd."],
    "pl": ["dziękujemy za wiadomość. Sprawa została załatwiona.", "zmiana została wprowadzona."],
}
AGENT_ASK = {
    "en": [
        "Could you confirm the email address linked to your account?",
        "Is there anything else we can help you with?",
        "Could you send us a screenshot if it happens again?",
        "Can you let me know which app version you're on?",
        "Please reply to this email if you have any further questions.",
        "Would you mind rating our conversation? It only takes a second.",
        "Could you try logging out and back in and let me know if that helps?",
    ],
    "de": [
        "Können Sie uns bitte noch Ihre Kundennummer mitteilen?",
        "Gibt es sonst noch etwas, bei dem wir helfen können?",
    ],
    "fr": ["Pouvez-vous nous confirmer votre adresse e-mail ?", "Avez-vous d'autres questions ?"],
    "es": [
        "¿Nos puedes confirmar tu correo electrónico?",
        "¿Hay algo más en lo que podamos ayudarte?",
    ],
    "nl": [
        "Kun je je klantnummer nog even doorgeven?",
        "Kunnen we je nog ergens anders mee helpen?",
    ],
    "pt": ["Pode confirmar o seu email?", "Podemos ajudar em mais alguma coisa?"],
    "it": ["Può confermarci il suo indirizzo email?", "Possiamo aiutarla in altro?"],
    "sv": ["Kan du bekräfta din e-postadress?", "Finns det något mer vi kan hjälpa till med?"],
    "pl": ["Czy może Pan/Pani potwierdzić adres e-mail?", "Czy możemy pomóc w czymś jeszcze?"],
}
AGENT_HELLO = {
    "en": "Hi {first},",
    "de": "Hallo {first},",
    "fr": "Bonjour {first},",
    "es": "Hola {first}:",
    "nl": "Hoi {first},",
    "pt": "Olá {first},",
    "it": "Ciao {first},",
    "sv": "Hej {first},",
    "pl": "Dzień dobry,",
}
VENDOR_SIGS = [
    "{agent_first}\n{vendor} Customer Care",
    "Best,\n{agent_first} | {vendor} Support",
    "Kind regards,\n{agent}\nSupport Specialist, {vendor}",
    "Cheers,\n{agent_first} from {vendor}",
    "Warm wishes,\n{agent}\n{vendor} Help Team\nhttps://help.{domain}",
]
FWD_NOTES = {
    "en": [
        "FYI, came in through the sales inbox. Can someone from support pick this up?",
        "See below. Customer of ours, they're on the {plan} plan.",
        "Forwarding, please handle. Thanks!",
        "Can you take this one? I'm out until Monday.",
        "Not sure who owns this, forwarding to support.",
        "Hi team, this landed in my inbox by mistake. Over to you.",
    ],
    "de": [
        "Hallo zusammen,\n\nanbei eine Kundenanfrage, die bei mir gelandet ist. Könnt ihr euch "
        "bitte darum kümmern?\n\nDanke und Gruß",
        "Kannst du dir das bitte anschauen? Kam gestern über den Vertrieb rein.",
        "Zur Info bzw. zur Bearbeitung, danke!",
    ],
    "fr": [
        "Bonjour,\n\nJe vous transfère la demande ci-dessous. Pouvez-vous la prendre en charge ?"
        "\n\nMerci",
        "Pour info, reçu sur la boîte commerciale. Quelqu'un peut répondre ?",
        "Salut, tu peux regarder ça stp ?",
    ],
    "es": [
        "Hola,\n\nos reenvío este correo de un cliente. ¿Alguien puede encargarse?\n\nGracias",
        "Para vuestra gestión, por favor.",
        "¿Lo podéis mirar? Me llegó por error.",
    ],
    "nl": [
        "Hoi,\n\nZie onderstaande vraag van een klant. Kan iemand dit oppakken?\n\nGroet",
        "Ter info / ter afhandeling.",
        "Kwam binnen via de algemene mailbox, kunnen jullie hiernaar kijken?",
    ],
    "pt": [
        "Olá,\n\nReencaminho o pedido abaixo. Podem tratar disto, por favor?\n\nObrigado",
        "Para tratamento, por favor.",
        "Chegou ao email geral, alguém pode responder?",
    ],
    "it": [
        "Ciao,\n\nvi inoltro la richiesta qui sotto. Potete gestirla voi?\n\nGrazie",
        "Per competenza.",
        "Mi è arrivata per errore, la girate al supporto?",
    ],
    "sv": [
        "Hej,\n\nVidarebefordrar detta från en kund. Kan någon ta det?\n\nTack",
        "För kännedom och åtgärd.",
        "Kom in via info-adressen, kan ni svara?",
    ],
    "pl": [
        "Cześć,\n\nprzesyłam dalej wiadomość od klienta. Czy ktoś może się tym zająć?\n\nDzięki",
        "Do realizacji, proszę.",
        "Przyszło na ogólną skrzynkę, możecie odpowiedzieć?",
    ],
}
AUTOREPLY = {
    "en": "Hello {first},\n\nThank you for contacting {vendor} Support. This is an automatic "
    "confirmation that we have received your message. Your reference number is #{ticket}.\n\n"
    "Our team usually answers within 1-2 business days. Please keep the reference number in the "
    "subject line if you write to us again.\n\nIn the meantime, many questions are answered in "
    "our Help Center: https://help.{domain}\n\nKind regards,\nThe {vendor} Team",
    "de": "Hallo {first},\n\nvielen Dank für Ihre Nachricht an den {vendor} Kundenservice. Dies "
    "ist eine automatische Eingangsbestätigung. Ihre Vorgangsnummer lautet #{ticket}.\n\nWir "
    "melden uns in der Regel innerhalb von zwei Werktagen. Bitte ändern Sie den Betreff nicht, "
    "wenn Sie antworten.\n\nViele Grüße\nIhr {vendor} Team",
    "fr": "Bonjour {first},\n\nNous avons bien reçu votre message et vous en remercions. Votre "
    "demande porte le numéro #{ticket}. Notre équipe vous répondra sous 48 heures ouvrées.\n\n"
    "Ceci est un message automatique, merci de ne pas y répondre.\n\nL'équipe {vendor}",
    "es": "Hola {first}:\n\nHemos recibido tu mensaje. El número de tu consulta es #{ticket}. "
    "Te responderemos lo antes posible, normalmente en menos de 48 horas.\n\nEste es un mensaje "
    "automático.\n\nEl equipo de {vendor}",
    "nl": "Beste {first},\n\nBedankt voor je bericht. Dit is een automatische bevestiging; je "
    "ticketnummer is #{ticket}. We reageren binnen twee werkdagen.\n\nMet vriendelijke groet,\n"
    "Team {vendor}",
    "pt": "Olá {first},\n\nRecebemos a sua mensagem (pedido #{ticket}). A nossa equipa irá "
    "responder num prazo de 2 dias úteis.\n\nEsta é uma mensagem automática.\n\nEquipa {vendor}",
    "it": "Gentile {first},\n\nabbiamo ricevuto la sua richiesta (ticket #{ticket}). Le "
    "risponderemo entro 48 ore lavorative.\n\nQuesto è un messaggio automatico.\n\n"
    "Il team {vendor}",
    "sv": "Hej {first},\n\nTack för ditt meddelande! Ditt ärendenummer är #{ticket}. Vi svarar "
    "normalt inom två arbetsdagar.\n\nDetta är ett automatiskt svar.\n\nHälsningar,\n{vendor}",
    "pl": "Dzień dobry,\n\ndziękujemy za wiadomość. Numer zgłoszenia: #{ticket}. Odpowiemy w "
    "ciągu 2 dni roboczych.\n\nTo jest wiadomość automatyczna.\n\nZespół {vendor}",
}
LEGAL = {
    "en": [
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
        "use of the intended recipient(s) and may contain confidential and privileged "
        "information. Any unauthorized review, use, disclosure or distribution is prohibited. If "
        "you are not the intended recipient, please contact the sender by reply e-mail and "
        "destroy all copies of the original message. {company} is registered in England and "
        "Wales, company number {num}. Registered office: {address}.",
        "This email and any files transmitted with it are confidential and intended solely for "
        "the use of the individual or entity to whom they are addressed. If you have received "
        "this email in error please notify the system manager. Please note that any views or "
        "opinions presented in this email are solely those of the author and do not necessarily "
        "represent those of the company. Finally, the recipient should check this email and any "
        "attachments for the presence of viruses. The company accepts no liability for any "
        "damage caused by any virus transmitted by this email.\n\nPlease consider the "
        "environment before printing this e-mail.",
    ],
    "de": [
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
        "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte "
        "Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.\n\n{company} | "
        "Sitz der Gesellschaft: {city} | Registergericht: Amtsgericht {city}, HRB {num} | "
        "Geschäftsführer: {boss} | USt-IdNr.: DE{num}{num2}",
    ],
    "fr": [
        "Ce message et toutes les pièces jointes (ci-après le « message ») sont confidentiels et "
        "établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non "
        "autorisée est interdite. Tout message électronique est susceptible d'altération. "
        "{company} décline toute responsabilité au titre de ce message s'il a été altéré, déformé "
        "ou falsifié. Si vous n'êtes pas destinataire de ce message, merci de le détruire "
        "immédiatement et d'avertir l'expéditeur.\n{company} - SIRET {num}{num2} - RCS {city}",
    ],
    "es": [
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
        "destinatario, pudiendo contener información confidencial sometida a secreto "
        "profesional. No está permitida su reproducción o distribución sin la autorización "
        "expresa de {company}. Si usted no es el destinatario final por favor elimínelo e "
        "infórmenos por esta vía. En cumplimiento del Reglamento (UE) 2016/679 (RGPD), le "
        "informamos de que sus datos personales serán tratados por {company} con la finalidad de "
        "gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación y "
        "supresión escribiendo a privacidad@{domain}.",
    ],
    "nl": [
        "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de "
        "geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet "
        "te gebruiken en de afzender direct te informeren door het bericht te retourneren. "
        "{company} staat ingeschreven bij de Kamer van Koophandel onder nummer {num}.",
    ],
    "pt": [
        "AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos podem conter informação "
        "confidencial ou legalmente protegida e destinam-se exclusivamente ao(s) destinatário(s) "
        "indicado(s). Se recebeu esta mensagem por engano, por favor informe o remetente e "
        "elimine-a. É proibida a sua cópia ou divulgação não autorizada. {company}, NIPC {num}.",
    ],
    "it": [
        "Le informazioni contenute in questo messaggio di posta elettronica sono riservate e "
        "confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non "
        "fosse la persona a cui il presente messaggio è destinato, La invitiamo ad eliminarlo e a "
        "darcene gentilmente comunicazione. Ai sensi del Regolamento UE 2016/679 (GDPR) si "
        "precisa che i dati personali sono trattati da {company} nel rispetto della normativa "
        "vigente. P.IVA {num}{num2}",
    ],
    "sv": [
        "Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information "
        "och är endast avsett för adressaten. Om du av misstag har fått detta meddelande, "
        "vänligen meddela avsändaren och radera meddelandet. Läs om hur vi behandlar "
        "personuppgifter på www.{domain}/integritet. {company}, org.nr {num}-{num2}.",
    ],
    "pl": [
        "Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej "
        "adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest Pan/Pani adresatem "
        "niniejszej wiadomości, jej rozpowszechnianie, kopiowanie lub inne działanie o podobnym "
        "charakterze jest prawnie zabronione. W razie otrzymania tej wiadomości jako "
        "niezamierzony odbiorca, proszę poinformować o tym fakcie nadawcę, a następnie usunąć "
        "wiadomość ze swojego systemu. {company}, NIP {num}{num2}, KRS 0000{num}.",
    ],
}
INTERNAL_NOTES = [
    "@{agent2} can you check whether this account is still on the legacy {plan} plan?",
    "Customer called yesterday too. Please don't close until billing confirms.",
    "Same customer as {prefix}-{ticket2}. That one was about something else and is solved.",
    "Checked logs, nothing unusual on the account. Over to tier 2.",
    "VIP account, please reply today.",
    "Bitte an den 2nd Level geben, ich bin ab morgen im Urlaub.",
    "Attention : client très mécontent la dernière fois, merci de soigner la réponse.",
    "Macro 'General - acknowledge' applied, waiting for customer.",
    "Could someone who knows the {product} better take this one?",
    "Possible duplicate of {prefix}-{ticket2}, please merge if so.",
]
MACROS = [
    (
        "Billing - refund confirmed",
        "Your refund has been processed and should reach your account within 5-7 business days.",
    ),
    (
        "General - closing",
        "As we haven't heard back from you, we'll close this ticket for now. "
        "Simply reply to reopen it at any time.",
    ),
    (
        "Account - email changed",
        "The email address on your account has been updated. Please "
        "use the new address the next time you sign in.",
    ),
    (
        "Tech - reinstall steps",
        "Please uninstall the app, restart your device and install it "
        "again from the store. Let us know if the problem persists.",
    ),
    (
        "Shipping - delay",
        "We're sorry for the delay. Your order is on its way and you'll "
        "receive a tracking link by email shortly.",
    ),
]
APP_REVIEW_TITLES = [
    "Almost perfect",
    "Needs one thing",
    "Frustrating",
    "Love it but",
    "Used to be great",
    "Good app",
    "meh",
    "Please fix",
    "Solid, one request",
    "Not bad",
]

# --------------------------------------------------------------------------- helpers


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def fill_hash(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def quote(text: str, prefix: str = ">") -> str:
    return "\n".join(f"{prefix} {ln}" if ln.strip() else prefix for ln in text.split("\n"))


def indent(text: str, pad: str = "  ") -> str:
    return "\n".join(pad + ln if ln.strip() else "" for ln in text.split("\n"))


def earlier(dt: datetime, rng: random.Random, n: int, max_days: int = 20) -> list[datetime]:
    """n sorted distinct datetimes before dt (oldest first)."""
    span = int(timedelta(days=rng.randint(1, max_days)).total_seconds())
    offs = sorted({rng.randint(600, span) for _ in range(n + 3)}, reverse=True)[:n]
    while len(offs) < n:
        offs.append(offs[-1] // 2 + 60 if offs else 900)
    out = []
    for o in offs:
        t = dt - timedelta(seconds=o)
        if t.hour < 7:
            t -= timedelta(hours=t.hour + 2)
        out.append(t)
    return sorted(out)


def d_rfc(dt: datetime, tz: str = "+0100") -> str:
    return (
        f"{WDA['en'][dt.weekday()]}, {dt.day} {MONA['en'][dt.month - 1]} {dt.year} "
        f"{dt:%H:%M:%S} {tz}"
    )


def d_us(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{MONA['en'][dt.month - 1]} {dt.day}, {dt.year} at {h}:{dt.minute:02d} {ampm}"


def d_long(lang: str, dt: datetime) -> str:
    wd, d, m, y, hm = (
        WD[lang][dt.weekday()],
        dt.day,
        MON[lang][dt.month - 1],
        dt.year,
        f"{dt:%H:%M}",
    )
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "AM" if dt.hour < 12 else "PM"
        return f"{wd}, {m} {d}, {y} {h}:{dt.minute:02d} {ampm}"
    if lang == "de":
        return f"{wd}, {d}. {m} {y} {hm}"
    if lang in ("es", "pt"):
        return f"{wd}, {d} de {m} de {y} {hm}"
    if lang == "sv":
        return f"den {d} {m} {y} {hm}"
    if lang == "pl":
        return f"{wd}, {d} {m} {y} {hm}"
    return f"{wd} {d} {m} {y} {hm}"


def gmail_quote_header(lang: str, dt: datetime, name: str, email: str, us: bool = False) -> str:
    wda, d, y, hm = WDA[lang][dt.weekday()], dt.day, dt.year, f"{dt:%H:%M}"
    mona, mon = MONA[lang][dt.month - 1], MON[lang][dt.month - 1]
    if lang == "en":
        if us:
            return f"On {wda}, {d_us(dt)} {name} <{email}> wrote:"
        return f"On {wda}, {d} {mona} {y} at {hm}, {name} <{email}> wrote:"
    return {
        "de": f"Am {wda}, {d}. {mon} {y} um {hm} Uhr schrieb {name} <{email}>:",
        "fr": f"Le {wda} {d} {mona} {y} à {hm}, {name} <{email}> a écrit :",
        "es": f"El {wda}, {d} {mona} {y} a las {hm}, {name} (<{email}>) escribió:",
        "nl": f"Op {wda} {d} {mona} {y} om {hm} schreef {name} <{email}>:",
        "pt": f"Em {wda}, {d} de {mona}. de {y} às {hm}, {name} <{email}> escreveu:",
        "it": f"Il giorno {wda} {d} {mona} {y} alle ore {hm} {name} <{email}> ha scritto:",
        "sv": f"Den {wda} {d} {mon} {y} kl {hm} skrev {name} <{email}>:",
        "pl": f"{wda}, {d} {mona} {y} o {hm} {name} <{email}> napisał(a):",
    }[lang]


def apple_quote_header(lang: str, dt: datetime, name: str, email: str) -> str:
    hm = f"{dt:%H:%M}"
    mon = MON[lang][dt.month - 1]
    return {
        "en": f"On {dt.day} {MONA['en'][dt.month - 1]} {dt.year}, at {hm}, {name} <{email}> wrote:",
        "de": f"Am {dt:%d.%m.%Y} um {hm} schrieb {name} <{email}>:",
        "fr": f"Le {dt.day} {mon} {dt.year} à {hm}, {name} <{email}> a écrit :",
        "es": f"El {dt.day} {mon} {dt.year}, a las {hm}, {name} <{email}> escribió:",
        "nl": f"Op {dt.day} {mon} {dt.year} om {hm} heeft {name} <{email}> het volgende "
        "geschreven:",
        "pt": f"No dia {dt.day} de {mon} de {dt.year}, às {hm}, {name} <{email}> escreveu:",
        "it": f"Il giorno {dt.day} {mon} {dt.year}, alle ore {hm}, {name} <{email}> ha scritto:",
        "sv": f"{dt.day} {mon} {dt.year} kl. {hm} skrev {name} <{email}>:",
        "pl": f"Wiadomość napisana przez {name} <{email}> w dniu {dt.day} {mon} {dt.year}, o "
        f"godz. {hm}:",
    }[lang]


def outlook_header(lang: str, dt: datetime, frm: str, to: str, subject: str, cc: str = "") -> str:
    lf, ls, lt, lc, lsub = OUTLOOK_LABELS[lang]
    lines = [f"{lf} {frm}", f"{ls} {d_long(lang, dt)}", f"{lt} {to}"]
    if cc:
        lines.append(f"{lc} {cc}")
    lines.append(f"{lsub} {subject}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- row context


@dataclass
class Person:
    first: str
    last: str
    lang: str
    email: str
    company: str
    domain: str
    title: str
    phone: str
    mobile: str
    address: str
    city: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def make_person(
    rng: random.Random, lang: str | None = None, business: bool | None = None
) -> Person:
    lang = lang or rng.choices(LANGS, LANG_W)[0]
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    if business is None:
        business = rng.random() < 0.55
    if business:
        company, domain = rng.choice(COMPANIES[lang])
    else:
        company, domain = "", rng.choice(PERSONAL_DOMAINS[lang])
    f, la = ascii_fold(first), ascii_fold(last)
    pattern = rng.randrange(6)
    local = [
        f"{f}.{la}",
        f"{f[0]}.{la}",
        f"{f}{la}",
        f"{f}_{la}{digits(rng, 2)}",
        f"{f}{digits(rng, 2)}",
        f"{f[0]}{la}",
    ][pattern if not business else pattern % 3]
    city, pc = rng.choice(CITIES[lang])
    street, num = rng.choice(STREETS[lang]), rng.randint(1, 180)
    if lang == "en":
        address = f"{num} {street}, {city} {pc}"
    elif lang == "fr":
        address = f"{num} {street}, {pc} {city}"
    else:
        address = f"{street} {num}, {pc} {city}"
    land, mob = PHONES[lang]
    return Person(
        first=first,
        last=last,
        lang=lang,
        email=f"{local}@{domain}",
        company=company,
        domain=domain,
        title=rng.choice(TITLES[lang]),
        phone=fill_hash(rng, land),
        mobile=fill_hash(rng, mob),
        address=address,
        city=city,
    )


@dataclass
class Ctx:
    rng: random.Random
    vendor: dict
    cust: Person
    agent: str
    dt: datetime
    req: str
    old: str
    ticket: int
    ph: dict = field(default_factory=dict)

    @property
    def agent_first(self) -> str:
        return self.agent.split()[0]

    def f(self, template: str) -> str:
        """Fill a template (never contains request text) with the row placeholders."""
        return template.format_map(self.ph)


def make_ctx(rng: random.Random, req: str, old: str) -> Ctx:
    vendor = rng.choice(VENDORS)
    cust = make_person(rng)
    agent = rng.choice(vendor["agents"])
    dt = datetime(2023, 1, 1) + timedelta(
        days=rng.randint(0, 1060),
        hours=rng.randint(7, 22),
        minutes=rng.randint(0, 59),
        seconds=rng.randint(0, 59),
    )
    ticket = rng.randint(10000, 989999)
    c = Ctx(rng, vendor, cust, agent, dt, req, old, ticket)
    c.ph = {
        "vendor": vendor["name"],
        "domain": vendor["domain"],
        "product": vendor["product"],
        "plan": rng.choice(vendor["plans"]),
        "prefix": vendor["prefix"],
        "acct": f"{rng.choice(['AC', 'CU', ''])}{digits(rng, rng.randint(6, 9))}",
        "ref": f"{rng.choice(['#', 'ORD-', 'R', ''])}{digits(rng, 7)}",
        "years": str(rng.randint(2, 9)),
        "seats": str(rng.randint(3, 60)),
        "ver": f"{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        "altmail": f"{ascii_fold(cust.first)}{digits(rng, 3)}@gmail.com",
        "mobile": cust.mobile,
        "agent": agent,
        "agent_first": agent.split()[0],
        "agent2": rng.choice(vendor["agents"]).split()[0].lower(),
        "first": cust.first,
        "name": cust.name,
        "company": cust.company or cust.name,
        "ticket": str(ticket),
        "ticket2": str(ticket - rng.randint(50, 9000)),
    }
    return c


# --------------------------------------------------------------------------- message parts


def pick_lang(c: Ctx, native: float = 0.5) -> str:
    return c.cust.lang if c.rng.random() < native else "en"


def greeting(c: Ctx, named: bool = False) -> str:
    options = [g for g in GREET[pick_lang(c)] if named or "{" not in g]
    return c.f(c.rng.choice(options))


THANKY = ("hank", "erci", "anke", "racias", "razie", "ziękuję", "brigado", "Tack", "bedankt")


def signoff_block(c: Ctx, full_name: float = 0.4, avoid_thanks: bool = False) -> str:
    lang = pick_lang(c)
    name = c.cust.name if c.rng.random() < full_name else c.cust.first
    options = [s for s in SIGNOFF[lang] if not (avoid_thanks and any(t in s for t in THANKY))]
    return f"{c.rng.choice(options)}\n{name}"


def context_sentences(c: Ctx, k: int) -> list[str]:
    picks = c.rng.sample(CONTEXT, k)
    out = [c.f(p) for p in picks]
    if c.cust.lang != "en" and c.rng.random() < 0.12:
        out.append(SORRY_ENGLISH[pick_lang(c, 0.4)])
    return out


def cust_body(
    c: Ctx,
    greet: float = 0.85,
    sign: bool = True,
    context: float = 0.55,
    after: float = 0.2,
    closing: float = 0.55,
    opener: str = "",
    named: bool = False,
) -> str:
    """The customer's current message: greeting, context, the request, thanks, sign-off."""
    rng = c.rng
    parts: list[str] = []
    if rng.random() < greet:
        parts.append(greeting(c, named or bool(opener)))
    pre: list[str] = []
    if opener:
        pre.append(opener)
        context /= 2
    if rng.random() < context:
        pre += context_sentences(c, 1 if rng.random() < 0.8 else 2)
    if pre and rng.random() < 0.3:
        parts.append(" ".join(pre) + " " + c.req)
    else:
        if pre:
            parts.append(" ".join(pre))
        parts.append(c.req)
    if rng.random() < after:
        parts.append(c.f(rng.choice(AFTER)))
    thanked = rng.random() < closing
    if thanked:
        parts.append(rng.choice(THANKS[pick_lang(c, 0.3)]))
    if sign:
        parts.append(signoff_block(c, avoid_thanks=thanked))
    return "\n\n".join(parts)


def reply_opener(c: Ctx) -> str:
    o = c.f(c.rng.choice(REPLY_OPENERS))
    nt = c.rng.choice(NEW_TOPIC)
    return f"{o} {nt}".strip()


def old_text(c: Ctx) -> str:
    o = c.old.strip()
    o = o[0].upper() + o[1:] if o else o
    if o and o[-1] not in "?.!":
        o += "?" if is_question(o) else "."
    return o


def old_body(c: Ctx) -> str:
    """The customer's earlier message (contains a different, already handled request)."""
    rng = c.rng
    parts = [greeting(c)] if rng.random() < 0.7 else []
    if rng.random() < 0.4:
        parts.append(context_sentences(c, 1)[0])
    parts.append(old_text(c))
    parts.append(signoff_block(c))
    return "\n\n".join(parts)


def agent_reply(c: Ctx, resolve: bool = True, ask: float = 0.6, lang: str | None = None) -> str:
    rng = c.rng
    if lang is None:
        vl = c.vendor["lang"]
        lang = vl if (vl == c.cust.lang and rng.random() < 0.7) else "en"
    lines = [AGENT_HELLO[lang].format(first=c.cust.first)]
    body = []
    if resolve:
        r = rng.choice(AGENT_RESOLVE[lang])
        body.append(r if lang == "en" else r[0].upper() + r[1:])
    if rng.random() < ask or not resolve:
        body.append(rng.choice(AGENT_ASK[lang]))
    lines.append(" ".join(body))
    lines.append(vendor_sig(c))
    return "\n\n".join(lines)


def vendor_sig(c: Ctx) -> str:
    idx = VENDORS.index(c.vendor) % len(VENDORS_SIG_ORDER)
    return c.f(VENDOR_SIGS[VENDORS_SIG_ORDER[idx]])


VENDORS_SIG_ORDER = [0, 1, 2, 3, 4, 2, 0, 3, 1, 4, 2]


def subject(c: Ctx, old_subject: float = 0.08) -> str:
    rng = c.rng
    if rng.random() < old_subject:
        return "Re: " + c.old.strip()
    if c.cust.lang in LOCAL_SUBJ and rng.random() < 0.3:
        return rng.choice(LOCAL_SUBJ[c.cust.lang])
    return c.f(rng.choice(SUBJECTS))


def cust_from(c: Ctx) -> str:
    return f"{c.cust.name} <{c.cust.email}>"


def support_from(c: Ctx, agent: bool = True) -> str:
    v = c.vendor
    who = f"{c.agent} ({v['name']})" if agent else f"{v['name']} Support"
    return f"{who} <{v['support']}>"


def simple_sig(c: Ctx) -> str:
    p = c.cust
    lines = [p.name]
    if p.company and c.rng.random() < 0.7:
        lines.append(p.company)
    if c.rng.random() < 0.5:
        lines.append(p.mobile)
    return "\n".join(lines)


def rich_sig(c: Ctx) -> str:
    rng, p = c.rng, c.cust
    company = p.company or f"{p.last} Consulting"
    dom = p.domain if p.company else ascii_fold(p.last) + "-consulting.com"
    lines = ["--", f"{p.name}" + (rng.choice([" (she/her)", " (he/him)", ""]))]
    lines.append(f"{p.title} | {company}" if rng.random() < 0.6 else f"{p.title}\n{company}")
    phones = [f"T: {p.phone}", f"M: {p.mobile}"] if rng.random() < 0.6 else [f"Mobile: {p.mobile}"]
    lines.append(" | ".join(phones) if rng.random() < 0.5 else "\n".join(phones))
    lines.append(p.address)
    lines.append(f"www.{dom}")
    socials = rng.sample(
        [
            f"LinkedIn: linkedin.com/in/{ascii_fold(p.first)}-{ascii_fold(p.last)}",
            f"Twitter: @{ascii_fold(p.first)}{ascii_fold(p.last)[:4]}",
            f"Instagram: instagram.com/{ascii_fold(company)[:14]}",
            f"Xing: xing.com/profile/{p.first}_{p.last}",
        ],
        rng.randint(1, 3),
    )
    lines.append(" | ".join(socials))
    extras = [
        f"Book a meeting with me: https://cal.{dom}/{ascii_fold(p.first)}",
        "[image: We're hiring! See open roles]",
        "My working hours may not be your working hours. Please don't feel obliged to reply "
        "outside of yours.",
        f"{company} - proud winner of the Regional Business Award {c.dt.year - 1}",
    ]
    if rng.random() < 0.6:
        lines.append("")
        lines.append(rng.choice(extras))
    return "\n".join(lines)


def legal_footer(c: Ctx, lang: str | None = None) -> str:
    rng, p = c.rng, c.cust
    lang = lang or p.lang
    company = p.company or f"{p.last} & Partner"
    ph = {
        "company": company,
        "num": digits(rng, 6),
        "num2": digits(rng, 3),
        "address": p.address,
        "city": p.city,
        "boss": f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}",
        "domain": p.domain,
    }
    txt = rng.choice(LEGAL[lang]).format_map(ph)
    if lang != "en" and rng.random() < 0.4:
        txt += "\n\n" + rng.choice(LEGAL["en"]).format_map(ph)
    return txt


def email_tail(c: Ctx) -> str:
    return c.rng.choice(MOBILE_FOOTERS[pick_lang(c, 0.5)])


# --------------------------------------------------------------------------- e-mail kinds


def k_email_reply_gmail(c: Ctx) -> str:
    rng = c.rng
    t_old, t_ag = earlier(c.dt, rng, 2)
    cur = cust_body(c, opener=reply_opener(c) if rng.random() < 0.6 else "", greet=0.6)
    us = rng.random() < 0.4
    hist = old_body(c)
    inner = agent_reply(c) + "\n\n" + gmail_quote_header("en", t_old, c.cust.name, c.cust.email, us)
    inner += "\n" + quote(hist)
    agent_hdr = gmail_quote_header(
        "en", t_ag, f"{c.vendor['name']} Support", c.vendor["support"], us
    )
    return f"{cur}\n\n{agent_hdr}\n{quote(inner)}"


def k_email_reply_outlook(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    lang = pick_lang(c, 0.6)
    t_old, t_ag = earlier(c.dt, rng, 2)
    subj = subject(c, 0.0)
    tag = f"[{v['prefix']}-{c.ticket}] " if rng.random() < 0.5 else ""
    cur = cust_body(c, opener=reply_opener(c) if rng.random() < 0.5 else "", sign=False)
    cur += "\n\n" + (simple_sig(c) if rng.random() < 0.7 else c.cust.first)
    sep = "________________________________" if rng.random() < 0.6 else ORIGINAL_MSG[lang]
    h1 = outlook_header(lang, t_ag, support_from(c), cust_from(c), f"{RE_PREFIX[lang]} {tag}{subj}")
    h2 = outlook_header(lang, t_old, cust_from(c), f"{v['name']} Support <{v['support']}>", subj)
    return (
        f"{cur}\n\n{sep}\n{h1}\n\n{agent_reply(c)}\n\n{ORIGINAL_MSG[lang]}\n{h2}\n\n{old_body(c)}"
    )


def k_email_reply_apple(c: Ctx) -> str:
    rng = c.rng
    lang = pick_lang(c, 0.6)
    (t_ag,) = earlier(c.dt, rng, 1)
    cur = cust_body(c, greet=0.4, context=0.3, closing=0.4, sign=rng.random() < 0.5)
    foot = MOBILE_FOOTERS[lang][0]
    hdr = apple_quote_header(lang, t_ag, f"{c.vendor['name']} Support", c.vendor["support"])
    return f"{cur}\n\n{foot}\n\n> {hdr}\n>\n{quote(agent_reply(c, ask=0.9))}"


def k_email_reply_localized(c: Ctx) -> str:
    rng = c.rng
    lang = c.cust.lang if c.cust.lang != "en" else rng.choice(LANGS[1:])
    t_old, t_ag = earlier(c.dt, rng, 2)
    cur = cust_body(c, opener=reply_opener(c) if rng.random() < 0.5 else "", greet=0.7)
    hist = old_body(c)
    inner = agent_reply(c)
    inner += "\n\n" + gmail_quote_header(lang, t_old, c.cust.name, c.cust.email)
    inner += "\n" + quote(hist)
    hdr = gmail_quote_header(lang, t_ag, c.agent, c.vendor["support"])
    return f"{cur}\n\n{hdr}\n\n{quote(inner)}"


def colleague(c: Ctx, lang: str) -> Person:
    p = make_person(c.rng, lang, business=True)
    dom = c.vendor["domain"]
    p.email = f"{ascii_fold(p.first)}.{ascii_fold(p.last)}@{dom}"
    p.company = c.vendor["name"]
    return p


def fwd_header(c: Ctx, lang: str, dt: datetime, frm: str, to: str, subj: str) -> str:
    style = c.rng.randrange(3)
    if style == 0:
        lab = OUTLOOK_LABELS[lang] if c.rng.random() < 0.5 else OUTLOOK_LABELS["en"]
        return (
            f"{GMAIL_FWD[lang]}\n{lab[0]} {frm}\nDate: {d_rfc(dt)}\n{lab[4]} {subj}\n{lab[2]} {to}"
        )
    if style == 1:
        return f"{APPLE_FWD[lang]}\n\n{outlook_header('en', dt, frm, to, subj)}"
    return f"{ORIGINAL_MSG[lang]}\n{outlook_header(lang, dt, frm, to, subj)}"


def k_email_forward_colleague(c: Ctx) -> str:
    rng = c.rng
    lang = rng.choices(LANGS, [20, 14, 10, 10, 10, 9, 9, 9, 9])[0]
    col = colleague(c, lang)
    note = c.f(rng.choice(FWD_NOTES[lang]))
    if not note.rstrip().endswith(("Gruß", "Merci", "Gracias", "Groet", "Obrigado", "Grazie")):
        note += "\n\n" + col.first
    else:
        note += "\n" + col.first
    (t0,) = earlier(c.dt, rng, 1, 5)
    subj = subject(c)
    hdr = fwd_header(c, lang, t0, cust_from(c), col.email, subj)
    body = cust_body(c)
    if rng.random() < 0.4:
        body += "\n\n" + simple_sig(c)
    return f"{note}\n\n{hdr}\n\n{body}"


def k_email_forward_chain(c: Ctx) -> str:
    rng = c.rng
    t0, t1 = earlier(c.dt, rng, 2, 6)
    la, lb = rng.choice(LANGS), rng.choice(LANGS)
    a, b = colleague(c, la), colleague(c, lb)
    subj = subject(c)
    note_b = rng.choice(FWD_NOTES[lb])
    note_a = rng.choice([x for x in FWD_NOTES[la] if x != note_b])
    n1 = c.f(note_b) + "\n" + b.first
    n2 = c.f(note_a) + "\n\n" + a.first
    h_a = fwd_header(c, la, t1, f"{b.name} <{b.email}>", a.email, f"{FW_PREFIX[lb]} {subj}")
    h_b = fwd_header(c, lb, t0, cust_from(c), b.email, subj)
    body = cust_body(c, after=0.3)
    top = f"{c.vendor['name']} Support <{c.vendor['support']}>"
    pre = ""
    if rng.random() < 0.5:
        pre = f"Subject: {FW_PREFIX[la]} {FW_PREFIX[lb]} {subj}\nTo: {top}\n\n"
    return f"{pre}{n2}\n\n{h_a}\n\n{n1}\n\n{h_b}\n\n{body}"


def k_email_autoreply(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    lang = v["lang"] if rng.random() < 0.5 else "en"
    ar = AUTOREPLY[lang].format(
        first=c.cust.first, vendor=v["name"], ticket=c.ticket, domain=v["domain"]
    )
    subj = subject(c, 0.0)
    if rng.random() < 0.55:
        head = (
            f"From: {v['name']} Support <no-reply@{v['domain']}>\nTo: {c.cust.email}\n"
            f"Subject: [{v['name']}] Request received: {subj} (#{c.ticket})\n\n"
        )
        sep = rng.choice(
            ["--- Your original message ---", "Your message:", "----- Your request -----"]
        )
        tail = rng.choice(
            ["", "\n\nThis mailbox is not monitored. Please do not reply directly to this email."]
        )
        return f"{head}{ar}\n\n{sep}\n\n{cust_body(c, closing=0.4)}\n{tail}".rstrip()
    (t0,) = earlier(c.dt, rng, 1, 2)
    cur = cust_body(
        c, opener=rng.choice(["Adding one thing to my ticket.", "Got your automatic reply.", ""])
    )
    hdr = gmail_quote_header("en", t0, f"{v['name']} Support", f"no-reply@{v['domain']}")
    return f"{cur}\n\n{hdr}\n{quote(ar)}"


def k_email_html_residue(c: Ctx) -> str:
    rng, p = c.rng, c.cust
    css = rng.choice(
        [
            '<!--\n/* Font Definitions */\n@font-face {font-family:"Calibri"; panose-1:2 15 5 2 2 '
            "2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
            'font-family:"Calibri",sans-serif;}\n-->',
            "v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}",
            "",
            "",
        ]
    )
    g = greeting(c).replace(" ", "&nbsp;")
    ctxs = " ".join(context_sentences(c, 1)) if rng.random() < 0.5 else ""
    logo = rng.choice(
        [
            f"[cid:image00{rng.randint(1, 4)}.png@01D{digits(rng, 1)}A{digits(rng, 4)}."
            f"{digits(rng, 8)}]",
            f"[image: {p.company or 'logo'}]",
            "[Logo Description automatically generated]",
        ]
    )
    company = p.company or p.name
    site = p.domain if p.company else "linktr.ee/" + ascii_fold(p.first)
    sig = (
        f"*{p.name}*\n{p.title}\n{logo}\n{company}\n"
        f"{p.email}<mailto:{p.email}> | www.{site}<https://www.{site}/>\n"
        f"{p.phone.replace(' ', '&nbsp;')}"
    )
    parts = [css, g, "&nbsp;"]
    if ctxs:
        parts.append(ctxs)
    parts += [c.req, "&nbsp;", rng.choice(SIGNOFF["en"]).replace(" ", "&nbsp;"), sig]
    if rng.random() < 0.4:
        parts.append("[https://ci3.googleusercontent.com/mail-sig/AIorK4z" + digits(rng, 12) + "]")
    return "\n".join(x for x in parts if x).strip()


def k_email_legal_footer(c: Ctx) -> str:
    body = cust_body(c, sign=False)
    sig = f"{c.rng.choice(SIGNOFF[pick_lang(c)])}\n\n{simple_sig(c)}"
    return f"{body}\n\n{sig}\n\n{'_' * c.rng.choice([40, 60, 72])}\n{legal_footer(c)}"


def k_email_signature_rich(c: Ctx) -> str:
    body = cust_body(c, sign=False, after=0.3)
    return f"{body}\n\n{c.rng.choice(SIGNOFF[pick_lang(c)])}\n\n{rich_sig(c)}"


def k_email_mobile(c: Ctx) -> str:
    rng = c.rng
    body = cust_body(c, greet=0.35, context=0.25, closing=0.35, sign=rng.random() < 0.4)
    out = f"{body}\n\n{email_tail(c)}"
    if rng.random() < 0.35:
        (t0,) = earlier(c.dt, rng, 1)
        hdr = apple_quote_header(pick_lang(c, 0.6), t0, c.agent, c.vendor["support"])
        out += f"\n\n> {hdr}\n>\n{quote(agent_reply(c))}"
    return out


def k_email_first_contact(c: Ctx) -> str:
    v = c.vendor
    tz = c.rng.choice(["+0100", "+0200", "+0000", "-0500"])
    hdr = (
        f"From: {cust_from(c)}\nTo: {v['name']} Support <{v['support']}>\n"
        f"Date: {d_rfc(c.dt, tz)}\nSubject: {subject(c)}"
    )
    return f"{hdr}\n\n{cust_body(c, after=0.3)}"


def k_email_inline_reply(c: Ctx) -> str:
    rng = c.rng
    (t0,) = earlier(c.dt, rng, 1)
    qs = [
        (
            "Which device are you using?",
            rng.choice(["iPhone 14", "Pixel 7", "Samsung S22", "iPad"]),
        ),
        ("Which plan are you on?", c.ph["plan"]),
        ("Since when does this happen?", rng.choice(["since Monday", "a few weeks", "not sure"])),
        ("Is this your personal or business account?", rng.choice(["Personal", "Business"])),
    ]
    chosen = rng.sample(qs, rng.randint(1, 2))
    final_q = rng.choice(
        [
            "What exactly would you like us to do?",
            "How can we help you today?",
            "Anything else we can help with?",
            "What can we do for you?",
        ]
    )
    intro = rng.choice(
        [
            "Answers inline below.",
            "See my answers below in between.",
            "Replies below, marked >>.",
            "Answers below.",
        ]
    )
    mark = ">> " if ">>" in intro else ""
    lines = [greeting(c), "", intro, ""]
    for q, a in chosen:
        lines += [f"> {q}", f"{mark}{a}", ""]
    lines += [f"> {final_q}", f"{mark}{c.req}", "", signoff_block(c), ""]
    hdr = gmail_quote_header("en", t0, c.agent, c.vendor["support"])
    qa = "\n\n".join(q for q, _ in chosen) + "\n\n" + final_q
    prev = f"{AGENT_HELLO['en'].format(first=c.cust.first)}\n\nThanks for reaching out! A few "
    prev += f"questions so we can help:\n\n{qa}\n\n{vendor_sig(c)}"
    return "\n".join(lines) + f"\n{hdr}\n{quote(prev)}"


def k_email_newsletter_reply(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    (t0,) = earlier(c.dt, rng, 1, 10)
    cur = cust_body(
        c,
        opener=rng.choice(
            [
                "Replying to this newsletter since I couldn't find a contact form.",
                "Not sure if anyone reads this address.",
                "",
            ]
        ),
    )
    season = ["Winter", "Spring", "Summer", "Autumn"][(t0.month % 12) // 3]
    promo = (
        f"[image: {v['name']}]\n\n{season} is here, "
        f"and so are our new features!\nTry the new {v['product']} experience today. Upgrade "
        f"now and get {rng.choice([10, 15, 20, 25])}% off your first year.\n\n"
        f"[Upgrade now]<https://{v['domain']}/upgrade?utm_source=newsletter>\n\n"
        f"Book a demo with our team or invite a friend and you both get a month free.\n\n"
        f"Unsubscribe<https://{v['domain']}/u/{digits(rng, 10)}> | Manage preferences | "
        f"View in browser\n{v['addr']}"
    )
    hdr = gmail_quote_header("en", t0, v["name"], f"news@{v['domain']}")
    return f"{cur}\n\n{hdr}\n{quote(promo)}"


# --------------------------------------------------------------------------- helpdesk kinds


def k_ticket_zendesk_thread(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    t_old, t_ag = earlier(c.dt, rng, 2)
    sep = "-" * 46

    def stamp(dt: datetime) -> str:
        return f"{MONA['en'][dt.month - 1]} {dt.day}, {dt.year}, {dt:%H:%M} GMT+{rng.randint(0, 2)}"

    cur = cust_body(
        c, opener=reply_opener(c) if rng.random() < 0.5 else "", sign=rng.random() < 0.5
    )
    parts = [
        "##- Please type your reply above this line -##",
        "",
        f"Your request ({c.ticket}) has been updated. To add additional comments, reply to this "
        "email.",
        sep,
        "",
        c.cust.name,
        "",
        stamp(c.dt),
        "",
        cur,
        "",
        sep,
        "",
        f"{c.agent} ({v['name']})",
        "",
        stamp(t_ag),
        "",
        agent_reply(c),
        "",
        sep,
        "",
        c.cust.name,
        "",
        stamp(t_old),
        "",
        old_body(c),
        "",
        sep,
        f"This email is a service from {v['name']} Support.",
        "",
        f"[{digits(rng, 1)}{rng.choice('QXZKWV')}{digits(rng, 2)}GZ-{digits(rng, 4)}]",
    ]
    return "\n".join(parts)


def k_ticket_fields(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    tags = rng.sample(["billing", "app", "vip", "mobile", "web", "urgent", "de", "returning"], 3)
    prio = rng.choice(["Low", "Normal", "Normal", "High", "Urgent"])
    status = rng.choice(["Open", "New", "Pending", "Open"])
    subj = subject(c)
    body = cust_body(c, after=0.3)
    if rng.random() < 0.5:
        head = (
            f"{v['tool']} • Ticket #{v['prefix']}-{c.ticket}\n"
            f"Subject: {subj}\nStatus: {status}    Priority: {prio}\n"
            f"Requester: {cust_from(c)}\nAssignee: {rng.choice([c.agent, 'Unassigned'])}\n"
            f"Group: {rng.choice(['Tier 1', 'Billing', 'Tech Support', 'EMEA'])}\n"
            f"Tags: {', '.join(tags)}\nChannel: {rng.choice(['Email', 'Web form', 'API'])}\n"
            f"Created: {c.dt:%Y-%m-%d %H:%M} CET"
        )
        foot = f"\n\n---\nSLA: first response due in {rng.randint(1, 7)}h {rng.randint(1, 59)}m"
        return f"{head}\n\nDescription:\n{body}{foot}"
    head = (
        f"| Ticket | {c.ticket} |\n| Subject | {subj} |\n| Status | {status} |\n"
        f"| Priority | {prio} |\n| Requester | {c.cust.name} |\n| Email | {c.cust.email} |\n"
        f"| Product | {v['product']} |\n| Created | {c.dt:%d/%m/%Y %H:%M} |"
    )
    return f"{head}\n\nMessage\n-------\n{body}"


def k_ticket_internal_note(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    (t_note,) = earlier(c.dt, rng, 1, 1)
    note_dt = c.dt + timedelta(minutes=rng.randint(3, 200))
    note = c.f(rng.choice(INTERNAL_NOTES))
    if rng.random() < 0.3:
        note += f' Previous ticket was: "{old_text(c)}"'
    cust = (
        f"━━ {c.cust.name} · {c.dt:%d %b %Y %H:%M} · via {rng.choice(['email', 'web form'])}\n"
        f"{cust_body(c)}"
    )
    internal = f"━━ Internal note · {c.agent} · {note_dt:%d %b %Y %H:%M}\n{note}"
    head = (
        f"{v['tool']} · {v['prefix']}-{c.ticket} · {subject(c)}\n"
        f"Status: {rng.choice(['Open', 'Pending', 'On hold'])}   "
        f"Priority: {rng.choice(['Normal', 'High'])}   Assignee: {c.agent}\n"
    )
    order = [internal, cust] if rng.random() < 0.5 else [cust, internal]
    return head + "\n" + "\n\n".join(order)


def k_ticket_macro_history(c: Ctx) -> str:
    rng = c.rng
    t1, t2, t3 = earlier(c.dt, rng, 3)
    macro, text = rng.choice(MACROS)
    lines = [
        f"[{t1:%Y-%m-%d %H:%M}] {c.cust.name} (email):",
        indent(old_body(c)),
        "",
        f'[{t2:%Y-%m-%d %H:%M}] {c.agent} - macro "{macro}" applied',
        indent(f"Hi {c.cust.first},\n\n{text}\n\n{vendor_sig(c)}"),
        "",
        f"[{t3:%Y-%m-%d %H:%M}] Status changed: Pending → Solved",
        "",
        f"[{c.dt:%Y-%m-%d %H:%M}] {c.cust.name} (email):",
        indent(cust_body(c, opener=reply_opener(c) if rng.random() < 0.5 else "")),
        "",
        f"[{c.dt:%Y-%m-%d %H:%M}] Status changed: Solved → Open (customer reply)",
    ]
    return "\n".join(lines)


def k_ticket_csat(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    if rng.random() < 0.5:
        rating = rng.choice(["Bad, I'm unsatisfied", "Good, I'm satisfied", "Okay"])
        comment = c.req
        if rng.random() < 0.6:
            comment = (
                rng.choice(
                    [
                        "Agent was nice, but one thing is still open.",
                        "Thanks for the help.",
                        "Took a while.",
                        "Fine.",
                    ]
                )
                + "\n"
                + c.req
            )
        return (
            f"{v['name']} - Customer satisfaction response\n"
            f'Ticket: #{c.ticket} "{subject(c, 0.3)}"\nAgent: {c.agent}\n'
            f"Submitted: {c.dt:%Y-%m-%d %H:%M}\n\nHow would you rate the support you received?\n"
            f"Rating: {rating}\n\nComment:\n{comment}"
        )
    (t0,) = earlier(c.dt, rng, 1, 4)
    survey = (
        f"Hello {c.cust.first},\n\nWe'd love to hear what you think of our customer service. "
        f"Please take a moment to answer one simple question by clicking either link below:\n\n"
        f"How would you rate the support you received?\n\n"
        f"Good, I'm satisfied<https://{v['domain']}/csat/{c.ticket}/good>\n"
        f"Bad, I'm unsatisfied<https://{v['domain']}/csat/{c.ticket}/bad>\n\n"
        f"Here's a reminder of what your request was about:\n\n{c.cust.name}, {t0:%b %d, %H:%M}\n"
        f"{old_text(c)}"
    )
    cur = cust_body(c, opener=rng.choice(["Good!", "Rated it, thanks.", "", "All good with that."]))
    hdr = gmail_quote_header("en", t0 + timedelta(days=1), f"{v['name']} Support", v["support"])
    return f"{cur}\n\n{hdr}\n{quote(survey)}"


def k_ticket_conversation_log(c: Ctx) -> str:
    rng = c.rng
    t1, t2 = earlier(c.dt, rng, 2)
    fmt = "%Y-%m-%d %H:%M"
    ag = agent_reply(c).replace("\n\n", " ").replace("\n", " ")
    return "\n".join(
        [
            f"Conversation #{c.ticket} ({rng.choice(['Email', 'Web', 'Messenger'])}) - "
            f"{c.vendor['name']}",
            f"Customer: {c.cust.name} <{c.cust.email}>",
            "",
            f"{t1:{fmt}} - Customer: {old_text(c)}",
            f"{t2:{fmt}} - Agent ({c.agent_first}): {ag}",
            f"{t2:{fmt}} - System: Conversation closed",
            f"{c.dt:{fmt}} - Customer: {cust_body(c, greet=0.3, sign=False, closing=0.3)}",
            f"{c.dt:{fmt}} - System: Conversation reopened by customer reply",
        ]
    )


def k_ticket_new_notification(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    group = rng.choice(["Support EMEA", "Billing", "Tier 1", "Customer Care"])
    return (
        f"[{v['name']} Helpdesk] New ticket #{c.ticket}: {subject(c)}\n\n"
        f"Hello {c.agent_first},\n\nA new ticket has been submitted by {c.cust.name} "
        f"({c.cust.email}).\n\nTicket details\nPriority: {rng.choice(['Low', 'Medium', 'High'])}"
        f"\nSource: {rng.choice(['Email', 'Portal', 'Widget'])}\nGroup: {group}\n\n"
        f"Message:\n{cust_body(c, after=0.3)}\n\n"
        f"View ticket: https://{v['domain'].split('.')[0]}.{v['tool'].lower()}.com/tickets/"
        f"{c.ticket}\n\nYou are receiving this because you are a member of the {group} group."
    )


def k_ticket_jira_sd(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    key = f"{v['prefix']}SD-{rng.randint(100, 9999)}"
    t_act = c.dt + timedelta(minutes=rng.randint(1, 600))
    comment = rng.choice(
        [
            f"{c.agent} added a comment - Can you please also attach a screenshot?",
            f"{c.agent} changed the status to Waiting for customer",
            "Automation for Jira added a comment - Your request has been received.",
        ]
    )
    rtype = rng.choice(["Get help", "Report a bug", "Ask a question"])
    status = rng.choice(["Waiting for support", "In progress", "Open"])
    return (
        f"{key} | {subject(c)}\nRequest type: {rtype}\n"
        f"Reporter: {c.cust.name} ({c.cust.email})\nStatus: {status}\n"
        f"Created: {c.dt:%d/%b/%y %I:%M %p}\n\nDescription\n{cust_body(c)}\n\nActivity\n"
        f"{t_act:%d/%b/%y %I:%M %p} {comment}"
    )


def k_ticket_escalation(c: Ctx) -> str:
    rng = c.rng
    lang = rng.choice(["en", "en", "de", "fr", "es", "nl"])
    tier2 = rng.choice([a for a in c.vendor["agents"] if a != c.agent] or [c.agent]).split()[0]
    notes = {
        "en": f"Hi {tier2}, escalating this one. Customer has asked twice now, could you take a "
        f"look? I couldn't find anything in the admin panel.\n\nThanks,\n{c.agent_first}",
        "de": f"Hi {tier2}, kannst du das bitte übernehmen? Kunde hat schon zweimal "
        f"nachgefragt.\n\nDanke, {c.agent_first}",
        "fr": f"Salut {tier2}, je te passe ce ticket, le client relance. Tu peux regarder ?\n\n"
        f"{c.agent_first}",
        "es": f"Hola {tier2}, te paso este caso, el cliente ha insistido. ¿Lo puedes revisar?\n\n"
        f"{c.agent_first}",
        "nl": f"Hoi {tier2}, kun jij deze overnemen? Klant vraagt het al voor de tweede keer.\n\n"
        f"{c.agent_first}",
    }
    (t0,) = earlier(c.dt, rng, 1, 3)
    hdr = outlook_header("en", t0, cust_from(c), c.vendor["support"], subject(c))
    return (
        f"{notes[lang]}\n\n{ORIGINAL_MSG['en']}\n{hdr}\nTicket: {c.vendor['prefix']}-{c.ticket}"
        f"\n\n{cust_body(c)}"
    )


def k_ticket_text_export(c: Ctx) -> str:
    rng = c.rng
    t_rep = c.dt + timedelta(minutes=rng.randint(20, 900))
    return "\n".join(
        [
            f"=== Ticket {c.ticket} ===",
            f"Opened: {c.dt:%Y-%m-%d %H:%M}",
            f"Customer: {c.cust.name} <{c.cust.email}>",
            f"Subject: {subject(c)}",
            f"Product: {c.vendor['product']}",
            "",
            f"--- Message 1 (customer, {c.dt:%Y-%m-%d %H:%M}) ---",
            cust_body(c),
            "",
            f"--- Message 2 (agent {c.agent}, {t_rep:%Y-%m-%d %H:%M}) ---",
            agent_reply(c, resolve=False, ask=1.0),
            "",
            "=== End of ticket ===",
        ]
    )


def k_ticket_merged(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    t0, t1 = earlier(c.dt, rng, 2, 30)
    other = c.ticket - rng.randint(100, 5000)
    body = cust_body(c)
    merged = (
        f'Request #{other} "{subject(c, 0.0)}" (solved {t1:%b %d}) was merged into this request.\n'
        f"Last comment in request #{other}:\n\n{c.cust.name}, {t0:%b %d, %Y %H:%M}\n{old_text(c)}"
    )
    head = f"{v['name']} Support - Request #{c.ticket}\nRequester: {cust_from(c)}\n"
    return f"{head}\n{c.cust.name}, {c.dt:%b %d, %Y %H:%M}\n\n{body}\n\n---\n{merged}"


# --------------------------------------------------------------------------- other channels


def k_chat_transcript(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    t = c.dt
    who = c.cust.first

    def ts(dt: datetime) -> str:
        return f"[{dt:%H:%M:%S}]"

    lines = [f"Chat transcript - {v['name']} Support", f"Date: {c.dt:%Y-%m-%d}", ""]
    lines.append(
        f"{ts(t)} {v['bot']}: Hi! I'm {v['bot']}, {v['name']}'s virtual assistant. "
        "What can I help you with today?"
    )
    t += timedelta(seconds=rng.randint(5, 60))
    lines.append(f"{ts(t)} {who}: {rng.choice(['hi', 'hello', 'hey', 'Hi there', 'agent'])}")
    if rng.random() < 0.5:
        t += timedelta(seconds=rng.randint(2, 8))
        lines.append(f"{ts(t)} {v['bot']}: Sure! Could you tell me a bit more about what you need?")
    t += timedelta(seconds=rng.randint(5, 80))
    lines.append(f"{ts(t)} {who}: {c.req}")
    t += timedelta(seconds=rng.randint(1, 5))
    lines.append(f"{ts(t)} {v['bot']}: Thanks! I'm connecting you with a member of our team.")
    t += timedelta(seconds=rng.randint(30, 400))
    lines.append(f"{ts(t)} *** {c.agent} joined the chat ***")
    t += timedelta(seconds=rng.randint(5, 40))
    lines.append(
        f"{ts(t)} {c.agent_first}: Hi {who}, thanks for waiting! Can you confirm the "
        "email address on your account?"
    )
    t += timedelta(seconds=rng.randint(10, 60))
    lines.append(f"{ts(t)} {who}: {c.cust.email}")
    t += timedelta(seconds=rng.randint(10, 90))
    lines.append(f"{ts(t)} {c.agent_first}: Thanks, give me a moment to look into that.")
    return "\n".join(lines)


def k_chat_widget(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    page = rng.choice(["/pricing", "/help/account", "/", "/app/settings", "/checkout"])
    pre = rng.choice(["", "hi, quick one", "hello?", "Hey"])
    lines = [
        f"Conversation with {c.cust.name}",
        f"Started on {d_us(c.dt)} · https://{v['domain']}{page}",
        f"Location: {c.cust.city}, {COUNTRY[c.cust.lang]} · Browser: "
        f"{rng.choice(['Chrome 121', 'Safari 17', 'Firefox 122', 'Edge 120'])}",
        "",
        f"{v['bot']} (bot): 👋 Hi there! Ask us anything, or pick an option: "
        "Billing · Technical help · Something else",
    ]
    if pre:
        lines.append(f"{c.cust.first}: {pre}")
    lines.append(f"{c.cust.first}: {c.req}")
    lines.append(
        f"{v['bot']} (bot): The team typically replies in a few minutes. "
        "Give us a way to reach you: [email]"
    )
    lines.append(f"{c.cust.first}: {c.cust.email}")
    lines.append(f"{c.agent} (operator): Hi {c.cust.first}! Let me check that for you 🙂")
    if rng.random() < 0.5:
        lines += ["", f"Conversation rated: {rng.choice(['😃 Amazing', '🙂 Great', '😐 OK'])}"]
    return "\n".join(lines)


def k_call_notes(c: Ctx) -> str:
    rng = c.rng
    dur = f"{rng.randint(2, 25)}m {rng.randint(0, 59)}s"
    notes = rng.sample(
        [
            "Customer was friendly, a bit in a hurry.",
            f"Verified identity (DOB + postcode {rng.choice(CITIES[c.cust.lang])[1]}).",
            "Mentioned they might switch provider if this keeps happening.",
            "Asked about the new pricing too, sent link.",
            "Line was bad, had to call back once.",
            f"Customer since {c.dt.year - rng.randint(1, 6)}.",
        ],
        2,
    )
    next_step = rng.choice(["Call back tomorrow", "Email summary sent", "Escalated to tier 2"])
    reason_label = rng.choice(
        ["Reason for call (customer's words):", "Caller request (verbatim):", "Customer asked:"]
    )
    return (
        f"Call notes - {c.dt:%d.%m.%Y %H:%M}\nAgent: {c.agent}\nCaller: {c.cust.name} "
        f"({c.cust.mobile})\nDirection: Inbound · Duration: {dur}\n\n{reason_label}\n"
        f'"{c.req}"\n\nNotes:\n- {notes[0]}\n- {notes[1]}\n\n'
        f"Next step: {next_step}"
    )


def k_meeting_notes(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    co = c.cust.company or f"{c.cust.last} household"
    attendees = f"{c.cust.name} ({co}), {c.agent} ({v['name']})"
    if rng.random() < 0.5:
        attendees += f", {rng.choice([a for a in v['agents']])} ({v['name']})"
    ask_label = rng.choice(["Their ask:", "Customer request:", f"{c.cust.first} asked:"])
    return (
        f"Meeting notes - {co} × {v['name']} check-in\nDate: {c.dt:%Y-%m-%d}\n"
        f"Attendees: {attendees}\n\nAgenda\n1. Rollout status\n2. Open questions\n3. Next steps\n\n"
        f"Notes\n- Rollout in the {c.cust.city} office went fine, {c.ph['seats']} users active\n"
        f"- {ask_label} {c.req}\n- We mentioned the upcoming {v['product']} update\n\n"
        f"Action items\n- [ ] {c.agent_first}: send pricing for extra seats\n"
        f"- [ ] {c.agent_first}: follow up with product team\n- [ ] {c.cust.first}: share user list"
    )


def k_crm_activity(c: Ctx) -> str:
    rng = c.rng
    t1, t2, t3 = earlier(c.dt, rng, 3, 40)
    co = c.cust.company or c.cust.name
    fmt = "%d %b %Y %H:%M"
    return "\n".join(
        [
            f"Activity log - {co} (Account ID {digits(rng, 8)})",
            f"Owner: {c.agent} · Stage: {rng.choice(['Customer', 'Renewal', 'Onboarding'])}",
            "",
            f'{t1:{fmt}}  Email sent by {c.agent}: "Your {c.vendor["name"]} renewal"',
            f"{t2:{fmt}}  Call logged by {c.agent}: left voicemail",
            f"{t3:{fmt}}  Meeting booked: quarterly review",
            f"{c.dt:{fmt}}  Email received from {c.cust.name}:",
            indent(cust_body(c, greet=0.5, closing=0.3)),
            f"{c.dt + timedelta(minutes=1):{fmt}}  Task created: Reply to {c.cust.first} "
            f"(due {c.dt + timedelta(days=1):%d %b})",
        ]
    )


def k_app_review(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    stars = rng.randint(1, 5)
    user = rng.choice(
        [
            f"{c.cust.first}{digits(rng, 2)}",
            f"{ascii_fold(c.cust.last)}_fan",
            "Anonymous",
            f"{c.cust.first} {c.cust.last[0]}.",
        ]
    )
    body_parts = []
    if rng.random() < 0.6:
        body_parts.append(
            rng.choice(
                [
                    "Been using this for a while, mostly happy.",
                    "Great app overall.",
                    "Latest update made things worse.",
                    "Works fine most of the time.",
                ]
            )
        )
    body_parts.append(c.req)
    if rng.random() < 0.3:
        body_parts.append(f"Would give {min(5, stars + 1)} stars otherwise.")
    store = rng.choice(["App Store", "Google Play"])
    text = (
        f"{'★' * stars}{'☆' * (5 - stars)}  {rng.choice(APP_REVIEW_TITLES)}\n"
        f"{user}, {c.dt:%d/%m/%Y} · {store} · Version {c.ph['ver']}\n\n" + " ".join(body_parts)
    )
    if rng.random() < 0.5:
        text += (
            f"\n\nDeveloper Response, {(c.dt + timedelta(days=2)):%d/%m/%Y}\nHi {user}, thanks for "
            f"the feedback! Could you email us at {v['support']} so we can look into this?"
        )
    return text


def k_review_site(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    stars = rng.randint(1, 4)
    title = rng.choice(
        [
            "Decent service but...",
            "Could be better",
            "One small request",
            "Mixed feelings",
            "Good, not great",
        ]
    )
    exp = c.dt - timedelta(days=rng.randint(1, 20))
    reply = ""
    if rng.random() < 0.5:
        reply = (
            f"\n\nReply from {v['name']}\n{(c.dt + timedelta(days=3)):%b %d, %Y}\nHi "
            f"{c.cust.first}, thank you for your review. Please contact us via {v['support']} "
            "with your account details so we can help."
        )
    return (
        f"{c.cust.first} {c.cust.last[0]}.\n{COUNTRY[c.cust.lang]} • "
        f"{rng.randint(1, 14)} reviews\n\n"
        f"Rated {stars} out of 5 stars\n{title}\n"
        f"{cust_body(c, greet=0.0, sign=False, closing=0.2, after=0.0)}\n\n"
        f"Date of experience: {MON['en'][exp.month - 1]} {exp.day:02d}, {exp.year}\n"
        f"Useful · Share{reply}"
    )


def k_nps_survey(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    score = rng.randint(0, 10)
    reason = rng.choice(
        [
            "Works well most of the time.",
            "Price is OK.",
            "Support was slow last time.",
            "Easy to use.",
            "Some features are missing.",
            "The app crashes sometimes.",
        ]
    )
    q3 = rng.choice(
        [
            "Is there anything you'd like us to do for you?",
            "What's one thing we could help you with right now?",
            "Anything else you want to tell us?",
        ]
    )
    return (
        f"Survey: {v['name']} Quarterly NPS\nRespondent: {c.cust.email}\n"
        f"Submitted: {c.dt:%Y-%m-%d %H:%M}\nLanguage: {c.cust.lang}\n\n"
        f"Q1. How likely are you to recommend {v['name']} to a friend or colleague? (0-10)\n"
        f"A: {score}\n\nQ2. What is the main reason for your score?\nA: {reason}\n\n"
        f"Q3. {q3}\nA: {c.req}"
    )


def k_forum_post(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    user = f"{ascii_fold(c.cust.first)}{rng.choice(['', '_', '.'])}{digits(rng, rng.randint(0, 4))}"
    cat = rng.choice(["General discussion", "Help & how-to", "Feature requests", "Apps & devices"])
    title = rng.choice(
        [
            "Is this possible?",
            "Help needed",
            "Question",
            "How do I do this?",
            "Anyone else?",
            "Newbie question",
        ]
    )
    reply_user = rng.choice(["MikeT", "sunny_days", "ProUser42", "Karolina_W", "j.devries"])
    replies = rng.randint(1, 9)
    reply_txt = rng.choice(
        [
            "Same here! +1",
            "Have you tried restarting the app? Worked for me.",
            "I'd also like to know this. Also, can they please bring back dark mode?",
            "Bump, any news from the team?",
        ]
    )
    return (
        f"{v['name']} Community › {cat}\n\n{title}\nPosted by {user} · "
        f"{rng.randint(1, 23)} hours ago\n\n"
        f"{cust_body(c, greet=0.5, sign=rng.random() < 0.3, closing=0.5)}\n\n"
        f"👍 {rng.randint(0, 40)}   💬 {replies} replies\n\n"
        f"{reply_user} (Community Champion) replied:\n{reply_txt}"
    )


def k_social_mention(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    handle = f"{ascii_fold(c.cust.first)}{rng.choice(['_', ''])}{ascii_fold(c.cust.last)[:5]}"
    tag = rng.choice(["", " #help", " #customerservice", f" #{v['name'].split()[0]}", " 🙏"])
    display = rng.choice([c.cust.name, c.cust.first, f"{c.cust.first} ✨"])
    txt = (
        f"{display} @{handle} · {rng.randint(1, 23)}h\n@{v['handle']} {c.req}{tag}\n\n"
        f"💬 {rng.randint(0, 5)}  🔁 {rng.randint(0, 9)}  ❤ {rng.randint(0, 30)}"
    )
    if rng.random() < 0.6:
        txt += (
            f"\n\n{v['name']} Support @{v['handle']} · {rng.randint(1, 50)}m\nReplying to "
            f"@{handle}\nHi there! Please send us a DM with your account email so we can help. "
            f"^{c.agent_first[0]}{c.agent.split()[-1][0]}"
        )
    return txt


def k_sms_whatsapp(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    if rng.random() < 0.5:
        t = c.dt
        stamp = f"{t:%d/%m/%Y, %H:%M:%S}"
        lines = [
            f"[{stamp}] {v['name']}: Hi {c.cust.first}! Your {v['product']} order has shipped. "
            "Reply here if you need anything.",
        ]
        t += timedelta(hours=rng.randint(1, 50))
        if rng.random() < 0.5:
            lines.append(f"[{t:%d/%m/%Y, %H:%M:%S}] {c.cust.first}: Hi")
            t += timedelta(seconds=rng.randint(5, 60))
        lines.append(f"[{t:%d/%m/%Y, %H:%M:%S}] {c.cust.first}: {c.req}")
        t += timedelta(seconds=rng.randint(3, 30))
        lines.append(
            f"[{t:%d/%m/%Y, %H:%M:%S}] {v['name']}: Thanks for your message! An agent "
            "will reply shortly."
        )
        return "\n".join(lines)
    return (
        f"SMS from {c.cust.mobile}\nReceived: {c.dt:%d.%m.%Y %H:%M}\nTo: {v['name']} "
        f"({rng.randint(10000, 99999)})\n\n{c.req}"
        + rng.choice(["", f"\n{c.cust.first}", " thx", "\n\nSent from my Android"])
    )


def k_voicemail(c: Ctx) -> str:
    rng = c.rng
    co = f" from {c.cust.company}" if c.cust.company else ""
    intro = rng.choice(
        [
            f"Hi, uh, this is {c.cust.first}{co}.",
            f"Hello, it's {c.cust.name}.",
            "Hi there, yeah, hello.",
        ]
    )
    mid = rng.choice(["", " Um, so,", " Okay so I'm calling because, um,"])
    req = c.req if c.req[-1:] in "?.!" else c.req + "."
    outro = rng.choice(
        [
            f" You can call me back on {c.cust.mobile}. Thanks, bye.",
            " Thanks, bye bye.",
            " Okay, thank you. Bye.",
        ]
    )
    return (
        f"Voicemail from {c.cust.mobile} ({c.cust.name})\nReceived: {c.dt:%a %d %b %Y %H:%M}\n"
        f"Duration: 0:{rng.randint(12, 59):02d}\n\nTranscription (automatic, confidence: "
        f'{rng.choice(["high", "medium", "low"])}):\n"{intro}{mid} {req}{outro}"'
    )


def k_form_submission(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    topic = rng.choice(["General enquiry", "Billing", "Technical support", "Other", "Account"])
    lines = [
        f'New submission from "Contact us" form ({v["domain"]})',
        "",
        f"Name: {c.cust.name}",
        f"Email: {c.cust.email}",
        f"Phone: {c.cust.mobile if rng.random() < 0.6 else ''}",
    ]
    if c.cust.company:
        lines.append(f"Company: {c.cust.company}")
    lines += [
        f"Topic: {topic}",
        "Message:",
        cust_body(c, greet=0.3, sign=False, closing=0.3),
        "",
        "Consent: Yes, I agree to the privacy policy",
        f"Submitted from: https://{v['domain']}/contact",
        f"IP: 203.0.113.{rng.randint(2, 254)}",
        f"Date: {c.dt:%Y-%m-%d %H:%M:%S}",
    ]
    return "\n".join(lines)


def k_json_export(c: Ctx) -> str:
    rng, v = c.rng, c.vendor
    body = cust_body(c, greet=0.5, closing=0.4, sign=rng.random() < 0.5)
    rec: dict = {
        "id": c.ticket,
        "created_at": f"{c.dt:%Y-%m-%dT%H:%M:%S}Z",
        "channel": rng.choice(["email", "web", "chat", "api"]),
        "status": rng.choice(["new", "open", "pending"]),
        "priority": rng.choice(["low", "normal", "high", None]),
        "subject": subject(c),
        "requester": {"name": c.cust.name, "email": c.cust.email, "locale": c.cust.lang},
        "description": body,
        "tags": rng.sample(["app", "billing", "vip", "mobile", "web"], 2),
        "custom_fields": {"plan": c.ph["plan"], "app_version": c.ph["ver"]},
    }
    if rng.random() < 0.4:
        rec = {"event": "conversation.created", "workspace": v["domain"], "data": rec}
    return json.dumps(rec, ensure_ascii=False, indent=rng.choice([2, None]))


def k_csv_export(c: Ctx) -> str:
    rng = c.rng
    delim = rng.choice([",", ";"])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    w.writerow(
        ["ticket_id", "created", "channel", "customer_email", "subject", "message", "status"]
    )
    msg = cust_body(c, greet=0.4, sign=False, closing=0.3)
    w.writerow(
        [
            c.ticket,
            f"{c.dt:%Y-%m-%d %H:%M}",
            rng.choice(["email", "webform"]),
            c.cust.email,
            subject(c),
            msg,
            rng.choice(["open", "new"]),
        ]
    )
    return buf.getvalue().rstrip("\n")


# --------------------------------------------------------------------------- registry

EMAIL, HELPDESK, OTHER = "email", "helpdesk", "other"
KINDS: list[tuple[str, str, int, Callable[[Ctx], str]]] = [
    ("email_reply_gmail", EMAIL, 3, k_email_reply_gmail),
    ("email_reply_outlook", EMAIL, 3, k_email_reply_outlook),
    ("email_reply_apple", EMAIL, 3, k_email_reply_apple),
    ("email_reply_localized", EMAIL, 4, k_email_reply_localized),
    ("email_forward_colleague", EMAIL, 4, k_email_forward_colleague),
    ("email_forward_chain", EMAIL, 3, k_email_forward_chain),
    ("email_autoreply", EMAIL, 2, k_email_autoreply),
    ("email_html_residue", EMAIL, 3, k_email_html_residue),
    ("email_legal_footer", EMAIL, 3, k_email_legal_footer),
    ("email_signature_rich", EMAIL, 3, k_email_signature_rich),
    ("email_mobile", EMAIL, 3, k_email_mobile),
    ("email_first_contact", EMAIL, 2, k_email_first_contact),
    ("email_inline_reply", EMAIL, 2, k_email_inline_reply),
    ("email_newsletter_reply", EMAIL, 2, k_email_newsletter_reply),
    ("ticket_zendesk_thread", HELPDESK, 4, k_ticket_zendesk_thread),
    ("ticket_fields", HELPDESK, 3, k_ticket_fields),
    ("ticket_internal_note", HELPDESK, 3, k_ticket_internal_note),
    ("ticket_macro_history", HELPDESK, 3, k_ticket_macro_history),
    ("ticket_csat", HELPDESK, 2, k_ticket_csat),
    ("ticket_conversation_log", HELPDESK, 3, k_ticket_conversation_log),
    ("ticket_new_notification", HELPDESK, 3, k_ticket_new_notification),
    ("ticket_jira_sd", HELPDESK, 2, k_ticket_jira_sd),
    ("ticket_escalation", HELPDESK, 3, k_ticket_escalation),
    ("ticket_text_export", HELPDESK, 2, k_ticket_text_export),
    ("ticket_merged", HELPDESK, 2, k_ticket_merged),
    ("chat_transcript", OTHER, 3, k_chat_transcript),
    ("chat_widget", OTHER, 2, k_chat_widget),
    ("call_notes", OTHER, 2, k_call_notes),
    ("meeting_notes", OTHER, 2, k_meeting_notes),
    ("crm_activity", OTHER, 2, k_crm_activity),
    ("app_review", OTHER, 2, k_app_review),
    ("review_site", OTHER, 2, k_review_site),
    ("nps_survey", OTHER, 2, k_nps_survey),
    ("forum_post", OTHER, 2, k_forum_post),
    ("social_mention", OTHER, 2, k_social_mention),
    ("sms_whatsapp", OTHER, 2, k_sms_whatsapp),
    ("voicemail", OTHER, 2, k_voicemail),
    ("form_submission", OTHER, 2, k_form_submission),
    ("json_export", OTHER, 2, k_json_export),
    ("csv_export", OTHER, 1, k_csv_export),
]
KIND_FUNCS = {name: fn for name, _, _, fn in KINDS}
KIND_GROUP = {name: grp for name, grp, _, _ in KINDS}
ESCAPING_KINDS = ("json_export", "csv_export")

# --------------------------------------------------------------------------- request handling

QUESTION_WORDS = (
    "how what when where who whom whose why which can could is are was were do does did will "
    "would should shall am any have has may might tell".split()
)


def is_question(text: str) -> bool:
    w = text.strip().split()
    return bool(w) and re.split(r"['’,]", w[0].lower())[0] in QUESTION_WORDS


def make_typo(text: str, rng: random.Random) -> str:
    """One realistic slip in a word of 4+ letters: swapped, dropped or doubled letter."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{4,}", text)]
    if not spans:
        return text
    for _ in range(8):
        s, e = rng.choice(spans)
        op = rng.choice(["swap", "drop", "double"])
        if op == "swap":
            i = rng.randrange(s + 1, e - 1)
            if text[i] == text[i + 1]:
                continue
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        i = rng.randrange(s + 1, e)
        if op == "drop":
            new = text[:i] + text[i + 1 :]
        else:
            new = text[:i] + text[i] + text[i:]
        if new != text:
            return new
    return text


def present(core: str, rng: random.Random) -> tuple[str, str]:
    """Return (core as it will appear, the request line/sentence with tail or lead-in)."""
    embedded = rng.random() < 0.15
    if not embedded and core and rng.random() < 0.5:
        core = core[0].upper() + core[1:]
    tail = ""
    if core and core[-1] not in "?.!":
        r = rng.random()
        q = is_question(core)
        if r < 0.35:
            tail = "?" if q else "."
        elif r < 0.45 and not q and not core.lower().endswith("please"):
            tail = rng.choice([" please", ", please.", " please."])
        elif r < 0.5 and q:
            tail = "?"
    line = core + tail
    if embedded:
        line = rng.choice(EMBED_PREFIX_Q if is_question(core) else EMBED_PREFIX_CMD) + line
    return core, line


def wrap_row(
    text: str,
    label: str,
    rng: random.Random,
    distractors: list[tuple[str, str]],
    seen: set[str],
) -> tuple[str, str, str]:
    """Wrap one request. Returns (wrapped text, kind, core that must appear verbatim)."""
    names = [k[0] for k in KINDS]
    weights = [k[2] for k in KINDS]
    core0 = text.strip()
    for _attempt in range(6):
        core, line = present(core0, rng)
        kind = rng.choices(names, weights)[0]
        if kind in ESCAPING_KINDS and ('"' in line or "\\" in line):
            kind = "email_first_contact"
        # an earlier request of the same customer (another intent), quoted in some envelopes
        old = rng.choice(OLD_REQUESTS)
        for _ in range(10):
            cand, cand_label = (
                rng.choice(distractors)
                if (distractors and rng.random() < 0.6)
                else (rng.choice(OLD_REQUESTS), "")
            )
            low = cand.lower()
            if cand_label != label and low != core0.lower() and core0.lower() not in low:
                old = cand
                break
        ctx = make_ctx(rng, line, old)
        out = KIND_FUNCS[kind](ctx)
        if core in out and out not in seen:
            seen.add(out)
            return out, kind, core
    raise RuntimeError(f"could not wrap row: {text!r}")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Blind channel wrapper 14")
    ap.add_argument("inp", metavar="IN.csv")
    ap.add_argument("out", metavar="OUT.csv")
    ap.add_argument("--share", type=float, default=0.75)
    ap.add_argument("--typo-share", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--oos-label", default=None)
    ap.add_argument("--verify", action="store_true")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with open(args.inp, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fieldnames = list(reader.fieldnames or [])
        rows = list(reader)
    for col in (args.text_col, args.label_col):
        if col not in fieldnames:
            print(f"error: column {col!r} not in {fieldnames}", file=sys.stderr)
            return 2
    rng = random.Random(args.seed)
    n = len(rows)
    wrapped_idx = set(rng.sample(range(n), round(max(0.0, min(1.0, args.share)) * n)))
    distractors = [
        (r[args.text_col].strip(), r[args.label_col])
        for r in rows
        if r[args.text_col].strip()
        and (args.oos_label is None or r[args.label_col] != args.oos_label)
    ]
    seen: set[str] = set()
    kinds: list[str] = []
    cores: list[str] = []
    typos = 0
    for i, row in enumerate(rows):
        text = row[args.text_col]
        if rng.random() < args.typo_share:
            new = make_typo(text, rng)
            typos += new != text
            text = new
        if i not in wrapped_idx:
            row[args.text_col] = text
            kinds.append("unwrapped")
            cores.append(text)
            continue
        out, kind, core = wrap_row(text, row[args.label_col], rng, distractors, seen)
        row[args.text_col] = out
        kinds.append(kind)
        cores.append(core)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fieldnames, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    if not args.verify:
        return 0
    return verify(args, kinds, cores, typos)


def verify(args: argparse.Namespace, kinds: list[str], cores: list[str], typos: int) -> int:
    with open(args.inp, newline="", encoding="utf-8-sig") as fh:
        src = list(csv.DictReader(fh))
    with open(args.out, newline="", encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    bad = 0
    if len(src) != len(got):
        print(f"FAIL: row count {len(src)} != {len(got)}")
        return 1
    for i, (s, g) in enumerate(zip(src, got, strict=True)):
        for col in s:
            if col != args.text_col and s[col] != g[col]:
                bad += 1
                print(f"FAIL row {i}: column {col!r} changed")
        if kinds[i] == "unwrapped":
            ok = g[args.text_col] == cores[i]
        else:
            ok = cores[i] in g[args.text_col]
        if not ok:
            bad += 1
            print(f"FAIL row {i} ({kinds[i]}): request {cores[i]!r} not found")
    counts = Counter(kinds)
    wrapped = len(kinds) - counts.get("unwrapped", 0)
    groups = Counter(KIND_GROUP[k] for k in kinds if k != "unwrapped")
    print(f"{'kind':28s} {'group':9s} count")
    for name, grp, _, _ in KINDS:
        print(f"{name:28s} {grp:9s} {counts.get(name, 0)}")
    print(f"{'unwrapped':28s} {'-':9s} {counts.get('unwrapped', 0)}")
    share = {g: f"{100 * groups[g] / max(1, wrapped):.1f}%" for g in (EMAIL, HELPDESK, OTHER)}
    print(f"wrapped={wrapped} typos={typos} groups={share} kinds_used={len(counts) - 1}")
    if args.oos_label is not None:
        oos = sum(
            1
            for s, k in zip(src, kinds, strict=True)
            if s[args.label_col] == args.oos_label and k != "unwrapped"
        )
        print(f"oos_wrapped={oos}")
    summary = ", ".join(f"{k}={counts[k]}" for k in sorted(counts))
    print(f"{len(kinds)} rows -> {args.out}: {summary}")
    print("verify: OK" if not bad else f"verify: {bad} FAILURES")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
