import io

from geomap.cli.progress import progress_bar


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_bar_counts_articles_with_rate_and_eta(tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(f'{{"text": "{i}"}}\n' for i in range(200)), encoding="utf-8")
    stream = Terminal()
    with progress_bar([rows], quiet=False, stream=stream) as bar:
        bar.update(50)
    shown = stream.getvalue()
    assert "50/200" in shown and "articles/s" in shown and "<" in shown  # elapsed<remaining


def test_bar_is_silent_off_a_terminal_or_when_quiet(tmp_path):
    for stream, quiet in ((io.StringIO(), False), (Terminal(), True)):
        with progress_bar([tmp_path / "a.txt"], quiet=quiet, stream=stream) as bar:
            bar.update(1)
        assert stream.getvalue() == ""
