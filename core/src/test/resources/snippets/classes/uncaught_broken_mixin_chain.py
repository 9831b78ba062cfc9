# Uncaught AttributeError: a mixin forgets to call super().__init__, breaking the chain
class Base:
    def __init__(self):
        self.log = ["Base"]

class TimestampMixin:
    def __init__(self):
        self.created = "2024-01-01"

class AuditMixin:
    def __init__(self):
        super().__init__()
        self.log.append("Audit")

class GoodModel(AuditMixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("GoodModel")

class BrokenModel(AuditMixin, TimestampMixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("BrokenModel")

print(GoodModel().log)
print([k.__name__ for k in BrokenModel.__mro__])
print("creating BrokenModel")
BrokenModel()
