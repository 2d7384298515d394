#!/usr/bin/env python3
"""Paired shifts of the checks in docs/findings/claim-checks.sh (standard library only).

    python3 docs/findings/claim_checks.py OUT_DIR

For each check: the per-run statistic of both arms, paired by replicate (same seed), the
Hodges-Lehmann shift of the differences (treatment minus control) with its distribution-free 95%
interval (the Walsh averages between the order statistics of the signed-rank test, Hollander, Wolfe
and Chicken, Nonparametric Statistical Methods, 3rd ed., section 3.3; normal approximation of the
critical value), and how many seeds have a positive difference.
"""
import csv
import gzip
import math
import os
import sys


def series(folder):
    """{run: {metric: [value by tick]}} from a sweep's series.csv.gz."""
    out = {}
    with gzip.open(os.path.join(folder, "series.csv.gz"), "rt", newline="") as f:
        for r in csv.DictReader(f):
            cols = out.setdefault(int(r["run"]), {})
            for k, v in r.items():
                if k not in ("run", "tick"):
                    cols.setdefault(k, []).append(float(v))
    return out


def mean_of(values, first, last):
    """Mean of values[first..last] (ticks, inclusive)."""
    part = values[first:last + 1]
    return sum(part) / len(part)


def hodges_lehmann(diffs):
    n = len(diffs)
    walsh = sorted((diffs[i] + diffs[j]) / 2 for i in range(n) for j in range(i, n))
    m = len(walsh)
    centre = walsh[m // 2] if m % 2 else (walsh[m // 2 - 1] + walsh[m // 2]) / 2
    k = math.floor(n * (n + 1) / 4 - 1.959964 * math.sqrt(n * (n + 1) * (2 * n + 1) / 24))
    return centre, walsh[k], walsh[m - 1 - k]


def check(out, label, treatment, control, metric, first, last):
    a, b = series(os.path.join(out, treatment)), series(os.path.join(out, control))
    diffs = [mean_of(a[r][metric], first, last) - mean_of(b[r][metric], first, last) for r in sorted(a)]
    shift, lo, hi = hodges_lehmann(diffs)
    positive = sum(d > 0 for d in diffs)
    print(f"| {label}: mean {metric}, ticks {first} to {last} | {shift:+.4f} [{lo:+.4f}, {hi:+.4f}] "
          f"| {positive} of {len(diffs)} |")


# (what is checked, treatment sweep, control sweep, metric, first tick, last tick)
CHECKS = [
    ("ai-growth-exit", "exit-fast", "exit-slow", "cloud_share", 1, 40),
    ("ai-growth-exit", "exit-fast", "exit-slow", "cloud_share", 61, 80),
    ("ai-growth-exit", "exit-fast", "exit-slow", "cloud_share", 181, 200),
    ("open-model-cloud-share with machine communities on", "open-on", "open-off", "cloud_share", 61, 80),
    ("open-model-cloud-share with machine communities on", "open-on", "open-off", "cloud_share", 181, 200),
    ("open-model-cloud-share with machine communities on", "open-on", "open-off", "community_productivity", 61, 80),
    ("machine-communities-rarity at ai_growth 0.015", "rarity-no-machines", "rarity-machines", "rarity_premium", 61, 80),
    ("race-power-concentration in world (firm-owned labs)", "power-returns", "power-flat", "power_hhi", 101, 120),
    ("race-power-concentration in world (firm-owned labs)", "power-returns", "power-flat", "ai_power_hhi", 101, 120),
    ("race-power-concentration in world with state-owned labs (8, one per state)", "power-states-returns",
     "power-states-flat", "power_hhi", 101, 120),
    ("race-power-concentration in world with ai_growth 0.03, spillover 0.005", "power-fast-returns",
     "power-fast-flat", "power_hhi", 101, 120),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: claim_checks.py OUT_DIR (the folder given to claim-checks.sh)")
    out = sys.argv[1]
    print("| check (treatment minus control, 20 paired seeds) | HL shift [95%] | seeds with a positive difference |")
    print("|---|---|---|")
    for c in CHECKS:
        check(out, *c)


if __name__ == "__main__":
    main()
