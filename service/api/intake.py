"""Public intake endpoints: no API key, each request checked against its channel's secret in
the sender's own signing scheme, rate-limited per address. The workspace is in the path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Header, Request, Response, status

from models.channels import ChannelKind, DeliveryStatus, IntakeResult
from models.schemas import FeedbackCreate
from service.core.errors import DomainError
from service.http.deps import ContextDep, SessionDep
from service.http.rate_limit import limit_by_address
from service.intake import signatures, slack
from service.intake.channels import OpenChannel, open_channel
from service.intake.intercom import intercom_item
from service.intake.receive import ignored, record_rejection, taking
from service.intake.webhook import webhook_item
from service.intake.zendesk import zendesk_item

router = APIRouter(prefix="/intake", tags=["intake"], dependencies=[Depends(limit_by_address)])

NOT_FEEDBACK = {
    ChannelKind.intercom: "Not a conversation with the product-feedback tag.",
    ChannelKind.zendesk: "The ticket does not carry the product-feedback tag.",
    ChannelKind.slack: "No text after the command.",
}
ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"description": "Received before (same message id), or valid but not feedback."},
    201: {"description": "Stored as a new item.", "model": IntakeResult},
}


async def raw_body(request: Request) -> bytes:
    """The exact bytes the sender signed."""
    return await request.body()


BodyDep = Annotated[bytes, Depends(raw_body)]


def _receive(
    context: ContextDep,
    session: SessionDep,
    workspace: str,
    kind: ChannelKind,
    check: Callable[[OpenChannel], FeedbackCreate | None],
    response: Response,
) -> IntakeResult:
    """Open the channel, verify and read the delivery, and ingest it; a refusal is logged."""
    channel = open_channel(session, workspace, kind)
    try:
        item = check(channel)
    except DomainError as exc:
        workspace_id = channel.workspace.id
        session.rollback()
        record_rejection(context.factory, workspace_id, kind, f"{exc.code}: {exc.detail}")
        raise
    if item is None:
        result = ignored(session, channel.workspace.id, kind, NOT_FEEDBACK.get(kind, "Ignored."))
        session.commit()
        return result
    with taking(session, context.ingestor, channel.workspace, kind, item) as result:
        session.commit()  # under the workspace lock: the next decision sees this item
    if result.status != DeliveryStatus.repeat:
        response.status_code = status.HTTP_201_CREATED
    return result


@router.post("/{workspace}/webhook", response_model=IntakeResult, responses=ANSWERS)
def generic_webhook(
    workspace: str,
    body: BodyDep,
    context: ContextDep,
    session: SessionDep,
    response: Response,
    signature: Annotated[str | None, Header(alias=signatures.WEBHOOK_SIGNATURE)] = None,
    timestamp: Annotated[str | None, Header(alias=signatures.WEBHOOK_TIMESTAMP)] = None,
) -> IntakeResult:
    """Any tool: a JSON message signed with `sha256=` + hex HMAC-SHA256 of `{timestamp}.{body}`
    under the channel's secret; the timestamp (Unix seconds) must be within 5 minutes.

    Idempotent on the message `id`: a repeat answers 200 with the stored outcome."""

    def check(channel: OpenChannel) -> FeedbackCreate:
        signatures.verify_webhook(channel.secret, timestamp, signature, body)
        return webhook_item(body)

    return _receive(context, session, workspace, ChannelKind.webhook, check, response)


def _slack(
    workspace: str,
    body: bytes,
    context: ContextDep,
    session: SessionDep,
    signature: str | None,
    timestamp: str | None,
    read: Callable[[bytes], slack.SlackRequest],
) -> tuple[dict[str, Any], str | None]:
    """The ephemeral answer, and the response_url of the verified request."""
    request: list[slack.SlackRequest] = []

    def check(channel: OpenChannel) -> FeedbackCreate | None:
        signatures.verify_slack(channel.secret, timestamp, signature, body)
        request.append(read(body))
        return request[0].item

    result = _receive(context, session, workspace, ChannelKind.slack, check, Response())
    answer = slack.slack_answer(None if result.status == DeliveryStatus.ignored else result)
    return answer, request[0].response_url


SlackSignature = Annotated[str | None, Header(alias="X-Slack-Signature")]
SlackTimestamp = Annotated[str | None, Header(alias="X-Slack-Request-Timestamp")]


@router.post("/{workspace}/slack/commands")
def slack_command(
    workspace: str,
    body: BodyDep,
    context: ContextDep,
    session: SessionDep,
    signature: SlackSignature = None,
    timestamp: SlackTimestamp = None,
) -> dict[str, Any]:
    """Slack's slash command request (`/throughline <text>`), signed with Slack's v0 scheme;
    the answer is an ephemeral Slack message saying what happened."""
    if slack.is_ssl_check(body):  # Slack checking our certificate: nothing to verify or store
        return {}
    read = slack.command_request
    answer, _ = _slack(workspace, body, context, session, signature, timestamp, read)
    return answer


@router.post("/{workspace}/slack/interactive")
def slack_shortcut(
    workspace: str,
    body: BodyDep,
    context: ContextDep,
    session: SessionDep,
    background: BackgroundTasks,
    signature: SlackSignature = None,
    timestamp: SlackTimestamp = None,
) -> dict[str, Any]:
    """Slack's interactivity request for the "Send to Throughline" message shortcut; one item
    per Slack message, however often it is sent. Slack shows a shortcut's answer only through
    the response_url, so the ephemeral message goes there once this request is answered."""
    read = slack.shortcut_request
    answer, response_url = _slack(workspace, body, context, session, signature, timestamp, read)
    if response_url:
        background.add_task(slack.post_response, response_url, answer)
    return answer


@router.post("/{workspace}/intercom", response_model=IntakeResult, responses=ANSWERS)
def intercom_webhook(
    workspace: str,
    body: BodyDep,
    context: ContextDep,
    session: SessionDep,
    response: Response,
    signature: Annotated[str | None, Header(alias="X-Hub-Signature")] = None,
) -> IntakeResult:
    """An Intercom webhook notification (`sha1=` HMAC of the body with the client secret); a
    conversation with the channel's tag becomes an item, idempotent on the conversation id."""

    def check(channel: OpenChannel) -> FeedbackCreate | None:
        signatures.verify_intercom(channel.secret, signature, body)
        return intercom_item(body, channel.tag)

    return _receive(context, session, workspace, ChannelKind.intercom, check, response)


@router.post("/{workspace}/zendesk", response_model=IntakeResult, responses=ANSWERS)
def zendesk_webhook(
    workspace: str,
    body: BodyDep,
    context: ContextDep,
    session: SessionDep,
    response: Response,
    signature: Annotated[str | None, Header(alias="X-Zendesk-Webhook-Signature")] = None,
    timestamp: Annotated[str | None, Header(alias="X-Zendesk-Webhook-Signature-Timestamp")] = None,
) -> IntakeResult:
    """A Zendesk webhook (base64 HMAC-SHA256 of timestamp + body); a ticket with the channel's
    tag becomes an item, idempotent on the ticket id."""

    def check(channel: OpenChannel) -> FeedbackCreate | None:
        signatures.verify_zendesk(channel.secret, timestamp, signature, body)
        return zendesk_item(body, channel.tag)

    return _receive(context, session, workspace, ChannelKind.zendesk, check, response)
