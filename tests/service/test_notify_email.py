"""The SMTP channel against a real aiosmtpd server: STARTTLS, implicit TLS, login."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from notify_peers import SmtpSink, free_port

from models.notifications import Channel
from service.core.settings import Settings
from service.notify.delivery import Delivery, DeliveryError
from service.notify.email import SmtpNotifier, build_message
from service.notify.tokens import make_token, unsubscribe_url, verify_token

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


@dataclass
class Tls:
    server: ssl.SSLContext
    client: ssl.SSLContext


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    """A throwaway self-signed certificate for 127.0.0.1."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    return Tls(server, ssl.create_default_context(cafile=str(cert)))


def authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"mailer",
        b"s3cret-pass",
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


def delivery(notification_id: int = 7) -> Delivery:
    return Delivery(
        notification_id=notification_id,
        status_change_id=3,
        workspace_id=1,
        requester_id=2,
        channel=Channel.email,
        recipient="ann@customer.test",
        subject="Shipped: Dark mode",
        body="Hi Ann,\n\nDark mode has shipped.",
        unsubscribe_url="https://fb.example.com/unsubscribe/1.2.sig",
    )


@pytest.fixture(params=["starttls", "ssl"])
def secure_server(request: pytest.FixtureRequest, tls: Tls) -> Iterator[tuple[str, SmtpSink]]:
    sink = SmtpSink()
    options: dict[str, Any] = {
        "authenticator": authenticator,
        "auth_require_tls": True,
    }
    if request.param == "starttls":
        options.update(tls_context=tls.server, require_starttls=True)
    else:  # the whole session is TLS; aiosmtpd's auth_require_tls only knows STARTTLS
        options.update(ssl_context=tls.server, auth_require_tls=False)
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port, **options)
    controller.start()
    yield request.param, sink
    controller.stop()


def settings_for(security: str, port: int, password: str = "s3cret-pass") -> Settings:
    return Settings(
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security=security,  # type: ignore[arg-type]
        smtp_username="mailer",
        smtp_password=password,
        smtp_timeout=5,
        mail_from="Throughline <noreply@fb.example.com>",
    )


def test_sends_over_tls_with_login(secure_server: tuple[str, SmtpSink], tls: Tls) -> None:
    security, sink = secure_server
    notifier = SmtpNotifier(settings_for(security, sink.port), ssl_context=tls.client)
    notifier.send(delivery(7))
    notifier.send(delivery(8))  # the same connection is reused
    notifier.close()
    assert sink.count == 2
    message = sink.messages[0]
    assert message["To"] == "ann@customer.test"
    assert message["Message-ID"] == "<throughline.n7.c3@fb.example.com>"
    assert message["List-Unsubscribe"] == "<https://fb.example.com/unsubscribe/1.2.sig>"


def test_wrong_password_is_a_retryable_failure(
    secure_server: tuple[str, SmtpSink], tls: Tls
) -> None:
    security, sink = secure_server
    notifier = SmtpNotifier(settings_for(security, sink.port, "wrong"), ssl_context=tls.client)
    with pytest.raises(DeliveryError) as failure:
        notifier.send(delivery())
    assert not failure.value.permanent and "Authentication" in str(failure.value)
    assert sink.count == 0


def test_an_untrusted_certificate_is_refused(secure_server: tuple[str, SmtpSink]) -> None:
    security, sink = secure_server
    notifier = SmtpNotifier(settings_for(security, sink.port))  # system trust store only
    with pytest.raises(DeliveryError, match="CERTIFICATE_VERIFY_FAILED|certificate"):
        notifier.send(delivery())
    assert sink.count == 0


def test_nothing_listening_is_a_retryable_failure() -> None:
    notifier = SmtpNotifier(settings_for("none", free_port()))
    with pytest.raises(DeliveryError) as failure:
        notifier.send(delivery())
    assert not failure.value.permanent


def test_message_without_unsubscribe_link_has_no_list_headers() -> None:
    plain = Delivery(**{**delivery().__dict__, "unsubscribe_url": None})
    message = build_message(plain, "noreply@fb.example.com")
    assert message["List-Unsubscribe"] is None and "unsubscribe" not in message.get_content()


def test_unsubscribe_tokens_are_signed() -> None:
    token = make_token("secret-a", 4, 91)
    assert verify_token("secret-a", token) is not None
    assert verify_token("secret-a", token).requester_id == 91  # type: ignore[union-attr]
    assert verify_token("secret-b", token) is None
    forged = token.replace("4.91.", "4.92.", 1)
    assert verify_token("secret-a", forged) is None
    assert verify_token("secret-a", "4.91") is None
    url = unsubscribe_url("https://fb.example.com/", "secret-a", 4, 91)
    assert url == f"https://fb.example.com/unsubscribe/{token}"
