//! Criterion: compile time per trace. Four kernels run in-process with the JIT on (an int
//! loop, a float loop, a loop of inlined method calls and attribute accesses, and nested
//! loops whose outer trace calls the inner one); then the Cranelift backend recompiles each
//! recorded, optimized trace, and each compilation is one benchmark. The figure is what a
//! trace costs to compile after recording and optimization (those two take a small
//! fraction of it: see `--stats`, "time recording" and "compiling").

use criterion::{Criterion, criterion_group, criterion_main};
use pyjit_jit::backend::{self, Options};
use std::hint::black_box;

const KERNELS: &[&str] = &[
    "
def kernel(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * i) % 1000003
        i += 1
    return total
kernel(5000)
",
    "
def kernel(n):
    x = 0.0
    v = 1.0
    for i in range(n):
        a = -x * 4.0 - v * 0.1
        v = v + a * 0.001
        x = x + v * 0.001
    return x
kernel(5000)
",
    "
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, o):
        return self.x * o.x + self.y * o.y

def kernel(n):
    vs = [V(i, i + 1) for i in range(100)]
    total = 0
    for v in vs * (n // 100):
        total += v.dot(v) + len(vs)
    return total
kernel(5000)
",
    "
def kernel(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c
m = [[float(i + j) for j in range(40)] for i in range(40)]
kernel(m, m, 40)
",
];

/// Runs the kernels with the JIT installed; returns the traces it compiled.
fn record() -> Vec<(String, pyjit_jit::ir::Trace)> {
    pyjit_jit::install();
    for src in KERNELS {
        let mut rt = pyjit_interp::new_runtime(false, vec!["bench".into()]);
        let code =
            pyjit_interp::compiler::compile_module(&mut rt, src, "<bench>").expect("compiles");
        rt.permanent.push(code);
        pyjit_interp::run_main(&mut rt, code).expect("runs");
    }
    pyjit_jit::compiled_traces()
}

fn compile(c: &mut Criterion) {
    let traces = record();
    assert!(
        traces.len() >= KERNELS.len(),
        "every kernel compiles a trace"
    );
    let mut g = c.benchmark_group("trace_compile");
    g.sample_size(20);
    for (i, (name, t)) in traces.iter().enumerate() {
        let label = format!("trace{i}/{}ir/{}", t.ins.len(), name.replace(' ', "_"));
        g.bench_function(label, |b| {
            b.iter(|| {
                let opts = Options {
                    stress: None,
                    exit_table: std::ptr::null(),
                    side: false,
                    global_caches: std::ptr::null_mut(),
                };
                let n = backend::compile(
                    black_box(t),
                    "bench",
                    opts,
                    &backend::Tree::default(),
                    false,
                )
                .expect("compiles");
                black_box(n.size)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, compile);
criterion_main!(benches);
