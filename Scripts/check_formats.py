#!/usr/bin/env python3
"""Reads every output format of `attribution graph` and `attribution report` back with a real
reader, on the example page, the seed, hostile names and ids, and the shared corpus:

  dot        dot -Kpatchwork -Tcanon (a strict parse without layout): exit 0, empty stderr
  json       json.load, networkx.node_link_graph: node and edge counts
  prov-json  prov.read(format="json"): records counted; equal to the PROV-N document
  prov-n     prov.read(format="provn")
  graphml    xmllint --noout; networkx.read_graphml: node and edge counts (it invents nodes for
             dangling edges), attribute types
  csv        csv.reader: a row an edge, seven cells each
  mermaid    line grammar: every node declared once, every edge between declared nodes
  svg, png   xmllint --noout on the SVG; the PNG signature and size
  report     html.parser: balanced elements, nothing loaded from outside; headless Chromium:
             the page loads with no console message (a CSP violation would be one)

Usage: Scripts/check_formats.py BINARY [SHARED]   (SHARED defaults to ../shared)
Prints one line a check and a table of which reader accepted which outputs; exits 1 on the
first failure. Needs Graphviz, libxml2-utils and the Python packages prov and networkx;
Chromium is used when it is installed (CHROMIUM names another browser binary).
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from html.parser import HTMLParser

import networkx
import prov

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMATS = ["dot", "json", "prov-json", "prov-n", "graphml", "mermaid", "csv"]
accepted = defaultdict(int)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run(args, stdout=subprocess.PIPE, **kw):
    return subprocess.run(args, stdout=stdout, stderr=subprocess.PIPE, **kw)


def write_hostile(folder):
    """An outlet table and a corpus whose names and ids try to break every format."""
    table = os.path.join(folder, "hostile.tsv")
    with open(table, "w", encoding="utf-8") as f:
        f.write("name\tkind\taliases\n")
        f.write('Harian "Rakyat" <b>&amp; {x}\tnewspaper\tHarian Rakyat Kita\n')
        f.write("Back\\slash -> #quot; `tick`; [x=1] %% -\tonline\tKoran Garis Miring\n")
        f.write('=HYPERLINK("x"), @zurich \u201cZeitung\u201d \u202eevil\tmagazine\tMajalah Formula\n')
    corpus = os.path.join(folder, "hostile.jsonl")
    records = [
        {"id": 'a"b<c>&d\n{e}\u0007 -> f \\ ]]> --> %% endDocument',
         "text": "Suara.com - Harga naik, menurut laporan Harian Rakyat Kita. Seperti dilansir dari "
                 "Koran Garis Miring, kata Budi kepada Majalah Formula. (Antara)"},
        {"id": "=cmd|' /C calc'!A0",
         "text": "Jakarta (ANTARA) - Harga naik, dilansir dari Koran Garis Miring."},
        {"id": "page <script>", "html": "<html><head><meta property='og:site_name' content='Kompas.com'>"
         "<script>var s = 'dilansir dari Reuters';</script></head><body><nav>Detik</nav>"
         "<p>Harga naik, menurut laporan Harian Rakyat Kita.</p></body></html>"},
    ]
    with open(corpus, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
    return table, corpus


def check_dot(path):
    result = run(["dot", "-Kpatchwork", "-Tcanon", path])
    if result.returncode != 0 or result.stderr:
        fail(f"{path}: dot -Kpatchwork -Tcanon: exit {result.returncode}: {result.stderr.decode()[:500]}")
    accepted["dot -Kpatchwork -Tcanon"] += 1


def check_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    graph = networkx.node_link_graph(data, edges="edges")
    if graph.number_of_nodes() != len(data["nodes"]) or graph.number_of_edges() != len(data["edges"]):
        fail(f"{path}: networkx read {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges, "
             f"the file has {len(data['nodes'])} and {len(data['edges'])}")
    for edge in data["edges"]:
        if edge["relation"] != "published" and not 0 < edge["confidence"] <= 1:
            fail(f"{path}: confidence {edge['confidence']} out of range")
    accepted["json + networkx.node_link_graph"] += 1
    return data


def check_prov(json_path, provn_path, graph):
    document = prov.read(json_path, format="json")
    notation = prov.read(provn_path, format="provn")
    with open(json_path, encoding="utf-8") as f:
        raw = json.load(f)
    counted = sum(len(v) for k, v in raw.items() if k != "prefix")
    if len(document.records) != counted:
        fail(f"{json_path}: prov read {len(document.records)} records, the file has {counted}")
    if document != notation:
        fail(f"{provn_path}: the PROV-N document differs from the PROV-JSON one")
    outlets = [n for n in graph["nodes"] if n["kind"] not in ("document", "article")]
    agents = list(document.get_records(prov.model.ProvAgent))
    if len(agents) != len(outlets):
        fail(f"{json_path}: {len(agents)} agents for {len(outlets)} outlets, bodies and people")
    accepted["prov.read json"] += 1
    accepted["prov.read provn (== json)"] += 1


def check_graphml(path, graph):
    result = run(["xmllint", "--noout", path])
    if result.returncode != 0:
        fail(f"{path}: xmllint: {result.stderr.decode()[:500]}")
    accepted["xmllint (GraphML)"] += 1
    read = networkx.read_graphml(path, force_multigraph=True)
    if read.number_of_nodes() != len(graph["nodes"]) or read.number_of_edges() != len(graph["edges"]):
        fail(f"{path}: networkx read {read.number_of_nodes()} nodes and {read.number_of_edges()} edges, "
             f"the graph has {len(graph['nodes'])} and {len(graph['edges'])}")
    for _, attributes in read.nodes(data=True):
        if not isinstance(attributes.get("published"), int) or not isinstance(attributes.get("label"), str):
            fail(f"{path}: node attributes are not typed: {attributes}")
    for _, _, attributes in read.edges(data=True):
        if not isinstance(attributes.get("weight"), int):
            fail(f"{path}: edge weight is not an int: {attributes}")
        if "confidence" in attributes and not isinstance(attributes["confidence"], float):
            fail(f"{path}: edge confidence is not a double: {attributes}")
    accepted["networkx.read_graphml"] += 1


def check_csv(path, graph):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["source", "target", "relation", "weight", "confidence", "source_kind", "target_kind"]:
        fail(f"{path}: header {rows[0]}")
    if len(rows) - 1 != len(graph["edges"]) or any(len(row) != 7 for row in rows):
        fail(f"{path}: {len(rows) - 1} rows for {len(graph['edges'])} edges")
    if any(cell[:1] in ("=", "+", "-", "@") for row in rows for cell in row[:2]):
        fail(f"{path}: a cell a spreadsheet would run as a formula")
    accepted["csv.reader"] += 1


NODE = re.compile(r'^  ([na]\d+)(\(\[|\[\[|\{\{|\[/|\(|>|\[)"([^"<>`\n]*)"(\]\)|\]\]|\}\}|/\]|\)|\])'
                  r':::([a-z]+)$')
EDGE = re.compile(r"^  ([na]\d+) (==>|-->|-\.->|--o|--x|-\.-)\|([a-z]+(?: \d+)?)\| ([na]\d+)$")


def check_mermaid(path, graph):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        fail(f"{path}: no final newline")
    body = lines[:-1]
    if body[0] == "---":
        end = body.index("---", 1)
        if not re.match(r'^title: "([^"\\]|\\.)*"$', body[1]) or end != 2:
            fail(f"{path}: front matter {body[:3]}")
        body = body[end + 1:]
    if body[0] != "flowchart LR":
        fail(f"{path}: {body[0]!r} is not 'flowchart LR'")
    declared, edges = set(), 0
    for line in body[1:]:
        if line.startswith("  classDef "):
            continue
        node, edge = NODE.match(line), EDGE.match(line)
        if node:
            if node.group(1) in declared:
                fail(f"{path}: {node.group(1)} declared twice")
            declared.add(node.group(1))
        elif edge:
            if edge.group(1) not in declared or edge.group(4) not in declared:
                fail(f"{path}: an edge to an undeclared node: {line}")
            edges += 1
        else:
            fail(f"{path}: a line Mermaid would not read as meant: {line!r}")
    if len(declared) != len(graph["nodes"]) or edges != len(graph["edges"]):
        fail(f"{path}: {len(declared)} nodes, {edges} edges for {len(graph['nodes'])}, {len(graph['edges'])}")
    accepted["Mermaid line grammar"] += 1


def check_drawn(binary, inputs, extra, folder, name):
    svg = os.path.join(folder, name + ".svg")
    with open(svg, "wb") as f:
        result = run([binary, "graph", "--format", "svg"] + extra + inputs, stdout=f)
    if result.returncode != 0:
        fail(f"graph --format svg ({name}): {result.stderr.decode()[:500]}")
    result = run(["xmllint", "--noout", svg])
    if result.returncode != 0:
        fail(f"{svg}: xmllint: {result.stderr.decode()[:500]}")
    accepted["xmllint (SVG by dot)"] += 1
    png = run([binary, "graph", "--format", "png"] + extra + inputs)
    if png.returncode != 0 or not png.stdout.startswith(b"\x89PNG\r\n\x1a\n") or len(png.stdout) < 1000:
        fail(f"graph --format png ({name}): exit {png.returncode}: {png.stderr.decode()[:300]}")
    accepted["PNG signature (by dot)"] += 1


class Balance(HTMLParser):
    """Every element the report opens it closes, in order; nothing points outside the page."""

    VOID = {"meta", "img", "br", "hr", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "src" and not (value or "").startswith("data:"):
                self.errors.append(f"<{tag} src={value!r}> loads from outside")
            if key.startswith("on") or tag == "script":
                self.errors.append(f"<{tag} {key}> runs script")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()


def check_report(binary, inputs, extra, folder):
    report = os.path.join(folder, "report.html")
    result = run([binary, "report", "-o", report, "--articles", "40"] + extra + inputs)
    if result.returncode != 0:
        fail(f"report: exit {result.returncode}: {result.stderr.decode()[:500]}")
    with open(report, encoding="utf-8") as f:
        page = f.read()
    parser = Balance()
    parser.feed(page)
    if parser.errors or parser.stack:
        fail(f"{report}: {parser.errors[:5]} {parser.stack[:5]}")
    accepted["html.parser (report)"] += 1
    browser = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("  report: Chromium is not installed; the headless load is skipped")
        return
    # The CSP forbids everything but the page's own style and image: a blocked load or a script
    # would each be a console message.
    loaded = run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                  "--virtual-time-budget=3000", "--dump-dom", "file://" + report], timeout=120)
    console = [line for line in loaded.stderr.decode(errors="replace").splitlines() if ":CONSOLE" in line]
    articles = loaded.stdout.decode(errors="replace").count('<details class="article"')
    if loaded.returncode != 0 or console or articles != 40:
        fail(f"{report}: chromium exit {loaded.returncode}, console {console[:3]}, {articles} articles in the DOM")
    accepted["headless Chromium (report)"] += 1


def main():
    if len(sys.argv) < 2:
        fail(__doc__)
    binary = os.path.abspath(sys.argv[1])
    shared = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared"))
    folder = tempfile.mkdtemp(prefix="attribution-formats-")
    try:
        table, hostile = write_hostile(folder)
        corpus = os.path.join(shared, "corpus")
        sample = os.path.join(folder, "sample.jsonl")
        with open(os.path.join(corpus, "id.jsonl"), encoding="utf-8") as f, open(sample, "w") as out:
            out.writelines(line for _, line in zip(range(300), f))
        cases = [
            ("example page", [os.path.join(ROOT, "Graphs/example.html")], []),
            ("seed", [os.path.join(shared, "seeds/000_ac572369e81f708e.txt")], []),
            ("hostile names", [hostile], ["--outlets", table]),
            ("hostile per article", [hostile], ["--outlets", table, "--per-article"]),
            ("corpus", [corpus], []),
            ("300 articles per article", [sample], ["--per-article"]),
        ]
        for name, inputs, extra in cases:
            paths = {}
            for fmt in FORMATS:
                paths[fmt] = os.path.join(folder, f"{name.replace(' ', '_')}.{fmt}")
                with open(paths[fmt], "wb") as f:
                    result = run([binary, "graph", "--format", fmt] + extra + inputs, stdout=f)
                if result.returncode != 0:
                    fail(f"graph --format {fmt} ({name}): exit {result.returncode}: {result.stderr.decode()[:500]}")
            check_dot(paths["dot"])
            graph = check_json(paths["json"])
            check_prov(paths["prov-json"], paths["prov-n"], graph)
            check_graphml(paths["graphml"], graph)
            check_csv(paths["csv"], graph)
            check_mermaid(paths["mermaid"], graph)
            print(f"  {name}: {len(graph['nodes'])} nodes, {len(graph['edges'])} edges; every format read back")
        check_drawn(binary, [os.path.join(ROOT, "Graphs/example.html")], [], folder, "example")
        check_drawn(binary, [hostile], ["--outlets", table, "--per-article"], folder, "hostile")
        check_report(binary, [os.path.join(ROOT, "Graphs/example.html"), hostile, sample], ["--outlets", table],
                     folder)
        print("reader                              outputs accepted")
        for reader, count in accepted.items():
            print(f"{reader:<36}{count}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
