# escape sequences in literals
print(len("\n\t\\\'\""), "\x41\u00e9\U0001F600", "\101", repr("\0"), "a\
b", "\N{GREEK SMALL LETTER ALPHA}")
