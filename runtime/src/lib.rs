//! pyjit runtime: the value word, heap objects and their collector, builtin types, functions
//! and methods, and (later) the helpers native code calls. Knows nothing of bytecode.

pub mod attr;
pub mod builtins;
pub mod bytes;
pub mod class;
pub mod code;
pub mod containers;
pub mod deque;
pub mod dict;
pub mod dunder;
pub mod float;
pub mod format;
pub mod gc;
pub mod hashtable;
pub mod int;
pub mod io;
pub mod jit_helpers;
pub mod modules;
pub mod mt;
pub mod object;
pub mod ops;
pub mod repr;
pub mod rt;
pub mod seq;
pub mod set;
pub mod signals;
pub mod strings;
pub mod surrogate;
pub mod types;
pub mod value;

pub mod fmt {
    pub mod numfmt;
}

pub use rt::Runtime;
pub use value::Value;

/// A raised Python exception: the exception instance.
#[derive(Debug, Clone, Copy)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;
