//! The op set, declared once. Every `match` over these enums is exhaustive (no `_ =>`), so
//! adding an op makes the compiler point at each stage that must learn it: shape rules in
//! `lower`, the vector-Jacobian rule in `grad`, evaluation in `interp`, and emission in
//! `codegen`.

use crate::ast::CmpOp;

/// Elementwise functions of one tensor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unary {
    Neg,
    Exp,
    Log,
    Sqrt,
    Abs,
    Tanh,
    Sigmoid,
    Relu,
    Softplus,
    Sin,
    Cos,
    Square,
    Log1p,
    Expm1,
    /// -1, 0 or 1; the derivative of `abs` (0 at 0).
    Sign,
}

/// Elementwise functions of two tensors of one shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Binary {
    Add,
    Sub,
    Mul,
    Div,
    Max,
    Min,
    /// `a ^ b` where `b` carries no gradient (a literal or a hyper).
    Pow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reduce {
    Sum,
    Max,
    Min,
    LogSumExp,
}

/// One node's operation. Leaves first, then the rest; see `Graph` for the arguments each takes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// The i-th param (declaration order among params).
    Param(usize),
    /// The i-th float input.
    Input(usize),
    /// The i-th integer input (labels); only `CrossEntropy` and `CrossEntropyGrad` read it.
    Labels(usize),
    /// The i-th hyper, rank 0.
    Hyper(usize),
    /// A constant filling the node's shape (f64 bits, so that the op can be hashed).
    Const(u64),
    /// The product of the run-time sizes of these dims, rank 0.
    Size(Vec<usize>),
    Unary(Unary),
    Binary(Binary),
    /// `where(a cmp b, x, y)`: four arguments of one shape.
    Select(CmpOp),
    /// Input axis i becomes output axis `map[i]`; the output repeats along the others.
    Broadcast(Vec<usize>),
    /// Output axis j is input axis `perm[j]`.
    Transpose(Vec<usize>),
    /// Reduces over these axes of the input; the others keep their order.
    Reduce(Reduce, Vec<usize>),
    /// 1 at the first extremal element over these axes (max if true, else min), 0 elsewhere.
    ArgMask(bool, Vec<usize>),
    /// `exp(x - logsumexp(x))` over these axes, computed through the maximum so that no large
    /// value is subtracted from a rounded one (`runtime/src/softmax.rs`).
    Softmax(Vec<usize>),
    /// `x - logsumexp(x)` over these axes, computed as `Softmax` is.
    LogSoftmax(Vec<usize>),
    /// Two-operand contraction in index notation (`a`, `b` → `out`); indices absent from `out`
    /// are summed. Every index of `out` comes from exactly one operand.
    Contract {
        a: Vec<u8>,
        b: Vec<u8>,
        out: Vec<u8>,
    },
    /// `-log_softmax(z)[..., y[...]]` over z's last axis: args `(z, labels)`, the labels'
    /// shape. Computed as `ln_1p(t) - (z[y] - m)` (see `Softmax`), two terms of one sign.
    CrossEntropy,
    /// The derivative of `CrossEntropy` in `z`, `softmax(z) - onehot(y)`: args `(z, labels)`,
    /// z's shape. The label's own entry is minus the sum of the others, not `p - 1`, which
    /// cancels when `p` is near 1.
    CrossEntropyGrad,
    /// A call of a user function with a custom derivative, call site `i` of
    /// `Graph::customs`: args `(x, y)` where `y` is the inlined body; the value is `y`, and the
    /// gradient flows to `x` through the user's rule only.
    Custom(u32),
    /// A placeholder inside a custom derivative's template, replaced when the rule is applied;
    /// never evaluated.
    Hole(u32),
}

