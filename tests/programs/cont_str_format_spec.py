n = 1234567.891
print(format(n, ","), format(n, "_"), format(n, ",.2f"), format(n, "_.1f"))
print(format(1234567, ","), format(1234567, "_"), format(-9876543, ","), format(255, "_x"), format(2 ** 20, "_b"))
print(format(3.14159, ".3f"), format(3.14159, ".0f"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"))
print(format(12345.678, "e"), format(12345.678, ".2e"), format(0.000123, "E"), format(1e100, ".3e"))
print(format(12345.678, "g"), format(0.0001234, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(100.0, "g"))
print(format(1.5, ".3g"), format(1234.5, ".2g"), format(0.5, "g"), format(1e16, "g"), format(10.0, "#g"))
print(format(0.256, "%"), format(0.256, ".1%"), format(1, ".0%"), format(-0.5, "%"))
print("[{:10}]".format("s"), "[{:10}]".format(5), "[{:<10}]".format(5), "[{:^10}]".format(5), "[{:>10}]".format("s"))
print("[{:*>8}]".format(42), "[{:0>8}]".format(42), "[{:08}]".format(-42), "[{:=8}]".format(-42), "[{:+08.2f}]".format(3.14159))
print("[{: d}]".format(5), "[{: d}]".format(-5), "[{:+d}]".format(5), "[{:-d}]".format(5))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:c}".format(255, 255, 8, 5, 255, 8, 5, 65))
print("{:10.3f}|{:<10.2e}|{:^10.1%}|".format(3.14159, 31415.9, 0.314))
print("{:.3}".format("abcdef"), "{:>6.2}".format("abcdef"), "{:.0}".format("xyz") + "|")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{-42:05d}|{42:#06x}")
w, p = 12, 3
print(f"[{3.14159265:{w}.{p}f}]", f"[{'txt':>{w}}]", f"[{1234567:,}]")
print("{0} {1} {0}".format("a", "b"), "{name}={val:.2f}".format(name="pi", val=3.14159))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3.5))
print("{{literal}} {}".format(1), f"{{x}} {1 + 1}")
print(format(True, "d"), format(True), format(None), format(1.0), format(1e22), format(1e-7))
print(format(123, ""), format(1.25, ""), str(1e16), str(12345678901234567.0), repr(0.1 + 0.2))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "%"))
print("{:,.2f}".format(-1234.5), "{:,}".format(10 ** 12), "{:_.3f}".format(1234567.0))
for v in [0, 7, 1000, 123456789]:
    print("|{:>12,}|{:<10x}|{:^10o}|".format(v, v, v))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ",s")
except ValueError as e:
    print("ValueError:", e)
