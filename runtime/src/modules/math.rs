//! The `math` module. Float functions call the platform libm, as CPython does, so results
//! are bit-identical; errors use CPython's messages ("math domain error", "math range error").

use crate::builtins::{arity, index_arg, no_kwargs, split_kw};
use crate::object::BuiltinFn;
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, int, ops, seq};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

// The C library's versions, which CPython calls: Rust's std formulas for these differ in
// the last bit or overflow for large arguments.
mod libm {
    unsafe extern "C" {
        pub fn acosh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
    }
}

fn c_acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function on a double.
    unsafe { libm::acosh(x) }
}
fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function on a double.
    unsafe { libm::asinh(x) }
}
fn c_atanh(x: f64) -> f64 {
    // SAFETY: a pure libm function on a double.
    unsafe { libm::atanh(x) }
}

/// A real-number argument as f64 (ints converted, with CPython's overflow error).
pub fn real_arg(rt: &mut Runtime, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if int::is_int(v) {
        return int::int_to_f64(rt, v);
    }
    if crate::dunder::is_instance(v) {
        if let Some(f) = crate::dunder::convert(rt, v, "__float__")? {
            return Ok(f.as_float());
        }
        if let Some(i) = crate::dunder::convert(rt, v, "__index__")? {
            return int::int_to_f64(rt, i);
        }
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!("must be real number, not {t}")))
}

fn domain(rt: &mut Runtime) -> PyErr {
    rt.value_error("math domain error")
}

fn range_err(rt: &mut Runtime) -> PyErr {
    rt.overflow_error("math range error")
}

/// Applies a libm function with CPython's error classification: a NaN from a non-NaN input
/// is a domain error, an infinity from a finite input is a range error.
fn unary(
    rt: &mut Runtime,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    no_kwargs(rt, name, kw)?;
    arity(rt, name, args.len(), 1, 1)?;
    let x = real_arg(rt, args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(rt));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(rt));
    }
    Ok(Value::float(r))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
            unary(rt, a, k, stringify!($name), $f)
        })*
    };
}

unary_fns! {
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => c_asinh;
    acosh => c_acosh;
    exp => f64::exp;
    exp2 => f64::exp2;
    expm1 => f64::exp_m1;
    fabs => f64::abs;
}

/// `atanh(+-1)` is a domain error in CPython (not a range error).
fn atanh_(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "atanh", k)?;
    arity(rt, "atanh", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    if x.abs() >= 1.0 {
        return Err(domain(rt));
    }
    Ok(Value::float(c_atanh(x)))
}

/// `degrees`/`radians` never raise: overflow gives inf, as in CPython.
fn degrees(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "degrees", k)?;
    arity(rt, "degrees", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}
fn radians(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "radians", k)?;
    arity(rt, "radians", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn sqrt(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "sqrt", k)?;
    arity(rt, "sqrt", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    if x < 0.0 {
        return Err(domain(rt));
    }
    Ok(Value::float(x.sqrt()))
}

/// CPython's `loghelper`: `func(x)`, where an int too large for a float is split as
/// `m * 2**e` (m in [0.5, 1)) and evaluated as `func(m) + func(2.0) * e`.
fn loghelper(rt: &mut Runtime, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(v) {
        if int::big_is_negative(v) || int::to_i64(v) == Some(0) {
            return Err(domain(rt));
        }
        if let Ok(x) = int::int_to_f64(rt, v) {
            return Ok(func(x));
        }
        let b = int::to_big(v);
        let bits = b.bits();
        // The top 64 bits, as a float in [0.5, 1).
        let top = (&*b >> (bits - 64)).to_u64().unwrap_or(u64::MAX) as f64;
        let m = top / 18446744073709551616.0;
        return Ok(func(m) + func(2.0) * bits as f64);
    }
    let x = real_arg(rt, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(rt));
    }
    Ok(func(x))
}

fn log(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "log", k)?;
    arity(rt, "log", a.len(), 1, 2)?;
    let num = loghelper(rt, a[0], f64::ln)?;
    if a.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = loghelper(rt, a[1], f64::ln)?;
    if den == 0.0 {
        return Err(rt.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log10(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "log10", k)?;
    arity(rt, "log10", a.len(), 1, 1)?;
    Ok(Value::float(loghelper(rt, a[0], f64::log10)?))
}
fn log2(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "log2", k)?;
    arity(rt, "log2", a.len(), 1, 1)?;
    Ok(Value::float(loghelper(rt, a[0], f64::log2)?))
}
fn log1p(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "log1p", k)?;
    arity(rt, "log1p", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    if x <= -1.0 {
        return Err(domain(rt));
    }
    Ok(Value::float(x.ln_1p()))
}

