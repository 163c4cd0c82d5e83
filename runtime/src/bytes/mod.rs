//! `bytes` and `bytearray` (a `PyBytes` whose header has the `MUTABLE_BYTES` flag): the
//! constructors, the methods, subscription and item assignment, `in`, `+`/`*`/`%`, ordering
//! and hashing, and the codecs behind `str.encode` and `bytes.decode` (UTF-8, ASCII, Latin-1).
//!
//! Methods on a bytearray that produce bytes-like results produce bytearrays, as in CPython.
//! Arguments that must be bytes-like accept bytes, bytearray and instances of classes derived
//! from them.

use crate::class::base_value;
use crate::gc::{header, kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::ops::BinOp;
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, int, seq};
use std::cmp::Ordering;

const BYTE_RANGE: &str = "byte must be in range(0, 256)";
const BYTES_RANGE: &str = "bytes must be in range(0, 256)";
const CAN_ASSIGN: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
/// Results longer than this are refused with MemoryError rather than attempted.
const MAX_SIZE: usize = 1 << 34;

// ----- representation -----

pub fn new_bytes(rt: &mut Runtime, data: Vec<u8>, mutable: bool) -> Value {
    let v = rt.heap.alloc(PyBytes(data));
    if mutable {
        crate::gc::set_flags(v, MUTABLE_BYTES);
    }
    v
}

/// The contents of a bytes or bytearray object.
pub fn data(v: Value) -> Option<&'static [u8]> {
    payload::<PyBytes>(v).map(|b| b.0.as_slice())
}

pub fn is_bytearray(v: Value) -> bool {
    kind_of(v) == Some(Kind::Bytes) && header(v).flags & MUTABLE_BYTES != 0
}

/// The bytes as small ints (for iteration).
pub fn iter_items(v: Value) -> Vec<Value> {
    data(base_value(v))
        .unwrap_or(&[])
        .iter()
        .map(|&b| Value::small_int(b as i64))
        .collect()
}

/// Lexicographic order of byte strings (equality between bytes and bytearray is by content).
pub fn compare(a: &[u8], b: &[u8]) -> Ordering {
    a.cmp(b)
}

/// `hash(bytes)`: CPython's SipHash-1-3 over the bytes with the all-zero key that
/// `PYTHONHASHSEED=0` selects (the same function str hashing uses; a Latin-1 str and the
/// bytes of its code points hash alike).
pub fn hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = crate::strings::siphash13(data) as i64;
    if h == -1 { -2 } else { h }
}

/// `repr(b)`: `b'...'` (or `bytearray(b'...')`), escaping like CPython.
pub fn repr(data: &[u8], mutable: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &c in data {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    if mutable {
        format!("bytearray({s})")
    } else {
        s
    }
}

// ----- argument helpers -----

/// A bytes-like argument: bytes, bytearray, or an instance of a class derived from them.
fn like(v: Value) -> Option<&'static [u8]> {
    data(base_value(v))
}

/// `self` of a method (the builtin value of a subclass instance).
fn me(args: &[Value]) -> Value {
    base_value(args[0])
}

fn this(args: &[Value]) -> &'static [u8] {
    data(me(args)).expect("bytes method on a non-bytes object")
}

fn tname(v: Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

fn vec_mut(v: Value) -> &'static mut Vec<u8> {
    &mut payload_unchecked::<PyBytes>(v).0
}

/// A result of the same type as `self`.
fn result(rt: &mut Runtime, args: &[Value], d: Vec<u8>) -> Value {
    let m = is_bytearray(me(args));
    new_bytes(rt, d, m)
}

/// `self` unchanged: exact bytes are returned as they are, others copied (as CPython does).
fn unchanged(rt: &mut Runtime, args: &[Value]) -> Value {
    if kind_of(args[0]) == Some(Kind::Bytes) && !is_bytearray(args[0]) {
        return args[0];
    }
    result(rt, args, this(args).to_vec())
}

fn need_bytes_like(rt: &mut Runtime, v: Value) -> PyErr {
    let t = rt.type_name(v);
    rt.type_error(format!("a bytes-like object is required, not '{t}'"))
}

fn expect_like(rt: &mut Runtime, v: Value) -> PyResult<&'static [u8]> {
    match like(v) {
        Some(d) => Ok(d),
        None => Err(need_bytes_like(rt, v)),
    }
}

