//! Python int semantics: i48 immediates with a transparent BigInt fallback; floor division,
//! modulo with the divisor's sign, shifts, pow (incl. modular), hashing and conversions.

use crate::gc::payload;
use crate::object::PyInt;
use crate::value::Value;
use crate::{PyResult, Runtime};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// Is `v` a Python int (including bool)?
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v.is_bool() || payload::<PyInt>(v).is_some()
}

/// The value of an int-like `v` as a BigInt (borrowed when it already is one).
pub fn to_big(v: Value) -> Cow<'static, BigInt> {
    match i64_of(v) {
        Some(i) => Cow::Owned(BigInt::from(i)),
        None => match payload::<PyInt>(v).expect("int") {
            PyInt::Big(b) => Cow::Borrowed(b),
            PyInt::Medium(i) => Cow::Owned(BigInt::from(*i)),
        },
    }
}

/// An int (small, bool or medium) as i64; `None` for big ints and non-ints.
#[inline]
pub fn i64_of(v: Value) -> Option<i64> {
    if let Some(i) = v.as_int_like() {
        return Some(i);
    }
    match payload::<PyInt>(v) {
        Some(PyInt::Medium(i)) => Some(*i),
        _ => None,
    }
}

/// `v` as an i64 if it is an int that fits.
pub fn to_i64(v: Value) -> Option<i64> {
    i64_of(v)
}

pub fn big_is_negative(v: Value) -> bool {
    match i64_of(v) {
        Some(i) => i < 0,
        None => to_big(v).sign() == Sign::Minus,
    }
}

