# os.kill of our own process runs the Python signal handler before kill returns
import posix as os
import _signal as signal

seen = []


def handler(signum, frame):
    seen.append(signum)


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGUSR1)
print(seen)
os.kill(os.getpid(), 0)          # only checks that the process exists
print(seen)

signal.signal(signal.SIGINT, handler)
os.kill(os.getpid(), signal.SIGINT)
print(seen)
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print(seen)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGCHLD)   # ignored by default
print("still running")


def raising(signum, frame):
    raise RuntimeError(f"signal {signum}")


signal.signal(signal.SIGUSR1, raising)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
except RuntimeError as e:
    print(type(e).__name__, e)

for bad in (-1, 65, 1000):
    try:
        os.kill(os.getpid(), bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.kill(os.getpid(), "x")
except TypeError as e:
    print(type(e).__name__, e)
signal.raise_signal(signal.SIGUSR2)
for bad in (0, -1, 32, 65):
    try:
        signal.raise_signal(bad)
        print(bad, "ok")
    except (ValueError, OSError) as e:
        print(bad, type(e).__name__, e)
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(seen)
