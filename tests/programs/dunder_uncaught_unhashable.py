class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(pts[0] == pts[1], pts[0] != pts[2])
unique = []
for p in pts:
    if p not in unique:
        unique.append(p)
print(unique)
print(Point.__hash__)
seen = set()
for p in pts:
    print("adding", p)
    seen.add(p)
print(len(seen))
