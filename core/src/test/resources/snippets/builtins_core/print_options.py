# print with sep, end and file
import sys
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print("to stderr", file=sys.stderr)
print()
print("no newline", end="")
print(" then this")
sys.stdout.write("written\n")
