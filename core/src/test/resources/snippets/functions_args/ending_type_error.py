# calling with a wrong argument count ends the program
def area(w, h):
    return w * h
print(area(2, 3))
area(2)
