# Attribute caches are keyed on each class's own version: changing one class must reach every
# class whose MRO holds it (subclasses, multiple inheritance, a metaclass's own mro()) and no
# stale answer may survive at a call site that sees several classes.


class Counter:
    count = 0
    label = "counter"

    def __init__(self):
        Counter.count += 1          # a plain class attribute changed on every instantiation


class Left:
    tag = "left"

    def who(self):
        return "Left.who"


class Right:
    tag = "right"
    extra = "right extra"

    def who(self):
        return "Right.who"


class Both(Left, Right):
    pass


class Deep(Both):
    pass


class Other:
    tag = "other"

    def who(self):
        return "Other.who"


def read_tag(o):
    return o.tag


def read_extra(o):
    return o.extra


def call_who(o):
    return o.who()


def read_label(o):
    return o.label


objs = [Left(), Both(), Deep(), Other(), Right()]
for rnd in range(3):
    print(rnd, [read_tag(o) for o in objs], [call_who(o) for o in objs])
    cs = [Counter() for _ in range(5)]
    print(Counter.count, read_label(cs[0]), cs[-1].count)

Right.extra = "changed on Right"            # seen through Both and Deep (second base)
print([read_extra(o) for o in objs if isinstance(o, Right)])
Left.tag = "left 2"                         # first base: Both/Deep change, Other/Right do not
print([read_tag(o) for o in objs])
del Left.tag                                # Both/Deep now find Right's
print([read_tag(o) for o in objs[1:]])
Right.who = lambda self: "new Right.who"    # shadowed by Left.who for Both/Deep
print([call_who(o) for o in objs])
del Left.who
print([call_who(o) for o in objs[1:]])
setattr(Both, "tag", "both")                # setattr() and type.__setattr__ paths
print([read_tag(o) for o in objs[1:]])
type.__setattr__(Deep, "tag", "deep")
print([read_tag(o) for o in objs[1:]])
type.__delattr__(Deep, "tag")
print([read_tag(o) for o in objs[1:]])
Counter.label = "relabelled"
print(read_label(Counter()), Counter.count)

# a class attribute that becomes a data descriptor (a special name: every cache is dropped)


class Prop:
    def __init__(self):
        self.value = "instance dict"


def read_value(o):
    return o.value


p = Prop()
print(read_value(p), read_value(p))
Prop.value = property(lambda self: "property")
print(read_value(p))
Prop.value = 5                              # a plain value again: the instance dict wins
print(read_value(p))


# a descriptor class gains __get__ after instances of it sit in another class


class Desc:
    pass


class HasDesc:
    d = Desc()


def read_d(o):
    return o.d


h = HasDesc()
print(type(read_d(h)).__name__, type(read_d(h)).__name__)
Desc.__get__ = lambda self, obj, owner: "from __get__"
print(read_d(h))
del Desc.__get__
print(type(read_d(h)).__name__)


# a metaclass's attribute, read through the class


class Meta(type):
    greeting = "meta hello"


class WithMeta(metaclass=Meta):
    pass


def read_greeting(c):
    return c.greeting


print(read_greeting(WithMeta), read_greeting(WithMeta))
Meta.greeting = "meta changed"
print(read_greeting(WithMeta))
WithMeta.greeting = "class own"
print(read_greeting(WithMeta), Meta.greeting)


# a metaclass whose mro() lists a class that is not a base: lookups follow that MRO


class Mixin:
    mixed = "mixin 1"

    def hello(self):
        return "Mixin.hello"


class OddMro(type):
    def mro(cls):
        return [cls, Mixin, object]


class Odd(metaclass=OddMro):
    pass


def read_mixed(o):
    return o.mixed


def call_hello(o):
    return o.hello()


odd = Odd()
print(read_mixed(odd), call_hello(odd), read_mixed(odd), call_hello(odd))
# (changing Mixin now is left out: CPython 3.11 keeps serving the old value there, or crashes)


# instantiation caches __init__ per class version


class Made:
    def __init__(self):
        self.how = "first __init__"


def make():
    return Made().how


print(make(), make())
Made.__init__ = lambda self: setattr(self, "how", "second __init__")
print(make(), make())
Made.helper = 1                              # a plain attribute: __init__ unchanged
print(make())
Made.__abstractmethods__ = frozenset({"f"})
for _ in range(2):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
Made.__abstractmethods__ = frozenset()
print(make())
