"""The Spark jobs (Scripts/spark_stats.py, Scripts/spark_trace.py) in local mode, for real: the
whole shared corpus sharded into partitions gives the bytes one `attribution` run gives, and
bad or crashing records are named and accounted for.

Needs pyspark 4, Java 17, the release build (`swift build -c release`) and ../shared/corpus.
Run: python3 -m pytest Tests/spark
"""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCRIPTS = os.path.join(ROOT, "Scripts")
BINARY = os.path.join(ROOT, ".build", "release", "attribution")
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
MASTER = "local[2]"
ENV = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1")

sys.path.insert(0, SCRIPTS)


def _missing():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'pyspark>=4,<5')"
    if shutil.which("java") is None:
        return "java is not installed"
    if not os.access(BINARY, os.X_OK):
        return "the release build is missing (swift build -c release)"
    if not os.path.isdir(CORPUS):
        return "../shared/corpus is missing"
    return None


# In CI a missing piece fails the run; elsewhere the tests say what is missing and skip.
if _missing():
    if os.environ.get("CI"):
        raise RuntimeError(_missing())
    pytest.skip(_missing(), allow_module_level=True)

import spark_job as job  # noqa: E402
from spark_merge import FAN_IN  # noqa: E402
import spark_report as report  # noqa: E402
import spark_stats  # noqa: E402
import spark_trace  # noqa: E402
from spark_shards import InputError  # noqa: E402


def attribution(*arguments):
    return subprocess.run([BINARY, *arguments], capture_output=True, cwd=ROOT)


def script(name, *arguments):
    command = [sys.executable, os.path.join(SCRIPTS, name), *arguments, "--master", MASTER]
    return subprocess.run(command, capture_output=True, cwd=ROOT, env=ENV)


def errors(stderr):
    """The lines of stderr that report a record, without Spark's own log lines."""
    return [line for line in stderr.decode().split("\n") if ": error: " in line]


