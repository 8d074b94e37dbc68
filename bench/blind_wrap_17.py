"""Wrap short customer requests in realistic channel envelopes (benchmark data generator).

Reads a CSV with columns ``text,label`` (one short customer request per row) and writes a CSV
with columns ``text,label,channel``: the same rows in the same order, labels unchanged. About
``--share`` of the rows are wrapped the way real channels deliver customer feedback to a
product or support team: e-mails (greetings, sign-offs and signature blocks in nine
languages, replies above quoted history, forwards, HTML bodies, auto-replies and bounces),
helpdesk notifications and ticket threads, Jira and CRM records, chat and messenger
transcripts, call notes, app-store and review-site reviews, survey answers, in-app feedback,
forum and feature-portal posts, Slack/Teams relays, JSON exports and web-form submissions.
The remaining rows are kept unchanged with channel ``plain``.

Inside a wrapped text the row's own request appears verbatim or with one realistic change:
a one-letter typo in one word (about 20% of wrapped rows), a capitalised first letter, an
added "?" or ".", or a short lead-in on the same line. Some envelopes also quote an earlier,
different request (taken from another row) that was already answered; the row's request is
always the new part.

The output is deterministic for a given seed (one ``random.Random(seed)``); standard library
only.

Usage:
    python bench/blind_wrap_17.py IN.csv OUT.csv [--seed 17] [--share 0.75]
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


def table(spec: str) -> dict[str, list[str]]:
    """Parse a phrase table.

    Each line is ``key: item | item | ...``; a line starting with ``|`` adds more items to the
    previous key and a line starting with ``+`` continues the previous item after a space.
    """
    out: dict[str, list[str]] = {}
    key = ""
    for raw in spec.strip().splitlines():
        line = raw.strip()
        if line.startswith("+"):
            out[key][-1] += " " + line[1:].strip()
            continue
        if not line.startswith("|"):
            key, _, line = line.partition(":")
            key = key.strip()
        items = [p.strip() for p in line.split("|") if p.strip()]
        out.setdefault(key, []).extend(items)
    return out


LANGS = ["en", "de", "fr", "es", "nl", "it", "pt", "sv", "pl"]
LANG_WEIGHTS = [55, 9, 8, 7, 6, 5, 4, 3, 3]

FIRST_NAMES = table("""
en: James | Olivia | Priya | Michael | Sarah | David | Emily | Daniel | Aisha | Tom | Rachel
  | Kevin | Grace | Marcus | Hannah | Wei | Fatima | Liam | Chloe | Ben
de: Lukas | Anna | Jonas | Lea | Felix | Katrin | Stefan | Julia | Matthias | Sabine
fr: Camille | Julien | Élodie | Nicolas | Manon | Thomas | Sophie | Hélène
es: Lucía | Javier | Carmen | Diego | Sofía | Pablo | Marta | Álvaro
nl: Daan | Sanne | Bram | Lotte | Ruben | Eva | Joost | Femke
it: Giulia | Marco | Francesca | Luca | Chiara | Alessandro | Paola
pt: João | Beatriz | Pedro | Mariana | Rafael | Ana | Inês
sv: Erik | Emma | Johan | Maja | Oskar | Elin | Linnea
pl: Piotr | Katarzyna | Tomasz | Agnieszka | Michał | Magdalena
""")
LAST_NAMES = table("""
en: Smith | Patel | Johnson | O'Brien | Nguyen | Walker | Brown | Khan | Taylor | Murphy | Chen
  | Williams | Davies | Okafor | Reyes | Fischer
de: Müller | Schmidt | Weber | Becker | Hoffmann | Schäfer | Wagner | Krüger
fr: Martin | Bernard | Dubois | Lefèvre | Moreau | Laurent | Girard
es: García | Fernández | López | Martínez | Sánchez | Romero | Navarro
nl: de Vries | Jansen | van Dijk | Bakker | Visser | de Jong | Smit
it: Rossi | Bianchi | Romano | Colombo | Ricci | Esposito | Greco
pt: Silva | Santos | Oliveira | Costa | Ferreira | Pereira | Almeida
sv: Johansson | Andersson | Karlsson | Nilsson | Lindqvist | Berg
pl: Nowak | Kowalski | Wiśniewski | Wójcik | Kamiński | Lewandowski
""")
COMPANIES = table("""
en: Acme Logistics | Northwind Traders | Bluefin Analytics | Harbor & Pine | Crestline Dental
  | Summit Realty Group | Oakridge Schools | Pixel Forge Studio | Greenleaf Catering Ltd
  | Meridian Health Partners
de: Hansa Logistik AG | Brandt & Söhne KG | Müller Maschinenbau GmbH | Nordlicht IT
fr: Lumière Conseil SAS | Atelier Dubois | Transports Girard SARL
es: Grupo Alameda S.L. | Construcciones Ibérica S.A. | Clínica Dental Sonrisa
nl: Van Dijk Installatietechniek B.V. | Groen Wonen B.V. | Bakkerij Visser
it: Ferri Costruzioni S.r.l. | Studio Bianchi | Trattoria Da Luca
pt: Atlântico Seguros Lda. | Costa & Filhos | Padaria Lisboeta
sv: Norrsken Bygg AB | Fjällvind Konsult AB | Berg Redovisning
pl: Wisła Logistyka Sp. z o.o. | Kowalski i Wspólnicy | Piekarnia Nowak
""")
TLD = dict(en="com", de="de", fr="fr", es="es", nl="nl", it="it", pt="pt", sv="se", pl="pl")
FREEMAIL = table("""
en: gmail.com | outlook.com | yahoo.com | icloud.com | hotmail.co.uk
de: gmail.com | web.de | gmx.de | t-online.de
fr: gmail.com | orange.fr | free.fr | laposte.net
es: gmail.com | hotmail.es | yahoo.es
nl: gmail.com | ziggo.nl | kpnmail.nl
it: gmail.com | libero.it | virgilio.it
pt: gmail.com | sapo.pt | hotmail.com
sv: gmail.com | telia.com | outlook.com
pl: gmail.com | wp.pl | onet.pl | interia.pl
""")
VENDORS: list[tuple[str, str]] = [
    ("Brightwave", "brightwave.io"),
    ("Nimbly", "nimbly.app"),
    ("Homelink", "homelink.com"),
    ("Ledgerly", "ledgerly.co"),
    ("Tallybank", "tallybank.com"),
    ("Orbit Home", "orbithome.io"),
    ("Koala Pay", "koalapay.com"),
    ("Fernway", "fernway.com"),
]
AGENT_NAMES = "Tom Sam Alex Jamie Nina Carlos Mia Jordan Leah Omar Ravi Zoe".split()
LEAD_INS = table("""
en: Quick one: | Also - | Question: | Hi, | One more thing: | Hey,
de: Kurze Frage: | Noch was: | Frage: | Hallo,
fr: Petite question : | Autre chose : | Question :
es: Una pregunta: | Otra cosa: | Consulta:
nl: Korte vraag: | Nog iets: | Vraagje:
it: Domanda veloce: | Un'altra cosa: | Domanda:
pt: Uma pergunta: | Outra coisa: | Dúvida:
sv: Snabb fråga: | En sak till: | Fråga:
pl: Szybkie pytanie: | Jeszcze jedno: | Pytanie:
""")
TAILS = [" thanks!!", " 🙏", " thx", " :)", " pls", " thanks in advance", "??", " 😊"]
QUESTION_WORDS = frozenset(
    "what what's whats how can could is are do does did will would should why when where "
    "who which may am have has".split()
)

GREETINGS = table("""
en: Hi, | Hello, | Hi there, | Hey team, | Dear Support Team, | Good morning, | Hi {agent},
  | To whom it may concern, | Hello {vendor} team,
de: Hallo, | Guten Tag, | Sehr geehrte Damen und Herren, | Hallo {agent}, | Moin,
  | Liebes {vendor}-Team,
fr: Bonjour, | Bonjour {agent}, | Madame, Monsieur, | Salut, | Bonjour à l'équipe {vendor},
es: Hola, | Buenos días, | Estimado equipo de soporte: | Hola {agent}, | Buenas tardes,
nl: Hallo, | Beste, | Goedemorgen, | Beste {agent}, | Hoi,
it: Ciao, | Buongiorno, | Gentile assistenza, | Salve, | Ciao {agent},
pt: Olá, | Bom dia, | Prezados, | Oi {agent}, | Boa tarde,
sv: Hej, | Hej {agent}! | Hallå, | God morgon,
pl: Dzień dobry, | Witam, | Cześć, | Szanowni Państwo,
""")
SIGNOFFS = table("""
en: Thanks, | Thanks! | Best, | Kind regards, | Cheers, | Best regards, | Many thanks, | Thx
  | Regards,
de: Viele Grüße | Mit freundlichen Grüßen | Beste Grüße | LG | Danke und Gruß
fr: Cordialement, | Merci d'avance, | Bien à vous, | Bonne journée, | Merci !
es: Saludos, | Un saludo, | Gracias, | Atentamente, | Muchas gracias,
nl: Met vriendelijke groet, | Groetjes, | Alvast bedankt, | Groet,
it: Cordiali saluti, | Grazie, | Saluti, | Grazie mille,
pt: Obrigado, | Atenciosamente, | Abraços, | Cumprimentos,
sv: Mvh | Hälsningar, | Tack på förhand! | Vänliga hälsningar,
pl: Pozdrawiam, | Z poważaniem, | Dziękuję, | Pozdrawiam serdecznie,
""")
FILLERS = table("""
en: We've been customers for about two years now.
  | Not urgent, but it would be great to hear back this week.
  | I tried looking in the help centre but couldn't find anything.
  | Sorry if this has been asked before. | Thanks in advance for your help.
  | Our account is registered under this email address. | I'm writing on behalf of our team.
de: Wir nutzen euer Produkt seit etwa einem Jahr. | Ist nicht dringend, wäre aber gut zu wissen.
  | Im Hilfe-Center habe ich dazu nichts gefunden. | Vielen Dank im Voraus!
fr: Nous utilisons votre service depuis l'an dernier.
  | Ce n'est pas urgent, mais merci de me tenir au courant.
  | Je n'ai rien trouvé dans le centre d'aide. | Merci d'avance pour votre aide.
es: Somos clientes desde hace un año. | No es urgente, pero agradecería una respuesta.
  | No encontré nada en el centro de ayuda. | Gracias de antemano.
nl: We gebruiken jullie dienst sinds vorig jaar. | Niet dringend, maar graag een reactie.
  | Ik kon niets vinden in het helpcentrum. | Alvast bedankt voor de hulp.
it: Siamo clienti da circa un anno. | Non è urgente, ma gradirei una risposta.
  | Non ho trovato nulla nel centro assistenza. | Grazie in anticipo.
pt: Somos clientes há cerca de um ano. | Não é urgente, mas agradeço um retorno.
  | Não encontrei nada na central de ajuda. | Desde já agradeço.
sv: Vi har varit kunder i ungefär ett år. | Inte brådskande, men vore bra att veta.
  | Jag hittade inget i hjälpcentret. | Tack på förhand.
pl: Jesteśmy klientami od około roku. | To nic pilnego, ale proszę o odpowiedź.
  | Nie znalazłem nic w centrum pomocy. | Z góry dziękuję.
""")
INTROS = table("""
en: I have a question: | Quick question for you: | Could you help me with this?
de: Ich hätte eine Frage: | Kurze Frage: | Könnt ihr mir hierbei helfen?
fr: J'ai une question : | Pourriez-vous m'aider ?
es: Tengo una consulta: | ¿Me podéis ayudar con esto?
nl: Ik heb een vraag: | Kunnen jullie me hiermee helpen?
it: Ho una domanda: | Potete aiutarmi?
pt: Tenho uma dúvida: | Podem me ajudar com isto?
sv: Jag har en fråga: | Kan ni hjälpa mig med detta?
pl: Mam pytanie: | Czy możecie mi pomóc?
""")
SUBJECTS = table("""
en: Question | Quick question | Help needed | Account question | Support request | (no subject)
  | Question about my account | URGENT | Help please!!
de: Frage | Anfrage | Kurze Frage zu meinem Konto | Supportanfrage
fr: Question | Demande d'assistance | Question sur mon compte
es: Consulta | Pregunta | Solicitud de soporte
nl: Vraag | Vraagje | Vraag over mijn account
it: Domanda | Richiesta di assistenza | Informazioni
pt: Dúvida | Solicitação | Pergunta sobre a minha conta
sv: Fråga | Supportärende | Fråga om mitt konto
pl: Pytanie | Zapytanie | Pytanie dotyczące konta
""")
MOBILE_FOOTERS = table("""
en: Sent from my iPhone | Sent from my Galaxy | Get Outlook for Android | Get Outlook for iOS
  | Sent from Mail for Windows | Sent from Yahoo Mail on Android | Sent from my iPad
