"""Each item's ask: its text without the envelope a channel wrapped it in.

The model embeds the ask and the exact-match hash reads it, so greetings, signatures, ticket
templates and agent macros neither pull unrelated requests together nor push one request apart.
Hand rules cover common formats (triage.envelope); the rest is learned per workspace from lines
that recur across its items and from what the lines it removes mean (triage.ask_lines), kept on
the workspace and re-learned on import and re-clustering. The original text is stored and shown
unchanged.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from service.feedback import store as feedback_store
from service.workspaces import store as workspace_store
from triage.embedder import Embedder, Remembering
from triage.envelope import Envelope
from triage.normalise import content_hash
from triage.reduce import learn_reduction, reduce_texts

LEARN_FROM = 20_000  # newest stored texts learned from: any template recurs well within that
REDUCE_BATCH = 2_048  # items whose multi-line asks are read by meaning in one batch


_PARSED: OrderedDict[tuple[int, str], Envelope] = OrderedDict()
_PARSED_MAX = 64  # workspaces whose parsed envelope (and spelling index) stays in memory


def envelope_of(session: Session, workspace_id: int) -> Envelope:
    """The envelope learned for the workspace so far (empty before anything was learned).

    Parsed once per learning (its digest), not per request: the vocabulary's index for
    spelling takes a moment to build."""
    data = workspace_store.read_envelope(session, workspace_id)
    digest = data.get("digest") if data else None
    if not isinstance(digest, str):
        return Envelope.from_dict(data or {})
    key = (workspace_id, digest)
    envelope = _PARSED.get(key)
    if envelope is None:
        envelope = _PARSED[key] = Envelope.from_dict(data)
        while len(_PARSED) > _PARSED_MAX:
            _PARSED.popitem(last=False)
    return envelope


def relearn(
    session: Session, workspace_id: int, embedder: Embedder, incoming: Sequence[str] = ()
) -> Envelope:
    """Learn the envelope from the workspace's stored texts plus texts about to arrive."""
    stored = feedback_store.recent_texts(session, workspace_id, LEARN_FROM)
    envelope = learn_reduction([*stored, *incoming], embedder.embed)
    workspace_store.write_envelope(session, workspace_id, envelope.to_dict())
    return envelope


def stored_ask(text: str, ask: str) -> str | None:
    """What the `ask` column keeps: nothing when the ask is the text itself."""
    return None if ask == text.strip() else ask


def read_ask(text: str, ask: str | None) -> str:
    """The ask the model read, from the `ask` column as `stored_ask` left it."""
    return ask if ask is not None else text.strip()


def refresh(
    session: Session,
    workspace_id: int,
    embedder: Embedder,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Re-learn the envelope and re-embed the items whose ask it changes; returns how many.

    The caller rebuilds the workspace's vector index afterwards (embeddings changed)."""
    envelope = relearn(session, workspace_id, embedder)
    items = feedback_store.texts_and_asks(session, workspace_id)
    changed = 0
    for first in range(0, len(items), REDUCE_BATCH):
        batch = items[first : first + REDUCE_BATCH]
        embed = Remembering(embedder)  # per batch: what it keeps stays small
        news = reduce_texts([text for _, text, _ in batch], envelope, embed)
        rows = [
            (item_id, text, new)
            for (item_id, text, ask), new in zip(batch, news, strict=True)
            if new != read_ask(text, ask)
        ]
        if rows:
            vectors = embed([new for _, _, new in rows])
            feedback_store.set_asks(
                session,
                [
                    {
                        "id": item_id,
                        "ask": stored_ask(text, new),
                        "content_hash": content_hash(new),
                        "embedding": vector.astype("float32").tobytes(),
                    }
                    for (item_id, text, new), vector in zip(rows, vectors, strict=True)
                ],
            )
        changed += len(rows)
        if progress is not None:
            progress(min(1.0, (first + len(batch)) / len(items)))
    return changed
