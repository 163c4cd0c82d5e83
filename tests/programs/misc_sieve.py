def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(2000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
pset = set(ps)
twins = [(p, p + 2) for p in ps if p + 2 in pset]
print(len(twins), twins[:6], twins[-1])
print(all([is_prime(p) for p in ps]), [n for n in range(50) if is_prime(n)] == ps[:15])
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
