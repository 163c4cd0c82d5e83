//! `Value`: the one 64-bit word every Python value is (NaN-boxing).
//!
//! ```text
//!  63          51 50 48 47                                              0
//! +--------------+-----+-------------------------------------------------+
//! | any bits that are not "1111111111111 tag" below:  an f64, stored raw  |   float
//! +--------------+-----+-------------------------------------------------+
//! | 1 1111 1111 1111 | 001 |  i48 two's complement                      |   small int
//! | 1 1111 1111 1111 | 010 |  48-bit address of a heap object header    |   object
//! | 1 1111 1111 1111 | 011 |  0 None, 1 NULL (no value), 2 NotImplemented, 3 Ellipsis |
//! | 1 1111 1111 1111 | 100 |  0 False, 1 True                           |   bool
//! +--------------+-----+-------------------------------------------------+
//! ```
//! Every word at or above `0xFFF9_0000_0000_0000` is a boxed (tagged) value; all such words
//! are negative quiet NaNs with a nonzero payload in bits 48..51. [`Value::float`] gives
//! every NaN a zero payload (keeping its sign, which `math.copysign` can see), so the only
//! NaNs among floats are `0x7FF8_0000_0000_0000` and `0xFFF8_0000_0000_0000`. Hardware
//! arithmetic keeps it that way: a NaN it makes is the default NaN (one of those two), and a
//! NaN it passes through keeps its zero payload, whatever happens to the sign. So native
//! code boxes a float result as its raw bits, with no check.
//! Consequences the JIT relies on: "is float" is one unsigned compare (`bits < FLOAT_LIMIT`),
//! "is small int" is a compare of the top 16 bits with `0xFFF9`, and an int is unboxed with a
//! shift pair. Python ints outside i48 live on the heap as `BigInt`s, and a heap int is never
//! in i48 range (normalization invariant), so equal small ints always have equal bits.

use std::fmt;

#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

pub const FLOAT_LIMIT: u64 = 0xFFF9_0000_0000_0000;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_PTR: u64 = 0xFFFA;
pub const TAG_SPECIAL: u64 = 0xFFFB;
pub const TAG_BOOL: u64 = 0xFFFC;
const PAYLOAD: u64 = 0x0000_FFFF_FFFF_FFFF;
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;
/// A quiet NaN with a zero payload (the sign bit added as the NaN had it).
const QUIET_NAN: u64 = 0x7FF8_0000_0000_0000;
const SIGN: u64 = 1 << 63;

impl Value {
    pub const NONE: Value = Value(TAG_SPECIAL << 48);
    /// Not a Python value: an unbound local, an empty slot, "no self" in a call.
    pub const NULL: Value = Value((TAG_SPECIAL << 48) | 1);
    pub const NOT_IMPLEMENTED: Value = Value((TAG_SPECIAL << 48) | 2);
    pub const ELLIPSIS: Value = Value((TAG_SPECIAL << 48) | 3);
    pub const FALSE: Value = Value(TAG_BOOL << 48);
    pub const TRUE: Value = Value((TAG_BOOL << 48) | 1);

    #[inline(always)]
    pub fn tag(self) -> u64 {
        self.0 >> 48
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < FLOAT_LIMIT
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(f.to_bits() & SIGN | QUIET_NAN)
        } else {
            Value(f.to_bits())
        }
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        debug_assert!(self.is_float());
        f64::from_bits(self.0)
    }

    /// Boxes an i64 known to be in i48 range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value((TAG_INT << 48) | (i as u64 & PAYLOAD))
    }
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
    }
    /// Boxes an i64 if it fits in i48.
    #[inline(always)]
    pub fn try_int(i: i64) -> Option<Value> {
        if Value::fits_small(i) {
            Some(Value::small_int(i))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_small_int(self) -> i64 {
        debug_assert!(self.is_small_int());
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }
    #[inline(always)]
    pub fn as_bool(self) -> bool {
        self.0 & 1 == 1
    }
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        let a = p as u64;
        debug_assert!(a & !PAYLOAD == 0, "heap address above 48 bits");
        Value((TAG_PTR << 48) | a)
    }
    #[inline(always)]
    pub fn ptr_bits(self) -> usize {
        (self.0 & PAYLOAD) as usize
    }
    /// Small ints and bools as i64 (bool is an int subtype in Python).
    #[inline(always)]
    pub fn as_int_like(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.as_small_int())
        } else if self.is_bool() {
            Some(self.as_bool() as i64)
        } else {
            None
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_bool() {
            write!(f, "{}", if self.as_bool() { "True" } else { "False" })
        } else if self.is_ptr() {
            write!(f, "Obj({:#x})", self.ptr_bits())
        } else {
            match *self {
                Value::NONE => write!(f, "None"),
                Value::NULL => write!(f, "NULL"),
                Value::NOT_IMPLEMENTED => write!(f, "NotImplemented"),
                _ => write!(f, "Ellipsis"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 12345, -98765] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(Value::try_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_are_raw_and_nan_is_canonical() {
        for f in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -1e308,
        ] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        let nan = Value::float(f64::from_bits(0xFFF8_0000_0000_0000));
        assert!(nan.is_float() && nan.as_float().is_nan());
        assert_eq!(
            nan.0, 0xFFF8_0000_0000_0000,
            "the default NaN of x86 is kept"
        );
        // NaNs whose payload would reach into the tag bits lose the payload, not the sign.
        for (bits, want) in [
            (0xFFFF_0000_0000_0001, 0xFFF8_0000_0000_0000),
            (0x7FFF_FFFF_FFFF_FFFF, 0x7FF8_0000_0000_0000),
            (0x7FF0_0000_0000_0001, 0x7FF8_0000_0000_0000),
        ] {
            let v = Value::float(f64::from_bits(bits));
            assert!(v.is_float() && v.as_float().is_nan());
            assert_eq!(v.0, want);
            // What hardware does to such a NaN stays a float.
            for x in [-v.as_float(), v.as_float().abs(), v.as_float() + 1.0] {
                assert!(x.to_bits() < FLOAT_LIMIT, "{:#x}", x.to_bits());
            }
        }
        let inf = f64::INFINITY;
        for x in [inf - inf, 0.0 * inf, (-1.0f64).sqrt(), inf / inf] {
            assert!(
                x.is_nan() && x.to_bits() < FLOAT_LIMIT,
                "{:#x}",
                x.to_bits()
            );
        }
        assert!(!Value::NONE.is_float() && !Value::TRUE.is_float());
    }
}
