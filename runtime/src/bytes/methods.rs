//! The methods of `bytes` and `bytearray`, and `%` formatting of bytes.

use super::*;

// ----- printf-style formatting -----

/// Applies precision (truncation), width and the '-' flag to a `%s`-style piece.
fn pad_piece(mut v: Vec<u8>, flags: &str, width: Option<usize>, prec: Option<usize>) -> Vec<u8> {
    if let Some(p) = prec {
        v.truncate(p);
    }
    let w = width.unwrap_or(0);
    if v.len() >= w {
        return v;
    }
    let fill = w - v.len();
    if flags.contains('-') {
        v.extend(std::iter::repeat_n(b' ', fill));
        v
    } else {
        let mut out = vec![b' '; fill];
        out.extend_from_slice(&v);
        out
    }
}

/// The bytes `%s`/`%b` inserts for `arg`.
fn bytes_for_s(rt: &mut Runtime, arg: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = like(arg) {
        return Ok(d.to_vec());
    }
    if kind_of(arg) == Some(Kind::Instance)
        && let Some(r) = crate::dunder::unary(rt, arg, "__bytes__")?
    {
        return match like(r) {
            Some(d) => Ok(d.to_vec()),
            None => {
                let t = rt.type_name(r);
                Err(rt.type_error(format!("__bytes__ returned non-bytes (type {t})")))
            }
        };
    }
    let t = rt.type_name(arg);
    Err(rt.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
    )))
}

fn percent_one(
    rt: &mut Runtime,
    conv: u8,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    arg: Value,
    pos: usize,
) -> PyResult<Vec<u8>> {
    use crate::fmt::numfmt;
    match conv {
        b's' | b'b' => {
            let v = bytes_for_s(rt, arg)?;
            Ok(pad_piece(v, flags, width, prec))
        }
        b'r' | b'a' => {
            let r = crate::repr::repr(rt, arg)?;
            let v = crate::format::ascii(&r).into_bytes();
            Ok(pad_piece(v, flags, width, prec))
        }
        b'c' => {
            let c = if let Some(d) = like(arg) {
                if d.len() != 1 {
                    return Err(
                        rt.type_error("%c requires an integer in range(256) or a single byte")
                    );
                }
                d[0]
            } else if int::is_int(base_value(arg)) {
                match int::to_i64(base_value(arg)) {
                    Some(i) if (0..256).contains(&i) => i as u8,
                    _ => return Err(rt.overflow_error("%c arg not in range(256)")),
                }
            } else {
                return Err(rt.type_error("%c requires an integer in range(256) or a single byte"));
            };
            Ok(pad_piece(vec![c], flags, width, None))
        }
        b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
            crate::format::percent_integer(rt, arg, conv as char, flags, width, prec)
                .map(String::into_bytes)
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            let a = base_value(arg);
            let f = if a.is_float() {
                a.as_float()
            } else if int::is_int(a) {
                int::int_to_f64(rt, a)?
            } else {
                let t = rt.type_name(arg);
                return Err(rt.type_error(format!("float argument required, not {t}")));
            };
            Ok(numfmt::percent_float(f, conv as char, flags, width, prec).into_bytes())
        }
        c => {
            let shown = if (32..=126).contains(&c) {
                c as char
            } else {
                '?'
            };
            Err(rt.value_error(format!(
                "unsupported format character '{shown}' (0x{c:x}) at index {pos}"
            )))
        }
    }
}

/// `fmt % args` for bytes.
pub(super) fn percent_format(rt: &mut Runtime, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let fmt = fmt.to_vec();
    let mapping = (kind_of(args) == Some(Kind::Dict)).then_some(args);
    let items: Vec<Value> = match kind_of(args) {
        Some(Kind::Tuple) => payload_unchecked::<PyTuple>(args).0.to_vec(),
        _ => vec![args],
    };
    let roots = rt.temp_roots.len();
    let r = percent_loop(rt, &fmt, mapping, &items);
    rt.temp_roots.truncate(roots);
    r
}