de: Von meinem iPhone gesendet | Outlook für Android herunterladen | Gesendet von Mail für Windows
fr: Envoyé de mon iPhone | Obtenir Outlook pour Android | Envoyé de mon Samsung
es: Enviado desde mi iPhone | Obtener Outlook para Android
nl: Verzonden vanaf mijn iPhone | Outlook voor Android downloaden
it: Inviato da iPhone | Scarica Outlook per Android
pt: Enviado do meu iPhone | Obter o Outlook para Android
sv: Skickat från min iPhone | Hämta Outlook för Android
pl: Wysłane z iPhone'a | Pobierz Outlook dla systemu Android
""")
TITLES = table("""
en: Operations Manager | Head of Finance | Office Manager | IT Administrator | Founder & CEO
  | Customer Success Lead | Senior Accountant
de: Leitung Buchhaltung | Geschäftsführung | IT-Administration | Teamleitung Einkauf
fr: Responsable administratif | Gérant | Chef de projet
es: Dirección de Operaciones | Administración | Gerencia
nl: Office manager | Directeur | Financieel medewerker
it: Responsabile amministrativo | Titolare | Project manager
pt: Direção Financeira | Operações | Sócio-gerente
sv: Ekonomichef | VD | Kontorsansvarig
pl: Kierownik biura | Prezes Zarządu | Specjalista ds. IT
""")
ADDRESSES = table("""
en: 221 Market Street, Suite 400, San Francisco, CA 94105
  | 14 Deansgate, Manchester M3 2BA, United Kingdom
  | 500 Boylston St, Floor 8 · Boston, MA 02116 | Level 3, 88 George St, Sydney NSW 2000
de: Leopoldstraße 42, 80802 München | Speicherstadt 5 · 20457 Hamburg
fr: 12 rue de la République, 69002 Lyon | 45 avenue de l'Opéra, 75002 Paris
es: Calle de Alcalá 120, 28009 Madrid | Passeig de Gràcia 55, 08007 Barcelona
nl: Keizersgracht 221, 1016 DV Amsterdam | Coolsingel 40, 3011 AD Rotterdam
it: Via Roma 15, 20121 Milano | Corso Vittorio Emanuele II 80, 10121 Torino
pt: Av. da Liberdade 110, 1250-146 Lisboa | Rua de Santa Catarina 200, 4000-442 Porto
sv: Drottninggatan 33, 111 51 Stockholm | Kungsportsavenyen 10, 411 36 Göteborg
pl: ul. Marszałkowska 84, 00-514 Warszawa | ul. Floriańska 12, 31-021 Kraków
""")
PHONE_FORMATS = table("""
en: +1 (415) 555-0{3} | +44 20 7946 0{3} | (617) 555-0{3} | +44 7700 900{3}
de: +49 89 {4} {3} | +49 (0)40 {3} {4} | 0171 {7}
fr: +33 1 {2} {2} {2} {2} | 06 {2} {2} {2} {2}
es: +34 91 {3} {2} {2} | +34 6{2} {3} {3}
nl: +31 20 {3} {4} | 06-{8}
it: +39 02 {4} {4} | +39 3{2} {3} {4}
pt: +351 21 {3} {4} | +351 91 {3} {4}
sv: +46 8 {3} {2} {2} | 070-{3} {2} {2}
pl: +48 22 {3} {2} {2} | +48 5{2} {3} {3}
""")
DISCLAIMERS = table("""
en: CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely
  + for the addressee. If you have received it in error, please notify the sender and delete it.
  + Any unauthorised use or disclosure is prohibited.
  | Please consider the environment before printing this email.
  | This message may contain privileged information. Registered in England and Wales, company
  + no. 0{6}. Registered office as above.
de: Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
  + nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten
  + Sie diese E-Mail.
  | Geschäftsführer: {name} · Amtsgericht München HRB {6} · USt-IdNr. DE{9}
fr: Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention
  + exclusive de ses destinataires. Toute utilisation non conforme est interdite.
  | Pensez à l'environnement avant d'imprimer ce message.
es: Este mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario,
  + le rogamos que lo comunique al remitente y lo elimine.
  | Antes de imprimir este correo, piense en el medio ambiente.
nl: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de
  + geadresseerde, verwijder het bericht dan en informeer de afzender. KvK {8}
it: Questo messaggio e i suoi allegati sono indirizzati esclusivamente al destinatario. Se lo
  + avete ricevuto per errore, vi preghiamo di eliminarlo. P.IVA {11}
pt: Esta mensagem e os seus anexos são confidenciais. Se não for o destinatário, por favor
  + apague-a e informe o remetente. NIF {9}
sv: Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är rätt
  + mottagare, vänligen meddela avsändaren och radera meddelandet. Org.nr 55{4}-{4}
pl: Ta wiadomość może zawierać informacje poufne. Jeżeli nie są Państwo jej adresatem, prosimy
  + o powiadomienie nadawcy i usunięcie wiadomości. NIP {3}-{3}-{2}-{2}
""")
WEEKDAYS = table("""
en: Mon | Tue | Wed | Thu | Fri | Sat | Sun
de: Mo. | Di. | Mi. | Do. | Fr. | Sa. | So.
fr: lun. | mar. | mer. | jeu. | ven. | sam. | dim.
es: lun | mar | mié | jue | vie | sáb | dom
nl: ma | di | wo | do | vr | za | zo
it: lun | mar | mer | gio | ven | sab | dom
pt: seg. | ter. | qua. | qui. | sex. | sáb. | dom.
sv: mån | tis | ons | tors | fre | lör | sön
pl: pon. | wt. | śr. | czw. | pt. | sob. | niedz.
""")
MONTHS = table("""
en: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec
de: Jan. | Feb. | März | Apr. | Mai | Juni | Juli | Aug. | Sept. | Okt. | Nov. | Dez.
fr: janv. | févr. | mars | avr. | mai | juin | juil. | août | sept. | oct. | nov. | déc.
es: ene | feb | mar | abr | may | jun | jul | ago | sept | oct | nov | dic
nl: jan | feb | mrt | apr | mei | jun | jul | aug | sep | okt | nov | dec
it: gen | feb | mar | apr | mag | giu | lug | ago | set | ott | nov | dic
pt: jan. | fev. | mar. | abr. | mai. | jun. | jul. | ago. | set. | out. | nov. | dez.
sv: jan. | feb. | mars | apr. | maj | juni | juli | aug. | sep. | okt. | nov. | dec.
pl: sty | lut | mar | kwi | maj | cze | lip | sie | wrz | paź | lis | gru
""")
WROTE = table("""
en: On {wd}, {d} {mon} {y} at {hm}, {name} <{email}> wrote:
  | On {mon} {d}, {y}, at {hm}, {name} <{email}> wrote:
de: Am {wd}, {d}. {mon} {y} um {hm} Uhr schrieb {name} <{email}>:
  | Am {dd}.{mm}.{y} um {hm} schrieb {name} <{email}>:
fr: Le {wd} {d} {mon} {y} à {hm}, {name} <{email}> a écrit :
es: El {wd}, {d} {mon} {y} a las {hm}, {name} (<{email}>) escribió:
nl: Op {wd} {d} {mon} {y} om {hm} schreef {name} <{email}>:
it: Il giorno {wd} {d} {mon} {y} alle ore {hm} {name} <{email}> ha scritto:
pt: Em {wd}, {d} de {mon} de {y} às {hm}, {name} <{email}> escreveu:
sv: Den {wd} {d} {mon} {y} kl {hm} skrev {name} <{email}>:
pl: {wd}, {d} {mon} {y} o {hm} {name} <{email}> napisał(a):
""")
HEADER_LABELS = table("""
en: From | Sent | To | Subject | Date
de: Von | Gesendet | An | Betreff | Datum
fr: De | Envoyé | À | Objet | Date
es: De | Enviado | Para | Asunto | Fecha
nl: Van | Verzonden | Aan | Onderwerp | Datum
it: Da | Inviato | A | Oggetto | Data
pt: De | Enviado | Para | Assunto | Data
sv: Från | Skickat | Till | Ämne | Datum
pl: Od | Wysłano | Do | Temat | Data
""")
PREFIXES = table("""
en: RE | FW
de: AW | WG
fr: RE | TR
es: RE | RV
nl: RE | FW
it: R | I
pt: RES | ENC
sv: SV | VB
pl: Odp | PD
""")
FWD_MARKS = table("""
en: ---------- Forwarded message --------- | Begin forwarded message:
de: ---------- Weitergeleitete Nachricht --------- | Anfang der weitergeleiteten Nachricht:
fr: ---------- Message transféré --------- | Début du message réexpédié :
es: ---------- Mensaje reenviado --------- | Inicio del mensaje reenviado:
nl: ---------- Doorgestuurd bericht --------- | Begin doorgestuurd bericht:
it: ---------- Messaggio inoltrato --------- | Inizio messaggio inoltrato:
pt: ---------- Mensagem encaminhada --------- | Início da mensagem reencaminhada:
sv: ---------- Vidarebefordrat meddelande --------- | Vidarebefordrat brev:
pl: ---------- Przekazana wiadomość --------- | Początek przekazanej wiadomości:
""")
FWD_NOTES = table("""
en: Hi team, see below from one of our customers. Can someone take a look?
  | FYI - forwarding this from {company}. Could you get back to them directly?
  | Forwarding a customer email, see below. Thanks!
  | Hey, this landed in my inbox instead of support. Can you pick it up?
  | See below from {company} - not sure who owns this, please advise.
de: Hallo zusammen, siehe unten - Anfrage von einem Kunden. Könnt ihr euch das anschauen?
  | Zur Info: Kundenanfrage von {company}, siehe unten. Danke!
fr: Bonjour, voir ci-dessous la demande d'un client. Pouvez-vous regarder ?
  | Pour info, message de {company} ci-dessous.
es: Hola, os reenvío la consulta de un cliente. ¿Podéis revisarla?
  | Para vuestra información, mensaje de {company} abajo.
nl: Hoi, zie hieronder een vraag van een klant. Kunnen jullie hiernaar kijken?
it: Ciao, vedi sotto la richiesta di un cliente. Potete dare un'occhiata?
pt: Olá, segue abaixo o pedido de um cliente. Podem verificar?
sv: Hej, se nedan från en kund. Kan någon titta på detta?
pl: Cześć, poniżej wiadomość od klienta. Czy możecie się tym zająć?
""")
NUDGES = table("""
en: Forwarding my email from last week as I haven't heard back. | Any update on this?
  | Hi, just following up on the below.
de: Ich habe leider noch keine Antwort erhalten, siehe unten. | Gibt es hierzu schon etwas Neues?
fr: Je me permets de vous relancer concernant le message ci-dessous.
es: Les reenvío mi correo de la semana pasada, aún no he recibido respuesta.
nl: Ik heb nog geen reactie ontvangen op onderstaande mail.
it: Vi inoltro la mia mail della settimana scorsa, non ho ancora ricevuto risposta.
pt: Reencaminho o meu e-mail da semana passada, ainda sem resposta.
sv: Jag har inte fått något svar på mejlet nedan.
pl: Przesyłam ponownie moją wiadomość, nadal brak odpowiedzi.
""")
DONE = table("""
en: Thanks, that worked! | Great, thanks for the quick help. | Perfect, thank you.
  | Thanks, all sorted now.
de: Danke, das hat funktioniert! | Super, vielen Dank für die schnelle Hilfe.
fr: Merci, ça a fonctionné ! | Parfait, merci pour votre aide.
es: Gracias, ya funciona. | Perfecto, muchas gracias.
nl: Bedankt, dat werkt! | Top, dank voor de snelle hulp.
it: Grazie, ha funzionato! | Perfetto, grazie mille.
pt: Obrigado, funcionou! | Perfeito, obrigado pela ajuda.
sv: Tack, det fungerade! | Perfekt, tack för hjälpen.
pl: Dziękuję, zadziałało! | Super, dzięki za szybką pomoc.
""")
NEW_TOPIC = table("""
en: I have another question though: | Different topic: | While I have you: | One more question:
de: Ich hätte noch eine andere Frage: | Anderes Thema:
fr: J'ai une autre question : | Autre sujet :
es: Tengo otra pregunta: | Otro tema:
nl: Ik heb nog een andere vraag: | Ander onderwerp:
it: Ho un'altra domanda: | Altro argomento:
pt: Tenho outra dúvida: | Outro assunto:
sv: Jag har en annan fråga: | Annat ämne:
pl: Mam jeszcze jedno pytanie: | Inny temat:
""")
OOO_NOTES = table("""
en: Please note I'm out of the office from {d1} to {d2} with limited access to email.
  | PS: I'm on annual leave from {d1} until {d2}; please copy office@{site} on your reply.
