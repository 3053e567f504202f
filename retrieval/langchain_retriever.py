"""The hybrid search as a LangChain `BaseRetriever`, for chains and LangChain tooling."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from retrieval.models import Passage


def passage_document(passage: Passage) -> Document:
    """A passage as a LangChain Document: the original words, everything else as metadata."""
    return Document(page_content=passage.text, metadata=passage.model_dump(exclude={"text"}))


class TownQARetriever(BaseRetriever):
    """Reads towns and periods from the question, then runs the hybrid search."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    townqa: Any
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        _, passages = self.townqa.search(query, self.k)
        return [passage_document(p) for p in passages]
