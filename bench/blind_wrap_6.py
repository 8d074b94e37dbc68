"""Blind channel wrapper #6: embed short labelled requests in realistic feedback-channel text.

This is a *blind* channel wrapper. It was written without reference to the project's
envelope / text-cleaning rules, its tests, or any other file in the project: every channel
style below was invented from general knowledge of real support, sales and community tools.
It exists to stress-test a text-cleaning component with inputs that component's authors
did not design against.

Input:  a CSV with a text column (--text-col, default "text") and a label column
        (--label-col, default "label").
Output: a CSV with columns ``text,label,channel``. About 80% of rows are wrapped in one of
        the channel styles in ``CHANNELS``; the remaining rows are copied verbatim with
        channel ``raw``.

Guarantees for wrapped rows:
  * the request appears exactly once (possibly lower-cased, with one single-letter typo,
    and/or preceded by a short lead-in such as "Quick one: ");
  * no other row's request (compared as a lower-cased word sequence) appears anywhere in
    the surrounding text - generated text that would collide is re-drawn.

Everything is deterministic given --seed: a master ``random.Random(seed)`` draws one
sub-seed per row, and each row (and each re-draw of it) uses its own generator.

Usage:
    python bench/blind_wrap_6.py SRC.csv OUT.csv [--text-col text] [--label-col label]
                                 [--seed 0] [--verify]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

ASK = "\x00"  # placeholder for the request inside a channel template
WRAP_RATE = 0.8
TYPO_RATE = 0.2
LOWER_RATE = 0.25
LEAD_IN_RATE = 0.22
CONTEXT_RATE = 0.3
MAX_ATTEMPTS = 40
WORD_RE = re.compile(r"\w+")

# --------------------------------------------------------------------------------------
# Name, company and place pools
# --------------------------------------------------------------------------------------

# culture -> (first names, last names, language, regions)
CULTURES: dict[str, tuple[list[str], list[str], str, list[str]]] = {
    "anglo": (
        "James Olivia Liam Emma Noah Ava Ethan Sophie Ryan Chloe Megan Connor Hannah "
        "Tyler Grace Owen Zoe Caleb Madison Dylan Brittany Gareth Fiona Declan".split(),
        "Smith Johnson Walker Thompson Harris Clarke Bennett Hughes Mitchell Carter "
        "Brooks Reed Foster Hayes Murphy Sullivan Price Barnes O'Neill MacLeod".split(),
        "en",
        ["US", "UK", "AU", "CA"],
    ),
    "german": (
        "Lukas Anna Jonas Lena Felix Marie Maximilian Leon Johanna Tobias Katharina "
        "Florian Friederike Sebastian Jana Matthias Ulrike Jürgen Sabine Henrik".split(),
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer "
        "Koch Richter Klein Wolf Neumann Zimmermann Krüger Hartmann".split(),
        "de",
        ["DE"],
    ),
    "french": (
        "Camille Louis Léa Hugo Manon Théo Chloé Antoine Inès Mathieu Élodie Baptiste "
        "Margaux Julien Océane Nicolas Amélie Gaëlle".split(),
        "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fournier Mercier "
        "Bonnet Lambert Fontaine Chevalier Rousseau Garnier".split(),
        "fr",
        ["FR"],
    ),
    "spanish": (
        "Lucía Alejandro Martina Pablo Sofía Javier Carmen Diego Elena Sergio Paula "
        "Álvaro Irene Marcos Nuria Raúl Ximena Joaquín".split(),
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz "
        "Hernández Jiménez Moreno Muñoz Álvarez Romero".split(),
        "es",
        ["ES", "MX"],
    ),
    "lusophone": (
        "João Ana Pedro Beatriz Gabriel Mariana Rafael Larissa Thiago Camila Bruno "
        "Fernanda Lucas Juliana Matheus Letícia".split(),
        "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima "
        "Araújo Carvalho Ribeiro Gomes Barbosa Ferreira".split(),
        "pt",
        ["BR", "PT"],
    ),
    "dutch": (
        "Daan Sanne Bram Femke Jeroen Lotte Sem Eva Thijs Anouk Ruben Iris Joost "
        "Marloes Wouter Fleur".split(),
        [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Hendriks",
        ],
        "nl",
        ["NL"],
    ),
    "italian": (
        "Giulia Marco Francesca Alessandro Chiara Lorenzo Sara Matteo Elisa Davide "
        "Federica Simone".split(),
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti".split()
        + ["De Luca"],
        "it",
        ["IT"],
    ),
    "swedish": (
        "Erik Astrid Lars Ingrid Oskar Elin Johan Maja Nils Linnea Anders Karin".split(),
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
        "Lindqvist Berg Lund".split(),
        "sv",
        ["SE"],
    ),
    "indian": (
        "Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Divya Siddharth Meera "
        "Karthik Lakshmi Nikhil Pooja".split(),
        "Sharma Patel Iyer Reddy Nair Gupta Menon Kulkarni Singh Rao Chatterjee Desai "
        "Joshi Krishnan Mehta Banerjee".split(),
        "en",
        ["IN", "IN", "US", "UK"],
    ),
    "chinese": (
        "Wei Xin Jing Hao Mei Jun Yan Lei Fang Tao Ying Zhiwei Xiaoming Lina".split(),
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu".split(),
        "en",
        ["SG", "CN", "US"],
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Ren Hina Kenji Sakura Takumi Yuki Daiki Mio".split(),
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
        "Yoshida Yamada".split(),
        "en",
        ["JP"],
    ),
    "korean": (
        "Min-jun Seo-yeon Ji-ho Ha-eun Do-hyun Ji-woo Seung-min Yuna Hyun-woo Soo-ah".split(),
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split(),
        "en",
        ["KR"],
    ),
    "nigerian": (
        "Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeanyi Yetunde "
        "Babajide Amaka".split(),
        "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Abubakar Adebayo Obi Uche "
        "Afolabi".split(),
        "en",
        ["NG", "UK"],
    ),
    "arabic": (
        "Omar Layla Youssef Fatima Karim Nour Hassan Amira Tariq Salma Khalid Yasmin".split(),
        "Haddad Al-Sayed Khoury Mansour Nasser Hamdan El-Amin Farouk Saleh Aziz Rahman "
        "Qureshi".split(),
        "en",
        ["AE"],
    ),
    "polish": (
        "Jakub Zofia Mateusz Katarzyna Piotr Agnieszka Krzysztof Magdalena Tomasz "
        "Aleksandra Paweł Joanna".split(),
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
        "Szymański Woźniak Dąbrowski Kozłowski".split(),
        "en",
        ["PL"],
    ),
    "turkish": (
        "Emre Zeynep Mehmet Elif Burak Ayşe Can Selin Murat Deniz".split(),
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan".split(),
        "en",
        ["TR", "DE"],
    ),
    "vietnamese": (
        "Minh Linh Huy Trang Duc Thao Quang Ngoc Tuan Mai".split(),
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do".split(),
        "en",
        ["VN", "US"],
    ),
}

COMPANY_STEMS = (
    "Northwind Bluepeak Kestrel Ironbridge Solano Brightwater Harborview Cedarline Lumen "
    "Vantage Orchard Silverline Redwood Tidewater Granite Nimbus Crescent Maplewood Alder "
    "Copperfield Helix Quarry Sundial Atlas Pioneer Meridian Everly Fjord Zenith Aurora "
    "Bergmann Rivoli Sakura Baobab Andes Danube Kauri Saffron Polaris Marlow"
).split()
COMPANY_SECTORS = (
    "Logistics Dental Analytics Foods Robotics Studios Health Capital Energy Textiles Legal "
    "Consulting Media Freight Pharma Architects Realty Outdoor Systems Bakery Hospitality "
    "Labs Insurance Motors Education Clinics"
).split()
LEGAL_SUFFIX = {
    "US": ["Inc.", "LLC", "Corp.", ""],
    "UK": ["Ltd", "Ltd.", "plc", ""],
    "AU": ["Pty Ltd"],
    "CA": ["Inc.", "Ltd."],
    "DE": ["GmbH", "AG", "GmbH & Co. KG"],
    "FR": ["SAS", "SARL", "SA"],
    "ES": ["S.L.", "S.A."],
    "MX": ["S.A. de C.V."],
    "BR": ["Ltda.", "S.A."],
    "PT": ["Lda.", "S.A."],
    "NL": ["B.V.", "N.V."],
    "IT": ["S.r.l.", "S.p.A."],
    "SE": ["AB"],
    "IN": ["Pvt. Ltd.", "Private Limited"],
    "SG": ["Pte. Ltd."],
    "CN": ["Co., Ltd."],
    "JP": ["K.K.", "Co., Ltd."],
    "KR": ["Co., Ltd."],
    "NG": ["Ltd", "Limited"],
    "AE": ["FZ-LLC", "LLC"],
    "PL": ["Sp. z o.o.", "S.A."],
    "TR": ["A.Ş.", "Ltd. Şti."],
    "VN": ["JSC", "Co., Ltd."],
}
TLD = {
    "US": "com",
    "UK": "co.uk",
    "AU": "com.au",
    "CA": "ca",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "MX": "com.mx",
    "BR": "com.br",
    "PT": "pt",
    "NL": "nl",
    "IT": "it",
    "SE": "se",
    "IN": "in",
    "SG": "sg",
    "CN": "cn",
    "JP": "jp",
    "KR": "kr",
    "NG": "ng",
    "AE": "ae",
    "PL": "pl",
    "TR": "com.tr",
    "VN": "vn",
}
TITLES = [
    "Operations Manager",
    "Head of IT",
    "Office Manager",
    "Founder & CEO",
    "Customer Success Lead",
    "Procurement Specialist",
    "Senior Data Analyst",
    "Facilities Coordinator",
    "VP Engineering",
    "Marketing Director",
    "Executive Assistant to the COO",
    "IT Administrator",
    "Finance Controller",
    "Teamleiterin Einkauf",
    "Responsable Achats",
    "Jefa de Operaciones",
    "Gerente de TI",
    "Projectmanager",
    "Product Owner",
    "Store Manager",
    "Practice Manager",
    "Sr. Solutions Architect",
    "People & Culture Partner",
    "Co-founder / CTO",
]
PRONOUNS = ["she/her", "he/him", "they/them", "she/they", "he/they"]
PRODUCTS = [
    ("Flowdesk", "flowdesk.io"),
    ("Ledgerly", "ledgerly.com"),
    ("Pingwise", "pingwise.app"),
    ("Roostr", "roostr.co"),
    ("Quillbase", "quillbase.com"),
    ("Tandem Home", "tandemhome.com"),
    ("Orbitly", "orbitly.io"),
    ("Parcelio", "parcelio.eu"),
    ("Brightboard", "brightboard.so"),
    ("Nestor Assistant", "nestor.ai"),
    ("Halo Hub", "halohub.net"),
    ("Clarion", "clarion.app"),
    ("Mosaic HR", "mosaichr.com"),
    ("Kiwi Voice", "kiwivoice.io"),
    ("Sable CRM", "sablecrm.com"),
]
PLANS = ["Starter", "Growth", "Business", "Pro", "Enterprise", "Team", "Premium", "Free", "Plus"]
STREET_WORDS = (
    "Oak Maple Station Harbor Mill Church Park Lake Bridge King Queen Garden Market Hill "
    "River Elm Victoria Albert Linden Rosen Birken Tulpen Kastanien"
).split()


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def make_address(r: random.Random, region: str) -> str:
    n = r.randint(1, 240)
    s = r.choice(STREET_WORDS)
    table: dict[str, Callable[[], str]] = {
        "US": lambda: (
            f"{n} {s} {r.choice(['St', 'Ave', 'Blvd'])}, Suite {r.randint(100, 950)}, "
            + r.choice(
                [
                    "Austin, TX 787",
                    "Denver, CO 802",
                    "Chicago, IL 606",
                    "Seattle, WA 981",
                    "Atlanta, GA 303",
                    "Boston, MA 021",
                    "Raleigh, NC 276",
                ]
            )
            + digits(r, 2)
        ),
        "UK": lambda: (
            f"{n} {s} Road, "
            + r.choice(
                ["London EC1V", "Manchester M1", "Leeds LS1", "Bristol BS1", "Edinburgh EH2"]
            )
            + f" {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
            + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        ),
        "AU": lambda: (
            f"Level {r.randint(2, 30)}, {n} {s} St, "
            + r.choice(["Sydney NSW 2000", "Melbourne VIC 3000", "Brisbane QLD 4000"])
        ),
        "CA": lambda: (
            f"{n} {s} St W, "
            + r.choice(["Toronto, ON M5V 2T6", "Vancouver, BC V6B 1A1", "Montréal, QC H3B 2Y5"])
        ),
        "DE": lambda: (
            f"{s}straße {n}, {r.randint(10, 99)}{digits(r, 3)} "
            + r.choice(["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Leipzig"])
        ),
        "FR": lambda: (
            f"{n} "
            + r.choice(
                [
                    "rue de la République",
                    "avenue Jean Jaurès",
                    "boulevard Voltaire",
                    "rue des Lilas",
                ]
            )
            + f", {r.choice(['75011 Paris', '69002 Lyon', '44000 Nantes', '31000 Toulouse'])}"
        ),
        "ES": lambda: (
            r.choice(["Calle de Alcalá", "Carrer de Mallorca", "Calle Mayor"])
            + f" {n}, {r.choice(['28014 Madrid', '08008 Barcelona', '46001 Valencia'])}"
        ),
        "MX": lambda: f"Av. Insurgentes Sur {n}, Col. Roma Norte, 06700 Ciudad de México, CDMX",
        "BR": lambda: (
            f"Rua {r.choice(['Augusta', 'Oscar Freire', 'da Consolação'])}, {n} – "
            f"Jardins, São Paulo – SP, 01{digits(r, 3)}-{digits(r, 3)}"
        ),
        "PT": lambda: (
            f"Rua {r.choice(['Augusta', 'do Ouro', 'da Prata'])} {n}, 1100-{digits(r, 3)} Lisboa"
        ),
        "NL": lambda: (
            f"{r.choice(['Keizersgracht', 'Herengracht', 'Stationsplein'])} {n}, "
            f"{r.randint(1011, 3599)} {r.choice(['AB', 'DV', 'KL', 'RT'])} "
            + r.choice(["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven"])
        ),
        "IT": lambda: (
            f"Via {r.choice(['Roma', 'Garibaldi', 'Dante', 'Torino'])} {n}, "
            + r.choice(["20121 Milano (MI)", "00184 Roma (RM)", "10121 Torino (TO)"])
        ),
        "SE": lambda: (
            f"{r.choice(['Drottning', 'Kungs', 'Sveavä'])}gatan {n}, "
            + r.choice(["111 51 Stockholm", "411 03 Göteborg", "211 22 Malmö"])
        ),
        "IN": lambda: (
            f"{n}, {r.choice(['MG Road', '100 Feet Road', 'Outer Ring Road'])}, "
            + r.choice(
                [
                    "Indiranagar, Bengaluru 560038",
                    "Baner, Pune 411045",
                    "HITEC City, Hyderabad 500081",
                ]
            )
        ),
        "SG": lambda: (
            f"{n} {s} Road, #{r.randint(2, 30):02d}-{r.randint(1, 20):02d}, "
            f"Singapore {digits(r, 6)}"
        ),
        "CN": lambda: f"Room {r.randint(101, 2808)}, {n} Century Avenue, Pudong, Shanghai 200120",
        "JP": lambda: (
            f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} "
            + r.choice(["Shibuya, Shibuya-ku", "Marunouchi, Chiyoda-ku", "Roppongi, Minato-ku"])
            + f", Tokyo {digits(r, 3)}-{digits(r, 4)}"
        ),
        "KR": lambda: f"{n} Teheran-ro, Gangnam-gu, Seoul {digits(r, 5)}",
        "NG": lambda: f"{n} Adeola Odeku Street, Victoria Island, Lagos",
        "AE": lambda: (
            f"Office {r.randint(101, 909)}, Building {r.randint(1, 20)}, "
            "Dubai Internet City, Dubai, UAE"
        ),
        "PL": lambda: (
            f"ul. {r.choice(['Marszałkowska', 'Prosta', 'Grzybowska'])} {n}, "
            f"00-{digits(r, 3)} Warszawa"
        ),
        "TR": lambda: f"Büyükdere Cad. No:{n}, Levent, 34394 İstanbul",
        "VN": lambda: f"{n} Nguyen Hue Street, District 1, Ho Chi Minh City",
    }
    return table.get(region, table["US"])()


def make_phone(r: random.Random, region: str) -> str:
    fmt = {
        "US": lambda: f"+1 ({r.randint(201, 989)}) 555-{digits(r, 4)}",
        "UK": lambda: f"+44 7700 900{digits(r, 3)}",
        "AU": lambda: f"+61 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
        "CA": lambda: f"+1 {r.randint(204, 905)}-555-{digits(r, 4)}",
        "DE": lambda: f"+49 (0) 15{r.randint(1, 9)} {digits(r, 8)}",
        "FR": lambda: "+33 6 " + " ".join(digits(r, 2) for _ in range(4)),
        "ES": lambda: f"+34 6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
        "MX": lambda: f"+52 55 {digits(r, 4)} {digits(r, 4)}",
        "BR": lambda: f"+55 11 9{digits(r, 4)}-{digits(r, 4)}",
        "PT": lambda: f"+351 91{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
        "NL": lambda: f"+31 6 {digits(r, 8)}",
        "IT": lambda: f"+39 3{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}",
        "SE": lambda: f"+46 70-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
        "IN": lambda: f"+91 9{digits(r, 4)} {digits(r, 5)}",
        "SG": lambda: f"+65 9{digits(r, 3)} {digits(r, 4)}",
        "CN": lambda: f"+86 13{digits(r, 1)} {digits(r, 4)} {digits(r, 4)}",
        "JP": lambda: f"+81 90-{digits(r, 4)}-{digits(r, 4)}",
        "KR": lambda: f"+82 10-{digits(r, 4)}-{digits(r, 4)}",
        "NG": lambda: f"+234 80{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}",
        "AE": lambda: f"+971 50 {digits(r, 3)} {digits(r, 4)}",
        "PL": lambda: f"+48 {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        "TR": lambda: f"+90 53{digits(r, 1)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
        "VN": lambda: f"+84 90 {digits(r, 3)} {digits(r, 4)}",
    }
    return fmt.get(region, fmt["US"])()


def ascii_slug(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    norm = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", norm.lower())


@dataclass
class Person:
    first: str
    last: str
    lang: str
    region: str
    company: str
    domain: str
    email: str
    title: str
    pronouns: str
    phone: str
    address: str
    handle: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def make_company(r: random.Random, region: str) -> tuple[str, str]:
    stem, sector = r.choice(COMPANY_STEMS), r.choice(COMPANY_SECTORS)
    base = stem if r.random() < 0.3 else f"{stem} {sector}"
    suffix = r.choice(LEGAL_SUFFIX.get(region, [""]))
    name = f"{base} {suffix}".strip()
    return name, f"{ascii_slug(base)}.{TLD.get(region, 'com')}"


def make_person(r: random.Random, company: tuple[str, str] | None = None) -> Person:
    firsts, lasts, lang, regions = CULTURES[r.choice(list(CULTURES))]
    first, last = r.choice(firsts), r.choice(lasts)
    region = r.choice(regions)
    comp_name, domain = company or make_company(r, region)
    f, la = ascii_slug(first), ascii_slug(last)
    local = r.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}", f"{f}_{la}", f"{la}.{f}", f"{f}{la[0]}"])
    handle = r.choice([f"{f}{la[:3]}", f"{f}_{r.randint(1, 99)}", f"{la}{f[0]}", f"the{f}"])
    return Person(
        first=first,
        last=last,
        lang=lang,
        region=region,
        company=comp_name,
        domain=domain,
        email=f"{local}@{domain}",
        title=r.choice(TITLES),
        pronouns=r.choice(PRONOUNS),
        phone=make_phone(r, region),
        address=make_address(r, region),
        handle=handle,
    )


# --------------------------------------------------------------------------------------
# Dates in many formats and languages
# --------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}


def clock12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def long_date(dt: datetime, lang: str) -> str:
    """Outlook-style long date in the given language."""
    wd, mo = WEEKDAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    return {
        "en": f"{wd}, {mo} {dt.day}, {dt.year} {clock12(dt)}",
        "de": f"{wd}, {dt.day}. {mo} {dt.year} {hm}",
        "fr": f"{wd} {dt.day} {mo} {dt.year} {hm}",
        "es": f"{wd}, {dt.day} de {mo} de {dt.year} {dt.hour}:{dt.minute:02d}",
        "pt": f"{wd}, {dt.day} de {mo} de {dt.year} {hm}",
        "nl": f"{wd} {dt.day} {mo} {dt.year} {hm}",
        "it": f"{wd} {dt.day} {mo} {dt.year} {hm}",
        "sv": f"den {dt.day} {mo} {dt.year} {hm}",
    }[lang]


def date_style(r: random.Random, lang: str = "en") -> Callable[[datetime], str]:
    """Pick one timestamp format (machine or human, possibly localized) for a document."""
    tz = r.choice(["+0000", "+0100", "-0500", "+0530", "+0900"])

    def mo3(dt: datetime) -> str:
        return MONTHS["en"][dt.month - 1][:3]

    styles: list[Callable[[datetime], str]] = [
        lambda dt: dt.strftime("%Y-%m-%d %H:%M"),
        lambda dt: dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
        lambda dt: f"{dt.month:02d}/{dt.day:02d}/{dt.year} {clock12(dt)}",
        lambda dt: dt.strftime("%d.%m.%Y %H:%M"),
        lambda dt: dt.strftime("%d/%m/%Y %H:%M"),
        lambda dt: (
            f"{WEEKDAYS['en'][dt.weekday()][:3]}, {dt.day} {mo3(dt)} {dt.year} {dt:%H:%M:%S} {tz}"
        ),
        lambda dt: long_date(dt, lang),
        lambda dt: f"{mo3(dt)} {dt.day}, {dt.year}",
        lambda dt: f"{dt.day} {mo3(dt)} {dt.year}, {dt:%H:%M}",
        lambda dt: f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H:%M}",
        lambda dt: f"{dt.day}-{mo3(dt).upper()}-{dt.year % 100:02d} {dt:%H.%M}",
    ]
    return r.choice(styles)


def later(r: random.Random, dt: datetime, lo: int = 1, hi: int = 240) -> datetime:
    return dt + timedelta(minutes=r.randint(lo, hi), seconds=r.randint(0, 59))


# --------------------------------------------------------------------------------------
# Greetings, sign-offs and other localized boilerplate
# --------------------------------------------------------------------------------------

GREETINGS = {
    "en": [
        "Hi team,",
        "Hello,",
        "Hi there,",
        "Hey folks,",
        "Good morning,",
        "Dear Support Team,",
        "Hi {agent},",
        "Hey {agent}!",
        "Afternoon all,",
    ],
    "de": [
        "Hallo zusammen,",
        "Guten Tag,",
        "Hallo {agent},",
        "Sehr geehrte Damen und Herren,",
        "Moin,",
        "Liebes Support-Team,",
    ],
    "fr": ["Bonjour,", "Bonjour {agent},", "Madame, Monsieur,", "Salut l'équipe,", "Bonsoir,"],
    "es": ["Hola,", "Buenos días,", "Hola equipo,", "Estimados:", "Hola {agent},"],
    "pt": ["Olá,", "Bom dia,", "Oi pessoal,", "Prezados,", "Boa tarde, {agent},"],
    "nl": ["Hoi,", "Hallo,", "Goedemiddag,", "Beste {agent},", "Beste support,"],
    "it": ["Buongiorno,", "Ciao {agent},", "Gentile supporto,", "Salve,"],
    "sv": ["Hej,", "Hej {agent}!", "Hej supporten,", "God morgon,"],
}
SIGNOFFS = {
    "en": [
        "Thanks,",
        "Thanks!",
        "Best,",
        "Cheers,",
        "Kind regards,",
        "Thanks in advance,",
        "Best regards,",
        "Rgds,",
        "Many thanks,",
        "Warmly,",
    ],
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "VG", "LG", "Danke und Gruß"],
    "fr": [
        "Cordialement,",
        "Bien à vous,",
        "Merci d'avance,",
        "Bonne journée,",
        "Bien cordialement,",
    ],
    "es": ["Saludos,", "Un saludo,", "Gracias,", "Atentamente,", "Quedo atento,"],
    "pt": ["Atenciosamente,", "Abraços,", "Obrigado,", "Att.,", "Obrigada desde já,"],
    "nl": ["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt,", "Mvg,"],
    "it": ["Cordiali saluti,", "Grazie mille,", "Buona giornata,", "Saluti,"],
    "sv": ["Mvh", "Vänliga hälsningar,", "Tack på förhand,", "Hälsningar,"],
}
LEAD_INS = [
    "Quick one: ",
    "Also, ",
    "One more thing: ",
    "Question - ",
    "Hey, ",
    "Another question: ",
    "Sorry if this is obvious, but ",
    "FYI, ",
    "Another thing, ",
    "Random q: ",
    "PS: ",
    "Hi again! ",
    "Okay so ",
    "Small request: ",
    "While I have you: ",
    "btw ",
]
CONTEXT_SENTENCES = [
    "We're a team of {n} on the {plan} plan.",
    "Our company has about {big} employees across {k} offices.",
    "Not urgent, but would be nice to sort out this week.",
    "This is somewhat urgent, our board review is on {weekday}.",
    "We've been customers since {year}.",
    "Account ID is {acct} if that helps.",
    "I'm on the {plan} plan, billed annually.",
    "Low priority, just curious.",
    "Urgency: {urgency}.",
    "We're deciding whether to renew in {month}.",
    "FWIW we bought through a reseller.",
    "My manager asked me to double-check.",
    "(Writing from my phone, sorry for the brevity.)",
    "Our renewal date is {month} {day}.",
    "We have {n} seats and might add {k} more next quarter.",
]
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
    "use of the intended recipient(s) and may contain confidential and privileged information. "
    "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of "
    "the original message.",
    "This message (and any attachments) is confidential and may be legally privileged. If you "
    "have received it in error, please notify the sender immediately and delete it from your "
    "system. {company} accepts no liability for viruses transmitted with this email.",
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie "
    "die unbefugte Weitergabe dieser Mail sind nicht gestattet.",
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite.",
    "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y "
    "pueden contener información confidencial. Si no es usted el destinatario, le rogamos que "
    "lo comunique al remitente y proceda a su eliminación.",
    "Please consider the environment before printing this e-mail. \U0001f33f",
    "{company} | Registered office: {address} | Registered in England and Wales No. {regno}",
]
MOBILE_FOOTERS = {
    "en": [
        "Sent from my iPhone",
        "Sent from Gmail Mobile",
        "Get Outlook for Android",
        "Sent from my Galaxy",
        "Sent from Yahoo Mail for iPhone",
    ],
    "de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
    "fr": ["Envoyé de mon iPhone", "Envoyé depuis mon smartphone Samsung Galaxy."],
    "es": ["Enviado desde mi iPhone", "Enviado desde mi smartphone Samsung Galaxy."],
    "pt": ["Enviado do meu iPhone", "Enviado do Gmail para celular"],
    "nl": ["Verstuurd vanaf mijn iPhone", "Verzonden vanaf mijn Android-telefoon"],
    "it": ["Inviato da iPhone", "Inviato dal mio smartphone"],
    "sv": ["Skickat från min iPhone", "Skickat från Outlook för Android"],
}


# --------------------------------------------------------------------------------------
# Per-row context handed to channel builders
# --------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: random.Random
    cust: Person
    agent: Person
    other: Person
    product: str
    vendor_domain: str
    lead: str  # lead-in before the request ("" if none)
    context: str  # unrelated context sentence after the request ("" if none)
    when: datetime
    ask_punct: bool  # the request already ends with . ? or !
    stamp: Callable[[datetime], str] | None = None

    @property
    def body(self) -> str:
        """Request with optional lead-in and context sentence, as one paragraph."""
        tail = ""
        if self.context:
            seps = ["\n\n", "\n", " ", " - "] + ([" "] * 2 if self.ask_punct else [". ", "! "])
            tail = self.rng.choice(seps) + self.context
        return f"{self.lead}{ASK}{tail}"

    def body_messages(self) -> list[str]:
        """Request split into chat messages (context, if any, as a second message)."""
        msgs = [f"{self.lead}{ASK}"]
        if self.context:
            msgs.append(self.context)
        return msgs

    def greet(self, lang: str | None = None) -> str:
        return self.rng.choice(GREETINGS[lang or self.cust.lang]).format(agent=self.agent.first)

    def signoff(self, lang: str | None = None) -> str:
        return self.rng.choice(SIGNOFFS[lang or self.cust.lang])

    def date(self, dt: datetime | None = None, lang: str | None = None) -> str:
        """Format a timestamp; one format is chosen per document, like a real export."""
        if self.stamp is None:
            self.stamp = date_style(self.rng, lang or self.cust.lang)
        return self.stamp(dt or self.when)

    def ticket_id(self) -> str:
        r = self.rng
        return r.choice(
            [
                f"#{r.randint(1000, 999999)}",
                f"INC{r.randint(10**6, 10**7 - 1)}",
                f"SR-{r.randint(10000, 99999)}",
                f"CS-{r.randint(100, 9999)}",
                f"{r.randint(10**13, 10**14 - 1)}",
                f"T{r.randint(1000, 99999)}",
            ]
        )


def signature_block(c: Ctx) -> list[str]:
    """A multi-line corporate e-mail signature."""
    r, p = c.rng, c.cust
    sep = r.choice(["--", "—", "________________", "-- ", ""])
    name = p.full if r.random() < 0.7 else p.full.upper()
    lines = [sep] if sep else []
    pronoun_style = r.choice(["inline", "line", "none"])
    lines.append(f"{name} ({p.pronouns})" if pronoun_style == "inline" else name)
    lines.append(
        r.choice([f"{p.title} | {p.company}", f"{p.title}\n{p.company}", f"{p.title}, {p.company}"])
    )
    if pronoun_style == "line":
        lines.append(f"Pronouns: {p.pronouns}")
    lines.append(p.address)
    lines.append(r.choice([f"M: {p.phone}", f"Tel. {p.phone}", p.phone, f"📞 {p.phone}"]))
    if r.random() < 0.6:
        lines.append(r.choice([f"www.{p.domain}", f"https://{p.domain}", p.email]))
    if r.random() < 0.25:
        lines.append(
            r.choice(
                [
                    "My working hours may not be your working hours. Please don't feel obliged to "
                    "respond outside of yours.",
                    f"Book time with me: calendly.com/{ascii_slug(p.first)}-{ascii_slug(p.last)}",
                    "I'm out of office every other Friday.",
                    "Proud sponsor of the "
                    f"{r.choice(['city marathon', 'local food bank', 'U12 team'])}",
                ]
            )
        )
    return lines


def agent_sig(c: Ctx) -> list[str]:
    return [
        c.agent.first,
        f"{c.product} Support"
        if c.rng.random() < 0.6
        else f"{c.agent.full} | Customer Support, {c.product}",
    ]


def context_sentence(r: random.Random) -> str:
    return r.choice(CONTEXT_SENTENCES).format(
        n=r.choice([3, 5, 8, 12, 15, 25, 40, 60, 120]),
        big=r.choice([30, 80, 250, 900, 4000]),
        k=r.randint(2, 9),
        plan=r.choice(PLANS),
        weekday=r.choice(WEEKDAYS["en"][:5]),
        year=r.randint(2012, 2023),
        acct=f"{r.choice('ACKMX')}{digits(r, 6)}",
        urgency=r.choice(["low", "medium", "high-ish"]),
        month=r.choice(MONTHS["en"]),
        day=r.randint(1, 28),
    )


# --------------------------------------------------------------------------------------
# Channel builders. Each returns text with exactly one ASK placeholder.
# --------------------------------------------------------------------------------------

TICKET_SUBJECTS = [
    "Question about my account",
    "Help needed",
    "Quick question",
    "Request",
    "[External] Query",
    "Support request",
    "Following on from last week",
    "Need assistance",
    "Anfrage",
    "Demande d'assistance",
    "Consulta",
    "Dúvida",
    "Vraag",
    "Richiesta",
    "(no subject)",
    "Fwd: see below",
]


def ch_ticket_export(c: Ctx) -> str:
    """Freshdesk / Zoho Desk style ticket export with custom fields and status history."""
    r = c.rng
    t1, t2 = later(r, c.when, 5, 600), later(r, c.when, 700, 3000)
    t3 = later(r, t2, 10, 900)
    subject = r.choice(TICKET_SUBJECTS)
    message = [c.greet(), "", c.body, "", c.signoff(), c.cust.first]
    if r.random() < 0.5:
        fields = [
            f"cf_product_area: {r.choice(['Billing', 'Integrations', 'Mobile app', 'Devices'])}",
            f"cf_plan_tier: {r.choice(PLANS)}",
            f"cf_region: {r.choice(['EMEA', 'NA', 'APAC', 'LATAM', 'DACH'])}",
            f"cf_csm_owner: {c.other.full}",
            f"cf_renewal_date: {later(r, c.when, 40000, 400000):%Y-%m-%d}",
        ]
        r.shuffle(fields)
        hist = [
            f"{c.date(c.when)}  Ticket created via {r.choice(['Email', 'Portal', 'Widget'])}",
            f"{c.date(t1)}  Status changed from Open to Pending by {c.agent.full}",
            f"{c.date(t2)}  Customer responded; status changed from Pending to Open "
            "(automation: Reopen on reply)",
            f"{c.date(t3)}  Priority changed from Low to {r.choice(['Medium', 'High'])}",
        ]
        lines = [
            f"Ticket {c.ticket_id()} | {subject}",
            f"Requester: {c.cust.full} <{c.cust.email}>",
            f"Company: {c.cust.company}",
            f"Status: {r.choice(['Open', 'Pending', 'Waiting on Customer'])}    "
            f"Priority: {r.choice(['Low', 'Medium', 'High'])}    "
            f"Source: {r.choice(['Email', 'Portal', 'Phone', 'Chat'])}",
            f"Type: {r.choice(['Question', 'Incident', 'Feature Request', 'Problem'])}    "
            f"Group: {r.choice(['Tier 1', 'Billing', 'Onboarding'])}    Agent: "
            f"{c.agent.full if r.random() < 0.6 else '--'}",
            *fields,
            "Tags: " + ", ".join(r.sample(["vip", "renewal", "mobile", "q3", "churn-risk"], 2)),
            "",
            "---- Description ----",
            *message,
            "",
            "---- Status history ----",
            *hist,
        ]
    else:
        lines = [
            f"Request ID: {r.randint(10**14, 10**15 - 1)}",
            f"Subject: {subject}",
            f"Contact Name: {c.cust.last}, {c.cust.first}",
            f"Account Name: {c.cust.company}",
            f"Email: {c.cust.email}    Phone: {c.cust.phone}",
            f"Channel: {r.choice(['Email', 'Web', 'Phone', 'Forums'])}    "
            f"Classification: {r.choice(['Question', 'Problem', 'Others'])}",
            f"Due Date: {c.date(later(r, c.when, 600, 4000))}",
            f"Mode: {r.choice(['Email', 'Web'])}   Language: {c.cust.lang}",
            f"Department: {r.choice(['Support', 'Sales', 'Customer Care'])}",
            "",
            "Thread #1 (Incoming):",
            *message,
            "",
            "History:",
            f"  {c.date(c.when)} - Ticket Created by {c.cust.full}",
            f"  {c.date(t1)} - Owner changed from None to {c.agent.full} (Assignment rule)",
            f"  {c.date(t2)} - Status: Open -> On Hold",
            f"  {c.date(t3)} - Status: On Hold -> Open (SLA violated)",
        ]
    return "\n".join(lines)


MAIL_HEADERS = {  # From, Sent, To, Cc, Subject
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
}
ORIGINAL_MSG = {
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
    "sv": "-----Ursprungligt meddelande-----",
}
REPLY_PREFIX = {
    "de": ["AW:", "WG:", "AW: AW:"],
    "fr": ["RE :", "TR :", "RE : RE :"],
    "es": ["RE:", "RV:"],
    "pt": ["RES:", "ENC:"],
    "nl": ["RE:", "FW:", "Antw:"],
    "it": ["R:", "I:", "RE:"],
    "sv": ["SV:", "VB:"],
}
LOCAL_SUBJECTS = {
    "de": ["Ihre Anfrage", "Rückfrage zu Ihrem Konto", "Vertrag und Rechnung", "Kundennummer"],
    "fr": ["Votre demande", "Question sur le compte", "Suivi de votre dossier"],
    "es": ["Su solicitud", "Consulta sobre la cuenta", "Seguimiento de su caso"],
    "pt": ["Sua solicitação", "Dúvida sobre a conta", "Acompanhamento do chamado"],
    "nl": ["Uw aanvraag", "Vraag over account", "Opvolging van uw ticket"],
    "it": ["La sua richiesta", "Domanda sull'account", "Aggiornamento pratica"],
    "sv": ["Ditt ärende", "Fråga om kontot", "Uppföljning"],
}
AGENT_REPLIES = {
    "de": [
        "vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen erhalten und melden uns so "
        "schnell wie möglich.",
        "könnten Sie uns bitte noch Ihre Kundennummer mitteilen? "
        "Dann können wir den Vorgang zuordnen.",
    ],
    "fr": [
        "merci pour votre message. Nous avons bien reçu votre demande et revenons vers vous "
        "rapidement.",
        "pourriez-vous nous préciser votre numéro client ?",
    ],
    "es": [
        "gracias por escribirnos. Hemos recibido su consulta y le responderemos lo antes posible.",
        "¿podría indicarnos su número de cliente, por favor?",
    ],
    "pt": [
        "obrigado pelo contato. Recebemos sua mensagem e retornaremos em breve.",
        "poderia nos informar o número do seu contrato?",
    ],
    "nl": [
        "bedankt voor uw bericht. We hebben uw vraag ontvangen en nemen zo snel mogelijk "
        "contact met u op.",
        "kunt u ons uw klantnummer doorgeven?",
    ],
    "it": [
        "grazie per averci contattato. Abbiamo ricevuto la sua richiesta e le risponderemo "
        "al più presto.",
        "potrebbe indicarci il suo codice cliente?",
    ],
    "sv": [
        "tack för ditt meddelande. Vi har tagit emot ditt ärende och återkommer så snart "
        "som möjligt.",
        "kan du skicka ditt kundnummer till oss?",
    ],
}
EARLIER_CUSTOMER = {
    "de": "Hallo, ich hätte eine Frage zu unserem Konto. An wen kann ich mich wenden?",
    "fr": "Bonjour, j'ai une question concernant notre compte. À qui dois-je m'adresser ?",
    "es": "Hola, tengo una duda sobre nuestra cuenta. ¿Con quién puedo hablar?",
    "pt": "Olá, tenho uma dúvida sobre a nossa conta. Com quem posso falar?",
    "nl": "Hallo, ik heb een vraag over ons account. Bij wie kan ik terecht?",
    "it": "Buongiorno, avrei una domanda sul nostro account. A chi posso rivolgermi?",
    "sv": "Hej, jag har en fråga om vårt konto. Vem kan jag vända mig till?",
}
EXTERNAL_BANNER = {
    "de": "ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf "
    "Links, wenn Sie den Absender nicht kennen.",
    "fr": "ATTENTION : Ce courriel provient de l'extérieur de l'organisation.",
    "es": "PRECAUCIÓN: Este correo se originó fuera de la organización.",
    "pt": "ATENÇÃO: Este e-mail foi enviado de fora da organização.",
    "nl": "LET OP: Deze e-mail is afkomstig van buiten de organisatie.",
    "it": "ATTENZIONE: questa e-mail proviene da un mittente esterno.",
    "sv": "VARNING: Detta mejl kommer från en extern avsändare.",
}


AGENT_GREETINGS = {
    "de": ["Hallo {name},", "Guten Tag {name},", "Liebe/r {name},"],
    "fr": ["Bonjour {name},", "Bonjour,"],
    "es": ["Hola {name}:", "Estimado/a {name}:", "Hola, {name}:"],
    "pt": ["Olá {name},", "Prezado(a) {name},", "Oi {name},"],
    "nl": ["Beste {name},", "Hallo {name},"],
    "it": ["Gentile {name},", "Buongiorno {name},"],
    "sv": ["Hej {name},", "Hej {name}!"],
}


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def ch_outlook_chain(c: Ctx) -> str:
    """Outlook reply chain with quoted From/Sent/To/Subject blocks in a non-English locale."""
    r = c.rng
    lang = c.cust.lang if c.cust.lang in MAIL_HEADERS else r.choice(list(MAIL_HEADERS))
    h_from, h_sent, h_to, h_cc, h_subj = MAIL_HEADERS[lang]
    colon = " : " if lang == "fr" else ": "
    subject = r.choice(LOCAL_SUBJECTS[lang]) + f" [{c.ticket_id()}]"
    t_agent = c.when - timedelta(hours=r.randint(2, 90))
    t_first = t_agent - timedelta(hours=r.randint(1, 48))
    cust_addr = r.choice(
        [f"{c.cust.full} <{c.cust.email}>", f"{c.cust.last}, {c.cust.first}", c.cust.email]
    )
    agent_addr = r.choice(
        [
            f"{c.product} Support <support@{c.vendor_domain}>",
            f"{c.agent.full} <{ascii_slug(c.agent.first)}@{c.vendor_domain}>",
        ]
    )
    lines: list[str] = []
    if r.random() < 0.35:
        lines += [EXTERNAL_BANNER[lang], ""]
    lines += [c.greet(lang), "", c.body, "", c.signoff(lang), c.cust.full]
    if r.random() < 0.5:
        lines += [c.cust.title, c.cust.company]
    lines += [
        "",
        r.choice(["________________________________", ORIGINAL_MSG[lang]]),
        f"{h_from}{colon}{agent_addr}",
        f"{h_sent}{colon}{long_date(t_agent, lang)}",
        f"{h_to}{colon}{cust_addr}",
    ]
    if r.random() < 0.4:
        lines.append(f"{h_cc}{colon}{c.other.full} <{c.other.email}>")
    lines += [
        f"{h_subj}{colon}{r.choice(REPLY_PREFIX[lang])} {subject}",
        "",
        r.choice(AGENT_GREETINGS[lang]).format(name=c.cust.first),
        "",
        upper_first(r.choice(AGENT_REPLIES[lang])),
        "",
        r.choice(SIGNOFFS[lang]),
        *agent_sig(c),
    ]
    if r.random() < 0.6:
        lines += [
            "",
            ORIGINAL_MSG[lang],
            f"{h_from}{colon}{cust_addr}",
            f"{h_sent}{colon}{long_date(t_first, lang)}",
            f"{h_to}{colon}support@{c.vendor_domain}",
            f"{h_subj}{colon}{subject}",
            "",
            EARLIER_CUSTOMER[lang],
        ]
    return "\n".join(lines)


GMAIL_QUOTE = {
    "en": "On {wd3}, {d} {mo3} {y} at {hm}, {name} <{email}> wrote:",
    "de": "Am {wd2}., {d}. {mo} {y} um {hm} Uhr schrieb {name} <{email}>:",
    "fr": "Le {wd3}. {d} {mo} {y} à {hm}, {name} <{email}> a écrit :",
    "es": "El {wd3}, {d} {mo3} {y} a las {hm}, {name} (<{email}>) escribió:",
    "pt": "Em {wd3}., {d} de {mo3}. de {y} às {hm}, {name} <{email}> escreveu:",
    "nl": "Op {wd2} {d} {mo3} {y} om {hm} schreef {name} <{email}>:",
    "it": "Il giorno {wd3} {d} {mo3} {y} alle ore {hm} {name} <{email}> ha scritto:",
    "sv": "Den {d} {mo} {y} kl. {hm} skrev {name} <{email}>:",
}


def ch_gmail_mobile(c: Ctx) -> str:
    """Gmail / mobile reply: short top-post, signature, legal disclaimer, quoted agent mail."""
    r = c.rng
    lang = c.cust.lang
    t = c.when - timedelta(hours=r.randint(1, 72))
    wd, mo = WEEKDAYS[lang][t.weekday()], MONTHS[lang][t.month - 1]
    quote_hdr = GMAIL_QUOTE[lang].format(
        wd3=wd[:3],
        wd2=wd[:2].capitalize(),
        d=t.day,
        mo=mo,
        mo3=mo[:3],
        y=t.year,
        hm=f"{t.hour:02d}:{t.minute:02d}",
        name=c.agent.full,
        email=f"support@{c.vendor_domain}",
    )
    quoted = [
        f"Hi {c.cust.first},",
        "",
        r.choice(
            [
                f"Thanks for getting in touch with {c.product}! I've had a look at your account "
                "and everything seems to be configured correctly.",
                "Just checking in to see whether the steps I sent yesterday resolved things.",
                f"Your ticket {c.ticket_id()} has been updated. "
                "Let us know if there's anything else.",
            ]
        ),
        "",
        r.choice(
            [
                "Is there anything else I can help with?",
                "Have a great day!",
                "Looking forward to hearing from you.",
            ]
        ),
        "",
        "Best,",
        c.agent.first,
    ]
    disclaimer = r.choice(DISCLAIMERS).format(
        company=c.cust.company, address=c.cust.address, regno=digits(r, 8)
    )
    lines: list[str] = []
    if r.random() < 0.5:
        lines += [c.greet(), ""]
    lines.append(c.body)
    lines += ["", c.signoff()]
    lines += signature_block(c)
    footer = r.choice(MOBILE_FOOTERS[lang])
    if r.random() < 0.5:
        lines += ["", footer, "", disclaimer, "", quote_hdr]
    else:
        lines += ["", disclaimer, "", footer, "", quote_hdr]
    lines += [f"> {q}".rstrip() for q in quoted]
    return "\n".join(lines)


COMMUNITY_CHATTER = [
    "same here tbh",
    "+1, would love this too",
    "anyone from the team around? 👀",
    "have you tried logging out and back in?",
    "following",
    "bump",
    "lol same",
    "I asked this last month, no reply yet 😅",
    "good question",
    "ooh interested in the answer",
]


def ch_community_thread(c: Ctx) -> str:
    """Discord / Slack community thread export with timestamps, role tags and reactions."""
    r = c.rng
    t = c.when
    mod, helper = make_person(r), make_person(r)
    if r.random() < 0.5:  # Discord
        server = f"{c.product} Community"
        chan = r.choice(["#help-and-support", "#feature-requests", "#general", "#ask-the-team"])

        stamp_fmt = r.choice(["[%d/%m/%Y %H:%M]", "[%Y-%m-%d %I:%M %p]", "[%d.%m.%y, %H:%M]"])

        def stamp(dt: datetime) -> str:
            return dt.strftime(stamp_fmt)

        lines = [f"{server} › {chan}", f"Exported {t:%Y-%m-%d}  ·  DiscordChatExporter", ""]
        lines.append(
            f"{stamp(t)} {mod.handle} [Moderator] 🛡️: Reminder: check the pinned FAQ "
            "📌 before posting, and no DMs to staff please"
        )
        t = later(r, t, 3, 90)
        lines.append(f"{stamp(t)} {c.cust.handle} [Member]: {c.body_messages()[0]}")
        lines.append(
            f"    {r.choice(['👍', '👀', '🙏', '➕'])} {r.randint(1, 14)}   "
            f"{r.choice(['❤️', '🔥', '💯'])} {r.randint(1, 5)}"
        )
        for extra in c.body_messages()[1:]:
            lines.append(f"{stamp(later(r, t, 0, 2))} {c.cust.handle} [Member]: {extra}")
        t = later(r, t, 1, 30)
        lines.append(
            f"{stamp(t)} {helper.handle} [Community Helper]: {r.choice(COMMUNITY_CHATTER)}"
        )
        t = later(r, t, 1, 10)
        lines.append(
            f"{stamp(t)} {c.product.split()[0]}Bot [BOT]: Thanks for posting, "
            f"@{c.cust.handle}! A ticket ({c.ticket_id()}) was opened. Staff usually "
            "respond within 24h."
        )
        t = later(r, t, 30, 600)
        lines.append(
            f"{stamp(t)} {c.agent.first} | {c.product} [Staff] ✅: @{c.cust.handle} "
            "on it, will get back to you 🙏"
        )
        lines.append(f"    ✅ {r.randint(1, 6)}")
    else:  # Slack
        chan = r.choice(
            [
                "#customer-feedback",
                "#ext-" + ascii_slug(c.cust.company)[:12],
                "#shared-support",
                "#voice-of-customer",
            ]
        )
        lines = [f"Slack export · {chan} · {c.cust.company} ↔ {c.product} (Slack Connect)", ""]
        if r.random() < 0.5:
            lines += [f"{helper.full}  {clock12(t)}", f"{helper.full} has joined the channel", ""]
        t = later(r, t, 1, 60)
        lines += [f"{c.cust.full} (external)  {clock12(t)}"]
        lines += c.body_messages()
        lines += [f":eyes: {r.randint(1, 4)}  :+1: {r.randint(1, 6)}", ""]
        t = later(r, t, 1, 120)
        lines += [
            f"{c.agent.full} ({r.choice(['CSM', 'Support Engineer', 'Account Manager'])})"
            f"  {clock12(t)}",
            r.choice(
                [
                    "Thanks! Logging this now :memo:",
                    "Good flag, looping in the team",
                    "Ack - will reply in thread",
                ]
            ),
            f":white_check_mark: {r.randint(1, 3)}",
            "",
            f"{r.randint(2, 7)} replies  ·  Last reply "
            f"{r.choice(['today', 'yesterday', '3 days ago'])} at {clock12(later(r, t))}",
        ]
    return "\n".join(lines)


REVIEW_TITLES = [
    "Good but frustrating at times",
    "Solid tool, one gap",
    "Could be better",
    "Almost perfect",
    "Does the job",
    "Mixed feelings",
    "Great support, rough edges",
    "Not bad!",
    "Meh.",
    "Worth it for small teams",
    "Love it, with one caveat",
]
PROS = [
    "Setup took less than an hour and the UI is clean.",
    "Support answers fast.",
    "Price is fair for what you get.",
    "Integrations with our calendar work well.",
    "The mobile app is snappy.",
    "Reporting is much better than our previous vendor.",
]
CONS = [
    "Some settings are buried three menus deep.",
    "Occasional sync delays.",
    "Pricing jumps a lot between tiers.",
    "Docs are a bit outdated.",
]


def ch_review_site(c: Ctx) -> str:
    """G2 / Capterra / App Store / Google Play style review with stars and pros/cons."""
    r = c.rng
    stars = r.randint(1, 5)
    star_line = "★" * stars + "☆" * (5 - stars)
    kind = r.choice(["g2", "capterra", "appstore", "play"])
    if kind in ("g2", "capterra"):
        q_dis = f"What do you dislike about {c.product}?" if kind == "g2" else "Cons:"
        q_like = f"What do you like best about {c.product}?" if kind == "g2" else "Pros:"
        q_rec = (
            f"Recommendations to others considering {c.product}:" if kind == "g2" else "Overall:"
        )
        sections = [
            (q_dis, [c.body]),
            (q_like, [r.choice(PROS), r.choice(PROS)]),
            (
                q_rec,
                [
                    r.choice(
                        [
                            "Try the free trial first.",
                            "Go for it.",
                            "Make sure you read the onboarding docs.",
                            r.choice(CONS),
                        ]
                    )
                ],
            ),
        ]
        r.shuffle(sections)
        lines = [
            f"{star_line}  {stars}.0 out of 5",
            f'"{r.choice(REVIEW_TITLES)}"',
            f"{c.cust.first} {c.cust.last[0]}. — {c.cust.title}, "
            + r.choice(
                [
                    "Small-Business (50 or fewer emp.)",
                    "Mid-Market (51-1000 emp.)",
                    "Enterprise (> 1000 emp.)",
                ]
            ),
            r.choice(
                [
                    "Validated Reviewer · Verified Current User · Review source: Organic",
                    "Used the software for: 1-2 years · Source: Capterra",
                    "Incentivized Review · Reviewer received a gift card",
                ]
            ),
            f"Reviewed on {c.date(lang='en')}",
            "",
        ]
        for q, ans in sections:
            lines += [q, *ans, ""]
        lines.append(f"{r.randint(0, 40)} people found this helpful  ·  Share  ·  Report")
    else:
        store = "App Store" if kind == "appstore" else "Google Play"
        lines = [
            f"{store} · {c.product} · {r.choice(['iPhone', 'iPad', 'Android', 'Pixel 8'])}"
            f" · v{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            r.choice(REVIEW_TITLES),
            f"{star_line}  {c.cust.handle}, {c.date(lang='en')}",
            "",
            c.body,
            "",
            f"{r.choice(PROS)} " if r.random() < 0.4 else "",
            f"Was this review helpful?  Yes ({r.randint(0, 50)})  No ({r.randint(0, 9)})",
            "",
            f"Developer Response · {c.date(later(r, c.when, 600, 9000), 'en')}",
            f"Hi there, thanks for the {stars}-star review! We've shared your feedback with our "
            f"product team. For anything account-related please write to "
            f"support@{c.vendor_domain}. – {c.agent.first}",
        ]
    return "\n".join(lines)


REP_SMALLTALK = [
    "Hey {cf}, can you hear me okay?",
    "Hi {cf}! Good to chat again.",
    "How's everything going on your side?",
    "How was the weekend?",
    "Did you make it to the conference last week?",
    "Cool, I've got about thirty minutes blocked, does that still work for you?",
    "Perfect. I'll be recording for note-taking, hope that's fine.",
    "Before we dive in, anything new since we last spoke?",
]
CUST_SMALLTALK = [
    "Yeah, loud and clear. Sorry, my previous meeting ran over.",
    "Good, good. Busy week, we had an offsite.",
    "Weather's been terrible here, it's been raining all week.",
    "Ha, yes, the kids have been sick so it's been a bit chaotic.",
    "Honestly it's been fine, no major complaints.",
    "Sure, go ahead.",
    "Yeah that works, I have a hard stop at the top of the hour.",
    "Mm-hmm.",
    "Right, right.",
    "Oh sorry, I was on mute.",
    "Yep, recording's fine.",
]
REP_ACK = [
    "Got it, let me write that down.",
    "Okay, that's really useful context.",
    "Makes sense. Anything else on your wishlist?",
    "Great, I'll loop in our solutions engineer on that.",
    "Sounds good, I'll send a recap after the call.",
    "Totally hear you.",
]


def ch_call_transcript(c: Ctx) -> str:
    """Gong / Chorus / Zoom sales-call transcript with several speakers and small talk."""
    r = c.rng
    rep, cust, third = c.agent, c.cust, c.other
    dur = r.randint(18, 55)
    turns: list[tuple[Person, str]] = [
        (rep, r.choice(REP_SMALLTALK[:2]).format(cf=cust.first)),
        (cust, r.choice(CUST_SMALLTALK[:5])),
        (rep, r.choice(REP_SMALLTALK[2:])),
        (cust, r.choice(CUST_SMALLTALK)),
    ]
    if r.random() < 0.6:
        turns.append(
            (
                third,
                f"Hi all, {third.first} here, I just joined. I look after "
                f"{r.choice(['procurement', 'IT', 'finance', 'operations'])}.",
            )
        )
        turns.append((rep, f"Welcome, {third.first}! We were just getting started."))
    filler = "" if c.lead else r.choice(["", "", "Yeah so, ", "Um, ", "So one thing - "])
    turns.append((cust, filler + c.body_messages()[0]))
    if len(c.body_messages()) > 1:
        turns.append((cust, c.body_messages()[1]))
    turns.append((rep, r.choice(REP_ACK)))
    turns.append((cust, r.choice(CUST_SMALLTALK[5:])))
    turns.append((rep, r.choice(REP_ACK)))
    t = r.randint(2, 15)
    style = r.choice(["gong", "chorus", "vtt"])
    if style == "vtt":
        lines = ["WEBVTT", ""]
        for i, (who, text) in enumerate(turns, 1):
            t2 = t + r.randint(3, 40)
            lines += [
                str(i),
                f"00:{t // 60:02d}:{t % 60:02d}.{r.randint(0, 999):03d} --> "
                f"00:{t2 // 60:02d}:{t2 % 60:02d}.{r.randint(0, 999):03d}",
                f"{who.full}: {text}",
                "",
            ]
            t = t2 + r.randint(1, 60)
        return "\n".join(lines).rstrip()
    head = "Gong" if style == "gong" else "Chorus.ai"
    lines = [
        f"{head} · {cust.company} <> {c.product} | "
        + r.choice(["Discovery", "QBR", "Renewal check-in", "Demo debrief"]),
        f"{c.date()} · {dur} min · Participants: {rep.full} ({c.product}), "
        f"{cust.full} ({cust.company}), {third.full}",
        "Transcript auto-generated. May contain errors.",
        "",
    ]
    for who, text in turns:
        stamp = f"{t // 60:02d}:{t % 60:02d}" if style == "gong" else f"[{t // 60}:{t % 60:02d}]"
        speaker = who.full if r.random() < 0.85 else who.first
        lines.append(
            f"{stamp}  {speaker}: {text}" if style == "gong" else f"{stamp} {speaker}\n{text}"
        )
        t += r.randint(4, 95)
    lines += [
        "",
        "Action items (AI-generated):",
        f"- {rep.first} to send pricing overview by {r.choice(WEEKDAYS['en'][:5])}",
        f"- {cust.first} to confirm headcount with {third.first}",
    ]
    return "\n".join(lines)


def ch_nps_survey(c: Ctx) -> str:
    """NPS / CSAT survey export with a score and several questions."""
    r = c.rng
    score = r.randint(0, 10)
    segment = "Detractor" if score <= 6 else ("Passive" if score <= 8 else "Promoter")
    tool = r.choice(["Delighted", "Qualtrics", "SurveyMonkey", "Hotjar", "Medallia"])
    reason = r.choice(
        [
            "It mostly works but onboarding was slow.",
            "Good value overall.",
            "Support has been responsive.",
            "We had a few outages in spring.",
            "N/A",
            "-",
            "Hard to say, we only started recently.",
        ]
    )
    qa = [
        (
            f"How likely are you to recommend {c.product} to a friend or colleague? (0-10)",
            str(score),
        ),
        ("What is the primary reason for your score?", reason),
        ("What is one thing we could do to improve?", c.body),
        ("May we contact you about your feedback?", r.choice(["Yes", "No", "Yes - email only"])),
    ]
    if r.random() < 0.5:  # put the request under the "reason" question instead
        qa[1], qa[2] = (qa[1][0], c.body), (qa[2][0], reason)
    lines = [
        f"Survey: {r.choice(['Quarterly NPS', 'Relationship NPS Q3', 'Post-onboarding NPS'])}"
        f" ({tool}) · Response ID {r.getrandbits(40):010x}",
        f"Submitted: {c.date()}",
        f"Respondent: {c.cust.email} | Account: {c.cust.company} | Plan: {r.choice(PLANS)}"
        f" | Locale: {c.cust.lang}-{c.cust.region}",
        "",
    ]
    for i, (q, a) in enumerate(qa, 1):
        lines += [f"Q{i}. {q}", f"A: {a}", ""]
    lines += [
        f"CSAT (last support interaction): {r.randint(1, 5)}/5",
        f"Segment: {segment}  ·  Tags: "
        + ", ".join(r.sample(["pricing", "ux", "support", "mobile", "reliability"], 2)),
    ]
    return "\n".join(lines)


def ch_jira_service(c: Ctx) -> str:
    """Jira Service Management portal request with template headings and activity."""
    r = c.rng
    key = f"{r.choice(['HELP', 'SUP', 'CS', 'ITSM', 'SD'])}-{r.randint(10, 9999)}"
    rtype = r.choice(["Ask a question", "Request a change", "Report a problem", "Get IT help"])
    heading = r.choice(["*{}*", "h3. {}", "**{}**", "### {}"])
    sections = [
        ("What do you need help with?", c.body),
        ("Which environment is affected?", r.choice(["Production", "Staging", "Both", "N/A"])),
        (
            "Business impact",
            r.choice(["Low - workaround exists", "Medium", "Blocks a few users", "None yet"]),
        ),
        (
            "Steps already tried",
            r.choice(
                ["N/A", "Restarted the app", "Checked the docs", "Cleared cache, same result"]
            ),
        ),
    ]
    first, rest = sections[0], sections[1:]
    r.shuffle(rest)
    pos = r.randint(0, 1)
    ordered = rest[:pos] + [first] + rest[pos:]
    lines = [
        f"{key}  [{rtype}] {r.choice(TICKET_SUBJECTS)}",
        f"Reporter: {c.cust.full} ({c.cust.email})  ·  Request type: {rtype}  ·  Portal: "
        f"{c.product} Support",
        f"Status: {r.choice(['Waiting for support', 'In progress', 'Open'])}  ·  SLA: Time to "
        f"first response {r.randint(0, 7)}h {r.randint(1, 59)}m remaining",
        f"Priority: {r.choice(['Lowest', 'Low', 'Medium', 'High'])}  ·  Components: "
        f"{r.choice(['Mobile', 'Web app', 'API', 'Billing'])}",
        f"Created: {c.date()}",
        "",
    ]
    for h, v in ordered:
        lines += [heading.format(h), v, ""]
    lines += [
        f"Attachments: screenshot-{c.when:%Y-%m-%d}-{r.randint(10, 99)}.png "
        f"({r.randint(40, 900)} kB)",
        "",
        "Activity:",
        f'{c.agent.full} changed the status to "In Progress" · {c.date(later(r, c.when))}',
        f'Automation for Jira added label "{r.choice(["triage", "needs-info", "tier1"])}"',
    ]
    return "\n".join(lines)


def ch_live_chat(c: Ctx) -> str:
    """Intercom / Drift / Zendesk Chat transcript with bot messages and quick replies."""
    r = c.rng
    tool = r.choice(["Intercom", "Drift", "Zendesk Chat", "Crisp", "LiveChat"])
    bot = r.choice(["Operator", "Fin (AI Agent)", "Drift Bot", f"{c.product} Assistant"])
    name = c.cust.first if r.random() < 0.6 else r.choice(["Visitor 48213", "Guest", c.cust.email])
    t = c.when
    buttons = r.sample(
        [
            "Billing question",
            "Report a bug",
            "Talk to sales",
            "Something else",
            "Account access",
            "Book a demo",
        ],
        3,
    )
    choice = r.choice(buttons)
    lines = [
        f"Conversation with {name} · {tool} · {c.date(t)}",
        f"Page: https://{c.vendor_domain}/{r.choice(['pricing', 'help', 'app/settings'])}",
        "",
    ]
    stamp = (lambda dt: f"[{dt:%H:%M}] ") if r.random() < 0.6 else (lambda dt: "")
    lines.append(f"{stamp(t)}{bot}: Hi there 👋 What can we help you with today?")
    lines.append("  " + "  ".join(f"[ {b} ]" for b in buttons))
    t = later(r, t, 0, 2)
    lines.append(f"{stamp(t)}{name} clicked: {choice}")
    lines.append(
        f"{stamp(t)}{bot}: Got it! Tell us a bit more and we'll route you to the right team."
    )
    for m in c.body_messages():
        t = later(r, t, 0, 3)
        lines.append(f"{stamp(t)}{name}: {m}")
    t = later(r, t, 0, 2)
    lines.append(
        f"{stamp(t)}{bot}: Thanks! The team typically replies in "
        f"{r.choice(['under 2 hours', 'a few minutes', 'one business day'])}. "
        "Want to get notified by email?"
    )
    lines.append("  [ Yes, email me ]  [ No thanks ]")
    lines.append(f"{stamp(t)}{name} clicked: {r.choice(['Yes, email me', 'No thanks'])}")
    if r.random() < 0.5:
        lines.append(f"{stamp(later(r, t))}{c.agent.first} joined the conversation")
    lines += [
        "",
        f"Assigned to: {r.choice(['Tier 1', 'Sales', 'Unassigned'])} · Tags: "
        f"{r.choice(['chat', 'web', 'vip'])} · Rating: {r.choice(['—', '👍', '👎'])}",
    ]
    return "\n".join(lines)


def ch_form_response(c: Ctx) -> str:
    """Typeform / Google Forms / Jotform response notification."""
    r = c.rng
    size = r.choice(["1-10", "11-50", "51-200", "201-1000", "1000+"])
    rating = "★" * r.randint(1, 5)
    kind = r.choice(["typeform", "gforms", "jotform"])
    if kind == "gforms":
        fields = [
            ("Timestamp", f"{c.when.month}/{c.when.day}/{c.when.year} {c.when:%H:%M:%S}"),
            ("Email Address", c.cust.email),
            ("Full name", c.cust.full),
            ("Company", c.cust.company),
            ("How satisfied are you overall? (1-5)", str(r.randint(1, 5))),
            ("Your request / feedback", c.body),
            ("Anything else?", r.choice(["", "no", "Thanks!", "-"])),
        ]
        lines = [f"Form: {c.product} customer feedback (Responses)", ""]
        lines += [f"{k}: {v}".rstrip() for k, v in fields]
        return "\n".join(lines)
    qa = [
        ("What's your name?", c.cust.full),
        ("Work email", c.cust.email),
        ("Company size", size),
        ("How would you rate us overall?", rating),
        (
            r.choice(
                [
                    "Anything you'd like us to build or change?",
                    "What can we help with?",
                    "Tell us more",
                ]
            ),
            c.body,
        ),
        ("Can we contact you about this?", r.choice(["Yes", "No", "Yes, by email"])),
    ]
    head = "New response for" if kind == "typeform" else "New submission:"
    lines = [
        f'{head} "{r.choice(["Customer Feedback 2024", "Contact us", "Beta waitlist"])}"'
        f" ({'Typeform' if kind == 'typeform' else 'Jotform'})",
        f"Submitted at: {c.date()}",
        "---",
    ]
    for q, a in qa:
        lines += [q, a, ""]
    lines += [
        "---",
        f"Hidden fields: utm_source={r.choice(['newsletter', 'app', 'linkedin'])}"
        f", plan={r.choice(PLANS).lower()}, user_id={digits(r, 7)}",
        f"Network ID: {r.getrandbits(32):08x}",
    ]
    return "\n".join(lines)


INTERNAL_NOTES = [
    "Customer called earlier and sounded frustrated. Checked the logs, nothing obvious.",
    "Account is on {plan} since {year}, last invoice paid. Not a churn risk as far as I can tell.",
    "Possibly related to {tid}. Leaving for the morning shift.",
    "Spoke to their admin on the phone, they'll send screenshots.",
    "VIP account - please reply within SLA. cc {other}",
]


def ch_agent_note(c: Ctx) -> str:
    """Help Scout / Front / Freshdesk conversation with an internal note plus customer mail."""
    r = c.rng
    tool = r.choice(["Front", "Help Scout", "Freshdesk", "Kustomer"])
    note = r.choice(INTERNAL_NOTES).format(
        plan=r.choice(PLANS),
        year=r.randint(2015, 2023),
        tid=c.ticket_id(),
        other=f"@{c.other.first}",
    )
    note_block = [
        r.choice(
            [
                "🔒 Internal note",
                "Private note",
                "Comment (internal - not visible to customer)",
                "NOTE",
            ]
        )
        + f" · {c.agent.full} · {c.date(later(r, c.when))}",
        note,
        f"@{c.other.first} can you take this one?" if r.random() < 0.5 else "",
    ]
    cust_block = [
        f"{c.cust.full} <{c.cust.email}> · via {r.choice(['email', 'web form', 'widget'])} · "
        f"{c.date()}",
        c.greet(),
        "",
        c.body,
        "",
        c.signoff(),
        c.cust.first,
    ]
    blocks = [note_block, cust_block] if r.random() < 0.5 else [cust_block, note_block]
    lines = [f"{tool} · Conversation {c.ticket_id()} · Inbox: {c.product} Support", "---"]
    for b in blocks:
        lines += b + ["---"]
    lines.append(
        f"Assigned to {make_person(r, (c.product, c.vendor_domain)).full} · Tags: "
        f"{', '.join(r.sample(['billing', 'followup', 'escalated', 'en', 'emea'], 2))}"
    )
    return "\n".join(lines)


WA_E2E = {
    "en": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them.",
    "de": "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses "
    "Chats kann sie lesen oder anhören, nicht einmal WhatsApp.",
    "es": "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este "
    "chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.",
    "fr": "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même "
    "WhatsApp, ne peut les lire ou les écouter.",
    "pt": "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta. Nem "
    "mesmo o WhatsApp pode ler ou ouvi-las.",
    "nl": "Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat, "
    "zelfs WhatsApp niet, kan ze lezen of beluisteren.",
}
WA_MEDIA = {
    "en": "<Media omitted>",
    "de": "<Medien ausgeschlossen>",
    "es": "<Multimedia omitido>",
    "fr": "<Médias omis>",
    "pt": "<Mídia oculta>",
    "nl": "<Media weggelaten>",
}
WA_OPENERS = {
    "en": ["hi there", "hello? anyone?", "hey, it's {first} from {company}"],
    "de": ["Hallo!", "Hallo, hier ist {first} von {company}", "Moin"],
    "es": ["hola!", "Hola, soy {first} de {company}", "buenas"],
    "fr": ["Bonjour !", "Salut, c'est {first} de {company}", "coucou"],
    "pt": ["oi!", "Olá, aqui é {first} da {company}", "bom dia"],
    "nl": ["Hoi!", "Hallo, met {first} van {company}", "goedemorgen"],
}
WA_BIZ = {
    "en": "Hi {first}! Thanks for messaging {product}. An agent will be with you shortly.",
    "de": "Hallo {first}! Danke für deine Nachricht an {product}. Wir melden uns gleich.",
    "es": "¡Hola {first}! Gracias por escribir a {product}. Un agente te atenderá en breve.",
    "fr": "Bonjour {first} ! Merci d'avoir contacté {product}. Un conseiller vous répond vite.",
    "pt": "Olá {first}! Obrigado por falar com a {product}. Um atendente já vai te responder.",
    "nl": "Hoi {first}! Bedankt voor je bericht aan {product}. Een medewerker helpt je zo.",
}
WA_THANKS = {
    "en": "thx!",
    "de": "danke 🙏",
    "es": "gracias!!",
    "fr": "merci !",
    "pt": "valeu 👍",
    "nl": "top, dank je",
}


def ch_messenger_export(c: Ctx) -> str:
    """WhatsApp / SMS export with a non-English (day-first) date format."""
    r = c.rng
    lang = (
        c.cust.lang
        if c.cust.lang in WA_E2E and r.random() < 0.7
        else r.choice(["de", "es", "fr", "pt", "nl"])
    )
    # (timestamp prefix, separator between sender and text) per WhatsApp locale/platform
    stamp, sep = r.choice(
        [
            (lambda dt: f"[{dt:%d.%m.%y, %H:%M:%S}] ", ": "),  # iOS, de/nl
            (lambda dt: f"{dt:%d/%m/%Y, %H:%M} - ", ": "),  # Android, es/pt/it
            (lambda dt: f"{dt.day}/{dt.month}/{dt:%y} {dt:%H:%M} - ", ": "),
            (lambda dt: f"{dt:%d-%m-%Y %H:%M} - ", ": "),  # Android, nl
            (lambda dt: f"[{dt:%d/%m/%Y %H:%M:%S}] ", " : "),  # iOS, fr
        ]
    )
    cust = c.cust.full if r.random() < 0.6 else c.cust.phone
    biz = f"{c.product} Support"
    t = c.when
    out: list[str] = []

    def say(who: str, msg: str) -> None:
        nonlocal t
        t = later(r, t, 0, 7)
        out.append(f"{stamp(t)}{who}{sep}{msg}")

    if r.random() < 0.5:  # SMS gateway export instead of WhatsApp
        out.append(f"SMS · {c.cust.phone} ↔ {biz} · {t:%d.%m.%Y}")
        opener = r.choice(WA_OPENERS[lang]).format(first=c.cust.first, company=c.cust.company)
        for m in [opener] + c.body_messages():
            t = later(r, t, 0, 5)
            out.append(f"{t:%d.%m.%Y %H:%M}  IN   {m}")
        t = later(r, t, 2, 40)
        out.append(
            f"{t:%d.%m.%Y %H:%M}  OUT  "
            + WA_BIZ[lang].format(first=c.cust.first, product=c.product)
        )
        out.append(f"{t:%d.%m.%Y %H:%M}  OUT  [auto] Msg&data rates may apply.")
        return "\n".join(out)
    out.append(stamp(t) + WA_E2E[lang])
    say(cust, r.choice(WA_OPENERS[lang]).format(first=c.cust.first, company=c.cust.company))
    if r.random() < 0.4:
        say(cust, WA_MEDIA[lang])
    say(biz, WA_BIZ[lang].format(first=c.cust.first, product=c.product))
    for m in c.body_messages():
        say(cust, m)
    say(biz, f"👍 {c.agent.first}")
    say(cust, WA_THANKS[lang])
    return "\n".join(out)


def zendesk_code(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def ch_zendesk_side(c: Ctx) -> str:
    """Zendesk side conversation or macro-heavy public reply quoting the customer."""
    r = c.rng
    tid = r.randint(10000, 999999)
    when = c.date()
    if r.random() < 0.5:
        team = r.choice(["billing", "tier2", "engineering-escalations", "partnerships"])
        lines = [
            f"Ticket #{tid} · {r.choice(TICKET_SUBJECTS)}",
            f"Side conversation · Email · To: {team}@{c.vendor_domain}",
            f"From: {c.agent.full} ({c.product} Support) · {c.date(later(r, c.when))}",
            "",
            f"Hi {team} team, could you advise on the below? Account {c.cust.company}, "
            f"plan {r.choice(PLANS)}, {r.randint(2, 400)} seats.",
            "",
            f"---- Forwarded from ticket #{tid} ----",
            f"{c.cust.full} <{c.cust.email}> · {when}",
            c.body,
            "----",
            f"Side conversation status: Open · Last updated {c.date(later(r, c.when, 60, 900))}",
        ]
        return "\n".join(lines)
    macro = r.choice(
        [
            "General :: Acknowledge + Pending",
            "Billing :: Ask for invoice number",
            "Tier 1 :: Escalate to Tier 2",
            "Mobile :: Ask for app version",
        ]
    )
    lines = [
        f'{c.agent.full} applied macro "{macro}"',
        f"Macro actions: Status → Pending · Tags +ack_sent +{r.choice(['needs_info', 'tier2'])}"
        f" · Group → {r.choice(['Tier 1', 'Tier 2', 'Billing'])}",
        "",
        "Public reply:",
        f"Hi {c.cust.first},",
        "",
        f"Thanks for contacting {c.product} Support! This is a confirmation that we've "
        f"received your request (#{tid}). One of our specialists will get back to you within "
        f"{r.choice(['24 hours', '2 business days', '4 hours'])}.",
        "",
        "In the meantime, you may find an answer in our Help Center: "
        f"https://help.{c.vendor_domain}",
        "",
        "Kind regards,",
        *agent_sig(c),
        "",
        "##- Please type your reply above this line -##",
        "",
        f"{c.cust.full} ({when}):",
        c.body,
        "",
        f"This email is a service from {c.product} Support. Delivered by Zendesk",
        f"[{zendesk_code(r, 5)}-{zendesk_code(r, 4)}]",
    ]
    return "\n".join(lines)


def ch_social_dm(c: Ctx) -> str:
    """LinkedIn / X (Twitter) / Instagram direct message thread."""
    r = c.rng
    kind = r.choice(["linkedin", "x", "instagram"])
    t = c.when
    if kind == "linkedin":
        lines = [
            f"LinkedIn Messaging · Conversation with {c.cust.full}",
            f"{c.cust.full} · 1st · {c.cust.title} at {c.cust.company}",
            "",
            f"{t:%b %d}".upper() if r.random() < 0.5 else long_date(t, "en").split(",")[0],
            f"{c.cust.full}  {clock12(t)}",
            f"Hi {c.agent.first}, thanks for connecting!",
            f"{c.agent.full}  {clock12(later(r, t, 2, 30))}",
            "Likewise! Let me know if I can ever help with anything.",
            "",
            r.choice(["TODAY", "YESTERDAY", f"{later(r, t, 2000, 9000):%a}".upper()]),
            f"{c.cust.full}  {clock12(later(r, t, 60, 600))}",
            *c.body_messages(),
            f"Seen by {c.agent.first} · {clock12(later(r, t, 601, 700))}",
        ]
    elif kind == "x":
        sup = f"@{ascii_slug(c.product)}{r.choice(['help', 'support', 'cares'])}"
        lines = [f"Direct Messages · @{c.cust.handle} → {sup}", ""]
        for m in c.body_messages():
            lines += [f"@{c.cust.handle} · {t:%b} {t.day}", m, ""]
        lines += [
            f"{sup} · {t:%b} {t.day}",
            "Hi there, thanks for reaching out! Could you share the email on your account "
            f"so we can take a look? ^{c.agent.first[0]}{c.agent.last[0]}",
            "",
            "Message request accepted · Only you and this account can see this",
        ]
    else:
        lines = [
            f"Meta Business Suite · IG Direct · @{ascii_slug(c.product)}",
            f"{c.cust.handle} · Active {r.randint(1, 59)}m ago",
            "",
            "Replied to your story",
        ]
        lines += [
            *c.body_messages(),
            r.choice(["❤️", "😅", "🙏"]),
            "",
            f"{ascii_slug(c.product)}: Hey! Sending this to our team 💬",
            "Seen",
        ]
    return "\n".join(lines)


def ch_forum_post(c: Ctx) -> str:
    """Community forum post with breadcrumbs, tags, votes and accepted-answer noise."""
    r = c.rng
    crumbs = " › ".join(
        [
            "Community",
            r.choice(["Product Help", "Ideas", "Q&A", "General"]),
            r.choice(["Integrations", "Mobile", "Billing & Plans", "Automations"]),
        ]
    )
    title = r.choice(
        [
            "Is this possible?",
            "Help please",
            "How do I do this?",
            "Newbie question",
            "Feature request?",
            "Need advice",
            "Can't figure this out",
        ]
    )
    mod = make_person(r)
    lines = [
        crumbs,
        f"{r.choice(['[Question]', '[Idea]', ''])} {title}".strip(),
        f"▲ {r.randint(0, 90)}  ·  💬 {r.randint(1, 30)} replies  ·  👁 {r.randint(20, 5000)} views"
        f"  ·  {r.choice(['Solved ✔', 'Open', 'Under review'])}",
        "Tags: "
        + " ".join(
            "#" + t
            for t in r.sample(["api", "billing", "how-to", "mobile", "setup", "bug", "idea"], 3)
        ),
        f"Posted by {c.cust.handle} ({r.choice(['New Member', 'Contributor', 'Explorer'])}, "
        f"{r.randint(1, 300)} posts) · {c.date()}",
        "",
        c.body,
        "",
        f"Edited {r.choice(['2 hours ago', 'yesterday', c.date(later(r, c.when))])}",
        "",
        "────────",
        f"✅ Accepted answer · {mod.handle} "
        f"({r.choice(['Community Manager', 'Moderator', 'Expert'])})"
        f" · ▲ {r.randint(3, 120)}",
        r.choice(
            [
                "Have you checked the docs section on this? "
                "There's a walkthrough linked at the top.",
                "This was answered in another thread, merging. Please search before posting 🙂",
                "Good news, this is on the roadmap. Follow the Ideas board for updates.",
            ]
        ),
        f"Was this helpful?  Yes ({r.randint(0, 20)})  No ({r.randint(0, 5)})",
        "",
        "Similar threads: "
        + ", ".join(
            f'"{x}"'
            for x in r.sample(
                [
                    "Login loop on mobile",
                    "Export to CSV missing columns",
                    "SSO setup with Okta",
                    "Invoices in EUR",
                    "Dark mode when?",
                ],
                2,
            )
        ),
    ]
    return "\n".join(lines)


CHANNELS: dict[str, Callable[[Ctx], str]] = {
    "ticket_export": ch_ticket_export,
    "outlook_chain": ch_outlook_chain,
    "gmail_mobile": ch_gmail_mobile,
    "community_thread": ch_community_thread,
    "review_site": ch_review_site,
    "call_transcript": ch_call_transcript,
    "nps_survey": ch_nps_survey,
    "jira_service": ch_jira_service,
    "live_chat": ch_live_chat,
    "form_response": ch_form_response,
    "agent_note": ch_agent_note,
    "messenger_export": ch_messenger_export,
    "zendesk_side": ch_zendesk_side,
    "social_dm": ch_social_dm,
    "forum_post": ch_forum_post,
}


# --------------------------------------------------------------------------------------
# Request perturbation and collision checking
# --------------------------------------------------------------------------------------


def add_typo(r: random.Random, text: str) -> str:
    """Swap, drop or duplicate one interior letter of one word (>= 4 letters)."""
    words = list(re.finditer(r"[^\W\d_]{4,}", text))
    if not words:
        return text
    m = r.choice(words)
    w = m.group()
    k = r.randrange(1, len(w) - 1)
    op = r.choice(["swap", "drop", "dup"])
    if op == "swap" and w[k] != w[k + 1]:
        new = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif op == "dup":
        new = w[:k] + w[k] + w[k:]
    else:
        new = w[:k] + w[k + 1 :]
    return text[: m.start()] + new + text[m.end() :]


def tokenize(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


class RequestIndex:
    """All requests as lower-cased word sequences, for fast n-gram lookup."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.keys: set[tuple[str, ...]] = set()
        self.lengths: dict[str, set[int]] = {}
        for t in texts:
            toks = tuple(tokenize(t))
            if toks:
                self.keys.add(toks)
                self.lengths.setdefault(toks[0], set()).add(len(toks))

    def hits(self, toks: Sequence[str]) -> Iterator[tuple[int, int]]:
        for i, tok in enumerate(toks):
            for n in self.lengths.get(tok, ()):
                if i + n <= len(toks) and tuple(toks[i : i + n]) in self.keys:
                    yield i, i + n


