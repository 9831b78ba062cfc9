# Uncaught TypeError: a subclass passes the wrong arguments to super().__init__
class Vehicle:
    def __init__(self, wheels, colour="grey"):
        self.wheels = wheels
        self.colour = colour
    def __repr__(self):
        return f"{type(self).__name__}(wheels={self.wheels}, colour={self.colour})"

class Car(Vehicle):
    def __init__(self, colour):
        super().__init__(4, colour)

class Bike(Vehicle):
    def __init__(self, colour, basket):
        super().__init__(2, colour, basket)
        self.basket = basket

print(Vehicle(6))
print(Car("red"))

def fleet(specs):
    vehicles = []
    for kind, args in specs:
        vehicles.append(kind(*args))
    return vehicles

print(fleet([(Car, ("blue",)), (Vehicle, (3, "green"))]))
print("now adding a bike")
print(fleet([(Car, ("black",)), (Bike, ("white", True))]))
