# Order of evaluation: callee first, then positional args, * args, keywords, ** args
log = []

def t(label, value=None):
    log.append(label)
    return label if value is None else value

def target(*args, **kwargs):
    log.append("body")
    return len(args), sorted(kwargs)

def get_target():
    log.append("callee")
    return target

get_target()(t("p1"), *t("star", [1]), t("p2"), k=t("kw"), **t("dstar", {"z": 0}))
print(log)
log.clear()

class Obj:
    def method(self, *a):
        log.append("method body")
        return a

def get_obj():
    log.append("object")
    return Obj()

get_obj().method(t("arg1"), t("arg2"))
print(log)
log.clear()

def failing():
    log.append("failing")
    raise ValueError("in argument")

try:
    target(t("before"), failing(), t("after"))
except ValueError as e:
    print(type(e).__name__, e, log)
log.clear()

try:
    t("not callable", 5)(t("arg"))
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()

d = {}
d[t("key")] = t("value")
print(log)