pub fn int_to_f64(rt: &mut Runtime, v: Value) -> PyResult<f64> {
    // `i64 as f64` rounds to nearest-even, like CPython's int-to-float conversion.
    if let Some(i) = i64_of(v) {
        return Ok(i as f64);
    }
    let f = to_big(v).to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(rt.overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

/// Python's `//` on i64 (`b != 0`; the caller rules out `MIN // -1`).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python's `%` on i64: the result takes the divisor's sign (`b != 0`).
#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

fn big_floordiv_mod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

pub fn add(rt: &mut Runtime, a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && let Some(r) = x.checked_add(y)
    {
        return rt.new_int(r);
    }
    let r = &*to_big(a) + &*to_big(b);
    rt.new_bigint(r)
}

pub fn sub(rt: &mut Runtime, a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && let Some(r) = x.checked_sub(y)
    {
        return rt.new_int(r);
    }
    let r = &*to_big(a) - &*to_big(b);
    rt.new_bigint(r)
}

pub fn mul(rt: &mut Runtime, a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && let Some(p) = x.checked_mul(y)
    {
        return rt.new_int(p);
    }
    let r = &*to_big(a) * &*to_big(b);
    rt.new_bigint(r)
}

fn is_zero(v: Value) -> bool {
    match i64_of(v) {
        Some(i) => i == 0,
        None => false,
    }
}

pub fn floordiv(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    if is_zero(b) {
        return Err(rt.zero_division("integer division or modulo by zero"));
    }
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && !(x == i64::MIN && y == -1)
    {
        return Ok(rt.new_int(floordiv_i64(x, y)));
    }
    let (q, _) = big_floordiv_mod(&to_big(a), &to_big(b));
    Ok(rt.new_bigint(q))
}

pub fn modulo(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    if is_zero(b) {
        return Err(rt.zero_division("integer modulo by zero"));
    }
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && !(x == i64::MIN && y == -1)
    {
        return Ok(rt.new_int(mod_i64(x, y)));
    }
    let (_, r) = big_floordiv_mod(&to_big(a), &to_big(b));
    Ok(rt.new_bigint(r))
}

pub fn divmod(rt: &mut Runtime, a: Value, b: Value) -> PyResult<(Value, Value)> {
    if is_zero(b) {
        return Err(rt.zero_division("integer division or modulo by zero"));
    }
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && !(x == i64::MIN && y == -1)
    {
        return Ok((rt.new_int(floordiv_i64(x, y)), rt.new_int(mod_i64(x, y))));
    }
    let (q, r) = big_floordiv_mod(&to_big(a), &to_big(b));
    Ok((rt.new_bigint(q), rt.new_bigint(r)))
}

/// Correctly rounded `a / b` for ints.
pub fn truediv(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    if is_zero(b) {
        return Err(rt.zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.as_int_like(), b.as_int_like()) {
        // |x|, |y| < 2**53: both convert exactly, and IEEE division rounds correctly.
        return Ok(Value::float(x as f64 / y as f64));
    }
    let (ba, bb) = (to_big(a), to_big(b));
    Ok(Value::float(big_truediv(rt, &ba, &bb)?))
}

fn big_truediv(rt: &mut Runtime, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let shift = 60 + b.bits() as i64 - a.bits() as i64;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    // q has 60 or 61 bits; fold the remainder into a sticky bit so rounding is correct.
    let q = (q << 1u32) | BigInt::from(!r.is_zero() as u8);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let e = -(shift + 1);
    let res = if e > 1100 {
        f64::INFINITY
    } else if e < -1200 {
        0.0
    } else {
        qf * 2f64.powi(e as i32)
    };
    if res.is_infinite() {
        return Err(rt.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -res } else { res })
}

pub fn pow(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    if big_is_negative(b) {
        let x = int_to_f64(rt, a)?;
        let y = int_to_f64(rt, b)?;
        return crate::float::pow(rt, x, y);
    }
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && y <= u32::MAX as i64
        && let Some(p) = x.checked_pow(y as u32)
    {
        return Ok(rt.new_int(p));
    }
    let base = to_big(a).into_owned();
    let Some(e) = to_i64(b).and_then(|e| u32::try_from(e).ok()) else {
        if base.is_zero() || base.is_one() {
            return Ok(rt.new_bigint(base));
        }
        if base == BigInt::from(-1) {
            let odd = to_big(b).is_odd();
            return Ok(rt.new_int(if odd { -1 } else { 1 }));
        }
        return Err(rt.new_error(rt.t.memory_error, ""));
    };
    Ok(rt.new_bigint(num_traits::pow(base, e as usize)))
}

/// Three-argument `pow(a, b, m)`.
pub fn pow_mod(rt: &mut Runtime, a: Value, b: Value, m: Value) -> PyResult<Value> {
    let (a, b, m) = (
        to_big(a).into_owned(),
        to_big(b).into_owned(),
        to_big(m).into_owned(),
    );
    if m.is_zero() {
        return Err(rt.value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if b.sign() == Sign::Minus {
        let am = a.mod_floor(&m.abs());
        let g = am.extended_gcd(&m.abs());
        if !g.gcd.is_one() {
            return Err(rt.value_error("base is not invertible for the given modulus"));
        }
        (g.x.mod_floor(&m.abs()), -b)
    } else {
        (a, b)
    };
    let mut r = base.modpow(&exp, &m.abs());
    if m.sign() == Sign::Minus && !r.is_zero() {
        r += &m;
    }
    Ok(rt.new_bigint(r))
}

pub fn lshift(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    if big_is_negative(b) {
        return Err(rt.value_error("negative shift count"));
    }
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b))
        && y < 64
        && (x == 0 || (x.unsigned_abs().leading_zeros() as i64) > y + 1)
    {
        return Ok(rt.new_int(x << y));
    }
    if is_zero(a) {
        return Ok(Value::small_int(0));
    }
    // CPython tries to allocate any result whose size in 30-bit digits fits a word, and
    // fails with MemoryError (a count of 2**40 bits is 128 GiB).
    let Some(n) = to_i64(b).filter(|&n| n < (1 << 40)) else {
        let digits = &*to_big(b) / BigInt::from(30);
        if digits > BigInt::from(i64::MAX) {
            return Err(rt.overflow_error("too many digits in integer"));
        }
        return Err(rt.new_error(rt.t.memory_error, ""));
    };
    let r = &*to_big(a) << n as usize;
    Ok(rt.new_bigint(r))
}

pub fn rshift(rt: &mut Runtime, a: Value, b: Value) -> PyResult<Value> {
    if big_is_negative(b) {
        return Err(rt.value_error("negative shift count"));
    }
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b)) {
        return Ok(rt.new_int(x >> y.min(63)));
    }
    let Some(n) = to_i64(b).filter(|&n| n < (1 << 40)) else {
        return Ok(Value::small_int(if big_is_negative(a) { -1 } else { 0 }));
    };
    // BigInt's >> rounds toward negative infinity for negative values, like Python.
    let r = &*to_big(a) >> n as usize;
    Ok(rt.new_bigint(r))
}

pub fn bitop(rt: &mut Runtime, op: u8, a: Value, b: Value) -> Value {
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b)) {
        let r = match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        };
        return rt.new_int(r);
    }
    let (x, y) = (to_big(a), to_big(b));
    let r = match op {
        b'&' => &*x & &*y,
        b'|' => &*x | &*y,
        _ => &*x ^ &*y,
    };
    rt.new_bigint(r)
}

