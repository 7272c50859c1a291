"""The command line as a user meets it: exit codes, one-line errors, flags, config, baseline,
and a terminal that article text cannot steer."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk import cli

STORY = """Ferry services resume after week of gales

Ferries between Oban and the islands resumed on Monday after a week in which gales kept every sailing in port, the operator said.

About 300 passengers were waiting at the terminal when the first boat left at 7am.

Passengers queue at the Oban terminal as the first ferry arrives (Photo: Island Courier)

Caledonian Ferries said it would run extra sailings until Thursday to clear the backlog of freight and travellers.

Passengers queue at the Oban terminal as the first ferry arrives (Photo: Island Courier)
"""


def run_cli(args, stdin: bytes | None = None, capsys=None, monkeypatch=None):
    """Run copydesk in-process (the model stays loaded); returns (code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["copydesk", *map(str, args)])
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    with pytest.raises(SystemExit) as exc:
        cli.main()
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.fixture
def cd(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no stray copydesk.toml from the project around the test

    def go(*args, stdin=None):
        return run_cli(args, stdin, capsys, monkeypatch)

    return go


@pytest.fixture
def story(tmp_path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


def one_line_error(code, out, err, needle):
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("copydesk: error:"), err
    assert needle.lower() in lines[0].lower(), err
    assert "Traceback" not in err


BAD_INPUTS = {
    "empty": (b"", "empty"),
    "whitespace": (b" \n\t\n  ", "empty"),
    "binary": (b"%PDF-1.7\n\x00\x01\x02\x03binary\x00\x00", "binary"),
    "invalid-utf8": ("Ferries resume after gales\n\nThe caf".encode() + b"\xe9 opened on Monday.", "byte"),
    "not-english": (("Die Fähren zwischen den Inseln fahren nach einer Woche mit schweren Stürmen wieder. "
                    "Rund dreihundert Fahrgäste warteten am Montagmorgen am Hafen, als das erste Schiff "
                    "ablegte, teilte die Reederei mit.").encode(), "German"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_file_gives_one_line_and_exit_2(cd, tmp_path, name):
    data, needle = BAD_INPUTS[name]
    p = tmp_path / f"{name}.txt"
    p.write_bytes(data)
    one_line_error(*cd("check", p), needle)


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_on_stdin(cd, name):
    data, needle = BAD_INPUTS[name]
    one_line_error(*cd("check", "-", stdin=data), needle)


def test_other_refusals(cd, tmp_path, story):
    one_line_error(*cd("check", tmp_path / "nope.txt"), "no such file")
    big = tmp_path / "big.txt"
    big.write_text(STORY * 5, encoding="utf-8")
    one_line_error(*cd("check", big, "--max-bytes", "1000"), "limit")
    html = tmp_path / "empty.html"
    html.write_text("<html><head><title>x</title></head><body><div><span></span></div></body></html>")
    one_line_error(*cd("check", html), "html")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><head><title>Gales</title><body><article><p>Ferries between Oban and the islands "
                      "resumed on Monday after a week of gales.<div><p>About 300 passengers waited at the "
                      "terminal when the first boat left.<table><tr><td>")
    code, out, err = cd("check", broken, "--format", "json")
    assert code == 0 and "Traceback" not in err
    assert "About 300 passengers" in json.loads(out)["article"]["text"]
    one_line_error(*cd("check", story, "--published", "03/01/2025"), "YYYY-MM-DD")
    one_line_error(*cd("check", story, "--published", "2025-02-30"), "YYYY-MM-DD")
    one_line_error(*cd("check", story, "--select", "CD999"), "CD999")
    one_line_error(*cd("check", story, "--format", "xml"), "format")
    one_line_error(*cd("check", story, "--fail-on", "sometimes"), "fail-on")
    one_line_error(*cd("check", story, "--encoding", "no-such-codec"), "encoding")
    one_line_error(*cd("check", story, "--no-such-flag"), "no-such-flag")


def test_encoding_flag_reads_other_encodings(cd, tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(STORY.replace("Oban", "Óban").encode("cp1252"))
    assert cd("check", p)[0] == 2
    code, out, err = cd("check", p, "--encoding", "cp1252", "--format", "json")
    assert code == 0, err
    assert "Óban" in json.loads(out)["article"]["text"]


def test_good_and_bad_paths_together(cd, tmp_path, story):
    code, out, err = cd("check", story, tmp_path / "missing.txt", story, "--format", "json")
    assert code == 2
    reports = json.loads(out)
    assert isinstance(reports, list) and len(reports) == 2
    assert err.count("\n") == 1 and "missing.txt" in err


def test_text_report_groups_findings_and_shows_evidence(cd, story):
    code, out, err = cd("check", story, "--published", "2025-01-13")
    assert code == 0, err  # only a warning: default --fail-on error
    assert "Warnings (1)" in out
    assert "CD201" in out and "suggestion:" in out
    assert "7:1" in out and "11:1" in out  # line:column of both passages
    assert "\x1b[" not in out  # plain when piped


def test_exit_codes_follow_fail_on(cd, story):
    assert cd("check", story, "--fail-on", "warning")[0] == 1
    assert cd("check", story, "--fail-on", "error")[0] == 0
    assert cd("check", story, "--fail-on", "never")[0] == 0
    assert cd("check", story, "--fail-on", "warning", "--ignore", "CD201")[0] == 0


def test_select_and_ignore(cd, story):
    out = json.loads(cd("check", story, "--format", "json", "--published", "2025-01-13")[1])
    assert [f["code"] for f in out["findings"]] == ["CD201"]
    # with no date at all, the date checks are skipped and one info finding says so
    out = json.loads(cd("check", story, "--format", "json")[1])
    assert [f["code"] for f in out["findings"]] == ["CD201", "CD100"]
    assert "pass --published" in out["findings"][1]["message"]
    out = json.loads(cd("check", story, "--format", "json", "--select", "CD3")[1])
    assert out["findings"] == []
    out = json.loads(cd("check", story, "--format", "json", "--select", "CD2,CD3", "--ignore", "CD201")[1])
    assert out["findings"] == []
    out = json.loads(cd("check", story, "--format", "json", "--min-severity", "error")[1])
    assert out["findings"] == []


def test_jsonl_prints_one_report_per_line(cd, story):
    code, out, _ = cd("check", story, story, "--format", "jsonl")
    lines = out.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(l)["schema"] == "copydesk.report/1" for l in lines)


def test_config_found_upward_and_flags_win(cd, tmp_path):
    desk = tmp_path / "desk"
    (desk / "monday").mkdir(parents=True)
    p = desk / "monday" / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    (desk / "pyproject.toml").write_text('[tool.copydesk]\nignore = ["CD2"]\nfail-on = "warning"\n')
    out = json.loads(cd("check", p, "--published", "2025-01-13", "--format", "json")[1])
    assert out["findings"] == []
    assert cd("check", p, "--published", "2025-01-13", "--ignore", "CD3")[0] == 1  # the flag replaces the file's ignore list
    # copydesk.toml nearer the article wins over pyproject.toml further up
    (desk / "monday" / "copydesk.toml").write_text('select = ["CD3"]\n')
    assert cd("check", p, "--published", "2025-01-13", "--format", "json", "--select", "CD2")[0] == 0
    out = json.loads(cd("check", p, "--published", "2025-01-13", "--format", "json", "--select", "CD2")[1])
    assert [f["code"] for f in out["findings"]] == ["CD201"]
    out = json.loads(cd("check", p, "--published", "2025-01-13", "--format", "json")[1])
    assert out["findings"] == []
    out = json.loads(cd("check", p, "--published", "2025-01-13", "--format", "json", "--isolated")[1])
    assert [f["code"] for f in out["findings"]] == ["CD201"]


def test_bad_config_is_one_line(cd, tmp_path):
    (tmp_path / "copydesk.toml").write_text('min-severity = "loud"\n')
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    one_line_error(*cd("check", p), "min-severity")
    (tmp_path / "copydesk.toml").write_text('colour = "blue"\n')
    one_line_error(*cd("check", p), "colour")
    (tmp_path / "copydesk.toml").write_text('select = [\n')
    one_line_error(*cd("check", p), "copydesk.toml")


def test_baseline_hides_reviewed_findings_and_shows_new_ones(cd, tmp_path, story):
    base = tmp_path / "reviewed.json"
    code, out, err = cd("check", story, "--published", "2025-01-13", "--write-baseline", base, "--fail-on", "warning")
    assert code == 1 and "wrote 1 finding id" in err
    ids = [f["id"] for f in json.loads(base.read_text())["findings"]]
    assert len(ids) == 1
    code, out, _ = cd("check", story, "--published", "2025-01-13", "--baseline", base, "--fail-on", "warning", "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    # a revision adds a new repeated passage; the reviewed one stays hidden
    extra = ("\n\nThe operator said it would run extra sailings until Thursday to clear the backlog "
             "of freight and of travellers stranded on the islands.\n\nThe operator said it would run "
             "extra sailings until Thursday to clear the backlog of freight and of travellers stranded "
             "on the islands.\n")
    story.write_text(STORY.replace("\n\nAbout 300", " Sailings were busy.\n\nAbout 300") + extra, encoding="utf-8")
    code, out, _ = cd("check", story, "--published", "2025-01-13", "--baseline", base, "--format", "json", "--fail-on", "warning")
    found = json.loads(out)["findings"]
    assert code == 1 and len(found) == 1 and found[0]["id"] not in ids
    plain = tmp_path / "ids.txt"
    plain.write_text(f"# reviewed by the night desk\n{found[0]['id']}\n{ids[0]}\n")
    assert cd("check", story, "--published", "2025-01-13", "--baseline", plain, "--fail-on", "warning")[0] == 0


def test_article_text_cannot_steer_the_terminal(cd, tmp_path):
    evil = ("Notes [sic] and [bold red]markup[/] and [/b] stay as written \x1b[31mred\x1b[0m "
            "\u202eright-to-left\u202c and a bell \x07 in the caption (Photo: Desk Archive)")
    text = f"Markup test story\n\nThe first paragraph of the story says nothing of note.\n\n{evil}\n\nA middle paragraph.\n\n{evil}\n"
    p = tmp_path / "evil.txt"
    p.write_text(text, encoding="utf-8")
    code, out, err = cd("check", p)
    assert "[sic]" in out and "[bold red]markup[/]" in out and "[/b]" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[31m" in out and "\\u202e" in out


def test_rules_lists_and_explains(cd):
    code, out, _ = cd("rules")
    assert code == 0 and "CD201" in out and "CD301" in out and "repeated-passage" in out
    code, out, _ = cd("rules", "CD201")
    assert code == 0
    for heading in ("What it finds", "Why it matters", "Example", "duplicate", "warning"):
        assert heading in out
    one_line_error(*cd("rules", "CD998"), "CD998")


def test_show_structure(cd, story):
    code, out, _ = cd("check", story, "--show-structure")
    assert "headline" in out and "caption" in out


def test_version_and_real_process(story):
    res = subprocess.run([sys.executable, "-m", "copydesk", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.startswith("copydesk ")
    res = subprocess.run([sys.executable, "-m", "copydesk", "check", str(story), "--format", "json"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["findings"][0]["code"] == "CD201"
    res = subprocess.run([sys.executable, "-m", "copydesk", "check", "-"], input=b"\x00\x01\x02",
                         capture_output=True)
    assert res.returncode == 2 and b"Traceback" not in res.stderr and res.stderr.count(b"\n") == 1


def test_readme_rules_table_matches_the_registry(cd):
    code, out, _ = cd("rules", "--markdown")
    assert code == 0
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    table = readme.split("<!-- rules-table -->", 1)[1].split("\n\n", 1)[0].strip()
    assert table == out.strip(), "README rules table is stale: paste `copydesk rules --markdown`"


def test_huge_input_on_stdin_is_refused_without_reading_it_all(cd):
    one_line_error(*cd("check", "-", "--max-bytes", "200", stdin=STORY.encode() * 50), "limit")
