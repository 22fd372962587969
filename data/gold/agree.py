"""Agreement between pass A and pass B; disagreements for reconciliation.

  python agree.py N        # batch N: prints agreement, writes work/disagreements/batchN.jsonl
"""
import json
import sys
from pathlib import Path

WORK = Path(__file__).resolve().parent / "work"

SYM = {"alliedWith", "consulted", "cooperatedWith", "agreedWith"}
FAM = {"aided": "supports"}


def norm(s):
    s = s.casefold().replace("’", "'").strip(" .,'\"“”")
    for a in ("the ", "a ", "an "):
        if s.startswith(a):
            s = s[len(a):]
    return " ".join(s.split())


def rows(path):
    """Read the relation lines of a span gold file."""
    return [json.loads(l) for l in open(path) if l.strip() and "relation" in json.loads(l)]


def ov(a, b):
    return a[0] < b[1] and b[0] < a[1]


def end(x, y, side_x, side_y):
    return ov(x[side_x + "_span"], y[side_y + "_span"]) or norm(x[side_x + "_canonical"]) == norm(y[side_y + "_canonical"])


def match(x, y):
    if x["article"] != y["article"] or FAM.get(x["relation"], x["relation"]) != FAM.get(y["relation"], y["relation"]):
        return False
    if not ov(x["sentence"], y["sentence"]):
        return False
    if end(x, y, "subject", "subject") and end(x, y, "object", "object"):
        return True
    return x["relation"] in SYM and end(x, y, "subject", "object") and end(x, y, "object", "subject")


def agreement(A, B):
    ma = [a for a in A if any(match(a, b) for b in B)]
    mb = [b for b in B if any(match(a, b) for a in A)]
    p, r = len(mb) / len(B), len(ma) / len(A)
    f = 2 * p * r / (p + r) if p + r else 0
    Ar = [a for a in A if a["status"] == "required"]
    Br = [b for b in B if b["status"] == "required"]
    rr = sum(any(match(a, b) for b in B) for a in Ar) / len(Ar)
    pr = sum(any(match(a, b) for a in A) for b in Br) / len(Br)
    return dict(A=len(A), B=len(B), matchedA=len(ma), matchedB=len(mb), f1_all=f,
                A_required_found_in_B=rr, B_required_found_in_A=pr,
                f1_required=2 * rr * pr / (rr + pr) if rr + pr else 0)


if __name__ == "__main__":
    n = sys.argv[1]
    A = rows(WORK / "passA" / f"batch{n}.jsonl")
    B = rows(WORK / "passB" / f"batch{n}.jsonl")
    print(json.dumps(agreement(A, B)))
    out = open(WORK / "disagreements" / f"batch{n}.jsonl", "w")
    k = 0
    for a in A:
        ms = [b for b in B if match(a, b)]
        if not ms:
            out.write(json.dumps({"id": f"d{k}", "kind": "only_A", "row": a}, ensure_ascii=False) + "\n"); k += 1
        else:
            st = {a["status"]} | {b["status"] for b in ms}
            mods = {a["modality"]} | {b["modality"] for b in ms}
            if len(mods) > 1:
                out.write(json.dumps({"id": f"d{k}", "kind": "modality", "row": a, "other_modalities": sorted(mods)}, ensure_ascii=False) + "\n"); k += 1
    for b in B:
        if not any(match(a, b) for a in A):
            out.write(json.dumps({"id": f"d{k}", "kind": "only_B", "row": b}, ensure_ascii=False) + "\n"); k += 1
    print(k, "disagreements")
