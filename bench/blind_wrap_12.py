"""Blind channel wrapper no. 12: dress bare requests up as real customer feedback.

Takes a labelled CSV of short requests and wraps a share of the rows (70% by default) in the
envelopes that real feedback channels put around them: e-mails from many clients (replies,
forwards, quoting, disclaimers, out-of-office chains), helpdesk notifications and ticket
exports, CRM logs, forum posts, app-store reviews, call and voicemail transcripts, SMS, issue
trackers, NPS exports, chat handoffs and team messengers. The original request text appears
verbatim, exactly once, in every wrapped row; a ``channel`` column names the kind used
("plain" for untouched rows). Written blind to the project's own cleaning rules. On purpose, a
few wrapped rows carry the request only inside quoted or forwarded text (follow-up bumps,
forwards, autoresponder echoes), as real threads do. Chosen rows with an empty text stay plain.

Run:
    python bench/blind_wrap_12.py IN.csv OUT.csv [--text-col text] [--label-col label]
        [--share 0.7] [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from random import Random

VENDOR = "Lumora"
PRODUCT = "Lumora Workspace"
VDOMAIN = "lumora.io"
SUPPORT = f"{VENDOR} Support <support@{VDOMAIN}>"

# --------------------------------------------------------------------------------------------
# Cast: a limited workspace of customers, contacts and agents that keeps coming back.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    lang: str
    address: str
    phone: str  # prefix; digits are appended per message
    plan: str
    seats: int


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str
    company: Company

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{_ascii(self.first)}.{_ascii(self.last)}@{self.company.domain}"


@dataclass(frozen=True)
class Agent:
    first: str
    last: str
    team: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{_ascii(self.first)}@{VDOMAIN}"


def _ascii(s: str) -> str:
    norm = unicodedata.normalize("NFKD", s)
    return "".join(c for c in norm if c.isascii() and c.isalnum()).lower() or "info"


_C = [
    Company("Hollerith Maschinenbau GmbH", "hollerith-mb.de", "de",
            "Landsberger Str. 302\n80687 München", "+49 89 ", "Enterprise", 340),
    Company("Atelier Corvin SARL", "ateliercorvin.fr", "fr",
            "12 rue de la Charité\n69002 Lyon", "+33 4 78 ", "Pro", 38),
    Company("Grupo Alcázar Logística S.L.", "alcazarlog.es", "es",
            "Av. de la Raza 14\n41012 Sevilla", "+34 954 ", "Business", 120),
    Company("Vinhas do Tâmega Lda.", "vinhastamega.pt", "pt",
            "Rua de Santa Catarina 512\n4000-446 Porto", "+351 22 ", "Pro", 22),
    Company("Brouwer & Zonen B.V.", "brouwerzonen.nl", "nl",
            "Vredenburg 40\n3511 BD Utrecht", "+31 30 ", "Business", 75),
    Company("Ferri Tessuti S.p.A.", "ferritessuti.it", "it",
            "Via Pistoiese 221\n59100 Prato (PO)", "+39 0574 ", "Enterprise", 210),
    Company("Kowalczyk Systemy Sp. z o.o.", "kowalczyk-systemy.pl", "pl",
            "ul. Legnicka 55\n54-203 Wrocław", "+48 71 ", "Pro", 46),
    Company("株式会社ミナト精機", "minato-seiki.co.jp", "ja",
            "〒530-0001 大阪府大阪市北区梅田2-4-9", "+81 6-", "Business", 95),
    Company("Pinecrest Dental Group", "pinecrestdental.com", "en",
            "1200 NW Marshall St, Suite 300\nPortland, OR 97209", "+1 503-", "Pro", 40),
    Company("Halvorsen & Pike LLP", "halvorsenpike.co.uk", "en",
            "3 Wellington Place\nLeeds LS1 4AP", "+44 113 ", "Enterprise", 520),
    Company("Quillfeather Books", "quillfeather.com.au", "en",
            "88 Smith St\nFitzroy VIC 3065", "+61 3 ", "Starter", 6),
    Company("Tidewater Robotics Inc.", "tidewaterrobotics.com", "en",
            "410 W Olney Rd\nNorfolk, VA 23507", "+1 757-", "Business", 150),
]  # fmt: skip

_PEOPLE: dict[str, list[tuple[str, str, str]]] = {
    "hollerith-mb.de": [("Jürgen", "Albrecht", "Leiter IT-Infrastruktur"),
                        ("Katrin", "Schöller", "Teamleitung Einkauf"),
                        ("Felix", "Brandt", "Werkstudent IT")],
    "ateliercorvin.fr": [("Émilie", "Fontaine", "Responsable administrative"),
                         ("Hugo", "Mercier", "Directeur artistique")],
    "alcazarlog.es": [("Lucía", "Moreno Ruiz", "Jefa de Operaciones"),
                      ("Javier", "Castaño", "Técnico de Sistemas")],
    "vinhastamega.pt": [("João", "Carvalho", "Diretor Financeiro"),
                        ("Inês", "Barbosa", "Assistente Comercial")],
    "brouwerzonen.nl": [("Sanne", "van Dijk", "Office Manager"),
                        ("Pieter", "Brouwer", "Directeur")],
    "ferritessuti.it": [("Chiara", "Lombardi", "Responsabile Amministrazione"),
                        ("Marco", "Ferri", "Amministratore Delegato"),
                        ("Davide", "Greco", "IT Specialist")],
    "kowalczyk-systemy.pl": [("Agnieszka", "Wójcik", "Kierownik Projektu"),
                             ("Tomasz", "Kowalczyk", "Prezes Zarządu")],
    "minato-seiki.co.jp": [("Haruka", "Sato", "情報システム部 主任"),
                           ("Daisuke", "Yamamoto", "総務部 課長")],
    "pinecrestdental.com": [("Melissa", "Grant", "Practice Manager"),
                            ("Dr. Aaron", "Kim", "Owner")],
    "halvorsenpike.co.uk": [("Fiona", "Marsh", "Head of Knowledge Management"),
                            ("Rupert", "Ellison", "IT Service Desk Lead"),
                            ("Priyanka", "Shah", "Paralegal")],
    "quillfeather.com.au": [("Nell", "Archer", "Owner")],
    "tidewaterrobotics.com": [("Marcus", "Boyd", "Director of Operations"),
                              ("Jenna", "Liu", "Sr. Systems Administrator")],
}  # fmt: skip

CAST: list[tuple[Company, list[Person]]] = [
    (c, [Person(f, la, t, c) for f, la, t in _PEOPLE[c.domain]]) for c in _C
]
COMPANY_WEIGHTS = [9, 6, 6, 4, 5, 6, 5, 4, 8, 9, 3, 7]

AGENTS = [
    Agent("Maya", "Okafor", "Billing"),
    Agent("Jonas", "Lindqvist", "Tier 2"),
    Agent("Priya", "Raman", "Customer Success"),
    Agent("Tomás", "Ferreira", "Support"),
    Agent("Chloé", "Marchand", "Support"),
    Agent("Kenji", "Watanabe", "APAC Support"),
    Agent("Aleksandra", "Nowak", "Tier 2"),
    Agent("Ruben", "de Vries", "Onboarding"),
    Agent("Giulia", "Russo", "Support"),
    Agent("Sam", "Whitaker", "Account Management"),
]
HELPDESKS = ["Deskwise", "Deskwise", "Deskwise", "Ticketra", "HelpHarbor"]

# --------------------------------------------------------------------------------------------
# Localisation of envelope parts (the request itself always stays as given).
# --------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "ja": "月 火 水 木 金 土 日",
}


def long_date(dt: datetime, lang: str) -> str:
    d = DAYS[lang].split()[dt.weekday()]
    hm = dt.strftime("%H:%M")
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日({d}) {hm}"
    m = MONTHS[lang].split()[dt.month - 1]
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "AM" if dt.hour < 12 else "PM"
        return f"{d}, {m} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ampm}"
    return {
        "de": f"{d}, {dt.day}. {m} {dt.year} {hm}",
        "fr": f"{d} {dt.day} {m} {dt.year} {hm}",
        "es": f"{d}, {dt.day} de {m} de {dt.year} {hm}",
        "pt": f"{d}, {dt.day} de {m} de {dt.year} {hm}",
        "nl": f"{d} {dt.day} {m} {dt.year} {hm}",
        "it": f"{d} {dt.day} {m} {dt.year} {hm}",
        "pl": f"{d}, {dt.day} {m} {dt.year} {hm}",
    }[lang]


def short_date(dt: datetime, lang: str) -> str:
    if lang == "en":
        return dt.strftime("%m/%d/%Y %H:%M")
    if lang == "ja":
        return dt.strftime("%Y/%m/%d %H:%M")
    sep = "-" if lang == "nl" else "/" if lang in ("fr", "es", "pt", "it") else "."
    return dt.strftime(f"%d{sep}%m{sep}%Y %H:%M")


@dataclass(frozen=True)
class Loc:
    hdr: tuple[str, str, str, str, str]  # from, sent, to, cc, subject
    wrote: str  # {date} {name} {email}
    tb_wrote: str  # Thunderbird style: {date} {name}
    fwd: str
    re: str
    fw: str
    mobile: str
    hello: tuple[str, ...]
    bye: tuple[str, ...]
    lead: tuple[str, ...]
    pre: tuple[str, ...]
    post: tuple[str, ...]
    subjects: tuple[str, ...]
    ooo: str  # {until} {backup} {bmail}
    agent: tuple[str, ...]
    vague: tuple[str, ...]
    disclaimer: str


LOC: dict[str, Loc] = {
    "en": Loc(
        ("From", "Sent", "To", "Cc", "Subject"),
        "On {date} {name} <{email}> wrote:",
        "On {date}, {name} wrote:",
        "---------- Forwarded message ---------",
        "RE: ", "FW: ", "Sent from my iPhone",
        ("Hi {agent_first},", "Hello {vendor} team,", "Hi there,", "Dear Support,", "Hi all,",
         "Hey,", "Good morning,"),
        ("Thanks,", "Best,", "Cheers,", "Kind regards,", "Thanks in advance,", "Best regards,",
         "Many thanks,"),
        ("Quick question: ", "Quick one - ", "My question is: ", "So basically ",
         "Long story short, ", "Request: ", "Here's what we need: ", "Could you help with this: ",
         "Our ops lead asked me to check: ", "TL;DR ", "What I'm after: "),
        ("We have {seats} users on the {plan} plan.", "This came up in our {weekday} standup.",
         "I'm the admin for our {team} team.", "Our account is under {company}.",
         "I tried the help center first but couldn't find anything.",
         "One of my colleagues asked me to reach out.", "We've been customers since {year}.",
         "Sorry if this has been asked before.",
         "Following up on my call with {agent_first} last week.",
         "We just renewed for another year.", "Apologies for the long email.",
         "Our finance team flagged something this morning.",
         "I'm writing on behalf of {colleague}, who is travelling.",
         "We're rolling {product} out to {n} more people next month.",
         "Hope you had a good weekend."),
        ("It's somewhat urgent because we have a board meeting on {weekday}.",
         "Let me know if you need our account ID ({acct}).", "Happy to jump on a call if easier.",
         "No rush on this.", "Screenshot attached.", "The order number was {order}, if that helps.",
         "Please keep {colleague} in cc.", "We're on {plan}, in case that matters.",
         "Thanks for your patience with us!", "I couldn't find this in the docs.",
         "Same issue for {n} of my colleagues.", "Can you confirm by end of week?"),
        ("Question about our account", "Quick question", "Help needed", "Our subscription",
         "Follow-up", "Request", "Urgent", "Billing", "Re: your last email", "(no subject)"),
        "Thank you for your message. I am out of the office until {until} with limited access "
        "to email. For urgent matters please contact {backup} ({bmail}).",
        ("Thanks for reaching out! Could you let me know which workspace this is about?",
         "I've checked your account and everything looks normal on our side. Could you send a "
         "screenshot?",
         "Apologies for the delay, we've had a higher volume than usual this week.",
         "I've escalated this to our Tier 2 team, they will follow up shortly.",
         "Just checking in: is this still an issue for you?",
         "Thanks for the details. I'll get back to you as soon as I hear from engineering."),
        ("Hi, we have an issue with our account, who can help?",
         "Hello, I have a question about our plan. Can someone get in touch?",
         "Please call me back when you have a minute.",
         "Hi, something is off with our setup since yesterday."),
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
        "sole use of the intended recipient(s) and may contain confidential and privileged "
        "information. Any unauthorized review, use, disclosure or distribution is prohibited. "
        "If you are not the intended recipient, please contact the sender by reply e-mail and "
        "destroy all copies of the original message. Thank you.",
    ),
    "de": Loc(
        ("Von", "Gesendet", "An", "Cc", "Betreff"),
        "Am {date} schrieb {name} <{email}>:",
        "Am {date} schrieb {name}:",
        "---------- Weitergeleitete Nachricht ---------",
        "AW: ", "WG: ", "Von meinem iPhone gesendet",
        ("Hallo {agent_first},", "Guten Tag,", "Sehr geehrte Damen und Herren,",
         "Hallo zusammen,", "Moin,"),
        ("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "VG", "Danke und Gruß"),
        ("Kurze Frage: ", "Unser Anliegen: ", "Konkret: ", "Mein Kollege fragt: "),
        ("Wir nutzen {product} seit {year}.", "Das kam heute im Jour fixe auf.",
         "Wir haben {seats} Lizenzen im {plan}-Tarif.",
         "Ich schreibe im Auftrag von {colleague}."),
        ("Eine kurze Rückmeldung wäre super.", "Danke vorab!",
         "Unsere Kundennummer ist {acct}.", "Bei Rückfragen gerne anrufen."),
        ("Anfrage", "Frage zu unserem Vertrag", "Rückfrage", "Dringend", "Support-Anfrage"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {until} nicht im Büro und "
        "habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich "
        "bitte an {backup} ({bmail}).",
        ("Vielen Dank für Ihre Nachricht! Um welchen Workspace geht es genau?",
         "Ich habe das an unser Technik-Team weitergegeben und melde mich wieder."),
        ("Hallo, wir haben ein Problem mit unserem Konto. Wer kann helfen?",
         "Guten Tag, bitte rufen Sie mich zurück."),
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
        "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das "
        "unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.\n"
        "Geschäftsführer: Dr. Ulrich Hollerith, Sabine Kern | Sitz der Gesellschaft: München | "
        "Registergericht: Amtsgericht München, HRB 184422 | USt-IdNr.: DE 811 203 477",
    ),
    "fr": Loc(
        ("De", "Envoyé", "À", "Cc", "Objet"),
        "Le {date}, {name} <{email}> a écrit :",
        "Le {date}, {name} a écrit :",
        "---------- Message transféré ---------",
        "RE : ", "TR : ", "Envoyé de mon iPhone",
        ("Bonjour,", "Bonjour {agent_first},", "Madame, Monsieur,", "Bonjour à tous,"),
        ("Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"),
        ("Petite question : ", "Notre demande : ", "En résumé : "),
        ("Nous utilisons {product} depuis {year}.", "Le sujet est revenu en réunion ce matin.",
         "Nous avons {seats} utilisateurs sur l'offre {plan}."),
        ("Merci de votre retour rapide.", "Notre numéro client est {acct}.",
         "Je reste disponible par téléphone."),
        ("Demande", "Question sur notre abonnement", "Urgent", "Demande de support"),
        "Bonjour, je suis absente jusqu'au {until} inclus. Pour toute urgence, merci de "
        "contacter {backup} ({bmail}). Cordialement.",
        ("Merci pour votre message ! Pouvez-vous nous préciser l'espace de travail concerné ?",
         "J'ai transmis votre demande à notre équipe technique."),
        ("Bonjour, nous avons un souci avec notre compte, pouvez-vous nous rappeler ?",),
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
        "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
        "interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en "
        "avertir immédiatement l'expéditeur.",
    ),
    "es": Loc(
        ("De", "Enviado el", "Para", "CC", "Asunto"),
        "El {date}, {name} (<{email}>) escribió:",
        "El {date}, {name} escribió:",
        "---------- Mensaje reenviado ---------",
        "RE: ", "RV: ", "Enviado desde mi iPhone",
        ("Hola,", "Buenos días,", "Estimado equipo de soporte:", "Hola {agent_first},"),
        ("Saludos,", "Un saludo,", "Gracias de antemano,", "Atentamente,"),
        ("Una consulta: ", "Nuestra petición: ", "En resumen: "),
        ("Usamos {product} desde {year}.", "Somos {seats} usuarios en el plan {plan}.",
         "Esto salió en la reunión del {weekday}."),
        ("Quedo atenta a vuestra respuesta.", "Nuestro número de cliente es {acct}.",
         "Gracias por la ayuda."),
        ("Consulta", "Solicitud", "Urgente", "Duda sobre la suscripción"),
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el {until}. Para asuntos "
        "urgentes, contacte con {backup} ({bmail}).",
        ("¡Gracias por escribirnos! ¿Nos indicas el espacio de trabajo afectado?",
         "He pasado tu consulta al equipo técnico."),
        ("Hola, tenemos un problema con la cuenta, ¿nos podéis llamar?",),
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
        "destinatario y pueden contener información confidencial. En cumplimiento del Reglamento "
        "(UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados por GRUPO ALCÁZAR "
        "LOGÍSTICA S.L. Puede ejercer sus derechos en protecciondatos@alcazarlog.es. Si ha "
        "recibido este mensaje por error, notifíquelo al remitente y elimínelo.",
    ),
    "pt": Loc(
        ("De", "Enviado", "Para", "Cc", "Assunto"),
        "Em {date}, {name} <{email}> escreveu:",
        "Em {date}, {name} escreveu:",
        "---------- Mensagem encaminhada ---------",
        "RES: ", "ENC: ", "Enviado do meu iPhone",
        ("Olá,", "Bom dia,", "Prezados,", "Olá {agent_first},"),
        ("Atenciosamente,", "Obrigado,", "Cumprimentos,", "Abraço,"),
        ("Uma dúvida: ", "O nosso pedido: ", "Resumindo: "),
        ("Usamos o {product} desde {year}.", "Temos {seats} utilizadores no plano {plan}."),
        ("Fico a aguardar resposta.", "O nosso número de cliente é {acct}."),
        ("Pedido", "Dúvida", "Urgente", "Assinatura"),
        "Obrigado pela sua mensagem. Estou ausente até {until}. Para assuntos urgentes, "
        "contacte {backup} ({bmail}).",
        ("Obrigado pelo contacto! Pode indicar-nos qual o espaço de trabalho?",),
        ("Bom dia, temos um problema na conta, podem ligar-me?",),
        "Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao "
        "destinatário. Se recebeu esta mensagem por engano, por favor informe o remetente e "
        "apague-a. Proteja o ambiente: imprima apenas se necessário.",
    ),
    "nl": Loc(
        ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
        "Op {date} schreef {name} <{email}>:",
        "Op {date} schreef {name}:",
        "---------- Doorgestuurd bericht ---------",
        "Re: ", "Doorst: ", "Verzonden vanaf mijn iPhone",
        ("Hoi {agent_first},", "Beste support,", "Goedemiddag,", "Hallo,"),
        ("Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,"),
        ("Korte vraag: ", "Ons verzoek: ", "Kort gezegd: "),
        ("We gebruiken {product} sinds {year}.", "We hebben {seats} gebruikers op {plan}.",
         "Dit kwam vanochtend ter sprake in ons overleg."),
        ("Hoor graag van jullie.", "Ons klantnummer is {acct}."),
        ("Vraag", "Verzoek", "Dringend", "Vraag over abonnement"),
        "Bedankt voor je bericht. Ik ben tot en met {until} afwezig. Voor dringende zaken kun je "
        "contact opnemen met {backup} ({bmail}).",
        ("Bedankt voor je bericht! Om welke workspace gaat het?",),
        ("Hallo, er is iets mis met ons account. Kunnen jullie bellen?",),
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht "
        "onterecht heeft ontvangen, wordt u verzocht de afzender direct te informeren en het "
        "bericht te verwijderen. Openbaarmaking, vermenigvuldiging of verspreiding is niet "
        "toegestaan. KvK 30112233.",
    ),
    "it": Loc(
        ("Da", "Inviato", "A", "Cc", "Oggetto"),
        "Il giorno {date} {name} <{email}> ha scritto:",
        "Il {date}, {name} ha scritto:",
        "---------- Messaggio inoltrato ---------",
        "R: ", "I: ", "Inviato da iPhone",
        ("Buongiorno,", "Ciao {agent_first},", "Gentile supporto,", "Salve,"),
        ("Cordiali saluti,", "Grazie mille,", "Saluti,", "Un saluto,"),
        ("Domanda veloce: ", "La nostra richiesta: ", "In breve: "),
        ("Usiamo {product} dal {year}.", "Abbiamo {seats} utenti sul piano {plan}."),
        ("Resto in attesa di un riscontro.", "Il nostro codice cliente è {acct}."),
        ("Richiesta", "Domanda", "Urgente", "Informazioni abbonamento"),
        "Grazie per il messaggio. Sono fuori ufficio fino al {until}. Per urgenze contattare "
        "{backup} ({bmail}).",
        ("Grazie per averci contattato! Ci può indicare il workspace interessato?",),
        ("Buongiorno, abbiamo un problema con l'account, potete richiamarmi?",),
        "Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679, le informazioni contenute "
        "in questo messaggio sono riservate e ad uso esclusivo del destinatario. Qualora il "
        "messaggio Le fosse pervenuto per errore, La invitiamo ad eliminarlo senza copiarlo e a "
        "darne notizia al mittente.",
    ),
    "pl": Loc(
        ("Od", "Wysłane", "Do", "DW", "Temat"),
        "W dniu {date} {name} <{email}> napisał(a):",
        "W dniu {date}, {name} pisze:",
        "---------- Przekazana wiadomość ---------",
        "Odp: ", "PD: ", "Wysłane z iPhone'a",
        ("Dzień dobry,", "Cześć {agent_first},", "Szanowni Państwo,"),
        ("Pozdrawiam,", "Z poważaniem,", "Dziękuję,"),
        ("Krótkie pytanie: ", "Nasza prośba: "),
        ("Korzystamy z {product} od {year} roku.", "Mamy {seats} użytkowników w planie {plan}."),
        ("Z góry dziękuję za odpowiedź.", "Nasz numer klienta to {acct}."),
        ("Zapytanie", "Pytanie", "Pilne"),
        "Dziękuję za wiadomość. Jestem nieobecna do {until}. W pilnych sprawach proszę o "
        "kontakt z {backup} ({bmail}).",
        ("Dziękujemy za wiadomość! Którego workspace'u dotyczy zgłoszenie?",),
        ("Dzień dobry, mamy problem z kontem, proszę o kontakt.",),
        "Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej "
        "adresat. Jeżeli nie jest Pan/Pani adresatem, prosimy o poinformowanie nadawcy i "
        "usunięcie wiadomości. Sąd Rejonowy dla Wrocławia-Fabrycznej, KRS 0000412233.",
    ),
    "ja": Loc(
        ("差出人", "送信日時", "宛先", "CC", "件名"),
        "{date} {name} <{email}>:",
        "{date}、{name} wrote:",
        "---------- 転送されたメッセージ ---------",
        "RE: ", "FW: ", "iPhoneから送信",
        ("サポートご担当者様\n\nお世話になっております。{company}の{last}です。",
         "{vendor} サポート窓口 御中\n\nいつもお世話になっております。"),
        ("よろしくお願いいたします。", "以上、よろしくお願い申し上げます。"),
        ("質問です：", "ご相談です："),
        ("弊社では{seats}名が{plan}プランを利用しています。", "社内の定例会議で話題になりました。"),
        ("お手数ですがご確認ください。", "お客様番号は{acct}です。"),
        ("お問い合わせ", "ご相談", "至急"),
        "ご連絡ありがとうございます。{until}まで不在にしております。お急ぎの場合は{backup}"
        "（{bmail}）までご連絡ください。",
        ("お問い合わせありがとうございます。対象のワークスペース名をお知らせいただけますか。",),
        ("お世話になっております。アカウントについて確認したいことがあります。",),
        "本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
        "お手数ですが送信者までご連絡のうえ、本メールを削除してください。",
    ),
}  # fmt: skip


def _lines(block: str) -> tuple[str, ...]:
    """Phrase pool from a raw block: one entry per line, a literal backslash-n is a newline."""
    return tuple(ln.strip().replace("\\n", "\n") for ln in block.splitlines() if ln.strip())


# --------------------------------------------------------------------------------------------
# Phrase pools and house templates (placeholders are filled per row by Scene.fmt).
# --------------------------------------------------------------------------------------------

ASK_TAILS = ("", "", "", ".", ".", "?", "?", "!", " please.", " 🙏", "...", " - thanks", " pls")
TEAMS = ("finance", "ops", "sales", "marketing", "HR", "support", "design", "IT")
LIST_KEYS = ("Question", "Request", "What we need", "Ask")
SIG_LINKS = _lines(r"""
    LinkedIn: linkedin.com/company/{slug}
    in/{first_a}-{last_a} | @{slug}
    Follow us: LinkedIn | Instagram | YouTube
