//! Criterion: the interpreter on three kernels (an integer loop, a float loop, and an
//! attribute/method/global loop), run in-process, so the figure is interpreter time without
//! process start-up. Each kernel runs twice: with adaptive specialization (the default) and
//! with every instruction kept generic (`--no-specialize`), so the ratio of the two is what
//! quickening buys.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const INT_KERNEL: &str = "
def kernel(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * i) % 1000003
        i += 1
    return total
result = kernel(200000)
";

const FLOAT_KERNEL: &str = "
def kernel(n):
    x = 0.0
    v = 1.0
    dt = 0.001
    for i in range(n):
        a = -x * 4.0 - v * 0.1
        v = v + a * dt
        x = x + v * dt
    return x
result = kernel(200000)
";

const OBJECT_KERNEL: &str = "
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, o):
        return self.x * o.x + self.y * o.y

SCALE = 2

def kernel(n):
    vs = [V(i, i + 1) for i in range(100)]
    total = 0
    for k in range(n // 100):
        for v in vs:
            total += v.dot(v) * SCALE + len(vs)
    return total
result = kernel(100000)
";

fn run(source: &str) -> u64 {
    let mut rt = pyjit_interp::new_runtime(false, vec!["bench".into()]);
    let code =
        pyjit_interp::compiler::compile_module(&mut rt, source, "<bench>").expect("compiles");
    rt.permanent.push(code);
    let globals = pyjit_interp::run_main(&mut rt, code).expect("runs");
    let key = rt.intern("result");
    let v = pyjit_runtime::dict::get(&mut rt, globals, key)
        .unwrap()
        .expect("result set");
    // Return the result's bits so the work cannot be optimized away.
    v.0
}

fn interp(c: &mut Criterion) {
    let mut g = c.benchmark_group("interpreter");
    g.sample_size(20);
    for (name, src) in [
        ("int_loop_200k", INT_KERNEL),
        ("float_loop_200k", FLOAT_KERNEL),
        ("objects_100k", OBJECT_KERNEL),
    ] {
        for (mode, on) in [("specialized", 1), ("generic", 0)] {
            g.bench_function(format!("{name}/{mode}"), |b| {
                pyjit_interp::knobs::set("specialize", on).unwrap();
                b.iter(|| black_box(run(black_box(src))))
            });
        }
    }
    pyjit_interp::knobs::set("specialize", 1).unwrap();
    g.finish();
}

criterion_group!(benches, interp);
criterion_main!(benches);
