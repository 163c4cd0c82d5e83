//! "Did you mean: 'x'?" for NameError and AttributeError, as CPython 3.11's suggestions.c
//! computes it: a Levenshtein distance with case-insensitive substitutions at half cost, at
//! most a third of the characters changed, candidates tried in CPython's order.

use pyjit_runtime::code::{CO_FAST_LOCAL, CodeObject};
use pyjit_runtime::gc::{kind_of, payload_unchecked};
use pyjit_runtime::object::{Kind, PyDict, PyException, PyModule, PyType};
use pyjit_runtime::{Runtime, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance of two UTF-8 strings (bytes), giving up beyond `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, CPython's way (first of the best wins).
fn best(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best_distance = usize::MAX;
    let mut suggestion: Option<&String> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let max_distance =
            ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best_distance {
            suggestion = Some(c);
            best_distance = d;
        }
    }
    suggestion.cloned()
}

fn dict_keys(rt: &Runtime, d: Value) -> Vec<String> {
    payload_unchecked::<PyDict>(d)
        .0
        .keys()
        .filter_map(|k| rt.str_of(k))
        .map(String::from)
        .collect()
}

/// The suggestion for an uncaught NameError or AttributeError, if any.
pub fn suggestion(rt: &mut Runtime, exc: Value) -> Option<String> {
    let e = payload_unchecked::<PyException>(exc);
    let (name, obj) = (e.name, e.obj);
    if name.is_null() {
        return None;
    }
    let name = rt.str_of(name)?.to_string();
    if name.len() > MAX_STRING_SIZE {
        return None;
    }
    if rt.isinstance(exc, rt.t.name_error) {
        // Locals of the innermost frame, then its globals, then the builtins.
        if let Some(&(code, _)) = e.traceback.first() {
            let c = payload_unchecked::<CodeObject>(code);
            let locals: Vec<String> = c
                .localsplus_names
                .iter()
                .zip(&c.localsplus_kinds)
                .filter(|(_, k)| **k & CO_FAST_LOCAL != 0)
                .filter_map(|(&n, _)| rt.str_of(n).map(String::from))
                .collect();
            if let Some(s) = best(&name, &locals) {
                return Some(s);
            }
        }
        if !obj.is_null()
            && let Some(s) = best(&name, &dict_keys(rt, obj))
        {
            return Some(s);
        }
        return best(&name, &dict_keys(rt, rt.builtins));
    }
    if obj.is_null() {
        return None;
    }
    // dir(obj): sorted attribute names.
    let mut names = match kind_of(obj) {
        Some(Kind::Module) => dict_keys(rt, payload_unchecked::<PyModule>(obj).dict),
        _ => {
            let mut ty = if kind_of(obj) == Some(Kind::Type) {
                obj
            } else {
                rt.type_of(obj)
            };
            let mut v = Vec::new();
            while !ty.is_null() {
                let t = payload_unchecked::<PyType>(ty);
                v.extend(dict_keys(rt, t.dict));
                ty = t.base;
            }
            v
        }
    };
    names.sort();
    names.dedup();
    best(&name, &names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn suggests_like_cpython() {
        // Distances follow suggestions.c; end-to-end cases checked against CPython are in
        // tests/programs/err_*_suggestion.py.
        assert_eq!(
            best("pritn", &s(&["print", "len", "range"])).as_deref(),
            Some("print")
        );
        assert_eq!(
            best("lenght", &s(&["len", "length"])).as_deref(),
            Some("length")
        );
        assert_eq!(best("Print", &s(&["print"])).as_deref(), Some("print"));
        assert_eq!(best("xyz", &s(&["print", "len"])), None);
        assert_eq!(
            best("uper", &s(&["lower", "split", "upper"])).as_deref(),
            Some("upper")
        );
    }
}
