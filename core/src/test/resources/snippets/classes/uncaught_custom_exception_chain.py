# Uncaught custom exception raised "from" another: both tracebacks are printed
class ConfigError(Exception):
    def __init__(self, section, problem):
        super().__init__(section, problem)
        self.section = section
    def __str__(self):
        return f"[{self.section}] {self.args[1]}"

class Config:
    def __init__(self, raw):
        self.raw = raw
    def get_int(self, section, key):
        try:
            return int(self.raw[section][key])
        except (KeyError, ValueError) as exc:
            raise ConfigError(section, f"bad value for {key}") from exc

cfg = Config({"server": {"port": "8080", "workers": "four"}})
print(cfg.get_int("server", "port"))
try:
    cfg.get_int("client", "port")
except ConfigError as e:
    print("handled:", e, "| cause:", type(e.__cause__).__name__)

def start(config):
    port = config.get_int("server", "port")
    workers = config.get_int("server", "workers")
    return port, workers

print("starting server")
start(cfg)
