//! The op set, declared once. The elementwise ops are rows of one table (`elementwise_ops!`),
//! which gives their names, which users may call, their `f64` reference and their emitted code
//! at both precisions; the builtins users call by name are [`Builtin`]. Every `match` that
//! decides how an op is shaped, differentiated, evaluated, scheduled or emitted lists the ops
//! (no `_ =>`), so adding one makes the compiler point at each place that must learn it:
//! the vector-Jacobian rule in `grad`, evaluation in `interp`, the schedule's class in
//! `schedule`, and the kernel in `loops`.

use crate::ast::CmpOp;
use crate::ir::{Axis, DimId};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The precision a method computes in: `f32` for the model's methods, `f64` for the loss that
/// `gradcheck` differentiates numerically.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    F32,
    F64,
}

/// What an op's emitted code may name: the runtime's path and the precision.
pub struct Emit<'a> {
    pub rt: &'a TokenStream,
    pub precision: Precision,
}

impl Emit<'_> {
    /// The float type, `f32` or `f64`.
    pub fn ty(&self) -> TokenStream {
        match self.precision {
            Precision::F32 => quote!(f32),
            Precision::F64 => quote!(f64),
        }
    }

    /// `rheano::vmath::name(x)`: the vectorizable `f32` version of a function.
    fn vmath(&self, name: &str, x: &TokenStream) -> TokenStream {
        let (rt, f) = (self.rt, format_ident!("{}", name));
        quote!(#rt::vmath::#f(#x))
    }

    /// `rheano::math::name(args)`: a function generic over `f32` and `f64`.
    fn math(&self, name: &str, args: &[&TokenStream]) -> TokenStream {
        let (rt, f) = (self.rt, format_ident!("{}", name));
        quote!(#rt::math::#f(#(#args),*))
    }
}

/// The elementwise op table: one row per op, from which the enums [`Unary`] and [`Binary`],
/// their names, which of them users may call, their `f64` reference (the interpreter's and the
/// constant folder's) and the code emitted for each precision all come. A row reads
///
/// `Variant "name" user|internal: |args| f64 reference, f32: |emit, args| tokens, f64: ...;`
///
/// where `both:` stands for one emission at either precision. The vector-Jacobian rule of each
/// op is in `grad::vjp`, whose match over the ops has no catch-all arm, so a new row does not
/// build until it has one.
macro_rules! elementwise_ops {
    (
        unary { $(
            $(#[doc = $udoc:literal])*
            $U:ident $uname:literal $ucall:ident : |$ux:ident| $ueval:expr,
            $($uprec:ident : |$ue:ident, $ua:ident| $uemit:expr),+ ;
        )* }
        binary { $(
            $(#[doc = $bdoc:literal])*
            $B:ident $bname:literal $bcall:ident : |$bx:ident, $by:ident| $beval:expr,
            $($bprec:ident : |$be:ident, $ba:ident, $bb:ident| $bemit:expr),+ ;
        )* }
    ) => {
        /// Elementwise functions of one tensor (rows of `elementwise_ops!`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Unary { $( $(#[doc = $udoc])* $U, )* }

        /// Elementwise functions of two tensors of one shape (rows of `elementwise_ops!`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Binary { $( $(#[doc = $bdoc])* $B, )* }

        impl Unary {
            pub const ALL: &'static [Unary] = &[$(Unary::$U),*];

            /// The name in the text form, which is also the DSL function name where users may
            /// call it.
            pub fn name(self) -> &'static str {
                match self { $(Unary::$U => $uname,)* }
            }

            /// True for the functions users may call by name.
            pub fn callable(self) -> bool {
                match self { $(Unary::$U => elementwise_ops!(@callable $ucall),)* }
            }

            /// The function in `f64`, the reference for the interpreter and tests.
            #[allow(clippy::redundant_closure_call)]
            pub fn eval(self, x: f64) -> f64 {
                match self { $(Unary::$U => (|$ux: f64| -> f64 { $ueval })(x),)* }
            }

            /// The emitted code of the function applied to `x`.
            #[allow(clippy::redundant_closure_call)]
            pub fn emit(self, e: &Emit, x: &TokenStream) -> TokenStream {
                match self {
                    $(Unary::$U => elementwise_ops!(@emit e, (x); $($uprec: |$ue, $ua| $uemit),+),)*
                }
            }
        }

        impl Binary {
            pub const ALL: &'static [Binary] = &[$(Binary::$B),*];

            pub fn name(self) -> &'static str {
                match self { $(Binary::$B => $bname,)* }
            }

            /// True for the functions users may call by name (the others are operators).
            pub fn callable(self) -> bool {
                match self { $(Binary::$B => elementwise_ops!(@callable $bcall),)* }
            }

            #[allow(clippy::redundant_closure_call)]
            pub fn eval(self, a: f64, b: f64) -> f64 {
                match self { $(Binary::$B => (|$bx: f64, $by: f64| -> f64 { $beval })(a, b),)* }
            }

            /// The emitted code of the function applied to `x` and `y`.
            #[allow(clippy::redundant_closure_call)]
            pub fn emit(self, e: &Emit, x: &TokenStream, y: &TokenStream) -> TokenStream {
                match self {
                    $(Binary::$B => elementwise_ops!(@emit e, (x, y); $($bprec: |$be, $ba, $bb| $bemit),+),)*
                }
            }
        }
    };
    (@callable user) => { true };
    (@callable internal) => { false };
    // One emission for both precisions, or one for each.
    (@emit $e:ident, ($($arg:ident),+); both: |$pe:ident, $($pa:ident),+| $body:expr) => {
        (|$pe: &Emit, $($pa: &TokenStream),+| -> TokenStream { $body })($e, $($arg),+)
    };
    (@emit $e:ident, ($($arg:ident),+);
        f32: |$pe32:ident, $($pa32:ident),+| $body32:expr,
        f64: |$pe64:ident, $($pa64:ident),+| $body64:expr) => {
        match $e.precision {
            Precision::F32 => {
                (|$pe32: &Emit, $($pa32: &TokenStream),+| -> TokenStream { $body32 })($e, $($arg),+)
            }
            Precision::F64 => {
                (|$pe64: &Emit, $($pa64: &TokenStream),+| -> TokenStream { $body64 })($e, $($arg),+)
            }
        }
    };
}

elementwise_ops! {
    unary {
        Neg "neg" internal: |x| -x,
            both: |_e, x| quote!(-#x);
        Exp "exp" user: |x| x.exp(),
            f32: |e, x| e.vmath("exp", x),
            f64: |_e, x| quote!((#x).exp());
        Log "log" user: |x| x.ln(),
            f32: |e, x| e.vmath("ln", x),
            f64: |_e, x| quote!((#x).ln());
        Sqrt "sqrt" user: |x| x.sqrt(),
            both: |_e, x| quote!((#x).sqrt());
        Abs "abs" user: |x| x.abs(),
            both: |_e, x| quote!((#x).abs());
        Tanh "tanh" user: |x| x.tanh(),
            f32: |e, x| e.vmath("tanh", x),
            f64: |_e, x| quote!((#x).tanh());
        Sigmoid "sigmoid" user: |x| {
                if x >= 0.0 {
                    1.0 / (1.0 + (-x).exp())
                } else {
                    x.exp() / (1.0 + x.exp())
                }
            },
            f32: |e, x| e.vmath("sigmoid", x),
            f64: |e, x| e.math("sigmoid", &[x]);
        Relu "relu" user: |x| if x > 0.0 { x } else { 0.0 },
            both: |e, x| e.math("relu", &[x]);
        Softplus "softplus" user: |x| x.max(0.0) + (-x.abs()).exp().ln_1p(),
            f32: |e, x| e.vmath("softplus", x),
            f64: |e, x| e.math("softplus", &[x]);
        Sin "sin" user: |x| x.sin(),
            both: |_e, x| quote!((#x).sin());
        Cos "cos" user: |x| x.cos(),
            both: |_e, x| quote!((#x).cos());
        Square "square" user: |x| x * x,
            both: |e, x| {
                let ty = e.ty();
                quote!({ let __q: #ty = #x; __q * __q })
            };
        Log1p "log1p" user: |x| x.ln_1p(),
            f32: |e, x| e.vmath("log1p", x),
            f64: |_e, x| quote!((#x).ln_1p());
        Expm1 "expm1" user: |x| x.exp_m1(),
            f32: |e, x| e.vmath("expm1", x),
            f64: |_e, x| quote!((#x).exp_m1());
        /// The error function; the `f32` version within 1.33 ulp (`vmath::erf`).
        Erf "erf" user: |x| libm::erf(x),
            f32: |e, x| e.vmath("erf", x),
            f64: |e, x| e.math("erf", &[x]);
        /// The value of its argument, through which no gradient flows (stop-gradient).
        Detach "detach" user: |x| x,
            both: |_e, x| quote!(#x);
        /// -1, 0 or 1; the derivative of `abs` (0 at 0).
        Sign "sign" internal: |x| {
                if x > 0.0 {
                    1.0
                } else if x < 0.0 {
                    -1.0
                } else {
                    0.0
                }
            },
            both: |e, x| e.math("sign", &[x]);
    }
    binary {
        Add "add" internal: |a, b| a + b,
            both: |_e, x, y| quote!(#x + #y);
        Sub "sub" internal: |a, b| a - b,
            both: |_e, x, y| quote!(#x - #y);
        Mul "mul" internal: |a, b| a * b,
            both: |_e, x, y| quote!(#x * #y);
        Div "div" internal: |a, b| a / b,
            both: |_e, x, y| quote!(#x / #y);
        /// The first operand unless the second is strictly larger: the emitted comparison, so
        /// that a NaN operand behaves alike everywhere.
        Max "max" user: |a, b| if b > a { b } else { a },
            both: |e, x, y| {
                let ty = e.ty();
                quote!({ let (__a, __b): (#ty, #ty) = (#x, #y); if __b > __a { __b } else { __a } })
            };
        /// The first operand unless the second is strictly smaller.
        Min "min" user: |a, b| if b < a { b } else { a },
            both: |e, x, y| {
                let ty = e.ty();
                quote!({ let (__a, __b): (#ty, #ty) = (#x, #y); if __b < __a { __b } else { __a } })
            };
        /// `a ^ b` where `b` carries no gradient (a literal or a hyper).
        Pow "pow" internal: |a, b| {
                if b == b.trunc() && b.abs() <= 64.0 {
                    a.powi(b as i32)
                } else {
                    a.powf(b)
                }
            },
            both: |e, x, y| e.math("pow", &[x, y]);
    }
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
    /// The i-th noise item: values drawn once per call (or its mean), a leaf like an input.
    Noise(usize),
    /// A constant filling the node's shape (f64 bits, so that the op can be hashed).
    Const(u64),
    /// The product of the run-time sizes of these dims, rank 0.
    Size(Vec<DimId>),
    Unary(Unary),
    Binary(Binary),
    /// `where(a cmp b, x, y)`: four arguments of one shape.
    Select(CmpOp),
    /// Input axis i becomes output axis `map[i]`; the output repeats along the others.
    Broadcast(Vec<Axis>),
    /// Output axis j is input axis `perm[j]`.
    Transpose(Vec<Axis>),
    /// Reduces over these axes of the input; the others keep their order.
    Reduce(Reduce, Vec<Axis>),
    /// 1 at the first extremal element over these axes (max if true, else min), 0 elsewhere.
    ArgMask(bool, Vec<Axis>),
    /// `exp(x - logsumexp(x))` over these axes, computed through the maximum so that no large
    /// value is subtracted from a rounded one (`runtime/src/softmax.rs`).
    Softmax(Vec<Axis>),
    /// `x - logsumexp(x)` over these axes, computed as `Softmax` is.
    LogSoftmax(Vec<Axis>),
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
    /// `ctc(z, y, zlen, ylen)`, the connectionist temporal classification loss of each example:
    /// args `(z, targets, zlen, ylen)` with `z: [N, T, C]` scores, the targets `[N, L]`, the
    /// lengths `[N]`; shape `[N]`. Class 0 is the blank; a log-softmax over `C` is inside.
    /// `+inf` for an example whose targets cannot be aligned in its steps.
    Ctc,
    /// The derivative of `Ctc` in `z` times the incoming gradient: args `(z, targets, zlen,
    /// ylen, g)` with `g: [N]`; z's shape. Row `(n, t)` is `g[n] (softmax(z[n, t]) - occupancy)`
    /// for `t < zlen[n]` (the occupancy: the posterior weight of the alignments through each
    /// class at step `t`), and zero past `zlen[n]` or where the loss is `+inf`, whatever `g[n]`.
    CtcGrad,
    /// `conv[T](x, k)` (`Conv(1)`) or `conv[T, F](x, k)` (`Conv(2)`): a convolution over the
    /// `n` dims before `x`'s last (its input channels `I`), stride 1, zero "same" padding:
    /// args `(x, k)` with `x: [..., T, (F,) I]` and `k: [KT, (KF,) I, O]`; `x`'s shape with `O`
    /// for `I`. `runtime/src/conv.rs` states the sum.
    Conv(u8),
    /// The gradient of `Conv(n)` in its input: args `(g, k)` with `g` of the convolution's
    /// shape; the input's shape.
    ConvData(u8),
    /// The gradient of `Conv(n)` in its kernel: args `(x, g)`; the kernel's shape.
    ConvKernel(u8),
    /// 1 at the first maximal element of each window of this many positions along this axis,
    /// 0 elsewhere (NaN counts as maximal): args `(x)`, x's shape. Constant where it is
    /// differentiable: no gradient flows through it (`maxpool` multiplies `x` by it).
    PoolMask(Axis, usize),
    /// The sum of each window of this many positions along this axis, which the node's own
    /// dim replaces (its size the axis's divided by the window's): args `(x)`.
    WindowSum(Axis, usize),
    /// Each position along this axis repeated this many times, the transpose of `WindowSum`:
    /// args `(x)`; the node's dim on this axis is the longer one.
    Repeat(Axis, usize),
    /// `w[idx]`, a gather: args `(w, labels)`; the labels' dims, then `w`'s after its first.
    /// Element `(i.., j..)` is `w[idx[i..], j..]`.
    Gather,
    /// The transpose of `Gather`: args `(d, labels)`, the node of `w`'s shape; row `v` is the
    /// sum of the rows of `d` whose label is `v` (zero where none is).
    ScatterAdd,
    /// `onehot(y)`: args `(labels)`; the labels' dims, then their range dim: 1 at the label, 0
    /// elsewhere.
    OneHot,
    /// `x[G = k]`: index `k` along this axis of the argument, which drops.
    Slice(Axis, usize),
    /// The transpose of `Slice`, for several slices at once: argument `i` at index `at[i]`
    /// along this axis of the node (the indices distinct), zero at the other indices. One
    /// node for the sum of the slices' transposes (`simplify` merges them), so that the
    /// gradient of an LSTM's four gates writes each gate once.
    Unslice(Axis, Vec<usize>),
    /// The value of carry `k` of scan `s` when a step begins (a leaf of the scan's body).
    CarryIn(u32, u32),
    /// Inside scan `s`: the step's slice of the argument along this axis (`x[t]`), which drops.
    Step(u32, Axis),
    /// Scan `s` (`Graph::scans`): args are the carries' initial values, their new values and
    /// the emits' values; rank 0, read only through `ScanOut`.
    Scan(u32),
    /// Output `k` of the scan node that is its argument: final carries, stacked emits, then
    /// stacked carries at the start of each step.
    ScanOut(u32),
    /// A call of a user function with a custom derivative, call site `i` of
    /// `Graph::customs`: args `(x, y)` where `y` is the inlined body; the value is `y`, and the
    /// gradient flows to `x` through the user's rule only.
    Custom(u32),
    /// A placeholder inside a custom derivative's template, replaced when the rule is applied;
    /// never evaluated.
    Hole(u32),
}

impl Reduce {
    pub const ALL: &'static [Reduce] = &[Reduce::Sum, Reduce::Max, Reduce::Min, Reduce::LogSumExp];

    pub fn from_name(name: &str) -> Option<Reduce> {
        Reduce::ALL.iter().copied().find(|r| r.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Reduce::Sum => "sum",
            Reduce::Max => "max",
            Reduce::Min => "min",
            Reduce::LogSumExp => "logsumexp",
        }
    }
}

/// A builtin function a model may call by name. Its names, with the generated items' names, are
/// the names `model!` reserves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// A row of the elementwise table that users may call: `exp(x)`.
    Unary(Unary),
    /// A callable binary row, `max(a, b)`; with one argument, the reduction of the same name,
    /// `max[C](x)`.
    Binary(Binary),
    /// A reduction: `sum[C](x)`, `logsumexp[C](x)`.
    Reduce(Reduce),
    /// `mean[C](x)`: a sum divided by the size of the dims summed over.
    Mean,
    /// `softmax[C](x)`.
    Softmax,
    /// `log_softmax[C](x)`.
    LogSoftmax,
    /// `cross_entropy(z, y)` of scores and integer labels.
    CrossEntropy,
    /// `where(a > b, x, y)`.
    Where,
    /// `onehot(y)` of integer labels.
    OneHot,
    /// `ctc(z, y, zlen, ylen)`.
    Ctc,
    /// `conv[T](x, k)`, `conv[T, F](x, k)`.
    Conv,
    /// `maxpool[F -> P, 3](x)`.
    MaxPool,
    /// `permute[A, B, C](x)`: the same values, dims reordered by name.
    Permute,
}

/// The builtins that are not rows of the elementwise table or reductions.
const STRUCTURAL: &[(&str, Builtin)] = &[
    ("mean", Builtin::Mean),
    ("softmax", Builtin::Softmax),
    ("log_softmax", Builtin::LogSoftmax),
    ("cross_entropy", Builtin::CrossEntropy),
    ("where", Builtin::Where),
    ("onehot", Builtin::OneHot),
    ("ctc", Builtin::Ctc),
    ("conv", Builtin::Conv),
    ("maxpool", Builtin::MaxPool),
    ("permute", Builtin::Permute),
];

impl Builtin {
    pub fn from_name(name: &str) -> Option<Builtin> {
        let unary = Unary::ALL.iter().find(|u| u.callable() && u.name() == name);
        let binary = Binary::ALL
            .iter()
            .find(|b| b.callable() && b.name() == name);
        if let Some(&u) = unary {
            return Some(Builtin::Unary(u));
        }
        if let Some(&b) = binary {
            return Some(Builtin::Binary(b));
        }
        if let Some(r) = Reduce::from_name(name) {
            return Some(Builtin::Reduce(r));
        }
        STRUCTURAL.iter().find(|s| s.0 == name).map(|s| s.1)
    }

    /// Every builtin's name: the callable elementwise functions, the reductions, the rest.
    pub fn names() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Unary::ALL
            .iter()
            .filter(|u| u.callable())
            .map(|u| u.name())
            .chain(
                Binary::ALL
                    .iter()
                    .filter(|b| b.callable())
                    .map(|b| b.name()),
            )
            .collect();
        for r in Reduce::ALL {
            if !names.contains(&r.name()) {
                names.push(r.name());
            }
        }
        names.extend(STRUCTURAL.iter().map(|s| s.0));
        names
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
