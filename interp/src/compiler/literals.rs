//! String literal values with lone surrogates. ruff's parser decodes `"\ud800"` to U+FFFD
//! (a Rust string cannot hold a surrogate); CPython keeps the surrogate. For a literal whose
//! value has a U+FFFD, this re-reads the source's escapes and puts back each `\uXXXX` /
//! `\UXXXXXXXX` surrogate as pyjit stores surrogates (`pyjit_runtime::surrogate`); every
//! other character is taken from ruff's value, so only the count of characters each piece
//! of source text makes has to be known here.

use pyjit_runtime::surrogate;
use ruff_python_ast::{self as ast, StringFlags};
use ruff_text_size::Ranged;
use std::borrow::Cow;

/// The value of string literal `e` (all its implicitly concatenated parts).
pub fn value<'a>(source: &str, e: &'a ast::ExprStringLiteral) -> Cow<'a, str> {
    let whole = e.value.to_str();
    if !whole.contains('\u{fffd}') {
        return Cow::Borrowed(whole);
    }
    let mut out = String::with_capacity(whole.len());
    for part in e.value.iter() {
        match part_value(source, part) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&part.value),
        }
    }
    Cow::Owned(out)
}

/// One part's value with its surrogate escapes, or `None` if it has none (or the source
/// does not line up with ruff's value, which then stands).
fn part_value(source: &str, part: &ast::StringLiteral) -> Option<String> {
    let flags = part.flags;
    if flags.prefix().is_raw() || !part.value.contains('\u{fffd}') {
        return None;
    }
    let r = part.range();
    let start = (r.start() + flags.opener_len()).to_usize();
    let end = (r.end() - flags.closer_len()).to_usize();
    let raw: Vec<char> = source.get(start..end)?.chars().collect();
    let decoded: Vec<char> = part.value.chars().collect();
    let (mut i, mut k) = (0, 0);
    let mut out = String::with_capacity(part.value.len());
    let mut changed = false;
    while i < raw.len() {
        let (len, makes, surrogate) = unit(&raw[i..]);
        match surrogate {
            Some(cp) if decoded.get(k) == Some(&'\u{fffd}') => {
                out.push(surrogate::to_char(cp));
                changed = true;
            }
            _ => out.extend(decoded.get(k..k + makes)?),
        }
        i += len;
        k += makes;
    }
    (changed && k == decoded.len()).then_some(out)
}

/// The source unit at the start of `s`: how many source characters it spans, how many
/// characters of the value it makes, and the surrogate code point if it is a `\u` or `\U`
/// escape of one.
fn unit(s: &[char]) -> (usize, usize, Option<u32>) {
    let hex = |n: usize| -> Option<u32> {
        let digits: String = s.get(2..2 + n)?.iter().collect();
        u32::from_str_radix(&digits, 16).ok()
    };
    match s {
        ['\r', '\n', ..] => (2, 1, None),
        ['\\', '\r', '\n', ..] => (3, 0, None),
        ['\\', '\n' | '\r', ..] => (2, 0, None),
        [
            '\\',
            '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v',
            ..,
        ] => (2, 1, None),
        ['\\', '0'..='7', ..] => {
            let n = s[1..].iter().take(3).take_while(|c| c.is_digit(8)).count();
            (1 + n, 1, None)
        }
        ['\\', 'x', ..] => (4, 1, None),
        ['\\', 'u', ..] => (6, 1, hex(4).filter(|c| (0xD800..=0xDFFF).contains(c))),
        ['\\', 'U', ..] => (10, 1, hex(8).filter(|c| (0xD800..=0xDFFF).contains(c))),
        ['\\', 'N', '{', ..] => {
            let close = s.iter().position(|&c| c == '}').unwrap_or(s.len() - 1);
            (close + 1, 1, None)
        }
        // An unknown escape keeps its backslash.
        ['\\', _, ..] => (2, 2, None),
        _ => (1, 1, None),
    }
}
