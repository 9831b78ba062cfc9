# an error raised while a class is being created
class Base:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith("Good"):
            raise TypeError(f"bad class name {cls.__name__}")
class GoodOne(Base):
    pass
print("GoodOne created")
class BadOne(Base):
    pass