""")
SIG_BANNERS = _lines(r"""
    🌱 Please consider the environment before printing this email.
    We're hiring! See open roles at https://{domain}/careers
    Book time with me: https://cal.{domain}/{first_a}
    Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
    Pensez à l'environnement avant d'imprimer ce message.
    Visit us at Hall 4, Booth B21 - LogiMAT 2025
    My working hours may not be yours. Please reply when convenient.
""")
AGENT_SIGS = _lines(r"""
    {a_first}\n{vendor} {a_team}
    Best,\n{a_name} | {vendor} {a_team}\nhelp.{vdomain}
    Kind regards,\n{a_first} from {vendor}
    -- \n{a_name}\n{a_team} Specialist, {vendor}\nStatus page: status.{vdomain}
""")
AGENT_HI = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá", "nl": "Hoi",
            "it": "Ciao", "pl": "Dzień dobry"}  # fmt: skip
MOBILE_FOOTS = _lines(r"""
    Sent from Outlook for Android
    Get Outlook for iOS<https://aka.ms/o0ukef>
    Sent from my Galaxy
    Sent from Yahoo Mail for iPhone
    Sent from mobile, excuse typos
    Von meinem Fairphone gesendet
    Envoyé de mon appareil Galaxy
""")
BUMPS = _lines(r"""
    Any update on this?
    Bumping this up.
    Hi, following up here.
    Hallo, gibt es hier schon Neuigkeiten?
    Un petit retour ?
    Gentle reminder :)
    ??
    Could someone please look at this?
