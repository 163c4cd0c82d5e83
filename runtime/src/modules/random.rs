//! The `random` module over the bit-exact Mersenne Twister in `mt.rs`: for the same seed,
//! pyjit draws the same numbers as CPython.

use super::math::real_arg;
use crate::builtins::{arity, index_arg, no_kwargs, split_kw};
use crate::gc::{kind_of, payload_unchecked};
use crate::mt::Mt19937;
use crate::object::{BuiltinFn, Kind, PyList, PyStr, PyTuple};
use crate::value::Value;
use crate::{PyErr, PyResult, Runtime, int, ops, seq};
use num_bigint::BigInt;

/// The module's generator, seeded from the clock on first use (CPython uses OS entropy).
pub(crate) fn generator(rt: &mut Runtime) -> &mut Mt19937 {
    rt.random.get_or_insert_with(|| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let n = t.as_nanos() as u64 ^ (std::process::id() as u64) << 32;
        Box::new(Mt19937::from_int_seed(&[n as u32, (n >> 32) as u32]))
    })
}

fn err(rt: &mut Runtime, msg: String) -> PyErr {
    if msg.starts_with("Missing a non-None stop") {
        rt.type_error(msg)
    } else if msg.starts_with("Cannot choose from an empty") {
        rt.index_error(msg)
    } else {
        rt.value_error(msg)
    }
}

fn seed(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "seed", k)?;
    arity(rt, "seed", a.len(), 0, 2)?;
    let s = a.first().copied().unwrap_or(Value::NONE);
    let m = if s.is_none() {
        rt.random = None;
        generator(rt);
        return Ok(Value::NONE);
    } else if int::is_int(s) {
        let b = int::to_big(s);
        Mt19937::from_int_seed(&b.magnitude().to_u32_digits())
    } else if kind_of(s) == Some(Kind::Str) {
        Mt19937::from_str_seed(payload_unchecked::<PyStr>(s).s())
    } else if s.is_float() {
        Mt19937::from_hash_seed(ops::hash(rt, s)?)
    } else {
        let t = rt.type_name(s);
        return Err(rt.type_error(format!(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. (got {t})"
        )));
    };
    rt.random = Some(Box::new(m));
    Ok(Value::NONE)
}

fn random(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "random", k)?;
    arity(rt, "random", a.len(), 0, 0)?;
    Ok(Value::float(generator(rt).random()))
}

fn uniform(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "uniform", k)?;
    arity(rt, "uniform", a.len(), 2, 2)?;
    let (x, y) = (real_arg(rt, a[0])?, real_arg(rt, a[1])?);
    Ok(Value::float(generator(rt).uniform(x, y)))
}

