"""Small inline SVG charts for the OKR pages: a score bar with the 0.7 success mark, a KR's
trajectory against its straight line, and a confidence trend. SVG attributes, not CSS, so the
pages keep their strict Content-Security-Policy (no inline styles)."""

from __future__ import annotations

from datetime import date
from html import escape

from drafting.scoring import SUCCESS
from models.cycles import ConfidencePoint, TrajectoryPoint

INK = "#3b6fd8"
PLAN = "#9aa3b2"
GOOD = "#1d8a4a"
WARN = "#c88a00"
BAD = "#c0392b"


def _score_colour(score: float) -> str:
    return GOOD if score >= SUCCESS else BAD if score <= 0.3 else WARN


def score_bar(score: float | None, width: int = 120, height: int = 10) -> str:
    """A 0–1 bar; the tick marks 0.7, where a stretch goal counts as met."""
    label = "not scored yet" if score is None else f"score {score:.2f}"
    filled = 0.0 if score is None else max(0.0, min(1.0, score)) * width
    colour = PLAN if score is None else _score_colour(score)
    mark = SUCCESS * width
    return (
        f'<svg class="bar" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{label}">'
        f'<rect width="{width}" height="{height}" rx="2" fill="#eef0f4"/>'
        f'<rect width="{filled:.1f}" height="{height}" rx="2" fill="{colour}"/>'
        f'<line x1="{mark:.1f}" x2="{mark:.1f}" y1="0" y2="{height}" stroke="#1d2330" '
        f'stroke-width="1"/></svg>'
    )


def _scale(low: float, high: float, size: float, pad: float) -> tuple[float, float]:
    """Map [low, high] to [size - pad, pad] (SVG y grows downwards): slope and offset."""
    span = (high - low) or 1.0
    slope = -(size - 2 * pad) / span
    return slope, size - pad - slope * low


def trajectory_chart(
    points: list[TrajectoryPoint], unit: str | None, width: int = 280, height: int = 90
) -> str:
    """Check-ins (dots and a line) against the plan (dashed) from baseline to target."""
    if not points:
        return ""
    first, last = points[0].on, points[-1].on
    days = max((last - first).days, 1)
    values = [v for p in points for v in (p.expected, p.actual) if v is not None]
    if not values:
        return '<p class="meta">No baseline, target or check-in to chart yet.</p>'
    pad = 8.0
    y_slope, y_zero = _scale(min(values), max(values), height, pad)

    def xy(on: date, value: float) -> tuple[float, float]:
        return pad + (width - 2 * pad) * (on - first).days / days, y_zero + y_slope * value

    def polyline(pairs: list[tuple[date, float]]) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(on, v) for on, v in pairs))

    plan = [(p.on, p.expected) for p in points if p.expected is not None]
    actual = [(p.on, p.actual) for p in points if p.actual is not None]
    suffix = f" {unit}" if unit else ""
    parts = [
        f'<svg class="trajectory" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="check-ins against the plan">'
        f'<rect width="{width}" height="{height}" rx="4" fill="#fafbfc"/>'
    ]
    if len(plan) > 1:
        parts.append(
            f'<polyline points="{polyline(plan)}" fill="none" stroke="{PLAN}" '
            f'stroke-width="1.5" stroke-dasharray="4 3"><title>plan</title></polyline>'
        )
    if len(actual) > 1:
        parts.append(
            f'<polyline points="{polyline(actual)}" fill="none" stroke="{INK}" stroke-width="2"/>'
        )
    for on, value in actual:
        x, y = xy(on, value)
        parts.append(
            f'<circle class="checkin" cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{INK}">'
            f"<title>{on.isoformat()}: {escape(f'{value:g}{suffix}')}</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


def confidence_chart(points: list[ConfidencePoint], width: int = 120, height: int = 28) -> str:
    """Confidence (0–10) per check-in, oldest first, as bars coloured by level."""
    if not points:
        return '<span class="meta">—</span>'
    step = width / len(points)
    bars = "".join(
        f'<rect x="{i * step:.1f}" y="{height - height * p.confidence / 10:.1f}" '
        f'width="{max(step - 1.5, 1):.1f}" height="{height * p.confidence / 10:.1f}" '
        f'fill="{_score_colour(p.confidence / 10)}"><title>{p.on.isoformat()}: '
        f"{p.confidence:g}/10</title></rect>"
        for i, p in enumerate(points)
    )
    return (
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="confidence per check-in, latest {points[-1].confidence:g} of 10">{bars}</svg>'
    )
