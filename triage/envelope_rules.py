"""Hand-written patterns that recognise the envelope around a customer's request (English).

Applied by :mod:`triage.envelope_extract`; every pattern here describes text that carries no
request of its own: greetings, sign-offs, signatures, quoted replies, forward headers, helpdesk
and review boilerplate, agent macros, survey questions, transcript speakers.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SEP = r"\s*[-–—:|·]\s*"
_HELPDESKS = r"(?:zendesk|freshdesk|intercom|help\s*scout|front|gorgias|hubspot)"  # vendor names

# --- structure: forwards, replies, signature delimiter --------------------------------------
# "---------- Forwarded message ---------", "-----Ursprüngliche Nachricht-----", "Begin
# forwarded message:": where a forwarded or quoted message starts, as mail apps write it in the
# languages customers use most (Gmail and Outlook put "forwarded" before or after "message")
_FORWARDED = (
    r"(?:forwarded|weitergeleitet(?:e|en)?|transf[ée]r[ée]e?|r[ée]exp[ée]di[ée]e?|reenviad[oa]"
    r"|encaminhad[ao]|reencaminhad[ao]|doorgestuurde?|inoltrat[oa]|vidarebefordrat"
    r"|przekazan[aey]j?|przekazywanej)"
)
_MESSAGE = (
    r"(?:message|nachricht|mensaje|mensagem|messaggio|bericht|meddelande|brev"
    r"|wiadomo(?:ść|ści|sc|sci))"
)
_ORIGINAL = (
    r"(?:original\s+message|urspr(?:ü|ue)ngliche\s+nachricht|message\s+d['’]origine|mensaje"
    r"\s+original|oorspronkelijk\s+bericht|mensagem\s+original|messaggio\s+originale"
    r"|ursprungligt\s+meddelande|oryginalna\s+wiadomo(?:ść|sc))"
)
# Apple Mail's "Begin forwarded message:" ("Início da mensagem reencaminhada:", "Début du
# message réexpédié :", "Anfang der weitergeleiteten Nachricht:")
_BEGIN = r"(?:begin|in[íi]cio|d[ée]but|anfang|inicio|inizio|början|pocz[ąa]tek)"
FORWARD_MARKER = re.compile(
    rf"^\s*(?:-{{2,}}\s*(?:{_FORWARDED}\s+{_MESSAGE}|{_MESSAGE}\s+{_FORWARDED}|{_ORIGINAL}"
    rf"|forwarded\s+by\b.*?)\s*-{{2,}}|{_BEGIN}\s+(?:\w+\s+){{0,3}}{_FORWARDED}\s+{_MESSAGE}"
    rf"|{_BEGIN}\s+(?:\w+\s+){{0,3}}{_MESSAGE}\s+{_FORWARDED}\s*:?|_{{10,}})\s*:?\s*$",
    _I,
)
FORWARDED = re.compile(rf"\b{_FORWARDED}\b", _I)
FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw)\s*:", _I)
# a mail server's automatic answer (out of office, "we got your mail"): its body is no one's ask
AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|sv)\s*:\s*)*(?:auto(?:matic|matische|matisch)?[\s-]*(?:reply|response|"
    r"antwort|antwoord|svar)|out\s+of\s+(?:the\s+)?office|abwesenheitsnotiz|r[ée]ponse\s+"
    r"automatique|respuesta\s+autom[áa]tica|risposta\s+automatica|resposta\s+autom[áa]tica|"
    r"autosvar|automaattinen\s+vastaus|自动回复|自動応答|自動回覆)\b",
    _I,
)
# a body that points at its subject line: "See subject.", "(as per subject)", "Title says it all"
SEE_SUBJECT = re.compile(
    r"^\W*(?:please\s+)?(?:see|as\s+per|per|read)\s+(?:the\s+)?(?:subject|title)(?:\s+line)?\W*$"
    r"|^\W*(?:the\s+)?(?:subject|title)\s+says\s+(?:it\s+)?all\W*$",
    _I,
)
AUTO_SUBMITTED = re.compile(r"^\s*auto-submitted\s*:\s*auto-(?:replied|generated)\b", _I)
# a mail client's header names in the languages customers write in most, after English
_HEADER_NAMES = {
    "from": ("von", "de", "da", "van", "från", "od"),
    "sent": (
        "gesendet",
        "envoyé",
        "enviado",
        "enviado el",
        "enviado em",
        "enviada em",
        "inviato",
        "verzonden",
        "skickat",
        "wysłano",
    ),
    "date": ("datum", "fecha", "data"),
    "to": ("an", "à", "para", "aan", "till", "do"),
    "subject": ("betreff", "objet", "asunto", "assunto", "oggetto", "onderwerp", "ämne", "temat"),
}
_HEADER_ALIAS = {alias: name for name, aliases in _HEADER_NAMES.items() for alias in aliases}
HEADER_FIELD = re.compile(
    r"^\s*\*?(?P<field>from|sent|date|to|cc|bcc|subject|reply-to|"
    + "|".join(sorted(map(re.escape, _HEADER_ALIAS), key=len, reverse=True))
    + r")\*?\s*:\s*(?P<value>.*)$",
    _I,
)
# A mail app's reply attribution, as Gmail and Outlook write it in ten languages ("On Mon, 3
# Mar 2025 at 10:02, Ana <ana@x.io> wrote:", "El lun, 8 feb 2021 a las 20:59, Ana escribió:",
# "Am Mo., 3. März 2025 um 10:02 Uhr schrieb Ana <ana@x.io>:"): German, Dutch and the
# Scandinavian languages name the writer after the verb.
_ATTRIBUTION_OPENER = r"(?:on|el|em|il|le|am|op|den|w\s+dniu)"
_WROTE = (
    r"(?:wrote|escribió|escreveu|ha\s+scritto|a\s+écrit|schrieb|schreef|skrev|napisał(?:\(a\))?)"
)
REPLY_ATTRIBUTION = re.compile(
    rf"^\s*{_ATTRIBUTION_OPENER}\b.{{0,200}}\b{_WROTE}(?:\s[^:]{{0,120}})?\s*:\s*$", _I
)
ATTRIBUTION_START = re.compile(rf"^\s*{_ATTRIBUTION_OPENER}\s+\S.*\d", _I)
WROTE_END = re.compile(rf"\b{_WROTE}(?:\s[^:]{{0,120}})?\s*:\s*$", _I)
QUOTED = re.compile(r"^\s*>")
DEQUOTE = re.compile(r"^(?:\s*>)+ ?")
SIG_DELIMITER = re.compile(r"^\s*(?:--|—|__)\s*$")
SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|tr|wg|rv|res|enc|antw|sv|odp)\s*:\s*)+", _I)


def header_name(field: str) -> str:
    """The English name of an e-mail header field as written ("Betreff" -> "subject")."""
    folded = field.casefold()
    return _HEADER_ALIAS.get(folded, folded)


def header_subject(line: str) -> str | None:
    """The subject a header line gives, without "Re:"/"Fwd:" ("Betreff: AW: App" -> "App");
    None for any other line or an empty subject."""
    m = HEADER_FIELD.match(line)
    if m is None or header_name(m["field"]) != "subject":
        return None
    return SUBJECT_PREFIX.sub("", m["value"]).strip() or None


# --- greetings, pleasantries, sign-offs -----------------------------------------------------
_GREET_WORD = (
    r"(?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom\s+it\s+may\s+concern"
    # the same in the languages customers write in most, after English
    r"|hallo|guten\s+(?:tag|morgen|abend)|sehr\s+geehrte(?:r|s)?(?:\s+damen\s+und\s+herren)?"
    r"|liebe[rs]?|bonjour|bonsoir|salut|cher|ch(?:è|e)re|madame|monsieur|ciao|buongiorno|buonasera"
    r"|gentil[ei]|hola|buen(?:os|as)\s+(?:d(?:í|i)as|tardes|noches)|estimad[oa]s?|ol(?:á|a)|bom\s+dia"
    r"|boa\s+tarde|prezad[oa]s?|goede(?:morgen|middag|navond)|beste|hej|hei|dzie(?:ń|n)\s+dobry"
    r"|hoi|oi|buenas|coucou|moin|servus|gr(?:ü|ue)(?:ezi|ß\s+gott)|god\s+(?:morgon|dag|kv(?:ä|a)ll)"
    r"|goddag|hall(?:å|a)|witam|szanowni\s+pa(?:ń|n)stwo|cze(?:ś|s)(?:ć|c))"
)
_ADDRESSEE = (
    r"\s+(?:there|team|all|everyone|everybody|folks|guys|y'all|friends|sir(?:\s*(?:or|/)\s*madam)?"
    r"|madam|support(?:\s+team)?|zusammen|l['’](?:é|e)quipe|(?:à|a)\s+tou[ts]|a\s+tod[oa]s"
    r"|allemaal|tutti|equipo|pessoal)"
)
_NAME = (  # "Dear Ana", "Dear Swiftpay Customer Care", "Hello Orbit Travel support team"
    r"\s+(?-i:[A-Z])[\w'.&-]*(?:\s+(?-i:[A-Z])[\w'.&-]*){0,3}"
    r"(?:\s+(?:customer\s+(?:care|service|support)|support\s+team|team|support|folks))?"
)
_GREET_SEP = r"(?:\s*[,!:;.]+\s*|\s+[-–—]+\s*|\s*$)"
GREETING = re.compile(
    rf"^\s*{_GREET_WORD}\b(?:{_ADDRESSEE}(?:{_GREET_SEP}|\s+)|(?:{_NAME})?{_GREET_SEP})", _I
)


def _pleasant(span: str) -> str:
    """Pleasantry sentences; ``span`` is the character class of their free-text stretches."""
    return (
        r"(?:(?:i|we)\s+)?(?:hope|trust)\s+(?:that\s+)?(?:you|you['’]re|you\s+are|you\s+all"
        r"|y['’]all|all|everything|things|life|your|the\s+team|this(?:\s+(?:e-?mail|message"
        rf"|note))?\s+finds\s+you)\b{span}{{0,40}}?\b(?:well|good|great|fine|safe|healthy"
        rf"|nicely|ok|okay|smoothly|swimmingly)\b{span}{{0,25}}?"
        r"|(?:(?:i|we)\s+)?hope\s+you\s+(?:had|have|are\s+having|['’]re\s+having|enjoyed)\s+"
        r"(?:an?|the)\s+(?:great|good|nice|lovely|wonderful|relaxing|restful|productive|fantastic)"
        r"\s+\w+(?:\s+\w+)?"
        r"|how\s+are\s+(?:you|things)(?:\s+(?:doing|all|going))?(?:\s+(?:today|these\s+days))?"
        r"|happy\s+(?:monday|tuesday|wednesday|thursday|friday|weekend|new\s+year|holidays)"
        r"|long\s+time\s+no\s+(?:see|talk|speak)|it['’]s\s+been\s+a\s+while"
        r"|(?:good|nice|great)\s+to\s+(?:hear|see)\s+from\s+you|nice\s+to\s+(?:e-?)?meet\s+you"
        r"|(?:(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+)?(?:writing|reaching\s+out|contacting\s+you"
        r"|getting\s+in\s+touch)\s+(?:on\s+behalf\s+of|from|with\s+regards?\s+to|regarding"
        rf"|about)\b{span}{{0,60}}?"
        r"|(?:i\s+)?hope\s+this\s+is\s+the\s+right\s+(?:address|place|person|e-?mail|team|channel"
        rf"|inbox)\b{span}{{0,20}}?"
        r"|sorry\s+to\s+(?:bother|trouble|bug)\s+you(?:\s+(?:again|guys|all))?"
    )


PLEASANTRY = re.compile(rf"^\s*(?:{_pleasant('[^.!?]')})\s*[.!?]*\s*$", _I)
PLEASANT_LEAD = re.compile(
    rf"^\s*(?:{_pleasant('[^.!?,;]')})\s*(?:[.!?]+|[,;:]|\s[-–—]+)\s*(?=\S)", _I
)
# sign-offs in the languages customers write in most, after English
_FOREIGN_SIGNOFF = (
    r"mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|(?:viele|liebe|beste|sch(?:ö|oe)ne)\s+gr(?:ü|ue)(?:ß|ss)e"
    r"|vielen\s+dank|danke(?:\s+sch(?:ö|oe)n)?|gr(?:ü|ue)(?:ß|ss)e|merci(?:\s+beaucoup)?|cordialement"
    r"|bien\s+(?:à|a)\s+vous|bonne\s+journ(?:é|e)e|salutations|grazie(?:\s+mille)?|(?:distinti|cordiali)"
    r"\s+saluti|saluti|gracias|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|obrigad[oa]"
    r"|cumprimentos|abra(?:ç|c)os|(?:met\s+)?vriendelijke\s+groet(?:en)?|groeten|bedankt"
    r"|(?:med\s+)?v(?:ä|a)nliga?\s+h(?:ä|a)lsning(?:ar)?|h(?:ä|a)lsningar|pozdrawiam|dzi(?:ę|e)kuj(?:ę|e)"
)
_SIGNOFF_WORDS = (
    r"(?:(?:many|big|huge)\s+)?(?:thanks|thank\s+you|thx|tia|cheers|best|regards|rgds"
    r"|sincerely|cordially|respectfully|yours|take\s+care|talk\s+soon|speak\s+soon|all\s+the"
    r"\s+best|best\s+wishes|warm(?:est)?\s+regards|kind(?:est)?\s+regards|best\s+regards"
    rf"|with\s+(?:thanks|regards|gratitude)|much\s+appreciated|appreciate\s+it|{_FOREIGN_SIGNOFF})"
)
SIGNOFF = re.compile(
    rf"^\s*{_SIGNOFF_WORDS}(?:\s*[,&]?\s*{_SIGNOFF_WORDS})?"  # "Obrigado, cumprimentos"
    r"(?:\s+(?:again|so\s+much|a\s+lot|a\s+ton|in\s+advance|very\s+much|truly|sincerely"
    r"|faithfully))?(?:\s*[,!.\-–—]*\s*(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*)?)?"
    r"\s*[,!.:;)]*\s*$",
    _I,
)
CLOSING = re.compile(
    r"^\s*(?:(?:thanks?|thank\s+you|many\s+thanks)(?:\s+(?:so|very)\s+much|\s+again|\s+a\s+lot"
    r"|\s+in\s+advance)?(?:\s+for\s+[^.!?]{1,60})?"
    r"|(?:i|we)?\s*(?:really\s+)?appreciate\s+(?:it|(?:your|the|any)\s+(?:help|time|consideration"
    r"|support|attention|assistance))"
    r"|(?:any\s+(?:help|update|feedback|info(?:rmation)?)|(?:your\s+)?help)\s+(?:would\s+be|is)"
    r"\s+(?:much\s+|greatly\s+|very\s+much\s+)?appreciated"
    r"|looking\s+forward\s+to\s+(?:hearing\s+(?:from\s+you|back)|your\s+(?:reply|response|answer)"
    r"|a\s+(?:reply|response|fix))"
    r"|(?:please\s+)?let\s+me\s+know\s+if\s+you\s+(?:have|need)\s+(?:any\s+)?(?:questions?"
    r"|more\s+(?:info|information|details)|anything)"
    r"|hope\s+(?:this|that)\s+(?:helps|makes\s+sense|is\s+clear)"
    r"|keep\s+up\s+the\s+(?:good|great)\s+work)\s*[.!]*\s*$",
    _I,
)

# --- agent side: macros, notes, transcript speakers -----------------------------------------
MACRO = re.compile(
    r"^\s*(?:(?:thanks?|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:reaching\s+out"
    r"|contacting|getting\s+in\s+touch|writing\s+(?:in|to\s+us)|your\s+(?:feedback|suggestion"
    r"|patience|message|e-?mail|request|ticket|report|inquiry|enquiry|understanding)|the"
    r"\s+(?:feedback|suggestion|report)|taking\s+the\s+time|sharing\s+(?:this|your)|letting\s+us"
    r"\s+know|flagging|bringing\s+this)"
    r"|(?:i|we)(?:['’]ve|\s+have|['’]ll|\s+will|['’]m|\s+am|\s+are|['’]re)?\s+(?:(?:now|already"
    r"|just|gone\s+ahead\s+and)\s+)?(?:pass(?:ed|ing)?|forward(?:ed|ing)?|shar(?:e|ed|ing)"
    r"|log(?:ged|ging)?|escalat(?:e|ed|ing)|raised|noted|added|submitted|recorded|created|filed"
    r"|flagged)\s+(?:this|your|it|the\s+(?:request|feedback|suggestion|idea))"
    r"|your\s+(?:case|ticket|request|reference)\s+(?:number|no\.?|id|reference)\s+is\b"
    r"|our\s+(?:product|engineering|dev|development|support|success)\s+team\s+(?:will|is|has|are"
    r"|have|['’]ll)"
    r"|(?:please\s+)?(?:do\s+)?let\s+(?:us|me)\s+know\s+if\s+(?:there\s+is|there['’]s|you\s+(?:have"
    r"|need)|we\s+can|i\s+can)"
    r"|(?:we|i)(?:['’]ve|\s+have)\s+received\s+your"
    r"|is\s+there\s+anything\s+else|(?:we|i)\s+(?:really\s+|truly\s+)?appreciate\s+(?:your|the"
    r"|you)|have\s+a\s+(?:great|nice|good|wonderful|lovely)\s+(?:day|week|weekend|one)"
    r"|we['’]ll\s+(?:keep\s+you\s+(?:posted|updated)|let\s+you\s+know|be\s+in\s+touch|get\s+back"
    r"\s+to\s+you|follow\s+up)"
    r"|this\s+(?:ticket|request|conversation|case)\s+(?:has\s+been|was|is|will\s+be)\s+(?:closed"
    r"|resolved|merged|solved|updated|marked)"
    r"|you\s+can\s+(?:simply\s+)?(?:reply|respond)\s+to\s+this|(?:how|what)\s+(?:else\s+)?can\s+"
    r"(?:i|we)\s+(?:help|assist)(?:\s+(?:you|with))?\b(?!\s+(?:to|my|our|me|us)\b)"
    r"|what\s+(?:else\s+)?can\s+(?:i|we)\s+do\s+for\s+you|my\s+name\s+is\s+\w+\s+(?:and|from)"
    r"|(?:best|regards|cheers|thanks),?\s+the\s+[\w .'-]{1,30}\s+team\b)",
    _I,
)
REQUEST_CUE = re.compile(r"\b(?:but|however|although|please)\b", _I)
AGENT_TAG = re.compile(
    r"^\s*\[\s*(?:agent|internal|staff|support|private|system|auto(?:mated)?|bot|admin)\b"
    r"[^\]]{0,30}\]\s*[:\-–—]?\s*(?P<rest>.*)$",
    _I,
)
AGENT_LABEL = re.compile(
    r"^\s*(?:(?:internal|agent|private|staff|support|admin)\s+(?:note|notes|reply|response"
    r"|comment)(?:\s+(?:by|from)\s+[\w .'-]{1,30}|\s*\([^)]{1,30}\)"
    r"|\s*[-–—]\s*[\w .'-]{1,30}(?=:))?"
    r"|(?:agent|support|staff|assignee)(?:\s+(?:wrote|said|replied))?|(?:developer"
    r"|dev|company|owner|publisher)(?:['’]s)?\s+(?:response|reply)|response\s+from\s+(?:the\s+)?"
    r"(?:developer|company|owner|team)|reply\s+from\s+[\w .'()@-]{1,60}|public\s+(?:reply|response"
    r"|comment))\s*[:\-–—]\s*(?P<rest>.*)$",
    _I,
)
REPLY_HEADER = re.compile(
    r"^\s*(?:(?P<q>public|agent|support|staff|admin|team|our|official|developer|company|owner"
    r"|publisher)(?:['’]s)?\s+)?(?:reply|response|answer)(?P<f>\s+(?:from|by)\s+[\w .'()-]{1,40})?"
    r"\s*[:\-–—]\s*(?P<rest>.*)$",
    _I,
)
# the same on a line of its own over the answer: "Reply from Orbit Bank", "Developer Response"
REPLY_BYLINE = re.compile(
    r"^\s*(?:(?:developer|company|owner|publisher|official)(?:['’]s)?\s+(?:reply|response)"
    r"|(?:reply|response)\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,3})"
    r"\s*$",
    _I,
)
CUSTOMER_MARK = re.compile(
    r"^\s*\[?(?:(?:the\s+)?(?:customer|client|requester|user|end\s*user|reporter)(?:['’]s)?"
    r"\s*(?:wrote|said|says|writes|asked|asks|message|request|comment|feedback|note|verbatim)"
    r"|original\s+(?:message|request)|description|message\s+from\s+(?:the\s+)?customer"
    r"|[\w .'()-]{1,40}?\s+wrote"
    # a thread's entry: "Layla Qureshi (Jul 4, 2024):"
    r"|(?-i:[A-Z])[\w .'’-]{1,40}?\s*\((?=[^)]*\d)[^()]{3,40}\))\]?\s*:\s*(?P<rest>.*)$",
    _I,
)
CHAT_LINE = re.compile(
    r"^\s*(?:[\[(]?(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)[\])]?\s*[-–—|]?\s*)?"
    r"(?P<who>[^\W\d][\w .'’&()/@-]{0,40}?)\s*:\s+(?P<msg>.*)$",
    _I,
)
AGENT_ROLE = re.compile(
    r"\b(?:agent|support|bot|assistant|operator|rep|representative|advisor|adviser|helpdesk"
    r"|help\s*desk|staff|admin|csm|system|concierge|moderator|specialist|team|success|service)\b",
    _I,
)
CUSTOMER_ROLE = re.compile(
    r"^\s*(?:customer|client|user|visitor|guest|caller|requester|end\s*user|me|prospect|buyer"
    r"|member)\b",
    _I,
)
TRANSCRIPT_NOISE = re.compile(
    r"^\s*(?:[-=*~]+\s*)?(?:(?:chat|conversation|call)\s+(?:transcript|log|started|ended|history)\b.*"
    r"|.{0,60}\b(?:joined|left)\s+the\s+(?:chat|conversation)\.?)\s*$",
    _I,
)

# --- helpdesk, review, survey and call-note boilerplate -------------------------------------
TICKET_HEADER = re.compile(
    rf"^\s*\[?(?:(?:support|{_HELPDESKS}|jira|servicenow|salesforce)\s+)?"
    r"(?:ticket|case|request|incident|issue|conversation|chat|req|inc|sr)"
    r"\s*(?:#\s*|no\.?\s*|number\s*|id\s*[:#]?\s*|ref(?:erence)?\s*[:#]?\s*|:\s*#?\s*|\s(?=\d{4})"
    r"|\s(?=[A-Z]{1,6}-?\d{3,}))"
    r"[A-Z]{0,6}-?\d{2,}\]?(?:\s*\([^)]*\))?(?:" + _SEP + r"(?P<rest>.*))?\s*$",
    _I,
)
# A ticket's title that names no request: "Question", "Need assistance", "Demande d'assistance"
GENERIC_TITLE = re.compile(
    r"^\W*(?:\[[^\]]{1,20}\]\s*)*(?:(?:a\s+)?(?:quick\s+|general\s+)?(?:question|query|request"
    r"|inquiry|enquiry|issue|problem|help|support|feedback|assistance|advice)(?:\s+(?:needed"
    r"|request|about\s+my\s+account))?|need\s+(?:help|assistance|advice)|newbie\s+question"
    r"|consulta|pregunta|solicitud|anfrage|frage|vraag|verzoek|demande(?:\s+d['’]assistance)?"
    r"|richiesta|domanda|pergunta|pedido)\W*$",
    _I,
)
# "CS-4804  [Request a change] Quick question": an issue key and request type before a title
ISSUE_KEY = re.compile(r"^\s*[A-Z][A-Z0-9]{1,9}-\d{1,7}\s+\[[^\]\n]{1,40}\]\s*(?P<rest>.*)$")
METADATA = re.compile(
    r"^\s*(?P<label>status|priority|severity|assignee|assigned\s+to|owner|requester|requested"
    r"\s+by|reporter|reported\s+by|created(?:\s+(?:at|on|by))?|updated(?:\s+at)?|opened|closed"
    r"|submitted(?:\s+(?:at|on|by|via))?|received|channel|source|via|tags?|labels?|type|ticket"
    r"\s+type|group|queue|department|category|product\s+area|component|sla|organi[sz]ation|org"
    r"|account|company|customer|client|customer\s+id|user\s+id|account\s+id|plan|tier|segment"
    r"|region|locale|language|version|app\s+version|build|platform|device|browser|os|operating"
    r"\s+system|e-?mail|phone|name|full\s+name|date|time|duration|attendees|participants"
    r"|present|contact|arr|mrr|seats|contract|renewal(?:\s+date)?|nps|csat|score|store|country|ref"
    r"|reference|id|ticket\s+id|case\s+id|order(?:\s+(?:id|number))?|attachments?|csm|ae|am"
    r"|survey|respondent|response\s+id|rep)\s*[:=]\s*(?P<value>.*)$",
    _I,
)
ENTITY_LABELS = frozenset({"customer", "client", "company", "account", "org", "organisation"})
# people, never a request, whatever the length of the list
PEOPLE_LABEL = re.compile(
    r"^(?:attendees|participants|present|contact|requester|requested\s+by|reporter|reported"
    r"\s+by|assignee|assigned\s+to|owner|name|full\s+name|e-?mail|phone|csm|ae|am|rep)$",
    _I,
)
# "Logged to Salesforce by Ana", "Recorded in Gong · 46 min": the tool that carried a note
TOOL_FOOTER = re.compile(
    r"^\s*(?:logged|recorded|synced|saved|imported|captured|transcribed|exported)\s+(?:to|in|from"
    r"|via|with|into|by)\s+(?-i:[A-Z])[^.?!]{0,60}$",
    _I,
)
# A capitalised word in a Latin alphabet ("Álvaro", "Çelik", "Łukasz"), and a person's name of
# such words with the particles between them ("Wouter van Dijk")
_UPPER = r"(?-i:[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ])"
_NAME_PARTICLES = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "den", "ter", "la"}
)
_PARTICLE = "|".join(sorted(_NAME_PARTICLES))
_PERSON = (
    rf"(?:(?:{_PARTICLE})\s+)?{_UPPER}[\w.'’-]*(?:\s+(?:{_UPPER}[\w.'’-]*|{_PARTICLE})){{0,3}}"
)
# a helpdesk's event line over someone's answer or note: "Daniel Wojcik replied", "Emeka Kovacs
# added a private note · Aug 12"; under the customer's message it is the agent's
ACTIVITY_BYLINE = re.compile(
    rf"^\s*{_PERSON}\s+[·•|]\s+(?i:(?:public\s+)?(?:reply|response)"
    r"(?:\s+to\s+(?:the\s+)?customer)?)\s*$|"  # "Oscar Patel · Reply to customer"
    rf"^\s*{_PERSON}\s+(?:replied|responded|answered|wrote\s+back|commented|added\s+an?\s+"
    r"(?:(?:private|internal|public)\s+)?(?:note|comment|reply)|left\s+an?\s+(?:(?:private|"
    r"internal)\s+)?note)(?:\s*(?:[·•|,:–—-]|\bon\b|\bat\b)[^a-z]*(?:[a-z]{1,4}\b[^a-z]*)*)?$"
)
# a chat app's own lines: "Ana Silva  3:18 PM", "[8:24 AM] Raman, Lucía (Guest)", "Ana posted
# in #feedback", "#cs-team", thread and reaction counters ("View thread · 3 replies", "↳ 1
# reply", "(2 reactions: 👍)", "3")
CHAT_APP_NOISE = re.compile(
    rf"^\s*(?:{_PERSON}\s+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?"
    rf"|\[\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\]\s+{_PERSON}(?:,\s+{_PERSON})?"  # "Raman, Lucía"
    r"(?:\s*\((?:guest|external)\))?"
    r"|.{0,60}\bposted\s+in\s+#?[\w-]+|#[\w-]+|(?:view\s+thread\b|↳).*"
    r"|\d+\s+repl(?:y|ies)\b.*|\(?\d+\s+reactions?\b.*|[\d\s·|,]+|reply|seen(?:\s+by\s+\w+)?"
    r"|(?:[^\w\s]{1,4}\s*\d+\s*)+"  # "👍 4 ❤️ 1": reaction counts
    r"|\W*(?:this\s+message\s+was\s+deleted|<?(?:media|image|video|audio|sticker|gif|document)"
    r"\s+omitted>?)\W*)\s*$",
    _I,
)
# a chat app's notice that its messages are encrypted, in the languages of its exports
ENCRYPTION_NOTICE = re.compile(
    r"^.{0,40}?\b(?:messages\s+and\s+calls\s+are\s+end-to-end|les\s+messages\s+et\s+les\s+appels"
    r"|los\s+mensajes\s+y\s+las\s+llamadas|nachrichten\s+und\s+anrufe|berichten\s+en\s+oproepen"
    r"|as\s+mensagens\s+e\s+as\s+chamadas|i\s+messaggi\s+e\s+le\s+chiamate)\b",
    _I,
)
# a social post's frame: "@thetom", "Replying to @AskAcme", "10:57 AM · Sep 29, 2025",
# "358 Views", "Reviewed 24 June 2026"
SOCIAL_NOISE = re.compile(
    r"^\s*(?:@\w{2,30}|replying\s+to\s+@\w+(?:\s+and\s+@?\w+)*"
    r"|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*·\s*\S.{0,30}"
    r"|(?:[\d.,]+[km]?\s+(?:views?|likes?|reposts?|retweets?|comments?|upvotes?|shares?|repl(?:y|ies)"
    r"|points?|votes?)\s*[·|,]?\s*)+"
    r"|(?:useful|helpful|share|report|like|reply)(?:\s*·\s*(?:useful|helpful|share|report|like"
    r"|reply))+|level\s+\d+|upvote\b.{0,20}\bdownvote\b.*|permalink\b.{0,40}\breport\b.*"
    r"|created\s+.{1,20}\s+last\s+reply\b.*|[a-z0-9]+(?:[._][a-z0-9]+)+(?:\s+op)?"  # user names
    # a subreddit, a comment's head: "r/acme", "**marcus** commented on Nov 9, 2025"
    r"|r/\w{2,30}|\**[\w.-]{2,30}\**\s+commented\s+(?:on\s+)?\S.{2,30}"
    r"|(?:reviewed|posted|edited|updated)\s+(?:on\s+)?\d{1,2}\s+\w+\s+\d{4}"
    r"|(?:reviewed|posted|edited|updated)\s+(?:on\s+)?\w+\s+\d{1,2},?\s+\d{4})\s*$",
    _I,
)
# a social handle: "@thetom", "@sofia.bsky.social", a fediverse "@ana@hachyderm.io"
_HANDLE = r"@\w[\w.]{1,39}(?<!\.)(?:@[\w-]+(?:\.[\w-]+)+)?"
HANDLE = re.compile(rf"^\s*{_HANDLE}\s*$")
REVIEWER_META = re.compile(
    r"^\s*[A-Z]{2}\s*·\s*\d+\s+reviews?\s*$"  # "FR · 1 review"
    # "Thiago S. — IT Administrator, Enterprise (> 1000 emp.)", "Isabel N., Team Lead,
    # Dispatch": a review site's reviewer line
    r"|^\s*(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])\.(?:\s*[—–-]|,)\s+[^\n]{2,100}$",
    _I,
)
# "06.02.2021 12:27  IN   Hallo": an SMS export's line, marked with its direction
SMS_LINE = re.compile(
    r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s+"
    r"(?-i:(?P<way>IN|OUT))\s+(?P<msg>\S.*)$"
)
# a post's byline or a DM thread's header: "Ravi Park @rpark_ · 23 Jun", "Direct Messages · Acme"
SOCIAL_BYLINE = re.compile(
    rf"^\s*(?:{_PERSON}\s+{_HANDLE}(?:\s*·.{{0,30}})?"
    r"|direct\s+messages?\s*·.{0,80}"
    # "u/tired_dad_99 · 3h", "[–]jdm_fan 173 points 2 days ago"
    r"|(?:\[[–-]\]\s*)?(?:u/)?[\w.-]{2,30}\s*(?:·\s*\d+\s*(?:s|m|h|d|w|mo|y|mins?|hrs?)\b"
    r"|\d+\s+points?\b)(?:.{0,20}\bago)?)\s*$",
    _I,
)
# who a post is by or for, ahead of its words: "@AskAcme @acme_dev Hi, …", "Lena (@lena59): …"
LEADING_MENTIONS = re.compile(
    r"^(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*\(@\w{2,30}\)\s*:\s*"
    rf"|(?:{_HANDLE}[,:]?\s+)+)(?=\S)"
)
# a chat app's author line over a message: "Tiago Oliveira (Guest)", "Mike Costa [External]"
CHAT_AUTHOR = re.compile(
    r"^\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*[(\[](?:guest|external|bot|app"
    r"|admin|owner|moderator|mod|staff)[)\]]\s*$",
    _I,
)
# Speech transcribed (voicemail, call recordings): fillers, the caller's introduction and the
# closing around what they ask ("hi this is Emily um play chopin okay thanks bye")
_FILLER = r"(?:u+m+|u+h+|e+r+m*|hmm+|mhm)"
SPOKEN_FILLER = re.compile(
    rf"(?<![\w'’]){_FILLER}(?![\w'’])[,.]?\s*"
    r"|[\[(](?:inaudible|unintelligible|crosstalk|silence|pause|laughs?|noise)[\])]\s*",
    _I,
)
_CALLER = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
# a company named after a caller: "Harbour & Finch SARL", "Tramontana Group"
# (a word that opens a request ends it: "… Kranich Oyj Switch on light")
_OPENER = (
    r"(?:can|could|would|will|please|tell|show|list|switch|turn|set|add|make|play|give|find|what"
    r"|how|when|where|why|who|which|is|are|do|does|i|remind|start|stop|send|open|check|delete"
    r"|remove|book|order|call|email|help|change|cancel|let|get|put|read)(?![\w'’-])"
)
_COMPANY = rf"(?-i:[A-Z])[\w'’-]*(?:\s+(?:&\s+)?(?!{_OPENER})(?-i:[A-Z])[\w'’-]*)*"
SPOKEN_INTRO = re.compile(
    r"^(?:transcript(?:ion)?(?:\s*\([^)]{0,30}\))?\s*:\s*)?"
    r"(?:(?:yeah|yes|so|ok(?:ay)?|hi|hey|hello|good\s+(?:morning|afternoon|evening))(?:\s+there)?"
    r"[,.!]?\s+)*(?:this\s+(?:message|call)\s+is\s+for\s+(?:the\s+)?[\w ]{1,30}?(?:team|department"
    r"|support)[,.]?\s+)?(?:(?:this\s+is|it['’]?s|my\s+name\s+is|i['’]?m)\s+"
    rf"{_CALLER}(?:\s+again)?(?:\s+(?:from|at|with)\s+{_COMPANY})?"
    rf"|{_CALLER}\s+here)[,.]?\s+(?=\S)",
    _I,
)
# a caller's introduction that opens even unfilled speech: "hi this is Siobhan from …"
SELF_INTRO = re.compile(
    r"^(?:(?:hi|hey|hello|good\s+(?:morning|afternoon|evening))(?:\s+there)?[,.!]?\s+)*"
    r"(?:this\s+is|my\s+name\s+is)\s+(?-i:[A-Z])",
    _I,
)
# an automatic transcript is lower case: the caller's introduction runs to the first filler
# ("hi um this is saoirse from haverford and lin um delete all scheduled events")
SPOKEN_INTRO_TO_FILLER = re.compile(
    rf"^(?:(?:hi|hey|hello|yeah|so|ok(?:ay)?|you\s+know|{_FILLER})[,.!]?\s+)*"
    rf"(?:this\s+is|it['’]?s|my\s+name\s+is)\s+[^.?!]{{1,60}}?\s+(?={_FILLER}(?![\w'’]))",
    _I,
)
_NUMBER_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d+)"
SPOKEN_CLOSE = re.compile(
    r"(?:[,.]?\s+(?:yeah|okay|ok|alright|so|anyway|like|you\s+know))*"
    r"(?:[,.]?\s+(?:please\s+)?(?:give\s+(?:me|us)"
    r"\s+a\s+(?:call|ring)(?:\s+back)?|call\s+(?:me|us)\s+back|you\s+can\s+reach\s+me\s+(?:on|at)"
    r"\s+(?:this\s+number|\+?\d[\d ().-]{5,}\d))"
    r"(?:\s+when\s+you\s+(?:can|(?:get|have)\s+a\s+(?:chance|minute|moment|sec)))?)?"
    rf"(?:[,.]?\s+(?:anyway\s+)?my\s+number\s+is(?:\s+{_NUMBER_WORD})+)?"
    r"(?:[,.]?\s+(?:yeah|okay|ok|alright|you\s+know|that['’]?s\s+(?:it|all)))*"
    r"(?:[,.]?\s+(?:thanks|thank\s+you|cheers))?"
    r"(?:[,.]?\s+(?:bye|goodbye|speak\s+soon|talk\s+soon))*\s*[.!]?\s*$",
    _I,
)
# "… from john. #accessibility #fintech": a post's hashtags after its last sentence
HASHTAGS_TAIL = re.compile(
    r"(?:(?<=[.!?])|(?=(?:\s+#[^\W\d_][\w-]{1,30}){2}))(?:\s+#[^\W\d_][\w-]{1,30})+\s*$"
)
REACTIONS_TAIL = re.compile(r"\s*\(\d+\s+reactions?:[^)]*\)\s*$", _I)
# a note's line naming the customer's own ask: "They asked: …", "- Q: …", "- Customer: …" (a
# bullet: unbulleted, "Customer:" names the customer)
ASK_LABEL = re.compile(
    r"^\s*(?:(?:[-–—•*·]\s*)(?:q|customer|cust|client)\s*:|(?:[-–—•*·]\s*)?(?:open\s+question|(?:they"
    r"|customer|cust|client)\s+(?:asked|asks|wants|requested)|ask(?:\s+from\s+(?:the\s+)?(?:customer"
    r"|client))?|the\s+ask|key\s+ask|customer\s+request|feature\s+request|verbatim|quote|cons)\s*:)"
    r"\s*(?P<ask>\S.*)$",
    _I,
)
# a lowercase word as someone writes it: not an address, a path, or "to" in "Email-to-Case"
LOWER_WORD = re.compile(r"(?<![\w@/.-])[a-z][a-z'’-]+(?![\w@/])")
# a note quoting the ask inside a sentence: 'Verified via SMS. Customer said: "…"', '… relayed a
# request from an end user, quote: "…"'
_WHOSE = r"(?:customer|cust|caller|client|user|requester)"
_OWN_WORDS = rf"in\s+(?:their|his|her)\s+(?:own\s+)?words|{_WHOSE}['’]s\s+(?:own\s+)?words"
QUOTED_ASK = re.compile(
    rf"\b(?:{_WHOSE}\s+(?:said|says|asked|asks|wrote|writes|requested)|quote|verbatim|{_OWN_WORDS})"
    r"\)?\s*:\s*[\"“](?P<ask>[^\"“”]{3,})[\"”]",
    _I,
)
# a note's line that introduces a block quote as someone's own words: "- Ava (verbatim):",
# "Customer said:" over "> Where is my PIN?"; a heading needs no colon ("### Customer's words")
VERBATIM_LEAD = re.compile(
    r"^(?P<heading>\s*#{1,6}\s+)?"
    rf"(?P<lead>.*\b(?:verbatim|{_OWN_WORDS}|{_WHOSE}\s+(?:said|says|asked|asks|requested))\)?)"
    r"\s*(?(heading):?|:)\s*$",
    _I,
)
WHOLE_QUOTE = re.compile(r"^\s*[\"“](?P<quote>[^\"“”]{3,})[\"”]\s*$")
# a forwarder's note that only points at what follows: "Can you help with this one?"
POINTER = re.compile(
    r"\b(?:below|hieronder|abaixo|ci-dessous|unten(?:stehend)?|nachfolgend|debajo|abajo|sotto|nedan"
    r"|this\s+one|the\s+following|attached|forward(?:ing|ed)?|passing|from\s+(?:a|one\s+of"
    r"\s+our)\s+(?:clients?|customers?|users?)|customer\s+request|came\s+in\s+(?:via|through|from))\b"
    r"|👇|⬇",  # a pointing-down emoji over a quoted message
    _I,
)
# "by carlos23 – 2024-12-25": a review's author and date
REVIEW_BYLINE = re.compile(r"^\s*by\s+\S+(?:\s+\S+)?\s*[–—·|,-]\s*\S.{0,30}\d\s*$", _I)
# "heads up, got this today:", "can you take this?": who passes the request on, before it
PASS_ON = re.compile(
    r"^\s*(?:(?:heads[\s-]?up|fyi)\b[^:?\"“]{0,40}|(?:got|received)\s+this\b[^:?\"“]{0,30}"
    r"|(?:(?:another\s+)?customer|client|user)\s+(?:question|request|says|said|asks|asked|wrote"
    r"|wants|feedback)\b[^:?\"“]{0,30}|from\s+(?:a|one\s+of\s+our)\s+(?:customer|client|user)s?\b"
    r"[^:?\"“]{0,30}|[^:?\"“]{0,30}\bone\s+(?:more\s+)?thing(?:\s+though)?|can\s+(?:you|someone|anyone)\s+(?:take|look\s+at|check)\s+"
    r"this\??)\s*[:?]\s*(?=\S)",
    _I,
)
HELPDESK_NOISE = re.compile(
    r"^\s*(?:#*-*\s*please\s+(?:type|write|reply|respond)\s+(?:your\s+)?(?:reply|response)?\s*"
    r"above\s+this\s+line.*|(?:reply|respond)\s+above\s+this\s+line.*"
    r"|to\s+unsubscribe\b.*|\(?no\s+subject\)?"
    r"|your\s+(?:request|ticket|case)\s*\(?#?\s*\d*\)?\s+has\s+been\s+(?:received|updated|solved"
    r"|closed).*|you\s+are\s+receiving\s+this\s+(?:e-?mail|message|because).*"
    r"|to\s+add\s+(?:additional\s+)?comments,?\s+reply\s+to\s+this\s+e-?mail.*"
    r"|(?:this\s+(?:e-?mail|message)\s+(?:is\s+a\s+service\s+from|was\s+sent\s+by)).*"
    rf"|powered\s+by\s+{_HELPDESKS}.*"
    r"|view\s+(?:this\s+)?(?:ticket|request|conversation)\s+(?:online|in\s+(?:your\s+)?browser).*"
    r"|(?:please\s+)?do\s+not\s+reply\s+(?:to\s+)?(?:this|directly)\b.*"
    # a footer's unsubscribe link, not a customer asking to unsubscribe ("unsubscribe me from ...")
    r"|unsubscribe(?:\s+(?:here|now|link))?|unsubscribe\s*(?:[|·•:(<]|https?://).*"
    r"|(?:to\s+)?unsubscribe,?\s+(?:click|visit|go\s+to|follow|use|update)\b.*"
    r"|unsubscribe\s+from\s+(?:this\s+list|these\s+(?:e-?mails|messages|notifications)).*"
    r"|\[(?:cid|image)\s*:.*\]|<image\d+\.\w+>"
    # an attachment list: its heading, and file names alone on their line (size optional)
    r"|attachments?(?:\s*\(s\))?\s*:?(?:\s*\d+)?|[\w()-][\w.()-]*\.(?:png|jpe?g|gif|heic|pdf"
    r"|docx?|xlsx?|csv|txt|log|zip|mp4|mov)(?:\s*\(?\d+(?:[.,]\d+)?\s*[kmg]?b\)?)?"
    r"|(?:chat|call)\s+(?:rating|duration)\s*:.*"
    r"|[-=]{2,}\s*[^-=]{1,40}?\s*[-=]{2,}"  # framed: "--- Customer message ---", not **bold**
    r"|(?:(?:sub)?total|amount|price|cost)\s*[:=]\s*[$€£]?\s*\d[\d,.]*\s*(?:[a-z]{3}|[$€£])?)\s*$",
    _I,
)
STARS = "★☆✩✪✫✬✭✮✯✰⭐🌟"
STARS_ONLY = re.compile(
    rf"^[\s{STARS}*]*[{STARS}][\s{STARS}*]*(?:\(\s*\d(?:[.,]\d)?\s*(?:/\s*\d+)?\s*\))?\s*$"
)
_NUM = r"(?:\d(?:[.,]\d)?|one|two|three|four|five)"
_DEN = r"(?:5|10|five|ten)"
RATING_LINE = re.compile(
    rf"^\s*(?:(?:(?:overall|my|star|user|app)\s+)?(?:rating|rated|score|stars)\s*[:=\-]?\s*"
    rf"{_NUM}(?:\s*(?:/|out\s+of)\s*{_DEN})?(?:\s*stars?)?|{_NUM}\s*(?:/|out\s+of)\s*{_DEN}"
    rf"(?:\s*stars?)?|{_NUM}\s*stars?)\s*[.!]?\s*$",
    _I,
)
# Stars after the words ("... would fix that ⭐⭐⭐", "Great app ★★★★☆ (4/5)"): a rating, not ask.
RATING_SUFFIX = re.compile(
    rf"(?<=\S)\s*[-–—:|,]?\s*[{STARS}]{{1,10}}(?:\s*\(\s*\d(?:[.,]\d)?\s*(?:/\s*\d+)?\s*\))?\s*$"
)
RATING_PREFIX = re.compile(
    rf"^\s*(?:[{STARS}]{{1,10}}(?:\s*[-–—:|.,]\s*|\s+)|(?:(?:rating\s*:\s*)?\d(?:[.,]\d)?\s*"
    rf"(?:/|out\s+of)\s*{_DEN}(?:\s*stars?)?|\d\s*stars?)\s*[-–—:|.,]\s*)(?=\S)",
    _I,
)
REVIEW_NOISE = re.compile(
    r"^\s*(?:verified\s+(?:purchase|buyer|user|reviewer|customer)"
    r"|(?:\d+\s+(?:out\s+of\s+\d+\s+)?(?:people|persons?|users?)\s+found\s+this\s+(?:review\s+)?"
    r"helpful)|was\s+this\s+(?:review\s+)?helpful\s*\??(?:\s*(?:yes|no)\s*[/|]?\s*(?:yes|no)?)?"
    r"|helpful\s*\??|report(?:\s+(?:abuse"
    r"|review))?|read\s+more|show\s+(?:more|less)|(?:reviewed|posted|written|submitted)\s+(?:in|on"
    r"|by)\s+.{1,60}|(?:review|posted)\s+by\s+.{1,40}|translated\s+from\s+\w+|original\s+review)"
    r"\s*[.!]?\s*$",
    _I,
)
SURVEY_Q = re.compile(  # "Q2: … A: …", and a form's "Q2. What were you looking for? → …"
    r"^\s*q(?:uestion)?\s*\d*\s*[:.)]\s*(?P<q>.*?)(?:(?:\s+(?:a|answer|response)\s*\d*\s*:"
    r"|(?<=\?)\s*(?:→|->|=>|⇒))\s*(?P<a>.*))?$",
    _I,
)
# where a post sits in a community or help centre: "Acme Community › Feature Ideas", "Home >
# Billing > Invoices"; capitalised names only, so "Settings > Alerts should be muted" stays,
# and a plain ">" only twice, so an issue's "Docs Fix > AWS Roles" stays too
_CRUMB = r"(?-i:[A-Z0-9#])[\w&'’.-]*(?:\s+(?-i:[A-Z0-9&])[\w&'’.-]*)*"
BREADCRUMB = re.compile(
    rf"^\s*{_CRUMB}(?:(?:\s+[›»]\s+{_CRUMB})+|(?:\s+[>/]\s+{_CRUMB}){{2,}})\s*$"
)
# an answer that is a tick or a score, not words: "Yes", "n/a", "2/5 🙂", "8 out of 10"
CLOSED_ANSWER = re.compile(
    r"^\W*(?:yes|no|ja|nein|oui|non|s[íi]|n/?a|none|\d+(?:[.,]\d+)?(?:\s*(?:/|of|out\s+of)\s*"
    r"\d+)?)\W*$",
    _I,
)
QUESTION_LABEL = re.compile(r"^\s*question\s*:", _I)  # the word, unnumbered: a lead-in
SURVEY_SCALE = re.compile(
    r"^\s*(?:how\s+likely\s+are\s+you\s+to\s+recommend|on\s+a\s+scale\s+(?:of|from)\s+\d+\s*"
    r"(?:-|to)\s*\d+)\b.*$",
    _I,
)
SURVEY_QUESTION = re.compile(
    r"^\s*(?:what|how|is\s+there|anything|which|why|if\s+you\s+could)\b[^?]{0,100}\b(?:we|us|our)"
    r"\b[^?]{0,80}\?\s*$",
    _I,
)
SURVEY_TOPIC = re.compile(
    r"\b(?:improve|better|change|tell|feedback|missing|wish|suggest|experience|like|love"
    r"|recommend|differently|satisf)",
    _I,
)
# where a call header ends: a dash, a colon that is not a clock's ("11:54"), or the line's end
_HEADER_END = r"(?:\s*[—–]\s*|(?<!\d):(?!\d)\s*|\s+-+\s+|\s*$)"
CALL_HEADER = re.compile(
    r"^\s*(?:notes?\s+(?:from|on|for)\s+(?:the\s+|a\s+|our\s+)?)?(?:(?:discovery|intro|sales"
    r"|support|renewal|onboarding|customer|weekly|quarterly|follow-?up)\s+)?(?:call|meeting|chat"
    r"|sync|demo|qbr|check-?in|interview|session|visit|conversation)\s+(?:with|w/|@)\s+"
    rf"(?-i:[A-Z])[^\n]{{0,100}}?{_HEADER_END}"
    r"|^\s*notes?\s+(?:from|on|for)\s+(?:the\s+|a\s+|our\s+|today['’]s\s+)?(?:\w+\s+)?(?:call"
    rf"|meeting|sync|demo|qbr|check-?in|interview)\b[^\n]{{0,100}}?{_HEADER_END}"
    r"|^\s*(?:call|meeting|sync|demo|qbr|check-?in|interview)\s+(?:notes?|recap|summary|minutes)"
    rf"\b{_HEADER_END}"
    r"|^\s*(?:call|meeting|sync|demo|qbr|check-?in|interview)\s*[:—–-]\s*[\w /&-]{0,40}?\s+(?:with"
    rf"|w/)\s+(?-i:[A-Z])[^\n]{{0,100}}?{_HEADER_END}",
    _I,
)
# "account Globex", "with Priya": who a call-note header names, before the name itself
PARTY = re.compile(r"^\s*(?:account|customer|client|company|prospect|with)\s+(?=[A-Z])", _I)
LABEL = re.compile(
    r"^\s*(?:context|background|summary|notes?|ask|the\s+ask|key\s+ask|asks|request|feature"
    r"\s+request|feedback|pain\s*points?|problem|issue|use\s*case|comments?|verbatim|quote"
    r"|details|answer|a\d*|response|title|review|cons|suggestions?|idea|takeaways?|fyi"
    r"|quick\s+(?:question|one|q|note|ask|thing|request)|question|(?:small|tiny|minor)\s+(?:request"
    r"|ask|thing)|one\s+(?:more\s+)?thing|heads[\s-]?up|wish|re|fwd?|fw|customer|client|user)"
    r"\s*:\s*(?=\S)",
    _I,
)
_LEAD = (
    r"(?:quick\s+(?:question|one|q|note|ask|thing|request)|(?:feature\s+)?request|question|fyi"
    r"|heads[\s-]?up|(?:so\s+)?one\s+(?:more\s+)?thing|(?:small|tiny|minor)\s+(?:request|ask|thing)"
    r"|another\s+(?:thing|question|one)|also|by\s+the\s+way|btw|p\.?s\.?)"
)
# opening words that need no comma after them ("btw when did i…", "Sorry if this is obvious, but")
_BARE_LEAD = (
    r"(?:btw|fyi|sorry\s+if\s+this\s+is\s+(?:obvious|a\s+(?:silly|dumb|stupid|basic)\s+question)"
    r",?\s+but)"
)
LEAD_IN = re.compile(rf"^\s*(?:{_LEAD}\s*(?:[-–—,:]|\.{{3}}|…)|{_BARE_LEAD}\b)\s*(?=\S)", _I)
LEAD_IN_ONLY = re.compile(rf"^\s*{_LEAD}\s*[:.!?…-]*\s*$", _I)
# "— Omar, Android, v5.1" closing a review or a quote: who said it, not what they asked
ATTRIBUTION_LINE = re.compile(
    r"^\s*(?:—|--|~)\s*[^\W\d][^,!?]{0,30}(?:,[^,!?]{1,30}){1,3}(?<![.!?])$"
)
REVIEW_TITLE = re.compile(r"^\s*(?:review\s+)?(?:title|headline)\s*:\s*(?P<rest>\S.*)$", _I)
REQUEST_WORD = re.compile(
    r"\b(?:please|pls|plz|add|need|needs|should|could|would|can|can['’]t|cannot|want|wish|let"
    r"|allow|bring|support|fix|give|make|missing|option|feature|how|why|when|where)\b",
    _I,
)

# --- mobile footers, disclaimers, contact lines, forward notes ------------------------------
MOBILE_FOOTER = re.compile(
    r"^\s*(?:(?:sent\s+(?:from|via|with|using)|enviado\s+(?:desde|do|da|de)|inviato\s+da(?:l)?"
    r"|skickat\s+från|sendt\s+fra|envoyé\s+(?:de|depuis)|(?:verzonden|verstuurd)\s+"
    r"(?:vanaf|met|van)|gesendet\s+(?:von|mit)|wysłane\s+z)\s+(?:my\s+|the\s+)?\S[^.!?<]{0,40}"
    r"(?:<[^>\s]*>[^.!?<]{0,20})?|(?:\w+\s+)?outlook\s+(?:for|für|pour|para|voor|per)\s+"
    r"(?:ios|android)(?:\s+\w+)?|sent\s+on\s+the\s+go"
    r"|von\s+meinem\s+\S+(?:\s+\S+)?\s+gesendet)"
    r"\s*[.!]?\s*(?:<[^>\s]*>)?\s*$",  # a mail app's link may follow
    _I,
)
DISCLAIMER = re.compile(
    r"^\s*(?:this\s+(?:e-?mail|message|communication|transmission)\b.{0,80}\b(?:confidential"
    r"|privileged|intended\s+(?:solely|only|for))|confidentiality\s+(?:notice|note|statement)"
    r"|(?:legal\s+)?disclaimer\s*:|the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail"
    r"|message|communication)|if\s+you\s+(?:are\s+not|have\s+received\s+this).{0,80}(?:intended"
    r"\s+recipient|in\s+error)|please\s+consider\s+the\s+environment|\[?external\]?\s*(?:e-?mail"
    r"|sender)?\s*[:\-]|caution\s*:\s*this\s+e-?mail|this\s+e-?mail\s+originated\s+from\s+outside)",
    _I,
)
PHONE = re.compile(
    r"^\s*[^\w\s+(]{0,3}\s*"  # a symbol may stand for the label: "📞 +49 151 …"
    r"(?:(?:tel|phone|mobile|mob|cell|direct|office|fax|m|t|p|o|ph|w)\.?\s*[:.]?\s*)?"
    r"\+?\(?\d[\d\s().\-/]{6,}\d\s*(?:(?:ext|x)\.?\s*\d+)?\s*$",
    _I,
)
URL_ONLY = re.compile(
    r"^\s*(?:(?:web(?:site)?|url|linkedin|twitter)\s*:?\s*)?<?(?:https?://|www\.)\S+>?\s*$", _I
)
EMAIL_ONLY = re.compile(r"^\s*(?:e-?mail\s*:?\s*)?<?[\w.+-]+@[\w-]+\.[\w.-]+>?\s*$", _I)
# a message's author as a mail client or helpdesk shows it: "Emma Zimmermann <emma@greenway.io>"
NAMED_ADDRESS = re.compile(rf"^\s*{_PERSON}\s*<[\w.+-]+@[\w-]+\.[\w.-]+>\s*$")
# a mail server's bounce ("** Address not found **", "Your message wasn't delivered to …"): the
# message it returns, below it, is what was sent
BOUNCE = re.compile(
    r"\b(?:address\s+not\s+found|(?:message|mail)\s+(?:was\s+not|wasn['’]t|could\s+not\s+be"
    r"|couldn['’]t\s+be)\s+delivered|delivery\s+(?:status\s+notification|has\s+failed|failure)"
    r"|undeliverable|mail\s+delivery\s+(?:subsystem|system|failed)|mailer-daemon@)",
    _I,
)
# a mailbox no person reads: a forwarded message from it is the company's own notification
AUTOMATED_SENDER = re.compile(
    r"(?<![\w.+-])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|notify|mailer(?:-daemon)?"
    r"|alerts?|news(?:letter)?|updates|receipts?|billing|invoices?)@",
    _I,
)
# a shared mailbox of a company, not a person's: a message from one is the company's answer
# (what a customer writes above it is the ask), a message to one is a customer's (what a
# colleague writes above it, forwarding it on, is a note)
ROLE_MAILBOX = re.compile(
    r"(?<![\w.+-])(?:help(?:desk)?|support|service|customer[-_.]?(?:service|care|success|support)"
    r"|care|info|hello|contact|feedback|team|sales|kundenservice|servicio|atendimento|klantenservice"
    r"|assistance|kundendienst|kundservice|kundtjanst|klantendienst|aide|ayuda|soporte|suporte"
    r"|assistenza|supporto|pomoc|obsluga|kontakt|biuro)@",
    _I,
)
CONTACT_BIT = re.compile(r"(?:https?://|www\.|@[\w-]+\.\w|\+?\d[\d\s().-]{7,}\d)", _I)
_FORWARD_WHAT = (
    r"(?:see\s+below|please\s+see\s+(?:below|the\s+\w+\s+below)|see\s+(?:the\s+)?(?:e-?mail"
    r"|message|note|thread|request|feedback|conversation)\s+below|(?:forwarding|passing\s+(?:this"
    r"\s+)?along|passing\s+on|sharing)\s+(?:this|the\s+below|the\s+following|a\s+(?:request"
    r"|note|message)|some\s+feedback|customer\s+feedback|feedback)\b.{0,60}|\+1|see\s+attached)"
)
FORWARD_NOTE = re.compile(
    rf"^\s*(?:(?:fyi|fwiw|f\.y\.i\.?)(?:[\s,:;.!-]+{_FORWARD_WHAT})?|{_FORWARD_WHAT})\s*[.:!]*\s*$",
    _I,
)
ACK = re.compile(
    r"^\s*(?:ok(?:ay)?|great|perfect|cool|awesome|sounds\s+good|got\s+it|no\s+worries|sure"
    r"|alright|nice|understood)\W*(?:(?:thanks|thank\s+you|thx|ty|cheers)\W*)?$",
    _I,
)

# --- signature-looking short lines ----------------------------------------------------------
TITLE_WORD = re.compile(
    r"\b(?:ceo|cto|cfo|coo|cpo|cio|vp|svp|evp|founder|co-founder|director|manager|head\s+of"
    r"|engineer|analyst|specialist|coordinator|administrator|consultant|officer|president"
    r"|architect|designer|executive|intern)\b",
    _I,
)
COMPANY = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|corp|plc|ag|bv|pty|limited|corporation|labs|technologies)\b\.?"
    r"|\b(?:b\.v|n\.v|s\.a|s\.l|s\.r\.l|s\.p\.a)\.(?=\s|$)",
    _I,
)
# "Mateo S.", or initials alone: "J.", "J.D."
INITIALLED_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[A-Z]\.|(?:[A-Z]\.\s?){1,3})$"
)
_NAME_WORD = re.compile(r"^(?:\(?[A-Z][\w'’.-]*\)?,?|&|of|and|de|van|von|der|la|le)$")
# a month written as a word ("Mar", "march", "Sept.")
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_DATES = (
    rf"(?:{_DAY}\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{MONTH}\s+\d{{4}})"
)
DATE_LINE = re.compile(
    rf"^\s*{_DATES}(?:,?\s*(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    rf"(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[a-z]{{2,5}}(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)\)?)?)?\s*$",
    _I,
)
DATE_TAIL = re.compile(rf"(?:\s*[,|;]\s*|\s+[-–—]+\s+|^\s*)(?:on\s+)?{_DATES}\s*$", _I)
DATE_LEAD = re.compile(rf"^\s*(?:on\s+)?{_DATES}\s*(?:[—–:|,;]\s*|\s+-+\s+)(?=\S)", _I)
# "<Media omitted>", "<Médias omis>": a chat export's stand-in for an attachment
PLACEHOLDER = re.compile(r"^\s*<[^<>@/]{2,40}>\s*$")
# "[ Book a demo ]  [ Talk to sales ]": a chat widget's quick-reply buttons
BUTTON_ROW = re.compile(r"^\s*(?:\[\s*[^\[\]]{1,30}?\s*\]\s*){2,}$")
RULE_LINE = re.compile(r"^\s*[-=_*~#.·•]{3,}\s*$")
INTRO = re.compile(r"^\s*(?!.*\b(?:wrote|said|says)\s*:)[^:?]{1,70}:\s*$")
# A line that reports an earlier request as settled, beside the new one: a status tag after it
# ("… — Complete", "… (done)", '"…" - marked handled', "(answered by @brand)") or a header before
# it ("*Original request (Jul 15, 2021, solved):* …"). It is history, so it is soft: kept only
# where nothing else is left.
SETTLED_TAIL = re.compile(
    r"\s(?:[-–—]\s*(?:marked\s+(?:as\s+)?)?(?:handled|done|completed?|resolved|solved|closed|shipped"
    r"|fixed)|\((?:done|completed?|resolved|solved|closed|shipped|fixed|handled"
    r"|answered(?:\s+by\s+@?[\w.-]+)?)\))\s*[.!]?\s*$",
    _I,
)
SETTLED_HEAD = re.compile(
    r"^\s*[*_]*\s*(?:original|previous|earlier|old)\s+(?:request|message|ticket|post|question)\b"
    r"[^:]{0,60}\b(?:solved|resolved|closed|done|handled|shipped|fixed|completed?)\b[^:]{0,20}:",
    _I,
)
BULLET = re.compile(r"^\s*[-–—•*·]\s+(?=\S)")
FOLLOW_UP = re.compile(
    r"^\s*(?:next\s+steps?|action\s+items?|follow[\s-]?up|to-?do|owner)\b[^.!?]{0,50}[.!]?\s*$", _I
)
ACTION_ITEM = re.compile(
    r"^\s*(?:action(?:\s+items?)?|next\s+steps?|follow[\s-]?ups?|to-?dos?|owner|ai)\s*[:\-–—]", _I
)
ACTION_BULLET = re.compile(
    r"^\s*(?:action|next\s+(?:steps?|call|meeting|sync|check-?in)|follow[\s-]?up|to-?do)\b",
    _I,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")


def is_settled_line(line: str) -> bool:
    """Whether ``line`` reports an earlier request as settled (`SETTLED_TAIL`, `SETTLED_HEAD`)."""
    return bool(SETTLED_TAIL.search(line) or SETTLED_HEAD.match(line))


def is_signature_line(line: str) -> bool:
    """Whether a short line looks like a signature's name, title or company line."""
    s = line.strip()
    words = s.split()
    if not words or len(words) > 8 or len(s) > 70 or s[-1] in "?:!":
        return False
    if s.endswith(".") and not COMPANY.search(s):
        return bool(INITIALLED_NAME.match(s))
    if " | " in s or "•" in s or "·" in s or TITLE_WORD.search(s) or COMPANY.search(s):
        return True
    return len(words) <= 4 and s[0].isupper() and all(_NAME_WORD.match(w) for w in words)


