"""Blind wrapper #11: hide short labelled customer requests inside realistic channel envelopes.

This script was written blind: without reading the project's text-cleaning rules, its tests,
or any earlier wrapper. Everything here comes from general knowledge of how support teams
actually receive customer text.

Each input row holds a short request ("set an alarm for 7am", "Upgrade Jetty to 9.4.40") and a
label. About 80% of rows are wrapped in an envelope; the rest are copied verbatim with channel
"raw". Roughly 70% of the wrapped rows are e-mails and support tickets, 30% other channels.

Channel kinds (channel column values):
  e-mail / ticket:
    email_plain           customer e-mail, optional headers, greetings, sign-offs, signatures,
                          legal notices, mobile footers
    email_mobile          short phone e-mail with "sent from" footers in nine languages
    email_intl            German/French/Spanish/Italian/Portuguese/Dutch/Polish/Swedish framing
    email_reply_quoted    reply above/below a quoted earlier message (many client attributions)
    email_reply_outlook   reply over an "Original Message" header block (localised labels)
    email_forward         colleague's note on top of a forwarded customer e-mail
    email_autoack_thread  customer follow-up over an auto-acknowledgement, or ack + original
    email_html            light HTML e-mail bodies
    webform_notification  contact-form submission notifications (three invented form tools)
    ticket_view           helpdesk ticket view: header fields, requester message, public
                          replies, private notes, system events, satisfaction line
    ticket_export         key/value ticket exports
    ticket_notification   ticket e-mail notifications with reply separators
    ticket_escalation     tier-1 to tier-2 escalation notes quoting the customer
    ticket_markdown       markdown issue/ticket bodies from an e-mail bridge
  other:
    live_chat             live chat transcripts (two invented chat tools)
    chatbot               chatbot transcripts with handover to a human
    phone_notes           agent call notes
    phone_transcript      automatic call transcripts with speaker labels
    voicemail             voicemail transcriptions
    app_review            app-store reviews with developer responses
    review_site           review-site reviews
    survey                survey/NPS free-text answers
    community_post        community forum posts
    social_post           social media mentions
    crm_note              sales/CRM activity notes
    messaging_export      WhatsApp-style / SMS chat exports

Guarantees per wrapped row (checked while generating and again by --verify):
  * the request (input text, stripped) appears exactly once, word-bounded, case-insensitively;
    it may be lower-cased or sentence-cased and may carry one single-letter typo (requests of 8+
    characters, edit distance 1 inside a word of 4+ letters, never a word's first letter);
  * the envelope never contains any row's request as a lower-cased word sequence, also across
    the envelope/request boundary; colliding draws are redrawn, after MAX_ATTEMPTS the row falls
    back to raw.
Determinism: a master random.Random(seed) draws one sub-seed per row.

Usage:
  python bench/blind_wrap_11.py SRC.csv OUT.csv [--text-col text] [--label-col label]
                                               [--seed 0] [--verify]
"""

import argparse
import csv
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

WORD_RE = re.compile(r"\w+")
MAX_ATTEMPTS = 40
SAME_CHANNEL_TRIES = 10  # redraw the envelope inside a channel before switching
RAW_SHARE = 0.20
TYPO_P = 0.215
MIN_TYPO_LEN = 8

# --------------------------------------------------------------------------------------------
# matching helpers (shared by generation and --verify)


