import _circ_a
seen = getattr(_circ_a, "A_EARLY", "missing"), hasattr(_circ_a, "A_DONE")
