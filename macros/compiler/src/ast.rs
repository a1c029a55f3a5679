//! The syntax tree of a `model!` body, with spans for every diagnostic.

use proc_macro2::{Ident, Span};
use std::fmt;

/// The first and last token of a piece of source, for diagnostics that underline a range.
#[derive(Clone, Copy, Debug)]
pub struct Spans {
    pub start: Span,
    pub end: Span,
}

impl Spans {
    pub fn one(span: Span) -> Self {
        Spans {
            start: span,
            end: span,
        }
    }
    pub fn to(self, other: Spans) -> Self {
        Spans {
            start: self.start,
            end: other.end,
        }
    }
}

pub struct Model {
    pub attrs: Vec<syn::Attribute>,
    /// Syntax errors in items, one per broken item: the parser skips such an item to its `;`
    /// and goes on, so that the rest of the model still yields the struct's interface.
    pub errors: Vec<syn::Error>,
    /// What each broken item would have declared, as far as its first tokens tell.
    pub broken: Vec<Broken>,
    /// Errors inside items that still parsed whole (an unknown initializer, say): the item is
    /// kept with a stand-in, so every later stage still checks the rest of the model.
    pub soft_errors: Vec<syn::Error>,
    /// Some items were left out (they are broken, or read what is): the checks that need the
    /// whole model (every dim has a size, the loss reaches a param) are off.
    pub partial: bool,
    /// False under `#[gradcheck(off)]`.
    pub gradcheck: bool,
    pub vis: syn::Visibility,
    pub name: Ident,
    pub items: Vec<Item>,
}

/// An item that did not parse: its keyword (`param`, `loss`, ...) and the name it declares,
/// if those tokens are intact.
#[derive(Clone, Debug)]
pub struct Broken {
    pub keyword: String,
    pub name: Option<String>,
}

/// A dimension name as written.
#[derive(Clone, Debug)]
pub struct DimName {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Shape {
    pub dims: Vec<DimName>,
    pub spans: Spans,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Init {
    Zeros,
    Ones,
    Normal(f64),
    Uniform(f64, f64),
    Glorot,
    He,
    /// Orthogonal with a gain.
    Orthogonal(f64),
    Constant(f64),
}

#[derive(Clone)]
pub struct Item {
    pub docs: Vec<syn::Attribute>,
    pub kind: ItemKind,
}

#[derive(Clone)]
pub enum ItemKind {
    Param {
        name: Ident,
        shape: Shape,
        init: Option<Init>,
    },
    Input {
        name: Ident,
        shape: Shape,
        /// `in 0..DIM`: an integer input bounded by that dimension.
        labels: Option<DimName>,
        /// `in 0..=DIM`: the bound itself is a value too (lengths, as `ctc` reads them).
        inclusive: bool,
    },
    Hyper {
        name: Ident,
        default: Option<f64>,
    },
    Dim {
        name: DimName,
        size: usize,
    },
    /// `let` (output = false) or `output` (output = true).
    Let {
        name: Ident,
        expr: Expr,
        output: bool,
    },
    Loss {
        kw: Span,
        expr: Expr,
    },
    /// `fn NAME(a, b) = EXPR;` or, with one parameter, `fn NAME(x) = EXPR grad(g) = EXPR;`.
    Fn {
        name: Ident,
        params: Vec<Ident>,
        body: Expr,
        /// The incoming-gradient name and the derivative expression.
        grad: Option<(Ident, Expr)>,
        /// `#[nocheck]`: a deliberate surrogate gradient, exempt from the gradient check.
        nocheck: bool,
    },
    /// `scan t in T { ... }` (`rev`: last step first).
    Scan(Scan),
    /// `noise NAME: SHAPE ~ bernoulli(P);` or `~ normal(M, S);`.
    Noise {
        name: Ident,
        shape: Shape,
        dist: NoiseDist,
    },
}

/// A noise item's distribution; each argument a literal or a hyper.
#[derive(Clone, Debug)]
pub enum NoiseDist {
    Bernoulli(NoiseArg),
    Normal(NoiseArg, NoiseArg),
}

#[derive(Clone, Debug)]
pub enum NoiseArg {
    Num(f64),
    Hyper(Ident),
}

impl fmt::Display for NoiseArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoiseArg::Num(v) => write!(f, "{v}"),
            NoiseArg::Hyper(h) => write!(f, "{h}"),
        }
    }
}

impl fmt::Display for NoiseDist {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoiseDist::Bernoulli(p) => write!(f, "bernoulli({p})"),
            NoiseDist::Normal(m, s) => write!(f, "normal({m}, {s})"),
        }
    }
}