def edit1(a: str, b: str) -> bool:
    """True when Levenshtein distance between a and b is exactly 1."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def typo_word_ok(orig: str, typo: str) -> bool:
    return (
        orig.isalpha()
        and len(orig) >= 4
        and typo.isalpha()
        and typo[:1] == orig[:1]
        and edit1(orig, typo)
    )


def sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:].lower()


class Req:
    __slots__ = ("text", "low", "toks", "lead", "trail")

    def __init__(self, text: str) -> None:
        self.text = text.strip()
        self.low = self.text.lower()
        ms = list(WORD_RE.finditer(self.low))
        self.toks = tuple(m.group() for m in ms)
        self.lead = ms[0].start() if ms else 0
        self.trail = len(self.low) - ms[-1].end() if ms else 0


class Index:
    """All requests of the file as lower-cased word sequences."""

    def __init__(self, reqs: Iterable[Req]) -> None:
        self.singles: set[str] = set()
        self.multi: dict[tuple[str, str], dict[int, set[tuple[str, ...]]]] = {}
        for q in reqs:
            t = q.toks
            if not t:
                continue
            if len(t) == 1:
                self.singles.add(t[0])
            else:
                self.multi.setdefault((t[0], t[1]), {}).setdefault(len(t), set()).add(t)

    def violation(self, w: list[str], lo: int, hi: int) -> tuple[str, ...] | None:
        """First request occurring in w that is not fully inside the token window [lo, hi)."""
        singles, multi, n = self.singles, self.multi, len(w)
        for p in range(n):
            t = w[p]
            if t in singles and not lo <= p < hi:
                return (t,)
            if p + 1 < n:
                d = multi.get((t, w[p + 1]))
                if d:
                    for length, group in d.items():
                        if p + length <= n:
                            cand = tuple(w[p : p + length])
                            if cand in group and not (lo <= p and p + length <= hi):
                                return cand
        return None


def locate(w: list[str], q: Req) -> list[tuple[int, int]]:
    """Token windows matching q exactly (diff -1) or with one allowed typo (diff = word idx)."""
    r = q.toks
    n = len(r)
    fuzzy = len(q.text) >= MIN_TYPO_LEN
    out: list[tuple[int, int]] = []
    r0 = r[0]
    r1 = r[1] if n > 1 else None
    for i in range(len(w) - n + 1):
        w0 = w[i]
        if n > 1:
            if w0 != r0 and w[i + 1] != r1:
                continue
        elif w0 != r0 and not (fuzzy and abs(len(w0) - len(r0)) <= 1 and w0[:1] == r0[:1]):
            continue
        diffs = []
        for j in range(n):
            if w[i + j] != r[j]:
                diffs.append(j)
                if len(diffs) > 1:
                    break
        if not diffs:
            out.append((i, -1))
        elif len(diffs) == 1 and fuzzy and typo_word_ok(r[diffs[0]], w[i + diffs[0]]):
            out.append((i, diffs[0]))
    return out


def check_text(text: str, q: Req, index: Index) -> tuple[str | None, bool]:
    """Return (error or None, has_typo) for one wrapped text."""
    if not q.toks:
        return "request has no words", False
    low = text.lower()
    ms = list(WORD_RE.finditer(low))
    w = [m.group() for m in ms]
    found = locate(w, q)
    if len(found) != 1:
        return f"request found {len(found)} times", False
    p, diff = found[0]
    n = len(q.toks)
    s = ms[p].start() - q.lead
    e = ms[p + n - 1].end() + q.trail
    if s < 0:
        return "request span out of range", False
    span = low[s:e]
    if diff < 0:
        if span != q.low:
            return "request span differs", False
        if len(low) == len(text) and text[s:e] not in (q.text, q.low, sentence_case(q.text)):
            return "request casing not allowed", False
    elif not edit1(span, q.low):
        return "typo span is not one edit away", False
    hit = index.violation(w, p, p + n)
    if hit is not None:
        return f"envelope contains request {' '.join(hit)!r}", False
    return None, diff >= 0


# --------------------------------------------------------------------------------------------
# pools


def _sp(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def _sp_keep(s: str) -> list[str]:
    """Like _sp but every item ends with one space (lead-ins run into the request)."""
    return [x.strip() + " " for x in s.split("|") if x.strip()]


FIRST = _sp(
    "Anna|Ben|Carla|Daniel|Emma|Felix|Grace|Hugo|Ines|Jonas|Karin|Liam|Maria|Noah|Olga|Pedro|"
    "Quentin|Rosa|Sven|Tara|Ugo|Vera|Wojciech|Xavier|Yara|Zoë|Łukasz|Søren|José|Mélanie|Jürgen|"
    "Åsa|Priya|Kenji|Amara|Fatima|Mateo|Chloé|Giulia|Lars|Agnieszka|Bram|Elif|Omar|Sofía|Tomasz|"
    "Ingrid|Matteo|Beatriz|Pieter|Hannah|Marco|Nadia|Ravi|Siobhan|Dmitri|Leila|Oskar|Camille|"
    "Aoife|Joana|Henrik|Malgorzata|Thijs|Rafael|Ewa|Nils|Francesca|Gonçalo|Margaux|Kwame|Mei"
)
LAST = _sp(
    "Schmidt|Dubois|García|Rossi|Silva|de Vries|Kowalski|Lindqvist|Smith|O'Brien|Nguyen|Müller|"
    "Martin|Fernández|Bianchi|Costa|Jansen|Nowak|Andersson|Patel|Okafor|Yamamoto|Haddad|Novak|"
    "Becker|Lefebvre|López|Ricci|Pereira|van Dijk|Wiśniewska|Johansson|Brown|Kelly|Chen|Weber|"
    "Moreau|Romero|Conti|Santos|Bakker|Zieliński|Nilsson|Taylor|Murphy|Kim|Hoffmann|Girard|"
    "Navarro|Greco|Oliveira|Visser|Lewandowski|Berg|Walsh|Singh|Schulz|Fontaine|Ferreira|Meyer"
)
CO_STEMS = _sp(
    "Northwind|Bluepeak|Harbourside|Alder|Quarry Lane|Meridian|Foxglove|Stonebridge|Tidewater|"
    "Copperleaf|Redwing|Silverbirch|Lakeshore|Brightfield|Ironbark|Westgate|Kestrel|Juniper|"
    "Oakridge|Pinecrest|Saltmarsh|Hollow Creek|Mistral|Aurora|Vantage|Cobalt|Linden|Rivermill|"
    "Nordlys|Sapphire Coast|Elmstead|Granite|Heron|Marigold|Beacon|Thornbury|Velvet Fox|Solstice"
)
CO_SUFFIX = _sp(
    "Ltd|GmbH|Inc.|SAS|S.L.|S.r.l.|Lda|B.V.|sp. z o.o.|AB|LLC|plc|& Co.|Consulting|Studio|"
    "Logistics|Dental|Architects|Bakery|Partners|Group|Labs|Solutions|Foundation"
)
TLDS = _sp(".com|.de|.fr|.es|.it|.pt|.nl|.pl|.se|.co.uk|.io|.eu|.net|.ie|.be|.at")
FREEMAIL = _sp(
    "gmail.com|outlook.com|yahoo.com|hotmail.com|web.de|gmx.de|orange.fr|free.fr|yahoo.es|"
    "libero.it|sapo.pt|ziggo.nl|wp.pl|onet.pl|telia.com|icloud.com|proton.me|live.co.uk"
)
TITLES = _sp(
    "Office Manager|IT Administrator|Head of Finance|Founder & CEO|Operations Lead|Senior "
    "Developer|Purchasing|Teacher|Freelance Photographer|Practice Manager|Project Coordinator|"
    "Customer Success Manager|DevOps Engineer|Accountant|Marketing Director|Store Manager|"
    "Product Owner|HR Business Partner|Site Reliability Engineer|Head of Operations"
)
BRANDS = _sp(
    "Brightline|Parcelo|Zentro Bank|Lumio|Fernhill Telecom|Orbitly|Tandem Pay|Kiteworks Cloud|"
    "Nordbyte|Mapleleaf Insurance|Clearwave|Homely Energy|Pixelcart|Voltra|Sunnyside Travel|"
    "Quillstack|Ferrotel|Greenbasket|Atlas Fitness|Ostrich Analytics|Bookwyrm|Cardigan Mobile"
)
GROUPS = _sp(
    "Billing|Tier 1|Tier 2|Onboarding|Payments|Technical Support|Accounts|Escalations|EMEA Support|"
    "Retention|Customer Care|Platform|Mobile Apps|Partner Desk"
)
PLANS = _sp("Starter|Basic|Plus|Pro|Business|Enterprise|Family|Student|Legacy Gold|Team|Premium")
TAGS = _sp(
    "email|web|vip|billing|mobile|android|ios|priority|new_customer|renewal|churn_risk|eu|apac|"
    "sla_breach|macro_used|language_de|language_fr|follow_up|auto_tagged|returning"
)
CITIES = _sp(
    "Berlin|Lyon|Valencia|Bologna|Porto|Utrecht|Kraków|Gothenburg|Manchester|Dublin|Toronto|Austin|"
    "Hamburg|Lille|Sevilla|Torino|Braga|Eindhoven|Gdańsk|Malmö|Leeds|Cork|Melbourne|Zürich"
)
STREETS = _sp(
    "Hauptstraße|rue de la République|Calle Mayor|Via Roma|Rua Augusta|Kerkstraat|ul. Długa|"
    "Storgatan|High Street|Main Street|Marktplatz|avenue Jean Jaurès|Gran Vía|Corso Italia"
)
WEEKDAYS = _sp("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
WD3 = _sp("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
MON3 = _sp("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
MONTHS = _sp(
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv"]
KEYS = "qwertyuiop asdfghjkl zxcvbnm"

# customer greetings / sign-offs per language
GREET = {
    "en": _sp(
        "Hi,|Hello,|Hi there,|Hello team,|Dear Support Team,|Hey,|Good morning,|Good afternoon,|"
        "Dear Sir or Madam,|To whom it may concern,|Hi {agent},|Hello {brand} support,|"
        "Dear {agent},|"
        "Hiya,|Morning all,|Hello {agent},|Greetings,|Hey {brand} team,"
    ),
    "de": _sp(
        "Hallo,|Guten Tag,|Sehr geehrte Damen und Herren,|Liebes Support-Team,|Moin,|"
        "Hallo zusammen,|"
        "Guten Morgen,|Hallo {agent},|Servus,"
    ),
    "fr": _sp(
        "Bonjour,|Bonjour Madame, Monsieur,|Bonsoir,|Bonjour à tous,|Bonjour {agent},|Salut,"
    ),
    "es": _sp("Hola,|Buenos días,|Estimado equipo de soporte,|Buenas tardes,|Hola {agent},"),
    "it": _sp("Buongiorno,|Salve,|Gentile assistenza,|Ciao,|Buonasera,|Gentile {agent},"),
    "pt": _sp("Olá,|Bom dia,|Prezados,|Boa tarde,|Caros senhores,|Olá {agent},"),
    "nl": _sp("Hallo,|Beste,|Goedemiddag,|Geachte heer/mevrouw,|Goedemorgen,|Beste {agent},"),
    "pl": _sp("Dzień dobry,|Witam,|Szanowni Państwo,|Cześć,|Dzień dobry Panie {agent},"),
    "sv": _sp("Hej,|Hej hej,|God morgon,|Hejsan,|Hej {agent},|Tjena,"),
}
SIGNOFF = {
    "en": _sp(
        "Best regards,|Kind regards,|Cheers,|Regards,|Thanks,|Thanks in advance,|Many thanks,|"
        "Best,|"
        "Warm wishes,|Sincerely,|Thx,|All the best,|Have a nice day,|Best wishes|Cheers|Ta,|"
        "Thank you,|Yours faithfully,|Speak soon,|Much appreciated,|Rgds"
    ),
    "de": _sp(
        "Mit freundlichen Grüßen|Viele Grüße|Beste Grüße|LG|Danke und Gruß|MfG|Freundliche Grüße|"
        "Liebe Grüße,|Schöne Grüße aus {city}"
    ),
    "fr": _sp(
        "Cordialement,|Bien à vous,|Merci d'avance,|Bonne journée,|Bien cordialement,|"
        "Salutations distinguées,|Belle journée,"
    ),
    "es": _sp(
        "Saludos,|Un saludo,|Atentamente,|Gracias de antemano,|Saludos cordiales,|Un abrazo,"
    ),
    "it": _sp("Cordiali saluti,|Grazie mille,|Distinti saluti,|Saluti,|Un caro saluto,"),
    "pt": _sp("Atenciosamente,|Obrigado,|Cumprimentos,|Abraços,|Obrigada,|Melhores cumprimentos,"),
    "nl": _sp("Met vriendelijke groet,|Groetjes,|Mvg,|Alvast bedankt,|Hartelijke groet,"),
    "pl": _sp("Pozdrawiam,|Z poważaniem,|Dziękuję i pozdrawiam,|Serdecznie pozdrawiam,"),
    "sv": _sp("Med vänliga hälsningar,|Vänliga hälsningar,|Mvh|Tack på förhand,|Hälsningar,"),
}
OPENERS = {
    "en": _sp(
        "I hope you're well.|Hope you had a good weekend.|I hope this email finds you well.|"
        "I've been a customer for about {n} years now.|Writing on behalf of my {rel}.|"
        "Apologies for the long silence on my side.|I'm writing from my work address today.|"
        "Good to be in touch again.|My account is under this email address.|"
        "Hope all is well on your end.|First time writing to your support team."
    ),
    "de": _sp("Ich hoffe, es geht Ihnen gut.|Ich bin seit {n} Jahren Kunde bei Ihnen."),
    "fr": _sp("J'espère que vous allez bien.|Je suis client chez vous depuis {n} ans."),
    "es": _sp("Espero que estén bien.|Soy cliente desde hace {n} años."),
    "it": _sp("Spero stiate bene.|Sono cliente da {n} anni."),
    "pt": _sp("Espero que estejam bem.|Sou cliente há {n} anos."),
    "nl": _sp("Ik hoop dat alles goed met jullie gaat.|Ik ben al {n} jaar klant."),
    "pl": _sp("Mam nadzieję, że wszystko w porządku.|Jestem klientem od {n} lat."),
    "sv": _sp("Hoppas allt är bra med er.|Jag har varit kund i {n} år."),
}
CLOSERS = {
    "en": _sp(
        "Thanks so much for your time.|Looking forward to hearing from you.|Appreciate it!|"
        "Have a great day.|Many thanks in advance.|Thank you!|Cheers for the quick replies so far.|"
        "That's all from my side for now.|Kind regards to the whole team.|Thanks a lot.|"
        "Have a lovely weekend."
    ),
    "de": _sp("Vielen Dank im Voraus.|Danke schon mal!|Schönen Tag noch."),
    "fr": _sp("Merci d'avance pour votre aide.|Merci beaucoup.|Bonne fin de journée."),
    "es": _sp("Gracias de antemano.|Muchas gracias.|Que tengan un buen día."),
    "it": _sp("Grazie in anticipo.|Grazie mille.|Buona giornata."),
    "pt": _sp("Desde já agradeço.|Muito obrigado.|Tenham um bom dia."),
    "nl": _sp("Alvast bedankt.|Dank je wel.|Fijne dag nog."),
    "pl": _sp("Z góry dziękuję.|Dziękuję bardzo.|Miłego dnia."),
    "sv": _sp("Tack på förhand.|Tack så mycket.|Ha en bra dag."),
}
MOBILE = {
    "en": _sp(
        "Sent from my iPhone|Sent from my Galaxy|Sent from Outlook for Android|Get Outlook for iOS|"
        "Sent from Yahoo Mail on Android|Sent from my phone, apologies for any typos.|"
        "Sent from my iPad|Sent with Proton Mail secure email.|Sent from Mail for Windows"
    ),
    "de": _sp(
        "Von meinem iPhone gesendet|Gesendet von meinem Samsung Galaxy Smartphone.|"
        "Von Outlook für Android gesendet|Diese Nachricht wurde von meinem Android-Mobiltelefon "
        "mit GMX Mail gesendet."
    ),
    "fr": _sp(
        "Envoyé de mon iPhone|Envoyé depuis mon smartphone Samsung Galaxy.|Provenance : Orange"
    ),
    "es": _sp(
        "Enviado desde mi iPhone|Enviado desde mi smartphone Samsung Galaxy.|Enviado desde Outlook"
    ),
    "it": _sp(
        "Inviato da iPhone|Inviato dal mio dispositivo Huawei|Inviato da Libero Mail per Android"
    ),
    "pt": _sp("Enviado do meu iPhone|Enviado do meu smartphone Samsung Galaxy."),
    "nl": _sp("Verzonden vanaf mijn iPhone|Verstuurd vanaf mijn iPad|Verzonden met Ziggo Mail"),
    "pl": _sp(
        "Wysłane z iPhone'a|Wysłane z aplikacji Poczta w systemie Windows|Wysłano z telefonu"
    ),
    "sv": _sp("Skickat från min iPhone|Skickat från Outlook för Android|Skickat från min Samsung"),
}
LEGAL = {
    "en": [
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
        "addressee(s). If you are not the intended recipient, any use, copying or distribution "
        "of it is prohibited.",
        "This message may contain privileged information. The sender accepts no liability for "
        "any damage caused by viruses transmitted by this e-mail.",
        "{company} is registered in England and Wales under company number {regno}. Registered "
        "office: {street_no} {street}, {city}.",
        "Disclaimer: the views expressed in this e-mail are those of the author and not "
        "necessarily those of {company}.",
        "🌱 Printing this e-mail is rarely necessary.",
    ],
    "de": [
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
        "sind, ist jede Weitergabe untersagt.",
        "{company} · Sitz: {city} · Registergericht: Amtsgericht {city} HRB {regno} · "
        "Geschäftsführer: {first} {last}",
    ],
    "fr": [
        "Ce message et ses pièces jointes sont confidentiels et établis à l'attention "
        "exclusive de leurs destinataires.",
        "{company} – SAS au capital de 10 000 € – RCS {city} {regno}",
    ],
    "es": [
        "Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos "
        "exclusivamente a su destinatario."
    ],
    "it": ["Questo messaggio e i suoi allegati sono riservati al destinatario indicato."],
    "pt": [
        "Esta mensagem e os seus anexos são confidenciais e destinam-se apenas ao destinatário."
    ],
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijk zijn."],
    "pl": ["Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata."],
    "sv": ["Detta meddelande är konfidentiellt och endast avsett för mottagaren."],
}
SUBJECTS = {
    "en": _sp(
        "Question about my account|Account query|Follow-up|Quick one|(no subject)|Feedback|"
        "Regarding my subscription|Support|Inquiry from website|Billing|Technical issue|"
        "Issue with the app|My order {order}|Ref {ref}|Urgent|Problem since the update|"
        "Re: your email|Contact|Query re. invoice|Fwd: (no subject)|Important|Account {cust}"
    ),
    "de": _sp("Anfrage|Frage zu meinem Konto|Rückfrage|Kundennummer {cust}|AW: Ihre Anfrage"),
    "fr": _sp("Demande d'information|Question concernant mon compte|Réclamation|RE: Dossier {ref}"),
    "es": _sp("Consulta|Duda sobre mi cuenta|Incidencia|RE: Caso {ref}"),
    "it": _sp("Richiesta informazioni|Domanda sul mio account|Segnalazione|R: Pratica {ref}"),
    "pt": _sp("Pedido de suporte|Dúvida|Reclamação|RE: Processo {ref}"),
    "nl": _sp("Vraag over mijn account|Vraag|Klacht|Antw: Zaak {ref}"),
    "pl": _sp("Zapytanie|Pytanie dotyczące konta|Reklamacja|Odp: Sprawa {ref}"),
    "sv": _sp("Fråga om mitt konto|Ärende|Fråga|SV: Ärende {ref}"),
}
LEADINS = _sp_keep(
    "Quick question: |One more thing: |Following up on my earlier email: |As discussed on the "
    "phone, |Long story short, |So, |Basically, |For the record: |Not sure this is the right "
    "inbox, but |Second time writing about this: |As per our chat yesterday, |Hello again! |"
    "Small thing: |Context: new customer here. |Short version: |I'm back with another one: |"
    "Update from my side: |Me again. |Same account as before. |Sorry to bother you again. |"
    "Right, |OK so |My colleague pointed me here. |Just a heads-up, |In short: |As mentioned, "
)
CONTEXTS = _sp(
    "This is for my personal account.|I'm on the Android app, version {ver}.|It's been like this "
    "since {weekday}.|My order number is {order}.|The account email is {email}.|We're on the "
    "{plan} plan.|I already tried on two different devices.|This affects our whole team of {n} "
    "people.|Not urgent, whenever you get a chance.|I'm travelling from {weekday} onwards.|The "
    "reference from last time was {ref}.|I'm using an iPhone {n2} on iOS {ios}.|My customer "
    "number is {cust}.|This came up during our onboarding.|My partner has the same issue on "
    "her account.|We switched over from a competitor last {month}.|Our IT department is "
    "copied in.|I'm on a company laptop with Windows 11.|Same as last {month}, really.|"
    "The web version behaves the same way.|Our renewal is coming up in {month}.|I'm based in "
    "{city}, in case that matters."
)
AGENT_LINES = _sp(
    "Thank you for contacting {brand} Support.|My name is {agent} and I'll be looking after your "
    "case.|I have checked your account and everything is active on our side.|I've added a note to "
    "your case so the whole team can see the history.|We've had a few similar reports this week "
    "and our engineers are aware.|Your case reference is {ref}.|I'm sorry for the inconvenience "
    "this has caused.|The change should be visible within 24 hours.|Our billing team works Monday "
    "to Friday, 9:00 to 17:00.|I've attached the article we discussed to this email.|We appreciate "
    "your patience while we look into this.|I hope this message finds you well.|I've passed your "
    "feedback on to the product team.|The refund policy is described in section 4 of our terms.|"
    "Your subscription renews automatically on the {day}th of each month.|Our records show the "
    "last payment went through on {date}.|We have updated the details on your profile."
)
AGENT_SIGS = _sp(
    "{agent}\n{brand} Customer Care|{agent} | {brand} Support|Best,\n{agent}\n{group} team · "
    "{brand}|Kind regards,\n{agent}\nCustomer Experience, {brand}|— {agent}, {brand}|"
    "{agent}\nSupport Specialist\n{brand} · help.{bdomain}"
)
PRIVATE_NOTES = _sp(
    "Checked logs, nothing unusual in the last 7 days.|Customer is on the {plan} plan, renewal "
    "in {month}.|Possible duplicate of {ref}.|Spoke to billing, they are aware.|VIP account, "
    "account manager is {agent2}.|Second contact about this within a week.|Language preference: "
    "{langname}.|Macro 'first response' applied.|Waiting on engineering ({jira}).|Customer "
    "sounded frustrated on the phone yesterday.|Verified identity via security questions.|"
    "Linked to problem ticket {ref}.|Payment history looks clean.|Same customer as {ref}, "
    "different email."
)
SYSTEM_EVENTS = _sp(
    "Ticket created via email|Assigned to {group} by trigger 'Route by keyword'|Priority "
    "changed from Normal to High|Status changed from New to Open|SLA policy 'Standard {n}h' "
    "applied|Tags added: {tag}, {tag2}|Satisfaction survey scheduled|Requester language detected: "
    "{langname}|Ticket merged into {ref}|Status changed from Pending to Open|Auto-translated "
    "preview generated"
)
CSAT = _sp(
    "Satisfaction: not offered|Satisfaction: offered, no response|CSAT: Good 🙂|CSAT: Bad 🙁|"
    "Satisfaction rating: 4/5|Satisfaction: unoffered|CSAT survey sent {date}"
)
FORWARD_NOTES = _sp(
    "FYI, this came in through the old sales address.|Forwarding this one, it landed in my "
    "personal inbox.|Looping you in on this one, customer of ours since {year}.|This came in "
    "while you were out.|Passing this on, not really my area.|For your queue.|Customer from "
    "the {city} event last week.|Another one for {group}.|fyi|This one is for you I think.|"
    "Forwarding as discussed in standup.|Heads-up: this is a big account."
)
AGENT_CHAT_GREET = _sp(
    "Hello {v}, welcome to {brand} chat! My name is {agent}.|Good afternoon, you're chatting with "
    "{agent} from {brand}.|Hi {v}, {agent} here from the {group} team.|Welcome to {brand}! "
    "{agent} here.|Hey {v}! I'm {agent}, nice to meet you."
)
AGENT_CHAT_ACK = _sp(
    "Thanks for waiting, I'm pulling up your account now.|Got it, one moment while I check this.|"
    "Understood. I'm looking into it now.|Sure thing, I'm checking that now.|Thanks, {v}. Let me "
    "have a look.|Okay, I see your account here.|Noted. Give me a moment.|I'm on it."
)
CUST_CHAT_SMALL = _sp("hello|hi there|good morning|hey|hello?|evening|hiya|hallo|bonjour|hola")
CUST_CHAT_AFTER = _sp(
    "ok|great, cheers|perfect|thank you|ok thx|cool|alright|👍|ty|brilliant|sounds good"
)
BOT_REACT = _sp("not really|nope|that doesn't answer it|not what I meant|no|hmm no")
KB_TITLES = _sp(
    "Managing your account settings|Understanding your invoice|Troubleshooting the mobile app|"
    "Payment methods we accept|How our subscriptions work|Delivery times and tracking|"
    "Security and two-factor authentication|Getting started guide"
)
CALL_OUTCOMES = _sp(
    "Resolved on call|Escalated to {group}|Callback booked for {weekday}|Info provided, no action|"
    "Transferred to {group}|Pending customer documents|Ticket {ref} created"
)
WRAP_CODES = _sp("GEN-INQ|BILL-01|TECH-APP|ACC-CHG|CXL-REQ|OTH-99|SALES-LEAD|COMPL-02")
CALL_AGENT_NOTES = _sp(
    "Advised cust on next steps.|Cust was polite, a bit rushed.|Read out T&Cs section 3.|"
    "Cust calling from mobile, line poor.|Explained timescales.|Customer confirmed address.|"
    "Checked recent orders with cust.|No previous contacts on file."
)
PHONE_OPEN = _sp(
    "Thank you for calling {brand}, you're speaking with {agent}.|{brand} customer service, "
    "{agent} speaking.|Good morning, {brand}, this is {agent}.|You're through to {brand}, my name "
    "is {agent}.|{brand}, {agent} here."
)
FILLERS = _sp_keep(
    "Hi, yeah, um, |Yeah hi, so |Hello, erm, |Hi there, uh, |Morning. So |Hiya, right, "
)
REVIEW_TITLES = _sp(
    "Mixed feelings|Used to be great|Almost perfect|Frustrating lately|Good app but|Decent|"
    "Three stars for now|Not bad|Disappointed|Love it, one issue|Meh|Solid overall|Hmm"
)
REVIEW_EXTRA = _sp(
    "Otherwise the app is fine.|Been using it for {n} years.|Customer service was friendly "
    "though.|The last update made things slower.|Would give 5 stars otherwise.|Works well on "
    "my tablet.|The design is nice.|Support replied quickly last time."
)
DEV_RESPONSES = _sp(
    "Thank you for your feedback, {nick}. Our team has received your review.|We're sorry to hear "
    "about your experience. Our support team is available at help.{bdomain}.|Thanks for the "
    "review! A fix is included in version {ver}.|We appreciate you taking the time to share this."
)
SURVEY_NAMES = _sp(
    "Quarterly NPS|Post-support CSAT|Onboarding feedback|Product survey {year}|Churn survey|"
    "Customer pulse"
)
FORUMS = _sp("{brand} Community|{brand} Help Forum|The {brand} Lounge|{brand} Users Group")
FORUM_CATS = _sp(
    "General Discussion|Billing & Payments|Mobile App|Ideas & Feedback|Troubleshooting|Account"
)
THREAD_TITLES = _sp(
    "Issue since latest update|Question about billing|Weird behaviour on iOS|Account question|"
    "New here|Anyone else?|Small problem|Feature gap|Confused|Long-time user, first post"
)
RANKS = _sp("New member|Contributor|Regular|Rising star|Level 2|Visitor|Super user")
HASHTAGS = _sp("#customerservice|#fail|#help|#support|#annoyed|#techproblems|#monday|#why|")
CRM_STAGES = _sp("Discovery|Qualification|Proposal|Negotiation|Closed won|Renewal|Onboarding")
CRM_NEXT = _sp(
    "Follow-up call booked for {weekday}.|Sending revised quote next week.|Demo scheduled for "
    "{date}.|Waiting on their legal team.|Champion is {first}, decision maker is the CFO.|"
    "Budget confirmed for Q{q}.|Contract sits with procurement."
)
INDUSTRIES = _sp("Retail|Healthcare|Logistics|Education|Manufacturing|Hospitality|Fintech|Media")
WA_SYSTEM = "Messages to this business are end-to-end encrypted."


# --------------------------------------------------------------------------------------------
# random building blocks


@dataclass
class Person:
    first: str
    last: str
    company: str
    domain: str
    email: str
    phone: str
    title: str
    city: str
    corporate: bool


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def rand_phone(r: random.Random) -> str:
    k = r.randrange(7)
    d = [str(r.randrange(10)) for _ in range(10)]
    s = "".join(d)
    if k == 0:
        return f"+44 7{s[:3]} {s[3:9]}"
    if k == 1:
        return f"+49 (0)1{s[:2]} {s[2:9]}"
    if k == 2:
        return f"+33 6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:8]}"
    if k == 3:
        return f"+1 ({s[:3]}) {s[3:6]}-{s[6:10]}"
    if k == 4:
        return f"+46 70-{s[:3]} {s[3:5]} {s[5:7]}"
    if k == 5:
        return f"+48 {s[:3]} {s[3:6]} {s[6:9]}"
    return f"06-{s[:8]}"


def person(r: random.Random, corporate: float = 0.55) -> Person:
    first, last = r.choice(FIRST), r.choice(LAST)
    stem = r.choice(CO_STEMS)
    company = f"{stem} {r.choice(CO_SUFFIX)}"
    corp = r.random() < corporate
    fs, ls = ascii_slug(first), ascii_slug(last)
    domain = ascii_slug(stem) + r.choice(TLDS) if corp else r.choice(FREEMAIL)
    local = r.choice(
        [
            f"{fs}.{ls}",
            f"{fs[0]}.{ls}",
            f"{fs}{ls[0]}",
            f"{fs}",
            f"{ls}{r.randrange(10, 99)}",
            f"{fs}_{ls}",
            f"{fs}.{ls}{r.randrange(1960, 2005)}",
        ]
    )
    return Person(
        first,
        last,
        company,
        domain,
        f"{local}@{domain}",
        rand_phone(r),
        r.choice(TITLES),
        r.choice(CITIES),
        corp,
    )


def rand_dt(r: random.Random) -> datetime:
    return datetime(2019, 1, 1) + timedelta(seconds=r.randrange(6 * 365 * 86400))


def d_rfc(dt: datetime, tz: str = "+0100") -> str:
    return f"{WD3[dt.weekday()]}, {dt.day} {MON3[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {tz}"


def d_us(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year} at {h}:{dt:%M} {ap}"


def d_short(dt: datetime) -> str:
    return f"{MON3[dt.month - 1]} {dt.day}, {dt.year}"


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def rand_ref(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"#{r.randrange(10000, 999999)}"
    if k == 1:
        return f"CS-{digits(r, 7)}"
    if k == 2:
        return f"Case {digits(r, 8)}"
    if k == 3:
        return f"REF{digits(r, 5)}"
    if k == 4:
        return f"T{r.randrange(100000, 999999)}"
    return f"{letters(r, 3)}-{digits(r, 4)}"


def rand_order(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"ORD-{r.randrange(2019, 2026)}-{digits(r, 5)}"
    if k == 1:
        return f"#{digits(r, 7)}"
    if k == 2:
        return f"{letters(r, 3)}{digits(r, 6)}"
    return f"100{digits(r, 7)}"


def agent_name(r: random.Random) -> str:
    f = r.choice(FIRST)
    k = r.randrange(3)
    if k == 0:
        return f
    if k == 1:
        return f"{f} {r.choice(LAST)[0]}."
    return f"{f} {r.choice(LAST)}"


def brand_domain(brand: str) -> str:
    return ascii_slug(brand) + ".com"


def fill(r: random.Random, s: str, **kw: str) -> str:
    if "{" not in s:
        return s
    vals = {
        "ver": f"{r.randrange(1, 12)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}",
        "weekday": r.choice(WEEKDAYS),
        "order": rand_order(r),
        "email": f"{ascii_slug(r.choice(FIRST))}{r.randrange(1, 99)}@{r.choice(FREEMAIL)}",
        "plan": r.choice(PLANS),
        "n": str(r.randrange(2, 15)),
        "n2": str(r.randrange(11, 16)),
        "ios": f"{r.randrange(15, 18)}.{r.randrange(0, 6)}",
        "ref": rand_ref(r),
        "cust": digits(r, r.randrange(6, 10)),
        "month": r.choice(MONTHS),
        "city": r.choice(CITIES),
        "rel": r.choice(["mother", "father", "boss", "husband", "wife", "grandmother", "team"]),
        "agent": agent_name(r),
        "agent2": agent_name(r),
        "brand": r.choice(BRANDS),
        "bdomain": "example.com",
        "group": r.choice(GROUPS),
        "langname": r.choice(["German", "French", "Spanish", "Italian", "Dutch", "Polish"]),
        "jira": f"{letters(r, 3)}-{r.randrange(100, 9999)}",
        "tag": r.choice(TAGS),
        "tag2": r.choice(TAGS),
        "date": d_short(rand_dt(r)),
        "day": str(r.randrange(4, 28)),
        "year": str(r.randrange(2012, 2024)),
        "first": r.choice(FIRST),
        "last": r.choice(LAST),
        "company": f"{r.choice(CO_STEMS)} {r.choice(CO_SUFFIX)}",
        "regno": digits(r, 8),
        "street": r.choice(STREETS),
        "street_no": str(r.randrange(1, 200)),
        "nick": r.choice(FIRST),
        "q": str(r.randrange(1, 5)),
        "v": r.choice(FIRST),
    }
    vals.update(kw)
    return s.format(**vals)


def pick(r: random.Random, pool: list[str], **kw: str) -> str:
    return fill(r, r.choice(pool), **kw)


def join(*parts: str | None, sep: str = "\n") -> str:
    return sep.join(p for p in parts if p is not None)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


# --------------------------------------------------------------------------------------------
# request surface: casing, typo, lead-in, context


def add_typo(r: random.Random, s: str) -> str | None:
    cands = [m for m in WORD_RE.finditer(s) if m.group().isalpha() and len(m.group()) >= 4]
    if not cands:
        return None
    m = r.choice(cands)
    w = m.group()
    op = r.randrange(3)
    pos = r.randrange(1, len(w))
    ch = w[pos]
    if op == 0 and ch.lower() in KEYS:
        row = next(x for x in KEYS.split() if ch.lower() in x)
        k = row.index(ch.lower())
        near = [row[j] for j in (k - 1, k + 1) if 0 <= j < len(row)]
        new = r.choice(near)
        new = new.upper() if ch.isupper() else new
        nw = w[:pos] + new + w[pos + 1 :]
    elif op == 1:
        nw = w[:pos] + w[pos + 1 :]
    else:
        nw = w[:pos] + w[pos - 1 if r.random() < 0.6 else pos] + w[pos:]
    if not typo_word_ok(w.lower(), nw.lower()):
        return None
    return s[: m.start()] + nw + s[m.end() :]


def make_surface(r: random.Random, q: Req) -> str:
    s = q.text
    x = r.random()
    if x < 0.16:
        s = s.lower()
    elif x < 0.28:
        s = sentence_case(s)
    if len(q.text) >= MIN_TYPO_LEN and r.random() < TYPO_P:
        t = add_typo(r, s)
        if t is not None:
            s = t
    return s


def make_core(r: random.Random, surface: str, allow_lead: bool = True) -> str:
    lead = r.choice(LEADINS) if allow_lead and r.random() < 0.28 else ""
    end = ""
    if surface[-1:].isalnum():
        end = r.choice(["", "", ".", ".", ".", "!", "...", " :)"])
    core = lead + surface + end
    if r.random() < 0.3:
        core += " " + pick(r, CONTEXTS)
    return core


# --------------------------------------------------------------------------------------------
# e-mail parts


def signature(r: random.Random, p: Person, lang: str) -> str:
    so = pick(r, SIGNOFF[lang], city=p.city)
    full = f"{p.first} {p.last}"
    web = f"www.{p.domain}" if p.corporate else None
    k = r.randrange(10)
    if k == 0:
        return f"{so}\n{p.first}"
    if k == 1:
        return join(so, full, p.title, p.company, p.phone)
    if k == 2:
        return join(
            f"{so}", "", "--", f"{full} | {p.title} | {p.company}", f"M {p.phone} · {p.email}", web
        )
    if k == 3:
        return f"{so}\n{p.first[0]}."
    if k == 4:
        pron = r.choice(["(she/her)", "(he/him)", "(they/them)"])
        return join(
            so,
            f"{full} {pron}",
            f"{p.title}, {p.company}",
            f"{r.randrange(1, 200)} {r.choice(STREETS)}, {p.city}",
        )
    if k == 5:
        return join(so, p.first, "", "__________", f"{p.company} · {p.city} · {p.phone}")
    if k == 6:
        return f"{so.rstrip(',')} / {p.first}"
    if k == 7:
        return join(so, full, p.email, f"linkedin.com/in/{ascii_slug(p.first + p.last)}")
    if k == 8:
        note = r.choice(
            [
                "My working hours may not be your working hours. There is no expectation to reply "
                "outside of yours.",
                "I work Monday to Thursday.",
                "Out of office on Fridays.",
                "Office hours: 8:30–16:30 CET",
            ]
        )
        return join(so, p.first, "", note)
    return join(so, "", full, f"{p.company}", f"T: {p.phone}", f"E: {p.email}")


def customer_email(
    r: random.Random, core: str, p: Person, lang: str = "en", agent: str = "", brand: str = ""
) -> str:
    parts: list[str] = []
    if r.random() < 0.85:
        parts.append(
            pick(
                r,
                GREET[lang],
                agent=agent or agent_name(r).split()[0],
                brand=brand or r.choice(BRANDS),
            )
        )
    para = core
    if r.random() < 0.3:
        sep = " " if r.random() < 0.5 else "\n\n"
        para = pick(r, OPENERS[lang]) + sep + core
    if r.random() < 0.35:
        sep = " " if r.random() < 0.4 else "\n\n"
        para += sep + pick(r, CLOSERS[lang])
    parts.append(para)
    if r.random() < 0.93:
        parts.append(signature(r, p, lang))
    if r.random() < 0.12:
        parts.append(pick(r, LEGAL[lang], company=p.company, city=p.city))
    if r.random() < 0.08:
        parts.append(r.choice(MOBILE[lang]))
    return "\n\n".join(parts)


def email_headers(r: random.Random, p: Person, brand: str, lang: str, dt: datetime) -> str:
    bd = brand_domain(brand)
    to = r.choice(
        [
            f"support@{bd}",
            f"help@{bd}",
            f"{brand} Support <support@{bd}>",
            f"kundenservice@{bd}",
            f"care@{bd}",
        ]
    )
    subj = pick(r, SUBJECTS[lang])
    frm = f"{p.first} {p.last} <{p.email}>" if r.random() < 0.8 else p.email
    k = r.randrange(3)
    if k == 0:
        return join(f"From: {frm}", f"To: {to}", f"Date: {d_rfc(dt)}", f"Subject: {subj}")
    if k == 1:
        return join(f"From: {frm}", f"Sent: {d_us(dt)}", f"To: {to}", f"Subject: {subj}")
    return join(f"Subject: {subj}", f"From: {frm}", f"Date: {dt:%Y-%m-%d %H:%M}", f"To: {to}")


def agent_message(r: random.Random, brand: str, agent: str, n: int, cust: str) -> str:
    lines = [pick(r, AGENT_LINES, brand=brand, agent=agent) for _ in range(n)]
    body = " ".join(lines) if r.random() < 0.5 else "\n\n".join(lines)
    greet = r.choice([f"Dear {cust},", "Hello,", f"Hi {cust},", "Good day,", f"Hello {cust},"])
    sig = pick(r, AGENT_SIGS, agent=agent, brand=brand, bdomain=brand_domain(brand))
    return join(greet, "", body, "", sig)


ATTRIB: dict[str, Callable[[datetime, str, str], str]] = {
    "gmail": lambda dt, n, a: (
        f"On {WD3[dt.weekday()]}, {dt.day} {MON3[dt.month - 1]} {dt.year} at {dt:%H:%M}, "
        f"{n} <{a}> wrote:"
    ),
    "apple": lambda dt, n, a: f"On {d_short(dt)}, at {dt:%H:%M}, {n} <{a}> wrote:",
    "thunder": lambda dt, n, a: f"On {dt:%d/%m/%Y} {dt:%H:%M}, {n} wrote:",
    "de": lambda dt, n, a: f"Am {dt:%d.%m.%Y} um {dt:%H:%M} schrieb {n} <{a}>:",
    "fr": lambda dt, n, a: f"Le {dt:%d/%m/%Y} à {dt:%H:%M}, {n} <{a}> a écrit :",
    "es": lambda dt, n, a: f"El {dt.day}/{dt.month}/{dt.year} a las {dt:%H:%M}, {n} escribió:",
    "it": lambda dt, n, a: f"Il {dt:%d/%m/%Y} {dt:%H:%M}, {n} <{a}> ha scritto:",
    "pt": lambda dt, n, a: f"Em {dt:%d/%m/%Y} {dt:%H:%M}, {n} <{a}> escreveu:",
    "nl": lambda dt, n, a: f"Op {dt.day}-{dt.month}-{dt.year} om {dt:%H:%M} schreef {n} <{a}>:",
    "pl": lambda dt, n, a: f"W dniu {dt.day}.{dt:%m.%Y} o {dt:%H:%M}, {n} pisze:",
    "sv": lambda dt, n, a: f"Den {dt:%Y-%m-%d} kl. {dt:%H:%M} skrev {n} <{a}>:",
}
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada em", "Para", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
}


def ctx(r: random.Random) -> tuple[Person, str, str, datetime]:
    return person(r), r.choice(BRANDS), agent_name(r), rand_dt(r)


# --------------------------------------------------------------------------------------------
# channels: e-mail and tickets


def ch_email_plain(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    body = customer_email(r, core, p, "en", agent.split()[0], brand)
    if r.random() < 0.5:
        return email_headers(r, p, brand, "en", dt) + "\n\n" + body
    return body


def ch_email_mobile(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    lang = "en" if r.random() < 0.5 else r.choice(LANGS)
    parts = []
    if r.random() < 0.4:
        parts.append(pick(r, GREET[lang]))
    parts.append(core)
    if r.random() < 0.5:
        parts.append(pick(r, SIGNOFF[lang], city=p.city) + "\n" + p.first)
    elif r.random() < 0.5:
        parts.append(p.first[0] + r.choice(["", ".", " x"]))
    parts.append(r.choice(MOBILE[lang]))
    body = "\n\n".join(parts)
    if r.random() < 0.3:
        return email_headers(r, p, brand, "en", dt) + "\n\n" + body
    return body


def ch_email_intl(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    lang = r.choice(LANGS)
    body = customer_email(r, core, p, lang, agent.split()[0], brand)
    if r.random() < 0.3:
        body += "\n\n" + r.choice(MOBILE[lang])
    if r.random() < 0.45:
        lab = OUTLOOK_LABELS[lang]
        hdr = join(
            f"{lab[0]}: {p.first} {p.last} <{p.email}>",
            f"{lab[1]}: {dt:%d.%m.%Y %H:%M}",
            f"{lab[2]}: support@{brand_domain(brand)}",
            f"{lab[3]}: {pick(r, SUBJECTS[lang])}",
        )
        return hdr + "\n\n" + body
    return body


def ch_email_reply_quoted(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    lang = "en" if r.random() < 0.6 else r.choice(LANGS)
    style = r.choice(list(ATTRIB)) if lang == "en" else lang
    if lang == "en" and style in LANGS:
        style = "gmail"
    earlier = agent_message(r, brand, agent, r.randrange(2, 4), p.first)
    att = ATTRIB[style](
        dt - timedelta(hours=r.randrange(2, 90)),
        f"{brand} Support",
        f"support@{brand_domain(brand)}",
    )
    prefix = r.choice(["> ", "> ", ">", "| "])
    quoted = att + "\n" + quote(earlier, prefix)
    if r.random() < 0.3:
        older = ATTRIB[style](
            dt - timedelta(days=r.randrange(3, 20)), f"{p.first} {p.last}", p.email
        )
        mine = pick(
            r,
            _sp(
                "My account is under {email}.|I sent this last week as well.|"
                "The order was placed on {date}.|I'm on the {plan} plan."
            ),
        )
        quoted += "\n" + quote("\n" + older + "\n" + quote(mine, prefix), prefix)
    mode = r.random()
    if mode < 0.7:
        reply = customer_email(r, core, p, lang, agent.split()[0], brand)
        return reply + "\n\n" + quoted
    if mode < 0.85:
        reply = customer_email(r, core, p, lang, agent.split()[0], brand)
        return quoted + "\n\n" + reply
    # inline answer under the first quoted paragraph
    lines = quoted.split("\n")
    cut = min(len(lines), r.randrange(3, 6))
    return join(*lines[:cut], "", core, "", *lines[cut:], "", p.first)


def ch_email_reply_outlook(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    lang = "en" if r.random() < 0.55 else r.choice(LANGS)
    lab = OUTLOOK_LABELS[lang]
    reply = customer_email(r, core, p, lang, agent.split()[0], brand)
    sep = r.choice(
        [
            "-----Original Message-----",
            "________________________________",
            "-----Ursprüngliche Nachricht-----" if lang == "de" else "",
            "-------- Message d'origine --------" if lang == "fr" else "",
        ]
    )
    prev = dt - timedelta(hours=r.randrange(3, 120))
    when = d_us(prev) if lang == "en" else f"{prev:%d.%m.%Y %H:%M}"
    hdr = join(
        f"{lab[0]}: {brand} Support <support@{brand_domain(brand)}>",
        f"{lab[1]}: {when}",
        f"{lab[2]}: {p.first} {p.last} <{p.email}>",
        f"{lab[3]}: {r.choice(['RE: ', 'AW: ', 'Re: ', ''])}{pick(r, SUBJECTS[lang])}",
    )
    earlier = agent_message(r, brand, agent, r.randrange(2, 5), p.first)
    return join(reply, "", sep if sep else None, hdr, "", earlier)


def ch_email_forward(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    colleague = person(r, corporate=1.0)
    note = pick(r, FORWARD_NOTES)
    head = r.choice(["Hi team,", f"Hi {agent.split()[0]},", None, "Hey,", "Morning,"])
    top = join(
        head,
        "" if head else None,
        note,
        "",
        r.choice(
            [
                colleague.first,
                f"{colleague.first} {colleague.last}",
                f"Thanks,\n{colleague.first}",
                f"-- \n{colleague.first}",
            ]
        ),
    )
    cust = customer_email(r, core, p, "en" if r.random() < 0.8 else r.choice(LANGS))
    subj = pick(r, SUBJECTS["en"])
    to = f"{colleague.first.lower()}@{brand_domain(brand)}"
    k = r.randrange(4)
    if k == 0:
        fw = join(
            "---------- Forwarded message ---------",
            f"From: {p.first} {p.last} <{p.email}>",
            f"Date: {WD3[dt.weekday()]}, {d_short(dt)} at {dt:%H:%M}",
            f"Subject: {subj}",
            f"To: <{to}>",
        )
    elif k == 1:
        fw = join(
            "Begin forwarded message:",
            "",
            f"From: {p.first} {p.last} <{p.email}>",
            f"Subject: {subj}",
            f"Date: {d_us(dt)}",
            f"To: {to}",
        )
    elif k == 2:
        fw = join(
            "-----Original Message-----",
            f"From: {p.email}",
            f"Sent: {d_us(dt)}",
            f"To: {to}",
            f"Subject: {subj}",
        )
    else:
        fw = join(
            "---------- Weitergeleitete Nachricht ---------",
            f"Von: {p.first} {p.last} <{p.email}>",
            f"Date: {dt:%d.%m.%Y %H:%M}",
            f"Subject: {subj}",
            f"To: <{to}>",
        )
    return join(top, "", fw, "", cust)


AUTOACK = {
    "SupportLoop": lambda ref, brand, span, dur: join(
        "This is an automated message from SupportLoop.",
        "",
        f"We've received your request and a ticket has been opened for you: {ref}.",
        "Our team replies within 1 business day. Replies to this email are added to the same "
        "ticket.",
        "",
        f"— {brand} Support",
    ),
    "Ticketry": lambda ref, brand, span, dur: join(
        "[Ticketry] Auto-reply",
        "This is an automatic acknowledgement: your message has reached our support queue.",
        f"Reference number: {ref}",
        f"Staffed: Mon–Fri {span}",
    ),
    "Helpjar": lambda ref, brand, span, dur: join(
        f"Greetings from {brand}!",
        "Your message is in our queue (Helpjar ticket " + ref + ").",
        "Average first response time this week: " + dur + ".",
        "This mailbox is monitored during business hours only.",
    ),
}


def ch_email_autoack_thread(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    tool = r.choice(list(AUTOACK))
    ref = rand_ref(r)
    span = r.choice(["08:00–18:00 CET", "9am–5pm GMT", "09:00–17:00 CET", "07:30–19:00 CET"])
    dur = r.choice(["4 hours", "2 hours", "1 business day", "6 hours"])
    ack = AUTOACK[tool](ref, brand, span, dur)
    if r.random() < 0.6:
        fu = customer_email(r, core, p, "en", agent.split()[0], brand)
        att = ATTRIB[r.choice(["gmail", "apple", "thunder"])](
            dt - timedelta(minutes=r.randrange(5, 3000)),
            f"{brand} Support",
            f"no-reply@{brand_domain(brand)}",
        )
        return join(f"Subject: Re: [{ref}] {pick(r, SUBJECTS['en'])}", "", fu, "", att, quote(ack))
    orig_lbl = r.choice(
        [
            "---- Your original message ----",
            "Your message:",
            "——— Original request ———",
            "Copy of your message:",
        ]
    )
    orig = customer_email(r, core, p, "en", agent.split()[0], brand)
    return join(
        f"Subject: [{ref}] Re: {pick(r, SUBJECTS['en'])}",
        f"Date: {d_rfc(dt)}",
        "",
        ack,
        "",
        orig_lbl,
        orig,
    )


def ch_email_html(r: random.Random, core: str) -> str:
    p, brand, agent, _dt = ctx(r)
    g = pick(r, GREET["en"], agent=agent.split()[0], brand=brand)
    so = pick(r, SIGNOFF["en"])
    k = r.randrange(3)
    if k == 0:
        return join(
            '<div dir="ltr">',
            f"<div>{g}</div><div><br></div>",
            f"<div>{core}</div><div><br></div>",
            f"<div>{so}</div><div>{p.first}</div>",
            '<div class="gmail_signature"><div>--</div>',
            f"<div>{p.first} {p.last} | {p.title}</div><div>{p.phone}</div></div>",
            "</div>",
        )
    if k == 1:
        return join(
            '<html><head><meta charset="utf-8"></head><body>',
            f'<p class="MsoNormal">{g}<o:p></o:p></p>',
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            f'<p class="MsoNormal">{core}<o:p></o:p></p>',
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            f'<p class="MsoNormal">{so}<br>{p.first} {p.last}<br>{p.company}</p>',
            "</body></html>",
        )
    return join(
        "<html><body>",
        f"<p>{g}</p>",
        f"<p>{core}</p>",
        f"<p>{so}<br/>{p.first}</p>",
        f'<p style="color:#888;font-size:11px">{r.choice(MOBILE["en"])}</p>',
        "</body></html>",
    )


def ch_webform(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    bd = brand_domain(brand)
    topic = r.choice(_sp("General enquiry|Billing|Technical support|Sales|Account|Other|Feedback"))
    ip = f"{r.randrange(11, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    k = r.randrange(3)
    if k == 0:
        rule = "────────────────────────"
        return join(
            f"New entry: Contact form (ID {r.randrange(1000, 99999)})",
            rule,
            f"Name:        {p.first} {p.last}",
            f"E-mail:      {p.email}",
            f"Phone:       {p.phone if r.random() < 0.6 else '-'}",
            f"Company:     {p.company if p.corporate else ''}".rstrip(),
            f"Topic:       {topic}",
            "Message:",
            core,
            rule,
            f"Submitted: {dt:%Y-%m-%d %H:%M} · Page: https://www.{bd}/contact · IP: {ip}",
            "This notification was sent by FormFoundry.",
        )
    if k == 1:
        return join(
            "<p><strong>Webform Relay</strong> – new message from your website</p>",
            f"<b>Name</b>: {p.first} {p.last}<br>",
            f"<b>Email</b>: {p.email}<br>",
            f"<b>Subject</b>: {topic}<br>",
            f"<b>Message</b>: {core}<br>",
            "<b>Consent</b>: given ✔<br>",
            f"<small>Sent {d_rfc(dt)} from https://{bd}/support</small>",
        )
    return join(
        f"Submitted on {WD3[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}",
        f"Submitted by: {'Anonymous (not verified)' if r.random() < 0.5 else p.first.lower()}",
        "Submitted values are:",
        "",
        f"Your name: {p.first}",
        f"Your e-mail address: {p.email}",
        f"Reason for contact: {topic}",
        "Your message:",
        core,
        "",
        f"The results of this submission may be viewed at: https://{bd}/node/"
        f"{r.randrange(10, 999)}/submission/{r.randrange(1000, 99999)}",
        "-- SiteKit Forms",
    )


def ch_ticket_view(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    tid = r.randrange(10000, 999999)
    subj = pick(r, SUBJECTS["en"])
    group = r.choice(GROUPS)
    cust = customer_email(
        r, core, p, "en" if r.random() < 0.8 else r.choice(LANGS), agent.split()[0], brand
    )
    t = dt
    blocks = [
        f"#{tid} {subj}",
        f"Status: {r.choice(['New', 'Open', 'Pending', 'On-hold'])} · Priority: "
        f"{r.choice(['Low', 'Normal', 'High', 'Urgent'])} · Type: "
        f"{r.choice(['Question', 'Incident', 'Problem', 'Task', '-'])} · Channel: "
        f"{r.choice(['Email', 'Web form', 'API', 'Email'])}",
        f"Requester: {p.first} {p.last} <{p.email}>"
        + (f"   Organisation: {p.company}" if p.corporate else ""),
        f"Assignee: {agent if r.random() < 0.7 else '-'} ({group})",
        f"Tags: {', '.join(r.sample(TAGS, r.randrange(1, 5)))}",
        "",
        f"{p.first} {p.last} · {d_short(t)} {t:%H:%M}",
        cust,
    ]
    for _ in range(r.randrange(0, 4)):
        t += timedelta(minutes=r.randrange(1, 600))
        kind = r.randrange(3)
        if kind == 0:
            blocks += [
                "",
                f"{agent} (internal note) · {d_short(t)} {t:%H:%M}",
                pick(r, PRIVATE_NOTES),
            ]
        elif kind == 1:
            blocks += ["", f"System · {d_short(t)} {t:%H:%M}", pick(r, SYSTEM_EVENTS, group=group)]
        else:
            blocks += [
                "",
                f"{agent} ({brand}) · {d_short(t)} {t:%H:%M}",
                agent_message(r, brand, agent, r.randrange(1, 3), p.first),
            ]
    if r.random() < 0.5:
        blocks += ["", pick(r, CSAT)]
    blocks += ["", "DeskPilot · ticket view"]
    return join(*blocks)


def ch_ticket_export(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    body = customer_email(r, core, p, "en", agent.split()[0], brand) if r.random() < 0.6 else core
    if r.random() < 0.5:
        lines = [
            f"=== QueueBird export · ticket QB-{digits(r, 7)} ===",
            f"created_at: {dt:%Y-%m-%dT%H:%M:%S}Z",
            f"updated_at: {dt + timedelta(hours=r.randrange(1, 48)):%Y-%m-%dT%H:%M:%S}Z",
            f"status: {r.choice(['new', 'open', 'pending', 'solved'])}",
            f"priority: {r.choice(['low', 'normal', 'high'])}",
            f"channel: {r.choice(['email', 'web', 'api', 'mobile_sdk'])}",
            f"requester.name: {p.first} {p.last}",
            f"requester.email: {p.email}",
            f"subject: {pick(r, SUBJECTS['en'])}",
            "description: |",
            quote(body, "  "),
        ]
        if r.random() < 0.6:
            lines += [
                f"comments[0].author: {agent}",
                "comments[0].public: false",
                f"comments[0].body: {pick(r, PRIVATE_NOTES)}",
            ]
        lines.append(f"csat: {r.choice(['unoffered', 'offered', 'good', 'bad'])}")
        return join(*lines)
    return join(
        "Ticketry CSV-row view",
        f"Ticket ID ........ {letters(r, 2)}{digits(r, 6)}",
        f"Opened ........... {dt:%d/%m/%Y %H:%M}",
        f"Contact .......... {p.first} {p.last} ({p.email})",
        f"Account .......... {p.company if p.corporate else 'Consumer'}",
        f"Queue ............ {r.choice(GROUPS)}",
        f"SLA .............. {r.choice(['8h', '24h', '48h', 'none'])}",
        "Body:",
        body,
        "— end of record —",
    )


def ch_ticket_notification(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    ref = r.randrange(10000, 999999)
    cust = customer_email(
        r, core, p, "en" if r.random() < 0.8 else r.choice(LANGS), agent.split()[0], brand
    )
    earlier = agent_message(r, brand, agent, r.randrange(1, 3), p.first)
    prev = dt - timedelta(hours=r.randrange(1, 72))
    if r.random() < 0.5:
        return join(
            "##- Replies go above this line -##",
            "",
            f"Your request ({ref}) has been updated. Comments added to this email thread appear "
            "on the ticket.",
            "",
            f"{p.first} {p.last}" + (f" ({p.company})" if p.corporate else ""),
            f"{d_short(dt)}, {dt:%H:%M} GMT{r.choice(['+1', '+2', '', '-5'])}",
            "",
            cust,
            "",
            f"{agent} ({brand})",
            f"{d_short(prev)}, {prev:%H:%M}",
            "",
            earlier,
            "",
            f"This email is a service from {brand} Support. Delivered by CaseHarbor.",
            f"[{letters(r, 4)}{digits(r, 2)}-{letters(r, 4)}]",
        )
    return join(
        "——— Replies above this line are added to the ticket ———",
        f"Helpjar · {brand} Help Centre",
        f"Ticket {letters(r, 3)}-{ref} · {pick(r, SUBJECTS['en'])}",
        "",
        f"New reply from {p.first} {p.last} ({dt.day} {MON3[dt.month - 1]} {dt.year}):",
        "",
        cust,
        "",
        "Previous messages",
        f"{agent} wrote on {prev:%Y-%m-%d}:",
        quote(earlier),
        "",
        "You receive this message because you are the assignee of this ticket.",
    )


def ch_ticket_escalation(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    reason = r.choice(
        _sp(
            "Outside tier 1 permissions.|Needs backend access.|Second contact, customer unhappy.|"
            "Billing system change required.|Potential bug, reproducible.|Account flagged by risk."
        )
    )
    steps = r.sample(
        _sp(
            "Verified account ownership|Cleared cache on customer's side|Checked status page|"
            "Reviewed last 3 invoices|Tried on test account|Searched KB, nothing relevant|"
            "Checked audit log"
        ),
        r.randrange(1, 4),
    )
    wrote = r.choice(
        ["Customer wrote:", "Original message:", "Customer's words:", "From the requester:"]
    )
    body = f'"{core}"' if r.random() < 0.5 else quote(core)
    return join(
        f"Escalation T1 → T2 | {r.choice(['DeskPilot', 'CaseHarbor', 'QueueBird'])} case "
        f"{rand_ref(r)}",
        f"Escalated by: {agent} · {dt:%Y-%m-%d %H:%M}",
        f"Customer: {p.first} {p.last} · {p.email} · plan {r.choice(PLANS)}",
        f"Reason: {reason}",
        "",
        wrote,
        body,
        "",
        "Steps already taken:",
        *[f"- {s}" for s in steps],
        "",
        f"Target group: {r.choice(GROUPS)}",
    )


def ch_ticket_markdown(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    env = r.choice(_sp("macOS 14.3|Windows 11|Ubuntu 22.04|iOS 17.2|Android 14|ChromeOS"))
    return join(
        f"**From:** {p.first} {p.last} · **Plan:** {r.choice(PLANS)} · **Received:** {dt:%Y-%m-%d}",
        "",
        r.choice(["### Summary", "### Description", "## Customer message", "#### Details"]),
        "",
        core,
        "",
        "### Environment",
        f"- App version: {r.randrange(1, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 9)}",
        f"- OS: {env}",
        f"- Account ID: `{digits(r, 8)}`",
        "",
        "---",
        f"_Created via Trackly email bridge · {rand_ref(r)}_",
    )


# --------------------------------------------------------------------------------------------
# channels: other


def ch_live_chat(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    t = dt
    v = p.first

    def tick(a: int, b: int) -> str:
        nonlocal t
        t += timedelta(seconds=r.randrange(a, b))
        return f"{t:%H:%M:%S}"

    greet = pick(r, AGENT_CHAT_GREET, v=v, brand=brand, agent=agent)
    if r.random() < 0.5:
        lines = [
            "ChatLantern transcript",
            f"Conversation ID: CL-{digits(r, 8)}",
            f"Visitor: {p.first} {p.last} ({p.email})",
            f"Started: {dt:%Y-%m-%d %H:%M} UTC · Duration: {r.randrange(2, 30)}m "
            f"{r.randrange(60)}s",
            f"Page: https://{brand_domain(brand)}/{r.choice(['pricing', 'account', 'help', ''])}",
            "----------------------------------------",
            f"[{tick(0, 5)}] *** {agent} joined the conversation",
            f"[{tick(1, 20)}] {agent}: {greet}",
        ]
        if r.random() < 0.4:
            lines.append(f"[{tick(5, 40)}] {v}: {r.choice(CUST_CHAT_SMALL)}")
        lines.append(f"[{tick(5, 90)}] {v}: {core}")
        lines.append(f"[{tick(10, 60)}] {agent}: {pick(r, AGENT_CHAT_ACK, v=v)}")
        if r.random() < 0.5:
            lines.append(f"[{tick(30, 200)}] {v}: {r.choice(CUST_CHAT_AFTER)}")
        lines += [
            f"[{tick(10, 300)}] *** {v} left the conversation",
            "----------------------------------------",
            f"Visitor rating: {r.randrange(1, 6)}/5",
        ]
        return join(*lines)
    lines = [f"— Parley Live · chat with {brand} —", f"{dt:%d/%m/%Y}"]
    if r.random() < 0.5:
        lines.append(f"{v} ({tick(0, 9)[:5]}): {r.choice(CUST_CHAT_SMALL)}")
    lines.append(f"{v} ({tick(3, 60)[:5]}): {core}")
    lines.append(f"Bot ({tick(1, 3)[:5]}): You are number {r.randrange(1, 9)} in the queue.")
    lines.append(f"{agent} ({tick(30, 400)[:5]}): {greet}")
    lines.append(f"{agent} ({tick(5, 60)[:5]}): {pick(r, AGENT_CHAT_ACK, v=v)}")
    return join(*lines)


def ch_chatbot(r: random.Random, core: str) -> str:
    _p, brand, _agent, _dt = ctx(r)
    lines = [
        f"BotForge · conversation {letters(r, 2)}{digits(r, 7)} · channel: "
        f"{r.choice(['web widget', 'WhatsApp', 'in-app', 'Messenger'])}",
        f"Nova: I'm Nova 🤖, the virtual assistant for {brand}.",
        "Nova: I can answer most questions about orders, payments and your account.",
    ]
    if r.random() < 0.5:
        lines += [
            "[buttons shown: Orders | Payments | Account | Something else]",
            "User clicked: Something else",
        ]
    lines.append(f"User: {core}")
    if r.random() < 0.6:
        lines += [
            f"Nova: I found {r.randrange(2, 5)} articles that may be related.",
            f"Nova: 📄 {r.choice(KB_TITLES)}",
            f"User: {r.choice(BOT_REACT)}",
        ]
    lines += [
        "Nova: I'm handing this conversation over to a human colleague. Estimated wait: "
        f"{r.randrange(1, 15)} min.",
        f'— handover to queue "{r.choice(GROUPS)}" · intent guess: unknown '
        f"(0.{r.randrange(10, 59)}) —",
    ]
    return join(*lines)


def ch_phone_notes(r: random.Random, core: str) -> str:
    p, _brand, agent, dt = ctx(r)
    pre = r.choice(["Cust called re: ", "Caller says: ", "C/O: ", "Customer: ", "", "Reason: "])
    if r.random() < 0.5:
        return join(
            f"CallLedger · {r.choice(['Inbound', 'Inbound', 'Outbound'])} call · "
            f"{dt:%d/%m/%Y %H:%M}",
            f"Caller: {p.first} {p.last} · {p.phone} · Acct {digits(r, 8)}",
            f"Rep: {agent} · Queue: {r.choice(GROUPS)} · Talk time "
            f"{r.randrange(1, 25):02d}:{r.randrange(60):02d}",
            f"ID&V: {r.choice(['passed (DOB + postcode)', 'passed (PIN)', 'not required'])}",
            "Notes:",
            pre + core,
            pick(r, CALL_AGENT_NOTES),
            f"Outcome: {pick(r, CALL_OUTCOMES)}",
            f"Wrap-up code: {r.choice(WRAP_CODES)}",
        )
    return join(
        f"Call note – {p.first} {p.last[0]}. – {d_short(dt)}",
        f"{pick(r, CALL_AGENT_NOTES)} {pre}{core}",
        f"// {agent.split()[0].lower()}",
    )


def ch_phone_transcript(r: random.Random, core: str) -> str:
    _p, brand, agent, _dt = ctx(r)
    said = core.lower() if r.random() < 0.5 else core
    t = r.randrange(1, 4)
    lines = [
        f"Voxnote · automatic transcript · call {digits(r, 10)}",
        f"Duration {r.randrange(1, 20):02d}:{r.randrange(60):02d} · Language "
        f"{r.choice(['en-GB', 'en-US', 'en-IE', 'en-AU'])} · Confidence 0.{r.randrange(61, 98)}",
        "Speaker labels are assigned automatically.",
        "",
        f"[00:00:{t:02d}] Speaker 1: " + pick(r, PHONE_OPEN, brand=brand, agent=agent.split()[0]),
    ]
    t += r.randrange(3, 8)
    lines.append(f"[00:00:{t:02d}] Speaker 2: {r.choice(FILLERS)}{said}")
    t += r.randrange(5, 20)
    lines.append(f"[00:00:{t:02d}] Speaker 1: {pick(r, AGENT_CHAT_ACK, v='')}".replace(", .", "."))
    if r.random() < 0.5:
        t += r.randrange(5, 20)
        lines.append(f"[00:00:{t:02d}] Speaker 2: {r.choice(['okay', 'yeah', 'mm-hm', 'sure'])}")
    return join(*lines)


def ch_voicemail(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    tail = r.choice(
        [
            "",
            f" My number is {p.phone}.",
            " I'll try again tomorrow.",
            f" It's {p.first} by the way.",
            " Bye.",
        ]
    )
    return join(
        "New voicemail · Ringo Voice",
        f"From: {p.phone} ({p.first + ' ' + p.last if r.random() < 0.6 else 'Unknown caller'})",
        f"Received: {d_rfc(dt, '')}".rstrip() + f" · Length: 0:{r.randrange(10, 59)}",
        f"Mailbox: {brand} {r.choice(GROUPS)}",
        "Transcription (may contain errors):",
        f'"{r.choice(FILLERS)}{core}{tail}"',
    )


def ch_app_review(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    nick = r.choice(
        [
            f"{ascii_slug(p.first)}{r.randrange(1, 999)}",
            f"{p.first} {p.last[0]}.",
            f"{ascii_slug(p.last)}_{r.randrange(10, 99)}",
            "A Google user",
        ]
    )
    stars = r.randrange(1, 5)
    extra = " " + pick(r, REVIEW_EXTRA) if r.random() < 0.5 else ""
    resp = (
        join(
            "",
            f"Developer Response · {d_short(dt + timedelta(days=r.randrange(1, 9)))}",
            pick(r, DEV_RESPONSES, nick=nick.split()[0], bdomain=brand_domain(brand)),
        )
        if r.random() < 0.4
        else None
    )
    if r.random() < 0.5:
        return join(
            f"{'★' * stars}{'☆' * (5 - stars)}  {r.choice(REVIEW_TITLES)}",
            f"{nick} – {dt:%d.%m.%Y} – Version {r.randrange(1, 9)}.{r.randrange(0, 20)}",
            core + extra,
            resp,
        )
    return join(
        nick,
        f"{stars} star{'s' if stars > 1 else ''} · {d_short(dt)}",
        core + extra,
        f"{r.randrange(0, 300)} people found this review helpful",
        resp,
    )


def ch_review_site(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    stars = r.randrange(1, 6)
    return join(
        f"{p.first} {p.last[0]}.",
        f"{r.choice(['DE', 'FR', 'ES', 'IT', 'PT', 'NL', 'PL', 'SE', 'GB', 'IE'])} · "
        f"{r.randrange(1, 40)} reviews",
        f"Rated {stars} out of 5 stars",
        d_short(dt),
        r.choice(REVIEW_TITLES),
        core,
        f"Date of experience: {d_short(dt - timedelta(days=r.randrange(0, 30)))}",
        f"Useful {r.randrange(0, 40)} · Share",
        f"ReviewHarbor · verified review of {brand}" if r.random() < 0.7 else None,
    )


def ch_survey(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    score = r.randrange(0, 11)
    if r.random() < 0.6:
        return join(
            f'PulseQ response #{digits(r, 6)} · Survey: "{pick(r, SURVEY_NAMES)}" · '
            f"Completed {dt:%Y-%m-%d %H:%M}",
            f"Respondent: {p.email} · Segment: {r.choice(PLANS)}",
            "",
            f"Q1 How likely are you to recommend {brand} to a friend or colleague? (0-10)",
            f"A: {score}",
            "Q2 What is the main reason for your score?",
            f"A: {core}",
            "Q3 May we contact you about your feedback?",
            f"A: {r.choice(['Yes', 'No', '(skipped)'])}",
        )
    return join(
        f"Formly · {brand} support survey",
        f"Submitted: {d_short(dt)}",
        f"Rating: {r.randrange(1, 6)}/5",
        "Comment:",
        core,
        f"Ticket: {rand_ref(r)}",
    )


def ch_community(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    nick = r.choice(
        [
            f"{ascii_slug(p.first)}{r.randrange(1, 999)}",
            f"{p.first}_{p.last[0]}",
            f"u/{ascii_slug(p.last)}{r.randrange(10, 99)}",
        ]
    )
    extra = "\n\n" + pick(r, REVIEW_EXTRA) if r.random() < 0.3 else ""
    return join(
        f"{pick(r, FORUMS, brand=brand)} › {r.choice(FORUM_CATS)} › {r.choice(THREAD_TITLES)}",
        f"{nick}  {r.choice(RANKS)}  · {r.randrange(1, 400)} posts",
        f"Posted {d_short(dt)} {dt:%H:%M}",
        "",
        core + extra,
        "",
        f"Tags: {', '.join(r.sample(TAGS, 2))}",
        f"{r.randrange(0, 30)} replies · {r.randrange(5, 3000)} views · Accepted solution: none",
    )


def ch_social(r: random.Random, core: str) -> str:
    p, brand, _agent, dt = ctx(r)
    handle = f"@{ascii_slug(p.first)}{r.choice(['', '_', '.'])}{ascii_slug(p.last)[:4]}"
    bh = f"@{ascii_slug(brand).capitalize()}{r.choice(['Help', 'Support', 'Care', ''])}"
    tag = r.choice(HASHTAGS)
    if r.random() < 0.6:
        return join(
            f"{p.first} {p.last[0]}. {handle} · {d_short(dt)}",
            f"Replying to {bh}" if r.random() < 0.4 else None,
            f"{bh} {core} {tag}".rstrip(),
            f"{dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'} · {d_short(dt)} · "
            f"{r.choice(['Twitter for Android', 'Twitter for iPhone', 'Web App'])}",
            f"{r.randrange(0, 50)} Reposts  {r.randrange(0, 300)} Likes",
        )
    return join(
        f"Comment on {brand}'s post · {d_short(dt)}",
        f"{p.first} {p.last}",
        core,
        f"Like · Reply · {r.randrange(1, 23)}h",
    )


def ch_crm(r: random.Random, core: str) -> str:
    p, _brand, agent, dt = ctx(r)
    if r.random() < 0.5:
        return join(
            "PipeCRM · Activity log",
            f"Account: {p.company} ({r.choice(INDUSTRIES)}, {r.randrange(5, 5000)} employees)",
            f"Contact: {p.first} {p.last}, {p.title}",
            f"Opportunity: {p.company} – {r.choice(['Renewal', 'Upsell', 'New business'])} "
            f"FY{r.randrange(20, 27)} · Stage: {r.choice(CRM_STAGES)} · Amount: "
            f"{r.choice(['€', '$', '£'])}{r.randrange(2, 400)},{r.randrange(100, 999)}",
            f"Activity type: {r.choice(['Call', 'Meeting', 'Email'])} · Owner: {agent} · "
            f"{dt:%Y-%m-%d}",
            "Note:",
            f"Spoke with {p.first}. {core}",
            f"Next step: {pick(r, CRM_NEXT, first=p.first)}",
        )
    return join(
        f"DealDesk note · {p.company} · {d_short(dt)}",
        f"Met {p.first} ({p.title}) at {r.choice(['their office', 'the trade fair', 'lunch'])}.",
        core,
        pick(r, CRM_NEXT, first=p.first),
        f"— {agent}",
    )


def ch_messaging(r: random.Random, core: str) -> str:
    p, brand, agent, dt = ctx(r)
    t = dt

    def ts() -> str:
        nonlocal t
        t += timedelta(seconds=r.randrange(5, 240))
        return f"{t:%d/%m/%Y, %H:%M:%S}"

    if r.random() < 0.6:
        lines = [f"[{ts()}] {brand}: {WA_SYSTEM}"]
        if r.random() < 0.5:
            lines.append(f"[{ts()}] {p.first} {p.last}: {r.choice(CUST_CHAT_SMALL)}")
        lines.append(f"[{ts()}] {p.first} {p.last}: {core}")
        lines.append(f"[{ts()}] {brand}: {pick(r, AGENT_CHAT_ACK, v=p.first)}")
        return join(*lines)
    return join(
        f"SMS thread · {p.phone} ↔ {brand} ({r.randrange(10000, 99999)})",
        f"{t:%H:%M} {brand}: Your {brand} code is {digits(r, 6)}.",
        f"{(t + timedelta(minutes=r.randrange(1, 300))):%H:%M} {p.first}: {core}",
        f"{(t + timedelta(minutes=r.randrange(300, 600))):%H:%M} {brand} ({agent.split()[0]}): "
        f"{pick(r, AGENT_CHAT_ACK, v=p.first)}",
    )


# name -> (weight, builder)
CHANNELS: dict[str, tuple[int, Callable[[random.Random, str], str]]] = {
    "email_plain": (8, ch_email_plain),
    "email_mobile": (4, ch_email_mobile),
    "email_intl": (6, ch_email_intl),
    "email_reply_quoted": (7, ch_email_reply_quoted),
    "email_reply_outlook": (6, ch_email_reply_outlook),
    "email_forward": (5, ch_email_forward),
    "email_autoack_thread": (4, ch_email_autoack_thread),
    "email_html": (4, ch_email_html),
    "webform_notification": (5, ch_webform),
    "ticket_view": (6, ch_ticket_view),
    "ticket_export": (3, ch_ticket_export),
    "ticket_notification": (5, ch_ticket_notification),
    "ticket_escalation": (3, ch_ticket_escalation),
    "ticket_markdown": (4, ch_ticket_markdown),
    "live_chat": (4, ch_live_chat),
    "chatbot": (3, ch_chatbot),
    "phone_notes": (3, ch_phone_notes),
    "phone_transcript": (3, ch_phone_transcript),
    "voicemail": (2, ch_voicemail),
    "app_review": (3, ch_app_review),
    "review_site": (2, ch_review_site),
    "survey": (3, ch_survey),
    "community_post": (2, ch_community),
    "social_post": (2, ch_social),
    "crm_note": (2, ch_crm),
    "messaging_export": (1, ch_messaging),
}
EMAIL_TICKET = {k for k in CHANNELS if k.startswith(("email_", "ticket_", "webform_"))}
_NAMES = list(CHANNELS)
_WEIGHTS = [CHANNELS[k][0] for k in _NAMES]


# --------------------------------------------------------------------------------------------
# driver


def wrap_row(text: str, q: Req, index: Index, seed: int) -> tuple[str, str, bool, bool]:
    """Return (out_text, channel, typo, fell_back)."""
    r = random.Random(seed)
    if not q.toks or r.random() < RAW_SHARE:
        return text, "raw", False, False
    name = ""
    for attempt in range(MAX_ATTEMPTS):
        surface = make_surface(r, q)
        if attempt % SAME_CHANNEL_TRIES == 0:
            name = r.choices(_NAMES, _WEIGHTS)[0]
        core = make_core(r, surface)
        out = CHANNELS[name][1](r, core)
        err, typo = check_text(out, q, index)
        if err is None:
            return out, name, typo, False
    return text, "raw", False, True


def read_rows(path: str, text_col: str, label_col: str) -> list[tuple[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames is None or text_col not in rd.fieldnames or label_col not in rd.fieldnames:
            raise SystemExit(f"{path}: needs columns {text_col!r} and {label_col!r}")
        return [(row[text_col] or "", row[label_col] or "") for row in rd]


def generate(rows: list[tuple[str, str]], seed: int) -> tuple[list[tuple[str, str, str]], dict]:
    reqs = [Req(t) for t, _ in rows]
    index = Index(reqs)
    master = random.Random(seed)
    out: list[tuple[str, str, str]] = []
    stats = {"fallback": 0, "typo": 0, "no_words": 0}
    for (text, label), q in zip(rows, reqs, strict=True):
        sub = master.getrandbits(64)
        new, ch, typo, fell = wrap_row(text, q, index, sub)
        stats["fallback"] += fell
        stats["typo"] += typo
        stats["no_words"] += not q.toks
        out.append((new, label, ch))
    return out, stats


def verify(src: str, dst: str, text_col: str, label_col: str, seed: int) -> bool:
    rows = read_rows(src, text_col, label_col)
    with open(dst, newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["text", "label", "channel"]:
            print(f"FAIL: output columns are {rd.fieldnames}")
            return False
        got = [(row["text"], row["label"], row["channel"]) for row in rd]
    errors: list[str] = []
    if len(got) != len(rows):
        errors.append(f"row count {len(got)} != {len(rows)}")
    reqs = [Req(t) for t, _ in rows]
    index = Index(reqs)
    counts: Counter[str] = Counter()
    typos = 0
    for i, ((stext, slabel), q, (text, label, ch)) in enumerate(
        zip(rows, reqs, got[: len(rows)], strict=False)
    ):
        counts[ch] += 1
        if label != slabel:
            errors.append(f"row {i}: label changed")
        if ch == "raw":
            if text != stext:
                errors.append(f"row {i}: raw row not verbatim")
            continue
        if ch not in CHANNELS:
            errors.append(f"row {i}: unknown channel {ch!r}")
            continue
        err, typo = check_text(text, q, index)
        if err is not None:
            errors.append(f"row {i} ({ch}): {err}")
        typos += typo
    again, _ = generate(rows, seed)
    if again != got:
        errors.append("output is not reproducible from source + seed")
    total = sum(counts.values())
    wrapped = total - counts["raw"]
    print(
        f"verify: {total} rows, {wrapped} wrapped ({100 * wrapped / max(total, 1):.1f}%), "
        f"{typos} with typo ({100 * typos / max(wrapped, 1):.1f}% of wrapped)"
    )
    et = sum(v for k, v in counts.items() if k in EMAIL_TICKET)
    print(f"  e-mail/ticket share of wrapped: {100 * et / max(wrapped, 1):.1f}%")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:22s} {v:6d}  {100 * v / max(total, 1):5.1f}%")
    for e in errors[:20]:
        print("  ERROR", e)
    print("verify: PASS" if not errors else f"verify: FAIL ({len(errors)} problems)")
    return not errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = read_rows(a.src, a.text_col, a.label_col)
    out, stats = generate(rows, a.seed)
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "channel"])
        w.writerows(out)
    n_raw = sum(1 for _, _, c in out if c == "raw")
    print(
        f"wrote {len(out)} rows to {a.out} ({len(out) - n_raw} wrapped, {n_raw} raw, "
        f"{stats['fallback']} fell back to raw after {MAX_ATTEMPTS} attempts, "
        f"{stats['no_words']} without any word kept raw, {stats['typo']} typos) "
        f"in {time.perf_counter() - t0:.1f}s"
    )
    if a.verify:
        ok = verify(a.src, a.out, a.text_col, a.label_col, a.seed)
        print(f"total time {time.perf_counter() - t0:.1f}s")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
