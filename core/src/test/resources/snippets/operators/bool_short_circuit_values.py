# and/or return operands, not booleans
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "never", None or [] or 0)
def side(v, log):
    log.append(v)
    return v
log = []
print(side(0, log) and side(1, log) or side(2, log), log)
