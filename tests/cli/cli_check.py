#!/usr/bin/env python3
"""End-to-end checks of the claimex program, one case per ctest test (tests/cli.cmake).

    cli_check.py CASE --cli PATH/TO/claimex --work SCRATCH_DIR [--article FILE] [--version V]

Every input is generated here (fixed seed), so the tests need nothing outside the repository.
Every JSON output is parsed with the strict json.loads (NaN/Infinity rejected) and its spans
are checked against the text they point into.
"""
import argparse
import json
import os
import random
import subprocess
import sys

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def reject_constant(name):
    raise ValueError("non-standard JSON constant " + name)


def strict_loads(line):
    return json.loads(line, parse_constant=reject_constant)


def run(cmd, stdin=None, input_bytes=None):
    p = subprocess.run(cmd, stdin=stdin, input=input_bytes, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


# ------------------------------------------------------------------ generated news-like text

SPEAKERS = ["Maria Lopez", "the finance minister", "John Okafor", "a police spokesman",
            "Prime Minister Anna Berg", "the company", "Lee Min-jun", "officials"]
CUES = ["said", "told reporters", "said on Tuesday", "added", "warned"]
NUMBERS = ["20%", "3.5 million", "$2.5 billion", "nearly 300", "more than 1,200", "two",
           "15 km", "about 40 percent", "7,000 tonnes", "a third"]
THINGS = ["houses", "workers", "barrels of oil", "voters", "schools", "people"]


def sentence(rng):
    kind = rng.randrange(4)
    n, t = rng.choice(NUMBERS), rng.choice(THINGS)
    s, c = rng.choice(SPEAKERS), rng.choice(CUES)
    if kind == 0:
        return f'"We counted {n} {t} in the region," {s} {c}.'
    if kind == 1:
        return f"{s[0].upper() + s[1:]} {c} that {n} {t} had been affected."
    if kind == 2:
        return f"According to {s}, output rose {n} last year."
    return f"The report lists {n} {t} across {rng.randrange(2, 90)} districts."


def article(rng, sentences):
    paras = []
    while sentences > 0:
        k = min(sentences, rng.randrange(1, 4))
        paras.append(" ".join(sentence(rng) for _ in range(k)))
        sentences -= k
    return "\n".join(paras)


def write_corpus(path, docs, seed, extra_fields=False):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(docs):
            obj = {"id": f"doc-{i}"}
            if extra_fields:
                obj["title"] = f"Title {i} \u2014 \u201cquoted\u201d"
                obj["tags"] = ["a", {"b": [1, 2.5, None, True]}]
            obj["text"] = article(rng, rng.randrange(1, 12))
            f.write(json.dumps(obj, ensure_ascii=(i % 2 == 0)) + "\n")


# ------------------------------------------------------------------------------- validators

def check_span(text_bytes, span, where):
    ok = (isinstance(span, dict) and isinstance(span.get("start"), int)
          and isinstance(span.get("end"), int) and 0 <= span["start"] <= span["end"] <= len(text_bytes))
    check(ok, f"{where}: span {span} outside the text ({len(text_bytes)} bytes)")
    if ok and "text" in span:
        got = text_bytes[span["start"]:span["end"]].decode("utf-8", "replace")
        check(span["text"] == got, f"{where}: span text {span['text']!r} != {got!r}")


def check_document(doc, text, where):
    b = text.encode("utf-8")
    for key in ("sentences", "quotes", "claims"):
        check(isinstance(doc.get(key), list), f"{where}: no '{key}' array")
    for s in doc.get("sentences", []):
        check_span(b, s, where + " sentence")
    for q in doc.get("quotes", []):
        check_span(b, q, where + " quote")
        for seg in q.get("segments", []):
            check_span(b, seg, where + " quote segment")
        for k in ("cue", "speaker", "entity_span"):
            if q.get(k) is not None:
                check_span(b, q[k], f"{where} quote {k}")
        check(q.get("entity") is None or isinstance(q["entity"], str), f"{where}: entity type")
    for c in doc.get("claims", []):
        check_span(b, c, where + " claim")
        check(isinstance(c.get("value"), (int, float)) or c.get("value") is None,
              f"{where}: claim value {c.get('value')!r}")
        check(isinstance(c.get("kind"), str), f"{where}: claim kind")
        for k in ("number", "concept", "owner", "change_cue"):
            if c.get(k) is not None:
                check_span(b, c[k], f"{where} claim {k}")


def parse_jsonl(out, where):
    docs = []
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError as e:
        check(False, f"{where}: output is not UTF-8: {e}")
        return docs
    for n, line in enumerate(text.split("\n")[:-1], 1):
        try:
            docs.append(strict_loads(line))
        except ValueError as e:
            check(False, f"{where}: output line {n} is not strict JSON: {e}")
    check(text.endswith("\n") or text == "", f"{where}: output does not end with a newline")
    return docs


# ------------------------------------------------------------------------------------ cases

def case_bundled(a):
    """The bundled article in each output format."""
    text = open(a.article, encoding="utf-8").read()
    rc, out, err = run([a.cli, "--format", "jsonl", a.article])
    check(rc == 0, f"jsonl exit status {rc}: {err}")
    docs = parse_jsonl(out, "jsonl")
    check(len(docs) == 1, f"jsonl: {len(docs)} documents")
    if docs:
        check(docs[0].get("id") == a.article, f"jsonl id {docs[0].get('id')!r}")
        check_document(docs[0], text, "jsonl")
        check(len(docs[0]["sentences"]) > 10, "jsonl: few sentences in the article")

    rc, out, err = run([a.cli, "--format", "json", a.article])
    check(rc == 0, f"json exit status {rc}: {err}")
    try:
        arr = strict_loads(out.decode("utf-8"))
        check(isinstance(arr, list) and len(arr) == 1, "json: not an array of one document")
        if docs and arr:
            check(arr[0] == docs[0], "json and jsonl differ")
    except ValueError as e:
        check(False, f"json output is not strict JSON: {e}")

    rc, out, err = run([a.cli, "--format", "text", a.article])
    check(rc == 0, f"text exit status {rc}: {err}")
    report = out.decode("utf-8")
    check(report.startswith("== " + a.article), "text: no header naming the article")
    check("sentences" in report and "claims" in report.split("\n")[0], "text: no counts")

    for only in ("quotes", "claims", "sentences", "tokens"):
        rc, out, err = run([a.cli, "--format", "jsonl", "--only", only, a.article])
        check(rc == 0, f"--only {only}: exit status {rc}")
        d = parse_jsonl(out, f"--only {only}")
        if d:
            check(sorted(d[0].keys()) == sorted(["id", only]), f"--only {only}: keys {list(d[0])}")
            if only == "tokens":
                check(len(d[0]["tokens"]) > 100 and all("kind" in t for t in d[0]["tokens"]),
                      "--only tokens: tokens missing")


def case_default_input(a):
    """No input and nothing on stdin: the bundled article, named on stderr."""
    with open(os.devnull, "rb") as devnull:
        rc, out, err = run([a.cli, "--format", "jsonl"], stdin=devnull)
    check(rc == 0, f"exit status {rc}: {err}")
    check("anadolu-2020-10-15.txt" in err, f"stderr does not name the bundled article: {err!r}")
    docs = parse_jsonl(out, "default")
    check(len(docs) == 1 and docs[0]["id"].endswith("anadolu-2020-10-15.txt"), "not the article")


def case_stdin(a):
    """`-` reads plain text, or JSON Lines when it starts with '{' (and with --jsonl)."""
    text = "\"Prices rose 20% this year,\" Maria Lopez said.\n"
    rc, out, err = run([a.cli, "-"], input_bytes=text.encode())
    check(rc == 0, f"plain stdin: exit status {rc}: {err}")
    docs = parse_jsonl(out, "plain stdin")
    check(len(docs) == 1 and docs[0].get("id") == "stdin", "plain stdin: not one document 'stdin'")
    if docs:
        check_document(docs[0], text, "plain stdin")
    line = json.dumps({"id": "x1", "text": text}) + "\n"
    for cmd in ([a.cli, "-"], [a.cli, "--jsonl", "-"], [a.cli]):
        rc, out, err = run(cmd, input_bytes=line.encode())
        docs = parse_jsonl(out, " ".join(cmd[1:]) or "(no args)")
        check(rc == 0 and len(docs) == 1 and docs[0].get("id") == "x1",
              f"{cmd[1:]}: JSON Lines on stdin not read as such")
    # the claim options: dates and ordinals left out, units with no number reported
    text = "On Sept. 27 the first frost came; convert 10 celsius to fahrenheit, he said.\n"
    kinds = {}
    for opt in ([], ["--no-dates", "--no-ordinals"], ["--unit-mentions"]):
        rc, out, err = run([a.cli, "-"] + opt, input_bytes=text.encode())
        docs = parse_jsonl(out, f"stdin {opt}")
        check(rc == 0 and len(docs) == 1, f"{opt}: exit status {rc}: {err}")
        if docs:
            check_document(docs[0], text, f"stdin {opt}")
            kinds[" ".join(opt)] = [(c["kind"], c["value"]) for c in docs[0].get("claims", [])]
            for c in docs[0].get("claims", []):
                check((c["number"] is None) == (c["value"] is None),
                      f"{opt}: a claim's number is null exactly when its value is: {c}")
    check(kinds.get("") == [("date", 27), ("ordinal", 1), ("measure", 10)],
          f"default claims: {kinds.get('')}")
    check(kinds.get("--no-dates --no-ordinals") == [("measure", 10)],
          f"--no-dates --no-ordinals: {kinds.get('--no-dates --no-ordinals')}")
    check(kinds.get("--unit-mentions") == kinds.get("", []) + [("measure", None)],
          f"--unit-mentions: {kinds.get('--unit-mentions')}")


def case_passthrough(a):
    """Members other than text are copied, in order, before the results."""
    line = ('{"id": 17, "title": "A \\u201ctitle\\u201d", "meta": {"k": [1, 2.50, null]}, '
            '"quotes": ["gold"], "text": "He said 3 things."}\n')
    rc, out, err = run([a.cli, "--jsonl", "-"], input_bytes=line.encode())
    check(rc == 0, f"exit status {rc}: {err}")
    o = out.decode()
    check(o.startswith('{"id":17,"title":"A \\u201ctitle\\u201d","meta":{"k": [1, 2.50, null]},'
                       '"sentences":'), f"members not copied verbatim first: {o[:120]!r}")
    docs = parse_jsonl(out, "passthrough")
    if docs:
        check(list(docs[0].keys()) == ["id", "title", "meta", "sentences", "quotes", "claims"],
              f"keys {list(docs[0].keys())}")
        check(docs[0]["quotes"] != ["gold"], "an input member named quotes was not replaced")
        check("text" not in docs[0], "text was copied to the output")


def case_errors(a):
    """A corpus with a malformed line, an empty text, invalid UTF-8 and a 20 MB text."""
    path = os.path.join(a.work, "errors.jsonl")
    rng = random.Random(7)
    # 20 MB: mostly plain sentences (to keep the output small enough to parse quickly), with
    # a paragraph of quotes and numbers now and then.
    plain = " ".join(["The committee met again on the matter and the talks went on."] * 8)
    block = "\n".join([plain] * 30 + [article(rng, 4)])
    reps = 20 * 1024 * 1024 // (len(block) + 1) + 1
    big_text = "\n".join([block] * reps)
    good_texts = {}
    with open(path, "wb") as f:
        def good(i, text):
            good_texts[f"g{i}"] = text
            f.write(json.dumps({"id": f"g{i}", "text": text}).encode() + b"\n")
        good(1, "The ministry said 1,592 houses were destroyed.")
        f.write(b'{"id": "bad-json", "text": "unterminated}\n')                      # line 2
        good(3, "")                                                                # empty text
        f.write(b'{"id": "bad-utf8", "text": "caf\xe9 au lait"}\n')                 # line 4
        f.write(b'{"id": "lone-surrogate", "text": "half \\ud800 pair"}\n')       # line 5
        f.write(b"\n")                                                              # blank: skipped
        good(7, big_text)
        f.write(b'{"id": "trailing", "text": "x",}\n')                              # line 8
        good(9, "Nearly 300 people, \u201cmost of them children,\u201d were evacuated.")

    # Without --keep-going: stops at line 2 with status 1, after writing g1.
    rc, out, err = run([a.cli, "--jsonl", "--threads", "2", "--quiet", path])
    check(rc == 1, f"no --keep-going: exit status {rc}, expected 1")
    check("errors.jsonl:2" in err and "malformed" in err, f"no message naming line 2: {err!r}")
    docs = parse_jsonl(out, "stop")
    check([d["id"] for d in docs] == ["g1"], f"no --keep-going: wrote {[d['id'] for d in docs]}")

    # With --keep-going: every good document, in order; each failure reported and counted.
    for threads in ("1", "3"):
        rc, out, err = run([a.cli, "--jsonl", "--keep-going", "--quiet", "--threads", threads, path])
        check(rc == 0, f"--keep-going -j{threads}: exit status {rc}: {err}")
        docs = parse_jsonl(out, f"keep-going -j{threads}")
        check([d["id"] for d in docs] == ["g1", "g3", "g7", "g9"],
              f"-j{threads}: wrote {[d['id'] for d in docs]}")
        for d in docs:
            check_document(d, good_texts[d["id"]], f"-j{threads} {d['id']}")
        for n, what in ((2, "malformed"), (4, "UTF-8"), (5, "UTF-8"), (8, "malformed")):
            check(f"errors.jsonl:{n}: " in err and what in err, f"-j{threads}: line {n} not reported")
        check("4 skipped" in err, f"-j{threads}: summary does not count 4 skipped: {err!r}")
        check("8 documents read, 4 written" in err, f"-j{threads}: summary counts: {err!r}")
    big_doc = [d for d in docs if d["id"] == "g7"]
    check(len(big_text.encode()) >= 20 * 1024 * 1024, "the big text is not 20 MB")
    check(bool(big_doc) and len(big_doc[0]["sentences"]) >= 240 * reps,
          "20 MB text: too few sentences")
    check(bool(big_doc) and len(big_doc[0]["claims"]) >= reps, "20 MB text: too few claims")

    # A plain-text file that is not UTF-8, and one that cannot be opened.
    bad = os.path.join(a.work, "latin1.txt")
    with open(bad, "wb") as f:
        f.write(b"Caf\xe9 prices rose 20%.\n")
    rc, out, err = run([a.cli, "--format", "jsonl", bad])
    check(rc == 1 and "latin1.txt: document text is not valid UTF-8" in err,
          f"non-UTF-8 file: status {rc}, {err!r}")
    missing = os.path.join(a.work, "no-such-file.txt")
    rc, out, err = run([a.cli, "--format", "jsonl", missing])
    check(rc == 3 and "no-such-file.txt: cannot open" in err, f"missing file: status {rc}, {err!r}")
    rc, out, err = run([a.cli, "--format", "jsonl", "--keep-going", missing, bad, a.article])
    docs = parse_jsonl(out, "mixed files")
    check(rc == 3 and len(docs) == 1 and "2 skipped" in err,
          f"keep-going over files: status {rc}, {len(docs)} docs, {err!r}")


def case_threads(a):
    """--threads 1 and --threads 4 give byte-identical output."""
    path = os.path.join(a.work, "threads.jsonl")
    write_corpus(path, 3000, seed=11, extra_fields=True)
    outs = {}
    for t in ("1", "2", "4"):
        rc, out, err = run([a.cli, "--jsonl", "--format", "jsonl", "--quiet", "--threads", t, path])
        check(rc == 0, f"-j{t}: exit status {rc}: {err}")
        outs[t] = out
    check(outs["1"] == outs["4"], "--threads 1 and --threads 4 differ")
    check(outs["1"] == outs["2"], "--threads 1 and --threads 2 differ")
    docs = parse_jsonl(outs["1"], "threads")
    check([d["id"] for d in docs] == [f"doc-{i}" for i in range(3000)], "ids out of order")
    with open(path, encoding="utf-8") as f:
        for line, d in zip(f, docs):
            check_document(d, json.loads(line)["text"], d["id"])
            if failures:
                break
    check(sum(len(d["quotes"]) for d in docs) > 0, "no quote found in 3000 generated documents")
    check(sum(len(d["claims"]) for d in docs) > 0, "no claim found in 3000 generated documents")
    rc, out, err = run([a.cli, "--jsonl", "--format", "json", "--threads", "4", path])
    try:
        arr = strict_loads(out.decode())
        check(arr == docs, "--format json differs from jsonl")
    except ValueError as e:
        check(False, f"--format json is not strict JSON: {e}")


def case_pipe(a):
    """`head -n 1000 corpus | claimex | wc -l` prints 1000; a closed pipe stops quietly."""
    path = os.path.join(a.work, "pipe.jsonl")
    write_corpus(path, 1500, seed=3)
    p = subprocess.run(["sh", "-c", f'head -n 1000 "{path}" | "{a.cli}" | wc -l'],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check(p.stdout.decode().strip() == "1000", f"wc -l printed {p.stdout!r}")
    for t in ("1", "2"):
        p = subprocess.run(["bash", "-c", f'"{a.cli}" --threads {t} --format jsonl "{path}" '
                            f'| head -n 1 >/dev/null; echo "${{PIPESTATUS[0]}}"'],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        status = p.stdout.decode().strip()
        err = p.stderr.decode()
        check(status == "0", f"-j{t}: exit status {status} on a closed pipe")
        check("rror" not in err, f"-j{t}: noisy on a closed pipe: {err!r}")


def case_stream(a):
    """From a pipe that stays open, each document's result comes out as soon as its line is
    in: a slow producer is not kept waiting for a full batch."""
    import select
    for t in ("1", "2"):
        p = subprocess.Popen([a.cli, "--jsonl", "--format", "jsonl", "--quiet", "--threads", t, "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            for n in (1, 2):
                p.stdin.write(json.dumps({"id": f"s{n}", "text": "He said 5 people left."}).encode()
                              + b"\n")
                p.stdin.flush()
                ready, _, _ = select.select([p.stdout], [], [], 20)
                check(bool(ready), f"-j{t}: no output for document {n} while the pipe stays open")
                if not ready:
                    break
                doc = strict_loads(p.stdout.readline().decode())
                check(doc.get("id") == f"s{n}", f"-j{t}: document {n} came out as {doc.get('id')!r}")
            p.stdin.close()
            rc = p.wait(timeout=20)
            check(rc == 0, f"-j{t}: exit status {rc} at the end of the stream")
        finally:
            if p.poll() is None:
                p.kill()


def case_usage(a):
    """--help, --version, usage errors."""
    rc, out, err = run([a.cli, "--help"])
    h = out.decode()
    check(rc == 0 and "Usage: claimex" in h and "Exit status" in h and "--threads" in h,
          "--help")
    rc, out, err = run([a.cli, "--version"])
    check(rc == 0 and out.decode().strip() == f"claimex {a.version}", f"--version: {out!r}")
    for bad in (["--no-such-option"], ["--format", "xml"], ["--threads", "x"], ["--only", "all"],
                ["--format"]):
        rc, out, err = run([a.cli] + bad)
        check(rc == 2 and "claimex:" in err, f"{bad}: status {rc}, {err!r}")


def case_directory(a):
    """A directory stands for the files under it in sorted path order, hidden ones skipped;
    a .jsonl file in it is JSON Lines."""
    root = os.path.join(a.work, "articles")
    for d in ("", "sub", ".hidden"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    text = "\"Prices rose 20% this year,\" Maria Lopez said.\n"
    files = {"b.txt": text, "a.txt": text, os.path.join("sub", "c.txt"): text,
             ".skip.txt": text, os.path.join(".hidden", "d.txt"): text,
             "lines.jsonl": json.dumps({"id": "j1", "text": text}) + "\n"}
    for name, body in files.items():
        with open(os.path.join(root, name), "w", encoding="utf-8") as f:
            f.write(body)
    rc, out, err = run([a.cli, "-f", "jsonl", root])
    check(rc == 0, f"directory: exit status {rc}: {err}")
    docs = parse_jsonl(out, "directory")
    ids = [d.get("id") for d in docs]
    want = [os.path.join(root, "a.txt"), os.path.join(root, "b.txt"), "j1",
            os.path.join(root, "sub", "c.txt")]
    check(ids == want, f"directory: ids {ids}, want {want}")
    for d in docs:
        check_document(d, text, f"directory {d.get('id')}")
    empty = os.path.join(a.work, "empty")
    os.makedirs(empty, exist_ok=True)
    rc, out, err = run([a.cli, "-f", "jsonl", empty])
    check(rc == 0 and out == b"" and "no files" in err, f"empty directory: {rc} {out!r} {err!r}")


CASES = {"bundled": case_bundled, "default_input": case_default_input, "stdin": case_stdin,
         "passthrough": case_passthrough, "errors": case_errors, "threads": case_threads,
         "pipe": case_pipe, "stream": case_stream, "usage": case_usage,
         "directory": case_directory}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=sorted(CASES))
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--article", default="")
    ap.add_argument("--version", default="")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    CASES[a.case](a)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print(f"{a.case}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
