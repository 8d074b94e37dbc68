"""The one place the portal names an idea: the PM's public title when there is one, as on the
roadmap and in ship e-mails (`service.ideas.public`)."""

from __future__ import annotations

from models.tables import Idea
from service.ideas import public


def public_title(idea: Idea) -> str:
    return public.public_title(idea)
