# functions and classes defined conditionally
flag = True
if flag:
    def which():
        return "first"
else:
    def which():
        return "second"
print(which())
for i in range(2):
    class K:
        n = i
print(K.n)
try:
    undefined_func()
except NameError as e:
    print(e)
