//! Expressions -> bytecode, with CPython-like constant folding.

use super::symtable::{TAG_COMP, TAG_LAMBDA};
use super::{CResult, Compiler};
use crate::opcode::{FVC_ASCII, FVC_REPR, FVC_STR, FVS_HAVE_SPEC, Op};
use pyjit_runtime::gc::{kind_of, payload};
use pyjit_runtime::object::{Kind, PyStr};
use pyjit_runtime::ops::{self, BinOp};
use pyjit_runtime::{Value, int};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextSize;

/// CPython's `BINARY_OP` code for an AST operator.
pub fn binop_code(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    (match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }) as u32
}

fn cmp_code(op: ast::CmpOp) -> (Op, u32) {
    use ast::CmpOp::*;
    match op {
        Lt => (Op::COMPARE_OP, 0),
        LtE => (Op::COMPARE_OP, 1),
        Eq => (Op::COMPARE_OP, 2),
        NotEq => (Op::COMPARE_OP, 3),
        Gt => (Op::COMPARE_OP, 4),
        GtE => (Op::COMPARE_OP, 5),
        Is => (Op::IS_OP, 0),
        IsNot => (Op::IS_OP, 1),
        In => (Op::CONTAINS_OP, 0),
        NotIn => (Op::CONTAINS_OP, 1),
    }
}

/// Folding limits, as in CPython's AST optimizer: results larger than this stay unfolded.
const MAX_INT_BITS: u64 = 128;
const MAX_STR_LEN: usize = 4096;
const MAX_COLLECTION: usize = 256;