/// A recurrence over one dim: its statements run once per step, in order.
#[derive(Clone)]
pub struct Scan {
    pub kw: Span,
    /// The step's name (`t`), written only as `x[t]`.
    pub index: Ident,
    pub dim: DimName,
    pub rev: bool,
    pub body: Vec<Stmt>,
}

/// A statement of a scan's body.
#[derive(Clone)]
pub enum Stmt {
    /// `carry NAME: SHAPE = EXPR;`, or `= zeros;` (`init` is `None`).
    Carry {
        name: Ident,
        shape: Shape,
        init: Option<Expr>,
    },
    /// `let NAME = EXPR;`, visible in the rest of the step.
    Let { name: Ident, expr: Expr },
    /// `NAME = EXPR;`: a carry's new value.
    Assign { name: Ident, expr: Expr },
    /// `emit NAME = EXPR;`: stacked over the scan's dim, first.
    Emit { name: Ident, expr: Expr },
}

impl Stmt {
    /// The expression the statement evaluates in the step (not a carry's initial value).
    pub fn expr(&self) -> Option<&Expr> {
        match self {
            Stmt::Carry { .. } => None,
            Stmt::Let { expr, .. } | Stmt::Assign { expr, .. } | Stmt::Emit { expr, .. } => {
                Some(expr)
            }
        }
    }
}

/// The block as written, one statement per line.
impl fmt::Display for Scan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rev = if self.rev { " rev" } else { "" };
        writeln!(f, "scan {} in {}{rev} {{", self.index, self.dim.name)?;
        for st in &self.body {
            match st {
                Stmt::Carry { name, shape, init } => {
                    let dims: Vec<&str> = shape.dims.iter().map(|d| d.name.as_str()).collect();
                    let init = init.as_ref().map_or("zeros".to_string(), |e| e.to_string());
                    writeln!(f, "    carry {name}: [{}] = {init}", dims.join(", "))?
                }
                Stmt::Let { name, expr } => writeln!(f, "    let {name} = {expr}")?,
                Stmt::Assign { name, expr } => writeln!(f, "    {name} = {expr}")?,
                Stmt::Emit { name, expr } => writeln!(f, "    emit {name} = {expr}")?,
            }
        }
        write!(f, "}}")
    }
}

impl Scan {
    /// The names the block makes visible after it: its carries (final values) and emits
    /// (stacked), in order.
    pub fn outputs(&self) -> Vec<&Ident> {
        self.body
            .iter()
            .filter_map(|s| match s {
                Stmt::Carry { name, .. } | Stmt::Emit { name, .. } => Some(name),
                Stmt::Let { .. } | Stmt::Assign { .. } => None,
            })
            .collect()
    }
}

