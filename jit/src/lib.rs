//! pyjit tracing JIT. Empty until the JIT issue: nothing here records or compiles yet.
