#!/bin/sh
# The sweeps behind "When does the league beat the squeeze?" in docs/findings.md.
#
#   docs/findings/league-sweeps.sh OUT_DIR          # OUT_DIR must not hold these sweeps yet
#   python3 docs/findings/league_summary.py OUT_DIR  # the tables of docs/findings.md
#
# Six sweeps, one thread each: 4 min 57 s of wall time (3 min 22 s of CPU) on the shared 2-core
# machine used for docs/findings.md. Every sweep is deterministic: the same command gives the same
# runs.csv (but for its wall_seconds column), so the summary prints the same numbers (two runs of
# this script into different folders gave byte-identical summaries).
set -eu
out=${1:?usage: $0 OUT_DIR}
sim="$(dirname "$0")/../../sim"
mkdir -p "$out"

# A0. The cloud model's squeeze-vs-league on its defaults (100000 individuals, 200 ticks; even
#     states SQUEEZE, odd states LEAGUE, policies fixed), 40 replicates: does the squeeze lose
#     residents? (The one-value --vary keeps the default digital access in the sweep's key.)
"$sim" sweep squeeze-vs-league --vary digital_access=0.5 --replicates 40 --seed 1 \
  --ticks 200 --series-every 200 --threads 1 --no-chart --out "$out/A0-defaults"

# A. A Latin hypercube (200 points, 4 replicates, 20000 individuals) over the league's discount (its
#    cut in exit and migration costs, and its innovation sharing, (C1), (C6), (C10)), the squeeze's
#    two instruments (tax on cloud income, extra exit cost), the cloud tax of the other states,
#    digital access and the cost of moving.
"$sim" sweep squeeze-vs-league --design lhs --samples 200 --replicates 4 --seed 1 \
  --vary league_discount=0:1 --vary squeeze_tax_rate=0:0.9 --vary squeeze_exit_cost=0:1 \
  --vary cloud_tax_rate=0:0.5 --vary digital_access=0.1:0.9 --vary migration_cost=0:1.2 \
  -P individuals=20000 --ticks 200 --series-every 200 --threads 1 --no-chart --out "$out/A-lhs"

# A1. The two parameters that matter most in A, on a grid (5 x 5 points, 16 replicates): the phase
#     diagram of the league's gain in residents.
"$sim" sweep squeeze-vs-league --vary migration_cost=0:1.2:5 --vary squeeze_tax_rate=0.1:0.9:5 \
  --replicates 16 --seed 1 -P individuals=20000 --ticks 200 --series-every 200 --threads 1 --no-chart \
  --out "$out/A1-grid"

# A2. The same grid with digital access 0.7 (the claim test's arm).
"$sim" sweep squeeze-vs-league --vary migration_cost=0:1.2:5 --vary squeeze_tax_rate=0.1:0.9:5 \
  --replicates 16 --seed 1 -P individuals=20000 -P digital_access=0.7 --ticks 200 --series-every 200 \
  --threads 1 --no-chart --out "$out/A2-grid-access"

# B. The integrated world's race-and-league with the policies held fixed (states 0 and 4 SQUEEZE,
#    3 and 7 LEAGUE): output per resident of the two groups, over the squeeze tax, the cloud tax,
#    the labour tax, the exit and moving costs and whether the weighted vote may cap cloud taxes.
"$sim" sweep race-and-league --design lhs --samples 200 --replicates 3 --seed 1 \
  --vary squeeze_tax=0:1 --vary cloud_tax=0:0.5 --vary tax_rate=0.1:0.5 --vary exit_cost=0:1 \
  --vary migration_cost=0:1 --vary weighted_votes=true,false \
  -P policy_period=0 -P individuals=10000 -P firms=60 --ticks 120 --series-every 0 --threads 1 --no-chart \
  --out "$out/B-world-fixed"

# C. The same world with policy imitation on (every 10 ticks, the scenario's default): which policy
#    the states hold at the end.
"$sim" sweep race-and-league --design lhs --samples 200 --replicates 3 --seed 1 \
  --vary squeeze_tax=0:1 --vary cloud_tax=0:0.5 --vary tax_rate=0.1:0.5 --vary exit_cost=0:1 \
  --vary migration_cost=0:1 --vary weighted_votes=true,false \
  -P individuals=10000 -P firms=60 --ticks 120 --series-every 0 --threads 1 --no-chart \
  --out "$out/C-world-imitation"
