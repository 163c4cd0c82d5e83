//! Lone surrogates (U+D800..U+DFFF) in strs. A Rust `str` holds only Unicode scalar
//! values, so pyjit stores surrogate code point `S` as the private-use character
//! `U+100000 + S` (U+10D800..U+10DFFF, inside plane 16's private-use area and away from
//! the U+10FFFF that programs probe) and maps it back wherever Python sees code points:
//! `ord`, `chr`, `repr`, hashing, ordering, encoding (which refuses them unless an error
//! handler takes them) and writing to a stream. The price: a genuine U+10D800..U+10DFFF
//! character in a str is taken for a surrogate (private-use code points that no text is
//! expected to hold).

/// Where the surrogates are stored: `S + OFFSET`.
const OFFSET: u32 = 0x100000;
const FIRST: u32 = 0xD800;
const LAST: u32 = 0xDFFF;

/// The character pyjit stores for Python code point `cp` (below 0x110000).
pub fn to_char(cp: u32) -> char {
    let stored = if (FIRST..=LAST).contains(&cp) {
        cp + OFFSET
    } else {
        cp
    };
    char::from_u32(stored).expect("a code point below 0x110000")
}

/// The Python code point of stored character `c`.
pub fn code_point(c: char) -> u32 {
    let u = c as u32;
    if is_surrogate(c) { u - OFFSET } else { u }
}

/// Whether stored character `c` stands for a surrogate.
pub fn is_surrogate(c: char) -> bool {
    (FIRST + OFFSET..=LAST + OFFSET).contains(&(c as u32))
}

/// Whether `s` holds any surrogate (a fast byte test: every stored surrogate is encoded
/// as F4 8D Ax/Bx xx in UTF-8).
pub fn any(s: &str) -> bool {
    s.as_bytes()
        .windows(3)
        .any(|w| w[0] == 0xF4 && w[1] == 0x8D && w[2] >= 0xA0)
}

/// Whether `sys.stdin` and `sys.stdout` use "surrogateescape" (surrogates U+DC80..U+DCFF
/// stand for undecodable bytes) rather than "strict", as CPython 3.11 decides it: `PYTHONIOENCODING`'s error handler if it names one, else under UTF-8 mode or a
/// C, POSIX or C.UTF-8 locale.
pub fn stdio_escapes() -> bool {
    static ESCAPES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ESCAPES.get_or_init(|| {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        if let Some(errors) = var("PYTHONIOENCODING").and_then(|v| {
            v.split_once(':')
                .map(|(_, e)| e.to_string())
                .filter(|e| !e.is_empty())
        }) {
            return errors == "surrogateescape";
        }
        if var("PYTHONUTF8").as_deref() == Some("1") {
            return true;
        }
        let locale = var("LC_ALL")
            .or_else(|| var("LC_CTYPE"))
            .or_else(|| var("LANG"))
            .unwrap_or_else(|| "C".into());
        matches!(
            locale.to_ascii_lowercase().as_str(),
            "c" | "posix" | "c.utf-8" | "c.utf8" | "utf-8"
        )
    })
}

/// The order of two strs by code point, as Python orders them. UTF-8 byte order is code
/// point order except where a stored surrogate meets a character above U+DFFF: only the
/// first characters that differ are looked at again.
pub fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let Some(at) = x.iter().zip(y).position(|(p, q)| p != q) else {
        return x.len().cmp(&y.len());
    };
    // Back to the start of the character holding the first differing byte.
    let start = (0..=at).rev().find(|&i| x[i] & 0xC0 != 0x80).unwrap_or(0);
    match (a[start..].chars().next(), b[start..].chars().next()) {
        (Some(c), Some(d)) => code_point(c).cmp(&code_point(d)),
        _ => x.cmp(y),
    }
}

/// The UTF-8 bytes CPython's "surrogatepass" writes for surrogate code point `cp`.
pub fn pass_bytes(cp: u32) -> [u8; 3] {
    [
        0xE0 | (cp >> 12) as u8,
        0x80 | ((cp >> 6) & 0x3F) as u8,
        0x80 | (cp & 0x3F) as u8,
    ]
}

/// The surrogate code point "surrogatepass" reads from the start of `d`, if any.
pub fn pass_decode(d: &[u8]) -> Option<u32> {
    match d {
        [0xED, b1, b2, ..] if (0xA0..=0xBF).contains(b1) && b2 & 0xC0 == 0x80 => {
            Some(0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_and_others_are_themselves() {
        for cp in [0xD800, 0xDBFF, 0xDC00, 0xDCFF, 0xDFFF] {
            let c = to_char(cp);
            assert!(is_surrogate(c));
            assert_eq!(code_point(c), cp);
            assert!(any(&format!("ab{c}")));
        }
        for cp in [0x41, 0xD7FF, 0xE000, 0xFFFD, 0x10D7FF, 0x10E000, 0x10FFFF] {
            let c = to_char(cp);
            assert_eq!(c as u32, cp);
            assert!(!is_surrogate(c) && !any(&c.to_string()));
        }
        assert_eq!(pass_decode(&pass_bytes(0xDC80)), Some(0xDC80));
        let (s, e) = (to_char(0xD800).to_string(), "\u{E000}");
        assert!(cmp(&s, e).is_lt() && cmp("a", &s).is_lt() && cmp(&s, &s).is_eq());
        assert!(cmp(&format!("x{s}"), "x\u{E000}").is_lt() && cmp("ab", "a").is_gt());
    }
}
