"""Annotation helper: show stories with sentence offsets; build span gold from a compact draft.

  python annotate.py show BATCH_FILE            # numbered sentences with offsets
  python annotate.py build DRAFT OUT BATCH_FILE # draft -> span gold (offsets computed), validated
  python annotate.py check GOLD BATCH_FILE      # validate a span gold file

Draft lines (JSON): {"article": ID, "sent": N, "subject": SURFACE, "subject_canonical": NAME,
  "relation": REL, "object": SURFACE, "object_canonical": NAME, "modality": MOD,
  "status": "required"|"optional", "generic": [bool, bool], "note": "...",
  optional "subject_occ": k, "object_occ": k  (0-based occurrence of SURFACE in the sentence)}
"""
import json
import re
import sys

RELATIONS = set("""attacked coerced threatened mobilizedAgainst sanctioned accused demanded rejected
protestedAgainst agreedWith consulted cooperatedWith supports aided concededTo retreatedFrom
alliedWith memberOf partOf officialOf leads controls operatesIn""".split())
MODALITIES = {"asserted", "alleged", "denied", "hypothetical"}
STATUS = {"required", "optional"}


def stories(batch):
    return [json.loads(line) for line in open(batch) if line.strip()]


_SPLIT = re.compile(r'(?<=[.!?])["\u201d\u2019]?\s+(?=["\u201c\u2018]?[A-Z0-9])')


def sentences(text):
    """Split into sentences (start, end); simple rule, avoids splitting after common abbreviations."""
    out, start = [], 0
    abbrev = re.compile(r"(\b(?:U\.S|U\.N|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Maj|Capt|Sen|Rep|Gov|Jan|Feb|Aug|Sept|Oct|Nov|Dec|St|No|Jr|Sr|Inc|Co|Corp|Ltd|vs|e\.g|i\.e|a\.m|p\.m)\.)$|(\b[A-Z]\.)$")
    for m in _SPLIT.finditer(text):
        cut = m.start()
        head = text[start:cut]
        if abbrev.search(head) and not head.endswith(("U.S.", "U.N.", "U.K.")):
            continue
        if head.endswith(("U.S.", "U.N.", "U.K.")):
            nxt = text[m.end():m.end() + 1]
            # "the U.S. The ..." is ambiguous; keep going unless the next word starts a sentence-like token
            if not re.match(r"[A-Z]", nxt):
                continue
            # treat U.S. as sentence end only if followed by a common sentence opener
            word = re.match(r"\w+", text[m.end():])
            if word and word.group(0) not in {"The", "It", "He", "She", "They", "We", "In", "On", "A", "An", "But", "This", "That", "Those", "These", "His", "Her", "Their"}:
                continue
        end = cut + (1 if text[cut:cut + 1] in '"\u201d\u2019' else 0)
        end = m.start() + len(m.group(0).rstrip())
        out.append((start, len(text[:end].rstrip()) ))
        start = m.end()
    out.append((start, len(text.rstrip())))
    return [(s, e) for s, e in out if e > s]


def show(batch):
    for story in stories(batch):
        print(f"=== {story['id']} | {story.get('date')} | {story.get('title')}")
        for i, (s, e) in enumerate(sentences(story["text"])):
            print(f"[{i}] ({s},{e}) {story['text'][s:e]}")
        print()


def _find(text, sent, surface, occ):
    s, e = sent
    idx, pos = -1, s
    for _ in range(occ + 1):
        idx = text.find(surface, pos, e)
        if idx < 0:
            return None
        pos = idx + 1
    return [idx, idx + len(surface)]


def build(draft, out, batch):
    texts = {st["id"]: st["text"] for st in stories(batch)}
    sents = {k: sentences(v) for k, v in texts.items()}
    errors, rows = [], []
    seen_docs = []
    for n, line in enumerate(open(draft), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as err:
            errors.append(f"line {n}: bad JSON {err}")
            continue
        art = d.get("article")
        if art not in texts:
            errors.append(f"line {n}: unknown article {art!r}")
            continue
        if d.get("annotated"):
            seen_docs.append(art)
            rows.append({"article": art, "annotated": True})
            continue
        try:
            sent = sents[art][d["sent"]]
        except (KeyError, IndexError, TypeError):
            errors.append(f"line {n}: bad sentence index {d.get('sent')!r}")
            continue
        row = {"article": art, "sentence": list(sent)}
        for side in ("subject", "object"):
            span = _find(texts[art], sent, d.get(side, ""), d.get(side + "_occ", 0)) if d.get(side) else None
            if span is None:
                errors.append(f"line {n}: {side} {d.get(side)!r} not found in sentence {d.get('sent')} of {art}")
                break
            row[side] = d[side]
            row[side + "_span"] = span
            row[side + "_canonical"] = d.get(side + "_canonical") or d[side]
            if side == "subject":
                row["relation"] = d.get("relation")
        else:
            row["modality"] = d.get("modality", "asserted")
            row["status"] = d.get("status", "required")
            row["generic"] = d.get("generic", [False, False])
            if d.get("note"):
                row["note"] = d["note"]
            errs = _validate_row(row, texts[art])
            errors += [f"line {n}: {e}" for e in errs]
            rows.append(row)
    missing = set(texts) - set(seen_docs)
    for m in sorted(missing):
        errors.append(f"no header line {{\"article\": \"{m}\", \"annotated\": true}} for {m}")
    with open(out, "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(errors, rows)


def _validate_row(row, text):
    errs = []
    if row["relation"] not in RELATIONS:
        errs.append(f"unknown relation {row['relation']!r}")
    if row["modality"] not in MODALITIES:
        errs.append(f"bad modality {row['modality']!r}")
    if row["status"] not in STATUS:
        errs.append(f"bad status {row['status']!r}")
    g = row["generic"]
    if not (isinstance(g, list) and len(g) == 2 and all(isinstance(x, bool) for x in g)):
        errs.append("generic must be [bool, bool]")
    s0, s1 = row["sentence"]
    for side in ("subject", "object"):
        a, b = row[side + "_span"]
        if text[a:b] != row[side]:
            errs.append(f"{side} span text mismatch")
        if not (s0 <= a and b <= s1):
            errs.append(f"{side} span outside sentence")
    return errs


def check(gold, batch):
    texts = {st["id"]: st["text"] for st in stories(batch)}
    errors, rows, docs = [], [], set()
    for n, line in enumerate(open(gold), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("annotated"):
            docs.add(r["article"])
            continue
        rows.append(r)
        errors += [f"line {n}: {e}" for e in _validate_row(r, texts[r["article"]])]
    for m in sorted(set(texts) - docs):
        errors.append(f"no header for {m}")
    report(errors, rows)


def report(errors, rows):
    for e in errors:
        print("ERROR", e)
    by = {}
    for r in rows:
        if "relation" in r:
            by[r["article"]] = by.get(r["article"], 0) + 1
    print(f"{len(rows)} lines, {sum(by.values())} relations over {len(by)} articles; {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    cmd = sys.argv[1]
    {"show": lambda: show(sys.argv[2]), "build": lambda: build(*sys.argv[2:5]),
     "check": lambda: check(*sys.argv[2:4])}[cmd]()
