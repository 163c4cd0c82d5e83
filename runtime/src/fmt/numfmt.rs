//! CPython 3.11-compatible number/string formatting.
//!
//! This module is self-contained (std only, no `unsafe`, no `crate::` paths except
//! `crate::surrogate` for the code points of lone surrogates) and
//! mirrors the algorithms of CPython's `Python/formatter_unicode.c`
//! (`format()` / `__format__` mini-language), `Python/pystrtod.c`
//! (`PyOS_double_to_string` / `format_float_short`) and the printf-style
//! `%` operator of `Objects/unicodeobject.c`.
//!
//! Digit generation is delegated to Rust's float formatting, which is exact:
//! * `{:e}` gives the shortest round-tripping digits (like dtoa mode 0),
//! * `{:.*e}` / `{:.*}` give correctly rounded (round-half-even on the exact
//!   binary value) digits (like dtoa modes 2 and 3).
//!
//! Everything else (exponent format, zero padding, 'g' rules, alignment,
//! grouping, error messages) is reimplemented here following CPython.
//!
//! Conventions:
//! * Errors are `(exception type name, message)`.
//! * `type_name` parameters are the Python type name used in error messages
//!   (`"float"`, `"int"`, `"bool"`, `"str"` or a subclass name).
//! * Widths are counted in Unicode code points (Rust `char`s), like CPython.

/// The largest precision CPython accepts for float formatting (`INT_MAX`).
const MAX_PRECISION: usize = i32::MAX as usize;

/// Precision passed to Rust's formatter is capped at this value: every finite
/// double has at most 767 significant decimal digits and at most 1074 digits
/// after the decimal point, so any digit beyond this is a zero, which the
/// padding logic of `format_float_short` produces anyway.
const RUST_PREC_CAP: i64 = 1100;

// ---------------------------------------------------------------------------
// Digit generation (the `_Py_dg_dtoa` replacement)
// ---------------------------------------------------------------------------

