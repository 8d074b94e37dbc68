#!/usr/bin/env python3
"""Blind wrapper #9.

Hides short labelled customer requests ("set an alarm for 7am", "I want to
change my card PIN", "Upgrade Jetty to 9.4.40") inside realistic channel
envelopes -- mostly e-mails and helpdesk-ticket exports, plus a minority of
call notes, chat logs, app-store reviews, survey answers, forum posts and
social mentions -- to benchmark a system that must recover the request from
the envelope.

This script was written blind: without reading the project's text-cleaning
rules, its tests, or any earlier wrapper.  Everything here comes from general
knowledge of how real customer-feedback channels deliver text.

Usage:
    python blind_wrap_9.py SRC.csv OUT.csv [--text-col text] [--label-col label]
                           [--seed 0] [--verify]

Output CSV columns: text,label,channel (same rows, same order, same labels).
About 80% of rows are wrapped (channel = style name, e.g. "gmail_reply",
"zendesk_export"); the rest are copied verbatim with channel "raw".

Guarantees for each wrapped row:
  * the request (stripped) appears exactly once, word-bounded, compared
    case-insensitively; it may be lower-cased or sentence-cased, may carry
    one single-letter typo (~20% of wrapped rows, requests of 8+ chars only,
    edit distance 1 inside a word of 4+ letters, never the first letter),
    may get a short lead-in and/or a short trailing sentence;
  * the surrounding text never contains the request again nor any other row's
    request (lower-cased word sequences, also across the envelope/request
    boundary); colliding draws are redrawn, and after MAX_ATTEMPTS the row
    falls back to raw (counted and reported);
  * envelope text is metadata, pleasantries and statements -- no questions,
    no "please/could you/let me know" style asks.
Determinism: a master random.Random(seed) draws one sub-seed per row; output
depends only on the input rows and the seed.

--verify re-reads OUT.csv and independently checks all guarantees, then
regenerates from SRC.csv and checks the output is identical.  Exits 1 on
failure.
"""

import argparse
import csv
import io
import random
import re
import sys
import time
from collections import Counter
from datetime import datetime, timedelta

R = "\x00REQ\x00"  # placeholder for the request block
WRAP_RATE = 0.80
TYPO_RATE = 0.20  # target share of *wrapped* rows with a typo
LEAD_RATE = 0.14
TRAIL_RATE = 0.16
MAX_ATTEMPTS = 40
LEAN_AFTER = 10  # attempts from here on use sparser envelopes
SWITCH_AFTER = 25  # attempts from here on may switch channel

WORD_RE = re.compile(r"[^\W_]+")  # word tokens; "_" also splits (stricter)
LINT_RE = re.compile(
    r"\?|\bplease\b|\bpls\b|\bplz\b|\bcould you\b|\bcan you\b|\bwould you\b|"
    r"\bcan i\b|\bcould i\b|\blet me know\b|\bi need\b|\bi want\b|"
    r"\bi would like\b|\bi'd like\b|\bkindly\b|\bhelp me\b|\bdo you\b|"
    r"\bis it possible\b|\bby any chance\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
FIRST = """Aaliyah Aarav Abebe Adaeze Ahmed Aiko Alejandro Alice Amara Ana Andrei
Anika Arjun Astrid Beatriz Ben Bilal Bogdan Camille Carlos Chen Chiara Chloe
Connor Dana Daniel Darius Deepa Diego Dmitri Eleni Elif Emeka Emma Erik Fatima
Felix Fiona Gabriel Gemma Hana Hannah Hiroshi Ibrahim Ines Isabel Ivan Jamal
Jana Javier Jin Joao Jordan Julia Kenji Kofi Laila Lars Leah Leon Lina Lucas
Maya Mehmet Mei Miguel Mohammed Nadia Naledi Nikhil Nina Noah Olga Omar Oscar
Pablo Paul Priya Rafael Rania Ravi Ryan Sakura Samir Sara Sean Sofia Sven Tariq
Tomasz Uma Valentina Wei Yara Yusuf Zainab Zoe Keiko Thandiwe Mateo Ingrid
Siobhan Kwame Agnieszka Hamza Lucia Teodora Rohan Freya Bruno Yasmin""".split()

LAST = """Abara Adeyemi Alvarez Andersson Bauer Becker Bianchi Brennan Campbell
Castillo Chen Costa Dubois Dimitrov Eriksen Fernandes Fischer Garcia Gupta
Haddad Hansen Hernandez Hoffmann Ibrahim Ivanova Jansen Johansson Kaur Kim
Kowalski Kruger Larsen Lefebvre Lopez Mahlangu Martin Mensah Moreau Murphy
Nakamura Nguyen Novak Okafor Oliveira Olsen Patel Petrov Quinn Rahman Reyes
Rossi Sato Schmidt Schneider Silva Singh Smith Sokolov Tanaka Thompson Torres
Visser Walsh Weber Williams Wojcik Yamamoto Yilmaz Zhang Zimmermann Okonkwo
Fitzgerald Kovacs Lindqvist Nowak Papadopoulos Rasmussen Sharma Takahashi""".split()

CUST_COMPANIES = [
    "Northwind Traders",
    "Brightline Logistics",
    "Kestrel Analytics",
    "Bluefin Dental",
    "Harbor & Pine Legal",
    "Oakridge Property Group",
    "Lumen Health Partners",
    "Cobalt Ridge Engineering",
    "Meridian Freight",
    "Silverleaf Catering",
    "Quarry Lane Bakery",
    "Pinecrest Academy",
    "Redwood Realty",
    "Tandem Robotics",
    "Orchid & Fern Florals",
    "Atlas Home Services",
    "Vantage Point Media",
    "Crescent Capital",
    "Summit Outdoor Co.",
    "Greenway Architects",
    "Fjordline Shipping GmbH",
    "Marigold Studios",
    "Ironbridge Consulting",
    "Sable & Co. Accountants",
    "Blue Heron Veterinary",
    "Copperfield Manufacturing",
    "Wildflower Events",
    "Nordlys Design AS",
    "Hollis Street Clinic",
    "Parkside Motors",
    "Granite Peak Insurance Brokers",
    "Sunbeam Childcare",
    "Driftwood Hotels",
    "Lakeshore Dental Group",
    "Tessellate Labs",
    "Baobab Ventures",
    "Caldera Coffee Roasters",
    "Windmill Energy BV",
    "Kiwi Orchard Ltd",
    "Aurora Biotech",
    "Pelican Print Shop",
    "Stonegate School District",
]

VENDORS = [
    ("Northstar Bank", "northstarbank.com", "Northstar Mobile Banking"),
    ("Pulse Mobile", "pulsemobile.com", "Pulse app"),
    ("Cloudnest", "cloudnest.io", "Cloudnest Drive"),
    ("Tidewater Telecom", "tidewatertel.com", "Tidewater Fibre"),
    ("Brightcart", "brightcart.shop", "Brightcart store"),
    ("Helio Fitness", "heliofit.com", "Helio Band"),
    ("Orbit Travel", "orbittravel.com", "Orbit Travel app"),
    ("Ledgerly", "ledgerly.app", "Ledgerly Books"),
    ("Streamly", "streamly.tv", "Streamly Premium"),
    ("Homebase Insurance", "homebase-ins.com", "Homebase Home Cover"),
    ("Parcelpoint", "parcelpoint.co", "Parcelpoint Tracking"),
    ("Voltly Energy", "voltly.energy", "Voltly Smart Tariff"),
    ("Fernway Airlines", "fernway.aero", "Fernway Miles"),
    ("Quill CRM", "quillcrm.com", "Quill CRM"),
    ("Swiftpay", "swiftpay.com", "Swiftpay Card"),
    ("Nimbus Hosting", "nimbushost.net", "Nimbus VPS"),
    ("Maple Credit Union", "maplecu.org", "Maple Online"),
    ("Lumina Smart Home", "luminahome.com", "Lumina Hub"),
    ("Peregrine Software", "peregrinesw.com", "Peregrine Suite"),
    ("Atlas Devtools", "atlasdev.io", "Atlas CI"),
    ("Gridline", "gridline.so", "Gridline Sheets"),
    ("Beacon Health", "beaconhealth.care", "Beacon Patient Portal"),
    ("Sparrow Books", "sparrowbooks.com", "Sparrow Reader"),
    ("Cedar Grocers", "cedargrocers.com", "Cedar Delivery"),
    ("Kinetic Gyms", "kineticgyms.com", "Kinetic Members app"),
    ("Aster Assistant", "asterai.com", "Aster voice assistant"),
    ("Harbourline Ferries", "harbourline.com", "Harbourline Pass"),
    ("Mosaic Payroll", "mosaicpayroll.com", "Mosaic HR"),
]

FREEMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.co.uk",
    "gmx.de",
    "web.de",
    "live.com",
    "aol.com",
    "yahoo.co.in",
    "orange.fr",
    "btinternet.com",
    "me.com",
    "fastmail.com",
]

TITLES = [
    "Operations Manager",
    "Office Manager",
    "Head of Finance",
    "Senior Software Engineer",
    "IT Administrator",
    "Founder & CEO",
    "Practice Manager",
    "Marketing Coordinator",
    "Procurement Lead",
    "Director of Engineering",
    "Accounts Payable Specialist",
    "Customer Success Lead",
    "Project Manager",
    "HR Business Partner",
    "DevOps Engineer",
    "Facilities Coordinator",
    "Managing Partner",
    "Executive Assistant to the COO",
    "Data Analyst",
    "Store Manager",
    "Platform Engineer",
    "Bookkeeper",
    "Product Designer",
    "Paralegal",
    "VP Sales, EMEA",
    "Site Reliability Engineer",
    "Clinic Administrator",
]

PRONOUNS = [
    "(she/her)",
    "(he/him)",
    "(they/them)",
    "(she/they)",
    "(he/they)",
    "| she/her",
    "| he/him",
    "| they/them",
]

ADDRESSES = [
    ("221 Market St, Suite 400", "San Francisco, CA 94105"),
    ("12 Rue de la Paix", "75002 Paris, France"),
    ("Friedrichstraße 68", "10117 Berlin"),
    ("5 Wellington Place", "Leeds LS1 4AP"),
    ("Level 3, 88 George St", "Sydney NSW 2000"),
    ("1450 Broadway, 19th Floor", "New York, NY 10018"),
    ("Keizersgracht 241", "1016 DZ Amsterdam"),
    ("3-7-1 Nishi-Shinjuku", "Tokyo 163-0810"),
    ("Unit 4, Riverside Park", "Reading RG1 8LS"),
    ("77 King Street West", "Toronto, ON M5H 1J9"),
    ("Calle de Alcalá 45", "28014 Madrid"),
    ("Via Torino 12", "20123 Milano"),
    ("400 Congress Ave", "Austin, TX 78701"),
    ("Bahnhofstrasse 10", "8001 Zürich"),
    ("18 Harcourt Street", "Dublin 2, D02 HR67"),
    ("9 Marina Boulevard, #12-01", "Singapore 018989"),
    ("2100 Ross Ave", "Dallas, TX 75201"),
    ("Ulica Długa 5", "80-831 Gdańsk"),
    ("14 Rosebank Road", "Johannesburg 2196"),
    ("Av. Paulista 1000", "São Paulo - SP, 01310-100"),
    ("Sveavägen 44", "111 34 Stockholm"),
    ("2 Infantry Road", "Bengaluru 560001"),
    ("36 Victoria Street", "Wellington 6011"),
]
PHONE_FMTS = [
    "+1 ({a}) 555-{b}",
    "+44 20 7946 {b}",
    "+49 30 9018{c}",
    "+61 4{c} {d}",
    "+1 {a}.555.{b}",
    "({a}) 555-{b}",
    "+33 1 42 68 {e}",
    "+31 20 624 {b}",
    "+91 98{c} {d}",
    "+353 1 {c} {b}",
    "07700 900{c}",
    "+81 3-5555-{b}",
    "+65 6{c} {b}",
]

GREETINGS = [
    "Hi,",
    "Hi there,",
    "Hello,",
    "Hello team,",
    "Hey,",
    "Hey folks,",
    "Dear Support,",
    "Dear Sir or Madam,",
    "Good morning,",
    "Good afternoon,",
    "Hi {agent},",
    "Hello {vendor} team,",
    "To whom it may concern,",
    "Hiya,",
    "Morning all,",
    "Greetings,",
    "Dear {vendor} Customer Care,",
    "Hi support team,",
    "Hey {agent},",
    "Dear {agent},",
    "Hi all,",
    "Good evening,",
    "Hello {agent},",
    "Dear Team,",
    "Hi {vendor},",
]
FOREIGN_GREETINGS = [
    "Hola,",
    "Bonjour,",
    "Hallo zusammen,",
    "Ciao,",
    "Olá,",
    "Hej,",
    "Dzień dobry,",
    "Merhaba,",
    "Namaste,",
    "Goedemiddag,",
    "Guten Tag,",
    "Buenos días,",
    "Salut,",
    "Bom dia,",
    "Moin,",
    "Konnichiwa,",
    "Hallo,",
    "Buongiorno,",
]

