# exceptions with a custom __str__ and one defined in a function
class AppError(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"app failed with code {self.code}"
def run():
    raise AppError(42)
run()
