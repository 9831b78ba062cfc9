# Uncaught TypeError when print() calls a __str__ that returns a non-string
class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __repr__(self):
        return f"Temperature({self.degrees})"
    def __str__(self):
        if self.degrees is None:
            return self.degrees
        return f"{self.degrees} degrees"

readings = [Temperature(20), Temperature(22.5)]
for r in readings:
    print(r)
print(readings)
print(f"{readings[0]!r} / {readings[1]}")

readings.append(Temperature(None))
print(repr(readings[-1]))
for r in readings:
    print(r)