/// Splits Rust's scientific notation ("1.2345e-7") into (digits, decpt), where
/// the value is 0.d1d2d3... * 10**decpt.
fn split_sci(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, "0"),
    };
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    (digits, exp + 1)
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Equivalent of `_Py_dg_dtoa(d, mode, ndigits, ...)` for finite, non-negative `d`.
/// Returns the digit string (no trailing zeros except for the value zero, which
/// is "0" with decpt 1) and the decimal point position.
///
/// * mode 0: shortest round-trip digits.
/// * mode 2: `max(1, ndigits)` significant digits.
/// * mode 3: `ndigits` digits after the decimal point (digits may be empty,
///   in which case decpt == -ndigits).
fn dtoa(d: f64, mode: u8, ndigits: i64) -> (Vec<u8>, i64) {
    if d == 0.0 {
        return (vec![b'0'], 1);
    }
    match mode {
        0 => {
            let (digits, decpt) = split_sci(&format!("{:e}", d));
            // Rust breaks ties between two equally close shortest candidates
            // upwards, dtoa (CPython) to even: e.g. the exact value
            // 0.56461334228515625 gives "...563" in Rust but "...562" in
            // CPython.  A difference is only possible when Rust's last digit
            // is odd; then take the correctly rounded (half-even) digits of
            // the same length if they also round-trip.
            if digits.last().is_some_and(|b| b % 2 == 1) {
                let alt = format!("{:.*e}", digits.len() - 1, d);
                if alt.parse::<f64>() == Ok(d) {
                    let (alt_digits, alt_decpt) = split_sci(&alt);
                    if alt_decpt == decpt && alt_digits.last().is_some_and(|&b| b != b'0') {
                        return (alt_digits, alt_decpt);
                    }
                }
            }
            (digits, decpt)
        }
        2 => {
            let nd = ndigits.clamp(1, RUST_PREC_CAP);
            let (mut digits, decpt) = split_sci(&format!("{:.*e}", (nd - 1) as usize, d));
            strip_trailing_zeros(&mut digits);
            (digits, decpt)
        }
        _ => {
            let nd = ndigits.clamp(0, RUST_PREC_CAP);
            let s = format!("{:.*}", nd as usize, d);
            let (ip, fp) = match s.find('.') {
                Some(i) => (&s[..i], &s[i + 1..]),
                None => (&s[..], ""),
            };
            let mut decpt = ip.len() as i64;
            let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            all.drain(..lead);
            decpt -= lead as i64;
            strip_trailing_zeros(&mut all);
            if all.is_empty() {
                return (all, -ndigits);
            }
            (all, decpt)
        }
    }
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// Port of CPython's `format_float_short` (Python/pystrtod.c).
/// `code` is one of 'e', 'f', 'g', 'r' (lower case); `upper` selects
/// "E"/"INF"/"NAN".  `precision` has already been adjusted as in
/// `PyOS_double_to_string` (+1 for 'e', 0 -> 1 for 'g').
#[allow(clippy::too_many_arguments)]
fn format_float_short(
    d: f64,
    code: char,
    mode: u8,
    precision: i64,
    always_add_sign: bool,
    add_dot_0_if_integer: bool,
    use_alt_formatting: bool,
    no_negative_zero: bool,
    upper: bool,
) -> String {
    let mut out = String::new();
    if d.is_nan() {
        // The sign of a nan is ignored.
        if always_add_sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let mut sign = d.is_sign_negative();
    if d.is_infinite() {
        if sign {
            out.push('-');
        } else if always_add_sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }

    let (digits, mut decpt) = dtoa(d.abs(), mode, precision);
    let digits_len = digits.len() as i64;
    if no_negative_zero && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => {
            vdigits_end = decpt + precision;
        }
        'g' => {
            let limit = if add_dot_0_if_integer {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if use_alt_formatting {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': switch to exponent form at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0_if_integer {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if sign {
        out.push('-');
    } else if always_add_sign {
        out.push('+');
    }

    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }

    // Digits, with included decimal point.
    let dstr = std::str::from_utf8(&digits).unwrap_or("");
    if 0 < decpt && decpt <= digits_len {
        let k = decpt as usize;
        out.push_str(&dstr[..k]);
        out.push('.');
        out.push_str(&dstr[k..]);
    } else {
        out.push_str(dstr);
    }

    // Zeros on the right.
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }

    // Delete a trailing decimal point unless using alternative formatting.
    if out.ends_with('.') && !use_alt_formatting {
        out.pop();
    }

    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // "%+.02d"
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// Port of `PyOS_double_to_string`. `format_code` is one of "eEfFgGr".
fn double_to_string(
    val: f64,
    format_code: char,
    precision: i64,
    always_add_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = format_code.is_ascii_uppercase();
    let (code, mode, precision) = match format_code {
        'e' | 'E' => ('e', 2u8, precision + 1),
        'f' | 'F' => ('f', 3u8, precision),
        'g' | 'G' => ('g', 2u8, if precision == 0 { 1 } else { precision }),
        _ => ('r', 0u8, 0),
    };
    format_float_short(
        val,
        code,
        mode,
        precision,
        always_add_sign,
        add_dot_0,
        alt,
        no_neg_0,
        upper,
    )
}

/// repr(float) / str(float): shortest round-trip digits, CPython rules: 'inf', '-inf', 'nan',
/// exponent form when the decimal exponent is < -4 or >= 16 (e.g. 1e+16, 1e-05, 1.5e-07),
/// otherwise positional with at least one digit after the point ("1.0", "0.1", "123456789012345.0").
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false, false)
}

// ---------------------------------------------------------------------------
// Format spec parsing
// ---------------------------------------------------------------------------

/// A parsed format spec (the format mini-language):
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
///
/// * `fill` is `' '` unless given explicitly or implied by the `0` flag.
/// * `align` is `None` when not given (numbers default to '>' or, with the
///   `0` flag, '='; strings default to '<').
/// * `zero` is the `0` flag; it is only recognised when no explicit fill was
///   given, and then `fill` is also set to '0'.
/// * `no_neg_zero` is the `z` flag (3.11).
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Errors are returned as (exception type name, message) exactly as CPython raises them,
/// e.g. ("ValueError", "Invalid format specifier").
pub type FmtError = (&'static str, String);

fn value_error(msg: impl Into<String>) -> FmtError {
    ("ValueError", msg.into())
}

/// Code points whose Unicode decimal value is 0 (Unicode 14.0, as used by
/// CPython 3.11).  Every decimal digit is `zero + value` for one of these.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL`: the decimal value of a Unicode decimal digit.
fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if cp < 0x660 {
        return None;
    }
    // Find the last zero <= cp.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let z = DECIMAL_ZEROS[idx - 1];
    if cp - z < 10 { Some(cp - z) } else { None }
}

/// Port of `get_integer`: returns the number of digits consumed.
fn get_integer(chars: &[char], pos: &mut usize, result: &mut usize) -> Result<usize, FmtError> {
    let mut acc: usize = 0;
    let mut n = 0;
    let max = isize::MAX as usize;
    while *pos < chars.len() {
        let dv = match unicode_decimal(chars[*pos]) {
            Some(v) => v as usize,
            None => break,
        };
        if acc > (max - dv) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + dv;
        *pos += 1;
        n += 1;
    }
    *result = acc;
    Ok(n)
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses a format spec like CPython's `parse_internal_render_format_spec`.
/// `type_name` is the Python type name of the object being formatted; it only
/// appears in the "Invalid format specifier" message.
///
/// Type-dependent validation (e.g. `Cannot specify ',' with 's'.`) is done by
/// the `format_*` functions, since the default type depends on the object.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut f = FormatSpec::default();
    let mut fill_char_specified = false;

    if end >= 2 && is_alignment_token(chars[1]) {
        f.align = Some(chars[1]);
        f.fill = chars[0];
        fill_char_specified = true;
        pos = 2;
    } else if end >= 1 && is_alignment_token(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }

    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }

    if pos < end && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }

    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }

    // The special case for 0-padding (backwards compat).
    if !fill_char_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }

    let mut width = 0usize;
    if get_integer(&chars, &mut pos, &mut width)? > 0 {
        f.width = Some(width);
    }

    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }

    if pos < end && chars[pos] == '.' {
        pos += 1;
        let mut p = 0usize;
        if get_integer(&chars, &mut pos, &mut p)? == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        f.precision = Some(p);
    }

    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// Renders a presentation type char for error messages like CPython's `%c` / `\x%x`.