de: Hinweis: Ich bin vom {d1} bis {d2} nicht im Büro. In dringenden Fällen wenden Sie sich
  + bitte an info@{site}.
fr: Je serai absent(e) du {d1} au {d2}. Pour toute urgence : contact@{site}.
es: Estaré fuera de la oficina del {d1} al {d2} con acceso limitado al correo.
nl: Let op: ik ben afwezig van {d1} t/m {d2}. Voor dringende zaken: info@{site}.
it: Sarò fuori ufficio dal {d1} al {d2}, con accesso limitato alla posta.
pt: Estarei ausente do escritório de {d1} a {d2}.
sv: Jag är på semester {d1}-{d2} och läser e-post sporadiskt.
pl: Informuję, że od {d1} do {d2} jestem na urlopie.
""")
PHRASES = table("""
agent_answers: Thanks for reaching out! I've taken care of this on our side - you should see the
  + change within a few minutes. Let me know if anything still looks off.
  | Good news: this is now sorted. I'll mark the ticket as solved, but just reply to this email if
  + you need anything else.
  | Thanks for your patience while we looked into this. You'll find the option under Settings >
  + Account, and there's a short guide here: https://help.{domain}/articles/{n}
  | Happy to help! I've passed this on to the right team and they've confirmed it's done.
  | Thanks for getting in touch. This should be working as expected now - could you give it another
  + try and let us know?
banners: CAUTION: This email originated from outside of the organization. Do not click links or
  + open attachments unless you recognize the sender and know the content is safe.
  | [EXTERNAL] This message came from outside {vendor}. Be careful with links and attachments.
  | You don't often get email from {email}. Learn why this is important
  | *** External email - think before you click ***
account_notes: Customer on the Enterprise plan since 2022.
  | Renewal due next quarter; no churn risk flagged. | {seats} seats, mostly in the ops team.
  | Champion: {first}. Decision maker is their CFO. | Migrated from a competitor last year.
  | Prefers email over phone. | Paid via invoice, NET30.
internal_notes: Checked the logs, nothing unusual on the account.
  | Customer is on the {plan} plan - no extra charges apply.
  | Escalated to tier 2 to double-check, they confirmed. | Macro used: General - resolved.
  | Verified identity via the email on file.
neutral_points: Usage is steady at {n} active users | Renewal is in {month}; budget already approved
  | Team is happy with onboarding so far | Walked through the upcoming release at a high level
  | Security review was completed last month | They are rolling out to a second office in {month}
  | No open support escalations | Pricing for next year not discussed yet
review_pre: Been using this app for a while now. | Overall pretty good app.
  | Love the design but one thing bugs me. | Updated review: | Decent app, does most of what I need.
  | Switched from another app last month.
review_post: Otherwise great! | Would give 5 stars if this gets sorted. | Please fix.
  | Can't find it anywhere in the settings.
likes: Easy to set up and the team picked it up quickly. | Clean interface and a good mobile app.
  | Support is responsive and friendly. | Integrations work well with the rest of our stack.
  | Reporting is clear and saves us time.
benefits: Saves us a few hours every week. | Everything in one place instead of spreadsheets.
  | Fewer manual steps for the team. | We finally have visibility across locations.
browsers: Chrome 122.0.6261.112 | Safari 17.3 | Firefox 123.0 | Edge 122.0.2365.66
  | Chrome 126.0.6478.127 | Samsung Internet 24.0
systems: macOS 14.3 | Windows 10 | Windows 11 | iOS 17.3.1 | Android 14 | Ubuntu 22.04
app_paths: settings/billing | dashboard | accounts/overview | devices/kitchen | cards
  | transfers/new | reports?range=30d | home | profile/security
survey_open_questions: What could we do to improve? | Anything else you'd like to tell us?
  | What's the one thing we should add or fix? | Is there anything we could help you with?
forum_categories: Questions & Answers | Getting Started | Billing & Accounts | Mobile App
  | Integrations
generic_titles: Is this possible? | Help please | Question about my account | Newbie question
  | Can't figure this out | Feature request | Suggestion
forum_replies: +1, same here | Following this thread | Would like to know too!
  | Same question from our team
relay_intros: from {company}'s CSM: | Customer request via {agent} ({company}):
  | Heard on a call today with {company}: | Another one from support this week:
  | Relaying from {company} (Enterprise): | FYI a customer asked in chat:
relay_outros: - anyone know if this is possible today? | Is this on the roadmap?
  | Can someone from product take a look? | cc @product-team
""")
AGENT_ANSWERS = PHRASES["agent_answers"]
BANNERS = PHRASES["banners"]
ACCOUNT_NOTES = PHRASES["account_notes"]
INTERNAL_NOTES = PHRASES["internal_notes"]
NEUTRAL_POINTS = PHRASES["neutral_points"]
REVIEW_PRE = PHRASES["review_pre"]
REVIEW_POST = PHRASES["review_post"]
LIKES = PHRASES["likes"]
BENEFITS = PHRASES["benefits"]
BROWSERS = PHRASES["browsers"]
SYSTEMS = PHRASES["systems"]
APP_PATHS = PHRASES["app_paths"]
SURVEY_OPEN_QUESTIONS = PHRASES["survey_open_questions"]
FORUM_CATEGORIES = PHRASES["forum_categories"]
GENERIC_TITLES = PHRASES["generic_titles"]
FORUM_REPLIES = PHRASES["forum_replies"]
RELAY_INTROS = PHRASES["relay_intros"]
RELAY_OUTROS = PHRASES["relay_outros"]
BOUNCE_NOTES = table("""
en: I tried your old address first and got the message below, so sending it here instead.
  | Resending - my email to your help address bounced (see below).
de: Meine Mail an eure alte Adresse kam zurück, daher schicke ich sie hierhin.
fr: Mon message à votre ancienne adresse m'est revenu, je le renvoie ici.
es: Mi correo a vuestra dirección antigua fue devuelto, lo reenvío aquí.
""")
TAGS = "billing account mobile-app ios android login cards onboarding api integrations vip".split()
PLANS = ["Free", "Starter", "Pro", "Business", "Enterprise", "Premium"]
HELLOS = table("""
en: hi | hello | hey | hi there | good morning
de: hallo | hi | guten Tag | moin
fr: bonjour | salut | bonsoir
es: hola | buenas | buenos días
nl: hoi | hallo | goedemiddag
it: ciao | salve | buongiorno
pt: olá | oi | bom dia
sv: hej | hejsan | hallå
pl: dzień dobry | cześć | witam
""")
THANKS = table("""
en: thanks | thank you! | ok thx | great, thanks | 👍
de: danke | vielen Dank! | ok danke
fr: merci | merci beaucoup ! | ok merci
es: gracias | ¡muchas gracias! | vale, gracias
nl: bedankt | dank je! | ok top
it: grazie | grazie mille! | ok grazie
pt: obrigado | valeu! | ok, obrigada
sv: tack | tack så mycket! | ok tack
pl: dzięki | dziękuję! | ok, dzięki
""")
COUNTRIES = ["US", "GB", "DE", "FR", "ES", "NL", "IT", "PT", "SE", "PL", "CA", "AU", "IE"]
SCREENS = ["1440x900", "1920x1080", "1536x864", "2560x1440", "390x844"]
EN_WEEKDAYS_LONG = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
REF_LABELS = table("""
en: Order number: | Order # | Invoice: | Account ID: | Ref:
de: Bestellnummer: | Rechnungsnr.: | Kundennummer:
fr: N° de commande : | Facture : | N° client :
es: Nº de pedido: | Factura: | Nº de cliente:
nl: Ordernummer: | Factuurnummer: | Klantnummer:
it: N. ordine: | Fattura: | Codice cliente:
pt: N.º da encomenda: | Fatura: | N.º de cliente:
sv: Ordernummer: | Faktura: | Kundnummer:
pl: Nr zamówienia: | Faktura: | Nr klienta:
""")
EN_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
EN_MONTHS_LONG = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Person:
    """A named sender or recipient with an e-mail address."""

    first: str
    last: str
    email: str

    @property
    def full(self) -> str:
        """Return 'First Last'."""
        return f"{self.first} {self.last}"


@dataclass
class Ctx:
    """Everything a channel generator needs for one row."""

    rng: random.Random
    request: str
    other: str
    lang: str
    core: str
    when: datetime
    customer: Person
    agent: Person
    company: str
    vendor: str
    domain: str

    def pick(self, seq: Sequence[T]) -> T:
        """Choose one element with the row's rng."""
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        """Return True with probability p."""
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        """Random integer in [lo, hi]."""
        return self.rng.randint(lo, hi)

    def ask(self, lead: float = 0.12, tail: float = 0.0) -> str:
        """The row's request as written here: maybe a lead-in before, maybe a tail after."""
        text = self.core
        if self.chance(lead):
            text = self.pick(LEAD_INS[self.lang]) + " " + text
        if self.chance(tail):
            text += self.pick(TAILS)
        return text


# --------------------------------------------------------------------------- text helpers


def ascii_slug(text: str) -> str:
    """Lower-case ASCII form of a name for e-mail addresses and handles."""
    norm = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    plain = "".join(c for c in norm if not unicodedata.combining(c))
    return "".join(c for c in plain.lower() if c.isalnum())


def typo_word(word: str, rng: random.Random) -> str:
    """Swap, drop or double one inner letter of a word (first letter kept)."""
    for _ in range(10):
        kind = rng.choice(("swap", "drop", "double"))
        pos = rng.randrange(1, len(word) - 1)
        if kind == "swap":
            new = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2 :]
        elif kind == "drop":
            new = word[:pos] + word[pos + 1 :]
        else:
            new = word[:pos] + word[pos] + word[pos:]
        if new != word:
            return new
    return word


def add_typo(text: str, rng: random.Random) -> str:
    """Put one typo into one alphabetic word of four or more letters, if there is one."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    words[i] = typo_word(words[i], rng)
    return " ".join(words)


def realise_core(request: str, rng: random.Random) -> str:
    """The request as this customer types it: maybe a typo, a capital, a '?' or '.'."""
    text = request.strip()
    if rng.random() < 0.2:
        text = add_typo(text, rng)
    if rng.random() < 0.3:
        text = text[:1].upper() + text[1:]
    if text and text[-1].isalnum() and rng.random() < 0.25:
        first = text.split(" ", 1)[0].lower()
        text += "?" if first in QUESTION_WORDS else "."
    return text


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail clients do."""
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n")
    )


def join_blocks(*blocks: str) -> str:
    """Join non-empty blocks with blank lines."""
    return "\n\n".join(b.strip("\n") for b in blocks if b and b.strip())


# --------------------------------------------------------------------------- context


def make_person(rng: random.Random, lang: str, domain: str | None) -> Person:
    """A person from the given language area, with a work or free-mail address."""
    first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
    f, la = ascii_slug(first), ascii_slug(last)
    if domain is None:
        domain = rng.choice(FREEMAIL[lang])
        local = rng.choice([f"{f}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f[0]}{la}"])
    else:
        local = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f, f"{f}{la[0]}"])
    return Person(first, last, f"{local}@{domain}")


def company_domain(company: str, lang: str) -> str:
    """A plausible web domain for a company name."""
    words = [w for w in company.replace("&", " ").split() if w[0].isupper() and len(w) > 2]
    skip = {"GmbH", "SAS", "SARL", "S.L.", "S.A.", "B.V.", "S.r.l.", "Lda.", "AB", "Ltd", "KG"}
    stem = "".join(ascii_slug(w) for w in words[:2] if w not in skip)
    return f"{stem or 'example'}.{TLD[lang]}"


def pick_other(rng: random.Random, rows: list[tuple[str, str]], i: int) -> str:
    """Another row's request, different in text and preferably in label."""
    text, label = rows[i]
    fallback = "how do i update my billing details"
    for _ in range(12):
        j = rng.randrange(len(rows))
        if rows[j][0].strip() and rows[j][0] != text:
            fallback = rows[j][0]
            if rows[j][1] != label:
                break
    return fallback.strip()


def make_ctx(rng: random.Random, rows: list[tuple[str, str]], i: int, multi: bool) -> Ctx:
    """Draw the names, companies, dates and wording used for one wrapped row."""
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0] if multi else "en"
    company = rng.choice(COMPANIES[lang])
    work = rng.random() < 0.6
    customer = make_person(rng, lang, company_domain(company, lang) if work else None)
    vendor, domain = rng.choice(VENDORS)
    agent_first = rng.choice(AGENT_NAMES)
    agent = Person(agent_first, rng.choice(LAST_NAMES["en"]), f"{agent_first.lower()}@{domain}")
    day = datetime(2024, 1, 1) + timedelta(days=rng.randrange(700))
    when = day.replace(hour=rng.randint(7, 20), minute=rng.randrange(60), second=rng.randrange(60))
    other = pick_other(rng, rows, i)
    core = realise_core(rows[i][0], rng)
    return Ctx(rng, rows[i][0], other, lang, core, when, customer, agent, company, vendor, domain)


