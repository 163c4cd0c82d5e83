//! Bit-exact port of CPython 3.11's `random` module algorithms.
//!
//! This module is self-contained (std only).  It reproduces:
//! * `_random.Random` (the MT19937 core in `Modules/_randommodule.c`): seeding from
//!   ints / hashes / str / bytes, `random()`, `getrandbits()`;
//! * the pure-Python layer of `Lib/random.py` (3.11): `_randbelow_with_getrandbits`,
//!   `randrange`, `randint`, `shuffle`, `choice`, `choices`, `sample`, `randbytes`,
//!   `uniform`, `triangular`, `gauss`, `normalvariate`, `lognormvariate`,
//!   `expovariate`, `vonmisesvariate`, `gammavariate`, `betavariate`,
//!   `paretovariate`, `weibullvariate`.
//!
//! Big integers cross the API as little-endian `u32` digit vectors (of the absolute value).
//! Transcendental functions use Rust's `f64` methods, which call the platform libm just
//! like CPython's `math` module does, so results are bit-identical on the same platform.

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `4 * exp(-0.5) / sqrt(2.0)`
const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `log(4.0)`
const LOG4: f64 = 1.3862943611198906;
/// `1.0 + log(4.5)`
const SG_MAGICCONST: f64 = 2.504077396776274;
/// `2.0 * pi`
const TWOPI: f64 = std::f64::consts::TAU;

/// MT19937 state plus the `gauss_next` cache of `random.Random`.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Mt19937 {
    /// `random.getstate()`'s internal state: 624 words and the position, plus `gauss_next`.
    pub fn get_state(&self) -> (Vec<u32>, usize, Option<f64>) {
        (self.state.to_vec(), self.index, self.gauss_next)
    }
    /// Restores what `get_state` returned (`None` if the words are malformed).
    pub fn from_state(words: &[u32], index: usize, gauss_next: Option<f64>) -> Option<Self> {
        if words.len() != N || index > N {
            return None;
        }
        let mut state = [0u32; N];
        state.copy_from_slice(words);
        Some(Mt19937 {
            state,
            index,
            gauss_next,
        })
    }
}

/// Python's float `%` (result takes the sign of the divisor).
fn py_fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

/// Strip high zero words, keeping at least one word.
fn trim_words(words: &[u32]) -> &[u32] {
    let mut len = words.len();
    while len > 1 && words[len - 1] == 0 {
        len -= 1;
    }
    if len == 0 { &[0] } else { &words[..len] }
}

fn bit_length_words(words: &[u32]) -> u32 {
    let w = trim_words(words);
    let top = *w.last().unwrap();
    if w.len() == 1 && top == 0 {
        0
    } else {
        (w.len() as u32 - 1) * 32 + (32 - top.leading_zeros())
    }
}

/// Compare two little-endian word vectors as unsigned integers.
fn cmp_words(a: &[u32], b: &[u32]) -> std::cmp::Ordering {
    let a = trim_words(a);
    let b = trim_words(b);
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    std::cmp::Ordering::Equal
}

/// Python's floor division on i128 (divisor nonzero).
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `_ceil(_log(x, 4))` as computed by CPython's `sample()` for a positive int `x`.
fn ceil_log4(x: u128) -> u32 {
    // math.log(int, 4) == log(float(x)) / log(4.0)
    let v = (x as f64).ln() / 4.0f64.ln();
    v.ceil() as u32
}

