# json.dumps of nested documents: dicts, lists, strings with escapes and non-ASCII, ints, floats,
# booleans and None; with and without indent and sort_keys.
import json


def make_document(n):
    return {
        "id": n,
        "name": "item-%d" % n,
        "tags": ["alpha", "beta", "gamma\t%d" % (n % 7), "caf\u00e9", "quote\"s"],
        "price": n * 1.25,
        "ratio": n / 8,
        "active": n % 3 == 0,
        "parent": None if n % 5 else n // 5,
        "dims": {"w": n % 13, "h": n % 17, "d": [n, n + 1, n + 2]},
        "notes": "line one\nline two \\ and \u2603 snowman",
    }


docs = [make_document(i) for i in range(200)]
total = 0
digest = 0
for round_ in range(20):
    text = json.dumps(docs)
    total += len(text)
    pretty = json.dumps(docs[round_ * 7 % 200], indent=2, sort_keys=True)
    compact = json.dumps(docs, separators=(",", ":"), ensure_ascii=False)
    total += len(pretty) + len(compact)
    digest = (digest * 31 + sum(map(ord, pretty))) % 1000000007
print("total=%d digest=%d" % (total, digest))
print(json.dumps(docs[7], sort_keys=True))
