//! Printing uncaught exceptions and compile errors the way CPython does.

use crate::compiler::CompileError;
use pyjit_runtime::code::CodeObject;
use pyjit_runtime::gc::payload_unchecked;
use pyjit_runtime::object::PyException;
use pyjit_runtime::{PyErr, Runtime, repr};
use std::collections::HashMap;

/// CPython prints at most this many identical consecutive lines before summarizing.
const RECURSIVE_CUTOFF: usize = 3;

fn source_line(cache: &mut HashMap<String, Vec<String>>, file: &str, line: u32) -> Option<String> {
    let lines = cache.entry(file.to_string()).or_insert_with(|| {
        std::fs::read_to_string(file)
            .map(|s| s.lines().map(String::from).collect())
            .unwrap_or_default()
    });
    lines
        .get(line.checked_sub(1)? as usize)
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
}

/// An uncaught exception with its chain: causes and contexts first, as CPython prints them.
pub fn format_exception(rt: &mut Runtime, err: PyErr) -> String {
    let mut seen = Vec::new();
    format_chain(rt, err, &mut seen)
}

fn format_chain(rt: &mut Runtime, err: PyErr, seen: &mut Vec<pyjit_runtime::Value>) -> String {
    seen.push(err.0);
    let e = payload_unchecked::<PyException>(err.0);
    let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
    let mut out = String::new();
    let is_exc = |v: pyjit_runtime::Value| pyjit_runtime::gc::payload::<PyException>(v).is_some();
    if is_exc(cause) && !seen.contains(&cause) {
        out.push_str(&format_chain(rt, PyErr(cause), seen));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !suppress && is_exc(context) && !seen.contains(&context) {
        out.push_str(&format_chain(rt, PyErr(context), seen));
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    out.push_str(&format_single(rt, err));
    out
}

/// "Traceback (most recent call last): ..." plus the final "Type: message" line.
fn format_single(rt: &mut Runtime, err: PyErr) -> String {
    let e = payload_unchecked::<PyException>(err.0);
    let entries: Vec<(String, u32, String)> = e
        .traceback
        .iter()
        .rev()
        .map(|&(code, line)| {
            let c = payload_unchecked::<CodeObject>(code);
            (
                rt.str_of(c.filename).unwrap_or("?").to_string(),
                line,
                rt.str_of(c.name).unwrap_or("?").to_string(),
            )
        })
        .collect();
    let mut out = String::new();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let mut cache = HashMap::new();
    let mut last: Option<&(String, u32, String)> = None;
    let mut count = 0usize;
    let repeated = |out: &mut String, count: usize| {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    };
    for entry in &entries {
        if last != Some(entry) {
            if count > RECURSIVE_CUTOFF {
                repeated(&mut out, count);
            }
            last = Some(entry);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            let (file, line, name) = entry;
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if let Some(src) = source_line(&mut cache, file, *line) {
                out.push_str(&format!("    {src}\n"));
            }
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(&mut out, count);
    }
    out.push_str(&exception_line(rt, err));
    out.push('\n');
    out
}

/// "TypeName: message" (or just "TypeName" without a message).
pub fn exception_line(rt: &mut Runtime, err: PyErr) -> String {
    let ty = payload_unchecked::<PyException>(err.0).ty;
    let name = repr::type_display_name(rt, ty);
    let name = name.strip_prefix("__main__.").unwrap_or(&name).to_string();
    let msg = match repr::to_str(rt, err.0) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let line = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
    match crate::suggest::suggestion(rt, err.0) {
        Some(s) => format!("{line}. Did you mean: '{s}'?"),
        None => line,
    }
}

/// A compile error in CPython's SyntaxError layout (file, line, source, caret).
pub fn format_compile_error(source: &str, file: &str, e: &CompileError) -> String {
    let mut out = format!("  File \"{file}\", line {}\n", e.line);
    if let Some(l) = source.lines().nth(e.line.saturating_sub(1) as usize) {
        let trimmed = l.trim_start();
        let indent = l.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let caret_col = (e.col as usize).saturating_sub(1).saturating_sub(indent);
        out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
    }
    out.push_str(&format!("{}: {}\n", e.kind, e.msg));
    out
}
