"""Both runtimes give the same vectors, and the vectors mean something."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from triage.embedder import MiniLMEmbedder, ModelIntegrityError, Remembering, pinned_model_path
from triage.onnx_embedder import OnnxMiniLMEmbedder

TEXTS = [
    "Please add a dark mode",
    "A night theme for the app would be lovely",
    "Invoices should support multiple currencies",
    "We bill in EUR and USD and need both on invoices, with exchange rates applied "
    "automatically every month for our international clients",
]


@pytest.fixture(scope="module")
def onnx(tmp_path_factory: pytest.TempPathFactory) -> OnnxMiniLMEmbedder:
    return OnnxMiniLMEmbedder(tmp_path_factory.mktemp("models"))


@pytest.mark.slow
def test_onnx_export_matches_sentence_transformers(onnx: OnnxMiniLMEmbedder) -> None:
    fast, reference = onnx.embed(TEXTS), MiniLMEmbedder().embed(TEXTS)
    assert fast.shape == reference.shape == (4, 384) and fast.dtype == np.float32
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    assert (fast * reference).sum(axis=1).min() > 0.9999  # rows stay in input order


def test_vectors_put_paraphrases_closer_than_other_topics(onnx: OnnxMiniLMEmbedder) -> None:
    v = onnx.embed(TEXTS)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert v[2] @ v[3] > v[1] @ v[3]


def test_export_is_reused_and_empty_input_is_fine(onnx: OnnxMiniLMEmbedder) -> None:
    onnx.embed(["x"])
    stamp = onnx.path.stat().st_mtime_ns
    again = OnnxMiniLMEmbedder(onnx.path.parent)
    assert again.embed([]).shape == (0, 384)
    again.embed(["y"])
    assert onnx.path.stat().st_mtime_ns == stamp


def test_weights_other_than_the_pinned_release_are_refused(tmp_path: Path) -> None:
    bundled = pinned_model_path()
    assert (bundled / "model.safetensors").is_file()
    tampered = tmp_path / "model"
    shutil.copytree(bundled, tampered)
    with (tampered / "model.safetensors").open("r+b") as weights:
        weights.seek(4096)
        weights.write(b"\x00\x01")  # two flipped bytes: a different model
    with pytest.raises(ModelIntegrityError, match="not the pinned"):
        pinned_model_path(tampered)
    (tampered / "model.safetensors").unlink()
    with pytest.raises(ModelIntegrityError, match="No model.safetensors"):
        pinned_model_path(tampered)


class _Counting:
    """The real model, counting the texts it is asked to embed."""

    def __init__(self, inner: OnnxMiniLMEmbedder) -> None:
        self.inner, self.name, self.dim, self.asked = inner, inner.name, inner.dim, 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.asked += len(texts)
        return self.inner.embed(texts)


@pytest.mark.slow
def test_remembering_embeds_each_text_once(onnx: OnnxMiniLMEmbedder) -> None:
    counting = _Counting(onnx)
    embed = Remembering(counting)
    first = embed(["Add dark mode", "Export to CSV", "Add dark mode"])
    assert counting.asked == 2
    np.testing.assert_allclose(
        first, onnx.embed(["Add dark mode", "Export to CSV", "Add dark mode"]), atol=1e-5
    )
    again = embed(["Export to CSV", "Bulk edit"])
    assert counting.asked == 3  # only the new text
    np.testing.assert_array_equal(again[0], first[1])
    assert embed([]).shape == (0, onnx.dim)
