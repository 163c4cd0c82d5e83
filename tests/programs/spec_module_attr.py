# Specialization stress: LOAD_ATTR_MODULE and module-global loads when module
# attributes are rebound from outside and inside the module, deleted, added,
# and when one site sees different module objects.
import math
import spec_helper_mod as m
from spec_helper_mod import VALUE as copied_value


def read_value():
    try:
        return m.VALUE
    except AttributeError as e:
        return "AE:" + str(e)


def call_f(x):
    try:
        return m.f(x)
    except Exception as e:
        return type(e).__name__ + ":" + str(e)


log = []
for i in range(3000):
    if i == 500:
        m.VALUE = 2.5               # rebound from outside
    elif i == 1000:
        m.set_value("s")            # rebound from inside the module
    elif i == 1500:
        del m.VALUE                 # deleted from outside
    elif i == 2000:
        m.set_value(2**64)          # re-added from inside
    elif i == 2500:
        m.drop_value()              # deleted from inside
    r = read_value()
    g = m.get_value() if i < 2500 and not (1500 <= i < 2000) else "-"
    if i % 250 == 0 or i in (500, 501, 1000, 1001, 1500, 1501, 2000, 2001, 2500, 2501):
        log.append((i, r, g))
for entry in log:
    print(entry)
print("copied", copied_value)

m.set_value(10)
out = []
orig_f = m.f
for i in range(3000):
    if i == 600:
        m.f = lambda x: x * 100
    elif i == 1200:
        m.f = abs
    elif i == 1800:
        m.f = m.Box
    elif i == 2100:
        m.f = m.Box(-9).scale           # bound method
    elif i == 2400:
        m.f = orig_f
    r = call_f(-i)
    if isinstance(r, m.Box):
        r = ("Box", r.v)
    if i % 300 == 0 or i in (600, 601, 1200, 1201, 1800, 1801, 2100, 2101, 2400, 2401):
        out.append((i, r))
for entry in out:
    print(entry)
print("calls", m.calls)

# One attribute site, different module objects (and a non-module object).
class FakeMod:
    pi = "fake-pi"


mods = [math, m, FakeMod, FakeMod()]
seen = []
for i in range(2400):
    mod = mods[(i // 600) % 4] if i < 2400 else math
    p = mod.pi
    if i % 200 == 0:
        seen.append((i, p if isinstance(p, str) else round(p, 6)))
print(seen)
m.pi = "rebound-pi"
math_pi = [mods[k % 2].pi for k in range(1000)]
print(math_pi[0], math_pi[1], math_pi[-1], math_pi[-2])

# A module attribute that is a class: instances, class attr changes.
tot = 0
for i in range(2000):
    if i == 1000:
        m.Box.kind = "crate"
    b = m.Box(i)
    tot += b.get()
    if i in (999, 1000):
        print("kind", i, b.kind, m.Box.kind)
print("tot", tot)

# Module attribute added later, via the module dict.
try:
    print(m.late)
except AttributeError as e:
    print("AE", e)
vars(m)["late"] = "late-value"
print([m.late for i in range(500)][-1])
setattr(m, "late", 7)
print(sum(m.late for i in range(500)))
