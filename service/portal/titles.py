"""The one place the portal names an idea, so every page and answer shows the same public title
(point it at the PM-written public title once ideas carry one)."""

from __future__ import annotations

from models.tables import Idea


def public_title(idea: Idea) -> str:
    return idea.title
