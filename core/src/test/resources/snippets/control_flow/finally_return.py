# finally overrides return, and runs on break/continue
def f():
    try:
        return "try"
    finally:
        print("finally ran")
def g():
    try:
        return "try"
    finally:
        return "finally"
print(f(), g())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("fin", i)
