//! The `pyjit` command line: run a script like `python3`, or disassemble it.

use clap::{Parser, Subcommand};
use pyjit_interp::{compiler, dis, knobs, stats, traceback};
use pyjit_runtime::gc::{kind_of, payload_unchecked};
use pyjit_runtime::object::{Kind, PyException, PyTuple};
use pyjit_runtime::{PyErr, Runtime, repr};
use std::process::ExitCode;

/// The VM allocates many small objects; mimalloc is several times faster at that than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "pyjit",
    version,
    about = "A tracing JIT compiler for Python 3, written in Rust: hot loops are recorded, compiled to native code with Cranelift, and left exactly where a guard fails",
    args_conflicts_with_subcommands = true,
    after_help = "Environment: PYJIT_GC_STRESS=1 is the same as --gc-stress.\nTuning knobs: see --help-knobs."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Program passed in as a string (like python3 -c)
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    /// Collect garbage at every safepoint (to find GC bugs; very slow)
    #[arg(long, global = true)]
    gc_stress: bool,
    /// At exit, print specialization statistics to stderr (per instruction family: runs,
    /// misses, specializations, failures with reasons, de-specializations; hot loops)
    #[arg(long, global = true)]
    stats: bool,
    /// Keep every instruction generic (adaptive specialization off; same as --knob specialize=0)
    #[arg(long, global = true)]
    no_specialize: bool,
    /// Run everything in the interpreter (the tracing JIT off; same as --knob jit=0)
    #[arg(long, global = true)]
    no_jit: bool,
    /// Back-edges a loop takes before it is recorded and compiled (same as --knob hot_loop=N)
    #[arg(long, value_name = "N", global = true)]
    jit_threshold: Option<u32>,
    /// Print JIT internals to stderr: a comma-separated list of bc (recorded bytecode), ir (IR
    /// as recorded), opt (IR after optimization), snap (snapshots under guards), asm (machine
    /// code), abort (failed recordings and why), exit (every trace exit), all
    #[arg(long, value_name = "WHAT", global = true)]
    jit_dump: Option<String>,
    /// Deopt stress: guards also fail at random, from this seed (same as --knob jit_stress=SEED)
    #[arg(long, value_name = "SEED", global = true)]
    jit_stress: Option<u32>,
    /// Write /tmp/perf-PID.map so `perf report` names each trace's native code
    #[arg(long, global = true)]
    perf_map: bool,
    /// Set a tuning knob, NAME=VALUE (repeatable; see --help-knobs)
    #[arg(long, value_name = "NAME=VALUE", global = true)]
    knob: Vec<String>,
    /// List the tuning knobs with their defaults, and exit
    #[arg(long)]
    help_knobs: bool,
    /// Script to run, followed by the arguments it sees in sys.argv
    #[arg(value_name = "FILE")]
    file: Option<String>,
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the bytecode of FILE and its nested code objects, like `python3 -m dis`
    Dis {
        #[arg(value_name = "FILE")]
        file: String,
        /// Run FILE first, then show the bytecode as it runs now: specialized (quickened)
        /// instructions in place of generic ones, like `dis.dis(f, adaptive=True)`
        #[arg(long)]
        adaptive: bool,
        /// Arguments FILE sees in sys.argv (with --adaptive)
        #[arg(
            value_name = "ARGS",
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        args: Vec<String>,
    },
}

/// Reads a script the way CPython does, with its error messages and exit codes.
fn read_source(path: &str) -> Result<String, (String, u8)> {
    let md = std::fs::metadata(path);
    if let Ok(m) = &md
        && m.is_dir()
    {
        return Err((
            format!("pyjit: can't find '__main__' module in '{path}'"),
            1,
        ));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let abs = std::path::absolute(path)
                .map(|p| p.display().to_string())
                .unwrap_or(path.to_string());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            return Err((
                format!("pyjit: can't open file '{abs}': [Errno {errno}] {msg}"),
                2,
            ));
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').map(String::from).unwrap_or(s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            Err((
                format!(
                    "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[pos]
                ),
                1,
            ))
        }
    }
}

fn compile(rt: &mut Runtime, source: &str, file: &str) -> Result<pyjit_runtime::Value, String> {
    compiler::compile_module(rt, source, file)
        .map_err(|e| traceback::format_compile_error(source, file, &e))
}