_NUMBER_GROUP = re.compile(r"\d+")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}:\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)")
ID_LINE = re.compile(
    r"^\s*[\[(]?(?=[A-Z0-9_:-]*\d)(?=[A-Z0-9_:-]*[A-Z])[A-Z0-9]+(?:[-_:][A-Z0-9]+)*[\])]?\s*$"
)


_TOP_LEVEL_COMMA = re.compile(r",\s+(?![^()]*\))")
PARENTHESES = re.compile(r"\s*\([^()]*\)")
# "Acme Corp <> Flowdesk | QBR": a recorded call's title, the two sides either side of "<>"
CALL_TITLE = re.compile(r"^[^\n<>]{2,80}\s<>\s[^\n<>]{2,80}$")
_DOT_GAP = re.compile(r"\s+[·•›]\s+")
_TIME_AGO = re.compile(
    r"\b\d{1,3}\s?(?:s|m|h|d|w|mo|y|mins?|hrs?|hours?|days?|weeks?)\s+ago\b"
    r"|\bactive\s+now\b",
    re.I,
)
_CHANNEL = re.compile(r"^#[\w-]{2,40}$")  # "#feature-requests"
# an internal note's name in a helpdesk byline; a bare "Comment" may be the customer's
_NOTE_HEAD = re.compile(
    r"^\W*(?:(?:internal|private|agent|staff)\s+(?:note|comment)|note"
    r"|comment\s*\((?:internal|private)[^)]*\))\W*$",
    re.I,
)
_BYLINE_PART_WORDS = 8
# the little words between a date's parts ("sábado, 22 de mayo de 2021", "le 3 mars à 10:02")
_DATE_CONNECTOR = frozenset("de del do da à a le el um am at on".split()) | {"年", "月", "日"}
_WIDE_GAP = re.compile(r"\s{3,}|\t")
_SHORT_FIELD = re.compile(r"^[^\W\d][\w .'’/-]{0,24}:\s*\S(?:\S*\s?){0,3}$")


