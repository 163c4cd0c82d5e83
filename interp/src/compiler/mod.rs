//! AST -> code objects. `symtable` decides name scopes; `stmt` and `expr` emit bytecode into a
//! `Unit` (one per code object); `finish` resolves labels, computes the stack depth and
//! builds the `CodeObject`.

mod expr;
mod literals;
mod stmt;
pub mod symtable;
mod syntax;
mod warnings;

use crate::opcode::{ArgKind, MAX_ARG, Op, encode, stack_effect};
use pyjit_runtime::code::*;
use pyjit_runtime::{Runtime, Value};
use ruff_python_ast::Stmt;
use ruff_source_file::LineIndex;
use ruff_text_size::TextSize;
use std::collections::HashMap;
use symtable::{NameScope, SymbolTable};

/// Why compilation failed.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// "SyntaxError" or the name of the unsupported feature's error class.
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

pub type CResult<T> = Result<T, CompileError>;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Label(u32);

/// Key for deduplicating constants: equal keys are the same constant (0, 0.0, -0.0, False and
/// '0' stay distinct, as in CPython).
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    Bits(u64),
    Str(String),
    Ptr(u64),
}

/// A block that `break`, `continue` and `return` must leave in order (CPython's fblocks).
#[derive(Clone)]
pub(crate) enum FBlock {
    Loop {
        continue_to: Label,
        break_to: Label,
        /// A `for` loop keeps its iterator on the stack; `break` must pop it.
        is_for: bool,
    },
    /// The body of a `try` with handlers: leaving it needs no code.
    TryExcept,
    /// A finally body run for a `return`: the return value waits on the stack, and a
    /// `break`/`continue`/`return` out of the finally body drops it.
    PopValue,
    /// The body of a `try` with `finally`: leaving it runs the finally body.
    Finally(Vec<Stmt>),
    /// The finally body run for an exception: stack holds [prev_exc, exc].
    FinallyEnd,
    /// An except body: stack holds [prev_exc]; the bound name is cleared on exit.
    HandlerCleanup(Option<String>),
    /// A `with` body: stack holds [exit]; leaving it calls `exit(None, None, None)`.
    With,
}

#[derive(Clone)]
pub(crate) struct FBlockEntry {
    pub kind: FBlock,
    /// Handler-stack height outside the block (cleanup code runs under the outer handlers).
    pub handlers_outside: usize,
}

/// An exception handler being compiled: where it resumes, and where its range began.
struct HandlerBlock {
    target: Label,
    setup_pc: usize,
}

pub(crate) struct Unit {
    scope: usize,
    code: Vec<u32>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_map: HashMap<String, u32>,
    localsplus: Vec<String>,
    kinds: Vec<u8>,
    local_map: HashMap<String, u32>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    name: String,
    qualname: String,
    firstlineno: u32,
    labels: Vec<usize>,
    pub(crate) fblocks: Vec<FBlockEntry>,
    /// Per instruction: the handler block covering it, or `NO_HANDLER`.
    handler_of: Vec<u32>,
    handler_blocks: Vec<HandlerBlock>,
    handler_stack: Vec<u32>,
    /// Saved (fblocks, handler stack) while a jump out of blocks is compiled.
    pub(crate) saved_blocks: Vec<(Vec<FBlockEntry>, Vec<u32>)>,
    /// A class body (its qualname prefixes methods without `<locals>`).
    pub(crate) is_class: bool,
    /// Inside a class: its name without leading underscores, for private-name mangling.
    pub(crate) private: Option<String>,
    line: u32,
}

const NO_HANDLER: u32 = u32::MAX;

pub struct Compiler<'a> {
    pub(crate) rt: &'a mut Runtime,
    st: SymbolTable,
    units: Vec<Unit>,
    filename: String,
    lines: LineIndex,
    source: &'a str,
}

