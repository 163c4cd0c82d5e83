//! Sources of the standard-library modules pyjit implements in Python (`interp/pylib/`),
//! compiled on first import like any other module.

macro_rules! pylib {
    ($($name:literal),* $(,)?) => {
        pub const MODULES: [(&str, &str); [$($name),*].len()] =
            [$(($name, include_str!(concat!("../pylib/", $name, ".py")))),*];
    };
}

pylib!(
    "array",
    "bisect",
    "collections",
    "copy",
    "functools",
    "heapq",
    "itertools",
    "keyword",
    "operator",
    "string",
);
