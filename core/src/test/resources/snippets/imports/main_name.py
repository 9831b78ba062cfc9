# __name__ of the main module and of imports
print(__name__)
import _helper_mod
print(_helper_mod.__name__)
if __name__ == "__main__":
    print("running as main")
