#!/usr/bin/env bash
# The first table load of a fresh JVM, without and with an application class-data sharing (AppCDS)
# archive: RUNS fresh JVMs each (default 15), the median and the range in milliseconds.
# Needs the built jar and test classes: ./mvnw -B -DskipTests package
# Usage: ras-examples/bench/first-load.sh [TABLE.json] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
table=${1:-ras-examples/src/main/resources/org/openras/examples/saq40-table.json}
runs=${2:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# CDS archives only classes from jars, so the timing class goes into a jar of its own
jar cf "$work/bench.jar" -C ras-examples/target/test-classes org/openras/examples/bench/FirstTableLoad.class
cp="ras-examples/target/ras.jar:$work/bench.jar"
main=org.openras.examples.bench.FirstTableLoad
# one training run writes the archive of every class it loaded
java -XX:ArchiveClassesAtExit="$work/ras.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" "$main" "$table" >/dev/null

measure() {
  for _ in $(seq "$runs"); do java "$@" -cp "$cp" "$main" "$table"; done | sort -n |
    awk '{ v[NR] = $1 } END { printf "median %.1f ms (min %.1f, max %.1f, %d runs)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
}
echo "first table load, default JVM:     $(measure)"
echo "first table load, AppCDS archive:  $(measure -XX:SharedArchiveFile="$work/ras.jsa")"
