//! Criterion: the interpreter on two kernels (an integer loop and a float loop), compiled once
//! and run in-process, so the figure is interpreter time without process start-up.

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
    g.bench_function("int_loop_200k", |b| {
        b.iter(|| black_box(run(black_box(INT_KERNEL))))
    });
    g.bench_function("float_loop_200k", |b| {
        b.iter(|| black_box(run(black_box(FLOAT_KERNEL))))
    });
    g.finish();
}

criterion_group!(benches, interp);
criterion_main!(benches);
