# counting instances with a class attribute and classmethod
class Widget:
    created = 0
    def __init__(self, name):
        self.name = name
        Widget.created += 1
        self.id = Widget.created
    @classmethod
    def count(cls):
        return cls.created
ws = [Widget(n) for n in "abc"]
print(Widget.count(), [w.id for w in ws], ws[0].count())
