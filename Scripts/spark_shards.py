"""The input of a Spark job, sharded so that no result depends on the split.

The input (files, folders or globs on any file system Hadoop reads) is listed file by file in
the order `attribution` reads it, and each file is read with `textFile` into partitions of whole
lines, split at `\\n` only, as `attribution` splits (Hadoop's default also splits at `\\r`; the
session sets the delimiter). A first pass counts the lines of every partition, so that each knows
where it starts in its file: piped through `attribution ... - --stdin-shard FILE:LINE`, records
without an `id` are named and bad records reported by their real place in FILE, exactly as one
run over the whole input names them. The statistics name no record, so their job skips that
pass: its partitions count their lines as they pass and its messages are moved to their real
lines afterwards.
"""

import os

from pyspark import SparkFiles

# The extensions `attribution` reads as JSON Lines inside folders; other files in a folder are
# plain-text articles, which are not sharded.
JSON_LINES = (".jsonl", ".ndjson", ".json")
TEXT = (".txt", ".text")
PLAIN = "a plain-text article, which is not sharded: the Spark jobs read JSON Lines only"


class InputError(Exception):
    """An input that cannot be sharded: missing, or a plain-text article."""


def list_files(sc, inputs):
    """The files `inputs` name, in the order `attribution` reads them: each input in turn, a
    folder's JSON Lines files recursively in sorted order, a glob's matches sorted. Returns
    (uri, name, bytes) triples; `name` is what messages say: the path as typed for local files."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    found = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        matches = fs.globStatus(path)
        if not matches:
            raise InputError(f"{given}: error: no such file or folder")
        local = fs.getUri().getScheme() == "file" and ":" not in given.split("/")[0]
        for status in sorted(matches, key=lambda s: s.getPath().toString()):
            top = status.getPath().toString()
            single = len(matches) == 1 and not any(c in given for c in "*?[{")
            if not status.isDirectory():
                if top.lower().endswith(TEXT):
                    raise InputError(f"{top}: error: {PLAIN}")
                name = given if single else _local_name(top, given)
                found.append((top, name if local else top, status.getLen()))
                continue
            inside = []
            files = fs.listFiles(status.getPath(), True)
            while files.hasNext():
                f = files.next()
                uri = f.getPath().toString()
                relative = uri[len(top) :].lstrip("/")
                if any(part.startswith(".") for part in relative.split("/")):
                    continue
                lower = relative.lower()
                if lower.endswith(TEXT):
                    raise InputError(f"{uri}: error: {PLAIN}")
                if lower.endswith(JSON_LINES):
                    base = given if single else _local_name(top, given)
                    inside.append((relative, uri, f.getLen(), base))
            for relative, uri, size, base in sorted(inside):
                found.append((uri, os.path.join(base, relative) if local else uri, size))
    if not found:
        raise InputError(
            f"{', '.join(inputs)}: error: no JSON Lines files (.jsonl, .ndjson, .json)"
        )
    return found


def _local_name(uri, given):
    """A local file's path as `attribution` would print it: relative when `given` was."""
    path = uri[len("file:") :] if uri.startswith("file:") else uri
    while path.startswith("//"):
        path = path[1:]
    return path if os.path.isabs(given) else os.path.relpath(path)


def read(sc, files, partitions=None):
    """Reads `files` into one RDD of lines, at least `partitions` partitions spread over the files
    by size (Spark's default when None). Returns the RDD and each partition's file (an index)."""
    total = sum(size for _, _, size in files) or 1
    rdds, owners = [], []
    for number, (uri, _, size) in enumerate(files):
        wanted = max(1, -(-partitions * size // total)) if partitions else None
        rdd = sc.textFile(uri, wanted) if wanted else sc.textFile(uri)
        rdds.append(rdd)
        owners += [number] * rdd.getNumPartitions()
    return (sc.union(rdds) if len(rdds) > 1 else rdds[0]), owners


def count_lines(lines):
    """A pass over the input that counts every partition's lines."""
    return lines.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()


def place(files, owners, counts):
    """Each partition's (file name, first line there, line count), from the line counts."""
    shards, first, previous = [], 1, None
    for owner, count in zip(owners, counts):
        if owner != previous:
            first, previous = 1, owner
        shards.append((files[owner][1], first, count))
        first += count
    return shards


def with_header(lines, starts, binary_name, counts=None):
    """Each partition's lines after its header line `BINARY<TAB>FILE:LINE`, the binary's path
    looked up where the partition runs; `starts` gives each partition's (FILE, LINE). With
    `counts` (an accumulator), the lines that pass are counted into it, by partition."""
    starts = lines.context.broadcast(starts)

    def add(index, iterator):
        name, first = starts.value[index]
        yield f"{SparkFiles.get(binary_name)}\t{name}:{first}"
        if counts is None:
            yield from iterator
            return
        count = 0
        for line in iterator:
            count += 1
            yield line
        counts.add({index: count})

    return lines.mapPartitionsWithIndex(add)