impl ItemKind {
    /// The name the item declares in the value namespace, if any.
    pub fn name(&self) -> Option<&Ident> {
        match self {
            ItemKind::Param { name, .. }
            | ItemKind::Input { name, .. }
            | ItemKind::Hyper { name, .. }
            | ItemKind::Let { name, .. }
            | ItemKind::Noise { name, .. }
            | ItemKind::Fn { name, .. } => Some(name),
            ItemKind::Dim { .. } | ItemKind::Loss { .. } | ItemKind::Scan(_) => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    MatMul,
    Pow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Gt,
    Lt,
    Ge,
    Le,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub spans: Spans,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Num(f64),
    Name(Ident),
    Neg(Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    Transpose(Box<Expr>),
    /// `x[...]`: a gather, a scan's step or a slice.
    Index(Box<Expr>, Index),
    Call {
        func: Ident,
        dims: Option<Vec<DimName>>,
        /// `maxpool[F -> P, 3]`: the window's size, with `dims` `[F, P]`.
        window: Option<usize>,
        args: Vec<Expr>,
    },
}

/// What `x[...]` selects.
#[derive(Clone, Debug)]
pub enum Index {
    /// `w[idx]`: rows of `w` picked by an integer input (a gather).
    At(Box<Expr>),
    /// `x[G = k]`: index `k` along dim `G`, which drops.
    Slice { dim: DimName, at: usize },
}

impl Expr {
    /// Calls `f` on the name of every function this expression calls.
    pub fn visit_calls(&self, f: &mut impl FnMut(&Ident)) {
        match &self.kind {
            ExprKind::Num(_) | ExprKind::Name(_) => {}
            ExprKind::Neg(a) | ExprKind::Transpose(a) => a.visit_calls(f),
            ExprKind::Index(a, ix) => {
                a.visit_calls(f);
                if let Index::At(i) = ix {
                    i.visit_calls(f);
                }
            }
            ExprKind::Bin(_, a, b) | ExprKind::Cmp(_, a, b) => {
                a.visit_calls(f);
                b.visit_calls(f);
            }
            ExprKind::Call { func, args, .. } => {
                f(func);
                args.iter().for_each(|a| a.visit_calls(f));
            }
        }
    }

    /// Calls `f` on this expression and each of its subexpressions, outer first.
    pub fn visit_exprs(&self, f: &mut impl FnMut(&Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Num(_) | ExprKind::Name(_) => {}
            ExprKind::Neg(a) | ExprKind::Transpose(a) => a.visit_exprs(f),
            ExprKind::Index(a, ix) => {
                a.visit_exprs(f);
                if let Index::At(i) = ix {
                    i.visit_exprs(f);
                }
            }
            ExprKind::Bin(_, a, b) | ExprKind::Cmp(_, a, b) => {
                a.visit_exprs(f);
                b.visit_exprs(f);
            }
            ExprKind::Call { args, .. } => args.iter().for_each(|a| a.visit_exprs(f)),
        }
    }

    /// Calls `f` on every name this expression reads, with its span.
    pub fn visit_names(&self, f: &mut impl FnMut(&Ident)) {
        match &self.kind {
            ExprKind::Num(_) => {}
            ExprKind::Name(n) => f(n),
            ExprKind::Neg(a) | ExprKind::Transpose(a) => a.visit_names(f),
            ExprKind::Index(a, ix) => {
                a.visit_names(f);
                if let Index::At(i) = ix {
                    i.visit_names(f);
                }
            }
            ExprKind::Bin(_, a, b) | ExprKind::Cmp(_, a, b) => {
                a.visit_names(f);
                b.visit_names(f);
            }
            ExprKind::Call { args, .. } => args.iter().for_each(|a| a.visit_names(f)),
        }
    }
}

impl BinOp {
    fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::MatMul => "@",
            BinOp::Pow => "^",
        }
    }
    fn precedence(self) -> u8 {
        match self {
            BinOp::Add | BinOp::Sub => 2,
            BinOp::Mul | BinOp::Div | BinOp::MatMul => 3,
            BinOp::Pow => 5,
        }
    }
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Gt => ">",
            CmpOp::Lt => "<",
            CmpOp::Ge => ">=",
            CmpOp::Le => "<=",
        }
    }
}

/// Prints with the fewest parentheses that keep the meaning, for docs and messages.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn prec(e: &Expr) -> u8 {
            match &e.kind {
                ExprKind::Cmp(..) => 1,
                ExprKind::Bin(op, ..) => op.precedence(),
                ExprKind::Neg(_) => 4,
                _ => 6,
            }
        }
        fn wrap(e: &Expr, min: u8, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            if prec(e) < min {
                write!(f, "({e})")
            } else {
                write!(f, "{e}")
            }
        }
        match &self.kind {
            ExprKind::Num(v) => write!(f, "{v}"),
            ExprKind::Name(n) => write!(f, "{n}"),
            ExprKind::Neg(a) => {
                f.write_str("-")?;
                wrap(a, 4, f)
            }
            ExprKind::Bin(op, a, b) => {
                let p = op.precedence();
                if *op == BinOp::Pow {
                    wrap(a, 6, f)?;
                    f.write_str("^")?;
                    wrap(b, 6, f)
                } else {
                    wrap(a, p, f)?;
                    write!(f, " {} ", op.symbol())?;
                    wrap(b, p + 1, f)
                }
            }
            ExprKind::Cmp(op, a, b) => {
                wrap(a, 2, f)?;
                write!(f, " {} ", op.symbol())?;
                wrap(b, 2, f)
            }
            ExprKind::Transpose(a) => {
                wrap(a, 6, f)?;
                f.write_str(".T")
            }
            ExprKind::Index(a, Index::At(i)) => {
                wrap(a, 6, f)?;
                write!(f, "[{i}]")
            }
            ExprKind::Index(a, Index::Slice { dim, at }) => {
                wrap(a, 6, f)?;
                write!(f, "[{} = {at}]", dim.name)
            }
            ExprKind::Call {
                func,
                dims,
                window,
                args,
            } => {
                write!(f, "{func}")?;
                if let (Some(d), Some(w)) = (dims, window) {
                    write!(f, "[{} -> {}, {w}]", d[0].name, d[1].name)?;
                } else if let Some(d) = dims {
                    let names: Vec<&str> = d.iter().map(|d| d.name.as_str()).collect();
                    write!(f, "[{}]", names.join(", "))?;
                }
                f.write_str("(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
        }
    }
}
