# Regular expressions: compiled patterns with groups, alternation, classes and quantifiers;
# search, findall, finditer, sub with a function, split, fullmatch over generated text.
import re

WORDS = ["apple", "Banana", "cherry", "date", "Elder", "fig", "grape", "honeydew", "kiwi", "lemon"]


def make_text(lines):
    out = []
    for i in range(lines):
        w = WORDS[i % len(WORDS)]
        out.append("%04d %s user%d@example%d.org 192.168.%d.%d price=$%d.%02d tag:#%s-%d"
                   % (i, w, i % 97, i % 5, i % 256, (i * 7) % 256, i % 1000, i % 100, w.lower(), i % 13))
    return "\n".join(out)


EMAIL = re.compile(r"([a-z]+\d*)@([a-z]+\d)\.(org|com|net)")
IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
PRICE = re.compile(r"price=\$(\d+)\.(\d\d)")
CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")
TAG = re.compile(r"tag:#(?P<word>\w+)-(?P<num>\d+)")
LINE = re.compile(r"^(\d{4}) (\w+) .*$", re.MULTILINE)

text = make_text(400)
emails = ips = cents = caps = 0
tag_sum = 0
digest = 0
for round_ in range(25):
    emails += len(EMAIL.findall(text))
    for m in IP.finditer(text):
        ips += int(m.group(4))
    cents += sum(int(a) * 100 + int(b) for a, b in PRICE.findall(text))
    caps += len(CAPITAL.findall(text))
    tag_sum += sum(int(m.group("num")) for m in TAG.finditer(text))
    swapped = EMAIL.sub(lambda m: m.group(2) + "@" + m.group(1), text)
    digest = (digest * 31 + len(swapped) + len(re.split(r"[\s=:]+", text))) % 1000000007
    lines = LINE.findall(text)
    digest = (digest + sum(len(w) for _, w in lines)) % 1000000007
print("emails=%d ips=%d cents=%d caps=%d tags=%d digest=%d" % (emails, ips, cents, caps, tag_sum, digest))
print(EMAIL.sub(r"<\2 \1>", text[:200]))
print(bool(re.fullmatch(r"(\d{4} \w+ .*\n?)+", text)))