""")
EXTERNAL_BANNERS = (
    "[EXTERNAL]",
    "CAUTION: This email originated from outside of the organization. Do not click links or "
    "open attachments unless you recognize the sender.",
    "**EXTERNAL EMAIL**",
    "[Extern] Diese E-Mail stammt von außerhalb der Organisation.",
)
BACK_FROM_LEAVE = {
    "en": "Back from holiday now, sorry for the slow reply.",
    "de": "Wieder im Büro - sorry für die späte Antwort.",
    "fr": "De retour de congés, désolée pour le délai.",
    "es": "De vuelta de vacaciones, perdón por la demora.",
    "pt": "De volta de férias, desculpem a demora.",
    "nl": "Weer terug van vakantie, sorry voor de late reactie.",
    "it": "Di nuovo in ufficio, scusate il ritardo.",
    "pl": "Wróciłam z urlopu, przepraszam za opóźnienie.",
    "ja": "休暇から戻りました。ご返信が遅くなり申し訳ありません。",
}
VENDOR_FWD_NOTES = _lines(r"""
    Hi team, forwarding this from {company} (renewal in Q{q}). Can someone pick it up?
    FYI - came in to my inbox directly. {first} is a key contact, please prioritise.
    Not sure who owns this, sending to the queue.
""")
INTERNAL_NOTES = _lines(r"""
    Checked the payment processor - last charge went through fine.
    Customer is on legacy pricing, don't offer the migration discount.
    @{a2_first} can you take a look? Might be related to INC-{n}04.
    Macro 'Billing - refund policy' applied.
    VIP account - handle with care (renewal in Q3).
    Called the customer, no answer. Left voicemail.
    Merged duplicate ticket #{prev_ticket} into this one.
""")
CRM_EVENTS = _lines(r"""
    Task created: Send renewal quote (owner {agent_first})
    Stage changed: Negotiation → Verbal commit
    Meeting: QBR with {first} ({n} attendees)
    Email sent: 'Your {plan} plan - what's new'
    Note: Champion changed jobs? Check LinkedIn.
""")
USER_AGENTS = _lines(r"""
    Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0
    Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1
    Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) Firefox/125.0
""")
ACKS = {
    "en": "Hi {first},\n\nThanks for contacting {vendor}! We've received your request and a "
    "member of our team will get back to you within 24 business hours.\n\nIn the meantime, you "
    "might find an answer in our Help Center: https://help.{vdomain}\n\nTicket reference: "
    "#{ticket}",
    "de": "Hallo {first},\n\nvielen Dank für Ihre Anfrage (Ticket {ticket}). Unser Team meldet "
    "sich in Kürze bei Ihnen. Unsere Servicezeiten: Mo-Fr 8-18 Uhr MEZ.",
    "fr": "Bonjour {first},\n\nNous avons bien reçu votre demande n°{ticket}. Notre équipe vous "
    "répondra sous 24h ouvrées.",
    "es": "Hola {first}:\n\nHemos recibido tu solicitud (#{ticket}). Te responderemos lo antes "
    "posible.",
    "pt": "Olá {first},\n\nRecebemos o seu pedido #{ticket}. A nossa equipa responderá em breve.",
}
CALL_REACTIONS = _lines(r"""
    Got it, let me note that down.
    Mm-hmm. [crosstalk] Sure.
    Okay, I'll check with the team and follow up by email.
    Right, right. Let me see what I can do there.
""")

NOTIFICATION_TEMPLATES = (
    """\
##- Please type your reply above this line -##

Your request ({ticket}) has been updated. To add additional comments, reply to this email.

{line}

{conv}

{line}

This email is a service from {vendor} Support. Delivered by {tool}
[{ref}]""",
    """\
[{tool}] Ticket #{ticket} - new reply from {first}

Status: {status}  |  Priority: {prio}  |  Assignee: {agent_first}

{conv}

--
View ticket: https://lumora.{tool_l}.com/agent/tickets/{ticket}
You're receiving this because you're following this ticket. Manage notifications in your
profile.""",
    """\
— Répondez au-dessus de cette ligne / Reply above this line —

Ticket {ticket}: {subj}

{conv}

Powered by {tool} · Ref:MSG{ref}""",
)

INVOICE_MAIL = """\
From: {vendor} Billing <billing@{vdomain}>
Date: {date}
Subject: Your {vendor} invoice {inv} is available
To: {email}

Hello {company},

Your invoice {inv} for {amount} is now available in the billing portal:
https://app.{vdomain}/billing/{inv_l}
Payment method: Visa ending {card}

Thank you for choosing {vendor}.

{vendor} Inc. | 500 Harbor Blvd | Unsubscribe | Privacy"""

WEBFORM_TEMPLATE = """\
{head}

{fields}
{msg_label}:
{msg}

---
Page: https://www.{vdomain}/contact?utm_source=app&utm_medium=footer
User agent: {ua}
IP: 203.0.{ip3}.{ip4}
Submitted: {iso}Z
GDPR consent: yes"""

CSAT_SURVEY = """\
{tool} satisfaction survey - response received

