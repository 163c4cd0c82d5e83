//! The `builtins` module: functions, type constructors, and registration of every builtin
//! type's methods.

use crate::gc::{kind_of, payload, payload_unchecked};
use crate::object::*;
use crate::ops::{self, CmpOp};
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, containers, dict, float, int, repr, seq, set, strings};

/// Splits `args` into positional args and (name, value) keyword pairs.
pub fn split_kw<'a>(
    rt: &Runtime,
    args: &'a [Value],
    kwnames: &[Value],
) -> (&'a [Value], Vec<(&'static str, Value)>) {
    let npos = args.len() - kwnames.len();
    let kws = kwnames
        .iter()
        .enumerate()
        .map(|(i, &k)| (rt.str_of(k).unwrap_or(""), args[npos + i]))
        .collect();
    (&args[..npos], kws)
}

pub fn no_kwargs(rt: &mut Runtime, name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(rt.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// "X() takes at most N arguments (M given)": the wording of Argument Clinic functions with
/// optional parameters.
pub fn arity_takes(rt: &mut Runtime, name: &str, n: usize, max: usize) -> PyResult<()> {
    if n <= max {
        return Ok(());
    }
    Err(rt.type_error(format!(
        "{name}() takes at most {max} argument{} ({n} given)",
        if max == 1 { "" } else { "s" }
    )))
}

/// "X() missing required argument 'p' (pos k)".
pub fn missing_arg(rt: &mut Runtime, name: &str, param: &str, pos: usize) -> PyErr {
    rt.type_error(format!(
        "{name}() missing required argument '{param}' (pos {pos})"
    ))
}

/// Checks a positional argument count with CPython's wording.
pub fn arity(rt: &mut Runtime, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(rt.type_error(msg))
}

pub fn unexpected_kw(rt: &mut Runtime, fname: &str, k: &str) -> PyErr {
    rt.type_error(format!(
        "{fname}() got an unexpected keyword argument '{k}'"
    ))
}

fn attr_name(rt: &mut Runtime, v: Value) -> PyResult<()> {
    if kind_of(v) != Some(Kind::Str) {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!("attribute name must be string, not '{t}'")));
    }
    Ok(())
}

pub fn index_arg(rt: &mut Runtime, v: Value) -> PyResult<i64> {
    if let Some(i) = int::to_i64(v) {
        return Ok(i);
    }
    if crate::dunder::is_instance(v)
        && let Some(r) = crate::dunder::convert(rt, v, "__index__")?
    {
        return index_arg(rt, r);
    }
    if int::is_int(v) {
        return Err(rt.overflow_error("Python int too large to convert to C ssize_t"));
    }
    let t = rt.type_name(v);
    Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn b_len(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "len", kw)?;
    arity(rt, "len", args.len(), 1, 1)?;
    let n = seq::len(rt, args[0])?;
    Ok(rt.new_int(n as i64))
}

fn b_repr(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "repr", kw)?;
    arity(rt, "repr", args.len(), 1, 1)?;
    let s = repr::repr(rt, args[0])?;
    Ok(rt.new_string(s))
}

fn b_ascii(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "ascii", kw)?;
    arity(rt, "ascii", args.len(), 1, 1)?;
    let s = repr::repr(rt, args[0])?;
    let a = crate::format::ascii(&s);
    Ok(rt.new_string(a))
}

fn b_abs(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "abs", kw)?;
    arity(rt, "abs", args.len(), 1, 1)?;
    ops::abs(rt, args[0])
}

fn b_hash(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "hash", kw)?;
    arity(rt, "hash", args.len(), 1, 1)?;
    let h = ops::hash(rt, args[0])?;
    Ok(rt.new_int(h))
}

fn b_id(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "id", args.len(), 1, 1)?;
    Ok(rt.new_int(args[0].0 as i64 & 0x0000_7fff_ffff_ffff))
}

fn b_callable(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "callable", args.len(), 1, 1)?;
    let v = args[0];
    Ok(Value::bool(match kind_of(v) {
        Some(Kind::Function | Kind::Builtin | Kind::Type | Kind::Method | Kind::StaticMethod) => {
            true
        }
        Some(Kind::Instance) => crate::attr::user_method(rt, v, "__call__")?.is_some(),
        _ => false,
    }))
}

fn b_divmod(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "divmod", kw)?;
    arity(rt, "divmod", args.len(), 2, 2)?;
    ops::divmod(rt, args[0], args[1])
}

