# the clocks: types, monotonicity, _ns variants, clock info, sleep's checks
import time

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    fns = getattr(time, name + '_ns')
    a = f()
    b = f()
    print(name, type(a).__name__, type(fns()).__name__, b >= a, fns() >= 0)
    print(time.get_clock_info(name))
print(time.time() > 1.6e9, time.time_ns() > 1.6e18, abs(time.time() - time.time_ns() / 1e9) < 5)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI, time._STRUCT_TM_ITEMS)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC))
attempt(time.clock_gettime)
attempt(time.clock_gettime, 'x')
attempt(time.clock_gettime, 12345)
attempt(time.get_clock_info, 'x')
attempt(time.get_clock_info, 1)
attempt(time.get_clock_info)
attempt(time.time, 1)
attempt(time.monotonic_ns, 1)
attempt(time.sleep)
attempt(time.sleep, -1)
attempt(time.sleep, -1e-12)
attempt(time.sleep, 'a')
attempt(time.sleep, float('nan'))
attempt(time.sleep, 1e30)
attempt(time.sleep, -10**19)
attempt(time.sleep, -10**12)
attempt(time.sleep, -1e12)
attempt(time.sleep, None)
attempt(time.sleep, secs=1)
attempt(time.sleep, 0)
attempt(time.sleep, 0.0)
attempt(time.sleep, -0.0)
attempt(time.sleep, False)
start = time.monotonic()
time.sleep(0.001)
print(time.monotonic() >= start)
print(time.tzset())
