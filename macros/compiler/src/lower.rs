//! Checked AST to IR. Shapes are computed here by the rules in `shape`, and every shape error is
//! collected with the span of the offending expression.

use crate::ast::*;
use crate::declare::{Decls, Ref};
use crate::diag::Diags;
use crate::ir::{Axis, DimId, DimInfo, Graph, Id, LeafNames, ScanInfo};
use crate::op::{Binary, Builtin, Op, Reduce, Unary};
use crate::shape;
use std::collections::HashMap;

/// The forward program: the graph, the loss and every output.
pub struct Lowered {
    pub graph: Graph,
    pub loss: Id,
    /// `(item index, node)` of every `output`, in declaration order.
    pub outputs: Vec<(usize, Id)>,
}

#[derive(Clone, Copy)]
enum Val {
    Float(Id),
    /// An integer input (its index among all inputs) and its leaf.
    Labels(usize, Id),
    /// An integer input declared `in 0..=DIM` (lengths, which only `ctc` reads): its index
    /// among all inputs and its leaf.
    Lengths(usize, Id),
}

struct Lower<'a> {
    model: &'a Model,
    decls: &'a Decls,
    /// Function parameters in scope while a function body is lowered.
    scope: Vec<HashMap<String, Val>>,
    g: Graph,
    diags: &'a mut Diags,
    lets: HashMap<usize, Option<Val>>,
    /// The outputs of each lowered scan: `(item, output)` to its `ScanOut` node.
    scanned: HashMap<(usize, usize), Id>,
    /// The scan whose body is being lowered.
    step: Option<StepContext>,
    /// Label inputs used as floats.
    misused: Vec<usize>,
}

/// What a scan's body sees besides the model's names.
struct StepContext {
    item: usize,
    scan: u32,
    /// The step's name (`t`) and the dim it runs over.
    index: String,
    dim: DimId,
}

pub fn lower(model: &Model, decls: &Decls, diags: &mut Diags) -> Option<Lowered> {
    let mut g = Graph::new(
        decls
            .dims
            .iter()
            .map(|d| DimInfo {
                name: d.name.clone(),
                fixed: d.fixed,
            })
            .collect(),
        LeafNames {
            params: decls.params.iter().map(|p| p.name.to_string()).collect(),
            inputs: decls
                .inputs
                .iter()
                .filter(|i| i.labels.is_none())
                .map(|i| i.name.to_string())
                .collect(),
            labels: decls
                .inputs
                .iter()
                .filter(|i| i.labels.is_some())
                .map(|i| i.name.to_string())
                .collect(),
            hypers: decls.hypers.iter().map(|h| h.name.to_string()).collect(),
            noises: decls.noises.iter().map(|n| n.name.to_string()).collect(),
        },
    );
    // Leaves first, in declaration order, so that the text form reads like the model.
    for (i, p) in decls.params.iter().enumerate() {
        g.push(Op::Param(i), vec![], p.dims.clone());
    }
    let mut lw = Lower {
        model,
        decls,
        scope: Vec::new(),
        g,
        diags,
        lets: HashMap::new(),
        scanned: HashMap::new(),
        step: None,
        misused: Vec::new(),
    };
    for &idx in &decls.let_order {
        match &model.items[idx].kind {
            ItemKind::Let { expr, output, .. } => {
                let v = if *output {
                    lw.float(expr).map(Val::Float)
                } else {
                    lw.expr(expr)
                };
                lw.lets.insert(idx, v);
            }
            ItemKind::Scan(scan) => lw.scan(idx, scan),
            _ => {}
        }
    }
    let loss = match &model.items[decls.loss].kind {
        ItemKind::Loss { expr, .. } => lw.float(expr).and_then(|id| {
            if lw.g.rank(id) == 0 {
                Some(id)
            } else {
                let s = lw.dims_text(lw.g.shape(id));
                lw.diags.error(
                    expr.spans,
                    format!("the loss must be a scalar, but `{expr}` has dims `{s}`"),
                );
                None
            }
        }),
        _ => None,
    };
    let mut outputs = Vec::new();
    for (idx, item) in model.items.iter().enumerate() {
        if let ItemKind::Let { output: true, .. } = item.kind {
            if let Some(Some(Val::Float(id))) = lw.lets.get(&idx) {
                outputs.push((idx, *id));
            }
        }
    }
    if !model.partial {
        crate::declare::check_dims_have_sizes(model, decls, &lw.misused, lw.diags);
    }
    if lw.diags.has_errors() {
        return None;
    }
    Some(Lowered {
        graph: lw.g,
        loss: loss?,
        outputs,
    })
}

