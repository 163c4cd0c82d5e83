for w in ["a", "ab", "abc", "abcdef"]:
    print("[" + w.center(6) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5) + "]")
print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "x".center(4, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcde\tf".expandtabs(4)))
print(repr("\t".expandtabs(2)), repr("x\ty\nab\tc".expandtabs(3)), repr("no tabs".expandtabs()))
print("hello".upper(), "HeLLo".lower(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
print("Straße".casefold(), "ABC".casefold() == "abc")
print("abc".isalpha(), "a1".isalnum(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "low".islower(), "UP".isupper())
print("ab" * 3, "-" * 10, "x" * 0, "x" * -1 == "")
table = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print(name.ljust(12) + str(price).rjust(6) + str(qty).center(7) + "|")
print("%-8s|%8s|%08.3f|%+d|%x|%o|%e" % ("left", "right", 3.14159, 5, 255, 8, 12345.678))
print("%5.1f%%" % 99.55, "%c%c" % (72, "i"), "%r %s" % ("q", "q"), "%(a)s-%(b)d" % {"a": "x", "b": 3})
print("abc".find("c"), "abc".index("b"), "abcabc".rindex("a"), "abcabc".count("bc"), "aaaa".count("aa"))
print("tab\there".expandtabs(1), ord("A"), chr(97), "é".encode(), len("héllo"))
print("{:^9}|{:<4}|{:>4}|".format("mid", "l", "r"), "{:*^9}".format("c"), "{:_<6}".format(1))
lines = ["Name\tQty\tPrice", "apple\t3\t1.5", "watermelon\t10\t12.25"]
for ln in lines:
    print(repr(ln.expandtabs(8)), repr(ln.expandtabs(12)))
for n in [5, -5, 123456]:
    print(str(n).zfill(8), str(n).rjust(8, "0"), str(n).center(9, "_"))
