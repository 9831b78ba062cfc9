# an error raised from a base-class method through super()
class Base:
    def validate(self, v):
        if v < 0:
            raise ValueError(f"bad value {v}")
        return v
class Child(Base):
    def validate(self, v):
        return super().validate(v) * 2
print(Child().validate(2))
Child().validate(-1)