fn not_integer(rt: &mut Runtime, v: Value) -> PyErr {
    let t = rt.type_name(v);
    rt.type_error(format!("'{t}' object cannot be interpreted as an integer"))
}

/// `v` as an int value, through `__index__` for instances.
fn index_int(rt: &mut Runtime, v: Value) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(v);
    }
    let b = base_value(v);
    if int::is_int(b) {
        return Ok(b);
    }
    if kind_of(v) == Some(Kind::Instance)
        && let Some(r) = crate::dunder::convert(rt, v, "__index__")?
    {
        return Ok(r);
    }
    Err(not_integer(rt, v))
}

/// An index-sized int argument (OverflowError for huge ints).
fn ssize(rt: &mut Runtime, v: Value) -> PyResult<i64> {
    let i = index_int(rt, v)?;
    crate::builtins::index_arg(rt, i)
}

/// An int that must be a byte value: TypeError for non-ints, ValueError `msg` out of range.
fn byte_value(rt: &mut Runtime, v: Value, msg: &str) -> PyResult<u8> {
    let i = index_int(rt, v)?;
    match int::to_i64(i) {
        Some(x) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(rt.value_error(msg)),
    }
}

/// The items of an iterable, or `None` if `v` is not iterable.
fn iterable_items(rt: &mut Runtime, v: Value) -> PyResult<Option<Vec<Value>>> {
    if matches!(kind_of(v), Some(Kind::List | Kind::Tuple)) {
        return seq::to_vec(rt, v).map(Some);
    }
    let it = match seq::iter(rt, v) {
        Ok(it) => it,
        Err(e) if rt.err_matches(&e, rt.t.type_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    // `it` needs no root here: nothing collects before `to_vec` roots it.
    seq::to_vec(rt, it).map(Some)
}

/// Byte values of an iterable of ints; `None` if `v` is not iterable.
fn bytes_from_iterable(rt: &mut Runtime, v: Value, msg: &str) -> PyResult<Option<Vec<u8>>> {
    let Some(items) = iterable_items(rt, v)? else {
        return Ok(None);
    };
    rt.temp_roots.extend_from_slice(&items);
    let r = items
        .iter()
        .map(|&x| byte_value(rt, x, msg))
        .collect::<PyResult<Vec<u8>>>();
    let n = rt.temp_roots.len() - items.len();
    rt.temp_roots.truncate(n);
    r.map(Some)
}

/// `"bytes.name"` / `"bytearray.name"` for messages.
fn qual(args: &[Value], name: &str) -> String {
    format!("{}.{name}", tname(me(args)))
}

fn no_kw(rt: &mut Runtime, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let q = qual(args, name);
    Err(rt.type_error(format!("{q}() takes no keyword arguments")))
}

/// A method without parameters.
fn check_none(rt: &mut Runtime, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    no_kw(rt, args, kw, name)?;
    if args.len() > 1 {
        let (q, n) = (qual(args, name), args.len() - 1);
        return Err(rt.type_error(format!("{q}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method with exactly one positional parameter (METH_O).
fn check_one(rt: &mut Runtime, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    no_kw(rt, args, kw, name)?;
    if args.len() != 2 {
        let (q, n) = (qual(args, name), args.len() - 1);
        return Err(rt.type_error(format!("{q}() takes exactly one argument ({n} given)")));
    }
    Ok(())
}

/// Positional-only parameters, Argument Clinic wording ("center expected at least 1 argument").
fn check_range(
    rt: &mut Runtime,
    args: &[Value],
    kw: &[Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(rt, args, kw, name)?;
    crate::builtins::arity(rt, name, args.len() - 1, min, max)
}

/// The find family's wording ("find() takes at least 1 argument (0 given)").
fn check_find(rt: &mut Runtime, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    no_kw(rt, args, kw, name)?;
    let n = args.len() - 1;
    if n < 1 {
        return Err(rt.type_error(format!("{name}() takes at least 1 argument ({n} given)")));
    }
    if n > 3 {
        return Err(rt.type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    Ok(())
}

/// Binds positional and keyword arguments (after the first `skip`) to optional `params`,
/// with Argument Clinic's messages.
fn bind(
    rt: &mut Runtime,
    fname: &str,
    args: &[Value],
    kw: &[Value],
    skip: usize,
    params: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - kw.len();
    let total = args.len() - skip;
    if total > params.len() {
        let m = params.len();
        let s = if m == 1 { "" } else { "s" };
        return Err(rt.type_error(format!(
            "{fname}() takes at most {m} argument{s} ({total} given)"
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (i, &v) in args[skip..npos].iter().enumerate() {
        out[i] = Some(v);
    }
    for (j, &k) in kw.iter().enumerate() {
        let name = rt.str_of(k).unwrap_or("");
        match params.iter().position(|p| *p == name) {
            Some(i) if out[i].is_some() => {
                return Err(rt.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(args[npos + j]),
            None => {
                return Err(rt.type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// A str parameter: "decode() argument 'encoding' must be str, not int".
fn str_param(
    rt: &mut Runtime,
    fname: &str,
    pname: &str,
    v: Option<Value>,
    default: &'static str,
) -> PyResult<&'static str> {
    let Some(v) = v else {
        return Ok(default);
    };
    match rt.str_of(base_value(v)) {
        Some(s) => Ok(s),
        None => {
            let t = rt.type_name(v);
            Err(rt.type_error(format!("{fname}() argument '{pname}' must be str, not {t}")))
        }
    }
}

/// A start/end argument (None means the default; huge ints clamp like slice bounds).
fn bound(rt: &mut Runtime, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let v = match v {
        None => return Ok(default),
        Some(v) if v.is_none() => return Ok(default),
        Some(&v) => v,
    };
    let i = if int::is_int(base_value(v)) {
        base_value(v)
    } else {
        match index_int(rt, v) {
            Ok(i) => i,
            Err(e) if rt.err_matches(&e, rt.t.type_error) => {
                return Err(rt.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            Err(e) => return Err(e),
        }
    };
    Ok(match int::to_i64(i) {
        Some(x) => x,
        None if int::big_is_negative(i) => i64::MIN / 2,
        None => i64::MAX / 2,
    })
}

/// The start/end arguments `args[i]`, `args[i + 1]` resolved like CPython's ADJUST_INDICES:
/// end clamped to the length, start only raised to 0 (it may lie past the end).
fn sub_range(rt: &mut Runtime, args: &[Value], i: usize, n: usize) -> PyResult<(i64, i64)> {
    let n = n as i64;
    let mut a = bound(rt, args.get(i), 0)?;
    let mut b = bound(rt, args.get(i + 1), n)?;
    if b > n {
        b = n;
    } else if b < 0 {
        b = (b + n).max(0);
    }
    if a < 0 {
        a = (a + n).max(0);
    }
    Ok((a, b))
}

// ----- byte-string algorithms -----

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    let last = h.len() - n.len();
    let mut i = 0;
    while i <= last {
        let k = h[i..=last].iter().position(|&c| c == first)?;
        i += k;
        if &h[i..i + n.len()] == n {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Non-overlapping occurrences of a non-empty `n`, at most `max`.
fn count_sub(h: &[u8], n: &[u8], max: usize) -> usize {
    let (mut c, mut i) = (0, 0);
    while c < max {
        match find_sub(&h[i..], n) {
            Some(k) => {
                c += 1;
                i += k + n.len();
            }
            None => break,
        }
    }
    c
}

fn split_sep<'a>(d: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < max {
        match find_sub(&d[start..], sep) {
            Some(k) => {
                out.push(&d[start..start + k]);
                start += k + sep.len();
            }
            None => break,
        }
    }
    out.push(&d[start..]);
    out
}

fn rsplit_sep<'a>(d: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = d.len();
    while out.len() < max {
        match rfind_sub(&d[..end], sep) {
            Some(k) => {
                out.push(&d[k + sep.len()..end]);
                end = k;
            }
            None => break,
        }
    }
    out.push(&d[..end]);
    out.reverse();
    out
}

fn trim_start(d: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let k = d.iter().position(|&c| !pred(c)).unwrap_or(d.len());
    &d[k..]
}

fn trim_end(d: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let k = d.iter().rposition(|&c| !pred(c)).map_or(0, |k| k + 1);
    &d[..k]
}

fn split_ws(d: &[u8], max: usize, right: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    if !right {
        let mut rest = trim_start(d, is_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest);
                break;
            }
            let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = trim_start(&rest[end..], is_space);
        }
    } else {
        let mut rest = trim_end(d, is_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest);
                break;
            }
            let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
            out.push(&rest[start..]);
            rest = trim_end(&rest[..start], is_space);
        }
        out.reverse();
    }
    out
}

fn replace_bytes(d: &[u8], old: &[u8], new: &[u8], count: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0;
    if old.is_empty() {
        for &c in d {
            if n < count {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while n < count {
        match find_sub(&d[i..], old) {
            Some(k) => {
                out.extend_from_slice(&d[i..i + k]);
                out.extend_from_slice(new);
                i += k + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    out
}

fn to_hex(d: &[u8], sep: Option<u8>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    let g = per.unsigned_abs() as usize;
    for (i, &c) in d.iter().enumerate() {
        if let Some(s) = sep
            && g > 0
            && i > 0
        {
            let boundary = if per < 0 {
                i.is_multiple_of(g)
            } else {
                (n - i).is_multiple_of(g)
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

// ----- codecs -----

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// The codec `name` names, as its canonical name ("utf-8", "ascii", "latin-1"), or
/// LookupError.
pub fn codec_name(rt: &mut Runtime, name: &str) -> PyResult<&'static str> {
    lookup_codec(rt, name).map(Codec::name)
}

fn lookup_codec(rt: &mut Runtime, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Ok(Codec::Latin1),
        _ => Err(rt.new_error(rt.t.lookup_error, format!("unknown encoding: {name}"))),
    }
}

fn unknown_handler(rt: &mut Runtime, errors: &str) -> PyErr {
    rt.new_error(
        rt.t.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's message and its `encoding`,
/// `object`, `start`, `end` and `reason` attributes.
fn unicode_error(
    rt: &mut Runtime,
    ty: Value,
    msg: String,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    rt.temp_roots.push(object);
    let err = rt.new_error(ty, msg);
    let d = rt.new_dict();
    payload_unchecked::<PyException>(err.0).dict = d;
    let enc = rt.new_str(encoding);
    let reason_v = rt.new_str(reason);
    let items = [
        ("encoding", enc),
        ("object", object),
        ("start", Value::small_int(start as i64)),
        ("end", Value::small_int(end as i64)),
        ("reason", reason_v),
    ];
    for (k, v) in items {
        let k = rt.intern(k);
        let _ = crate::dict::set(rt, d, k, v);
    }
    rt.temp_roots.pop();
    err
}

fn escape_char(c: char) -> String {
    let u = crate::surrogate::code_point(c);
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// CPython's UnicodeEncodeError for code points `i..j` of `s` (`chars`).
pub fn encode_error(
    rt: &mut Runtime,
    codec: &str,
    s: &str,
    chars: &[char],
    (i, j): (usize, usize),
    reason: &str,
) -> PyErr {
    let msg = if j - i == 1 {
        format!(
            "'{codec}' codec can't encode character '{}' in position {i}: {reason}",
            escape_char(chars[i])
        )
    } else {
        format!(
            "'{codec}' codec can't encode characters in position {i}-{}: {reason}",
            j - 1
        )
    };
    let obj = rt.new_str(s);
    let ty = rt.t.unicode_encode_error;
    unicode_error(rt, ty, msg, codec, obj, i, j, reason)
}

/// `s.encode(encoding, errors)`.
pub fn encode_str(rt: &mut Runtime, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(rt, encoding)?;
    let limit = match codec {
        Codec::Utf8 if !crate::surrogate::any(s) => return Ok(s.as_bytes().to_vec()),
        // Surrogates are the only characters UTF-8 cannot encode.
        Codec::Utf8 => 0x110000u32,
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let bad = |c: char| crate::surrogate::is_surrogate(c) || c as u32 >= limit;
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if !bad(chars[i]) {
            let mut b = [0; 4];
            match codec {
                Codec::Utf8 => out.extend_from_slice(chars[i].encode_utf8(&mut b).as_bytes()),
                _ => out.push(chars[i] as u32 as u8),
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && bad(chars[j]) {
            j += 1;
        }
        let reason = match codec {
            Codec::Utf8 => "surrogates not allowed".to_string(),
            _ => format!("ordinal not in range({limit})"),
        };
        let points = || chars[i..j].iter().map(|&c| crate::surrogate::code_point(c));
        match errors {
            // Surrogates U+DC80..U+DCFF stand for the bytes 0x80..0xFF.
            "surrogateescape" if points().all(|u| (0xDC80..=0xDCFF).contains(&u)) => {
                out.extend(points().map(|u| (u - 0xDC00) as u8))
            }
            "surrogatepass"
                if codec == Codec::Utf8 && points().all(|u| (0xD800..=0xDFFF).contains(&u)) =>
            {
                for u in points() {
                    out.extend_from_slice(&crate::surrogate::pass_bytes(u));
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let name = codec.name();
                return Err(encode_error(rt, name, s, &chars, (i, j), &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "xmlcharrefreplace" => {
                for u in points() {
                    out.extend_from_slice(format!("&#{u};").as_bytes());
                }
            }
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            _ => return Err(unknown_handler(rt, errors)),
        }
        i = j;
    }
    Ok(out)
}

fn decode_error(
    rt: &mut Runtime,
    codec: Codec,
    d: &[u8],
    obj: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            codec.name(),
            d[start]
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    let obj = if obj.is_null() {
        new_bytes(rt, d.to_vec(), false)
    } else {
        obj
    };
    let ty = rt.t.unicode_decode_error;
    unicode_error(rt, ty, msg, codec.name(), obj, start, end, reason)
}

/// Decodes `d`; `obj` is the bytes object for the error's `object` attribute (or NULL).
pub fn decode_to_string(
    rt: &mut Runtime,
    d: &[u8],
    obj: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<String> {
    let codec = lookup_codec(rt, encoding)?;
    if codec == Codec::Latin1 {
        return Ok(d.iter().map(|&b| b as char).collect());
    }
    if let Ok(s) = std::str::from_utf8(d)
        && (codec == Codec::Utf8 || s.is_ascii())
    {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        // The next bad sequence: `(start, end, reason)`.
        let (good, bad) = match codec {
            Codec::Ascii => {
                let k = d[i..]
                    .iter()
                    .position(|&c| c >= 0x80)
                    .unwrap_or(d.len() - i);
                (
                    k,
                    (k < d.len() - i).then_some((1, "ordinal not in range(128)")),
                )
            }
            _ => match std::str::from_utf8(&d[i..]) {
                Ok(_) => (d.len() - i, None),
                Err(e) => {
                    let k = e.valid_up_to();
                    let bad = match e.error_len() {
                        None => (d.len() - i - k, "unexpected end of data"),
                        Some(1) if matches!(d[i + k], 0x80..=0xc1 | 0xf5..=0xff) => {
                            (1, "invalid start byte")
                        }
                        Some(n) => (n, "invalid continuation byte"),
                    };
                    (k, Some(bad))
                }
            },
        };
        // SAFETY: `d[i..i + good]` was just checked to be valid UTF-8 (or ASCII).
        out.push_str(unsafe { std::str::from_utf8_unchecked(&d[i..i + good]) });
        i += good;
        let Some((len, reason)) = bad else {
            break;
        };
        match errors {
            // Each undecodable byte 0x80..0xFF becomes surrogate U+DC80..U+DCFF.
            "surrogateescape" if d[i..i + len].iter().all(|&b| b >= 0x80) => {
                for &b in &d[i..i + len] {
                    out.push(crate::surrogate::to_char(0xDC00 + b as u32));
                }
            }
            "surrogatepass"
                if codec == Codec::Utf8 && crate::surrogate::pass_decode(&d[i..]).is_some() =>
            {
                let u = crate::surrogate::pass_decode(&d[i..]).unwrap();
                out.push(crate::surrogate::to_char(u));
                i += 3;
                continue;
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(decode_error(rt, codec, d, obj, i, i + len, reason));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for &c in &d[i..i + len] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            _ => return Err(unknown_handler(rt, errors)),
        }
        i += len;
    }
    Ok(out)
}

/// `obj.decode(encoding, errors)` for a bytes-like `obj`: a str.
pub fn decode(rt: &mut Runtime, obj: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    let d = expect_like(rt, obj)?;
    let s = decode_to_string(rt, d, obj, encoding, errors)?;
    Ok(rt.new_string(s))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(rt, "encode", args, kw, 1, &["encoding", "errors"])?;
    let enc = str_param(rt, "encode", "encoding", p[0], "utf-8")?;
    let errs = str_param(rt, "encode", "errors", p[1], "strict")?;
    let s = rt
        .str_of(base_value(args[0]))
        .expect("str.encode on a non-str");
    let d = encode_str(rt, s, enc, errs)?;
    Ok(new_bytes(rt, d, false))
}

// ----- constructors -----

fn construct(rt: &mut Runtime, args: &[Value], kw: &[Value], mutable: bool) -> PyResult<Vec<u8>> {
    let name = if mutable { "bytearray" } else { "bytes" };
    let p = bind(rt, name, args, kw, 0, &["source", "encoding", "errors"])?;
    let enc = match p[1] {
        Some(v) => Some(str_param(rt, name, "encoding", Some(v), "")?),
        None => None,
    };
    let errs = match p[2] {
        Some(v) => Some(str_param(rt, name, "errors", Some(v), "")?),
        None => None,
    };
    let src_str = p[0].and_then(|v| rt.str_of(base_value(v)));
    if enc.is_some() || errs.is_some() {
        return match (src_str, enc) {
            (Some(s), Some(e)) => encode_str(rt, s, e, errs.unwrap_or("strict")),
            (Some(_), None) => Err(rt.type_error("string argument without an encoding")),
            (None, Some(_)) => Err(rt.type_error("encoding without a string argument")),
            (None, None) => Err(rt.type_error("errors without a string argument")),
        };
    }
    let Some(src) = p[0] else {
        return Ok(Vec::new());
    };
    if kind_of(src) == Some(Kind::Instance)
        && let Some(r) = crate::dunder::unary(rt, src, "__bytes__")?
    {
        return match like(r) {
            Some(d) => Ok(d.to_vec()),
            None => {
                let t = rt.type_name(r);
                Err(rt.type_error(format!("__bytes__ returned non-bytes (type {t})")))
            }
        };
    }
    if let Some(d) = like(src) {
        return Ok(d.to_vec());
    }
    if src_str.is_some() {
        return Err(rt.type_error("string argument without an encoding"));
    }
    let count = if int::is_int(base_value(src)) {
        Some(base_value(src))
    } else if kind_of(src) == Some(Kind::Instance) {
        crate::dunder::convert(rt, src, "__index__")?
    } else {
        None
    };
    if let Some(c) = count {
        let Some(n) = int::to_i64(c) else {
            return Err(rt.overflow_error("cannot fit 'int' into an index-sized integer"));
        };
        if n < 0 {
            return Err(rt.value_error("negative count"));
        }
        if n as u64 > MAX_SIZE as u64 {
            return Err(rt.new_error(rt.t.memory_error, ""));
        }
        return Ok(vec![0; n as usize]);
    }
    let msg = if mutable { BYTE_RANGE } else { BYTES_RANGE };
    match bytes_from_iterable(rt, src, msg)? {
        Some(d) => Ok(d),
        None => {
            let t = rt.type_name(src);
            Err(rt.type_error(format!("cannot convert '{t}' object to {name}")))
        }
    }
}

/// `bytes(...)`.
pub fn t_bytes(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() == 1
        && kw.is_empty()
        && kind_of(args[0]) == Some(Kind::Bytes)
        && !is_bytearray(args[0])
    {
        return Ok(args[0]);
    }
    let d = construct(rt, args, kw, false)?;
    Ok(new_bytes(rt, d, false))
}

/// `bytearray(...)`.
pub fn t_bytearray(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = construct(rt, args, kw, true)?;
    Ok(new_bytes(rt, d, true))
}

// ----- subscription, `in`, operators -----

/// An int subscript: `Some(i)`, or `None` for an int too big for an index.
fn index_key(rt: &mut Runtime, key: Value, what: &str) -> PyResult<Option<i64>> {
    let k = base_value(key);
    let k = if int::is_int(k) {
        k
    } else if kind_of(key) == Some(Kind::Instance)
        && let Some(r) = crate::dunder::convert(rt, key, "__index__")?
    {
        r
    } else {
        let t = rt.type_name(key);
        return Err(rt.type_error(format!(
            "{what} indices must be integers or slices, not {t}"
        )));
    };
    Ok(int::to_i64(k))
}

fn too_big_index(rt: &mut Runtime) -> PyErr {
    rt.index_error("cannot fit 'int' into an index-sized integer")
}

/// `obj[key]` for bytes and bytearray: an int for an index, the same type for a slice.
pub fn getitem(rt: &mut Runtime, obj: Value, key: Value) -> PyResult<Value> {
    let obj = base_value(obj);
    let mutable = is_bytearray(obj);
    let n = data(obj).expect("bytes").len();
    if kind_of(key) == Some(Kind::Slice) {
        let (s, _, st, c) = seq::slice_indices(rt, key, n)?;
        let d = data(obj).expect("bytes");
        if st == 1 && c == n && !mutable {
            return Ok(obj);
        }
        let out: Vec<u8> = if st == 1 {
            d[s as usize..s as usize + c].to_vec()
        } else {
            (0..c).map(|k| d[(s + k as i64 * st) as usize]).collect()
        };
        return Ok(new_bytes(rt, out, mutable));
    }
    let Some(i) = index_key(rt, key, if mutable { "bytearray" } else { "byte" })? else {
        return Err(too_big_index(rt));
    };
    match seq::norm_index(i, n) {
        Some(j) => Ok(Value::small_int(data(obj).expect("bytes")[j] as i64)),
        None if mutable => Err(rt.index_error("bytearray index out of range")),
        None => Err(rt.index_error("index out of range")),
    }
}

/// The bytes to store by a slice assignment to a bytearray.
fn assigned_bytes(rt: &mut Runtime, val: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = like(val) {
        return Ok(d.to_vec());
    }
    let b = base_value(val);
    if int::is_int(b) || b.is_float() || kind_of(b) == Some(Kind::Str) {
        return Err(rt.type_error(CAN_ASSIGN));
    }
    match bytes_from_iterable(rt, val, BYTE_RANGE)? {
        Some(d) => Ok(d),
        None => {
            let t = rt.type_name(val);
            Err(rt.type_error(format!("cannot convert '{t}' object to bytearray")))
        }
    }
}

/// `obj[slice] = vals` (or `del obj[slice]` when `vals` is None) on a bytearray.
fn set_slice(rt: &mut Runtime, obj: Value, key: Value, vals: Option<Value>) -> PyResult<()> {
    let new = match vals {
        Some(v) => assigned_bytes(rt, v)?,
        None => Vec::new(),
    };
    let n = data(obj).expect("bytearray").len();
    let (s, e, st, c) = seq::slice_indices(rt, key, n)?;
    let v = vec_mut(obj);
    if st == 1 {
        let e = e.max(s);
        v.splice(s as usize..e as usize, new);
        return Ok(());
    }
    if new.is_empty() {
        let mut drop = vec![false; n];
        for k in 0..c {
            drop[(s + k as i64 * st) as usize] = true;
        }
        let mut idx = 0;
        v.retain(|_| {
            idx += 1;
            !drop[idx - 1]
        });
        return Ok(());
    }
    if new.len() != c {
        return Err(rt.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {c}",
            new.len()
        )));
    }
    for (k, b) in new.into_iter().enumerate() {
        v[(s + k as i64 * st) as usize] = b;
    }
    Ok(())
}

/// `obj[key] = val`: bytearray only.
pub fn setitem(rt: &mut Runtime, obj: Value, key: Value, val: Value) -> PyResult<()> {
    let obj = base_value(obj);
    if !is_bytearray(obj) {
        return Err(rt.type_error("'bytes' object does not support item assignment"));
    }
    if kind_of(key) == Some(Kind::Slice) {
        return set_slice(rt, obj, key, Some(val));
    }
    let i = index_key(rt, key, "bytearray")?;
    let b = byte_value(rt, val, BYTE_RANGE)?;
    let v = vec_mut(obj);
    match i.and_then(|i| seq::norm_index(i, v.len())) {
        Some(j) => {
            v[j] = b;
            Ok(())
        }
        None if i.is_none() => Err(too_big_index(rt)),
        None => Err(rt.index_error("bytearray index out of range")),
    }
}

/// `del obj[key]`: bytearray only.
pub fn delitem(rt: &mut Runtime, obj: Value, key: Value) -> PyResult<()> {
    let obj = base_value(obj);
    if !is_bytearray(obj) {
        return Err(rt.type_error("'bytes' object doesn't support item deletion"));
    }
    if kind_of(key) == Some(Kind::Slice) {
        return set_slice(rt, obj, key, None);
    }
    let i = index_key(rt, key, "bytearray")?;
    let v = vec_mut(obj);
    match i.and_then(|i| seq::norm_index(i, v.len())) {
        Some(j) => {
            v.remove(j);
            Ok(())
        }
        None if i.is_none() => Err(too_big_index(rt)),
        None => Err(rt.index_error("bytearray index out of range")),
    }
}

/// `item in obj`: a byte value or a bytes-like subsequence.
pub fn contains(rt: &mut Runtime, obj: Value, item: Value) -> PyResult<bool> {
    let d = data(base_value(obj)).expect("bytes");
    if int::is_int(base_value(item)) {
        let b = byte_value(rt, item, BYTE_RANGE)?;
        return Ok(d.contains(&b));
    }
    if let Some(n) = like(item) {
        return Ok(find_sub(d, n).is_some());
    }
    if kind_of(item) == Some(Kind::Instance)
        && let Some(i) = crate::dunder::convert(rt, item, "__index__")?
    {
        let b = byte_value(rt, i, BYTE_RANGE)?;
        return Ok(d.contains(&b));
    }
    Err(need_bytes_like(rt, item))
}

/// A repetition count: `None` if `n` is not an int.
fn repeat_count(rt: &mut Runtime, n: Value) -> PyResult<Option<usize>> {
    let n = base_value(n);
    if !int::is_int(n) {
        return Ok(None);
    }
    match int::to_i64(n) {
        Some(i) => Ok(Some(i.max(0) as usize)),
        None => Err(rt.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn repeat(rt: &mut Runtime, d: &[u8], n: usize) -> PyResult<Vec<u8>> {
    match d.len().checked_mul(n) {
        None => Err(rt.overflow_error("repeated bytes are too long")),
        Some(t) if t > MAX_SIZE => Err(rt.new_error(rt.t.memory_error, "")),
        Some(_) => Ok(d.repeat(n)),
    }
}

/// `a op b` (`a op= b` when `inplace`) where bytes are involved: `+` with a bytes-like,
/// `*` with an int, `%` formatting. `Ok(None)` when not applicable.
pub fn binary_op(
    rt: &mut Runtime,
    op: BinOp,
    inplace: bool,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let a_bytes = kind_of(a) == Some(Kind::Bytes);
    match op {
        BinOp::Add if a_bytes => {
            let Some(db) = like(b) else {
                if kind_of(b) == Some(Kind::Instance) {
                    return Ok(None);
                }
                let (t, ta) = (rt.type_name(b), tname(a));
                return Err(rt.type_error(format!("can't concat {t} to {ta}")));
            };
            if inplace && is_bytearray(a) {
                let extra = db.to_vec();
                vec_mut(a).extend_from_slice(&extra);
                return Ok(Some(a));
            }
            let da = data(a).expect("bytes");
            if db.is_empty() && !is_bytearray(a) {
                return Ok(Some(a));
            }
            let mut v = Vec::with_capacity(da.len() + db.len());
            v.extend_from_slice(da);
            v.extend_from_slice(db);
            Ok(Some(new_bytes(rt, v, is_bytearray(a))))
        }
        BinOp::Mul if a_bytes => {
            let Some(n) = repeat_count(rt, b)? else {
                if kind_of(b) == Some(Kind::Instance) {
                    return Ok(None);
                }
                let t = rt.type_name(b);
                return Err(
                    rt.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
                );
            };
            let r = repeat(rt, data(a).expect("bytes"), n)?;
            if inplace && is_bytearray(a) {
                *vec_mut(a) = r;
                return Ok(Some(a));
            }
            Ok(Some(new_bytes(rt, r, is_bytearray(a))))
        }
        BinOp::Mul if kind_of(b) == Some(Kind::Bytes) => {
            let Some(n) = repeat_count(rt, a)? else {
                if kind_of(a) == Some(Kind::Instance) {
                    return Ok(None);
                }
                let t = rt.type_name(a);
                return Err(
                    rt.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
                );
            };
            let r = repeat(rt, data(b).expect("bytes"), n)?;
            Ok(Some(new_bytes(rt, r, is_bytearray(b))))
        }
        BinOp::Mod if a_bytes => {
            let r = methods::percent_format(rt, data(a).expect("bytes"), b)?;
            Ok(Some(new_bytes(rt, r, is_bytearray(a))))
        }
        _ => Ok(None),
    }
}

mod methods;
pub use methods::{BYTEARRAY_METHODS, BYTEARRAY_STATIC, BYTES_METHODS, BYTES_STATIC};
