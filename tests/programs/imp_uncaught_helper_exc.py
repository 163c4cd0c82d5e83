import imp_helper_errors
from imp_helper_errors import DetailedError

print("checking values")
print(imp_helper_errors.run_all([3, 2, 1]))
try:
    imp_helper_errors.check(-5)
except DetailedError as e:
    print("caught first:", e, e.code)
print(DetailedError.__module__, DetailedError.__qualname__)


def main():
    vals = [4, 0, -2, 8]
    print("running", vals)
    return imp_helper_errors.run_all(vals)


main()
print("not reached")