def is_stamp_line(line: str) -> bool:
    """Whether a line is only a date and time, in any language ("26. Juni 2023, 11:25 MESZ",
    "10 oct. 2023, 02:37 UTC+2"): three number groups or more, a clock time or a year, and at
    most two short words."""
    s = line.strip()
    if len(s) > 40 or len(_NUMBER_GROUP.findall(s)) < 3:
        return False
    words = [w for w in _LETTER_WORD.findall(s) if w.casefold() not in _DATE_CONNECTOR]
    return len(words) <= 3 and all(len(w) <= 12 for w in words) and bool(_CLOCK_OR_YEAR.search(s))


def is_dotted_byline(line: str) -> bool:
    """Whether a line is a tool's byline of dot-separated parts ("✅ Accepted answer · tuantra
    (Expert) · ▲ 71", "Posted by vut · Monday, November 29, 2021 6:51 PM"): three short parts or
    more, or two of which one is a date, a time ago ("Active 39m ago") or a channel ("Acme
    Community › #general"), or the second a short field ("Assigned to Lina Wu · Tags: vip")."""
    parts = [p for p in _DOT_GAP.split(line.strip()) if p]
    if len(parts) >= 3:
        return all(len(p.split()) <= _BYLINE_PART_WORDS for p in parts)
    if len(parts) == 2:
        marked = [
            bool(DATE_LINE.match(p) or is_stamp_line(p) or _TIME_AGO.search(p) or _CHANNEL.match(p))
            for p in parts
        ]
        marked.append(bool(_SHORT_FIELD.match(parts[1])))  # not a first part: "Screen: A › B"
        return any(marked) and all(len(p.split()) <= _BYLINE_PART_WORDS for p in parts)
    return False


