#!/bin/sh
# The checks of docs/findings.md that qualify four claims of the integrated world away from the
# claim tests' own arms. Each check is two one-point sweeps with the same base seed, so replicate r
# of both arms runs with the same seed (a sweep's seed is a hash of base seed, design point and
# replicate; both arms are point 0): the arms are paired, as in the claim tests.
#
#   docs/findings/claim-checks.sh OUT_DIR           # 50 s of wall time on the shared 2-core machine
#   python3 docs/findings/claim_checks.py OUT_DIR   # the paired shifts quoted in docs/findings.md
set -eu
out=${1:?usage: $0 OUT_DIR}
sim="$(dirname "$0")/../../sim"
mkdir -p "$out"
common="--replicates 20 --seed 1 -P individuals=3000 -P firms=60 --threads 1 --no-chart"

# ai-growth-exit after the displacement wave: ai-exodus, ai_growth 0.05 against 0.01, 200 ticks.
"$sim" sweep ai-exodus --vary ai_growth=0.05 $common --ticks 200 --out "$out/exit-fast"
"$sim" sweep ai-exodus --vary ai_growth=0.01 $common --ticks 200 --out "$out/exit-slow"

# open-model-cloud-share with machine communities on (the claim test holds them off in both arms),
# 200 ticks.
"$sim" sweep open-ai-commons --vary machine_communities=true $common --ticks 200 --out "$out/open-on"
"$sim" sweep open-ai-commons --vary machine_communities=true -P open_models=false -P public_compute=false \
  $common --ticks 200 --out "$out/open-off"

# machine-communities-rarity at the world's default AI growth (0.015; the claim test uses 0.04).
"$sim" sweep world --vary machine_communities=false $common --ticks 80 --out "$out/rarity-no-machines"
"$sim" sweep world --vary machine_communities=true $common --ticks 80 --out "$out/rarity-machines"

# race-power-concentration in the default world (firm-owned labs that license their models),
# returns_exponent 1.6 (race-and-league's) against 1.0, 120 ticks.
"$sim" sweep world --vary returns_exponent=1.6 $common --ticks 120 --out "$out/power-returns"
"$sim" sweep world --vary returns_exponent=1.0 $common --ticks 120 --out "$out/power-flat"

# Which of race-and-league's differences from world makes power concentrate: state-owned labs
# (team_owner=states, one lab per state) alone, or the race's speed and low spill-over alone.
"$sim" sweep world --vary returns_exponent=1.6 -P team_owner=states -P racing_teams=8 $common --ticks 120 \
  --out "$out/power-states-returns"
"$sim" sweep world --vary returns_exponent=1.0 -P team_owner=states -P racing_teams=8 $common --ticks 120 \
  --out "$out/power-states-flat"
"$sim" sweep world --vary returns_exponent=1.6 -P ai_growth=0.03 -P spillover=0.005 $common --ticks 120 \
  --out "$out/power-fast-returns"
"$sim" sweep world --vary returns_exponent=1.0 -P ai_growth=0.03 -P spillover=0.005 $common --ticks 120 \
  --out "$out/power-fast-flat"
