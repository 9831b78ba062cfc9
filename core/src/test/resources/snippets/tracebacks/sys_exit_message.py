# sys.exit with a string prints it and exits 1
import sys
print("before")
sys.exit("fatal: stopping")
