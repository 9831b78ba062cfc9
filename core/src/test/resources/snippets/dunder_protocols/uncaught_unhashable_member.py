# Uncaught TypeError: an object whose class defines __eq__ (and so no __hash__) added to a set
class Tag:
    def __init__(self, label):
        self.label = label
    def __eq__(self, other):
        return isinstance(other, Tag) and self.label == other.label
    def __repr__(self):
        return f"Tag({self.label!r})"

tags = [Tag("a"), Tag("b"), Tag("a")]
unique = []
for t in tags:
    if t not in unique:
        unique.append(t)
print(unique, tags.count(Tag("a")))

labels = {t.label for t in tags}
print(sorted(labels))

def index_by_tag(items):
    index = {}
    for item in items:
        index.setdefault(item, []).append(item.label)
    return index

print("building an index keyed by Tag objects")
print(index_by_tag(tags))