# --------------------------------------------------------------------------- channels

Generator = Callable[[Ctx], str]


def fill_digits(pattern: str, ctx: Ctx) -> str:
    """Replace {n} in a pattern with n random digits and {name} with a person's name."""
    out = pattern.replace("{name}", make_person(ctx.rng, ctx.lang, None).full)
    for n in range(12, 0, -1):
        slot = "{" + str(n) + "}"
        while slot in out:
            digits = "".join(str(ctx.num(0, 9)) for _ in range(n))
            out = out.replace(slot, digits, 1)
    return out


def phone(ctx: Ctx) -> str:
    """A phone number formatted the way people in the row's language area write it."""
    return fill_digits(ctx.pick(PHONE_FORMATS[ctx.lang]), ctx)


def greeting(ctx: Ctx) -> str:
    """An e-mail greeting line in the row's language."""
    return ctx.pick(GREETINGS[ctx.lang]).format(agent=ctx.agent.first, vendor=ctx.vendor)


def subject(ctx: Ctx, request_share: float = 0.2) -> str:
    """A subject line: usually generic, sometimes the request itself."""
    if ctx.chance(request_share):
        return ctx.core[:1].upper() + ctx.core[1:]
    return ctx.pick(SUBJECTS[ctx.lang])


def rfc_date(when: datetime) -> str:
    """An RFC 2822 style date as in raw mail headers."""
    wd, mon = EN_WEEKDAYS[when.weekday()], EN_MONTHS[when.month - 1]
    return f"{wd}, {when.day} {mon} {when.year} {when:%H:%M:%S} +0000"


def us_date(when: datetime, seconds: bool = False) -> str:
    """'Mar 4, 2025, 10:12 AM' style date."""
    hour = when.hour % 12 or 12
    tail = f":{when.second:02d}" if seconds else ""
    ampm = "AM" if when.hour < 12 else "PM"
    day = f"{EN_MONTHS[when.month - 1]} {when.day}, {when.year}"
    return f"{day}, {hour}:{when.minute:02d}{tail} {ampm}"


def sign_name(ctx: Ctx, person: Person) -> str:
    """How a person signs a short mail: first name, full name or initials."""
    return ctx.pick([person.first, person.full, person.first, f"{person.first[0]}{person.last[0]}"])


def reference_line(ctx: Ctx) -> str:
    """An order, invoice or account reference as customers paste them into mails."""
    label = ctx.pick(REF_LABELS[ctx.lang])
    value = ctx.pick([f"#{ctx.num(100000, 999999)}", f"INV-{ctx.when.year}-{ctx.num(1, 9999):04d}"])
    return f"{label} {value}"


def email_body(ctx: Ctx, ask_line: str, sender: Person, filler: float = 0.5) -> str:
    """Greeting, optional context, the request, sign-off and name."""
    lang = ctx.lang
    middle = [ask_line]
    if ctx.chance(0.25):
        middle.insert(0, ctx.pick(INTROS[lang]))
    if ctx.chance(filler):
        fill = ctx.pick(FILLERS[lang])
        middle = [fill, *middle] if ctx.chance(0.5) else [*middle, fill]
    if ctx.chance(0.15):
        middle.append(reference_line(ctx))
    sep = "\n" if ctx.chance(0.4) else "\n\n"
    body = sep.join(middle)
    closing = f"{ctx.pick(SIGNOFFS[lang])}\n{sign_name(ctx, sender)}"
    return join_blocks(greeting(ctx), body, closing)


def long_signature(ctx: Ctx, person: Person) -> str:
    """A corporate signature block: title, company, address, phones, links, disclaimer."""
    lines = [person.full, ctx.pick(TITLES[ctx.lang]), ctx.company]
    if ctx.chance(0.3):
        lines = [f"{person.full} | {lines[1]}", ctx.company]
    if ctx.chance(0.7):
        lines.append(ctx.pick(ADDRESSES[ctx.lang]))
    label = ctx.pick(["T: ", "Tel. ", "Phone: ", "📞 ", "Office: "])
    lines.append(label + phone(ctx))
    if ctx.chance(0.5):
        lines.append("M: " + phone(ctx))
    site = person.email.split("@")[1]
    if ctx.chance(0.6):
        lines.append(ctx.pick([f"www.{site}", f"https://{site}", f"{site} | LinkedIn | Instagram"]))
    if ctx.chance(0.25):
        lines.append(f"[cid:image00{ctx.num(1, 4)}.png@01DA{ctx.num(4096, 65535):X}.5C3F1A40]")
    block = "\n".join(lines)
    if ctx.chance(0.5):
        block = join_blocks(block, fill_digits(ctx.pick(DISCLAIMERS[ctx.lang]), ctx))
    return block


def gen_email_simple(ctx: Ctx) -> str:
    """A plain customer e-mail, sometimes with headers, sometimes a casual one-liner."""
    sender = ctx.customer
    style = ctx.rng.random()
    if style < 0.2:
        hello = ctx.pick(["hi", "hey", "hello", ""]) + ctx.pick([" ", ", ", "\n"])
        body = (hello.lstrip(", ") + ctx.ask(lead=0.0, tail=0.5)).strip()
    else:
        body = email_body(ctx, ctx.ask(), sender)
    if ctx.chance(0.3):
        body = join_blocks(body, ctx.pick(MOBILE_FOOTERS[ctx.lang]))
    if ctx.chance(0.35):
        head = [f"From: {sender.full} <{sender.email}>", f"To: support@{ctx.domain}"]
        head += [f"Date: {rfc_date(ctx.when)}", f"Subject: {subject(ctx)}"]
        body = join_blocks("\n".join(head), body)
    return body


def gen_email_signature(ctx: Ctx) -> str:
    """A customer e-mail followed by a long signature block and footers."""
    sender = ctx.customer
    body = email_body(ctx, ctx.ask(), sender, filler=0.6)
    parts = body.rsplit("\n", 1)
    body = parts[0]
    sep = ctx.pick(["\n", "\n\n-- \n", "\n\n__________________\n", "\n\n"])
    text = body + sep + long_signature(ctx, sender)
    if ctx.chance(0.2):
        text = join_blocks(text, ctx.pick(MOBILE_FOOTERS[ctx.lang]))
    return text


def wrote_line(ctx: Ctx, person: Person, when: datetime) -> str:
    """The 'On <date>, <name> wrote:' line of a quoted reply, in the row's language."""
    lang = ctx.lang
    fields = {
        "wd": WEEKDAYS[lang][when.weekday()],
        "mon": MONTHS[lang][when.month - 1],
        "d": when.day,
        "dd": f"{when.day:02d}",
        "mm": f"{when.month:02d}",
        "y": when.year,
        "hm": f"{when:%H:%M}",
        "name": person.full,
        "email": person.email,
    }
    return ctx.pick(WROTE[lang]).format(**fields)


def outlook_date(ctx: Ctx, when: datetime) -> str:
    """The 'Sent:' date of an Outlook header block."""
    if ctx.lang == "en":
        hour = when.hour % 12 or 12
        ampm = "AM" if when.hour < 12 else "PM"
        day = f"{EN_WEEKDAYS_LONG[when.weekday()]}, {EN_MONTHS_LONG[when.month - 1]} {when.day}"
        return f"{day}, {when.year} {hour}:{when.minute:02d} {ampm}"
    sep = "." if ctx.lang in ("de", "pl") else "/"
    if ctx.lang == "sv":
        return f"{when:%Y-%m-%d %H:%M}"
    return f"{when.day:02d}{sep}{when.month:02d}{sep}{when.year} {when:%H:%M}"


def outlook_block(ctx: Ctx, sender: Person, to: Person, when: datetime, subj: str) -> str:
    """An Outlook-style From/Sent/To/Subject block in the row's language."""
    frm, sent, to_l, subj_l, _ = HEADER_LABELS[ctx.lang]
    colon = " : " if ctx.lang == "fr" else ": "
    lines = [
        f"{frm}{colon}{sender.full} <{sender.email}>",
        f"{sent}{colon}{outlook_date(ctx, when)}",
        f"{to_l}{colon}{to.full} <{to.email}>",
        f"{subj_l}{colon}{subj}",
    ]
    return "\n".join(lines)


def support_person(ctx: Ctx) -> Person:
    """The vendor's shared support mailbox."""
    return Person(ctx.vendor, "Support", f"support@{ctx.domain}")


def agent_message(ctx: Ctx) -> str:
    """An agent's answer to an earlier request (English), with greeting and signature."""
    answer = ctx.pick(AGENT_ANSWERS).format(domain=ctx.domain, n=ctx.num(10000, 99999))
    sign = f"{ctx.pick(['Best', 'Kind regards', 'Cheers', 'All the best'])},\n{ctx.agent.first}"
    return join_blocks(f"Hi {ctx.customer.first},", answer, f"{sign}\n{ctx.vendor} Support")


def earlier_message(ctx: Ctx) -> str:
    """The customer's earlier e-mail, holding another row's request."""
    lines = [greeting(ctx), "", ctx.other, "", ctx.pick(SIGNOFFS[ctx.lang]), ctx.customer.first]
    return "\n".join(lines)


def new_part(ctx: Ctx) -> str:
    """The top of a follow-up reply: thanks for the old answer, then the new request."""
    done, topic = ctx.pick(DONE[ctx.lang]), ctx.pick(NEW_TOPIC[ctx.lang])
    if ctx.chance(0.5):
        body = f"{done} {topic}\n{ctx.ask(lead=0.0)}"
    else:
        body = f"{done}\n\n{ctx.ask(lead=0.4)}"
    closing = f"{ctx.pick(SIGNOFFS[ctx.lang])}\n{sign_name(ctx, ctx.customer)}"
    text = join_blocks(greeting(ctx) if ctx.chance(0.6) else "", body, closing)
    if ctx.chance(0.25):
        text = join_blocks(text, ctx.pick(MOBILE_FOOTERS[ctx.lang]))
    return text


def gen_email_reply(ctx: Ctx) -> str:
    """A reply above quoted history in which an earlier, different request was answered."""
    t1 = ctx.when - timedelta(days=ctx.num(1, 20), hours=ctx.num(0, 9))
    t2 = ctx.when - timedelta(hours=ctx.num(2, 20), minutes=ctx.num(0, 59))
    support, cust = support_person(ctx), ctx.customer
    top = new_part(ctx)
    base = ctx.pick(SUBJECTS[ctx.lang])
    if ctx.chance(0.5):
        inner = join_blocks(wrote_line(ctx, cust, t1), quote(earlier_message(ctx)))
        history = join_blocks(agent_message(ctx), inner)
        return join_blocks(top, wrote_line(ctx, support, t2) + "\n" + quote(history))
    re = PREFIXES[ctx.lang][0]
    rule = ctx.pick(["________________________________", "-----Original Message-----"])
    old = join_blocks(outlook_block(ctx, cust, support, t1, base), earlier_message(ctx))
    ans = outlook_block(ctx, support, cust, t2, f"{re}: {base}")
    return join_blocks(top, f"{rule}\n{ans}", agent_message(ctx), rule + "\n" + old)


def gen_email_forward(ctx: Ctx) -> str:
    """A colleague's forward of a customer e-mail, or a customer re-sending their own mail."""
    cust, support = ctx.customer, support_person(ctx)
    t0 = ctx.when - timedelta(days=ctx.num(0, 9), hours=ctx.num(1, 8))
    original = email_body(ctx, ctx.ask(), cust)
    if ctx.chance(0.3):
        note = join_blocks(ctx.pick(NUDGES[ctx.lang]), sign_name(ctx, cust))
        to = support
    else:
        colleague = make_person(ctx.rng, ctx.lang, ctx.domain)
        note = ctx.pick(FWD_NOTES[ctx.lang]).format(company=ctx.company)
        note = join_blocks(note, f"{ctx.pick(SIGNOFFS[ctx.lang])}\n{colleague.first}")
        to = colleague
    frm, _, to_l, subj_l, date_l = HEADER_LABELS[ctx.lang]
    subj = subject(ctx)
    if ctx.chance(0.5):
        mark = ctx.pick(FWD_MARKS[ctx.lang])
        head = [f"{frm}: {cust.full} <{cust.email}>", f"{date_l}: {wrote_date(ctx, t0)}"]
        head += [f"{subj_l}: {subj}", f"{to_l}: <{to.email}>"]
        block = mark + "\n" + "\n".join(head)
    else:
        rule = ctx.pick(["________________________________", "-----Original Message-----"])
        block = rule + "\n" + outlook_block(ctx, cust, to, t0, subj)
    return join_blocks(note, block, original)


