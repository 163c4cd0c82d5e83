//! Compile-time `SyntaxWarning`s, as CPython 3.11's compiler issues them: `is` with a
//! literal, calling or subscripting a display or literal that cannot be ("perhaps you
//! missed a comma?"), and `assert` of a non-empty tuple. Printed to stderr as the warnings
//! module's default action prints them, once per occurrence.

use super::Compiler;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextSize};
use std::io::Write;

impl Compiler<'_> {
    /// Prints `file:line: SyntaxWarning: msg` and the source line (none for `<string>`).
    fn warn(&self, at: TextSize, msg: &str) {
        let line = self.line_of(at);
        let mut text = format!("{}:{line}: SyntaxWarning: {msg}\n", self.filename);
        if !self.filename.starts_with('<')
            && let Some(src) = self.source.lines().nth(line as usize - 1)
        {
            text.push_str(&format!("  {}\n", src.trim()));
        }
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    /// The type name of `e` if the compiler knows it (CPython's `infer_type`), and whether
    /// `e` is a constant (after folding).
    fn inferred(&mut self, e: &Expr) -> Option<(String, bool)> {
        let name = match e {
            Expr::Tuple(_) => "tuple",
            Expr::List(_) | Expr::ListComp(_) => "list",
            Expr::Dict(_) | Expr::DictComp(_) => "dict",
            Expr::Set(_) | Expr::SetComp(_) => "set",
            Expr::Generator(_) => "generator",
            Expr::Lambda(_) => "function",
            Expr::FString(_) => "str",
            _ => "",
        };
        match self.const_value(e) {
            Some(v) => Some((self.rt.type_name(v).to_string(), true)),
            None if name.is_empty() => None,
            None => Some((name.to_string(), false)),
        }
    }

    /// `a is b` / `a is not b` where either side is a literal other than None, True,
    /// False or Ellipsis.
    pub(super) fn check_compare(&mut self, c: &ast::ExprCompare) {
        let mut left = self.is_literal(&c.left);
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let r = self.is_literal(right);
            let msg = match op {
                ast::CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                ast::CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => "",
            };
            if !msg.is_empty() && (left || r) {
                self.warn(c.start(), msg);
            }
            left = r;
        }
    }

    fn is_literal(&mut self, e: &Expr) -> bool {
        self.const_value(e)
            .is_some_and(|v| !(v.is_none() || v.is_bool() || v == pyjit_runtime::Value::ELLIPSIS))
    }

    /// Calling a literal or a display.
    pub(super) fn check_caller(&mut self, c: &ast::ExprCall) {
        let display = matches!(
            &*c.func,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        );
        if let Some((ty, konst)) = self.inferred(&c.func)
            && (konst || display)
        {
            let msg = format!("'{ty}' object is not callable; perhaps you missed a comma?");
            self.warn(c.start(), &msg);
        }
    }

    /// Subscripting (to load) a literal that has no items, or a sequence display or
    /// literal with a literal index that is not an int or slice.
    pub(super) fn check_subscript(&mut self, s: &ast::ExprSubscript) {
        let Some((ty, konst)) = self.inferred(&s.value) else {
            return;
        };
        let no_items = if konst {
            matches!(
                ty.as_str(),
                "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex" | "frozenset"
            )
        } else {
            matches!(
                &*s.value,
                Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)
            )
        };
        if no_items {
            let msg = format!("'{ty}' object is not subscriptable; perhaps you missed a comma?");
            self.warn(s.start(), &msg);
            return;
        }
        let sequence = if konst {
            matches!(ty.as_str(), "str" | "bytes" | "tuple")
        } else {
            matches!(
                &*s.value,
                Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)
            )
        };
        if !sequence || matches!(&*s.slice, Expr::Slice(_)) {
            return;
        }
        if let Some((index, _)) = self.inferred(&s.slice)
            && !matches!(index.as_str(), "int" | "bool")
        {
            let msg = format!(
                "{ty} indices must be integers or slices, not {index}; perhaps you missed a comma?"
            );
            self.warn(s.start(), &msg);
        }
    }

    /// `assert (x, msg)`: a non-empty tuple display is always true.
    pub(super) fn check_assert(&mut self, a: &ast::StmtAssert) {
        if let Expr::Tuple(t) = &*a.test
            && !t.elts.is_empty()
            && self.const_value(&a.test).is_none()
        {
            self.warn(
                a.start(),
                "assertion is always true, perhaps remove parentheses?",
            );
        }
    }
}
