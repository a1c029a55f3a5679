//! The IR: a DAG of tensor ops in an arena, children before parents, hash-consed so that equal
//! subexpressions are one node. Shapes are lists of dim ids into `Graph::dims`.

use crate::op::{Binary, Op, Reduce, Unary};
use std::collections::HashMap;
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(pub u32);

impl Id {
    pub fn ix(self) -> usize {
        self.0 as usize
    }
}

/// The forward and backward program: one graph, its loss, each param's gradient and each
/// output. What the gradient check tests and the code generator emits.
pub struct Program {
    pub graph: Graph,
    pub loss: Id,
    /// One per param; `None` where the loss does not reach it.
    pub grads: Vec<Option<Id>>,
    /// `(item index, node)` of every output.
    pub outputs: Vec<(usize, Id)>,
    /// The text form, headed by the node counts before and after simplification.
    pub text: String,
}

/// A dim: its index into `Graph::dims` (and `Decls::dims`). Shapes in the IR are lists of
/// dims, never of sizes; sizes are known only at run time (or from `dim NAME = SIZE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DimId(pub u32);

impl DimId {
    pub fn ix(self) -> usize {
        self.0 as usize
    }
}

/// An axis of a node: a position in its shape. Ops that reorder, repeat or reduce axes name
/// them by these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Axis(pub usize);

impl Axis {
    pub fn ix(self) -> usize {
        self.0
    }

    /// The positions of `axes`, for code that indexes arrays by them.
    pub fn positions(axes: &[Axis]) -> Vec<usize> {
        axes.iter().map(|a| a.0).collect()
    }

    /// The axes of a rank-`rank` node, in order.
    pub fn all(rank: usize) -> impl DoubleEndedIterator<Item = Axis> {
        (0..rank).map(Axis)
    }
}

#[derive(Clone, Debug)]
pub struct Node {
    pub op: Op,
    pub args: Vec<Id>,
    /// The node's dims, one per axis.
    pub shape: Vec<DimId>,
}

#[derive(Clone, Debug)]
pub struct DimInfo {
    pub name: String,
    /// Fixed at compile time by `dim NAME = SIZE;`.
    pub fixed: Option<usize>,
}

/// The names of the leaves, for the text form.
#[derive(Clone, Debug, Default)]
pub struct LeafNames {
    pub params: Vec<String>,
    pub inputs: Vec<String>,
    pub labels: Vec<String>,
    pub hypers: Vec<String>,
    pub noises: Vec<String>,
}

/// A call site of a function with a custom derivative: the template `grad`, written in terms
/// of the holes `hx` (the argument) and `hg` (the incoming gradient).
#[derive(Clone, Debug)]
pub struct CustomSite {
    pub func: String,
    pub nocheck: bool,
    pub hx: Id,
    pub hg: Id,
    pub grad: Id,
}

/// A recurrence over one dim (`scan t in T { ... }`), or the reverse loop of one's gradient.
///
/// A scan lives in the graph it belongs to. Its body is the nodes that depend on its step
/// leaves: `CarryIn(s, k)`, the value of carry `k` when a step begins, and `Step(s, axis)`,
/// the step's slice of an outer value. Everything else a body reads is outer, computed once
/// before the loop. The `Scan(s)` node's args are the carries' initial values, their new
/// values (body nodes, or outer ones), then the emits' values; `ScanOut(k)` of it is final
/// carry `k`, then the stacked emits (`[T, ...]`, index `t` at step `t` in either direction),
/// then each carry's value at the start of every step, stacked alike (what the backward loop
/// reads).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanInfo {
    pub dim: DimId,
    /// Last step first.
    pub rev: bool,
    pub carries: usize,
    pub emits: usize,
    /// How many of the emits, the last ones, the gradient added for a reverse scan to read
    /// (the step's products, kept rather than computed again).
    pub kept: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub customs: Vec<CustomSite>,
    pub scans: Vec<ScanInfo>,
    /// Each scan's step as a graph of its own, once `scan::split` has taken the bodies out
    /// (empty before).
    pub bodies: Vec<crate::scan::Body>,
    pub dims: Vec<DimInfo>,
    pub names: LeafNames,
    memo: HashMap<(Op, Vec<Id>, Vec<DimId>), Id>,
}

impl Graph {
    pub fn new(dims: Vec<DimInfo>, names: LeafNames) -> Self {
        Graph {
            dims,
            names,
            ..Graph::default()
        }
    }

    pub fn node(&self, id: Id) -> &Node {
        &self.nodes[id.ix()]
    }

