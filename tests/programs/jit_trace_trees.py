# Side traces compiled into their root trace (trace trees): a side trace that ends at the
# loop header jumps straight into the root's loop body when the frame it leaves is one the
# body can continue from, and otherwise restarts the root's pre-roll. Each loop below
# branches often enough to grow side traces, and some of them leave a frame the loop body
# must not continue from.


def collatz_steps(limit):
    # The odd branch is a side trace that jumps back into the loop body.
    total = 0
    for start in range(1, limit):
        x = start
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
    return total


def retyped_in_side(n):
    # The side trace leaves a float where the loop body keeps an int.
    acc = 0
    for i in range(n):
        if i % 7 == 3:
            acc = acc / 2
        else:
            acc = acc + i
    return acc


def rebinds_invariant(n):
    # The root's path never writes k, so its body takes k as loop-invariant; the side
    # trace rebinds it.
    k = 5
    t = 0
    for i in range(n):
        if i % 3 == 0:
            k = i
        t += k
    return t


def constant_at_header(n):
    # The root's path leaves flag == 0 at the header every time; the side's path leaves 1.
    t = 0
    flag = 0
    for i in range(n):
        if i % 4:
            flag = 0
        else:
            flag = 1
        t += flag * i + flag
    return t


def shared_then_split(n):
    # The root's path leaves a and b equal (one value); the side's path leaves them apart.
    t = 0
    a = b = 0
    for i in range(n):
        if i % 5 == 0:
            a = i
            b = i + 1
        else:
            a = b = i
        t += a * 2 + b
    return t


def inner_loop_in_side(n):
    # The side trace runs an inner loop (its trace is called from the side's code).
    t = 0
    for i in range(n):
        if i % 2:
            j = 0
            while j < 20:
                t += j ^ i
                j += 1
        else:
            t -= i
    return t


def nested_branches(n):
    # Side traces of side traces.
    counts = [0, 0, 0, 0]
    s = 0
    for i in range(n):
        if i % 3 == 0:
            if i % 5 == 0:
                counts[0] += 1
                s += i
            else:
                counts[1] += 1
                s -= 1
        elif i % 5 == 0:
            counts[2] += 1
            s ^= i
        else:
            counts[3] += 1
            s += 2
    return counts, s


def float_escape(n):
    # Float state carried through a side trace back into the loop body.
    inside = 0
    for k in range(n):
        cr = -2.0 + (k % 97) * 0.03
        ci = -1.2 + (k % 89) * 0.027
        zr = zi = 0.0
        it = 0
        while it < 40:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            if it % 2:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
            else:
                zr, zi = zr2 - zi2 + cr, 2.0 * zr * zi + ci
            it += 1
        if it == 40:
            inside += 1
    return inside


def raises_in_side(n):
    # The side path eventually divides by zero: the error comes from the side's code.
    t = 0
    for i in range(n, -1, -1):
        if i % 2:
            t += 1000 // i
        else:
            t += 1000 // (i - 2)
    return t


print(collatz_steps(3000))
print(retyped_in_side(5000))
print(rebinds_invariant(5000))
print(constant_at_header(5000))
print(shared_then_split(5000))
print(inner_loop_in_side(3000))
print(nested_branches(6000))
print(float_escape(3000))
try:
    print(raises_in_side(4000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