Ticket: #{ticket}
Agent: {agent}
Requester: {name} ({company})
Rating: {score}/5 {stars}
Reason: {reason}
Comment:
{body}

Submitted {date}"""

CSAT_SOLVED = """\
Your request #{ticket} has been solved

Hi {first},

We hope we've answered your question. How would you rate the support you received?

Good, I'm satisfied <https://{vdomain}/s/{ticket}/good>
Bad, I'm unsatisfied <https://{vdomain}/s/{ticket}/bad>

Here's a reminder of what this request was about:

{name}
{date}

{body}

This ticket will be closed automatically in 4 days.
{vendor} Support"""

JIRA_TEMPLATE = """\
{key}  Customer request from {company}
Type: Story | Priority: {prio} | Reporter: {agent} | Labels: customer-feedback, {slug}

*Description*
Reported via ticket #{ticket}. Customer says:
{body}

*Steps to reproduce*
1. Log in as workspace admin
2. Go to Settings → {area}
3. Observe

*Expected*
See above.

*Actual*
Not supported today.

*Environment*
{env}

*Customer impact*
{seats} seats, {plan}"""

LINEAR_TEMPLATE = """\
## {key} · Feedback: {company}

**Status:** Triage · **Team:** {team} · **Linked:** {tool} #{ticket}

### What the customer asked
{body}

### Context
- Plan: {plan}
- Environment: {env}

### Acceptance criteria
- [ ] TBD

_Created by {agent_first} via {tool} integration_"""

NPS_TEMPLATES = (
    """\
NPS response {rid} · {day}
Score: {score} ({segment})
Account: {company} · Seats: {seats} · Role: {title}

Q: What is the primary reason for your score?
A: {body}

Q: Anything else?
A: {extra}""",
    """\
response_id: {rid}
survey: Quarterly NPS Q{quarter} {year_now}
score: {score}
segment: {segment_l}
plan: {plan}
comment: |
  {body_indented}
follow_up_ok: {ok}""",
)

VOICEMAIL_TEMPLATE = """\
{label} from {num} ({company}) — 0:{secs}
Received: {date}
Transcription (confidence {conf}%):
"{body}"

Listen: https://voice.{vdomain}/vm/{vm} · Mark as handled"""

# --------------------------------------------------------------------------------------------
# Scene: the variable fields of one wrapped row.
# --------------------------------------------------------------------------------------------

BASE_DATE = datetime(2024, 1, 8, 7, 0)


@dataclass
class Scene:
    rng: Random
    company: Company
    contact: Person
    colleague: Person
    agent: Agent
    agent2: Agent
    lang: str
    dt: datetime
    ticket: int
    order: str
    acct: str
    tool: str

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: tuple[str, ...] | list[str], **kw: object) -> str:
        return self.fmt(self.rng.choice(seq), **kw)

    def later(self, lo: int = 5, hi: int = 2880) -> datetime:
        self.dt = self.dt + timedelta(minutes=self.rng.randint(lo, hi))
        return self.dt

    def phone(self, company: Company | None = None) -> str:
        c = company or self.company
        r = self.rng
        if c.lang == "ja":
            return f"{c.phone}{r.randint(6000, 6999)}-{r.randint(1000, 9999)}"
        if c.phone.endswith("-"):
            return f"{c.phone}{r.randint(200, 989)}-{r.randint(1000, 9999)}"
        return f"{c.phone}{r.randint(100, 999)} {r.randint(1000, 9999)}"

    def fmt(self, template: str, **kw: object) -> str:
        """Fill a template with the scene's fields; keyword arguments win."""
        r = self.rng
        fields: dict[str, object] = {
            "vendor": VENDOR,
            "vdomain": VDOMAIN,
            "product": PRODUCT,
            "company": self.company.name,
            "domain": self.company.domain,
            "slug": self.company.domain.split(".")[0],
            "seats": self.company.seats,
            "plan": self.company.plan,
            "first": self.contact.first,
            "last": self.contact.last,
            "name": self.contact.name,
            "email": self.contact.email,
            "title": self.contact.title,
            "colleague": self.colleague.name,
            "agent_first": self.agent.first,
            "agent": self.agent.name,
            "a2_first": self.agent2.first,
            "tool": self.tool,
            "tool_l": self.tool.lower(),
            "ticket": self.ticket,
            "prev_ticket": self.ticket - r.randint(3, 40),
            "acct": self.acct,
            "order": self.order,
            "weekday": DAYS["en"].split()[r.randrange(5)],
            "team": r.choice(TEAMS),
            "year": r.randint(2017, 2023),
            "n": r.randint(2, 60),
            "q": r.randint(1, 4),
        }
        fields.update(kw)
        return template.format(**fields)


def make_scene(rng: Random) -> Scene:
    company, people = rng.choices(CAST, weights=COMPANY_WEIGHTS)[0]
    contact = rng.choice(people)
    colleague = rng.choice([p for p in people if p != contact] or people)
    agent, agent2 = rng.sample(AGENTS, 2)
    lang = company.lang if rng.random() < 0.6 else "en"
    dt = BASE_DATE + timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 600))
    while dt.weekday() > 4 and rng.random() < 0.8:
        dt += timedelta(days=1)
    prefix = company.domain.split(".")[0][:3].upper()
    order = rng.choice(
        [
            f"ORD-{dt.year}-{rng.randint(10000, 99999)}",
            f"#{rng.randint(100000, 999999)}",
            f"{prefix}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFGHJK')}",
        ]
    )
    acct = rng.choice([f"LUM-{rng.randint(10000, 99999)}", f"ws_{rng.randint(10**7, 10**8 - 1)}"])
    ticket = rng.randint(18000, 96000)
    tool = rng.choice(HELPDESKS)
    return Scene(
        rng, company, contact, colleague, agent, agent2, lang, dt, ticket, order, acct, tool
    )


# --------------------------------------------------------------------------------------------
# Building blocks: the request in context, greetings, signatures, quoting, headers.
# --------------------------------------------------------------------------------------------


def ask_unit(sc: Scene, ask: str) -> str:
    """The request itself, verbatim, sometimes followed by the punctuation people add."""
    if ask.rstrip()[-1:] in (".", "?", "!"):
        return ask
    return ask + sc.rng.choice(ASK_TAILS)


def ctx(sc: Scene, kind: str, lang: str | None = None) -> str:
    """One or two of the customer's own context sentences, sometimes in their language."""
    lg = lang or sc.lang
    loc = LOC[lg] if lg == "en" or sc.chance(0.55) else LOC["en"]
    pool = loc.pre if kind == "pre" else loc.post
    k = 2 if len(pool) > 2 and sc.chance(0.3) else 1
    return _cat(*(sc.fmt(t) for t in sc.rng.sample(pool, k)))


def _cat(*parts: str) -> str:
    """Join sentences with a space, except after Japanese punctuation."""
    out = ""
    for part in parts:
        glue = "" if not out or out[-1] in "。：、）" or part[:1] in "。：、" else " "
        out += glue + part
    return out


def request_block(sc: Scene, ask: str, lang: str | None = None, terse: bool = False) -> str:
    """The request inside the customer's own words: own line, mid-paragraph, lead-in, list."""
    lg = lang or sc.lang
    loc = LOC[lg] if sc.chance(0.5) else LOC["en"]
    a = ask_unit(sc, ask)
    weights = [30, 30, 25, 15, 0] if terse else [25, 35, 20, 12, 8]
    style = sc.rng.choices(["own", "mid", "lead", "first", "list"], weights=weights)[0]
    if style == "own":
        parts = [ctx(sc, "pre", lg)] if sc.chance(0.7) else []
        parts.append(a)
        if sc.chance(0.6):
            parts.append(ctx(sc, "post", lg))
        return "\n\n".join(parts)
    if style == "mid":
        return _cat(ctx(sc, "pre", lg), a, ctx(sc, "post", lg))
    if style == "lead":
        head = ctx(sc, "pre", lg) if sc.chance(0.4) else ""
        tail = f"\n\n{ctx(sc, 'post', lg)}" if sc.chance(0.5) else ""
        return _cat(head, sc.pick(loc.lead) + a) + tail
    if style == "first":
        return _cat(a, ctx(sc, "post", lg))
    rows = [f"- Account: {sc.acct}", f"- Plan: {sc.company.plan} ({sc.company.seats} seats)"]
    if sc.chance(0.5):
        rows.append(f"- Order: {sc.order}")
    rows.append(f"- {sc.rng.choice(LIST_KEYS)}: {a}")
    return f"{ctx(sc, 'pre', lg)}\n\n" + "\n".join(rows)


def signature(sc: Scene, person: Person, style: str | None = None) -> str:
    r = sc.rng
    c = person.company
    style = style or r.choice(["min", "min", "std", "std", "full", "banner", "html"])
    if style == "min":
        return r.choice([person.first, person.name, person.first[0], f"{person.first}\n{c.name}"])
    lines = [person.name, f"{person.title} | {c.name}" if r.random() < 0.5 else person.title]
    if style == "std":
        lines.append(r.choice(["T ", "Tel. ", "Phone: ", "📞 ", ""]) + sc.phone(c))
        if r.random() < 0.5:
            lines.append(c.name)
        return ("-- \n" if r.random() < 0.4 else "") + "\n".join(lines)
    lines += [c.name, c.address, f"T {sc.phone(c)}", f"M {sc.phone(c)}", f"www.{c.domain}"]
    kw = {"first_a": _ascii(person.first), "last_a": _ascii(person.last), "domain": c.domain,
          "slug": c.domain.split(".")[0]}  # fmt: skip
    if style in ("full", "html"):
        lines.append(sc.pick(SIG_LINKS, **kw))
    if style == "html":
        lines.insert(0, f"[cid:image00{r.randint(1, 9)}.png@01DA{r.randint(1000, 9999)}.7F3E1B90]")
        lines.append(f"[https://{c.domain}/mail/banner-{r.randint(2023, 2025)}.jpg]")
    if style == "banner" or r.random() < 0.3:
        lines.append(sc.pick(SIG_BANNERS, **kw))
    return "\n".join(lines)


def agent_sig(sc: Scene, agent: Agent | None = None) -> str:
    a = agent or sc.agent
    return sc.pick(AGENT_SIGS, a_first=a.first, a_name=a.name, a_team=a.team)


