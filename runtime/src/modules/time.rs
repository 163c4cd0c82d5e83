//! The `time` module: clocks and sleep.

use crate::builtins::{arity, no_kwargs};
use crate::object::BuiltinFn;
use crate::value::Value;
use crate::{PyResult, Runtime};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The process-wide origin of `perf_counter` and `monotonic`.
fn origin() -> Instant {
    static ORIGIN: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn time(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "time", k)?;
    arity(rt, "time", a.len(), 0, 0)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}

fn time_ns(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "time_ns", k)?;
    arity(rt, "time_ns", a.len(), 0, 0)?;
    Ok(rt.new_int128(since_epoch().as_nanos() as i128))
}

fn perf_counter(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "perf_counter", k)?;
    arity(rt, "perf_counter", a.len(), 0, 0)?;
    Ok(Value::float(origin().elapsed().as_secs_f64()))
}

fn perf_counter_ns(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "perf_counter_ns", k)?;
    arity(rt, "perf_counter_ns", a.len(), 0, 0)?;
    Ok(rt.new_int128(origin().elapsed().as_nanos() as i128))
}

/// CPU time of this process (user + system), from the kernel's per-process clock.
fn process_time(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "process_time", k)?;
    arity(rt, "process_time", a.len(), 0, 0)?;
    let secs = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the parenthesized command: utime is 14th, stime 15th overall.
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0);
    Ok(Value::float(secs))
}

fn sleep(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "sleep", k)?;
    arity(rt, "sleep", a.len(), 1, 1)?;
    let s = super::math::real_arg(rt, a[0])?;
    if s < 0.0 {
        return Err(rt.value_error("sleep length must be non-negative"));
    }
    // Sleeps in slices so that SIGINT ends it within 50 ms as KeyboardInterrupt.
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(s);
    loop {
        if crate::signals::take() {
            return Err(rt.new_error_args(rt.t.keyboard_interrupt, vec![]));
        }
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(Value::NONE);
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(50)));
    }
}

pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", perf_counter),
    ("process_time", process_time),
    ("sleep", sleep),
];

pub fn create(rt: &mut Runtime) -> Value {
    origin();
    super::make_module(rt, "time", FUNCTIONS, &[])
}