fn type_char_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

fn unknown_presentation_type(c: char, type_name: &str) -> FmtError {
    value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(c),
        type_name
    ))
}

/// Grouping parameters: (group size, separator).
type Grouping = Option<(usize, char)>;

/// The type-dependent part of the spec validation done at parse time by
/// CPython (PEP 378 / PEP 515 checks). `effective_ty` is the type with the
/// object's default applied ('\0' meaning "none", as for floats).
fn check_grouping(spec: &FormatSpec, effective_ty: char) -> Result<Grouping, FmtError> {
    let sep = match spec.grouping {
        None => return Ok(None),
        Some(s) => s,
    };
    match effective_ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((3, sep))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((4, sep))),
        t => Err(value_error(format!(
            "Cannot specify '{}' with '{}'.",
            sep,
            type_char_repr(t)
        ))),
    }
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths / fill_number)
// ---------------------------------------------------------------------------

/// Port of `_PyUnicode_InsertThousandsGrouping` (returns the grouped digits,
/// zero-padded up to `min_width` when zero padding with '=' alignment).
fn group_digits(digits: &[char], min_width: i64, grouping: Grouping) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut end = digits.len(); // digits[..end] not yet consumed
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + 8);
    let mut use_separator = false;

    let emit =
        |rev: &mut Vec<char>, end: &mut usize, n_chars: i64, n_zeros: i64, sep: Option<char>| {
            if let Some(s) = sep {
                rev.push(s);
            }
            for _ in 0..n_chars {
                *end -= 1;
                rev.push(digits[*end]);
            }
            for _ in 0..n_zeros {
                rev.push('0');
            }
        };

    let mut loop_broken = false;
    if let Some((glen, sep)) = grouping {
        let glen = glen as i64;
        loop {
            let len = glen.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(
                &mut rev,
                &mut end,
                n_chars,
                n_zeros,
                if use_separator { Some(sep) } else { None },
            );
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1; // separator length
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = if use_separator {
            grouping.map(|g| g.1)
        } else {
            None
        };
        emit(&mut rev, &mut end, n_chars, n_zeros, sep);
    }
    rev.iter().rev().collect()
}

