# Regular expressions and JSON: parse a log, aggregate, serialize
import json
import re

LOG = """\
2026-12-07 10:01:22 INFO  user=ada action=login ms=120
2026-12-07 10:02:03 WARN  user=guido action=upload ms=1830
2026-12-07 10:02:41 INFO  user=ada action=upload ms=640
2026-12-07 10:03:10 ERROR user=grace action=login ms=15
"""

pattern = re.compile(r"(?P<time>\d\d:\d\d:\d\d) (?P<level>\w+)\s+user=(?P<user>\w+) action=(?P<action>\w+) ms=(?P<ms>\d+)")
entries = [m.groupdict() for m in pattern.finditer(LOG)]
for e in entries:
    e["ms"] = int(e["ms"])
print(len(entries), "entries; first:", entries[0])

per_user = {}
for e in entries:
    per_user.setdefault(e["user"], []).append(e["ms"])
report = {user: {"calls": len(ms), "total_ms": sum(ms)} for user, ms in sorted(per_user.items())}
text = json.dumps(report, indent=2, sort_keys=True)
print(text)
print(json.loads(text) == report)

print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello matcha world"))
print(re.findall(r"\d+", "a1b22c333"), re.split(r"[,;]\s*", "x, y;z"))
print(json.dumps({"pi": 3.14159, "list": [1, None, True], "text": "caf\u00e9"}))