    pub fn shape(&self, id: Id) -> &[DimId] {
        &self.nodes[id.ix()].shape
    }

    pub fn rank(&self, id: Id) -> usize {
        self.nodes[id.ix()].shape.len()
    }

    /// Adds a node, or returns the equal node that exists.
    pub fn push(&mut self, op: Op, args: Vec<Id>, shape: Vec<DimId>) -> Id {
        let key = (op, args, shape);
        if let Some(&id) = self.memo.get(&key) {
            return id;
        }
        let id = Id(self.nodes.len() as u32);
        self.nodes.push(Node {
            op: key.0.clone(),
            args: key.1.clone(),
            shape: key.2.clone(),
        });
        self.memo.insert(key, id);
        id
    }

    pub fn konst(&mut self, v: f64, shape: Vec<DimId>) -> Id {
        self.push(Op::Const(v.to_bits()), vec![], shape)
    }

    pub fn const_value(&self, id: Id) -> Option<f64> {
        match self.node(id).op {
            Op::Const(bits) => Some(f64::from_bits(bits)),
            _ => None,
        }
    }

    pub fn zeros_like(&mut self, id: Id) -> Id {
        let s = self.shape(id).to_vec();
        self.konst(0.0, s)
    }

    pub fn unary(&mut self, u: Unary, a: Id) -> Id {
        let s = self.shape(a).to_vec();
        self.push(Op::Unary(u), vec![a], s)
    }

    pub fn binary(&mut self, b: Binary, x: Id, y: Id) -> Id {
        debug_assert_eq!(
            self.shape(x),
            self.shape(y),
            "binary {b:?} on different shapes"
        );
        let s = self.shape(x).to_vec();
        self.push(Op::Binary(b), vec![x, y], s)
    }

    pub fn add(&mut self, x: Id, y: Id) -> Id {
        self.binary(Binary::Add, x, y)
    }

    pub fn mul(&mut self, x: Id, y: Id) -> Id {
        self.binary(Binary::Mul, x, y)
    }

    /// `x * c` for a constant `c`.
    pub fn scale(&mut self, x: Id, c: f64) -> Id {
        let s = self.shape(x).to_vec();
        let k = self.konst(c, s);
        self.mul(x, k)
    }

    pub fn select(&mut self, cmp: crate::ast::CmpOp, a: Id, b: Id, x: Id, y: Id) -> Id {
        let s = self.shape(a).to_vec();
        self.push(Op::Select(cmp), vec![a, b, x, y], s)
    }

    /// Places axis i of `a` at `map[i]` of `shape`; the identity returns `a`.
    pub fn broadcast(&mut self, a: Id, map: Vec<Axis>, shape: Vec<DimId>) -> Id {
        let identity =
            map.len() == shape.len() && map.iter().enumerate().all(|(i, &m)| m == Axis(i));
        if identity {
            return a;
        }
        self.push(Op::Broadcast(map), vec![a], shape)
    }

    pub fn transpose(&mut self, a: Id, perm: Vec<Axis>) -> Id {
        if perm.iter().enumerate().all(|(i, &p)| p == Axis(i)) {
            return a;
        }
        let s: Vec<DimId> = perm.iter().map(|&p| self.shape(a)[p.ix()]).collect();
        self.push(Op::Transpose(perm), vec![a], s)
    }

    pub fn reduce(&mut self, r: Reduce, a: Id, axes: Vec<Axis>) -> Id {
        if axes.is_empty() {
            return a;
        }
        let s: Vec<DimId> = Axis::all(self.rank(a))
            .filter(|i| !axes.contains(i))
            .map(|i| self.shape(a)[i.ix()])
            .collect();
        self.push(Op::Reduce(r, axes), vec![a], s)
    }

    /// Sums `g` over the output axes that a broadcast `map` created, then orders the remaining
    /// axes as the broadcast's input had them: the transpose of `broadcast`.
    pub fn unbroadcast(&mut self, g: Id, map: &[Axis]) -> Id {
        let axes: Vec<Axis> = Axis::all(self.rank(g))
            .filter(|o| !map.contains(o))
            .collect();
        let summed = self.reduce(Reduce::Sum, g, axes);
        // After the sum, the kept axes are in increasing output order.
        let mut kept: Vec<Axis> = map.to_vec();
        kept.sort_unstable();
        let perm: Vec<Axis> = map
            .iter()
            .map(|m| Axis(kept.iter().position(|k| k == m).unwrap_or(0)))
            .collect();
        self.transpose(summed, perm)
    }

