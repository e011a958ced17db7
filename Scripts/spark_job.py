"""The setup the Spark jobs share: the session, the command line, the binary and its shipping."""

import argparse
import os
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# The modules whose functions run on the executors, shipped with SparkContext.addPyFile.
MODULES = ("spark_job.py", "spark_shards.py", "spark_pipe.py", "spark_merge.py")


class JobError(Exception):
    """What stops a job: a binary that cannot run at all, or a merge that fails."""


def session(app, master=None):
    """A Spark session whose text files split at `\\n` alone, with a quiet console."""
    builder = (
        SparkSession.builder.appName(app)
        .config("spark.hadoop.textinputformat.record.delimiter", "\n")
        .config("spark.ui.showConsoleProgress", "false")
    )
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):  # one machine: keep the driver on loopback
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    here = os.path.dirname(os.path.abspath(__file__))
    for module in MODULES:
        spark.sparkContext.addPyFile(os.path.join(here, module))
    return spark


def ship(sc, binary):
    """Makes `binary` a Spark file (unless `--files` already shipped one of that name) and
    returns the name executors find it under with `SparkFiles.get`."""
    name = os.path.basename(binary)
    conf = sc.getConf()
    listed = conf.get("spark.files", "") + "," + conf.get("spark.yarn.dist.files", "")
    if not any(os.path.basename(f) == name for f in listed.split(",") if f):
        sc.addFile(os.path.abspath(binary))
    return name


def default_binary():
    """The release build beside this script, else `attribution` on PATH."""
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", ".build", "release", "attribution")
    if os.path.exists(built):
        return os.path.normpath(built)
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(folder, "attribution")
        if os.access(candidate, os.X_OK):
            return candidate
    return built


def local_binary(name, given):
    """The binary's path on the driver: the shipped copy, else the one given."""
    shipped = SparkFiles.get(name)
    return shipped if os.path.exists(shipped) else given


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        say(f"{self.prog}: error: {message}")
        sys.exit(64)


def arguments(program, doc, argv, output=False):
    """The command line of a job script; a usage error exits 64, as `attribution` does."""
    parser = _Parser(prog=program, description=doc.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    if output:
        parser.add_argument("output", metavar="OUTPUT")
    parser.add_argument("--partitions", type=int, metavar="N", help="at least N partitions")
    parser.add_argument(
        "--master", metavar="URL", help="Spark master (default: spark-submit's, else local[*])"
    )
    parser.add_argument(
        "--binary",
        metavar="PATH",
        help="the attribution binary to ship to the executors (default: the one --files "
        "shipped, else .build/release/attribution, else attribution on PATH)",
    )
    parsed = parser.parse_args(argv)
    if parsed.partitions is not None and parsed.partitions < 1:
        parser.error("--partitions must be at least 1")
    parsed.binary = parsed.binary or default_binary()
    return parsed


def say(line):
    sys.stderr.write(line + "\n")
