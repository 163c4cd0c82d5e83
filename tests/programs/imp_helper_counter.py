"""Helper module: records each execution of its top level in imp_helper_registry (prints nothing)."""
import imp_helper_registry

load_number = imp_helper_registry.record("imp_helper_counter")


def value():
    return load_number * 10
