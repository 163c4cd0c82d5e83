//! `format(v, spec)`, f-string conversions, `str % args` and `str.format`, built on the
//! number formatting in `fmt::numfmt`.

use crate::fmt::numfmt;
use crate::gc::{kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, int, repr, seq};

fn fmt_err(rt: &mut Runtime, e: numfmt::FmtError) -> PyErr {
    let ty = match e.0 {
        "TypeError" => rt.t.type_error,
        "OverflowError" => rt.t.overflow_error,
        _ => rt.t.value_error,
    };
    rt.new_error(ty, e.1)
}

/// Refuses a format spec whose width or precision could not be allocated (MemoryError, as
/// CPython's allocation would fail) before any padding is built.
fn check_spec_size(rt: &mut Runtime, spec: &str) -> PyResult<()> {
    if spec.len() < 10 {
        return Ok(());
    }
    if let Ok(p) = numfmt::parse_format_spec(spec, "")
        && (p.width.unwrap_or(0) > crate::strings::MAX_PAD
            || p.precision.unwrap_or(0) > crate::strings::MAX_PAD)
    {
        return Err(rt.new_error(rt.t.memory_error, ""));
    }
    Ok(())
}

/// `format(v, spec)`.
pub fn format_value(rt: &mut Runtime, v: Value, spec: &str) -> PyResult<String> {
    check_spec_size(rt, spec)?;
    if v.is_float() {
        return numfmt::format_float_spec(v.as_float(), spec, "float").map_err(|e| fmt_err(rt, e));
    }
    if int::is_int(v) {
        if v.is_bool() && spec.is_empty() {
            return repr::to_str(rt, v);
        }
        let neg = int::big_is_negative(v);
        let f = int::int_to_f64(rt, v).unwrap_or(f64::INFINITY);
        let name = if v.is_bool() { "bool" } else { "int" };
        let radix = |r: u32| int::abs_radix(v, r);
        return numfmt::format_int_spec(neg, &radix, f, spec, name).map_err(|e| fmt_err(rt, e));
    }
    if let Some(s) = payload::<PyStr>(v) {
        return numfmt::format_str_spec(s.s(), spec, "str").map_err(|e| fmt_err(rt, e));
    }
    if crate::dunder::is_instance(v) {
        return crate::dunder::format(rt, v, spec);
    }
    if spec.is_empty() {
        return repr::to_str(rt, v);
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!(
        "unsupported format string passed to {t}.__format__"
    )))
}

/// f-string `{v!conv:spec}`: conv is 0 (none), b's', b'r' or b'a'.
pub fn format_with_conversion(
    rt: &mut Runtime,
    v: Value,
    conv: u8,
    spec: &str,
) -> PyResult<String> {
    let converted = match conv {
        b's' => Some(repr::to_str(rt, v)?),
        b'r' => Some(repr::repr(rt, v)?),
        b'a' => Some(ascii(&repr::repr(rt, v)?)),
        _ => None,
    };
    match converted {
        Some(s) if spec.is_empty() => Ok(s),
        Some(s) => {
            check_spec_size(rt, spec)?;
            numfmt::format_str_spec(&s, spec, "str").map_err(|e| fmt_err(rt, e))
        }
        None if spec.is_empty() && !crate::dunder::is_instance(v) => repr::to_str(rt, v),
        None => format_value(rt, v, spec),
    }
}

