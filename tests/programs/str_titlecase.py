# title/capitalize use titlecase (digraphs, SpecialCasing); only cased letters start words.
for c in 'ǆǄǅǉǊǋǌßﬃﬁŉᾳ':
    print(repr(c), repr(c.title()), repr(c.upper()), repr(c.capitalize()), repr(c.swapcase()))
print('日本abc déf'.title(), "they're bill's friends".title(), 'hELLO wORLD'.swapcase(), 'ǈ'.swapcase(), 'ßtraße'.capitalize())
print('ΑΣ ΣΑΣ'.lower(), 'x1y2 a_b'.title(), 'ǆemal'.title())
