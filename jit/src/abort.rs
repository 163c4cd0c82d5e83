//! Why a recording or compilation stopped without a trace: one table of reasons, each with
//! the message `--jit-dump=abort` and `--stats` show.

use std::fmt;

macro_rules! reasons {
    ($($name:ident $msg:literal;)*) => {
        /// The kinds of abort.
        #[derive(Copy, Clone, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
        pub enum Reason { $($name),* }
        impl Reason {
            pub fn message(self) -> &'static str {
                match self { $(Reason::$name => $msg),* }
            }
        }
    };
}

reasons! {
    Nyi "NYI: instruction";
    NyiTypes "NYI: operand types";
    InnerLoop "inner loop in root trace";
    LoopExit "loop left while recording";
    TooLong "trace too long";
    Frame "control left the frame (call, return or nested interpreter)";
    Flow "unexpected control flow (an exception?)";
    Unbound "unbound local";
    GuardFails "a guard fails on the recorded values";
    TypeUnstable "loop-carried value changes type";
    Backend "backend error";
}

/// A reason plus the detail that names the instruction or types.
#[derive(Clone, Debug)]
pub struct Abort {
    pub reason: Reason,
    pub detail: String,
}

impl Abort {
    pub fn new(reason: Reason, detail: impl Into<String>) -> Abort {
        Abort {
            reason,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for Abort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.detail.is_empty() {
            f.write_str(self.reason.message())
        } else {
            write!(f, "{}: {}", self.reason.message(), self.detail)
        }
    }
}

pub type JitResult<T> = Result<T, Abort>;
