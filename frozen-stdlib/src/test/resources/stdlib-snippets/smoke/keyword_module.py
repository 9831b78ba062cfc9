# keyword is pure Python with no imports: the smallest stdlib module
import keyword
print(keyword.iskeyword("if"), keyword.iskeyword("print"))
print(len(keyword.kwlist) > 30, "match" in keyword.softkwlist)
