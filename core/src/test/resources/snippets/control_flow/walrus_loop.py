# := in while conditions
data = [5, 3, 0, 7]
i = 0
while (v := data[i]) != 0:
    print("v", v)
    i += 1
print("stopped at", i, v)
if (n := len(data)) > 3:
    print("long", n)
