"""The domain types every module passes around: Report -> Chunk -> Passage -> Answer."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ReportMeta(BaseModel):
    """What is known of a report without its text: enough to list, filter and cite it."""

    doc_id: str = Field(description="Stable id: the source path relative to the ingest root")
    source: str = Field(description="File path relative to the folder it was ingested from")
    title: str
    town: str = Field(description="Town the report covers, e.g. 卢峰镇; 全国 for national reports")
    period: str = Field(description="Period code: 2023, 2025H1, 2021 ...")
    date: str = Field(default="", description="Date of the report, ISO yyyy-mm-dd when known")
    content_hash: str = ""


class Report(ReportMeta):
    """One work report as loaded from a file: cleaned original text plus where it is from."""

    text: str = Field(description="Original wording after removing conversion debris")

    @property
    def meta(self) -> ReportMeta:
        return ReportMeta(**self.model_dump(exclude={"text"}))


class Chunk(BaseModel):
    """A span of a report, cut along its headings and sentences."""

    chunk_id: str
    doc_id: str
    source: str
    title: str
    town: str
    period: str
    section: str = Field(default="", description="Heading path, e.g. 一、… > （三）…")
    start: int = Field(description="Character offset of the span in Report.text")
    end: int
    text: str = Field(description="Original wording, Report.text[start:end]")

    @property
    def header(self) -> str:
        """Short header indexed with the text so town, period and headings are searchable."""
        parts = [self.town, self.period, self.section]
        return " · ".join(p for p in parts if p)


class Passage(BaseModel):
    """A chunk as retrieved for a question, with its rank and score."""

    rank: int
    doc_id: str
    source: str
    title: str
    town: str
    period: str
    section: str
    chunk_id: str
    score: float
    text: str
    start: int = 0
    end: int = 0
    # The report's chunk just before, when the index has it: a year or topic its lead sets
    # ("1981年国民经济计划主要指标安排如下。") carries to this passage's figures.
    before: str = ""

    @classmethod
    def from_chunk(cls, chunk: Chunk, rank: int, score: float, before: str = "") -> Passage:
        return cls(
            rank=rank,
            doc_id=chunk.doc_id,
            source=chunk.source,
            title=chunk.title,
            town=chunk.town,
            period=chunk.period,
            section=chunk.section,
            chunk_id=chunk.chunk_id,
            score=score,
            text=chunk.text,
            start=chunk.start,
            end=chunk.end,
            before=before,
        )

    def contract(self) -> dict[str, object]:
        """The JSON shape of `townqa search --json` passages."""
        return self.model_dump(exclude={"start", "end", "before"})


class Citation(BaseModel):
    """A numbered, checkable pointer: report, town, period, section and the quoted words."""

    n: int
    doc_id: str
    source: str
    title: str
    town: str
    period: str
    section: str
    quote: str = Field(description="Verbatim words of the report")

    def contract(self) -> dict[str, object]:
        return self.model_dump()


class Query(BaseModel):
    """What was read from a question: its text and the towns and periods it names."""

    text: str
    towns: list[str] = Field(default_factory=list)
    periods: list[str] = Field(default_factory=list)
    unknown_towns: list[str] = Field(
        default_factory=list, description="Places the question names that no report covers"
    )
    excluded: str = Field(default="", description="What the question rules out (不是…的)")
    plan_reports: list[str] = Field(
        default_factory=list,
        description="Periods of the reports of a five-year plan the question names (九五, 一五计划)"
        " instead of a year: searched together",
    )


class Answer(BaseModel):
    """What the core returns for a question; adapters only format it."""

    question: str
    text: str
    citations: list[Citation] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    abstained: bool = False
    towns: list[str] = Field(default_factory=list)
    periods: list[str] = Field(default_factory=list)
    mode: str = "extractive"
    unverified: list[str] = Field(default_factory=list)
    note: str = ""

    def contract(self) -> dict[str, object]:
        """The JSON shape of `townqa ask --json`."""
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "town": self.towns,
            "period": self.periods,
            "citations": [c.contract() for c in self.citations],
            "passages": [p.contract() for p in self.passages],
            "mode": self.mode,
            "unverified": self.unverified,
        }