impl<'a> Compiler<'a> {
    /// The constant value of `e` if it is a literal or folds to one.
    pub(crate) fn const_value(&mut self, e: &Expr) -> Option<Value> {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => Some(match i.as_i64() {
                    Some(v) => self.rt.new_int(v),
                    None => {
                        let b = int::parse(&i.to_string(), 0)?;
                        self.rt.new_bigint(b)
                    }
                }),
                ast::Number::Float(f) => Some(Value::float(*f)),
                ast::Number::Complex { .. } => None,
            },
            Expr::StringLiteral(s) => {
                let st = super::literals::value(self.source, s);
                let st = &*st;
                Some(if st.chars().count() <= 1 {
                    self.rt.intern(st)
                } else {
                    self.rt.new_str(st)
                })
            }
            Expr::BooleanLiteral(b) => Some(Value::bool(b.value)),
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                Some(pyjit_runtime::bytes::new_bytes(self.rt, data, false))
            }
            Expr::NoneLiteral(_) => Some(Value::NONE),
            Expr::EllipsisLiteral(_) => Some(Value::ELLIPSIS),
            Expr::UnaryOp(u) => {
                let v = self.const_value(&u.operand)?;
                if !is_foldable_number(v) {
                    return None;
                }
                let r = match u.op {
                    ast::UnaryOp::USub => ops::neg(self.rt, v),
                    ast::UnaryOp::UAdd => ops::pos(self.rt, v),
                    ast::UnaryOp::Invert => ops::invert(self.rt, v),
                    ast::UnaryOp::Not => return None,
                };
                r.ok()
            }
            Expr::BinOp(b) => {
                let l = self.const_value(&b.left)?;
                let r = self.const_value(&b.right)?;
                self.fold_binop(binop_code(b.op), l, r)
            }
            Expr::Tuple(t)
                if t.elts.len() <= MAX_COLLECTION
                    && !t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) =>
            {
                let mut items = Vec::with_capacity(t.elts.len());
                for e in &t.elts {
                    items.push(self.const_value(e)?);
                }
                Some(self.rt.new_tuple(items))
            }
            _ => None,
        }
    }

    fn fold_binop(&mut self, code: u32, l: Value, r: Value) -> Option<Value> {
        let op = BinOp::from_u32(code);
        let is_str = |v: Value| kind_of(v) == Some(Kind::Str);
        let numeric = is_foldable_number(l) && is_foldable_number(r);
        let ok = numeric
            || (is_str(l) && is_str(r) && op == BinOp::Add)
            || (is_str(l) && op == BinOp::Mul && int::is_int(r));
        if !ok {
            return None;
        }
        // Guard the size of the result before computing it.
        if numeric && int::is_int(l) && int::is_int(r) {
            let bits = |v: Value| int::to_big(v).bits();
            match op {
                BinOp::Pow => {
                    let e = int::to_i64(r)?;
                    if e < 0 || bits(l).saturating_mul(e as u64) > MAX_INT_BITS {
                        return None;
                    }
                }
                BinOp::LShift => {
                    let e = int::to_i64(r)?;
                    if !(0..=MAX_INT_BITS as i64).contains(&e) || bits(l) + e as u64 > MAX_INT_BITS
                    {
                        return None;
                    }
                }
                BinOp::Mul if bits(l) + bits(r) > MAX_INT_BITS => return None,
                _ => {}
            }
        }
        if is_str(l) && op == BinOp::Mul {
            let n = int::to_i64(r)?;
            let len = payload::<PyStr>(l)?.chars;
            if n < 0 || len.saturating_mul(n as usize) > MAX_STR_LEN {
                return None;
            }
        }
        let v = ops::binary_op(self.rt, op, false, l, r).ok()?;
        if let Some(s) = payload::<PyStr>(v)
            && s.chars > MAX_STR_LEN
        {
            return None;
        }
        Some(v)
    }

    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<()> {
        let old = self.set_line(e);
        let r = self.expr_inner(e);
        self.unit().line = old;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        if let Some(v) = self.const_value(e) {
            self.emit_const(v);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop_code(b.op));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(
                    match u.op {
                        ast::UnaryOp::USub => Op::UNARY_NEGATIVE,
                        ast::UnaryOp::UAdd => Op::UNARY_POSITIVE,
                        ast::UnaryOp::Not => Op::UNARY_NOT,
                        ast::UnaryOp::Invert => Op::UNARY_INVERT,
                    },
                    0,
                );
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = if b.op == ast::BoolOp::And {
                    Op::JUMP_IF_FALSE_OR_POP
                } else {
                    Op::JUMP_IF_TRUE_OR_POP
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.add_attr_name(a.attr.as_str());
                self.emit(Op::LOAD_ATTR, n << 1);
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice
                    && sl.step.is_none()
                {
                    for part in [&sl.lower, &sl.upper] {
                        match part {
                            Some(x) => self.expr(x)?,
                            None => self.emit_const(Value::NONE),
                        }
                    }
                    self.emit(Op::BINARY_SLICE, 0);
                } else {
                    self.subscript_key(&s.slice)?;
                    self.emit(Op::BINARY_SUBSCR, 0);
                }
            }
            Expr::Slice(_) => self.subscript_key(e)?,
            Expr::Tuple(t) => {
                if self.starred_sequence(&t.elts, Op::BUILD_TUPLE)? {
                    self.emit(Op::LIST_TO_TUPLE, 0);
                }
            }
            Expr::List(l) => {
                self.starred_sequence(&l.elts, Op::BUILD_LIST)?;
            }
            Expr::Set(s) => {
                if s.elts.len() > 2
                    && let Some(consts) = s
                        .elts
                        .iter()
                        .map(|e| self.const_value(e))
                        .collect::<Option<Vec<Value>>>()
                    && let Ok(fs) = pyjit_runtime::set::frozenset_constant(self.rt, &consts)
                {
                    // As CPython 3.11: a constant display becomes a frozenset constant copied
                    // into a new set (this fixes the iteration order users see).
                    self.emit(Op::BUILD_SET, 0);
                    self.emit_const(fs);
                    self.emit(Op::SET_UPDATE, 1);
                } else if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Op::BUILD_SET, 0);
                    for el in &s.elts {
                        match el {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Op::SET_UPDATE, 1);
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Op::SET_ADD, 1);
                            }
                        }
                    }
                } else {
                    for el in &s.elts {
                        self.expr(el)?;
                    }
                    self.emit(Op::BUILD_SET, s.elts.len() as u32);
                }
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Lambda(l) => {
                let params = l.parameters.as_deref().cloned().unwrap_or_default();
                let key = (l.range.start(), TAG_LAMBDA);
                self.make_function(key, "<lambda>", &params, l.range.start(), |c| {
                    c.expr(&l.body)?;
                    c.emit(Op::RETURN_VALUE, 0);
                    Ok(())
                })?;
            }
            Expr::ListComp(c) => self.comprehension(
                c.range.start(),
                "<listcomp>",
                &c.generators,
                CompKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.comprehension(
                c.range.start(),
                "<setcomp>",
                &c.generators,
                CompKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(self.error(
                        "SyntaxError",
                        "dict unpacking cannot be used in dict comprehension",
                        c.range.start(),
                    ));
                };
                self.comprehension(
                    c.range.start(),
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                )?
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.store(&n.target)?;
            }
            Expr::Starred(s) => {
                return Err(self.error(
                    "SyntaxError",
                    "can't use starred expression here",
                    s.range.start(),
                ));
            }
            Expr::Generator(g) => self.comprehension(
                g.range.start(),
                "<genexpr>",
                &g.generators,
                CompKind::Gen(&g.elt),
            )?,
            Expr::Yield(y) => {
                self.check_yield_context(y.range.start(), "yield")?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::NONE),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_context(y.range.start(), "yield from")?;
                self.expr(&y.value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.emit_const(Value::NONE);
                let top = self.new_label();
                let exit = self.new_label();
                self.bind(top);
                self.emit_jump(Op::SEND, exit);
                self.emit(Op::YIELD_VALUE, 0);
                self.emit_jump(Op::JUMP_BACKWARD, top);
                self.bind(exit);
            }
            Expr::Await(a) => return Err(self.unsupported("'await' is", a.range.start())),
            Expr::NumberLiteral(n) => {
                return Err(self.unsupported("complex numbers are", n.range.start()));
            }
            Expr::TString(t) => {
                return Err(self.unsupported("template strings are", t.range.start()));
            }
            Expr::IpyEscapeCommand(c) => {
                return Err(self.error("SyntaxError", "invalid syntax", c.range.start()));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                unreachable!("literals are constants")
            }
        }
        Ok(())
    }

    /// Builds a list or tuple display; returns true if it built a list that must become a tuple.
    fn starred_sequence(&mut self, elts: &[Expr], build: Op) -> CResult<bool> {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            for el in elts {
                self.expr(el)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(false);
        }
        self.emit(Op::BUILD_LIST, 0);
        for el in elts {
            match el {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::LIST_EXTEND, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::LIST_APPEND, 1);
                }
            }
        }
        Ok(build == Op::BUILD_TUPLE)
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult<()> {
        let has_unpack = d.items.iter().any(|it| it.key.is_none());
        if !has_unpack {
            for it in &d.items {
                self.expr(it.key.as_ref().unwrap())?;
                self.expr(&it.value)?;
            }
            self.emit(Op::BUILD_MAP, d.items.len() as u32);
            return Ok(());
        }
        self.emit(Op::BUILD_MAP, 0);
        for it in &d.items {
            match &it.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&it.value)?;
                    self.emit(Op::BUILD_MAP, 1);
                    self.emit(Op::DICT_UPDATE, 1);
                }
                None => {
                    self.expr(&it.value)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult<()> {
        self.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            let (op, arg) = cmp_code(c.ops[0]);
            self.emit(op, arg);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            let (op, arg) = cmp_code(c.ops[i]);
            if i + 1 < n {
                self.emit(Op::SWAP, 2);
                self.emit(Op::COPY, 2);
                self.emit(op, arg);
                self.emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.emit(op, arg);
            }
        }
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Evaluates `e` for its truth and jumps to `to` when it equals `cond`.
    pub(crate) fn jump_if(&mut self, e: &Expr, cond: bool, to: super::Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, to);
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on false as soon as one operand is false; on true only at the end.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if(v, cond, to)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = b.values.split_last().unwrap();
                    for v in rest {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, to)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                Op::POP_JUMP_IF_TRUE
            } else {
                Op::POP_JUMP_IF_FALSE
            },
            to,
        );
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult<()> {
        self.check_caller(c);
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let dynamic = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none());
        // Callable and self-or-NULL.
        match &*c.func {
            Expr::Attribute(a) if !dynamic => {
                self.expr(&a.value)?;
                let n = self.add_attr_name(a.attr.as_str());
                let old = self.set_line(&*c.func);
                self.emit(Op::LOAD_ATTR, (n << 1) | 1);
                self.unit().line = old;
            }
            Expr::Name(n)
                if self.units.len() > 1
                    && matches!(
                        self.name_scope(n.id.as_str()),
                        super::symtable::NameScope::GlobalImplicit
                            | super::symtable::NameScope::GlobalExplicit
                    ) =>
            {
                let i = self.add_name(n.id.as_str());
                self.emit(Op::LOAD_GLOBAL, (i << 1) | 1);
            }
            f => {
                self.expr(f)?;
                self.emit(Op::PUSH_NULL, 0);
            }
        }
        if dynamic {
            if self.starred_sequence(args, Op::BUILD_TUPLE)? {
                self.emit(Op::LIST_TO_TUPLE, 0);
            }
            if kws.is_empty() {
                self.emit(Op::CALL_FUNCTION_EX, 0);
                return Ok(());
            }
            self.emit(Op::BUILD_MAP, 0);
            for k in kws {
                match &k.arg {
                    Some(name) => {
                        let key = self.str_const(name.as_str());
                        self.emit_const(key);
                        self.expr(&k.value)?;
                        self.emit(Op::BUILD_MAP, 1);
                        self.emit(Op::DICT_MERGE, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DICT_MERGE, 1);
                    }
                }
            }
            self.emit(Op::CALL_FUNCTION_EX, 1);
            return Ok(());
        }
        for a in args.iter() {
            self.expr(a)?;
        }
        let n = (args.len() + kws.len()) as u32;
        if kws.is_empty() {
            self.emit(Op::CALL, n);
            return Ok(());
        }
        let mut names = Vec::with_capacity(kws.len());
        for k in kws {
            let name = k.arg.as_ref().unwrap().to_string();
            if names.iter().any(|(n, _): &(String, TextSize)| *n == name) {
                return Err(self.error(
                    "SyntaxError",
                    format!("keyword argument repeated: {name}"),
                    k.range.start(),
                ));
            }
            names.push((name, k.range.start()));
            self.expr(&k.value)?;
        }
        let vals: Vec<Value> = names.iter().map(|(n, _)| self.rt.intern(n)).collect();
        let t = self.rt.new_tuple(vals);
        self.emit_const(t);
        self.emit(Op::CALL_KW, n);
        Ok(())
    }

    fn comprehension(
        &mut self,
        at: TextSize,
        name: &str,
        gens: &[ast::Comprehension],
        kind: CompKind,
    ) -> CResult<()> {
        if gens.iter().any(|g| g.is_async) {
            return Err(self.unsupported("async comprehensions are", at));
        }
        let key = (at, TAG_COMP);
        let params = ast::Parameters::default();
        // The outermost iterable is evaluated here and passed as the argument `.0`.
        let scope = self.scope_of_node(key);
        let qualname = self.child_qualname(name);
        let line = self.line_of(at);
        self.push_unit(scope, name, &qualname, line);
        {
            let u = self.unit();
            u.argcount = 1;
            u.flags = pyjit_runtime::code::CO_OPTIMIZED | pyjit_runtime::code::CO_NEWLOCALS;
        }
        let _ = &params;
        self.layout_function_slots(&[".0".to_string()]);
        self.emit(Op::RESUME, 0);
        let build = match kind {
            CompKind::List(_) => Some(Op::BUILD_LIST),
            CompKind::Set(_) => Some(Op::BUILD_SET),
            CompKind::Dict(..) => Some(Op::BUILD_MAP),
            CompKind::Gen(_) => None,
        };
        if let Some(b) = build {
            self.emit(b, 0);
        } else {
            self.unit().flags |= pyjit_runtime::code::CO_GENERATOR;
        }
        let mut ends = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            let top = self.new_label();
            let end = self.new_label();
            if i == 0 {
                let s = self.slot(".0");
                self.emit(Op::LOAD_FAST, s);
            } else {
                self.expr(&g.iter)?;
                self.emit(Op::GET_ITER, 0);
            }
            self.bind(top);
            self.emit_jump(Op::FOR_ITER, end);
            self.store(&g.target)?;
            for cond in &g.ifs {
                let skip = self.new_label();
                self.jump_if(cond, true, skip)?;
                self.emit_jump(Op::JUMP_BACKWARD, top);
                self.bind(skip);
            }
            ends.push((top, end));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(e) => {
                self.expr(e)?;
                self.emit(Op::LIST_APPEND, depth);
            }
            CompKind::Set(e) => {
                self.expr(e)?;
                self.emit(Op::SET_ADD, depth);
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MAP_ADD, depth);
            }
            CompKind::Gen(e) => {
                self.expr(e)?;
                self.emit(Op::YIELD_VALUE, 0);
                self.emit(Op::POP_TOP, 0);
            }
        }
        for (top, end) in ends.into_iter().rev() {
            self.emit_jump(Op::JUMP_BACKWARD, top);
            self.bind(end);
        }
        if build.is_some() {
            self.emit(Op::RETURN_VALUE, 0);
        } else {
            self.emit_const_return(Value::NONE);
        }
        self.emit_make_function(0);
        self.emit(Op::PUSH_NULL, 0);
        self.expr(&gens[0].iter)?;
        self.emit(Op::GET_ITER, 0);
        self.emit(Op::CALL, 1);
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult<()> {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        let v = self.rt.new_str(&s.value);
                        self.emit_const(v);
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        n += self.fstring_element(el)?;
                    }
                }
            }
        }
        match n {
            0 => {
                let v = self.rt.empty_str;
                self.emit_const(v)
            }
            1 => {}
            _ => self.emit(Op::BUILD_STRING, n),
        }
        Ok(())
    }

    /// Emits one f-string element; returns how many strings it pushed.
    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> CResult<u32> {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                if l.value.is_empty() {
                    return Ok(0);
                }
                let v = self.rt.new_str(&l.value);
                self.emit_const(v);
                Ok(1)
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut pushed = 0;
                let mut conv = match i.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => FVC_STR,
                    ast::ConversionFlag::Repr => FVC_REPR,
                    ast::ConversionFlag::Ascii => FVC_ASCII,
                };
                if let Some(dbg) = &i.debug_text {
                    // `f"{x=}"`: the source text, then repr unless a conversion or spec is given.
                    let text = dbg.as_str().to_string();
                    let v = self.rt.new_str(&text);
                    self.emit_const(v);
                    pushed += 1;
                    if conv == 0 && i.format_spec.is_none() {
                        conv = FVC_REPR;
                    }
                }
                self.expr(&i.expression)?;
                let mut flags = conv;
                if let Some(spec) = &i.format_spec {
                    let mut n = 0;
                    for e in spec.elements.iter() {
                        n += self.fstring_element(e)?;
                    }
                    match n {
                        0 => {
                            let v = self.rt.empty_str;
                            self.emit_const(v)
                        }
                        1 => {}
                        _ => self.emit(Op::BUILD_STRING, n),
                    }
                    flags |= FVS_HAVE_SPEC;
                }
                self.emit(Op::FORMAT_VALUE, flags);
                Ok(pushed + 1)
            }
        }
    }
}

enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

impl<'a> Compiler<'a> {
    /// `yield` is only allowed in a function body (comprehensions other than generator
    /// expressions, classes and modules reject it, as CPython does).
    fn check_yield_context(&self, at: TextSize, what: &str) -> CResult<()> {
        let u = self.units.last().unwrap();
        if self.units.len() == 1 || u.is_class {
            return Err(self.error("SyntaxError", format!("'{what}' outside function"), at));
        }
        if u.name.starts_with('<') && u.name != "<lambda>" {
            return Err(self.error(
                "SyntaxError",
                format!(
                    "'{what}' inside {}",
                    match u.name.as_str() {
                        "<listcomp>" => "list comprehension",
                        "<setcomp>" => "set comprehension",
                        "<dictcomp>" => "dict comprehension",
                        _ => "generator expression",
                    }
                ),
                at,
            ));
        }
        Ok(())
    }
}

fn is_foldable_number(v: Value) -> bool {
    v.is_float() || v.is_small_int() || v.is_bool() || kind_of(v) == Some(Kind::Int)
}
