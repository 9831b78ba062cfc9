# assigning to a read-only property
class C:
    @property
    def ro(self):
        return 1
c = C()
print(c.ro)
c.ro = 2
