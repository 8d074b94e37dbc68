"""Group the top ideas into a few themes an objective can be about.

Two passes, both lexical and deterministic (drafting has no embedder): first the product
areas most B2B feedback falls into (sign-in, integrations, speed, data, billing, ...), each
with seed words matched against an idea's title and keywords; then ideas no area claims are
grouped by shared words, so unfamiliar domains (banking queries, say) still form themes.
Stated goals pull the themes they mention to the front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.drafts import IdeaDemand

MAX_IDEAS_PER_THEME = 6
_STOP = set(
    "a an the and or of for to in on with by at from is are be not no it its this that our we "
    "you your my me i can please need want would like add let us more less too very so all any "
    "some make get give have has do does when how what why there their them they via into out "
    "up down new option support feature".split()
)


# Words every theme shares, too common to tie a goal to one theme.
_COMMON = set(
    "team customer user people account app product work everyone hello thank thanks open use "
    "using take takes came come again meeting quick one time long show shows keep still just "
    "really already every each other also way thing things day week month year lot new hi "
    "better easy easier help able".split()
)


@dataclass(frozen=True)
class Area:
    key: str
    label: str  # how a KR names it: "feedback about {label}"
    objective: str  # a qualitative objective, checked by the critic like any other
    seeds: frozenset[str]
    weight: float = 1.0


def _area(key: str, label: str, objective: str, seeds: str, weight: float = 1.0) -> Area:
    return Area(key, label, objective, frozenset(seeds.split()), weight)


AREAS: tuple[Area, ...] = (
    _area(
        "access",
        "sign-in and access control",
        "Make signing in and controlling access effortless for customers' IT teams",
        "sso okta saml login logins log sign signin password passwords 2fa two-factor mfa "
        "authentication auth authenticator permission permissions role roles role-based audit "
        "security access",
    ),
    _area(
        "integrations",
        "integrations",
        "Make our product fit into the tools customers already work in",
        "integration integrations integrate slack zapier salesforce teams microsoft webhook "
        "webhooks api calendar google hubspot jira connector connect",
    ),
    _area(
        "reliability",
        "speed and reliability",
        "Make the product feel fast and dependable in daily work",
        "slow speed fast loading load performance crash crashes crashing error errors bug bugs "
        "outage timeout lag freeze freezes reliable reliability sluggish spin spinning hang "
        "hangs laggy forever seconds",
        weight=2.0,  # a problem outranks the place it happens in: a slow dashboard is speed
    ),
    _area(
        "data",
        "reporting and data",
        "Give customers their data where and how they need it",
        "export exports csv import imports report reports reporting chart charts dashboard "
        "spreadsheet spreadsheets excel analytics",
    ),
    _area(
        "billing",
        "billing and pricing",
        "Make paying us simple and fair for customers of every size",
        "invoice invoices billing pricing price prices expensive cheap currency currencies "
        "subscription plan plans",
    ),
    _area(
        "payments",
        "payments and refunds",
        "Make sure customers' payments and refunds go through without worry",
        "payment payments refund refunds transfer transfers charge charged debit declined "
        "withdrawal chargeback",
    ),
    _area(
        "mobile",
        "the mobile app",
        "Make the mobile app something field teams can rely on",
        "mobile ios android phone tablet offline",
    ),
    _area(
        "notifications",
        "notifications",
        "Let people hear only about what matters to them",
        "notification notifications noisy alert alerts mention mentions digest spam",
    ),
    _area(
        "language",
        "language support",
        "Make the product feel native for teams that do not work in English",
        "german french spanish language languages localization localisation translation translate",
    ),
    _area(
        "usability",
        "everyday usability",
        "Make everyday work in the app quicker for power users",
        "dark mode theme bulk shortcut shortcuts keyboard undo template templates field fields "
        "kanban gantt view search accessibility screen reader",
    ),
)


_SEED_WORDS = set().union(*(area.seeds for area in AREAS))


@dataclass
class Theme:
    """Ideas that belong together, with how a draft should name them."""

    key: str
    label: str
    ideas: list[IdeaDemand]
    area: Area | None = None
    goals: list[str] = field(default_factory=list)

    @property
    def people(self) -> int:
        return sum(i.demand.unique_requesters for i in self.ideas)

    @property
    def revenue(self) -> float:
        accounts: dict[str, float] = {}
        for idea in self.ideas:
            accounts.update(idea.window_accounts)
        return sum(accounts.values())


def words(text: str) -> set[str]:
    """Content words of a text, lower-cased, with a plural 's' dropped."""
    out = set()
    for word in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()):
        word = word.strip("'-")
        if word in _STOP or len(word) < 2:
            continue
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") and word[-2] != "s" else word)
    return out


def _idea_words(idea: IdeaDemand) -> tuple[set[str], set[str]]:
    return words(idea.title), words(" ".join(idea.keywords))


def _stemmed(seeds: frozenset[str]) -> set[str]:
    return words(" ".join(seeds))


def _best_area(idea: IdeaDemand) -> Area | None:
    title, keywords = _idea_words(idea)
    best, best_score = None, 0.0
    for area in AREAS:
        seeds = _stemmed(area.seeds)
        score = (2 * len(title & seeds) + len(keywords & seeds)) * area.weight
        if score > best_score:
            best, best_score = area, score
    return best if best_score >= 2 else None  # one keyword alone is too weak a signal


def _label(idea: IdeaDemand) -> str:
    title = re.sub(r"\s+", " ", idea.title).strip().rstrip(".!?")
    if len(title) > 60:
        title = title[:60].rsplit(" ", 1)[0]
    return (
        title[:1].lower() + title[1:] if title[:2].isalpha() and not title[:2].isupper() else title
    )


def group_themes(ideas: list[IdeaDemand], goals: list[str] | None = None) -> list[Theme]:
    """Group ideas into themes, goal-matched themes first, then by people behind them.

    Args:
        ideas: The top ideas by demand (any order).
        goals: Stated goals; a theme whose words or area a goal mentions is preferred.

    Returns:
        Themes, each with at most `MAX_IDEAS_PER_THEME` ideas, best first.
    """
    ranked = sorted(ideas, key=lambda i: (-i.demand.unique_requesters, -i.demand.revenue, i.id))
    by_area: dict[str, Theme] = {}
    loose: list[tuple[set[str], Theme]] = []
    for idea in ranked:
        area = _best_area(idea)
        if area is not None:
            theme = by_area.setdefault(area.key, Theme(area.key, area.label, [], area))
            if len(theme.ideas) < MAX_IDEAS_PER_THEME:
                theme.ideas.append(idea)
            continue
        title, keywords = _idea_words(idea)
        mine = title | keywords
        for seed, theme in loose:
            shared = mine & seed
            if len(theme.ideas) < MAX_IDEAS_PER_THEME and (
                len(shared) >= 2 or (shared and len(shared) / len(mine | seed) >= 0.3)
            ):
                theme.ideas.append(idea)
                break
        else:
            loose.append((mine, Theme(f"idea-{idea.id}", _label(idea), [idea])))
    themes = list(by_area.values()) + [theme for _, theme in loose]
    for goal in goals or []:
        scores = [_overlap(words(goal), _vocabulary(theme)) for theme in themes]
        best = max(scores, default=0)
        for theme, score in zip(themes, scores, strict=True):
            if best and score == best:
                theme.goals.append(goal)
    themes.sort(key=lambda t: (-len(t.goals), -t.people, -t.revenue, t.key))
    return themes


def _vocabulary(theme: Theme) -> set[str]:
    out = set().union(*(words(i.title) | words(" ".join(i.keywords)) for i in theme.ideas))
    if theme.area is not None:
        out |= _stemmed(theme.area.seeds) | words(theme.area.label)
    return out - _COMMON


def mentions(goal: str, idea: IdeaDemand) -> bool:
    """Whether a goal names something this idea is about (so it is drafted from, top or not)."""
    title, keywords = _idea_words(idea)
    return _overlap(words(goal), (title | keywords) - _COMMON) > 0


def _overlap(goal: set[str], vocabulary: set[str]) -> int:
    """Goal words found in the vocabulary; "invoicing" meets "invoice" (a shared 5-letter stem).

    Short words count only when they are a product term of some area (sso, csv, api, 2fa).
    """
    found = 0
    for g in goal - _COMMON:
        if len(g) < 4 and g not in _SEED_WORDS:
            continue
        if g in vocabulary or (len(g) >= 5 and any(v[:5] == g[:5] for v in vocabulary)):
            found += 1
    return found


def theme_overlap(text: str, theme: Theme) -> int:
    """How many words of `text` (a metric's key and name, say) the theme's vocabulary has."""
    return _overlap(words(text.replace("_", " ").replace("-", " ")), _vocabulary(theme))