/// The pieces of a formatted number:
/// `<sign><prefix><digits>[.]<remainder>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn numeric_fill_align(spec: &FormatSpec) -> (char, char) {
    let fill = if spec.zero { '0' } else { spec.fill };
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    (fill, align)
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Port of `calc_number_widths` + `fill_number`.
fn layout_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    grouping: Grouping,
    toupper: bool,
) -> String {
    let (fill, align) = numeric_fill_align(spec);
    let sign: Option<char> = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;
    let width: i64 = spec.width.map(|w| w as i64).unwrap_or(-1);

    let n_min_width = if fill == '0' && align == '=' {
        width - n_non_digit_non_padding
    } else {
        0
    };

    let digit_chars: Vec<char> = parts.digits.chars().collect();
    let mut grouped = if digit_chars.is_empty() {
        String::new()
    } else {
        group_digits(&digit_chars, n_min_width, grouping)
    };
    if toupper {
        grouped = grouped.to_ascii_uppercase();
    }
    let n_grouped = grouped.chars().count() as i64;

    let n_padding = width - (n_non_digit_non_padding + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }

    let mut out = String::with_capacity((width.max(0) as usize) + parts.digits.len() + 8);
    push_n(&mut out, fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if toupper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_n(&mut out, fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_n(&mut out, fill, rpad);
    out
}

// ---------------------------------------------------------------------------
// format() for float / int / str
// ---------------------------------------------------------------------------

/// Port of `format_float_internal`. `spec.ty` must be one of
/// None, 'e','E','f','F','g','G','n','%'.
fn format_float_internal(
    val: f64,
    spec: &FormatSpec,
    grouping: Grouping,
) -> Result<String, FmtError> {
    if let Some(p) = spec.precision
        && p > MAX_PRECISION
    {
        return Err(value_error("precision too big"));
    }
    let mut ty = spec.ty.unwrap_or('\0');
    let mut default_precision = 6i64;
    let mut add_dot_0 = false;
    if ty == '\0' {
        // Omitted type: like repr() without precision, else like 'g' but with
        // at least one digit after the decimal point.
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = val;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p as i64
        }
    };

    let mut buf = double_to_string(
        val,
        ty,
        precision,
        false,
        add_dot_0,
        spec.alternate,
        spec.no_neg_zero,
    );
    if add_pct {
        buf.push('%');
    }

    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &buf[..]),
    };
    // parse_number: leading digits, optional '.', remainder.
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    // 'n' uses the current locale; we assume the C locale (no grouping).
    let grouping = if spec.ty == Some('n') { None } else { grouping };
    Ok(layout_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        spec,
        grouping,
        false,
    ))
}

/// format(x, spec) for floats: types None (like repr but with precision semantics of 'g' when
/// precision given: CPython's rules for empty type), 'e','E','f','F','g','G','%','n';
/// fill/align/sign/width/zero-padding/grouping ',' '_' ; inf/nan; -0.0.
/// `type_name` is used in error messages ("float" or the subclass name).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let grouping = check_grouping(spec, spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec, grouping)
        }
        Some(c) => Err(unknown_presentation_type(c, type_name)),
    }
}