SIGNOFFS = [
    "Thanks,",
    "Thank you,",
    "Many thanks,",
    "Best,",
    "Best regards,",
    "Kind regards,",
    "Regards,",
    "Cheers,",
    "Thanks again,",
    "Warm regards,",
    "All the best,",
    "Sincerely,",
    "Thx,",
    "Rgds,",
    "Talk soon,",
    "With thanks,",
    "Yours faithfully,",
    "Best wishes,",
    "Thanks so much,",
    "BR,",
    "KR,",
    "Cheers!",
    "Thanking you,",
    "Respectfully,",
    "Ta,",
]
FOREIGN_SIGNOFFS = [
    "Gracias,",
    "Merci,",
    "Danke,",
    "Grazie,",
    "Obrigado,",
    "Saludos,",
    "Mit freundlichen Grüßen,",
    "Cordialement,",
    "Viele Grüße,",
    "Un saludo,",
    "Met vriendelijke groet,",
    "Pozdrawiam,",
    "Hälsningar,",
]

PRE_PLEASANT = [
    "Hope you're doing well.",
    "Hope your week is going well.",
    "I hope this email finds you well.",
    "Thanks for the help last time.",
    "Long-time customer here.",
    "I've been using {product} for about two years now.",
    "Apologies for the short note.",
    "Writing from my phone, so this is brief.",
    "Hope you had a good weekend.",
    "First time writing in.",
    "Thanks for the quick turnaround on my last ticket.",
    "We've been on the {plan} plan since last spring.",
    "Hope all is well on your end.",
    "Happy Monday.",
    "Happy Friday.",
    "Sorry for the late reply.",
    "Thanks again for the call earlier.",
    "Big fan of {product} so far.",
    "I'm writing on behalf of {company}.",
    "Following up from our side.",
    "Just back from holiday and catching up.",
    "Quick note from me today.",
    "I'm the account owner for {company}.",
]
POST_PLEASANT = [
    "Thanks for your help.",
    "Have a great day.",
    "Appreciate your time.",
    "Enjoy the rest of your week.",
    "Thanks for all you do.",
    "Looking forward to hearing from you.",
    "Have a good one.",
    "Thanks in advance for your time.",
    "Much appreciated as always.",
    "Have a lovely weekend.",
    "Thanks for being so responsive.",
    "All the best to the team.",
    "I'm around all afternoon.",
    "I'm travelling until Thursday, so replies may be slow.",
    "My account email is the one I'm writing from.",
    "Our account number is {acct}.",
    "Happy to jump on a call.",
]

LEADS = [
    "Quick question: ",
    "Hi again, ",
    "One more thing: ",
    "Following up on my earlier note: ",
    "Small thing: ",
    "Also, ",
    "Hoping this is the right place: ",
    "Question for the team: ",
    "Request: ",
    "As discussed on the phone: ",
    "Sorry to bother you again, ",
    "Writing in because ",
    "Short one today: ",
    "FYI, ",
    "Hi, ",
    "Okay so ",
    "Ok, ",
    "Hey, ",
    "Re the above: ",
    "Second item: ",
]
TRAILS = [
    "Not urgent.",
    "Thanks in advance.",
    "Appreciate it.",
    "It's for my personal account.",
    "No rush on this.",
    "This came up again today.",
    "Happy to provide more details.",
    "Same account as before.",
    "Cheers.",
    "Much appreciated.",
    "Had this on my list since last week.",
    "Thank you!",
    "Thanks a lot.",
    "It's fairly time-sensitive.",
    "Thanks!",
    "That's all for now.",
    "Ty.",
    "Thx.",
    "Cheers!",
    "My colleague asked me to send this in.",
]

SENT_FROM = [
    "Sent from my iPhone",
    "Sent from my iPad",
    "Sent from Mail for Windows",
    "Get Outlook for iOS",
    "Get Outlook for Android",
    "Sent from my Samsung Galaxy smartphone.",
    "Sent from Yahoo Mail on Android",
    "Sent from Proton Mail mobile",
    "Sent via Superhuman",
    "Sent from my Pixel",
    "Sent from my mobile device",
    "Sent with Spark",
    "Sent from Gmail Mobile",
    "Envoyé de mon iPhone",
    "Von meinem iPhone gesendet",
    "Enviado desde mi iPhone",
]

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and "
    "intended solely for the addressee. If you are not the intended recipient, any "
    "use, copying or distribution of this message is prohibited.",
    "This message may contain privileged or confidential information. Unauthorised "
    "disclosure is strictly prohibited. {company} accepts no liability for any "
    "damage caused by viruses transmitted by this email.",
    "The information contained in this communication is intended only for the "
    "named recipient(s) and may be legally privileged.",
    "{company} is registered in England and Wales, company no. {regno}. Registered "
    "office: {street}, {city}.",
    "Disclaimer: The views expressed in this email are those of the sender and do "
    "not necessarily reflect the views of {company}.",
    "This e-mail is confidential. If it reached you by mistake, the sender would be "
    "grateful to hear so, and the message should be deleted.",
    "Our office hours are Monday to Friday, 9:00-17:30. Emails received outside these "
    "hours are handled the next working day.",
    "Geschäftsführer: {first} {last} | Amtsgericht Berlin HRB {regno}",
    "I work flexible hours; there is no expectation of a reply outside of yours.",
    "Think of the environment before printing this e-mail.",
]
UNSUB = [
    "You are receiving this email because you have an account with {vendor}.\n"
    "Unsubscribe | Manage preferences | Privacy Policy",
    "© {year} {vendor}, Inc. All rights reserved.\n{street}, {city}\n"
    "Unsubscribe from marketing emails",
    "This is an automated message from {vendor}. Replies to this address are not monitored.",
    "{vendor} · {street} · {city}\nYou received this message as a registered user. "
    "Email preferences · Unsubscribe",
    "Copyright {year} {vendor}. Terms | Privacy | Unsubscribe",
]

SUBJECTS = [
    "Question about my account",
    "Quick question",
    "Following up",
    "Account",
    "Support",
    "Inquiry",
    "Regarding my account",
    "A few things",
    "Note from {company}",
    "Checking in",
    "Follow-up from today's call",
    "Re: Welcome to {vendor}",
    "(no subject)",
    "Customer enquiry",
    "Account {acct}",
    "Order {order}",
    "Re: Case {case}",
    "Thanks",
    "Hello from {first}",
    "{vendor} account",
    "My {product}",
    "Re: Your {vendor} receipt",
    "Small issue",
    "Feedback",
    "Re: Your recent request",
    "Ticket follow-up",
    "Re: Update",
    "One more thing",
    "Urgent",
    "Re: Re: Account access",
    "Message from {first} {last}",
    "{product} question",
    "Update on our side",
    "Invoice {inv}",
    "Re: Onboarding",
    "Per our conversation",
    "Contact form submission",
]

QUOTE_VENDOR = [
    "Dear {cfirst},\n\nYour case {case} has been updated. The current status is Pending, "
    "and the assigned team is {vendor} Tier 2.\n\nRegards,\n{vendor} Support",
    "{cfirst},\n\nThe refund for invoice {inv} was processed on {date2} and should appear "
    "within 5-10 business days.\n\nBest,\n{afirst}",
    "Hi {cfirst},\n\nThanks for contacting {vendor} Support. Your case number is {case}. "
    "A member of our team has been assigned and will be in touch shortly.\n\n"
    "Kind regards,\n{afirst}\n{vendor} Customer Care",
    "Hello {cfirst},\n\nThank you for your patience while we looked into the login "
    "issue. It's now resolved on our side, and the fix applies to all devices.\n\n"
    "Best,\n{afirst} {alast}\n{vendor} Support",
    "Hi {cfirst},\n\nGlad we could sort out the billing address last week. I've added "
    "a note to your account for future reference.\n\nCheers,\n{afirst}",
    "Dear {cfirst} {clast},\n\nThis is a confirmation that your message was received "
    "on {date}. Our typical response time is one business day.\n\n{vendor} Support Team",
    "Hi {cfirst},\n\nWelcome aboard. Your {plan} plan is active and your first invoice "
    "will arrive at the start of next month.\n\nWarmly,\n{afirst} from {vendor}",
    "Hi {cfirst},\n\nJust a quick note to say your replacement has shipped. The "
    "tracking number is {track}.\n\nThanks,\n{afirst}\n{vendor}",
    "Hello {cfirst},\n\nThanks for the kind words about our team, they made our day. "
    "I'll mark this conversation as resolved for now.\n\nAll the best,\n{afirst}",
    "Hi {cfirst},\n\nI've gone ahead and closed ticket {case} as discussed on the call. "
    "It was a pleasure working with you.\n\nRegards,\n{afirst} {alast}\nTier 2 Support | {vendor}",
]
QUOTE_CUSTOMER = [
    "Thanks, that worked perfectly.",
    "Great, thank you for the quick reply.",
    "Perfect, all sorted now.",
    "Thanks {afirst}, much appreciated.",
    "Got it, thanks for explaining.",
    "That's great news, thank you.",
    "Received, thanks.",
    "Thanks for the update.",
]

FORWARDED = [
    "Order confirmation\n\nHi {cfirst},\nThanks for your order. Order #{order} is "
    "confirmed.\n\n1 x {product} ({plan})      {cur}{amt}\nShipping                  "
    "{cur}0.00\nTotal                     {cur}{amt}\n\nEstimated delivery: {date2}",
    "Your invoice is ready\n\nInvoice {inv}\nAccount: {acct}\nAmount due: {cur}{amt}\n"
    "Due date: {date2}\nPayment method: Visa ending {last4}",
    "Security notification\n\nA new sign-in to your {vendor} account was detected on "
    "{date}.\nDevice: Chrome on Windows\nLocation: {citycountry}\nThis was expected if "
    "you signed in recently.",
    "Your receipt from {vendor}\n\nReceipt #{rcpt}\nDate paid: {date2}\n{plan} plan "
    "(monthly)   {cur}{amt}\nCharged to Mastercard ending {last4}.",
    "Your parcel is on its way\n\nTracking number: {track}\nCarrier: DHL Express\n"
    "Expected: {date2}\nStatus: In transit",
    "Appointment reminder\n\nThis is a reminder of your appointment on {date2} at "
    "10:30 with {afirst} {alast}.\nLocation: {street}, {city}",
    "Subscription renewed\n\nYour {plan} subscription to {product} renewed on {date2}.\n"
    "Next billing date: {date3}\nAmount: {cur}{amt}",
    "Welcome to {vendor}\n\nHi {cfirst}, your account has been created.\nUsername: "
    "{cemail}\nPlan: {plan}",
]

PLANS = [
    "Basic",
    "Plus",
    "Pro",
    "Premium",
    "Business",
    "Enterprise",
    "Starter",
    "Family",
    "Team",
    "Essentials",
    "Growth",
    "Standard",
]
CURRENCIES = ["$", "£", "€", "USD ", "EUR ", "CAD ", "AUD "]

TAGS = [
    "vip",
    "returning-customer",
    "email",
    "tier-1",
    "tier-2",
    "english",
    "q1-backlog",
    "web",
    "mobile",
    "auto-tagged",
    "needs-triage",
    "enterprise",
    "trial",
    "eu-region",
    "apac",
    "na-east",
    "priority-account",
    "churn-risk",
    "new-customer",
    "ios",
    "android",
    "desktop",
    "sla-gold",
    "legacy-plan",
    "partner",
    "reseller",
    "spanish",
    "german",
    "french",
    "escalated",
    "follow-up",
    "macro-used",
    "csat-offered",
    "beta",
]
GROUPS = [
    "Support",
    "Tier 1",
    "Tier 2",
    "Billing Ops",
    "Customer Care",
    "Service Desk",
    "Frontline EMEA",
    "Frontline Americas",
    "Escalations",
    "Technical Support",
    "Onboarding",
    "Platform Team",
    "IT Helpdesk",
]

