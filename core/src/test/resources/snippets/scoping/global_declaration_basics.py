# global statement: rebinding module names from functions, reading vs writing
counter = 0
name = "module"

def bump():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

def shadow():
    name = "local"
    return name

def create_new_global():
    global brand_new
    brand_new = [1, 2, 3]

print(bump(), bump(), bump())
print(read_only())
print(shadow(), name)
print("brand_new" in globals())
create_new_global()
print("brand_new" in globals(), brand_new)

def delete_global():
    global brand_new
    del brand_new

delete_global()
print("brand_new" in globals())
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)

def global_in_loop():
    global counter
    for i in range(5):
        counter = counter + i
    return counter

print(global_in_loop(), counter)
