# nested try/except/else/finally ordering
def run(x):
    log = []
    try:
        try:
            log.append("try")
            if x == 1:
                raise ValueError
            if x == 2:
                raise KeyError
        except ValueError:
            log.append("inner except")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    return log
for x in range(3):
    print(x, run(x))