INTERNAL_NOTES = [
    "Customer is on the {plan} plan, renewal due {date2}.",
    "Checked the account, no prior tickets in the last 90 days.",
    "Identity verified via email match.",
    "Escalated to Tier 2 per runbook.",
    "Looks related to the incident from {date2}; linking for visibility.",
    "Account flagged as VIP, handling with priority.",
    "Left a voicemail at {phone}.",
    "Merged duplicate ticket #{dup} into this one.",
    "Similar report came in from another customer this morning.",
    "No outstanding balance on the account.",
    "Customer prefers email contact.",
    "Assigned to myself, will pick up after lunch.",
    "Spoke with {afirst2} in billing, they are aware.",
    "Language: English. Timezone: {tz}.",
    "Second contact on this topic this month.",
    "Logs attached from the admin console.",
    "@{afirst2} FYI, this one is in your area.",
]
AGENT_MACROS = [
    "Hi {cfirst},\n\nThanks for reaching out to {vendor} Support. We've received "
    "your message and a member of our team will follow up within 24 hours.\n\n"
    "Best regards,\n{afirst}\n{vendor} Support",
    "Hi {cfirst},\n\nThank you for getting in touch. I'm looking into this now and "
    "will update this ticket as soon as I have more information.\n\nKind regards,\n{afirst}",
    "Hello {cfirst},\n\nThanks for contacting us. Your request has been logged under "
    "reference {case}. Our team works Monday to Friday, 8am-6pm {tz}.\n\n"
    "Thanks,\nThe {vendor} Team",
    "Hi {cfirst},\n\nThanks for the details. I've passed this to the right team and "
    "you'll hear from us shortly.\n\nCheers,\n{afirst}",
    "Hi {cfirst},\n\nThank you for your message. We're experiencing higher than usual "
    "volumes, so replies may take a little longer than normal.\n\nWarm regards,\n"
    "{vendor} Customer Care",
    "Dear {cfirst},\n\nWe have received your message and a member of our team will be in "
    "touch within one business day.\n\nBest regards,\n{afirst}\n{vendor} Support",
    "{cfirst},\n\nI'm picking this up now and will update this ticket shortly.\n\n"
    "{afirst} | {vendor} Support",
    "Good day {cfirst},\n\nThis is an automatic acknowledgement. Your reference is {case}.\n\n"
    "{vendor} Customer Care",
    "Dear {cfirst} {clast},\n\nYour ticket is with the {plan} support queue. Current wait "
    "time is about {wait} hours.\n\nKind regards,\n{afirst} {alast}",
]
SUBJ_TICKET = SUBJECTS + [
    "Conversation with {first} {last}",
    "Web form: General",
    "Chat transcript",
    "Voicemail from {phone}",
    "New ticket from {company}",
    "Email to support@{domain}",
]

CALL_REASONS = [
    "General enquiry",
    "Account",
    "Billing",
    "Technical",
    "Other",
    "Callback",
    "Retention",
    "Sales",
    "Complaint",
    "Follow-up",
]
APP_TITLES = [
    "Pretty good overall",
    "Almost perfect",
    "Love it but",
    "Solid app",
    "Three stars for now",
    "Used to be better",
    "Great update",
    "Decent",
    "Works well mostly",
    "Good but one gap",
    "Meh",
    "Five stars if fixed",
    "Daily driver",
    "Not bad",
    "Getting there",
    "Nice design",
    "Fine",
    "Okay app",
]
FORUM_TITLES = [
    "New here",
    "Something I ran into",
    "Not sure where this goes",
    "Weekend project",
    "Account settings thread",
    "First post",
    "Odd one",
    "General discussion",
    "Posting on behalf of my team",
    "Long-time user, first post",
    "Setup notes",
    "Thread for {product}",
    "Beginner here",
    "Version {ver} notes",
]
REVIEW_FILL = [
    "The app is fast and the design is clean.",
    "Been using it daily for a year.",
    "Mostly works great.",
    "The latest update fixed the crashes.",
    "Good value for the price.",
    "Customer support was friendly last time.",
    "Sync between phone and tablet is reliable.",
    "Battery use is reasonable now.",
    "Dark mode looks great.",
    "It does what it says.",
]
DEV_RESPONSES = [
    "Hi {user}, thanks for the review and for sticking with us. We've shared your "
    "feedback with the product team.",
    "Thanks for the feedback, {user}. Our support team is reachable at support@{domain} any time.",
    "{user}, we appreciate the review. Our team reads every one of them.",
    "Hello {user}, we appreciate you taking the time to write this. More improvements "
    "are on the way in upcoming releases.",
]
SOCIAL_TAGS = [
    "#customerservice",
    "#help",
    "#support",
    "",
    "",
    "",
    "#fail",
    "#mondays",
    "🙏",
    "😅",
    "#techsupport",
    "🤞",
    "👀",
]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def norm_tokens(s):
    return [m.group().lower() for m in WORD_RE.finditer(s)]


def tok_spans(s):
    return [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(s)]


def lev1(a, b):
    """True iff Levenshtein distance between a and b is exactly 1."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b, strict=False)) == 1
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


END = ""


def build_trie(seqs):
    trie = {}
    for seq in seqs:
        if not seq:
            continue
        node = trie
        for t in seq:
            node = node.setdefault(t, {})
        node[END] = True
    return trie


def trie_matches(tokens, trie):
    out = []
    n = len(tokens)
    for i in range(n):
        node = trie.get(tokens[i])
        if node is None:
            continue
        j = i + 1
        while True:
            if END in node:
                out.append((i, j))
            if j >= n:
                break
            node = node.get(tokens[j])
            if node is None:
                break
            j += 1
    return out


TYPO_WORD = re.compile(r"[a-z]{4,}")


def fuzzy_windows(tokens, req):
    """Windows of len(req) tokens equal to req except at most one token that
    is a typo of a 4+-letter word (edit distance 1, same first letter).
    Returns list of (start, diff_idx) with diff_idx -1 for an exact window."""
    n = len(req)
    out = []
    if n == 0:
        return out
    f0 = req[0][0]
    for i in range(len(tokens) - n + 1):
        if tokens[i][:1] != f0:
            continue
        diff = -1
        ok = True
        for k in range(n):
            a, b = tokens[i + k], req[k]
            if a != b:
                if diff >= 0 or a[:1] != b[:1] or not TYPO_WORD.fullmatch(b) or not lev1(a, b):
                    ok = False
                    break
                diff = k
        if ok:
            out.append((i, diff))
    return out


def bounded_count(needle, hay):
    pat = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return len(re.findall(pat, hay, flags=re.IGNORECASE))


# --------------------------------------------------------------------------
# generation context
# --------------------------------------------------------------------------
class Person:
    pass


class Ctx:
    def __init__(self, rng, lean, okf=None):
        self.r = rng
        self.lean = lean
        self.okf = okf  # pool filter: False for items holding a request
        self.vendor, self.vdomain, self.product = self.c(VENDORS)
        self.cust = self.person(customer=True)
        self.agent = self.person(customer=False)
        self.agent2 = self.person(customer=False)
        self.dt = self.rdt()
        self.vars = self.make_vars()

    # random primitives -------------------------------------------------
    def p(self, prob):
        if self.lean:
            prob *= 0.15
        return self.r.random() < prob

    def c(self, seq):
        """Choose from seq, skipping items that contain any row's request."""
        if self.okf is not None:
            good = [x for x in seq if self.okf(x)]
            if good:
                return self.r.choice(good)
        return self.r.choice(seq)

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def rdt(self):
        base = datetime(2019, 1, 1)
        return base + timedelta(seconds=self.r.randrange(0, int(6.4 * 365 * 86400)))

    def later(self, dt, lo_min=2, hi_min=600):
        return dt + timedelta(minutes=self.r.randint(lo_min, hi_min), seconds=self.r.randint(0, 59))

    def phone(self):
        f = self.c(PHONE_FMTS)
        return f.format(
            a=self.n(201, 989),
            b=f"{self.n(100, 9999):04d}",
            c=f"{self.n(10, 99)}",
            d=f"{self.n(100, 999)} {self.n(100, 999)}",
            e=f"{self.n(10, 99)} {self.n(10, 99)}",
        )

    def person(self, customer):
        r = self.r
        p = Person()
        p.first = self.c(FIRST)
        p.last = self.c(LAST)
        p.company = self.c(CUST_COMPANIES)
        slug = re.sub(r"[^a-z]", "", p.company.lower().split()[0]) or "mail"
        if customer:
            if r.random() < 0.45:
                dom = self.c(FREEMAIL)
                style = r.randrange(5)
                local = [
                    f"{p.first}.{p.last}",
                    f"{p.first}{p.last}{r.randint(1, 99)}",
                    f"{p.first[0]}{p.last}",
                    f"{p.first}_{p.last[:3]}{r.randint(70, 99)}",
                    f"{p.last}.{p.first[0]}",
                ][style]
            else:
                dom = slug + self.c(
                    [".com", ".co.uk", ".de", ".io", ".net", ".org", ".com.au", ".nl", ".fr", ".ca"]
                )
                local = self.c(
                    [
                        f"{p.first}.{p.last}",
                        f"{p.first[0]}{p.last}",
                        f"{p.first}",
                        f"{p.first}.{p.last[0]}",
                    ]
                )
        else:
            dom = self.vdomain
            local = self.c([f"{p.first}", f"{p.first}.{p.last}", f"{p.first[0]}{p.last}"])
        p.email = re.sub(r"[^a-z0-9._]", "", local.lower()) + "@" + dom
        p.title = self.c(TITLES)
        p.phone = self.phone()
        p.street, p.city = self.c(ADDRESSES)
        p.web = "www." + slug + self.c([".com", ".co.uk", ".io", ".net", ".de", ".com.au"])
        p.full = f"{p.first} {p.last}"
        return p

    def make_vars(self):
        r = self.r
        cu, ag = self.cust, self.agent
        d2 = self.dt - timedelta(days=r.randint(1, 75), minutes=r.randint(0, 1439))
        return dict(
            vendor=self.vendor,
            domain=self.vdomain,
            product=self.product,
            company=cu.company,
            first=cu.first,
            last=cu.last,
            cfirst=cu.first,
            clast=cu.last,
            cemail=cu.email,
            afirst=ag.first,
            alast=ag.last,
            afirst2=self.agent2.first,
            agent=ag.first,
            plan=self.c(PLANS),
            acct=r.choice(
                [
                    f"{r.randint(10000000, 99999999)}",
                    f"AC-{r.randint(100000, 999999)}",
                    f"CUST{r.randint(1000, 99999):05d}",
                ]
            ),
            order=r.choice(
                [
                    f"{r.randint(100000, 999999)}",
                    f"A{r.randint(10000, 99999)}",
                    f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}",
                ]
            ),
            case=r.choice(
                [
                    f"{r.randint(1000000, 9999999)}",
                    f"CS-{r.randint(10000, 99999)}",
                    f"#{r.randint(10000, 999999)}",
                ]
            ),
            inv=r.choice(
                [
                    f"INV-{d2.year}-{r.randint(1000, 9999)}",
                    f"{r.randint(100000, 999999)}",
                    f"F{r.randint(1000, 9999)}-{r.randint(10, 99)}",
                ]
            ),
            rcpt=f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            track=r.choice(
                [
                    f"1Z{r.randint(10**9, 10**10 - 1)}US",
                    f"JD0146{r.randint(10**8, 10**9 - 1)}",
                    f"{r.randint(10**11, 10**12 - 1)}",
                ]
            ),
            cur=self.c(CURRENCIES),
            amt=f"{r.randint(4, 480)}.{r.randint(0, 99):02d}",
            last4=f"{r.randint(0, 9999):04d}",
            date=self.fmt_long(
                self.dt - timedelta(days=r.randint(1, 40), minutes=r.randint(0, 1439))
            ),
            date2=d2.strftime(r.choice(["%d %b %Y", "%B %d, %Y", "%Y-%m-%d", "%d/%m/%Y"])),
            date3=(d2 + timedelta(days=30)).strftime("%d %b %Y"),
            year=str(d2.year),
            street=cu.street,
            city=cu.city,
            citycountry=self.c(
                [
                    "London, United Kingdom",
                    "Austin, United States",
                    "Lagos, Nigeria",
                    "Berlin, Germany",
                    "Mumbai, India",
                    "São Paulo, Brazil",
                    "Toronto, Canada",
                    "Madrid, Spain",
                ]
            ),
            regno=f"{r.randint(1000000, 9999999)}",
            phone=cu.phone,
            dup=f"{r.randint(10000, 99999)}",
            ver=f"{r.randint(2, 14)}.{r.randint(0, 20)}",
            wait=str(r.randint(2, 48)),
            tz=self.c(["UTC", "GMT", "CET", "EST", "PST", "AEST", "IST", "SGT"]),
        )

    def f(self, s):
        return s.format(**self.vars)

    # date formats -------------------------------------------------------
    def fmt_long(self, dt):
        return dt.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")

    def rfc2822(self, dt):
        tz = self.c(["+0000", "-0500", "+0100", "+0200", "-0800", "+0530", "+1000", "-0400"])
        return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz

    def ampm(self, dt):
        return dt.strftime("%I:%M %p").lstrip("0")

    # email building blocks ---------------------------------------------
    def greeting(self):
        if not self.p(0.88):
            return ""
        if self.r.random() < 0.12:
            g = self.c(FOREIGN_GREETINGS)
        else:
            g = self.c(GREETINGS)
        return g.format(agent=self.agent.first, vendor=self.vendor)

    def signoff(self):
        if not self.p(0.85):
            return ""
        if self.r.random() < 0.08:
            return self.c(FOREIGN_SIGNOFFS)
        return self.c(SIGNOFFS)

    def signature(self, allow_disclaimer=True):
        """List of lines following the sign-off (starts with the name)."""
        cu, r = self.cust, self.r
        shape = r.randrange(9)
        name = self.c(
            [
                cu.full,
                cu.first,
                cu.full,
                f"{cu.first} {cu.last[0]}.",
                cu.first[0] + ".",
                cu.full.upper() if r.random() < 0.1 else cu.full,
            ]
        )
        lines = [name]
        if self.lean:
            shape = r.choice([0, 0, 1])
        web = cu.web
        if shape == 1:
            lines += [cu.title, cu.company]
        elif shape == 2:
            lines = ["--", cu.full, f"{cu.title} | {cu.company}", f"M: {cu.phone}"]
        elif shape == 3:
            lines = [
                f"{cu.full} {self.c(PRONOUNS)}",
                cu.title,
                cu.company,
                cu.street,
                cu.city,
                f"T {cu.phone}",
                web,
            ]
        elif shape == 4:
            lines = [
                cu.full,
                f"{cu.title}, {cu.company}",
                f"{cu.phone} | {cu.email}",
                self.c(
                    [
                        f"LinkedIn: linkedin.com/in/{cu.first.lower()}-{cu.last.lower()}",
                        f"X: @{cu.first.lower()}{cu.last.lower()[:4]}",
                        f"github.com/{cu.first.lower()}{r.randint(1, 99)}",
                        f"Calendar: calendly.com/{cu.first.lower()}-{cu.last.lower()}",
                    ]
                ),
            ]
        elif shape == 5:
            lines = [cu.full, cu.company, f"Tel.: {cu.phone}", f"E-Mail: {cu.email}", f"Web: {web}"]
        elif shape == 6:
            lines = [
                "___",
                f"{cu.first} {cu.last} {self.c(PRONOUNS)}",
                cu.title,
                f"{cu.company} · {cu.city}",
                f"Office {cu.phone}",
                "Working hours: Mon-Thu",
            ]
        elif shape == 7:
            lines = [f"{cu.full} | {cu.title}", f"{cu.company} | {web}", f"{cu.street}, {cu.city}"]
        if allow_disclaimer and self.p(0.22):
            lines += ["", self.f(self.c(DISCLAIMERS))]
        return lines

    def body(self, inline_ok=True):
        """Plain-text paragraphs around R (no headers, no signature)."""
        paras = []
        g = self.greeting()
        if g:
            paras.append(g)
        pre = self.f(self.c(PRE_PLEASANT)) if self.p(0.35) else ""
        if pre and inline_ok and self.r.random() < 0.4:
            paras.append(pre + " " + R)
        else:
            if pre:
                paras.append(pre)
            paras.append(R)
        if self.p(0.35):
            paras.append(self.f(self.c(POST_PLEASANT)))
        return paras

    def plain_email_text(self, sent_from=False, allow_disclaimer=True):
        paras = self.body()
        so = self.signoff()
        sig = self.signature(allow_disclaimer)
        text = "\n\n".join(paras) + "\n\n"
        if so:
            text += so + "\n"
        text += "\n".join(sig)
        if sent_from or self.p(0.12):
            text += "\n\n" + self.c(SENT_FROM)
        return text

    def subject(self, pool=SUBJECTS):
        return self.f(self.c(pool))

    def email_headers(self, subject, to_addr=None, cc=None, extra=False):
        cu = self.cust
        to_addr = to_addr or self.c(
            [
                f"support@{self.vdomain}",
                f"help@{self.vdomain}",
                f"{self.vendor} Support <support@{self.vdomain}>",
                f"customercare@{self.vdomain}",
                f"{self.agent.full} <{self.agent.email}>",
            ]
        )
        frm = self.c([f"{cu.full} <{cu.email}>", cu.email, f'"{cu.last}, {cu.first}" <{cu.email}>'])
        h = []
        order = self.r.randrange(3)
        if order == 0:
            h += [f"From: {frm}", f"To: {to_addr}"]
            if cc:
                h.append(f"Cc: {cc}")
            h += [f"Date: {self.rfc2822(self.dt)}", f"Subject: {subject}"]
        elif order == 1:
            h += [f"Date: {self.rfc2822(self.dt)}", f"From: {frm}", f"To: {to_addr}"]
            if cc:
                h.append(f"CC: {cc}")
            h.append(f"Subject: {subject}")
        else:
            h += [
                f"Subject: {subject}",
                f"From: {frm}",
                f"Date: {self.rfc2822(self.dt)}",
                f"To: {to_addr}",
            ]
            if cc:
                h.append(f"Cc: {cc}")
        if extra or self.p(0.25):
            h += [
                f"Message-ID: <{self.r.getrandbits(48):x}.{self.r.randint(1000, 9999)}@"
                f"{cu.email.split('@')[1]}>",
                "MIME-Version: 1.0",
                self.c(
                    [
                        'Content-Type: text/plain; charset="UTF-8"',
                        "Content-Type: text/plain; charset=utf-8; format=flowed",
                        'Content-Type: multipart/alternative; boundary="000000000000a1b2c3"',
                    ]
                ),
            ]
            if self.p(0.4):
                h.append(
                    self.c(
                        [
                            "X-Mailer: iPhone Mail (21E236)",
                            "X-Mailer: Microsoft Outlook 16.0",
                            "User-Agent: Mozilla Thunderbird",
                            "X-Priority: 3 (Normal)",
                            f"X-Originating-IP: [203.0.113.{self.n(2, 250)}]",
                        ]
                    )
                )
        return "\n".join(h)

    def quoted_vendor(self):
        return self.f(self.c(QUOTE_VENDOR))

    def cc_person(self):
        p = self.person(customer=True)
        return p


