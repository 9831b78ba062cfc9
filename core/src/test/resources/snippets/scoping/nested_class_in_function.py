# classes defined in functions can see function locals in methods
def factory(prefix):
    class Named:
        def name(self, n):
            return prefix + n
    return Named()
print(factory("Dr. ").name("Who"), factory("Mr. ").name("X"))