fn int_arg(rt: &mut Runtime, v: Value) -> PyResult<i64> {
    if v.is_float() {
        let t = rt.type_name(v);
        return Err(rt.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    index_arg(rt, v)
}

/// `_randbelow(n)` for a big `n > 0`.
fn randbelow_big(rt: &mut Runtime, n: &BigInt) -> BigInt {
    let words = n.magnitude().to_u32_digits();
    let r = generator(rt).randbelow_big(&words);
    BigInt::from_slice(num_bigint::Sign::Plus, &r)
}

/// CPython's `randrange` on arbitrary ints (used when an argument is beyond i64).
fn randrange_big(
    rt: &mut Runtime,
    start: BigInt,
    stop: Option<BigInt>,
    step: BigInt,
) -> PyResult<Value> {
    let Some(stop) = stop else {
        if start.sign() == num_bigint::Sign::Plus {
            let r = randbelow_big(rt, &start);
            return Ok(rt.new_bigint(r));
        }
        return Err(rt.value_error("empty range for randrange()"));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width.sign() == num_bigint::Sign::Plus {
            let r = randbelow_big(rt, &width);
            return Ok(rt.new_bigint(start + r));
        }
        return Err(rt.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = match step.sign() {
        num_bigint::Sign::Plus => num_integer::Integer::div_floor(&(&width + &step - 1), &step),
        num_bigint::Sign::Minus => num_integer::Integer::div_floor(&(&width + &step + 1), &step),
        num_bigint::Sign::NoSign => return Err(rt.value_error("zero step for randrange()")),
    };
    if n.sign() != num_bigint::Sign::Plus {
        return Err(rt.value_error("empty range for randrange()"));
    }
    let r = randbelow_big(rt, &n);
    Ok(rt.new_bigint(start + step * r))
}

fn fits_i64(v: Value) -> bool {
    !int::is_int(v) || int::to_i64(v).is_some()
}

fn randrange(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "randrange", k)?;
    arity(rt, "randrange", a.len(), 1, 3)?;
    if !a.iter().all(|&v| fits_i64(v)) && a.iter().all(|&v| int::is_int(v) || v.is_none()) {
        let start = int::to_big(a[0]).into_owned();
        let stop = a
            .get(1)
            .filter(|v| !v.is_none())
            .map(|&v| int::to_big(v).into_owned());
        let step = a
            .get(2)
            .map(|&v| int::to_big(v).into_owned())
            .unwrap_or(BigInt::from(1));
        return randrange_big(rt, start, stop, step);
    }
    let start = int_arg(rt, a[0])?;
    let stop = match a.get(1) {
        Some(v) if !v.is_none() => Some(int_arg(rt, *v)?),
        _ => None,
    };
    let step = match a.get(2) {
        Some(&v) => int_arg(rt, v)?,
        None => 1,
    };
    match generator(rt).randrange(start, stop, step) {
        Ok(r) => Ok(rt.new_int(r)),
        Err(m) => Err(err(rt, m)),
    }
}

fn randint(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "randint", k)?;
    arity(rt, "randint", a.len(), 2, 2)?;
    if !(fits_i64(a[0]) && fits_i64(a[1])) && int::is_int(a[0]) && int::is_int(a[1]) {
        let (lo, hi) = (
            int::to_big(a[0]).into_owned(),
            int::to_big(a[1]).into_owned(),
        );
        return randrange_big(rt, lo, Some(hi + 1), BigInt::from(1));
    }
    let (x, y) = (int_arg(rt, a[0])?, int_arg(rt, a[1])?);
    match generator(rt).randint(x, y) {
        Ok(r) => Ok(rt.new_int(r)),
        Err(m) => Err(err(rt, m)),
    }
}

fn getrandbits(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "getrandbits", k)?;
    arity(rt, "getrandbits", a.len(), 1, 1)?;
    let n = int_arg(rt, a[0])?;
    if n < 0 {
        return Err(rt.value_error("number of bits must be non-negative"));
    }
    let words = generator(rt).getrandbits(n.min(u32::MAX as i64) as u32);
    let b = num_bigint::BigInt::from_slice(num_bigint::Sign::Plus, &words);
    Ok(rt.new_bigint(b))
}

fn choice(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "choice", k)?;
    arity(rt, "choice", a.len(), 1, 1)?;
    let n = seq::len(rt, a[0])?;
    match generator(rt).choice_index(n) {
        Ok(i) => seq::getitem(rt, a[0], Value::small_int(i as i64)),
        Err(m) => Err(err(rt, m)),
    }
}

fn shuffle(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "shuffle", k)?;
    arity(rt, "shuffle", a.len(), 1, 1)?;
    if kind_of(a[0]) != Some(Kind::List) {
        let t = rt.type_name(a[0]);
        return Err(rt.type_error(format!("'{t}' object does not support item assignment")));
    }
    let items = &mut payload_unchecked::<PyList>(a[0]).0;
    generator(rt).shuffle(items);
    Ok(Value::NONE)
}

