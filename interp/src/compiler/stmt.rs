//! Statements -> bytecode.

use super::symtable::{NameScope, TAG_FUNC};
use super::{CResult, Compiler, LoopCtx};
use crate::opcode::{MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS, Op};
use pyjit_runtime::Value;
use pyjit_runtime::code::{CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub(crate) fn set_line(&mut self, node: &impl Ranged) -> u32 {
        let l = self.line_of(node.range().start());
        let u = self.unit();
        let old = u.line;
        u.line = l;
        old
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.set_line(s);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::POP_TOP, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::COPY, 1);
                    }
                    self.store(t)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store(&a.target)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Pass(_) => self.emit(Op::NOP, 0),
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.unsupported("'async for' is", f.range.start()));
                }
                self.for_stmt(f)?
            }
            Stmt::Break(b) => {
                let Some(lp) = self.unit().loops.last() else {
                    return Err(self.error("SyntaxError", "'break' outside loop", b.range.start()));
                };
                let (to, is_for) = (lp.break_to, lp.is_for);
                if is_for {
                    self.emit(Op::POP_TOP, 0);
                }
                self.emit_jump(Op::JUMP_FORWARD, to);
            }
            Stmt::Continue(c) => {
                let Some(lp) = self.unit().loops.last() else {
                    return Err(self.error(
                        "SyntaxError",
                        "'continue' not properly in loop",
                        c.range.start(),
                    ));
                };
                let to = lp.continue_to;
                self.emit_jump(Op::JUMP_BACKWARD, to);
            }
            Stmt::Return(r) => {
                if self.units.len() == 1 {
                    return Err(self.error(
                        "SyntaxError",
                        "'return' outside function",
                        r.range.start(),
                    ));
                }
                match &r.value {
                    None => self.emit_const_return(Value::NONE),
                    Some(v) => {
                        if let Some(c) = self.const_value(v) {
                            self.emit_const_return(c);
                        } else {
                            self.expr(v)?;
                            self.emit(Op::RETURN_VALUE, 0);
                        }
                    }
                }
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.contains('.') {
                        return Err(
                            self.unsupported("importing a dotted module name is", a.range.start())
                        );
                    }
                    let n = self.add_name(a.name.as_str());
                    self.emit(Op::IMPORT_NAME, n);
                    let target = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&target);
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level != 0 {
                    return Err(self.unsupported("relative import is", i.range.start()));
                }
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                if module.contains('.') {
                    return Err(
                        self.unsupported("importing a dotted module name is", i.range.start())
                    );
                }
                let m = self.add_name(&module);
                self.emit(Op::IMPORT_NAME, m);
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return Err(self.unsupported("'from ... import *' is", a.range.start()));
                    }
                    let n = self.add_name(a.name.as_str());
                    self.emit(Op::IMPORT_FROM, n);
                    let target = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&target);
                }
                self.emit(Op::POP_TOP, 0);
            }
            Stmt::Raise(r) => {
                if r.cause.is_some() {
                    return Err(self.unsupported("'raise ... from ...' is", r.range.start()));
                }
                match &r.exc {
                    Some(e) => {
                        self.expr(e)?;
                        self.emit(Op::RAISE_VARARGS, 1);
                    }
                    None => {
                        return Err(self.unsupported("bare 'raise' (re-raise) is", r.range.start()));
                    }
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(Op::PUSH_NULL, 0);
                    self.expr(m)?;
                    self.emit(Op::CALL, 1);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
            }
            Stmt::ClassDef(c) => {
                return Err(self.unsupported("class definitions are", c.range.start()));
            }
            Stmt::Try(t) => return Err(self.unsupported("'try' statements are", t.range.start())),
            Stmt::With(w) => return Err(self.unsupported("'with' statements are", w.range.start())),
            Stmt::Match(m) => {
                return Err(self.unsupported("'match' statements are", m.range.start()));
            }
            Stmt::TypeAlias(t) => {
                return Err(self.unsupported("'type' aliases are", t.range.start()));
            }
            Stmt::IpyEscapeCommand(c) => {
                return Err(self.error("SyntaxError", "invalid syntax", c.range.start()));
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for c in &i.elif_else_clauses {
            self.emit_jump(Op::JUMP_FORWARD, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &c.test {
                self.set_line(t);
                self.jump_if(t, false, next)?;
            }
            self.stmts(&c.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult<()> {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().loops.push(LoopCtx {
            continue_to: top,
            break_to: end,
            is_for: false,
        });
        self.stmts(&w.body)?;
        self.unit().loops.pop();
        self.set_line(&*w.test);
        self.emit_jump(Op::JUMP_BACKWARD, top);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult<()> {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GET_ITER, 0);
        self.bind(top);
        self.set_line(f);
        self.emit_jump(Op::FOR_ITER, orelse);
        self.store(&f.target)?;
        self.unit().loops.push(LoopCtx {
            continue_to: top,
            break_to: end,
            is_for: true,
        });
        self.stmts(&f.body)?;
        self.unit().loops.pop();
        self.set_line(f);
        self.emit_jump(Op::JUMP_BACKWARD, top);
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = super::expr::binop_code(a.op) + pyjit_runtime::ops::INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let n = self.add_name(at.attr.as_str());
                self.emit(Op::LOAD_ATTR, n << 1);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_ATTR, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit(Op::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            t => {
                return Err(self.error(
                    "SyntaxError",
                    "'expression' is an illegal expression for augmented assignment",
                    t.range().start(),
                ));
            }
        }
        Ok(())
    }

    /// Pushes a subscript key; slices become slice objects (BUILD_SLICE).
    pub(crate) fn subscript_key(&mut self, key: &Expr) -> CResult<()> {
        if let Expr::Slice(sl) = key {
            for part in [&sl.lower, &sl.upper] {
                match part {
                    Some(e) => self.expr(e)?,
                    None => self.emit_const(Value::NONE),
                }
            }
            if let Some(st) = &sl.step {
                self.expr(st)?;
                self.emit(Op::BUILD_SLICE, 3);
            } else {
                self.emit(Op::BUILD_SLICE, 2);
            }
            return Ok(());
        }
        self.expr(key)
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        match self.name_scope(name) {
            NameScope::Local => {
                let i = self.slot(name);
                self.emit(Op::STORE_FAST, i)
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.slot(name);
                self.emit(Op::STORE_DEREF, i)
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.add_name(name);
                if self.units.len() == 1 {
                    self.emit(Op::STORE_NAME, i)
                } else {
                    self.emit(Op::STORE_GLOBAL, i)
                }
            }
            NameScope::Name => {
                let i = self.add_name(name);
                self.emit(Op::STORE_NAME, i)
            }
        }
    }

    pub(crate) fn load_name(&mut self, name: &str) {
        match self.name_scope(name) {
            NameScope::Local => {
                let i = self.slot(name);
                self.emit(Op::LOAD_FAST, i)
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.slot(name);
                self.emit(Op::LOAD_DEREF, i)
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.add_name(name);
                if self.units.len() == 1 {
                    self.emit(Op::LOAD_NAME, i)
                } else {
                    self.emit(Op::LOAD_GLOBAL, i << 1)
                }
            }
            NameScope::Name => {
                let i = self.add_name(name);
                self.emit(Op::LOAD_NAME, i)
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.name_scope(name) {
            NameScope::Local => {
                let i = self.slot(name);
                self.emit(Op::DELETE_FAST, i)
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.slot(name);
                self.emit(Op::DELETE_DEREF, i)
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit if self.units.len() > 1 => {
                let i = self.add_name(name);
                self.emit(Op::DELETE_GLOBAL, i)
            }
            _ => {
                let i = self.add_name(name);
                self.emit(Op::DELETE_NAME, i)
            }
        }
    }

    /// Stores TOS into an assignment target.
    pub(crate) fn store(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_name(a.attr.as_str());
                self.emit(Op::STORE_ATTR, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice
                    && sl.step.is_none()
                {
                    for part in [&sl.lower, &sl.upper] {
                        match part {
                            Some(e) => self.expr(e)?,
                            None => self.emit_const(Value::NONE),
                        }
                    }
                    self.emit(Op::STORE_SLICE, 0);
                } else {
                    self.subscript_key(&s.slice)?;
                    self.emit(Op::STORE_SUBSCR, 0);
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(self.error(
                                "SyntaxError",
                                "multiple starred expressions in assignment",
                                t.range().start(),
                            ));
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Op::UNPACK_EX, (i as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store(&s.value)?,
                        e => self.store(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.error(
                    "SyntaxError",
                    "starred assignment target must be in a list or tuple",
                    s.range.start(),
                ));
            }
            other => {
                return Err(self.error(
                    "SyntaxError",
                    "cannot assign to expression",
                    other.range().start(),
                ));
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_name(a.attr.as_str());
                self.emit(Op::DELETE_ATTR, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Op::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => {
                return Err(self.error(
                    "SyntaxError",
                    "cannot delete expression",
                    other.range().start(),
                ));
            }
        }
        Ok(())
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(self.unsupported("'async def' is", f.range.start()));
        }
        if !f.decorator_list.is_empty() {
            return Err(self.unsupported("decorators are", f.range.start()));
        }
        let key = (f.range.start(), TAG_FUNC);
        let name = f.name.to_string();
        self.make_function(key, &name, &f.parameters, f.range.start(), |c| {
            if let Some(Stmt::Expr(e)) = f.body.first()
                && let Expr::StringLiteral(s) = &*e.value
            {
                // Docstring: first constant, as in CPython.
                let v = c.rt.new_str(s.value.to_str());
                c.add_const(v);
            } else {
                c.add_const(Value::NONE);
            }
            c.stmts(&f.body)?;
            if !c.falls_off_end_unreachable() {
                c.emit_const_return(Value::NONE);
            }
            Ok(())
        })?;
        self.store_name(&name);
        Ok(())
    }

    /// Compiles a function-like body into a code object and emits MAKE_FUNCTION for it.
    pub(crate) fn make_function(
        &mut self,
        key: (ruff_text_size::TextSize, u8),
        name: &str,
        params: &ast::Parameters,
        at: ruff_text_size::TextSize,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        // Defaults are evaluated in the enclosing scope, now.
        let mut flags = 0;
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
            flags |= MF_DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let k = self.str_const(n);
                self.emit_const(k);
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kwdefaults.len() as u32);
            flags |= MF_KWDEFAULTS;
        }
        let scope = self.scope_of_node(key);
        let parent_qual = self.units.last().unwrap().qualname.clone();
        let qualname = if self.units.len() == 1 {
            name.to_string()
        } else {
            format!("{parent_qual}.<locals>.{name}")
        };
        let line = self.line_of(at);
        self.push_unit(scope, name, &qualname, line);
        let mut pnames: Vec<String> = Vec::new();
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            pnames.push(p.parameter.name.to_string());
        }
        let mut uflags = CO_OPTIMIZED | CO_NEWLOCALS;
        if let Some(v) = &params.vararg {
            pnames.push(v.name.to_string());
            uflags |= CO_VARARGS;
        }
        if let Some(k) = &params.kwarg {
            pnames.push(k.name.to_string());
            uflags |= CO_VARKEYWORDS;
        }
        if self.units.len() > 2 {
            uflags |= CO_NESTED;
        }
        {
            let u = self.unit();
            u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
            u.posonlyargcount = params.posonlyargs.len() as u32;
            u.kwonlyargcount = params.kwonlyargs.len() as u32;
            u.flags = uflags;
        }
        self.layout_function_slots(&pnames);
        self.emit(Op::RESUME, 0);
        body(self)?;
        let frees = self.scope().frees.clone();
        let code = self.pop_unit();
        if !frees.is_empty() {
            for n in &frees {
                let i = self.slot(n);
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, frees.len() as u32);
            flags |= MF_CLOSURE;
        }
        self.emit_const(code);
        self.emit(Op::MAKE_FUNCTION, flags);
        Ok(())
    }
}
