"""One settings object, read from THROUGHLINE_* environment variables (and .env)."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

from triage.dedupe import WHITENED, ThresholdPair, Thresholds

_RAW = Thresholds()  # the calibrated defaults live with the decision rule, in one place


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THROUGHLINE_", env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str = ""  # empty: a SQLite file in data_dir
    index_dir: Path | None = None  # empty: data_dir / "index"
    # "onnx": the bundled model exported once into model_cache_dir and run by ONNX Runtime
    # (same vectors, ~3x lower single-text latency); "torch": sentence-transformers.
    embedding_runtime: Literal["onnx", "torch"] = "onnx"
    model_cache_dir: Path = Path.home() / ".cache" / "throughline"
    # Concurrent requests' texts go through the model together (triage.batching), waiting this
    # many ms for more callers after the first: less CPU per text, the same vectors.
    embedding_batching: bool = True
    embedding_batch_ms: float = 0.0

    # Duplicate decision (see triage.dedupe.Thresholds and the README's calibration notes).
    auto_merge_threshold: float = _RAW.auto_merge
    margin_weight: float = _RAW.margin_weight
    min_margin: float = _RAW.min_margin
    review_threshold: float = _RAW.review
    # The same once a workspace is whitened (500+ distinct items; see triage.whitening), plus
    # the extra bar for merging into an idea of one item.
    whitened_auto_merge_threshold: float = WHITENED.auto_merge
    whitened_margin_weight: float = WHITENED.margin_weight
    whitened_review_threshold: float = WHITENED.review
    whitened_lone_idea: float = WHITENED.lone_idea
    neighbours: int = 20
    # Writes between index snapshots: at least this many, and at least a tenth of the index,
    # so snapshot cost per write stays flat as a workspace grows (and one at shutdown).
    snapshot_every: int = 500

    host: str = "127.0.0.1"
    port: int = 8000
    # Where people reach this server: links in e-mails (unsubscribe, idea pages) start here.
    public_url: str = "http://127.0.0.1:8000"
    # Signs session cookies and unsubscribe links; empty: generated once into data_dir.
    secret_key: str = ""
    # Optional OpenID Connect sign-in: the provider's issuer URL and this server's client
    # (redirect URI: <public_url>/sign-in/sso/callback). Empty issuer: no SSO button.
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_name: str = "single sign-on"

    # Outgoing e-mail for "your idea shipped" notifications.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_security: Literal["none", "starttls", "ssl"] = "none"
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_timeout: float = 10.0
    mail_from: str = "Throughline <noreply@localhost>"
    # Delivery worker: retries back off exponentially from retry_base_seconds.
    notify_max_attempts: int = 8
    notify_retry_base_seconds: float = 5.0
    notify_poll_seconds: float = 2.0
    notify_worker: bool = True  # run the delivery worker inside `throughline serve`
    job_worker: bool = True  # run re-clustering jobs inside `throughline serve`
    # Claims on jobs and deliveries last this long unless renewed (every third of it) by the
    # process holding them: a killed process's work is picked up within about this long.
    lease_seconds: float = 10.0
    job_poll_seconds: float = 0.5
    # The change feed keeps an hour of rows and each workspace's newest 10,000; a process
    # behind that rebuilds its index from the database. The job workers prune it this often.
    change_retention_seconds: float = 3600.0
    change_keep: int = 10_000
    change_prune_seconds: float = 300.0

    # OKR drafting: "offline" needs nothing; "openai" talks to any compatible endpoint.
    llm_provider: Literal["offline", "openai"] = "offline"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 60.0
    llm_max_retries: int = 3
    # US dollars per million tokens, for the cost shown with each draft (0: not tracked).
    llm_input_price: float = 0.0
    llm_output_price: float = 0.0
    draft_max_rounds: int = 3

    def thresholds(self) -> ThresholdPair:
        """The duplicate-decision cut-offs in both spaces: the one road from configuration to
        ingest, re-calibration and the review stats."""
        return ThresholdPair(
            raw=Thresholds(
                auto_merge=self.auto_merge_threshold,
                margin_weight=self.margin_weight,
                min_margin=self.min_margin,
                review=self.review_threshold,
            ),
            whitened=Thresholds(
                auto_merge=self.whitened_auto_merge_threshold,
                margin_weight=self.whitened_margin_weight,
                min_margin=self.min_margin,
                review=self.whitened_review_threshold,
                lone_idea=self.whitened_lone_idea,
            ),
        )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.data_dir / 'throughline.db').resolve()}"

    def resolved_index_dir(self) -> Path:
        return self.index_dir or self.data_dir / "index"

    def resolved_secret_key(self) -> str:
        """The configured secret, or one generated on first use and kept in data_dir."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(32))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
