class S:
    __slots__ = ("slot_a",)
s = S()
object.__setattr__(s, "slot_a", 1)
print(s.slot_a)
