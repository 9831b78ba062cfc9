# Uncaught TypeError: unexpected keyword argument passed to a method via **kwargs forwarding
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, message, *, level="info"):
        self.lines.append(f"[{level}] {message}")
        return len(self.lines)

class App:
    def __init__(self):
        self.logger = Logger()
    def event(self, message, **options):
        return self.logger.log(message, **options)

app = App()
print(app.event("started"))
print(app.event("warning issued", level="warn"))
print(app.logger.lines)

def run_all(app, events):
    for message, options in events:
        app.event(message, **options)

run_all(app, [("a", {}), ("b", {"level": "debug"})])
print(app.logger.lines[-2:])
run_all(app, [("c", {"level": "error"}), ("d", {"colour": "red"})])
