# repr and ascii of strings with quotes and escapes
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "é", "\x00\x7f", "😀", "\\"]:
    print(repr(s), ascii(s))
