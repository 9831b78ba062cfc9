# Generator pipelines process one item at a time through every stage
def produce(items):
    for item in items:
        print(f"produce {item}")
        yield item

def transform(source):
    for item in source:
        print(f"  transform {item}")
        yield item * 10

def keep_big(source, limit):
    for item in source:
        if item > limit:
            print(f"    keep {item}")
            yield item
        else:
            print(f"    drop {item}")

pipeline = keep_big(transform(produce([1, 5, 2, 8])), 25)
print("pipeline built, nothing ran yet")
for result in pipeline:
    print(f"      consumer got {result}")

def take(n, source):
    for i, item in enumerate(source):
        if i >= n:
            return
        yield item

print("--- take 2")
print(list(take(2, transform(produce(range(100))))))
