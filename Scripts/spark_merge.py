"""Partial statistics merged with `attribution merge`, on the executors when there are many."""

import os
import subprocess
import tempfile

from pyspark import SparkFiles

from spark_job import JobError

# `attribution merge` reads at most this many partial statistics at once; more merge in a tree.
FAN_IN = 256


def merge_json(binary, partials):
    """`attribution merge --format json` over partial statistics (JSON texts); returns its text."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, text in enumerate(partials):
            path = os.path.join(folder, f"{number}.json")
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(text)
            paths.append(path)
        done = subprocess.run(
            [binary, "merge", "--format", "json", *paths], capture_output=True, check=False
        )
        if done.returncode != 0:
            said = done.stderr.decode(errors="replace").strip()
            raise JobError(f"attribution merge failed (exit status {done.returncode}): {said}")
        return done.stdout.decode()


def merge_tree(partials, binary_name, fan_in=FAN_IN):
    """Merges an RDD of partial statistics, FAN_IN at a time on the executors, until at most
    FAN_IN are left; returns those."""
    count = partials.getNumPartitions()
    while count > fan_in:
        count = -(-count // fan_in)

        def merge_group(pairs):
            texts = [text for _, text in pairs]
            return [merge_json(SparkFiles.get(binary_name), texts)] if texts else []

        partials = (
            partials.mapPartitionsWithIndex(
                lambda index, texts, f=fan_in: ((index // f, t) for t in texts)
            )
            .partitionBy(count, lambda key: key)
            .mapPartitions(merge_group)
        )
    return partials.collect()


def crashed_stats(count):
    """The statistics of `count` records skipped as crashed: what `attribution stats` prints
    for records it skips, with no article counted."""
    return (
        '{"format": "attribution-stats", "version": 1, '
        f'"records": {{"read": {count}, "traced": 0, "skipped": {count}, '
        f'"skipped_reasons": {{"crashed": {count}}}}}, '
        '"articles": {"with_publisher": 0, "with_agency": 0}, "sources": [], "publishers": [], '
        '"cue_families": {}, "chain_depth": {}, "months": {}}\n'
    )
