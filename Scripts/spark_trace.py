#!/usr/bin/env python3
"""Traces of a JSON Lines corpus on Apache Spark, written back as a dataset: OUTPUT is a folder of
part files (part-00000, part-00001, ...) that, read in name order, hold the same bytes
`attribution trace INPUT... --format jsonl` prints.

    Scripts/spark_trace.py INPUT... OUTPUT [--partitions N] [--master URL] [--binary PATH]

INPUT as for spark_stats.py; OUTPUT a folder that does not exist yet, on any file system Hadoop
writes (local, hdfs://, s3a://). Each partition is piped through `attribution trace -
--stdin-shard FILE:LINE --format jsonl` into its own part file. Bad records are reported on
stderr with their partition, a record that crashes the binary is skipped and named (its
partition's part file is rewritten without it), and the closing line accounts for every record:
read = traced + skipped. Exit status 1 when any record was skipped, as `attribution` does.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import spark_job as job  # noqa: E402
import spark_report as report  # noqa: E402
from spark_pipe import DictParam, crashed, fatal, isolate, run_partitions  # noqa: E402
from spark_shards import InputError, count_lines, list_files, place, read, with_header  # noqa: E402


def run(sc, inputs, output, binary, partitions=None):
    """Writes the traces to `output`; returns the lines to say on stderr and the count of
    records skipped. Raises InputError or job.JobError when the job cannot run."""
    target = sc._jvm.org.apache.hadoop.fs.Path(output)
    if target.getFileSystem(sc._jsc.hadoopConfiguration()).exists(target):
        raise InputError(f"{output}: error: already exists; the traces go to a new folder")
    shipped = job.ship(sc, binary)
    files = list_files(sc, inputs)
    lines, owners = read(sc, files, partitions)
    # Records without an `id` are named by their line: a first pass counts each partition's lines.
    shards = place(files, owners, count_lines(lines))
    reports = sc.accumulator({}, DictParam())
    command = ["trace", "--format", "jsonl", "--jobs", sc.getConf().get("spark.task.cpus", "1")]
    headered = with_header(lines, [(file, first) for file, first, _ in shards], shipped)
    run_partitions(headered, command, reports).saveAsTextFile(output)
    reports = reports.value
    problem = fatal(reports)
    if problem:
        raise job.JobError(problem)
    count = len(shards)
    messages, traced, reasons = [], 0, {}
    for index in range(count):
        said = reports[index]["stderr"]
        if not crashed(reports[index]["status"]):
            messages += report.diagnostics(said, index, count)
            report.add_counts(reasons, report.skipped_reasons(said))
            traced += reports[index]["lines"]
            continue
        pieces = isolate(lines, shards, shipped, command, index)
        alone = sum(1 for piece in pieces if piece[0] == "crashed")
        status = reports[index]["status"]
        messages.append(
            report.crash_note("spark_trace", shards[index], index, count, status, alone)
        )
        kept = []
        for piece in pieces:
            if piece[0] == "ok":
                kept.append(piece[1])
                traced += piece[1].count("\n")
                said = piece[2].split("\n")
                messages += report.diagnostics(said, index, count)
                report.add_counts(reasons, report.skipped_reasons(said))
            else:
                messages.append(
                    report.crash_message(shards[index][0], piece[1], piece[2], index, count)
                )
                report.add_counts(reasons, {"crashed": 1})
        write_part(sc, output, index, "".join(kept))
    skipped = sum(reasons.values())
    messages.append(
        f"spark_trace: read {traced + skipped} records in {count} partitions of {len(files)} "
        f"file{'' if len(files) == 1 else 's'}: traced {traced}, skipped {skipped}; wrote {output}"
    )
    if skipped:
        messages.append(report.skipped_line("spark_trace", reasons))
    return messages, skipped


def write_part(sc, output, index, text):
    """Rewrites the part file of partition `index` (run again after a crash) in place."""
    path = sc._jvm.org.apache.hadoop.fs.Path(f"{output.rstrip('/')}/part-{index:05d}")
    stream = path.getFileSystem(sc._jsc.hadoopConfiguration()).create(path, True)
    data = text.encode()
    try:
        for start in range(0, len(data), 1 << 22):
            stream.write(data[start : start + (1 << 22)])
    finally:
        stream.close()


def main(argv):
    parsed = job.arguments("spark_trace", __doc__, argv, output=True)
    spark = job.session("attribution trace", parsed.master)
    try:
        messages, skipped = run(
            spark.sparkContext, parsed.inputs, parsed.output, parsed.binary, parsed.partitions
        )
    except InputError as error:
        job.say(str(error))
        return 1
    except job.JobError as error:
        job.say(f"spark_trace: error: {error}")
        return 1
    finally:
        spark.stop()
    for message in messages:
        job.say(message)
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