/// Compiles a module's source into its code object.
pub fn compile_module(rt: &mut Runtime, source: &str, filename: &str) -> CResult<Value> {
    let parsed = ruff_python_parser::parse_module(source)
        .map_err(|e| syntax::from_parse_error(source, &e))?;
    let module = parsed.into_syntax();
    let lines = LineIndex::from_source_text(source);
    let st = symtable::build(&module.body).map_err(|(msg, at)| {
        let (line, col) = line_col(&lines, source, at);
        CompileError {
            kind: "SyntaxError",
            msg,
            line,
            col,
        }
    })?;
    let mut c = Compiler {
        rt,
        st,
        units: Vec::new(),
        filename: filename.to_string(),
        lines,
        source,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    // CPython attributes the module's RESUME to line 0.
    c.unit().line = 0;
    c.emit(Op::RESUME, 0);
    let mut body: &[Stmt] = &module.body;
    if let Some(Stmt::Expr(e)) = body.first()
        && let ruff_python_ast::Expr::StringLiteral(s) = &*e.value
    {
        c.set_line(&body[0]);
        let v = c.rt.new_str(s.value.to_str());
        c.emit_const(v);
        c.store_name("__doc__");
        body = &body[1..];
    }
    c.stmts(body)?;
    c.emit_const_return(Value::NONE);
    Ok(c.pop_unit())
}

pub fn line_col(lines: &LineIndex, source: &str, at: TextSize) -> (u32, u32) {
    let loc = lines.source_location(at, source, ruff_source_file::PositionEncoding::Utf32);
    (loc.line.get() as u32, loc.character_offset.get() as u32)
}

impl<'a> Compiler<'a> {
    pub(crate) fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    pub(crate) fn line_of(&self, at: TextSize) -> u32 {
        line_col(&self.lines, self.source, at).0
    }

    pub(crate) fn error(
        &self,
        kind: &'static str,
        msg: impl Into<String>,
        at: TextSize,
    ) -> CompileError {
        let (line, col) = line_col(&self.lines, self.source, at);
        CompileError {
            kind,
            msg: msg.into(),
            line,
            col,
        }
    }

    /// An error for a construct pyjit does not support yet, raised at compile time.
    pub(crate) fn unsupported(&self, what: &str, at: TextSize) -> CompileError {
        let line = self.line_of(at);
        self.error(
            "NotImplementedError",
            format!("{what} not supported by pyjit yet (line {line})"),
            at,
        )
    }

    pub(crate) fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, firstlineno: u32) {
        self.units.push(Unit {
            scope,
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            localsplus: Vec::new(),
            kinds: Vec::new(),
            local_map: HashMap::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            labels: Vec::new(),
            fblocks: Vec::new(),
            handler_of: Vec::new(),
            handler_blocks: Vec::new(),
            handler_stack: Vec::new(),
            saved_blocks: Vec::new(),
            is_class: false,
            private: self.units.last().and_then(|u| u.private.clone()),
            line: firstlineno,
        });
    }

    /// The qualified name of a function or class defined in the current unit.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        if self.units.len() == 1 {
            name.to_string()
        } else if u.is_class {
            format!("{}.{name}", u.qualname)
        } else {
            format!("{}.<locals>.{name}", u.qualname)
        }
    }

    pub(crate) fn scope(&self) -> &symtable::Scope {
        &self.st.scopes[self.units.last().unwrap().scope]
    }

    pub(crate) fn name_scope(&self, name: &str) -> NameScope {
        self.scope().lookup(name)
    }

    pub(crate) fn scope_of_node(&self, key: (TextSize, u8)) -> usize {
        self.st.by_node[&key]
    }

    /// Sets up a function unit's slots: parameters, other locals, cells, free variables.
    pub(crate) fn layout_function_slots(&mut self, params: &[String]) {
        let sid = self.units.last().unwrap().scope;
        let sc = &self.st.scopes[sid];
        let cells = sc.cells.clone();
        let frees = sc.frees.clone();
        let mut locals: Vec<String> = params.to_vec();
        for n in &sc.bound {
            if sc.lookup(n) == NameScope::Local && !locals.contains(n) {
                locals.push(n.clone());
            }
        }
        let u = self.unit();
        for n in &locals {
            let kind = if cells.contains(n) {
                CO_FAST_LOCAL | CO_FAST_CELL
            } else {
                CO_FAST_LOCAL
            };
            u.local_map.insert(n.clone(), u.localsplus.len() as u32);
            u.localsplus.push(n.clone());
            u.kinds.push(kind);
        }
        for n in &cells {
            if !u.local_map.contains_key(n) {
                u.local_map.insert(n.clone(), u.localsplus.len() as u32);
                u.localsplus.push(n.clone());
                u.kinds.push(CO_FAST_CELL);
            }
        }
        for n in &frees {
            u.local_map.insert(n.clone(), u.localsplus.len() as u32);
            u.localsplus.push(n.clone());
            u.kinds.push(CO_FAST_FREE);
        }
        // Prologue: cells are created, closure cells copied in, then RESUME.
        for n in &cells {
            let i = u.local_map[n];
            u.code.push(encode(Op::MAKE_CELL, i));
            u.lines.push(crate::dis::NO_LINE);
            u.handler_of.push(NO_HANDLER);
        }
        if !frees.is_empty() {
            let nf = frees.len() as u32;
            u.code.push(encode(Op::COPY_FREE_VARS, nf));
            u.lines.push(crate::dis::NO_LINE);
            u.handler_of.push(NO_HANDLER);
        }
    }

    pub(crate) fn slot(&self, name: &str) -> u32 {
        self.units.last().unwrap().local_map[name]
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let u = self.unit();
        u.code.push(encode(op, arg));
        let l = u.line;
        u.lines.push(l);
        let h = u.handler_stack.last().copied().unwrap_or(NO_HANDLER);
        u.handler_of.push(h);
    }

    /// Starts an exception handler range: instructions emitted until `pop_handler` resume
    /// at `target` when they raise, with the stack cut to its height here.
    pub(crate) fn push_handler(&mut self, target: Label) {
        let u = self.unit();
        let id = u.handler_blocks.len() as u32;
        u.handler_blocks.push(HandlerBlock {
            target,
            setup_pc: u.code.len(),
        });
        u.handler_stack.push(id);
    }

    pub(crate) fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    pub(crate) fn push_fblock(&mut self, kind: FBlock) {
        let u = self.unit();
        let handlers_outside = u.handler_stack.len();
        u.fblocks.push(FBlockEntry {
            kind,
            handlers_outside,
        });
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(usize::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = u.code.len();
    }

    /// Emits a jump to `l`; the argument is fixed up in `finish`.
    pub(crate) fn emit_jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }

    pub(crate) fn add_const(&mut self, v: Value) -> u32 {
        let key = if v.is_ptr() {
            match self.rt.str_of(v) {
                Some(s) => ConstKey::Str(s.to_string()),
                None => match pyjit_runtime::gc::kind_of(v) {
                    Some(pyjit_runtime::object::Kind::Int) => ConstKey::Str(format!(
                        "int:{}",
                        pyjit_runtime::int::to_string_radix(v, 16)
                    )),
                    _ => ConstKey::Ptr(v.0),
                },
            }
        } else {
            ConstKey::Bits(v.0)
        };
        let u = self.units.last_mut().unwrap();
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(v);
        u.const_map.insert(key, i);
        i
    }

    pub(crate) fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LOAD_CONST, i);
    }

    pub(crate) fn emit_const_return(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::RETURN_CONST, i);
    }

    /// `__name` inside class `C` is `_C__name` (CPython's private-name mangling).
    pub(crate) fn mangle(&self, name: &str) -> String {
        match &self.units.last().unwrap().private {
            Some(p) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
                format!("_{p}{name}")
            }
            _ => name.to_string(),
        }
    }

    /// An attribute name, mangled when private.
    pub(crate) fn add_attr_name(&mut self, n: &str) -> u32 {
        let m = self.mangle(n);
        self.add_name(&m)
    }

    pub(crate) fn add_name(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(n) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(n.to_string());
        u.name_map.insert(n.to_string(), i);
        i
    }

    pub(crate) fn str_const(&mut self, s: &str) -> Value {
        self.rt.intern(s)
    }

    /// Finishes the innermost (function-like) unit and emits MAKE_FUNCTION for it in the
    /// enclosing unit, with the closure tuple of its free variables. `flags` says what the
    /// caller already pushed (defaults, keyword defaults).
    pub(crate) fn emit_make_function(&mut self, mut flags: u32) {
        let frees = self.scope().frees.clone();
        let code = self.pop_unit();
        if !frees.is_empty() {
            for n in &frees {
                let i = self.slot(n);
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, frees.len() as u32);
            flags |= crate::opcode::MF_CLOSURE;
        }
        self.emit_const(code);
        self.emit(Op::MAKE_FUNCTION, flags);
    }

    /// Finishes the innermost unit into a code object.
    pub(crate) fn pop_unit(&mut self) -> Value {
        let mut u = self.units.pop().unwrap();
        // Resolve jump labels to relative arguments.
        for pc in 0..u.code.len() {
            let (op, arg) = crate::opcode::decode(u.code[pc]);
            let target = match op.arg_kind() {
                ArgKind::JumpFwd | ArgKind::JumpBack => u.labels[arg as usize],
                _ => continue,
            };
            assert!(target != usize::MAX, "unbound label");
            let rel = match op.arg_kind() {
                ArgKind::JumpBack => {
                    assert!(target <= pc, "backward jump forward");
                    pc + 1 - target
                }
                _ => {
                    assert!(target > pc, "forward jump backward");
                    target - pc - 1
                }
            };
            assert!(rel as u32 <= MAX_ARG);
            u.code[pc] = encode(op, rel as u32);
        }
        let (stacksize, exc_table) =
            compute_stack_depth(&u.code, &u.handler_of, &u.handler_blocks, &u.labels);
        let rt = &mut *self.rt;
        let names = u.names.iter().map(|n| rt.intern(n)).collect();
        let localsplus_names = u.localsplus.iter().map(|n| rt.intern(n)).collect();
        let ncode = u.code.len();
        let quick = u.code.iter().map(|&w| std::cell::Cell::new(w)).collect();
        let code = CodeObject {
            quick,
            code: u.code,
            consts: u.consts,
            names,
            localsplus_names,
            localsplus_kinds: u.kinds,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            stacksize,
            name: rt.intern(&u.name),
            qualname: rt.intern(&u.qualname),
            filename: rt.intern(&self.filename),
            firstlineno: u.firstlineno,
            cache: (0..ncode)
                .map(|_| {
                    std::cell::UnsafeCell::new(InlineCache {
                        counter: crate::knobs::get(crate::knobs::Knob::warmup).min(0xffff) as u16,
                        ..InlineCache::EMPTY
                    })
                })
                .collect(),
            calls: std::cell::Cell::new(0),
            lines: u.lines,
            exc_table,
        };
        let v = rt.heap.alloc(code);
        // Code objects live as long as the runtime: `dis --adaptive` finds them here, and
        // inline caches may compare against a code object's address.
        rt.code_objects.push(v);
        v
    }

    /// True when the end of the code cannot be reached: the last instruction returns (or
    /// raises) and no jump lands after it. Then the implicit `return None` is left out, as
    /// CPython leaves out unreachable code.
    pub(crate) fn falls_off_end_unreachable(&self) -> bool {
        let u = self.units.last().unwrap();
        let end = u.code.len();
        let last_returns = u.code.last().is_some_and(|&w| {
            matches!(
                crate::opcode::decode(w).0,
                Op::RETURN_VALUE | Op::RETURN_CONST | Op::RAISE_VARARGS | Op::RERAISE
            )
        });
        last_returns && !u.labels.contains(&end)
    }

    pub(crate) fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// Maximum value-stack depth over all paths (both sides of every branch, and every