# --------------------------------------------------------------------------
# channel generators (each returns text containing R exactly once)
# --------------------------------------------------------------------------
def ch_plain_email(c):
    hdr = c.email_headers(c.subject())
    return hdr + "\n\n" + c.plain_email_text()


def ch_html_email(c):
    paras = c.body(inline_ok=True)
    so = c.signoff()
    sig = c.signature()
    style = c.r.randrange(3)
    if style == 0:  # Gmail-ish
        inner = "".join(f"<div>{p}</div><div><br></div>" for p in paras)
        if so:
            inner += f"<div>{so}</div>"
        inner += (
            '<div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
            + "<br>".join(x for x in sig if x)
            + "</div>"
        )
        body = f'<div dir="ltr">{inner}</div>'
    elif style == 1:  # Outlook-ish
        ps = "".join(
            f'<p class="MsoNormal">{p}<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            for p in paras
        )
        if so:
            ps += f'<p class="MsoNormal">{so}<o:p></o:p></p>'
        ps += (
            '<table border="0" cellspacing="0" cellpadding="0"><tr><td>'
            + "<br>\n".join(
                f'<span style="font-size:9.0pt;color:#595959">{x}</span>' for x in sig if x
            )
            + "</td></tr></table>"
        )
        body = f'<div class="WordSection1">{ps}</div>'
    else:  # generic web-mail
        body = "".join(f"<p>{p}</p>\n" for p in paras)
        if so:
            body += f"<p>{so}<br>{sig[0]}</p>\n"
            sig = sig[1:]
        if sig:
            body += (
                '<p style="color:#888;font-size:12px">' + "<br>".join(x for x in sig if x) + "</p>"
            )
    head = ""
    if c.p(0.6):
        head = (
            c.email_headers(c.subject(), extra=False).replace(
                "Content-Type: text/plain", "Content-Type: text/html"
            )
            + "\n\n"
        )
    tail = ""
    if c.p(0.15):
        tail = '<img src="https://t.{}/o/{:x}.gif" width="1" height="1" alt="">'.format(
            c.cust.email.split("@")[1], c.r.getrandbits(40)
        )
    meta = c.c(
        [
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<meta charset="utf-8">',
            "",
        ]
    )
    return head + f"<html><head>{meta}</head><body>\n{body}\n{tail}</body></html>"


def _quote_block(c, prefix="> "):
    q = c.quoted_vendor()
    lines = q.split("\n")
    out = []
    for ln in lines:
        out.append((prefix + ln).rstrip() if ln else prefix.rstrip())
    if c.p(0.3):
        inner = c.f(c.c(QUOTE_CUSTOMER))
        out.append(prefix.rstrip())
        out.append(
            prefix + f"On {c.later(c.dt, -4000, -1000).strftime('%a, %b %d, %Y')}, "
            f"{c.cust.full} <{c.cust.email}> wrote:"
        )
        out.append(prefix + "> " + inner)
    return "\n".join(out)


def _re_subject(c, prefix="Re: "):
    s = c.subject()
    if s.lower().startswith("re:"):
        return s
    return prefix + s


def ch_gmail_reply(c):
    prev = c.later(c.dt, -3000, -30)
    new = c.plain_email_text()
    who = c.c([f"{c.agent.full} <{c.agent.email}>", f"{c.vendor} Support <support@{c.vdomain}>"])
    when = c.c(
        [
            prev.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "),
            prev.strftime("%a, %d %b %Y at %H:%M"),
        ]
    )
    text = f"{new}\n\nOn {when} {who} wrote:\n\n{_quote_block(c)}"
    if c.p(0.5):
        text = c.email_headers(_re_subject(c)) + "\n\n" + text
    return text


def ch_outlook_reply(c):
    prev = c.later(c.dt, -3000, -30)
    new = c.plain_email_text()
    sep = c.c(
        [
            "________________________________",
            "-----Original Message-----",
            "________________________________\n",
        ]
    )
    subj = _re_subject(c, c.c(["RE: ", "Re: ", "AW: ", "SV: "]))
    q = c.quoted_vendor()
    hdr = [
        f"From: {c.agent.full} <{c.agent.email}>",
        f"Sent: {prev.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}",
        f"To: {c.cust.full} <{c.cust.email}>",
    ]
    if c.p(0.3):
        cc = c.cc_person()
        hdr.append(f"Cc: {cc.full} <{cc.email}>")
    hdr.append(f"Subject: {subj[4:] if c.r.random() < 0.5 else subj}")
    text = f"{new}\n\n{sep}\n" + "\n".join(hdr) + "\n\n" + q
    if c.p(0.25):
        text += "\n\n" + c.f(c.c(UNSUB))
    if c.p(0.5):
        text = c.email_headers(subj) + "\n\n" + text
    return text


def ch_apple_mail_reply(c):
    prev = c.later(c.dt, -3000, -30)
    new = c.plain_email_text(sent_from=c.r.random() < 0.7, allow_disclaimer=False)
    when = prev.strftime("%b %d, %Y, at %I:%M %p").replace(" 0", " ")
    text = f"{new}\n\n> On {when}, {c.agent.full} <{c.agent.email}> wrote:\n>\n" + _quote_block(c)
    if c.p(0.4):
        text = c.email_headers(_re_subject(c)) + "\n\n" + text
    return text


def ch_thunderbird_reply(c):
    prev = c.later(c.dt, -3000, -30)
    new = c.plain_email_text()
    when = c.c(
        [
            prev.strftime("%d/%m/%Y %H:%M"),
            prev.strftime("%m/%d/%y %I:%M %p"),
            prev.strftime("%d.%m.%Y um %H:%M"),
        ]
    )
    if "um" in when:
        lead = f"Am {when} schrieb {c.agent.full}:"
    else:
        lead = f"On {when}, {c.agent.full} wrote:"
    text = f"{new}\n\n{lead}\n{_quote_block(c)}"
    if c.p(0.5):
        text = c.email_headers(_re_subject(c)) + "\n\n" + text
    return text


