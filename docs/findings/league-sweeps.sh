#!/bin/sh
# The sweeps behind "When does the league beat the squeeze?" in docs/findings.md.
# Usage: docs/findings/league-sweeps.sh OUT_DIR   (about 10 minutes on one core; OUT_DIR must not exist)
# Then:  python3 docs/findings/league_summary.py OUT_DIR
set -eu
out=${1:?usage: $0 OUT_DIR}
sim="$(dirname "$0")/../../sim"
mkdir -p "$out"

# A. The cloud model's squeeze-vs-league (policies fixed: even states SQUEEZE, odd LEAGUE), a Latin
#    hypercube over the league's discount (its cut in exit and migration costs, and its innovation
#    sharing), the squeeze's two instruments, digital access and the cost of moving.
"$sim" sweep squeeze-vs-league --design lhs --samples 120 --replicates 3 --seed 1 \
  --vary league_discount=0:1 --vary squeeze_tax_rate=0:0.9 --vary squeeze_exit_cost=0:1 \
  --vary digital_access=0.1:0.9 --vary migration_cost=0:1.2 \
  -P individuals=5000 --ticks 200 --series-every 200 --threads 1 --no-chart --out "$out/squeeze-vs-league"

# B. The integrated world's race-and-league with the policies held fixed (states 0 and 4 SQUEEZE,
#    3 and 7 LEAGUE), over the squeeze tax, the cloud tax, the exit and moving costs, how often
#    people compare states, and whether the weighted vote may cap cloud taxes.
"$sim" sweep race-and-league --design lhs --samples 120 --replicates 3 --seed 1 \
  --vary squeeze_tax=0:1 --vary cloud_tax=0:0.5 --vary exit_cost=0:1 --vary migration_cost=0:1 \
  --vary migration_rate=0:0.3 --vary weighted_votes=true,false \
  -P policy_period=0 -P individuals=5000 -P firms=60 --ticks 120 --series-every 0 --threads 1 --no-chart \
  --out "$out/race-and-league-fixed"

# C. The same world with policy imitation on (every 10 ticks, the scenario's default): which policy
#    the states end up holding.
"$sim" sweep race-and-league --design lhs --samples 120 --replicates 3 --seed 1 \
  --vary squeeze_tax=0:1 --vary cloud_tax=0:0.5 --vary exit_cost=0:1 --vary migration_cost=0:1 \
  --vary migration_rate=0:0.3 --vary weighted_votes=true,false \
  -P individuals=5000 -P firms=60 --ticks 120 --series-every 0 --threads 1 --no-chart \
  --out "$out/race-and-league-imitation"
