"""Each partition through the binary with `RDD.pipe`, and what to do when the binary crashes.

A shell wrapper runs the binary on the partition (its first line, the header, says where the
binary is on that executor and which shard of which file the partition is) and hands back, after
the binary's output, its exit status and standard error. A partition whose binary crashed is run
again in a second job, halving it until each crashing record is alone: the rest is traced, each
such record is skipped (reason `crashed`) and named, so that read = traced + skipped still holds
over the whole corpus. A crash that does not happen again (memory that ran out) leaves nothing
skipped: the partition is traced whole on its second run.
"""

import shlex
import subprocess

from pyspark import AccumulatorParam, SparkFiles

# A report line of the wrapper starts with this byte, which no line of JSON output holds raw.
MARK = "\x1e"
# Exit statuses that are no crash of one record: a usage error (64), a binary that cannot run
# (126, 127) and the wrapper's own failures (70, 71). The job stops on them.
FATAL = {64, 70, 71, 126, 127}
# The environment of the wrapper (RDD.pipe gives it no other).
PIPE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C"}

# Run by `sh -c` for every partition. Its first input line is the header `BINARY<TAB>FILE:LINE`;
# after the binary's own output it prints a line break and the report: the exit status, then
# each line of standard error, every report line after MARK.
WRAPPER = r"""
IFS='	' read -r bin shard || exit 70
err=$(mktemp) || exit 71
"$bin" "$@" - --stdin-shard "$shard" 2>"$err"
status=$?
cat >/dev/null
printf '\n\036status %d\n' "$status"
sed 's/^/\x1e/' "$err"
rm -f "$err"
"""
WRAPPER = WRAPPER.replace("\\x1e", MARK)


class DictParam(AccumulatorParam):
    """Partition reports keyed by partition index: a task run twice reports the same thing."""

    def zero(self, value):
        return {}

    def addInPlace(self, a, b):
        a.update(b)
        return a


def pipe_command(arguments):
    """The `RDD.pipe` command: the wrapper with the binary's arguments."""
    return shlex.join(["sh", "-c", WRAPPER, "attribution-shard", *arguments])


def run_partitions(headered, arguments, reports, whole=False):
    """Pipes every partition through the binary and adds the partition's report ({status,
    stderr lines, output lines}) to the accumulator `reports`. Yields the output lines as they
    come, or with `whole` one text for the partition, and none when its binary crashed."""

    def split(index, lines):
        held, count, kept, status, errors = None, 0, [], None, []
        for line in lines:
            if line.startswith(MARK):
                held = None
                if status is None and line.startswith(MARK + "status "):
                    status = int(line[len(MARK) + 7 :])
                else:
                    errors.append(line[len(MARK) :])
                continue
            if held is not None:
                count += 1
                if whole:
                    kept.append(held)
                else:
                    yield held
            held = line
        if status is None:  # no report at all: the wrapper itself died
            status = 70
        reports.add({index: {"status": status, "stderr": errors, "lines": count}})
        if whole and status in (0, 1):
            yield "".join(line + "\n" for line in kept)

    return headered.pipe(pipe_command(arguments), env=PIPE_ENV).mapPartitionsWithIndex(split)


def fatal(reports):
    """The first partition whose run says the job cannot go on, with its message, or None."""
    for index in sorted(reports):
        report = reports[index]
        if report["status"] in FATAL:
            said = "; ".join(report["stderr"][-3:]) or "no message"
            return f"partition {index}: exit status {report['status']}: {said}"
    return None


def crashed(status):
    """Whether a run's exit status is a crash (a signal, or any status but 0, 1 and FATAL)."""
    return status not in (0, 1) and status not in FATAL


def isolate(lines, shards, binary_name, arguments, index):
    """Runs partition `index` again, halving the records whose run crashes until each crashing
    record is alone. Returns its pieces in input order: ("ok", stdout, stderr) for records
    traced, ("crashed", line, status) for each record skipped."""
    name, first, _ = shards[index]

    def run(iterator):
        records = list(iterator)
        binary = SparkFiles.get(binary_name)
        pieces, todo = [], [(0, len(records))]
        while todo:
            a, b = todo.pop()
            text = "".join(r.rstrip("\n") + "\n" for r in records[a:b]).encode()
            command = [binary, *arguments, "-", "--stdin-shard", f"{name}:{first + a}"]
            done = subprocess.run(command, input=text, capture_output=True)
            status = done.returncode if done.returncode >= 0 else 128 - done.returncode
            if not crashed(status):
                if status in FATAL:
                    raise RuntimeError(f"{name}:{first + a}: exit status {status}: {done.stderr!r}")
                pieces.append(("ok", done.stdout.decode(), done.stderr.decode()))
            elif b - a == 1:
                pieces.append(("crashed", first + a, status))
            else:
                middle = (a + b) // 2
                todo += [(middle, b), (a, middle)]
        return [pieces]

    return lines.context.runJob(lines, run, [index])[0]
