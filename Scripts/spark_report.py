"""What the Spark jobs say on stderr: each bad record with its partition, crashes, the counts."""


def status_words(status):
    """`exit status 3`, or `signal 11` for a process killed by one."""
    return f"signal {status - 128}" if status > 128 else f"exit status {status}"


def where(index, count):
    """` (partition 4 of 9)`, after a message: partitions are numbered from 0, as Spark's are."""
    return f" (partition {index} of {count})"


def crash_note(program, shard, index, count, status, alone):
    """What is said of a partition whose binary crashed, before its records are named."""
    name, first, lines = shard
    last = first + lines - 1
    return (
        f"{program}: partition {index} of {count} ({name} lines {first}-{last}) crashed "
        f"({status_words(status)}); run again in halves: {alone} record"
        f"{'' if alone == 1 else 's'} skipped, the rest traced"
    )


def crash_message(name, line, status, index, count):
    """The message of a record the binary crashed on, located as `attribution` locates one."""
    return (
        f"{name}:{line}: error: the tracer crashed on this record ({status_words(status)}); "
        f"skipped{where(index, count)}"
    )


def diagnostics(stderr_lines, index, count):
    """The binary's messages about records, each followed by the partition it came from."""
    return [
        line + where(index, count)
        for line in stderr_lines
        if line and not line.startswith("attribution: skipped ")
    ]


def moved(stderr_lines, name, lines):
    """The binary's messages about a shard numbered from line 1, moved down by `lines` lines:
    `FILE:12:5: error: ...` becomes `FILE:1012:5: error: ...`."""
    head = name + ":"
    out = []
    for line in stderr_lines:
        rest = line[len(head) :] if line.startswith(head) else ""
        digits = len(rest) - len(rest.lstrip("0123456789"))
        if 0 < digits < len(rest) and rest[digits] == ":":
            line = f"{head}{int(rest[:digits]) + lines}{rest[digits:]}"
        out.append(line)
    return out


def skipped_reasons(stderr_lines):
    """The counts of the binary's closing line `attribution: skipped N input records (a 1, b 2)`."""
    counts = {}
    for line in stderr_lines:
        if line.startswith("attribution: skipped ") and line.endswith(")"):
            for pair in line[line.index("(") + 1 : -1].split(", "):
                reason, n = pair.rsplit(" ", 1)
                counts[reason] = counts.get(reason, 0) + int(n)
    return counts


def add_counts(total, counts):
    for reason, n in counts.items():
        total[reason] = total.get(reason, 0) + n


def skipped_line(program, reasons):
    """The closing count, worded as `attribution` words it."""
    total = sum(reasons.values())
    listed = ", ".join(f"{k} {reasons[k]}" for k in sorted(reasons))
    return f"{program}: skipped {total} input record{'' if total == 1 else 's'} ({listed})"
