"""OpenID Connect sign-in: the authorization code flow with PKCE (RFC 7636), the provider
found through its discovery document, and the ID token's signature, issuer, audience, expiry
and nonce checked before its e-mail is trusted. Only people already in a workspace get in."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt

from service.core.errors import Unauthorized

ALGORITHMS = ["RS256", "ES256", "PS256"]
TIMEOUT = 10.0


@dataclass(frozen=True)
class Provider:
    """What the discovery document says about the provider."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str


@dataclass(frozen=True)
class Attempt:
    """One sign-in in flight: kept (signed) in the browser until the provider sends it back."""

    state: str
    nonce: str
    verifier: str


def _failed(detail: str) -> Unauthorized:
    return Unauthorized(f"Single sign-on failed: {detail}", code="sso_failed")


def discover(issuer: str) -> Provider:
    """Read `<issuer>/.well-known/openid-configuration`; its issuer must be the one configured."""
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        answer = httpx.get(url, timeout=TIMEOUT)
        answer.raise_for_status()
        document: dict[str, Any] = answer.json()
        provider = Provider(
            issuer=str(document["issuer"]),
            authorization_endpoint=str(document["authorization_endpoint"]),
            token_endpoint=str(document["token_endpoint"]),
            jwks_uri=str(document["jwks_uri"]),
        )
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        raise _failed(f"the provider's discovery document could not be read ({exc}).") from exc
    if provider.issuer.rstrip("/") != issuer.rstrip("/"):
        raise _failed("the discovery document names another issuer.")
    return provider


def begin(provider: Provider, client_id: str, redirect_uri: str) -> tuple[str, Attempt]:
    """The provider URL to send the browser to, and what to keep until it comes back."""
    attempt = Attempt(
        secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48)
    )
    challenge = base64.urlsafe_b64encode(hashlib.sha256(attempt.verifier.encode()).digest())
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": "openid email profile",
        "state": attempt.state,
        "nonce": attempt.nonce,
        "code_challenge": challenge.rstrip(b"=").decode(),
        "code_challenge_method": "S256",
    }
    return f"{provider.authorization_endpoint}?{urlencode(query)}", attempt


def finish(
    provider: Provider,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    code: str,
    attempt: Attempt,
) -> str:
    """Trade the code for tokens and return the verified e-mail of the ID token."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": client_id,
        "code_verifier": attempt.verifier,
    }
    auth = (client_id, client_secret) if client_secret else None
    try:
        answer = httpx.post(provider.token_endpoint, data=form, auth=auth, timeout=TIMEOUT)
        answer.raise_for_status()
        id_token = str(answer.json()["id_token"])
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        raise _failed(f"the provider did not give an ID token ({exc}).") from exc
    claims = verify_id_token(provider, client_id, id_token, attempt.nonce)
    email = claims.get("email")
    if not isinstance(email, str) or claims.get("email_verified") is False:
        raise _failed("the provider did not vouch for an e-mail address.")
    return email


def verify_id_token(provider: Provider, client_id: str, token: str, nonce: str) -> dict[str, Any]:
    """The token's claims if its signature checks against the provider's published keys and
    it is for us, from the issuer, unexpired and carries our nonce."""
    try:
        key = jwt.PyJWKClient(provider.jwks_uri, timeout=int(TIMEOUT)).get_signing_key_from_jwt(
            token
        )
        claims: dict[str, Any] = jwt.decode(
            token,
            key.key,
            algorithms=ALGORITHMS,
            audience=client_id,
            issuer=provider.issuer,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            leeway=60,
        )
    except jwt.PyJWTError as exc:
        raise _failed(f"the ID token did not verify ({exc}).") from exc
    if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
        raise _failed("the ID token was not issued for this sign-in.")
    return claims
