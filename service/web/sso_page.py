"""Sign-in through an OpenID Connect provider: /sign-in/sso sends the browser there with a
fresh state, nonce and PKCE verifier kept in a signed, short-lived cookie; the callback checks
the state, trades the code, verifies the ID token and signs in the person with that e-mail."""

from __future__ import annotations

import hmac

from fastapi import Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from service.core.errors import DomainError, NotFound, TooManyRequests, Unauthorized
from service.core.settings import Settings
from service.http.deps import ContextDep, SessionDep
from service.http.throttle import SignInThrottle
from service.web.pages import page_router, see_other
from service.web.session import (
    safe_next,
    seal,
    secret_of,
    secure_cookies,
    start_person_session,
    unseal,
)
from service.web.signin import sign_in_form
from service.workspaces import people, sso

router = page_router()

SSO_COOKIE = "tl_sso"
SSO_SECONDS = 600


def _redirect_uri(settings: Settings) -> str:
    return settings.public_url.rstrip("/") + "/sign-in/sso/callback"


def _configured(settings: Settings) -> None:
    if not (settings.oidc_issuer and settings.oidc_client_id):
        raise NotFound("Single sign-on is not set up on this server.", code="sso_not_configured")


@router.get("/sign-in/sso")
def start(request: Request, context: ContextDep, next: str = "/ideas") -> Response:
    settings = context.settings
    _configured(settings)
    provider = sso.discover(settings.oidc_issuer)
    url, attempt = sso.begin(provider, settings.oidc_client_id, _redirect_uri(settings))
    kept = {"s": attempt.state, "n": attempt.nonce, "v": attempt.verifier, "next": safe_next(next)}
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(
        SSO_COOKIE,
        seal(secret_of(request), "sso", kept),
        max_age=SSO_SECONDS,
        path="/sign-in/sso",
        httponly=True,
        samesite="lax",  # sent on the provider's top-level redirect back to us
        secure=secure_cookies(request),
    )
    return response


@router.get("/sign-in/sso/callback")
def callback(
    request: Request,
    context: ContextDep,
    session: SessionDep,
    code: str = "",
    state: str = "",
    error: str = "",
) -> Response:
    """Back from the provider: only the browser that started this sign-in may finish it."""
    settings = context.settings
    _configured(settings)
    kept = unseal(secret_of(request), "sso", request.cookies.get(SSO_COOKIE)) or {}
    next_path = safe_next(str(kept.get("next", "/ideas")))
    throttle: SignInThrottle = request.app.state.sign_in_throttle
    address = request.client.host if request.client else "unknown"
    try:
        throttle.check(address, "")
        if error or not code:
            raise Unauthorized(f"The provider said: {error or 'no code'}.", code="sso_failed")
        if not kept or not hmac.compare_digest(state.encode(), str(kept.get("s", "")).encode()):
            raise Unauthorized(
                "This sign-in was not started here, or took too long.", code="sso_failed"
            )
        attempt = sso.Attempt(str(kept["s"]), str(kept["n"]), str(kept["v"]))
        provider = sso.discover(settings.oidc_issuer)
        email = sso.finish(
            provider,
            settings.oidc_client_id,
            settings.oidc_client_secret,
            _redirect_uri(settings),
            code,
            attempt,
        )
        person = people.find(session, email)
        workspace_id = people.home_workspace(session, person) if person else None
        if person is None or workspace_id is None:
            raise Unauthorized(
                f"{email} is not in any workspace here; ask an admin to invite you.",
                code="sso_unknown_person",
            )
    except TooManyRequests as exc:
        return sign_in_form(request, next_path, exc.detail, 429)
    except DomainError as exc:
        throttle.failed(address, "")
        return _refused(request, next_path, exc.detail, exc.status)
    response = see_other(request, next_path)
    start_person_session(response, request, person, workspace_id)
    response.delete_cookie(SSO_COOKIE, path="/sign-in/sso")
    return response


def _refused(request: Request, next_path: str, detail: str, status: int) -> Response:
    response = sign_in_form(request, next_path, detail, status)
    response.delete_cookie(SSO_COOKIE, path="/sign-in/sso")
    return response