def wrote_date(ctx: Ctx, when: datetime) -> str:
    """A Gmail-style header date: 'Tue, 4 Mar 2025 at 10:12' in the row's language."""
    wd, mon = WEEKDAYS[ctx.lang][when.weekday()], MONTHS[ctx.lang][when.month - 1]
    return f"{wd}, {when.day} {mon} {when.year}, {when:%H:%M}"


def ooo_note(ctx: Ctx) -> str:
    """A customer's own out-of-office notice, as people add it to their mails."""
    start = ctx.when + timedelta(days=ctx.num(1, 10))
    end = start + timedelta(days=ctx.num(3, 14))
    d1, d2 = f"{start.day:02d}.{start.month:02d}", f"{end.day:02d}.{end.month:02d}"
    if ctx.lang == "en":
        d1 = f"{start.day} {EN_MONTHS_LONG[start.month - 1]}"
        d2 = f"{end.day} {EN_MONTHS_LONG[end.month - 1]}"
    site = ctx.customer.email.split("@")[1]
    return ctx.pick(OOO_NOTES[ctx.lang]).format(d1=d1, d2=d2, site=site)


def phrase(ctx: Ctx, tab: dict[str, list[str]]) -> str:
    """One phrase in the row's language, or in English when the table has none."""
    return ctx.pick(tab.get(ctx.lang) or tab["en"])


def ticket_no(ctx: Ctx) -> int:
    """A ticket number in the range busy helpdesks show."""
    return ctx.num(1200, 389999)


def short_message(ctx: Ctx, lead: float = 0.12) -> str:
    """A short customer message: optional greeting, the request, optional thanks and name."""
    parts = [ctx.ask(lead=lead, tail=0.15)]
    if ctx.chance(0.5):
        parts.insert(0, greeting(ctx))
    if ctx.chance(0.5):
        parts.append(f"{ctx.pick(SIGNOFFS[ctx.lang])}\n{sign_name(ctx, ctx.customer)}")
    return "\n\n".join(parts)


def ack_reply(ctx: Ctx) -> str:
    """A customer reply typed above the vendor's automatic acknowledgement."""
    n = ticket_no(ctx)
    ack = join_blocks(
        "Hello,",
        f"Thanks for contacting {ctx.vendor}! This is an automated message to confirm we've "
        f"received your request (#{n}). A member of our team will reply within 1 business day.",
        f"In the meantime, our Help Center may have the answer: https://help.{ctx.domain}",
        f"The {ctx.vendor} Support Team",
    )
    when = ctx.when - timedelta(minutes=ctx.num(3, 300))
    top = email_body(ctx, ctx.ask(lead=0.3), ctx.customer, filler=0.2)
    return join_blocks(top, wrote_line(ctx, support_person(ctx), when) + "\n" + quote(ack))


def bounce_forward(ctx: Ctx) -> str:
    """A customer re-sending a message that bounced, with the delivery failure notice."""
    cust = ctx.customer
    old = f"help@{ctx.domain.split('.')[0]}-support.net"
    notice = join_blocks(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Address not found",
        f"Your message wasn't delivered to {old} because the address couldn't be found, or is "
        "unable to receive mail.",
        f"The response was:\n\n550 5.1.1 <{old}>: Recipient address rejected: User unknown",
    )
    sent = ctx.when - timedelta(minutes=ctx.num(5, 600))
    head = [f"From: {cust.full} <{cust.email}>", f"To: {old}"]
    head += [f"Subject: {subject(ctx)}", f"Date: {rfc_date(sent)}"]
    original = join_blocks("----- Original message -----", "\n".join(head))
    body = email_body(ctx, ctx.ask(), cust)
    note = phrase(ctx, BOUNCE_NOTES)
    return join_blocks(note, sign_name(ctx, cust), notice, original, body)


def gen_email_system(ctx: Ctx) -> str:
    """Mail-system noise: auto-acknowledgements, out-of-office notes, bounces, banners."""
    kind = ctx.rng.random()
    if kind < 0.3:
        return ack_reply(ctx)
    if kind < 0.45:
        return bounce_forward(ctx)
    body = email_body(ctx, ctx.ask(), ctx.customer)
    if kind < 0.75:
        note = ooo_note(ctx)
        return join_blocks(note, body) if ctx.chance(0.3) else join_blocks(body, note)
    banner = ctx.pick(BANNERS).format(vendor=ctx.vendor, email=ctx.customer.email)
    return join_blocks(banner, body)


def html_gmail(ctx: Ctx, lines: list[str]) -> str:
    """A Gmail-like HTML body."""
    divs = "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in lines)
    return f'<div dir="ltr">{divs}</div>'


def html_outlook(ctx: Ctx, lines: list[str]) -> str:
    """An Outlook/Word-like HTML body."""
    blank = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    paras = "\n".join(f'<p class="MsoNormal">{x}<o:p></o:p></p>' if x else blank for x in lines)
    head = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}'
        " --></style>\n</head>\n"
    )
    body = f'<body lang="EN-US">\n<div class="WordSection1">\n{paras}\n</div>\n</body>'
    return f"{head}{body}\n</html>"


def html_apple(ctx: Ctx, lines: list[str]) -> str:
    """An Apple Mail-like HTML body."""
    first, rest = lines[0], lines[1:]
    divs = "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in rest)
    style = "word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"
    meta = '<meta http-equiv="content-type" content="text/html; charset=utf-8">'
    return f'<html><head>{meta}</head><body style="{style}">{first}{divs}</body></html>'


def esc(text: str) -> str:
    """Escape text for an HTML body the way mail clients do (quotes left alone)."""
    return html.escape(text, quote=False)


def gen_html_email(ctx: Ctx) -> str:
    """An e-mail delivered as its raw HTML body."""
    lines = [esc(greeting(ctx)), "", esc(ctx.ask())]
    if ctx.chance(0.4):
        lines += ["", esc(ctx.pick(FILLERS[ctx.lang]))]
    lines += ["", esc(ctx.pick(SIGNOFFS[ctx.lang])), esc(sign_name(ctx, ctx.customer))]
    if ctx.chance(0.3):
        lines += ["", esc(ctx.pick(MOBILE_FOOTERS[ctx.lang]))]
    maker = ctx.pick([html_gmail, html_outlook, html_apple])
    return maker(ctx, lines)


def stem(ctx: Ctx) -> str:
    """The vendor's domain without its top-level part, as used in tool sub-domains."""
    return ctx.domain.split(".")[0]


def notify_updated(ctx: Ctx, n: int) -> str:
    """A requester-facing 'your request was updated' e-mail with the new comment."""
    cust = ctx.customer
    who = f"{cust.full} ({ctx.company})" if ctx.chance(0.5) else cust.full
    stamp = f"{us_date(ctx.when)} {ctx.pick(['GMT+1', 'UTC', 'EST', 'CET', 'PST'])}"
    rule = "-" * 46
    parts = ["## Reply above this line to add a comment ##"]
    parts.append(f"Your request ({n}) has been updated. To add a comment, reply to this email.")
    parts += [rule, f"{who}\n\n{stamp}", short_message(ctx)]
    if ctx.chance(0.3):
        parts.append(f"Attachment(s)\nIMG_{ctx.num(1000, 9999)}.{ctx.pick(['jpeg', 'png', 'PNG'])}")
    parts += [rule, f"This email is a service from {ctx.vendor} Support."]
    parts.append(f"[{ctx.num(100000, 999999):X}-{ctx.num(1000, 9999)}]")
    return join_blocks(*parts)


def notify_new_ticket(ctx: Ctx, n: int) -> str:
    """An agent-facing 'new ticket' notification with fields and description."""
    cust = ctx.customer
    prio = ctx.pick(["Low", "Medium", "Medium", "High", "Urgent"])
    source = ctx.pick(["Email", "Portal", "Chat", "Phone", "Feedback widget"])
    fields = [
        f"Ticket #{n}: {subject(ctx, 0.3)}",
        f"Requester: {cust.full} <{cust.email}>",
        f"Priority: {prio} · Status: Open · Source: {source}",
        f"Group: {ctx.pick(['Support', 'Billing', 'Tier 1', 'Customer Care'])}",
    ]
    url = f"https://{stem(ctx)}.freshdesk.com/a/tickets/{n}"
    return join_blocks(
        f"Hi {ctx.agent.first},",
        "A new ticket has been created and assigned to your group.",
        "\n".join(fields),
        "Description:\n" + short_message(ctx),
        f"View ticket: {url}",
    )


def notify_conversation(ctx: Ctx, n: int) -> str:
    """A shared-inbox style 'customer sent a message' notification."""
    cust = ctx.customer
    tags = ", ".join(ctx.rng.sample(TAGS, ctx.num(1, 3)))
    assigned = ctx.pick(["Unassigned", ctx.agent.full, "Anyone"])
    head = f"{cust.full} sent a new message (#{n})"
    meta = f"Mailbox: Support · Assigned: {assigned} · Tags: {tags}"
    link = f"https://secure.helpscout.net/conversation/{ctx.num(10**8, 10**9)}/{n}"
    foot = f"--\nReply to this email to respond to {cust.first}, or view the conversation: {link}"
    return join_blocks(head, meta, short_message(ctx), foot)


def gen_helpdesk_notification(ctx: Ctx) -> str:
    """A notification e-mail sent by a helpdesk tool about a new or updated ticket."""
    n = ticket_no(ctx)
    maker = ctx.pick([notify_updated, notify_new_ticket, notify_conversation])
    return maker(ctx, n)


def stamp(style: int, when: datetime) -> str:
    """A comment time stamp in one of the formats helpdesk tools use."""
    if style == 0:
        return us_date(when)
    if style == 1:
        return f"{when:%Y-%m-%d %H:%M}"
    if style == 2:
        return f"{when.day:02d} {EN_MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
    return f"{when.month}/{when.day}/{when.year} {when.hour % 12 or 12}:{when:%M} " + (
        "AM" if when.hour < 12 else "PM"
    )


def account_note(ctx: Ctx, notes: list[str]) -> str:
    """One neutral internal note about the account."""
    plan = ctx.pick(PLANS)
    return ctx.pick(notes).format(seats=ctx.num(5, 400), first=ctx.customer.first, plan=plan)


def thread_comments(ctx: Ctx) -> list[tuple[datetime, str, str]]:
    """Oldest-first comments: earlier request, agent answer, closure, then the new request."""
    cust, agent = ctx.customer, ctx.agent
    t_new = ctx.when
    t_closed = t_new - timedelta(days=ctx.num(1, 25), hours=ctx.num(0, 8))
    t_answer = t_closed - timedelta(days=ctx.num(0, 4), hours=ctx.num(1, 20))
    t_old = t_answer - timedelta(hours=ctx.num(1, 40), minutes=ctx.num(0, 59))
    earlier = f"{greeting(ctx)}\n{ctx.other}\n{ctx.pick(SIGNOFFS[ctx.lang])} {cust.first}"
    comments = [(t_old, f"{cust.full} (customer)", earlier)]
    if ctx.chance(0.4):
        note = account_note(ctx, INTERNAL_NOTES)
        comments.append((t_old + timedelta(minutes=37), f"{agent.full} · Internal note", note))
    comments.append((t_answer, f"{agent.full} ({ctx.vendor})", agent_message(ctx)))
    closed = ctx.pick(["Status changed from Pending to Solved", "Ticket closed automatically"])
    if ctx.chance(0.4):
        closed += f"\nSatisfaction rating: {ctx.pick(['Good, I am satisfied', '👍', '5/5'])}"
    comments.append((t_closed, "System", closed))
    topic = f"{ctx.pick(DONE[ctx.lang])} {ctx.pick(NEW_TOPIC[ctx.lang])}"
    new = f"{topic}\n{ctx.ask(lead=0.0)}" if ctx.chance(0.6) else short_message(ctx, lead=0.3)
    comments.append((t_new, f"{cust.full} (customer)", new))
    return comments


def gen_ticket_thread(ctx: Ctx) -> str:
    """A ticket export: header fields, then a comment thread in which the request is new."""
    n, style = ticket_no(ctx), ctx.num(0, 3)
    comments = thread_comments(ctx)
    newest_first = ctx.chance(0.5)
    if newest_first:
        comments.reverse()
    subj = ctx.other[:1].upper() + ctx.other[1:] if ctx.chance(0.35) else subject(ctx, 0.0)
    head = [
        f"Ticket #{n}: {subj}",
        f"Status: Open (reopened) | Priority: {ctx.pick(['Normal', 'Low', 'High'])}",
        f"Requester: {ctx.customer.full} <{ctx.customer.email}> | Assignee: {ctx.agent.full}",
        f"Tags: {', '.join(ctx.rng.sample(TAGS, 2))}",
    ]
    order = "newest first" if newest_first else "oldest first"
    sep = ctx.pick(["\n\n", "\n\n----\n", "\n\n"])
    body = sep.join(f"[{stamp(style, t)}] {who}\n{text}" for t, who, text in comments)
    return join_blocks("\n".join(head), f"Conversation ({len(comments)} comments, {order})", body)