impl Unary {
    pub const ALL: [Unary; 15] = [
        Unary::Neg,
        Unary::Exp,
        Unary::Log,
        Unary::Sqrt,
        Unary::Abs,
        Unary::Tanh,
        Unary::Sigmoid,
        Unary::Relu,
        Unary::Softplus,
        Unary::Sin,
        Unary::Cos,
        Unary::Square,
        Unary::Log1p,
        Unary::Expm1,
        Unary::Sign,
    ];

    /// The name in the text form, which is also the DSL function name where there is one.
    pub fn name(self) -> &'static str {
        match self {
            Unary::Neg => "neg",
            Unary::Exp => "exp",
            Unary::Log => "log",
            Unary::Sqrt => "sqrt",
            Unary::Abs => "abs",
            Unary::Tanh => "tanh",
            Unary::Sigmoid => "sigmoid",
            Unary::Relu => "relu",
            Unary::Softplus => "softplus",
            Unary::Sin => "sin",
            Unary::Cos => "cos",
            Unary::Square => "square",
            Unary::Log1p => "log1p",
            Unary::Expm1 => "expm1",
            Unary::Sign => "sign",
        }
    }

    /// The elementwise functions users may call by name.
    pub fn from_name(name: &str) -> Option<Unary> {
        Unary::ALL
            .into_iter()
            .find(|u| u.name() == name && *u != Unary::Neg && *u != Unary::Sign)
    }

    /// The function in f64, the reference for the interpreter and tests.
    pub fn eval(self, x: f64) -> f64 {
        match self {
            Unary::Neg => -x,
            Unary::Exp => x.exp(),
            Unary::Log => x.ln(),
            Unary::Sqrt => x.sqrt(),
            Unary::Abs => x.abs(),
            Unary::Tanh => x.tanh(),
            Unary::Sigmoid => {
                if x >= 0.0 {
                    1.0 / (1.0 + (-x).exp())
                } else {
                    x.exp() / (1.0 + x.exp())
                }
            }
            Unary::Relu => {
                if x > 0.0 {
                    x
                } else {
                    0.0
                }
            }
            Unary::Softplus => x.max(0.0) + (-x.abs()).exp().ln_1p(),
            Unary::Sin => x.sin(),
            Unary::Cos => x.cos(),
            Unary::Square => x * x,
            Unary::Log1p => x.ln_1p(),
            Unary::Expm1 => x.exp_m1(),
            Unary::Sign => {
                if x > 0.0 {
                    1.0
                } else if x < 0.0 {
                    -1.0
                } else {
                    0.0
                }
            }
        }
    }
}

impl Binary {
    pub fn name(self) -> &'static str {
        match self {
            Binary::Add => "add",
            Binary::Sub => "sub",
            Binary::Mul => "mul",
            Binary::Div => "div",
            Binary::Max => "max",
            Binary::Min => "min",
            Binary::Pow => "pow",
        }
    }

    pub fn eval(self, a: f64, b: f64) -> f64 {
        match self {
            Binary::Add => a + b,
            Binary::Sub => a - b,
            Binary::Mul => a * b,
            Binary::Div => a / b,
            // The first operand unless the second is strictly larger (smaller): the generated
            // code's comparison, so that a NaN operand behaves alike everywhere.
            Binary::Max => {
                if b > a {
                    b
                } else {
                    a
                }
            }
            Binary::Min => {
                if b < a {
                    b
                } else {
                    a
                }
            }
            Binary::Pow => {
                if b == b.trunc() && b.abs() <= 64.0 {
                    a.powi(b as i32)
                } else {
                    a.powf(b)
                }
            }
        }
    }
}

impl Reduce {
    pub fn name(self) -> &'static str {
        match self {
            Reduce::Sum => "sum",
            Reduce::Max => "max",
            Reduce::Min => "min",
            Reduce::LogSumExp => "logsumexp",
        }
    }
}

pub fn compare(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Gt => a > b,
        CmpOp::Lt => a < b,
        CmpOp::Ge => a >= b,
        CmpOp::Le => a <= b,
    }
}
