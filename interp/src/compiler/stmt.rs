//! Statements -> bytecode.

use super::symtable::{NameScope, TAG_CLASS, TAG_FUNC};
use super::{CResult, Compiler, FBlock};
use crate::opcode::{MF_DEFAULTS, MF_KWDEFAULTS, Op};
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
                let Some((to, is_for, _)) = self.unwind_to_loop()? else {
                    return Err(self.error("SyntaxError", "'break' outside loop", b.range.start()));
                };
                if is_for {
                    self.emit(Op::POP_TOP, 0);
                }
                self.emit_jump(Op::JUMP_FORWARD, to);
                self.restore_after_unwind();
            }
            Stmt::Continue(c) => {
                let Some((_, _, to)) = self.unwind_to_loop()? else {
                    return Err(self.error(
                        "SyntaxError",
                        "'continue' not properly in loop",
                        c.range.start(),
                    ));
                };
                self.emit_jump(Op::JUMP_BACKWARD, to);
                self.restore_after_unwind();
            }
            Stmt::Return(r) => {
                if self.units.len() == 1 {
                    return Err(self.error(
                        "SyntaxError",
                        "'return' outside function",
                        r.range.start(),
                    ));
                }
                let cleanup = self
                    .unit()
                    .fblocks
                    .iter()
                    .any(|f| !matches!(f.kind, FBlock::Loop { .. } | FBlock::TryExcept));
                let konst = match &r.value {
                    None => Some(Value::NONE),
                    Some(v) => self.const_value(v),
                };
                match konst {
                    Some(c) if !cleanup => self.emit_const_return(c),
                    Some(c) => {
                        self.emit_const(c);
                        self.unwind_all(true)?;
                        self.emit(Op::RETURN_VALUE, 0);
                        self.restore_after_unwind();
                    }
                    None => {
                        self.expr(r.value.as_ref().unwrap())?;
                        if cleanup {
                            self.unwind_all(true)?;
                        }
                        self.emit(Op::RETURN_VALUE, 0);
                        if cleanup {
                            self.restore_after_unwind();
                        }
                    }
                }
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                for a in &i.names {
                    // IMPORT_NAME of a dotted name pushes the top-level module.
                    let n = self.add_name(a.name.as_str());
                    self.emit(Op::IMPORT_NAME, n);
                    match &a.asname {
                        Some(alias) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let pn = self.add_name(p);
                                self.emit(Op::IMPORT_FROM, pn);
                                self.emit(Op::SWAP, 2);
                                self.emit(Op::POP_TOP, 0);
                            }
                            self.store_name(alias.as_str());
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level != 0 {
                    return Err(self.unsupported("relative import is", i.range.start()));
                }
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let m = self.add_name(&module);
                self.emit(Op::IMPORT_NAME, m);
                let parts: Vec<String> = module.split('.').map(str::to_string).collect();
                for p in &parts[1..] {
                    let pn = self.add_name(p);
                    self.emit(Op::IMPORT_FROM, pn);
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::POP_TOP, 0);
                }
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    if self.units.len() > 1 {
                        return Err(self.error(
                            "SyntaxError",
                            "import * only allowed at module level",
                            i.range.start(),
                        ));
                    }
                    self.emit(Op::IMPORT_STAR, 0);
                    return Ok(());
                }
                for a in &i.names {
                    let n = self.add_name(a.name.as_str());
                    self.emit(Op::IMPORT_FROM, n);
                    let target = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&target);
                }
                self.emit(Op::POP_TOP, 0);
            }
            Stmt::Raise(r) => match &r.exc {
                Some(e) => {
                    self.expr(e)?;
                    match &r.cause {
                        Some(c) => {
                            self.expr(c)?;
                            self.emit(Op::RAISE_VARARGS, 2);
                        }
                        None => self.emit(Op::RAISE_VARARGS, 1),
                    }
                }
                None => self.emit(Op::RAISE_VARARGS, 0),
            },
            Stmt::Assert(a) => {
                self.check_assert(a);
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
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.unsupported("'except*' is", t.range.start()));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.unsupported("'async with' is", w.range.start()));
                }
                let line = self.line_of(w.range.start());
                self.with_items(&w.items, &w.body, line)?;
            }
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
        self.push_fblock(FBlock::Loop {
            continue_to: top,
            break_to: end,
            is_for: false,
        });
        self.stmts(&w.body)?;
        self.pop_fblock();
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
        self.push_fblock(FBlock::Loop {
            continue_to: top,
            break_to: end,
            is_for: true,
        });
        self.stmts(&f.body)?;
        self.pop_fblock();
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
                let n = self.add_attr_name(at.attr.as_str());
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
                let m = self.mangle(name);
                let i = self.add_name(&m);
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
                let m = self.mangle(name);
                let i = self.add_name(&m);
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
                let m = self.mangle(name);
                let i = self.add_name(&m);
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
                let n = self.add_attr_name(a.attr.as_str());
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
                let n = self.add_attr_name(a.attr.as_str());
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

    /// Evaluates decorators (outermost first), leaving `[decorator, NULL]` pairs on the stack.
    fn decorators(&mut self, ds: &[ast::Decorator]) -> CResult<()> {
        for d in ds {
            self.set_line(d);
            self.expr(&d.expression)?;
            self.emit(Op::PUSH_NULL, 0);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, ds: &[ast::Decorator]) {
        for d in ds.iter().rev() {
            self.set_line(d);
            self.emit(Op::CALL, 1);
        }
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(self.unsupported("'async def' is", f.range.start()));
        }
        self.decorators(&f.decorator_list)?;
        if let Some(d) = f.decorator_list.first() {
            // CPython attributes MAKE_FUNCTION to the first decorator's line.
            self.set_line(d);
        } else {
            self.set_line(f);
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
        self.apply_decorators(&f.decorator_list);
        self.set_line(f);
        self.store_name(&name);
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return Err(self.unsupported("generic classes are", c.range.start()));
        }
        self.decorators(&c.decorator_list)?;
        self.set_line(c);
        let name = c.name.to_string();
        let key = (c.range.start(), TAG_CLASS);
        let scope = self.scope_of_node(key);
        let qualname = self.child_qualname(&name);
        let line = self.line_of(c.range.start());
        self.emit(Op::LOAD_BUILD_CLASS, 0);
        self.emit(Op::PUSH_NULL, 0);
        self.push_unit(scope, &name, &qualname, line);
        self.unit().is_class = true;
        let stripped = name.trim_start_matches('_');
        self.unit().private = if stripped.is_empty() {
            None
        } else {
            Some(stripped.to_string())
        };
        self.layout_function_slots(&[]);
        self.emit(Op::RESUME, 0);
        self.load_name("__name__");
        self.store_name("__module__");
        let q = self.str_const(&qualname);
        self.emit_const(q);
        self.store_name("__qualname__");
        let mut body: &[Stmt] = &c.body;
        if let Some(Stmt::Expr(e)) = body.first()
            && let Expr::StringLiteral(s) = &*e.value
        {
            self.set_line(&body[0]);
            let v = self.rt.new_str(s.value.to_str());
            self.emit_const(v);
            self.store_name("__doc__");
            body = &body[1..];
        }
        self.stmts(body)?;
        let has_class_cell = self.scope().cells.iter().any(|n| n == "__class__");
        if has_class_cell {
            let i = self.slot("__class__");
            self.emit(Op::LOAD_CLOSURE, i);
            self.emit(Op::COPY, 1);
            self.store_name("__classcell__");
            self.emit(Op::RETURN_VALUE, 0);
        } else {
            self.emit_const_return(Value::NONE);
        }
        self.emit_make_function(0);
        let n = self.str_const(&name);
        self.emit_const(n);
        let mut nargs = 2;
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                if let Expr::Starred(s) = a {
                    return Err(self.unsupported("starred base classes are", s.range.start()));
                }
                self.expr(a)?;
                nargs += 1;
            }
            if let Some(k) = args.keywords.first() {
                return Err(self.unsupported(
                    "class keyword arguments (metaclass=...) are",
                    k.range.start(),
                ));
            }
        }
        self.emit(Op::CALL, nargs);
        self.apply_decorators(&c.decorator_list);
        self.set_line(c);
        self.store_name(&name);
        Ok(())
    }

    /// Emits the code that leaves fblock `b` (`preserve_tos`: a return value is on top).
    fn unwind_fblock(&mut self, b: &super::FBlockEntry, preserve_tos: bool) -> CResult<()> {
        match &b.kind {
            FBlock::Loop { .. } | FBlock::TryExcept => {}
            FBlock::Finally(body) => {
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_EXCEPT, 0);
            }
            FBlock::HandlerCleanup(name) => {
                if let Some(n) = name {
                    self.emit_const(Value::NONE);
                    self.store_name(n);
                    self.delete_name(n);
                }
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_EXCEPT, 0);
            }
            FBlock::With => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::WITH_EXIT, 0);
            }
        }
        Ok(())
    }

    /// Leaves every fblock (for `return`). The fblock and handler stacks are saved first;
    /// `restore_after_unwind` puts them back.
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        self.save_blocks();
        while let Some(b) = self.unit().fblocks.pop() {
            self.unit().handler_stack.truncate(b.handlers_outside);
            self.unwind_fblock(&b, preserve_tos)?;
        }
        Ok(())
    }

    /// Leaves fblocks up to the innermost loop (for `break`/`continue`): its
    /// `(break_to, is_for, continue_to)`, or `None` outside a loop.
    fn unwind_to_loop(&mut self) -> CResult<Option<(super::Label, bool, super::Label)>> {
        if !self
            .unit()
            .fblocks
            .iter()
            .any(|f| matches!(f.kind, FBlock::Loop { .. }))
        {
            return Ok(None);
        }
        self.save_blocks();
        loop {
            let b = self.unit().fblocks.last().cloned().unwrap();
            if let FBlock::Loop {
                continue_to,
                break_to,
                is_for,
            } = b.kind
            {
                self.unit().handler_stack.truncate(b.handlers_outside);
                return Ok(Some((break_to, is_for, continue_to)));
            }
            self.unit().fblocks.pop();
            self.unit().handler_stack.truncate(b.handlers_outside);
            self.unwind_fblock(&b, false)?;
        }
    }

    fn save_blocks(&mut self) {
        let u = self.unit();
        let saved = (u.fblocks.clone(), u.handler_stack.clone());
        u.saved_blocks.push(saved);
    }

    fn restore_after_unwind(&mut self) {
        let u = self.unit();
        let (f, h) = u.saved_blocks.pop().unwrap();
        u.fblocks = f;
        u.handler_stack = h;
    }

    /// try/except/else (no finally). Stack protocol: a handler starts with [exc];
    /// PUSH_EXC_INFO makes it [prev_exc, exc]; POP_EXCEPT restores prev_exc.
    fn try_except(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlock::TryExcept);
        self.push_handler(handler);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.pop_fblock();
        self.emit(Op::NOP, 0);
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(handler);
        let cleanup = self.new_label();
        self.push_handler(cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::CHECK_EXC_MATCH, 0);
                    self.emit_jump(Op::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(self.error(
                            "SyntaxError",
                            "default 'except:' must be last",
                            h.range.start(),
                        ));
                    }
                }
            }
            match &h.name {
                Some(n) => {
                    let n = n.to_string();
                    self.store_name(&n);
                    let name_cleanup = self.new_label();
                    self.push_fblock(FBlock::HandlerCleanup(Some(n.clone())));
                    self.push_handler(name_cleanup);
                    self.stmts(&h.body)?;
                    self.pop_handler();
                    self.pop_fblock();
                    self.emit(Op::POP_EXCEPT, 0);
                    self.emit_const(Value::NONE);
                    self.store_name(&n);
                    self.delete_name(&n);
                    self.emit_jump(Op::JUMP_FORWARD, end);
                    // An exception in the body: clear the name, re-raise to `cleanup`.
                    self.bind(name_cleanup);
                    self.emit_const(Value::NONE);
                    self.store_name(&n);
                    self.delete_name(&n);
                    self.emit(Op::RERAISE, 0);
                }
                None => {
                    self.emit(Op::POP_TOP, 0);
                    self.push_fblock(FBlock::HandlerCleanup(None));
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::POP_EXCEPT, 0);
                    self.emit_jump(Op::JUMP_FORWARD, end);
                }
            }
            self.bind(next);
        }
        // No handler matched: re-raise (the cleanup handler restores the exception state).
        self.emit(Op::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlock::Finally(t.finalbody.to_vec()));
        self.push_handler(handler);
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_handler();
        self.pop_fblock();
        self.emit(Op::NOP, 0);
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(handler);
        let cleanup = self.new_label();
        self.push_handler(cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    fn with_items(&mut self, items: &[ast::WithItem], body: &[Stmt], line: u32) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context_expr)?;
        self.emit(Op::BEFORE_WITH, 0);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlock::With);
        self.push_handler(handler);
        self.with_items(rest, body, line)?;
        self.pop_handler();
        self.pop_fblock();
        // The exit call belongs to the `with` line (as in CPython's tracebacks).
        self.unit().line = line;
        self.emit(Op::WITH_EXIT, 0);
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(handler);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.push_handler(cleanup);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 0);
        self.bind(suppress);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.pop_handler();
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
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
        let qualname = self.child_qualname(name);
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
        if self.scope().is_generator {
            uflags |= pyjit_runtime::code::CO_GENERATOR;
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
        self.emit_make_function(flags);
        Ok(())
    }
}