/// `ascii()`: repr with non-ASCII characters escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// `fmt % args`.
pub fn percent_format(rt: &mut Runtime, fmt: Value, args: Value) -> PyResult<Value> {
    let f = payload_unchecked::<PyStr>(fmt).s().to_string();
    let mapping = if kind_of(args) == Some(Kind::Dict) {
        Some(args)
    } else {
        None
    };
    let items: Vec<Value> = match kind_of(args) {
        Some(Kind::Tuple) => payload_unchecked::<PyTuple>(args).0.to_vec(),
        _ => vec![args],
    };
    let mut next_arg = 0usize;
    let mut out = String::with_capacity(f.len() + 16);
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if i >= chars.len() {
            return Err(rt.value_error("incomplete format"));
        }
        // Mapping key.
        let mut keyed: Option<Value> = None;
        if chars[i] == '(' {
            let Some(m) = mapping else {
                return Err(rt.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(rt.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let k = rt.new_string(key);
            keyed = Some(seq::getitem(rt, m, k)?);
            used_mapping = true;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
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
        let mut width = None;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = take_arg(rt)?;
            let w = int::to_i64(w).ok_or_else(|| rt.type_error("* wants int"))?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = Some(w.parse().unwrap_or(0));
            }
        }
        let mut prec = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let p = take_arg(rt)?;
                prec = Some(
                    int::to_i64(p)
                        .ok_or_else(|| rt.type_error("* wants int"))?
                        .max(0) as usize,
                );
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(p.parse().unwrap_or(0));
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(rt.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = take_arg(rt)?;
        if width.unwrap_or(0) > crate::strings::MAX_PAD
            || prec.unwrap_or(0) > crate::strings::MAX_PAD
        {
            return Err(rt.new_error(rt.t.memory_error, ""));
        }
        let piece = percent_one(rt, conv, &flags, width, prec, arg, i - 1)?;
        out.push_str(&piece);
    }
    if next_arg < items.len() && mapping.is_none() && !used_mapping {
        return Err(rt.type_error("not all arguments converted during string formatting"));
    }
    Ok(rt.new_string(out))
}

/// `%d %i %u %x %X %o` of one argument (shared by str and bytes formatting): ints (and
/// int subclasses and `__index__` objects), and floats for the decimal forms.
pub fn percent_integer(
    rt: &mut Runtime,
    arg: Value,
    conv: char,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
) -> PyResult<String> {
    let mut a = crate::class::base_value(arg);
    if crate::dunder::is_instance(a)
        && let Some(i) = crate::dunder::convert(rt, a, "__index__")?
    {
        a = i;
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    let iv = if int::is_int(a) {
        a
    } else if a.is_float() && decimal {
        let f = a.as_float();
        if f.is_nan() {
            return Err(rt.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(rt.overflow_error("cannot convert float infinity to integer"));
        }
        let b = int::float_to_big(f.trunc());
        rt.new_bigint(b)
    } else {
        let t = rt.type_name(arg);
        let msg = if decimal {
            format!("%{conv} format: a real number is required, not {t}")
        } else {
            format!("%{conv} format: an integer is required, not {t}")
        };
        return Err(rt.type_error(msg));
    };
    if decimal && int::to_i64(iv).is_none() {
        // The 4300-digit limit on int-to-decimal conversion applies here too.
        crate::repr::int_to_decimal(rt, iv)?;
    }
    let neg = int::big_is_negative(iv);
    let radix = |r: u32| int::abs_radix(iv, r);
    Ok(numfmt::percent_int(neg, &radix, conv, flags, width, prec))
}

fn percent_one(
    rt: &mut Runtime,
    conv: char,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    arg: Value,
    pos: usize,
) -> PyResult<String> {
    match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => repr::to_str(rt, arg)?,
                'r' => repr::repr(rt, arg)?,
                _ => ascii(&repr::repr(rt, arg)?),
            };
            Ok(numfmt::percent_str(&s, flags, width, prec))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => percent_integer(rt, arg, conv, flags, width, prec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = if arg.is_float() {
                arg.as_float()
            } else if int::is_int(arg) {
                int::int_to_f64(rt, arg)?
            } else {
                let t = rt.type_name(arg);
                return Err(rt.type_error(format!("must be real number, not {t}")));
            };
            Ok(numfmt::percent_float(f, conv, flags, width, prec))
        }
        'c' => {
            let c = if let Some(s) = payload::<PyStr>(arg) {
                if s.chars != 1 {
                    return Err(rt.type_error("%c requires int or char"));
                }
                s.s().chars().next().unwrap()
            } else if let Some(i) = int::to_i64(arg) {
                match u32::try_from(i).ok().filter(|&u| u < 0x110000) {
                    Some(u) => crate::surrogate::to_char(u),
                    None => return Err(rt.overflow_error("%c arg not in range(0x110000)")),
                }
            } else {
                return Err(rt.type_error("%c requires int or char"));
            };
            Ok(numfmt::percent_char(c, flags, width))
        }
        _ => Err(rt.value_error(format!(
            "unsupported format character '{conv}' (0x{:x}) at index {pos}",
            conv as u32
        ))),
    }
}

/// `str.format(*args, **kwargs)`: args[0] is the format string.
pub fn str_format(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let fmt = payload_unchecked::<PyStr>(args[0]).s().to_string();
    let pos = &args[1..npos];
    let kw: Vec<(String, Value)> = kwnames
        .iter()
        .enumerate()
        .map(|(i, &k)| (rt.str_of(k).unwrap_or("").to_string(), args[npos + i]))
        .collect();
    let mut auto = 0usize;
    let out = format_template(rt, &fmt, pos, &kw, &mut auto, 2)?;
    Ok(rt.new_string(out))
}

fn format_template(
    rt: &mut Runtime,
    fmt: &str,
    pos: &[Value],
    kw: &[(String, Value)],
    auto: &mut usize,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(rt.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace (nested braces allowed in the spec).
        let mut j = i + 1;
        let mut nest = 1;
        while j < chars.len() {
            if chars[j] == '{' {
                nest += 1;
            } else if chars[j] == '}' {
                nest -= 1;
                if nest == 0 {
                    break;
                }
            }
            j += 1;
        }
        if j >= chars.len() {
            if i + 1 == chars.len() {
                return Err(rt.value_error("Single '{' encountered in format string"));
            }
            return Err(rt.value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        let (name_part, spec) = match field.find(':') {
            Some(k) => (&field[..k], &field[k + 1..]),
            None => (&field[..], ""),
        };
        let (name, conv) = match name_part.find('!') {
            Some(k) => (&name_part[..k], name_part[k + 1..].chars().next()),
            None => (name_part, None),
        };
        let value = lookup_field(rt, name, pos, kw, auto)?;
        let spec = if spec.contains('{') {
            if depth == 0 {
                return Err(rt.value_error("Max string recursion exceeded"));
            }
            format_template(rt, spec, pos, kw, auto, depth - 1)?
        } else {
            spec.to_string()
        };
        let conv = match conv {
            None => 0,
            Some(c @ ('r' | 's' | 'a')) => c as u8,
            Some(_) => return Err(rt.value_error("Unknown conversion specifier")),
        };
        out.push_str(&format_with_conversion(rt, value, conv, &spec)?);
    }
    Ok(out)
}

fn lookup_field(
    rt: &mut Runtime,
    name: &str,
    pos: &[Value],
    kw: &[(String, Value)],
    auto: &mut usize,
) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    let mut v = if first.is_empty() {
        if *auto == usize::MAX {
            return Err(rt.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let k = *auto;
        *auto += 1;
        match pos.get(k) {
            Some(&v) => v,
            None => {
                return Err(rt.index_error(format!(
                    "Replacement index {k} out of range for positional args tuple"
                )));
            }
        }
    } else if first.bytes().all(|c| c.is_ascii_digit())
        && let Ok(k) = first.parse::<usize>()
    {
        if *auto != 0 && *auto != usize::MAX {
            return Err(rt.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = usize::MAX;
        match pos.get(k) {
            Some(&v) => v,
            None => {
                return Err(rt.index_error(format!(
                    "Replacement index {k} out of range for positional args tuple"
                )));
            }
        }
    } else {
        match kw.iter().find(|(n, _)| n == first) {
            Some(&(_, v)) => v,
            None => {
                let k = rt.new_str(first);
                return Err(rt.key_error(k));
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let close = r
                .find(']')
                .ok_or_else(|| rt.value_error("Missing ']' in format string"))?;
            let key = &r[..close];
            // Only all-digit keys are integers ("[-1]" is the string '-1').
            let k = match key
                .bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| key.parse::<i64>().ok())
                .flatten()
            {
                Some(n) => rt.new_int(n),
                None => rt.new_str(key),
            };
            v = seq::getitem(rt, v, k)?;
            rest = &r[close + 1..];
        } else if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = rt.intern(&r[..end]);
            v = crate::attr::getattr(rt, v, attr)?;
            rest = &r[end..];
        } else {
            return Err(rt.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}
