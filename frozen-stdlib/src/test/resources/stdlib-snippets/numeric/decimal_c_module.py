# decimal re-exports the accelerator module _decimal, whose classes say they come from "decimal"
import decimal
import _decimal
import pickle

print(decimal.Decimal is _decimal.Decimal, decimal.Context is _decimal.Context)
print(_decimal.__name__, decimal.Decimal.__module__, decimal.Context.__module__, _decimal.__version__)
print(decimal.InvalidOperation.__module__, decimal.localcontext is _decimal.localcontext)
print(sorted(n for n in dir(decimal) if not n.startswith("_")))
d = decimal.Decimal("1.10") * 3
print(d, repr(d), pickle.loads(pickle.dumps(d)) == d, pickle.loads(pickle.dumps(d)).__class__.__module__)
with decimal.localcontext(prec=5) as ctx:
    print(decimal.Decimal(1) / 7, ctx.prec)
print(decimal.getcontext().prec, decimal.Decimal(1) / 7)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
