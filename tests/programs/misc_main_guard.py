def helper(x):
    return x * 2
def main():
    print('in main', __name__)
    print(helper(21))
    return 0
print('module level', __name__ == '__main__', type(__name__))
if __name__ == "__main__":
    rc = main()
    print('main returned', rc)
else:
    print('imported')
if __name__ != '__main__':
    print('not main')
print('end of module')