def agent_message(sc: Scene, lang: str | None = None) -> str:
    lg = lang or sc.lang
    loc = LOC[lg] if sc.chance(0.6) else LOC["en"]
    body = sc.pick(loc.agent)
    extra = sc.pick(LOC["en"].agent)
    if sc.chance(0.4) and extra != body:
        body += " " + extra
    if loc is LOC["ja"]:
        hi = f"{sc.contact.last}様\n\nいつもお世話になっております。"
        hi += f"{VENDOR}サポートの{sc.agent.last}です。"
    else:
        hi = f"{AGENT_HI[lg] if loc is LOC[lg] else 'Hi'} {sc.contact.first},"
    return f"{hi}\n\n{body}\n\n{agent_sig(sc)}"


def vague_message(sc: Scene, lang: str | None = None) -> str:
    loc = LOC[lang or sc.lang]
    return f"{sc.pick(loc.vague)}\n\n{signature(sc, sc.contact, 'min')}"


def customer_email(
    sc: Scene, ask: str, lang: str | None = None, sig: str | None = None, to: str = ""
) -> str:
    """Greeting (to the agent, or to `to`), the request in context, closing and signature."""
    lg = lang or sc.lang
    parts = []
    if lg != "en" or sc.chance(0.85):
        parts.append(sc.pick(LOC[lg].hello, agent_first=to or sc.agent.first))
    parts.append(request_block(sc, ask, lg))
    closing = sc.pick(LOC[lg].bye) + "\n" if sc.chance(0.85) else ""
    parts.append(closing + signature(sc, sc.contact, sig))
    return "\n\n".join(parts)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def addr(sc: Scene, name: str, email: str) -> str:
    forms = [f"{name} <{email}>", f"{name} [mailto:{email}]", f'"{name}" <{email}>', name]
    return sc.rng.choice(forms)


def subject(sc: Scene, lang: str, prefix: str = "") -> str:
    s = sc.pick(LOC[lang].subjects)
    if sc.chance(0.35):
        s = f"{s} [#{sc.ticket}]"
    return prefix + s


def outlook_header(sc: Scene, lang: str, frm: str, to: str, subj: str, html: bool = False) -> str:
    loc = LOC[lang]
    colon = " :" if lang == "fr" else ":"
    star = "*" if html else ""
    rows = [(loc.hdr[0], frm), (loc.hdr[1], long_date(sc.dt, lang)), (loc.hdr[2], to)]
    if sc.chance(0.3):
        rows.append((loc.hdr[3], addr(sc, sc.colleague.name, sc.colleague.email)))
    rows.append((loc.hdr[4], subj))
    return "\n".join(f"{star}{k}{colon}{star} {v}" for k, v in rows)


def wrote_line(sc: Scene, lang: str, name: str, email: str) -> str:
    date = long_date(sc.dt, lang) if sc.chance(0.7) else short_date(sc.dt, lang)
    return LOC[lang].wrote.format(date=date, name=name, email=email)


def sup_name(sc: Scene) -> tuple[str, str]:
    if sc.chance(0.5):
        return f"{VENDOR} Support", f"support@{VDOMAIN}"
    return f"{sc.agent.name} ({VENDOR})", sc.agent.email


def handle(sc: Scene, person: Person | None = None) -> str:
    p = person or sc.contact
    first, last = _ascii(p.first), _ascii(p.last)
    slug = p.company.domain.split(".")[0][:6]
    return sc.rng.choice([f"{first}_{last[:3]}", f"{first}{sc.rng.randint(1, 99)}",
                          f"{last}.{slug}", p.first])  # fmt: skip


# --------------------------------------------------------------------------------------------
# E-mail kinds.
# --------------------------------------------------------------------------------------------

RULES = ("________________________________", "-----Original Message-----", "")


def k_outlook_reply(sc: Scene, ask: str) -> str:
    lg = sc.lang
    sname, smail = sup_name(sc)
    rule = sc.rng.choice(RULES + RULES[:1])
    subj = subject(sc, lg)
    cust = addr(sc, sc.contact.name, sc.contact.email)
    if sc.chance(0.12):  # a bump: the request only survives in the quoted original
        first = customer_email(sc, ask, lg)
        hdr = outlook_header(sc, lg, cust, SUPPORT, subj)
        sc.later(1440, 7000)
        top = f"{sc.pick(BUMPS)}\n\n{signature(sc, sc.contact, 'min')}"
        return f"{top}\n\n{rule}\n{hdr}\n\n{first}"
    older = vague_message(sc, lg)
    hdr_old = outlook_header(sc, lg, cust, SUPPORT, subj)
    sc.later(30, 600)
    agent_txt = agent_message(sc, lg)
    hdr = outlook_header(sc, lg, addr(sc, sname, smail), cust, LOC[lg].re + subj)
    sc.later(60, 3000)
    out = f"{customer_email(sc, ask, lg)}\n\n{rule}\n{hdr}\n\n{agent_txt}"
    if sc.chance(0.5):
        out += f"\n\n{rule}\n{hdr_old}\n\n{older}"
    return out


def k_gmail_reply(sc: Scene, ask: str) -> str:
    lg = sc.lang
    sname, smail = sup_name(sc)
    roll = sc.rng.random()
    if roll < 0.2 or roll >= 0.3:  # the thread started with a vague first message
        older = vague_message(sc, lg)
    else:  # the thread started with the request itself
        older = customer_email(sc, ask, lg)
    w_old = wrote_line(sc, lg, sc.contact.name, sc.contact.email)
    sc.later(30, 900)
    agent_txt = agent_message(sc, lg)
    w_agent = wrote_line(sc, lg, sname, smail)
    sc.later(20, 2000)
    if roll < 0.2:  # inline answer beneath the agent's question
        q = quote(sc.pick((LOC[lg].agent[0], LOC["en"].agent[0])))
        ans = request_block(sc, ask, lg, terse=True)
        sig = signature(sc, sc.contact, "min")
        return f"{w_agent}\n{q}\n\n{ans}\n\n{sig}\n\n{quote(agent_sig(sc))}"
    if roll < 0.3:  # bump, with the request quoted two levels down
        inner = f"{agent_txt}\n\n{w_old}"
        return f"{sc.pick(BUMPS)}\n\n{w_agent}\n{quote(inner)}\n{quote(older, '>> ')}"
    nested = f"{agent_txt}\n\n{w_old}\n{quote(older)}"
    return f"{customer_email(sc, ask, lg)}\n\n{w_agent}\n{quote(nested)}"


def k_mobile_mail(sc: Scene, ask: str) -> str:
    lg = sc.lang
    foot = LOC[lg].mobile if sc.chance(0.5) else sc.pick(MOBILE_FOOTS)
    hi = sc.pick(LOC[lg].hello) + "\n\n" if sc.chance(0.5) else ""
    sig = signature(sc, sc.contact, "min") + "\n\n" if sc.chance(0.5) else ""
    out = f"{hi}{request_block(sc, ask, lg, terse=True)}\n\n{sig}{foot}"
    if sc.chance(0.5):
        sname, smail = sup_name(sc)
        sc.dt -= timedelta(hours=sc.rng.randint(1, 30))
        w = f"On {short_date(sc.dt, 'en')}, {sname} <{smail}> wrote:"
        out += f"\n\n{w}\n\n{quote(agent_message(sc, lg))}"
    return out


def k_forwarded(sc: Scene, ask: str) -> str:
    lg = sc.lang
    loc = LOC[lg]
    r = sc.rng
    if sc.chance(0.35):  # the request is in the forwarder's note, forwarding an invoice mail
        inv = f"INV-{sc.dt.year}-{r.randint(1000, 9999)}"
        hi = sc.pick(loc.hello)
        note = f"{hi}\n\n{request_block(sc, ask, lg)}\n\n{signature(sc, sc.contact)}"
        sc.dt -= timedelta(days=r.randint(1, 20))
        orig = sc.fmt(INVOICE_MAIL, date=long_date(sc.dt, "en"), inv=inv, inv_l=inv.lower(),
                      amount=f"{r.randint(90, 9000)},{r.randint(0, 99):02d} EUR",
                      card=r.randint(1000, 9999))  # fmt: skip
        return f"{note}\n\n{loc.fwd}\n{orig}"
    if sc.chance(0.4):  # sent straight to the account manager, who forwards it to the queue
        to_first, to_addr = sc.agent2.first, f"{sc.agent2.name} <{sc.agent2.email}>"
        note = f"{sc.pick(VENDOR_FWD_NOTES)}\n\n{sc.agent2.first}\n{VENDOR} {sc.agent2.team}"
    else:  # sent to a colleague at the customer, who forwards it to support
        cc = sc.colleague
        to_first, to_addr = cc.first, f"{cc.name} <{cc.email}>"
        hi = sc.rng.choice(["Hi,", "Hi support team,", "Hello,"])
        note = (
            f"{hi}\n\nForwarding from {sc.contact.first}, see below.\n\n{signature(sc, cc, 'min')}"
        )
    orig = customer_email(sc, ask, lg, to=to_first)
    hdr = (
        f"From: {sc.contact.name} <{sc.contact.email}>\nDate: {long_date(sc.dt, lg)}\n"
        f"Subject: {subject(sc, lg)}\nTo: {to_addr}"
    )
    marker = loc.fwd if sc.chance(0.6) else "Begin forwarded message:"
    return f"{note}\n\n{marker}\n{hdr}\n\n{orig}"


def k_thunderbird(sc: Scene, ask: str) -> str:
    lg = sc.lang
    sname, _ = sup_name(sc)
    prev = agent_message(sc, lg)
    w = LOC[lg].tb_wrote.format(date=short_date(sc.dt, lg), name=sname)
    sc.later()
    hi = sc.pick(LOC[lg].hello)
    body = request_block(sc, ask, lg)
    bye = sc.pick(LOC[lg].bye)
    sig = signature(sc, sc.contact, "std")
    return f"{w}\n{quote(prev)}\n\n{hi}\n\n{body}\n\n{bye}\n-- \n{sig}"


def k_html_mail(sc: Scene, ask: str) -> str:
    lg = sc.lang
    r = sc.rng
    ext = sc.pick(EXTERNAL_BANNERS) + "\n\n" if sc.chance(0.6) else ""
    link = f"portal<https://app.{VDOMAIN}/settings/billing?ref=mail&utm_source=email>"
    parts = [
        f"{ext}{sc.pick(LOC[lg].hello)}",
        f"{ctx(sc, 'pre', lg)} (see {link})",
        request_block(sc, ask, lg),
        f"{sc.pick(LOC[lg].bye)}\n\n{signature(sc, sc.contact, 'html')}",
    ]
    body = "\n\xa0\n".join(parts)
    if r.random() < 0.6:
        sname, smail = sup_name(sc)
        sc.dt -= timedelta(hours=r.randint(2, 50))
        hdr = outlook_header(sc, lg, f"{sname} <{smail}>", sc.contact.email, subject(sc, lg), True)
        body += (
            f"\n\n________________________________\n{hdr}\n\n{agent_message(sc, lg)}\n"
            f"[https://t.{VDOMAIN}/o/{r.randint(10**9, 10**10)}.gif]\n"
            f"Was this helpful? Yes<https://help.{VDOMAIN}/r?v=1> | "
            f"No<https://help.{VDOMAIN}/r?v=0>"
        )
    return body


