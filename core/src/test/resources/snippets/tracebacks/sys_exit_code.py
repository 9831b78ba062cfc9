# sys.exit with an int sets the status
import sys
print("partial output")
sys.exit(3)
