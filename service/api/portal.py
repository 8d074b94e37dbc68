"""The customer portal's JSON: public routes under /api/v1/portal/{workspace} (identity from a
host token or the magic-link cookie, POSTs carry X-Portal-Csrf), and the PM's settings and
moderation queue with an API key."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from models.portal import (
    CommentCreate,
    CommentRead,
    ModerationPage,
    ModerationPost,
    PortalBoard,
    PortalIdeaDetail,
    PortalPostCreate,
    PortalPostResult,
    PortalSettingsRead,
    PortalSettingsUpdate,
    PostState,
    SignInRequest,
    SuggestRequest,
    SuggestResult,
    VisitorRead,
    VoteCreate,
    VoteResult,
)
from models.schemas import Problem
from service.core.errors import InvalidInput
from service.http.deps import (
    ActorDep,
    AdminWorkspaceDep,
    ContextDep,
    ReaderWorkspaceDep,
    SessionDep,
)
from service.http.portal_deps import (
    ACTIONS_BY_ADDRESS,
    MAILS_BY_ADDRESS,
    POSTS_BY_ADDRESS,
    SUGGESTIONS_BY_ADDRESS,
    LimitsDep,
    Portal,
    PortalDep,
    PostingPortalDep,
    signed_in,
)
from service.portal import board, config, moderation, participation
from service.portal.identity import Visitor, check_email
from service.portal.limits import PortalLimits
from service.portal.mail import send_sign_in_link
from service.portal.suggest import suggest

router = APIRouter(tags=["portal"])
PUBLIC = "/portal/{workspace}"


def _problem(description: str) -> dict[str, Any]:
    schema = Problem.model_json_schema()
    return {"description": description, "content": {"application/problem+json": {"schema": schema}}}


LIMITED: dict[int | str, dict[str, Any]] = {
    429: _problem("Too many posts, votes or look-ups from this address or person.")
}


@router.get(f"{PUBLIC}/board", response_model=PortalBoard)
def portal_board(portal: PortalDep, session: SessionDep) -> PortalBoard:
    """Planned, in-progress and shipped ideas and the changelog (404 unless the portal is on)."""
    return board.board(session, portal.workspace)


@router.get(f"{PUBLIC}/ideas/{{idea_id}}", response_model=PortalIdeaDetail)
def portal_idea(idea_id: int, portal: PortalDep, session: SessionDep) -> PortalIdeaDetail:
    return board.idea_detail(session, portal.workspace.id, idea_id)


@router.get(f"{PUBLIC}/me", response_model=VisitorRead)
def portal_me(portal: PortalDep) -> VisitorRead:
    """Who the portal takes the caller for (401 portal_sign_in_required when nobody; a forged
    or expired X-Portal-Token is 401 invalid_portal_token or expired_portal_token)."""
    visitor = signed_in(portal)
    return VisitorRead(email=visitor.email, name=visitor.name, via=visitor.via)


@router.post(
    f"{PUBLIC}/suggestions",
    response_model=SuggestResult,
    responses=LIMITED,
    dependencies=[SUGGESTIONS_BY_ADDRESS],
)
def portal_suggestions(
    body: SuggestRequest,
    portal: PostingPortalDep,
    context: ContextDep,
    session: SessionDep,
) -> SuggestResult:
    """The existing ideas a draft most likely duplicates, as the customer types."""
    return suggest(session, context.ingestor, portal.workspace.id, body.text)


@router.post(
    f"{PUBLIC}/posts",
    response_model=PortalPostResult,
    status_code=status.HTTP_201_CREATED,
    responses={202: {"description": "Anonymous: waiting for moderation."}, **LIMITED},
    dependencies=[POSTS_BY_ADDRESS],
)
def portal_post(
    body: PortalPostCreate,
    limits: LimitsDep,
    portal: PostingPortalDep,
    context: ContextDep,
    session: SessionDep,
    response: Response,
) -> PortalPostResult:
    """Post a request: 201 when it was ingested (with the idea it joined or started), 202 when
    anonymous and queued for a PM."""
    if portal.visitor is not None:
        limits.posts_per_person.hit(portal.visitor.email, "posts")
    if body.website:  # the honeypot: answered like a queued post, stored nowhere
        response.status_code = status.HTTP_202_ACCEPTED
        return PortalPostResult(state=PostState.pending, idea=None)
    with participation.posting(
        session, context.ingestor, portal.workspace, portal.settings, portal.visitor, body.text
    ) as result:
        session.commit()  # under the workspace lock: the next decision sees this item
    if result.state == PostState.pending:
        response.status_code = status.HTTP_202_ACCEPTED
    return result


def _acting(portal: Portal, limits: PortalLimits) -> Visitor:
    """The signed-in visitor, counted against their own limit."""
    visitor = signed_in(portal)
    limits.actions_per_person.hit(visitor.email, "actions")
    return visitor


@router.post(
    f"{PUBLIC}/ideas/{{idea_id}}/votes",
    response_model=VoteResult,
    responses={201: {"description": "A new vote.", "model": VoteResult}, **LIMITED},
    dependencies=[ACTIONS_BY_ADDRESS],
)
def portal_vote(
    idea_id: int,
    body: VoteCreate,
    limits: LimitsDep,
    portal: PostingPortalDep,
    session: SessionDep,
    response: Response,
) -> VoteResult:
    """Vote "me too": the visitor becomes a requester of the idea (201; 200 if they had)."""
    visitor = _acting(portal, limits)
    if body.website:
        raise _honeypot()
    result = participation.vote(session, portal.workspace.id, idea_id, visitor, body.comment)
    response.status_code = status.HTTP_201_CREATED if result.new_vote else status.HTTP_200_OK
    return result


@router.post(
    f"{PUBLIC}/ideas/{{idea_id}}/comments",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    responses=LIMITED,
    dependencies=[ACTIONS_BY_ADDRESS],
)
def portal_comment(
    idea_id: int,
    body: CommentCreate,
    limits: LimitsDep,
    portal: PostingPortalDep,
    session: SessionDep,
) -> CommentRead:
    visitor = _acting(portal, limits)
    if body.website:
        raise _honeypot()
    return participation.comment(session, portal.workspace.id, idea_id, visitor, body.body)


@router.post(
    f"{PUBLIC}/ideas/{{idea_id}}/subscription",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=LIMITED,
    dependencies=[ACTIONS_BY_ADDRESS],
)
def portal_subscribe(
    idea_id: int,
    limits: LimitsDep,
    portal: PostingPortalDep,
    session: SessionDep,
) -> Response:
    """E-mail me when this idea changes status (without counting as a request)."""
    visitor = _acting(portal, limits)
    participation.subscribe(session, portal.workspace.id, idea_id, visitor)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    f"{PUBLIC}/ideas/{{idea_id}}/subscription",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=LIMITED,
    dependencies=[ACTIONS_BY_ADDRESS],
)
def portal_unsubscribe(
    idea_id: int,
    limits: LimitsDep,
    portal: PostingPortalDep,
    session: SessionDep,
) -> Response:
    visitor = _acting(portal, limits)
    participation.unsubscribe(session, portal.workspace.id, idea_id, visitor)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    f"{PUBLIC}/sign-in",
    status_code=status.HTTP_202_ACCEPTED,
    responses={503: _problem("The mail server did not take the e-mail."), **LIMITED},
    dependencies=[MAILS_BY_ADDRESS],
)
def portal_sign_in(
    body: SignInRequest,
    limits: LimitsDep,
    portal: PostingPortalDep,
    context: ContextDep,
) -> Response:
    """E-mail a sign-in link (valid 30 minutes) to the address."""
    email = check_email(body.email)
    limits.mails_per_person.hit(email, "sign-in e-mails")
    if not body.website:
        visitor = Visitor(email=email, name=body.name, via="link")
        send_sign_in_link(context.settings, portal.workspace, visitor)
    return Response(status_code=status.HTTP_202_ACCEPTED)


def _honeypot() -> InvalidInput:
    return InvalidInput("The form was not filled in by a person.", code="honeypot")


# The PM side: an API key of the workspace.


@router.get("/portal-settings", response_model=PortalSettingsRead)
def read_portal_settings(
    workspace: AdminWorkspaceDep, context: ContextDep, session: SessionDep
) -> PortalSettingsRead:
    """Whether the portal is on, anonymous posts, and the secret that signs identity tokens."""
    return config.read(session, workspace, context.settings.public_url)


@router.patch("/portal-settings", response_model=PortalSettingsRead)
def update_portal_settings(
    body: PortalSettingsUpdate,
    workspace: AdminWorkspaceDep,
    context: ContextDep,
    session: SessionDep,
) -> PortalSettingsRead:
    return config.update(session, workspace, body, context.settings.public_url)


@router.get("/portal-posts", response_model=ModerationPage)
def portal_posts(
    workspace: ReaderWorkspaceDep,
    session: SessionDep,
    state: PostState = PostState.pending,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ModerationPage:
    """The moderation queue of anonymous posts (pending first by default)."""
    return moderation.queue(session, workspace.id, state, limit, offset)


@router.post("/portal-posts/{post_id}/approve", response_model=ModerationPost)
def approve_post(
    post_id: int,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    context: ContextDep,
    session: SessionDep,
) -> ModerationPost:
    """Approve: the post enters the normal ingest path (source portal)."""
    with moderation.approving(session, context.ingestor, workspace, post_id, actor) as post:
        session.commit()
    return post


@router.post("/portal-posts/{post_id}/reject", response_model=ModerationPost)
def reject_post(
    post_id: int, workspace: ReaderWorkspaceDep, actor: ActorDep, session: SessionDep
) -> ModerationPost:
    return moderation.reject(session, workspace.id, post_id, actor)
