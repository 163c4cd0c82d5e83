import imp_helper_state as st
from imp_helper_state import items, config, counter

print(st.counter, st.items, st.config)
print(st.bump(), st.bump(), st.counter, st.get_counter(), counter)
st.counter = 100
print(st.get_counter(), st.bump(), counter)
print(st.add("a"), st.add("b"), items, items is st.items)
items.append("from importer")
print(st.items, st.add("c"))
st.set_mode("fast")
print(config, config is st.config)
st.items = ["replaced"]
print(items, st.items, st.add("d"), st.items)
print(st.whose_name(), __name__)
counter = -1
print(st.counter, counter)


def read_module_global():
    return st.counter * 2


print(read_module_global())
st.counter = 7
print(read_module_global())
setattr(st, "dynamic", 55)
print(st.dynamic, getattr(st, "dynamic"), "dynamic" in vars(st))
delattr(st, "dynamic")
print(hasattr(st, "dynamic"))
g = st.bump.__globals__
print(g is vars(st), g["counter"], g["__name__"])
