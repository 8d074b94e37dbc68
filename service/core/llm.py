"""The configured chat model, built once from settings for every LLM use (drafts, idea names)."""

from __future__ import annotations

from drafting.chat import OpenAIChat
from service.core.settings import Settings


def llm_configured(settings: Settings) -> bool:
    """An LLM is chosen (`THROUGHLINE_LLM_PROVIDER=openai`) and has a URL and a model."""
    return settings.llm_provider == "openai" and bool(settings.llm_base_url and settings.llm_model)


def chat_model(settings: Settings) -> OpenAIChat:
    return OpenAIChat(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        input_price=settings.llm_input_price,
        output_price=settings.llm_output_price,
    )
