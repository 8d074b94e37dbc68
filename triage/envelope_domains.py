"""Which mail domains are the company's own, learned from the workspace's e-mail headers.

A quoted or forwarded message's From and To say whose message it is, but only where one side
is a shared mailbox (support@, info@). A colleague forwarding a customer's mail from their own
address (astrid@vireo-mobile.de) says nothing by its words. Across a workspace, though, the
company's domain is the one every customer writes to: it stands beside many different domains
in the header lines of many items, while a customer's domain stands beside the company's alone
(and a free-mail domain such as gmail.com beside the few companies its users write to), and
only the company's has shared mailboxes (support@, no-reply@) in those headers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from triage import envelope_rules as r

__all__ = ["address_domain", "learn_company_domains"]

_ADDRESS = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
# a domain beside this many others is the company's; a customer's stands beside one or two
MIN_PARTNERS = 20
# and beside at least this share of the most-connected domain's partners (several of the
# company's domains, not a free-mail domain many customers use)
PARTNER_SHARE = 0.5
_HEADERS = ("from", "to", "cc")
# mail providers anyone signs up to: a company's staff do not write from them
_FREE_MAIL = re.compile(
    r"^(?:g(?:oogle)?mail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web"
    r"|t-online|proton(?:mail)?|pm|orange|free|wanadoo|laposte|sfr|libero|virgilio|tiscali|wp"
    r"|o2|onet|interia|sapo|telia|ziggo|kpnmail|yandex|mail|zoho|fastmail|tutanota|posteo"
    r"|freenet|seznam|bluewin|hey)\.",
    re.IGNORECASE,
)


def address_domain(value: str) -> str | None:
    """The domain of the first address in a header value, lowercased."""
    m = _ADDRESS.search(value)
    return m["domain"].lower() if m else None


def _header_domains(text: str, shared: set[str]) -> set[str]:
    """The domains named in a text's From/To/Cc header lines; adds to ``shared`` those named
    with a shared mailbox (support@, no-reply@)."""
    found: set[str] = set()
    for line in text.splitlines():
        m = r.HEADER_FIELD.match(line)
        if m and r.header_name(m["field"]) in _HEADERS:
            for address in _ADDRESS.finditer(m["value"]):
                domain = address["domain"].lower()
                found.add(domain)
                if r.ROLE_MAILBOX.search(address[0]) or r.AUTOMATED_SENDER.search(address[0]):
                    shared.add(domain)
    return found


def learn_company_domains(texts: Iterable[str]) -> frozenset[str]:
    """The domains that stand beside at least MIN_PARTNERS other domains in the header lines
    of the texts, and beside PARTNER_SHARE as many as the most-connected one, and that have a
    shared mailbox (support@, no-reply@): an internet provider's domain many customers write
    from has partners too, but no one writes to its support@ about the company's product.
    Never a free-mail provider's."""
    partners: defaultdict[str, set[str]] = defaultdict(set)
    shared: set[str] = set()
    for text in texts:
        if "@" not in text:
            continue
        domains = _header_domains(text, shared)
        for domain in domains:
            partners[domain] |= domains - {domain}
    counts = {d: len(p) for d, p in partners.items() if not _FREE_MAIL.match(d)}
    if not counts:
        return frozenset()
    floor = max(MIN_PARTNERS, PARTNER_SHARE * max(counts.values()))
    return frozenset(d for d, n in counts.items() if n >= floor and d in shared)
