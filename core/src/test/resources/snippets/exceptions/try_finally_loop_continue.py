# continue inside finally is allowed since 3.8
out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError
        out.append(i)
    except ValueError:
        out.append("err")
    finally:
        if i == 2:
            continue
        out.append("fin")
print(out)