fn binary_f(rt: &mut Runtime, a: &[Value], k: &[Value], name: &str) -> PyResult<(f64, f64)> {
    no_kwargs(rt, name, k)?;
    if a.len() != 2 {
        let n = a.len();
        return Err(rt.type_error(format!("{name} expected 2 arguments, got {n}")));
    }
    Ok((real_arg(rt, a[0])?, real_arg(rt, a[1])?))
}

fn atan2(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (y, x) = binary_f(rt, a, k, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn copysign(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = binary_f(rt, a, k, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = binary_f(rt, a, k, "fmod")?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain(rt));
    }
    Ok(Value::float(x % y))
}

fn remainder(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = binary_f(rt, a, k, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(rt));
    }
    // SAFETY: libm's IEEE remainder is a pure function of two doubles.
    Ok(Value::float(unsafe { libm::remainder(x, y) }))
}

fn cbrt(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::builtins::no_kwargs(rt, "cbrt", k)?;
    crate::builtins::arity(rt, "cbrt", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    // SAFETY: libm's cbrt is a pure function of a double.
    Ok(Value::float(unsafe { libm::cbrt(x) }))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = binary_f(rt, a, k, "nextafter")?;
    Ok(Value::float(next_toward(x, y)))
}

fn ulp(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::builtins::no_kwargs(rt, "ulp", k)?;
    crate::builtins::arity(rt, "ulp", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_toward(x, 0.0);
        return Ok(Value::float(x - prev));
    }
    Ok(Value::float(next - x))
}

fn pow(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (x, y) = binary_f(rt, a, k, "pow")?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(rt));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(rt));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(rt));
    }
    Ok(Value::float(r))
}

