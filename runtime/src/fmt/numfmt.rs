//! CPython 3.11-compatible number/string formatting.
//!
//! This module is self-contained (std only, no `unsafe`, no `crate::` paths) and
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
            if digits.last().map_or(false, |b| b % 2 == 1) {
                let alt = format!("{:.*e}", digits.len() - 1, d);
                if alt.parse::<f64>() == Ok(d) {
                    let (alt_digits, alt_decpt) = split_sci(&alt);
                    if alt_decpt == decpt && alt_digits.last().map_or(false, |&b| b != b'0') {
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
    if let Some(p) = spec.precision {
        if p > MAX_PRECISION {
            return Err(value_error("precision too big"));
        }
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
/// For 'c', code points that are not valid Rust chars (surrogates) become U+FFFD.
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
        let ch = char::from_u32(m as u32).unwrap_or('\u{FFFD}');
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
    if let Some(p) = precision {
        if p > ndigits {
            push_n(&mut s, '0', (p - ndigits) as i64);
        }
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
mod tests {
    use super::*;

    fn u128_radix(mut m: u128, r: u32) -> String {
        if m == 0 {
            return "0".to_string();
        }
        let mut v = Vec::new();
        while m > 0 {
            v.push(std::char::from_digit((m % r as u128) as u32, r).unwrap());
            m /= r as u128;
        }
        v.iter().rev().collect()
    }

    fn fmt_int(neg: bool, mag: u128, spec: &str, type_name: &str) -> Result<String, FmtError> {
        let f = move |r: u32| u128_radix(mag, r);
        let as_f = if neg { -(mag as f64) } else { mag as f64 };
        format_int_spec(neg, &f, as_f, spec, type_name)
    }

    fn p_int(
        neg: bool,
        mag: u128,
        conv: char,
        flags: &str,
        w: Option<usize>,
        p: Option<usize>,
    ) -> String {
        let f = move |r: u32| u128_radix(mag, r);
        percent_int(neg, &f, conv, flags, w, p)
    }

    fn cmp(
        kind: &str,
        input: String,
        got: Result<String, FmtError>,
        want: Result<&str, (&str, &str)>,
        failures: &mut Vec<String>,
    ) {
        let ok = match (&got, &want) {
            (Ok(g), Ok(w)) => g == w,
            (Err((t, m)), Err((wt, wm))) => t == wt && m == wm,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{} {}: got {:?}, want {:?}",
                kind, input, got, want
            ));
        }
    }

    fn report(failures: Vec<String>, n: usize) {
        if !failures.is_empty() {
            for f in &failures {
                eprintln!("{}", f);
            }
            panic!("{} of {} cases failed", failures.len(), n);
        }
    }

    // The case tables below were generated by running CPython 3.11.7
    // (format(), repr(), and the % operator) and pasting the results.

    fn big_radix(r: u32) -> String {
        // 10**50
        match r {
            2 => format!("{:b}", 0x446c3b15f9926687d2c40534fdb564u128) + &"0".repeat(48),
            8 => "21066073053746223150372261002464773325440000000000000000".to_string(),
            10 => format!("1{}", "0".repeat(50)),
            _ => "446c3b15f9926687d2c40534fdb564000000000000".to_string(),
        }
    }

    #[test]
    fn big_int_cases() {
        let f = |neg: bool, spec: &str| {
            format_int_spec(neg, &big_radix, if neg { -1e50 } else { 1e50 }, spec, "int")
        };
        assert_eq!(
            f(false, ",").unwrap(),
            "100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"
        );
        assert_eq!(
            f(false, "#_x").unwrap(),
            "0x44_6c3b_15f9_9266_87d2_c405_34fd_b564_0000_0000_0000"
        );
        assert_eq!(
            f(true, "+060,").unwrap(),
            "-100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"
        );
        assert_eq!(
            f(false, "_o").unwrap(),
            "2106_6073_0537_4622_3150_3722_6100_2464_7733_2544_0000_0000_0000_0000"
        );
        assert_eq!(f(true, "e").unwrap(), "-1.000000e+50");
        assert_eq!(
            f(false, ".3%").unwrap(),
            "10000000000000001261437482528532152668424144699785216.000%"
        );
        assert_eq!(
            f(false, "c").unwrap_err(),
            (
                "OverflowError",
                "Python int too large to convert to C long".to_string()
            )
        );
        // 10**400 does not fit in a float.
        let r = format_int_spec(false, &big_radix, f64::INFINITY, "e", "int");
        assert_eq!(
            r.unwrap_err(),
            (
                "OverflowError",
                "int too large to convert to float".to_string()
            )
        );
        assert_eq!(
            percent_int(false, &big_radix, 'd', "", None, None),
            "100000000000000000000000000000000000000000000000000"
        );
        assert_eq!(
            percent_int(true, &big_radix, 'x', "#", None, None),
            "-0x446c3b15f9926687d2c40534fdb564000000000000"
        );
        assert_eq!(
            percent_int(true, &big_radix, 'd', "0", Some(60), Some(55)),
            "-00000000100000000000000000000000000000000000000000000000000"
        );
    }

    #[test]
    fn type_names_in_errors() {
        let t = |_r: u32| "1".to_string();
        assert_eq!(
            format_int_spec(false, &t, 1.0, "s", "bool").unwrap_err(),
            (
                "ValueError",
                "Unknown format code 's' for object of type 'bool'".to_string()
            )
        );
        assert_eq!(
            format_float_spec(1.0, "d", "MyFloat").unwrap_err(),
            (
                "ValueError",
                "Unknown format code 'd' for object of type 'MyFloat'".to_string()
            )
        );
        assert_eq!(
            parse_format_spec("abc", "int").unwrap_err(),
            (
                "ValueError",
                "Invalid format specifier 'abc' for object of type 'int'".to_string()
            )
        );
    }

    #[test]
    fn parse_spec_fields() {
        let s = parse_format_spec("*^+z#012_.3f", "float").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let z = parse_format_spec("010,", "int").unwrap();
        assert_eq!(
            (z.fill, z.align, z.zero, z.width, z.grouping, z.ty),
            ('0', None, true, Some(10), Some(','), None)
        );
        assert_eq!(parse_format_spec("", "str").unwrap(), FormatSpec::default());
        // Unicode decimal digits are accepted for width/precision, like CPython.
        assert_eq!(
            parse_format_spec("\u{661}\u{660}", "int").unwrap().width,
            Some(10)
        );
        // A default spec formats like str()/repr().
        assert_eq!(
            format_float(0.1, &FormatSpec::default(), "float").unwrap(),
            "0.1"
        );
        assert_eq!(format_str("x", &FormatSpec::default(), "str").unwrap(), "x");
    }

    #[test]
    fn float_repr_cases() {
        let cases: &[(u64, &str)] = &[
            (0x0000000000000000, "0.0"),
            (0x8000000000000000, "-0.0"),
            (0x3ff0000000000000, "1.0"),
            (0x3fb999999999999a, "0.1"),
            (0x3fd3333333333334, "0.30000000000000004"),
            (0x3fd5555555555555, "0.3333333333333333"),
            (0x4341c37937e08000, "1e+16"),
            (0x430c6bf526340000, "1000000000000000.0"),
            (0x42dc12218377de40, "123456789012345.0"),
            (0x43118b54f22aeb00, "1234567890123456.0"),
            (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
            (0x3f1a36e2eb1c432d, "0.0001"),
            (0x3ee4f8b588e368f1, "1e-05"),
            (0x3e8421f5f40d8376, "1.5e-07"),
            (0x4480f0cf064dd592, "1e+22"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x0000000000000001, "5e-324"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0x0010000000000000, "2.2250738585072014e-308"),
            (0x4340000000000000, "9007199254740992.0"),
            (0x4340000000000001, "9007199254740994.0"),
            (0x4351c37937e08002, "2.000000000000001e+16"),
            (0x4340000000000000, "9007199254740992.0"),
            (0x3f50624dd2f1a9fc, "0.001"),
            (0x4059000000000000, "100.0"),
            (0x7e37e43c8800759c, "1e+300"),
            (0xbff8000000000000, "-1.5"),
            (0x7ff0000000000000, "inf"),
            (0xfff0000000000000, "-inf"),
            (0x7ff8000000000000, "nan"),
            (0x4011666666666666, "4.35"),
            (0x3fd3333333333333, "0.3"),
            (0x4005666666666666, "2.675"),
            (0x3e7ad7f29abcaf48, "1e-07"),
            (0x3c36b082c2148b8e, "1.23e-18"),
            (0x1751b82a7f328a2d, "2.370455516543229e-196"),
            (0x3bfb4f187b34b360, "9.252638024987599e-20"),
            (0x529d3a24f272e5f7, "9.302610576833089e+89"),
            (0x3143bb55518864b7, "2.2335572784029344e-71"),
            (0x7145b89598fcd795, "4.420048809700444e+237"),
            (0x3e0ea0da430066eb, "8.914017354144141e-10"),
            (0x1589192e7802ba48, "6.25400749934025e-205"),
            (0x1e79ed5ad9f30c32, "7.203729810087701e-162"),
            (0x7242d09273bfc9bd, "2.5091384482598213e+242"),
            (0x514d9e725db3b928, "4.4952952310745667e+83"),
            (0x361a586839daaa0c, "4.506553343750046e-48"),
            (0x1e3e1ac3cad46da8, "5.227746252394638e-163"),
            (0x63a21d8f0e926875, "8.750986357429968e+171"),
            (0x052140208356ece7, "5.800369858388566e-284"),
            (0x3b56b3cc2b3d1945, "7.511572257570271e-23"),
            (0x4bcb0c853871d7f1, "1.3264745780229691e+57"),
            (0x7ecb07ba2444a979, "5.792614971934905e+302"),
            (0x23522f2c5d2dc7d0, "1.5269959700747526e-138"),
            (0x38c8c86876cd0f6e, "3.728907918542673e-35"),
            (0x3922c31537aed805, "1.8067189737711843e-33"),
            (0x6dbedc417dcd2b24, "4.3575063924810824e+220"),
            (0x5ed05f174dc48c23, "5.233412939347304e+148"),
            (0x2ea65f337844a9cd, "5.758026806913777e-84"),
            (0x60bbf6ba10f60d27, "9.598283424300511e+157"),
            (0x0fc01f79ca45e843, "8.11330728197748e-233"),
            (0x1d0d5e00e501d02d, "9.72691227552249e-169"),
            (0x06a45d656601f97b, "1.148827306736767e-276"),
            (0x1a90541f27ccf897, "9.83765461516812e-181"),
            (0x15b7a30400fce69a, "4.711847854434266e-204"),
            (0x11a03db8633bc855, "8.775432524259065e-224"),
            (0x00000ef6bbd4e0db, "8.128800823816e-311"),
            (0x26d64a250d4e1e56, "1.348728635430657e-121"),
            (0x4ba4e978f6be1cf5, "2.5638039866799977e+56"),
            (0x5548804249818e5e, "6.859501449833509e+102"),
            (0x39e012fa6a3a2932, "6.340127763125584e-30"),
            (0x5a9545d1f522459a, "2.3039948242762453e+128"),
            (0x3dca6586fb8732b2, "4.8015119173175586e-11"),
            (0x3b1e7fff02d0eb28, "6.307249049984182e-24"),
            (0x50b1d4caf33fc159, "5.285668922583843e+80"),
            (0x6b0ec36bcf9377ce, "4.9383384535146266e+207"),
            (0x20dde5df4e1b517e, "2.2834074967530102e-150"),
            (0x7a673b9af20e1e39, "4.217238226211751e+281"),
            (0x57a2cfe4cef55e9a, "1.447722447787556e+114"),
            (0x17b0d6fd2a9234f2, "1.4417825076405555e-194"),
            (0x4de4ce29513b583a, "1.7528445699466938e+67"),
            (0x050d0ca50556e8a4, "2.4419185192882738e-284"),
            (0x2be2a774cffe004d, "2.729143168521946e-97"),
            (0x41ae19f8c7227eaa, "252509283.56737262"),
            (0x4e3aebd3541e0e85, "7.257939374248911e+68"),
            (0x3a32a4695c6a6186, "2.3529805677231573e-28"),
            (0x0fbec146c29b8299, "7.738181250225836e-233"),
            (0x0a5ed9ba6ff5484b, "1.0032425876107062e-258"),
            (0x54ac1af9c20156fc, "7.68418732034284e+99"),
            (0x514f6fa44b79241c, "4.7710886643172647e+83"),
            (0x427dc19d6add2705, "2044837932498.4387"),
            (0x0d88b02ed0a1bc57, "1.8078533391626238e-243"),
            (0x296e8de1b5e9ff6c, "4.0655832611589285e-109"),
            (0x764dba6a22eb285b, "7.3133204030093625e+261"),
            (0x225a389e64b08905, "3.359805117883051e-143"),
            (0x7c68a2c37b5c63e2, "1.920668490258431e+291"),
        ];
        let mut failures = Vec::new();
        for &(b, want) in cases {
            let x = f64::from_bits(b);
            cmp(
                "float_repr",
                format!("{:?}", x),
                Ok(float_repr(x)),
                Ok(want),
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn format_float_cases() {
        let cases: &[(u64, &str, Result<&str, (&str, &str)>)] = &[
            (0x8000000000000000, "z.0e", Ok("0e+00")),
            (0x3fd5555555555555, ".17", Ok("0.33333333333333331")),
            (0x0000000000000000, ".0g", Ok("0")),
            (0x4004000000000000, "e", Ok("2.500000e+00")),
            (0xfff0000000000000, "0^11", Ok("000-inf0000")),
            (0xbff0000000000000, "f", Ok("-1.000000")),
            (0x3ff8000000000000, ".0e", Ok("2e+00")),
            (0x4004000000000000, ".17g", Ok("2.5")),
            (0x3feeb851eb851eb8, ".2f", Ok("0.96")),
            (0x7fefffffffffffff, "e", Ok("1.797693e+308")),
            (0x8000000000000000, ".0f", Ok("-0")),
            (0x3ff0000000000000, ".17g", Ok("1")),
            (0x8000000000000000, ".17", Ok("-0.0")),
            (0x4058e00000000000, "#.3g", Ok("99.5")),
            (0xc0934a0000000000, "z010.1f", Ok("-0001234.5")),
            (0x40934a0000000000, "#015,.0f", Ok("00,000,001,234.")),
            (0xc0934a0000000000, "n", Ok("-1234.5")),
            (0x4004000000000000, "f", Ok("2.500000")),
            (0x4341c37937e07fff, ".0", Ok("1e+16")),
            (0x3fd5555555555555, "%", Ok("33.333333%")),
            (0x8000000000000000, ".0", Ok("-0e+00")),
            (0x3f201f31f46ed246, ".1%", Ok("0.0%")),
            (0xc0934a0000000000, "-^+12.4g", Ok("----1234----")),
            (0x3f1a36e2eb1c432d, "n", Ok("0.0001")),
            (0xbfb999999999999a, ".17g", Ok("-0.10000000000000001")),
            (0x4415af1d78b58c40, "_", Ok("1e+20")),
            (0x40934a0000000000, ".3n", Ok("1.23e+03")),
            (0x3fe0000000000000, "f", Ok("0.500000")),
            (0x7ff8000000000000, "-010", Ok("0000000nan")),
            (0x3ff8000000000000, "+", Ok("+1.5")),
            (0xc132d68740000000, "+010", Ok("-1234567.25")),
            (0xfff0000000000000, "010", Ok("-000000inf")),
            (0x3fb999999999999a, "f", Ok("0.100000")),
            (0x3ee4f8b588e368f1, "", Ok("1e-05")),
            (0x7ff0000000000000, ">10", Ok("       inf")),
            (0xbfb999999999999a, ".20F", Ok("-0.10000000000000000555")),
            (0x0000000000000001, "+", Ok("+5e-324")),
            (0xc0934a0000000000, ",%", Ok("-123,450.000000%")),
            (0x3feeb851eb851eb8, ".20F", Ok("0.95999999999999996447")),
            (0x3f202c9dedbc309d, ".3G", Ok("0.000123")),
            (0x3f1a36e2eb1c432d, "%", Ok("0.010000%")),
            (0x4341c37937e08000, "#.3g", Ok("1.00e+16")),
            (0x40934a0000000000, "0^11", Ok("001234.5000")),
            (0xc132d68740000000, "0=+15,.3f", Ok("-01,234,567.250")),
            (0x8000000000000000, ".3G", Ok("-0")),
            (0x3f201f31f46ed246, "-^+12.4g", Ok("-+0.000123--")),
            (0x3fe0000000000000, ".0", Ok("0.5")),
            (0x0000000000000000, ".3E", Ok("0.000E+00")),
            (0x3f505e1c15097c81, ".3G", Ok("0.000999")),
            (0x405edd2f1a9fbe77, "#.3g", Ok("123.")),
            (0xc0934a0000000000, " 010", Ok("-0001234.5")),
            (0x7ff0000000000000, ".2f", Ok("inf")),
            (0x4132d687e4189375, "#", Ok("1234567.891")),
            (0x3fb999999999999a, "#.3g", Ok("0.100")),
            (0x3fe0000000000000, "#.3g", Ok("0.500")),
            (0xfff0000000000000, ",g", Ok("-inf")),
            (0x3f201f31f46ed246, "0^11", Ok("00.00012300")),
            (0x4132d687e4189375, ".2f", Ok("1234567.89")),
            (0x3fe0000000000000, ".3G", Ok("0.5")),
            (0x7ff0000000000000, "010", Ok("0000000inf")),
            (0x4480f0cf064dd592, "g", Ok("1e+22")),
            (0x405edd2f1a9fbe77, "#.0f", Ok("123.")),
            (0x3ff0000000000000, ".17", Ok("1.0")),
            (0x4058e00000000000, "#.0f", Ok("100.")),
            (0x3fc0000000000000, "#", Ok("0.125")),
            (0xc132d68740000000, "-^+12.4g", Ok("--1.235e+06-")),
            (0x405edd2f1a9fbe77, ".2f", Ok("123.46")),
            (0x0010000000000000, "%", Ok("0.000000%")),
            (0x40934a0000000000, "\u{e9}>9.2f", Ok("\u{e9}\u{e9}1234.50")),
            (0xbff0000000000000, ".0f", Ok("-1")),
            (0x0000000000000000, ",e", Ok("0.000000e+00")),
            (0x3ee4f8b588e368f1, ".20F", Ok("0.00001000000000000000")),
            (0xbff0000000000000, ".2f", Ok("-1.00")),
            (0x42dc12218377de40, "#.3g", Ok("1.23e+14")),
            (0x3ee4f8b588e368f1, "%", Ok("0.001000%")),
            (0xc0934a0000000000, ".17g", Ok("-1234.5")),
            (0x0000000000000001, ".3G", Ok("4.94E-324")),
            (0x7ff8000000000000, "12n", Ok("         nan")),
            (0x40934a0000000000, "+.2e", Ok("+1.23e+03")),
            (0xbff0000000000000, ".0g", Ok("-1")),
            (0x7ff0000000000000, ",.2f", Ok("inf")),
            (0xfff0000000000000, ".3", Ok("-inf")),
            (0x3feeb851eb851eb8, "f", Ok("0.960000")),
            (0x3f201f31f46ed246, "0<10", Ok("0.00012300")),
            (0x4058e00000000000, ".17", Ok("99.5")),
            (0x40934a0000000000, "00", Ok("1234.5")),
            (0xc0934a0000000000, "\u{e9}>9.2f", Ok("\u{e9}-1234.50")),
            (0x3fb999999999999a, "", Ok("0.1")),
            (0xc0934a0000000000, "=10", Ok("-   1234.5")),
            (0x42dc12218377de40, "g", Ok("1.23457e+14")),
            (0x8000000000000000, "20,.3e", Ok("          -0.000e+00")),
            (0xc132d68740000000, ",", Ok("-1,234,567.25")),
            (0x8000000000000000, ",e", Ok("-0.000000e+00")),
            (0x0000000000000001, ".1", Ok("5e-324")),
            (0x3ee4f8b588e368f1, ".3E", Ok("1.000E-05")),
            (0xbfe5555555555555, "", Ok("-0.6666666666666666")),
            (0x4341c37937e07fff, ".0f", Ok("9999999999999998")),
            (0xfff0000000000000, ",.2f", Ok("-inf")),
            (0x8000000000000000, "+015,.1f", Ok("-0,000,000,000.0")),
            (0x3fd5555555555555, ".20F", Ok("0.33333333333333331483")),
            (0x7ff8000000000000, "10", Ok("       nan")),
            (0x3fc0000000000000, "%", Ok("12.500000%")),
            (0xc0934a0000000000, "#015,.0f", Ok("-0,000,001,234.")),
            (0x7ff0000000000000, ".0f", Ok("inf")),
            (0x3f1a36e2eb1c432d, ".17g", Ok("0.0001")),
            (0x4341c37937e08000, "e", Ok("1.000000e+16")),
            (0x4058e00000000000, ".17g", Ok("99.5")),
            (0x3fc0000000000000, ".20F", Ok("0.12500000000000000000")),
            (0xc0934a0000000000, "z.1f", Ok("-1234.5")),
            (0x3f202c9dedbc309d, "z.1f", Ok("0.0")),
            (0xc0934a0000000000, "#.3g", Ok("-1.23e+03")),
            (0x4023fd70a3d70a3d, "#.3g", Ok("9.99")),
            (0x8000000000000000, "00", Ok("-0.0")),
            (0xfff0000000000000, "0", Ok("-inf")),
            (0x3fe0000000000000, "z.1f", Ok("0.5")),
            (0x7ff8000000000000, "%", Ok("nan%")),
            (0x4480f0cf064dd592, "e", Ok("1.000000e+22")),
            (0x3fb999999999999a, "n", Ok("0.1")),
            (0x3e8421f5f40d8376, ".3E", Ok("1.500E-07")),
            (0xbff0000000000000, ".3", Ok("-1.0")),
            (0x4480f0cf064dd592, ".0f", Ok("10000000000000000000000")),
            (0x3f201f31f46ed246, "#015,.0f", Ok("00,000,000,000.")),
            (0x3ff8000000000000, "#.3g", Ok("1.50")),
            (0x4023fd70a3d70a3d, "n", Ok("9.995")),
            (0xfff0000000000000, "015_.2f", Ok("-00000000000inf")),
            (0x40934a0000000000, "0=12,.1f", Ok("00,001,234.5")),
            (0xbfb999999999999a, "#", Ok("-0.1")),
            (0x3f1a36e2eb1c432d, "+", Ok("+0.0001")),
            (0x3fe0000000000000, ".3E", Ok("5.000E-01")),
            (0x8000000000000000, "<10", Ok("-0.0      ")),
            (0x4341c37937e08000, "z.1f", Ok("10000000000000000.0")),
            (0x3fc0000000000000, "", Ok("0.125")),
            (0x7ff8000000000000, ".1", Ok("nan")),
            (0x4341c37937e08000, ".1", Ok("1e+16")),
            (0x40934a0000000000, ",%", Ok("123,450.000000%")),
            (0x3f201f31f46ed246, "+015,.1f", Ok("+0,000,000,000.0")),
            (0x7fefffffffffffff, "", Ok("1.7976931348623157e+308")),
            (0x412e847f00000000, "g", Ok("1e+06")),
            (0x4351c37937e08002, ".0", Ok("2e+16")),
            (0x7ff8000000000000, "x=+12.3f", Ok("+xxxxxxxxnan")),
            (0x0000000000000000, " ", Ok(" 0.0")),
            (0x42dc12218377de40, ".0f", Ok("123456789012345")),
            (0x4351c37937e08002, "f", Ok("20000000000000008.000000")),
            (0x0000000000000001, "#", Ok("5.e-324")),
            (0xbfb999999999999a, ".3", Ok("-0.1")),
            (0x3feeb851eb851eb8, ".3", Ok("0.96")),
            (0x4415af1d78b58c40, "^10", Ok("  1e+20   ")),
            (0xc0934a0000000000, ".20F", Ok("-1234.50000000000000000000")),
            (0x3f201f31f46ed246, "015,.2f", Ok("0,000,000,000.00")),
            (0xc0934a0000000000, "-010", Ok("-0001234.5")),
            (0xfff0000000000000, "12n", Ok("        -inf")),
            (0x405edd2f1a9fbe77, ".3", Ok("1.23e+02")),
            (0xbfe5555555555555, ".0g", Ok("-0.7")),
            (0x3fb999999999999a, ".0", Ok("0.1")),
            (0x4132d687e4189375, ".3G", Ok("1.23E+06")),
            (0x405edd2f1a9fbe77, "#", Ok("123.456")),
            (0x3fe0000000000000, "%", Ok("50.000000%")),
            (0x4023fd70a3d70a3d, "z.1f", Ok("10.0")),
            (0x42dc12218377de40, "n", Ok("1.23457e+14")),
            (0x0000000000000000, "g", Ok("0")),
            (0xbfb999999999999a, ".17", Ok("-0.10000000000000001")),
            (0x7ff0000000000000, "010.2f", Ok("0000000inf")),
            (0xc0934a0000000000, "%", Ok("-123450.000000%")),
            (0x4480f0cf064dd592, ".1", Ok("1e+22")),
            (0xfff0000000000000, "_.3f", Ok("-inf")),
            (
                0x8000000000000000,
                "\u{e9}>9.2f",
                Ok("\u{e9}\u{e9}\u{e9}\u{e9}-0.00"),
            ),
            (0xfff0000000000000, "#.0f", Ok("-inf")),
            (0x4023fd70a3d70a3d, "#", Ok("9.995")),
            (0x4351c37937e08002, ".0e", Ok("2e+16")),
            (0x7ff0000000000000, "+", Ok("+inf")),
            (0x3ee4f8b588e368f1, "+", Ok("+1e-05")),
            (0x0010000000000000, "f", Ok("0.000000")),
            (0x0000000000000000, "-^+12.4g", Ok("-----+0-----")),
            (0x4023fd70a3d70a3d, ".17", Ok("9.9949999999999992")),
            (0xc0934a0000000000, ".3E", Ok("-1.234E+03")),
            (0xc132d68740000000, "00", Ok("-1234567.25")),
            (0x4004000000000000, ".0", Ok("2e+00")),
            (0x3f202c9dedbc309d, "%", Ok("0.012340%")),
            (0x3ee4f8b588e368f1, ".17g", Ok("1.0000000000000001e-05")),
            (0x0000000000000000, "0^11", Ok("00000.00000")),
            (0x7ff8000000000000, ".20F", Ok("NAN")),
            (0xfff0000000000000, "_", Ok("-inf")),
            (0xc132d68740000000, "20,.3e", Ok("          -1.235e+06")),
            (0x3fd5555555555555, "f", Ok("0.333333")),
            (0x7ff0000000000000, ".17", Ok("inf")),
            (0x3ee4f8b588e368f1, ".17", Ok("1.0000000000000001e-05")),
            (0x7ff0000000000000, ",", Ok("inf")),
            (0x0000000000000001, ".3E", Ok("4.941E-324")),
            (0x7ff8000000000000, ".0e", Ok("nan")),
            (0x3fb999999999999a, ".0g", Ok("0.1")),
            (0x7ff8000000000000, "0^11", Ok("0000nan0000")),
            (0x7ff8000000000000, "013", Ok("0000000000nan")),
            (0x54b249ad2594c37d, ".3G", Ok("1E+100")),
            (0x3f201f31f46ed246, "10", Ok("  0.000123")),
            (
                0x4415af1d78b58c40,
                "+015,.1f",
                Ok("+100,000,000,000,000,000,000.0"),
            ),
            (0x7ff0000000000000, "#", Ok("inf")),
            (0x0010000000000000, ".17", Ok("2.2250738585072014e-308")),
            (0x0000000000000000, "n", Ok("0")),
            (0x3fe0000000000000, ".0f", Ok("0")),
            (0xc0934a0000000000, ",g", Ok("-1,234.5")),
            (0x7ff8000000000000, "g", Ok("nan")),
            (0x0000000000000001, ".2f", Ok("0.00")),
            (0x8000000000000000, "+010", Ok("-0000000.0")),
            (0xc0934a0000000000, "016,", Ok("-0,000,001,234.5")),
            (0x7ff0000000000000, "+.2e", Ok("+inf")),
            (0x7ff8000000000000, ".0g", Ok("nan")),
            (0xc0934a0000000000, "_.3f", Ok("-1_234.500")),
            (0x7ff0000000000000, ",g", Ok("inf")),
            (0x3e8421f5f40d8376, "e", Ok("1.500000e-07")),
            (0x412e847f00000000, "#", Ok("999999.5")),
            (0xfff0000000000000, ",e", Ok("-inf")),
            (0x4351c37937e08002, ".3", Ok("2e+16")),
            (0x42dc12218377de40, "e", Ok("1.234568e+14")),
            (0x40934a0000000000, "015_.2f", Ok("0_000_001_234.50")),
            (0xc0934a0000000000, "0<10", Ok("-1234.5000")),
            (0x3ff0000000000000, ".3E", Ok("1.000E+00")),
            (0xfff0000000000000, "^10", Ok("   -inf   ")),
            (0x3fc0000000000000, "n", Ok("0.125")),
            (0xfff0000000000000, ",%", Ok("-inf%")),
            (
                0x412e847f00000000,
                ".20F",
                Ok("999999.50000000000000000000"),
            ),
            (0xfff0000000000000, "<10", Ok("-inf      ")),
            (0xbfb999999999999a, "#.3g", Ok("-0.100")),
            (0x405edd2f1a9fbe77, ".0e", Ok("1e+02")),
            (0x3f505e1c15097c81, ".0f", Ok("0")),
            (0x3feeb851eb851eb8, "e", Ok("9.600000e-01")),
            (0x3e8421f5f40d8376, "#.3g", Ok("1.50e-07")),
            (0xc132d68740000000, "_.3f", Ok("-1_234_567.250")),
            (0x3f505e1c15097c81, ".0e", Ok("1e-03")),
            (0x0000000000000001, "g", Ok("4.94066e-324")),
            (0x4415af1d78b58c40, "00", Ok("1e+20")),
            (0x3ee4f8b588e368f1, "#.0f", Ok("0.")),
            (0x3fe0000000000000, ".0e", Ok("5e-01")),
            (0x4351c37937e08002, "g", Ok("2e+16")),
            (0x4058e00000000000, "n", Ok("99.5")),
            (0x3f505e1c15097c81, ".17g", Ok("0.0009990000000000001")),
            (0x4023fd70a3d70a3d, ".2f", Ok("9.99")),
            (0x40934a0000000000, "016,", Ok("00,000,001,234.5")),
            (0x3f202c9dedbc309d, "#.3g", Ok("0.000123")),
            (0x3ff8000000000000, ".0f", Ok("2")),
            (0x7ff0000000000000, "#10.0f", Ok("       inf")),
            (
                0x7fefffffffffffff,
                "#.0f",
                Ok(
                    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.",
                ),
            ),
            (0x3f1a36e2eb1c432d, "#", Ok("0.0001")),
            (0x7ff0000000000000, "f", Ok("inf")),
            (0x405edd2f1a9fbe77, "%", Ok("12345.600000%")),
            (0x3ff0000000000000, ".0f", Ok("1")),
            (0x4341c37937e08000, ".2f", Ok("10000000000000000.00")),
            (0x8000000000000000, ".0g", Ok("-0")),
            (0x3f505e1c15097c81, ".2f", Ok("0.00")),
            (0x3f201f31f46ed246, "*^15.3f", Ok("*****0.000*****")),
            (0x8000000000000000, "z.1f", Ok("0.0")),
            (0xc0934a0000000000, "0=+15,.3f", Ok("-00,001,234.500")),
            (0x3fc0000000000000, ".0", Ok("0.1")),
            (0x3f505e1c15097c81, ".0g", Ok("0.001")),
            (0x3fe0000000000000, "#", Ok("0.5")),
            (0xc0934a0000000000, "+", Ok("-1234.5")),
            (0x3f1a36e2eb1c432d, "z.1f", Ok("0.0")),
            (
                0xfff0000000000000,
                "\u{e9}>9.2f",
                Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-inf"),
            ),
            (0x4415af1d78b58c40, "0^11", Ok("0001e+20000")),
            (0xfff0000000000000, "015,.2f", Ok("-00000000000inf")),
            (0x7ff0000000000000, "=10", Ok("       inf")),
            (0x40934a0000000000, "x=+12.3f", Ok("+xxx1234.500")),
            (0xbff0000000000000, "e", Ok("-1.000000e+00")),
            (0x4415af1d78b58c40, ">10", Ok("     1e+20")),
            (0x7ff0000000000000, "#.3g", Ok("inf")),
            (0xc0934a0000000000, "015_.2f", Ok("-000_001_234.50")),
            (0xc0934a0000000000, ".2f", Ok("-1234.50")),
            (0xbfe5555555555555, ".20F", Ok("-0.66666666666666662966")),
            (0x3f201f31f46ed246, "12n", Ok("    0.000123")),
            (
                0x7fefffffffffffff,
                ".20F",
                Ok(
                    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000000",
                ),
            ),
            (0x40934a0000000000, ",", Ok("1,234.5")),
            (0x3f201f31f46ed246, ".3n", Ok("0.000123")),
            (0x3fc0000000000000, ".17g", Ok("0.125")),
            (0x42dc12218377de40, ".3E", Ok("1.235E+14")),
            (0x3f1a36e2eb1c432d, ".0e", Ok("1e-04")),
            (0xfff0000000000000, " 010", Ok("-000000inf")),
            (0x3f505e1c15097c81, "e", Ok("9.990000e-04")),
            (0x40934a0000000000, "_", Ok("1_234.5")),
            (0x0000000000000000, "^10", Ok("   0.0    ")),
            (0x0000000000000000, "#.3g", Ok("0.00")),
            (0xfff0000000000000, ">10", Ok("      -inf")),
            (0x0000000000000001, "e", Ok("4.940656e-324")),
            (0x4132d687e4189375, ".17g", Ok("1234567.8910000001")),
            (0x8000000000000000, "0<10", Ok("-0.0000000")),
            (0x3e8421f5f40d8376, "f", Ok("0.000000")),
            (0x3fd5555555555555, "n", Ok("0.333333")),
            (0x3ff8000000000000, "n", Ok("1.5")),
            (0x7fefffffffffffff, ".0", Ok("2e+308")),
            (0x7ff8000000000000, "015_.2f", Ok("000000000000nan")),
            (0x4058e00000000000, ".3E", Ok("9.950E+01")),
            (0xc0934a0000000000, "^10", Ok(" -1234.5  ")),
            (0x4058e00000000000, "e", Ok("9.950000e+01")),
            (0xc0934a0000000000, "0^11", Ok("00-1234.500")),
            (0x3fe0000000000000, "n", Ok("0.5")),
            (0x8000000000000000, ".1%", Ok("-0.0%")),
            (0x7ff8000000000000, "=10", Ok("       nan")),
            (0x0010000000000000, ".3G", Ok("2.23E-308")),
            (0x0010000000000000, ".2f", Ok("0.00")),
            (0xbff0000000000000, "", Ok("-1.0")),
            (0x7ff8000000000000, "010.2f", Ok("0000000nan")),
            (0x3f202c9dedbc309d, ".0g", Ok("0.0001")),
            (0x0000000000000000, "z010.1f", Ok("00000000.0")),
            (0x3fd5555555555555, "#.0f", Ok("0.")),
            (0x4058e00000000000, ".0g", Ok("1e+02")),
            (0x3ff8000000000000, ".1", Ok("2e+00")),
            (0x40934a0000000000, "015,.2f", Ok("0,000,001,234.50")),
            (0x3f1a36e2eb1c432d, ".0f", Ok("0")),
            (0xfff0000000000000, "-^+12.4g", Ok("-----inf----")),
            (0x3f1a36e2eb1c432d, ".3E", Ok("1.000E-04")),
            (0x7ff0000000000000, ",%", Ok("inf%")),
            (0xfff0000000000000, ".0e", Ok("-inf")),
            (0x4341c37937e08000, ".3E", Ok("1.000E+16")),
            (0x7ff0000000000000, "^10", Ok("   inf    ")),
            (0x0000000000000000, "z.0e", Ok("0e+00")),
            (0x4132d687e4189375, ".0f", Ok("1234568")),
            (0x7ff8000000000000, "015,.2f", Ok("000000000000nan")),
            (0x3feeb851eb851eb8, ".0f", Ok("1")),
            (0x3e8421f5f40d8376, "", Ok("1.5e-07")),
            (0x3e8421f5f40d8376, "%", Ok("0.000015%")),
            (0x7ff8000000000000, "016,", Ok("0000000000000nan")),
            (0x0010000000000000, "g", Ok("2.22507e-308")),
            (0x0000000000000001, ".0g", Ok("5e-324")),
            (0x3f201f31f46ed246, "<10", Ok("0.000123  ")),
            (0x4480f0cf064dd592, "#", Ok("1.e+22")),
            (0x8000000000000000, "#.3g", Ok("-0.00")),
            (0x7ff0000000000000, "#010.3g", Ok("0000000inf")),
            (0x3f201f31f46ed246, "^10", Ok(" 0.000123 ")),
            (0x4341c37937e07fff, ".17", Ok("9999999999999998.0")),
            (0x7ff0000000000000, "z.1f", Ok("inf")),
            (0x0000000000000000, "#10.0f", Ok("        0.")),
            (0x4058e00000000000, "f", Ok("99.500000")),
            (0x4351c37937e08002, "%", Ok("2000000000000000768.000000%")),
            (0x8000000000000000, "+.2e", Ok("-0.00e+00")),
            (
                0x3f201f31f46ed246,
                "\u{e9}>9.2f",
                Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}0.00"),
            ),
            (0x4415af1d78b58c40, "#10.0f", Ok("100000000000000000000.")),
            (0x0010000000000000, "n", Ok("2.22507e-308")),
            (0xbff0000000000000, "g", Ok("-1")),
            (0xc132d68740000000, "0^11", Ok("-1234567.25")),
            (0x3fd5555555555555, "g", Ok("0.333333")),
            (0x0010000000000000, ".17g", Ok("2.2250738585072014e-308")),
            (0x7ff8000000000000, ".17g", Ok("nan")),
            (0x4004000000000000, "#.3g", Ok("2.50")),
            (0x42dc12218377de40, ".17", Ok("123456789012345.0")),
            (0x4415af1d78b58c40, "10", Ok("     1e+20")),
            (0xc0934a0000000000, "010", Ok("-0001234.5")),
            (0xfff0000000000000, "n", Ok("-inf")),
            (0x4341c37937e07fff, "#", Ok("9999999999999998.0")),
            (0x0000000000000001, "n", Ok("4.94066e-324")),
            (0x7fefffffffffffff, "+", Ok("+1.7976931348623157e+308")),
            (0x3ff0000000000000, ".1", Ok("1e+00")),
            (0x8000000000000000, ".1", Ok("-0e+00")),
            (0x4480f0cf064dd592, "+", Ok("+1e+22")),
            (0x7ff8000000000000, "#", Ok("nan")),
            (0xfff0000000000000, ",", Ok("-inf")),
            (0x0000000000000000, "015_.2f", Ok("0_000_000_000.00")),
            (0xc0934a0000000000, "e", Ok("-1.234500e+03")),
            (0x4351c37937e08002, "z.1f", Ok("20000000000000008.0")),
            (0x7ff0000000000000, "00", Ok("inf")),
            (0x3fe0000000000000, ".2f", Ok("0.50")),
            (0xc0934a0000000000, "12n", Ok("     -1234.5")),
            (0x4058e00000000000, "g", Ok("99.5")),
            (0x7ff0000000000000, ".20F", Ok("INF")),
            (
                0x4415af1d78b58c40,
                "_.3f",
                Ok("100_000_000_000_000_000_000.000"),
            ),
            (0x3fd5555555555555, ".17g", Ok("0.33333333333333331")),
            (0xc132d68740000000, "010.2f", Ok("-1234567.25")),
            (0x7ff8000000000000, ".3", Ok("nan")),
            (0x40934a0000000000, "^10", Ok("  1234.5  ")),
            (0x8000000000000000, "0^11", Ok("000-0.00000")),
            (0x412e847f00000000, "#.0f", Ok("1000000.")),
            (0x42dc12218377de40, "#", Ok("123456789012345.0")),
            (0x7ff0000000000000, ".3n", Ok("inf")),
            (0x7ff0000000000000, "+010", Ok("+000000inf")),
            (0x4415af1d78b58c40, "-010", Ok("000001e+20")),
            (0x3ff8000000000000, ".17g", Ok("1.5")),
            (0xbff0000000000000, ".1", Ok("-1e+00")),
            (0x4023fd70a3d70a3d, ".0e", Ok("1e+01")),
            (0xc0934a0000000000, "z", Ok("-1234.5")),
            (0x3fc0000000000000, ".0e", Ok("1e-01")),
            (0xfff0000000000000, ".3E", Ok("-INF")),
            (0x7ff8000000000000, "-^+12.4g", Ok("----+nan----")),
            (0x0000000000000000, ".1%", Ok("0.0%")),
            (0x7ff8000000000000, ",", Ok("nan")),
            (0x0010000000000000, ".20F", Ok("0.00000000000000000000")),
            (0x3ee4f8b588e368f1, ".3", Ok("1e-05")),
            (0x412e847f00000000, ".0f", Ok("1000000")),
            (0x7ff0000000000000, "_.3f", Ok("inf")),
            (0x3f1a36e2eb1c432d, ".1", Ok("0.0001")),
            (0xfff0000000000000, "20,.3e", Ok("                -inf")),
            (0x4058e00000000000, "", Ok("99.5")),
            (0xbfe5555555555555, ".1", Ok("-0.7")),
            (0x8000000000000000, " ", Ok("-0.0")),
            (0x4415af1d78b58c40, "#010.3g", Ok("001.00e+20")),
            (0x3ff0000000000000, "%", Ok("100.000000%")),
            (0xfff0000000000000, "0<10", Ok("-inf000000")),
            (
                0x54b249ad2594c37d,
                "#.0f",
                Ok(
                    "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.",
                ),
            ),
            (0x4341c37937e07fff, "f", Ok("9999999999999998.000000")),
            (0x0000000000000001, ".20F", Ok("0.00000000000000000000")),
            (0x412e847f00000000, ".0e", Ok("1e+06")),
            (0x8000000000000000, ",%", Ok("-0.000000%")),
            (0xfff0000000000000, ".1%", Ok("-inf%")),
            (0x4341c37937e08000, ".0g", Ok("1e+16")),
            (0x3f201f31f46ed246, "z010.1f", Ok("00000000.0")),
            (0xfff0000000000000, ".0g", Ok("-inf")),
            (0x4341c37937e07fff, ".3", Ok("1e+16")),
            (0x7ff8000000000000, "00", Ok("nan")),
            (0x405edd2f1a9fbe77, ".3G", Ok("123")),
            (0x0000000000000000, ".3", Ok("0.0")),
            (0x3f201f31f46ed246, "010.2f", Ok("0000000.00")),
            (0x3e8421f5f40d8376, "z.1f", Ok("0.0")),
            (0xbfe5555555555555, "#.0f", Ok("-1.")),
            (0x4415af1d78b58c40, "z010.1f", Ok("100000000000000000000.0")),
            (0x3ee4f8b588e368f1, "n", Ok("1e-05")),
            (0x8000000000000000, ">10", Ok("      -0.0")),
            (0x8000000000000000, ".2f", Ok("-0.00")),
            (0x3fc0000000000000, ".3G", Ok("0.125")),
            (0x3f202c9dedbc309d, ".17g", Ok("0.00012339999999999999")),
            (0x3e8421f5f40d8376, ".17", Ok("1.4999999999999999e-07")),
            (0x0000000000000001, ".17", Ok("4.9406564584124654e-324")),
            (0x4341c37937e07fff, ".0e", Ok("1e+16")),
            (0x3f202c9dedbc309d, "+", Ok("+0.0001234")),
            (0x4004000000000000, "%", Ok("250.000000%")),
            (0x4132d687e4189375, ".1", Ok("1e+06")),
            (0xc0934a0000000000, "", Ok("-1234.5")),
            (0x4341c37937e07fff, "g", Ok("1e+16")),
            (0x405edd2f1a9fbe77, "g", Ok("123.456")),
            (0x3feeb851eb851eb8, ".3G", Ok("0.96")),
            (0x4058e00000000000, "+", Ok("+99.5")),
            (0x4023fd70a3d70a3d, ".20F", Ok("9.99499999999999921840")),
            (0x3ff8000000000000, "#.0f", Ok("2.")),
            (0x54b249ad2594c37d, ".1", Ok("1e+100")),
            (0x3f201f31f46ed246, ",%", Ok("0.012300%")),
            (0x7ff8000000000000, "_.3f", Ok("nan")),
            (0xfff0000000000000, "x=+12.3f", Ok("-xxxxxxxxinf")),
            (0x4058e00000000000, "z.1f", Ok("99.5")),
            (0x40934a0000000000, "+015,.1f", Ok("+0,000,001,234.5")),
            (0x3f201f31f46ed246, ",e", Ok("1.230000e-04")),
            (0x4004000000000000, ".0f", Ok("2")),
            (0x4480f0cf064dd592, ".17g", Ok("1e+22")),
            (0x0000000000000000, "_", Ok("0.0")),
            (0x412e847f00000000, ".3", Ok("1e+06")),
            (0x8000000000000000, ",g", Ok("-0")),
            (0x42dc12218377de40, ".17g", Ok("123456789012345")),
            (0x7ff0000000000000, "", Ok("inf")),
            (0x0000000000000001, "f", Ok("0.000000")),
            (0x4351c37937e08002, "n", Ok("2e+16")),
            (0x3f202c9dedbc309d, ".2f", Ok("0.00")),
            (0x8000000000000000, "0=+15,.3f", Ok("-00,000,000.000")),
            (0xc0934a0000000000, "<10", Ok("-1234.5   ")),
            (0x40934a0000000000, "z010.1f", Ok("00001234.5")),
            (0x3f201f31f46ed246, "+.2e", Ok("+1.23e-04")),
            (0x7fefffffffffffff, ".17", Ok("1.7976931348623157e+308")),
            (0x7fefffffffffffff, ".3", Ok("1.8e+308")),
            (0x3f201f31f46ed246, "016,", Ok("0,000,000.000123")),
            (0x4480f0cf064dd592, "#.3g", Ok("1.00e+22")),
            (0x412e847f00000000, "n", Ok("1e+06")),
            (0x412e847f00000000, ".3E", Ok("1.000E+06")),
            (0x412e847f00000000, ".17g", Ok("999999.5")),
            (0x4341c37937e07fff, ".2f", Ok("9999999999999998.00")),
            (0x0010000000000000, ".0f", Ok("0")),
            (0x3fb999999999999a, ".2f", Ok("0.10")),
            (0x3feeb851eb851eb8, ".17g", Ok("0.95999999999999996")),
            (0xc0934a0000000000, ",.2f", Ok("-1,234.50")),
            (0x3f202c9dedbc309d, ".0f", Ok("0")),
            (0x4341c37937e08000, "#", Ok("1.e+16")),
            (0x3f201f31f46ed246, "x=+12.3f", Ok("+xxxxxx0.000")),
            (0xbfb999999999999a, ".0g", Ok("-0.1")),
            (0x3fb999999999999a, ".3G", Ok("0.1")),
            (0x54b249ad2594c37d, "#", Ok("1.e+100")),
            (0x7fefffffffffffff, ".3G", Ok("1.8E+308")),
            (0x3fb999999999999a, ".1", Ok("0.1")),
            (0x3ee4f8b588e368f1, ".1", Ok("1e-05")),
            (0x7ff0000000000000, "*^15.3f", Ok("******inf******")),
            (0x8000000000000000, "010.2f", Ok("-000000.00")),
            (0xfff0000000000000, ".0", Ok("-inf")),
            (0xbfe5555555555555, ".17", Ok("-0.66666666666666663")),
            (0x0000000000000000, "010", Ok("00000000.0")),
            (0xc132d68740000000, "z", Ok("-1234567.25")),
            (0x7ff8000000000000, "z", Ok("nan")),
            (0x4132d687e4189375, "+", Ok("+1234567.891")),
            (0x4341c37937e08000, ".0e", Ok("1e+16")),
            (0x8000000000000000, "0", Ok("-0.0")),
            (0x3feeb851eb851eb8, ".0g", Ok("1")),
            (0x3f202c9dedbc309d, "n", Ok("0.0001234")),
            (0x3f201f31f46ed246, "-010", Ok("000.000123")),
            (0x4351c37937e08002, "e", Ok("2.000000e+16")),
            (0xc132d68740000000, " ", Ok("-1234567.25")),
            (0x4004000000000000, ".3", Ok("2.5")),
            (0x0000000000000001, "z.1f", Ok("0.0")),
            (0x7ff8000000000000, " ", Ok(" nan")),
            (0x7ff8000000000000, "f", Ok("nan")),
            (0x8000000000000000, " 010", Ok("-0000000.0")),
            (0xc132d68740000000, "0=12,.1f", Ok("-1,234,567.2")),
            (0x4132d687e4189375, "n", Ok("1.23457e+06")),
            (0x4480f0cf064dd592, ".0g", Ok("1e+22")),
            (0x3f202c9dedbc309d, ".3", Ok("0.000123")),
            (0xfff0000000000000, " ", Ok("-inf")),
            (0x7ff8000000000000, "*^15.3f", Ok("******nan******")),
            (
                0x54b249ad2594c37d,
                ".20F",
                Ok(
                    "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00000000000000000000",
                ),
            ),
            (0xbff0000000000000, "#.3g", Ok("-1.00")),
            (0x7ff0000000000000, "0^11", Ok("0000inf0000")),
            (0x40934a0000000000, "0<10", Ok("1234.50000")),
            (0xc132d68740000000, "#010.3g", Ok("-01.23e+06")),
            (0x0010000000000000, "e", Ok("2.225074e-308")),
            (0xfff0000000000000, "+010", Ok("-000000inf")),
            (0x3ff8000000000000, ".0g", Ok("2")),
            (0x4341c37937e07fff, "#.3g", Ok("1.00e+16")),
            (0x405edd2f1a9fbe77, "f", Ok("123.456000")),
            (
                0x0000000000000000,
                "\u{e9}>9.2f",
                Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}0.00"),
            ),
            (0x4004000000000000, "#", Ok("2.5")),
            (0xbfe5555555555555, ".17g", Ok("-0.66666666666666663")),
            (0x7ff0000000000000, "z010.1f", Ok("0000000inf")),
            (0x3ff8000000000000, "", Ok("1.5")),
            (0xfff0000000000000, "00", Ok("-inf")),
            (0x4132d687e4189375, "e", Ok("1.234568e+06")),
            (0x0000000000000001, "#.3g", Ok("4.94e-324")),
            (0x3fb999999999999a, ".0e", Ok("1e-01")),
            (0x3ff0000000000000, "", Ok("1.0")),
            (0xc132d68740000000, "=10", Ok("-1234567.25")),
            (0x3f201f31f46ed246, "z.0e", Ok("1e-04")),
            (0xbfe5555555555555, ".2f", Ok("-0.67")),
            (0x4351c37937e08002, "#", Ok("2.000000000000001e+16")),
            (0x4132d687e4189375, ".3", Ok("1.23e+06")),
            (0x8000000000000000, "12n", Ok("          -0")),
            (0xc0934a0000000000, ".3G", Ok("-1.23E+03")),
            (0x0000000000000001, ".3", Ok("4.94e-324")),
            (0x3f201f31f46ed246, "+010", Ok("+00.000123")),
            (0x3feeb851eb851eb8, "#.3g", Ok("0.960")),
            (0x3e8421f5f40d8376, ".0g", Ok("1e-07")),
            (0x4058e00000000000, ".0", Ok("1e+02")),
            (0x3ff8000000000000, ".17", Ok("1.5")),
            (0x4341c37937e07fff, ".3G", Ok("1E+16")),
            (0x3f201f31f46ed246, "_.3f", Ok("0.000")),
            (0x0000000000000000, ".17", Ok("0.0")),
            (
                0x4415af1d78b58c40,
                "015_.2f",
                Ok("100_000_000_000_000_000_000.00"),
            ),
            (0x0000000000000001, ".0f", Ok("0")),
            (0x0000000000000001, ".0e", Ok("5e-324")),
            (0x405edd2f1a9fbe77, ".20F", Ok("123.45600000000000306954")),
            (0x3feeb851eb851eb8, ".1", Ok("1e+00")),
            (0x4132d687e4189375, "f", Ok("1234567.891000")),
            (0x40934a0000000000, "#10.0f", Ok("     1234.")),
            (0xbfe5555555555555, "e", Ok("-6.666667e-01")),
            (0x3fe0000000000000, "+", Ok("+0.5")),
            (0x4004000000000000, ".20F", Ok("2.50000000000000000000")),
            (0x0000000000000000, ",", Ok("0.0")),
            (0x54b249ad2594c37d, "g", Ok("1e+100")),
            (0x0010000000000000, "", Ok("2.2250738585072014e-308")),
            (0xc132d68740000000, "z010.1f", Ok("-1234567.2")),
            (0x4351c37937e08002, ".2f", Ok("20000000000000008.00")),
            (0x8000000000000000, "*^15.3f", Ok("****-0.000*****")),
            (0x4132d687e4189375, "z.1f", Ok("1234567.9")),
            (0x3f202c9dedbc309d, ".0", Ok("0.0001")),
            (0xbfe5555555555555, "z.1f", Ok("-0.7")),
            (0x4480f0cf064dd592, ".3", Ok("1e+22")),
            (0xfff0000000000000, ".1", Ok("-inf")),
            (0xbfe5555555555555, ".0f", Ok("-1")),
            (0x4058e00000000000, ".0f", Ok("100")),
            (0x3e8421f5f40d8376, ".2f", Ok("0.00")),
            (
                0x7fefffffffffffff,
                "z.1f",
                Ok(
                    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0",
                ),
            ),
            (0x4132d687e4189375, "", Ok("1234567.891")),
            (0x7ff0000000000000, "-^+12.4g", Ok("----+inf----")),
            (0x405edd2f1a9fbe77, ".17g", Ok("123.456")),
            (0x412e847f00000000, "+", Ok("+999999.5")),
            (0x3ff8000000000000, ".0", Ok("2e+00")),
            (
                0x4415af1d78b58c40,
                "0=+15,.3f",
                Ok("+100,000,000,000,000,000,000.000"),
            ),
            (0x40934a0000000000, "013", Ok("00000001234.5")),
            (0x7ff8000000000000, "#015,.0f", Ok("000000000000nan")),
            (0x3fd5555555555555, ".3", Ok("0.333")),
            (0x7ff8000000000000, ".17", Ok("nan")),
            (0x3ee4f8b588e368f1, ".0", Ok("1e-05")),
            (0x7ff8000000000000, "z.1f", Ok("nan")),
            (0x0010000000000000, "z.1f", Ok("0.0")),
            (0x0000000000000000, " 010", Ok(" 0000000.0")),
            (0x7ff0000000000000, "z.0e", Ok("inf")),
            (0xfff0000000000000, "0=12,.1f", Ok("-00000000inf")),
            (0x0000000000000000, ">10", Ok("       0.0")),
            (0x8000000000000000, "e", Ok("-0.000000e+00")),
            (0x7ff0000000000000, "0=+15,.3f", Ok("+00000000000inf")),
            (0x4351c37937e08002, "", Ok("2.000000000000001e+16")),
            (0x40934a0000000000, ".1%", Ok("123450.0%")),
            (0x3ff0000000000000, "#.3g", Ok("1.00")),
            (0xfff0000000000000, ".17", Ok("-inf")),
            (0x3fd5555555555555, "#", Ok("0.3333333333333333")),
            (0x4023fd70a3d70a3d, ".17g", Ok("9.9949999999999992")),
            (0x4341c37937e07fff, "z.1f", Ok("9999999999999998.0")),
            (0x7ff8000000000000, "<10", Ok("nan       ")),
            (0x40934a0000000000, "+010", Ok("+0001234.5")),
            (0x3fd5555555555555, ".2f", Ok("0.33")),
            (0xc0934a0000000000, ".0e", Ok("-1e+03")),
            (0x3f1a36e2eb1c432d, "#.0f", Ok("0.")),
            (0xfff0000000000000, "z.0e", Ok("-inf")),
            (0x3f202c9dedbc309d, "f", Ok("0.000123")),
            (0x3f202c9dedbc309d, "e", Ok("1.234000e-04")),
            (
                0x54b249ad2594c37d,
                "f",
                Ok(
                    "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000",
                ),
            ),
            (0x3f505e1c15097c81, ".3", Ok("0.000999")),
            (0x3ff0000000000000, "#.0f", Ok("1.")),
            (0x4415af1d78b58c40, "<10", Ok("1e+20     ")),
            (0x8000000000000000, "g", Ok("-0")),
            (0x412e847f00000000, ".0", Ok("1e+06")),
            (0x4004000000000000, "", Ok("2.5")),
            (0x3fe0000000000000, ".3", Ok("0.5")),
            (0xc132d68740000000, "+015,.1f", Ok("-0,001,234,567.2")),
            (0x412e847f00000000, "f", Ok("999999.500000")),
            (0xc132d68740000000, "#015,.0f", Ok("-0,001,234,567.")),
            (0x3ff8000000000000, "#", Ok("1.5")),
            (0x3f202c9dedbc309d, ".3E", Ok("1.234E-04")),
            (0x7ff8000000000000, "_", Ok("nan")),
            (0xc0934a0000000000, ".17", Ok("-1234.5")),
            (0x3fb999999999999a, "%", Ok("10.000000%")),
            (0x7fefffffffffffff, ".17g", Ok("1.7976931348623157e+308")),
            (0x3ee4f8b588e368f1, "e", Ok("1.000000e-05")),
            (0x7ff0000000000000, ".0", Ok("inf")),
            (0x0000000000000001, ".17g", Ok("4.9406564584124654e-324")),
            (0xbfb999999999999a, "+", Ok("-0.1")),
            (0xbfe5555555555555, "#", Ok("-0.6666666666666666")),
            (
                0x4480f0cf064dd592,
                "%",
                Ok("999999999999999983222784.000000%"),
            ),
            (0x4415af1d78b58c40, "12n", Ok("       1e+20")),
            (0x405edd2f1a9fbe77, ".17", Ok("123.456")),
            (0x7ff0000000000000, "0", Ok("inf")),
            (0x7ff8000000000000, "0=+15,.3f", Ok("+00000000000nan")),
            (0x3ff0000000000000, "+", Ok("+1.0")),
            (0x7ff0000000000000, "0<10", Ok("inf0000000")),
            (0xc132d68740000000, "015_.2f", Ok("-001_234_567.25")),
            (0x7ff0000000000000, ".3G", Ok("INF")),
            (0xbfe5555555555555, "f", Ok("-0.666667")),
            (0x3ff0000000000000, "z.1f", Ok("1.0")),
            (0x4023fd70a3d70a3d, ".3E", Ok("9.995E+00")),
            (0x7ff8000000000000, "010", Ok("0000000nan")),
            (0x3ee4f8b588e368f1, "z.1f", Ok("0.0")),
            (0x3f201f31f46ed246, "015_.2f", Ok("0_000_000_000.00")),
            (0x3f201f31f46ed246, "#10.0f", Ok("        0.")),
            (0x4341c37937e08000, ".0f", Ok("10000000000000000")),
            (0x8000000000000000, "_", Ok("-0.0")),
            (0x4004000000000000, "+", Ok("+2.5")),
            (0x4415af1d78b58c40, "010", Ok("000001e+20")),
            (0xfff0000000000000, "%", Ok("-inf%")),
            (0xc0934a0000000000, "010.2f", Ok("-001234.50")),
            (0x8000000000000000, "015,.2f", Ok("-000,000,000.00")),
            (
                0x4415af1d78b58c40,
                ",.2f",
                Ok("100,000,000,000,000,000,000.00"),
            ),
            (0x4351c37937e08002, ".17", Ok("2.0000000000000008e+16")),
            (0x0000000000000000, "e", Ok("0.000000e+00")),
            (0xc132d68740000000, "*^15.3f", Ok("*-1234567.250**")),
            (
                0x3ff8000000000000,
                "d",
                Err((
                    "ValueError",
                    "Unknown format code 'd' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "x",
                Err((
                    "ValueError",
                    "Unknown format code 'x' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "s",
                Err((
                    "ValueError",
                    "Unknown format code 's' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "c",
                Err((
                    "ValueError",
                    "Unknown format code 'c' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "b",
                Err((
                    "ValueError",
                    "Unknown format code 'b' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "\u{1}",
                Err((
                    "ValueError",
                    "Unknown format code '\\x1' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "\u{e9}",
                Err((
                    "ValueError",
                    "Unknown format code '\\xe9' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "1,,",
                Err(("ValueError", "Cannot specify ',' with ','.")),
            ),
            (
                0x3ff8000000000000,
                ",_",
                Err(("ValueError", "Cannot specify both ',' and '_'.")),
            ),
            (
                0x3ff8000000000000,
                "_,",
                Err(("ValueError", "Cannot specify both ',' and '_'.")),
            ),
            (
                0x3ff8000000000000,
                ".",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                0x3ff8000000000000,
                ".f",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                0x3ff8000000000000,
                "abc",
                Err((
                    "ValueError",
                    "Invalid format specifier 'abc' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                "10.2fx",
                Err((
                    "ValueError",
                    "Invalid format specifier '10.2fx' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                ",x",
                Err(("ValueError", "Cannot specify ',' with 'x'.")),
            ),
            (
                0x3ff8000000000000,
                "_x",
                Err((
                    "ValueError",
                    "Unknown format code 'x' for object of type 'float'",
                )),
            ),
            (
                0x3ff8000000000000,
                ",n",
                Err(("ValueError", "Cannot specify ',' with 'n'.")),
            ),
            (
                0x3ff8000000000000,
                "_n",
                Err(("ValueError", "Cannot specify '_' with 'n'.")),
            ),
            (
                0x3ff8000000000000,
                "99999999999999999999",
                Err(("ValueError", "Too many decimal digits in format string")),
            ),
            (
                0x3ff8000000000000,
                ".99999999999999999999",
                Err(("ValueError", "Too many decimal digits in format string")),
            ),
            (
                0x3ff8000000000000,
                ".2147483648f",
                Err(("ValueError", "precision too big")),
            ),
            (0x3ff8000000000000, "+z#010,.3f", Ok("+0,001.500")),
            (
                0x3ff8000000000000,
                "<<<",
                Err((
                    "ValueError",
                    "Unknown format code '<' for object of type 'float'",
                )),
            ),
            (
                0x3fb999999999999a,
                ".60f",
                Ok("0.100000000000000005551115123125782702118158340454101562500000"),
            ),
            (0x01a56e1fc2f8f359, ".5", Ok("1e-300")),
            (
                0x3fb999999999999a,
                ".30e",
                Ok("1.000000000000000055511151231258e-01"),
            ),
            (
                0x7e37e43c8800759c,
                "f",
                Ok(
                    "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
                ),
            ),
            (
                0x0000000000000001,
                ".1100f",
                Ok(
                    "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000",
                ),
            ),
            (0x4004000000000000, ".0f", Ok("2")),
            (0x3fd8000000000000, ".2f", Ok("0.38")),
            (0x3ff0000000000000, ".0", Ok("1e+00")),
            (0x405ec00000000000, ".3", Ok("1.23e+02")),
            (0x405ec00000000000, ".4", Ok("123.0")),
            (0x4415af1d78b58c40, ".3", Ok("1e+20")),
            (0x4341c37937e08000, "#", Ok("1.e+16")),
            (0x3ff8000000000000, "#", Ok("1.5")),
            (0x0000000000000000, ".0e", Ok("0e+00")),
            (0x0000000000000000, "#.0e", Ok("0.e+00")),
            (0x0000000000000000, "g", Ok("0")),
            (0x0000000000000000, "#g", Ok("0.00000")),
            (0x8000000000000000, ".3g", Ok("-0")),
            (0x3f1a36e2eb1c432d, ".3", Ok("0.0001")),
            (0x3ee4f8b588e368f1, ".3", Ok("1e-05")),
            (0x3f1a36e2eb1c432d, "g", Ok("0.0001")),
            (0x3ee4f8b588e368f1, "g", Ok("1e-05")),
            (0x40fe240000000000, "g", Ok("123456")),
            (0x4132d68700000000, "g", Ok("1.23457e+06")),
            (0x4132d68700000000, "", Ok("1234567.0")),
            (0x4132d68700000000, ".7", Ok("1.234567e+06")),
            (0x4132d68700000000, ".6", Ok("1.23457e+06")),
            (0x3fe0000000000000, ".0%", Ok("50%")),
            (0x3ff0000000000000, ".2%", Ok("100.00%")),
            (0x40c81cd6e631f8a1, "#.0", Ok("1.e+04")),
            (0x40c81cd6e631f8a1, ".0", Ok("1e+04")),
            (0x4059000000000000, "#.3", Ok("1.00e+02")),
            (0x4059000000000000, ".3", Ok("1e+02")),
            (0x4059000000000000, ".2", Ok("1e+02")),
            (0x4058ff5c28f5c28f, ".3", Ok("1e+02")),
        ];
        let mut failures = Vec::new();
        for &(b, spec, want) in cases {
            let x = f64::from_bits(b);
            cmp(
                "format_float",
                format!("({:?}, {:?})", x, spec),
                format_float_spec(x, spec, "float"),
                want,
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn format_int_cases() {
        let cases: &[(bool, u128, &str, Result<&str, (&str, &str)>)] = &[
            (false, 1114112u128, "%", Ok("111411200.000000%")),
            (false, 1234u128, "#b", Ok("0b10011010010")),
            (
                true,
                1234567u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                true,
                1180591620717411303424u128,
                "0<6",
                Ok("-1180591620717411303424"),
            ),
            (false, 0u128, "e", Ok("0.000000e+00")),
            (false, 0u128, "%", Ok("0.000000%")),
            (false, 0u128, "016_", Ok("0_000_000_000_000")),
            (false, 1234567u128, "10", Ok("   1234567")),
            (false, 1000000000000u128, ",", Ok("1,000,000,000,000")),
            (false, 0u128, ",", Ok("0")),
            (true, 7u128, "+010", Ok("-000000007")),
            (true, 7u128, "08,", Ok("-000,007")),
            (true, 1234567u128, "013_X", Ok("-00_0012_D687")),
            (true, 7u128, "0=12,", Ok("-000,000,007")),
            (false, 1114112u128, "o", Ok("4200000")),
            (false, 3735928559u128, "+#x", Ok("+0xdeadbeef")),
            (
                false,
                18446744073709551616u128,
                "o",
                Ok("2000000000000000000000"),
            ),
            (true, 1234567u128, "012,d", Ok("-001,234,567")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "%",
                Ok("17014118346046923173168730371588410572800.000000%"),
            ),
            (false, 1234567u128, "-8", Ok(" 1234567")),
            (false, 0u128, ".2f", Ok("0.00")),
            (false, 0u128, "g", Ok("0")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "X",
                Ok("80000000000000000000000000000000"),
            ),
            (false, 255u128, "", Ok("255")),
            (false, 1234567u128, "08,", Ok("1,234,567")),
            (
                false,
                1000000000000u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (false, 7u128, "#_X", Ok("0X7")),
            (true, 7u128, "=+8", Ok("-      7")),
            (true, 1234567u128, "x", Ok("-12d687")),
            (true, 1u128, "d", Ok("-1")),
            (true, 7u128, "12_.2e", Ok("   -7.00e+00")),
            (false, 7u128, "08,", Ok("0,000,007")),
            (true, 42u128, "#X", Ok("-0X2A")),
            (true, 7u128, "=10", Ok("-        7")),
            (false, 65u128, "010", Ok("0000000065")),
            (false, 65u128, "n", Ok("65")),
            (false, 5u128, ",", Ok("5")),
            (false, 0u128, ",.1f", Ok("0.0")),
            (false, 65u128, "#b", Ok("0b1000001")),
            (false, 1000000000000u128, "x", Ok("e8d4a51000")),
            (false, 5u128, "d", Ok("5")),
            (false, 3735928559u128, "0=12,", Ok("3,735,928,559")),
            (false, 7u128, "<10", Ok("7         ")),
            (false, 1u128, "_", Ok("1")),
            (false, 255u128, "x", Ok("ff")),
            (
                true,
                1267650600228229401496703205376u128,
                "d",
                Ok("-1267650600228229401496703205376"),
            ),
            (false, 3735928559u128, "<10", Ok("3735928559")),
            (false, 1u128, "#x", Ok("0x1")),
            (false, 1114112u128, ".2f", Ok("1114112.00")),
            (
                false,
                3735928559u128,
                "#012_b",
                Ok("0b1101_1110_1010_1101_1011_1110_1110_1111"),
            ),
            (
                true,
                1u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                true,
                1267650600228229401496703205376u128,
                "#x",
                Ok("-0x10000000000000000000000000"),
            ),
            (
                true,
                1180591620717411303424u128,
                "15n",
                Ok("-1180591620717411303424"),
            ),
            (true, 1u128, "x", Ok("-1")),
            (true, 7u128, "^10", Ok("    -7    ")),
            (true, 1234567u128, "*^12,", Ok("*-1,234,567*")),
            (false, 1u128, "n", Ok("1")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "d",
                Ok("170141183460469231731687303715884105728"),
            ),
            (false, 65u128, "%", Ok("6500.000000%")),
            (false, 1000000000000u128, "X", Ok("E8D4A51000")),
            (true, 1234567u128, ",.1f", Ok("-1,234,567.0")),
            (false, 5u128, "", Ok("5")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "#o",
                Ok("0o2000000000000000000000000000000000000000000"),
            ),
            (
                true,
                42u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (true, 1234567u128, "%", Ok("-123456700.000000%")),
            (false, 1000000000000u128, "o", Ok("16432451210000")),
            (false, 42u128, "X", Ok("2A")),
            (false, 255u128, "#x", Ok("0xff")),
            (false, 5u128, "c", Ok("\u{5}")),
            (true, 1234567u128, "o", Ok("-4553207")),
            (false, 1114111u128, "010", Ok("0001114111")),
            (false, 0u128, "12_.2e", Ok("    0.00e+00")),
            (true, 255u128, "_", Ok("-255")),
            (
                false,
                18446744073709551616u128,
                "+",
                Ok("+18446744073709551616"),
            ),
            (false, 1234567u128, "#010x", Ok("0x0012d687")),
            (false, 0u128, "x", Ok("0")),
            (false, 1234567u128, "#_X", Ok("0X12_D687")),
            (true, 255u128, "b", Ok("-11111111")),
            (true, 7u128, "#012_b", Ok("-0b0000_0111")),
            (false, 1114111u128, "g", Ok("1.11411e+06")),
            (
                true,
                255u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (true, 1234567u128, "#010x", Ok("-0x012d687")),
            (false, 1114111u128, "#b", Ok("0b100001111111111111111")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "n",
                Ok("170141183460469231731687303715884105728"),
            ),
            (true, 42u128, "", Ok("-42")),
            (false, 1234567u128, "#012,d", Ok("0,001,234,567")),
            (false, 42u128, "n", Ok("42")),
            (false, 0u128, "<10", Ok("0         ")),
            (
                true,
                1180591620717411303424u128,
                "#015_x",
                Ok("-0x40_0000_0000_0000_0000"),
            ),
            (false, 1114111u128, "c", Ok("\u{10ffff}")),
            (true, 255u128, "n", Ok("-255")),
            (false, 1114111u128, "#o", Ok("0o4177777")),
            (false, 0u128, "z.1f", Ok("0.0")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "e",
                Ok("1.701412e+38"),
            ),
            (
                true,
                1180591620717411303424u128,
                "016_",
                Ok("-1_180_591_620_717_411_303_424"),
            ),
            (false, 1234567u128, "z.1f", Ok("1234567.0")),
            (false, 0u128, "#X", Ok("0X0")),
            (true, 1234567u128, "#o", Ok("-0o4553207")),
            (false, 5u128, "g", Ok("5")),
            (true, 1234567u128, "_", Ok("-1_234_567")),
            (false, 1114111u128, "e", Ok("1.114111e+06")),
            (false, 65u128, "X", Ok("41")),
            (false, 1114111u128, "b", Ok("100001111111111111111")),
            (false, 255u128, "g", Ok("255")),
            (true, 7u128, "#015_x", Ok("-0x00_0000_0007")),
            (true, 1u128, "#b", Ok("-0b1")),
            (false, 1234567u128, "010", Ok("0001234567")),
            (false, 1u128, "c", Ok("\u{1}")),
            (true, 7u128, "#010x", Ok("-0x0000007")),
            (false, 3735928559u128, "010", Ok("3735928559")),
            (false, 0u128, "+#x", Ok("+0x0")),
            (
                true,
                1180591620717411303424u128,
                "^10",
                Ok("-1180591620717411303424"),
            ),
            (
                true,
                1267650600228229401496703205376u128,
                "%",
                Ok("-126765060022822940149670320537600.000000%"),
            ),
            (false, 1234567u128, "-#014_o", Ok("0o00_0455_3207")),
            (false, 65u128, "o", Ok("101")),
            (
                false,
                18446744073709551616u128,
                "%",
                Ok("1844674407370955161600.000000%"),
            ),
            (false, 0u128, "+010", Ok("+000000000")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "010",
                Ok("170141183460469231731687303715884105728"),
            ),
            (false, 0u128, "c", Ok("\u{0}")),
            (false, 1114112u128, "d", Ok("1114112")),
            (false, 7u128, "12_.2e", Ok("    7.00e+00")),
            (false, 1234u128, "g", Ok("1234")),
            (true, 1234567u128, "e", Ok("-1.234567e+06")),
            (false, 18446744073709551616u128, "e", Ok("1.844674e+19")),
            (false, 42u128, "#X", Ok("0X2A")),
            (false, 1234u128, "%", Ok("123400.000000%")),
            (true, 1u128, "_", Ok("-1")),
            (
                true,
                1267650600228229401496703205376u128,
                ",",
                Ok("-1,267,650,600,228,229,401,496,703,205,376"),
            ),
            (
                false,
                18446744073709551616u128,
                "_",
                Ok("18_446_744_073_709_551_616"),
            ),
            (false, 65u128, "d", Ok("65")),
            (false, 1114111u128, "%", Ok("111411100.000000%")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "#b",
                Ok(
                    "0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                ),
            ),
            (
                false,
                18446744073709551616u128,
                "_x",
                Ok("1_0000_0000_0000_0000"),
            ),
            (false, 3735928559u128, "#_X", Ok("0XDEAD_BEEF")),
            (false, 42u128, "_x", Ok("2a")),
            (true, 1234567u128, "08,", Ok("-1,234,567")),
            (
                true,
                1180591620717411303424u128,
                "10",
                Ok("-1180591620717411303424"),
            ),
            (true, 1u128, "#X", Ok("-0X1")),
            (false, 1234u128, "_x", Ok("4d2")),
            (true, 1u128, "o", Ok("-1")),
            (true, 255u128, "+", Ok("-255")),
            (false, 1114112u128, "g", Ok("1.11411e+06")),
            (
                false,
                18446744073709551616u128,
                "n",
                Ok("18446744073709551616"),
            ),
            (false, 3735928559u128, "z.1f", Ok("3735928559.0")),
            (false, 1114111u128, ",", Ok("1,114,111")),
            (false, 1u128, "e", Ok("1.000000e+00")),
            (false, 1114111u128, "_x", Ok("10_ffff")),
            (true, 1234567u128, "12_.2e", Ok("   -1.23e+06")),
            (true, 7u128, "15n", Ok("             -7")),
            (
                true,
                1180591620717411303424u128,
                "x^+9",
                Ok("-1180591620717411303424"),
            ),
            (
                false,
                170141183460469231731687303715884105728u128,
                "g",
                Ok("1.70141e+38"),
            ),
            (false, 1000000000000u128, "+", Ok("+1000000000000")),
            (true, 1234567u128, "15n", Ok("       -1234567")),
            (false, 7u128, " 10", Ok("         7")),
            (false, 1u128, "%", Ok("100.000000%")),
            (false, 1u128, ",", Ok("1")),
            (false, 1234567u128, " 10", Ok("   1234567")),
            (true, 1234567u128, "g", Ok("-1.23457e+06")),
            (false, 7u128, "*^12,", Ok("*****7******")),
            (
                true,
                1180591620717411303424u128,
                "0=12,",
                Ok("-1,180,591,620,717,411,303,424"),
            ),
            (false, 0u128, "X", Ok("0")),
            (false, 65u128, "_", Ok("65")),
            (false, 3735928559u128, "-#014_o", Ok("0o336_5333_7357")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "#X",
                Ok("0X80000000000000000000000000000000"),
            ),
            (false, 7u128, "#015_x", Ok("0x000_0000_0007")),
            (true, 42u128, "X", Ok("-2A")),
            (true, 1u128, "_x", Ok("-1")),
            (false, 1114112u128, "x", Ok("110000")),
            (true, 1234567u128, "=^5", Ok("-1234567")),
            (true, 1234567u128, "+010", Ok("-001234567")),
            (
                true,
                1267650600228229401496703205376u128,
                "#X",
                Ok("-0X10000000000000000000000000"),
            ),
            (false, 42u128, "#o", Ok("0o52")),
            (
                true,
                1267650600228229401496703205376u128,
                "g",
                Ok("-1.26765e+30"),
            ),
            (false, 1u128, "", Ok("1")),
            (false, 255u128, "n", Ok("255")),
            (
                false,
                18446744073709551616u128,
                "X",
                Ok("10000000000000000"),
            ),
            (false, 1114112u128, "#x", Ok("0x110000")),
            (false, 0u128, " =8", Ok("       0")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "b",
                Ok(
                    "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                ),
            ),
            (false, 1234u128, "+", Ok("+1234")),
            (true, 255u128, ",", Ok("-255")),
            (false, 7u128, "#010x", Ok("0x00000007")),
            (false, 1234567u128, "=^5", Ok("1234567")),
            (true, 1234567u128, "010", Ok("-001234567")),
            (
                true,
                1180591620717411303424u128,
                "#_X",
                Ok("-0X40_0000_0000_0000_0000"),
            ),
            (false, 3735928559u128, "-8", Ok("3735928559")),
            (false, 1234567u128, "012,d", Ok("0,001,234,567")),
            (false, 65u128, "x", Ok("41")),
            (
                true,
                1267650600228229401496703205376u128,
                "x",
                Ok("-10000000000000000000000000"),
            ),
            (false, 65u128, "#o", Ok("0o101")),
            (true, 1234567u128, "10", Ok("  -1234567")),
            (true, 42u128, "o", Ok("-52")),
            (true, 1u128, "b", Ok("-1")),
            (true, 7u128, "+#x", Ok("-0x7")),
            (true, 1234567u128, " =8", Ok("-1234567")),
            (true, 1u128, "#x", Ok("-0x1")),
            (true, 255u128, "#b", Ok("-0b11111111")),
            (false, 0u128, "#x", Ok("0x0")),
            (false, 1u128, "_x", Ok("1")),
            (
                true,
                1180591620717411303424u128,
                "<10",
                Ok("-1180591620717411303424"),
            ),
            (false, 0u128, "010", Ok("0000000000")),
            (true, 255u128, "X", Ok("-FF")),
            (
                true,
                1267650600228229401496703205376u128,
                "_",
                Ok("-1_267_650_600_228_229_401_496_703_205_376"),
            ),
            (false, 7u128, "z.1f", Ok("7.0")),
            (false, 65u128, "#x", Ok("0x41")),
            (false, 1114111u128, "d", Ok("1114111")),
            (false, 1114112u128, "_", Ok("1_114_112")),
            (true, 1234567u128, "<10", Ok("-1234567  ")),
            (true, 1234567u128, "n", Ok("-1234567")),
            (false, 0u128, "08,", Ok("0,000,000")),
            (false, 1234567u128, "013_X", Ok("000_0012_D687")),
            (false, 1234u128, ",", Ok("1,234")),
            (
                false,
                1000000000000u128,
                "b",
                Ok("1110100011010100101001010001000000000000"),
            ),
            (false, 0u128, "x^+9", Ok("xxx+0xxxx")),
            (true, 42u128, "#b", Ok("-0b101010")),
            (true, 1234567u128, "#_X", Ok("-0X12_D687")),
            (false, 3735928559u128, "#015_x", Ok("0x000_dead_beef")),
            (false, 1234567u128, "0<6", Ok("1234567")),
            (false, 1234567u128, "=+8", Ok("+1234567")),
            (false, 7u128, "x^+9", Ok("xxx+7xxxx")),
            (false, 1234u128, "#X", Ok("0X4D2")),
            (false, 65u128, "_x", Ok("41")),
            (false, 1234567u128, "+#x", Ok("+0x12d687")),
            (false, 0u128, "+", Ok("+0")),
            (false, 5u128, "o", Ok("5")),
            (false, 5u128, "X", Ok("5")),
            (false, 7u128, "=^5", Ok("==7==")),
            (false, 65u128, "+", Ok("+65")),
            (true, 7u128, "*^12,", Ok("*****-7*****")),
            (true, 1u128, "#o", Ok("-0o1")),
            (false, 3735928559u128, "+010", Ok("+3735928559")),
            (false, 7u128, "013_X", Ok("000_0000_0007")),
            (false, 1234567u128, "*^12,", Ok("*1,234,567**")),
            (false, 5u128, "%", Ok("500.000000%")),
            (false, 7u128, "^10", Ok("    7     ")),
            (false, 0u128, "*^12,", Ok("*****0******")),
            (false, 1234567u128, "12_.2e", Ok("    1.23e+06")),
            (
                true,
                1267650600228229401496703205376u128,
                "_x",
                Ok("-10_0000_0000_0000_0000_0000_0000"),
            ),
            (true, 7u128, "010", Ok("-000000007")),
            (
                false,
                18446744073709551616u128,
                "",
                Ok("18446744073709551616"),
            ),
            (
                false,
                170141183460469231731687303715884105728u128,
                "_",
                Ok("170_141_183_460_469_231_731_687_303_715_884_105_728"),
            ),
            (true, 1u128, "", Ok("-1")),
            (false, 7u128, "=+8", Ok("+      7")),
            (false, 1234567u128, "x^+9", Ok("+1234567x")),
            (false, 65u128, "e", Ok("6.500000e+01")),
            (false, 0u128, " 10", Ok("         0")),
            (true, 1234567u128, "X", Ok("-12D687")),
            (true, 255u128, "010", Ok("-000000255")),
            (false, 42u128, "010", Ok("0000000042")),
            (false, 0u128, "=^5", Ok("==0==")),
            (false, 42u128, "", Ok("42")),
            (false, 1114111u128, "x", Ok("10ffff")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "",
                Ok("170141183460469231731687303715884105728"),
            ),
            (true, 42u128, "_", Ok("-42")),
            (true, 1234567u128, "#b", Ok("-0b100101101011010000111")),
            (false, 42u128, "o", Ok("52")),
            (true, 1234567u128, ",", Ok("-1,234,567")),
            (false, 1234567u128, " =8", Ok(" 1234567")),
            (false, 5u128, "#x", Ok("0x5")),
            (false, 1234u128, "X", Ok("4D2")),
            (
                false,
                18446744073709551616u128,
                "x",
                Ok("10000000000000000"),
            ),
            (false, 1000000000000u128, "_", Ok("1_000_000_000_000")),
            (true, 1234567u128, "=+8", Ok("-1234567")),
            (false, 1234u128, "#x", Ok("0x4d2")),
            (true, 255u128, "#X", Ok("-0XFF")),
            (false, 1114112u128, "X", Ok("110000")),
            (false, 255u128, "+", Ok("+255")),
            (false, 255u128, "#b", Ok("0b11111111")),
            (false, 5u128, "n", Ok("5")),
            (false, 1114112u128, "n", Ok("1114112")),
            (false, 5u128, "x", Ok("5")),
            (false, 255u128, "#o", Ok("0o377")),
            (false, 3735928559u128, "012,d", Ok("3,735,928,559")),
            (false, 255u128, "d", Ok("255")),
            (true, 255u128, "x", Ok("-ff")),
            (false, 42u128, "d", Ok("42")),
            (false, 5u128, "e", Ok("5.000000e+00")),
            (false, 0u128, "010", Ok("0000000000")),
            (false, 3735928559u128, "016_", Ok("0_003_735_928_559")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "#x",
                Ok("0x80000000000000000000000000000000"),
            ),
            (false, 1234567u128, "0=12,", Ok("0,001,234,567")),
            (false, 65u128, "g", Ok("65")),
            (false, 1u128, "x", Ok("1")),
            (false, 0u128, "10", Ok("         0")),
            (true, 1234567u128, "#012,d", Ok("-001,234,567")),
            (
                false,
                18446744073709551616u128,
                "#o",
                Ok("0o2000000000000000000000"),
            ),
            (false, 1234567u128, "+010", Ok("+001234567")),
            (false, 42u128, ".2f", Ok("42.00")),
            (
                false,
                170141183460469231731687303715884105728u128,
                "+",
                Ok("+170141183460469231731687303715884105728"),
            ),
            (true, 7u128, ",.1f", Ok("-7.0")),
            (false, 0u128, "#010x", Ok("0x00000000")),
            (false, 3735928559u128, "08,", Ok("3,735,928,559")),
            (false, 255u128, "%", Ok("25500.000000%")),
            (
                true,
                1180591620717411303424u128,
                "=10",
                Ok("-1180591620717411303424"),
            ),
            (false, 1234u128, "#o", Ok("0o2322")),
            (true, 1234567u128, "b", Ok("-100101101011010000111")),
            (false, 255u128, "_x", Ok("ff")),
            (false, 7u128, "#012,d", Ok("0,000,000,007")),
            (false, 0u128, "0<6", Ok("000000")),
            (false, 1u128, "#o", Ok("0o1")),
            (
                false,
                1114112u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (false, 255u128, "X", Ok("FF")),
            (false, 42u128, "+", Ok("+42")),
            (
                true,
                1267650600228229401496703205376u128,
                "#o",
                Ok("-0o2000000000000000000000000000000000"),
            ),
            (false, 1114112u128, "+", Ok("+1114112")),
            (false, 1234u128, ".2f", Ok("1234.00")),
            (false, 3735928559u128, "=10", Ok("3735928559")),
            (true, 1234567u128, "_b", Ok("-1_0010_1101_0110_1000_0111")),
            (true, 1234567u128, "#x", Ok("-0x12d687")),
            (
                true,
                1180591620717411303424u128,
                "#012_b",
                Ok(
                    "-0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000",
                ),
            ),
            (false, 1234u128, "n", Ok("1234")),
            (false, 1234567u128, "^10", Ok(" 1234567  ")),
            (false, 3735928559u128, "=+8", Ok("+3735928559")),
            (false, 18446744073709551616u128, "g", Ok("1.84467e+19")),
            (false, 42u128, "b", Ok("101010")),
            (false, 1000000000000u128, "d", Ok("1000000000000")),
            (true, 1234567u128, "-#014_o", Ok("-0o0_0455_3207")),
            (false, 42u128, "%", Ok("4200.000000%")),
            (true, 7u128, "-8", Ok("      -7")),
            (false, 1114112u128, "010", Ok("0001114112")),
            (false, 42u128, "_", Ok("42")),
            (false, 255u128, "c", Ok("\u{ff}")),
            (true, 42u128, ",", Ok("-42")),
            (
                true,
                1180591620717411303424u128,
                "08,",
                Ok("-1,180,591,620,717,411,303,424"),
            ),
            (false, 3735928559u128, "12_.2e", Ok("    3.74e+09")),
            (
                false,
                1234567u128,
                "#012_b",
                Ok("0b1_0010_1101_0110_1000_0111"),
            ),
            (true, 1234567u128, "0<6", Ok("-1234567")),
            (true, 1234567u128, "#X", Ok("-0X12D687")),
            (
                false,
                18446744073709551616u128,
                ",",
                Ok("18,446,744,073,709,551,616"),
            ),
            (false, 1000000000000u128, "", Ok("1000000000000")),
            (
                false,
                5u128,
                ".2",
                Err((
                    "ValueError",
                    "Precision not allowed in integer format specifier",
                )),
            ),
            (
                false,
                5u128,
                "z",
                Err((
                    "ValueError",
                    "Negative zero coercion (z) not allowed in integer format specifier",
                )),
            ),
            (
                false,
                5u128,
                "+c",
                Err((
                    "ValueError",
                    "Sign not allowed with integer format specifier 'c'",
                )),
            ),
            (
                false,
                5u128,
                "#c",
                Err((
                    "ValueError",
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                )),
            ),
            (
                false,
                5u128,
                ",c",
                Err(("ValueError", "Cannot specify ',' with 'c'.")),
            ),
            (
                false,
                5u128,
                "_c",
                Err(("ValueError", "Cannot specify '_' with 'c'.")),
            ),
            (
                false,
                5u128,
                ",x",
                Err(("ValueError", "Cannot specify ',' with 'x'.")),
            ),
            (
                false,
                5u128,
                ",b",
                Err(("ValueError", "Cannot specify ',' with 'b'.")),
            ),
            (
                false,
                5u128,
                ",o",
                Err(("ValueError", "Cannot specify ',' with 'o'.")),
            ),
            (
                false,
                5u128,
                ",X",
                Err(("ValueError", "Cannot specify ',' with 'X'.")),
            ),
            (
                false,
                5u128,
                "s",
                Err((
                    "ValueError",
                    "Unknown format code 's' for object of type 'int'",
                )),
            ),
            (
                false,
                5u128,
                "y",
                Err((
                    "ValueError",
                    "Unknown format code 'y' for object of type 'int'",
                )),
            ),
            (
                false,
                5u128,
                "\u{1}",
                Err((
                    "ValueError",
                    "Unknown format code '\\x1' for object of type 'int'",
                )),
            ),
            (
                false,
                5u128,
                "\u{e9}",
                Err((
                    "ValueError",
                    "Unknown format code '\\xe9' for object of type 'int'",
                )),
            ),
            (
                false,
                5u128,
                "abc",
                Err((
                    "ValueError",
                    "Invalid format specifier 'abc' for object of type 'int'",
                )),
            ),
            (
                false,
                5u128,
                ",n",
                Err(("ValueError", "Cannot specify ',' with 'n'.")),
            ),
            (
                false,
                5u128,
                "_n",
                Err(("ValueError", "Cannot specify '_' with 'n'.")),
            ),
            (
                false,
                5u128,
                ".",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                false,
                5u128,
                "1,,",
                Err(("ValueError", "Cannot specify ',' with ','.")),
            ),
            (
                false,
                5u128,
                ",_",
                Err(("ValueError", "Cannot specify both ',' and '_'.")),
            ),
            (
                false,
                5u128,
                "z.2",
                Err((
                    "ValueError",
                    "Precision not allowed in integer format specifier",
                )),
            ),
            (
                false,
                5u128,
                ".2c",
                Err((
                    "ValueError",
                    "Precision not allowed in integer format specifier",
                )),
            ),
            (
                false,
                5u128,
                "zc",
                Err((
                    "ValueError",
                    "Negative zero coercion (z) not allowed in integer format specifier",
                )),
            ),
            (
                true,
                1u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                true,
                9223372036854775808u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                true,
                9223372036854775809u128,
                "c",
                Err(("OverflowError", "Python int too large to convert to C long")),
            ),
            (
                false,
                9223372036854775807u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                false,
                9223372036854775808u128,
                "c",
                Err(("OverflowError", "Python int too large to convert to C long")),
            ),
            (
                false,
                18446744073709551616u128,
                "c",
                Err(("OverflowError", "Python int too large to convert to C long")),
            ),
            (
                false,
                1114112u128,
                "c",
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                false,
                170141183460469231731687303715884105728u128,
                "e",
                Ok("1.701412e+38"),
            ),
            (false, 65u128, "05c", Ok("0000A")),
            (false, 128512u128, "^5c", Ok("  \u{1f600}  ")),
            (false, 233u128, "<3c", Ok("\u{e9}  ")),
            (false, 55296u128, "c", Ok("\u{fffd}")),
        ];
        let mut failures = Vec::new();
        for &(neg, mag, spec, want) in cases {
            cmp(
                "format_int",
                format!("({}{}, {:?})", if neg { "-" } else { "" }, mag, spec),
                fmt_int(neg, mag, spec, "int"),
                want,
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn format_str_cases() {
        let cases: &[(&str, &str, Result<&str, (&str, &str)>)] = &[
            ("", "", Ok("")),
            ("", "5", Ok("     ")),
            ("", "<5", Ok("     ")),
            ("", ">5", Ok("     ")),
            ("", "^6", Ok("      ")),
            ("", "*^7", Ok("*******")),
            ("", ".2", Ok("")),
            ("", "10.2", Ok("          ")),
            ("", "05", Ok("00000")),
            ("", "0<5", Ok("00000")),
            ("", "0>6", Ok("000000")),
            ("", "x<8.3", Ok("xxxxxxxx")),
            ("", "\u{0}>4", Ok("\u{0}\u{0}\u{0}\u{0}")),
            ("", "^", Ok("")),
            ("", ".0", Ok("")),
            ("", "3.1", Ok("   ")),
            (
                "",
                "=5",
                Err((
                    "ValueError",
                    "'=' alignment not allowed in string format specifier",
                )),
            ),
            (
                "",
                "+",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "",
                "-",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "",
                " ",
                Err(("ValueError", "Space not allowed in string format specifier")),
            ),
            (
                "",
                "x",
                Err((
                    "ValueError",
                    "Unknown format code 'x' for object of type 'str'",
                )),
            ),
            (
                "",
                "d",
                Err((
                    "ValueError",
                    "Unknown format code 'd' for object of type 'str'",
                )),
            ),
            ("", ",", Err(("ValueError", "Cannot specify ',' with 's'."))),
            ("", "_", Err(("ValueError", "Cannot specify '_' with 's'."))),
            (
                "",
                "z",
                Err((
                    "ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier",
                )),
            ),
            (
                "",
                "#",
                Err((
                    "ValueError",
                    "Alternate form (#) not allowed in string format specifier",
                )),
            ),
            (
                "",
                ",s",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "",
                "ss",
                Err((
                    "ValueError",
                    "Invalid format specifier 'ss' for object of type 'str'",
                )),
            ),
            (
                "",
                ".",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                "",
                "1,,",
                Err(("ValueError", "Cannot specify ',' with ','.")),
            ),
            ("", "s", Ok("")),
            ("", ">", Ok("")),
            (
                "",
                "\u{e9}^9",
                Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
            ),
            ("abc", "", Ok("abc")),
            ("abc", "5", Ok("abc  ")),
            ("abc", "<5", Ok("abc  ")),
            ("abc", ">5", Ok("  abc")),
            ("abc", "^6", Ok(" abc  ")),
            ("abc", "*^7", Ok("**abc**")),
            ("abc", ".2", Ok("ab")),
            ("abc", "10.2", Ok("ab        ")),
            ("abc", "05", Ok("abc00")),
            ("abc", "0<5", Ok("abc00")),
            ("abc", "0>6", Ok("000abc")),
            ("abc", "x<8.3", Ok("abcxxxxx")),
            ("abc", "\u{0}>4", Ok("\u{0}abc")),
            ("abc", "^", Ok("abc")),
            ("abc", ".0", Ok("")),
            ("abc", "3.1", Ok("a  ")),
            (
                "abc",
                "=5",
                Err((
                    "ValueError",
                    "'=' alignment not allowed in string format specifier",
                )),
            ),
            (
                "abc",
                "+",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "abc",
                "-",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "abc",
                " ",
                Err(("ValueError", "Space not allowed in string format specifier")),
            ),
            (
                "abc",
                "x",
                Err((
                    "ValueError",
                    "Unknown format code 'x' for object of type 'str'",
                )),
            ),
            (
                "abc",
                "d",
                Err((
                    "ValueError",
                    "Unknown format code 'd' for object of type 'str'",
                )),
            ),
            (
                "abc",
                ",",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "abc",
                "_",
                Err(("ValueError", "Cannot specify '_' with 's'.")),
            ),
            (
                "abc",
                "z",
                Err((
                    "ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier",
                )),
            ),
            (
                "abc",
                "#",
                Err((
                    "ValueError",
                    "Alternate form (#) not allowed in string format specifier",
                )),
            ),
            (
                "abc",
                ",s",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "abc",
                "ss",
                Err((
                    "ValueError",
                    "Invalid format specifier 'ss' for object of type 'str'",
                )),
            ),
            (
                "abc",
                ".",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                "abc",
                "1,,",
                Err(("ValueError", "Cannot specify ',' with ','.")),
            ),
            ("abc", "s", Ok("abc")),
            ("abc", ">", Ok("abc")),
            (
                "abc",
                "\u{e9}^9",
                Ok("\u{e9}\u{e9}\u{e9}abc\u{e9}\u{e9}\u{e9}"),
            ),
            ("h\u{e9}llo", "", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "5", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "<5", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", ">5", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "^6", Ok("h\u{e9}llo ")),
            ("h\u{e9}llo", "*^7", Ok("*h\u{e9}llo*")),
            ("h\u{e9}llo", ".2", Ok("h\u{e9}")),
            ("h\u{e9}llo", "10.2", Ok("h\u{e9}        ")),
            ("h\u{e9}llo", "05", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "0<5", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "0>6", Ok("0h\u{e9}llo")),
            ("h\u{e9}llo", "x<8.3", Ok("h\u{e9}lxxxxx")),
            ("h\u{e9}llo", "\u{0}>4", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "^", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", ".0", Ok("")),
            ("h\u{e9}llo", "3.1", Ok("h  ")),
            (
                "h\u{e9}llo",
                "=5",
                Err((
                    "ValueError",
                    "'=' alignment not allowed in string format specifier",
                )),
            ),
            (
                "h\u{e9}llo",
                "+",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "h\u{e9}llo",
                "-",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "h\u{e9}llo",
                " ",
                Err(("ValueError", "Space not allowed in string format specifier")),
            ),
            (
                "h\u{e9}llo",
                "x",
                Err((
                    "ValueError",
                    "Unknown format code 'x' for object of type 'str'",
                )),
            ),
            (
                "h\u{e9}llo",
                "d",
                Err((
                    "ValueError",
                    "Unknown format code 'd' for object of type 'str'",
                )),
            ),
            (
                "h\u{e9}llo",
                ",",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "h\u{e9}llo",
                "_",
                Err(("ValueError", "Cannot specify '_' with 's'.")),
            ),
            (
                "h\u{e9}llo",
                "z",
                Err((
                    "ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier",
                )),
            ),
            (
                "h\u{e9}llo",
                "#",
                Err((
                    "ValueError",
                    "Alternate form (#) not allowed in string format specifier",
                )),
            ),
            (
                "h\u{e9}llo",
                ",s",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "h\u{e9}llo",
                "ss",
                Err((
                    "ValueError",
                    "Invalid format specifier 'ss' for object of type 'str'",
                )),
            ),
            (
                "h\u{e9}llo",
                ".",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                "h\u{e9}llo",
                "1,,",
                Err(("ValueError", "Cannot specify ',' with ','.")),
            ),
            ("h\u{e9}llo", "s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", ">", Ok("h\u{e9}llo")),
            (
                "h\u{e9}llo",
                "\u{e9}^9",
                Ok("\u{e9}\u{e9}h\u{e9}llo\u{e9}\u{e9}"),
            ),
            ("\u{65e5}\u{672c}", "", Ok("\u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}", "5", Ok("\u{65e5}\u{672c}   ")),
            ("\u{65e5}\u{672c}", "<5", Ok("\u{65e5}\u{672c}   ")),
            ("\u{65e5}\u{672c}", ">5", Ok("   \u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}", "^6", Ok("  \u{65e5}\u{672c}  ")),
            ("\u{65e5}\u{672c}", "*^7", Ok("**\u{65e5}\u{672c}***")),
            ("\u{65e5}\u{672c}", ".2", Ok("\u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}", "10.2", Ok("\u{65e5}\u{672c}        ")),
            ("\u{65e5}\u{672c}", "05", Ok("\u{65e5}\u{672c}000")),
            ("\u{65e5}\u{672c}", "0<5", Ok("\u{65e5}\u{672c}000")),
            ("\u{65e5}\u{672c}", "0>6", Ok("0000\u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}", "x<8.3", Ok("\u{65e5}\u{672c}xxxxxx")),
            (
                "\u{65e5}\u{672c}",
                "\u{0}>4",
                Ok("\u{0}\u{0}\u{65e5}\u{672c}"),
            ),
            ("\u{65e5}\u{672c}", "^", Ok("\u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}", ".0", Ok("")),
            ("\u{65e5}\u{672c}", "3.1", Ok("\u{65e5}  ")),
            (
                "\u{65e5}\u{672c}",
                "=5",
                Err((
                    "ValueError",
                    "'=' alignment not allowed in string format specifier",
                )),
            ),
            (
                "\u{65e5}\u{672c}",
                "+",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "\u{65e5}\u{672c}",
                "-",
                Err(("ValueError", "Sign not allowed in string format specifier")),
            ),
            (
                "\u{65e5}\u{672c}",
                " ",
                Err(("ValueError", "Space not allowed in string format specifier")),
            ),
            (
                "\u{65e5}\u{672c}",
                "x",
                Err((
                    "ValueError",
                    "Unknown format code 'x' for object of type 'str'",
                )),
            ),
            (
                "\u{65e5}\u{672c}",
                "d",
                Err((
                    "ValueError",
                    "Unknown format code 'd' for object of type 'str'",
                )),
            ),
            (
                "\u{65e5}\u{672c}",
                ",",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "\u{65e5}\u{672c}",
                "_",
                Err(("ValueError", "Cannot specify '_' with 's'.")),
            ),
            (
                "\u{65e5}\u{672c}",
                "z",
                Err((
                    "ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier",
                )),
            ),
            (
                "\u{65e5}\u{672c}",
                "#",
                Err((
                    "ValueError",
                    "Alternate form (#) not allowed in string format specifier",
                )),
            ),
            (
                "\u{65e5}\u{672c}",
                ",s",
                Err(("ValueError", "Cannot specify ',' with 's'.")),
            ),
            (
                "\u{65e5}\u{672c}",
                "ss",
                Err((
                    "ValueError",
                    "Invalid format specifier 'ss' for object of type 'str'",
                )),
            ),
            (
                "\u{65e5}\u{672c}",
                ".",
                Err(("ValueError", "Format specifier missing precision")),
            ),
            (
                "\u{65e5}\u{672c}",
                "1,,",
                Err(("ValueError", "Cannot specify ',' with ','.")),
            ),
            ("\u{65e5}\u{672c}", "s", Ok("\u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}", ">", Ok("\u{65e5}\u{672c}")),
            (
                "\u{65e5}\u{672c}",
                "\u{e9}^9",
                Ok("\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}\u{e9}\u{e9}\u{e9}\u{e9}"),
            ),
        ];
        let mut failures = Vec::new();
        for &(s, spec, want) in cases {
            cmp(
                "format_str",
                format!("({:?}, {:?})", s, spec),
                format_str_spec(s, spec, "str"),
                want,
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn percent_float_cases() {
        let cases: &[(u64, char, &str, Option<usize>, Option<usize>, &str)] = &[
            (0x0000000000000000, 'e', "", Some(0), Some(3), "0.000e+00"),
            (0x0000000000000000, 'e', "0", Some(0), None, "0.000000e+00"),
            (0x0000000000000000, 'e', "", None, None, "0.000000e+00"),
            (
                0x0000000000000000,
                'E',
                "0",
                Some(12),
                Some(0),
                "00000000E+00",
            ),
            (0x0000000000000000, 'E', "#-", None, Some(0), "0.E+00"),
            (0x0000000000000000, 'E', "", Some(0), None, "0.000000E+00"),
            (
                0x0000000000000000,
                'f',
                " 0",
                Some(12),
                Some(3),
                " 0000000.000",
            ),
            (0x0000000000000000, 'f', " ", None, Some(0), " 0"),
            (
                0x0000000000000000,
                'f',
                "#0",
                Some(12),
                Some(0),
                "00000000000.",
            ),
            (0x0000000000000000, 'F', "#0", None, Some(0), "0."),
            (0x0000000000000000, 'F', "+0", Some(0), Some(0), "+0"),
            (0x0000000000000000, 'F', " 0", None, None, " 0.000000"),
            (
                0x0000000000000000,
                'g',
                "+0",
                Some(12),
                Some(3),
                "+00000000000",
            ),
            (0x0000000000000000, 'g', "+ ", None, Some(0), "+0"),
            (0x0000000000000000, 'g', "#-", Some(0), Some(3), "0.00"),
            (
                0x0000000000000000,
                'G',
                "",
                Some(12),
                Some(3),
                "           0",
            ),
            (0x0000000000000000, 'G', " 0", None, Some(3), " 0"),
            (0x0000000000000000, 'G', "+0", Some(0), None, "+0"),
            (0x8000000000000000, 'e', "0", None, Some(3), "-0.000e+00"),
            (0x8000000000000000, 'e', "0", None, Some(0), "-0e+00"),
            (0x8000000000000000, 'e', "-+", None, Some(0), "-0e+00"),
            (0x8000000000000000, 'E', "#-", Some(0), Some(0), "-0.E+00"),
            (
                0x8000000000000000,
                'E',
                "-0",
                Some(12),
                Some(3),
                "-0.000E+00  ",
            ),
            (0x8000000000000000, 'E', "", Some(0), Some(3), "-0.000E+00"),
            (0x8000000000000000, 'f', "#0", None, Some(3), "-0.000"),
            (
                0x8000000000000000,
                'f',
                "",
                Some(12),
                Some(0),
                "          -0",
            ),
            (0x8000000000000000, 'f', "", None, None, "-0.000000"),
            (
                0x8000000000000000,
                'F',
                "#0",
                Some(12),
                None,
                "-0000.000000",
            ),
            (
                0x8000000000000000,
                'F',
                "+ ",
                Some(12),
                None,
                "   -0.000000",
            ),
            (0x8000000000000000, 'F', "", None, Some(3), "-0.000"),
            (
                0x8000000000000000,
                'g',
                " 0",
                Some(12),
                Some(0),
                "-00000000000",
            ),
            (0x8000000000000000, 'g', "+0", Some(0), Some(3), "-0"),
            (0x8000000000000000, 'g', "#0", Some(0), Some(3), "-0.00"),
            (0x8000000000000000, 'G', " ", None, Some(0), "-0"),
            (0x8000000000000000, 'G', "#-", None, Some(3), "-0.00"),
            (0x8000000000000000, 'G', " 0", Some(0), None, "-0"),
            (0x3ff8000000000000, 'e', "+ ", Some(0), Some(0), "+2e+00"),
            (
                0x3ff8000000000000,
                'e',
                "-+",
                Some(12),
                Some(0),
                "+2e+00      ",
            ),
            (0x3ff8000000000000, 'e', "-", Some(12), None, "1.500000e+00"),
            (0x3ff8000000000000, 'E', "0", Some(0), Some(0), "2E+00"),
            (
                0x3ff8000000000000,
                'E',
                " ",
                Some(12),
                Some(3),
                "   1.500E+00",
            ),
            (0x3ff8000000000000, 'E', "+0", None, Some(0), "+2E+00"),
            (
                0x3ff8000000000000,
                'f',
                "+0",
                Some(12),
                Some(3),
                "+0000001.500",
            ),
            (
                0x3ff8000000000000,
                'f',
                "-+",
                Some(12),
                Some(0),
                "+2          ",
            ),
            (0x3ff8000000000000, 'f', " ", None, Some(3), " 1.500"),
            (0x3ff8000000000000, 'F', " ", Some(0), Some(3), " 1.500"),
            (0x3ff8000000000000, 'F', "#", None, Some(3), "1.500"),
            (0x3ff8000000000000, 'F', "#0", Some(0), None, "1.500000"),
            (0x3ff8000000000000, 'g', "+ ", None, Some(3), "+1.5"),
            (0x3ff8000000000000, 'g', "#0", None, None, "1.50000"),
            (
                0x3ff8000000000000,
                'g',
                "",
                Some(12),
                Some(3),
                "         1.5",
            ),
            (0x3ff8000000000000, 'G', "-", None, None, "1.5"),
            (0x3ff8000000000000, 'G', "-+", Some(0), Some(3), "+1.5"),
            (
                0x3ff8000000000000,
                'G',
                " 0",
                Some(12),
                None,
                " 000000001.5",
            ),
            (0xc0934a456d5cfaad, 'e', "#", None, Some(0), "-1.e+03"),
            (
                0xc0934a456d5cfaad,
                'e',
                "#",
                Some(12),
                None,
                "-1.234568e+03",
            ),
            (0xc0934a456d5cfaad, 'e', "#0", Some(0), Some(0), "-1.e+03"),
            (0xc0934a456d5cfaad, 'E', "#-", None, Some(3), "-1.235E+03"),
            (
                0xc0934a456d5cfaad,
                'E',
                "#",
                Some(12),
                Some(0),
                "     -1.E+03",
            ),
            (0xc0934a456d5cfaad, 'E', "-0", None, None, "-1.234568E+03"),
            (
                0xc0934a456d5cfaad,
                'f',
                "-0",
                Some(12),
                None,
                "-1234.567800",
            ),
            (0xc0934a456d5cfaad, 'f', "#0", None, None, "-1234.567800"),
            (0xc0934a456d5cfaad, 'f', "", Some(0), Some(0), "-1235"),
            (0xc0934a456d5cfaad, 'F', "-0", Some(0), Some(0), "-1235"),
            (
                0xc0934a456d5cfaad,
                'F',
                "0",
                Some(12),
                Some(3),
                "-0001234.568",
            ),
            (
                0xc0934a456d5cfaad,
                'F',
                "+0",
                Some(12),
                None,
                "-1234.567800",
            ),
            (0xc0934a456d5cfaad, 'g', "#-", Some(0), Some(3), "-1.23e+03"),
            (0xc0934a456d5cfaad, 'g', "#", Some(0), Some(3), "-1.23e+03"),
            (0xc0934a456d5cfaad, 'g', "-+", Some(0), Some(3), "-1.23e+03"),
            (0xc0934a456d5cfaad, 'G', "#-", None, Some(3), "-1.23E+03"),
            (0xc0934a456d5cfaad, 'G', " ", None, None, "-1234.57"),
            (
                0xc0934a456d5cfaad,
                'G',
                "+",
                Some(12),
                Some(3),
                "   -1.23E+03",
            ),
            (0x4415af1d78b58c40, 'e', "-+", None, Some(3), "+1.000e+20"),
            (
                0x4415af1d78b58c40,
                'e',
                "+",
                Some(12),
                Some(0),
                "      +1e+20",
            ),
            (0x4415af1d78b58c40, 'e', "+ ", None, Some(0), "+1e+20"),
            (
                0x4415af1d78b58c40,
                'E',
                " ",
                Some(12),
                Some(0),
                "       1E+20",
            ),
            (0x4415af1d78b58c40, 'E', "", None, Some(0), "1E+20"),
            (0x4415af1d78b58c40, 'E', "#0", None, Some(3), "1.000E+20"),
            (
                0x4415af1d78b58c40,
                'f',
                "#-",
                Some(12),
                Some(0),
                "100000000000000000000.",
            ),
            (
                0x4415af1d78b58c40,
                'f',
                "0",
                Some(12),
                Some(0),
                "100000000000000000000",
            ),
            (
                0x4415af1d78b58c40,
                'f',
                "+0",
                Some(0),
                Some(0),
                "+100000000000000000000",
            ),
            (
                0x4415af1d78b58c40,
                'F',
                "#0",
                None,
                Some(0),
                "100000000000000000000.",
            ),
            (
                0x4415af1d78b58c40,
                'F',
                "",
                Some(0),
                None,
                "100000000000000000000.000000",
            ),
            (
                0x4415af1d78b58c40,
                'F',
                "-0",
                Some(0),
                Some(3),
                "100000000000000000000.000",
            ),
            (0x4415af1d78b58c40, 'g', "", None, None, "1e+20"),
            (
                0x4415af1d78b58c40,
                'g',
                " ",
                Some(12),
                Some(0),
                "       1e+20",
            ),
            (0x4415af1d78b58c40, 'g', "-0", None, Some(0), "1e+20"),
            (0x4415af1d78b58c40, 'G', "-+", Some(0), None, "+1E+20"),
            (0x4415af1d78b58c40, 'G', "", None, Some(0), "1E+20"),
            (0x4415af1d78b58c40, 'G', "#-", Some(0), Some(0), "1.E+20"),
            (0x3e8421f5f40d8376, 'e', " 0", None, Some(3), " 1.500e-07"),
            (0x3e8421f5f40d8376, 'e', "#-", Some(0), None, "1.500000e-07"),
            (0x3e8421f5f40d8376, 'e', "", Some(12), None, "1.500000e-07"),
            (0x3e8421f5f40d8376, 'E', " 0", Some(0), Some(0), " 1E-07"),
            (
                0x3e8421f5f40d8376,
                'E',
                " 0",
                Some(0),
                Some(3),
                " 1.500E-07",
            ),
            (
                0x3e8421f5f40d8376,
                'E',
                "0",
                Some(12),
                Some(0),
                "00000001E-07",
            ),
            (0x3e8421f5f40d8376, 'f', "-0", None, None, "0.000000"),
            (0x3e8421f5f40d8376, 'f', "+", Some(0), None, "+0.000000"),
            (0x3e8421f5f40d8376, 'f', "-", None, Some(3), "0.000"),
            (0x3e8421f5f40d8376, 'F', "-0", Some(0), None, "0.000000"),
            (0x3e8421f5f40d8376, 'F', "#-", Some(0), Some(3), "0.000"),
            (0x3e8421f5f40d8376, 'F', " ", Some(0), None, " 0.000000"),
            (
                0x3e8421f5f40d8376,
                'g',
                "#-",
                Some(12),
                Some(0),
                "1.e-07      ",
            ),
            (0x3e8421f5f40d8376, 'g', " 0", None, Some(3), " 1.5e-07"),
            (0x3e8421f5f40d8376, 'g', "", Some(0), Some(0), "1e-07"),
            (0x3e8421f5f40d8376, 'G', " ", None, Some(3), " 1.5E-07"),
            (
                0x3e8421f5f40d8376,
                'G',
                " 0",
                Some(12),
                Some(3),
                " 00001.5E-07",
            ),
            (0x3e8421f5f40d8376, 'G', "-", Some(0), None, "1.5E-07"),
            (
                0x3fe0000000000000,
                'e',
                " ",
                Some(12),
                None,
                " 5.000000e-01",
            ),
            (0x3fe0000000000000, 'e', "", None, Some(0), "5e-01"),
            (
                0x3fe0000000000000,
                'e',
                "+",
                Some(12),
                Some(3),
                "  +5.000e-01",
            ),
            (0x3fe0000000000000, 'E', "#0", None, None, "5.000000E-01"),
            (
                0x3fe0000000000000,
                'E',
                " 0",
                Some(0),
                Some(3),
                " 5.000E-01",
            ),
            (0x3fe0000000000000, 'E', "0", Some(12), None, "5.000000E-01"),
            (
                0x3fe0000000000000,
                'f',
                "#-",
                Some(12),
                Some(3),
                "0.500       ",
            ),
            (0x3fe0000000000000, 'f', "0", Some(0), Some(0), "0"),
            (0x3fe0000000000000, 'f', "+ ", Some(0), None, "+0.500000"),
            (
                0x3fe0000000000000,
                'F',
                "+0",
                Some(12),
                Some(0),
                "+00000000000",
            ),
            (0x3fe0000000000000, 'F', "", Some(0), None, "0.500000"),
            (0x3fe0000000000000, 'F', "+", Some(12), None, "   +0.500000"),
            (0x3fe0000000000000, 'g', "#0", None, Some(0), "0.5"),
            (0x3fe0000000000000, 'g', "+", None, None, "+0.5"),
            (0x3fe0000000000000, 'g', "-+", Some(0), None, "+0.5"),
            (0x3fe0000000000000, 'G', "-", Some(0), None, "0.5"),
            (
                0x3fe0000000000000,
                'G',
                "#",
                Some(12),
                Some(0),
                "         0.5",
            ),
            (0x3fe0000000000000, 'G', "-", Some(0), Some(0), "0.5"),
            (0x7ff0000000000000, 'e', "+0", Some(0), Some(3), "+inf"),
            (0x7ff0000000000000, 'e', "#-", Some(0), None, "inf"),
            (0x7ff0000000000000, 'e', "-", None, Some(0), "inf"),
            (0x7ff0000000000000, 'E', "-", None, Some(3), "INF"),
            (0x7ff0000000000000, 'E', "-", Some(0), Some(3), "INF"),
            (0x7ff0000000000000, 'E', "#-", Some(0), Some(3), "INF"),
            (0x7ff0000000000000, 'f', "-0", Some(0), None, "inf"),
            (0x7ff0000000000000, 'f', "#-", None, Some(3), "inf"),
            (0x7ff0000000000000, 'f', "", Some(0), Some(0), "inf"),
            (
                0x7ff0000000000000,
                'F',
                "+",
                Some(12),
                Some(0),
                "        +INF",
            ),
            (0x7ff0000000000000, 'F', "0", Some(12), None, "000000000INF"),
            (0x7ff0000000000000, 'F', "#0", None, Some(0), "INF"),
            (0x7ff0000000000000, 'g', "0", Some(0), Some(3), "inf"),
            (
                0x7ff0000000000000,
                'g',
                "-+",
                Some(12),
                None,
                "+inf        ",
            ),
            (
                0x7ff0000000000000,
                'g',
                "+ ",
                Some(12),
                None,
                "        +inf",
            ),
            (
                0x7ff0000000000000,
                'G',
                "-+",
                Some(12),
                None,
                "+INF        ",
            ),
            (
                0x7ff0000000000000,
                'G',
                "+",
                Some(12),
                Some(0),
                "        +INF",
            ),
            (0x7ff0000000000000, 'G', "-+", Some(0), None, "+INF"),
            (0xfff0000000000000, 'e', "#", Some(12), None, "        -inf"),
            (0xfff0000000000000, 'e', "#0", Some(0), None, "-inf"),
            (0xfff0000000000000, 'e', " 0", Some(0), None, "-inf"),
            (
                0xfff0000000000000,
                'E',
                "+ ",
                Some(12),
                None,
                "        -INF",
            ),
            (
                0xfff0000000000000,
                'E',
                "#",
                Some(12),
                Some(0),
                "        -INF",
            ),
            (
                0xfff0000000000000,
                'E',
                "",
                Some(12),
                Some(0),
                "        -INF",
            ),
            (
                0xfff0000000000000,
                'f',
                "",
                Some(12),
                Some(0),
                "        -inf",
            ),
            (
                0xfff0000000000000,
                'f',
                "#-",
                Some(12),
                None,
                "-inf        ",
            ),
            (
                0xfff0000000000000,
                'f',
                "0",
                Some(12),
                Some(3),
                "-00000000inf",
            ),
            (
                0xfff0000000000000,
                'F',
                "+0",
                Some(12),
                None,
                "-00000000INF",
            ),
            (
                0xfff0000000000000,
                'F',
                "0",
                Some(12),
                Some(0),
                "-00000000INF",
            ),
            (0xfff0000000000000, 'F', "-0", None, Some(3), "-INF"),
            (0xfff0000000000000, 'g', "#0", Some(0), None, "-inf"),
            (0xfff0000000000000, 'g', " ", None, Some(0), "-inf"),
            (0xfff0000000000000, 'g', "-0", None, Some(3), "-inf"),
            (0xfff0000000000000, 'G', " 0", None, Some(3), "-INF"),
            (0xfff0000000000000, 'G', "#0", Some(0), Some(3), "-INF"),
            (0xfff0000000000000, 'G', "-0", Some(0), None, "-INF"),
            (0x7ff8000000000000, 'e', "+0", None, Some(3), "+nan"),
            (0x7ff8000000000000, 'e', "-+", None, Some(3), "+nan"),
            (0x7ff8000000000000, 'e', "0", None, Some(0), "nan"),
            (0x7ff8000000000000, 'E', "#-", None, Some(0), "NAN"),
            (0x7ff8000000000000, 'E', "+0", None, Some(0), "+NAN"),
            (0x7ff8000000000000, 'E', "#0", None, None, "NAN"),
            (0x7ff8000000000000, 'f', "+ ", Some(0), Some(3), "+nan"),
            (0x7ff8000000000000, 'f', " 0", None, Some(0), " nan"),
            (0x7ff8000000000000, 'f', "#0", Some(0), None, "nan"),
            (0x7ff8000000000000, 'F', "#", Some(0), Some(3), "NAN"),
            (
                0x7ff8000000000000,
                'F',
                "#0",
                Some(12),
                Some(0),
                "000000000NAN",
            ),
            (0x7ff8000000000000, 'F', " 0", None, None, " NAN"),
            (0x7ff8000000000000, 'g', "#", None, None, "nan"),
            (
                0x7ff8000000000000,
                'g',
                "-0",
                Some(12),
                Some(3),
                "nan         ",
            ),
            (0x7ff8000000000000, 'g', "-", Some(0), Some(3), "nan"),
            (0x7ff8000000000000, 'G', "#-", None, Some(3), "NAN"),
            (0x7ff8000000000000, 'G', "+0", None, Some(3), "+NAN"),
            (
                0x7ff8000000000000,
                'G',
                " ",
                Some(12),
                Some(0),
                "         NAN",
            ),
            (
                0x406fe00000000000,
                'e',
                "-0",
                Some(12),
                Some(3),
                "2.550e+02   ",
            ),
            (0x406fe00000000000, 'e', "0", None, Some(0), "3e+02"),
            (0x406fe00000000000, 'e', "-0", Some(0), Some(3), "2.550e+02"),
            (0x406fe00000000000, 'E', "#", Some(0), Some(3), "2.550E+02"),
            (0x406fe00000000000, 'E', "-", Some(0), Some(0), "3E+02"),
            (0x406fe00000000000, 'E', "+", None, None, "+2.550000E+02"),
            (0x406fe00000000000, 'f', "+", Some(0), Some(3), "+255.000"),
            (0x406fe00000000000, 'f', "+ ", None, Some(3), "+255.000"),
            (0x406fe00000000000, 'f', "#-", Some(0), None, "255.000000"),
            (0x406fe00000000000, 'F', "-", Some(0), Some(0), "255"),
            (
                0x406fe00000000000,
                'F',
                " ",
                Some(12),
                Some(3),
                "     255.000",
            ),
            (
                0x406fe00000000000,
                'F',
                "0",
                Some(12),
                Some(0),
                "000000000255",
            ),
            (0x406fe00000000000, 'g', "#-", None, Some(0), "3.e+02"),
            (0x406fe00000000000, 'g', "#", None, Some(0), "3.e+02"),
            (
                0x406fe00000000000,
                'g',
                "#-",
                Some(12),
                Some(3),
                "255.        ",
            ),
            (0x406fe00000000000, 'G', "#-", None, Some(0), "3.E+02"),
            (0x406fe00000000000, 'G', "#-", Some(0), Some(3), "255."),
            (0x406fe00000000000, 'G', "-0", Some(0), Some(0), "3E+02"),
            (
                0x3fb999999999999a,
                'f',
                "",
                None,
                Some(60),
                "0.100000000000000005551115123125782702118158340454101562500000",
            ),
            (
                0x7e37e43c8800759c,
                'f',
                "",
                None,
                None,
                "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
            ),
            (0x4341c37937e08000, 'g', "#", None, None, "1.00000e+16"),
            (0x405ec00000000000, 'g', "", None, Some(2), "1.2e+02"),
            (0x405ec00000000000, 'g', "#", None, Some(0), "1.e+02"),
            (0x3f1a36e2eb1c432d, 'g', "", None, None, "0.0001"),
            (0x3ee4f8b588e368f1, 'G', "", None, None, "1E-05"),
            (0x4004000000000000, 'f', "", None, Some(0), "2"),
            (0xfff0000000000000, 'f', "+0", Some(5), None, "-0inf"),
            (0x7ff0000000000000, 'F', "0", Some(5), None, "00INF"),
            (0x7ff8000000000000, 'e', "+", Some(6), None, "  +nan"),
            (0x8000000000000000, 'g', "", None, None, "-0"),
        ];
        let mut failures = Vec::new();
        for &(b, conv, flags, w, p, want) in cases {
            let x = f64::from_bits(b);
            cmp(
                "percent_float",
                format!("({:?}, {:?}, {:?}, {:?}, {:?})", x, conv, flags, w, p),
                Ok(percent_float(x, conv, flags, w, p)),
                Ok(want),
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn percent_int_cases() {
        let cases: &[(bool, u128, char, &str, Option<usize>, Option<usize>, &str)] = &[
            (false, 0u128, 'd', "+0", None, Some(0), "+0"),
            (false, 0u128, 'd', " 0", None, Some(4), " 0000"),
            (false, 0u128, 'd', " 0", Some(1), None, " 0"),
            (false, 0u128, 'i', " ", Some(10), Some(0), "         0"),
            (false, 0u128, 'i', "-", None, Some(4), "0000"),
            (false, 0u128, 'i', "+0", Some(10), Some(4), "+000000000"),
            (false, 0u128, 'u', " 0", None, Some(4), " 0000"),
            (false, 0u128, 'u', "+0", Some(10), Some(0), "+000000000"),
            (false, 0u128, 'u', "+ ", Some(10), Some(4), "     +0000"),
            (false, 0u128, 'x', "", Some(1), Some(4), "0000"),
            (false, 0u128, 'x', "-0", Some(10), Some(0), "0         "),
            (false, 0u128, 'x', "-+", Some(1), Some(4), "+0000"),
            (false, 0u128, 'X', "#", Some(1), Some(4), "0X0000"),
            (false, 0u128, 'X', "-0", None, Some(4), "0000"),
            (false, 0u128, 'X', "+0", Some(1), Some(0), "+0"),
            (false, 0u128, 'o', "+ ", None, None, "+0"),
            (false, 0u128, 'o', "-", Some(1), None, "0"),
            (false, 0u128, 'o', "+0", Some(10), None, "+000000000"),
            (false, 5u128, 'd', "", Some(10), Some(0), "         5"),
            (false, 5u128, 'd', " ", Some(1), Some(0), " 5"),
            (false, 5u128, 'd', "", Some(1), Some(0), "5"),
            (false, 5u128, 'i', "+", Some(10), Some(4), "     +0005"),
            (false, 5u128, 'i', "-", None, Some(4), "0005"),
            (false, 5u128, 'i', "-", Some(1), None, "5"),
            (false, 5u128, 'u', "0", Some(10), None, "0000000005"),
            (false, 5u128, 'u', "+ ", Some(1), Some(0), "+5"),
            (false, 5u128, 'u', "0", Some(1), Some(4), "0005"),
            (false, 5u128, 'x', "-+", Some(10), Some(4), "+0005     "),
            (false, 5u128, 'x', "0", None, Some(0), "5"),
            (false, 5u128, 'x', "-+", None, Some(0), "+5"),
            (false, 5u128, 'X', "#", Some(10), None, "       0X5"),
            (false, 5u128, 'X', "#-", None, Some(0), "0X5"),
            (false, 5u128, 'X', "-", Some(1), None, "5"),
            (false, 5u128, 'o', "+ ", Some(1), None, "+5"),
            (false, 5u128, 'o', " ", Some(10), Some(0), "         5"),
            (false, 5u128, 'o', "-+", None, None, "+5"),
            (true, 5u128, 'd', "-+", None, Some(0), "-5"),
            (true, 5u128, 'd', "+", Some(10), Some(0), "        -5"),
            (true, 5u128, 'd', " 0", Some(1), Some(0), "-5"),
            (true, 5u128, 'i', "+ ", Some(10), Some(0), "        -5"),
            (true, 5u128, 'i', "+0", Some(10), None, "-000000005"),
            (true, 5u128, 'i', "#-", Some(1), Some(0), "-5"),
            (true, 5u128, 'u', "-", Some(10), Some(4), "-0005     "),
            (true, 5u128, 'u', "-+", Some(10), Some(0), "-5        "),
            (true, 5u128, 'u', "#-", Some(1), Some(4), "-0005"),
            (true, 5u128, 'x', "#0", None, Some(4), "-0x0005"),
            (true, 5u128, 'x', "#", Some(10), Some(4), "   -0x0005"),
            (true, 5u128, 'x', "0", None, Some(0), "-5"),
            (true, 5u128, 'X', " ", Some(10), Some(4), "     -0005"),
            (true, 5u128, 'X', "#-", Some(1), Some(4), "-0X0005"),
            (true, 5u128, 'X', "+0", None, Some(4), "-0005"),
            (true, 5u128, 'o', "#-", Some(1), Some(4), "-0o0005"),
            (true, 5u128, 'o', "#0", None, Some(4), "-0o0005"),
            (true, 5u128, 'o', "-0", Some(10), Some(0), "-5        "),
            (false, 255u128, 'd', "", Some(1), Some(4), "0255"),
            (false, 255u128, 'd', "+0", Some(1), Some(0), "+255"),
            (false, 255u128, 'd', "-0", Some(1), Some(4), "0255"),
            (false, 255u128, 'i', "", Some(1), Some(4), "0255"),
            (false, 255u128, 'i', "-0", None, None, "255"),
            (false, 255u128, 'i', "", Some(1), None, "255"),
            (false, 255u128, 'u', "+", Some(10), Some(0), "      +255"),
            (false, 255u128, 'u', "-", Some(1), Some(4), "0255"),
            (false, 255u128, 'u', "#0", None, Some(4), "0255"),
            (false, 255u128, 'x', "#-", Some(10), None, "0xff      "),
            (false, 255u128, 'x', "#", None, Some(4), "0x00ff"),
            (false, 255u128, 'x', "+", Some(1), Some(4), "+00ff"),
            (false, 255u128, 'X', " ", Some(10), None, "        FF"),
            (false, 255u128, 'X', "+0", Some(1), None, "+FF"),
            (false, 255u128, 'X', "-+", None, Some(0), "+FF"),
            (false, 255u128, 'o', "-0", None, None, "377"),
            (false, 255u128, 'o', "+ ", Some(1), Some(0), "+377"),
            (false, 255u128, 'o', " 0", Some(1), Some(0), " 377"),
            (true, 255u128, 'd', "+ ", Some(1), Some(4), "-0255"),
            (true, 255u128, 'd', "+", None, Some(4), "-0255"),
            (true, 255u128, 'd', "#", None, Some(0), "-255"),
            (true, 255u128, 'i', "+0", None, None, "-255"),
            (true, 255u128, 'i', "-+", Some(10), Some(4), "-0255     "),
            (true, 255u128, 'i', "", Some(10), Some(4), "     -0255"),
            (true, 255u128, 'u', "+0", None, Some(0), "-255"),
            (true, 255u128, 'u', "#-", None, None, "-255"),
            (true, 255u128, 'u', "-", None, None, "-255"),
            (true, 255u128, 'x', "+ ", Some(10), None, "       -ff"),
            (true, 255u128, 'x', "+", Some(10), Some(0), "       -ff"),
            (true, 255u128, 'x', "#", Some(10), Some(0), "     -0xff"),
            (true, 255u128, 'X', "-0", Some(1), Some(0), "-FF"),
            (true, 255u128, 'X', "-", Some(1), None, "-FF"),
            (true, 255u128, 'X', "-0", Some(1), Some(4), "-00FF"),
            (true, 255u128, 'o', " 0", Some(1), None, "-377"),
            (true, 255u128, 'o', "-", Some(1), Some(4), "-0377"),
            (true, 255u128, 'o', "-0", Some(10), Some(4), "-0377     "),
            (
                false,
                123456789u128,
                'd',
                "#0",
                Some(1),
                Some(0),
                "123456789",
            ),
            (false, 123456789u128, 'd', "+0", None, None, "+123456789"),
            (
                false,
                123456789u128,
                'd',
                "0",
                Some(1),
                Some(4),
                "123456789",
            ),
            (
                false,
                123456789u128,
                'i',
                "#0",
                Some(10),
                Some(0),
                "0123456789",
            ),
            (false, 123456789u128, 'i', "+ ", Some(1), None, "+123456789"),
            (false, 123456789u128, 'i', "#", None, None, "123456789"),
            (false, 123456789u128, 'u', "#", None, Some(0), "123456789"),
            (false, 123456789u128, 'u', "-", None, None, "123456789"),
            (
                false,
                123456789u128,
                'u',
                "0",
                Some(10),
                Some(4),
                "0123456789",
            ),
            (false, 123456789u128, 'x', " ", None, Some(0), " 75bcd15"),
            (false, 123456789u128, 'x', "", Some(1), Some(0), "75bcd15"),
            (false, 123456789u128, 'x', "+0", Some(1), None, "+75bcd15"),
            (
                false,
                123456789u128,
                'X',
                "+0",
                Some(1),
                Some(0),
                "+75BCD15",
            ),
            (false, 123456789u128, 'X', "+0", None, Some(4), "+75BCD15"),
            (false, 123456789u128, 'X', "#", Some(1), None, "0X75BCD15"),
            (
                false,
                123456789u128,
                'o',
                "#0",
                None,
                Some(0),
                "0o726746425",
            ),
            (
                false,
                123456789u128,
                'o',
                "#-",
                Some(1),
                Some(0),
                "0o726746425",
            ),
            (false, 123456789u128, 'o', "+ ", None, Some(0), "+726746425"),
            (
                true,
                1267650600228229401496703205376u128,
                'd',
                "+",
                None,
                Some(0),
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'd',
                "+0",
                None,
                None,
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'd',
                " ",
                Some(10),
                None,
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'i',
                "+0",
                None,
                None,
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'i',
                "#0",
                Some(10),
                Some(0),
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'i',
                "+0",
                Some(1),
                Some(0),
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'u',
                "#",
                Some(1),
                Some(4),
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'u',
                " ",
                Some(1),
                None,
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'u',
                " ",
                Some(1),
                Some(0),
                "-1267650600228229401496703205376",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'x',
                "-0",
                Some(1),
                None,
                "-10000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'x',
                "+0",
                Some(1),
                Some(0),
                "-10000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'x',
                "+0",
                Some(10),
                None,
                "-10000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'X',
                "-",
                Some(1),
                Some(0),
                "-10000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'X',
                "0",
                Some(10),
                None,
                "-10000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'X',
                "+ ",
                Some(10),
                Some(0),
                "-10000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'o',
                "-",
                Some(10),
                None,
                "-2000000000000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'o',
                "-",
                None,
                Some(0),
                "-2000000000000000000000000000000000",
            ),
            (
                true,
                1267650600228229401496703205376u128,
                'o',
                "#-",
                Some(10),
                Some(4),
                "-0o2000000000000000000000000000000000",
            ),
            (false, 8u128, 'd', "+ ", None, None, "+8"),
            (false, 8u128, 'd', "+ ", Some(1), Some(0), "+8"),
            (false, 8u128, 'd', "#-", Some(10), Some(4), "0008      "),
            (false, 8u128, 'i', "-+", None, None, "+8"),
            (false, 8u128, 'i', "+", Some(10), Some(0), "        +8"),
            (false, 8u128, 'i', "", Some(10), Some(0), "         8"),
            (false, 8u128, 'u', "#0", Some(1), None, "8"),
            (false, 8u128, 'u', " 0", None, Some(4), " 0008"),
            (false, 8u128, 'u', "#0", Some(10), Some(4), "0000000008"),
            (false, 8u128, 'x', "0", Some(1), Some(0), "8"),
            (false, 8u128, 'x', "#", None, Some(4), "0x0008"),
            (false, 8u128, 'x', " ", Some(1), Some(0), " 8"),
            (false, 8u128, 'X', "0", Some(1), Some(4), "0008"),
            (false, 8u128, 'X', "#-", Some(10), None, "0X8       "),
            (false, 8u128, 'X', "-+", Some(10), Some(4), "+0008     "),
            (false, 8u128, 'o', "-+", Some(10), None, "+10       "),
            (false, 8u128, 'o', "+", Some(1), Some(4), "+0010"),
            (false, 8u128, 'o', "+ ", Some(1), Some(0), "+10"),
            (false, 255u128, 'x', "#0", Some(10), Some(4), "0x000000ff"),
            (true, 255u128, 'x', "#0", Some(8), None, "-0x000ff"),
            (false, 255u128, 'X', "#", None, None, "0XFF"),
            (false, 8u128, 'o', "#", None, None, "0o10"),
            (true, 3u128, 'd', "-0", Some(5), None, "-3   "),
            (false, 0u128, 'x', "#", Some(6), None, "   0x0"),
            (false, 0u128, 'o', "#0", Some(6), Some(3), "0o0000"),
            (true, 255u128, 'X', "#-", Some(9), Some(5), "-0X000FF "),
        ];
        let mut failures = Vec::new();
        for &(neg, mag, conv, flags, w, p, want) in cases {
            cmp(
                "percent_int",
                format!(
                    "({}{}, {:?}, {:?}, {:?}, {:?})",
                    if neg { "-" } else { "" },
                    mag,
                    conv,
                    flags,
                    w,
                    p
                ),
                Ok(p_int(neg, mag, conv, flags, w, p)),
                Ok(want),
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn percent_str_cases() {
        let cases: &[(&str, &str, Option<usize>, Option<usize>, &str)] = &[
            ("", "", None, None, ""),
            ("", "", Some(6), None, "      "),
            ("", "", None, Some(2), ""),
            ("", "", Some(7), Some(4), "       "),
            ("", "-", None, None, ""),
            ("", "-", Some(6), None, "      "),
            ("", "-", None, Some(2), ""),
            ("", "-", Some(7), Some(4), "       "),
            ("", "0", None, None, ""),
            ("", "0", Some(6), None, "      "),
            ("", "0", None, Some(2), ""),
            ("", "0", Some(7), Some(4), "       "),
            ("", "+", None, None, ""),
            ("", "+", Some(6), None, "      "),
            ("", "+", None, Some(2), ""),
            ("", "+", Some(7), Some(4), "       "),
            ("", " ", None, None, ""),
            ("", " ", Some(6), None, "      "),
            ("", " ", None, Some(2), ""),
            ("", " ", Some(7), Some(4), "       "),
            ("", "#", None, None, ""),
            ("", "#", Some(6), None, "      "),
            ("", "#", None, Some(2), ""),
            ("", "#", Some(7), Some(4), "       "),
            ("abc", "", None, None, "abc"),
            ("abc", "", Some(6), None, "   abc"),
            ("abc", "", None, Some(2), "ab"),
            ("abc", "", Some(7), Some(4), "    abc"),
            ("abc", "-", None, None, "abc"),
            ("abc", "-", Some(6), None, "abc   "),
            ("abc", "-", None, Some(2), "ab"),
            ("abc", "-", Some(7), Some(4), "abc    "),
            ("abc", "0", None, None, "abc"),
            ("abc", "0", Some(6), None, "   abc"),
            ("abc", "0", None, Some(2), "ab"),
            ("abc", "0", Some(7), Some(4), "    abc"),
            ("abc", "+", None, None, "abc"),
            ("abc", "+", Some(6), None, "   abc"),
            ("abc", "+", None, Some(2), "ab"),
            ("abc", "+", Some(7), Some(4), "    abc"),
            ("abc", " ", None, None, "abc"),
            ("abc", " ", Some(6), None, "   abc"),
            ("abc", " ", None, Some(2), "ab"),
            ("abc", " ", Some(7), Some(4), "    abc"),
            ("abc", "#", None, None, "abc"),
            ("abc", "#", Some(6), None, "   abc"),
            ("abc", "#", None, Some(2), "ab"),
            ("abc", "#", Some(7), Some(4), "    abc"),
            ("h\u{e9}llo", "", None, None, "h\u{e9}llo"),
            ("h\u{e9}llo", "", Some(6), None, " h\u{e9}llo"),
            ("h\u{e9}llo", "", None, Some(2), "h\u{e9}"),
            ("h\u{e9}llo", "", Some(7), Some(4), "   h\u{e9}ll"),
            ("h\u{e9}llo", "-", None, None, "h\u{e9}llo"),
            ("h\u{e9}llo", "-", Some(6), None, "h\u{e9}llo "),
            ("h\u{e9}llo", "-", None, Some(2), "h\u{e9}"),
            ("h\u{e9}llo", "-", Some(7), Some(4), "h\u{e9}ll   "),
            ("h\u{e9}llo", "0", None, None, "h\u{e9}llo"),
            ("h\u{e9}llo", "0", Some(6), None, " h\u{e9}llo"),
            ("h\u{e9}llo", "0", None, Some(2), "h\u{e9}"),
            ("h\u{e9}llo", "0", Some(7), Some(4), "   h\u{e9}ll"),
            ("h\u{e9}llo", "+", None, None, "h\u{e9}llo"),
            ("h\u{e9}llo", "+", Some(6), None, " h\u{e9}llo"),
            ("h\u{e9}llo", "+", None, Some(2), "h\u{e9}"),
            ("h\u{e9}llo", "+", Some(7), Some(4), "   h\u{e9}ll"),
            ("h\u{e9}llo", " ", None, None, "h\u{e9}llo"),
            ("h\u{e9}llo", " ", Some(6), None, " h\u{e9}llo"),
            ("h\u{e9}llo", " ", None, Some(2), "h\u{e9}"),
            ("h\u{e9}llo", " ", Some(7), Some(4), "   h\u{e9}ll"),
            ("h\u{e9}llo", "#", None, None, "h\u{e9}llo"),
            ("h\u{e9}llo", "#", Some(6), None, " h\u{e9}llo"),
            ("h\u{e9}llo", "#", None, Some(2), "h\u{e9}"),
            ("h\u{e9}llo", "#", Some(7), Some(4), "   h\u{e9}ll"),
        ];
        let mut failures = Vec::new();
        for &(s, flags, w, p, want) in cases {
            cmp(
                "percent_str",
                format!("({:?}, {:?}, {:?}, {:?})", s, flags, w, p),
                Ok(percent_str(s, flags, w, p)),
                Ok(want),
                &mut failures,
            );
        }
        report(failures, cases.len());
    }

    #[test]
    fn percent_char_cases() {
        let cases: &[(char, &str, Option<usize>, &str)] = &[
            ('A', "", None, "A"),
            ('A', "", Some(3), "  A"),
            ('A', "-", None, "A"),
            ('A', "-", Some(3), "A  "),
            ('A', "0", None, "A"),
            ('A', "0", Some(3), "  A"),
            ('A', "+", None, "A"),
            ('A', "+", Some(3), "  A"),
            ('\u{e9}', "", None, "\u{e9}"),
            ('\u{e9}', "", Some(3), "  \u{e9}"),
            ('\u{e9}', "-", None, "\u{e9}"),
            ('\u{e9}', "-", Some(3), "\u{e9}  "),
            ('\u{e9}', "0", None, "\u{e9}"),
            ('\u{e9}', "0", Some(3), "  \u{e9}"),
            ('\u{e9}', "+", None, "\u{e9}"),
            ('\u{e9}', "+", Some(3), "  \u{e9}"),
        ];
        let mut failures = Vec::new();
        for &(c, flags, w, want) in cases {
            cmp(
                "percent_char",
                format!("({:?}, {:?}, {:?})", c, flags, w),
                Ok(percent_char(c, flags, w)),
                Ok(want),
                &mut failures,
            );
        }
        report(failures, cases.len());
    }
}