impl Mt19937 {
    fn blank() -> Self {
        Mt19937 {
            state: [0u32; N],
            index: N + 1,
            gauss_next: None,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let key_length = key.len();
        let mt = &mut self.state;
        let mut i: usize = 1;
        let mut j: usize = 0;
        let mut k = if N > key_length { N } else { key_length };
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `random.seed(n)` for an int `n`: pass `abs(n)` as little-endian 32-bit words.
    /// High zero words are ignored (CPython uses exactly `max(1, ceil(bits/32))` words).
    pub fn from_int_seed(abs_words_le: &[u32]) -> Self {
        let mut r = Self::blank();
        r.seed_int(abs_words_le);
        r
    }

    /// Re-seed in place (like calling `seed(n)` again); resets the gauss cache.
    pub fn seed_int(&mut self, abs_words_le: &[u32]) {
        let key = trim_words(abs_words_le);
        self.init_by_array(key);
        self.gauss_next = None;
    }

    /// Convenience: `random.seed(n)` for an `i64`.
    pub fn from_i64_seed(n: i64) -> Self {
        let a = n.unsigned_abs();
        Self::from_int_seed(&[a as u32, (a >> 32) as u32])
    }

    /// `random.seed(x)` for a hashable non-int, non-str/bytes object (e.g. a float):
    /// CPython seeds with `(size_t)hash(x)`, i.e. the hash reinterpreted as unsigned 64-bit.
    pub fn from_hash_seed(hash: i64) -> Self {
        let a = hash as u64;
        Self::from_int_seed(&[a as u32, (a >> 32) as u32])
    }

    /// `random.seed(b)` for bytes/bytearray (version 2):
    /// `int.from_bytes(b + sha512(b).digest(), 'big')`.
    pub fn from_bytes_seed(b: &[u8]) -> Self {
        let mut data = b.to_vec();
        data.extend_from_slice(&sha512(b));
        // Big-endian bytes -> little-endian u32 words.
        let mut words = Vec::with_capacity(data.len() / 4 + 1);
        let mut idx = data.len();
        while idx > 0 {
            let lo = idx.saturating_sub(4);
            let mut w: u32 = 0;
            for &byte in &data[lo..idx] {
                w = (w << 8) | byte as u32;
            }
            words.push(w);
            idx = lo;
        }
        Self::from_int_seed(&words)
    }

    /// `random.seed(s)` for a str (version 2): seeds with the UTF-8 encoding like bytes.
    pub fn from_str_seed(s: &str) -> Self {
        Self::from_bytes_seed(s.as_bytes())
    }

    /// One 32-bit output of MT19937 (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag01 = [0u32, MATRIX_A];
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()` (`genrand_res53`).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` as little-endian u32 words: exactly `ceil(k/32)` words
    /// (so `k == 0` gives an empty vector, meaning 0, and consumes no state).
    pub fn getrandbits(&mut self, k: u32) -> Vec<u32> {
        if k == 0 {
            return Vec::new();
        }
        if k <= 32 {
            return vec![self.genrand_u32() >> (32 - k)];
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut rem = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if rem < 32 {
                r >>= 32 - rem;
            }
            out.push(r);
            rem = rem.wrapping_sub(32);
        }
        out
    }

    /// `getrandbits(k)` for `k <= 64`, as a `u64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64);
        let w = self.getrandbits(k);
        let mut v = 0u64;
        for (i, x) in w.iter().enumerate() {
            v |= (*x as u64) << (32 * i);
        }
        v
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0` (returns 0 for `n == 0` without
    /// consuming state; CPython never calls it with 0).
    pub fn randbelow(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        let mut r = self.getrandbits_u64(k);
        while r >= n {
            r = self.getrandbits_u64(k);
        }
        r
    }

    /// `_randbelow_with_getrandbits(n)` for an arbitrary-size `n > 0` given as
    /// little-endian u32 words; the result has `ceil(n.bit_length()/32)` words.
    pub fn randbelow_big(&mut self, n_le: &[u32]) -> Vec<u32> {
        let k = bit_length_words(n_le);
        if k == 0 {
            return Vec::new();
        }
        loop {
            let r = self.getrandbits(k);
            if cmp_words(&r, n_le) == std::cmp::Ordering::Less {
                return r;
            }
        }
    }

    fn randrange_i128(
        &mut self,
        start: i128,
        stop: Option<i128>,
        step: i128,
    ) -> Result<i128, String> {
        let stop = match stop {
            None => {
                if step != 1 {
                    // CPython raises TypeError here.
                    return Err("Missing a non-None stop argument".to_string());
                }
                if start > 0 {
                    return Ok(self.randbelow_u128(start as u128) as i128);
                }
                return Err("empty range for randrange()".to_string());
            }
            Some(s) => s,
        };
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok(start + self.randbelow_u128(width as u128) as i128);
            }
            return Err(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            ));
        }
        let n = if step > 0 {
            floor_div(width + step - 1, step)
        } else if step < 0 {
            floor_div(width + step + 1, step)
        } else {
            return Err("zero step for randrange()".to_string());
        };
        if n <= 0 {
            return Err("empty range for randrange()".to_string());
        }
        Ok(start + step * self.randbelow_u128(n as u128) as i128)
    }

    fn randbelow_u128(&mut self, n: u128) -> u128 {
        if n <= u64::MAX as u128 {
            return self.randbelow(n as u64) as u128;
        }
        let words = [
            n as u32,
            (n >> 32) as u32,
            (n >> 64) as u32,
            (n >> 96) as u32,
        ];
        let r = self.randbelow_big(&words);
        let mut v = 0u128;
        for (i, x) in r.iter().enumerate() {
            v |= (*x as u128) << (32 * i);
        }
        v
    }

    /// `randrange(start[, stop[, step]])` on i64.  `stop == None` means the one-argument
    /// form (then `step` must be 1; otherwise CPython raises *TypeError*
    /// "Missing a non-None stop argument").  All other errors are ValueErrors with
    /// CPython's exact messages.
    pub fn randrange(&mut self, start: i64, stop: Option<i64>, step: i64) -> Result<i64, String> {
        self.randrange_i128(start as i128, stop.map(|s| s as i128), step as i128)
            .map(|v| v as i64)
    }

    /// `randint(a, b)` == `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: i64, b: i64) -> Result<i64, String> {
        self.randrange_i128(a as i128, Some(b as i128 + 1), 1)
            .map(|v| v as i64)
    }

    /// `shuffle(x)` (3.11 Fisher-Yates with `_randbelow`).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        let len = items.len();
        if len < 2 {
            return;
        }
        for i in (1..len).rev() {
            let j = self.randbelow(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `choice(seq)` -> index into seq.  Error (IndexError in CPython) if empty.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, String> {
        if len == 0 {
            return Err("Cannot choose from an empty sequence".to_string());
        }
        Ok(self.randbelow(len as u64) as usize)
    }

    /// `choices(population, k=k)` without weights -> indices:
    /// `floor(random() * n)` for each pick.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let nf = n as f64;
        (0..k)
            .map(|_| (self.random() * nf).floor() as usize)
            .collect()
    }

    /// `choices(population, cum_weights=cum, k=k)` -> indices (for `weights=w`, pass the
    /// running sums of `w`, as `itertools.accumulate` would produce them).
    /// Errors (ValueError in CPython) match CPython's messages.
    pub fn choices_cum_weights_indices(
        &mut self,
        cum_weights: &[f64],
        k: usize,
    ) -> Result<Vec<usize>, String> {
        let n = cum_weights.len();
        if n == 0 {
            // CPython: cum_weights[-1] raises IndexError
            return Err("list index out of range".to_string());
        }
        let total = cum_weights[n - 1] + 0.0;
        if total <= 0.0 {
            return Err("Total of weights must be greater than zero".to_string());
        }
        if !total.is_finite() {
            return Err("Total of weights must be finite".to_string());
        }
        let hi = n - 1;
        let mut out = Vec::with_capacity(k);
        for _ in 0..k {
            let x = self.random() * total;
            // bisect_right(cum_weights, x, 0, hi)
            let (mut lo, mut h) = (0usize, hi);
            while lo < h {
                let mid = (lo + h) / 2;
                if x < cum_weights[mid] {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(lo);
        }
        Ok(out)
    }

    /// `randbytes(n)` == `getrandbits(n*8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let words = self.getrandbits((n * 8) as u32);
        let mut out = Vec::with_capacity(n);
        for w in words {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.truncate(n);
        out
    }

    /// `sample(range(n), k)` -> the chosen indices, in selection order, exactly as 3.11.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, String> {
        if k > n {
            return Err("Sample larger than population or is negative".to_string());
        }
        let mut result = Vec::with_capacity(k);
        let mut setsize: u128 = 21;
        if k > 5 {
            let e = ceil_log4(k as u128 * 3);
            setsize += 4u128.checked_pow(e).unwrap_or(u128::MAX - 21);
        }
        if (n as u128) <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`; `mode == None` means the midpoint.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                let d = high - low;
                if d == 0.0 {
                    // ZeroDivisionError -> return low
                    return low;
                }
                (m - low) / d
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `gauss(mu, sigma)` with the `gauss_next` cache.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                break z;
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `expovariate(lambd)`.  (CPython raises ZeroDivisionError for `lambd == 0`;
    /// here the IEEE result is returned — callers should check first.)
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -(1.0 - self.random()).ln() / lambd
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        if kappa <= 1e-6 {
            return TWOPI * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        if u3 > 0.5 {
            py_fmod(mu + f.acos(), TWOPI)
        } else {
            py_fmod(mu - f.acos(), TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)`; errors like CPython's ValueError.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, String> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err("gammavariate: alpha and beta must be > 0.0".to_string());
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        break x;
                    }
                } else if u1 <= (-x).exp() {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, String> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            Ok(y / (y + self.gammavariate(beta, 1.0)?))
        } else {
            Ok(0.0)
        }
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 {
        let u = 1.0 - self.random();
        u.powf(-1.0 / alpha)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let u = 1.0 - self.random();
        alpha * (-u.ln()).powf(1.0 / beta)
    }
}

// ---------------------------------------------------------------------------
// SHA-512 (FIPS 180-4), used by str/bytes seeding.

const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];
const H0: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = H0;
    let bit_len = (data.len() as u128).wrapping_mul(8);
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    let mut w = [0u64; 80];
    for block in msg.chunks(128) {
        for t in 0..16 {
            let mut b = [0u8; 8];
            b.copy_from_slice(&block[t * 8..t * 8 + 8]);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
#[rustfmt::skip]
#[path = "mt_tests.rs"]
mod tests;
