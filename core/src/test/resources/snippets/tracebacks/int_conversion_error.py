# ValueError from int() reached through map
values = ["1", "2", "three"]
print(list(map(int, values)))
