# private name mangling inside classes
class A:
    __secret = 1
    def get(self):
        return self.__secret
    def __hidden(self):
        return "hidden"
    def call(self):
        return self.__hidden()
a = A()
print(a.get(), a.call(), A._A__secret, hasattr(a, "__secret"))
