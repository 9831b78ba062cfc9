# frozenset's methods are its own descriptors: they apply to frozenset subclasses.
class F(frozenset):
    pass


print(frozenset.__repr__ is set.__repr__, frozenset.__repr__(F([1])), frozenset.__len__(F([1, 2])))
print(frozenset.union(F([1]), [2]), type(frozenset.copy(F([3]))).__name__)
