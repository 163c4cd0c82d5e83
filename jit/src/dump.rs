//! What `--jit-dump=WHAT[,WHAT...]` prints to stderr (like LuaJIT's `-jdump`): `bc` the
//! recorded bytecode, `ir` the IR as recorded, `opt` the IR after optimization, `snap`
//! snapshots under each guard, `asm` machine code, `abort` failed recordings with reasons,
//! `exit` every trace exit, `all` everything. Also the perf map (`--perf-map`), which names
//! each trace's code for `perf report`.

use crate::TraceEntry;
use crate::abort::Abort;
use crate::backend::Native;
use crate::ir::Trace;
use crate::record::Recorder;
use pyjit_runtime::code::CodeObject;
use pyjit_runtime::gc::payload;
use pyjit_runtime::object::PyStr;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};

pub const BC: u32 = 1;
pub const IR: u32 = 2;
pub const OPT: u32 = 4;
pub const SNAP: u32 = 8;
pub const ASM: u32 = 16;
pub const ABORT: u32 = 32;
pub const EXIT: u32 = 64;

const NAMES: &[(&str, u32)] = &[
    ("bc", BC),
    ("ir", IR),
    ("opt", OPT),
    ("snap", SNAP),
    ("asm", ASM),
    ("abort", ABORT),
    ("exit", EXIT),
    ("all", BC | IR | OPT | SNAP | ASM | ABORT | EXIT),
];

static FLAGS: AtomicU32 = AtomicU32::new(0);
static PERF_MAP: AtomicBool = AtomicBool::new(false);

/// Sets what to dump from a comma-separated list; an error names an unknown word.
pub fn set(spec: &str) -> Result<(), String> {
    let mut f = 0;
    for w in spec.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let (_, bit) = NAMES.iter().find(|(n, _)| *n == w).ok_or_else(|| {
            let all: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
            format!("unknown --jit-dump item '{w}' (one of: {})", all.join(", "))
        })?;
        f |= bit;
    }
    FLAGS.store(f, Relaxed);
    Ok(())
}

pub fn set_perf_map(on: bool) {
    PERF_MAP.store(on, Relaxed);
}

#[inline]
pub fn wants(bit: u32) -> bool {
    FLAGS.load(Relaxed) & bit != 0
}

pub fn code_file(code: &CodeObject) -> String {
    payload::<PyStr>(code.filename).map_or("?".into(), |s| s.s().to_string())
}

pub fn code_name(code: &CodeObject) -> String {
    payload::<PyStr>(code.qualname).map_or("?".into(), |s| s.s().to_string())
}

fn whence(code: &CodeObject, pc: usize) -> String {
    format!(
        "{}:{} in {}",
        code_file(code),
        code.lines.get(pc).copied().unwrap_or(0),
        code_name(code)
    )
}

fn out(s: &str) {
    let _ = std::io::stderr().write_all(s.as_bytes());
}

pub fn start(rec: &Recorder) {
    if wants(BC | IR | OPT | ABORT) {
        let side = match rec.side_of {
            Some((t, e)) => format!(", side trace of trace {t} exit #{e}"),
            None => String::new(),
        };
        out(&format!(
            "---- TRACE start {} (loop header pc {}{side})\n",
            whence(rec.code, rec.header),
            rec.header
        ));
    }
}

pub fn recorded(id: u32, rec: &Recorder) {
    if wants(BC) {
        out(&format!(
            "---- TRACE {id} bytecode\n{}\n",
            rec.log.join("\n")
        ));
    }
    if wants(IR) {
        out(&format!(
            "---- TRACE {id} IR (recorded)\n{}",
            rec.trace.dump(wants(SNAP))
        ));
    }
}

pub fn optimized(id: u32, t: &Trace) {
    if wants(OPT) {
        out(&format!(
            "---- TRACE {id} IR (optimized)\n{}",
            t.dump(wants(SNAP))
        ));
    }
}

/// A root trace recompiled with its side traces in place: how each of them ends.
pub fn tree(root: u32, n: &Native) {
    if !wants(OPT | EXIT) {
        return;
    }
    let mut s = format!(
        "---- TRACE {root} recompiled with {} side traces in place\n",
        n.links.len()
    );
    for (id, (parent, exit), why) in &n.links {
        let how = match why {
            None => "continues the loop body".to_string(),
            Some(w) => format!("restarts the pre-roll: {w}"),
        };
        s.push_str(&format!(
            "  side trace {id} (trace {parent} exit #{exit}) {how}\n"
        ));
    }
    out(&s);
}

pub fn machine_code(id: u32, n: &Native) {
    if wants(ASM) {
        out(&format!(
            "---- TRACE {id} machine code ({} bytes at {:#x})\n{}",
            n.size,
            n.addr,
            n.disasm.as_deref().unwrap_or("")
        ));
    }
    if wants(BC | IR | OPT | ASM) {
        out(&format!("---- TRACE {id} compiled\n"));
    }
}

pub fn aborted(rec: &Recorder, e: &Abort, blacklisted: bool) {
    if wants(ABORT) {
        if wants(BC) {
            out(&format!(
                "---- TRACE bytecode so far\n{}\n",
                rec.log.join("\n")
            ));
        }
        out(&format!(
            "---- TRACE abort {}: {e}{}\n",
            whence(rec.code, rec.header),
            if blacklisted {
                " (loop blacklisted)"
            } else {
                ""
            }
        ));
    }
}

pub fn exit(tr: &TraceEntry, exit: usize) {
    let sn = &tr.trace.snaps[exit];
    out(&format!(
        "---- TRACE {} exit #{exit} -> pc {} ({}:{} in {})\n",
        tr.id,
        sn.pc,
        tr.file,
        tr.lines.get(sn.pc as usize).copied().unwrap_or(0),
        tr.func
    ));
}

/// Appends the trace's code range to `/tmp/perf-PID.map` (perf's format: start, size, name).
pub fn perf_map(tr: &TraceEntry) {
    if !PERF_MAP.load(Relaxed) {
        return;
    }
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(
            f,
            "{:x} {:x} pyjit-trace-{} {}:{}:{}",
            tr.native.addr,
            tr.native.size,
            tr.id,
            tr.file,
            tr.lines.get(tr.header).copied().unwrap_or(0),
            tr.func
        );
    }
}

pub fn retired(tr: &TraceEntry) {
    out(&format!(
        "---- TRACE {} retired: left before one full iteration {} times in a row ({}:{} in {})\n",
        tr.id,
        tr.streak,
        tr.file,
        tr.lines.get(tr.header).copied().unwrap_or(0),
        tr.func
    ));
}
