class Config:
    level = 1
    tags = []

    def show(self):
        return "level=%s tags=%s" % (self.level, self.tags)


a = Config()
b = Config()
print(a.show(), b.show())
Config.level = 5
print(a.level, b.level, a.show())
a.level = 9
print(a.level, b.level, Config.level)
Config.level = 7
print(a.level, b.level)
del a.level
print(a.level)
try:
    del a.level
except AttributeError as e:
    print("AttributeError:", e)
a.tags.append("shared")
print(b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)
Config.new_attr = "added later"
print(a.new_attr, b.new_attr)


class Sub(Config):
    pass


s = Sub()
print(s.level)
Config.level = 100
print(s.level)
Sub.level = 3
print(s.level, Config.level, a.level)
del Sub.level
print(s.level)
print("level" in Sub.__dict__, "level" in Config.__dict__)


class Shadow:
    def name(self):
        return "method"


sh = Shadow()
print(sh.name())
sh.name = lambda: "instance lambda"
print(sh.name())
del sh.name
print(sh.name())
sh.__dict__["name"] = "just a string"
print(sh.name)
