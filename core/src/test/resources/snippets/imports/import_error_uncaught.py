# an uncaught ModuleNotFoundError
print("before")
import definitely_missing_module_xyz
