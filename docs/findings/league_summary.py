#!/usr/bin/env python3
"""Summarises the sweeps of docs/findings/league-sweeps.sh into the tables of docs/findings.md,
section "When does the league beat the squeeze?". Standard library only.

    python3 docs/findings/league_summary.py OUT_DIR

Outcome of a squeeze-vs-league run (cloud model): the LEAGUE group's gain in residents,
pop_league(200) - pop_league(0), as a share of all individuals (policies are fixed and there are
only the two groups, so the SQUEEZE group loses exactly as much). "LEAGUE wins" when it is > 0.
Outcome of a race-and-league run (world): output per resident, income_league - income_squeeze
(policies fixed), or the final share_league - share_squeeze (policies imitated).
"""
import csv
import gzip
import math
import os
import sys


def runs(folder):
    with open(os.path.join(folder, "runs.csv"), newline="") as f:
        return [r for r in csv.DictReader(f) if r["status"] == "ok"]


def first_ticks(folder):
    """The tick-0 row of every run, from series.csv.gz."""
    out = {}
    with gzip.open(os.path.join(folder, "series.csv.gz"), "rt", newline="") as f:
        for r in csv.DictReader(f):
            if r["tick"] == "0":
                out[r["run"]] = r
    return out


def league_gain(folder):
    """(run row, LEAGUE gain in residents) for every run of a squeeze-vs-league sweep."""
    start = first_ticks(folder)
    return [(r, float(r["pop_league"]) - float(start[r["run"]]["pop_league"])) for r in runs(folder)]


