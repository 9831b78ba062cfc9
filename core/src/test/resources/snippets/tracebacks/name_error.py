# NameError for a misspelled name
def compute():
    total = 10
    return totl * 2
compute()
