"""Structured chat completion: a `ChatModel` protocol and its OpenAI-compatible implementation.

`OpenAIChat` talks to any server speaking the chat-completions protocol (OpenAI, Azure, Ollama,
vLLM, llama.cpp) through the `openai` client, imported lazily. It asks for a JSON-schema
response format; a server that refuses it (HTTP 400) is asked again without it, with the
schema in the prompt, and the answer is read tolerantly (plain, fenced or embedded JSON).
Timeouts and retries with backoff on 408/409/429/5xx are the client's own; an answer that is
not valid JSON for the schema is asked for again once with the error, then given up on.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from models.drafts import Usage

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


class ChatError(Exception):
    """The model could not give a usable answer; `reason` says why in one line."""

    def __init__(self, reason: str, usage: Usage | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.usage = usage or Usage()


class ChatUnavailable(ChatError):
    """Unreachable, timed out, or an HTTP error that retries did not cure."""


class ChatInvalidAnswer(ChatError):
    """The model kept answering something that is not valid JSON for the schema."""


@dataclass
class ChatReply(Generic[T]):
    value: T
    usage: Usage = field(default_factory=Usage)
    text: str = ""


class ChatModel(Protocol):
    """A chat model that answers with a validated pydantic object."""

    model: str

    def complete(
        self,
        messages: list[dict[str, str]],
        schema: type[T],
        json_schema: dict[str, Any] | None = None,
    ) -> ChatReply[T]: ...


def extract_json(text: str) -> Any:
    """The JSON value in a model's answer: the whole text, a fenced block, or the first object.

    Raises:
        ValueError: when no JSON object can be read from the text.
    """
    candidates = [text.strip()]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except json.JSONDecodeError:
            continue
    for match in re.finditer(r"[{\[]", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    raise ValueError("no JSON object in the answer")


def _short(exc: Exception, limit: int = 300) -> str:
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5]]
        return "; ".join(parts)[:limit]
    return str(exc).splitlines()[0][:limit] if str(exc) else type(exc).__name__


class OpenAIChat:
    """`ChatModel` over the `openai` client against any OpenAI-compatible base URL."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "",
        timeout: float = 60.0,
        max_retries: int = 3,
        input_price: float = 0.0,
        output_price: float = 0.0,
        json_attempts: int = 2,
    ) -> None:
        try:
            import openai
        except ImportError as exc:  # an optional part of some installs
            raise RuntimeError(
                "The openai provider needs the openai package: pip install openai"
            ) from exc
        self.model = model
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.input_price = input_price
        self.output_price = output_price
        self.json_attempts = max(1, json_attempts)
        self.structured = True  # until the server refuses response_format
        # Local servers need no key, but the client insists on one.
        self._client = openai.OpenAI(
            base_url=base_url,
            api_key=api_key or "not-needed",
            timeout=timeout,
            max_retries=max_retries,
        )

    def complete(
        self,
        messages: list[dict[str, str]],
        schema: type[T],
        json_schema: dict[str, Any] | None = None,
    ) -> ChatReply[T]:
        """Ask, validate the answer against `schema`, and re-ask once with the error.

        Args:
            messages: The conversation (system and user turns).
            schema: The pydantic type the answer must validate as.
            json_schema: The schema sent to the server; defaults to `schema`'s own.

        Raises:
            ChatUnavailable: the server could not be reached or kept failing.
            ChatInvalidAnswer: every answer failed to parse or validate.
        """
        usage = Usage()
        wire_schema = json_schema or schema.model_json_schema()
        conversation = list(messages)
        error = ""
        for _ in range(self.json_attempts):
            text = self._call(conversation, schema.__name__, wire_schema, usage)
            try:
                value = schema.model_validate(extract_json(text))
                return ChatReply(value=value, usage=usage, text=text)
            except (ValueError, ValidationError) as exc:
                error = _short(exc)
                log.warning("chat_invalid_answer model=%s error=%r", self.model, error)
                conversation = conversation + [
                    {"role": "assistant", "content": text[:4000]},
                    {
                        "role": "user",
                        "content": f"That answer is not valid: {error}. Answer again with only "
                        "the JSON object that matches the schema.",
                    },
                ]
        raise ChatInvalidAnswer(
            f"the model answered invalid JSON {self.json_attempts} times ({error})", usage
        )

    def _call(
        self, messages: list[dict[str, str]], name: str, schema: dict[str, Any], usage: Usage
    ) -> str:
        import openai

        extra: dict[str, Any] = {}
        if self.structured:
            extra["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": False},
            }
        else:
            messages = [
                *messages,
                {
                    "role": "system",
                    "content": "Answer with one JSON object matching this JSON schema, and "
                    f"nothing else:\n{json.dumps(schema)}",
                },
            ]
        try:
            raw = self._client.chat.completions.with_raw_response.create(
                model=self.model,
                messages=messages,  # type: ignore[arg-type]  # plain role/content dicts
                **extra,  # type: ignore[arg-type]
            )
        except openai.BadRequestError as exc:
            usage.requests += 1
            if self.structured:
                log.info("chat_no_json_schema model=%s status=%s", self.model, exc.status_code)
                self.structured = False
                return self._call(messages, name, schema, usage)
            raise ChatUnavailable(f"the server refused the request: {_short(exc)}", usage) from exc
        except openai.APITimeoutError as exc:
            usage.requests += self.max_retries + 1
            raise ChatUnavailable(
                f"no answer within {self.timeout:g} s ({self.max_retries} retries)", usage
            ) from exc
        except openai.APIConnectionError as exc:
            usage.requests += self.max_retries + 1
            raise ChatUnavailable(f"cannot reach {self.base_url}: {_short(exc)}", usage) from exc
        except openai.APIStatusError as exc:
            usage.requests += self.max_retries + 1
            raise ChatUnavailable(
                f"HTTP {exc.status_code} after {self.max_retries} retries: {_short(exc)}", usage
            ) from exc
        usage.requests += 1 + raw.retries_taken
        completion = raw.parse()
        usage.calls += 1
        if completion.usage is not None:
            usage.prompt_tokens += completion.usage.prompt_tokens or 0
            usage.completion_tokens += completion.usage.completion_tokens or 0
            usage.cost_usd = round(
                (
                    usage.prompt_tokens * self.input_price
                    + usage.completion_tokens * self.output_price
                )
                / 1_000_000,
                6,
            )
        if not completion.choices:
            return ""
        return completion.choices[0].message.content or ""