def k_disclaimer_mail(sc: Scene, ask: str) -> str:
    c = sc.company
    body = customer_email(sc, ask, sc.lang, sig=sc.rng.choice(["std", "full", "banner"]))
    disc = [LOC[c.lang].disclaimer]
    if c.lang != "en" or sc.chance(0.5):
        disc.append(LOC["en"].disclaimer)
    if sc.chance(0.4):
        disc.append(
            "This message has been scanned for viruses and dangerous content by MailShield "
            "Gateway and is believed to be clean."
        )
    sep = sc.rng.choice(["\n\n", "\n\n---\n", "\n\n" + "=" * 60 + "\n", "\n\n*** "])
    out = body + sep + "\n\n".join(disc)
    if sc.chance(0.25):
        out = f"[{c.name.split()[0]} Mail Security] Sender verified via DKIM.\n\n{out}"
    return out


def k_ooo_chain(sc: Scene, ask: str) -> str:
    lg = sc.lang
    loc = LOC[lg]
    until = long_date(sc.dt + timedelta(days=sc.rng.randint(3, 15)), lg).rsplit(" ", 1)[0]
    if lg == "en":
        until = until.rsplit(" ", 1)[0]
    ooo = loc.ooo.format(until=until, backup=sc.colleague.name, bmail=sc.colleague.email)
    auto = f"Automatic reply: {subject(sc, lg, loc.re)}"
    ooo_hdr = outlook_header(sc, lg, sc.contact.name, SUPPORT, auto)
    vendor_msg = (
        f"Hi {sc.contact.first},\n\nJust checking in on your onboarding - is there anything "
        f"we can help with?\n\n{agent_sig(sc)}"
    )
    sc.later(120, 9000)
    hi = sc.pick(loc.hello)
    bye = sc.pick(loc.bye)
    if sc.chance(0.5):  # a colleague covering
        opener = f"{sc.contact.first} is out this week, I'm covering."
        sig = signature(sc, sc.colleague)
    else:  # the contact, back from leave
        opener = BACK_FROM_LEAVE[lg]
        sig = signature(sc, sc.contact)
    top = f"{hi}\n\n{_cat(opener, request_block(sc, ask, lg))}\n\n{bye}\n{sig}"
    orig = "-----Original Message-----"
    return (
        f"{top}\n\n{orig}\n{ooo_hdr}\n\n{ooo}\n\n"
        f"{orig}\nFrom: {SUPPORT}\nSubject: Checking in\n\n{vendor_msg}"
    )


def k_localized_mail(sc: Scene, ask: str) -> str:
    if sc.company.lang == "en":  # this kind is about non-English customers: re-cast the sender
        sc.company, people = sc.rng.choice([(c, p) for c, p in CAST if c.lang != "en"])
        sc.contact = sc.rng.choice(people)
    lg = sc.lang = sc.company.lang
    loc = LOC[lg]
    a = ask_unit(sc, ask)
    pre, lead, post = sc.pick(loc.pre), sc.pick(loc.lead), sc.pick(loc.post)
    core = sc.rng.choice([
        _cat(pre, lead + a, post),
        f"{pre}\n\n{lead.rstrip()}\n{a}\n\n{post}",
        f"{_cat(pre, a)}\n\n{post}",
    ])  # fmt: skip
    body = f"{sc.pick(loc.hello)}\n\n{core}\n\n{sc.pick(loc.bye)}\n{signature(sc, sc.contact)}"
    if sc.chance(0.6):
        sname, smail = sup_name(sc)
        sc.dt -= timedelta(hours=sc.rng.randint(1, 72))
        hdr = outlook_header(sc, lg, f"{sname} <{smail}>", sc.contact.email, subject(sc, lg))
        body += f"\n\n{hdr}\n\n{loc.agent[0]}\n\n{agent_sig(sc)}"
    return body


# --------------------------------------------------------------------------------------------
# Support ticket kinds.
# --------------------------------------------------------------------------------------------

STATUSES = ("Open", "Pending", "On-hold", "Solved", "New", "Waiting on customer")
PRIOS = ("Low", "Normal", "High", "Urgent", "P2", "P3")
GROUPS = ("Billing", "Tier 1", "Tier 2", "Onboarding", "Accounts", "EMEA Support")
TAGS = ("billing", "vip", "renewal", "bug", "how-to", "sso", "mobile", "emea", "churn-risk")


def ticket_meta(sc: Scene) -> dict[str, str]:
    r = sc.rng
    sla = r.choice([
        f"First reply due in {r.randint(1, 23)}h {r.randint(0, 59)}m",
        "Breached (next reply)", "Met", f"Resolution due {r.randint(1, 5)}d",
    ])  # fmt: skip
    return {
        "Status": r.choice(STATUSES),
        "Priority": r.choice(PRIOS),
        "Group": r.choice(GROUPS),
        "Assignee": sc.agent.name,
        "Requester": f"{sc.contact.name} <{sc.contact.email}>",
        "Organization": sc.company.name,
        "Channel": r.choice(["Email", "Web form", "Chat", "API", "Phone"]),
        "SLA": sla,
        "Tags": ", ".join(r.sample(TAGS, 3)),
    }


def k_helpdesk_notification(sc: Scene, ask: str) -> str:
    r = sc.rng
    lg = sc.lang
    if r.random() < 0.5:
        cust_txt = customer_email(sc, ask, lg, sig="min")
    else:
        cust_txt = request_block(sc, ask, lg)
    entries = [(f"{sc.contact.name} ({sc.company.name})", long_date(sc.dt, "en"), cust_txt)]
    sc.later(10, 600)
    if r.random() < 0.7:
        agent = (f"{sc.agent.name} ({VENDOR})", long_date(sc.dt, "en"), agent_message(sc, lg))
        entries.insert(0, agent)
    line = "-" * r.choice([46, 30, 62])
    conv = f"\n\n{line}\n\n".join(f"{who}\n{when}\n\n{txt}" for who, when, txt in entries)
    ref = f"{r.choice('ABCDEFGHJKLMNP')}{r.randint(100, 999)}Z-{r.randint(1000, 9999)}"
    status, prio, subj = r.choice(STATUSES), r.choice(PRIOS), subject(sc, lg)
    return sc.pick(NOTIFICATION_TEMPLATES, conv=conv, line=line, ref=ref, status=status, prio=prio,
                   subj=subj)  # fmt: skip


def k_ticket_export(sc: Scene, ask: str) -> str:
    r = sc.rng
    lg = sc.lang
    meta = ticket_meta(sc)
    entries: list[tuple[str, str, str]] = []
    ask_at = r.choice([0, 0, 1, 2])
    for i in range(max(ask_at + 1, r.randint(2, 5))):
        stamp = sc.dt.strftime("%Y-%m-%d %H:%M")
        if i == ask_at:
            txt = customer_email(sc, ask, lg, sig="min") if i == 0 else request_block(sc, ask, lg)
            entries.append((stamp, f"{sc.contact.name} (end-user, public)", txt))
        elif i % 2 == 1 and r.random() < 0.35:
            entries.append((stamp, f"{sc.agent2.name} (internal note)", sc.pick(INTERNAL_NOTES)))
        elif i % 2 == 1:
            entries.append((stamp, f"{sc.agent.name} (agent, public)", agent_message(sc, lg)))
        else:
            entries.append((stamp, f"{sc.contact.name} (end-user, public)", vague_message(sc, lg)))
        sc.later(15, 1800)
    variant = r.randrange(3)
    if variant == 0:
        head = "\n".join(f"{k}: {v}" for k, v in meta.items())
        body = "\n\n".join(f"[{s}] {w}:\n{t}" for s, w, t in entries)
        return (
            f"Ticket #{sc.ticket} — {subject(sc, lg)}\n{head}\n\n=== Conversation ===\n\n"
            f"{body}\n\n=== End of export ({sc.tool}) ==="
        )
    if variant == 1:
        head = " | ".join(f"{k}={v}" for k, v in list(meta.items())[:6])
        body = "\n".join(f"---- {w} · {s} ----\n{t}\n" for s, w, t in entries)
        return f"{sc.tool.upper()} EXPORT  id={sc.ticket}\n{head}\n\n{body}"
    body = "\n\n".join(f"**{w.split(' (')[0]}** _{s}_\n\n{t}" for s, w, t in entries)
    csat = r.choice(["not offered", "offered", "Good", "Bad"])
    return (
        f"# [{sc.company.name}] {subject(sc, 'en')}\n\n> Status: {meta['Status']} · "
        f"Priority: {meta['Priority']} · SLA: {meta['SLA']}\n\n{body}\n\nCSAT: {csat}"
    )


WEBFORM_LABELS = {
    "de": ("Name", "E-Mail", "Firma", "Thema", "Bestellnummer", "Dringlichkeit", "Nachricht"),
    "fr": ("Nom", "E-mail", "Société", "Sujet", "N° de commande", "Urgence", "Message"),
    "en": ("Name", "Email", "Company", "Topic", "Order number", "How urgent?", "Message"),
}
WEBFORM_TOPICS = ("Billing & invoices", "Account access", "Technical issue", "Other",
                  "Feature request", "Sales question")  # fmt: skip


def k_webform(sc: Scene, ask: str) -> str:
    r = sc.rng
    lg = sc.lang
    labels = WEBFORM_LABELS.get(lg, WEBFORM_LABELS["en"])
    vals = [
        sc.contact.name,
        sc.contact.email,
        sc.company.name,
        r.choice(WEBFORM_TOPICS),
        sc.order if r.random() < 0.6 else "",
        r.choice(["Low", "Normal", "High", "Blocking"]),
    ]
    if r.random() < 0.7:
        msg = request_block(sc, ask, lg)
    else:
        msg = customer_email(sc, ask, lg, "min")
    fields = "\n".join(f"{k}: {v}" for k, v in zip(labels[:-1], vals, strict=True))
    head = r.choice(
        [
            f"New submission from Contact form (#{sc.ticket})",
            f"[{sc.tool}] New ticket via web widget",
            "New contact request",
        ]
    )
    return sc.fmt(WEBFORM_TEMPLATE, head=head, fields=fields, msg_label=labels[-1], msg=msg,
                  ua=r.choice(USER_AGENTS), ip3=r.randint(0, 255), ip4=r.randint(1, 254),
                  iso=sc.dt.isoformat(timespec="seconds"))  # fmt: skip