def note_byline(line: str) -> bool:
    """Whether a line heads a helpdesk's internal note as a byline ("🔒 Internal note · Declan
    Price · 2021-08-10 02:33", "NOTE · Kasia Nowak · 11/10/2023"): the note below is the
    agent's. Two parts will do when the other is a name ("Private Comment · Eleni Ward", "Mei
    Ito · Internal comment")."""
    parts = [p for p in _DOT_GAP.split(line.strip()) if p]
    if len(parts) == 2 and any(_NOTE_HEAD.match(p) for p in parts):
        return any(is_person_name(p) for p in parts)
    return bool(parts) and is_dotted_byline(line) and bool(_NOTE_HEAD.match(parts[0]))


def is_cast_list(line: str) -> bool:
    """Whether a line only lists people, each maybe with their company ("Javier García
    (Roostr), Simone Ferrari (Solano Legal S.p.A.), Federica Bianchi"): a call's participants."""
    people = [p.strip() for p in _TOP_LEVEL_COMMA.split(line.strip())]
    return len(people) >= 2 and all(is_person_name(PARENTHESES.sub("", p).strip()) for p in people)


def is_field_row(line: str) -> bool:
    """Whether a line is a row of short form fields laid out with wide gaps ("Open    Priority:
    Low    Source: Email", "Email: ana@acme.io    Phone: +49 158 9999"): two fields or more,
    any other cell a word or two."""
    cells = [c for c in _WIDE_GAP.split(line.strip()) if c]
    fields = sum(bool(_SHORT_FIELD.match(c)) for c in cells)
    return fields >= 2 and all(_SHORT_FIELD.match(c) or len(c.split()) <= 2 for c in cells)