/// Exit status for an uncaught exception (SystemExit decides its own).
fn report(rt: &mut Runtime, err: PyErr) -> u8 {
    let e = payload_unchecked::<PyException>(err.0);
    if e.ty == rt.t.system_exit {
        let args = payload_unchecked::<PyTuple>(e.args).0.clone();
        return match args.first() {
            None => 0,
            Some(v) if v.is_none() => 0,
            Some(v) if v.is_small_int() || v.is_bool() => v.as_int_like().unwrap_or(1) as u8,
            Some(&v) => {
                let s = repr::to_str(rt, v).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    eprint!("{}", traceback::format_exception(rt, err));
    1
}

/// Runs compiled module `code` as `__main__`; returns the exit status.
fn run_program(rt: &mut Runtime, code: pyjit_runtime::Value) -> u8 {
    rt.permanent.push(code);
    pyjit_runtime::signals::install(&mut rt.heap.pending);
    let mut interrupted = false;
    let status = match pyjit_interp::run_main(rt, code) {
        Ok(_) => 0,
        Err(e) => {
            if kind_of(e.0) != Some(Kind::Exception) {
                eprintln!("pyjit: internal error: raised a non-exception");
                return 1;
            }
            interrupted = payload_unchecked::<PyException>(e.0).ty == rt.t.keyboard_interrupt;
            report(rt, e)
        }
    };
    if pyjit_runtime::io::shutdown(rt) {
        return 120;
    }
    if interrupted {
        pyjit_runtime::signals::exit_by_sigint();
    }
    status
}

/// Applies `--knob`/`--no-specialize`/`--stats`; false (after printing why) on a bad knob.
fn configure(cli: &Cli) -> bool {
    for k in &cli.knob {
        if let Err(e) = knobs::set_from_arg(k) {
            eprintln!("pyjit: {e}");
            return false;
        }
    }
    if cli.no_specialize {
        knobs::set("specialize", 0).expect("knob exists");
    }
    if cli.no_jit {
        knobs::set("jit", 0).expect("knob exists");
    }
    if let Some(n) = cli.jit_threshold {
        knobs::set("hot_loop", n.max(1)).expect("knob exists");
    }
    if let Some(seed) = cli.jit_stress {
        knobs::set("jit_stress", seed).expect("knob exists");
    }
    if let Some(d) = &cli.jit_dump
        && let Err(e) = pyjit_jit::dump::set(d)
    {
        eprintln!("pyjit: {e}");
        return false;
    }
    pyjit_jit::dump::set_perf_map(cli.perf_map);
    pyjit_jit::install();
    if cli.stats {
        stats::enable();
    }
    true
}

fn run(cli: Cli) -> u8 {
    if cli.help_knobs {
        print!("{}", knobs::describe());
        return 0;
    }
    if !configure(&cli) {
        return 2;
    }
    let status = run_command(cli);
    if stats::enabled() {
        eprint!("{}", stats::report(&stats::take()));
        eprint!("{}", pyjit_jit::stats::report());
    }
    status
}

fn run_command(cli: Cli) -> u8 {
    let gc_stress =
        cli.gc_stress || std::env::var("PYJIT_GC_STRESS").is_ok_and(|v| !v.is_empty() && v != "0");
    if let Some(Command::Dis {
        file,
        adaptive,
        args,
    }) = &cli.command
    {
        let source = match read_source(file) {
            Ok(s) => s,
            Err((msg, code)) => {
                eprintln!("{msg}");
                return code;
            }
        };
        let mut argv = vec![file.clone()];
        argv.extend(args.iter().cloned());
        let mut rt = pyjit_interp::new_runtime(gc_stress, argv);
        return match compile(&mut rt, &source, file) {
            Ok(code) => {
                let status = if *adaptive {
                    run_program(&mut rt, code)
                } else {
                    0
                };
                let mut out = String::new();
                dis::dis_recursive(&mut rt, code, *adaptive, &mut out);
                print!("{out}");
                status
            }
            Err(msg) => {
                eprint!("{msg}");
                1
            }
        };
    }
    let (source, file, argv) = if let Some(code) = cli.code {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.file.clone());
        argv.extend(cli.args.clone());
        (code, "<string>".to_string(), argv)
    } else if let Some(file) = cli.file {
        let source = match read_source(&file) {
            Ok(s) => s,
            Err((msg, code)) => {
                eprintln!("{msg}");
                return code;
            }
        };
        let mut argv = vec![file.clone()];
        argv.extend(cli.args);
        (source, absolute(&file), argv)
    } else {
        eprintln!("pyjit: no script given (interactive mode is not supported); see pyjit --help");
        return 2;
    };
    let mut rt = pyjit_interp::new_runtime(gc_stress, argv);
    let code = match compile(&mut rt, &source, &file) {
        Ok(c) => c,
        Err(msg) => {
            eprint!("{msg}");
            return 1;
        }
    };
    run_program(&mut rt, code)
}

/// The main script's path as CPython 3.11 names it in `__file__` and tracebacks: a
/// relative path is joined to the working directory, as given (`./t.py` stays
/// `/cwd/./t.py`); `sys.argv[0]` keeps the path as given.
fn absolute(file: &str) -> String {
    if file.starts_with('/') {
        return file.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{file}", cwd.to_string_lossy().trim_end_matches('/')),
        Err(_) => file.to_string(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Deeply nested data (repr of nested lists) and deep compile recursion use the Rust stack;
    // run on a thread with a large one.
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run(cli))
        .expect("spawn interpreter thread");
    pyjit_runtime::signals::block_in_this_thread();
    match handle.join() {
        Ok(code) => ExitCode::from(code),
        Err(_) => {
            eprintln!(
                "pyjit: internal error (panic); please report this with the script that caused it"
            );
            ExitCode::from(70)
        }
    }
}