def k_csat(sc: Scene, ask: str) -> str:
    r = sc.rng
    if r.random() < 0.5:  # a survey response that carries the request
        score = r.randint(1, 5)
        reason = r.choice(["Issue not resolved", "Slow response", "Other", "n/a"])
        return sc.fmt(CSAT_SURVEY, score=score, stars="★" * score + "☆" * (5 - score),
                      reason=reason, body=request_block(sc, ask, sc.lang),
                      date=short_date(sc.dt, "en"))  # fmt: skip
    body = customer_email(sc, ask, sc.lang, sig="min")
    return sc.fmt(CSAT_SOLVED, body=body, date=long_date(sc.dt, "en"))


def k_autoresponder(sc: Scene, ask: str) -> str:
    orig = customer_email(sc, ask, sc.lang)
    ack = sc.fmt(ACKS.get(sc.lang, ACKS["en"]))
    return (
        f"{ack}\n\n{VENDOR} Support\n\n--- Your original message ---\n"
        f"Sent: {long_date(sc.dt, 'en')}\n\n{orig}"
    )


def k_crm_log(sc: Scene, ask: str) -> str:
    r = sc.rng
    arr = r.choice([4800, 12000, 26500, 48000, 91000, 140000])
    tier = r.choice(["Gold", "Silver", "Strategic"])
    head = (
        f"{r.choice(['Relata CRM', 'PipeRanger'])} · Account activity\n"
        f"Account: {sc.company.name}  (ARR €{arr:,} | Tier: {tier} | CSM: {sc.agent2.name})\n"
        f"Primary contact: {sc.contact.name}, {sc.contact.title}\n"
    )
    items: list[str] = []
    slot = r.randrange(3)
    for i in range(3):
        stamp = sc.later(60, 4000).strftime("%d %b %Y %H:%M")
        if i != slot:
            items.append(f"• {stamp} · {sc.pick(CRM_EVENTS)}")
        elif r.random() < 0.5:
            block = request_block(sc, ask, sc.lang).replace("\n", "\n  ")
            items.append(f"• {stamp} · Email received · from {sc.contact.email}\n  {block}")
        else:
            said = f"{ask_unit(sc, ask)} {ctx(sc, 'post', 'en')}"
            items.append(
                f"• {stamp} · Call logged · {r.randint(4, 40)} min · {sc.agent2.first}\n"
                f"  Notes: {sc.contact.first} said: {said}"
            )
    return head + "\n" + "\n".join(items) + f"\n\nLast synced {sc.dt:%H:%M} UTC"


def k_shared_inbox(sc: Scene, ask: str) -> str:
    loc = LOC[sc.lang]
    r = sc.rng
    inbox = r.choice(["support@", "billing@", "hello@", "success@"]) + VDOMAIN
    comments = [
        f"💬 {sc.agent2.first}: @{sc.agent.first} can you take this one?",
        f"💬 {sc.agent.first}: on it 👍",
        f"🏷 Tagged: {r.choice(GROUPS)}",
        f"⏰ Snoozed until {sc.later(60, 600):%a %H:%M}",
    ]
    r.shuffle(comments)
    state = r.choice(["Open", "Unassigned", "Archived"])
    head = f"Shared inbox: {inbox}  ·  Assigned to {sc.agent.name}  ·  {state}"
    notes = "\n".join(comments[: r.randint(1, 4)])
    return (
        f"{head}\n\n{notes}\n\nFrom: {sc.contact.name} <{sc.contact.email}>\nTo: {inbox}\n"
        f"Subject: {subject(sc, sc.lang, sc.rng.choice(['', '', loc.re, loc.fw]))}\n\n"
        f"{customer_email(sc, ask, sc.lang)}"
    )


# --------------------------------------------------------------------------------------------
# Other channels.
# --------------------------------------------------------------------------------------------

FORUM_CATS = ("Billing & Plans", "Integrations", "Admin & Security", "Mobile apps",
              "Ideas & Feature Requests")  # fmt: skip


def k_forum(sc: Scene, ask: str) -> str:
    r = sc.rng
    other, me = handle(sc, sc.colleague), handle(sc)
    cat = r.choice(FORUM_CATS)
    vague = sc.pick(LOC["en"].vague)
    if r.random() < 0.5:
        quoted = f'[quote="{other}"]\n{vague}\n[/quote]'
    else:
        quoted = f"{other} wrote:\n> {vague}"
    sig = r.choice(
        [
            f"Running {PRODUCT} on {r.randint(2, 9)} sites | admin since 2021",
            "Don't forget to mark solutions as accepted!",
            f"-- {me} @ {sc.company.name}",
        ]
    )
    out = (
        f"Community › {cat}\n\nRe: {r.choice(['Question', 'Help?', 'Is this possible?'])}\n"
        f"{me} · Level {r.randint(1, 7)} Contributor · {long_date(sc.dt, 'en')}\n\n"
        f"{quoted}\n\n{request_block(sc, ask, 'en')}\n\n---\n{sig}\n\n"
        f"👍 {r.randint(0, 14)} Kudos · Reply · Report"
    )
    if r.random() < 0.5:
        out += (
            f"\n\n{sc.agent.first} ({VENDOR} Community Manager) · {r.randint(1, 9)}h ago\n"
            f"Hi @{me}, thanks for posting! I've moved this thread to {cat}."
        )
    return out


def k_app_review(sc: Scene, ask: str) -> str:
    r = sc.rng
    stars = r.choice([1, 2, 2, 3, 4, 5])
    store = r.choice(["App Store", "Google Play"])
    dev = r.choice(["iPhone 14", "iPhone 15 Pro", "iPad Air", "Pixel 8", "Galaxy S23"])
    ver = f"{r.randint(4, 6)}.{r.randint(0, 12)}.{r.randint(0, 9)}"
    title = r.choice(["Almost there", "Frustrating", "Good app but", "Please fix", "One thing"])
    out = (
        f"{'★' * stars}{'☆' * (5 - stars)}  {title}\n{handle(sc)} – {sc.dt:%d %b %Y} – "
        f"Version {ver} – {dev} – {store} ({sc.company.lang.upper()})\n\n"
        f"{request_block(sc, ask, 'en', terse=True)}"
    )
    if store == "Google Play":
        out += f"\n\n{r.randint(0, 40)} people found this helpful\nWas this review helpful? Yes No"
    if r.random() < 0.6:
        sc.later(600, 9000)
        out += (
            f"\n\nDeveloper Response ({sc.dt:%d %b %Y})\nHi there, thanks for the feedback! "
            f"Please write to support@{VDOMAIN} so we can look into this. – The {VENDOR} Team"
        )
    return out


def k_call_transcript(sc: Scene, ask: str) -> str:
    r = sc.rng
    me, cust = sc.agent2.first, sc.contact.first
    if r.random() < 0.4:
        ask_turn = f"Right. {ask_unit(sc, ask)} That's the main thing for us."
    else:
        ask_turn = f"Um, so, {ctx(sc, 'pre', 'en')} And {ask_unit(sc, ask)} {ctx(sc, 'post', 'en')}"
    turns = [
        (me, f"Hi {cust}, thanks for making the time. Can you hear me okay?"),
        (cust, "Yeah, yeah, all good. Sorry, I'm just [inaudible] - okay, go ahead."),
        (me, "So I wanted to walk through how the rollout's going."),
        (cust, ask_turn),
        (me, r.choice(CALL_REACTIONS)),
    ]
    if r.random() < 0.5:
        turns.append((cust, "Great. And, uh, one more thing on the invoices but that can wait."))
    t = r.randint(0, 40)
    lines = []
    for who, what in turns:
        t += r.randint(4, 45)
        stamp = f"{t // 60:02d}:{t % 60:02d}"
        lines.append(f"[{stamp}] {who}: {what}" if r.random() < 0.8 else f"{who} ({stamp})\n{what}")
    head = (
        f"{r.choice(['Callwave', 'Chorus-lite', 'Gongly'])} recording · {sc.company.name} <> "
        f"{VENDOR} · {long_date(sc.dt, 'en')} · {r.randint(12, 48)}:{r.randint(0, 59):02d}\n"
        f"Participants: {sc.agent2.name} ({VENDOR}), {sc.contact.name} ({sc.company.name})\n"
        "Auto-generated transcript - may contain errors\n"
    )
    return head + "\n" + "\n".join(lines) + "\n\n[Recording ended]"


def k_voicemail(sc: Scene, ask: str) -> str:
    r = sc.rng
    num = sc.phone()
    body = (
        f"Hi, this is {sc.contact.first} {r.choice(['from', 'over at'])} "
        f"{sc.company.name.split()[0]}. {ask_unit(sc, ask)} You can reach me on {num}. "
        f"{r.choice(['Thanks, bye.', 'Okay, thank you.', 'Cheers.'])}"
    )
    if r.random() < 0.4:
        body = f"[background noise] Yes hello, um. {body}"
    label = r.choice(["New voicemail", "Voicemail", "Missed call + voicemail", "Voice message"])
    return sc.fmt(VOICEMAIL_TEMPLATE, label=label, num=num, secs=r.randint(15, 59),
                  date=long_date(sc.dt, sc.lang), conf=r.randint(61, 97), body=body,
                  vm=r.randint(10**7, 10**8))  # fmt: skip


def k_sms(sc: Scene, ask: str) -> str:
    r = sc.rng
    num = sc.phone()
    t = sc.dt
    lines = []
    if r.random() < 0.6:
        lines.append(
            f"[{t:%H:%M}] {VENDOR}: Your ticket #{sc.ticket} was updated. Reply to this text to "
            "respond. Reply STOP to opt out."
        )
    t += timedelta(minutes=r.randint(1, 90))
    lines.append(f"[{t:%H:%M}] {num}: {request_block(sc, ask, sc.lang, terse=True)}")
    t += timedelta(minutes=r.randint(1, 20))
    lines.append(
        f"[{t:%H:%M}] {VENDOR}: Thanks {sc.contact.first}! An agent will text you back shortly. "
        "Msg&data rates may apply."
    )
    return f"SMS thread · {num} · {t:%Y-%m-%d}\n\n" + "\n".join(lines)


