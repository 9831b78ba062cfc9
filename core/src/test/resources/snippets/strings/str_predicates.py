# character class predicates
for s in ["abc", "ABC", "Abc", "123", "١٢٣", "a1", "", " \t\n", "Hello World", "_id", "1x", "x²"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
