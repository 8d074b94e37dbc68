"""The parts of people's sign-in that need no server: argon2id passwords, signed link tokens
(tamper, purpose, server secret) and the sign-in throttle (per address and per e-mail)."""

from __future__ import annotations

import pytest

from service.core.errors import InvalidInput, TooManyRequests
from service.http.throttle import SignInThrottle
from service.workspaces import links
from service.workspaces.passwords import check_new_password, hash_password, verify_password


def test_passwords_are_argon2id_hashes_that_verify_only_the_right_password() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$") and "correct" not in stored
    assert stored != hash_password("correct horse battery")  # salted
    assert verify_password(stored, "correct horse battery")
    assert not verify_password(stored, "correct horse battery ")
    assert not verify_password(None, "anything at all")  # unknown person: still a check
    assert not verify_password("not a hash", "anything at all")


def test_new_passwords_must_be_long_enough() -> None:
    with pytest.raises(InvalidInput) as short:
        check_new_password("short")
    assert short.value.code == "weak_password" and "10 characters" in short.value.detail
    assert check_new_password("ten chars!") == "ten chars!"


def test_link_tokens_fail_on_any_tampering_another_purpose_or_another_server() -> None:
    part = links.new_secret()
    token = links.make_token("server secret", "invite", 42, 1_900_000_000, part)
    assert links.read_token("server secret", "invite", token) == links.LinkToken(
        42, 1_900_000_000, part
    )
    token_id, expires, secret, signature = token.split(".")
    tampered = [
        f"43.{expires}.{secret}.{signature}",  # another row
        f"{token_id}.1999999999.{secret}.{signature}",  # a later expiry
        f"{token_id}.{expires}.{links.new_secret()}.{signature}",
        f"{token_id}.{expires}.{secret}.{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        token + "x",
        "",
    ]
    assert [links.read_token("server secret", "invite", t) for t in tampered] == [None] * 6
    assert links.read_token("server secret", "reset", token) is None
    assert links.read_token("another secret", "invite", token) is None


def test_sign_in_throttle_counts_per_e_mail_across_addresses_and_per_address() -> None:
    throttle = SignInThrottle(per_address=5, per_email=3, window=60)
    for n in range(3):
        throttle.check(f"10.0.0.{n}", "Ann@Example.com")
        throttle.failed(f"10.0.0.{n}", "Ann@Example.com")
    with pytest.raises(TooManyRequests) as refused:
        throttle.check("10.0.0.9", "ann@example.com")  # a fresh address, same person
    assert refused.value.code == "too_many_sign_ins"
    assert "for this e-mail; try again in" in refused.value.detail
    throttle.check("10.0.0.9", "bob@example.com")  # others are not locked out
    for n in range(5):
        throttle.failed("10.0.0.8", f"p{n}@example.com")
    with pytest.raises(TooManyRequests) as by_address:
        throttle.check("10.0.0.8", "new@example.com")
    assert "from this address" in by_address.value.detail
