# json.loads of nested documents: objects, arrays, escaped and non-ASCII strings, ints, floats,
# literals; the text is built with json.dumps once, then parsed many times.
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


texts = [json.dumps([make_document(i) for i in range(200)]),
         json.dumps([make_document(i) for i in range(200)], indent=1, ensure_ascii=False)]
ids = 0
prices = 0.0
tags = 0
for round_ in range(6):
    for text in texts:
        docs = json.loads(text)
        ids += sum(d["id"] for d in docs)
        prices += sum(d["price"] for d in docs)
        tags += sum(len(d["tags"]) for d in docs if d["active"])
print("ids=%d prices=%.2f tags=%d" % (ids, prices, tags))
print(json.loads(texts[1])[13])