def jira_date(when: datetime) -> str:
    """Jira's '04/Mar/25 10:12 AM' date format."""
    hour = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"{when.day:02d}/{EN_MONTHS[when.month - 1]}/{when:%y} {hour}:{when:%M} {ampm}"


def gen_jira_sm(ctx: Ctx) -> str:
    """A Jira Service Management request as shown or exported: fields, description, activity."""
    key = ctx.pick(["SD", "HELP", "SUP", "CS", "ITSM"])
    n = ctx.num(100, 9999)
    generic = [f"Question from {ctx.company}", "Help needed", f"Request from {ctx.customer.full}"]
    summary = ctx.core if ctx.chance(0.4) else ctx.pick(generic)
    req_type = ctx.pick(["Ask a question", "Get help", "Report a problem", "Billing question"])
    fields = [
        f"[{key}-{n}] {summary}",
        f"Request type: {req_type}",
        f"Reporter: {ctx.customer.full}",
        f"Organization: {ctx.company}",
        f"Status: {ctx.pick(['Waiting for support', 'Open', 'In progress'])}",
        f"Priority: {ctx.pick(['Medium', 'Low', 'High'])}",
        f"Created: {jira_date(ctx.when)}",
        f"Channel: {ctx.pick(['Email', 'Portal', 'Widget'])}",
    ]
    activity = [f"Activity\n{ctx.pick(['Automation for Jira', 'Jira Service Management'])}"]
    activity.append(
        f"{jira_date(ctx.when + timedelta(minutes=1))}\nHi {ctx.customer.first}, thanks for "
        f"your request. We've logged it as {key}-{n} and will get back to you shortly."
    )
    if ctx.chance(0.3):
        sla = f"Time to first response: {ctx.num(1, 7)}h {ctx.num(1, 59)}m remaining"
        fields.append(f"SLA: {sla}")
    return join_blocks("\n".join(fields), "Description\n" + short_message(ctx), *activity)


def crm_salesforce(ctx: Ctx) -> str:
    """A Salesforce-style case record."""
    cust = ctx.customer
    rows = [
        f"Case Number: {ctx.num(1000, 99999):08d}",
        f"Account Name: {ctx.company}",
        f"Contact Name: {cust.full}",
        f"Contact Email: {cust.email}",
        f"Case Origin: {ctx.pick(['Email', 'Web', 'Phone', 'Chat'])}",
        f"Status: {ctx.pick(['New', 'Working', 'Escalated'])}",
        f"Type: {ctx.pick(['Question', 'Problem', 'Feature Request'])}",
        f"Subject: {subject(ctx, 0.3)}",
        f"Description: {ctx.ask()}",
        f"Internal Comments: {account_note(ctx, ACCOUNT_NOTES)}",
        f"Case Owner: {ctx.agent.full}",
        f"Date/Time Opened: {stamp(3, ctx.when)}",
    ]
    return "\n".join(rows)


def crm_hubspot(ctx: Ctx) -> str:
    """A HubSpot-style ticket record."""
    cust = ctx.customer
    rows = [
        f"Ticket name: {ctx.company} - {cust.first}",
        "Pipeline: Support Pipeline",
        f"Ticket status: {ctx.pick(['New', 'Waiting on us', 'Waiting on contact'])}",
        f"Priority: {ctx.pick(['Low', 'Medium', 'High'])}",
        f"Source: {ctx.pick(['Chat', 'Email', 'Form', 'Phone'])}",
        f"Ticket owner: {ctx.agent.full}",
        f"Create date: {ctx.when:%m/%d/%Y %H:%M}",
        f"Associated contact: {cust.full} ({cust.email})",
        f"Associated company: {ctx.company}",
        f"Ticket description: {ctx.ask()}",
    ]
    return "\n".join(rows)


def crm_note(ctx: Ctx) -> str:
    """A logged call or e-mail note on a CRM contact."""
    cust, agent = ctx.customer, ctx.agent
    kind, intro = ctx.pick(
        [
            ("Logged call", f"Spoke with {cust.first} ({ctx.company}) about their renewal. Asked:"),
            ("Logged email", f"{cust.first} from {ctx.company} emailed in. Their question:"),
            ("Note", f"Quick check-in call with {cust.full}. Open question from them:"),
        ]
    )
    head = f"{kind} · {us_date(ctx.when)} · by {agent.full}"
    follow = ctx.pick(["Will check with product and follow up by Friday.", "Next step: send docs."])
    quoted = f'{intro}\n"{ctx.ask(lead=0.0)}"'
    return join_blocks(head, quoted, account_note(ctx, ACCOUNT_NOTES), follow)


def gen_crm_record(ctx: Ctx) -> str:
    """A CRM record: a case, a ticket or a logged note holding the customer's ask."""
    return ctx.pick([crm_salesforce, crm_hubspot, crm_note])(ctx)


def hello(ctx: Ctx) -> str:
    """A short chat greeting in the row's language."""
    return ctx.pick(HELLOS[ctx.lang])


def clock(when: datetime, style: int) -> str:
    """A chat time stamp: '10:12 AM', '10:12', '10:12:33' or an ISO date-time."""
    if style == 0:
        return f"{when.hour % 12 or 12}:{when:%M} " + ("AM" if when.hour < 12 else "PM")
    if style == 1:
        return f"{when:%H:%M}"
    if style == 2:
        return f"{when:%H:%M:%S}"
    return f"{when:%Y-%m-%d %H:%M:%S}"


def chat_turns(ctx: Ctx) -> list[tuple[str, str]]:
    """(speaker, text) turns of a bot-then-agent chat; the customer's request is one turn."""
    bot, cust, agent = f"{ctx.vendor} Bot", ctx.customer.first, ctx.agent.first
    turns = [(bot, "Hi there 👋 What can we help you with today?")]
    if ctx.chance(0.6):
        turns.append((bot, "Billing · Technical issue · Talk to sales · Something else"))
        turns.append((cust, ctx.pick(["Something else", "Talk to a person", "Other"])))
        turns.append((bot, "Got it! Tell us a bit more and we'll connect you with the team."))
    if ctx.chance(0.4):
        turns.append((cust, hello(ctx)))
    turns.append((cust, ctx.ask(lead=0.1, tail=0.25)))
    turns.append((bot, "Thanks! The team typically replies in under 5 minutes."))
    turns.append(("", f"{agent} joined the conversation"))
    turns.append((agent, f"Hi {cust}, thanks for waiting! Let me look into that for you."))
    if ctx.chance(0.5):
        turns.append((cust, ctx.pick(THANKS[ctx.lang])))
    return turns


def gen_chat_transcript(ctx: Ctx) -> str:
    """A website live-chat transcript (bot menu, customer, agent, system lines)."""
    style = ctx.num(0, 3)
    t = ctx.when
    tz = ctx.pick(["GMT", "UTC", "CET", "EST", "PST"])
    start = f"{EN_MONTHS_LONG[t.month - 1]} {t.day}, {t.year}"
    head = [f"Conversation with {ctx.customer.full}", f"Started on {start} at {clock(t, 0)} {tz}"]
    lines = []
    for who, text in chat_turns(ctx):
        t += timedelta(seconds=ctx.num(4, 90))
        if not who:
            lines.append(f"{clock(t, style)} | — {text} —" if style < 3 else f"*** {text} ***")
        elif style == 3:
            lines.append(f"[{clock(t, 3)}] {who}: {text}")
        else:
            lines.append(f"{clock(t, style)} | {who}: {text}")
    if ctx.chance(0.4):
        page = ctx.pick(["pricing", "help", "account/settings", "checkout", ""])
        head.append(f"Page: https://www.{ctx.domain}/{page}")
    if ctx.chance(0.3):
        lines.append(f"Conversation rated: {ctx.pick(['😀 Great', '🙂 OK', '5 stars'])}")
    return join_blocks("\n".join(head), "\n".join(lines))


def wa_line(ctx: Ctx, when: datetime, who: str, text: str, ios: bool) -> str:
    """One line of a WhatsApp chat export (iOS or Android layout)."""
    date = f"{when.day:02d}/{when.month:02d}/{when.year}"
    if ios:
        return f"[{date}, {when:%H:%M:%S}] {who}: {text}"
    return f"{date}, {when:%H:%M} - {who}: {text}"


def gen_whatsapp(ctx: Ctx) -> str:
    """A WhatsApp Business chat export with the number menu and the customer's request."""
    ios, cust, vendor = ctx.chance(0.5), ctx.customer.full, ctx.vendor
    menu = (
        f"Hi! 👋 Thanks for messaging {vendor}. Reply with a number:\n"
        "1️⃣ Orders\n2️⃣ Account & billing\n3️⃣ Talk to a person"
    )
    turns = [(cust, hello(ctx)), (vendor, menu), (cust, "3")]
    turns.append((vendor, "Sure - type your question and an agent will reply shortly."))
    turns.append((cust, ctx.ask(lead=0.1, tail=0.3)))
    turns.append((vendor, f"Thanks! You're in the queue. Estimated wait: {ctx.num(2, 15)} min."))
    if ctx.chance(0.4):
        turns = turns[4:]
    t = ctx.when
    lines = []
    if ctx.chance(0.5):
        enc = "Messages and calls are end-to-end encrypted. Tap to learn more."
        lines.append(wa_line(ctx, t, vendor, enc, ios).replace(f"{vendor}: ", ""))
    for who, text in turns:
        t += timedelta(seconds=ctx.num(5, 120))
        lines.append(wa_line(ctx, t, who, text, ios))
    return "\n".join(lines)


def gen_sms(ctx: Ctx) -> str:
    """An inbound SMS as a messaging log entry or a forwarded text."""
    number = phone(ctx)
    body = ctx.ask(lead=0.1, tail=0.3)
    if ctx.chance(0.5):
        rows = [f"From: {number.replace(' ', '')}", f"To: +1415555{ctx.num(1000, 9999)}"]
        rows += [f"Received: {rfc_date(ctx.when)}", "Direction: inbound", f"Body: {body}"]
        rows.append(f"Status: received · Segments: 1 · SID SM{ctx.num(10**15, 10**16 - 1):x}")
        return "\n".join(rows)
    who = f"{ctx.customer.full} · {number}" if ctx.chance(0.5) else number
    head = f"Text message from {who} · {clock(ctx.when, 0)}"
    return join_blocks(head, body, f"Reply in the {ctx.vendor} inbox or call {number}")


def neutral_points(ctx: Ctx, k: int) -> list[str]:
    """k different neutral discussion bullets for call notes."""
    month = ctx.pick(EN_MONTHS_LONG)
    return [p.format(n=ctx.num(8, 900), month=month) for p in ctx.rng.sample(NEUTRAL_POINTS, k)]


def notes_meeting(ctx: Ctx) -> str:
    """Hand-written meeting notes with attendees, bullets and action items."""
    cust, agent = ctx.customer, ctx.agent
    se = make_person(ctx.rng, "en", ctx.domain)
    kind = ctx.pick(["Call notes", "Meeting notes", "QBR notes", "Check-in"])
    date = f"{ctx.when.day} {EN_MONTHS[ctx.when.month - 1]} {ctx.when.year}"
    head = f"{kind} – {ctx.company} – {date}"
    who = f"Attendees: {cust.full} ({ctx.company}), {agent.full} (CSM), {se.full} (SE)"
    agenda = f"Agenda: {ctx.pick(['quarterly check-in', 'renewal', 'onboarding review'])}"
    bullets = neutral_points(ctx, ctx.num(1, 3))
    ask = ctx.pick([f"{cust.first}'s main ask", "Customer asked", "Open question from customer"])
    bullets.insert(ctx.num(0, len(bullets)), f'{ask}: "{ctx.ask(lead=0.0)}"')
    notes = "Notes\n" + "\n".join(f"- {b}" for b in bullets)
    actions = [f"- [ ] {agent.first} to confirm with product and reply by Friday"]
    actions.append(ctx.pick(["- [ ] Send recap email", f"- [ ] {se.first} to share the deck"]))
    return join_blocks(f"{head}\n{who}\n{agenda}", notes, "Action items\n" + "\n".join(actions))


def notes_call_brief(ctx: Ctx) -> str:
    """An auto-generated call brief: key points, customer questions with time codes."""
    cust, agent = ctx.customer, ctx.agent
    head = f"Call brief · {ctx.num(12, 58)} min · {us_date(ctx.when)}"
    who = f"{ctx.company} <> {ctx.vendor}\nParticipants: {cust.full}, {agent.full}"
    points = "Key points\n" + "\n".join(f"• {p}" for p in neutral_points(ctx, 2))
    code = f"{ctx.num(1, 40):02d}:{ctx.num(0, 59):02d}"
    qs = f'Customer questions\n• "{ctx.ask(lead=0.1)}" ({code})'
    steps = f"Next steps\n• {agent.first} to follow up by email"
    return join_blocks(head, who, points, qs, steps)


