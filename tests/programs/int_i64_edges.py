# values around the i64 / small-int fast-path boundaries
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX, MIN, MAX + 1, MIN - 1, MAX + MAX, MIN + MIN)
print(MIN // -1, MIN % -1, divmod(MIN, -1), -MIN, abs(MIN), MIN * -1)
print(MAX * MAX, MIN * MIN, MAX * -1, MIN * 2, MAX * 2 // 2 == MAX)
print(MIN // 1, MIN // 2, MIN // 3, MIN % 3, MIN % -3, MAX % -2)
print(MAX - MIN, MIN - MAX, -MAX - 1 == MIN, ~MAX, ~MIN)
print(1 << 63, 1 << 62, -1 << 63, (1 << 63) - 1 == MAX, MAX >> 62, MIN >> 63, MIN >> 64)
print(MAX & MIN, MAX | MIN, MAX ^ MIN, MIN & -1, MIN ^ -1)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904, 3037000499 * 3037000499)
print(3037000500 ** 2, (-3037000500) ** 2, 2 ** 63, (-2) ** 63, (-2) ** 64)
print(pow(MAX, 2, MAX - 1), pow(2, 64, 10 ** 19), pow(MIN, 3, 1000))
print(MAX + 1 - 1 == MAX, type(MAX + 1), (MAX + 1) // 2, (MAX + 1) - 1)
print(int(str(MAX + 1)), int('-9223372036854775809'), -(MAX + 1) == MIN)
x = MAX
x += 1
print(x, x - 1, x > MAX, x == MAX + 1)
y = MIN
y -= 1
print(y, y + 1 == MIN)
z = 2 ** 31
print(z * z, z * z * 2, (z * z * 2) - 1 == MAX)
acc = 1
for i in range(70):
    acc *= 2
    if i in (61, 62, 63, 64):
        print(i, acc, acc - 1, -acc)
lst = list(range(5))
print(lst[MIN:MAX], lst[-MAX:], lst[MAX:], lst[::MAX], lst[::MIN])
print(round(MAX, -1), round(MIN, -18), float(MAX), float(MIN), int(float(MAX)))
print(MAX // 10 ** 18, MAX % 10 ** 18, divmod(MAX, 10 ** 9), hash(MAX) == hash(MAX))
print(sum([MAX, MAX, MIN, MIN]), max(MAX, MAX + 1), min(MIN, MIN - 1))
