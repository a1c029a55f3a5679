//! Models drawn from the language, for the differential test (`macros/difftest`) and the fuzzer:
//! the fuzzer's grammar of items and expressions ([`grammar_model`], most of whose models are
//! errors), a grammar that follows shapes so that its models compile ([`shaped_model`]), a table
//! of every builtin in every context ([`table`]), and the models of past bugs ([`regressions`]).
//!
//! A model is the text of a whole `struct NAME { ... }`, as written inside `model!`.

use crate::gradcheck::Rng;
use crate::op::Unary;

/// Where choices come from: a seeded generator, or a fuzzer's bytes.
pub trait Choices {
    /// A choice in `0..n` (0 when `n` is 0).
    fn pick(&mut self, n: usize) -> usize;
}

impl Choices for Rng {
    fn pick(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Inputs chosen for a model rather than drawn: dim sizes, and the values of some leaves
/// (cycled to fill them; labels as integers).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fixed {
    pub dims: Vec<(String, usize)>,
    pub values: Vec<(String, Vec<f64>)>,
}

/// A model and how to test it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    /// The struct's name, also the model's name in reports.
    pub name: String,
    /// `struct NAME { ... }`.
    pub src: String,
    /// Float leaves take positive values only (for `log`, `sqrt` and the like).
    pub positive: bool,
    /// On its [`Fixed`] cases, every value and gradient must be within 8 f32 ulps of the f64
    /// result, whatever the rounding of the program's other steps could explain.
    pub strict: bool,
    pub fixed: Vec<Fixed>,
}

impl Sample {
    fn new(name: String, body: &str) -> Self {
        Sample {
            src: format!("struct {name} {{ {body} }}"),
            name,
            positive: false,
            strict: false,
            fixed: Vec::new(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The fuzzer's grammar: names, shapes and expressions drawn with no regard for shapes.

const DIMS: [&str; 4] = ["N", "D", "H", "C"];
const NAMES: [&str; 8] = ["w", "b", "x", "y", "h", "z", "v", "u"];
/// The functions of the grammar: every elementwise builtin of the op table, and reductions.
fn calls() -> Vec<&'static str> {
    callable_unary()
        .into_iter()
        .map(|u| u.name())
        .chain(["sum", "mean", "logsumexp"])
        .collect()
}

/// The rows of the op table users may call by name, in table order.
fn callable_unary() -> Vec<Unary> {
    Unary::ALL
        .iter()
        .copied()
        .filter(|u| u.callable())
        .collect()
}

/// True for the functions whose argument samples keep positive: outside their domain (or
/// near a pole) a sample would test nothing but NaN.
fn positive_domain(u: Unary) -> bool {
    match u {
        Unary::Log | Unary::Sqrt | Unary::Log1p => true,
        Unary::Neg
        | Unary::Exp
        | Unary::Abs
        | Unary::Tanh
        | Unary::Sigmoid
        | Unary::Relu
        | Unary::Softplus
        | Unary::Sin
        | Unary::Cos
        | Unary::Square
        | Unary::Expm1
        | Unary::Erf
        | Unary::Sign
        | Unary::Detach => false,
    }
}

const BINARY: [&str; 7] = ["+", "-", "*", "/", "@", "^", "+"];

fn grammar_shape(c: &mut impl Choices) -> String {
    let rank = c.pick(4);
    let dims: Vec<&str> = (0..rank).map(|_| DIMS[c.pick(DIMS.len())]).collect();
    format!("[{}]", dims.join(", "))
}

fn grammar_expr(c: &mut impl Choices, depth: usize) -> String {
    if depth == 0 || c.pick(3) == 0 {
        return match c.pick(5) {
            0 => format!("{}", c.pick(7) as f64 / 2.0),
            1 => format!("{}.T", NAMES[c.pick(NAMES.len())]),
            _ => NAMES[c.pick(NAMES.len())].to_string(),
        };
    }
    match c.pick(6) {
        0 | 1 => format!(
            "{}({})",
            {
                let calls = calls();
                calls[c.pick(calls.len())]
            },
            grammar_expr(c, depth - 1)
        ),
        2 => format!(
            "sum[{}]({})",
            DIMS[c.pick(DIMS.len())],
            grammar_expr(c, depth - 1)
        ),
        3 => format!(
            "where({} > {}, {}, {})",
            grammar_expr(c, depth - 1),
            grammar_expr(c, depth - 1),
            grammar_expr(c, depth - 1),
            grammar_expr(c, depth - 1)
        ),
        _ => format!(
            "({} {} {})",
            grammar_expr(c, depth - 1),
            BINARY[c.pick(BINARY.len())],
            grammar_expr(c, depth - 1)
        ),
    }
}

/// A model from the fuzzer's grammar: params, inputs, lets, maybe a fixed dim and a hyper, one
/// loss, with no regard for shapes (most are compile errors).
pub fn grammar_model(c: &mut impl Choices, name: &str) -> String {
    let mut s = format!("struct {name} {{ ");
    for _ in 0..1 + c.pick(6) {
        let n = NAMES[c.pick(NAMES.len())];
        match c.pick(5) {
            0 | 1 => s.push_str(&format!("param {n}: {}; ", grammar_shape(c))),
            2 => s.push_str(&format!("input {n}: {}; ", grammar_shape(c))),
            3 => s.push_str(&format!("let {n} = {}; ", grammar_expr(c, 3))),
            _ => s.push_str(&format!("dim {} = {};", DIMS[c.pick(4)], 1 + c.pick(4))),
        }
    }
    if c.pick(4) == 0 {
        s.push_str("hyper u = 0.5; ");
    }
    s.push_str(&format!("loss = {}; }}", grammar_expr(c, 4)));
    s
}

// ---------------------------------------------------------------------------------------------
// A grammar that follows shapes.

type Shape = Vec<&'static str>;

/// Dims a shaped model may use; `D` only where it is declared with a fixed size.
const FREE: [&str; 4] = ["N", "C", "H", "K"];

struct Shaped<'a, C: Choices> {
    c: &'a mut C,
    dims: Vec<&'static str>,
    /// Declared leaves: `(item text, name, shape)`.
    leaves: Vec<(String, String, Shape)>,
    lets: Vec<(String, Shape)>,
    items: Vec<String>,
    labels: bool,
    /// Integer inputs of gathers and `onehot`.
    indices: Vec<String>,
    fns: bool,
    hypers: bool,
    next: usize,
    /// Inside a scan's body: its dim, which the body's values do not have.
    step: Option<&'static str>,
    /// Reads `x[t]` drawn so far.
    step_reads: usize,
}

impl<C: Choices> Shaped<'_, C> {
    fn fresh(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}", self.next)
    }