def notes_summary(ctx: Ctx) -> str:
    """An AI-style meeting summary paragraph with the customer's question quoted."""
    cust, agent = ctx.customer, ctx.agent
    date = f"{EN_MONTHS_LONG[ctx.when.month - 1]} {ctx.when.day}, {ctx.when.year}"
    head = f"Meeting summary for {ctx.vendor} <> {ctx.company} sync ({date})"
    recap = (
        f"Quick recap\n{cust.first} and {agent.first} reviewed the account. "
        f'{neutral_points(ctx, 1)[0]}. {cust.first} raised a question: "{ctx.ask(lead=0.0)}" '
        f"{agent.first} agreed to look into it."
    )
    steps = f"Next steps\n- {agent.first}: follow up with {cust.first} on the open question."
    return join_blocks(head, recap, steps)


def gen_call_notes(ctx: Ctx) -> str:
    """Sales/CS call notes, call briefs or meeting summaries quoting the customer's ask."""
    return ctx.pick([notes_meeting, notes_meeting, notes_call_brief, notes_summary])(ctx)


def stars(n: int) -> str:
    """A star rating like '★★★☆☆'."""
    return "★" * n + "☆" * (5 - n)


def handle(ctx: Ctx, person: Person | None = None) -> str:
    """A public user name (of the customer, or of another person) as sites show it."""
    who = person or ctx.customer
    first, last = ascii_slug(who.first), ascii_slug(who.last)
    return ctx.pick(
        [
            f"{first}{ctx.num(1, 99)}",
            f"{first}_{last[:1]}",
            f"{who.first} {who.last[:1]}.",
            f"happycustomer{ctx.num(100, 999)}",
            f"{last}.{first}",
        ]
    )


def review_body(ctx: Ctx) -> str:
    """Review text: a short opener, the request, maybe a closing remark."""
    ask = ctx.ask(lead=0.0)
    post = ctx.pick(REVIEW_POST) if ctx.chance(0.7) else ""
    parts = [ctx.pick(REVIEW_PRE), ask, post]
    if ctx.chance(0.3):
        parts = parts[1:]
    inline = ask[-1:] in ".?!" and ctx.chance(0.7)
    return (" " if inline else "\n").join(p for p in parts if p)


def review_title(ctx: Ctx, n: int) -> str:
    """A review title that fits the star rating."""
    if n <= 2:
        return ctx.pick(["Frustrating", "Needs work", "Meh", "Disappointed", "Not great"])
    if n == 3:
        return ctx.pick(["Good but...", "Could be better", "Solid, one gap", "Question", "OK"])
    return ctx.pick(["Almost perfect", "Great app", "Love it", "Solid, one gap", "Really good"])


def gen_app_review(ctx: Ctx) -> str:
    """An App Store or Google Play review, sometimes with the developer's response."""
    n = ctx.num(1, 5)
    date = us_date(ctx.when).rsplit(",", 1)[0]
    if ctx.chance(0.5):
        version = f"{ctx.num(2, 9)}.{ctx.num(0, 30)}.{ctx.num(0, 9)}"
        head = f"{stars(n)}\n{review_title(ctx, n)}\n{handle(ctx)}, {date} · Version {version}"
        text = join_blocks(head, review_body(ctx))
    else:
        head = f"{ctx.customer.full}\n{stars(n)} {date}"
        helpful = f"{ctx.num(1, 300)} people found this review helpful"
        text = join_blocks(head, review_body(ctx), helpful)
    if ctx.chance(0.4):
        reply_date = us_date(ctx.when + timedelta(days=ctx.num(1, 6))).rsplit(",", 1)[0]
        reply = (
            f"Developer Response · {reply_date}\nHi there, thanks for the feedback! Please "
            f"reach out to support@{ctx.domain} so we can take a closer look."
        )
        text = join_blocks(text, reply)
    return text


def review_g2(ctx: Ctx, n: int) -> str:
    """A B2B software review with question-and-answer sections."""
    cust, vendor = ctx.customer, ctx.vendor
    who = f"{cust.first} {cust.last[:1]}. · {ctx.pick(TITLES['en'])} · Small-Business (50 or fewer)"
    head = f'"{review_title(ctx, n)}"\n{stars(n)} {n}.0/5\n{who}'
    meta = (
        f"Review source: {ctx.pick(['Organic', 'Invitation from ' + vendor])} · {us_date(ctx.when)}"
    )
    qa = [
        f"What do you like most about {vendor}?\n{ctx.pick(LIKES)}",
        f"What do you like least about {vendor}?\n{review_body(ctx)}",
        f"What problems is {vendor} solving for you?\n{ctx.pick(BENEFITS)}",
    ]
    return join_blocks(head, meta, *qa)


def review_capterra(ctx: Ctx, n: int) -> str:
    """A review with sub-ratings and Pros/Cons."""
    cust = ctx.customer
    head = f"{cust.first} {cust.last[:1]}.\n{ctx.pick(TITLES['en'])} · {ctx.num(11, 500)} employees"
    used = f"Used the software for: {ctx.pick(['6-12 months', '1-2 years', '2+ years'])}"
    sub = " · ".join(f"{k} {ctx.num(max(1, n - 1), 5)}" for k in ("Ease of use", "Value for money"))
    rating = f"Overall rating: {n}/5 · {sub}"
    body = [
        f'"{review_title(ctx, n)}"',
        f"Pros: {ctx.pick(LIKES)}",
        f"Cons: {ctx.ask(lead=0.0)}",
    ]
    return join_blocks(f"{head}\n{used}", rating, "\n".join(body))


def review_trustpilot(ctx: Ctx, n: int) -> str:
    """A consumer review with 'Date of experience'."""
    cust = ctx.customer
    head = f"{cust.first} {cust.last[:1]}\n{ctx.pick(COUNTRIES)} · {ctx.num(1, 30)} reviews"
    day = f"{EN_MONTHS_LONG[ctx.when.month - 1]} {ctx.when.day:02d}, {ctx.when.year}"
    title = review_title(ctx, n)
    foot = f"Date of experience: {day}\nUseful · Share"
    return join_blocks(head, f"Rated {n} out of 5 stars\n{title}", review_body(ctx), foot)


def gen_review_site(ctx: Ctx) -> str:
    """A review on a software or consumer review site."""
    n = ctx.num(2, 5)
    return ctx.pick([review_g2, review_capterra, review_trustpilot])(ctx, n)


def nps_record(ctx: Ctx) -> str:
    """An NPS response as a survey tool shows it."""
    score = ctx.num(0, 10)
    group = "Promoter" if score >= 9 else "Passive" if score >= 7 else "Detractor"
    head = f"NPS response · {us_date(ctx.when)}\nScore: {score} ({group})"
    q1 = f"How likely are you to recommend {ctx.vendor} to a friend or colleague?\n{score}"
    q2 = f"{ctx.pick(SURVEY_OPEN_QUESTIONS)}\n{ctx.ask(lead=0.05)}"
    plan = ctx.pick(PLANS)
    meta = f"Respondent: {ctx.customer.email} · Plan: {plan} · Country: {ctx.pick(COUNTRIES)}"
    return join_blocks(head, q1, q2, meta)


def survey_response(ctx: Ctx) -> str:
    """An individual survey response page with collector details."""
    start = ctx.when
    end = start + timedelta(seconds=ctx.num(40, 600))
    long = f"{EN_WEEKDAYS_LONG[start.weekday()]}, {EN_MONTHS_LONG[start.month - 1]} {start.day:02d}"
    head = [
        f"Respondent #{ctx.num(10**8, 10**9)}",
        "COMPLETE",
        "Collector: Web Link 1 (Web Link)",
        f"Started: {long}, {start.year} {clock(start, 2)}",
        f"Time Spent: 00:{(end - start).seconds // 60:02d}:{(end - start).seconds % 60:02d}",
        f"IP Address: 203.0.113.{ctx.num(2, 254)}",
    ]
    sat = ctx.pick(["Very satisfied", "Somewhat satisfied", "Neither", "Somewhat dissatisfied"])
    q1 = f"Q1 How satisfied are you with {ctx.vendor}?\n{sat}"
    q2 = f"Q2 How easy was it to get what you needed today?\n{ctx.pick(['Easy', 'Hard', 'OK'])}"
    q3 = f"Q3 {ctx.pick(SURVEY_OPEN_QUESTIONS)}\n{ctx.ask(lead=0.05)}"
    return join_blocks("\n".join(head), q1, q2, q3)


def survey_csv(ctx: Ctx) -> str:
    """A form-response export pasted as CSV (header row and one answer row)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    question = ctx.pick(SURVEY_OPEN_QUESTIONS)
    writer.writerow(["Timestamp", "Email Address", "How likely are you to recommend us?", question])
    ts = f"{ctx.when:%Y/%m/%d} {clock(ctx.when, 2)} GMT+1"
    writer.writerow([ts, ctx.customer.email, ctx.num(0, 10), ctx.ask(lead=0.0)])
    return buf.getvalue()


def gen_nps_survey(ctx: Ctx) -> str:
    """An NPS or customer-survey answer holding the request as the free-text reply."""
    return ctx.pick([nps_record, nps_record, survey_response, survey_csv])(ctx)


def user_id(ctx: Ctx) -> str:
    """A product user id in one of the usual shapes."""
    return ctx.pick(
        [
            "".join(ctx.pick("0123456789abcdef") for _ in range(24)),
            f"usr_{ctx.num(10**9, 10**10):x}",
            str(ctx.num(10000, 9999999)),
        ]
    )


def gen_feedback_widget(ctx: Ctx) -> str:
    """An in-app feedback widget submission (web or mobile) with page and device details."""
    uid = user_id(ctx)
    if ctx.chance(0.6):
        rows = [
            f"New feedback from the {ctx.vendor} web app",
            f"From: {ctx.customer.full} <{ctx.customer.email}> · User ID: {uid}",
            f"Page: https://app.{ctx.domain}/{ctx.pick(APP_PATHS)}",
            f"Browser: {ctx.pick(BROWSERS)} · {ctx.pick(SYSTEMS)} · {ctx.pick(SCREENS)}",
            f"Sentiment: {ctx.pick(['😀', '🙂', '😐', '🙁', '😡'])}",
            f"Message:\n{ctx.ask(lead=0.05, tail=0.15)}",
        ]
        return "\n".join(rows) + f"\n\nView in dashboard: https://app.{ctx.domain}/feedback/{uid}"
    device = ctx.pick(["iPhone 14", "iPhone 15 Pro", "Pixel 8", "Galaxy S23", "iPad Air"])
    os_name = "iOS 17.3.1" if device.startswith("i") else "Android 14"
    rows = [
        "In-app feedback",
        f"App version: {ctx.num(3, 9)}.{ctx.num(0, 40)}.{ctx.num(0, 9)} ({ctx.num(1000, 9999)})",
        f"Device: {device} · {os_name} · Locale: {ctx.pick(['en_US', 'en_GB', 'de_DE', 'fr_FR'])}",
        f"User: {uid}",
        f"Rating: {stars(ctx.num(1, 5))}",
        f'Comment: "{ctx.ask(lead=0.05)}"',
        f"Screenshot attached: {ctx.pick(['yes', 'no'])}",
    ]
    return "\n".join(rows)


def title_case(text: str) -> str:
    """Capitalise the first letter only, as people do in titles."""
    return text[:1].upper() + text[1:]


def gen_forum_post(ctx: Ctx) -> str:
    """A community forum post with title, category, tags, votes and a staff reply."""
    title = title_case(ctx.core) if ctx.chance(0.4) else ctx.pick(GENERIC_TITLES)
    days = ctx.num(1, 30)
    meta = f"Posted by {handle(ctx)} in {ctx.pick(FORUM_CATEGORIES)} · {days} days ago"
    tags = "Tags: " + ", ".join(ctx.rng.sample(TAGS, ctx.num(1, 3)))
    body = [ctx.pick(["Hi all,", "Hey everyone,", "Hello community,", ""]), ctx.ask(lead=0.05)]
    if ctx.chance(0.4):
        body.append(ctx.pick(FILLERS["en"]))
    body.append(ctx.pick(["Thanks in advance!", "Thanks", "", "Any help appreciated 🙏"]))
    replies = ctx.num(0, 6)
    stats = f"👍 {ctx.num(0, 80)} · 💬 {replies} replies · {ctx.pick(['Solved', 'Unsolved'])}"
    parts = [f"{title}\n{meta}\n{tags}", "\n".join(b for b in body if b), stats]
    if replies and ctx.chance(0.5):
        parts.append(f"{handle(ctx, make_person(ctx.rng, 'en', None))}: {ctx.pick(FORUM_REPLIES)}")
    if replies and ctx.chance(0.6):
        staff = f"{ctx.agent.first} ({ctx.vendor} Community Manager) · Staff"
        parts.append(f"{staff}\nThanks for posting! I've passed this on to the team.")
    return join_blocks(*parts)


def slack_relay(ctx: Ctx) -> str:
    """A product manager or CSM relaying a customer's ask in a Slack feedback channel."""
    pm = make_person(ctx.rng, "en", ctx.domain)
    chan = ctx.pick(
        ["#product-feedback", "#customer-voice", "#feature-requests", "#cs-escalations"]
    )
    intro = ctx.pick(RELAY_INTROS).format(company=ctx.company, agent=ctx.agent.first)
    ask = ctx.ask(lead=0.0)
    outro = ctx.pick(RELAY_OUTROS) if ctx.chance(0.7) else ""
    if ctx.chance(0.5):
        msg = f'{intro} "{ask}" {outro}'.rstrip()
    else:
        msg = f"{intro}\n> {ask}\n{outro}".rstrip()
    react = ctx.pick(["", ":eyes: 2", ":+1: 3  :eyes: 1", "👀 1  ➕ 2"])
    n = ctx.num(0, 5)
    last = clock(ctx.when + timedelta(minutes=ctx.num(5, 90)), 0)
    thread = f"{n} {'reply' if n == 1 else 'replies'}  Last reply today at {last}"
    lines = [chan, f"{pm.full}  {clock(ctx.when, 0)}", msg, react, thread if n else ""]
    return "\n".join(x for x in lines if x)


