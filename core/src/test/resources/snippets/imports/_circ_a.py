A_EARLY = "early"
import _circ_b
seen_from_b = _circ_b.seen
A_DONE = True
