//! Scope analysis: which names are local, global, cell or free in each scope (module,
//! function, lambda, comprehension), as CPython's symtable decides it.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};
use std::collections::HashMap;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    /// A class body: its names live in the class namespace dict (LOAD_NAME/STORE_NAME), and
    /// functions inside it do not see them.
    Class,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum NameScope {
    /// A fast local of a function.
    Local,
    /// A local captured by an inner function (lives in a cell).
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`, or implicitly global in a function.
    GlobalExplicit,
    GlobalImplicit,
    /// Module-level names (LOAD_NAME/STORE_NAME).
    Name,
}

#[derive(Default, Debug)]
pub struct Scope {
    pub kind: Option<ScopeKind>,
    /// Names bound in this scope, in order of first binding.
    pub bound: Vec<String>,
    pub params: Vec<String>,
    pub used: Vec<String>,
    pub globals: Vec<String>,
    pub nonlocals: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Resolved scope of every name mentioned.
    pub resolved: HashMap<String, NameScope>,
    /// Names of cells, in order.
    pub cells: Vec<String>,
    /// Names of free variables, in order.
    pub frees: Vec<String>,
    /// The function contains `yield`.
    pub is_generator: bool,
}

impl Scope {
    fn bind(&mut self, n: &str) {
        if !self.bound.iter().any(|b| b == n) {
            self.bound.push(n.to_string());
        }
    }
    fn use_(&mut self, n: &str) {
        if !self.used.iter().any(|b| b == n) {
            self.used.push(n.to_string());
        }
    }
    pub fn lookup(&self, n: &str) -> NameScope {
        *self
            .resolved
            .get(n)
            .unwrap_or(&if self.kind != Some(ScopeKind::Function) {
                NameScope::Name
            } else {
                NameScope::GlobalImplicit
            })
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of each function/lambda/comprehension node, keyed by its start offset + kind tag.
    pub by_node: HashMap<(TextSize, u8), usize>,
}

/// An error found during analysis: message and the offset it refers to.
pub type SymError = (String, TextSize);

/// Tags distinguishing nodes that can start at the same offset.
pub const TAG_FUNC: u8 = 0;
pub const TAG_LAMBDA: u8 = 1;
pub const TAG_COMP: u8 = 2;
pub const TAG_CLASS: u8 = 3;

pub fn build(body: &[Stmt]) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        st: SymbolTable {
            scopes: vec![],
            by_node: HashMap::new(),
        },
        cur: 0,
    };
    b.st.scopes.push(Scope {
        kind: Some(ScopeKind::Module),
        ..Default::default()
    });
    for s in body {
        b.stmt(s)?;
    }
    resolve(&mut b.st, 0, &[])?;
    Ok(b.st)
}

struct Builder {
    st: SymbolTable,
    cur: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.st.scopes[self.cur]
    }

    fn enter(&mut self, key: (TextSize, u8)) -> usize {
        let id = self.st.scopes.len();
        self.st.scopes.push(Scope {
            kind: Some(ScopeKind::Function),
            parent: Some(self.cur),
            ..Default::default()
        });
        self.st.scopes[self.cur].children.push(id);
        self.st.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn check_duplicate_params(p: &ast::Parameters) -> Result<(), SymError> {
        let mut seen: Vec<&str> = Vec::new();
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| &a.parameter);
        for param in all.chain(p.vararg.as_deref()).chain(p.kwarg.as_deref()) {
            let n = param.name.as_str();
            if seen.contains(&n) {
                return Err((
                    format!("duplicate argument '{n}' in function definition"),
                    param.range.start(),
                ));
            }
            seen.push(n);
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) {
        let s = self.scope();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            s.params.push(a.parameter.name.to_string());
        }
        for a in p.kwonlyargs.iter() {
            s.params.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            s.params.push(v.name.to_string());
        }
        if let Some(v) = &p.kwarg {
            s.params.push(v.name.to_string());
        }
        let ps = s.params.clone();
        for n in ps {
            s.bind(&n);
        }
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> Result<(), SymError> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_defaults(&f.parameters)?;
                Self::check_duplicate_params(&f.parameters)?;
                self.scope().bind(f.name.as_str());
                let prev = self.enter((f.range.start(), TAG_FUNC));
                self.params(&f.parameters);
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.scope().bind(c.name.as_str());
                let prev = self.enter((c.range.start(), TAG_CLASS));
                self.scope().kind = Some(ScopeKind::Class);
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.expr(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                self.expr(&a.target)?;
                if let Expr::Name(n) = &*a.target {
                    self.scope().use_(n.id.as_str());
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                self.expr(&a.target)?;
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.scope().bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.scope().bind(&n);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.to_string();
                    let s = self.scope();
                    if s.bound.contains(&name) || s.used.contains(&name) {
                        let msg = if s.params.contains(&name) {
                            format!("name '{name}' is parameter and global")
                        } else if s.bound.contains(&name) {
                            format!("name '{name}' is assigned to before global declaration")
                        } else {
                            format!("name '{name}' is used prior to global declaration")
                        };
                        return Err((msg, g.range.start()));
                    }
                    s.globals.push(name);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scope().kind == Some(ScopeKind::Module) {
                    return Err((
                        "nonlocal declaration not allowed at module level".into(),
                        g.range.start(),
                    ));
                }
                for n in &g.names {
                    let name = n.to_string();
                    let s = self.scope();
                    if s.bound.contains(&name) || s.used.contains(&name) {
                        let msg = if s.params.contains(&name) {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if s.bound.contains(&name) {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        };
                        return Err((msg, g.range.start()));
                    }
                    s.nonlocals.push(name);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.scope().bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Match(_) | Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        key: (TextSize, u8),
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SymError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter)?;
        let prev = self.enter(key);
        self.scope().params.push(".0".into());
        self.scope().bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.expr(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymError> {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.scope().use_(n.id.as_str());
                    // Zero-argument super() needs the class cell.
                    if n.id.as_str() == "super" && self.scope().kind == Some(ScopeKind::Function) {
                        self.scope().use_("__class__");
                    }
                }
                _ => self.scope().bind(n.id.as_str()),
            },
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.scope().is_generator = true;
                let mut err = Ok(());
                walk_children(e, &mut |c| {
                    if err.is_ok() {
                        err = self.expr(c);
                    }
                });
                err?;
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                // The walrus binds in the nearest non-comprehension scope; comprehensions are
                // compiled as functions, so bind where we are unless that is a comprehension.
                if let Expr::Name(t) = &*n.target {
                    let mut s = self.cur;
                    while self
                        .st
                        .by_node
                        .iter()
                        .any(|(k, &v)| v == s && k.1 == TAG_COMP)
                    {
                        s = self.st.scopes[s].parent.unwrap();
                    }
                    self.st.scopes[s].bind(t.id.as_str());
                    if s != self.cur {
                        // From the comprehension, the name is the enclosing function's
                        // (a free variable) or, at module level, a global.
                        let name = t.id.to_string();
                        let cur = self.cur;
                        match self.st.scopes[s].kind {
                            Some(ScopeKind::Module) => self.st.scopes[cur].globals.push(name),
                            Some(ScopeKind::Class) => {
                                return Err((
                                    "assignment expression within a comprehension cannot be \
                                     used in a class body"
                                        .into(),
                                    n.range.start(),
                                ));
                            }
                            _ => self.st.scopes[cur].nonlocals.push(name),
                        }
                    }
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                    Self::check_duplicate_params(p)?;
                }
                let prev = self.enter((l.range.start(), TAG_LAMBDA));
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body)?;
                self.cur = prev;
            }
            Expr::ListComp(c) => {
                self.comprehension((c.range.start(), TAG_COMP), &c.generators, &[&c.elt])?
            }
            Expr::SetComp(c) => {
                self.comprehension((c.range.start(), TAG_COMP), &c.generators, &[&c.elt])?
            }
            Expr::Generator(c) => {
                self.comprehension((c.range.start(), TAG_COMP), &c.generators, &[&c.elt])?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.insert(0, k);
                }
                self.comprehension((c.range.start(), TAG_COMP), &c.generators, &elts)?
            }
            _ => {
                let mut err = Ok(());
                walk_children(e, &mut |c| {
                    if err.is_ok() {
                        err = self.expr(c);
                    }
                });
                err?;
            }
        }
        Ok(())
    }
}

/// Calls `f` on each direct child expression of `e` (for nodes without scope effects).
pub fn walk_children<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => {
            for it in &d.items {
                if let Some(k) = &it.key {
                    f(k);
                }
                f(&it.value);
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f)
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut *f);
            c.arguments.keywords.iter().for_each(|k| f(&k.value))
        }
        Expr::FString(fs) => {
            for el in fs.value.elements() {
                walk_fstring_element(el, f);
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(x);
            }
        }
        Expr::Yield(y) => {
            if let Some(v) = &y.value {
                f(v)
            }
        }
        Expr::YieldFrom(y) => f(&y.value),
        Expr::Await(a) => f(&a.value),
        _ => {}
    }
}

fn walk_fstring_element<'a>(el: &'a ast::InterpolatedStringElement, f: &mut dyn FnMut(&'a Expr)) {
    if let ast::InterpolatedStringElement::Interpolation(i) = el {
        f(&i.expression);
        if let Some(spec) = &i.format_spec {
            for e in spec.elements.iter() {
                walk_fstring_element(e, f);
            }
        }
    }
}

/// Resolves names in scope `id`, given the names bound in enclosing function scopes.
fn resolve(
    st: &mut SymbolTable,
    id: usize,
    enclosing: &[(usize, String)],
) -> Result<Vec<String>, SymError> {
    let kind = st.scopes[id].kind.unwrap();
    let is_fn = kind == ScopeKind::Function;
    let is_class = kind == ScopeKind::Class;
    let mut resolved = HashMap::new();
    {
        let s = &st.scopes[id];
        for n in &s.globals {
            resolved.insert(n.clone(), NameScope::GlobalExplicit);
        }
        for n in &s.nonlocals {
            if !enclosing.iter().any(|(_, e)| e == n) {
                return Err((
                    format!("no binding for nonlocal '{n}' found"),
                    TextSize::from(0),
                ));
            }
            resolved.insert(n.clone(), NameScope::Free);
        }
        for n in &s.bound {
            resolved.entry(n.clone()).or_insert(if is_fn {
                NameScope::Local
            } else {
                NameScope::Name
            });
        }
    }
    // Names visible to children: our locals plus what we see from outside.
    let mut visible: Vec<(usize, String)> = enclosing.to_vec();
    if is_fn {
        for (n, sc) in &resolved {
            if *sc == NameScope::Local {
                visible.retain(|(_, e)| e != n);
                visible.push((id, n.clone()));
            }
        }
        let globals = st.scopes[id].globals.clone();
        visible.retain(|(_, e)| !globals.contains(e));
    }
    if is_class {
        // Methods see the implicit `__class__` cell of their class, not its other names.
        visible.retain(|(_, e)| e != "__class__");
        visible.push((id, "__class__".to_string()));
    }
    // Children first: what they need from us becomes cells (or passes through as free).
    let children = st.scopes[id].children.clone();
    let mut needed_from_outside: Vec<String> = Vec::new();
    for c in children {
        let child_free = resolve(st, c, &visible)?;
        for n in child_free {
            if is_class && n == "__class__" {
                resolved.insert(n.clone(), NameScope::Cell);
                continue;
            }
            if is_class {
                // A class's own names never close over; the child's need passes through.
                if !needed_from_outside.contains(&n) {
                    needed_from_outside.push(n.clone());
                }
                if !resolved.contains_key(&n) {
                    resolved.insert(n.clone(), NameScope::Free);
                }
                continue;
            }
            match resolved.get(&n) {
                Some(NameScope::Local) | Some(NameScope::Cell) => {
                    resolved.insert(n.clone(), NameScope::Cell);
                }
                Some(NameScope::Free) => {
                    if !needed_from_outside.contains(&n) {
                        needed_from_outside.push(n);
                    }
                }
                _ => {
                    // Not ours: it passes through us as a free variable.
                    resolved.insert(n.clone(), NameScope::Free);
                    if !needed_from_outside.contains(&n) {
                        needed_from_outside.push(n);
                    }
                }
            }
        }
    }
    // A class body's uses of names bound in an enclosing function are free too.
    if is_class {
        let used = st.scopes[id].used.clone();
        for n in used {
            if !resolved.contains_key(&n) && enclosing.iter().any(|(_, e)| *e == n) {
                resolved.insert(n.clone(), NameScope::Free);
                if !needed_from_outside.contains(&n) {
                    needed_from_outside.push(n);
                }
            }
        }
    }
    // Our own uses of names bound in an enclosing function are free.
    if is_fn {
        let used = st.scopes[id].used.clone();
        for n in used {
            if resolved.contains_key(&n) {
                continue;
            }
            if enclosing.iter().any(|(_, e)| *e == n) {
                resolved.insert(n.clone(), NameScope::Free);
            } else {
                resolved.insert(n.clone(), NameScope::GlobalImplicit);
            }
        }
        for (n, sc) in &resolved {
            if *sc == NameScope::Free && !needed_from_outside.contains(n) {
                needed_from_outside.push(n.clone());
            }
        }
    }
    let s = &mut st.scopes[id];
    // Cells in binding order (parameters first), frees in first-use order.
    let mut cells: Vec<String> = s
        .params
        .iter()
        .chain(s.bound.iter())
        .filter(|n| resolved.get(*n) == Some(&NameScope::Cell))
        .cloned()
        .collect();
    if is_class && resolved.get("__class__") == Some(&NameScope::Cell) {
        cells.push("__class__".to_string());
    }
    cells.dedup();
    let mut seen = std::collections::HashSet::new();
    cells.retain(|n| seen.insert(n.clone()));
    s.cells = cells;
    needed_from_outside.sort_by_key(|n| s.used.iter().position(|u| u == n).unwrap_or(usize::MAX));
    s.frees = needed_from_outside.clone();
    s.resolved = resolved;
    Ok(if is_fn || is_class {
        needed_from_outside
    } else {
        vec![]
    })
}

/// The start offset of a statement or expression (for error positions).
pub fn start_of(node: &impl Ranged) -> TextSize {
    node.range().start()
}
