"""What the public sees of an idea: the PM's title and description instead of the customer
quote the idea was named after. Every public surface (roadmap, ship e-mails, report, the
customer portal) asks here, so a PM's wording wins everywhere at once."""

from __future__ import annotations

from collections.abc import Iterable

from markdown_it import MarkdownIt
from markupsafe import Markup
from sqlalchemy.orm import Session, object_session

from models.tables import Idea
from service.ideas import shape_store

# "js-default": raw HTML in the text is escaped and unsafe link schemes are refused.
_MARKDOWN = MarkdownIt("js-default", {"linkify": False, "typographer": False})


def public_title(idea: Idea) -> str:
    """The idea's title for people outside the team: the PM's title, else the automatic one."""
    session = object_session(idea)
    shape = shape_store.shape_of(session, idea.id) if session is not None else None
    return shape.title if shape is not None and shape.title else idea.title


def public_titles(session: Session, ideas: Iterable[Idea]) -> dict[int, str]:
    """`public_title` for many ideas with one query."""
    listed = list(ideas)
    shapes = shape_store.shapes_of(session, [i.id for i in listed])
    return {i.id: (shapes[i.id].title or i.title) if i.id in shapes else i.title for i in listed}


def public_description(session: Session, idea_id: int) -> str | None:
    """The PM's public Markdown description, if any."""
    shape = shape_store.shape_of(session, idea_id)
    return shape.description if shape is not None and shape.description else None


def render_markdown(text: str | None) -> Markup:
    """Markdown to HTML that is safe to put in a page: any HTML in the source is escaped."""
    return Markup(_MARKDOWN.render(text or ""))  # noqa: S704  (markdown-it escapes raw HTML)
