# sorting dict items by key and value
scores = {"bob": 3, "amy": 5, "cal": 3, "dan": 1}
print(sorted(scores), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), sorted(scores.values(), reverse=True))
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