fn sample(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let mut a = pos.to_vec();
    for (k, v) in kws {
        match k {
            "k" => a.push(v),
            other => {
                return Err(rt.type_error(format!(
                    "sample() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    arity(rt, "sample", a.len(), 2, 2)?;
    if matches!(kind_of(a[0]), Some(Kind::Set | Kind::Dict)) {
        return Err(
            rt.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    // Index the population lazily (sample(range(10**12), 3) must not build a list).
    let n = seq::len(rt, a[0])?;
    let kk = int_arg(rt, a[1])?;
    if kk < 0 || kk as usize > n {
        return Err(rt.value_error("Sample larger than population or is negative"));
    }
    let idx = match generator(rt).sample_indices(n, kk as usize) {
        Ok(idx) => idx,
        Err(m) => return Err(err(rt, m)),
    };
    let mut picked = Vec::with_capacity(idx.len());
    for i in idx {
        picked.push(seq::getitem(rt, a[0], Value::small_int(i as i64))?);
    }
    Ok(rt.new_list(picked))
}

fn choices(rt: &mut Runtime, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(rt, args, kwnames);
    let pos = pos.to_vec();
    arity(rt, "choices", pos.len(), 1, 2)?;
    let (mut weights, mut cum, mut k) = (pos.get(1).copied().filter(|v| !v.is_none()), None, 1i64);
    for (name, v) in kws {
        match name {
            "weights" if !v.is_none() => weights = Some(v),
            "cum_weights" if !v.is_none() => cum = Some(v),
            "k" => k = int_arg(rt, v)?,
            "weights" | "cum_weights" => {}
            other => {
                return Err(rt.type_error(format!(
                    "choices() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let population = seq::to_vec(rt, pos[0])?;
    let k = k.max(0) as usize;
    let idx = if weights.is_none() && cum.is_none() {
        if population.is_empty() {
            return Err(rt.index_error("Cannot choose from an empty population"));
        }
        generator(rt).choices_indices(population.len(), k)
    } else {
        if weights.is_some() && cum.is_some() {
            return Err(rt.type_error("Cannot specify both weights and cumulative weights"));
        }
        let mut cw = Vec::new();
        let mut acc = 0.0;
        for w in seq::to_vec(rt, weights.or(cum).unwrap())? {
            let x = real_arg(rt, w)?;
            if weights.is_some() {
                acc += x;
                cw.push(acc);
            } else {
                cw.push(x);
            }
        }
        if cw.len() != population.len() {
            return Err(rt.value_error("The number of weights does not match the population"));
        }
        match generator(rt).choices_cum_weights_indices(&cw, k) {
            Ok(i) => i,
            Err(m) => return Err(err(rt, m)),
        }
    };
    let picked = idx.into_iter().map(|i| population[i]).collect();
    Ok(rt.new_list(picked))
}

fn two_floats(
    rt: &mut Runtime,
    a: &[Value],
    k: &[Value],
    name: &str,
    dflt: (f64, f64),
) -> PyResult<(f64, f64)> {
    no_kwargs(rt, name, k)?;
    arity(rt, name, a.len(), 0, 2)?;
    let x = match a.first() {
        Some(&v) => real_arg(rt, v)?,
        None => dflt.0,
    };
    let y = match a.get(1) {
        Some(&v) => real_arg(rt, v)?,
        None => dflt.1,
    };
    Ok((x, y))
}

fn gauss(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (mu, sigma) = two_floats(rt, a, k, "gauss", (0.0, 1.0))?;
    Ok(Value::float(generator(rt).gauss(mu, sigma)))
}

fn normalvariate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (mu, sigma) = two_floats(rt, a, k, "normalvariate", (0.0, 1.0))?;
    Ok(Value::float(generator(rt).normalvariate(mu, sigma)))
}

fn betavariate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "betavariate", k)?;
    arity(rt, "betavariate", a.len(), 2, 2)?;
    let (alpha, beta) = (real_arg(rt, a[0])?, real_arg(rt, a[1])?);
    let g = generator(rt);
    let y = g.gammavariate(alpha, 1.0);
    let r = match y {
        Ok(y) if y != 0.0 => g.gammavariate(beta, 1.0).map(|z| y / (y + z)),
        Ok(_) => Ok(0.0),
        Err(e) => Err(e),
    };
    match r {
        Ok(v) => Ok(Value::float(v)),
        Err(m) => Err(rt.value_error(m)),
    }
}

fn gammavariate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "gammavariate", k)?;
    arity(rt, "gammavariate", a.len(), 2, 2)?;
    let (alpha, beta) = (real_arg(rt, a[0])?, real_arg(rt, a[1])?);
    match generator(rt).gammavariate(alpha, beta) {
        Ok(v) => Ok(Value::float(v)),
        Err(m) => Err(rt.value_error(m)),
    }
}

fn expovariate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "expovariate", k)?;
    arity(rt, "expovariate", a.len(), 1, 1)?;
    let l = real_arg(rt, a[0])?;
    if l == 0.0 {
        return Err(rt.zero_division("float division by zero"));
    }
    Ok(Value::float(generator(rt).expovariate(l)))
}

fn triangular(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "triangular", k)?;
    arity(rt, "triangular", a.len(), 0, 3)?;
    let mut v = [0.0, 1.0];
    for (i, slot) in v.iter_mut().enumerate() {
        if let Some(&x) = a.get(i) {
            *slot = real_arg(rt, x)?;
        }
    }
    let mode = match a.get(2) {
        Some(x) if !x.is_none() => Some(real_arg(rt, *x)?),
        _ => None,
    };
    if mode.is_some() && v[0] == v[1] {
        // CPython: (mode - low) / (high - low) raises ZeroDivisionError and `low` itself
        // is returned, after one random() draw.
        generator(rt).random();
        return Ok(a.first().copied().unwrap_or(Value::float(0.0)));
    }
    Ok(Value::float(generator(rt).triangular(v[0], v[1], mode)))
}

/// `getstate()`: `(3, (625 ints), gauss_next)`, as CPython.
fn getstate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "getstate", k)?;
    arity(rt, "getstate", a.len(), 0, 0)?;
    let (words, index, gauss) = generator(rt).get_state();
    let mut items: Vec<Value> = words.iter().map(|&w| rt.new_int(w as i64)).collect();
    items.push(rt.new_int(index as i64));
    let inner = rt.new_tuple(items);
    let g = gauss.map_or(Value::NONE, Value::float);
    Ok(rt.new_tuple(vec![Value::small_int(3), inner, g]))
}

fn setstate(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kwargs(rt, "setstate", k)?;
    arity(rt, "setstate", a.len(), 1, 1)?;
    let bad = |rt: &mut Runtime| rt.type_error("state vector must be a tuple");
    let Some(t) = crate::gc::payload::<PyTuple>(a[0]) else {
        return Err(bad(rt));
    };
    let parts = t.0.to_vec();
    if parts.len() != 3 || int::to_i64(parts[0]) != Some(3) {
        return Err(rt.value_error("state with version 3 passed to Random.setstate() of version 3"));
    }
    let Some(inner) = crate::gc::payload::<PyTuple>(parts[1]) else {
        return Err(bad(rt));
    };
    let nums: Vec<i64> = inner.0.iter().filter_map(|&v| int::to_i64(v)).collect();
    if nums.len() != 625 {
        return Err(rt.value_error("state vector is the wrong size"));
    }
    let words: Vec<u32> = nums[..624].iter().map(|&w| w as u32).collect();
    let gauss = if parts[2].is_float() {
        Some(parts[2].as_float())
    } else {
        None
    };
    match Mt19937::from_state(&words, nums[624] as usize, gauss) {
        Some(m) => {
            rt.random = Some(Box::new(m));
            Ok(Value::NONE)
        }
        None => Err(rt.value_error("invalid state")),
    }
}

pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("getstate", getstate),
    ("setstate", setstate),
    ("seed", seed),
    ("random", random),
    ("uniform", uniform),
    ("randrange", randrange),
    ("randint", randint),
    ("getrandbits", getrandbits),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("expovariate", expovariate),
    ("betavariate", betavariate),
    ("gammavariate", gammavariate),
    ("triangular", triangular),
];

/// Runs module function `f` on the generator of `random.Random` instance `args[0]` (its
/// generator is swapped in as the module's for the call).
fn on_instance(rt: &mut Runtime, args: &[Value], kw: &[Value], f: BuiltinFn) -> PyResult<Value> {
    let k = rt.intern("_pyjit_gen");
    let id = match crate::attr::getattr(rt, args[0], k) {
        Ok(v) => crate::int::to_i64(v).unwrap_or(-1),
        Err(_) => -1,
    };
    if id < 0 || id as usize >= rt.random_pool.len() {
        return Err(rt.type_error("Random method called on a non-Random object"));
    }
    let id = id as usize;
    std::mem::swap(&mut rt.random, &mut rt.random_pool[id]);
    let r = f(rt, &args[1..], kw);
    std::mem::swap(&mut rt.random, &mut rt.random_pool[id]);
    r
}

macro_rules! instance_methods {
    ($($name:ident => $f:ident),* $(,)?) => {
        $(fn $name(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
            on_instance(rt, a, k, $f)
        })*
        const METHODS: &[(&str, BuiltinFn)] = &[$((stringify!($f), $name)),*];
    };
}

instance_methods! {
    r_seed => seed,
    r_getstate => getstate,
    r_setstate => setstate,
    r_random => random,
    r_uniform => uniform,
    r_randrange => randrange,
    r_randint => randint,
    r_getrandbits => getrandbits,
    r_choice => choice,
    r_choices => choices,
    r_shuffle => shuffle,
    r_sample => sample,
    r_gauss => gauss,
    r_normalvariate => normalvariate,
    r_expovariate => expovariate,
    r_betavariate => betavariate,
    r_gammavariate => gammavariate,
    r_triangular => triangular,
}

/// `random.Random(seed)`: a generator of its own.
fn r_init(rt: &mut Runtime, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let id = rt.random_pool.len();
    rt.random_pool.push(None);
    let key = rt.intern("_pyjit_gen");
    crate::attr::generic_setattr(rt, a[0], key, Some(Value::small_int(id as i64)))?;
    on_instance(rt, a, k, seed)
}

pub fn create(rt: &mut Runtime) -> Value {
    let m = super::make_module(rt, "random", FUNCTIONS, &[]);
    let ns = rt.new_dict();
    let modname = rt.new_str("random");
    let cls = crate::class::new_class(rt, "Random", vec![], ns, modname).expect("Random class");
    let d = crate::gc::payload_unchecked::<crate::object::PyType>(cls).dict;
    for &(name, f) in METHODS
        .iter()
        .chain([("__init__", r_init as BuiltinFn)].iter())
    {
        let key = rt.intern(name);
        let v = rt.heap.alloc(crate::object::PyBuiltin {
            name,
            func: f,
            bound: Value::NULL,
            owner: "Random",
            owner_type: cls,
        });
        let _ = crate::dict::set(rt, d, key, v);
    }
    crate::attr::bump_version(rt, cls);
    let key = rt.intern("Random");
    let md = crate::gc::payload_unchecked::<crate::object::PyModule>(m).dict;
    let _ = crate::dict::set(rt, md, key, cls);
    m
}
