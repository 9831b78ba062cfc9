# Uncaught TypeError when sorting instances that define no ordering
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
    def __repr__(self):
        return f"Task({self.name!r}, {self.priority})"
    def __eq__(self, other):
        return self.priority == other.priority

tasks = [Task("write", 2), Task("read", 1), Task("test", 3)]
print(sorted(tasks, key=lambda t: t.priority))
print(min(tasks, key=lambda t: t.priority))
print(Task("a", 1) == Task("b", 1), Task("a", 1) != Task("b", 2))

def schedule(items):
    ordered = sorted(items)
    return [t.name for t in ordered]

print("scheduling without a key")
print(schedule(tasks))
