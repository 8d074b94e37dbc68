"""What the customer portal and its PM side send and receive: public ideas (titles, statuses
and vote counts only: no e-mails, accounts or revenue), posts, votes, comments, moderation."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints

from models.schemas import FeedbackText, IdeaStatus, Schema, ShortStr, _check_text

MAX_PORTAL_TEXT = 2000  # a customer's request; longer belongs in a support ticket
MAX_COMMENT = 1000

PortalText = Annotated[
    str,
    StringConstraints(max_length=MAX_PORTAL_TEXT),
    AfterValidator(_check_text),
    Field(description=f"The request, 1 to {MAX_PORTAL_TEXT} characters."),
]
CommentText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_COMMENT),
    AfterValidator(_check_text),
]
# Hidden from people by the page; a bot that fills every field fills this one too.
Honeypot = Annotated[str, Field(default="", max_length=200, description="Leave empty.")]


class PostState(StrEnum):
    ingested = "ingested"  # stored as feedback and decided like any other channel
    pending = "pending"  # anonymous: waits for a PM in the moderation queue
    approved = "approved"
    rejected = "rejected"


class PortalSettingsRead(Schema):
    enabled: bool = Field(description="Serve the portal at /portal/{workspace}.")
    allow_anonymous: bool = Field(description="Accept posts without identity (moderated).")
    secret: str = Field(description="Signs the identity tokens your product issues.")
    url: str


class PortalSettingsUpdate(Schema):
    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    allow_anonymous: bool | None = None
    rotate_secret: bool = Field(default=False, description="Issue a new secret; old tokens stop.")


class PublicIdea(Schema):
    """An idea as a customer sees it."""

    id: int
    title: str
    status: IdeaStatus
    votes: int = Field(description="Unique people who asked for it.")


class Suggestion(PublicIdea):
    score: float = Field(description="Similarity of the draft to the idea, 0 to 1.")


class SuggestRequest(Schema):
    model_config = ConfigDict(extra="forbid")

    text: FeedbackText


class SuggestResult(Schema):
    suggestions: list[Suggestion]
    likely_duplicate: bool = Field(description="The best suggestion is very probably the same.")


class PortalPostCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    text: PortalText
    website: Honeypot


class PortalPostResult(Schema):
    state: PostState
    idea: PublicIdea | None = Field(description="The idea the request joined or started.")


class VoteCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    comment: CommentText | None = None
    website: Honeypot


class VoteResult(Schema):
    idea: PublicIdea
    new_vote: bool = Field(description="False when this person had already voted.")


class CommentCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    body: CommentText
    website: Honeypot


class CommentRead(Schema):
    id: int
    author: str = Field(description="The commenter's name, never their e-mail.")
    body: str
    created_at: datetime


class PortalIdeaDetail(PublicIdea):
    comments: list[CommentRead]


class ChangelogEntry(Schema):
    id: int
    title: str
    shipped_at: datetime | None
    note: str | None


class PortalBoard(Schema):
    workspace: str
    planned: list[PublicIdea]
    in_progress: list[PublicIdea]
    shipped: list[PublicIdea]
    changelog: list[ChangelogEntry]


class SignInRequest(Schema):
    model_config = ConfigDict(extra="forbid")

    email: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=320)]
    name: ShortStr | None = None
    website: Honeypot


class VisitorRead(Schema):
    email: str
    name: str | None
    via: str = Field(description="token (from your product) or link (e-mailed)")


class ModerationPost(Schema):
    id: int
    text: str
    state: PostState
    created_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    item_id: int | None


class ModerationPage(Schema):
    items: list[ModerationPost]
    total: int