fn percent_loop(
    rt: &mut Runtime,
    f: &[u8],
    mapping: Option<Value>,
    items: &[Value],
) -> PyResult<Vec<u8>> {
    let mut next_arg = 0usize;
    let mut out = Vec::with_capacity(f.len() + 16);
    let mut i = 0;
    let mut used_mapping = false;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if i >= f.len() {
            return Err(rt.value_error("incomplete format"));
        }
        let mut keyed: Option<Value> = None;
        if f[i] == b'(' {
            let Some(m) = mapping else {
                return Err(rt.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < f.len() && depth > 0 {
                if f[i] == b'(' {
                    depth += 1;
                } else if f[i] == b')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(rt.value_error("incomplete format key"));
            }
            let k = new_bytes(rt, f[start..i - 1].to_vec(), false);
            rt.temp_roots.push(k);
            let v = seq::getitem(rt, m, k)?;
            rt.temp_roots.push(v);
            keyed = Some(v);
            used_mapping = true;
        }
        let mut flags = String::new();
        while i < f.len() && b"-+ #0".contains(&f[i]) {
            flags.push(f[i] as char);
            i += 1;
        }
        let mut take_arg = |rt: &mut Runtime| -> PyResult<Value> {
            if let Some(k) = keyed.take() {
                return Ok(k);
            }
            if mapping.is_some() && items.len() == 1 && next_arg > 0 {
                return Err(rt.type_error("not enough arguments for format string"));
            }
            match items.get(next_arg) {
                Some(&v) => {
                    next_arg += 1;
                    Ok(v)
                }
                None => Err(rt.type_error("not enough arguments for format string")),
            }
        };
        let star = |rt: &mut Runtime, v: Value| -> PyResult<i64> {
            int::to_i64(base_value(v)).ok_or_else(|| rt.type_error("* wants int"))
        };
        let mut width = None;
        if i < f.len() && f[i] == b'*' {
            i += 1;
            let w = take_arg(rt)?;
            let w = star(rt, w)?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            let st = i;
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                width = Some(
                    std::str::from_utf8(&f[st..i])
                        .unwrap()
                        .parse()
                        .unwrap_or(usize::MAX),
                );
            }
        }
        let mut prec = None;
        if i < f.len() && f[i] == b'.' {
            i += 1;
            if i < f.len() && f[i] == b'*' {
                i += 1;
                let p = take_arg(rt)?;
                prec = Some(star(rt, p)?.max(0) as usize);
            } else {
                let st = i;
                while i < f.len() && f[i].is_ascii_digit() {
                    i += 1;
                }
                prec = Some(
                    std::str::from_utf8(&f[st..i])
                        .unwrap()
                        .parse()
                        .unwrap_or(if i > st { usize::MAX } else { 0 }),
                );
            }
        }
        while i < f.len() && b"hlL".contains(&f[i]) {
            i += 1;
        }
        if i >= f.len() {
            return Err(rt.value_error("incomplete format"));
        }
        let conv = f[i];
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let arg = take_arg(rt)?;
        if width.unwrap_or(0) > crate::strings::MAX_PAD
            || prec.unwrap_or(0) > crate::strings::MAX_PAD
        {
            return Err(rt.new_error(rt.t.memory_error, ""));
        }
        let piece = percent_one(rt, conv, &flags, width, prec, arg, i - 1)?;
        out.extend_from_slice(&piece);
    }
    if next_arg < items.len() && mapping.is_none() && !used_mapping {
        return Err(rt.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

// ----- methods -----

fn m_decode(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(rt, "decode", args, kw, 1, &["encoding", "errors"])?;
    let enc = str_param(rt, "decode", "encoding", p[0], "utf-8")?;
    let errs = str_param(rt, "decode", "errors", p[1], "strict")?;
    decode(rt, me(args), enc, errs)
}

fn m_hex(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(rt, "hex", args, kw, 1, &["sep", "bytes_per_sep"])?;
    let sep = match p[0] {
        None => None,
        Some(v) => {
            let s: Vec<u32> = if let Some(s) = rt.str_of(base_value(v)) {
                s.chars().map(|c| c as u32).collect()
            } else if let Some(d) = like(v) {
                d.iter().map(|&b| b as u32).collect()
            } else {
                let t = rt.type_name(v);
                return Err(rt.type_error(format!("object of type '{t}' has no len()")));
            };
            if s.len() != 1 {
                return Err(rt.value_error("sep must be length 1."));
            }
            if s[0] >= 128 {
                return Err(rt.value_error("sep must be ASCII."));
            }
            Some(s[0] as u8)
        }
    };
    let per = match p[1] {
        Some(v) => ssize(rt, v)?,
        None => 1,
    };
    let s = to_hex(this(args), sep, per);
    Ok(rt.new_string(s))
}

/// The needle of find/count/index: a byte value or a bytes-like object.
fn needle(rt: &mut Runtime, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = like(v) {
        return Ok(d.to_vec());
    }
    if int::is_int(base_value(v)) {
        return Ok(vec![byte_value(rt, v, BYTE_RANGE)?]);
    }
    if kind_of(v) == Some(Kind::Instance)
        && let Some(i) = crate::dunder::convert(rt, v, "__index__")?
    {
        return Ok(vec![byte_value(rt, i, BYTE_RANGE)?]);
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!(
        "argument should be integer or bytes-like object, not '{t}'"
    )))
}

fn find_impl(
    rt: &mut Runtime,
    args: &[Value],
    kw: &[Value],
    name: &str,
    right: bool,
) -> PyResult<Option<usize>> {
    check_find(rt, args, kw, name)?;
    let (a, b) = sub_range(rt, args, 2, this(args).len())?;
    let n = needle(rt, args[1])?;
    let d = this(args);
    if b - a < n.len() as i64 {
        return Ok(None);
    }
    let hay = &d[a as usize..b as usize];
    let found = if right {
        rfind_sub(hay, &n)
    } else {
        find_sub(hay, &n)
    };
    Ok(found.map(|k| k + a as usize))
}

fn m_find(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = find_impl(rt, args, kw, "find", false)?;
    Ok(Value::small_int(r.map_or(-1, |x| x as i64)))
}
fn m_rfind(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = find_impl(rt, args, kw, "rfind", true)?;
    Ok(Value::small_int(r.map_or(-1, |x| x as i64)))
}
fn m_index(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(rt, args, kw, "index", false)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => Err(rt.value_error("subsection not found")),
    }
}
fn m_rindex(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(rt, args, kw, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => Err(rt.value_error("subsection not found")),
    }
}

fn m_count(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_find(rt, args, kw, "count")?;
    let (a, b) = sub_range(rt, args, 2, this(args).len())?;
    let n = needle(rt, args[1])?;
    let d = this(args);
    if b - a < n.len() as i64 {
        return Ok(Value::small_int(0));
    }
    let c = if n.is_empty() {
        (b - a) as usize + 1
    } else {
        count_sub(&d[a as usize..b as usize], &n, usize::MAX)
    };
    Ok(Value::small_int(c as i64))
}

fn starts_ends(rt: &mut Runtime, args: &[Value], kw: &[Value], ends: bool) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    check_find(rt, args, kw, name)?;
    let (a, b) = sub_range(rt, args, 2, this(args).len())?;
    let d = this(args);
    let n = d.len() as i64;
    let test = |p: &[u8]| {
        let l = p.len() as i64;
        if a > n || b - a < l {
            false
        } else if ends {
            &d[(b - l) as usize..b as usize] == p
        } else {
            &d[a as usize..(a + l) as usize] == p
        }
    };
    if let Some(t) = payload::<PyTuple>(args[1]) {
        for &p in t.0.iter() {
            let p = expect_like(rt, p)?;
            if test(p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(p) = like(args[1]) else {
        let t = rt.type_name(args[1]);
        return Err(rt.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {t}"
        )));
    };
    Ok(Value::bool(test(p)))
}

fn m_startswith(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(rt, args, kw, false)
}
fn m_endswith(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(rt, args, kw, true)
}

fn m_join(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_one(rt, args, kw, "join")?;
    let Some(items) = iterable_items(rt, args[1])? else {
        return Err(rt.type_error("can only join an iterable"));
    };
    let sep = this(args);
    let mut out = Vec::new();
    for (i, &it) in items.iter().enumerate() {
        let Some(d) = like(it) else {
            let t = rt.type_name(it);
            return Err(rt.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {t} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(d);
    }
    Ok(result(rt, args, out))
}

fn split_impl(rt: &mut Runtime, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let p = bind(rt, name, args, kw, 1, &["sep", "maxsplit"])?;
    let sep = match p[0] {
        Some(v) if !v.is_none() => Some(expect_like(rt, v)?.to_vec()),
        _ => None,
    };
    let maxsplit = match p[1] {
        Some(v) => ssize(rt, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let d = this(args);
    let parts = match &sep {
        Some(s) if s.is_empty() => return Err(rt.value_error("empty separator")),
        Some(s) if right => rsplit_sep(d, s, max),
        Some(s) => split_sep(d, s, max),
        None => split_ws(d, max, right),
    };
    let m = is_bytearray(me(args));
    let vals: Vec<Value> = parts
        .into_iter()
        .map(|p| new_bytes(rt, p.to_vec(), m))
        .collect();
    Ok(rt.new_list(vals))
}

fn m_split(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(rt, args, kw, false)
}
fn m_rsplit(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(rt, args, kw, true)
}

fn m_splitlines(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(rt, "splitlines", args, kw, 1, &["keepends"])?;
    let keep = match p[0] {
        Some(v) => crate::ops::truthy(rt, v)?,
        None => false,
    };
    let d = this(args);
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(&d[start..if keep { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        parts.push(&d[start..]);
    }
    let m = is_bytearray(me(args));
    let vals: Vec<Value> = parts
        .into_iter()
        .map(|p| new_bytes(rt, p.to_vec(), m))
        .collect();
    Ok(rt.new_list(vals))
}

fn strip_impl(
    rt: &mut Runtime,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    check_range(rt, args, kw, name, 0, 1)?;
    let chars = match args.get(1) {
        Some(&v) if !v.is_none() => Some(expect_like(rt, v)?),
        _ => None,
    };
    let pred = |c: u8| match chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let d = this(args);
    let mut r = d;
    if left {
        r = trim_start(r, pred);
    }
    if right {
        r = trim_end(r, pred);
    }
    if r.len() == d.len() {
        return Ok(unchanged(rt, args));
    }
    Ok(result(rt, args, r.to_vec()))
}

fn m_strip(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(rt, args, kw, "strip", true, true)
}
fn m_lstrip(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(rt, args, kw, "lstrip", true, false)
}
fn m_rstrip(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(rt, args, kw, "rstrip", false, true)
}

fn m_replace(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_range(rt, args, kw, "replace", 2, 3)?;
    let old = expect_like(rt, args[1])?;
    let new = expect_like(rt, args[2])?;
    let count = match args.get(3) {
        Some(&v) => ssize(rt, v)?,
        None => -1,
    };
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let d = this(args);
    let expected = if old.is_empty() {
        d.len().saturating_add(1).min(count)
    } else {
        count_sub(d, old, count)
    };
    if expected == 0 {
        return Ok(unchanged(rt, args));
    }
    let grow = new.len().saturating_sub(old.len()).saturating_mul(expected);
    if d.len().saturating_add(grow) > MAX_SIZE {
        return Err(rt.new_error(rt.t.memory_error, ""));
    }
    let r = replace_bytes(d, old, new, count);
    Ok(result(rt, args, r))
}

fn map_bytes(
    rt: &mut Runtime,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    check_none(rt, args, kw, name)?;
    let r = f(this(args));
    Ok(result(rt, args, r))
}

fn m_upper(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(rt, args, kw, "upper", |d| d.to_ascii_uppercase())
}
fn m_lower(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(rt, args, kw, "lower", |d| d.to_ascii_lowercase())
}
fn m_swapcase(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(rt, args, kw, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn m_title(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(rt, args, kw, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn m_capitalize(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(rt, args, kw, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn pred(
    rt: &mut Runtime,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&u8) -> bool,
) -> PyResult<Value> {
    check_none(rt, args, kw, name)?;
    let d = this(args);
    Ok(Value::bool(!d.is_empty() && d.iter().all(f)))
}

fn m_isdigit(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(rt, args, kw, "isdigit", u8::is_ascii_digit)
}
fn m_isalpha(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(rt, args, kw, "isalpha", u8::is_ascii_alphabetic)
}
fn m_isalnum(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(rt, args, kw, "isalnum", u8::is_ascii_alphanumeric)
}
fn m_isspace(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(rt, args, kw, "isspace", |&c| is_space(c))
}
fn m_isupper(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "isupper")?;
    let d = this(args);
    Ok(Value::bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}
fn m_islower(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "islower")?;
    let d = this(args);
    Ok(Value::bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}
fn m_isascii(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "isascii")?;
    Ok(Value::bool(this(args).is_ascii()))
}
fn m_istitle(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in this(args) {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// A width argument, refusing absurd sizes with MemoryError.
fn width_arg(rt: &mut Runtime, v: Value) -> PyResult<usize> {
    let w = ssize(rt, v)?.max(0) as usize;
    if w > MAX_SIZE {
        return Err(rt.new_error(rt.t.memory_error, ""));
    }
    Ok(w)
}

fn pad(rt: &mut Runtime, args: &[Value], kw: &[Value], name: &str, align: u8) -> PyResult<Value> {
    check_range(rt, args, kw, name, 1, 2)?;
    let width = width_arg(rt, args[1])?;
    let fill = match args.get(2) {
        Some(&f) => match like(f) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                let t = rt.type_name(f);
                return Err(rt.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
        None => b' ',
    };
    let d = this(args);
    let n = d.len();
    if n >= width {
        return Ok(unchanged(rt, args));
    }
    let total = width - n;
    let (l, r) = match align {
        b'<' => (0, total),
        b'>' => (total, 0),
        // CPython's center puts the extra byte on the left when the width is odd.
        _ => {
            let l = total / 2 + (total & width & 1);
            (l, total - l)
        }
    };
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat_n(fill, l));
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(result(rt, args, out))
}

fn m_ljust(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad(rt, args, kw, "ljust", b'<')
}
fn m_rjust(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad(rt, args, kw, "rjust", b'>')
}
fn m_center(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad(rt, args, kw, "center", b'^')
}

fn m_zfill(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_one(rt, args, kw, "zfill")?;
    let width = width_arg(rt, args[1])?;
    let d = this(args);
    if d.len() >= width {
        return Ok(unchanged(rt, args));
    }
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => d.split_at(1),
        _ => (&d[..0], d),
    };
    let mut out = Vec::with_capacity(width);
    out.extend_from_slice(sign);
    out.extend(std::iter::repeat_n(b'0', width - d.len()));
    out.extend_from_slice(rest);
    Ok(result(rt, args, out))
}

fn partition_impl(rt: &mut Runtime, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    check_one(rt, args, kw, if right { "rpartition" } else { "partition" })?;
    let sep = expect_like(rt, args[1])?;
    if sep.is_empty() {
        return Err(rt.value_error("empty separator"));
    }
    let d = this(args);
    let found = if right {
        rfind_sub(d, sep)
    } else {
        find_sub(d, sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&d[..i], sep, &d[i + sep.len()..]],
        None if right => [b"", b"", d],
        None => [d, b"", b""],
    };
    let m = is_bytearray(me(args));
    let vals: Vec<Value> = parts.iter().map(|p| new_bytes(rt, p.to_vec(), m)).collect();
    Ok(rt.new_tuple(vals))
}

fn m_partition(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(rt, args, kw, false)
}
fn m_rpartition(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(rt, args, kw, true)
}

fn m_expandtabs(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(rt, "expandtabs", args, kw, 1, &["tabsize"])?;
    let size = match p[0] {
        Some(v) => ssize(rt, v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in this(args) {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    if out.len() as u64 + n as u64 > MAX_SIZE as u64 {
                        return Err(rt.new_error(rt.t.memory_error, ""));
                    }
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(result(rt, args, out))
}

fn m_translate(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos < 2 {
        let n = npos - 1;
        return Err(rt.type_error(format!(
            "translate() takes at least 1 positional argument ({n} given)"
        )));
    }
    let p = bind(rt, "translate", args, kw, 1, &["table", "delete"])?;
    let table = match p[0] {
        Some(v) if !v.is_none() => {
            let t = expect_like(rt, v)?;
            if t.len() != 256 {
                return Err(rt.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete: &[u8] = match p[1] {
        Some(v) => expect_like(rt, v)?,
        None => b"",
    };
    let out: Vec<u8> = this(args)
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect();
    Ok(result(rt, args, out))
}

fn affix(rt: &mut Runtime, args: &[Value], kw: &[Value], prefix: bool) -> PyResult<Value> {
    check_one(
        rt,
        args,
        kw,
        if prefix {
            "removeprefix"
        } else {
            "removesuffix"
        },
    )?;
    let a = expect_like(rt, args[1])?;
    let d = this(args);
    let r = if prefix {
        d.strip_prefix(a)
    } else {
        d.strip_suffix(a)
    };
    match r {
        Some(rest) if !a.is_empty() => Ok(result(rt, args, rest.to_vec())),
        _ => Ok(unchanged(rt, args)),
    }
}
fn m_removeprefix(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(rt, args, kw, true)
}
fn m_removesuffix(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(rt, args, kw, false)
}

// ----- static methods -----

fn fromhex(rt: &mut Runtime, args: &[Value], kw: &[Value], mutable: bool) -> PyResult<Value> {
    let q = if mutable {
        "bytearray.fromhex"
    } else {
        "bytes.fromhex"
    };
    if !kw.is_empty() {
        return Err(rt.type_error(format!("{q}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        let n = args.len();
        return Err(rt.type_error(format!("{q}() takes exactly one argument ({n} given)")));
    }
    let Some(s) = rt.str_of(base_value(args[0])) else {
        let t = rt.type_name(args[0]);
        return Err(rt.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let chars: Vec<char> = s.chars().collect();
    let digit = |c: char| c.to_digit(16).filter(|_| c.is_ascii());
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    loop {
        while i < chars.len() && chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let Some(hi) = digit(chars[i]) else {
            return Err(rt.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(lo) = chars.get(i + 1).and_then(|&c| digit(c)) else {
            return Err(rt.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(new_bytes(rt, out, mutable))
}

fn s_bytes_fromhex(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    fromhex(rt, args, kw, false)
}
fn s_bytearray_fromhex(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    fromhex(rt, args, kw, true)
}

/// `bytes.maketrans(frm, to)`: a 256-byte translation table (bytes for both types).
fn s_maketrans(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins::no_kwargs(rt, "maketrans", kw)?;
    crate::builtins::arity(rt, "maketrans", args.len(), 2, 2)?;
    let frm = expect_like(rt, args[0])?;
    let to = expect_like(rt, args[1])?;
    if frm.len() != to.len() {
        return Err(rt.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in frm.iter().zip(to) {
        t[a as usize] = b;
    }
    Ok(new_bytes(rt, t, false))
}

// ----- bytearray mutators -----

fn m_append(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_one(rt, args, kw, "append")?;
    let b = byte_value(rt, args[1], BYTE_RANGE)?;
    vec_mut(me(args)).push(b);
    Ok(Value::NONE)
}

fn m_extend(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_one(rt, args, kw, "extend")?;
    let extra = match like(args[1]) {
        Some(d) => d.to_vec(),
        None => match bytes_from_iterable(rt, args[1], BYTE_RANGE)? {
            Some(d) => d,
            None => {
                let t = rt.type_name(args[1]);
                return Err(rt.type_error(format!("can't extend bytearray with {t}")));
            }
        },
    };
    vec_mut(me(args)).extend_from_slice(&extra);
    Ok(Value::NONE)
}

fn m_pop(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_range(rt, args, kw, "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => ssize(rt, v)?,
        None => -1,
    };
    let v = vec_mut(me(args));
    if v.is_empty() {
        return Err(rt.index_error("pop from empty bytearray"));
    }
    match seq::norm_index(i, v.len()) {
        Some(j) => Ok(Value::small_int(v.remove(j) as i64)),
        None => Err(rt.index_error("pop index out of range")),
    }
}

fn m_insert(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_range(rt, args, kw, "insert", 2, 2)?;
    let i = ssize(rt, args[1])?;
    let b = byte_value(rt, args[2], BYTE_RANGE)?;
    let v = vec_mut(me(args));
    let n = v.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(j as usize, b);
    Ok(Value::NONE)
}

fn m_remove(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_one(rt, args, kw, "remove")?;
    let b = byte_value(rt, args[1], BYTE_RANGE)?;
    let v = vec_mut(me(args));
    match v.iter().position(|&c| c == b) {
        Some(j) => {
            v.remove(j);
            Ok(Value::NONE)
        }
        None => Err(rt.value_error("value not found in bytearray")),
    }
}

fn m_reverse(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "reverse")?;
    vec_mut(me(args)).reverse();
    Ok(Value::NONE)
}

fn m_clear(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "clear")?;
    vec_mut(me(args)).clear();
    Ok(Value::NONE)
}

fn m_copy(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_none(rt, args, kw, "copy")?;
    let d = this(args).to_vec();
    Ok(new_bytes(rt, d, true))
}

// ----- tables -----

/// The methods of `bytes` (every one also belongs to `bytearray`).
pub const BYTES_METHODS: &[(&str, BuiltinFn)] = &[
    ("decode", m_decode),
    ("hex", m_hex),
    ("count", m_count),
    ("find", m_find),
    ("rfind", m_rfind),
    ("index", m_index),
    ("rindex", m_rindex),
    ("startswith", m_startswith),
    ("endswith", m_endswith),
    ("join", m_join),
    ("split", m_split),
    ("rsplit", m_rsplit),
    ("splitlines", m_splitlines),
    ("strip", m_strip),
    ("lstrip", m_lstrip),
    ("rstrip", m_rstrip),
    ("replace", m_replace),
    ("upper", m_upper),
    ("lower", m_lower),
    ("swapcase", m_swapcase),
    ("title", m_title),
    ("capitalize", m_capitalize),
    ("isdigit", m_isdigit),
    ("isalpha", m_isalpha),
    ("isalnum", m_isalnum),
    ("isspace", m_isspace),
    ("isupper", m_isupper),
    ("islower", m_islower),
    ("isascii", m_isascii),
    ("istitle", m_istitle),
    ("partition", m_partition),
    ("rpartition", m_rpartition),
    ("center", m_center),
    ("ljust", m_ljust),
    ("rjust", m_rjust),
    ("zfill", m_zfill),
    ("expandtabs", m_expandtabs),
    ("translate", m_translate),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
];

/// The methods of `bytearray`: those of bytes plus the mutators.
pub const BYTEARRAY_METHODS: &[(&str, BuiltinFn)] = &[
    ("decode", m_decode),
    ("hex", m_hex),
    ("count", m_count),
    ("find", m_find),
    ("rfind", m_rfind),
    ("index", m_index),
    ("rindex", m_rindex),
    ("startswith", m_startswith),
    ("endswith", m_endswith),
    ("join", m_join),
    ("split", m_split),
    ("rsplit", m_rsplit),
    ("splitlines", m_splitlines),
    ("strip", m_strip),
    ("lstrip", m_lstrip),
    ("rstrip", m_rstrip),
    ("replace", m_replace),
    ("upper", m_upper),
    ("lower", m_lower),
    ("swapcase", m_swapcase),
    ("title", m_title),
    ("capitalize", m_capitalize),
    ("isdigit", m_isdigit),
    ("isalpha", m_isalpha),
    ("isalnum", m_isalnum),
    ("isspace", m_isspace),
    ("isupper", m_isupper),
    ("islower", m_islower),
    ("isascii", m_isascii),
    ("istitle", m_istitle),
    ("partition", m_partition),
    ("rpartition", m_rpartition),
    ("center", m_center),
    ("ljust", m_ljust),
    ("rjust", m_rjust),
    ("zfill", m_zfill),
    ("expandtabs", m_expandtabs),
    ("translate", m_translate),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("append", m_append),
    ("extend", m_extend),
    ("pop", m_pop),
    ("insert", m_insert),
    ("remove", m_remove),
    ("reverse", m_reverse),
    ("clear", m_clear),
    ("copy", m_copy),
];

/// Static methods of `bytes` (`bytes.fromhex(s)`, `bytes.maketrans(a, b)`).
pub const BYTES_STATIC: &[(&str, BuiltinFn)] =
    &[("fromhex", s_bytes_fromhex), ("maketrans", s_maketrans)];

/// Static methods of `bytearray` (`fromhex` makes a bytearray).
pub const BYTEARRAY_STATIC: &[(&str, BuiltinFn)] =
    &[("fromhex", s_bytearray_fromhex), ("maketrans", s_maketrans)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_cpython_with_zero_key() {
        // Values from: PYTHONHASHSEED=0 python3 -c "print(hash(b'abc'), ...)"
        assert_eq!(hash(b""), 0);
        assert_eq!(hash(b"a"), 4644417185603328019);
        assert_eq!(hash(b"abc"), -4594863902769663758);
        assert_eq!(hash(b"\xff\x00abcdefghij"), 9180731065334228031);
    }

    #[test]
    fn compare_is_lexicographic() {
        assert_eq!(compare(b"abc", b"abd"), Ordering::Less);
        assert_eq!(compare(b"ab", b"abc"), Ordering::Less);
        assert_eq!(compare(b"b", b"abc"), Ordering::Greater);
        assert_eq!(compare(b"", b""), Ordering::Equal);
        assert_eq!(compare(b"\xff", b"\x00"), Ordering::Greater);
    }

    #[test]
    fn repr_picks_quotes_and_escapes_like_cpython() {
        assert_eq!(repr(b"abc", false), "b'abc'");
        assert_eq!(repr(b"it's", false), "b\"it's\"");
        assert_eq!(repr(b"a'b\"", false), "b'a\\'b\"'");
        assert_eq!(
            repr(b"\t\n\r\\\x00\x7f\xff", false),
            "b'\\t\\n\\r\\\\\\x00\\x7f\\xff'"
        );
        assert_eq!(repr(b"x", true), "bytearray(b'x')");
    }

    #[test]
    fn helpers() {
        assert_eq!(find_sub(b"abcabc", b"ca"), Some(2));
        assert_eq!(rfind_sub(b"abcabc", b"bc"), Some(4));
        assert_eq!(rfind_sub(b"abc", b""), Some(3));
        assert_eq!(count_sub(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(replace_bytes(b"abc", b"", b"-", usize::MAX), b"-a-b-c-");
        assert_eq!(replace_bytes(b"abc", b"", b"-", 2), b"-a-bc");
        assert_eq!(to_hex(b"abcde", Some(b':'), 2), "61:6263:6465");
        assert_eq!(to_hex(b"abcde", Some(b':'), -2), "6162:6364:65");
        assert_eq!(split_ws(b"  a b  c ", 1, true), vec![&b"  a b"[..], b"c"]);
        assert_eq!(split_ws(b" a b c  ", 1, false), vec![&b"a"[..], b"b c  "]);
        assert_eq!(rsplit_sep(b"a,b,,c", b",", 1), vec![&b"a,b,"[..], b"c"]);
    }
}