def ch_email_forward(c):
    fwd_dt = c.later(c.dt, -5000, -60)
    note_paras = c.body()
    so = c.signoff()
    sig = c.signature(allow_disclaimer=False)
    note = "\n\n".join(note_paras) + "\n\n" + ((so + "\n") if so else "") + "\n".join(sig[:3])
    content = c.f(c.c(FORWARDED))
    style = c.r.randrange(3)
    sender = c.c(
        [
            f"{c.vendor} <no-reply@{c.vdomain}>",
            f"{c.vendor} <notifications@{c.vdomain}>",
            f"{c.vendor} Billing <billing@{c.vdomain}>",
        ]
    )
    subj0 = content.split("\n")[0]
    if style == 0:
        fwd = (
            "---------- Forwarded message ---------\n"
            f"From: {sender}\nDate: "
            f"{fwd_dt.strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')}\n"
            f"Subject: {subj0}\nTo: <{c.cust.email}>\n\n"
        )
    elif style == 1:
        fwd = (
            "-------- Forwarded Message --------\n"
            f"Subject: \t{subj0}\nDate: \t{c.rfc2822(fwd_dt)}\nFrom: \t{sender}\n"
            f"To: \t{c.cust.email}\n\n"
        )
    else:
        fwd = (
            "Begin forwarded message:\n\n"
            f"From: {sender}\nSubject: {subj0}\n"
            f"Date: {fwd_dt.strftime('%B %d, %Y at %I:%M:%S %p %Z').strip()}\n"
            f"To: {c.cust.full} <{c.cust.email}>\n\n"
        )
    text = note + "\n\n" + fwd + content
    if c.p(0.7):
        text += "\n\n" + c.f(c.c(UNSUB))
    if c.p(0.6):
        text = c.email_headers(c.c(["Fwd: ", "FW: ", "Fw: "]) + subj0) + "\n\n" + text
    return text


def ch_email_cc(c):
    ccs = [c.cc_person() for _ in range(c.n(1, 3))]
    cc_line = ", ".join(f"{p.full} <{p.email}>" for p in ccs)
    hdr = c.email_headers(c.subject(), cc=cc_line)
    mention = c.c(
        [
            f"Adding {ccs[0].first} from our finance team in cc.",
            f"Looping in {ccs[0].first} ({ccs[0].title}) for visibility.",
            f"cc'ing {ccs[0].first}, who manages our account day to day.",
            f"{ccs[0].first} is copied here as they handle our billing.",
            f"Copying {ccs[0].first} for awareness.",
            f"+{ccs[0].first} for context.",
            f"Moving {ccs[0].first} to bcc to spare their inbox.",
        ]
    )
    paras = c.body()
    pos = 1 if paras and paras[0] != R and not paras[0].endswith(R) else 0
    paras.insert(pos, mention)
    so = c.signoff()
    sig = c.signature()
    return hdr + "\n\n" + "\n\n".join(paras) + "\n\n" + ((so + "\n") if so else "") + "\n".join(sig)


def ch_ticket_tag_email(c):
    tid = c.n(10000, 999999)
    tag = c.c(
        [
            f"[Ticket #{tid}]",
            f"[#{tid}]",
            f"[{c.vendor} Support] Re:",
            f"[Case: {tid}]",
            f"[SR-{tid}]",
            f"Re: [{c.vendor}] Update:",
        ]
    )
    base = c.subject()
    subj = f"{tag} {base}"
    new = c.plain_email_text()
    prev = c.later(c.dt, -3000, -30)
    auto = c.c(
        [
            f"Your request ({tid}) has been received and is being reviewed by our support staff.",
            f"This is an automated response confirming receipt of your ticket #{tid}. "
            f"A support agent will respond shortly.",
            f"Thank you for contacting {c.vendor}. Case {tid} has been created for you.",
            f"We got your message. Ticket #{tid} is now open with our team.",
        ]
    )
    marker = c.c(
        [
            "##- Reply above this line -##",
            "--- reply above this line ---",
            "[== Reply ABOVE THIS LINE ==]",
            "",
        ]
    )
    quote = (
        f"On {prev.strftime('%b %d, %Y, %H:%M')} {c.vendor} Support <support@{c.vdomain}> wrote:\n"
    )
    qlines = ([marker] if marker else []) + [
        auto,
        "",
        f"Ticket ID: {tid}",
        f"Status: {c.c(['Open', 'New', 'Pending'])}",
        f"This email is a service from {c.vendor} Support.",
    ]
    if c.p(0.5):
        qlines.append("Delivered by Zendesk" if c.r.random() < 0.5 else "Powered by Freshdesk")
    quote += "\n".join("> " + x if x else ">" for x in qlines)
    return c.email_headers(subj) + "\n\n" + new + "\n\n" + quote


def ch_mobile_email(c):
    g = c.greeting() if c.p(0.5) else ""
    parts = []
    if g:
        parts.append(g)
    parts.append(R)
    txt = "\n\n".join(parts)
    so = c.signoff() if c.p(0.6) else ""
    if so:
        txt += "\n\n" + so + "\n" + c.c([c.cust.first, c.cust.first[0], c.cust.full])
    elif c.p(0.5):
        txt += "\n\n" + c.c([c.cust.first, c.cust.first[0]])
    txt += "\n\n" + c.c(SENT_FROM)
    if c.p(0.45):
        txt = f"Subject: {c.subject()}\nFrom: {c.cust.email}\n\n" + txt
    return txt


# ---- helpdesk exports ----------------------------------------------------
def _tags(c, k=None):
    k = k if k is not None else c.n(0, 4)
    return c.r.sample(TAGS, k)


def _cust_msg_body(c):
    paras = c.body()
    so = c.signoff() if c.p(0.7) else ""
    txt = "\n\n".join(paras)
    if so:
        txt += "\n\n" + so + "\n" + c.c([c.cust.first, c.cust.full])
    if c.p(0.15):
        txt += "\n\n" + c.c(SENT_FROM)
    return txt


def ch_zendesk(c):
    tid = c.n(1000, 2999999)
    st = c.c(["Open", "New", "Pending", "On-hold", "Solved"])
    created = c.dt
    lines = [
        f"Ticket #{tid}",
        f"Subject: {c.subject(SUBJ_TICKET)}",
        f"Status: {st}   Priority: {c.c(['Low', 'Normal', 'High', 'Urgent', '-'])}   "
        f"Type: {c.c(['Question', 'Incident', 'Problem', 'Task', '-'])}",
        f"Requester: {c.cust.full} <{c.cust.email}>",
        f"Assignee: {c.c([c.agent.full, '-', c.agent.full])}   Group: {c.c(GROUPS)}",
    ]
    tg = _tags(c)
    if tg:
        lines.append("Tags: " + " ".join(tg))
    if c.p(0.5):
        lines.append(f"Organization: {c.cust.company}")
    if c.p(0.4):
        lines.append(f"Custom field - Product: {c.product}")
    lines.append(f"Channel: {c.c(['Email', 'Web form', 'API', 'Web Widget', 'Mobile SDK'])}")
    lines.append(f"Created: {created.strftime('%b %d, %Y, %I:%M %p').replace(' 0', ' ')}")
    if c.p(0.35):
        lines.append(f"SLA: Next reply due in {c.n(1, 23)}h {c.n(1, 59)}m")
    lines.append("")
    lines.append(f"{c.cust.full}")
    lines.append(f"{created.strftime('%b %d, %Y, %H:%M')}")
    lines.append(_cust_msg_body(c))
    if c.p(0.4):
        lines.append(
            "\nAttachments: {}".format(
                c.c(
                    [
                        "screenshot.png",
                        "IMG_20" + str(c.n(1000, 9999)) + ".jpg",
                        "invoice.pdf",
                        "log.txt",
                    ]
                )
            )
        )
    t = created
    if c.p(0.5):
        t = c.later(t, 5, 240)
        lines += [
            "",
            f"{c.agent.full} (internal note)",
            t.strftime("%b %d, %Y, %H:%M"),
            c.f(c.c(INTERNAL_NOTES)),
        ]
    if c.p(0.6):
        t = c.later(t, 5, 240)
        lines += ["", f"{c.agent.full}", t.strftime("%b %d, %Y, %H:%M"), c.f(c.c(AGENT_MACROS))]
        if c.p(0.5):
            lines.append(
                "Macro applied: {}".format(
                    c.c(
                        [
                            "Acknowledge",
                            "General: first response",
                            "Escalate to Tier 2",
                            "Billing: received",
                        ]
                    )
                )
            )
    ev = []
    if c.p(0.6):
        ev.append(f"Status changed from New to {c.c(['Open', 'Pending'])}")
    if c.p(0.4):
        ev.append(f"Assignee changed from - to {c.agent.full}")
    if c.p(0.3):
        ev.append(f"Tag {c.c(TAGS)} added")
    if c.p(0.25):
        ev.append(
            "Satisfaction: "
            f"{c.c(['Offered', 'Good, I’m satisfied', 'Bad, I’m unsatisfied', 'Unoffered'])}"
        )
    if ev:
        lines += ["", "Events:"] + [f"- {e}" for e in ev]
    return "\n".join(lines)


def ch_freshdesk(c):
    tid = c.n(100, 99999)
    lines = [
        f"#{tid} {c.subject(SUBJ_TICKET)}",
        f"{c.cust.full} reported via "
        f"{c.c(['email', 'portal', 'phone', 'chat', 'feedback widget'])} · "
        f"{c.dt.strftime('%a, %d %b %Y at %I:%M %p')}",
        "",
        "PROPERTIES",
        f"Type: {c.c(['Question', 'Incident', 'Problem', 'Feature Request', 'Refund', '--'])}",
        "Status: "
        f"{c.c(['Open', 'Pending', 'Resolved', 'Waiting on Customer', 'Waiting on Third Party'])}",
        f"Priority: {c.c(['Low', 'Medium', 'High', 'Urgent'])}",
        f"Source: {c.c(['Email', 'Portal', 'Phone', 'Chat', 'Feedback Widget', 'Outbound Email'])}",
        f"Group: {c.c(GROUPS)}",
        f"Agent: {c.c([c.agent.full, '--'])}",
    ]
    tg = _tags(c)
    if tg:
        lines.append("Tags: " + ", ".join(tg))
    if c.p(0.5):
        lines.append(f"cf_product: {c.product}")
    if c.p(0.4):
        lines.append(f"cf_account_id: {c.vars['acct']}")
    fr = c.later(c.dt, 60, 1440)
    lines += [
        f"First response due: {fr.strftime('%a, %d %b, %I:%M %p')}",
        f"Resolution due: {c.later(fr, 600, 4000).strftime('%a, %d %b, %I:%M %p')}",
        "",
        "CONVERSATION",
        _cust_msg_body(c),
    ]
    if c.p(0.5):
        lines += ["", f"{c.agent.full} added a private note", c.f(c.c(INTERNAL_NOTES))]
    if c.p(0.5):
        lines += ["", f"{c.agent.full} replied", c.f(c.c(AGENT_MACROS))]
    if c.p(0.3):
        lines += [
            "",
            "Customer satisfaction: "
            f"{c.c(['Extremely Happy', 'Happy', 'Neutral', 'Unhappy', 'Survey sent'])}",
        ]
    return "\n".join(lines)


def ch_jira_sm(c):
    key = c.c(["SUP", "ITSD", "HELP", "SD", "CS", "OPS", "DESK"]) + f"-{c.n(10, 29999)}"
    lines = [
        f"[{key}] {c.subject(SUBJ_TICKET)}",
        "Request type: {}".format(
            c.c(
                [
                    "Technical support",
                    "Service request",
                    "General enquiry",
                    "IT help",
                    "Emailed request",
                    "Incident",
                    "Access",
                ]
            )
        ),
        "Status: {}".format(
            c.c(["Waiting for support", "In Progress", "Waiting for customer", "Escalated", "Open"])
        ),
        f"Priority: {c.c(['Lowest', 'Low', 'Medium', 'High', 'Highest'])}",
        f"Reporter: {c.cust.full} ({c.cust.email})",
        f"Assignee: {c.c([c.agent.full, 'Unassigned'])}",
    ]
    if c.p(0.5):
        lines.append("Labels: " + " ".join(_tags(c, c.n(1, 3))))
    if c.p(0.4):
        lines.append(
            "Components: "
            f"{c.c(['Backend', 'Billing', 'Mobile', 'Web', 'Infrastructure', 'Identity'])}"
        )
    if c.p(0.35):
        lines.append(f"Organizations: {c.cust.company}")
    lines += [
        f"Time to first response: {c.n(1, 8)}h {c.n(0, 59)}m",
        f"Time to resolution: {c.c(['Breached', f'{c.n(1, 40)}h remaining', 'Paused', 'Met'])}",
        f"Created: {c.dt.strftime('%d/%b/%y %I:%M %p')}",
        "",
        "Description",
        _cust_msg_body(c) if c.r.random() < 0.5 else R,
    ]
    if c.p(0.4):
        lines += [
            "Environment: {}".format(
                c.c(
                    [
                        "Production",
                        "Staging",
                        "macOS 14.4, Chrome 123",
                        "Windows 11, Edge",
                        "Ubuntu 22.04",
                    ]
                )
            )
        ]
    if c.p(0.5):
        lines += ["", "Activity", f"{c.agent.full} · Internal comment", c.f(c.c(INTERNAL_NOTES))]
    if c.p(0.45):
        lines += ["", f"{c.agent.full} · Reply to customer", c.f(c.c(AGENT_MACROS))]
    if c.p(0.3):
        lines += ["", f"{c.agent.full} changed the Status from Waiting for support to In Progress"]
    if c.p(0.3):
        lines += ["", f"This is shared with {c.c(GROUPS)}.", "Powered by Jira Service Management"]
    return "\n".join(lines)


