"""One settings object, read from THROUGHLINE_* environment variables (and .env)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THROUGHLINE_", env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str = ""  # empty: a SQLite file in data_dir
    index_dir: Path | None = None  # empty: data_dir / "index"
    # "onnx": the bundled model exported once into model_cache_dir and run by ONNX Runtime
    # (same vectors, ~3x lower single-text latency); "torch": sentence-transformers.
    embedding_runtime: Literal["onnx", "torch"] = "onnx"
    model_cache_dir: Path = Path.home() / ".cache" / "throughline"

    # Duplicate decision (see triage.dedupe.Thresholds and the README's calibration notes).
    auto_merge_threshold: float = 0.94
    margin_weight: float = 0.5
    min_margin: float = 0.01
    review_threshold: float = 0.70
    neighbours: int = 20
    # How many writes between index snapshots (and one at shutdown).
    snapshot_every: int = 500

    host: str = "127.0.0.1"
    port: int = 8000

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.data_dir / 'throughline.db').resolve()}"

    def resolved_index_dir(self) -> Path:
        return self.index_dir or self.data_dir / "index"


@lru_cache
def get_settings() -> Settings:
    return Settings()
