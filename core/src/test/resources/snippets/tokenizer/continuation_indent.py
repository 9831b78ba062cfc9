# A backslash continuation in the indentation: the first one fixes the indentation level (tokenizer.c tok_get)
srcs = ["def fib(n):\n    \\\n'''doc'''\n    \\\na, b = 0, 1\nprint(fib.__doc__)\n",
        "x = 1\n    \\\ny = 2\n",
        "if 1:\n    y = 1\n    \\\n        \\\n    foo = 2\nprint(foo)\n",
        "if 1:\n  a = 1\n\\\n  b = 2\nprint(b)\n",
        "if 1:\n\\\n  \\\n    c = 3\nprint(c)\n"]
for s in srcs:
    try:
        exec(compile(s, "<s>", "exec"), {})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.args)
