#!/usr/bin/env python3
"""Agency-citation statistics of a JSON Lines corpus on Apache Spark: prints on stdout the same
bytes `attribution stats INPUT... --format json` prints.

    Scripts/spark_stats.py INPUT... [--partitions N] [--master URL] [--binary PATH]

INPUT: JSON Lines files, folders (their .jsonl, .ndjson and .json files, recursively) or globs on
any file system Hadoop reads (local, hdfs://, s3a://). Each partition is piped through
`attribution stats - --stdin-shard FILE:LINE --format json` and the partial statistics are merged
with `attribution merge`. Bad records are reported on stderr as `FILE:LINE:COL: error: ...` with
the partition they were in, a record that crashes the binary is skipped and named, and the
closing count says what was skipped; exit status 1 then, as `attribution` does.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import spark_job as job  # noqa: E402
import spark_report as report  # noqa: E402
from spark_merge import FAN_IN, crashed_stats, merge_json, merge_tree  # noqa: E402
from spark_pipe import DictParam, crashed, fatal, isolate, run_partitions  # noqa: E402
from spark_shards import InputError, count_lines, list_files, place, read, with_header  # noqa: E402


def run(sc, inputs, binary, partitions=None, fan_in=FAN_IN):
    """The merged statistics JSON, the lines to say on stderr and the count of records skipped;
    raises InputError or job.JobError when the job cannot run."""
    shipped = job.ship(sc, binary)
    files = list_files(sc, inputs)
    lines, owners = read(sc, files, partitions)
    # No record is named in the statistics: partitions count their lines as they pass instead of
    # in a pass of their own, and their messages are moved to their real lines afterwards.
    counts = sc.accumulator({}, DictParam())
    reports = sc.accumulator({}, DictParam())
    command = ["stats", "--format", "json", "--jobs", sc.getConf().get("spark.task.cpus", "1")]
    starts = [(files[owner][1], 1) for owner in owners]
    headered = with_header(lines, starts, shipped, counts)
    texts = merge_tree(run_partitions(headered, command, reports, whole=True), shipped, fan_in)
    reports, counts = reports.value, counts.value
    problem = fatal(reports)
    if problem:
        raise job.JobError(problem)
    if len(counts) < len(owners):  # a partition that did not say: count them all
        counts = dict(enumerate(count_lines(lines)))
    shards = place(files, owners, [counts[index] for index in range(len(owners))])
    count = len(shards)
    messages, crashes = [], 0
    for index in range(count):
        if not crashed(reports[index]["status"]):
            said = report.moved(reports[index]["stderr"], shards[index][0], shards[index][1] - 1)
            messages += report.diagnostics(said, index, count)
            continue
        pieces = isolate(lines, shards, shipped, command, index)
        alone = sum(1 for piece in pieces if piece[0] == "crashed")
        status = reports[index]["status"]
        messages.append(
            report.crash_note("spark_stats", shards[index], index, count, status, alone)
        )
        for piece in pieces:
            if piece[0] == "ok":
                texts.append(piece[1])
                messages += report.diagnostics(piece[2].split("\n"), index, count)
            else:
                messages.append(
                    report.crash_message(shards[index][0], piece[1], piece[2], index, count)
                )
        crashes += alone
    if crashes:
        texts.append(crashed_stats(crashes))
    merged = merge_json(job.local_binary(shipped, binary), texts)
    records = json.loads(merged)["records"]
    messages.append(
        f"spark_stats: {records['read']} records in {count} partitions of {len(files)} "
        f"file{'' if len(files) == 1 else 's'}"
    )
    if records["skipped"]:
        messages.append(report.skipped_line("spark_stats", records["skipped_reasons"]))
    return merged, messages, records["skipped"]


def main(argv):
    parsed = job.arguments("spark_stats", __doc__, argv)
    spark = job.session("attribution stats", parsed.master)
    try:
        merged, messages, skipped = run(
            spark.sparkContext, parsed.inputs, parsed.binary, parsed.partitions
        )
    except InputError as error:
        job.say(str(error))
        return 1
    except job.JobError as error:
        job.say(f"spark_stats: error: {error}")
        return 1
    finally:
        spark.stop()
    for message in messages:
        job.say(message)
    sys.stdout.buffer.write(merged.encode())
    sys.stdout.flush()
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
