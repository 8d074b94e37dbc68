"""Types for people who sign in: roles in a workspace and what the pages, CLI and API show."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from models.schemas import Schema


class PersonRole(StrEnum):
    """A person's role in a workspace. `admin` and `member` mean what they mean for API keys
    (models.schemas.Role); a `viewer` reads every page but changes nothing."""

    admin = "admin"
    member = "member"
    viewer = "viewer"


class MemberRead(Schema):
    id: int
    email: str
    name: str
    role: PersonRole
    created_at: datetime
    has_password: bool


class InvitationRead(Schema):
    id: int
    email: str
    workspace: str
    role: PersonRole
    expires_at: datetime


class OwnedKeyRead(Schema):
    """An API key with whom it belongs to: a person (by name) or an integration's label."""

    id: int
    prefix: str
    role: str
    created_at: datetime
    revoked_at: datetime | None
    person_id: int | None
    owner: str