def ch_servicenow(c):
    num = c.c(["INC", "RITM", "CS", "REQ"]) + f"{c.n(10000, 9999999):07d}"
    lines = [
        f"Number: {num}",
        f"Caller: {c.cust.full}",
        "Category: "
        f"{c.c(['Inquiry / Help', 'Software', 'Hardware', 'Network', 'Database', 'Account'])}",
        f"Subcategory: {c.c(['-- None --', 'Email', 'Internal application', 'Access', 'Billing'])}",
        f"Service: {c.c([c.product, 'Email', 'IT Services', 'SAP Finance', 'VPN'])}",
        f"Contact type: {c.c(['Self-service', 'Email', 'Phone', 'Walk-in', 'Virtual Agent'])}",
        f"State: {c.c(['New', 'In Progress', 'On Hold', 'Resolved'])}",
        f"Impact: {c.c(['1 - High', '2 - Medium', '3 - Low'])}",
        f"Urgency: {c.c(['1 - High', '2 - Medium', '3 - Low'])}",
        f"Priority: {c.c(['2 - High', '3 - Moderate', '4 - Low', '5 - Planning'])}",
        f"Assignment group: {c.c(GROUPS)}",
        f"Assigned to: {c.c([c.agent.full, ''])}",
        f"Short description: {c.subject(SUBJ_TICKET)}",
        f"Description: {R if c.r.random() < 0.5 else chr(10) + _cust_msg_body(c)}",
        "",
        "Activities:",
    ]
    t = c.later(c.dt, 3, 90)
    if c.p(0.6):
        lines.append(f"{c.agent.full}  Field changes  {t.strftime('%Y-%m-%d %H:%M:%S')}")
        lines.append("State: In Progress was New")
        lines.append(f"Assigned to: {c.agent.full} was (Empty)")
    if c.p(0.5):
        t = c.later(t, 3, 90)
        lines += [
            f"{c.agent.full}  Work notes  {t.strftime('%Y-%m-%d %H:%M:%S')}",
            c.f(c.c(INTERNAL_NOTES)),
        ]
    if c.p(0.4):
        t = c.later(t, 3, 90)
        lines += [
            f"{c.agent.full}  Additional comments  {t.strftime('%Y-%m-%d %H:%M:%S')}",
            c.f(c.c(AGENT_MACROS)),
        ]
    lines.append(
        f"System  {c.dt.strftime('%Y-%m-%d %H:%M:%S')}  {num} created via "
        f"{c.c(['email', 'Service Portal', 'phone', 'API'])}"
    )
    return "\n".join(lines)


def ch_helpscout(c):
    cid = c.n(100, 99999)
    lines = [
        f"Conversation #{cid}  ·  {c.subject(SUBJ_TICKET)}",
        f"Mailbox: {c.c(['Support', 'Billing', 'Help', c.vendor + ' Support', 'Sales'])}",
        f"Status: {c.c(['Active', 'Pending', 'Closed'])}",
        f"Assigned to: {c.c([c.agent.full, 'Anyone'])}",
        f"Customer: {c.cust.full} · {c.cust.email}",
    ]
    tg = _tags(c)
    if tg:
        lines.append("Tags: " + ", ".join(tg))
    lines += [
        "",
        f"{c.cust.full} started the conversation via "
        f"{c.c(['email', 'Beacon', 'the contact form', 'chat'])} · "
        f"{c.dt.strftime('%b %d, %Y %I:%M %p').replace(' 0', ' ')}",
        _cust_msg_body(c),
    ]
    if c.p(0.5):
        lines += ["", f"{c.agent.full} added a note", c.f(c.c(INTERNAL_NOTES))]
    if c.p(0.5):
        lines += ["", f"{c.agent.full} replied", c.f(c.c(AGENT_MACROS))]
        if c.p(0.4):
            lines.append(f"Rating: {c.c(['Great', 'Okay', 'Not Good'])}")
    if c.p(0.4):
        lines += [
            "",
            f"{c.agent.first} assigned this conversation to {c.agent.full}",
            f"{c.agent.first} changed the status to Pending",
        ]
    return "\n".join(lines)


def ch_front(c):
    lines = [
        f"Inbox: {c.c(['Support', 'Shared: help@' + c.vdomain, 'Customer Success', 'Billing'])}",
        f"Subject: {c.subject(SUBJ_TICKET)}",
        f"Assignee: {c.c([c.agent.full, 'Unassigned'])}",
    ]
    tg = _tags(c)
    if tg:
        lines.append("Tags: " + ", ".join(tg))
    lines += [
        "",
        f"{c.cust.full} <{c.cust.email}>",
        f"{c.dt.strftime('%b %d, %I:%M %p')}",
        _cust_msg_body(c),
    ]
    if c.p(0.6):
        lines += [
            "",
            f"Comment by {c.agent2.full}:",
            f"@{c.agent.first} " + c.f(c.c(INTERNAL_NOTES)),
        ]
    if c.p(0.4):
        lines += ["", f"{c.agent.full} (to {c.cust.email})", c.f(c.c(AGENT_MACROS))]
    if c.p(0.5):
        lines += [
            "",
            c.c(
                [
                    f"Archived by {c.agent.first}",
                    f"Reopened by rule: {c.c(['Reopen on reply', 'SLA watcher'])}",
                    f"Assigned to {c.agent.first} by rule: Round robin",
                ]
            ),
        ]
    return "\n".join(lines)


def ch_gorgias(c):
    lines = [
        f"Ticket #{c.n(1000000, 99999999)}",
        "Channel: {}".format(
            c.c(["Email", "Chat", "Facebook Messenger", "Instagram comment", "Contact form", "SMS"])
        ),
        f"Status: {c.c(['open', 'closed', 'snoozed'])}",
        f"Customer: {c.cust.full} ({c.cust.email})",
        f"Shopify orders: {c.n(1, 14)} · Total spent: "
        f"{c.vars['cur']}{c.n(20, 2000)}.{c.n(0, 99):02d}",
        f"Last order: #{c.n(1001, 99999)} "
        f"({c.c(['fulfilled', 'unfulfilled', 'partially fulfilled'])})",
    ]
    tg = _tags(c)
    if tg:
        lines.append("Tags: " + ", ".join(t.upper() if c.r.random() < 0.3 else t for t in tg))
    lines += ["", f"{c.cust.first} · {c.dt.strftime('%m/%d/%Y %I:%M %p')}", _cust_msg_body(c)]
    if c.p(0.5):
        lines += [
            "",
            "Macro applied: "
            f"{c.c(['Acknowledge receipt', 'Greeting', 'Order update', 'Thank you'])}",
            f"{c.agent.first} (agent)",
            c.f(c.c(AGENT_MACROS)),
        ]
    if c.p(0.35):
        lines += ["", f"Internal note by {c.agent.first}: " + c.f(c.c(INTERNAL_NOTES))]
    if c.p(0.3):
        lines.append(f'Rule "{c.c(["Auto-tag intent", "Auto-close spam", "VIP routing"])}" applied')
    if c.p(0.3):
        lines.append(
            f"Satisfaction survey: {c.c(['sent', 'scored 5/5', 'scored 4/5', 'scored 2/5'])}"
        )
    return "\n".join(lines)


def ch_zoho_desk(c):
    lines = [
        f"#{c.n(100, 99999)} - {c.subject(SUBJ_TICKET)}",
        f"Department: {c.c(['Support', 'Customer Care', 'Technical', 'Accounts'])}",
        f"Contact Name: {c.cust.full}",
        f"Account Name: {c.cust.company}",
        f"Email: {c.cust.email}",
        f"Phone: {c.cust.phone}",
        f"Status: {c.c(['Open', 'On Hold', 'Escalated', 'Closed'])}",
        f"Ticket Owner: {c.c([c.agent.full, 'Unassigned'])}",
        f"Channel: {c.c(['Email', 'Web', 'Phone', 'Chat', 'Forums', 'Twitter', 'Facebook'])}",
        f"Classification: {c.c(['Question', 'Problem', 'Feature', 'Others', '-None-'])}",
        f"Priority: {c.c(['-None-', 'High', 'Medium', 'Low'])}",
        f"Due Date: {c.later(c.dt, 600, 6000).strftime('%d %b %Y %I:%M %p')}",
    ]
    if c.p(0.4):
        lines.append(f"Product Name: {c.product}")
    lines += ["", f"{c.cust.full} · {c.dt.strftime('%d %b %Y %I:%M %p')}", _cust_msg_body(c)]
    if c.p(0.45):
        lines += ["", f"Private Comment · {c.agent.full}", c.f(c.c(INTERNAL_NOTES))]
    if c.p(0.45):
        lines += ["", f"{c.agent.full} · Reply", c.f(c.c(AGENT_MACROS))]
    if c.p(0.3):
        lines.append(f"Happiness Rating: {c.c(['Good', 'Okay', 'Bad'])}")
    return "\n".join(lines)


def ch_hubspot(c):
    lines = [
        f"Ticket name: {c.subject(SUBJ_TICKET)}",
        f"Ticket ID: {c.n(1000000000, 9999999999)}",
        f"Pipeline: {c.c(['Support Pipeline', 'Customer Success', 'IT Requests'])}",
        f"Ticket status: {c.c(['New', 'Waiting on contact', 'Waiting on us', 'Closed'])}",
        f"Priority: {c.c(['Low', 'Medium', 'High'])}",
        f"Source: {c.c(['Email', 'Chat', 'Form', 'Phone'])}",
        f"Ticket owner: {c.c([c.agent.full, 'No owner'])}",
        f"Create date: {c.dt.strftime('%m/%d/%Y %I:%M %p')} {c.vars['tz']}",
        f"Associated contact: {c.cust.full} ({c.cust.email})",
        f"Associated company: {c.cust.company}",
    ]
    if c.p(0.4):
        lines.append(
            "Category: "
            f"{c.c(['Product issue', 'Billing issue', 'General inquiry', 'Feature request'])}"
        )
    lines += ["", "Ticket description:", _cust_msg_body(c) if c.r.random() < 0.6 else R]
    if c.p(0.5):
        lines += ["", f"Note by {c.agent.full}", c.f(c.c(INTERNAL_NOTES))]
    if c.p(0.3):
        lines += ["", f"Customer feedback survey (CES): {c.n(1, 7)}/7"]
    return "\n".join(lines)


# ---- other channels --------------------------------------------------------
def ch_call_notes(c):
    dur = f"{c.n(1, 28)}m {c.n(0, 59)}s"
    lines = [
        c.c(["Call log", "Call notes", "Phone call summary", "CALL RECORD"]),
        f"Date: {c.dt.strftime('%Y-%m-%d %H:%M')}",
        f"Direction: {c.c(['Inbound', 'Inbound', 'Outbound (callback)'])}",
        f"Caller: {c.cust.full} ({c.cust.phone})",
        f"Agent: {c.agent.full}",
        f"Duration: {dur}",
        f"Reason code: {c.c(CALL_REASONS)}",
        "",
    ]
    style = c.r.randrange(3)
    if style == 0:
        lines.append(
            "Summary: Customer called in. Verified via "
            f"{c.c(['DOB', 'postcode', 'last 4 of card', 'security question', 'SMS code'])}. "
            f'Customer said: "{R}"'
        )
    elif style == 1:
        lines.append(f"Customer verbatim: {R}")
        lines.append(f"Notes: {c.f(c.c(INTERNAL_NOTES))}")
    else:
        lines += [
            "Notes:",
            f"- cust verified ({c.c(['DOB', 'PIN', 'email'])})",
            f"- cust: {R}",
            f"- {c.f(c.c(INTERNAL_NOTES))}",
        ]
    lines.append(
        "Outcome: {}".format(
            c.c(
                [
                    "Ticket created",
                    "Resolved on call",
                    "Callback scheduled",
                    "Transferred to Tier 2",
                    "Follow-up email sent",
                ]
            )
        )
    )
    if c.p(0.3):
        lines.append(f"Wrap-up time: {c.n(10, 180)}s")
    return "\n".join(lines)


