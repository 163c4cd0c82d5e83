//! `bytes` and `bytearray`. (Being written: see the helper's note.)

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