    fn pick_of<T: Clone>(&mut self, xs: &[T]) -> T {
        xs[self.c.pick(xs.len())].clone()
    }

    fn text(shape: &[&str]) -> String {
        format!("[{}]", shape.join(", "))
    }

    /// A dim not in `shape`, if any.
    fn other_dim(&mut self, shape: &[&str]) -> Option<&'static str> {
        let free: Vec<&'static str> = self
            .dims
            .iter()
            .copied()
            .filter(|d| !shape.contains(d))
            .collect();
        (!free.is_empty()).then(|| self.pick_of(&free))
    }

    fn leaf(&mut self, shape: &[&'static str]) -> String {
        if self.step.is_some() && self.c.pick(3) == 0 {
            return self.step_read(shape);
        }
        if shape.is_empty() && self.c.pick(4) == 0 {
            if self.c.pick(3) == 0 {
                self.hypers = true;
                return "s".into();
            }
            return self.pick_of(&["0.5", "2", "3", "1.5", "0.25"]).into();
        }
        let same: Vec<String> = self
            .leaves
            .iter()
            .filter(|l| l.2 == shape)
            .map(|l| l.1.clone())
            .chain(
                self.lets
                    .iter()
                    .filter(|l| l.1 == shape)
                    .map(|l| l.0.clone()),
            )
            .collect();
        if !same.is_empty() && self.c.pick(3) > 0 {
            return self.pick_of(&same);
        }
        let kind = self.c.pick(10);
        let name = self.fresh(match kind {
            0..6 => "p",
            6..9 => "x",
            _ => "n",
        });
        let item = match kind {
            0..6 => format!("param {name}: {};", Self::text(shape)),
            6..9 => format!("input {name}: {};", Self::text(shape)),
            // Noise: a keep mask, or Gaussian around 1 (a ladder network's corruption).
            _ => {
                let dist = match self.c.pick(3) {
                    0 => "bernoulli(0.75)".to_string(),
                    1 => {
                        self.hypers = true;
                        "bernoulli(s)".to_string()
                    }
                    _ => "normal(1, 0.25)".to_string(),
                };
                format!("noise {name}: {} ~ {dist};", Self::text(shape))
            }
        };
        self.leaves.push((item, name.clone(), shape.to_vec()));
        name
    }

    /// Inside a scan, step `t` of an outer value of `shape` with the scan's dim inserted at a
    /// drawn place.
    fn step_read(&mut self, shape: &[&'static str]) -> String {
        let t = self.step.take().expect("inside a scan");
        let mut full = shape.to_vec();
        let at = self.c.pick(full.len() + 1);
        full.insert(at, t);
        // An outer value: a leaf or a `let` before the scan (the body's own are `T`-free).
        let x = self.leaf(&full);
        self.step = Some(t);
        self.step_reads += 1;
        format!("{x}[t]")
    }

    /// A `scan t in T { ... }` block (or `rev`): one or two carries, from `zeros` or an outer
    /// value, a step-local `let` or none, each carry's new value made from its old one and
    /// the step (through a product with a square weight, a mask, `tanh`, a sum or a product),
    /// and an emit or none. Afterwards the carries' final values and the emits' stacks are
    /// `let`s of the model; returns their names.
    fn scan(&mut self) -> Vec<String> {
        let outer_dims = self.dims.clone();
        let outer_lets = self.lets.len();
        let rev = self.c.pick(3) == 0;
        let mut lines = Vec::new();
        let mut carries = Vec::new();
        // The body's values do not have the scan's dim.
        self.dims.retain(|d| *d != "T");
        for _ in 0..1 + self.c.pick(2) {
            let shape = self.shape();
            let init = if self.c.pick(2) == 0 {
                "zeros".to_string()
            } else {
                self.expr(&shape, 1)
            };
            let name = self.fresh("c");
            lines.push(format!("carry {name}: {} = {init};", Self::text(&shape)));
            carries.push((name, shape));
        }
        self.step = Some("T");
        self.step_reads = 0;
        self.lets.extend(carries.iter().cloned());
        if self.c.pick(2) == 0 {
            let shape = self.shape();
            let e = self.expr(&shape, 2);
            let name = self.fresh("l");
            lines.push(format!("let {name} = {e};"));
            self.lets.push((name, shape));
        }
        for (k, (h, shape)) in carries.iter().enumerate() {
            let mut e = self.expr(shape, 2);
            if k == 0 && self.step_reads == 0 {
                let x = self.step_read(shape);
                e = format!("({e} + {x})");
            }
            let new = match self.c.pick(6) {
                0 if !shape.is_empty() => {
                    let last = shape[shape.len() - 1];
                    let w = self.leaf(&[last, last]);
                    format!("tanh({h} @ {w} + {e})")
                }
                1 => {
                    let m = self.step_read(shape);
                    format!("{m} * {e} + (1 - {m}) * {h}")
                }
                2 => format!("tanh({h} + {e})"),
                3 => format!("{h} * sigmoid({e})"),
                _ => format!("0.5 * {h} + {e}"),
            };
            lines.push(format!("{h} = {new};"));
        }
        let mut emits = Vec::new();
        if self.c.pick(2) == 0 {
            let shape = self.shape();
            let e = self.expr(&shape, 2);
            let name = self.fresh("e");
            lines.push(format!("emit {name} = {e};"));
            let mut stacked = vec!["T"];
            stacked.extend_from_slice(&shape);
            emits.push((name, stacked));
        }
        self.step = None;
        self.lets.truncate(outer_lets);
        self.dims = outer_dims;
        if !self.dims.contains(&"T") {
            self.dims.push("T");
        }
        self.items.push(format!(
            "scan t in T{} {{ {} }}",
            if rev { " rev" } else { "" },
            lines.join(" ")
        ));
        let out: Vec<(String, Shape)> = carries.into_iter().chain(emits).collect();
        self.lets.extend(out.iter().cloned());
        out.into_iter().map(|(n, _)| n).collect()
    }

    /// `shape` with a dim it lacks inserted at a drawn place (what a reduction or a slice over
    /// that dim takes), and the dim; `None` when every dim is in `shape`.
    fn with_other_dim(&mut self, shape: &[&'static str]) -> Option<(&'static str, Shape)> {
        let e = self.other_dim(shape)?;
        let mut inner = shape.to_vec();
        let at = self.c.pick(inner.len() + 1);
        inner.insert(at, e);
        Some((e, inner))
    }

    /// A sub-list of `shape` for the second operand of a broadcast: all of it, some of it, or
    /// (rank 2) all of it transposed, which aligns by name.
    fn sub_shape(&mut self, shape: &[&'static str]) -> Shape {
        match self.c.pick(4) {
            0 => shape.to_vec(),
            1 if shape.len() == 2 => vec![shape[1], shape[0]],
            _ => shape
                .iter()
                .copied()
                .filter(|_| self.c.pick(2) == 0)
                .collect(),
        }
    }

    fn expr(&mut self, shape: &[&'static str], depth: usize) -> String {
        if depth == 0 || self.c.pick(5) == 0 {
            return self.leaf(shape);
        }
        let d = depth - 1;
        match self.c.pick(14) {
            0 | 1 => {
                let unary: Vec<&str> = callable_unary().iter().map(|u| u.name()).collect();
                let f = self.pick_of(&[unary, vec!["-"]].concat());
                let a = self.expr(shape, d);
                if f == "-" {
                    format!("-({a})")
                } else {
                    format!("{f}({a})")
                }
            }
            2..=4 => {
                let a = self.expr(shape, d);
                let sub = self.sub_shape(shape);
                let b = self.expr(&sub, d);
                match self.c.pick(6) {
                    4 => format!("max({a}, {b})"),
                    5 => format!("min({a}, {b})"),
                    k => format!("({a} {} {b})", ["+", "-", "*", "/"][k]),
                }
            }
            5 => {
                let a = self.expr(shape, d);
                match self.c.pick(3) {
                    0 => format!("({a})^2"),
                    1 => format!("({a})^3"),
                    _ => {
                        self.hypers = true;
                        format!("({a})^q")
                    }
                }
            }
            6 => {
                let (a, b, x, y) = (
                    self.expr(shape, d),
                    self.expr(shape, d),
                    self.expr(shape, d),
                    self.expr(shape, d),
                );
                let cmp = self.pick_of(&[">", "<", ">=", "<="]);
                format!("where({a} {cmp} {b}, {x}, {y})")
            }
            7 if shape.len() < 3 => {
                let Some((e, inner)) = self.with_other_dim(shape) else {
                    return self.leaf(shape);
                };
                let a = self.expr(&inner, d);
                let f = self.pick_of(&["sum", "mean", "max", "min", "logsumexp"]);
                format!("{f}[{e}]({a})")
            }
            8 if shape.is_empty() => {
                let rank = 1 + self.c.pick(2);
                let mut inner = Vec::new();
                for _ in 0..rank {
                    if let Some(e) = self.other_dim(&inner) {
                        inner.push(e);
                    }
                }
                let a = self.expr(&inner, d);
                let f = self.pick_of(&["sum", "mean", "max", "min", "logsumexp"]);
                format!("{f}({a})")
            }
            8 => {
                let e = self.pick_of(shape);
                let a = self.expr(shape, d);
                let f = self.pick_of(&["softmax", "log_softmax"]);
                format!("{f}[{e}]({a})")
            }
            9 if shape.len() <= 2 => {
                let Some(k) = self.other_dim(shape) else {
                    return self.leaf(shape);
                };
                let split = self.c.pick(shape.len() + 1);
                let mut left: Shape = shape[..split].to_vec();
                left.push(k);
                let mut right: Shape = vec![k];
                right.extend_from_slice(&shape[split..]);
                let (a, b) = (self.expr(&left, d), self.expr(&right, d));
                format!("({a} @ {b})")
            }
            10 if shape.len() == 2 => {
                let a = self.expr(&[shape[1], shape[0]], d);
                format!("({a}).T")
            }
            10 if shape == ["N"] && self.dims.contains(&"C") => {
                self.labels = true;
                let z = self.expr(&["N", "C"], d);
                format!("cross_entropy({z}, y)")
            }
            11 => {
                self.fns = true;
                let f = self.pick_of(&["swish", "cube"]);
                let a = self.expr(shape, d);
                format!("{f}({a})")
            }
            // A slice along a dim that drops, at index 0 or 1 (every size is 2 or more).
            12 if shape.len() < 3 => {
                let Some((e, inner)) = self.with_other_dim(shape) else {
                    return self.leaf(shape);
                };
                let a = self.expr(&inner, d);
                format!("({a})[{e} = {}]", self.c.pick(2))
            }
            // The same values with the dims in another order.
            13 if shape.len() >= 2 && self.c.pick(3) == 0 => {
                let mut inner = shape.to_vec();
                inner.rotate_left(1);
                let a = self.expr(&inner, d);
                format!("permute[{}]({a})", shape.join(", "))
            }
            // The one-hot rows of an integer input over the last dim.
            13 if !shape.is_empty() && self.c.pick(2) == 0 => {
                let (last, rest) = (shape[shape.len() - 1], &shape[..shape.len() - 1]);
                let t = self.index(rest, last);
                format!("onehot({t})")
            }
            // Rows of a table picked by an integer input: `[V, rest..]` indexed by `[lead..]`.
            13 if !shape.is_empty() => {
                let split = self.c.pick(shape.len());
                let (lead, rest) = shape.split_at(split);
                let Some(v) = self.other_dim(rest) else {
                    return self.leaf(shape);
                };
                let mut table: Shape = vec![v];
                table.extend_from_slice(rest);
                let w = self.expr(&table, d);
                let t = self.index(lead, v);
                format!("({w})[{t}]")
            }
            _ => self.leaf(shape),
        }
    }

    /// A new integer input of dims `shape` with values in `0..range`.
    fn index(&mut self, shape: &[&str], range: &str) -> String {
        let name = self.fresh("t");
        self.indices.push(format!(
            "input {name}: {} in 0..{range};",
            Self::text(shape)
        ));
        name
    }

    fn shape(&mut self) -> Shape {
        let rank = self.c.pick(3);
        let mut s = Vec::new();
        for _ in 0..rank {
            if let Some(e) = self.other_dim(&s) {
                s.push(e);
            }
        }
        s
    }
}

/// A model from a grammar that follows shapes, so that it usually compiles: params and inputs
/// declared where an expression needs a leaf of some shape, lets and outputs, a loss summing a
/// few terms, and now and then a fixed dim, labels for `cross_entropy`, hypers, and user
/// functions (one with a custom derivative).
pub fn shaped_model(c: &mut impl Choices, name: &str) -> String {
    let mut dims: Vec<&'static str> = FREE[..2 + c.pick(3)].to_vec();
    let fixed = c.pick(4) == 0;
    if fixed {
        dims.push("D");
    }
    let mut b = Shaped {
        c,
        dims,
        leaves: Vec::new(),
        lets: Vec::new(),
        items: Vec::new(),
        labels: false,
        indices: Vec::new(),
        fns: false,
        hypers: false,
        next: 0,
        step: None,
        step_reads: 0,
    };
    for _ in 0..b.c.pick(3) {
        let shape = b.shape();
        let e = b.expr(&shape, 2);
        let output = b.c.pick(2) == 0;
        let n = b.fresh(if output { "o" } else { "h" });
        b.items.push(format!(
            "{} {n} = {e};",
            if output { "output" } else { "let" }
        ));
        b.lets.push((n, shape));
    }
    // Now and then a scan, whose results the loss reads.
    let scanned = if b.c.pick(3) == 0 {
        b.scan()
    } else {
        Vec::new()
    };
    let mut terms: Vec<String> = (0..1 + b.c.pick(3))
        .map(|_| {
            let shape = b.shape();
            let e = b.expr(&shape, 3);
            if shape.is_empty() {
                e
            } else if b.c.pick(2) == 0 {
                format!("mean({e})")
            } else {
                format!("sum({e})")
            }
        })
        .collect();
    if !scanned.is_empty() {
        let h = b.pick_of(&scanned);
        let shape = b
            .lets
            .iter()
            .find(|l| l.0 == h)
            .map(|l| l.1.clone())
            .unwrap_or_default();
        let e = b.expr(&shape, 2);
        terms.push(format!("sum({h} * {e})"));
    }
    let mut s = format!("struct {name} {{ ");
    if fixed {
        s.push_str("dim D = 3; ");
    }
    for (item, _, _) in &b.leaves {
        s.push_str(item);
        s.push(' ');
    }
    if b.labels {
        s.push_str("input y: [N] in 0..C; ");
    }
    for item in &b.indices {
        s.push_str(item);
        s.push(' ');
    }
    if b.hypers {
        s.push_str("hyper s = 0.5; hyper q = 3; ");
    }
    if b.fns {
        s.push_str(
            "fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; ",
        );
    }
    for item in &b.items {
        s.push_str(item);
        s.push(' ');
    }
    s.push_str(&format!("loss = {}; }}", terms.join(" + ")));
    s
}

// ---------------------------------------------------------------------------------------------
// Every builtin in every context.

/// A builtin applied to an operand: the text for operands `a` and `b` of dims `[N, C]` (`b` is
/// used where the builtin takes two operands, or to bring a reduced result back to `[N, C]`),
/// and whether its operands must be positive.
struct Builtin {
    name: &'static str,
    apply: fn(&str, &str) -> String,
    positive: bool,
}

/// An elementwise row of the op table, or a builtin of [`OTHER_BUILTINS`].
struct Case {
    name: &'static str,
    /// The row's call of one argument, when it is one.
    call: Option<&'static str>,
    apply: fn(&str, &str) -> String,
    positive: bool,
}

impl Case {
    fn text(&self, a: &str, b: &str) -> String {
        match self.call {
            Some(f) => format!("{f}({a})"),
            None => (self.apply)(a, b),
        }
    }
}

/// Every callable row of the op table, then every other builtin.
fn builtins() -> Vec<Case> {
    let rows = callable_unary().into_iter().map(|u| Case {
        name: u.name(),
        call: Some(u.name()),
        apply: |a, _| a.to_string(),
        positive: positive_domain(u),
    });
    let others = OTHER_BUILTINS.iter().map(|b| Case {
        name: b.name,
        call: None,
        apply: b.apply,
        positive: b.positive,
    });
    rows.chain(others).collect()
}

macro_rules! builtins {
    ($($name:literal, $positive:literal, |$a:ident, $b:ident| $text:literal;)*) => {
        &[$(Builtin { name: $name, positive: $positive, apply: |$a, $b| { let _ = ($a, $b); format!($text) } },)*]
    };
}

/// The builtins that are not callable rows of the op table, in the forms the table tests.
const OTHER_BUILTINS: &[Builtin] = builtins! {
    "neg", false, |a, b| "-({a})";
    "add", false, |a, b| "({a} + {b})";
    "sub", false, |a, b| "({a} - {b})";
    "mul", false, |a, b| "({a} * {b})";
    "div", true, |a, b| "({a} / {b})";
    "pow2", false, |a, b| "({a})^2";
    "pow3", false, |a, b| "({a})^3";
    "pow_half", true, |a, b| "({a})^0.5";
    "max2", false, |a, b| "max({a}, {b})";
    "min2", false, |a, b| "min({a}, {b})";
    "where", false, |a, b| "where({a} > {b}, {a} * {b}, {b})";
    "transpose", false, |a, b| "(({a}).T * ({b}).T).T";
    "sum_c", false, |a, b| "(sum[C]({a}) * {b})";
    "mean_n", false, |a, b| "(mean[N]({a}) * {b})";
    "max_c", false, |a, b| "(max[C]({a}) * {b})";
    "min_n", false, |a, b| "(min[N]({a}) * {b})";
    "logsumexp_c", false, |a, b| "(logsumexp[C]({a}) * {b})";
    "logsumexp_all", false, |a, b| "(logsumexp({a}) * {b})";
    "sum_all", false, |a, b| "(sum({a}) * {b})";
    "mean_all", false, |a, b| "(mean({a}) * {b})";
    "max_all", false, |a, b| "(max({a}) * {b})";
    "min_all", false, |a, b| "(min({a}) * {b})";
    "softmax_c", false, |a, b| "softmax[C]({a})";
    "softmax_n", false, |a, b| "softmax[N]({a})";
    "log_softmax_c", false, |a, b| "log_softmax[C]({a})";
    "log_softmax_n", false, |a, b| "log_softmax[N]({a})";
    "cross_entropy", false, |a, b| "(cross_entropy({a}, y) * {b})";
    "matmul", false, |a, b| "({a} @ m + {b})";
    "swish", false, |a, b| "swish({a})";
    "cube_custom", false, |a, b| "cube({a})";
    "slice_c", false, |a, b| "(({a})[C = 1] * {b})";
    "slice_n", false, |a, b| "(({a})[N = 0] * {b})";
    "permute", false, |a, b| "permute[N, C](permute[C, N]({a}) * ({b}).T)";
    "gather", false, |a, b| "(({a})[pick] * {b})";
    "onehot", false, |a, b| "(onehot(y) * {a} + {b})";
};

/// The contexts of [`table`]: a body given the builtin applied (`{f}` stands for the builtin
/// applied to `{a}`, and `{g}` for it applied to `{a2}`); each declares what it reads.
const CONTEXTS: &[(&str, &str, &str)] = &[
    // applied directly to a param, reduced by sum
    (
        "param_sum",
        "param p: [N, C]; param q: [N, C];",
        "loss = sum(F(p, q));",
    ),
    // reduced by mean
    (
        "param_mean",
        "param p: [N, C]; param q: [N, C];",
        "loss = mean(F(p, q));",
    ),
    // applied to a product
    (
        "product",
        "param x: [N, K]; param v: [K, C]; param q: [N, C];",
        "loss = sum(F(x @ v, q));",
    ),
    // to a broadcast of a row and a column
    (
        "broadcast",
        "param p: [N, C]; param r: [C]; param q: [N]; param t: [N, C];",
        "loss = sum(F(p * r + q, t));",
    ),
    // the result broadcast against something larger
    (
        "broadcast_out",
        "param p: [N, C]; param q: [N, C]; input w: [N, C, H];",
        "loss = sum(F(p, q) * w);",
    ),
    // inside an output, summed with weights
    (
        "output",
        "param p: [N, C]; param q: [N, C]; input w: [N, C];",
        "output o = F(p, q); loss = sum(o * o);",
    ),
    // reduced over named dims, then weighted
    (
        "named_dims",
        "param p: [N, C]; param q: [N, C]; param w: [N];",
        "loss = sum(w * sum[C](F(p, q) * F(p, q)));",
    ),
    // as a term added to others
    (
        "term",
        "param p: [N, C]; param q: [N, C]; param u: [H];",
        "loss = sum(F(p, q)) + sum(p * q) + mean(u) * 2;",
    ),
    // repeated, and composed with itself where the dims allow
    (
        "repeated",
        "param p: [N, C]; param q: [N, C];",
        "let a = F(p, q); loss = sum(a * a) + sum(a);",
    ),
    // at a fixed dim, with a hyper scale
    (
        "fixed_dim",
        "dim C = 3; param p: [N, C]; param q: [N, C]; hyper s = 0.5;",
        "loss = s * sum(F(p, q));",
    ),
    // in a scan's step, on the carry and the step's slice, with the stacked values read after
    (
        "scan",
        "param p: [N, C]; param q: [N, C]; input x: [T, N, C];",
        "scan t in T { carry h: [N, C] = p; let a = F(x[t] + h, q); h = sigmoid(a); emit e = a; } \
         loss = sum(h) + mean(e);",
    ),
    // in a reverse scan, from zeros, on the step's slice only
    (
        "scan_rev",
        "param q: [N, C]; input x: [T, N, C];",
        "scan t in T rev { carry h: [N, C] = zeros; h = 0.5 * h + F(x[t] * q, q); emit e = h; } \
         loss = sum(e * x);",
    ),
];

/// Every builtin in every context: the table of the differential test.
pub fn table() -> Vec<Sample> {
    let mut out = Vec::new();
    for b in builtins() {
        for (ctx, decls, body) in CONTEXTS {
            let mut text = String::new();
            let mut rest = *body;
            // Each `F(X, Y)` of the context becomes the builtin of `X` and `Y`.
            while let Some(at) = rest.find("F(") {
                text.push_str(&rest[..at]);
                let args = &rest[at + 2..];
                let mut depth = 1;
                let end = args
                    .char_indices()
                    .find(|&(_, ch)| {
                        depth += match ch {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        depth == 0
                    })
                    .map_or(args.len(), |(i, _)| i);
                let inner = &args[..end];
                let comma = inner.rfind(", ").unwrap_or(inner.len());
                let (x, y) = (&inner[..comma], inner.get(comma + 2..).unwrap_or("q"));
                text.push_str(&b.text(&format!("({x})"), y));
                rest = &args[(end + 1).min(args.len())..];
            }
            text.push_str(rest);
            let mut decls = decls.to_string();
            match b.name {
                "cross_entropy" | "onehot" => decls.push_str(" input y: [N] in 0..C;"),
                "gather" => decls.push_str(" input pick: [N] in 0..N;"),
                "matmul" => decls.push_str(" param m: [C, C];"),
                "swish" | "cube_custom" => decls.push_str(
                    " fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g;",
                ),
                _ => {}
            }
            let mut s = Sample::new(format!("T_{}_{}", b.name, ctx), &format!("{decls} {text}"));
            s.positive = b.positive;
            out.push(s);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Row passes.

/// Models whose gradient runs as a row pass (a product of the rows of `x` with a vector, the
/// loop on it and the product back: `schedule::RowPass`), each elementwise builtin on the
/// product once, and the shapes around it: a second product of the same rows, `x` a param, a
/// fixed dim, a product read twice or along columns (no pass: the steps run apart). Named
/// `RP_`, they are checked at large sizes too, where `x: [N, N]` is 512 x 512 and the pass
/// splits across threads.
pub fn row_passes() -> Vec<Sample> {
    let mut out = Vec::new();
    let rows = callable_unary()
        .into_iter()
        .map(|u| (u.name(), format!("{}(P)", u.name()), positive_domain(u)));
    let others = [
        ("pow3", "(P)^3", false),
        ("max", "max(P, y)", false),
        ("where", "where(P > y, P * y, y)", false),
        ("swish", "swish(P)", false),
    ]
    .map(|(n, f, p)| (n, f.to_string(), p));
    let unary: Vec<(&str, String, bool)> = rows.chain(others).collect();
    for (name, f, positive) in unary {
        let f = f.replace('P', "x @ w + b");
        let mut s = Sample::new(
            format!("RP_{name}"),
            &format!(
                "fn swish(u) = u * sigmoid(u); param w: [N]; param b: []; input x: [N, N]; \
                 input y: [N]; loss = mean({f} * y) + 0.5 * sum(w^2);"
            ),
        );
        s.positive = positive;
        out.push(s);
    }
    let plain = |name: &str, body: &str| Sample::new(format!("RP_{name}"), body);
    out.extend([
        plain(
            "logistic",
            "param w: [N]; param b: []; input x: [N, N]; input y: [N]; \
             loss = mean(softplus(-(2 * y - 1) * (x @ w + b))) + 1e-3 * sum(w^2);",
        ),
        plain(
            "least_squares",
            "param w: [N]; input x: [N, N]; input y: [N]; loss = mean((x @ w - y)^2);",
        ),
        plain(
            "two_products",
            "param w: [N]; param u: [N]; input x: [N, N]; \
             loss = sum(tanh(x @ w) * sigmoid(x @ u));",
        ),
        plain(
            "x_param",
            "param w: [N]; param x: [N, N]; input y: [N]; loss = sum(softplus(x @ w) * y);",
        ),
        plain(
            "rectangular",
            "param w: [C]; input x: [N, C]; input y: [N]; loss = sum(sin(x @ w) * y);",
        ),
        plain(
            "fixed_dim",
            "dim K = 5; param w: [K]; input x: [N, K]; loss = mean(softplus(x @ w));",
        ),
        plain(
            "read_twice",
            "param w: [N]; input x: [N, N]; input y: [N]; \
             loss = mean((x @ w - y)^2) + sum(softmax[N](x @ w) * y);",
        ),
        plain(
            "columns",
            "param w: [N]; input x: [N, C]; input y: [C]; loss = mean((x.T @ w - y)^2);",
        ),
        plain(
            "output",
            "param w: [N]; input x: [N, N]; input y: [N]; output p = x @ w; \
             loss = mean(softplus(p) * y);",
        ),
    ]);
    out
}

/// Models with two products of one matrix with vectors, along its rows and along its columns
/// (`schedule::DualPass`): a bilinear form, a quadratic form, a rectangular matrix, a vector
/// computed by a loop, the matrix a param, and shapes without a pass: the second product reading
/// the first (through a loop, or `v`'s gradient `(h @ v) @ h` itself), its vector computed from the first (`0.5 * x` in the scaled quadratic form's
/// gradient, where the simplified gradient scales the vector; the squashed form's factor
/// `1 - tanh^2` of the product), its vector computed in the loop that reads the first
/// (`softplus(y)` beside `y`'s gradient), a fixed dim. Named `DP_`, they are checked at
/// large sizes too, where the products split across threads and run apart.
pub fn dual_passes() -> Vec<Sample> {
    let plain = |name: &str, body: &str| Sample::new(format!("DP_{name}"), body);
    vec![
        plain(
            "bilinear",
            "param x: [N]; param y: [N]; input a: [N, N]; loss = x @ a @ y;",
        ),
        plain(
            "quadratic",
            "param x: [N]; input a: [N, N]; loss = x @ a @ x + sum(x^2);",
        ),
        plain(
            "rectangular",
            "param x: [N]; param y: [C]; input a: [N, C]; loss = x @ a @ y + 0.1 * sum(y^2);",
        ),
        plain(
            "loop_vector",
            "param x: [N]; param y: [C]; input a: [N, C]; loss = tanh(x) @ a @ y;",
        ),
        plain(
            "fused_reader",
            "param x: [N]; param y: [C]; input a: [N, C]; loss = tanh(x) @ a @ softplus(y);",
        ),
        plain(
            "matrix_param",
            "param x: [N]; param a: [N, C]; input y: [C]; loss = x @ a @ y + sum(a^2);",
        ),
        plain(
            "chained",
            "param y: [N]; input a: [N, N]; loss = sum(sin(a @ y) @ a);",
        ),
        plain(
            "reads_first",
            "param v: [C]; input h: [N, C]; loss = sum((h @ v)^2) / 2;",
        ),
        plain(
            "scaled",
            "param x: [N]; input a: [N, N]; loss = 0.5 * (x @ a @ x);",
        ),
        plain(
            "squashed",
            "param x: [N]; param y: [C]; input a: [N, C]; loss = tanh(x @ a @ y);",
        ),
        plain(
            "fixed_dim",
            "dim K = 6; param x: [K]; param y: [K]; input a: [K, K]; loss = x @ a @ y;",
        ),
    ]
}

/// Models with `ctc`: scores from a product, the scores a param, per-example losses weighted
/// by a function of the loss (an incoming gradient that differs by example), the scores read
/// through a `permute` (a copy before the kernel), and `zero_infinity`'s `where`. Named `CTC_`;
/// the checks draw targets and lengths that can be aligned (`ctc::make_labels_valid`).
pub fn ctc_models() -> Vec<Sample> {
    let plain = |name: &str, body: &str| Sample::new(format!("CTC_{name}"), body);
    let io = "input y: [N, L] in 0..C; input zl: [N] in 0..=T; input yl: [N] in 0..=L;";
    vec![
        plain(
            "linear",
            &format!(
                "param w: [F, C]; input x: [N, T, F]; {io} loss = mean(ctc(x @ w, y, zl, yl));"
            ),
        ),
        plain(
            "scores",
            &format!(
                "param z: [N, T, C]; {io} output nll = ctc(z, y, zl, yl); \
                 loss = sum(where(nll < 1e30, nll, 0));"
            ),
        ),
        plain(
            "weighted",
            &format!(
                "param z: [N, T, C]; param a: [N]; {io} \
                 loss = sum(a * exp(-ctc(tanh(z) * 4, y, zl, yl)));"
            ),
        ),
        plain(
            "permuted",
            &format!(
                "param z: [T, N, C]; param b: [C]; {io} \
                 loss = sum(exp(-ctc(permute[N, T, C](z) + b, y, zl, yl)));"
            ),
        ),
    ]
}

/// Models with `conv`: a 1-D layer with bias, maxout of two, two layers stacked (the gradient of
/// a conv's input), a 2-D conv over time and frequency, one pooled by `maxpool`, and leading
/// dims beyond the batch. Named
/// `CONV_`; the kernels' and channels' sizes fixed by `dim` (odd taps; the interpreter's work
/// stays small at the large points).
pub fn conv_models() -> Vec<Sample> {
    let plain = |name: &str, body: &str| Sample::new(format!("CONV_{name}"), body);
    let fixed = "dim K = 3; dim I = 4; dim H = 3; dim O = 2;";
    vec![
        plain(
            "bias",
            &format!(
                "{fixed} param k: [K, I, O]; param b: [O]; input x: [N, T, I]; \
                 loss = sum(tanh(conv[T](x, k) + b));"
            ),
        ),
        plain(
            "maxout",
            &format!(
                "{fixed} param k: [K, I, O]; param j: [K, I, O]; input x: [N, T, I]; \
                 loss = mean(max(conv[T](x, k), conv[T](x, j))^2);"
            ),
        ),
        plain(
            "stacked",
            &format!(
                "{fixed} param k1: [K, I, H]; param k2: [K, H, O]; input x: [N, T, I]; \
                 loss = sum(conv[T](relu(conv[T](x, k1)), k2)^2);"
            ),
        ),
        plain(
            "two_dims",
            "dim A = 3; dim B = 3; dim I = 2; dim O = 2; param q: [A, B, I, O]; \
             param x: [N, T, F, I]; loss = sum(sigmoid(conv[T, F](x, q)));",
        ),
        plain(
            "pooled",
            "dim A = 3; dim B = 3; dim I = 2; dim O = 2; param q: [A, B, I, O]; \
             input x: [N, T, F, I]; loss = sum(softplus(maxpool[F -> P, 3](conv[T, F](x, q))));",
        ),
        plain(
            "leading",
            &format!(
                "{fixed} param k: [K, I, O]; input x: [G, N, T, I]; \
                 loss = sum(softplus(conv[T](x, k)));"
            ),
        ),
    ]
}

// ---------------------------------------------------------------------------------------------
// Models of past bugs.

/// Every model of the bugs the differential test was built to catch, and every failure it has
/// found since: expansions that did not compile, gradients silently wrong, and normalizations
/// that lost their accuracy at large magnitudes (checked strictly on the inputs that showed it).
pub fn regressions() -> Vec<Sample> {
    let plain = |name: &str, body: &str| Sample::new(name.to_string(), body);
    let mut out = vec![
        // Borrow errors (E0502) in the expansion of a summed cross-entropy.
        plain("R_ce_sum", "param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x, y));"),
        plain("R_ce_sum_plus", "param x: [N, C]; param w: [C]; input y: [N] in 0..C; loss = sum(cross_entropy(x + w, y));"),
        plain("R_ce_sum_times", "param x: [N, C]; param a: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x * a, y));"),
        plain("R_ce_sum_products", "param x: [N, C]; param v: [C, K]; input y: [N] in 0..C; loss = sum(cross_entropy(x @ v @ v.T, y));"),
        plain("R_ce_sum_tanh", "param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(tanh(x), y));"),
        plain("R_ce_sum_double", "param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(2 * x, y));"),
        plain("R_ce_sum_third", "param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(x / 3, y));"),
        plain("R_ce_sum_neg", "param x: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(-x, y));"),
        plain("R_ce_output_summed", "param x: [N, C]; input y: [N] in 0..C; output nll = cross_entropy(x, y); loss = sum(nll);"),
        plain("R_gram_plus_sum", "param x: [N, C]; param v: [K]; loss = sum(x.T @ x) + sum(v);"),
        // Gradients that were silently zero.
        plain("R_sum_only", "param x: [N, C]; loss = sum(x);"),
        plain("R_tanh_mean_plus_sum", "param x: [N, C]; param v: [C, H]; param w: [K]; let h = tanh(x @ v); loss = mean(h * h) + sum(w);"),
        plain("R_times_zero_plus_sum", "param x: [N, C]; param w: [K]; loss = sum(x * 0) + sum(w);"),
        plain("R_sum_plus_zero_times", "param x: [N, C]; param w: [K]; loss = sum(w) + 0 * sum(x);"),
        // Found by the differential test: a gradient (of q) that read another gradient's
        // destination before that was written.
        plain("R_mean_difference", "param p: [N, C]; param q: [N, C]; loss = mean(p - q);"),
        // Found by the differential test: a custom derivative of a scalar did not compile.
        plain("R_scalar_custom", "param p: []; param r: []; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; loss = cube(p * r);"),
    ];
    let fixed = |dims: &[(&str, usize)], values: &[(&str, &[f64])]| Fixed {
        dims: dims.iter().map(|(d, n)| (d.to_string(), *n)).collect(),
        values: values
            .iter()
            .map(|(l, v)| (l.to_string(), v.to_vec()))
            .collect(),
    };
    let strict = |name: &str, body: &str, cases: Vec<Fixed>| Sample {
        strict: true,
        fixed: cases,
        ..Sample::new(name.to_string(), body)
    };
    out.push(strict(
        "R_softmax_huge_equal",
        "param z: [N, C]; input a: [N, C]; output p = softmax[C](z); output lp = log_softmax[C](z); \
         loss = sum(a * softmax[C](z)) + sum(a * log_softmax[C](z));",
        vec![
            fixed(&[("N", 1), ("C", 2)], &[("z", &[1e16]), ("a", &[1.0, 3.0])]),
            fixed(&[("N", 2), ("C", 3)], &[("z", &[1e16, 1e16, 1e16, -1e4, -1e4, -1e4]), ("a", &[1.0, 3.0, -2.0])]),
            fixed(&[("N", 1), ("C", 2)], &[("z", &[1.0]), ("a", &[1.0, 3.0])]),
        ],
    ));
    out.push(strict(
        "R_weighted_logsumexp",
        "param z: [N, C]; param w: [N]; loss = sum(w * logsumexp[C](z));",
        vec![
            fixed(&[("N", 2), ("C", 2)], &[("z", &[1e4]), ("w", &[3.0, -0.7])]),
            fixed(
                &[("N", 2), ("C", 3)],
                &[
                    ("z", &[1e16, 1e16, -1e16, 0.1, 30.0, -7.5]),
                    ("w", &[1.0, 2.0]),
                ],
            ),
        ],
    ));
    out.push(strict(
        "R_scaled_cross_entropy",
        "param z: [N, C]; param a: []; input y: [N] in 0..C; output nll = cross_entropy(z, y); \
         loss = a * sum(cross_entropy(z, y));",
        vec![
            fixed(
                &[("N", 2), ("C", 2)],
                &[
                    ("z", &[1e4, -1e4, -1e4, 1e4]),
                    ("a", &[0.75]),
                    ("y", &[0.0, 0.0]),
                ],
            ),
            fixed(
                &[("N", 2), ("C", 2)],
                &[
                    ("z", &[1e4, -1e4, 1e4, -1e4]),
                    ("a", &[0.75]),
                    ("y", &[1.0, 0.0]),
                ],
            ),
            fixed(
                &[("N", 2), ("C", 3)],
                &[
                    ("z", &[0.1, 30.0, -7.5, 1e16, 1e16, 1e16]),
                    ("a", &[0.75]),
                    ("y", &[1.0, 2.0]),
                ],
            ),
        ],
    ));
    // Found by the differential test: an exact tie inside `min[D]`, then `max[C]`, which a step
    // in the param could break, was not seen (the error of a `min` was the smallest of its
    // group's instead of the largest).
    out.push(Sample {
        fixed: vec![fixed(
            &[("N", 3), ("C", 4)],
            &[("p7", &[0.5]), ("p8", &[0.5]), ("x9", &[1.0]), ("p1", &[0.5]), ("p2", &[1.0])],
        )],
        ..plain(
            "R_ties_of_min_and_max",
            "dim D = 3; param p1: [N]; param p2: [N]; param p7: [D, C]; param p8: []; input x9: [C, D]; \
             hyper s = 0.5; hyper q = 3; let h3 = (log_softmax[N](p1) / (p2)^q); \
             loss = min(max[C](min[D](p7)), max(p8, s)) + (sin((p8 - p8)) + (log(1.5) * max(x9)));",
        )
    });
    // Found by the differential test: an overflow in f64 too (to inf), after which f32 and
    // f64 reach NaN or inf by different orders of operations.
    out.push(Sample {
        fixed: vec![fixed(
            &[("N", 2), ("C", 2)],
            &[("p3", &[1e16, -3.0, 0.5, 1e4]), ("x1", &[1.0]), ("y", &[0.0, 1.0])],
        )],
        ..plain(
            "R_overflow_in_f64",
            "input x1: [C, N]; param p3: [N, C]; input y: [N] in 0..C; \
             fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
             let h2 = cross_entropy((x1).T, y); output o4 = (where(h2 < h2, h2, h2) @ cross_entropy(p3, y)); \
             loss = mean(exp(cube(swish(p3))));",
        )
    });
    // Found by the differential test: a step in a term of a product whose partial sums are far
    // larger than the term (`3.8e-32 + 0.5 - 0.5`) is lost in f64, so the differences give 0;
    // the check must skip it, not report the gradient of -1 as wrong.
    out.push(Sample {
        fixed: vec![fixed(
            &[("N", 3)],
            &[
                ("c", &[1.0]),
                ("x", &[6.0e-31, 0.5, 6.9e-31]),
                ("p", &[5.7e-31, 6.8e-31, 0.5]),
            ],
        )],
        ..plain(
            "R_step_lost_in_a_product",
            "param p: [N]; input c: [N]; input x: [N]; loss = c @ (x - p);",
        )
    });
    // Found by the differential test: terms of a product (the gradient of `p3`, about 1e37
    // each) whose f32 partial sums pass f32's range though their f64 sum does not: f32 gives
    // NaN, which the check must skip as an overflow, not report.
    out.push(Sample {
        fixed: vec![fixed(
            &[("N", 5), ("C", 3)],
            &[
                (
                    "p1",
                    &[
                        -25.600622177124023, -25.623464584350586, 18.371530532836914,
                        -16.003629684448242, 19.401540756225586, 19.893146514892578,
                        -25.623464584350586, -29.06719207763672, -21.449886322021484,
                        15.02349853515625, 0.0, 20.02803611755371, -25.623464584350586,
                        -21.250225067138672, 20.417329788208008,
                    ],
                ),
                (
                    "p2",
                    &[
                        9581.0634765625, -6810.35498046875, 5646.90869140625, -5158.99560546875,
                        -8398.7451171875, 6448.24560546875, -8737.8720703125, -7083.22119140625,
                        -5032.5341796875, -7990.6396484375, 8775.0244140625, 7888.22216796875,
                        -6879.2490234375, 5296.681640625, -5609.68310546875,
                    ],
                ),
                ("p3", &[16.28915786743164, 21.414823532104492, -19.54085350036621]),
            ],
        )],
        ..plain(
            "R_partial_sums_past_f32",
            "param p1: [N, C]; param p2: [N, C]; param p3: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
             output o4 = ((p1 * p2) @ p3); loss = mean(cube((o4)^2));",
        )
    });
    // Found by the differential test: `max` of a NaN sent its gradient where the value was not.
    out.push(Sample {
        fixed: vec![fixed(
            &[("N", 2)],
            &[("p", &[0.5, -0.3]), ("x", &[-1.0, 2.0])],
        )],
        ..plain(
            "R_max_of_nan",
            "param p: [N]; input x: [N]; loss = sum(max(p, log(x)) * p);",
        )
    });
    // Found by the differential test: a gradient that is a view of a value (here through a
    // custom function) and that a matrix product reads: the product read the gradient's
    // destination, written only after it.
    out.push(plain(
        "R_custom_root_in_product",
        "param p2: [C]; param p4: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
         output o3 = p2; loss = (cube(p4) @ p2) + 0.5;",
    ));
    out.push(plain(
        "R_custom_root_in_product_of_log_softmax",
        "input x1: [H, C]; param p3: [C]; param p4: [C]; fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
         loss = cube(log_softmax[C](p3)) @ p4;",
    ));
    out.push(plain(
        "R_custom_root_in_product_right",
        "param p3: [C]; param p4: [C]; input x5: [H]; input x6: [H]; param p7: [C, H]; param p8: [H, C]; \
         fn swish(u) = u * sigmoid(u); fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
         loss = ((p3 @ cube(p4)) - (swish(x5) @ x6)) + mean(abs(((p7 * p7) / p8)));",
    ));
    // Found by the differential test: logits whose rounding in f32 is past the unit (1e9
    // minus tens) leave f32 nothing of their differences; a bound of softmax to first
    // order only called the uniform shares f32 then gives a failure.
    out.push(Sample {
        fixed: vec![fixed(
            &[("C", 4), ("N", 3)],
            &[
                (
                    "p1",
                    &[
                        30.0, -20.0, 12.0, -25.0, 40.0, 5.0, 8.0, 1.5, -9.0, -14.0, 3.0, 22.0,
                    ],
                ),
                ("p2", &[1e9, -3e8, 0.25]),
                ("y", &[2.0, 0.0, 3.0]),
            ],
        )],
        ..plain(
            "R_logits_lost_in_rounding",
            "param p1: [C, N]; param p2: [N]; input y: [N] in 0..C; \
             loss = mean(cross_entropy(p1.T - p2, y)) + sum(logsumexp[C](p1.T - p2)) \
             + sum(softmax[C](p1.T + p2) * log_softmax[C](p1.T - p2));",
        )
    });
    // Found by the differential test's scans: a carry starting from a custom function of a
    // scalar (a rank-0 view, copied for the scan) was stored from a loop over no axes, which
    // panicked, then named a scalar that no step computed.
    out.push(plain(
        "R_scalar_carry_from_a_custom_function",
        "param p: [N, C]; param w: [T]; hyper s = 0.5; \
         fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
         scan t in T { carry c: [] = cube(s * 3); c = c * w[t] + 0.5; } loss = c * sum(p);",
    ));
    // Found by the differential test's scans: a custom function of a custom function of a
    // scalar, read by a scalar step and copied for the reverse scan's carry, named the copy
    // before the copy was made.
    out.push(plain(
        "R_scalar_view_read_before_its_copy",
        "param p1: []; param p4: [T]; input n12: []; \
         fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
         scan t in T { carry c2: [] = p1; c2 = c2 * p4[t]; } loss = c2 * cube(cube(n12));",
    ));
    out.push(plain(
        "R_scalar_carry_from_a_custom_function_of_a_param",
        "param p: [N, C]; param r: []; input x: [T]; \
         fn cube(u) = u * u * u grad(g) = 3 * u * u * g; \
         scan t in T rev { carry c: [] = cube(r); c = tanh(c + x[t]); emit e = c * r; } \
         loss = c * sum(p) + sum(e);",
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_builtin_in_every_context() {
        let t = table();
        assert_eq!(t.len(), builtins().len() * CONTEXTS.len());
        assert!(
            t.iter().all(|s| !s.src.contains("F(")),
            "a context left unfilled"
        );
        let names: std::collections::HashSet<&str> = t.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names.len(), t.len());
    }

    #[test]
    fn shaped_models_mostly_compile() {
        let mut rng = Rng::new(1);
        let mut ok = 0;
        for i in 0..200 {
            let src = shaped_model(&mut rng, &format!("M{i}"));
            let out = crate::expand(src.parse().expect("tokens")).to_string();
            if !out.contains("compile_error") {
                ok += 1;
            }
        }
        assert!(ok >= 150, "{ok} of 200 compile");
    }
}
