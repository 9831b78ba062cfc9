# an error raised inside a property getter
class Config:
    def __init__(self, data):
        self.data = data
    @property
    def port(self):
        return int(self.data["port"])
c = Config({"port": "80"})
print(c.port)
Config({"port": "eighty"}).port
