# re-raising keeps the original traceback and type
def inner():
    raise ValueError("deep")
def middle():
    try:
        inner()
    except ValueError:
        raise
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, e.args)
