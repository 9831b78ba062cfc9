# __class_getitem__ and generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int], list[int], dict[str, int], tuple[int, ...])
print(list[int] == list[int], list[int].__origin__ is list)