def ch_call_transcript(c):
    t = 0
    out = []
    ts_style = c.r.randrange(2)

    def ts():
        return (
            f"[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}]"
            if ts_style == 0
            else f"{t // 60:02d}:{t % 60:02d}"
        )

    ag = c.c(["Agent", c.agent.first, "AGENT", "Speaker 1"])
    cu = c.c(["Customer", c.cust.first, "CALLER", "Speaker 2"])
    out.append(
        f"{c.c(['Call transcript', 'Transcript (auto-generated)', 'Recording transcript'])} · "
        f"{c.vendor} · {c.dt.strftime('%d %b %Y %H:%M')}"
    )
    out.append("")
    out.append(
        f"{ts()} {ag}: "
        + c.c(
            [
                f"Thank you for calling {c.vendor}, my name is {c.agent.first}.",
                f"You're through to {c.vendor} support, this is {c.agent.first}.",
                f"Good {c.c(['morning', 'afternoon'])}, {c.vendor}, {c.agent.first} speaking.",
            ]
        )
    )
    t += c.n(3, 9)
    if c.p(0.5):
        out.append(
            f"{ts()} {cu}: "
            + c.c(
                [
                    "Hi, yes.",
                    "Hi there.",
                    "Hello.",
                    "Oh hi, sorry, one second.",
                    f"Hi {c.agent.first}.",
                    "Right, okay.",
                    "Oh, good, a person.",
                    "Morning.",
                ]
            )
        )
        t += c.n(2, 6)
    out.append(f"{ts()} {cu}: " + c.c(["", "Um, ", "So ", "Yeah, "]) + R)
    t += c.n(4, 15)
    out.append(
        f"{ts()} {ag}: "
        + c.c(
            [
                "Sure, one moment while I bring up your account.",
                "Okay, I'll take a look at that for you.",
                "Got it. I'm just opening your account now.",
                "No problem at all, bear with me a second.",
            ]
        )
    )
    t += c.n(10, 60)
    if c.p(0.6):
        out.append(f"{ts()} {cu}: " + c.c(["No problem.", "Sure.", "Thanks.", "Okay.", "Great."]))
        t += c.n(5, 40)
    if c.p(0.5):
        out.append(
            f"{ts()} {ag}: "
            + c.c(
                [
                    "Thanks for waiting.",
                    "Your account is verified, thanks.",
                    "I can see your account here.",
                    "Right, that's all on screen now.",
                ]
            )
        )
    if c.p(0.4):
        out += ["", f"[Call ended · duration {c.n(1, 20)}:{c.n(0, 59):02d}]"]
    return "\n".join(out)


def ch_live_chat(c):
    t = c.dt
    tool = c.r.randrange(3)
    out = []
    if tool == 0:
        out += [
            f"Chat started: {t.strftime('%Y-%m-%d %H:%M:%S')} {c.vars['tz']}",
            f"Visitor: {c.cust.full} ({c.cust.email})",
            "Page: "
            f"https://www.{c.vdomain}/{c.c(['pricing', 'account', 'help', 'checkout', 'app'])}",
            "Browser: {}".format(
                c.c(
                    [
                        "Chrome 123 on macOS",
                        "Safari on iOS 17",
                        "Firefox 124 on Windows",
                        "Edge on Windows 11",
                        "Chrome on Android",
                    ]
                )
            ),
            "",
        ]
    else:
        out += [
            f"{c.c(['Conversation with', 'Chat transcript:', 'Messenger conversation with'])} "
            f"{c.cust.full}",
            f"{t.strftime('%b %d, %Y')}",
            "",
        ]
    bot = c.c(["Bot", f"{c.vendor} Bot", "Operator", "Assistant"])

    def stamp():
        return t.strftime("%H:%M") if tool != 2 else t.strftime("%I:%M %p").lstrip("0")

    if c.p(0.7):
        out.append(
            f"{stamp()} {bot}: "
            + c.c(
                [
                    f"Hi there 👋 Welcome to {c.vendor}.",
                    "Hi! A teammate will be with you shortly.",
                    f"Thanks for contacting {c.vendor}. Typical reply time: under 5 minutes.",
                    "You're chatting with our support team.",
                ]
            )
        )
    t = c.later(t, 0, 2)
    if c.p(0.4):
        out.append(f"{stamp()} {c.cust.first}: " + c.c(["hi", "hello", "Hi there", "hey", "hiya"]))
    out.append(f"{stamp()} {c.cust.first}: {R}")
    t = c.later(t, 0, 4)
    if c.p(0.8):
        out.append(
            f"{stamp()} *** {c.agent.first} joined the chat ***"
            if tool == 0
            else f"{stamp()} {c.agent.first} joined the conversation"
        )
        out.append(
            f"{stamp()} {c.agent.first}: "
            + c.c(
                [
                    f"Hi {c.cust.first}, thanks for waiting. I'm looking into this now.",
                    f"Hi {c.cust.first}! Happy to help with that.",
                    "Thanks for the message, one moment while I check.",
                    f"Hey {c.cust.first}, {c.agent.first} here. Checking that for you.",
                    f"{c.cust.first}, {c.agent.first} from the support team here. One moment.",
                ]
            )
        )
    if c.p(0.4):
        t = c.later(t, 1, 6)
        out.append(
            f"{stamp()} {c.cust.first}: "
            + c.c(["ok thanks", "thank you", "great", "cool", "👍", "ok", "got it"])
        )
    if c.p(0.5):
        out.append(
            c.c(
                [
                    f"Chat ended by visitor. Duration: {c.n(1, 25)}m",
                    f"Conversation closed by {c.agent.first}",
                    "Rated: 👍 Good",
                    "Transcript emailed to visitor",
                ]
            )
        )
    return "\n".join(out)


def ch_app_review(c):
    stars = c.n(1, 5)
    store = c.c(["App Store", "Google Play"])
    user = c.c(
        [
            f"{c.cust.first}{c.n(1, 999)}",
            f"{c.cust.first.lower()}_{c.cust.last.lower()[:3]}",
            c.cust.full,
            f"A {c.c(['Google', 'App Store'])} user",
            "nickname_taken_" + str(c.n(1, 99)),
        ]
    )
    head = [
        f"{'★' * stars}{'☆' * (5 - stars)}  {c.c(APP_TITLES)}"
        if c.r.random() < 0.6
        else f"Rating: {stars}/5 · {c.c(APP_TITLES)}",
        f"{user} · "
        f"{c.dt.strftime('%b %d, %Y') if store == 'App Store' else c.dt.strftime('%d/%m/%Y')}",
        f"{store} · {c.product} · Version {c.n(1, 9)}.{c.n(0, 30)}.{c.n(0, 9)}",
    ]
    if store == "Google Play" and c.p(0.4):
        head.append(
            f"Device: {c.c(['Pixel 8', 'Galaxy S23', 'OnePlus 11', 'Redmi Note 12', 'Galaxy A54'])}"
        )
    body = []
    if c.p(0.5):
        body.append(c.c(REVIEW_FILL))
    body.append(R)
    if c.p(0.3):
        body.append(c.c(REVIEW_FILL))
    text = "\n".join(head) + "\n\n" + " ".join(body)
    if c.p(0.4):
        text += f"\n\n{c.n(1, 120)} people found this review helpful"
    if c.p(0.35):
        text += (
            f"\n\nDeveloper Response · {c.later(c.dt, 600, 9000).strftime('%b %d, %Y')}\n"
            + c.c(DEV_RESPONSES).format(user=user, domain=c.vdomain)
        )
    return text


def ch_nps(c):
    score = c.n(0, 10)
    cat = "Promoter" if score >= 9 else ("Passive" if score >= 7 else "Detractor")
    lines = [
        c.c(
            [
                "NPS survey response",
                "Survey: Net Promoter Score",
                "Relationship survey",
                "Post-purchase survey",
            ]
        )
        + f" ({c.c(['Q1', 'Q2', 'Q3', 'Q4'])} {c.dt.year})",
        "Respondent: "
        f"{c.c([c.cust.email, c.cust.full, 'Anonymous', 'ID ' + str(c.n(10000, 99999))])}",
        f"Submitted: {c.dt.strftime('%Y-%m-%d %H:%M')}",
        f"Score (likelihood to recommend, 0-10): {score} ({cat})",
    ]
    if c.p(0.4):
        lines.append(f"Segment: {c.c(PLANS)} plan · {c.c(['EMEA', 'NA', 'APAC', 'LATAM'])}")
    comment = R
    if c.p(0.4):
        comment = c.c(REVIEW_FILL) + " " + R
    lines += [f"Comment: {comment}"]
    if c.p(0.3):
        lines.append(
            "Follow-up consent: "
            f"{c.c(['Yes', 'No', 'Opted in', 'Opted out', 'Granted', 'Declined'])}"
        )
    return "\n".join(lines)


def ch_forum(c):
    user = c.c(
        [
            f"{c.cust.first.lower()}{c.n(1, 999)}",
            f"{c.cust.first}_{c.cust.last[0]}",
            f"{c.cust.first.lower()}dev",
            f"user{c.n(10000, 99999)}",
        ]
    )
    lines = [
        "{} Community › {}".format(
            c.vendor,
            c.c(
                [
                    "General",
                    "Questions",
                    "Feature Ideas",
                    "Getting Started",
                    "Troubleshooting",
                    c.product,
                ]
            ),
        ),
        c.f(c.c(FORUM_TITLES)),
        "Posted by {} · {} · {} views".format(
            user,
            c.c(
                [
                    str(c.n(2, 23)) + " hours ago",
                    str(c.n(2, 30)) + " days ago",
                    c.dt.strftime("%b %d, %Y"),
                ]
            ),
            c.n(3, 900),
        ),
        "",
    ]
    body = []
    if c.p(0.6):
        body.append(c.c(["Hi all,", "Hello everyone,", "Hey community,", "Hi folks,"]))
    if c.p(0.4):
        body.append(
            c.c(
                [
                    "Long-time lurker, first post.",
                    "Searched the forum first.",
                    f"Running version {c.vars['ver']} on "
                    f"{c.c(['Windows 11', 'macOS Sonoma', 'Android 14', 'iOS 17', 'Ubuntu'])}.",
                    "New to the platform.",
                ]
            )
        )
    body.append(R)
    if c.p(0.4):
        body.append(c.c(["Thanks in advance!", "Cheers", "Thanks all.", "Much appreciated."]))
    lines.append("\n\n".join(body))
    if c.p(0.5):
        lines += ["", f"Tags: {', '.join(_tags(c, c.n(1, 3)))}"]
    nr = c.n(0, 12)
    lines += ["", f"{nr} {'reply' if nr == 1 else 'replies'} · {c.n(0, 40)} likes"]
    if c.p(0.25):
        lines.append(f"Edited {c.n(1, 59)} minutes ago")
    return "\n".join(lines)


def ch_social(c):
    handle = "@" + re.sub(r"[^A-Za-z0-9]", "", c.vendor) + c.c(["", "Help", "Support", "Cares"])
    user = c.c(
        [
            f"@{c.cust.first.lower()}{c.cust.last.lower()[:4]}",
            f"@{c.cust.first.lower()}_{c.n(1, 999)}",
        ]
    )
    lead = c.c([f"{handle} ", f"{handle} hey, ", "", f"{handle} "])
    tag = c.c(SOCIAL_TAGS)
    text = lead + R + ((" " + tag) if tag else "")
    lines = [
        f"{c.cust.full} {user}",
        text,
        "{} · {} · {}".format(
            c.dt.strftime("%I:%M %p").lstrip("0"),
            c.dt.strftime("%b %d, %Y"),
            c.c(
                [
                    "Twitter for iPhone",
                    "Twitter for Android",
                    "X Web App",
                    "Instagram comment",
                    "Facebook post",
                    "Threads",
                    "Bluesky",
                ]
            ),
        ),
    ]
    if c.p(0.5):
        lines.append(f"{c.n(0, 40)} Reposts  {c.n(0, 300)} Likes  {c.n(30, 9000)} Views")
    if c.p(0.3):
        lines.append(
            f"Routed to inbox: Social · Sentiment: {c.c(['neutral', 'negative', 'positive'])}"
        )
    return "\n".join(lines)


CHANNELS = [
    # e-mails (~43%)
    ("plain_email", ch_plain_email, 6),
    ("html_email", ch_html_email, 5),
    ("gmail_reply", ch_gmail_reply, 5),
    ("outlook_reply", ch_outlook_reply, 5),
    ("apple_mail_reply", ch_apple_mail_reply, 4),
    ("thunderbird_reply", ch_thunderbird_reply, 3),
    ("email_forward", ch_email_forward, 4),
    ("email_cc", ch_email_cc, 4),
    ("ticket_tag_email", ch_ticket_tag_email, 4),
    ("mobile_email", ch_mobile_email, 3),
    # helpdesk exports (~32%)
    ("zendesk_export", ch_zendesk, 5),
    ("freshdesk_export", ch_freshdesk, 4),
    ("jira_sm_export", ch_jira_sm, 4),
    ("servicenow_export", ch_servicenow, 4),
    ("helpscout_export", ch_helpscout, 4),
    ("front_export", ch_front, 3),
    ("gorgias_export", ch_gorgias, 3),
    ("zoho_desk_export", ch_zoho_desk, 3),
    ("hubspot_export", ch_hubspot, 3),
    # other (~25%)
    ("call_notes", ch_call_notes, 4),
    ("call_transcript", ch_call_transcript, 4),
    ("live_chat", ch_live_chat, 5),
    ("app_store_review", ch_app_review, 4),
    ("nps_survey", ch_nps, 3),
    ("forum_post", ch_forum, 3),
    ("social_mention", ch_social, 3),
]
CH_NAMES = [x[0] for x in CHANNELS]
CH_FUNCS = [x[1] for x in CHANNELS]
CH_WEIGHTS = [x[2] for x in CHANNELS]
CH_CUM = []
_acc = 0
for _w in CH_WEIGHTS:
    _acc += _w
    CH_CUM.append(_acc)


