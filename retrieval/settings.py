"""All configuration in one typed tree, read from TOWNQA_* environment variables and `.env`."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_ROOT / "corpus"
REPORTS_DIR = CORPUS_DIR / "reports"
PROMPTS_DIR = PROJECT_ROOT / "prompts"

DEFAULT_EMBEDDING_MODEL = "BAAI/bge-small-zh-v1.5"


def _default_index_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("townqa")) / "index"


def cache_file(name: str, source: Path, *parts: str) -> Path:
    """A file in the user's cache made from `source` (a dictionary, a thesaurus): its name holds
    a hash of the source's path, size and time and of `parts`, so a new source or format gets a
    new file. `name` is "stem.suffix"."""
    from platformdirs import user_cache_dir

    stat = source.stat()
    key = "|".join((*parts, str(source), str(stat.st_size), str(stat.st_mtime_ns)))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    stem, _, suffix = name.partition(".")
    return Path(user_cache_dir("townqa")) / f"{stem}-{digest}.{suffix}"


def _config(prefix: str) -> SettingsConfigDict:
    return SettingsConfigDict(
        env_prefix=prefix, env_file=".env", extra="ignore", populate_by_name=True
    )


def _split_ids(value: object) -> object:
    if isinstance(value, str):
        return [int(v) for v in value.replace(" ", "").split(",") if v]
    if isinstance(value, int):
        return [value]
    return value


class RetrievalSettings(BaseSettings):
    """Where the index lives and which models retrieval uses."""

    model_config = _config("TOWNQA_")

    index_dir: Path = Field(default_factory=_default_index_dir, description="Index folder")
    chroma_url: str | None = Field(default=None, description="Chroma server URL, else embedded")
    chroma_collection: str = Field(
        default="townqa_chunks", description="Collection name; distinct per index on one server"
    )
    embedding_model: str = Field(
        default=DEFAULT_EMBEDDING_MODEL,
        description="sentence-transformers hub name or local path; 'hashing' for the offline one",
    )
    reranker_model: str | None = Field(default=None, description="CrossEncoder name or path")
    thesaurus: Path = Field(
        default=CORPUS_DIR / "thesaurus.txt", description="Query-expansion thesaurus file"
    )
    k: int = Field(default=5, ge=1, le=100, description="Passages returned per question")
    max_question_chars: int = Field(default=500, description="Longer questions are truncated")


class LLMSettings(BaseSettings):
    """Optional chat model; unset means offline extractive answers."""

    model_config = _config("TOWNQA_LLM_")

    model: str | None = Field(
        default=None,
        validation_alias=AliasChoices("TOWNQA_LLM", "model"),
        description="provider:model for init_chat_model, e.g. openai:qwen2.5-7b-instruct",
    )
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint root")
    api_key: SecretStr | None = Field(default=None, description="API key for the endpoint")
    timeout: float = Field(default=30.0, gt=0, description="Seconds before falling back")
    temperature: float = 0.0


class TelegramSettings(BaseSettings):
    """The Telegram adapter; the token is a secret and never logged."""

    model_config = _config("TOWNQA_TELEGRAM_")

    token: SecretStr | None = None
    api_url: str = Field(default="https://api.telegram.org", description="Bot API server root")
    allowed_users: Annotated[list[int], NoDecode] = Field(default_factory=list)
    allowed_chats: Annotated[list[int], NoDecode] = Field(default_factory=list)
    admins: Annotated[list[int], NoDecode] = Field(default_factory=list)
    open: bool = Field(default=False, description="Answer everyone; set on purpose only")
    max_upload_mb: float = 20.0
    rate_limit_per_minute: int = 30

    @field_validator("allowed_users", "allowed_chats", "admins", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        return _split_ids(value)


class Settings(BaseModel):
    """The whole configuration tree; each group reads its own TOWNQA_* variables."""

    model_config = ConfigDict(extra="forbid")

    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)


def load_settings(**retrieval_overrides: object) -> Settings:
    """Read settings from the environment, overriding retrieval fields given explicitly."""
    settings = Settings()
    overrides = {k: v for k, v in retrieval_overrides.items() if v is not None}
    if overrides:
        settings.retrieval = settings.retrieval.model_copy(update=overrides)
    return settings
