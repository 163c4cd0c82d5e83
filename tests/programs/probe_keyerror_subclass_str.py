class E2(KeyError): pass
print(str(E2("k")))
try:
    raise E2("k")
except KeyError as e:
    print(e)