/// format(n, spec) for ints. The int is given as sign + magnitude so big ints work: `neg` is the
/// sign, `to_radix(r)` returns the magnitude's digits in radix r (2, 8, 10, 16), lowercase.
/// types None,'d','b','o','x','X','c','n', and 'e','f','g','%' etc. (convert to float via the
/// `as_f64` argument; an infinite `as_f64` raises OverflowError like CPython's int->float
/// conversion), with '#' prefixes (0b,0o,0x), grouping, sign, fill, align incl '=', zero padding.
/// `type_name` is used in error messages ("int", "bool", or a subclass name).
///
/// For 'c', surrogate code points are stored as `crate::surrogate` stores them.
pub fn format_int(
    neg: bool,
    to_radix: &dyn Fn(u32) -> String,
    as_f64: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FmtError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            if !as_f64.is_finite() {
                return Err((
                    "OverflowError",
                    "int too large to convert to float".to_string(),
                ));
            }
            return format_float_internal(as_f64, spec, grouping);
        }
        c => return Err(unknown_presentation_type(c, type_name)),
    }

    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }

    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let dec = to_radix(10);
        let dec = dec.trim_start_matches('0');
        // PyLong_AsLong range check.
        let mag: Option<u64> = if dec.is_empty() {
            Some(0)
        } else {
            dec.parse::<u64>().ok()
        };
        let fits_long = match mag {
            None => false,
            Some(m) => {
                if neg {
                    m <= 1u64 << 63
                } else {
                    m < 1u64 << 63
                }
            }
        };
        if !fits_long {
            return Err((
                "OverflowError",
                "Python int too large to convert to C long".to_string(),
            ));
        }
        let m = mag.unwrap_or(0);
        if (neg && m != 0) || m > 0x10ffff {
            return Err(("OverflowError", "%c arg not in range(0x110000)".to_string()));
        }
        let ch = crate::surrogate::to_char(m as u32);
        let s = ch.to_string();
        return Ok(layout_number(
            &NumberParts {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: &s,
            },
            spec,
            None,
            false,
        ));
    }

    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = to_radix(base);
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    let grouping = if ty == 'n' { None } else { grouping };
    Ok(layout_number(
        &NumberParts {
            negative: neg,
            prefix: if spec.alternate { prefix } else { "" },
            digits: &digits,
            has_decimal: false,
            remainder: "",
        },
        spec,
        grouping,
        ty == 'X',
    ))
}

