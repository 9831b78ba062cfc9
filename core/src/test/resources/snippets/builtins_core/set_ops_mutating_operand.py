# Set operations whose keys' __eq__ clears the sets mid-operation raise Python errors or finish,
# never crash (CPython restarts a lookup when the table changed during a comparison: bpo-46615).
state = [7]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n

class Bad:
    def __eq__(self, other):
        if not enabled:
            return False
        if rnd(20) == 0:
            set1.clear()
        if rnd(20) == 0:
            set2.clear()
        return bool(rnd(2))
    def __hash__(self):
        return rnd(2)

ops = {
    'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'sub': lambda a, b: a - b,
    'xor': lambda a, b: a ^ b, 'le': lambda a, b: a <= b, 'ge': lambda a, b: a >= b,
    'eq': lambda a, b: a == b, 'update': lambda a, b: a.update(b),
    'intersection_update': lambda a, b: a.intersection_update(b),
    'difference_update': lambda a, b: a.difference_update(b),
    'symmetric_difference_update': lambda a, b: a.symmetric_difference_update(b),
    'issuperset': lambda a, b: a.issuperset(b), 'isdisjoint': lambda a, b: a.isdisjoint(b),
    'update_list': lambda a, b: a.update(list(b)), 'update_dict': lambda a, b: a.update(dict.fromkeys(b)),
}
for name, op in ops.items():
    outcomes = set()
    for _ in range(60):
        enabled = False
        set1 = set(Bad() for _ in range(rnd(40)))
        set2 = set(Bad() for _ in range(rnd(40)))
        enabled = True
        try:
            op(set1, set2)
            outcomes.add('ok')
        except RuntimeError as e:
            outcomes.add(type(e).__name__ + ': ' + str(e))
    print(name, 'ok' in outcomes, all('changed size during iteration' in o for o in outcomes if o != 'ok'))
