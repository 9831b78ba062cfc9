# empty bodies with pass and ...
def stub():
    ...
class Empty:
    pass
if True:
    pass
for _ in range(2):
    pass
print(stub(), Empty, ... is Ellipsis, type(...).__name__)
