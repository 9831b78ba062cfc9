import _csv
class W:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s); return len(s)
w = W()
wr = _csv.writer(w)
wr.writerow(["a", 'b"c', "d,e", "f\ng", None, 1, 2.5, ""])
wr.writerow([""])
wr.writerows([[1, 2], [], ["x"]])
wr2 = _csv.writer(w, quoting=_csv.QUOTE_NONNUMERIC, lineterminator="\n")
wr2.writerow(["s", 1, 2.0, True, None])
wr3 = _csv.writer(w, quoting=_csv.QUOTE_NONE, escapechar="\\")
wr3.writerow(["a,b", 'q"', "back\\slash"])
for bad in [lambda: _csv.writer(w, quoting=_csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: _csv.writer(w, quoting=_csv.QUOTE_NONE).writerow([""]),
            lambda: wr.writerow(5), lambda: _csv.writer(1)]:
    try:
        bad()
    except (_csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(w.out)
rows = ['a,b,c', '"x,y",z', '"q""uote",2', ' sp, ace', '"multi', 'line",end', '', 'tail,']
print(list(_csv.reader(rows)))
print(list(_csv.reader(rows, skipinitialspace=True)))
print(list(_csv.reader(['1,2.5,"x"'], quoting=_csv.QUOTE_NONNUMERIC)))
print(list(_csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(_csv.reader(['a;b'], delimiter=';')))
r = _csv.reader(['a,"b'])
print(list(r), r.line_num)
for bad_rows, kw in [(['a,"b"c'], dict(strict=True)), (['a,"b'], dict(strict=True)), ([b'x'], {}), (['a\r\nb'], {}),
                     (['x,y'], dict(quoting=_csv.QUOTE_NONNUMERIC))]:
    try:
        print(list(_csv.reader(bad_rows, **kw)))
    except (_csv.Error, ValueError) as e:
        print(type(e).__name__, e)
_csv.register_dialect("semi", delimiter=";", quoting=_csv.QUOTE_ALL)
d = _csv.get_dialect("semi")
print(d.delimiter, d.quoting, d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar, d.skipinitialspace, d.strict)
print(_csv.list_dialects())
wr4 = _csv.writer(w, "semi"); w.out.clear(); wr4.writerow([1, "a"]); print(w.out)
_csv.unregister_dialect("semi")
for bad in [lambda: _csv.get_dialect("semi"), lambda: _csv.unregister_dialect("nope"), lambda: _csv.register_dialect(1),
            lambda: _csv.Dialect(delimiter=1), lambda: _csv.Dialect(quoting=7), lambda: _csv.Dialect(bogus=1),
            lambda: _csv.Dialect(quotechar=None, quoting=_csv.QUOTE_ALL), lambda: _csv.field_size_limit("x")]:
    try:
        bad()
    except (_csv.Error, TypeError) as e:
        print(type(e).__name__, e)
old = _csv.field_size_limit(5)
try:
    list(_csv.reader(["abcdefgh"]))
except _csv.Error as e:
    print(e)
print(old, _csv.field_size_limit(old))
print(type(_csv.reader([])).__name__, _csv.Error.__module__, _csv.__version__)
