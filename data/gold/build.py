"""Rebuild voa-dev.jsonl, voa-check.jsonl and voa-dev-extra.jsonl from the two annotation
passes and the reconciliation decisions; print the agreement between the passes.

    python data/gold/build.py            # from the project root, ../shared beside it

The split is fixed by a hash of the article id (see split_ids); work/split.json records it.
"""
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from agree import agreement, match, rows  # noqa: E402

VOA = HERE.parents[1].parent / "shared" / "data" / "voa" / "voa-conflict-stories.jsonl"
KEYS = ("article", "sentence", "subject", "subject_span", "subject_canonical", "relation",
        "object", "object_span", "object_canonical", "modality", "status", "generic", "note")


def _h(text):
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def split_ids(ids, per_half=32):
    """Dev: sha256(id) even; check: odd; the first per_half of each by sha256('order:'+id)."""
    dev = sorted((i for i in ids if _h(i) % 2 == 0), key=lambda i: _h("order:" + i))
    check = sorted((i for i in ids if _h(i) % 2 == 1), key=lambda i: _h("order:" + i))
    return {"dev": dev[:per_half], "check": check[:per_half]}


def extra_dev_ids(ids, per_half=32):
    """The dev side's stories beyond the first per_half (sha256(id) even): a second dev file."""
    dev = sorted((i for i in ids if _h(i) % 2 == 0), key=lambda i: _h("order:" + i))
    return dev[per_half:]


def reconciled(n):
    work = HERE / "work"
    A = rows(work / "passA" / f"batch{n}.jsonl")
    B = rows(work / "passB" / f"batch{n}.jsonl")
    dis = [json.loads(line) for line in open(work / "disagreements" / f"batch{n}.jsonl")]
    dec = {d["id"]: d for d in map(json.loads, open(work / "decisions" / f"batch{n}.decisions.jsonl"))}
    assert set(dec) == {d["id"] for d in dis}, f"batch {n}: undecided disagreements"
    modality = {json.dumps(d["row"], sort_keys=True): dec[d["id"]].get("modality")
                for d in dis if d["kind"] == "modality"}
    out = []
    for a in A:
        ms = [b for b in B if match(a, b)]
        if not ms:
            continue
        r = dict(a)
        # required when both annotators insisted on it; debatable (optional) otherwise
        both = a["status"] == "required" and all(b["status"] == "required" for b in ms)
        r["status"] = "required" if both else "optional"
        r["modality"] = modality.get(json.dumps(a, sort_keys=True)) or r["modality"]
        out.append(r)
    for d in dis:
        x = dec[d["id"]]
        if d["kind"] == "modality" or x.get("decision") == "drop":
            continue
        r = dict(d["row"])
        r["status"] = x.get("status", "optional")
        r["relation"] = x.get("relation") or r["relation"]
        r["modality"] = x.get("modality") or r["modality"]
        if x.get("swap"):
            for k in ("", "_span", "_canonical"):
                r["subject" + k], r["object" + k] = r["object" + k], r["subject" + k]
            g = r.get("generic", [False, False])
            r["generic"] = [g[1], g[0]]
        out.append(r)
    return A, B, out


def main():
    voa = {r["id"]: r for r in map(json.loads, open(VOA, encoding="utf-8"))}
    split = split_ids(list(voa))
    assert split == json.loads((HERE / "work" / "split.json").read_text()), "split changed"
    final, all_a, all_b = {}, [], []
    decided = HERE / "work" / "decisions"
    batches = [n for n in (1, 2, 3, 4, 5) if (decided / f"batch{n}.decisions.jsonl").exists()]
    for n in batches:
        A, B, out = reconciled(n)
        if n == 5:  # the dev side's further stories (voa-dev-extra.jsonl): their own figure
            print("agreement between the passes, batch 5:", json.dumps(agreement(A, B)))
        else:
            all_a += A
            all_b += B
        for r in out:
            final.setdefault(r["article"], []).append(r)
    print("agreement between the passes, batches 1-4:", json.dumps(agreement(all_a, all_b)))
    files = dict(split)
    if 5 in batches:
        files["dev-extra"] = extra_dev_ids(list(voa))
    for half, ids in files.items():
        nrel = nreq = 0
        with open(HERE / f"voa-{half}.jsonl", "w", encoding="utf-8") as fh:
            for aid in ids:
                s = voa[aid]
                header = {"article": aid, "annotated": True, "title": s["title"], "date": s["date"],
                          "url": s["url"], "source": s["source"], "text": s["text"]}
                fh.write(json.dumps(header, ensure_ascii=False) + "\n")
                seen = set()
                key_of = lambda r: (r["sentence"][0], r["subject_span"][0], r["object_span"][0])  # noqa: E731
                for r in sorted(final.get(aid, []), key=key_of):
                    row = {k: r[k] for k in KEYS if k in r}
                    key = json.dumps({k: v for k, v in row.items() if k not in ("note", "status")},
                                     sort_keys=True)
                    if key in seen:
                        continue
                    seen.add(key)
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    nrel += 1
                    nreq += row["status"] == "required"
        print(f"{half}: {len(ids)} documents, {nrel} relations, {nreq} required")


if __name__ == "__main__":
    main()
