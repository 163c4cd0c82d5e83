def parse(record):
    fields = record.split(",")
    return {"name": fields[0], "age": int(fields[1])}


def load(records):
    out = []
    for r in records:
        try:
            out.append(parse(r))
            print("parsed", r)
        except ValueError:
            print("bad record", r)
            out.append(lookup_default[r])
    return out


lookup_default = {"carl,x": {"name": "carl", "age": 0}}
print(load(["ann,30", "carl,x"]))
print(load(["bob,40", "dan,?"]))
print("not reached")