@pytest.fixture(scope="module")
def sc():
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    spark = job.session("attribution tests", MASTER)
    yield spark.sparkContext
    spark.stop()


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    """A copy of the Indonesian corpus with a record without "id" every seventh line, a broken
    record, a record without text, and two records that the crashing binary below dies on."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = open(os.path.join(CORPUS, "id.jsonl"), encoding="utf-8").read().rstrip("\n").split("\n")
    out = []
    for number, line in enumerate(lines, start=1):
        if number % 7 == 0:
            record = json.loads(line)
            del record["id"]
            line = json.dumps(record, ensure_ascii=False)
        out.append(line)
    out[2999] = '{"id": "broken", "text" "no colon"}'
    out[3999] = '{"id": "empty", "title": "no text"}'
    out[1499] = json.dumps({"id": "crash-1", "text": "CRASH-ME Jakarta (ANTARA) - Tes."})
    out[4200] = json.dumps({"text": "CRASH-ME again (Reuters) - Tes."})
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    without = folder / "without-crashes.jsonl"
    without.write_text("".join(x + "\n" for x in out if "CRASH-ME" not in x), encoding="utf-8")
    return path, without


@pytest.fixture(scope="module")
def crashing(tmp_path_factory):
    """A stand-in for the binary that dies of SIGSEGV on any input holding CRASH-ME and is the
    real binary otherwise."""
    path = tmp_path_factory.mktemp("bin") / "crashing-attribution"
    path.write_text(
        "#!/bin/sh\n"
        f"real='{BINARY}'\n"
        'case "$1" in stats|trace) ;; *) exec "$real" "$@" ;; esac\n'
        "input=$(mktemp)\n"
        'cat > "$input"\n'
        'if grep -q CRASH-ME "$input"; then rm -f "$input"; kill -SEGV $$; fi\n'
        '"$real" "$@" < "$input"\n'
        "status=$?\n"
        'rm -f "$input"\n'
        "exit $status\n"
    )
    path.chmod(0o755)
    return str(path)


def test_stats_of_the_whole_corpus_in_8_partitions_are_the_bytes_of_one_run():
    one = attribution("stats", "../shared/corpus", "--format", "json")
    spark = script("spark_stats.py", "../shared/corpus", "--partitions", "8")
    assert spark.returncode == 0, spark.stderr.decode()[-2000:]
    summary = re.search(rb"spark_stats: (\d+) records in (\d+) partitions of 3 files", spark.stderr)
    assert summary and int(summary.group(1)) >= 9700 and int(summary.group(2)) >= 8
    assert spark.stdout == one.stdout


@pytest.mark.parametrize("partitions,fan_in", [(1, FAN_IN), (13, FAN_IN), (13, 2)])
def test_stats_do_not_depend_on_the_split_or_the_merge_tree(sc, partitions, fan_in):
    one = attribution("stats", "../shared/corpus", "--format", "json").stdout.decode()
    merged, _, skipped = spark_stats.run(sc, [CORPUS], BINARY, partitions, fan_in)
    assert merged == one and skipped == 0


def test_a_bad_record_is_named_by_file_line_and_partition_and_counted(damaged):
    path, _ = damaged
    one = attribution("stats", str(path), "--format", "json")
    spark = script("spark_stats.py", str(path), "--partitions", "8")
    assert spark.returncode == 1 == one.returncode
    assert spark.stdout == one.stdout
    records = json.loads(spark.stdout)["records"]
    assert records["read"] == records["traced"] + records["skipped"] == 4707
    assert records["skipped_reasons"] == {"malformed_json": 1, "missing_text": 1}
    said = errors(spark.stderr)
    assert len(said) == 2
    for line, message in zip(said, errors(one.stderr)):
        partition = re.fullmatch(re.escape(message) + r" \(partition (\d+) of (\d+)\)", line)
        assert partition, line
        assert 0 < int(partition.group(1)) < int(partition.group(2))
    assert said[0].startswith(f"{path}:3000:")
    assert (
        "spark_stats: skipped 2 input records (malformed_json 1, missing_text 1)"
        in spark.stderr.decode()
    )


def test_a_crashing_record_is_isolated_named_and_skipped(sc, damaged, crashing):
    path, without = damaged
    merged, messages, skipped = spark_stats.run(sc, [str(path)], crashing, 8)
    stats = json.loads(merged)
    expected = json.loads(attribution("stats", str(without), "--format", "json").stdout)
    assert stats["records"] == {
        "read": 4707,
        "traced": 4703,
        "skipped": 4,
        "skipped_reasons": {"crashed": 2, "malformed_json": 1, "missing_text": 1},
    }
    stats["records"] = expected["records"] = None
    assert stats == expected
    crashes = [m for m in messages if "crashed on this record" in m]
    assert [m.split(": error:")[0] for m in crashes] == [f"{path}:1500", f"{path}:4201"]
    assert all(re.search(r"\(signal 11\); skipped \(partition \d+ of \d+\)$", m) for m in crashes)
    assert any(
        re.match(r"spark_stats: partition \d+ of \d+ \(.* lines \d+-\d+\) crashed", m)
        for m in messages
    )


def test_traces_are_written_back_as_the_bytes_of_one_run(tmp_path, damaged, crashing):
    path, _ = damaged
    one = attribution("trace", str(path), "--format", "jsonl")
    output = tmp_path / "traces"
    spark = script(
        "spark_trace.py", str(path), str(output), "--partitions", "8", "--binary", crashing
    )
    assert spark.returncode == 1, spark.stderr.decode()[-2000:]
    parts = sorted(p for p in os.listdir(output) if p.startswith("part-"))
    assert len(parts) >= 8
    written = b"".join((output / p).read_bytes() for p in parts)
    expected = b"".join(
        line
        for line in one.stdout.splitlines(keepends=True)
        if b'"crash-1"' not in line and b'"corpus:4201"' not in line
    )
    assert written == expected
    assert (
        written.count(b'"id": "corpus:4207"') == 1
    )  # named by its line in the file, not in its partition
    said = spark.stderr.decode()
    assert "spark_trace: read 4707 records in" in said and "traced 4703, skipped 4;" in said
    assert (
        "spark_trace: skipped 4 input records (crashed 2, malformed_json 1, missing_text 1)" in said
    )
    assert [e.split(": error:")[0] for e in errors(spark.stderr)] == [
        f"{path}:1500",
        f"{path}:3000:25",
        f"{path}:4000",
        f"{path}:4201",
    ]


def test_a_binary_that_cannot_run_stops_the_job_with_its_message(sc, tmp_path):
    refusing = tmp_path / "refusing-attribution"
    refusing.write_text("#!/bin/sh\necho 'attribution: error: unknown option' >&2\nexit 64\n")
    refusing.chmod(0o755)
    with pytest.raises(
        job.JobError, match=r"partition 0: exit status 64: attribution: error: unknown option"
    ):
        spark_stats.run(sc, [os.path.join(CORPUS, "en.jsonl")], str(refusing), 2)


def test_messages_of_a_shard_numbered_from_1_move_to_their_lines_in_the_file():
    said = [
        "c.jsonl:12:5: error: not a JSON object: expected ':'",
        'c.jsonl:3: error: record has no "text" string',
        "c.jsonl: error: cannot read: broken pipe",
        "c.jsonl.bak:4: error: x",
        "attribution: skipped 2 input records (malformed_json 1, missing_text 1)",
    ]
    assert (
        report.moved(said, "c.jsonl", 1000)
        == [
            "c.jsonl:1012:5: error: not a JSON object: expected ':'",
            'c.jsonl:1003: error: record has no "text" string',
        ]
        + said[2:]
    )
    assert report.skipped_reasons(said) == {"malformed_json": 1, "missing_text": 1}
    assert report.diagnostics(said[:1] + said[4:], 3, 9) == [
        "c.jsonl:12:5: error: not a JSON object: expected ':' (partition 3 of 9)"
    ]


def test_inputs_the_jobs_cannot_shard_and_an_existing_output_are_refused(sc, tmp_path):
    with pytest.raises(InputError, match="already exists"):
        spark_trace.run(sc, [os.path.join(CORPUS, "en.jsonl")], str(tmp_path), BINARY)
    article = tmp_path / "article.txt"
    article.write_text("Jakarta (ANTARA) - Tes.")
    with pytest.raises(InputError, match="a plain-text article, which is not sharded"):
        spark_stats.run(sc, [str(article)], BINARY)
    with pytest.raises(InputError, match="no such file or folder"):
        spark_stats.run(sc, [str(tmp_path / "missing.jsonl")], BINARY)
