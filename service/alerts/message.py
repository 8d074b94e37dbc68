"""A digest as text: Slack mrkdwn for the webhook, plain text for e-mail (links in full)."""

from __future__ import annotations

from models.alerts import Digest


def _slack_escape(text: str) -> str:
    # Slack's mrkdwn reserves these three characters (its control sequences start with <).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _money(value: float) -> str:
    return f"${value:,.0f}"


def subject(digest: Digest) -> str:
    counts = (len(digest.surging), len(digest.high_value), len(digest.failed))
    return (
        f"Throughline digest for {digest.workspace}: {counts[0]} surging, "
        f"{counts[1]} high-MRR, {counts[2]} failed"
    )


def _period(digest: Digest) -> str:
    return f"{digest.since:%Y-%m-%d %H:%M} – {digest.until:%Y-%m-%d %H:%M} UTC"


def slack_text(digest: Digest, base_url: str) -> str:
    """mrkdwn: bold headings, bullets, <url|label> links."""
    base = base_url.rstrip("/")
    lines = [f"*Throughline digest · {_slack_escape(digest.workspace)}* ({_period(digest)})", ""]
    lines.append("*Surging ideas* (people in the last 7 days vs the weekly median before)")
    for s in digest.surging:
        link = f"<{base}/ideas/{s.idea_id}|{_slack_escape(s.title)}>"
        lines.append(f"• {link}: {s.recent} people this week (median {s.baseline:g}/week)")
    if not digest.surging:
        lines.append("_Nothing surged._")
    lines += ["", f"*New requests from accounts at {_money(digest.mrr_bar)} MRR or more*"]
    for r in digest.high_value:
        idea = (
            f" → <{base}/ideas/{r.idea_id}|{_slack_escape(r.idea_title or '')}>"
            if r.idea_id
            else ""
        )
        lines.append(
            f"• *{_slack_escape(r.account)}* ({_money(r.mrr)}){idea}: “{_slack_escape(r.text)}”"
        )
    if not digest.high_value:
        lines.append("_None._")
    lines += ["", "*Failed notification deliveries*"]
    for f in digest.failed:
        lines.append(
            f"• #{f.notification_id} {f.channel} to {_slack_escape(f.recipient)}: "
            f"{_slack_escape(f.error or 'failed')}"
        )
    if not digest.failed:
        lines.append("_None._")
    return "\n".join(lines)


def email_text(digest: Digest, base_url: str) -> str:
    base = base_url.rstrip("/")
    lines = [f"Throughline digest for {digest.workspace}", _period(digest), ""]
    lines.append("SURGING IDEAS (people in the last 7 days vs the weekly median before)")
    for s in digest.surging:
        lines.append(f"- {s.title}: {s.recent} people this week (median {s.baseline:g}/week)")
        lines.append(f"  {base}/ideas/{s.idea_id}")
    if not digest.surging:
        lines.append("Nothing surged.")
    lines += ["", f"NEW REQUESTS FROM ACCOUNTS AT {_money(digest.mrr_bar)} MRR OR MORE"]
    for r in digest.high_value:
        lines.append(f'- {r.account} ({_money(r.mrr)}): "{r.text}"')
        if r.idea_id:
            lines.append(f"  {r.idea_title} — {base}/ideas/{r.idea_id}")
    if not digest.high_value:
        lines.append("None.")
    lines += ["", "FAILED NOTIFICATION DELIVERIES"]
    for f in digest.failed:
        lines.append(f"- #{f.notification_id} {f.channel} to {f.recipient}: {f.error or 'failed'}")
    if not digest.failed:
        lines.append("None.")
    lines += ["", f"Change or stop this digest: {base}/settings/alerts"]
    return "\n".join(lines)
