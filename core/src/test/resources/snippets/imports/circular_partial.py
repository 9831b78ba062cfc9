# a circular import sees a partially initialised module
import _circ_a
print(_circ_a.A_DONE, _circ_a.seen_from_b)
