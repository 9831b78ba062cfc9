import sys, traceback
def f():
    x = 1
    raise ValueError(x)
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(sorted(tb.tb_next.tb_frame.f_locals))
    traceback.clear_frames(tb)
    print(sorted(tb.tb_next.tb_frame.f_locals))
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def g():
    try:
        yield 1
    finally:
        print("closed")
it = g(); next(it)
it.gi_frame.clear()
print(it.gi_frame)
import unittest
class T(unittest.TestCase):
    def test_x(self):
        with self.assertRaises(ValueError):
            int("x")
        self.assertRaises(TypeError, int, [])
r = unittest.TextTestRunner(stream=__import__("io").StringIO(), verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, r.wasSuccessful())
