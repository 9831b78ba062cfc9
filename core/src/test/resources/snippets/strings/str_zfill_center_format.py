# padding helpers compared with format specs
for s in ["7", "-7", "abc", ""]:
    print(repr(s.zfill(4)), repr(s.center(7, "*")), repr(f"{s:*^7}"), repr(s.rjust(4, "0")), repr(f"{s:0>4}"))
