//! The command line and bad input: missing files, directories, invalid UTF-8, syntax
//! errors, unsupported constructs, tracebacks, `-c`, `--help`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn pyjit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .output()
        .expect("run pyjit")
}

fn tmp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

#[test]
fn missing_file_exits_2_like_python() {
    let o = pyjit(&["/nonexistent/dir/script.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        last_line(&stderr(&o)),
        "pyjit: can't open file '/nonexistent/dir/script.py': [Errno 2] No such file or directory"
    );
}

#[test]
fn directory_is_rejected() {
    let dir = std::env::temp_dir();
    let o = pyjit(&[dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("can't find '__main__' module"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let p = tmp_file("latin1.py", b"print('ok')\ns = '\xff'\n");
    let o = pyjit(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        last_line(&err).starts_with("SyntaxError: Non-UTF-8 code starting with '\\xff' in file"),
        "{err}"
    );
    assert!(err.contains("on line 2"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn syntax_error_shows_file_line_source_and_caret() {
    let p = tmp_file("bad.py", b"x = 1\ny = (2 +\nprint(x y)\n");
    let o = pyjit(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("File \"{}\", line ", p.display())),
        "{err}"
    );
    assert!(err.lines().any(|l| l.trim() == "^"), "no caret line: {err}");
    assert!(last_line(&err).starts_with("SyntaxError: "), "{err}");
}

#[test]
fn unsupported_construct_names_itself_and_its_line() {
    let p = tmp_file("cls.py", b"print('never runs')\nasync def f():\n    pass\n");
    let o = pyjit(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        o.stdout.is_empty(),
        "nothing may run before a compile error"
    );
    assert_eq!(
        last_line(&stderr(&o)),
        "NotImplementedError: 'async def' is not supported by pyjit yet (line 2)"
    );
}

#[test]
fn every_unsupported_statement_is_a_compile_error() {
    let cases: &[(&str, &str)] = &[
        (
            "match x:\n    case 1:\n        pass\n",
            "'match' statements are",
        ),
        (
            "class A(metaclass=M):\n    pass\n",
            "class keyword arguments (metaclass=...) are",
        ),
        ("try:\n    pass\nexcept* E:\n    pass\n", "'except*' is"),
        ("x = 1j\n", "complex numbers are"),
    ];
    for (i, (src, what)) in cases.iter().enumerate() {
        let p = tmp_file(&format!("unsup{i}.py"), src.as_bytes());
        let o = pyjit(&[p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{src}");
        let err = stderr(&o);
        assert!(
            last_line(&err).starts_with(&format!("NotImplementedError: {what} not supported")),
            "{src}: {err}"
        );
    }
}

#[test]
fn uncaught_exception_prints_a_python_traceback() {
    let p = tmp_file(
        "tb.py",
        b"def f(x):\n    return 10 // x\n\nprint('before')\nf(0)\n",
    );
    let o = pyjit(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "before\n");
    let f = p.display();
    let want = format!(
        "Traceback (most recent call last):\n  File \"{f}\", line 5, in <module>\n    f(0)\n  File \"{f}\", line 2, in f\n    return 10 // x\nZeroDivisionError: integer division or modulo by zero\n"
    );
    assert_eq!(stderr(&o), want);
}

#[test]
fn deep_recursion_is_a_recursion_error_with_a_collapsed_traceback() {
    let p = tmp_file("rec.py", b"def f(n):\n    return f(n + 1)\nf(0)\n");
    let o = pyjit(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("[Previous line repeated 996 more times]"),
        "{err}"
    );
    assert_eq!(
        last_line(&err),
        "RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn dash_c_runs_code_and_sets_argv() {
    let o = pyjit(&["-c", "import sys; print(sys.argv, 6 * 7)", "a", "-x"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "['-c', 'a', '-x'] 42\n");
}

#[test]
fn script_arguments_reach_sys_argv_and_exit_codes_follow_sys_exit() {
    let p = tmp_file(
        "argv.py",
        b"import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n",
    );
    let o = pyjit(&[p.to_str().unwrap(), "3", "--flag"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "['3', '--flag']\n");
    assert_eq!(o.status.code(), Some(3));
}

#[test]
fn help_lists_every_option() {
    let o = pyjit(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    for opt in ["-c <CODE>", "--gc-stress", "dis", "--help", "--version"] {
        assert!(out.contains(opt), "--help does not mention {opt}:\n{out}");
    }
}

#[test]
fn dis_of_a_bad_file_reports_the_syntax_error() {
    let p = tmp_file("bad_dis.py", b"def (:\n");
    let o = pyjit(&["dis", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(last_line(&stderr(&o)).starts_with("SyntaxError"));
}

#[test]
fn compile_time_syntax_warnings_are_printed_as_cpython_prints_them() {
    // What CPython 3.11 prints for this file, with FILE for its path.
    let src = "x = 5\nprint(x is 300, x is 400)\nif x is not \"a\": pass\ntry:\n    (1,2)(3)\nexcept TypeError as e: print(e)\ntry:\n    [1,2][3,4]\nexcept TypeError as e: print(e)\ntry:\n    5[0]\nexcept TypeError as e: print(e)\nassert (x, \"m\")\nprint(x is None, x is (), x is (x, 1), [1][0], {1: 2}[1], (lambda: 1)())\n";
    let want = "FILE:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is 300, x is 400)\nFILE:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is 300, x is 400)\nFILE:3: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n  if x is not \"a\": pass\nFILE:5: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?\n  (1,2)(3)\nFILE:8: SyntaxWarning: list indices must be integers or slices, not tuple; perhaps you missed a comma?\n  [1,2][3,4]\nFILE:11: SyntaxWarning: 'int' object is not subscriptable; perhaps you missed a comma?\n  5[0]\nFILE:13: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (x, \"m\")\nFILE:14: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is None, x is (), x is (x, 1), [1][0], {1: 2}[1], (lambda: 1)())\n";
    let p = tmp_file("warnings.py", src.as_bytes());
    let file = p.to_string_lossy().into_owned();
    let o = pyjit(&[&file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), want.replace("FILE", &file));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "False False\n'tuple' object is not callable\nlist indices must be integers or slices, not tuple\n'int' object is not subscriptable\nFalse False False 1 2 1\n"
    );
    // `-c` code has no source lines to show.
    let o = pyjit(&["-c", "x = 1\nx is 300"]);
    assert_eq!(
        stderr(&o),
        "<string>:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
    );
}

/// Runs pyjit on `src` (a file in the test directory) with `PYTHONUNBUFFERED` set or not,
/// stdout to `stdout`.
fn run_script(name: &str, src: &str, unbuffered: bool, stdout: std::process::Stdio) -> Output {
    let p = tmp_file(name, src.as_bytes());
    let mut c = Command::new(env!("CARGO_BIN_EXE_pyjit"));
    c.arg(&p).stdout(stdout).current_dir(p.parent().unwrap());
    if unbuffered {
        c.env("PYTHONUNBUFFERED", "1");
    } else {
        c.env_remove("PYTHONUNBUFFERED");
    }
    c.output().expect("run pyjit")
}

#[test]
fn files_never_closed_are_written_however_the_program_ends() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli");
    for (i, ending) in [
        "pass",
        "raise SystemExit(3)",
        "1 / 0",
        "import sys; sys.exit('bye')",
    ]
    .iter()
    .enumerate()
    {
        let out = dir.join(format!("unclosed{i}.txt"));
        let _ = std::fs::remove_file(&out);
        let src = format!(
            "f = open({:?}, 'w')\nfor k in range(3000):\n    f.write(str(k) + ',')\nprint('done')\n{ending}\n",
            out.to_string_lossy()
        );
        let o = run_script(
            &format!("unclosed{i}.py"),
            &src,
            false,
            std::process::Stdio::piped(),
        );
        assert_eq!(String::from_utf8_lossy(&o.stdout), "done\n", "{ending}");
        let written = std::fs::read_to_string(&out).unwrap();
        assert_eq!(
            written.split(',').count(),
            3001,
            "{ending}: {}",
            written.len()
        );
        assert!(written.ends_with("2999,"));
    }
}

#[test]
fn a_full_device_is_an_os_error_as_in_cpython() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
            .into()
    };
    // Buffered: the flush at exit fails; reported as CPython does, exit status 120.
    let o = run_script("full1.py", "print('x' * 10)\n", false, full());
    assert_eq!(o.status.code(), Some(120));
    assert_eq!(
        stderr(&o),
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n"
    );
    // Unbuffered: print itself raises.
    let o = run_script("full2.py", "print('x' * 10)\n", true, full());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        last_line(&stderr(&o)),
        "OSError: [Errno 28] No space left on device"
    );
}

#[test]
fn writing_to_a_closed_pipe_is_a_broken_pipe_error() {
    use std::io::BufRead;
    let p = tmp_file("pipe.py", b"for i in range(10**6):\n    print(i)\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .arg(&p)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "0\n");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        last_line(&stderr(&o)),
        "BrokenPipeError: [Errno 32] Broken pipe"
    );
}

/// Runs pyjit on `src` with SIGINT at its default action (a test harness may ignore it) and
/// stdin a pipe kept open, and sends SIGINT twice, 600 ms apart; how it ended.
fn interrupted_run(name: &str, src: &str, args: &[&str]) -> (Output, Option<i32>) {
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let p = tmp_file(name, src.as_bytes());
    let mut c = Command::new(env!("CARGO_BIN_EXE_pyjit"));
    c.args(args)
        .arg(&p)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    // SAFETY: `signal` is async-signal-safe, the only call between fork and exec.
    unsafe {
        c.pre_exec(|| {
            default_sigint();
            Ok(())
        });
    }
    let child = c.spawn().unwrap();
    let pid = child.id().to_string();
    for _ in 0..2 {
        std::thread::sleep(std::time::Duration::from_millis(600));
        Command::new("kill").args(["-INT", &pid]).status().unwrap();
    }
    let o = child.wait_with_output().unwrap();
    let sig = o.status.signal();
    (o, sig)
}

/// SIG_DFL for SIGINT (2).
fn default_sigint() {
    unsafe extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
    }
    // SAFETY: sets the default action of SIGINT; no memory is involved.
    unsafe { signal(2, 0) };
}

#[test]
fn sigint_raises_keyboard_interrupt_in_the_interpreter_and_in_traces() {
    // The first SIGINT is caught; the second ends the process by SIGINT, as CPython does,
    // after its traceback and the output before it.
    let src = "print('started', flush=True)\ntry:\n    x = 0\n    while True:\n        x += 1\nexcept KeyboardInterrupt:\n    print('caught')\ns = 0\nwhile True:\n    s += 1\n";
    for args in [&["--no-jit"][..], &[][..], &["--jit-threshold", "1"][..]] {
        let (o, sig) = interrupted_run("sigint.py", src, args);
        assert_eq!(
            String::from_utf8_lossy(&o.stdout),
            "started\ncaught\n",
            "{args:?}"
        );
        assert_eq!(sig, Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.ends_with("    while True:\nKeyboardInterrupt\n"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn sigint_wakes_sleep_and_a_blocking_read() {
    let src = "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('slept')\ninput()\n";
    let (o, sig) = interrupted_run("sigint_read.py", src, &[]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "slept\n");
    assert_eq!(sig, Some(2));
    assert_eq!(last_line(&stderr(&o)), "KeyboardInterrupt");
}
