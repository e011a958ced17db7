#!/usr/bin/env bash
# Builds the libFuzzer target: the library's sources and Fuzz/*.swift compiled as one module
# with swiftc -sanitize=fuzzer,address (SwiftPM builds stay untouched). The knowledge tables,
# which SwiftPM embeds, are embedded the same way by a generated PackageResources file.
# Prints the path of the binary. OUT=DIR picks the build folder (default .build/fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p "${OUT:-.build/fuzz}"
out=$(cd "${OUT:-.build/fuzz}" && pwd)
root=$(pwd)
python3 - "$out/embedded_resources.swift" Sources/Attribution/Tables/*.tsv <<'PY'
import os, sys
with open(sys.argv[1], "w") as out:
    out.write("struct PackageResources {\n")
    for path in sorted(sys.argv[2:]):
        name = os.path.basename(path).replace(".", "_").replace("-", "_")
        data = open(path, "rb").read()
        out.write("static let %s: [UInt8] = [%s]\n" % (name, ",".join(map(str, data))))
    out.write("}\n")
PY
mapfile -t sources < <(find "$root/Sources/Attribution" "$root/Fuzz" -name '*.swift' | sort)
# Run in the build folder, where swiftc leaves its module files; the linker's notes about
# sanitizer symbols it cannot export are noise.
(cd "$out" && swiftc -parse-as-library -module-name Attribution -package-name attribution -swift-version 6 -O -wmo -num-threads 2 -g \
    -sanitize=fuzzer,address "${sources[@]}" "$out/embedded_resources.swift" -o "$out/attribution-fuzz" 2>&1 |
    { grep -v "Cannot export local symbol" || true; }) >&2
echo "$out/attribution-fuzz"