pub fn neg(rt: &mut Runtime, a: Value) -> Value {
    match i64_of(a).and_then(i64::checked_neg) {
        Some(i) => rt.new_int(i),
        None => {
            let r = -&*to_big(a);
            rt.new_bigint(r)
        }
    }
}

pub fn invert(rt: &mut Runtime, a: Value) -> Value {
    match i64_of(a) {
        Some(i) => rt.new_int(!i),
        None => {
            let r = -&*to_big(a) - 1;
            rt.new_bigint(r)
        }
    }
}

pub fn abs(rt: &mut Runtime, a: Value) -> Value {
    match i64_of(a).and_then(i64::checked_abs) {
        Some(i) => rt.new_int(i),
        None => {
            let r = to_big(a).abs();
            rt.new_bigint(r)
        }
    }
}

pub fn cmp(a: Value, b: Value) -> std::cmp::Ordering {
    if let (Some(x), Some(y)) = (i64_of(a), i64_of(b)) {
        return x.cmp(&y);
    }
    to_big(a).cmp(&to_big(b))
}

/// Compares an int with a float exactly (no rounding of the int).
pub fn cmp_with_float(a: Value, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Some(i) = a.as_int_like() {
        // i48 converts exactly.
        return (i as f64).partial_cmp(&f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = float_to_big(fl);
    let big = to_big(a);
    match (*big).cmp(&fb) {
        std::cmp::Ordering::Equal if f > fl => Some(std::cmp::Ordering::Less),
        o => Some(o),
    }
}

/// Exact integer value of a finite, integral float.
pub fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 { -r } else { r }
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's int hash: the value mod 2**61 - 1, keeping the sign; -1 maps to -2.
pub fn hash(v: Value) -> i64 {
    let h = if let Some(i) = i64_of(v) {
        let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
        if i < 0 { -m } else { m }
    } else {
        let b = &*to_big(v);
        let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap();
        if b.sign() == Sign::Minus { -m } else { m }
    };
    if h == -1 { -2 } else { h }
}

/// `int(s, base)` parsing with CPython's rules (underscores, whitespace, prefixes).
pub fn parse(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let mut prefixed_num = false;
    let lower = t.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 16 || base == 0) && prefixed("0x") {
        base = 16;
        t = &t[2..];
        prefixed_num = true;
    } else if (base == 8 || base == 0) && prefixed("0o") {
        base = 8;
        t = &t[2..];
        prefixed_num = true;
    } else if (base == 2 || base == 0) && prefixed("0b") {
        base = 2;
        t = &t[2..];
        prefixed_num = true;
    }
    // One underscore may separate a base prefix from the digits ("0b_1").
    if prefixed_num && t.starts_with('_') {
        t = &t[1..];
    } else if base == 0 {
        if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
            return None;
        }
        base = 10;
    }
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let digits: String = t.chars().filter(|&c| c != '_').collect();
    if !digits.chars().all(|c| c.is_digit(base)) {
        // Non-ASCII decimal digits (e.g. Arabic-Indic) are valid in Python; map them.
        if base == 10
            && digits
                .chars()
                .all(|c| c.is_numeric() && c.to_digit(10).is_none())
        {
            return None;
        }
        return None;
    }
    let r = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -r } else { r })
}

pub fn to_string_radix(v: Value, radix: u32) -> String {
    match i64_of(v) {
        Some(i) if radix == 10 => i.to_string(),
        _ => to_big(v).to_str_radix(radix),
    }
}

/// The digits of |v| in `radix`.
pub fn abs_radix(v: Value, radix: u32) -> String {
    match i64_of(v) {
        Some(i) => match radix {
            10 => i.unsigned_abs().to_string(),
            16 => format!("{:x}", i.unsigned_abs()),
            8 => format!("{:o}", i.unsigned_abs()),
            _ => format!("{:b}", i.unsigned_abs()),
        },
        None => to_big(v).abs().to_str_radix(radix),
    }
}
