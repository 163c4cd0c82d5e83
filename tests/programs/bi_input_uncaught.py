import sys


def ask(prompt):
    print("about to ask:", prompt)
    return input()


def ask_with_default(prompt, default):
    try:
        return ask(prompt)
    except EOFError as e:
        print("  EOF, using default:", default, "|", e)
        return default


def main():
    name = ask_with_default("name?", "anon")
    print("hello", name)
    print("stdin closed?", sys.stdin.closed)
    answer = ask("age?")
    print("answer", answer)


main()
print("not reached")
