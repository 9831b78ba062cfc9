from . import helper
def twice(x):
    return helper.mul(x, 2)
