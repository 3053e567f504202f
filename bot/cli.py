"""The `townqa` command: thin click commands over the core; heavy modules load per command."""

from __future__ import annotations

import importlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from bot.errors import UserError, one_line

log = logging.getLogger("townqa")

LAZY_COMMANDS = {
    "chat": ("bot.chat", "Talk to the reports, with follow-up questions."),
    "eval": ("bot.evaluate", "Measure retrieval and answers on a question set."),
    "telegram": ("bot.telegram", "Run the Telegram bot."),
    "bench": ("bot.bench", "Print speed figures for search, ask and ingest."),
}


class LazyGroup(click.Group):
    """Subcommands from other modules, imported only when run (keeps start-up fast)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module = importlib.import_module(LAZY_COMMANDS[name][0])
            command: click.Command = module.command
            command.name = name
            return command
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(n, c.get_short_help_str(60)) for n, c in sorted(self.commands.items())]
        rows += [(n, help_text) for n, (_, help_text) in LAZY_COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(sorted(rows))


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="townqa: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "chromadb", "jieba", "bm25s", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def make_townqa(index: Path | None = None, k: int | None = None) -> Any:
    from retrieval.core import TownQA
    from retrieval.settings import load_settings

    return TownQA(load_settings(index_dir=index, k=k))


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar fed by the index's (stage, done, total) callbacks."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("{task.description:>10}"),
        BarColumn(),
        MofNCompleteColumn(),
        transient=True,
        console=None,
        disable=not enabled or not sys.stderr.isatty(),
    )
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    with bar:
        yield update


def questions_from(question: str | None, file: Path | None) -> list[str]:
    if file is not None:
        # Same decoding as report files (UTF-8 or GB18030/GBK); binary is a one-line LoadError.
        from retrieval.loading import decode_text

        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise UserError(f"cannot read {file}: {exc.strerror or exc}") from exc
        text = decode_text(raw, file) if raw.strip() else ""
        return [line.strip() for line in text.splitlines() if line.strip()]
    if question is None:
        raise UserError("give a question, or --file QUESTIONS.txt with one question per line")
    return [question]


def format_passages(question: str, query: Any, passages: list[Any]) -> str:
    """Passages as a person reads them: rank, report, section, then the words."""
    lines = [f"问题：{question}"]
    if query.unknown_towns and not query.towns:
        lines.append(f"没有{'、'.join(query.unknown_towns)}的报告。")
    if not passages:
        lines.append("没有找到相关段落。")
    for p in passages:
        where = " · ".join(x for x in (p.town, p.period, p.section) if x)
        lines.append(f"\n[{p.rank}] {p.title}（{where}）  score={p.score:.4f}\n{p.text}")
    return "\n".join(lines)


index_option = click.option(
    "--index",
    "-i",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="TOWNQA_INDEX_DIR",
    help="Index folder (default: a per-user data folder; env TOWNQA_INDEX_DIR).",
)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what happens.")
@click.version_option(package_name="townqa")
def cli(verbose: bool) -> None:
    """Answers about township work reports, with the passages they came from."""
    setup_logging(verbose)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@index_option
@click.option("--rebuild", is_flag=True, help="Re-embed and re-index everything.")
@click.option("--json", "as_json", is_flag=True, help="Print what changed as JSON.")
def ingest(paths: tuple[Path, ...], index: Path | None, rebuild: bool, as_json: bool) -> None:
    """Index report files or folders (default: the shipped corpus)."""
    townqa = make_townqa(index)
    with progress_bar() as update:
        stats = townqa.ingest(list(paths) or None, progress=update, rebuild=rebuild)
    for failure in stats.failed:
        click.echo(f"townqa: skipped {failure}", err=True)
    if as_json:
        click.echo(stats.model_dump_json(exclude={"reports"}))
    else:
        click.echo(
            f"{len(stats.added)} added, {len(stats.updated)} updated, "
            f"{len(stats.unchanged)} unchanged, {len(stats.removed)} removed, "
            f"{len(stats.failed)} failed; {stats.chunks} passages in {townqa.index.folder}"
        )
        for meta in stats.reports:
            click.echo(f"  {meta.doc_id}: {meta.town} {meta.period} {meta.title}")
    if stats.failed and not (stats.added or stats.updated or stats.unchanged or stats.removed):
        raise SystemExit(1)


@cli.command()
@click.argument("question", required=False)
@index_option
@click.option("-k", "--k", "k", type=click.IntRange(1, 100), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
@click.option(
    "-f", "--file", type=click.Path(dir_okay=False, path_type=Path), help="Questions, one per line."
)
def search(
    question: str | None, index: Path | None, k: int, as_json: bool, file: Path | None
) -> None:
    """Show the passages that answer a question."""
    questions = questions_from(question, file)
    townqa = make_townqa(index, k)
    for text in questions:
        query, passages = townqa.search(text, k)
        if as_json:
            record = {
                "question": text,
                "town": [*query.towns, *query.unknown_towns],
                "period": query.periods,
                "passages": [p.contract() for p in passages],
            }
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        click.echo(format_passages(text, query, passages))


@cli.command()
@click.argument("question", required=False)
@index_option
@click.option("-k", "--k", "k", type=click.IntRange(1, 100), default=None)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
@click.option(
    "-f", "--file", type=click.Path(dir_okay=False, path_type=Path), help="Questions, one per line."
)
def ask(
    question: str | None, index: Path | None, k: int | None, as_json: bool, file: Path | None
) -> None:
    """Answer a question with numbered citations."""
    from bot.render import format_answer

    questions = questions_from(question, file)
    townqa = make_townqa(index, k)
    color = sys.stdout.isatty()
    for text in questions:
        if as_json:
            answer = townqa.ask(text)
            click.echo(json.dumps(answer.contract(), ensure_ascii=False))
            continue
        answer, streamed = None, ""
        for piece in townqa.stream(text):
            if isinstance(piece, str):
                streamed += piece
                click.echo(piece, nl=False)
            else:
                answer = piece
        if streamed:
            click.echo()
        if answer is not None:
            # Streamed sentences were checked as they came; if the final text differs (a
            # fallback replaced them), the final text is what stands.
            shown = bool(streamed) and streamed.strip() == answer.text.strip()
            if streamed and not shown:
                click.echo("—— 以下为核实后的回答 ——")
            click.echo(format_answer(answer, color=color, with_text=not shown))


def main(argv: list[str] | None = None) -> None:
    """Console entry point: known failures become one line on stderr, never a traceback."""
    from bot.errors import known_errors

    try:
        cli.main(args=argv, prog_name="townqa", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("", err=True)
        raise SystemExit(130) from None
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except known_errors() as exc:
        click.echo(f"townqa: error: {one_line(exc)}", err=True)
        raise SystemExit(getattr(exc, "exit_code", 1)) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except BrokenPipeError:
        raise SystemExit(0) from None


if __name__ == "__main__":
    main()