fn hypot(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "hypot", k)?;
    let mut xs = Vec::with_capacity(a.len());
    for &v in a {
        xs.push(real_arg(rt, v)?);
    }
    Ok(Value::float(match xs.len() {
        0 => 0.0,
        1 => xs[0].abs(),
        2 => xs[0].hypot(xs[1]),
        _ => {
            if xs.iter().any(|x| x.is_infinite()) {
                f64::INFINITY
            } else {
                let m = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
                if m == 0.0 || m.is_nan() {
                    m
                } else {
                    m * xs.iter().map(|x| (x / m) * (x / m)).sum::<f64>().sqrt()
                }
            }
        }
    }))
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats become ints.
fn to_int(
    rt: &mut Runtime,
    a: &[Value],
    k: &[Value],
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    no_kwargs(rt, name, k)?;
    arity(rt, name, a.len(), 1, 1)?;
    let v = a[0];
    if int::is_int(v) {
        return Ok(if v.is_bool() {
            Value::small_int(v.as_bool() as i64)
        } else {
            v
        });
    }
    let x = real_arg(rt, v)?;
    if x.is_nan() {
        return Err(rt.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert float infinity to integer"));
    }
    let b = int::float_to_big(f(x));
    Ok(rt.new_bigint(b))
}

fn floor(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() == 1
        && crate::dunder::is_instance(a[0])
        && let Some(f) = crate::attr::user_method(rt, a[0], "__floor__")?
    {
        return crate::attr::call_method(rt, f, a[0], &[]);
    }
    to_int(rt, a, k, "floor", f64::floor)
}
fn ceil(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() == 1
        && crate::dunder::is_instance(a[0])
        && let Some(f) = crate::attr::user_method(rt, a[0], "__ceil__")?
    {
        return crate::attr::call_method(rt, f, a[0], &[]);
    }
    to_int(rt, a, k, "ceil", f64::ceil)
}
fn trunc(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() == 1
        && crate::dunder::is_instance(a[0])
        && let Some(f) = crate::attr::user_method(rt, a[0], "__trunc__")?
    {
        return crate::attr::call_method(rt, f, a[0], &[]);
    }
    to_int(rt, a, k, "trunc", f64::trunc)
}

fn pred(
    rt: &mut Runtime,
    a: &[Value],
    k: &[Value],
    name: &str,
    f: fn(f64) -> bool,
) -> PyResult<Value> {
    no_kwargs(rt, name, k)?;
    arity(rt, name, a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    Ok(Value::bool(f(x)))
}
fn isnan(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    pred(rt, a, k, "isnan", f64::is_nan)
}
fn isinf(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    pred(rt, a, k, "isinf", f64::is_infinite)
}
fn isfinite(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    pred(rt, a, k, "isfinite", f64::is_finite)
}

fn isclose(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let pos = pos.to_vec();
    if pos.len() != 2 {
        let n = pos.len();
        return Err(rt.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let (a, b) = (real_arg(rt, pos[0])?, real_arg(rt, pos[1])?);
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in kws {
        match k {
            "rel_tol" => rel = real_arg(rt, v)?,
            "abs_tol" => abs = real_arg(rt, v)?,
            other => {
                return Err(rt.type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(rt.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn int_args(rt: &mut Runtime, a: &[Value]) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::with_capacity(a.len());
    for &v in a {
        let v = if crate::dunder::is_instance(v)
            && let Some(i) = crate::dunder::convert(rt, v, "__index__")?
        {
            i
        } else {
            v
        };
        if !int::is_int(v) {
            let t = rt.type_name(v);
            return Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        out.push(int::to_big(v).into_owned());
    }
    Ok(out)
}

fn gcd(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "gcd", k)?;
    let xs = int_args(rt, a)?;
    let g = xs.iter().fold(BigInt::zero(), |g, x| g.gcd(x));
    Ok(rt.new_bigint(g))
}

fn lcm(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "lcm", k)?;
    let xs = int_args(rt, a)?;
    let l = xs.iter().fold(BigInt::one(), |l, x| {
        if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(x)
        }
    });
    Ok(rt.new_bigint(l))
}

fn factorial(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "factorial", k)?;
    arity(rt, "factorial", a.len(), 1, 1)?;
    if a[0].is_float() {
        return Err(rt.type_error("'float' object cannot be interpreted as an integer"));
    }
    if int::is_int(a[0]) && int::big_is_negative(a[0]) {
        return Err(rt.value_error("factorial() not defined for negative values"));
    }
    if int::is_int(a[0]) && int::to_i64(a[0]).is_none() {
        return Err(rt.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    let n = index_arg(rt, a[0])?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(rt.new_bigint(r))
}

fn comb_perm(rt: &mut Runtime, a: &[Value], k: &[Value], name: &str) -> PyResult<Value> {
    no_kwargs(rt, name, k)?;
    arity(rt, name, a.len(), if name == "perm" { 1 } else { 2 }, 2)?;
    let n = int_args(rt, &a[..1])?.remove(0);
    if n.is_negative() {
        return Err(rt.value_error("n must be a non-negative integer"));
    }
    let kk = match a.get(1) {
        Some(&v) if !v.is_none() => int_args(rt, &[v])?.remove(0),
        _ => n.clone(),
    };
    if kk.is_negative() {
        return Err(rt.value_error("k must be a non-negative integer"));
    }
    if kk > n {
        return Ok(Value::small_int(0));
    }
    let kk = if name == "comb" {
        kk.clone().min(&n - &kk)
    } else {
        kk
    };
    let Some(steps) = kk.to_u64().filter(|&s| s < 1 << 32) else {
        return Err(rt.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..steps {
        r *= &n - i;
        if name == "comb" {
            r /= i + 1;
        }
    }
    Ok(rt.new_bigint(r))
}
fn comb(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    comb_perm(rt, a, k, "comb")
}
fn perm(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    comb_perm(rt, a, k, "perm")
}

fn isqrt(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "isqrt", k)?;
    arity(rt, "isqrt", a.len(), 1, 1)?;
    let n = int_args(rt, a)?.remove(0);
    if n.is_negative() {
        return Err(rt.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(rt.new_bigint(n.sqrt()))
}

fn prod(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let pos = pos.to_vec();
    arity(rt, "prod", pos.len(), 1, 1)?;
    let mut acc = Value::small_int(1);
    for (k, v) in kws {
        match k {
            "start" => acc = v,
            other => {
                return Err(rt.type_error(format!(
                    "prod() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    for x in seq::to_vec(rt, pos[0])? {
        rt.temp_roots.push(acc);
        let r = ops::binary_op(rt, ops::BinOp::Mul, false, acc, x);
        rt.temp_roots.pop();
        acc = r?;
    }
    Ok(acc)
}

/// `fsum`: exactly rounded sum (Shewchuk's algorithm, as CPython's msum).
fn fsum(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "fsum", k)?;
    arity(rt, "fsum", a.len(), 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in seq::to_vec(rt, a[0])? {
        let mut x = real_arg(rt, v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            if hi.is_infinite() {
                return Err(rt.overflow_error("intermediate overflow in fsum"));
            }
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(rt.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn modf(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "modf", k)?;
    arity(rt, "modf", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // The fraction keeps the sign of x even when it is zero (modf(-1) == (-0.0, -1.0)).
        (x.fract().copysign(x), x.trunc())
    };
    Ok(rt.new_tuple(vec![Value::float(f), Value::float(i)]))
}

fn frexp(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "frexp", k)?;
    arity(rt, "frexp", a.len(), 1, 1)?;
    let x = real_arg(rt, a[0])?;
    let (m, e) = crate::float::frexp(x);
    Ok(rt.new_tuple(vec![Value::float(m), Value::small_int(e as i64)]))
}

fn ldexp(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "ldexp", k)?;
    arity(rt, "ldexp", a.len(), 2, 2)?;
    let x = real_arg(rt, a[0])?;
    if !int::is_int(a[1]) {
        let t = rt.type_name(a[1]);
        return Err(rt.type_error(format!(
            "Expected an int as second argument to ldexp, not {t}"
        )));
    }
    // Exponents beyond any double's range saturate (huge ints included).
    let e = match int::to_i64(a[1]) {
        Some(e) => e.clamp(-1_000_000, 1_000_000) as i32,
        None if int::big_is_negative(a[1]) => -1_000_000,
        None => 1_000_000,
    };
    // SAFETY: a pure libm function.
    let r = unsafe { libm::ldexp(x, e) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(rt));
    }
    Ok(Value::float(r))
}

fn dist(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "dist", k)?;
    arity(rt, "dist", a.len(), 2, 2)?;
    let (p, q) = (seq::to_vec(rt, a[0])?, seq::to_vec(rt, a[1])?);
    if p.len() != q.len() {
        return Err(rt.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.into_iter().zip(q) {
        let d = real_arg(rt, x)? - real_arg(rt, y)?;
        diffs.push(Value::float(d));
    }
    hypot(rt, &diffs, &[])
}

/// A float function of one float.
pub type FloatFn = fn(f64) -> f64;

/// One-argument float functions a JIT trace may call directly (`jit_helpers::math_unary`):
/// for each, `math.NAME(x)` on a float or small int `x` is exactly `f(x)`, and it raises
/// exactly when `unary`'s rule says (a NaN from a non-NaN, an infinity from a finite
/// number). Index 0 is `sqrt`, which traces compute inline.
pub const JIT_UNARY: &[(&str, FloatFn)] = &[
    ("sqrt", f64::sqrt),
    ("sin", f64::sin),
    ("cos", f64::cos),
    ("tan", f64::tan),
    ("asin", f64::asin),
    ("acos", f64::acos),
    ("atan", f64::atan),
    ("sinh", f64::sinh),
    ("cosh", f64::cosh),
    ("tanh", f64::tanh),
    ("exp", f64::exp),
    ("exp2", f64::exp2),
    ("expm1", f64::exp_m1),
    ("fabs", f64::abs),
    ("log", f64::ln),
    ("log10", f64::log10),
    ("log2", f64::log2),
];

pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("sqrt", sqrt),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh_),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log10", log10),
    ("log2", log2),
    ("log1p", log1p),
    ("pow", pow),
    ("fabs", fabs),
    ("fmod", fmod),
    ("remainder", remainder),
    ("cbrt", cbrt),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("copysign", copysign),
    ("hypot", hypot),
    ("degrees", degrees),
    ("radians", radians),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("isclose", isclose),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
    ("prod", prod),
    ("fsum", fsum),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("dist", dist),
];

pub fn create(rt: &mut Runtime) -> Value {
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    let values: Vec<(&str, Value)> = consts.iter().map(|&(n, f)| (n, Value::float(f))).collect();
    super::make_module(rt, "math", FUNCTIONS, &values)
}
