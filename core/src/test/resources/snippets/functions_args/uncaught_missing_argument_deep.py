# Uncaught TypeError for a missing argument, raised three calls deep
def area(width, height):
    return width * height

def room_area(room):
    return area(*room["dims"])

def house_area(rooms):
    total = 0
    for r in rooms:
        total += room_area(r)
        print("room", r["name"], "ok, running total", total)
    return total

rooms = [
    {"name": "kitchen", "dims": (3, 4)},
    {"name": "hall", "dims": [2, 5]},
]
print(house_area(rooms))

rooms.append({"name": "closet", "dims": (1,)})
print("adding a closet with one dimension")
print(house_area(rooms))