fn b_pow(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a: Vec<Value> = pos.to_vec();
    for (k, v) in kws {
        match k {
            "base" | "exp" | "mod" => a.push(v),
            other => return Err(unexpected_kw(rt, "pow", other)),
        }
    }
    match a.len() {
        0 => return Err(missing_arg(rt, "pow", "base", 1)),
        1 => return Err(missing_arg(rt, "pow", "exp", 2)),
        n => arity_takes(rt, "pow", n, 3)?,
    }
    if a.len() == 3 && !a[2].is_none() {
        if !(int::is_int(a[0]) && int::is_int(a[1]) && int::is_int(a[2])) {
            return Err(
                rt.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return int::pow_mod(rt, a[0], a[1], a[2]);
    }
    ops::binary_op(rt, ops::BinOp::Pow, false, a[0], a[1])
}

fn b_round(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a: Vec<Value> = pos.to_vec();
    if let Some(&x) = a.first()
        && crate::dunder::is_instance(x)
    {
        if let Some(f) = crate::attr::user_method(rt, x, "__round__")? {
            return crate::attr::call_method(rt, f, x, &a[1..]);
        }
        a[0] = crate::class::base_value(x);
    }
    for (k, v) in kws {
        match k {
            "number" | "ndigits" => a.push(v),
            other => return Err(unexpected_kw(rt, "round", other)),
        }
    }
    if a.is_empty() {
        return Err(missing_arg(rt, "round", "number", 1));
    }
    arity_takes(rt, "round", a.len(), 2)?;
    let x = a[0];
    let nd = a.get(1).copied().filter(|v| !v.is_none());
    if x.is_float() {
        let f = x.as_float();
        match nd {
            None => {
                if f.is_nan() {
                    return Err(rt.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(rt.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                let b = int::float_to_big(r);
                Ok(rt.new_bigint(b))
            }
            Some(n) => {
                let n = match int::to_i64(n) {
                    Some(n) => n,
                    None if int::is_int(n) => {
                        if int::big_is_negative(n) {
                            i64::MIN
                        } else {
                            i64::MAX
                        }
                    }
                    None => index_arg(rt, n)?,
                };
                Ok(Value::float(float::round_digits(f, n)))
            }
        }
    } else if int::is_int(x) {
        let x = if x.is_bool() {
            Value::small_int(x.as_bool() as i64)
        } else {
            x
        };
        match nd {
            None => Ok(x),
            Some(n) => {
                if int::is_int(n) && !int::big_is_negative(n) {
                    return Ok(x);
                }
                let n = index_arg(rt, n)?;
                if n >= 0 {
                    return Ok(x);
                }
                // Round to a multiple of 10**-n, half to even.
                let p = int::pow(rt, Value::small_int(10), Value::small_int(-n))?;
                let (q, r) = int::divmod(rt, x, p)?;
                let twice = int::mul(rt, r, Value::small_int(2));
                let c = int::cmp(twice, p);
                let q_odd = int::to_big(q).bit(0);
                let up =
                    c == std::cmp::Ordering::Greater || (c == std::cmp::Ordering::Equal && q_odd);
                let q = if up {
                    int::add(rt, q, Value::small_int(1))
                } else {
                    q
                };
                Ok(int::mul(rt, q, p))
            }
        }
    } else {
        let t = rt.type_name(x);
        Err(rt.type_error(format!("type {t} doesn't define __round__ method")))
    }
}

fn b_chr(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "chr", kw)?;
    arity(rt, "chr", args.len(), 1, 1)?;
    let i = index_arg(rt, args[0])?;
    match u32::try_from(i)
        .ok()
        .filter(|&u| u < 0x110000)
        .map(crate::surrogate::to_char)
    {
        Some(c) => Ok(strings::char_str(rt, c)),
        None => Err(rt.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "ord", kw)?;
    arity(rt, "ord", args.len(), 1, 1)?;
    if let Some(b) = crate::bytes::data(args[0]) {
        if b.len() != 1 {
            let n = b.len();
            return Err(rt.type_error(format!(
                "ord() expected a character, but string of length {n} found"
            )));
        }
        return Ok(Value::small_int(b[0] as i64));
    }
    let Some(s) = payload::<PyStr>(args[0]) else {
        let t = rt.type_name(args[0]);
        return Err(rt.type_error(format!("ord() expected string of length 1, but {t} found")));
    };
    if s.chars != 1 {
        let n = s.chars;
        return Err(rt.type_error(format!(
            "ord() expected a character, but string of length {n} found"
        )));
    }
    let c = s.s().chars().next().unwrap();
    Ok(Value::small_int(crate::surrogate::code_point(c) as i64))
}

fn radix_str(
    rt: &mut Runtime,
    args: &[Value],
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    arity(rt, name, args.len(), 1, 1)?;
    if crate::dunder::is_instance(args[0])
        && let Some(r) = crate::dunder::convert(rt, args[0], "__index__")?
    {
        return radix_str(rt, &[r], name, radix, prefix);
    }
    if !int::is_int(args[0]) {
        let t = rt.type_name(args[0]);
        return Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let neg = int::big_is_negative(args[0]);
    let s = format!(
        "{}{prefix}{}",
        if neg { "-" } else { "" },
        int::abs_radix(args[0], radix)
    );
    Ok(rt.new_string(s))
}

fn b_hex(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix_str(rt, args, "hex", 16, "0x")
}
fn b_oct(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix_str(rt, args, "oct", 8, "0o")
}
fn b_bin(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix_str(rt, args, "bin", 2, "0b")
}

fn b_format(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => ops::expect_str(rt, s, "format() argument 2")?,
        None => "",
    };
    let s = crate::format::format_value(rt, args[0], spec)?;
    Ok(rt.new_string(s))
}

fn b_isinstance(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "isinstance", kw)?;
    arity(rt, "isinstance", args.len(), 2, 2)?;
    let ty = rt.type_of(args[0]);
    Ok(Value::bool(class_check(
        rt,
        ty,
        args[1],
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )?))
}

fn b_issubclass(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "issubclass", kw)?;
    arity(rt, "issubclass", args.len(), 2, 2)?;
    if kind_of(args[0]) != Some(Kind::Type) {
        return Err(rt.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(class_check(
        rt,
        args[0],
        args[1],
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    )?))
}

fn class_check(rt: &mut Runtime, ty: Value, spec: Value, msg: &str) -> PyResult<bool> {
    match kind_of(spec) {
        Some(Kind::Type) => Ok(rt.is_subtype(ty, spec)),
        Some(Kind::Tuple) => {
            for s in payload_unchecked::<PyTuple>(spec).0.clone().iter() {
                if class_check(rt, ty, *s, msg)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(rt.type_error(msg)),
    }
}

fn b_iter(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "iter", kw)?;
    arity(rt, "iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        if !matches!(
            kind_of(args[0]),
            Some(Kind::Function | Kind::Builtin | Kind::Type)
        ) {
            return Err(rt.type_error("iter(v, w): v must be callable"));
        }
        return Ok(rt.heap.alloc(PyIter::Callable {
            func: args[0],
            sentinel: args[1],
        }));
    }
    seq::iter(rt, args[0])
}

fn b_next(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "next", kw)?;
    arity(rt, "next", args.len(), 1, 2)?;
    let is_iter = match kind_of(args[0]) {
        Some(Kind::Iter | Kind::Generator | Kind::File) => true,
        Some(Kind::Instance) => crate::attr::user_method(rt, args[0], "__next__")?.is_some(),
        _ => false,
    };
    if !is_iter {
        let t = rt.type_name(args[0]);
        return Err(rt.type_error(format!("'{t}' object is not an iterator")));
    }
    match seq::next(rt, args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => {
                // A generator's return value rides on its StopIteration.
                let mut a = vec![];
                if kind_of(args[0]) == Some(Kind::Generator) && !rt.gen_return.is_none() {
                    a.push(rt.gen_return);
                }
                Err(rt.new_error_args(rt.t.stop_iteration, a))
            }
        },
    }
}

fn b_any(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "any", kw)?;
    arity(rt, "any", args.len(), 1, 1)?;
    let it = seq::iter(rt, args[0])?;
    while let Some(v) = seq::next(rt, it)? {
        if ops::truthy(rt, v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_all(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "all", kw)?;
    arity(rt, "all", args.len(), 1, 1)?;
    let it = seq::iter(rt, args[0])?;
    while let Some(v) = seq::next(rt, it)? {
        if !ops::truthy(rt, v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn b_sum(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut start = Value::small_int(0);
    for (k, v) in kws {
        match k {
            "start" => start = v,
            other => return Err(unexpected_kw(rt, "sum", other)),
        }
    }
    if pos.is_empty() {
        return Err(rt.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    arity_takes(rt, "sum", pos.len(), 2)?;
    if let Some(&s) = pos.get(1) {
        start = s;
    }
    if kind_of(start) == Some(Kind::Str) {
        return Err(rt.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let items = seq::to_vec(rt, pos[0])?;
    let mut acc = start;
    // Floats are summed in one f64 accumulator like CPython's fast path.
    let mut i = 0;
    while i < items.len() {
        let x = items[i];
        if acc.is_small_int() && x.is_small_int() {
            acc = rt.new_int(acc.as_small_int() + x.as_small_int());
        } else if acc.is_float() && (x.is_float() || x.is_small_int()) {
            let f = if x.is_float() {
                x.as_float()
            } else {
                x.as_small_int() as f64
            };
            acc = Value::float(acc.as_float() + f);
        } else {
            rt.temp_roots.push(acc);
            let r = ops::binary_op(rt, ops::BinOp::Add, false, acc, x);
            rt.temp_roots.pop();
            acc = r?;
        }
        i += 1;
    }
    Ok(acc)
}

/// Shared by min() and max().
fn min_max(
    rt: &mut Runtime,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    want: CmpOp,
) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let (mut key, mut default) = (Value::NONE, None);
    for (k, v) in kws {
        match k {
            "key" => key = v,
            "default" => default = Some(v),
            other => return Err(unexpected_kw(rt, name, other)),
        }
    }
    if pos.is_empty() {
        return Err(rt.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if pos.len() == 1 {
        seq::to_vec(rt, pos[0])?
    } else {
        if default.is_some() {
            return Err(rt.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(rt.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let roots = rt.temp_roots.len();
    let list = rt.new_list(items.clone());
    rt.temp_roots.push(list);
    let r = (|| {
        let mut best = items[0];
        let mut best_key = if key.is_none() {
            best
        } else {
            rt.call(key, &[best])?
        };
        rt.temp_roots.push(best_key);
        for &x in &items[1..] {
            let k = if key.is_none() {
                x
            } else {
                rt.call(key, &[x])?
            };
            let better = ops::compare(rt, want, k, best_key)?;
            if better.as_bool() {
                best = x;
                best_key = k;
                rt.temp_roots.push(k);
            }
        }
        Ok(best)
    })();
    rt.temp_roots.truncate(roots);
    r
}

fn b_min(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(rt, args, kw, "min", CmpOp::Lt)
}
fn b_max(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(rt, args, kw, "max", CmpOp::Gt)
}

fn b_sorted(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos != 1 {
        return Err(rt.type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let items = seq::to_vec(rt, args[0])?;
    let list = rt.new_list(items);
    let mut margs = vec![list];
    margs.extend_from_slice(&args[1..]);
    rt.temp_roots.push(list);
    let r = containers::list_sort(rt, &margs, kwnames);
    rt.temp_roots.pop();
    r?;
    Ok(list)
}

fn b_enumerate(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a = pos.to_vec();
    for (k, v) in kws {
        match k {
            "start" | "iterable" => a.push(v),
            other => return Err(unexpected_kw(rt, "enumerate", other)),
        }
    }
    if a.is_empty() {
        return Err(rt.type_error("enumerate() missing required argument 'iterable'"));
    }
    arity_takes(rt, "enumerate", a.len(), 2)?;
    let it = seq::iter(rt, a[0])?;
    let count = a.get(1).copied().unwrap_or(Value::small_int(0));
    if !int::is_int(count) {
        let t = rt.type_name(count);
        return Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    Ok(rt.heap.alloc(PyIter::Enumerate { it, count }))
}

fn b_zip(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (args, kws) = split_kw(rt, args, kwnames);
    let mut strict = false;
    for (k, v) in kws {
        match k {
            "strict" => strict = ops::truthy(rt, v)?,
            other => {
                return Err(rt.type_error(format!(
                    "zip() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let mut its = Vec::with_capacity(args.len());
    for (i, &a) in args.iter().enumerate() {
        match seq::iter(rt, a) {
            Ok(it) => {
                its.push(it);
                rt.temp_roots.push(it);
            }
            Err(e) => {
                rt.temp_roots.truncate(rt.temp_roots.len() - i);
                return Err(e);
            }
        }
    }
    rt.temp_roots.truncate(rt.temp_roots.len() - its.len());
    Ok(rt.heap.alloc(PyIter::Zip { its, strict }))
}

fn b_map(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "map", kw)?;
    if args.len() < 2 {
        return Err(rt.type_error("map() must have at least two arguments."));
    }
    let base = rt.temp_roots.len();
    let mut its = Vec::with_capacity(args.len() - 1);
    for &a in &args[1..] {
        match seq::iter(rt, a) {
            Ok(it) => {
                rt.temp_roots.push(it);
                its.push(it);
            }
            Err(e) => {
                rt.temp_roots.truncate(base);
                return Err(e);
            }
        }
    }
    rt.temp_roots.truncate(base);
    Ok(rt.heap.alloc(PyIter::Map { func: args[0], its }))
}

fn b_filter(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "filter", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(rt.type_error(format!("filter expected 2 arguments, got {n}")));
    }
    let it = seq::iter(rt, args[1])?;
    Ok(rt.heap.alloc(PyIter::Filter { func: args[0], it }))
}

fn b_reversed(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "reversed", kw)?;
    if args.len() != 1 {
        let n = args.len();
        return Err(rt.type_error(format!("reversed expected 1 argument, got {n}")));
    }
    let v = args[0];
    match kind_of(v) {
        Some(Kind::List | Kind::Tuple | Kind::Str) => {
            let n = seq::len(rt, v)?;
            Ok(rt.heap.alloc(PyIter::Reversed { seq: v, idx: n }))
        }
        Some(Kind::Range) => {
            let r = payload_unchecked::<PyRange>(v);
            let n = r.len();
            let last = r.start + (n - 1) * r.step;
            let (start, step) = (if n == 0 { r.start } else { last }, -r.step);
            Ok(rt.heap.alloc(PyIter::Range {
                cur: start,
                stop: start + n * step,
                step,
            }))
        }
        Some(Kind::Dict) => {
            let mut keys: Vec<Value> = dict::entries(v).into_iter().map(|e| e.0).collect();
            keys.reverse();
            let l = rt.new_list(keys);
            Ok(rt.heap.alloc(PyIter::Seq { seq: l, idx: 0 }))
        }
        Some(Kind::DictView | Kind::Deque | Kind::Bytes) => {
            let mut items = seq::to_vec(rt, v)?;
            items.reverse();
            let l = rt.new_list(items);
            Ok(rt.heap.alloc(PyIter::Seq { seq: l, idx: 0 }))
        }
        Some(Kind::Instance) => {
            if let Some(f) = crate::attr::user_method(rt, v, "__reversed__")? {
                return crate::attr::call_method(rt, f, v, &[]);
            }
            if crate::attr::user_method(rt, v, "__getitem__")?.is_some()
                && crate::attr::user_method(rt, v, "__len__")?.is_some()
            {
                let n = seq::len(rt, v)?;
                let mut items = Vec::with_capacity(n);
                let acc = rt.new_list(vec![]);
                rt.temp_roots.push(acc);
                for i in (0..n).rev() {
                    let x = seq::getitem(rt, v, Value::small_int(i as i64));
                    match x {
                        Ok(x) => payload_unchecked::<PyList>(acc).0.push(x),
                        Err(e) => {
                            rt.temp_roots.pop();
                            return Err(e);
                        }
                    }
                }
                rt.temp_roots.pop();
                items.extend(payload_unchecked::<PyList>(acc).0.iter());
                let l = rt.new_list(items);
                return Ok(rt.heap.alloc(PyIter::Seq { seq: l, idx: 0 }));
            }
            let b = crate::class::base_value(v);
            if b != v {
                return b_reversed(rt, &[b], &[]);
            }
            let t = rt.type_name(v);
            Err(rt.type_error(format!("'{t}' object is not reversible")))
        }
        _ => {
            let t = rt.type_name(v);
            Err(rt.type_error(format!("'{t}' object is not reversible")))
        }
    }
}

fn b_getattr(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "getattr", args.len(), 2, 3)?;
    attr_name(rt, args[1])?;
    match crate::attr::getattr(rt, args[0], args[1]) {
        Err(e) if args.len() == 3 && rt.err_matches(&e, rt.t.attribute_error) => Ok(args[2]),
        r => r,
    }
}

fn b_hasattr(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(rt, "hasattr", args.len(), 2, 2)?;
    attr_name(rt, args[1])?;
    match crate::attr::getattr(rt, args[0], args[1]) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if rt.err_matches(&e, rt.t.attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

// ----- type constructors -----

fn t_int(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a = pos.to_vec();
    for (k, v) in kws {
        match k {
            "base" => a.push(v),
            other => {
                return Err(rt.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )));
            }
        }
    }
    arity_takes(rt, "int", a.len(), 2)?;
    if a.is_empty() {
        return Ok(Value::small_int(0));
    }
    let mut x = a[0];
    if let Some(b) = crate::bytes::data(x) {
        let s = String::from_utf8_lossy(b).to_string();
        x = rt.new_string(s);
    }
    if a.len() == 2 {
        let Some(s) = rt.str_of(x) else {
            return Err(rt.type_error("int() can't convert non-string with explicit base"));
        };
        let base = index_arg(rt, a[1])?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(rt.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int(rt, s, base as u32);
    }
    if x.is_bool() {
        return Ok(Value::small_int(x.as_bool() as i64));
    }
    if int::is_int(x) {
        return Ok(x);
    }
    if x.is_float() {
        let f = x.as_float();
        if f.is_nan() {
            return Err(rt.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(rt.overflow_error("cannot convert float infinity to integer"));
        }
        let b = int::float_to_big(f.trunc());
        return Ok(rt.new_bigint(b));
    }
    if let Some(s) = rt.str_of(x) {
        return parse_int(rt, s, 10);
    }
    if let Some(b) = crate::bytes::data(x) {
        let s = String::from_utf8_lossy(b).to_string();
        return parse_int(rt, &s, 10);
    }
    if crate::dunder::is_instance(x) {
        for m in ["__int__", "__index__"] {
            if let Some(r) = crate::dunder::convert(rt, x, m)? {
                return Ok(r);
            }
        }
        if let Some(f) = crate::attr::user_method(rt, x, "__trunc__")? {
            return crate::attr::call_method(rt, f, x, &[]);
        }
        let b = crate::class::base_value(x);
        if b != x {
            return t_int(rt, &[b], &[]);
        }
    }
    let t = rt.type_name(x);
    Err(rt.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
    )))
}

fn parse_int(rt: &mut Runtime, s: &str, base: u32) -> PyResult<Value> {
    let digits = s.bytes().filter(|b| b.is_ascii_alphanumeric()).count();
    if base == 10 && digits > crate::repr::INT_MAX_STR_DIGITS && int::parse(s, base).is_some() {
        return Err(rt.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
            crate::repr::INT_MAX_STR_DIGITS
        )));
    }
    match int::parse(s, base) {
        Some(b) => Ok(rt.new_bigint(b)),
        None => {
            let r = strings::repr(s);
            Err(rt.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(f) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -f } else { f });
    }
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let cleaned: String = t.chars().filter(|&c| c != '_').collect();
    if cleaned
        .chars()
        .any(|c| !(c.is_ascii_digit() || "+-.eE".contains(c)))
    {
        return None;
    }
    cleaned.parse::<f64>().ok()
}

fn t_float(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "float", kw)?;
    arity(rt, "float", args.len(), 0, 1)?;
    let Some(&x) = args.first() else {
        return Ok(Value::float(0.0));
    };
    if x.is_float() {
        return Ok(x);
    }
    if int::is_int(x) {
        return Ok(Value::float(int::int_to_f64(rt, x)?));
    }
    if let Some(b) = crate::bytes::data(x) {
        let s = String::from_utf8_lossy(b).to_string();
        let sv = rt.new_string(s);
        return t_float(rt, &[sv], &[]);
    }
    if let Some(s) = rt.str_of(x) {
        return match parse_float(s) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let r = strings::repr(s);
                Err(rt.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if crate::dunder::is_instance(x) {
        if let Some(r) = crate::dunder::convert(rt, x, "__float__")? {
            return Ok(r);
        }
        if let Some(r) = crate::dunder::convert(rt, x, "__index__")? {
            return t_float(rt, &[r], &[]);
        }
        let b = crate::class::base_value(x);
        if b != x {
            return t_float(rt, &[b], &[]);
        }
    }
    let t = rt.type_name(x);
    Err(rt.type_error(format!(
        "float() argument must be a string or a real number, not '{t}'"
    )))
}

fn t_str(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "str", kw)?;
    arity_takes(rt, "str", args.len(), 3)?;
    if args.len() > 1 {
        return Err(rt.type_error("decoding str is not supported"));
    }
    let Some(&x) = args.first() else {
        return Ok(rt.empty_str);
    };
    if kind_of(x) == Some(Kind::Str) {
        return Ok(x);
    }
    let s = repr::to_str(rt, x)?;
    Ok(rt.new_string(s))
}

fn t_bool(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "bool", kw)?;
    arity(rt, "bool", args.len(), 0, 1)?;
    match args.first() {
        Some(&x) => Ok(Value::bool(ops::truthy(rt, x)?)),
        None => Ok(Value::FALSE),
    }
}

fn t_list(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "list", kw)?;
    arity(rt, "list", args.len(), 0, 1)?;
    let items = match args.first() {
        Some(&x) => seq::to_vec(rt, x)?,
        None => Vec::new(),
    };
    Ok(rt.new_list(items))
}

fn t_tuple(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "tuple", kw)?;
    arity(rt, "tuple", args.len(), 0, 1)?;
    match args.first() {
        Some(&x) if kind_of(x) == Some(Kind::Tuple) => Ok(x),
        Some(&x) => {
            let items = seq::to_vec(rt, x)?;
            Ok(rt.new_tuple(items))
        }
        None => Ok(rt.empty_tuple),
    }
}

fn t_dict(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    arity(rt, "dict", npos, 0, 1)?;
    let d = rt.new_dict();
    rt.temp_roots.push(d);
    let r = (|| {
        if npos == 1 {
            dict::update_from(rt, d, args[0])?;
        }
        for (i, &k) in kwnames.iter().enumerate() {
            dict::set(rt, d, k, args[npos + i])?;
        }
        Ok(d)
    })();
    rt.temp_roots.pop();
    r
}

fn make_set(rt: &mut Runtime, args: &[Value], kw: &[Value], frozen: bool) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    no_kwargs(rt, name, kw)?;
    arity(rt, name, args.len(), 0, 1)?;
    if frozen
        && let Some(&x) = args.first()
        && kind_of(x) == Some(Kind::Set)
        && crate::gc::header(x).flags & FROZEN != 0
    {
        return Ok(x);
    }
    let s = rt.new_set(frozen);
    if let Some(&x) = args.first() {
        rt.temp_roots.push(s);
        let r = set::update(rt, s, x);
        rt.temp_roots.pop();
        r?;
    }
    Ok(s)
}

fn t_set(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    make_set(rt, args, kw, false)
}
fn t_frozenset(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    make_set(rt, args, kw, true)
}

fn t_range(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "range", kw)?;
    if args.is_empty() {
        return Err(rt.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        let n = args.len();
        return Err(rt.type_error(format!("range expected at most 3 arguments, got {n}")));
    }
    let mut v = [0i128; 3];
    for (i, &a) in args.iter().enumerate() {
        let a = if crate::dunder::is_instance(a)
            && let Some(r) = crate::dunder::convert(rt, a, "__index__")?
        {
            r
        } else {
            a
        };
        if !int::is_int(a) {
            let t = rt.type_name(a);
            return Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        match num_traits::ToPrimitive::to_i128(&*int::to_big(a)) {
            Some(x) if x.abs() <= (1 << 120) => v[i] = x,
            _ => {
                return Err(rt.overflow_error(
                    "range() arguments beyond 2**120 are not supported by pyjit yet",
                ));
            }
        }
    }
    let (start, stop, step) = match args.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        _ => (v[0], v[1], v[2]),
    };
    if step == 0 {
        return Err(rt.value_error("range() arg 3 must not be zero"));
    }
    Ok(rt.heap.alloc(PyRange { start, stop, step }))
}

fn t_slice(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "slice", kw)?;
    arity(rt, "slice", args.len(), 1, 3)?;
    let (start, stop, step) = match args.len() {
        1 => (Value::NONE, args[0], Value::NONE),
        2 => (args[0], args[1], Value::NONE),
        _ => (args[0], args[1], args[2]),
    };
    Ok(rt.heap.alloc(PySlice { start, stop, step }))
}

fn t_type(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "type", kw)?;
    match args.len() {
        1 => Ok(rt.type_of(args[0])),
        3 => {
            let name = ops::expect_str(rt, args[0], "type.__new__() argument 1")?.to_string();
            if kind_of(args[1]) != Some(Kind::Tuple) {
                let t = rt.type_name(args[1]);
                return Err(
                    rt.type_error(format!("type.__new__() argument 2 must be tuple, not {t}"))
                );
            }
            if kind_of(args[2]) != Some(Kind::Dict) {
                let t = rt.type_name(args[2]);
                return Err(
                    rt.type_error(format!("type.__new__() argument 3 must be dict, not {t}"))
                );
            }
            let bases = payload_unchecked::<PyTuple>(args[1]).0.to_vec();
            let module = match rt.frames.last() {
                Some(f) => {
                    let g = f.globals;
                    let k = rt.intern("__name__");
                    dict::get(rt, g, k)?.unwrap_or(Value::NULL)
                }
                None => Value::NULL,
            };
            crate::class::new_class(rt, &name, bases, args[2], module)
        }
        _ => Err(rt.type_error("type() takes 1 or 3 arguments")),
    }
}

fn t_object(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(rt.type_error("object() takes no arguments"));
    }
    Ok(rt.heap.alloc(PyInstance {
        cls: rt.t.object,
        shape: 0,
        values: Vec::new(),
        dict: Value::NULL,
        base_value: Value::NULL,
    }))
}

/// `BaseException(*args)` and every builtin exception type.
pub fn t_exception(rt: &mut Runtime, ty: Value, args: &[Value]) -> PyResult<Value> {
    let mut ty = ty;
    if ty == rt.t.os_error
        && args.len() >= 2
        && let Some(n) = int::to_i64(args[0])
        && let Some(sub) = crate::class::os_error_subclass(rt, n)
    {
        ty = sub;
    }
    let a = rt.new_tuple(args.to_vec());
    let e = rt.heap.alloc(PyException::new(ty, a));
    if rt.is_subtype(ty, rt.t.os_error) {
        crate::class::os_error_attrs(rt, e, args)?;
    }
    Ok(e)
}

fn b_exit(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "exit", kw)?;
    arity(rt, "exit", args.len(), 0, 1)?;
    Err(rt.new_error_args(rt.t.system_exit, args.to_vec()))
}

fn int_bit_length(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "int.bit_length", args, kw)?;
    let n = match int::i64_of(args[0]) {
        Some(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        None => int::to_big(args[0]).bits(),
    };
    Ok(rt.new_int(n as i64))
}

fn int_bit_count(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "int.bit_count", args, kw)?;
    let n = match int::i64_of(args[0]) {
        Some(i) => i.unsigned_abs().count_ones() as u64,
        None => int::to_big(args[0]).magnitude().count_ones(),
    };
    Ok(rt.new_int(n as i64))
}

fn float_is_integer(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::strings::no_args(rt, "float.is_integer", args, kw)?;
    let f = args[0].as_float();
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

pub const INT_METHODS: &[(&str, BuiltinFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_conjugate),
];

fn int_conjugate(_rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn int_as_integer_ratio(rt: &mut Runtime, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = if args[0].is_bool() {
        Value::small_int(args[0].as_bool() as i64)
    } else {
        args[0]
    };
    Ok(rt.new_tuple(vec![v, Value::small_int(1)]))
}

/// Byte order and signedness arguments of `to_bytes`/`from_bytes`.
fn byteorder_args(
    rt: &mut Runtime,
    name: &str,
    pos: &[Value],
    kws: &[(&str, Value)],
    first: &str,
) -> PyResult<(Option<Value>, bool, bool)> {
    let mut a0 = pos.first().copied();
    let mut order = pos.get(1).copied();
    let mut signed = false;
    for &(k, v) in kws {
        match k {
            "byteorder" => order = Some(v),
            "signed" => signed = ops::truthy(rt, v)?,
            k if k == first => a0 = Some(v),
            other => return Err(unexpected_kw(rt, name, other)),
        }
    }
    let little = match order {
        None => false,
        Some(o) => match rt.str_of(o) {
            Some("big") => false,
            Some("little") => true,
            Some(_) => {
                return Err(rt.value_error("byteorder must be either 'little' or 'big'"));
            }
            None => {
                let t = rt.type_name(o);
                return Err(rt.type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {t}"
                )));
            }
        },
    };
    Ok((a0, little, signed))
}

fn int_to_bytes(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, &args[1..], kwnames);
    let (len, little, signed) = byteorder_args(rt, "to_bytes", pos, &kws, "length")?;
    let len = match len {
        Some(l) => index_arg(rt, l)?,
        None => 1,
    };
    if len < 0 {
        return Err(rt.value_error("length argument must be non-negative"));
    }
    let big = int::to_big(args[0]).into_owned();
    if big.sign() == num_bigint::Sign::Minus && !signed {
        return Err(rt.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = big.to_signed_bytes_le();
    let fill = if big.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    if !signed {
        while bytes.len() > 1 && bytes.last() == Some(&0) {
            bytes.pop();
        }
        if big.sign() == num_bigint::Sign::NoSign {
            bytes.clear();
        }
    }
    if bytes.len() > len as usize {
        return Err(rt.overflow_error("int too big to convert"));
    }
    bytes.resize(len as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::bytes::new_bytes(rt, bytes, false))
}

fn int_from_bytes(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let (b, little, signed) = byteorder_args(rt, "from_bytes", pos, &kws, "bytes")?;
    let Some(b) = b else {
        return Err(missing_arg(rt, "from_bytes", "bytes", 1));
    };
    let mut data: Vec<u8> = match crate::bytes::data(b) {
        Some(d) => d.to_vec(),
        None => {
            let items = seq::to_vec(rt, b)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match int::to_i64(it) {
                    Some(x) if (0..256).contains(&x) => out.push(x as u8),
                    _ => return Err(rt.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    if !little {
        data.reverse();
    }
    let v = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&data)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    Ok(rt.new_bigint(v))
}
pub const FLOAT_METHODS: &[(&str, BuiltinFn)] = &[("is_integer", float_is_integer)];

pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("print", crate::io::print::b_print),
    ("len", b_len),
    ("repr", b_repr),
    ("ascii", b_ascii),
    ("abs", b_abs),
    ("hash", b_hash),
    ("id", b_id),
    ("callable", b_callable),
    ("divmod", b_divmod),
    ("pow", b_pow),
    ("round", b_round),
    ("chr", b_chr),
    ("ord", b_ord),
    ("hex", b_hex),
    ("oct", b_oct),
    ("bin", b_bin),
    ("format", b_format),
    ("isinstance", b_isinstance),
    ("issubclass", b_issubclass),
    ("iter", b_iter),
    ("next", b_next),
    ("any", b_any),
    ("all", b_all),
    ("sum", b_sum),
    ("min", b_min),
    ("max", b_max),
    ("sorted", b_sorted),
    ("enumerate", b_enumerate),
    ("zip", b_zip),
    ("reversed", b_reversed),
    ("map", b_map),
    ("filter", b_filter),
    ("getattr", b_getattr),
    ("hasattr", b_hasattr),
    ("setattr", b_setattr),
    ("delattr", b_delattr),
    ("vars", b_vars),
    ("globals", b_globals),
    ("locals", b_locals),
    ("dir", b_dir),
    ("open", crate::io::open::b_open),
    ("input", crate::io::print::b_input),
    ("exit", b_exit),
    ("quit", b_exit),
];

fn b_setattr(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "setattr", kw)?;
    arity(rt, "setattr", args.len(), 3, 3)?;
    attr_name(rt, args[1])?;
    crate::attr::setattr(rt, args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

fn b_delattr(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "delattr", kw)?;
    arity(rt, "delattr", args.len(), 2, 2)?;
    attr_name(rt, args[1])?;
    crate::attr::delattr(rt, args[0], args[1])?;
    Ok(Value::NONE)
}

/// The calling Python frame's locals as a new dict (`locals()`; the module's globals).
pub fn frame_locals(rt: &mut Runtime) -> PyResult<Value> {
    let Some(f) = rt.frames.last().copied() else {
        return Ok(rt.new_dict());
    };
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    let code = payload_unchecked::<crate::code::CodeObject>(f.code);
    if code.flags & crate::code::CO_OPTIMIZED == 0 {
        return Ok(f.globals);
    }
    let d = rt.new_dict();
    rt.temp_roots.push(d);
    for i in 0..code.nlocalsplus() {
        let mut v = rt.stack[f.base + i];
        let kind = code.localsplus_kinds[i];
        if kind & (crate::code::CO_FAST_CELL | crate::code::CO_FAST_FREE) != 0
            && let Some(c) = payload::<PyCell>(v)
        {
            v = c.0;
        }
        if !v.is_null() {
            let _ = dict::set(rt, d, code.localsplus_names[i], v);
        }
    }
    rt.temp_roots.pop();
    Ok(d)
}

fn b_vars(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "vars", kw)?;
    arity(rt, "vars", args.len(), 0, 1)?;
    match args.first() {
        None => frame_locals(rt),
        Some(&o) => {
            if kind_of(o) == Some(Kind::Type) {
                let d = payload_unchecked::<PyType>(o).dict;
                return Ok(dict::copy(rt, d));
            }
            match crate::attr::instance_dict(rt, o) {
                Some(d) => Ok(d),
                None => Err(rt.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn b_globals(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "globals", kw)?;
    arity(rt, "globals", args.len(), 0, 0)?;
    match rt.frames.last() {
        Some(f) => Ok(f.globals),
        None => Ok(rt.new_dict()),
    }
}

fn b_locals(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "locals", kw)?;
    arity(rt, "locals", args.len(), 0, 0)?;
    frame_locals(rt)
}

fn b_dir(rt: &mut Runtime, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "dir", kw)?;
    arity(rt, "dir", args.len(), 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |rt: &mut Runtime, d: Value, names: &mut Vec<String>| {
        for (k, _) in dict::entries(d) {
            if let Some(s) = rt.str_of(k)
                && !names.iter().any(|n| n == s)
            {
                names.push(s.to_string());
            }
        }
    };
    match args.first() {
        None => {
            let d = frame_locals(rt)?;
            add_dict(rt, d, &mut names);
        }
        Some(&o) => {
            if let Some(f) = crate::attr::user_method(rt, o, "__dir__")? {
                let r = crate::attr::call_method(rt, f, o, &[])?;
                let mut items = seq::to_vec(rt, r)?;
                let l = rt.new_list(std::mem::take(&mut items));
                crate::containers::list_sort(rt, &[l], &[])?;
                return Ok(l);
            }
            if let Some(d) = crate::attr::instance_dict(rt, o) {
                add_dict(rt, d, &mut names);
            }
            let ty = if kind_of(o) == Some(Kind::Type) {
                o
            } else {
                rt.type_of(o)
            };
            let mro = payload_unchecked::<PyType>(ty).mro.clone();
            for t in mro {
                let d = payload_unchecked::<PyType>(t).dict;
                add_dict(rt, d, &mut names);
            }
        }
    }
    names.sort();
    let items = names.iter().map(|n| rt.new_str(n)).collect();
    Ok(rt.new_list(items))
}

pub fn register_methods(
    rt: &mut Runtime,
    ty: Value,
    owner: &'static str,
    methods: &[(&'static str, BuiltinFn)],
) {
    let d = payload_unchecked::<PyType>(ty).dict;
    for &(name, func) in methods {
        let k = rt.intern(name);
        let m = rt.heap.alloc(PyBuiltin {
            name,
            func,
            bound: Value::NULL,
            owner,
            owner_type: if owner.is_empty() { Value::NULL } else { ty },
        });
        dict::set(rt, d, k, m).expect("str keys hash");
    }
}

/// Fills the builtins dict and the builtin types' method tables.
pub fn install(rt: &mut Runtime) {
    let b = rt.builtins;
    for &(name, f) in FUNCTIONS {
        let k = rt.intern(name);
        let v = rt.new_builtin(name, f);
        dict::set(rt, b, k, v).expect("str keys hash");
    }
    let t = &rt.t;
    let ctors: Vec<(Value, BuiltinFn)> = vec![
        (t.int, t_int),
        (t.float, t_float),
        (t.str, t_str),
        (t.bool, t_bool),
        (t.list, t_list),
        (t.tuple, t_tuple),
        (t.dict, t_dict),
        (t.set, t_set),
        (t.frozenset, t_frozenset),
        (t.range, t_range),
        (t.slice, t_slice),
        (t.type_, t_type),
        (t.object, t_object),
        (t.bytes, crate::bytes::t_bytes),
        (t.deque, crate::deque::t_deque),
        (t.bytearray, crate::bytes::t_bytearray),
    ];
    for (ty, f) in ctors {
        payload_unchecked::<PyType>(ty).new = Some(f);
    }
    let all = rt.t.all();
    for ty in all {
        let (name, is_exc) = {
            let p = payload_unchecked::<PyType>(ty);
            (p.name.clone(), rt.is_subtype(ty, rt.t.base_exception))
        };
        if is_exc || p_has_ctor(ty) {
            let k = rt.intern(&name);
            dict::set(rt, b, k, ty).expect("str keys hash");
        }
    }
    let t = (
        rt.t.str,
        rt.t.list,
        rt.t.dict,
        rt.t.set,
        rt.t.frozenset,
        rt.t.tuple,
    );
    register_methods(rt, t.0, "str", strings::METHODS);
    register_methods(rt, t.1, "list", containers::LIST_METHODS);
    register_methods(rt, t.2, "dict", containers::DICT_METHODS);
    register_methods(rt, t.3, "set", containers::SET_METHODS);
    register_methods(rt, t.4, "frozenset", containers::FROZENSET_METHODS);
    register_methods(rt, t.5, "tuple", containers::TUPLE_METHODS);
    let (tb, tba) = (rt.t.bytes, rt.t.bytearray);
    register_methods(rt, tb, "bytes", crate::bytes::BYTES_METHODS);
    register_methods(rt, tba, "bytearray", crate::bytes::BYTEARRAY_METHODS);
    register_methods(rt, tb, "", crate::bytes::BYTES_STATIC);
    register_methods(rt, tba, "", crate::bytes::BYTEARRAY_STATIC);
    let tdq = rt.t.deque;
    register_methods(rt, tdq, "collections.deque", crate::deque::METHODS);
    for (ty, name) in [
        (rt.t.file, "TextIOWrapper"),
        (rt.t.buffered_reader, "BufferedReader"),
        (rt.t.buffered_writer, "BufferedWriter"),
        (rt.t.buffered_random, "BufferedRandom"),
    ] {
        register_methods(rt, ty, name, crate::io::methods::METHODS);
    }
    crate::class::install(rt);
    // Static methods: an empty owner means "do not bind self".
    let (ts, td, tr) = (rt.t.str, rt.t.dict, rt.t.range);
    register_methods(rt, ts, "", &[("maketrans", strings::m_maketrans)]);
    register_methods(rt, td, "", &[("fromkeys", containers::d_fromkeys)]);
    register_methods(rt, tr, "range", containers::RANGE_METHODS);
    let (tk, ti2) = (rt.t.dict_keys, rt.t.dict_items);
    register_methods(rt, tk, "dict_keys", containers::VIEW_METHODS);
    register_methods(rt, ti2, "dict_items", containers::VIEW_METHODS);
    let tsl = rt.t.slice;
    register_methods(rt, tsl, "slice", containers::SLICE_METHODS);
    let (ti, tf) = (rt.t.int, rt.t.float);
    register_methods(rt, ti, "int", INT_METHODS);
    register_methods(rt, ti, "", &[("from_bytes", int_from_bytes)]);
    register_methods(rt, tf, "float", FLOAT_METHODS);
    let ose = rt.t.os_error;
    for (name, v) in [
        ("IOError", ose),
        ("EnvironmentError", ose),
        ("None", Value::NONE),
        ("True", Value::TRUE),
        ("False", Value::FALSE),
        ("NotImplemented", Value::NOT_IMPLEMENTED),
        ("Ellipsis", Value::ELLIPSIS),
    ] {
        let k = rt.intern(name);
        dict::set(rt, b, k, v).expect("str keys hash");
    }
}

fn p_has_ctor(ty: Value) -> bool {
    payload_unchecked::<PyType>(ty).new.is_some()
}