def clean_template(text: str) -> str:
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def embed(template: str, ask: str, index: RequestIndex) -> str | None:
    """Insert ``ask`` at the placeholder; None if any other request leaks into the text."""
    parts = clean_template(template).split(ASK)
    if len(parts) != 2:
        return None
    pre, post = parts
    if (pre and pre[-1].isalnum()) or (post and post[0].isalnum()):
        return None
    a = len(tokenize(pre))
    b = a + len(tokenize(ask))
    toks = tokenize(pre) + tokenize(ask) + tokenize(post)
    for i, j in index.hits(toks):
        if not (a <= i and j <= b):
            return None
    return pre + ask + post


@dataclass
class Stats:
    attempts: int = 0
    fallbacks: int = 0
    typos: int = 0
    lowered: int = 0
    lead_ins: int = 0
    contexts: int = 0


def wrap_row(text: str, row_seed: int, index: RequestIndex, stats: Stats) -> tuple[str, str]:
    """Return (output_text, channel) for one input row."""
    base = random.Random(row_seed)
    if base.random() >= WRAP_RATE or not tokenize(text):
        return text, "raw"
    names = list(CHANNELS)
    preferred = base.choice(names)
    for attempt in range(MAX_ATTEMPTS):
        r = random.Random(row_seed * 1009 + attempt + 1)
        ask = text.lower() if r.random() < LOWER_RATE else text
        typo = r.random() < TYPO_RATE
        if typo:
            ask = add_typo(r, ask)
        lead = r.choice(LEAD_INS) if r.random() < LEAD_IN_RATE else ""
        context = context_sentence(r) if r.random() < CONTEXT_RATE else ""
        agent = make_person(r)
        cust = make_person(r)
        product, vdomain = r.choice(PRODUCTS)
        when = datetime(2021, 1, 1) + timedelta(seconds=r.randrange(4 * 365 * 86400))
        ctx = Ctx(
            rng=r,
            cust=cust,
            agent=agent,
            other=make_person(r, (cust.company, cust.domain)),
            product=product,
            vendor_domain=vdomain,
            lead=lead,
            context=context,
            when=when,
            ask_punct=ask.rstrip().endswith((".", "?", "!")),
        )
        # keep the row's channel for the first half of the re-draws so that channels whose
        # boilerplate collides more often are not under-represented
        channel = preferred if attempt < MAX_ATTEMPTS // 2 else r.choice(names)
        stats.attempts += 1
        out = embed(CHANNELS[channel](ctx), ask, index)
        if out is not None:
            stats.typos += ask.lower() != text.lower()
            stats.lowered += ask != text and ask == text.lower()
            stats.lead_ins += bool(lead)
            stats.contexts += bool(context)
            return out, channel
    stats.fallbacks += 1
    return text, "raw"


