for n in [-2, 0, 1, 7, 15, 30]:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n % 15 == 0:
        print(n, 'fizzbuzz')
    elif n % 5 == 0:
        print(n, 'buzz')
    else:
        print(n, 'other')
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('i =', i)
else:
    print('while else not reached')
j = 3
while j > 0:
    j -= 1
else:
    print('while else reached', j)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
k = 0
while True:
    k += 1
    if k * k > 200:
        break
print('k', k)
if []:
    print('empty list true?')
elif {}:
    print('empty dict true?')
elif 0.0:
    pass
else:
    print('all falsy')
if 'x':
    pass
print('after pass')
a, b = 1071, 462
while b:
    a, b = b, a % b
print('gcd', a)
x = 10
while x:
    x -= 3 if x >= 3 else x
print('x', x)
