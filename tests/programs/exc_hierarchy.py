def classify(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "Type/Value<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
    return "no error"


def do_import():
    import no_such_module_xyz


tests = [
    lambda: {}["x"],
    lambda: [][0],
    lambda: "abc"[10],
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: 2.0 ** 10000,
    lambda: int("z"),
    lambda: len(5),
    lambda: "x".nothing,
    lambda: undefined_thing,
    lambda: next(iter([])),
    do_import,
    lambda: None,
    lambda: bytes([300]),
    lambda: "é".encode("ascii"),
    lambda: [1, 2].index(5),
    lambda: {1}.remove(2),
]
for i, t in enumerate(tests):
    print(i, classify(t))
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (UnicodeEncodeError, ValueError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (FileNotFoundError, OSError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (GeneratorExit, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (BrokenPipeError, ConnectionError), (TimeoutError, OSError), (KeyError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