    pub fn size(&mut self, dims: Vec<DimId>) -> Id {
        if dims.iter().all(|&d| self.dims[d.ix()].fixed.is_some()) {
            let n: usize = dims
                .iter()
                .map(|&d| self.dims[d.ix()].fixed.unwrap_or(1))
                .product();
            return self.konst(n as f64, vec![]);
        }
        self.push(Op::Size(dims), vec![], vec![])
    }

    /// Copies the template under `root`, with each hole replaced by its node in `subst`.
    pub fn instantiate(&mut self, root: Id, subst: &[(Id, Id)]) -> Id {
        let live = self.reachable([root]);
        let mut map: HashMap<Id, Id> = subst.iter().copied().collect();
        for (i, &is_live) in live.iter().enumerate().take(root.ix() + 1) {
            let id = Id(i as u32);
            if !is_live || map.contains_key(&id) {
                continue;
            }
            let n = self.nodes[i].clone();
            let args: Vec<Id> = n
                .args
                .iter()
                .map(|a| map.get(a).copied().unwrap_or(*a))
                .collect();
            let new = if args == n.args {
                id
            } else {
                self.push(n.op, args, n.shape)
            };
            map.insert(id, new);
        }
        map.get(&root).copied().unwrap_or(root)
    }

    fn shape_text(&self, shape: &[DimId]) -> String {
        let names: Vec<&str> = shape
            .iter()
            .map(|&d| self.dims[d.ix()].name.as_str())
            .collect();
        format!("[{}]", names.join(","))
    }

    fn labels_text(idx: &[u8]) -> String {
        idx.iter().map(|&i| (b'a' + i % 26) as char).collect()
    }