impl Lower<'_> {
    fn dims_text(&self, dims: &[DimId]) -> String {
        let names: Vec<&str> = dims
            .iter()
            .map(|&d| self.decls.dims[d.ix()].name.as_str())
            .collect();
        format!("[{}]", names.join(", "))
    }

    fn dim_name(&self, d: DimId) -> &str {
        &self.decls.dims[d.ix()].name
    }

    fn float(&mut self, e: &Expr) -> Option<Id> {
        match self.expr(e)? {
            Val::Float(id) => Some(id),
            Val::Labels(i, _) => {
                self.misused.push(i);
                let inp = &self.decls.inputs[i];
                let bound = inp
                    .labels
                    .map(|d| self.dim_name(d).to_string())
                    .unwrap_or_default();
                self.diags.error(
                    e.spans,
                    format!(
                        "`{}` holds integer labels (`in 0..{bound}`) and is used as a float; \
                         integer inputs are the labels of `cross_entropy`, the indices of a \
                         gather `w[{}]` and the argument of `onehot`",
                        inp.name, inp.name
                    ),
                );
                None
            }
            Val::Lengths(i, _) => {
                self.misused.push(i);
                self.lengths_misused(e, i, "a float");
                None
            }
        }
    }

    /// The error for lengths (`in 0..=DIM`) used where `need` is needed.
    fn lengths_misused(&mut self, e: &Expr, i: usize, need: &str) {
        let inp = &self.decls.inputs[i];
        let bound = inp
            .labels
            .map(|d| self.dim_name(d).to_string())
            .unwrap_or_default();
        self.diags.error(
            e.spans,
            format!(
                "`{}` holds lengths (`in 0..={bound}`), which only `ctc` reads, but it is used as \
                 {need}",
                inp.name
            ),
        );
    }

    /// An expression that must be an integer input: its index among the inputs and its leaf,
    /// or an error that says what `what` needs.
    fn labels(&mut self, e: &Expr, what: &str, range: &str) -> Option<(usize, Id)> {
        match self.expr(e)? {
            Val::Labels(i, id) => Some((i, id)),
            Val::Lengths(i, _) => {
                self.lengths_misused(e, i, &format!("{what} (`in 0..{range}`)"));
                None
            }
            Val::Float(_) => {
                self.diags.error(
                    e.spans,
                    format!(
                        "{what} must be an integer input (`input {e}: [...] in 0..{range};`), but `{e}` is a float"
                    ),
                );
                None
            }
        }
    }

    /// The dim a name in `x[G = k]` or `permute[...]` refers to.
    fn dim_named(&mut self, d: &DimName) -> Option<DimId> {
        match self.decls.dim_index.get(&d.name) {
            Some(&i) => Some(i),
            None => {
                self.diags
                    .at(d.span, format!("unknown dimension `{}`", d.name));
                None
            }
        }
    }

    /// `x[t]` inside a scan: the step's slice of `x` along the scan's dim, which drops.
    fn step_of(&mut self, e: &Expr, base: &Expr) -> Option<Val> {
        match self.expr(base)? {
            Val::Float(x) => self.step_float(e, base, x),
            Val::Labels(i, y) => self.step_labels(e, base, i, y),
            Val::Lengths(i, _) => {
                self.lengths_misused(base, i, "a sequence stepped by a scan");
                None
            }
        }
    }

    /// `y[t]` of integer labels `y` (input `i`, node `y`).
    fn step_labels(&mut self, e: &Expr, base: &Expr, i: usize, y: Id) -> Option<Val> {
        let (scan, dim) = {
            let s = self.step.as_ref()?;
            (s.scan, s.dim)
        };
        // Integer labels step along their first dim only (they are not transposed).
        let ys = self.g.shape(y).to_vec();
        if ys.first() != Some(&dim) {
            self.diags.error(
                e.spans,
                format!(
                    "`{e}` steps the integer input `{base}` along `{}`, which must be its \
                     first dim, but its dims are `{}`",
                    self.dim_name(dim),
                    self.dims_text(&ys)
                ),
            );
            return None;
        }
        let step = self
            .g
            .push(Op::Step(scan, Axis(0)), vec![y], ys[1..].to_vec());
        Some(Val::Labels(i, step))
    }

    /// `x[t]` of a float value `x`.
    fn step_float(&mut self, e: &Expr, base: &Expr, x: Id) -> Option<Val> {
        let (scan, dim, index) = {
            let s = self.step.as_ref()?;
            (s.scan, s.dim, s.index.clone())
        };
        let xs = self.g.shape(x).to_vec();
        match shape::axes_of(&xs, &[dim]) {
            Ok(axes) => {
                // Stepped along its first axis, so that each step's slice is contiguous: a
                // value with the dim elsewhere is read through a transpose that brings it first.
                let at = axes[0].ix();
                let x = if at == 0 {
                    x
                } else {
                    let perm: Vec<Axis> = std::iter::once(Axis(at))
                        .chain((0..xs.len()).filter(|&j| j != at).map(Axis))
                        .collect();
                    self.g.transpose(x, perm)
                };
                let mut shape = xs;
                shape.remove(at);
                Some(Val::Float(self.g.push(
                    Op::Step(scan, Axis(0)),
                    vec![x],
                    shape,
                )))
            }
            Err((_, found)) => {
                let d = self.dim_name(dim).to_string();
                let why = if found == 0 {
                    format!("has no dim `{d}`")
                } else {
                    format!("has dim `{d}` more than once")
                };
                self.diags.error(
                    e.spans,
                    format!(
                        "`{e}` reads step `{index}` of `{base}` along `{d}`, but `{base}` {why} \
                         (its dims are `{}`)",
                        self.dims_text(&xs)
                    ),
                );
                None
            }
        }
    }

    /// `value` with its dims aligned by name to `shape`: dims it lacks broadcast; a dim that
    /// `shape` lacks is an error about `what`.
    fn align_to(&mut self, e: &Expr, value: Id, shape: &[DimId], what: &str) -> Option<Id> {
        let vs = self.g.shape(value).to_vec();
        let mut map = Vec::with_capacity(vs.len());
        for &d in &vs {
            let at: Vec<usize> = (0..shape.len()).filter(|&i| shape[i] == d).collect();
            let once = vs.iter().filter(|&&x| x == d).count() == 1;
            match at[..] {
                [i] if once => map.push(Axis(i)),
                _ => {
                    self.diags.error(
                        e.spans,
                        format!(
                            "{what} has dims `{}`, which do not fit `{}`: each of its dims must \
                             appear once there",
                            self.dims_text(&vs),
                            self.dims_text(shape)
                        ),
                    );
                    return None;
                }
            }
        }
        Some(self.g.broadcast(value, map, shape.to_vec()))
    }

    /// A `scan` block: its carries' initial values (outside the step), then its statements in
    /// order inside it, as the scan's body; then its outputs for the rest of the model.
    fn scan(&mut self, idx: usize, scan: &Scan) {
        let Some(&dim) = self.decls.dim_index.get(&scan.dim.name) else {
            return;
        };
        let s = self.g.scans.len() as u32;
        let carries: Vec<(&proc_macro2::Ident, &Shape, &Option<Expr>)> = scan
            .body
            .iter()
            .filter_map(|st| match st {
                Stmt::Carry { name, shape, init } => Some((name, shape, init)),
                _ => None,
            })
            .collect();
        let emits = scan
            .body
            .iter()
            .filter(|st| matches!(st, Stmt::Emit { .. }))
            .count();
        self.g.scans.push(ScanInfo {
            dim,
            rev: scan.rev,
            carries: carries.len(),
            emits,
            kept: 0,
        });
        // Initial values, in the model's scope.
        let mut inits = Vec::new();
        let mut shapes = Vec::new();
        for (name, shape, init) in &carries {
            let dims: Vec<DimId> = shape
                .dims
                .iter()
                .filter_map(|d| self.decls.dim_index.get(&d.name).copied())
                .collect();
            if dims.contains(&dim) {
                self.diags.at(
                    name.span(),
                    format!(
                        "the carry `{name}` has the scan's dim `{}`: a carry is one step's state",
                        scan.dim.name
                    ),
                );
            }
            let v = match init {
                None => Some(self.g.konst(0.0, dims.clone())),
                Some(e) => self
                    .float(e)
                    .and_then(|v| self.align_to(e, v, &dims, &format!("the initial value `{e}`"))),
            };
            inits.push(v);
            shapes.push(dims);
        }
        // The step.
        self.step = Some(StepContext {
            item: idx,
            scan: s,
            index: scan.index.to_string(),
            dim,
        });
        let mut locals: HashMap<String, Val> = HashMap::new();
        let mut news: Vec<Option<Id>> = Vec::new();
        for (k, (name, _, _)) in carries.iter().enumerate() {
            let leaf = self
                .g
                .push(Op::CarryIn(s, k as u32), vec![], shapes[k].clone());
            locals.insert(name.to_string(), Val::Float(leaf));
            news.push(Some(leaf));
        }
        let mut emitted: Vec<Option<Id>> = Vec::new();
        for st in &scan.body {
            self.scope.push(locals.clone());
            match st {
                Stmt::Carry { .. } => {}
                Stmt::Let { name, expr } => {
                    if let Some(v) = self.expr(expr) {
                        locals.insert(name.to_string(), v);
                    }
                }
                Stmt::Assign { name, expr } => {
                    if let Some(k) = carries.iter().position(|c| c.0 == name) {
                        let what = format!("the new value of `{name}`");
                        let v = self
                            .float(expr)
                            .and_then(|v| self.align_to(expr, v, &shapes[k], &what));
                        news[k] = v;
                        if let Some(v) = v {
                            locals.insert(name.to_string(), Val::Float(v));
                        }
                    }
                }
                Stmt::Emit { expr, .. } => emitted.push(self.float(expr)),
            }
            self.scope.pop();
        }
        self.step = None;
        let (Some(inits), Some(news), Some(emitted)) = (
            inits.into_iter().collect::<Option<Vec<Id>>>(),
            news.into_iter().collect::<Option<Vec<Id>>>(),
            emitted.into_iter().collect::<Option<Vec<Id>>>(),
        ) else {
            return;
        };
        let args: Vec<Id> = inits.iter().chain(&news).chain(&emitted).copied().collect();
        let node = self.g.push(Op::Scan(s), args, vec![]);
        // Outputs in the block's order of declaration: carries and emits.
        let (mut k_carry, mut k_emit) = (0, 0);
        for (out, st) in scan
            .body
            .iter()
            .filter(|st| matches!(st, Stmt::Carry { .. } | Stmt::Emit { .. }))
            .enumerate()
        {
            let (k, shape) = if let Stmt::Carry { .. } = st {
                k_carry += 1;
                (k_carry - 1, shapes[k_carry - 1].clone())
            } else {
                k_emit += 1;
                let mut shape = vec![dim];
                shape.extend_from_slice(self.g.shape(emitted[k_emit - 1]));
                (carries.len() + k_emit - 1, shape)
            };
            let id = self.g.push(Op::ScanOut(k as u32), vec![node], shape);
            self.scanned.insert((idx, out), id);
        }
    }

    /// `w[idx]`: the rows of `w`'s first dim that the integer input `idx` picks.
    fn gather(&mut self, e: &Expr, base: &Expr, idx: &Expr) -> Option<Id> {
        let w = self.float(base);
        let (input, y) = self.labels(idx, "the index of a gather `w[idx]`", "V")?;
        let w = w?;
        let range = self.decls.inputs[input].labels?;
        let ws = self.g.shape(w).to_vec();
        if ws.first() != Some(&range) {
            let msg = format!(
                "a gather `{e}` picks rows along the first dim of `{base}`, which must be `{}` \
                 (`{idx}` ranges over `0..{}`), but `{base}` has dims `{}`",
                self.dim_name(range),
                self.dim_name(range),
                self.dims_text(&ws)
            );
            self.diags.error(e.spans, msg);
            return None;
        }
        let shape: Vec<DimId> = self.g.shape(y).iter().chain(&ws[1..]).copied().collect();
        Some(self.g.push(Op::Gather, vec![w, y], shape))
    }

    /// `x[G = k]`: index `k` along `G`, which drops. Out of range is a compile error where `dim`
    /// fixes `G`, and a run-time error otherwise.
    fn slice(&mut self, e: &Expr, base: &Expr, dim: &DimName, at: usize) -> Option<Id> {
        let x = self.float(base);
        let d = self.dim_named(dim)?;
        let x = x?;
        let xs = self.g.shape(x).to_vec();
        let axis = match shape::axes_of(&xs, &[d]) {
            Ok(axes) => axes[0],
            Err((_, found)) => {
                let why = if found == 0 { "lack" } else { "repeat" };
                let msg = format!(
                    "`{e}` slices `{base}` along `{}`, but its dims `{}` {why} `{}`",
                    dim.name,
                    self.dims_text(&xs),
                    dim.name
                );
                self.diags.at(dim.span, msg);
                return None;
            }
        };
        if let Some(size) = self.decls.dims[d.ix()].fixed {
            if at >= size {
                let msg = format!(
                    "`{e}`: index {at} is out of range for `{}`, of size {size} (`dim {} = {size};`)",
                    dim.name, dim.name
                );
                self.diags.error(e.spans, msg);
                return None;
            }
        }
        let mut shape = xs;
        shape.remove(axis.ix());
        Some(self.g.push(Op::Slice(axis, at), vec![x], shape))
    }

    fn expr(&mut self, e: &Expr) -> Option<Val> {
        match &e.kind {
            ExprKind::Num(v) => Some(Val::Float(self.g.konst(*v, vec![]))),
            ExprKind::Name(n) => self.name(n),
            ExprKind::Neg(a) => {
                let a = self.float(a)?;
                Some(Val::Float(self.g.unary(Unary::Neg, a)))
            }
            ExprKind::Bin(op, a, b) => self.binary(e, *op, a, b).map(Val::Float),
            ExprKind::Cmp(..) => {
                self.diags.error(
                    e.spans,
                    "a comparison can only be the first argument of `where(a > b, x, y)`",
                );
                None
            }
            ExprKind::Transpose(a) => {
                let a = self.float(a)?;
                let perm: Vec<Axis> = Axis::all(self.g.rank(a)).rev().collect();
                Some(Val::Float(self.g.transpose(a, perm)))
            }
            ExprKind::Call {
                func,
                dims,
                window: Some(w),
                args,
            } if func == "maxpool" => self.maxpool(e, dims.as_deref(), *w, args).map(Val::Float),
            ExprKind::Call {
                func, dims, args, ..
            } => self.call(e, func, dims.as_deref(), args).map(Val::Float),
            ExprKind::Index(base, Index::At(idx)) => match (&idx.kind, &self.step) {
                (ExprKind::Name(n), Some(step)) if *n == step.index => self.step_of(e, base),
                _ => self.gather(e, base, idx).map(Val::Float),
            },
            ExprKind::Index(base, Index::Slice { dim, at }) => {
                self.slice(e, base, dim, *at).map(Val::Float)
            }
        }
    }

    fn name(&mut self, n: &proc_macro2::Ident) -> Option<Val> {
        if let Some(v) = self.scope.last().and_then(|s| s.get(&n.to_string())) {
            return Some(*v);
        }
        if let Some(step) = &self.step {
            if *n == step.index {
                self.diags.at(
                    n.span(),
                    format!("the step `{n}` appears only as an index, as in `x[{n}]`"),
                );
                return None;
            }
        }
        let r = *self.decls.names.get(&n.to_string())?;
        Some(match r {
            Ref::Param(i) => {
                let dims = self.decls.params[i].dims.clone();
                Val::Float(self.g.push(Op::Param(i), vec![], dims))
            }
            Ref::Input(i) => {
                let inp = &self.decls.inputs[i];
                let dims = inp.dims.clone();
                if inp.inclusive {
                    Val::Lengths(i, self.g.push(Op::Labels(inp.kind_index), vec![], dims))
                } else if inp.labels.is_some() {
                    Val::Labels(i, self.g.push(Op::Labels(inp.kind_index), vec![], dims))
                } else {
                    Val::Float(self.g.push(Op::Input(inp.kind_index), vec![], dims))
                }
            }
            Ref::Hyper(i) => Val::Float(self.g.push(Op::Hyper(i), vec![], vec![])),
            Ref::Noise(i) => {
                let dims = self.decls.noises[i].dims.clone();
                Val::Float(self.g.push(Op::Noise(i), vec![], dims))
            }
            Ref::Let(idx) => (*self.lets.get(&idx)?)?,
            Ref::Scanned(idx, _) if self.step.as_ref().is_some_and(|s| s.item == idx) => {
                self.diags.at(
                    n.span(),
                    format!(
                        "`{n}` is an emit of this scan, visible after the block (stacked over \
                         its dim); inside, use the value it emits"
                    ),
                );
                return None;
            }
            Ref::Scanned(idx, k) => Val::Float(*self.scanned.get(&(idx, k))?),
            Ref::Fn(_) => return None,
        })
    }

    /// Broadcasts `a` and `b` by name; reports an ambiguous repeated name.
    fn align(&mut self, e: &Expr, a: Id, b: Id) -> Option<(Id, Id)> {
        let (sa, sb) = (self.g.shape(a).to_vec(), self.g.shape(b).to_vec());
        match shape::broadcast(&sa, &sb) {
            Ok((out, map_b)) => {
                let a2 = self
                    .g
                    .broadcast(a, Axis::all(sa.len()).collect(), out.clone());
                let b2 = self.g.broadcast(b, map_b, out);
                Some((a2, b2))
            }
            Err(d) => {
                let (ta, tb) = (self.dims_text(&sa), self.dims_text(&sb));
                let name = self.dim_name(d).to_string();
                self.diags.error(
                    e.spans,
                    format!(
                        "ambiguous repeated dim `{name}`: cannot align `{ta}` with `{tb}` by name; \
                         use distinct names for the repeated dim"
                    ),
                );
                None
            }
        }
    }

    fn elementwise(&mut self, e: &Expr, op: Binary, a: Id, b: Id) -> Option<Id> {
        let (a, b) = self.align(e, a, b)?;
        Some(self.g.binary(op, a, b))
    }

    fn binary(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr) -> Option<Id> {
        let (x, y) = (self.float(a), self.float(b));
        let (x, y) = (x?, y?);
        match op {
            BinOp::Add => self.elementwise(e, Binary::Add, x, y),
            BinOp::Sub => self.elementwise(e, Binary::Sub, x, y),
            BinOp::Mul => self.elementwise(e, Binary::Mul, x, y),
            BinOp::Div => self.elementwise(e, Binary::Div, x, y),
            BinOp::Pow => {
                if !self.is_constant(y) {
                    self.diags.error(
                        b.spans,
                        format!(
                            "the exponent of `^` must be a literal or a hyper, not `{b}` \
                             (use `exp(p * log(x))` for a learned power)"
                        ),
                    );
                    return None;
                }
                if self.g.rank(y) != 0 {
                    return None;
                }
                if self.g.const_value(y) == Some(2.0) {
                    return Some(self.g.unary(Unary::Square, x));
                }
                let p = self.g.broadcast(y, vec![], self.g.shape(x).to_vec());
                Some(self.g.binary(Binary::Pow, x, p))
            }
            BinOp::MatMul => self.matmul(e, a, b, x, y),
        }
    }

    /// True if the node reads no param and no input.
    fn is_constant(&self, id: Id) -> bool {
        let live = self.g.reachable([id]);
        self.g
            .nodes
            .iter()
            .enumerate()
            .all(|(i, n)| !live[i] || !matches!(n.op, Op::Param(_) | Op::Input(_) | Op::Labels(_)))
    }

    fn matmul(&mut self, e: &Expr, a: &Expr, b: &Expr, x: Id, y: Id) -> Option<Id> {
        let (sa, sb) = (self.g.shape(x).to_vec(), self.g.shape(y).to_vec());
        for (s, side) in [(&sa, a), (&sb, b)] {
            if s.is_empty() {
                self.diags.error(
                    side.spans,
                    format!(
                        "`@` needs operands of rank 1 or more, but `{side}` is a scalar (use `*`)"
                    ),
                );
                return None;
            }
        }
        let (ka, kb) = (sa[sa.len() - 1], sb[0]);
        if ka != kb {
            let msg = format!(
                "cannot contract `{}` (last dim of `{a}`{}) with `{}` (first dim of `{b}`{})",
                self.dim_name(ka),
                self.operand_text(x, a, ka),
                self.dim_name(kb),
                self.operand_text(y, b, kb),
            );
            self.diags.error(e.spans, msg);
            return None;
        }
        let (la, lb, lo) = shape::matmul_labels(sa.len(), sb.len());
        let out: Vec<DimId> = sa[..sa.len() - 1].iter().chain(&sb[1..]).copied().collect();
        Some(self.g.push(
            Op::Contract {
                a: la,
                b: lb,
                out: lo,
            },
            vec![x, y],
            out,
        ))
    }

    /// For an error about dim `d` of operand `e` (node `id`): the operand's dims and the
    /// declarations that bring `d` in, unless `e` is that declaration itself.
    fn operand_text(&self, id: Id, e: &Expr, d: DimId) -> String {
        let live = self.g.reachable([id]);
        let mut from: Vec<String> = Vec::new();
        for (i, n) in self.g.nodes.iter().enumerate() {
            let decl = match n.op {
                Op::Param(p) => Some((&self.decls.params[p].name, &self.decls.params[p].dims)),
                Op::Input(k) | Op::Labels(k) => {
                    let labels = matches!(n.op, Op::Labels(_));
                    self.decls
                        .inputs
                        .iter()
                        .filter(|inp| inp.labels.is_some() == labels)
                        .nth(k)
                        .map(|inp| (&inp.name, &inp.dims))
                }
                _ => None,
            };
            if let Some((name, dims)) = decl.filter(|(_, dims)| live[i] && dims.contains(&d)) {
                let text = format!("`{name}: {}`", self.dims_text(dims));
                if !from.contains(&text) {
                    from.push(text);
                }
            }
        }
        let dims = format!(", which has dims `{}`", self.dims_text(self.g.shape(id)));
        if matches!(&e.kind, ExprKind::Name(n) if from.len() == 1 && from[0].starts_with(&format!("`{n}:")))
        {
            return dims;
        }
        match from.len() {
            0 => dims,
            _ => format!(
                "{dims}; `{}` comes from {}",
                self.dim_name(d),
                from.join(", ")
            ),
        }
    }

    fn arity(&mut self, e: &Expr, func: &str, args: &[Expr], n: usize) -> Option<()> {
        if args.len() == n {
            return Some(());
        }
        self.diags.error(
            e.spans,
            format!("`{func}` takes {n} argument(s), found {}", args.len()),
        );
        None
    }

    fn no_dims(&mut self, func: &proc_macro2::Ident, dims: Option<&[DimName]>) -> Option<()> {
        if dims.is_some() {
            self.diags.at(
                func.span(),
                format!("`{func}` is elementwise and takes no `[dims]`"),
            );
            return None;
        }
        Some(())
    }

    /// Resolves `[A, B]` against the operand's shape: each named dim occurs there exactly once.
    fn reduce_axes(
        &mut self,
        func: &str,
        x: Id,
        dims: Option<&[DimName]>,
        arg: &Expr,
    ) -> Option<Vec<Axis>> {
        let shape = self.g.shape(x).to_vec();
        let Some(dims) = dims else {
            return Some(Axis::all(shape.len()).collect());
        };
        let mut ids = Vec::new();
        for d in dims {
            ids.push(self.dim_named(d)?);
        }
        match shape::axes_of(&shape, &ids) {
            Ok(axes) => Some(axes),
            Err((d, 0)) => {
                let span = dims
                    .iter()
                    .find(|n| n.name == self.dim_name(d))
                    .map(|n| n.span);
                let msg = format!(
                    "`{func}` over `{}`: `{arg}` has dims `{}`, which lack `{}`",
                    self.dim_name(d),
                    self.dims_text(&shape),
                    self.dim_name(d)
                );
                self.diags
                    .at(span.unwrap_or_else(proc_macro2::Span::call_site), msg);
                None
            }
            Err((d, _)) => {
                let span = dims
                    .iter()
                    .find(|n| n.name == self.dim_name(d))
                    .map(|n| n.span);
                let msg = format!(
                    "ambiguous repeated dim `{}`: `{arg}` has dims `{}`; `{func}` needs distinct names",
                    self.dim_name(d),
                    self.dims_text(&shape)
                );
                self.diags
                    .at(span.unwrap_or_else(proc_macro2::Span::call_site), msg);
                None
            }
        }
    }

    fn call(
        &mut self,
        e: &Expr,
        func: &proc_macro2::Ident,
        dims: Option<&[DimName]>,
        args: &[Expr],
    ) -> Option<Id> {
        let name = func.to_string();
        if let Some(Ref::Fn(idx)) = self.decls.names.get(&name) {
            self.no_dims(func, dims)?;
            return self.user_call(e, *idx, args);
        }
        let Some(builtin) = Builtin::from_name(&name) else {
            let hint = self.unknown_function_hint(&name);
            self.diags
                .at(func.span(), format!("unknown function `{name}`{hint}"));
            return None;
        };
        match builtin {
            Builtin::Unary(u) => {
                self.arity(e, &name, args, 1)?;
                self.no_dims(func, dims)?;
                let x = self.float(&args[0])?;
                Some(self.g.unary(u, x))
            }
            Builtin::Binary(b) if args.len() == 2 => {
                self.no_dims(func, dims)?;
                let (x, y) = (self.float(&args[0]), self.float(&args[1]));
                self.elementwise(e, b, x?, y?)
            }
            Builtin::Binary(_) | Builtin::Reduce(_) | Builtin::Mean => {
                self.arity(e, &name, args, 1)?;
                let x = self.float(&args[0])?;
                let axes = self.reduce_axes(&name, x, dims, &args[0])?;
                let kind = Reduce::from_name(&name).unwrap_or(Reduce::Sum);
                let dims_reduced: Vec<DimId> =
                    axes.iter().map(|&a| self.g.shape(x)[a.ix()]).collect();
                let r = self.g.reduce(kind, x, axes);
                if builtin == Builtin::Mean {
                    let n = self.g.size(dims_reduced);
                    let n = self.g.broadcast(n, vec![], self.g.shape(r).to_vec());
                    return Some(self.g.binary(Binary::Div, r, n));
                }
                Some(r)
            }
            Builtin::Softmax | Builtin::LogSoftmax => {
                self.arity(e, &name, args, 1)?;
                let x = self.float(&args[0])?;
                let rank = self.g.rank(x);
                if dims.is_none() && rank != 1 {
                    let s = self.dims_text(self.g.shape(x));
                    self.diags.error(
                        e.spans,
                        format!("`{name}` of `{}` (dims `{s}`) needs the dim to normalize over, as in `{name}[C](...)`", args[0]),
                    );
                    return None;
                }
                if dims.is_some_and(|d| d.len() != 1) {
                    self.diags.at(
                        func.span(),
                        format!("`{name}` normalizes over exactly one dim"),
                    );
                    return None;
                }
                let axes = self.reduce_axes(&name, x, dims, &args[0])?;
                Some(self.log_softmax(x, axes, builtin == Builtin::Softmax))
            }
            Builtin::OneHot => {
                self.arity(e, &name, args, 1)?;
                self.no_dims(func, dims)?;
                let (input, y) = self.labels(&args[0], "the argument of `onehot`", "C")?;
                let range = self.decls.inputs[input].labels?;
                let mut shape = self.g.shape(y).to_vec();
                shape.push(range);
                Some(self.g.push(Op::OneHot, vec![y], shape))
            }
            Builtin::Permute => {
                self.arity(e, &name, args, 1)?;
                let x = self.float(&args[0])?;
                let xs = self.g.shape(x).to_vec();
                let Some(dims) = dims else {
                    let msg = format!(
                        "`permute` needs the new order of the dims, as in `permute[{}]({})`",
                        self.dims_text(&xs).trim_matches(['[', ']']),
                        args[0]
                    );
                    self.diags.at(func.span(), msg);
                    return None;
                };
                let mut ids = Vec::new();
                for d in dims {
                    ids.push(self.dim_named(d)?);
                }
                let mut sorted_ids = ids.clone();
                sorted_ids.sort_unstable();
                let mut sorted_xs = xs.clone();
                sorted_xs.sort_unstable();
                let distinct = sorted_xs.windows(2).all(|w| w[0] != w[1]);
                if sorted_ids != sorted_xs || !distinct {
                    let msg = format!(
                        "`{e}`: `{}` has dims `{}`; `permute` takes each of them exactly once, in \
                         the new order",
                        args[0],
                        self.dims_text(&xs)
                    );
                    self.diags.error(e.spans, msg);
                    return None;
                }
                // Output axis j is the input's axis holding the j-th named dim.
                let perm: Vec<Axis> = ids
                    .iter()
                    .map(|d| Axis(xs.iter().position(|x| x == d).unwrap_or(0)))
                    .collect();
                Some(self.g.transpose(x, perm))
            }
            Builtin::CrossEntropy => {
                self.arity(e, &name, args, 2)?;
                self.no_dims(func, dims)?;
                self.cross_entropy(e, args)
            }
            // With its `[F -> P, SIZE]`, `maxpool` is lowered by `maxpool`; here it has none.
            Builtin::MaxPool => {
                self.diags.at(
                    func.span(),
                    "`maxpool` takes `[F -> P, SIZE]`: the dim pooled, the new dim in its place \
                     and the window's size, as in `maxpool[F -> P, 3](x)`",
                );
                None
            }
            Builtin::Conv => {
                self.arity(e, &name, args, 2)?;
                self.conv(func, dims, args)
            }
            Builtin::Ctc => {
                self.arity(e, &name, args, 4)?;
                self.no_dims(func, dims)?;
                self.ctc(e, args)
            }
            Builtin::Where => {
                self.arity(e, &name, args, 3)?;
                self.no_dims(func, dims)?;
                let ExprKind::Cmp(cmp, a, b) = &args[0].kind else {
                    self.diags.error(
                        args[0].spans,
                        "the first argument of `where` must be a comparison `a > b`, `a < b`, `a >= b` or `a <= b`",
                    );
                    return None;
                };
                let (a, b) = (self.float(a), self.float(b));
                let (x, y) = (self.float(&args[1]), self.float(&args[2]));
                let (mut a, mut b, mut x, mut y) = (a?, b?, x?, y?);
                // The result takes the dims of a, b, x, y in turn; each earlier shape is a
                // prefix of each later one.
                (a, b) = self.align(e, a, b)?;
                (a, x) = self.align(e, a, x)?;
                (a, y) = self.align(e, a, y)?;
                let out = self.g.shape(a).to_vec();
                let rank_of = |g: &Graph, id: Id| g.rank(id);
                for v in [&mut b, &mut x] {
                    let r = rank_of(&self.g, *v);
                    *v = self.g.broadcast(*v, Axis::all(r).collect(), out.clone());
                }
                Some(self.g.select(*cmp, a, b, x, y))
            }
        }
    }

    /// What to write instead of an unknown function: an operator for the usual names of one,
    /// else the nearest builtin or `fn` of the model.
    fn unknown_function_hint(&self, name: &str) -> String {
        match name {
            "pow" | "power" => return ": write a power with `^`, as in `x^2`".into(),
            "matmul" | "dot" | "mm" | "einsum" => return ": write a product with `@`".into(),
            "transpose" => return ": write a transpose as `x.T`".into(),
            "gelu" => {
                return ": define it as `fn gelu(x) = 0.5 * x * (1 + erf(x * 0.7071067811865476));`"
                    .into()
            }
            _ => {}
        }
        let builtins = Builtin::names();
        let fns = self.model.items.iter().filter_map(|i| match &i.kind {
            ItemKind::Fn { name, .. } => Some(name.to_string()),
            _ => None,
        });
        // Up to 2 edits for names of 6 or more characters, 1 for 5; none for shorter ones,
        // where one edit makes another function (`gelu`, `relu`).
        let allowed = match name.chars().count() {
            0..=4 => 0,
            5 => 1,
            _ => 2,
        };
        let near = builtins
            .iter()
            .map(|b| b.to_string())
            .chain(fns)
            .map(|b| (crate::declare::edit_distance(name, &b), b))
            .filter(|(d, _)| *d <= allowed)
            .min();
        match near {
            Some((_, b)) => format!("; did you mean `{b}`?"),
            None => format!(
                "; the builtins are {}, and a model may define its own with `fn`",
                builtins.join(", ")
            ),
        }
    }

    /// Inlines a user function. With a custom derivative, the call becomes a `Custom` node
    /// whose rule is the derivative lowered over two holes (the argument and the gradient).
    fn user_call(&mut self, e: &Expr, idx: usize, args: &[Expr]) -> Option<Id> {
        let ItemKind::Fn {
            name,
            params,
            body,
            grad,
            nocheck,
        } = &self.model.items[idx].kind
        else {
            return None;
        };
        self.arity(e, &name.to_string(), args, params.len())?;
        let vals: Vec<Option<Id>> = args.iter().map(|a| self.float(a)).collect();
        let vals: Vec<Id> = vals.into_iter().collect::<Option<_>>()?;
        let bind = |ids: &[Id]| -> HashMap<String, Val> {
            params
                .iter()
                .zip(ids)
                .map(|(p, &id)| (p.to_string(), Val::Float(id)))
                .collect()
        };
        self.scope.push(bind(&vals));
        let y = self.float(body);
        self.scope.pop();
        let y = y?;
        let Some((g, gexpr)) = grad else {
            return Some(y);
        };
        // A custom derivative of other than one parameter is reported by `check`.
        let &[x] = &vals[..] else {
            return None;
        };
        let site = self.g.customs.len() as u32;
        let hx = self
            .g
            .push(Op::Hole(2 * site), vec![], self.g.shape(x).to_vec());
        let hg = self
            .g
            .push(Op::Hole(2 * site + 1), vec![], self.g.shape(y).to_vec());
        let mut scope = bind(&[hx]);
        scope.insert(g.to_string(), Val::Float(hg));
        self.scope.push(scope);
        let d = self.float(gexpr);
        self.scope.pop();
        let d = d?;
        // The derivative has the argument's shape; a broadcastable result is broadcast to it.
        let xs = self.g.shape(x).to_vec();
        let ds = self.g.shape(d).to_vec();
        let d = match shape::broadcast(&xs, &ds) {
            Ok((out, map)) if out == xs => self.g.broadcast(d, map, xs.clone()),
            _ => {
                let msg = format!(
                    "the derivative of `{name}` has dims `{}`, but its argument has `{}`",
                    self.dims_text(&ds),
                    self.dims_text(&xs)
                );
                self.diags.error(gexpr.spans, msg);
                return None;
            }
        };
        self.g.customs.push(crate::ir::CustomSite {
            func: name.to_string(),
            nocheck: *nocheck,
            hx,
            hg,
            grad: d,
        });
        let shape = self.g.shape(y).to_vec();
        Some(self.g.push(Op::Custom(site), vec![x, y], shape))
    }

    /// `softmax[C](x)` and `log_softmax[C](x) = x - logsumexp[C](x)`, each one op, computed
    /// through the maximum so that they are accurate at any magnitude.
    fn log_softmax(&mut self, x: Id, axes: Vec<Axis>, exp: bool) -> Id {
        let shape = self.g.shape(x).to_vec();
        let op = if exp {
            Op::Softmax(axes)
        } else {
            Op::LogSoftmax(axes)
        };
        self.g.push(op, vec![x], shape)
    }

    /// `maxpool[F -> P, SIZE](x)`: the maximum of each window of `SIZE` positions along `F`,
    /// `P` in `F`'s place. Lowered as `window_sum(first_max_mask(x) * x)`, so that the
    /// gradient reaches the first maximal element of each window through the rules of the
    /// product and the window sum.
    fn maxpool(
        &mut self,
        e: &Expr,
        dims: Option<&[DimName]>,
        w: usize,
        args: &[Expr],
    ) -> Option<Id> {
        self.arity(e, "maxpool", args, 1)?;
        let names = dims?;
        let (f, p) = (self.dim_named(&names[0])?, self.dim_named(&names[1])?);
        let x = self.float(&args[0])?;
        let xs = self.g.shape(x).to_vec();
        let axis = match shape::axes_of(&xs, &[f]) {
            Ok(axes) => axes[0],
            Err(_) => {
                let msg = format!(
                    "`{e}` pools along `{}`, which `{}` must have exactly once, but its dims are `{}`",
                    names[0].name,
                    args[0],
                    self.dims_text(&xs)
                );
                self.diags.error(e.spans, msg);
                return None;
            }
        };
        if xs.contains(&p) {
            let msg = format!(
                "`{e}`: `{}` already has a dim `{}`; name the pooled dim apart",
                args[0], names[1].name
            );
            self.diags.at(names[1].span, msg);
            return None;
        }
        if let Some(size) = self.decls.dims[f.ix()].fixed.filter(|s| s % w != 0) {
            let msg = format!(
                "`{e}`: `{}` = {size} is not a multiple of the window's {w} positions",
                names[0].name
            );
            self.diags.error(e.spans, msg);
            return None;
        }
        let mask = self.g.push(Op::PoolMask(axis, w), vec![x], xs.clone());
        let picked = self.g.mul(mask, x);
        let mut shape = xs;
        shape[axis.ix()] = p;
        Some(self.g.push(Op::WindowSum(axis, w), vec![picked], shape))
    }

    /// `conv[T](x, k)` with `x: [..., T, I]`, `k: [K, I, O]`, or `conv[T, F](x, k)` with
    /// `x: [..., T, F, I]`, `k: [KT, KF, I, O]`: a convolution over the named dims, the result
    /// `x`'s dims with `O` for `I`.
    fn conv(
        &mut self,
        func: &proc_macro2::Ident,
        dims: Option<&[DimName]>,
        args: &[Expr],
    ) -> Option<Id> {
        let Some(names) = dims.filter(|d| matches!(d.len(), 1 | 2)) else {
            self.diags.at(
                func.span(),
                "`conv` names the one or two dims it runs over: `conv[T](x, k)` with `x: [..., T, I]` \
                 and `k: [K, I, O]`, or `conv[T, F](x, k)` with `x: [..., T, F, I]` and \
                 `k: [KT, KF, I, O]`",
            );
            return None;
        };
        let mut ids = Vec::new();
        for d in names {
            ids.push(self.dim_named(d)?);
        }
        let (x, k) = (self.float(&args[0]), self.float(&args[1]));
        let (x, k) = (x?, k?);
        let (xs, ks) = (self.g.shape(x).to_vec(), self.g.shape(k).to_vec());
        let d = ids.len();
        let over = self.dims_text(&ids);
        let (want_x, want_k) = if d == 1 {
            ("[..., T, I]", "[K, I, O]")
        } else {
            ("[..., T, F, I]", "[KT, KF, I, O]")
        };
        if xs.len() < d + 1 || xs[xs.len() - 1 - d..xs.len() - 1] != ids[..] {
            let msg = format!(
                "`conv{over}`: the input `{}` needs the dims it runs over just before its last \
                 (its input channels), `{want_x}`, but has `{}`",
                args[0],
                self.dims_text(&xs)
            );
            self.diags.error(args[0].spans, msg);
            return None;
        }
        if ks.len() != d + 2 {
            let msg = format!(
                "`conv{over}`: the kernel `{}` needs dims `{want_k}` (taps, input channels, output \
                 channels, read by position), but has `{}`",
                args[1],
                self.dims_text(&ks)
            );
            self.diags.error(args[1].spans, msg);
            return None;
        }
        let cin = xs[xs.len() - 1];
        if ks[d] != cin {
            let msg = format!(
                "`conv{over}`: the kernel `{}` has input channels `{}` (its dims are `{}`), but the \
                 input `{}` has `{}` (its last dim)",
                args[1],
                self.dim_name(ks[d]),
                self.dims_text(&ks),
                args[0],
                self.dim_name(cin)
            );
            self.diags.error(args[1].spans, msg);
            return None;
        }
        for (&tap, &along) in ks[..d].iter().zip(&ids) {
            if let Some(size) = self.decls.dims[tap.ix()].fixed.filter(|s| s % 2 == 0) {
                let msg = format!(
                    "`conv{over}`: the kernel `{}` is `{}` = {size} taps along `{}`, an even size; \
                     \"same\" padding centres the kernel on each position and needs an odd size",
                    args[1],
                    self.dim_name(tap),
                    self.dim_name(along)
                );
                self.diags.error(args[1].spans, msg);
                return None;
            }
        }
        let mut shape = xs.clone();
        let last = shape.len() - 1;
        shape[last] = ks[d + 1];
        Some(self.g.push(Op::Conv(d as u8), vec![x, k], shape))
    }

    /// One of `ctc`'s lengths: an integer input declared `in 0..=DIM`, with its range dim.
    fn ctc_lengths(&mut self, e: &Expr, what: &str) -> Option<(Id, DimId)> {
        match self.expr(e)? {
            Val::Lengths(i, id) => Some((id, self.decls.inputs[i].labels?)),
            Val::Labels(i, _) => {
                let bound = self.decls.inputs[i]
                    .labels
                    .map(|d| self.dim_name(d).to_string());
                let bound = bound.unwrap_or_default();
                self.diags.error(
                    e.spans,
                    format!(
                        "`ctc`'s {what} must be declared `in 0..={bound}` (a length may be all of \
                         `{bound}`), but `{e}` is declared `in 0..{bound}`"
                    ),
                );
                None
            }
            Val::Float(_) => {
                self.diags.error(
                    e.spans,
                    format!(
                        "`ctc`'s {what} must be an integer input declared `input {e}: [N] in \
                         0..=DIM;`, but `{e}` is a float"
                    ),
                );
                None
            }
        }
    }

    /// `ctc(z, y, zlen, ylen)`: per example `-log p(y | z)` summed over alignments, one op whose
    /// kernel runs the forward-backward recursion. `z: [N, T, C]`, `y: [N, L] in 0..C`,
    /// `zlen: [N] in 0..=T`, `ylen: [N] in 0..=L`.
    fn ctc(&mut self, e: &Expr, args: &[Expr]) -> Option<Id> {
        if self.step.is_some() {
            self.diags.error(
                e.spans,
                "`ctc` is a loss over whole sequences and cannot be called inside a scan's step; \
                 call it after the scan, on the stacked scores",
            );
            return None;
        }
        let z = self.float(&args[0]);
        let y = match self.expr(&args[1]) {
            Some(Val::Labels(i, id)) => Some((id, self.decls.inputs[i].labels?)),
            Some(Val::Lengths(i, _)) => {
                self.lengths_misused(&args[1], i, "the targets of `ctc` (`in 0..C`)");
                None
            }
            Some(Val::Float(_)) => {
                self.diags.error(
                    args[1].spans,
                    format!(
                        "the targets of `ctc` must be an integer input (`input {}: [N, L] in 0..C;`), \
                         but `{}` is a float",
                        args[1], args[1]
                    ),
                );
                None
            }
            None => None,
        };
        let zlen = self.ctc_lengths(&args[2], "third argument, the steps' lengths,");
        let ylen = self.ctc_lengths(&args[3], "fourth argument, the targets' lengths,");
        let (z, (y, c), (zlen, t), (ylen, l_range)) = (z?, y?, zlen?, ylen?);
        let ys = self.g.shape(y).to_vec();
        if ys.len() != 2 {
            let msg = format!(
                "`ctc`: the targets `{}` need dims `[N, L]` (examples, target positions), but have `{}`",
                args[1],
                self.dims_text(&ys)
            );
            self.diags.error(args[1].spans, msg);
            return None;
        }
        let (n, l) = (ys[0], ys[1]);
        for (arg, id) in [(&args[2], zlen), (&args[3], ylen)] {
            let s = self.g.shape(id).to_vec();
            if s != [n] {
                let msg = format!(
                    "`ctc`: the lengths `{arg}` need dims `[{}]` (the targets' first dim), but have `{}`",
                    self.dim_name(n),
                    self.dims_text(&s)
                );
                self.diags.error(arg.spans, msg);
                return None;
            }
        }
        if l_range != l {
            let msg = format!(
                "`ctc`: the targets' lengths `{}` range over `0..={}`, but the targets `{}` have `{}` \
                 positions (`{}`); declare `in 0..={}`",
                args[3],
                self.dim_name(l_range),
                args[1],
                self.dim_name(l),
                self.dims_text(&ys),
                self.dim_name(l)
            );
            self.diags.error(args[3].spans, msg);
            return None;
        }
        let zs = self.g.shape(z).to_vec();
        if zs != [n, t, c] {
            let msg = format!(
                "`ctc`: the scores `{}` need dims `[{}, {}, {}]` (the targets' examples, the steps \
                 `{}` counts, the classes the targets range over), but have `{}`{}",
                args[0],
                self.dim_name(n),
                self.dim_name(t),
                self.dim_name(c),
                args[2],
                self.dims_text(&zs),
                if zs.len() == 3 && {
                    let mut a = zs.clone();
                    let mut b = vec![n, t, c];
                    a.sort_unstable();
                    b.sort_unstable();
                    a == b
                } {
                    format!(
                        "; reorder them with `permute[{}, {}, {}]({})`",
                        self.dim_name(n),
                        self.dim_name(t),
                        self.dim_name(c),
                        args[0]
                    )
                } else {
                    String::new()
                }
            );
            self.diags.error(args[0].spans, msg);
            return None;
        }
        Some(self.g.push(Op::Ctc, vec![z, y, zlen, ylen], vec![n]))
    }

    /// `cross_entropy(z, y) = -log_softmax[C](z)[..., y]`, one op: never
    /// `logsumexp[C](z) - z[..., y]`, whose two large terms cancel when the logits are large.
    fn cross_entropy(&mut self, e: &Expr, args: &[Expr]) -> Option<Id> {
        let z = self.float(&args[0]);
        let (labels_input, y) = match self.expr(&args[1]) {
            Some(Val::Labels(i, id)) => (i, id),
            Some(Val::Lengths(i, _)) => {
                self.lengths_misused(&args[1], i, "the labels of `cross_entropy`");
                return None;
            }
            Some(Val::Float(_)) => {
                self.diags.error(
                    args[1].spans,
                    format!(
                        "the labels of `cross_entropy` must be an integer input (`input {}: [...] in 0..C;`)",
                        args[1]
                    ),
                );
                return None;
            }
            None => return None,
        };
        let z = z?;
        let zs = self.g.shape(z).to_vec();
        let ys = self.g.shape(y).to_vec();
        let label_dim = self.decls.inputs[labels_input].labels?;
        if zs.is_empty() || zs[..zs.len() - 1] != ys[..] {
            let msg = format!(
                "`cross_entropy`: logits `{}` have dims `{}`, so labels need dims `{}`, but `{}` has `{}`",
                args[0],
                self.dims_text(&zs),
                self.dims_text(&zs[..zs.len().saturating_sub(1)]),
                args[1],
                self.dims_text(&ys)
            );
            self.diags.error(e.spans, msg);
            return None;
        }
        let c = zs[zs.len() - 1];
        if c != label_dim {
            let msg = format!(
                "`cross_entropy`: the last dim of the logits is `{}`, but the labels `{}` range over `0..{}`",
                self.dim_name(c),
                args[1],
                self.dim_name(label_dim)
            );
            self.diags.error(e.spans, msg);
            return None;
        }
        Some(self.g.push(Op::CrossEntropy, vec![z, y], ys))
    }
}
