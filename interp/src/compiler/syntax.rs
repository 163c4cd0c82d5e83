//! Parse errors in CPython's words: ruff's parser reports its own messages; CPython users
//! expect `SyntaxError: invalid syntax`, `IndentationError: ...` and friends.

use super::{CompileError, line_col};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_source_file::LineIndex;

/// The clause header that needs a block, as CPython names it ("'if' statement on line 2").
fn block_owner(source: &str, error_line: u32) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut i = (error_line as usize).saturating_sub(1).min(lines.len());
    while i > 0 {
        i -= 1;
        let t = lines[i].trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let word: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let n = i + 1;
        return match word.as_str() {
            "def" => format!("function definition on line {n}"),
            "class" => format!("class definition on line {n}"),
            "async" => format!("function definition on line {n}"),
            w if !w.is_empty() => format!("'{w}' statement on line {n}"),
            _ => format!("statement on line {n}"),
        };
    }
    "statement".into()
}

pub fn from_parse_error(source: &str, e: &ParseError) -> CompileError {
    let lines = LineIndex::from_source_text(source);
    let (line, col) = line_col(&lines, source, e.location.start());
    let (kind, msg) = match &e.error {
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => (
            "IndentationError",
            format!(
                "expected an indented block after {}",
                block_owner(source, line)
            ),
        ),
        ParseErrorType::UnexpectedIndentation => {
            ("IndentationError", "unexpected indent".to_string())
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            "IndentationError",
            "unindent does not match any outer indentation level".to_string(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let l = source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("");
            if l.contains("\"\"\"") || l.contains("'''") {
                (
                    "SyntaxError",
                    format!("unterminated triple-quoted string literal (detected at line {line})"),
                )
            } else {
                (
                    "SyntaxError",
                    format!("unterminated string literal (detected at line {line})"),
                )
            }
        }
        ParseErrorType::ExpectedToken { expected, .. } if expected.to_string().contains(':') => {
            ("SyntaxError", "expected ':'".to_string())
        }
        ParseErrorType::InvalidAssignmentTarget => {
            ("SyntaxError", "cannot assign to expression".to_string())
        }
        ParseErrorType::PositionalAfterKeywordArgument => (
            "SyntaxError",
            "positional argument follows keyword argument".to_string(),
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => (
            "SyntaxError",
            "non-default argument follows default argument".to_string(),
        ),
        _ => ("SyntaxError", "invalid syntax".to_string()),
    };
    CompileError {
        kind,
        msg,
        line,
        col,
    }
}