def wilson(k, n, z=1.959964):
    """The Wilson score 95% interval of a proportion k / n."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def sign_test(positive, negative):
    """Two-sided exact sign test (ties dropped): P(a split at least this uneven | p = 1/2)."""
    n = positive + negative
    k = min(positive, negative)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(x, y):
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    return cov / math.sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))


def share_line(label, k, n):
    lo, hi = wilson(k, n)
    return f"{label}: {k} of {n} runs = {k / n:.2f} [95% {lo:.2f}, {hi:.2f}]"


def defaults(folder):
    data = league_gain(folder)
    gains = [g for _, g in data]
    up, down = sum(g > 0 for g in gains), sum(g < 0 for g in gains)
    print("## A0: squeeze-vs-league on its defaults")
    print(share_line("LEAGUE gains residents", up, len(gains)), f"(SQUEEZE gains in {down}, ties {len(gains) - up - down})")
    print(f"median gain of LEAGUE {median(gains):+.4f} of all individuals (min {min(gains):+.4f}, max {max(gains):+.4f});"
          f" sign test p = {sign_test(up, down):.3g}")
    gap = [float(r["cloud_league"]) - float(r["cloud_squeeze"]) for r, _ in data]
    tax = [float(r["tax_league"]) - float(r["tax_squeeze"]) for r, _ in data]
    print(f"median cloud_league - cloud_squeeze {median(gap):+.4f}; median tax_league - tax_squeeze {median(tax):+.4f}"
          f" (SQUEEZE collects more per resident in {sum(t < 0 for t in tax)} of {len(tax)} runs)")
    print()


def hypercube(folder):
    data = league_gain(folder)
    params = [c for c in data[0][0].keys() if c not in ("run", "point", "replicate", "seed", "key")]
    params = params[:params.index("status")]
    gains = [g for _, g in data]
    up = sum(g > 0 for g in gains)
    print("## A: squeeze-vs-league, Latin hypercube")
    print(share_line("LEAGUE gains residents", up, len(gains)), f"; median gain {median(gains):+.4f}")
    print("| parameter | Spearman rho with the gain | share of runs LEAGUE gains, by quarter of the parameter's range |")
    print("|---|---|---|")
    for p in params:
        x = [float(r[p]) for r, _ in data]
        lo, hi = min(x), max(x)
        cells = []
        for q in range(4):
            a, b = lo + (hi - lo) * q / 4, lo + (hi - lo) * (q + 1) / 4
            sel = [g for v, g in zip(x, gains) if a <= v < b or (q == 3 and v == b)]
            cells.append(f"{a:.2f}-{b:.2f}: {sum(g > 0 for g in sel) / len(sel):.2f}")
        print(f"| `{p}` | {spearman(x, gains):+.2f} | {'; '.join(cells)} |")
    print()


def grid(folder, title):
    data = league_gain(folder)
    rows = sorted({float(r["migration_cost"]) for r, _ in data})
    cols = sorted({float(r["squeeze_tax_rate"]) for r, _ in data})
    print(f"## {title}: runs in which LEAGUE gains residents (median gain, share of all individuals)")
    print("| `migration_cost` \\ `squeeze_tax_rate` | " + " | ".join(f"{c:g}" for c in cols) + " | all | sign test p |")
    print("|---" * (len(cols) + 3) + "|")
    for m in rows:
        cells = []
        for c in cols:
            sel = [g for r, g in data if float(r["migration_cost"]) == m and float(r["squeeze_tax_rate"]) == c]
            cells.append(f"{sum(g > 0 for g in sel)}/{len(sel)} ({median(sel):+.3f})")
        row = [g for r, g in data if float(r["migration_cost"]) == m]
        up, down = sum(g > 0 for g in row), sum(g < 0 for g in row)
        print(f"| {m:g} | " + " | ".join(cells) + f" | {up}/{len(row)} | {sign_test(up, down):.3g} |")
    print()


def world_fixed(folder):
    data = runs(folder)
    diff = [float(r["income_league"]) - float(r["income_squeeze"]) for r in data]
    print("## B: race-and-league, policies fixed: output per resident, LEAGUE minus SQUEEZE (last tick)")
    up, down = sum(d > 0 for d in diff), sum(d < 0 for d in diff)
    print(share_line("LEAGUE states ahead", up, len(diff)), f"; sign test p = {sign_test(up, down):.3g}; median {median(diff):+.3f}")
    for v in ("true", "false"):
        sel = [d for d, r in zip(diff, data) if r["weighted_votes"] == v]
        print(share_line(f"  weighted_votes={v}", sum(d > 0 for d in sel), len(sel)), f"; median {median(sel):+.3f}")
    print()


def world_imitation(folder):
    data = runs(folder)
    diff = [float(r["share_league"]) - float(r["share_squeeze"]) for r in data]
    up, down = sum(d > 0 for d in diff), sum(d < 0 for d in diff)
    print("## C: race-and-league, policies imitated: share_league - share_squeeze at the last tick")
    print(f"LEAGUE ahead in {up}, SQUEEZE ahead in {down}, tied in {len(diff) - up - down} of {len(diff)} runs;"
          f" sign test p = {sign_test(up, down):.3g}; mean {sum(diff) / len(diff):+.3f}")
    for label, test in (("cloud_tax < tax_rate", lambda r: float(r["cloud_tax"]) < float(r["tax_rate"])),
                        ("cloud_tax >= tax_rate", lambda r: float(r["cloud_tax"]) >= float(r["tax_rate"])),
                        ("weighted_votes=true", lambda r: r["weighted_votes"] == "true"),
                        ("weighted_votes=false", lambda r: r["weighted_votes"] == "false")):
        sel = [d for d, r in zip(diff, data) if test(r)]
        a, b = sum(d > 0 for d in sel), sum(d < 0 for d in sel)
        print(f"  {label}: LEAGUE ahead {a}, SQUEEZE ahead {b}, tied {len(sel) - a - b}; sign test p = {sign_test(a, b):.3g}")
    print()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: league_summary.py OUT_DIR (the folder given to league-sweeps.sh)")
    out = sys.argv[1]
    defaults(os.path.join(out, "A0-defaults"))
    hypercube(os.path.join(out, "A-lhs"))
    grid(os.path.join(out, "A1-grid"), "A1: squeeze-vs-league, digital access 0.5")
    grid(os.path.join(out, "A2-grid-access"), "A2: squeeze-vs-league, digital access 0.7")
    world_fixed(os.path.join(out, "B-world-fixed"))
    world_imitation(os.path.join(out, "C-world-imitation"))


if __name__ == "__main__":
    main()