def is_reference_line(line: str) -> bool:
    """Whether a line is only a machine reference ("[LN02AU-CK6Z]", "MSG8082776"): capitals
    and digits, both, eight characters or more."""
    return bool(ID_LINE.match(line)) and len(line.strip(" []()")) >= 8


_CAPITALISED = re.compile(r"^\(?[^\W\d_][\w'’.-]*\)?,?$")


def is_person_name(line: str) -> bool:
    """Whether a line is only a name: two or three capitalised words, in any alphabet, maybe
    with particles between them ("Tom Nair", "Álvaro Ruiz", "Wouter van den Berg")."""
    words = line.split()
    named = [w for w in words if w not in _NAME_PARTICLES]
    return (
        2 <= len(named) <= 3
        and len(words) - len(named) <= 2
        and words[0] in named
        and words[-1] in named
        and all(w[0].isupper() and _CAPITALISED.match(w) for w in named)
    )


# "221 Market St, Suite 400, San Francisco, CA 94105": a signature's postal address
POSTAL_ADDRESS = re.compile(
    r"^\s*\d{1,5}[a-z]?\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:st|street|ave"
    r"|avenue|rd|road|blvd|boulevard|lane|ln|way|drive|dr|place|pl|square|sq|court|ct|strasse"
    r"|straße|str|plaza|parkway|pkwy|quay|row|terrace)\.?(?:\s+(?:north|south|east|west|[nsew]"
    r"|[ns][ew]))?(?:,\s*[^,]{1,40}){1,4}$",
    _I,
)
# The rest of the world's addresses ("Calle de Alcalá 114, 28014 Madrid", "12 rue des Lilas,
# 44000 Nantes", "Büyükdere Cad. No:12, Levent, 34394 İstanbul"): a street word, a postcode,
# a comma, and no lowercase word but the little ones between a street's names.
_STREET_WORD = re.compile(
    r"^(?:calle|c/|avenida|av\.?|avda\.?|rua|via|viale|piazza|corso|rue|bd|boulevard|all[ée]e"
    r"|chemin|cad(?:\.|desi)?|sok(?:\.|ak)?|mah(?:\.|allesi)?|ul\.?|plac|al\.|str\.?|no:\d+"
    r"|col\.?)$|(?:stra(?:ß|ss)e|straat|gatan|gade|vej|vägen|veien|weg|laan|gasse|platz|plein"
    r"|gracht|kade|dreef)$",
    re.I,
)
_POSTCODE = re.compile(r"(?<![\w-])(?:\d{4,5}|\d{3}\s\d{2}|\d{4,5}-\d{3})(?![\w-])")
_ADDRESS_TOKEN = re.compile(r"[^\W\d_][\w'’./:-]*|\d[\w:/-]*")
_ADDRESS_SMALL = _NAME_PARTICLES | {"des", "le"}  # "rue des Lilas"


def is_postal_address(line: str) -> bool:
    """Whether a line is only a postal address, as a signature carries it."""
    s = line.strip()
    if POSTAL_ADDRESS.match(s):
        return True
    tokens = _ADDRESS_TOKEN.findall(s)
    if "," not in s or not 3 <= len(tokens) <= 14 or not _POSTCODE.search(s):
        return False
    street = any(_STREET_WORD.search(t) for t in tokens)
    small = all(
        t[0].isupper() or t[0].isdigit() or t.casefold() in _ADDRESS_SMALL or _STREET_WORD.search(t)
        for t in tokens
    )
    return street and small


def is_contact_line(line: str) -> bool:
    """Whether a line is only a phone number, URL, e-mail (maybe with its owner's name) or
    postal address (or a piped mix of them)."""
    s = line.strip()
    if PHONE.match(s) or URL_ONLY.match(s) or EMAIL_ONLY.match(s) or is_postal_address(s):
        return True
    if NAMED_ADDRESS.match(s):
        return True
    return s.count("|") >= 1 and bool(CONTACT_BIT.search(s)) and len(s.split()) <= 14
