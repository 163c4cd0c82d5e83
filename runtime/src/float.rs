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
    // An infinite exponent is not an error: 0.0 ** -inf is inf, as C's pow says.
    if x == 0.0 && y < 0.0 && y.is_finite() {
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
    let r = powf(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(rt.new_error(rt.t.overflow_error, "(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// C's `pow(x, y)`, which CPython's `float ** float` calls, taking the cheaper route that
/// gives the same bits where there is one (`x ** 0.5`, see `sqrt_as_pow_half`).
pub fn powf(x: f64, y: f64) -> f64 {
    if y == 0.5
        && let Some(s) = sqrt_as_pow_half(x)
    {
        return s;
    }
    x.powf(y)
}

/// `x ** 0.5` takes `sqrt(x)` only for `x` in `[POW_HALF_MIN, POW_HALF_MAX]` (about
/// `2^-896` to `2^996`): there `s*s` neither overflows nor underflows, and `x - s*s` is a
/// multiple of `2^-1000`, so it is exact (see `sqrt_as_pow_half`).
pub const POW_HALF_MIN: f64 = 1e-270;
pub const POW_HALF_MAX: f64 = 1e300;
/// ... and only when `|x - s*s| < POW_HALF_CLOSE * s * ulp`, i.e. when the exact root is
/// within 0.435 of an ulp of `s` (see `sqrt_as_pow_half`).
pub const POW_HALF_CLOSE: f64 = 0.87;

/// `sqrt(x)` when it is provably the double that `pow(x, 0.5)` returns, else `None`.
///
/// `pow` is not correctly rounded (glibc documents 0.52 ulp, Arm's optimized routines,
/// which glibc and musl use, 0.54), so `pow(x, 0.5)` and `sqrt(x)` differ for some `x`
/// (about 1 in 1000 near-squares). Those libms compute `RN(v + d)` for the exact root `v`
/// with an error `|d|` of at most 0.04 ulp before the final rounding. `sqrt` is correctly
/// rounded, `s = RN(v)`, so `pow` returns `s` whenever `v` is farther than 0.04 ulp from
/// the midpoints on either side of `s`.
///
/// The check: in range, `e = x - s*s` is exact (one fused multiply-add), and
/// `|v - s| = |e| / (v + s)` with `v + s >= 2s(1 - 2^-53)`. `u` is the ulp below `s` (the
/// smaller one when `s` is a power of two, where the midpoint below is nearer), so
/// `|e| < 0.87 * s * u` gives `|v - s| < 0.435 u`, and `v` is at least `0.065 u` from
/// both midpoints. That leaves room for a `pow` 0.025 ulp worse than the documented
/// bound. About 87% of arbitrary `x` pass; the rest take `pow`. Every test of this on
/// glibc 2.36 (`tests/programs/float_pow_half.py`) found `pow == sqrt` where it passes.
/// The trace backend inlines the same check (`backend`, `Op::FPOW`).
pub fn sqrt_as_pow_half(x: f64) -> Option<f64> {
    if !(POW_HALF_MIN..=POW_HALF_MAX).contains(&x) {
        return None;
    }
    let s = x.sqrt();
    let e = (-s).mul_add(s, x);
    let u = f64::from_bits((s.to_bits() - 1) & 0x7ff0_0000_0000_0000) * f64::EPSILON;
    (e.abs() < POW_HALF_CLOSE * s * u).then_some(s)
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