# --------------------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------------------


def within_one_edit(a: str, b: str) -> bool:
    """True if a and b differ by at most one insertion, deletion or adjacent swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def find_request(toks: list[str], req: list[str]) -> tuple[int, int, bool] | None:
    """Locate req in toks: exact match first, else a window with one near-miss word."""
    n = len(req)
    exact = [i for i in range(len(toks) - n + 1) if toks[i : i + n] == req]
    if exact:
        return exact[0], len(exact), True
    for i in range(len(toks) - n + 1):
        bad = [k for k in range(n) if toks[i + k] != req[k]]
        if len(bad) == 1 and within_one_edit(toks[i + bad[0]], req[bad[0]]):
            return i, 1, False
    return None


def read_rows(path: str, text_col: str, label_col: str) -> list[tuple[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        cols = reader.fieldnames or []
        missing = [c for c in (text_col, label_col) if c not in cols]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {missing}; header is {cols}")
        return [(row[text_col], row[label_col]) for row in reader]


def verify(src: list[tuple[str, str]], out_path: str, index: RequestIndex) -> bool:
    ok = True

    def fail(msg: str) -> None:
        nonlocal ok
        ok = False
        print(f"FAIL: {msg}")

    with open(out_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        rows = list(reader)
    if header != ["text", "label", "channel"]:
        fail(f"header is {header}, expected ['text', 'label', 'channel']")
    if len(rows) != len(src):
        fail(f"row count {len(rows)} != input {len(src)}")
    bad_labels = [i for i, (s, o) in enumerate(zip(src, rows, strict=False)) if s[1] != o[1]]
    if bad_labels:
        fail(f"{len(bad_labels)} labels changed / out of order, first at row {bad_labels[0]}")
    counts = Counter(o[2] for o in rows)
    missing, dup, leaks, raw_changed, fuzzy = 0, 0, 0, 0, 0
    for (text, _), (out, _, channel) in zip(src, rows, strict=False):
        if channel == "raw":
            raw_changed += out != text
            continue
        req, toks = tokenize(text), tokenize(out)
        found = find_request(toks, req)
        if found is None:
            missing += 1
            continue
        start, n_exact, exact = found
        dup += n_exact > 1
        fuzzy += not exact
        end = start + len(req)
        leaks += any(not (start <= i and j <= end) for i, j in index.hits(toks))
    n = len(rows)
    wrapped = n - counts.get("raw", 0)
    print(f"rows: {n} (input {len(src)}), wrapped {wrapped} ({wrapped / max(n, 1):.1%})")
    print("channel distribution:")
    for name, k in counts.most_common():
        print(f"  {name:18s} {k:6d}  {k / max(n, 1):6.1%}")
    print(
        f"wrapped rows whose request only matches with one typo: {fuzzy} "
        f"({fuzzy / max(wrapped, 1):.1%})"
    )
    for what, k in [
        ("request not found", missing),
        ("request found more than once", dup),
        ("another row's request leaked into text", leaks),
        ("raw row differs from input", raw_changed),
    ]:
        if k:
            fail(f"{k} rows: {what}")
    if n >= 200 and not 0.1 <= counts.get("raw", 0) / n <= 0.3:
        fail(f"raw share {counts.get('raw', 0) / n:.1%} outside 10-30%")
    if n >= 500 and len(set(counts) - {"raw"}) < 12:
        fail(f"only {len(set(counts) - {'raw'})} wrapped channels used")
    for name in sorted(counts):
        examples = [o[0] for o in rows if o[2] == name][:3]
        print(f"\n===== {name} =====")
        for ex in examples:
            print(ex)
            print("-" * 60)
    print("\nverify:", "OK" if ok else "FAILED")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args(argv)

    src = read_rows(args.src, args.text_col, args.label_col)
    index = RequestIndex([t for t, _ in src])
    master = random.Random(args.seed)
    row_seeds = [master.getrandbits(48) for _ in src]
    stats = Stats()
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label", "channel"])
        for (text, label), seed in zip(src, row_seeds, strict=True):
            out, channel = wrap_row(text, seed, index, stats)
            writer.writerow([out, label, channel])
    print(
        f"wrote {len(src)} rows to {args.out} (attempts {stats.attempts}, "
        f"fallbacks to raw {stats.fallbacks}, typos {stats.typos}, lower-cased "
        f"{stats.lowered}, lead-ins {stats.lead_ins}, context {stats.contexts})",
        file=sys.stderr,
    )
    if args.verify:
        return 0 if verify(src, args.out, index) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
