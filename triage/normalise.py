"""Text normalisation for exact-duplicate detection."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise(text: str) -> str:
    """Case-, accent-form-, punctuation- and whitespace-insensitive form of a text.

    "Please add dark mode!!" and "please add  dark mode" normalise alike, so a re-post with
    different casing or spacing is an exact duplicate.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: the exact-duplicate key stored with each item."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
