#!/usr/bin/env python3
"""Accuracy gate: score one development set through the claimex program and fail if a
figure drops below its threshold in tests/eval/thresholds.

  gate.py --shared DIR --cli PATH --thresholds FILE --mode MODE --set SET [--options OPTS]

SET is a path under DIR (e.g. eval/quotes/polnear-dev.jsonl); OPTS are claimex options the
rows of that set are scored with (their columns after the threshold, e.g. --unit-mentions;
none for most rows). Exits 77 (ctest: skipped)
when DIR or the scorer is absent, as in a user's clone without ../shared.
"""
import argparse, os, re, subprocess, sys

# metric name -> (regex over the scorer's output, higher_is_better)
METRICS = {
    "quotes_f1": (r"quotes: P [\d.]+% R [\d.]+% F1 ([\d.]+)%", True),
    "speaker_accuracy": (r"speaker right \d+/\d+ = ([\d.]+)%", True),
    "claims_f1": (r"claims: P [\d.]+% R [\d.]+% F1 ([\d.]+)%", True),
    "qualifier_found": (r"qualifier found (\d+/\d+)", True),
    "concept_right": (r"concept right (\d+/\d+)", True),
    "dates_as_quantities": (r"dates read as quantities (\d+)", False),
    "not_quotes_taken": (r"not-quotes taken (\d+)", False),
    "sentences_exact": (r"documents split exactly = ([\d.]+)%", True),
    "boundary_f1": (r"boundary F1 ([\d.]+)%", True),
}


def value(text, metric):
    pat, _ = METRICS[metric]
    m = re.search(pat, text)
    if not m:
        return None
    v = m.group(1)
    if "/" in v:
        a, b = (int(x) for x in v.split("/"))
        return 100.0 * a / b if b else 100.0
    return float(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--thresholds", required=True)
    ap.add_argument("--mode", required=True, choices=["quotes", "claims", "sentences"])
    ap.add_argument("--set", required=True)
    ap.add_argument("--options", default="")
    a = ap.parse_args()
    options = a.options.split()
    scorer = os.path.join(a.shared, "tools", "score.py")
    gold = os.path.join(a.shared, a.set)
    if not (os.path.isfile(scorer) and os.path.isfile(gold)):
        print(f"skipped: {gold} or {scorer} not present (the eval sets live beside the checkout)")
        return 77
    rows = []
    mode = a.mode
    with open(a.thresholds) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if len(line) >= 4 and line[0] == mode and line[1] == a.set and line[4:] == options:
                rows.append((line[2], float(line[3])))
    if not rows:
        print(f"no thresholds for {a.set} in {a.thresholds}")
        return 1
    cmd = [sys.executable, scorer, mode, gold, "--run", " ".join([f"'{a.cli}'", "--jsonl", "--format", "jsonl", "--quiet"] + options + ["-"]), "--show", "0"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(p.stdout.strip())
    if p.returncode != 0:
        print(f"scorer failed with exit status {p.returncode}")
        return 1
    failed = 0
    for metric, limit in rows:
        v = value(p.stdout, metric)
        higher = METRICS[metric][1]
        ok = v is not None and (v >= limit if higher else v <= limit)
        print(f"{'ok  ' if ok else 'FAIL'} {metric}: {v} ({'>=' if higher else '<='} {limit})")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