def teams_relay(ctx: Ctx) -> str:
    """A Microsoft Teams channel message relaying a customer's ask."""
    pm = make_person(ctx.rng, "en", ctx.domain)
    when = f"{ctx.when.month}/{ctx.when.day}/{ctx.when.year} {clock(ctx.when, 0)}"
    intro = ctx.pick(
        [
            f"Relaying from a customer call ({ctx.company}):",
            f"Feedback from {ctx.customer.first} at {ctx.company}:",
        ]
    )
    outro = ctx.pick(["Can someone from product take a look?", "Thoughts?", ""])
    body = f"{intro} {ctx.ask(lead=0.0)}\n{outro}".rstrip()
    return f"[{when}] {pm.full}\n{body}\n{ctx.pick(['', 'Like 2', '👍 1'])}".rstrip()


def slack_connect(ctx: Ctx) -> str:
    """A shared Slack channel where the customer posts directly and an agent answers."""
    slug = ascii_slug(ctx.company)[:14]
    cust, agent = ctx.customer, ctx.agent
    t2 = ctx.when + timedelta(minutes=ctx.num(1, 25))
    lines = [f"#ext-{slug}-{stem(ctx)}", f"{cust.full} ({ctx.company})  {clock(ctx.when, 0)}"]
    lines.append(f"{ctx.pick(['hey team! ', 'hi all - ', '', 'morning! '])}{ctx.ask(lead=0.1)}")
    lines += [f"{agent.full}  {clock(t2, 0)}", f"Hi {cust.first}! Checking with the team."]
    return "\n".join(lines)


def gen_team_chat(ctx: Ctx) -> str:
    """An internal Slack/Teams relay of a customer's request, or a shared customer channel."""
    return ctx.pick([slack_relay, slack_relay, teams_relay, slack_connect])(ctx)


def gen_feature_portal(ctx: Ctx) -> str:
    """A feature-request portal post with board, status, votes and comments."""
    title = title_case(ctx.core) if ctx.chance(0.6) else ctx.pick(GENERIC_TITLES)
    status = ctx.pick(["Under review", "Planned", "Open", "Gathering feedback", "In progress"])
    votes = ctx.num(1, 240)
    board = ctx.pick(["Feature Requests", "Ideas", "Feedback", "Mobile"])
    meta = f"Board: {board} · Status: {status} · {votes} votes"
    day = f"{EN_MONTHS_LONG[ctx.when.month - 1]} {ctx.when.day}, {ctx.when.year}"
    by = f"Posted by {ctx.customer.full} ({ctx.company}) on {day}"
    body = ctx.ask(lead=0.0)
    if ctx.chance(0.4):
        body += "\n" + ctx.pick(
            ["This would save us a lot of time.", "Would really help our team."]
        )
    comments = [f"{handle(ctx, make_person(ctx.rng, 'en', None))}: {ctx.pick(FORUM_REPLIES)}"]
    if ctx.chance(0.6):
        comments.append(f"{ctx.agent.full} ({ctx.vendor}): Thanks for the suggestion - noted!")
    return join_blocks(f"{title}\n{meta}\n{by}", body, f"Comments ({len(comments)})", *comments)


def json_conversation(ctx: Ctx) -> dict[str, object]:
    """A chat-platform conversation object with an HTML body."""
    cust = ctx.customer
    return {
        "type": "conversation",
        "id": str(ctx.num(10**11, 10**12)),
        "created_at": int(ctx.when.timestamp()),
        "state": "open",
        "source": {
            "type": ctx.pick(["conversation", "email", "chat"]),
            "delivered_as": "customer_initiated",
            "subject": "",
            "body": f"<p>{esc(ctx.ask(lead=0.1))}</p>",
            "author": {"type": "user", "id": user_id(ctx), "name": cust.full, "email": cust.email},
            "url": f"https://www.{ctx.domain}/{ctx.pick(APP_PATHS)}",
        },
        "tags": {"type": "tag.list", "tags": [{"name": ctx.pick(TAGS)}]},
    }


def json_ticket(ctx: Ctx) -> dict[str, object]:
    """A helpdesk ticket as delivered by a webhook."""
    cust = ctx.customer
    ticket = {
        "id": ticket_no(ctx),
        "created_at": f"{ctx.when:%Y-%m-%dT%H:%M:%SZ}",
        "subject": subject(ctx, 0.3),
        "description": ctx.ask(),
        "status": "new",
        "priority": ctx.pick([None, "normal", "high"]),
        "requester": {"name": cust.full, "email": cust.email},
        "via": {"channel": ctx.pick(["web", "email", "mobile_sdk", "api"])},
        "tags": ctx.rng.sample(TAGS, 2),
        "custom_fields": [{"id": ctx.num(10**7, 10**8), "value": ctx.pick(PLANS).lower()}],
    }
    return {"ticket": ticket}


def json_review(ctx: Ctx) -> dict[str, object]:
    """An app-store review object from a reviews API."""
    return {
        "review_id": f"gp:AOqpTO{ctx.num(10**9, 10**10)}",
        "author": handle(ctx),
        "rating": ctx.num(1, 5),
        "text": review_body(ctx),
        "created": f"{ctx.when:%Y-%m-%dT%H:%M:%S}+00:00",
        "app_version": f"{ctx.num(3, 9)}.{ctx.num(0, 40)}.{ctx.num(0, 9)}",
        "locale": ctx.pick(["en_US", "en_GB", "en_AU"]),
        "reply": None,
    }


def json_form(ctx: Ctx) -> dict[str, object]:
    """A survey/form webhook with an NPS answer and a free-text answer."""
    answers = [
        {
            "type": "number",
            "number": ctx.num(0, 10),
            "field": {"ref": "nps", "type": "opinion_scale"},
        },
        {
            "type": "text",
            "text": ctx.ask(lead=0.05),
            "field": {"ref": "feedback", "type": "long_text"},
        },
    ]
    response = {
        "form_id": "".join(ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
        "token": f"{ctx.num(10**15, 10**16):x}",
        "submitted_at": f"{ctx.when:%Y-%m-%dT%H:%M:%SZ}",
        "hidden": {"email": ctx.customer.email, "plan": ctx.pick(PLANS).lower()},
        "answers": answers,
    }
    return {"event_type": "form_response", "form_response": response}


def gen_json_export(ctx: Ctx) -> str:
    """A JSON object from a tool's API or export, with the request in one nested field."""
    obj = ctx.pick([json_conversation, json_ticket, json_review, json_form])(ctx)
    indent = ctx.pick([2, 2, 4, None])
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def gen_web_form(ctx: Ctx) -> str:
    """A contact-form submission notification from a website form plugin."""
    cust = ctx.customer
    if ctx.chance(0.55):
        form = ctx.pick(["Contact us", "Support request", "Get in touch"])
        topic = ctx.pick(["General question", "Billing", "Technical support", "Other"])
        rows = [
            f"New submission from {form}",
            "",
            f"Name: {cust.full}",
            f"Email: {cust.email}",
            f"Company: {ctx.company}" if ctx.chance(0.6) else f"Phone: {phone(ctx)}",
            f"Topic: {topic}",
            f"Message: {ctx.ask(lead=0.1, tail=0.1)}",
            "",
            "---",
            f"Submitted {stamp(1, ctx.when)} from https://www.{ctx.domain}/contact",
            f"IP: 198.51.100.{ctx.num(2, 254)} · {ctx.pick(BROWSERS)}",
        ]
        return "\n".join(rows)
    head = f"From: {cust.full} <{cust.email}>\nSubject: {subject(ctx, 0.3)}"
    body = f"Message Body:\n{ctx.ask(lead=0.1)}"
    foot = f"--\nThis message was sent from the contact form on {ctx.vendor} (https://www.{ctx.domain})"
    return join_blocks(head, body, foot)


# --------------------------------------------------------------------------- driver


def channel_table() -> list[tuple[str, int, bool, Generator]]:
    """(name, weight, multilingual, generator) for every envelope kind."""
    return [
        ("email_simple", 11, True, gen_email_simple),
        ("email_signature", 8, True, gen_email_signature),
        ("email_reply", 9, True, gen_email_reply),
        ("email_forward", 6, True, gen_email_forward),
        ("email_system", 4, True, gen_email_system),
        ("html_email", 3, True, gen_html_email),
        ("helpdesk_notification", 6, True, gen_helpdesk_notification),
        ("ticket_thread", 6, True, gen_ticket_thread),
        ("jira_sm", 2, True, gen_jira_sm),
        ("crm_record", 3, False, gen_crm_record),
        ("chat_transcript", 7, True, gen_chat_transcript),
        ("whatsapp", 3, True, gen_whatsapp),
        ("sms", 2, False, gen_sms),
        ("call_notes", 4, False, gen_call_notes),
        ("app_review", 4, False, gen_app_review),
        ("review_site", 3, False, gen_review_site),
        ("nps_survey", 4, False, gen_nps_survey),
        ("feedback_widget", 4, False, gen_feedback_widget),
        ("forum_post", 3, False, gen_forum_post),
        ("team_chat", 4, False, gen_team_chat),
        ("feature_portal", 2, False, gen_feature_portal),
        ("json_export", 2, False, gen_json_export),
        ("web_form", 4, False, gen_web_form),
    ]


def wrap_row(rng: random.Random, rows: list[tuple[str, str]], i: int) -> tuple[str, str]:
    """Wrap row i in a randomly chosen envelope; return (text, channel)."""
    table = channel_table()
    if not table:
        return rows[i][0], "plain"
    name, _, multi, gen = rng.choices(table, [w for _, w, _, _ in table])[0]
    ctx = make_ctx(rng, rows, i, multi)
    return gen(ctx).strip("\n"), name


def read_rows(path: str) -> list[tuple[str, str]]:
    """Read (text, label) pairs from a CSV with a header naming 'text' and 'label'."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
            sys.exit(f"{path}: expected columns text,label")
        return [(r["text"] or "", r["label"] or "") for r in reader]


def write_rows(path: str, rows: list[tuple[str, str, str]]) -> None:
    """Write (text, label, channel) rows with a header."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label", "channel"])
        writer.writerows(rows)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line arguments."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("infile", help="input CSV with columns text,label")
    parser.add_argument("outfile", help="output CSV with columns text,label,channel")
    parser.add_argument("--seed", type=int, default=17, help="random seed (default 17)")
    parser.add_argument("--share", type=float, default=0.75, help="share of rows to wrap")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Read, wrap and write; print one summary line."""
    args = parse_args(argv)
    rng = random.Random(args.seed)
    rows = read_rows(args.infile)
    out: list[tuple[str, str, str]] = []
    for i, (text, label) in enumerate(rows):
        if text.strip() and rng.random() < args.share:
            wrapped, channel = wrap_row(rng, rows, i)
        else:
            wrapped, channel = text, "plain"
        out.append((wrapped, label, channel))
    write_rows(args.outfile, out)
    counts = Counter(c for _, _, c in out)
    wrapped_n = len(out) - counts.get("plain", 0)
    per = " ".join(f"{k}={v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    print(f"rows={len(out)} wrapped={wrapped_n} channels: {per}")


if __name__ == "__main__":
    main()
