# A closure over an 'except ... as' name sees it deleted when the handler ends
def capture_in_handler():
    try:
        raise ValueError("original")
    except ValueError as err:
        get = lambda: err
        inside = repr(get())
    try:
        outside = get()
    except NameError as e:
        outside = f"{type(e).__name__}: {e}"
    return inside, outside

for part in capture_in_handler():
    print(part)

def keep_copy():
    try:
        raise KeyError("kept")
    except KeyError as err:
        saved = err
    return lambda: repr(saved)

print(keep_copy()())

def loop_handlers():
    getters = []
    for exc_type in (TypeError, IndexError):
        try:
            raise exc_type("n" + exc_type.__name__)
        except Exception as exc:
            value = exc
            getters.append(lambda: value)
    return [type(g()).__name__ for g in getters]

print(loop_handlers())

def use_after_handler():
    try:
        1 / 0
    except ZeroDivisionError as problem:
        reporter = lambda: f"problem was {problem}"
        print(reporter())
    print("handler finished")
    return reporter()

use_after_handler()