def k_issue_tracker(sc: Scene, ask: str) -> str:
    r = sc.rng
    key = f"{r.choice(['LUM', 'CS', 'FEED'])}-{r.randint(100, 9999)}"
    env = (
        f"{r.choice(['Chrome 124', 'Safari 17.4', 'Edge 123', 'Firefox 125'])} / "
        f"{r.choice(['macOS 14.3', 'Windows 11', 'iOS 17.4', 'Ubuntu 22.04'])} / "
        f"workspace {sc.acct}"
    )
    body = f"> {ask_unit(sc, ask)}" if r.random() < 0.5 else request_block(sc, ask, "en")
    if r.random() < 0.5:
        return sc.fmt(JIRA_TEMPLATE, key=key, env=env, body=body,
                      prio=r.choice(["Major", "Minor", "Critical"]),
                      area=r.choice(["Billing", "Members", "Integrations"]))  # fmt: skip
    team = r.choice(["Core", "Growth", "Platform"])
    return sc.fmt(LINEAR_TEMPLATE, key=key, env=env, body=body, team=team)


def k_nps(sc: Scene, ask: str) -> str:
    r = sc.rng
    score = r.randint(0, 10)
    seg = "Promoter" if score >= 9 else "Passive" if score >= 7 else "Detractor"
    body = request_block(sc, ask, sc.lang)
    return sc.pick(NPS_TEMPLATES, rid=r.randint(10**5, 10**6), day=f"{sc.dt:%Y-%m-%d}",
                   score=score, segment=seg, segment_l=seg.lower(), body=body,
                   body_indented=body.replace("\n", "\n  "), quarter=(sc.dt.month - 1) // 3 + 1,
                   year_now=sc.dt.year, ok=r.choice(["true", "false"]),
                   extra=r.choice(["-", "no", "Keep up the good work", "n/a"]))  # fmt: skip


def k_bot_handoff(sc: Scene, ask: str) -> str:
    r = sc.rng
    bot = r.choice(["Lumi (bot)", "LumoraBot", "Assistant"])
    vis = sc.contact.first if r.random() < 0.5 else "Visitor"
    ag = sc.agent.first
    rows = [
        (bot, f"Hi! I'm your {VENDOR} assistant 👋 What can I help you with today?"),
        (vis, r.choice(["hi", "hello", "human please", "I need help", "agent"])),
        (bot, "I found these articles that might help:\n  • Managing your plan\n  • Resetting "
              "your password\nDid that answer your question?"),
        (vis, r.choice(["no", "nope", "not really"])),
        (bot, "No problem! Connecting you to a human agent. Average wait: 2 min."),
        ("", f"{ag} joined the conversation"),
        (ag, f"Hi {vis}, I'm {ag}. How can I help?"),
        (vis, request_block(sc, ask, "en", terse=True)),
    ]  # fmt: skip
    if r.random() < 0.3:
        rows.append((ag, "Let me check that for you, one moment please."))
    t = sc.dt
    out = []
    for who, what in rows:
        t += timedelta(seconds=r.randint(3, 80))
        out.append(f"— {what} —" if not who else f"({t:%H:%M:%S}) {who}: {what}")
    rated = r.choice(["👍", "👎", "-"])
    return f"Conversation #{sc.ticket} · Messenger · rated {rated}\n\n" + "\n".join(out)


def k_team_chat(sc: Scene, ask: str) -> str:
    r = sc.rng
    body = request_block(sc, ask, sc.lang, terse=True)
    reacts = "  ".join(
        f"{e} {r.randint(1, 6)}" for e in r.sample(["👍", "😂", "👀", "✅", "🙏"], 2)
    )
    tm = f"{sc.dt:%H:%M}" if sc.lang != "en" else f"{sc.dt:%I:%M %p}".lstrip("0")
    if r.random() < 0.5:  # Teams, guest in a shared channel
        guest = r.choice(["External", "Guest"])
        edited = "(edited)\n" if r.random() < 0.3 else ""
        return (
            f"{sc.contact.name} ({guest})  {short_date(sc.dt, sc.lang)}\n{body}\n{edited}"
            f"{reacts}\n\n{r.randint(1, 5)} replies from {sc.agent.first} and {sc.agent2.first}"
        )
    chan = f"#ext-{_ascii(sc.company.name)[:10]}-{VENDOR.lower()}"
    return (
        f"{chan}\n\n{sc.contact.name}  {tm}\n{body}\n{reacts}\n"
        f"💬 {r.randint(1, 6)} replies  Last reply today at {tm}\n\n"
        f"{sc.agent.first}  {tm}\n@{sc.contact.first} thanks, looking into it :eyes:"
    )


def k_discord(sc: Scene, ask: str) -> str:
    r = sc.rng
    me = handle(sc)
    mod = r.choice(["mod_kasia", "lumora-staff-jonas", "Rin [Mod]"])
    q = r.choice(["what plan are you on?", "anyone else seeing this?"])
    reply = f"↪ Replying to @{mod}: {q}\n" if r.random() < 0.4 else ""
    chan = r.choice(["help", "support-forum", "general", "feature-chat"])
    badge = r.choice(["", " [Pro]", " 🟢"])
    return (
        f"#{chan}\n\n{reply}{me}{badge} — Today at {sc.dt:%H:%M}\n"
        f"{request_block(sc, ask, 'en', terse=True)}\n"
        f"{r.choice(['🔥', '➕', '✅'])} {r.randint(1, 9)}   👀 {r.randint(1, 4)}\n\n"
        f"{mod} — Today at {sc.later(1, 40):%H:%M}\nthx, opened a ticket for you ({sc.ticket})"
    )


def k_live_chat(sc: Scene, ask: str) -> str:
    r = sc.rng
    page = r.choice(["sso", "billing", "api"])
    lines = [
        f"Chat transcript #{sc.ticket}",
        f"Visitor: {sc.contact.name} ({sc.contact.email})",
        f"Location: {sc.company.address.splitlines()[-1]}",
        f"Pages: /pricing → /docs/{page} → /contact",
        "",
    ]
    convo = [
        ("Visitor", r.choice(["hello?", "hi", "Hi there"])),
        (sc.agent.first, f"Hi {sc.contact.first}! Thanks for reaching out, how can I help?"),
        ("Visitor", request_block(sc, ask, sc.lang, terse=True)),
        (sc.agent.first, "Thanks! Let me look into that."),
    ]
    t = sc.dt
    for who, what in convo:
        t += timedelta(seconds=r.randint(5, 120))
        lines.append(f"({t:%H:%M:%S}) {who}: {what}")
    ender = r.choice(["visitor", "agent"])
    lines.append(f"\nChat ended by {ender}. Duration {r.randint(2, 19)} min.")
    return "\n".join(lines)


def k_social(sc: Scene, ask: str) -> str:
    r = sc.rng
    me = handle(sc)
    tag = f"@{VENDOR.lower()}_help"
    post = f"{tag} {ask_unit(sc, ask)} {r.choice(['#help', '#fail', '', '🙃', '#saas'])}".rstrip()
    net = r.choice(["X", "Mastodon", "Bluesky", "Instagram DM"])
    return (
        f"{net} · @{me} · {sc.dt:%b %d}\n{post}\n\n{r.randint(0, 30)} likes · "
        f"{r.randint(0, 5)} reposts\n\n{tag} replied: Sorry about this, {me}! Please DM us your "
        f"workspace URL and we'll take a look. ^{sc.agent.first[0]}{sc.agent.last[0]}"
    )


# --------------------------------------------------------------------------------------------
# Registry, weights and CLI.
# --------------------------------------------------------------------------------------------

Kind = Callable[[Scene, str], str]
# (name, function, weight): e-mails and tickets sum to 70, the other channels to 30.
KINDS: list[tuple[str, Kind, int]] = [
    ("email_outlook_reply", k_outlook_reply, 6),
    ("email_gmail_reply", k_gmail_reply, 6),
    ("email_mobile", k_mobile_mail, 4),
    ("email_forward", k_forwarded, 4),
    ("email_thunderbird_bottom", k_thunderbird, 3),
    ("email_html_converted", k_html_mail, 5),
    ("email_disclaimer", k_disclaimer_mail, 4),
    ("email_out_of_office", k_ooo_chain, 3),
    ("email_localized", k_localized_mail, 5),
    ("ticket_notification", k_helpdesk_notification, 6),
    ("ticket_history_export", k_ticket_export, 6),
    ("ticket_web_form", k_webform, 5),
    ("ticket_csat", k_csat, 4),
    ("ticket_autoresponder", k_autoresponder, 3),
    ("crm_activity_log", k_crm_log, 3),
    ("shared_inbox", k_shared_inbox, 3),
    ("forum_post", k_forum, 3),
    ("app_review", k_app_review, 3),
    ("call_transcript", k_call_transcript, 3),
    ("voicemail", k_voicemail, 2),
    ("sms_thread", k_sms, 2),
    ("issue_tracker", k_issue_tracker, 3),
    ("nps_export", k_nps, 3),
    ("bot_handoff", k_bot_handoff, 3),
    ("team_chat", k_team_chat, 3),
    ("discord", k_discord, 2),
    ("live_chat", k_live_chat, 2),
    ("social_post", k_social, 1),
]


def wrap(rng: Random, ask: str, tries: int = 8) -> tuple[str, str]:
    """Wrap one request; returns (text, channel). Stays plain if never verbatim exactly once."""
    if not ask.strip():
        return ask, "plain"
    weights = [w for _, _, w in KINDS]
    for _ in range(tries):
        name, fn, _w = rng.choices(KINDS, weights=weights)[0]
        text = fn(make_scene(rng), ask)
        if text.count(ask) == 1:
            return text, name
    return ask, "plain"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Wrap a share of labelled requests in channels.")
    ap.add_argument("inp", metavar="IN.csv")
    ap.add_argument("out", metavar="OUT.csv")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--share", type=float, default=0.7)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not 0.0 <= args.share <= 1.0:
        ap.error("--share must be between 0 and 1")

    with open(args.inp, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    for col in (args.text_col, args.label_col):
        if col not in fields:
            ap.error(f"column {col!r} not in {args.inp} (have: {', '.join(fields)})")

    rng = Random(args.seed)
    chosen = set(rng.sample(range(len(rows)), round(args.share * len(rows))))
    counts: dict[str, int] = {}
    for i, row in enumerate(rows):
        channel = "plain"
        if i in chosen:
            row[args.text_col], channel = wrap(rng, row[args.text_col] or "")
        row["channel"] = channel
        counts[channel] = counts.get(channel, 0) + 1

    out_fields = fields + ([] if "channel" in fields else ["channel"])
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=out_fields)
        writer.writeheader()
        writer.writerows(rows)
    wrapped = len(rows) - counts.get("plain", 0)
    kinds = len(counts) - ("plain" in counts)
    print(
        f"wrote {len(rows)} rows to {args.out}: {wrapped} wrapped, {kinds} kinds", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
