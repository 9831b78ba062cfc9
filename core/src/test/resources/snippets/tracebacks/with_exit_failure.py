# an exception from __exit__ while another is in flight
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError("exit")
with Bad():
    1 / 0
