from functools import cached_property
class C:
    @cached_property
    def area(self):
        print("computing")
        return 12
c = C()
print(c.area, c.area)