/// format(s, spec) for str: only fill/align/width/precision(truncation); errors like CPython
/// for sign, '=' alignment, ',' etc. `type_name` is used in error messages ("str" or subclass).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return Err(unknown_presentation_type(ty, type_name));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let fill = if spec.zero { '0' } else { spec.fill };

    let mut len = s.chars().count();
    let truncated: &str = match spec.precision {
        Some(p) if len > p => {
            len = p;
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    let total = match spec.width {
        Some(w) if w > len => w,
        _ => len,
    };
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(truncated.len() + total - len);
    push_n(&mut out, fill, lpad as i64);
    out.push_str(truncated);
    push_n(&mut out, fill, rpad as i64);
    Ok(out)
}

/// Convenience: `format(x, spec)` for a float given the spec string.
pub fn format_float_spec(x: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    format_float(x, &parse_format_spec(spec, type_name)?, type_name)
}

/// Convenience: `format(n, spec)` for an int given the spec string.
pub fn format_int_spec(
    neg: bool,
    to_radix: &dyn Fn(u32) -> String,
    as_f64: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FmtError> {
    format_int(
        neg,
        to_radix,
        as_f64,
        &parse_format_spec(spec, type_name)?,
        type_name,
    )
}

/// Convenience: `format(s, spec)` for a str given the spec string.
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    format_str(s, &parse_format_spec(spec, type_name)?, type_name)
}

// ---------------------------------------------------------------------------
// printf-style formatting ('%' operator)
// ---------------------------------------------------------------------------

/// Port of `unicode_format_arg_output`. `sign` is true for numeric conversions.
fn percent_output(
    s: &str,
    ch: char,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    mut sign: bool,
) -> String {
    let f_ljust = flags.contains('-');
    let f_sign = flags.contains('+');
    let f_blank = flags.contains(' ');
    let f_alt = flags.contains('#');
    let f_zero = flags.contains('0');
    let fill = if sign && f_zero { '0' } else { ' ' };

    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width: i64 = width.map(|w| w as i64).unwrap_or(-1);
    let prec: i64 = prec.map(|p| p.min(i64::MAX as usize) as i64).unwrap_or(-1);

    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(f_sign || f_blank) {
        return s.to_string();
    }

    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }

    let mut pindex = 0usize;
    let mut signchar = ' ';
    if sign {
        let c = chars.first().copied().unwrap_or(' ');
        if c == '-' || c == '+' {
            signchar = c;
            len -= 1;
            pindex += 1;
        } else if f_sign {
            signchar = '+';
        } else if f_blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }

    let mut out = String::with_capacity(width.max(0) as usize + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = f_alt && matches!(ch, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(ch);
            pindex += 2;
        }
        width -= 2;
        if width < 0 {
            width = 0;
        }
        len -= 2;
    }
    if width > len && !f_ljust {
        push_n(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if has_prefix {
            out.push('0');
            out.push(ch);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(chars[pindex..pindex + len as usize].iter());
    }
    if width > len {
        push_n(&mut out, ' ', width - len);
    }
    out
}

/// printf-style ('%' operator) conversion of a float: conv in "eEfFgG", flags as in Python:
/// '-', '+', ' ', '#', '0'; width/precision optional (precision default 6).
/// (The caller should reject precision > i32::MAX with "precision too big" while parsing.)
pub fn percent_float(
    x: f64,
    conv: char,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let prec = precision.unwrap_or(6).min(MAX_PRECISION) as i64;
    let s = double_to_string(x, conv, prec, false, false, flags.contains('#'), false);
    percent_output(&s, conv, flags, width, precision, true)
}

/// printf-style integer conversion: conv in "diuxXo" (and 'c' is handled by the caller), same
/// flags, with big-int support via to_radix (magnitude digits, lowercase).
pub fn percent_int(
    neg: bool,
    to_radix: &dyn Fn(u32) -> String,
    conv: char,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = to_radix(base);
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    let ndigits = digits.len();
    let mut s = String::with_capacity(ndigits + 4 + precision.unwrap_or(0));
    if neg {
        s.push('-');
    }
    if flags.contains('#') {
        s.push_str(prefix);
    }
    if let Some(p) = precision
        && p > ndigits
    {
        push_n(&mut s, '0', (p - ndigits) as i64);
    }
    s.push_str(&digits);
    if conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    percent_output(&s, conv, flags, width, precision, true)
}

/// Pads a string for '%s'/'%r'/'%a' with flags '-' and width, and precision truncation.
pub fn percent_str(s: &str, flags: &str, width: Option<usize>, precision: Option<usize>) -> String {
    percent_output(s, 's', flags, width, precision, false)
}

/// Pads the result of '%c' (precision is ignored for '%c', like CPython).
pub fn percent_char(c: char, flags: &str, width: Option<usize>) -> String {
    percent_output(&c.to_string(), 'c', flags, width, None, false)
}

// ---------------------------------------------------------------------------
// Tests (expected values produced by CPython 3.11.7)
// ---------------------------------------------------------------------------


#[cfg(test)]
#[rustfmt::skip]
#[path = "numfmt_tests.rs"]
mod tests;
