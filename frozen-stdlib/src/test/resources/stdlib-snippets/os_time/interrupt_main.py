import _thread, signal
def spin(n):
    t = 0
    for i in range(n):
        t += i
    return t
try:
    _thread.interrupt_main()
    spin(10)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt at the next check")
seen = []
old = signal.signal(signal.SIGINT, lambda s, f: seen.append((s, type(f).__name__)))
_thread.interrupt_main()
spin(10)
print(seen)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
spin(10)
print("ignored")
signal.signal(signal.SIGINT, old)
try:
    _thread.interrupt_main(99)
except ValueError as e:
    print(e)