def pick_channel(rng):
    x = rng.random() * CH_CUM[-1]
    for i, cw in enumerate(CH_CUM):
        if x < cw:
            return i
    return len(CH_CUM) - 1


# --------------------------------------------------------------------------
# request variants
# --------------------------------------------------------------------------
def case_variant(req, rng):
    x = rng.random()
    if x < 0.55:
        return req
    if x < 0.78:
        return req.lower()
    for i, ch in enumerate(req):
        if ch.isalpha():
            return req[:i] + ch.upper() + req[i + 1 :]
        if not ch.isspace():
            break
    return req


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def make_typo(req, rng):
    """One edit (sub/del/ins) inside an ASCII word of 4+ letters, not at index 0."""
    words = [m for m in re.finditer(r"(?<!\w)[A-Za-z]{4,}(?!\w)", req)]
    if not words:
        return None
    m = rng.choice(words)
    w = m.group()
    op = rng.choice(["sub", "sub", "del", "ins"])
    if op == "sub":
        i = rng.randint(1, len(w) - 1)
        choices = [ch for ch in LETTERS if ch != w[i].lower()]
        ch = rng.choice(choices)
        ch = ch.upper() if w[i].isupper() else ch
        nw = w[:i] + ch + w[i + 1 :]
    elif op == "del":
        i = rng.randint(1, len(w) - 1)
        nw = w[:i] + w[i + 1 :]
    else:
        i = rng.randint(1, len(w) - 1)
        ch = rng.choice(LETTERS)
        ch = ch.upper() if w[i - 1].isupper() and w[i : i + 1].isupper() else ch
        nw = w[:i] + ch + w[i:]
    if nw.lower() == w.lower():
        return None
    return req[: m.start()] + nw + req[m.end() :]


# --------------------------------------------------------------------------
# core
# --------------------------------------------------------------------------
class Wrapper:
    def __init__(self, requests, seed):
        self.requests = requests
        self.seed = seed
        self.req_tokens = [norm_tokens(r.strip()) for r in requests]
        self.trie = build_trie(self.req_tokens)
        # typo probability among eligible rows, so ~TYPO_RATE of wrapped rows
        elig = sum(
            1
            for r in requests
            if len(r.strip()) >= 8 and re.search(r"(?<!\w)[A-Za-z]{4,}(?!\w)", r.strip())
        )
        frac = elig / max(1, len(requests))
        self.typo_p = min(0.95, TYPO_RATE / frac) if frac > 0 else 0.0
        self.stats = Counter()
        self._ok = {}

    def okf(self, item):
        """Pool filter: True if the pool item holds no row's request."""
        v = self._ok.get(item)
        if v is None:
            s = " ".join(item) if isinstance(item, tuple) else str(item)
            v = not trie_matches(norm_tokens(s), self.trie)
            self._ok[item] = v
        return v

    def pick(self, rng, seq):
        good = [x for x in seq if self.okf(x)]
        return rng.choice(good or seq)

    def check(self, text, s, e, req_toks):
        """Validate one candidate; return None if OK else reason."""
        variant = text[s:e]
        if bounded_count(variant, text) != 1:
            return "variant_count"
        spans = tok_spans(text)
        toks = [t for t, _, _ in spans]
        a = b = None
        for k, (_, ts, te) in enumerate(spans):
            if ts >= s and a is None:
                a = k
            if te <= e:
                b = k + 1
        if a is None or b is None:
            return "span"
        for i, j in trie_matches(toks, self.trie):
            if i < a or j > b:
                return "collision"
        if len(fuzzy_windows(toks, req_toks)) != 1:
            return "near_duplicate"
        env = text[:s] + " \n " + text[e:]
        if LINT_RE.search(env):
            return "lint"
        return None

    def wrap_row(self, idx, sub_seed):
        req_raw = self.requests[idx]
        req = req_raw.strip()
        rng = random.Random(sub_seed)
        if rng.random() >= WRAP_RATE:
            return req_raw, "raw", None
        req_toks = self.req_tokens[idx]
        if not req_toks:
            self.stats["fallback_empty"] += 1
            return req_raw, "raw", "fallback"
        variant = case_variant(req, rng)
        typo = False
        if len(req) >= 8 and rng.random() < self.typo_p:
            tv = make_typo(variant, rng)
            if tv is not None:
                # the typo must not create another row's request
                tt = norm_tokens(tv)
                orig_m = {tuple(req_toks[i:j]) for i, j in trie_matches(req_toks, self.trie)}
                new_m = {tuple(tt[i:j]) for i, j in trie_matches(tt, self.trie)}
                if new_m <= orig_m and len(tt) == len(req_toks):
                    variant, typo = tv, True
        ci = pick_channel(rng)
        for attempt in range(MAX_ATTEMPTS):
            lean = attempt >= LEAN_AFTER
            if attempt >= SWITCH_AFTER:  # hard case: also vary the channel
                ci = pick_channel(rng)
            c = Ctx(random.Random(rng.getrandbits(64)), lean, self.okf)
            tmpl = CH_FUNCS[ci](c)
            assert tmpl.count(R) == 1, CH_NAMES[ci]
            lead = self.pick(rng, LEADS) if rng.random() < (LEAD_RATE if not lean else 0.0) else ""
            trail = ""
            if rng.random() < (TRAIL_RATE if not lean else 0.0):
                sep = " " if variant[-1:] in ".!?" else ". "
                trail = sep + self.pick(rng, TRAILS)
            pos = tmpl.index(R)
            text = tmpl[:pos] + lead + variant + trail + tmpl[pos + len(R) :]
            s = pos + len(lead)
            e = s + len(variant)
            why = self.check(text, s, e, req_toks)
            if why is None:
                self.stats["typo"] += typo
                self.stats["lead"] += bool(lead)
                self.stats["trail"] += bool(trail)
                self.stats["attempts_gt1"] += attempt > 0
                return text, CH_NAMES[ci], None
            self.stats["redraw_" + why] += 1
        self.stats["fallback_collision"] += 1
        return req_raw, "raw", "fallback"

    def run(self):
        master = random.Random(self.seed)
        seeds = [master.getrandbits(64) for _ in self.requests]
        out = []
        for i, sd in enumerate(seeds):
            text, ch, fb = self.wrap_row(i, sd)
            out.append((text, ch))
        return out


# --------------------------------------------------------------------------
# I/O and verification
# --------------------------------------------------------------------------
def read_src(path, text_col, label_col):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rd = csv.DictReader(fh)
        if text_col not in rd.fieldnames or label_col not in rd.fieldnames:
            sys.exit(f"error: columns {text_col!r}/{label_col!r} not in {rd.fieldnames}")
        rows = [(r[text_col] or "", r[label_col]) for r in rd]
    return rows


def render(rows, wrapped):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["text", "label", "channel"])
    for (_, label), (text, ch) in zip(rows, wrapped, strict=False):
        w.writerow([text, label, ch])
    return buf.getvalue()


def verify(src_rows, out_path, seed, trie_requests):
    fails = []
    with open(out_path, newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        out_rows = list(rd)
    if header != ["text", "label", "channel"]:
        fails.append(f"bad header {header}")
    if len(out_rows) != len(src_rows):
        fails.append(f"row count {len(out_rows)} != {len(src_rows)}")
    trie = build_trie([norm_tokens(r.strip()) for r in trie_requests])
    chans = Counter()
    ntypo = 0
    nwrapped = 0
    for k, ((src_text, src_label), row) in enumerate(zip(src_rows, out_rows, strict=False)):
        if len(row) != 3:
            fails.append(f"row {k}: {len(row)} fields")
            continue
        text, label, ch = row
        chans[ch] += 1
        if label != src_label:
            fails.append(f"row {k}: label changed")
        if ch == "raw":
            if text != src_text:
                fails.append(f"row {k}: raw row not verbatim")
            continue
        if ch not in CH_NAMES:
            fails.append(f"row {k}: unknown channel {ch}")
        nwrapped += 1
        req = src_text.strip()
        rt = norm_tokens(req)
        spans = tok_spans(text)
        toks = [t for t, _, _ in spans]
        wins = fuzzy_windows(toks, rt)
        if len(wins) != 1:
            fails.append(f"row {k}: request found {len(wins)} times (modulo typo)")
            continue
        i0, diff = wins[0]
        cs, ce = spans[i0][1], spans[i0 + len(rt) - 1][2]
        if diff < 0:
            if bounded_count(req, text) != 1:
                fails.append(f"row {k}: exact request not found exactly once")
                continue
            m = re.search(r"(?<!\w)" + re.escape(req) + r"(?!\w)", text, re.IGNORECASE)
            s, e = m.start(), m.end()
        else:
            ntypo += 1
            orig_w, new_w = rt[diff], toks[i0 + diff]
            if not (
                len(req) >= 8
                and re.fullmatch(r"[a-z]{4,}", orig_w)
                and new_w[0] == orig_w[0]
                and lev1(orig_w, new_w)
            ):
                fails.append(f"row {k}: typo breaks rules ({orig_w}->{new_w})")
                continue
            if bounded_count(req, text) != 0:
                fails.append(f"row {k}: typo row also has exact request")
            wm = list(WORD_RE.finditer(req))[diff]
            cand = req[: wm.start()] + spans[i0 + diff][0] + req[wm.end() :]
            if bounded_count(cand, text) != 1:
                fails.append(f"row {k}: typo variant not found exactly once")
                continue
            m = re.search(r"(?<!\w)" + re.escape(cand) + r"(?!\w)", text, re.IGNORECASE)
            s, e = m.start(), m.end()
        if not (s <= cs and ce <= e):
            fails.append(f"row {k}: span mismatch")
        for i, j in trie_matches(toks, trie):
            if i < i0 or j > i0 + len(rt):
                fails.append(f"row {k}: envelope contains a request {' '.join(toks[i:j])!r}")
                break
        env = text[:s] + " \n " + text[e:]
        lm = LINT_RE.search(env)
        if lm:
            fails.append(f"row {k}: request-like envelope text {lm.group()!r}")
    # regeneration
    w = Wrapper([t for t, _ in src_rows], seed)
    regen = render(src_rows, w.run())
    with open(out_path, newline="", encoding="utf-8") as fh:
        if fh.read() != regen:
            fails.append("regeneration differs from output file")
    return fails, chans, nwrapped, ntypo


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind wrapper #9")
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.time()
    rows = read_src(a.src, a.text_col, a.label_col)
    w = Wrapper([t for t, _ in rows], a.seed)
    wrapped = w.run()
    data = render(rows, wrapped)
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        fh.write(data)
    t1 = time.time()
    n = len(rows)
    nw = sum(1 for _, ch in wrapped if ch != "raw")
    fb = w.stats["fallback_collision"] + w.stats["fallback_empty"]
    print(
        f"wrote {a.out}: {n} rows, {nw} wrapped ({nw / max(1, n):.1%}), "
        f"{n - nw} raw (of which {fb} fallbacks: {w.stats['fallback_collision']} "
        f"collision, {w.stats['fallback_empty']} empty) in {t1 - t0:.2f}s",
        file=sys.stderr,
    )
    print(
        f"typo {w.stats['typo']} ({w.stats['typo'] / max(1, nw):.1%} of wrapped), "
        f"lead-in {w.stats['lead']}, trailing {w.stats['trail']}, "
        f"rows needing redraw {w.stats['attempts_gt1']}",
        file=sys.stderr,
    )
    redraws = {k: v for k, v in w.stats.items() if k.startswith("redraw_")}
    if redraws:
        print(
            "redraw reasons: " + ", ".join(f"{k[7:]}={v}" for k, v in sorted(redraws.items())),
            file=sys.stderr,
        )
    if a.verify:
        fails, chans, nwr, nty = verify(rows, a.out, a.seed, [t for t, _ in rows])
        print("per-channel counts:")
        for ch, cnt in sorted(chans.items(), key=lambda x: -x[1]):
            print(f"  {ch:20s} {cnt:6d}  {cnt / max(1, n):6.1%}")
        print(f"wrapped {nwr}, typo rows {nty}; verify time {time.time() - t1:.2f}s")
        if fails:
            print(f"VERIFY FAIL: {len(fails)} problem(s)")
            for f_ in fails[:30]:
                print("  " + f_)
            return 1
        print("VERIFY PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