/// exception handler), and the exception table: each handler's depth is the stack height
/// where its range began.
fn compute_stack_depth(
    code: &[u32],
    handler_of: &[u32],
    blocks: &[HandlerBlock],
    labels: &[usize],
) -> (u32, Vec<ExcEntry>) {
    let n = code.len();
    let mut depth_at: Vec<i32> = vec![-1; n + 1];
    let mut hdepth: Vec<i32> = vec![-1; blocks.len()];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((mut pc, mut d)) = work.pop() {
        while pc < n {
            if depth_at[pc] >= d {
                break;
            }
            depth_at[pc] = d;
            let h = handler_of[pc];
            if h != NO_HANDLER {
                let hb = &blocks[h as usize];
                if hdepth[h as usize] < 0 {
                    let at = depth_at[hb.setup_pc.min(n)];
                    hdepth[h as usize] = if at >= 0 { at } else { d };
                    let t = labels[hb.target.0 as usize];
                    let hd = hdepth[h as usize] + 1;
                    max = max.max(hd);
                    work.push((t, hd));
                }
            }
            let (op, arg) = crate::opcode::decode(code[pc]);
            if op.is_jump() {
                let t = crate::opcode::jump_target(op, pc, arg);
                let dj = d + stack_effect(op, arg, true);
                max = max.max(dj);
                work.push((t, dj));
            }
            d += stack_effect(op, arg, false);
            max = max.max(d);
            if op.is_terminal() {
                break;
            }
            pc += 1;
        }
    }
    // Contiguous runs of instructions under the same handler become table entries.
    let mut table: Vec<ExcEntry> = Vec::new();
    let mut pc = 0;
    while pc < n {
        let h = handler_of[pc];
        if h == NO_HANDLER || hdepth[h as usize] < 0 {
            pc += 1;
            continue;
        }
        let start = pc;
        while pc < n && handler_of[pc] == h {
            pc += 1;
        }
        table.push(ExcEntry {
            start: start as u32,
            end: pc as u32,
            target: labels[blocks[h as usize].target.0 as usize] as u32,
            depth: hdepth[h as usize] as u32,
        });
    }
    (max.max(0) as u32 + 1, table)
}
