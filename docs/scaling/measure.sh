#!/usr/bin/env bash
# Measures what docs/scaling.md reports: the time and peak memory (GNU time: elapsed seconds,
# CPU seconds (user + system; less disturbed by other load than elapsed time), maximum resident
# set size) of sharded tiny sweeps, their merge, and a --resume of a complete
# shard (which re-reads and checks every row), at 10^4 and 10^5 runs.
#
#   bash docs/scaling/measure.sh [SCRATCH_DIR]     # default: a new temporary folder
#   JAR=/path/sim-cli-0.1.0-all.jar bash docs/scaling/measure.sh   # another jar (default: the one ./sim builds)
#   HEAP=64m bash docs/scaling/measure.sh          # the Java heap limit of every command (default 128m)
#   REPLICATES=1000 bash docs/scaling/measure.sh   # 10^5 runs only (default "100 1000": 10^4 and 10^5)
#
# Tiny runs: baseline with 10 individuals, 1 tick, no series (--series-every 0) except where
# noted, 4 shards, 1 thread each, run one after another.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd -P)
scratch=${1:-$(mktemp -d)}
mkdir -p "$scratch"
if [ -z "${JAR:-}" ]; then
  "$root/sim" --version >/dev/null   # builds the jar once, outside the measurements
  JAR=$(ls "$root"/sim-cli/target/sim-cli-*-all.jar | head -n 1)
fi
sim=(java "-Xmx${HEAP:-128m}" -Djava.awt.headless=true -jar "$JAR")
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s elapsed, %U+%S s CPU, peak RSS %M KiB" "$@" >/dev/null 2>"$scratch/time.txt" || { cat "$scratch/time.txt" >&2; exit 1; }
  tail -n 1 "$scratch/time.txt"
}
for reps in ${REPLICATES:-100 1000}; do
  runs=$((100 * reps))
  for series in 0 1; do
    dir="$scratch/r$runs-s$series"
    args=(sweep baseline --vary digital_access=0.01:0.99:100 --replicates "$reps" -P individuals=10 --ticks 1
          --series-every "$series" --threads 1 --no-chart)
    for i in 0 1 2 3; do
      measure "$runs runs, series-every $series, shard $i/4" "${sim[@]}" "${args[@]}" --shard "$i/4" --out "$dir/shards/$i"
    done
    measure "$runs runs, series-every $series, resume of complete shard 0/4" "${sim[@]}" "${args[@]}" --shard 0/4 --resume --out "$dir/shards/0"
    measure "$runs runs, series-every $series, merge of 4 shards" "${sim[@]}" sweep merge "$dir"/shards/* --no-chart --out "$dir/merged"
    echo "$runs runs, series-every $series: runs.csv $(stat -c %s "$dir/merged/runs.csv") bytes$( [ "$series" = 1 ] && echo ", series.csv.gz $(stat -c %s "$dir/merged/series.csv.gz") bytes")"
  done
done
