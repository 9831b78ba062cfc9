# methods close over the enclosing function's variables
def make(tag):
    class T:
        def show(self):
            return tag
        @classmethod
        def cls_tag(cls):
            return tag.upper()
    return T
T1, T2 = make("one"), make("two")
print(T1().show(), T2().show(), T1.cls_tag(), T1 is T2)
