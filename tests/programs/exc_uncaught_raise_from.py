class ConfigError(Exception):
    pass


settings = {"port": "80", "host": "local"}


def get_int(key):
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError("missing setting %r" % key) from e


def configure():
    port = get_int("port")
    print("port", port)
    timeout = get_int("timeout")
    print("timeout", timeout)


print("start")
configure()
print("end")
