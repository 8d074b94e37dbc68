"""Both runtimes give the same vectors, and the vectors mean something."""

from __future__ import annotations

import numpy as np
import pytest

from triage.embedder import MiniLMEmbedder
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


def test_onnx_export_matches_sentence_transformers(
    onnx: OnnxMiniLMEmbedder, embedder: MiniLMEmbedder
) -> None:
    fast, reference = onnx.embed(TEXTS), embedder.embed(TEXTS)
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
