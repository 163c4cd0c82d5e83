# args: 5000
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return [k for k in range(limit + 1) if flags[k]]


def is_prime_trial(x):
    if x < 2:
        return False
    if x % 2 == 0:
        return x == 2
    d = 3
    while d * d <= x:
        if x % d == 0:
            return False
        d += 2
    return True


def twin_count(primes):
    count = 0
    for a, b in zip(primes, primes[1:]):
        if b - a == 2:
            count += 1
    return count


def max_gap(primes):
    best = 0
    where = 0
    for i in range(1, len(primes)):
        g = primes[i] - primes[i - 1]
        if g > best:
            best = g
            where = primes[i - 1]
    return best, where


def goldbach_ways(even, prime_set):
    ways = 0
    for p in range(2, even // 2 + 1):
        if p in prime_set and (even - p) in prime_set:
            ways += 1
    return ways


def mod_pow_check(primes):
    # Fermat check with builtin 3-arg pow for a sample of primes
    ok = 0
    for p in primes[1::7]:
        if pow(2, p - 1, p) == 1:
            ok += 1
    return ok


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    primes = sieve(n)
    print("primes up to", n, ":", len(primes), "last", primes[-1])
    print("sum mod 1e9+7:", sum(primes) % 1000000007)
    print("twins:", twin_count(primes), "max gap:", max_gap(primes))
    trial = 0
    for x in range(n // 10, n // 10 + n // 30):
        if is_prime_trial(x):
            trial += 1
    print("trial-division primes in window:", trial)
    ps = set(primes)
    print("goldbach ways:", [goldbach_ways(e, ps) for e in range(n // 100, n // 100 + 20, 2)])
    print("fermat ok:", mod_pow_check(primes))
