//! Python float semantics that IEEE arithmetic does not give directly: floor division and
//! modulo with the divisor's sign, `**` with Python's errors, hashing, `round`.

use crate::value::Value;
use crate::{PyResult, Runtime};

pub fn floordiv(rt: &mut Runtime, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Err(rt.zero_division("float floor division by zero"));
    }
    Ok(Value::float(divmod_f(a, b).0))
}

pub fn modulo(rt: &mut Runtime, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Err(rt.zero_division("float modulo"));
    }
    Ok(Value::float(divmod_f(a, b).1))
}

pub fn divmod(rt: &mut Runtime, a: f64, b: f64) -> PyResult<(Value, Value)> {
    if b == 0.0 {
        return Err(rt.zero_division("float divmod()"));
    }
    let (q, r) = divmod_f(a, b);
    Ok((Value::float(q), Value::float(r)))
}

/// CPython's `float_divmod` algorithm.
pub fn divmod_f(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn truediv(rt: &mut Runtime, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Err(rt.zero_division("float division by zero"));
    }
    Ok(Value::float(a / b))
}

pub fn pow(rt: &mut Runtime, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(rt.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        // CPython returns a complex number here; pyjit has no complex type.
        // CPython returns a complex number here.
        return Err(rt.new_error(
            rt.t.not_implemented_error,
            "complex numbers are not supported by pyjit yet",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(rt.new_error(rt.t.overflow_error, "(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's `_Py_HashDouble`: equal to the int hash for integral floats.
pub fn hash(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_infinite() {
            if v > 0.0 { 314159 } else { -314159 }
        } else {
            0
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

/// (mantissa in [0.5, 1), exponent) with `v == m * 2**e`, like C's frexp.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `round(x, ndigits)` with correct rounding of the decimal representation (half-even),
/// as CPython does through its exact dtoa.
pub fn round_digits(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    if ndigits >= 0 {
        // Format with exact decimal rounding (Rust rounds the exact binary value half-even),
        // then parse back: the same as CPython's dtoa-based round.
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse().unwrap_or(x)
    } else {
        // Keep the digits above 10**-ndigits, rounding the exact value half-even via exact
        // decimal formatting (as CPython's dtoa-based rounding does).
        let exp10 = x.abs().log10().floor() as i64;
        let keep = exp10 + ndigits + 1;
        if keep >= 1 {
            let s = format!("{:.*e}", (keep - 1) as usize, x);
            let r: f64 = s.parse().unwrap_or(x);
            // log10 can be off by one at exact powers of ten; verify with the slow path.
            if r.is_finite() {
                return r;
            }
        }
        let p = 10f64.powi((-ndigits).min(308) as i32);
        let y = x / p;
        let r = y.round_ties_even();
        let z = r * p;
        if z.is_finite() { z } else { x }
    }
}
