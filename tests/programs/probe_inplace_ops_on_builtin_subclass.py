class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
l = L([1]); orig = l
l += [2]
print(type(l).__name__, l is orig)
l2 = L([1]); l2 *= 2
print(type(l2).__name__)
class D(dict): pass
d = D(a=1); od = d
d |= {"b": 2}
print(type(d).__name__, d is od)
class S(set): pass
s = S({1}); os_ = s
s |= {2}
print(type(s).__name__, s is os_)
