# int() and float() read any Unicode decimal digit; the str predicates on mixed strings
for s in ['٣', '١٢٣', ' ٤٢ ', '\u2003७\u2003', '𝟏𝟐', '１２', '-٣', '٣_٣', '³', '½', '一', '١.٥']:
    for conv in (int, float):
        try:
            print(ascii(s), conv.__name__, conv(s))
        except ValueError as e:
            print(ascii(s), conv.__name__, 'ValueError', ascii(str(e)))
print(int('١٠', 16), int('٣', 8), float('١e٣'), float('-１.５'))
for s in ['123', '١٢٣', '²³', '½', 'Ⅻ', '一二三', 'a1', '', '𝟗', '⑳', '٣a', '\u0f33']:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