    /// One node in the text form, e.g. `%4 = add %2 %3`.
    pub fn op_text(&self, id: Id) -> String {
        let n = self.node(id);
        let args: Vec<String> = n.args.iter().map(|a| format!("%{}", a.0)).collect();
        let args = args.join(" ");
        let dims = |ds: &[DimId]| {
            ds.iter()
                .map(|&d| self.dims[d.ix()].name.clone())
                .collect::<Vec<_>>()
                .join(",")
        };
        let list = |xs: &[Axis]| {
            xs.iter()
                .map(|x| x.0.to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        match &n.op {
            Op::Param(i) => format!("param {}", self.names.params[*i]),
            Op::Input(i) => format!("input {}", self.names.inputs[*i]),
            Op::Labels(i) => format!("labels {}", self.names.labels[*i]),
            Op::Noise(i) => format!("noise {}", self.names.noises[*i]),
            Op::Hyper(i) => format!("hyper {}", self.names.hypers[*i]),
            Op::Const(bits) => format!("const {}", f64::from_bits(*bits)),
            Op::Size(ds) => format!("size[{}]", dims(ds)),
            Op::Unary(u) => format!("{} {args}", u.name()),
            Op::Binary(b) => format!("{} {args}", b.name()),
            Op::Select(c) => format!("select[{}] {args}", c.symbol()),
            Op::Broadcast(m) => format!("broadcast[{}] {args}", list(m)),
            Op::Transpose(p) => format!("transpose[{}] {args}", list(p)),
            Op::Reduce(r, axes) => format!("{}[{}] {args}", r.name(), list(axes)),
            Op::ArgMask(max, axes) => {
                format!(
                    "arg{}mask[{}] {args}",
                    if *max { "max" } else { "min" },
                    list(axes)
                )
            }
            Op::Softmax(axes) => format!("softmax[{}] {args}", list(axes)),
            Op::LogSoftmax(axes) => format!("log_softmax[{}] {args}", list(axes)),
            Op::Contract { a, b, out } => format!(
                "contract[{},{}->{}] {args}",
                Self::labels_text(a),
                Self::labels_text(b),
                Self::labels_text(out)
            ),
            Op::CrossEntropy => format!("cross_entropy {args}"),
            Op::CrossEntropyGrad => format!("cross_entropy_grad {args}"),
            Op::Ctc => format!("ctc {args}"),
            Op::CtcGrad => format!("ctc_grad {args}"),
            Op::Conv(n) => format!("conv[{n}] {args}"),
            Op::ConvData(n) => format!("conv_data_grad[{n}] {args}"),
            Op::ConvKernel(n) => format!("conv_kernel_grad[{n}] {args}"),
            Op::PoolMask(a, w) => format!("pool_mask[{}/{w}] {args}", a.0),
            Op::WindowSum(a, w) => format!("window_sum[{}/{w}] {args}", a.0),
            Op::Repeat(a, w) => format!("repeat[{}*{w}] {args}", a.0),
            Op::Gather => format!("gather {args}"),
            Op::ScatterAdd => format!("scatter_add {args}"),
            Op::OneHot => format!("onehot {args}"),
            Op::Slice(axis, at) => format!("slice[{}={at}] {args}", axis.0),
            Op::Unslice(axis, at) => {
                let at: Vec<String> = at.iter().map(|k| k.to_string()).collect();
                format!("unslice[{}={}] {args}", axis.0, at.join(","))
            }
            Op::CarryIn(s, k) => format!("carry_in[{s}.{k}]"),
            Op::Step(s, axis) => format!("step[{s}@{}] {args}", axis.0),
            Op::Scan(s) => {
                let info = &self.scans[*s as usize];
                format!(
                    "scan[{s}{} over {}: {} carries, {} emits] {args}",
                    if info.rev { " rev" } else { "" },
                    self.dims[info.dim.ix()].name,
                    info.carries,
                    info.emits
                )
            }
            Op::ScanOut(k) => format!("scan_out[{k}] {args}"),
            Op::Custom(i) => format!("custom {} {args}", self.customs[*i as usize].func),
            Op::Hole(i) => format!("hole {i}"),
        }
    }

    /// The text form of the nodes reachable from `roots`, one line per node with its shape,
    /// then the roots by name.
    pub fn text(&self, roots: &[(String, Id)]) -> String {
        let live = self.reachable(roots.iter().map(|r| r.1));
        let mut out = String::new();
        for (i, n) in self.nodes.iter().enumerate() {
            if !live[i] {
                continue;
            }
            let ty = if matches!(n.op, Op::Labels(_)) {
                "u"
            } else {
                "f"
            };
            let _ = writeln!(
                out,
                "%{i}: {ty}{} = {}",
                self.shape_text(&n.shape),
                self.op_text(Id(i as u32))
            );
        }
        for (name, id) in roots {
            let _ = writeln!(out, "{name} = %{}", id.0);
        }
        out
    }

    /// Adds `value`, a value of the body of the scan node `scan`, to the scan's emits; returns
    /// its emit number. The scan's stacked carries move up one output number: nothing may
    /// read them yet.
    pub fn append_emit(&mut self, scan: Id, value: Id) -> usize {
        let node = self.nodes[scan.ix()].clone();
        let Op::Scan(s) = node.op else {
            unreachable!("append_emit on a scan node")
        };
        self.memo
            .remove(&(node.op.clone(), node.args.clone(), node.shape.clone()));
        self.nodes[scan.ix()].args.push(value);
        let node = &self.nodes[scan.ix()];
        self.memo.insert(
            (node.op.clone(), node.args.clone(), node.shape.clone()),
            scan,
        );
        let info = &mut self.scans[s as usize];
        info.emits += 1;
        info.kept += 1;
        info.emits - 1
    }

    /// For each node, the scan whose body it belongs to: the scans' step leaves and what
    /// depends on them, up to (not including) the scan's own node.
    pub fn scan_of(&self) -> Vec<Option<u32>> {
        let mut of: Vec<Option<u32>> = vec![None; self.nodes.len()];
        for (i, n) in self.nodes.iter().enumerate() {
            of[i] = match n.op {
                Op::CarryIn(s, _) | Op::Step(s, _) => Some(s),
                Op::Scan(_) | Op::ScanOut(_) => None,
                _ => n.args.iter().find_map(|a| of[a.ix()]),
            };
        }
        of
    }

    /// The body of scan node `scan` (of scan `s`): the nodes `of` (from [`Graph::scan_of`])
    /// puts in it that its new carries and emits need, in node order.
    pub fn scan_body(&self, scan: Id, s: u32, of: &[Option<u32>]) -> Vec<usize> {
        let c = self.scans[s as usize].carries;
        let live = self.reachable(self.node(scan).args[c..].iter().copied());
        (0..self.nodes.len())
            .filter(|&i| live[i] && of[i] == Some(s))
            .collect()
    }

    /// Which nodes the roots depend on.
    pub fn reachable(&self, roots: impl IntoIterator<Item = Id>) -> Vec<bool> {
        let mut live = vec![false; self.nodes.len()];
        let mut stack: Vec<Id> = roots.into_iter().collect();
        while let Some(id) = stack.pop() {
            if !live[id.ix()] {
                live[id.ix()] = true;
                stack.extend(self.node(id).args.iter().copied());
            }
        }
        live
    }
}
