//! Code for a fused schedule: loop nests over slices for the loops, calls for the kernels.
//! Values live in one of a few homes; every read goes through `read`, every write through the
//! member's home or destination.

use crate::ast::CmpOp;
use crate::ir::{Axis, DimId, Graph, Id};
use crate::op::{Binary, Emit, Op, Precision, Reduce, Unary};
use crate::schedule::{
    class, defined, fuse, pairs, resolve, row_passes, Class, DualPass, Fused, Group, Pair,
    PairKind, RowPass, Step,
};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashMap;

/// Where a node's value lives while a method runs.
#[derive(Clone, Debug)]
pub enum Home {
    /// A slice of the caller's memory (params and inputs, in standard layout).
    Leaf(Ident),
    /// A local float.
    Scalar(Ident),
    /// A literal.
    Const(f64),
    /// A workspace buffer.
    Buf(Ident),
    /// The destination of a root (a mutable slice).
    Dest(Ident),
}

pub struct Method<'a> {
    g: &'a Graph,
    rt: TokenStream,
    pub fused: Fused,
    homes: HashMap<Id, Home>,
    /// Where each loop member is written, if anywhere.
    targets: HashMap<Id, Ident>,
    /// Workspace buffers, one per slot: `(first node, slot)`. Nodes whose lifetimes do not
    /// overlap share a slot, under the name of its first node.
    pub buffers: Vec<(Id, usize)>,
    /// Roots computed elsewhere first, then copied to these destinations.
    extra_dests: Vec<(Id, Ident)>,
    /// Leaves the method reads: `(node, slice variable)`.
    pub leaves: Vec<(Id, Ident)>,
    /// Per dim, its size when `dim` fixes it.
    pub fixed: Vec<Option<usize>>,
    /// Per step, the later loop that runs as its epilogue if the step is a matrix product whose
    /// result only that loop reads, elementwise, storing one value (see [`epilogues`]): the loop
    /// then runs as the product's epilogue (`product::gemm_then`), writing that value where the
    /// product writes.
    then: Vec<Option<(usize, Id)>>,
    /// Per step, the row pass that starts there (see [`RowPass`]).
    passes: Vec<Option<RowPass>>,
    /// Per step, the pair of steps that starts there (see [`Pair`]).
    pairs: Vec<Option<Pair>>,
    /// Params that only loops and scalar steps read: each read flushes a subnormal value to zero
    /// (`subnormal::flush`), so the method needs no pass over them first. Params that a kernel
    /// reads from memory (a product, a row kernel, a copy to a destination) are passed over
    /// first (`subnormal::Flushed`).
    pub flush_reads: Vec<Id>,
    /// The precision the method computes in. In `f64` (the loss `gradcheck` differentiates) it
    /// runs the same loops, and every kernel through the runtime's general kernels: no product
    /// epilogues, row passes or flushing of subnormals.
    precision: Precision,
    /// The first workspace slot the method takes: 0, or past the slots of the method a scan's
    /// step runs inside.
    slot_base: usize,
    /// Per scan node the method runs, the method of one step (of the scan's body graph) and
    /// the first workspace slot of its carries.
    scans: HashMap<Id, (Method<'a>, usize)>,
    /// In a scan's step, the products whose right operand is the same at every step (a
    /// recurrent weight), each with the workspace slot of that operand packed once per call
    /// before the loop (`product::pack_right`, `product::gemm_packed`).
    prepacked: Vec<(Id, usize)>,
    /// In a scan's step, per step of it: true when what the step computes only feeds new
    /// carries whose final values nothing reads, so that the scan's last step skips it (the
    /// reverse loop's product for the adjoint of an initial state that is an input).
    not_last: Vec<bool>,
}

/// What `PROGRAM` calls a kernel step.
fn kernel_name(op: &Op) -> &'static str {
    match op {
        Op::Contract { .. } => "product",
        Op::Reduce(r, _) => r.name(),
        Op::ArgMask(true, _) => "argmax mask",
        Op::ArgMask(false, _) => "argmin mask",
        Op::Softmax(_) => "softmax",
        Op::LogSoftmax(_) => "log_softmax",
        Op::CrossEntropy => "cross_entropy",
        Op::CrossEntropyGrad => "cross_entropy_grad",
        Op::Ctc => "ctc",
        Op::CtcGrad => "ctc_grad",
        Op::Conv(_) => "conv",
        Op::ConvData(_) => "conv_data_grad",
        Op::ConvKernel(_) => "conv_kernel_grad",
        Op::PoolMask(..) => "pool mask",
        Op::WindowSum(..) => "window sum",
        Op::Repeat(..) => "repeat",
        Op::Gather => "gather",
        Op::ScatterAdd => "scatter_add",
        Op::OneHot => "onehot",
        Op::Slice(..) => "slice",
        Op::Unslice(..) => "unslice",
        Op::CarryIn(..) | Op::Step(..) | Op::Scan(_) | Op::ScanOut(_) => "scan",
        Op::Param(_)
        | Op::Input(_)
        | Op::Noise(_)
        | Op::Labels(_)
        | Op::Hyper(_)
        | Op::Const(_)
        | Op::Size(_)
        | Op::Unary(_)
        | Op::Binary(_)
        | Op::Select(_)
        | Op::Broadcast(_)
        | Op::Transpose(_)
        | Op::Custom(_)
        | Op::Hole(_) => "kernel",
    }
}

fn lit32(v: f64) -> TokenStream {
    let v = v as f32;
    if v.is_nan() {
        quote!(f32::NAN)
    } else if v.is_infinite() {
        if v > 0.0 {
            quote!(f32::INFINITY)
        } else {
            quote!(f32::NEG_INFINITY)
        }
    } else {
        let l = Literal::f32_suffixed(v);
        quote!(#l)
    }
}

fn lit64(v: f64) -> TokenStream {
    if v.is_nan() {
        quote!(f64::NAN)
    } else if v.is_infinite() {
        if v > 0.0 {
            quote!(f64::INFINITY)
        } else {
            quote!(f64::NEG_INFINITY)
        }
    } else {
        let l = Literal::f64_suffixed(v);
        quote!(#l)
    }
}

/// The local holding a dim's size in generated code, `__dN`.
pub fn dim_var(d: DimId) -> Ident {
    format_ident!("__d{}", d.0)
}

/// The element count of a shape.
pub fn count(shape: &[DimId]) -> TokenStream {
    if shape.is_empty() {
        return quote!(1usize);
    }
    let mut it = shape.iter().map(|&d| dim_var(d));
    let first = it.next();
    quote!((#first #(* #it)*))
}

/// The number of elements of a shape, as an expression (1 for no dims).
pub fn size(shape: &[DimId]) -> TokenStream {
    if shape.is_empty() {
        quote!(1usize)
    } else {
        count(shape)
    }
}

/// The variable a scan step writes root `k` of its body to (`c` carries first, then emits).
fn scan_root_var(k: usize, c: usize) -> Ident {
    if k < c {
        format_ident!("__scan_new{}", k)
    } else {
        format_ident!("__scan_emit{}", k - c)
    }
}

/// The `ScanOut` nodes of scan node `scan` that `kept` keeps: `(output index, node)`, in
/// output order.
fn scan_outputs(g: &Graph, scan: Id, kept: impl Fn(Id) -> bool) -> Vec<(usize, Id)> {
    let mut out: Vec<(usize, Id)> = g
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n.op {
            Op::ScanOut(k) if n.args[0] == scan && kept(Id(i as u32)) => {
                Some((k as usize, Id(i as u32)))
            }
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out
}

/// Products with every size fixed by `dim` and at most this many multiply-adds are inlined with
/// their sizes as constants (`product::gemm_fixed`).
const SMALL_FIXED: usize = 4096;

/// Row-major strides of a shape, one expression per axis.
fn strides(shape: &[DimId]) -> Vec<TokenStream> {
    (0..shape.len()).map(|j| count(&shape[j + 1..])).collect()
}

/// A contraction as one strided matrix product, as expressions: the sizes `m`, `n`, `k`, and the
/// row and column strides of `a`, `b` and the result.
struct Strided {
    sizes: [TokenStream; 3],
    strides: [[TokenStream; 2]; 3],
}

/// How a contraction runs: as a strided matrix product (`plan`, when each index group is
/// contiguous in its operand and in the output), of sizes fixed by `dim` (`small`, `m, n, k`),
/// with the operands' slices and sources (`asl`, `bsl`, `sa`, `sb`) and, per operand axis, its
/// source axis (`xa`, `xb`); `vector` when a side of the product has size 1.
struct ProductPlan {
    plan: Option<Strided>,
    small: Option<(usize, usize, usize)>,
    asl: TokenStream,
    bsl: TokenStream,
    sa: Id,
    sb: Id,
    xa: Vec<usize>,
    xb: Vec<usize>,
    vector: bool,
}

/// Steps that run as one call (see [`Method::joined`]).
enum Joined {
    Pass(RowPass, TokenStream),
    Pair(Pair, TokenStream),
}

/// A read in a loop: a source in memory and, per axis of the loop's space, its stride there.
struct Access {
    src: Id,
    map: Vec<usize>,
    per_axis: Vec<Option<TokenStream>>,
    /// Along the last axis: stride 1 (`Some(true)`), 0 (`Some(false)`), or another (`None`).
    inner: Option<bool>,
    /// The offset of the first element read, when a slice holds axes of the source
    /// (`x[G = k]` read in place: `k` strides of `G` in).
    base: Option<TokenStream>,
}

impl Access {
    /// `off` moved by the read's base.
    fn at(&self, off: TokenStream) -> TokenStream {
        match &self.base {
            Some(b) => quote!((#off + #b)),
            None => off,
        }
    }
}

/// The value of read `k` of a loop at its current element.
fn raw_read(k: usize, a: &Access) -> TokenStream {
    let rv = format_ident!("__r{}", k);
    match a.inner {
        Some(true) => quote!(#rv[__i]),
        Some(false) => quote!(#rv),
        None => {
            let (o, s) = (format_ident!("__o{}", k), format_ident!("__st{}", k));
            quote!(#rv[#o + __ig * #s])
        }
    }
}

/// The workspace slot of each of `buffers` (nodes in memory, in arena order): a node takes the
/// slot of a node of the same shape that no step from its own on reads, or a new slot. Each step
/// takes its buffers before any it reads is handed on, so a step never writes where it reads.
/// Fewer, reused buffers keep a step's data in cache: W3's backward pass writes its masked
/// gradient where the ReLU's input was, instead of in a fourth 128 KB array.
fn share_slots(
    g: &Graph,
    fused: &Fused,
    buffers: &[Id],
    roots: &[Id],
    early: &[(Id, usize)],
) -> Vec<usize> {
    let n = g.nodes.len();
    let end = fused.steps.len();
    let mut def = vec![end; n];
    let mut last = vec![0usize; n];
    for (s, step) in fused.steps.iter().enumerate() {
        for d in defined(step) {
            def[d.ix()] = def[d.ix()].min(s);
            last[d.ix()] = last[d.ix()].max(s);
            for &a in &g.node(d).args {
                let (src, _) = fused.read(g, d, a);
                last[src.ix()] = last[src.ix()].max(s);
            }
        }
    }
    for &r in roots {
        let (src, _) = fused.source(g, r);
        last[r.ix()] = end;
        last[src.ix()] = end;
    }
    for &(id, s) in early {
        def[id.ix()] = def[id.ix()].min(s);
    }
    // Slots: shape, and the step after which their current node is no longer read.
    let mut slots: Vec<(&[DimId], usize)> = Vec::new();
    let mut order: Vec<usize> = (0..buffers.len()).collect();
    order.sort_by_key(|&b| def[buffers[b].ix()]);
    let mut out = vec![0; buffers.len()];
    for b in order {
        let id = buffers[b];
        let (shape, from) = (g.shape(id), def[id.ix()]);
        let free = slots
            .iter()
            .position(|&(sh, until)| sh == shape && until < from);
        let slot = free.unwrap_or_else(|| {
            slots.push((shape, 0));
            slots.len() - 1
        });
        slots[slot].1 = last[id.ix()].max(from);
        out[b] = slot;
    }
    out
}

/// Per step, the later loop that runs as its epilogue and the loop's stored member, if any: the
/// step is a matrix product (rank 2, its rows from the first operand, its columns from the
/// second: the epilogue's rows are the product's) read by nothing but that loop's members, and
/// the loop is over the product's dims,
/// of elementwise members only, exactly one of them stored, reading nothing computed after the
/// product, so that it can run with the product. Its sums, if any, must read only the stored
/// member or memory: they stay a loop of their own, in the loop's place, over what the
/// epilogue stored (W3's bias gradient, over the masked gradient).
fn epilogues(
    g: &Graph,
    fused: &Fused,
    targets: &HashMap<Id, Ident>,
    roots: &[Id],
) -> Vec<Option<(usize, Id)>> {
    let steps = &fused.steps;
    let mut def: Vec<Option<usize>> = vec![None; g.nodes.len()];
    for (s, step) in steps.iter().enumerate() {
        for d in defined(step) {
            def[d.ix()] = Some(s);
        }
    }
    (0..steps.len())
        .map(|s| {
            let Step::Kernel(p) = steps[s] else {
                return None;
            };
            let Op::Contract { a, b, out } = &g.node(p).op else {
                return None;
            };
            let (from_a, from_b) = (|l: &u8| a.contains(l), |l: &u8| b.contains(l));
            if out.len() != 2
                || !from_a(&out[0])
                || from_b(&out[0])
                || !from_b(&out[1])
                || from_a(&out[1])
                || fused.copies[p.ix()]
                || roots.iter().any(|&r| fused.source(g, r).0 == p)
            {
                return None;
            }
            // Every read of the product: in one loop, by its members, directly.
            let mut at = None;
            for (q, step) in steps.iter().enumerate() {
                for d in defined(step) {
                    for &x in &g.node(d).args {
                        if fused.read(g, d, x).0 != p {
                            continue;
                        }
                        let member = matches!(step, Step::Loop(gr) if gr.members.contains(&d));
                        if x != p || !member || at.is_some_and(|t| t != q) {
                            return None;
                        }
                        at = Some(q);
                    }
                }
            }
            let q = at?;
            let Step::Loop(gr) = &steps[q] else {
                return None;
            };
            let mut stored = gr.members.iter().filter(|m| targets.contains_key(m));
            let (Some(&t), None) = (stored.next(), stored.next()) else {
                return None;
            };
            let early = |x: Id| {
                let src = resolve(g, x).0;
                src == p || gr.members.contains(&src) || def[src.ix()].is_none_or(|d| d < s)
            };
            let sums_read_memory = gr.sums.iter().all(|&sm| {
                let (src, _) = resolve(g, g.node(sm).args[0]);
                !gr.members.contains(&src) || targets.contains_key(&src)
            });
            let ok = gr.space.as_slice() == g.shape(p)
                && gr.members.iter().all(|&m| class(g, m) == Class::Elem)
                && gr
                    .members
                    .iter()
                    .all(|&m| g.node(m).args.iter().all(|&x| early(x)))
                && sums_read_memory;
            ok.then_some((q, t))
        })
        .collect()
}

impl<'a> Method<'a> {
    /// Plans a method computing `roots`; `dests` names the destination slice of each root of
    /// rank 1 or more (the caller defines them as `&mut [f32]`).
    pub fn new(
        g: &'a Graph,
        roots: &[Id],
        dests: &[(Id, Ident)],
        rt: TokenStream,
        precision: Precision,
    ) -> Self {
        let mut fused = fuse(g, roots);
        let mut passes = vec![None; fused.steps.len()];
        if precision == Precision::F32 {
            for pass in row_passes(g, &mut fused, roots) {
                passes[pass.at] = Some(pass);
            }
        }
        let mut paired = vec![None; fused.steps.len()];
        if precision == Precision::F32 {
            for pair in pairs(g, &mut fused, &mut passes) {
                paired[pair.at] = Some(pair);
            }
        }
        let live = g.reachable(roots.iter().copied());
        let mut root_dest: HashMap<Id, Ident> = HashMap::new();
        let mut extra_dests = Vec::new();
        for (r, v) in dests {
            if root_dest.contains_key(r) {
                extra_dests.push((*r, v.clone()));
            } else {
                root_dest.insert(*r, v.clone());
            }
        }
        let mut homes: HashMap<Id, Home> = HashMap::new();
        let mut targets: HashMap<Id, Ident> = HashMap::new();
        let mut buffers = Vec::new();
        let mut leaves = Vec::new();
        for (i, node) in g.nodes.iter().enumerate() {
            let id = Id(i as u32);
            if !live[i] {
                continue;
            }
            let c = class(g, id);
            let copied = fused.copies[i];
            let memory = |buffers: &mut Vec<Id>, root_dest: &mut HashMap<Id, Ident>| match root_dest
                .remove(&id)
            {
                Some(v) => Home::Dest(v),
                None => {
                    buffers.push(id);
                    Home::Buf(format_ident!("__b{}", i))
                }
            };
            let home = if c == Class::Leaf {
                let v = format_ident!("__l{}", i);
                leaves.push((id, v.clone()));
                if copied {
                    if let Some(d) = root_dest.remove(&id) {
                        targets.insert(id, d);
                    }
                }
                Home::Leaf(v)
            } else if let (Op::Const(bits), false) = (&node.op, copied) {
                Home::Const(f64::from_bits(*bits))
            } else if c == Class::View && !copied {
                // Read through to its source, of any rank (a custom derivative's value is its
                // body's).
                continue;
            } else if node.shape.is_empty() {
                Home::Scalar(format_ident!("__s{}", i))
            } else if copied
                || matches!(c, Class::Sum | Class::Kernel)
                || (c == Class::Elem && fused.stored[i])
            {
                memory(&mut buffers, &mut root_dest)
            } else {
                continue;
            };
            if let Home::Buf(v) | Home::Dest(v) = &home {
                if matches!(c, Class::Elem | Class::View | Class::Scalar) {
                    targets.insert(id, v.clone());
                }
            }
            homes.insert(id, home);
        }
        let then = match precision {
            Precision::F32 => epilogues(g, &fused, &targets, roots),
            Precision::F64 => vec![None; fused.steps.len()],
        };
        // The stored value of an epilogue is written by its product, at the product's step.
        let mut early: Vec<(Id, usize)> = then
            .iter()
            .enumerate()
            .filter_map(|(s, e)| e.map(|(_, t)| (t, s)))
            .collect();
        // A row pass writes its loop's values and its second product while its first product
        // still reads: all of them are written at the first product's step.
        for pass in passes.iter().flatten() {
            early.push((pass.back, pass.at));
            early.extend(
                defined(&fused.steps[pass.at + 1])
                    .into_iter()
                    .map(|m| (m, pass.at)),
            );
        }
        // A pair writes both its nodes at the first one's step.
        for pair in paired.iter().flatten() {
            early.extend(pair.outputs().map(|o| (o, pair.at)));
        }
        // A scan writes its outputs (final carries, stacked emits) at its own step.
        for (si, step) in fused.steps.iter().enumerate() {
            if let Step::Kernel(scan) = step {
                if matches!(g.node(*scan).op, Op::Scan(_)) {
                    early.extend(
                        scan_outputs(g, *scan, |o| live[o.ix()])
                            .into_iter()
                            .map(|(_, o)| (o, si)),
                    );
                }
            }
        }
        // Buffers whose values are no longer needed hand their memory on: a node shares the
        // variable of the first node in its slot.
        let slots = share_slots(g, &fused, &buffers, roots, &early);
        let mut firsts: Vec<Option<Id>> = Vec::new();
        for (&id, &slot) in buffers.iter().zip(&slots) {
            if firsts.len() <= slot {
                firsts.resize(slot + 1, None);
            }
            let first = *firsts[slot].get_or_insert(id);
            if first != id {
                let v = format_ident!("__b{}", first.0);
                homes.insert(id, Home::Buf(v.clone()));
                if let Some(t) = targets.get_mut(&id) {
                    *t = v;
                }
            }
        }
        let buffers = firsts
            .into_iter()
            .enumerate()
            .map(|(slot, id)| (id.expect("every slot has a first node"), slot))
            .collect();
        let mut in_memory = vec![false; g.nodes.len()];
        for step in &fused.steps {
            if let Step::Kernel(k) = step {
                for &a in &g.node(*k).args {
                    in_memory[fused.read(g, *k, a).0.ix()] = true;
                }
            }
        }
        for &r in roots {
            in_memory[fused.source(g, r).0.ix()] = true;
        }
        let flush_reads = leaves
            .iter()
            .map(|&(id, _)| id)
            .filter(|&id| matches!(g.node(id).op, Op::Param(_)) && !in_memory[id.ix()])
            .filter(|_| precision == Precision::F32)
            .collect();
        Method {
            g,
            rt,
            fused,
            homes,
            targets,
            buffers,
            extra_dests,
            leaves,
            fixed: Vec::new(),
            then,
            passes,
            pairs: paired,
            flush_reads,
            precision,
            slot_base: 0,
            scans: HashMap::new(),
            prepacked: Vec::new(),
            not_last: Vec::new(),
        }
    }

    /// The method with the sizes `dim` fixes (per dim), and the steps of its scans planned.
    pub fn with_fixed(mut self, fixed: Vec<Option<usize>>) -> Self {
        self.fixed = fixed;
        self.plan_scans();
        self
    }

    /// One past the last workspace slot the method and its scans' steps take.
    pub fn slots_total(&self) -> usize {
        self.scans
            .values()
            .map(|(m, _)| m.slots_total())
            .fold(self.slots_end(), usize::max)
    }

    /// One past the last workspace slot the method (not its scans' steps) takes: its
    /// buffers, each loop's partial sums, each row pass's scratch.
    fn slots_end(&self) -> usize {
        self.slot_base + self.buffers.len() + 2 * self.fused.steps.len() + 1 + self.prepacked.len()
    }

    /// The products of a scan's step (this method) whose right operand is a value of the
    /// scan's that is the same at every step (`bound`, per input of the step's graph), read in
    /// place by a strided product of run-time size, with no epilogue and in no pass or pair.
    fn prepackable(&self, bound: &[crate::scan::Bound]) -> Vec<Id> {
        let g = self.g;
        if self.precision != Precision::F32 {
            return Vec::new();
        }
        let n = self.fused.steps.len();
        let mut in_pass = vec![false; n];
        let mut i = 0;
        while i < n {
            match self.joined(i, &quote!(__ws)) {
                Some(Joined::Pass(..)) => {
                    in_pass[i..(i + 3).min(n)].fill(true);
                    i += 3;
                }
                Some(Joined::Pair(..)) => {
                    in_pass[i..(i + 2).min(n)].fill(true);
                    i += 2;
                }
                None => i += 1,
            }
        }
        let mut out = Vec::new();
        for (i, step) in self.fused.steps.iter().enumerate() {
            let Step::Kernel(id) = *step else { continue };
            let Op::Contract { a, b, out: lo } = &g.node(id).op else {
                continue;
            };
            if in_pass[i] || self.then[i].is_some() {
                continue;
            }
            let plan = self.product_plan(id, a, b, lo);
            let whole = matches!(
                g.node(plan.sb).op,
                Op::Input(j) if matches!(bound.get(j), Some(crate::scan::Bound::Whole(_)))
            );
            if whole && plan.plan.is_some() && plan.small.is_none() && !plan.vector {
                out.push(id);
            }
        }
        out
    }

    /// The steps from step `i` that run as one call, with the call: a row pass's three steps,
    /// or a pair's two. The one place that decides it, for the code, `PROGRAM` and the
    /// products packed before a scan's loop.
    fn joined(&self, i: usize, ws: &TokenStream) -> Option<Joined> {
        if let Some(p) = self.passes[i] {
            if let Some(code) = self.row_pass(&p, ws) {
                return Some(Joined::Pass(p, code));
            }
        }
        let p = self.pairs[i]?;
        let code = self.pair(&p)?;
        Some(Joined::Pair(p, code))
    }

    /// For a product of [`Self::prepacked`], the right operand's leaf, the statement that takes
    /// the workspace buffer `__pk{slot}` and the one that packs the operand into it.
    fn pack_code(
        &self,
        id: Id,
        slot: usize,
        ws: &TokenStream,
    ) -> Option<(Id, TokenStream, TokenStream)> {
        let g = self.g;
        let Op::Contract { a, b, out } = &g.node(id).op else {
            return None;
        };
        let ProductPlan { plan, bsl, sb, .. } = self.product_plan(id, a, b, out);
        let Strided { sizes, strides } = plan?;
        let (x, p) = (self.room("matrix"), self.room("product"));
        let [_, n, k] = &sizes;
        let [_, [b_rs, b_cs], _] = &strides;
        let pk = format_ident!("__pk{}", slot);
        Some((
            sb,
            quote!(let mut #pk = #ws.take(#slot, #p::packed_len(#k, #n));),
            quote! {
                #p::pack_right(
                    #x::MatRef::new(#bsl, #k, #n, #x::Mat { rs: (#b_rs) as isize, cs: (#b_cs) as isize }),
                    &mut #pk[..],
                );
            },
        ))
    }

    /// Per step of this method (a scan's step): true when no value it defines is `needed` and
    /// it can be skipped on its own: a loop or kernel writing memory only (a scalar step's
    /// variable is read by later steps), and a product whose epilogue loop can be skipped too.
    fn steps_not_last(&self, needed: &[bool]) -> Vec<bool> {
        let g = self.g;
        let steps = &self.fused.steps;
        let mut out: Vec<bool> = steps
            .iter()
            .map(|s| {
                !matches!(s, Step::Scalar(_))
                    && defined(s).iter().all(|&d| !needed[d.ix()] && g.rank(d) > 0)
            })
            .collect();
        for (i, then) in self.then.iter().enumerate() {
            if let Some((q, _)) = then {
                out[i] = out[i] && out[*q];
            }
        }
        out
    }

    /// Plans the step of every scan the method runs: a method of the scan's body graph, whose
    /// roots (new carries, then emits) go to `__scan_new{k}` and `__scan_emit{j}`, with
    /// workspace slots after this method's and the previous scans'.
    fn plan_scans(&mut self) {
        let g = self.g;
        let mut next = self.slots_end();
        for step in &self.fused.steps {
            let Step::Kernel(id) = step else { continue };
            let Op::Scan(s) = g.node(*id).op else {
                continue;
            };
            let body = &g.bodies[s as usize];
            let c = g.scans[s as usize].carries;
            // The new carries, and the emits that something reads (root `k` of the body is
            // output `k` of the scan: a carry's final value, or an emit's stack).
            let emitted = self.scan_outs(*id);
            let read = |k: usize| emitted.iter().any(|&(o, _)| o == k);
            let roots: Vec<(usize, Id)> = body
                .roots
                .iter()
                .copied()
                .enumerate()
                .filter(|&(k, _)| k < c || read(k))
                .collect();
            let dests: Vec<(Id, Ident)> = roots
                .iter()
                .filter(|(_, r)| body.graph.rank(*r) > 0)
                .map(|&(k, r)| (r, scan_root_var(k, c)))
                .collect();
            // The values the last step needs: those of the roots whose outputs are read (all
            // but the new carries whose final values are not).
            let needed = body
                .graph
                .reachable(roots.iter().filter(|&&(k, _)| read(k)).map(|&(_, r)| r));
            let roots: Vec<Id> = roots.into_iter().map(|(_, r)| r).collect();
            let carries = next;
            let mut m = Method::new(&body.graph, &roots, &dests, self.rt.clone(), self.precision);
            m.not_last = m.steps_not_last(&needed);
            m.slot_base = carries + 2 * c;
            let mut m = m.with_fixed(self.fixed.clone());
            let first_pack = m.slots_end();
            m.prepacked = m
                .prepackable(&body.bound)
                .into_iter()
                .enumerate()
                .map(|(i, id)| (id, first_pack + i))
                .collect();
            next = m.slots_end();
            self.scans.insert(*id, (m, carries));
        }
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The float type of the method's values, `f32` or `f64`.
    fn ty(&self) -> TokenStream {
        self.emit().ty()
    }

    fn emit(&self) -> Emit<'_> {
        Emit {
            rt: &self.rt,
            precision: self.precision,
        }
    }

    /// A literal of the method's precision.
    fn lit(&self, v: f64) -> TokenStream {
        match self.precision {
            Precision::F32 => lit32(v),
            Precision::F64 => lit64(v),
        }
    }

    /// An array of `n` zeros of the method's precision.
    fn zeros(&self, n: usize) -> TokenStream {
        let (ty, n) = (self.ty(), Literal::usize_unsuffixed(n));
        quote!([0 as #ty; #n])
    }

    /// True if the method reads or computes `id`.
    pub fn uses(&self, id: Id) -> bool {
        self.homes.contains_key(&id)
    }

    fn slice_of(&self, id: Id) -> TokenStream {
        match self.homes.get(&id) {
            Some(Home::Leaf(v)) => quote!(#v),
            Some(Home::Buf(v)) | Some(Home::Dest(v)) => quote!(&#v[..]),
            Some(Home::Scalar(v)) => quote!(::core::slice::from_ref(&#v)),
            // A rank-0 constant (larger ones are copied into memory before any kernel).
            Some(Home::Const(c)) => {
                let l = self.lit(*c);
                quote!(&[#l][..])
            }
            None => quote!(&[]),
        }
    }

    /// The value of a rank-0 node (or a constant) as an expression.
    pub fn scalar(&self, id: Id) -> TokenStream {
        // A constant is its literal, wherever a copy of it is stored.
        if let Some(c) = self.g.const_value(id) {
            return self.lit(c);
        }
        // A rank-0 view is its source's value: a copy of it, made for a kernel that reads it
        // from memory, may come later than a scalar step that reads it.
        if class(self.g, id) == Class::View {
            let (src, _) = crate::schedule::resolve(self.g, id);
            if src != id {
                return self.scalar(src);
            }
        }
        match self.homes.get(&id) {
            Some(Home::Scalar(v)) => quote!(#v),
            Some(Home::Const(c)) => self.lit(*c),
            Some(Home::Leaf(v)) if self.flush_reads.contains(&id) => {
                let rt = &self.rt;
                quote!(#rt::subnormal::flush_unless(__keep, #v[0]))
            }
            Some(Home::Leaf(v)) | Some(Home::Buf(v)) | Some(Home::Dest(v)) => quote!(#v[0]),
            None => {
                let (src, _) = self.fused.source(self.g, id);
                if src != id {
                    self.scalar(src)
                } else {
                    self.lit(f64::NAN)
                }
            }
        }
    }

    /// The statements of the method: buffers taken from `ws` (an expression of type
    /// `&mut Workspace`), the steps, copies to extra destinations, and the buffers given back.
    pub fn body(&self, ws: TokenStream) -> TokenStream {
        let take = self.buffers.iter().map(|(id, slot)| {
            let slot = self.slot_base + slot;
            let v = format_ident!("__b{}", id.0);
            let n = count(self.g.shape(*id));
            quote!(let mut #v = #ws.take(#slot, #n);)
        });
        // In node order, so that the same model expands to the same tokens every build.
        let mut scalars: Vec<_> = self.homes.iter().collect();
        scalars.sort_by_key(|(id, _)| id.0);
        let ty = self.ty();
        let hypers_sizes = scalars.into_iter().filter_map(|(id, h)| {
            let Home::Scalar(v) = h else { return None };
            match &self.g.node(*id).op {
                Op::Hyper(_) => {
                    let name = format_ident!("__hyper{}", id.0);
                    Some(quote!(let #v: #ty = #name;))
                }
                Op::Size(ds) => {
                    let n = count(ds);
                    Some(quote!(let #v: #ty = #n as #ty;))
                }
                _ => None,
            }
        });
        // Loops run as a product's epilogue: in their place, only their sums, if any.
        let mut as_epilogue = vec![false; self.fused.steps.len()];
        let mut steps = Vec::new();
        let mut skip = 0;
        for (i, s) in self.fused.steps.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            match self.joined(i, &ws) {
                Some(Joined::Pass(_, code)) => {
                    steps.push(code);
                    skip = 2;
                    continue;
                }
                Some(Joined::Pair(_, code)) => {
                    steps.push(code);
                    skip = 1;
                    continue;
                }
                None => {}
            }
            let code = match s {
                Step::Scalar(id) => self.scalar_step(*id),
                Step::Loop(gr) if as_epilogue[i] => {
                    let sums = Group {
                        space: gr.space.clone(),
                        members: Vec::new(),
                        sums: gr.sums.clone(),
                    };
                    if sums.sums.is_empty() {
                        TokenStream::new()
                    } else {
                        self.loop_nest(&sums, self.slot_base + self.buffers.len() + i, &ws)
                    }
                }
                Step::Loop(gr) => self.loop_nest(gr, self.slot_base + self.buffers.len() + i, &ws),
                Step::Kernel(id) if matches!(self.g.node(*id).op, Op::Scan(_)) => {
                    self.scan_code(*id, &ws)
                }
                Step::Kernel(id) => {
                    let then = self.then[i].and_then(|(q, t)| match &self.fused.steps[q] {
                        Step::Loop(gr) => Some((q, self.product_then(*id, gr, t)?)),
                        _ => None,
                    });
                    match then {
                        Some((q, code)) => {
                            as_epilogue[q] = true;
                            code
                        }
                        None => self.kernel(*id),
                    }
                }
            };
            steps.push(if self.not_last.get(i) == Some(&true) {
                quote!(if !__last { #code })
            } else {
                code
            });
        }
        let extra = self.extra_dests.iter().map(|(r, v)| {
            let src = self.slice_of(*r);
            quote!(#v.copy_from_slice(#src);)
        });
        let give = self.buffers.iter().map(|(id, slot)| {
            let slot = self.slot_base + slot;
            let v = format_ident!("__b{}", id.0);
            quote!(#ws.put(#slot, #v);)
        });
        quote! {
            #(#hypers_sizes)*
            #(#take)*
            #(#steps)*
            #(#extra)*
            #(#give)*
        }
    }

    /// The steps the method runs, in order, one line each, as `PROGRAM` lists them: loops over
    /// their dims with the nodes they compute, products (with the loop they run as epilogue),
    /// row passes, row kernels and scalars. Hypers, sizes and views are not steps.
    pub fn steps_text(&self) -> Vec<String> {
        let g = self.g;
        let ids = |xs: &[Id]| {
            xs.iter()
                .map(|x| format!("%{}", x.0))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let dims = |shape: &[DimId]| {
            let names: Vec<&str> = shape
                .iter()
                .map(|&d| g.dims[d.ix()].name.as_str())
                .collect();
            format!("[{}]", names.join(","))
        };
        let group = |gr: &Group, members: bool| {
            let mut parts = Vec::new();
            if members && !gr.members.is_empty() {
                parts.push(ids(&gr.members));
            }
            if !gr.sums.is_empty() {
                parts.push(format!("sums {}", ids(&gr.sums)));
            }
            format!("loop {}: {}", dims(&gr.space), parts.join(", "))
        };
        let ws = quote!(__ws);
        let mut out = Vec::new();
        let mut as_epilogue = vec![false; self.fused.steps.len()];
        let mut skip = 0;
        for (i, s) in self.fused.steps.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let joined = self.joined(i, &ws);
            if let Some(Joined::Pass(p, _)) = joined {
                let Some(Step::Loop(gr)) = self.fused.steps.get(i + 1) else {
                    continue;
                };
                out.push(format!(
                    "row pass over {}: product %{}, {}, product %{}",
                    dims(g.shape(p.x)),
                    p.p.0,
                    group(gr, true),
                    p.back.0
                ));
                skip = 2;
                continue;
            }
            if let Some(Joined::Pair(p, _)) = joined {
                out.push(match p.kind {
                    PairKind::Dual(d) => format!(
                        "dual pass over {}: products %{} and %{}",
                        dims(g.shape(d.x)),
                        d.rows.0,
                        d.cols.0
                    ),
                    PairKind::CrossEntropy { loss, grad } => {
                        format!("cross_entropy %{} with its gradient %{}", loss.0, grad.0)
                    }
                    PairKind::Ctc { loss, grad } => {
                        format!("ctc %{} with its gradient %{}", loss.0, grad.0)
                    }
                });
                skip = 1;
                continue;
            }
            let first = out.len();
            match s {
                Step::Scalar(id) => {
                    let computed = !matches!(g.node(*id).op, Op::Hyper(_) | Op::Size(_));
                    if computed && matches!(self.homes.get(id), Some(Home::Scalar(_))) {
                        out.push(format!("scalar %{}", id.0));
                    }
                }
                Step::Loop(gr) if as_epilogue[i] => {
                    if !gr.sums.is_empty() {
                        out.push(group(gr, false));
                    }
                }
                Step::Loop(gr) => out.push(group(gr, true)),
                Step::Kernel(id) => {
                    let then = self.then[i].and_then(|(q, t)| match &self.fused.steps[q] {
                        Step::Loop(gr) => self.product_then(*id, gr, t).map(|_| (q, gr)),
                        _ => None,
                    });
                    let name = kernel_name(&g.node(*id).op);
                    if let Op::Scan(s) = g.node(*id).op {
                        let info = &g.scans[s as usize];
                        // What the scan keeps per step for a reverse scan: the step's
                        // products and its carries at each step's start, 4 bytes an element
                        // in f32 (8 in f64).
                        let kept: Vec<String> = self
                            .scan_outs(*id)
                            .into_iter()
                            .filter(|&(k, _)| k >= info.carries + info.emits - info.kept)
                            .map(|(_, o)| dims(&g.shape(o)[1..]))
                            .collect();
                        let keeps = if kept.is_empty() {
                            String::new()
                        } else {
                            format!(
                                ", keeping {} per step for the backward pass",
                                kept.join(" + ")
                            )
                        };
                        out.push(format!(
                            "scan %{} over {}{}{keeps}, each step:",
                            id.0,
                            g.dims[info.dim.ix()].name,
                            if info.rev { " (last first)" } else { "" }
                        ));
                        if let Some((step, _)) = self.scans.get(id) {
                            out.extend(step.steps_text().into_iter().map(|l| format!("  {l}")));
                        }
                        continue;
                    }
                    if matches!(g.node(*id).op, Op::ScanOut(_)) {
                        continue;
                    }
                    match then {
                        Some((q, gr)) => {
                            as_epilogue[q] = true;
                            out.push(format!(
                                "{name} %{}, then {}",
                                id.0,
                                group(
                                    &Group {
                                        space: gr.space.clone(),
                                        members: gr.members.clone(),
                                        sums: Vec::new(),
                                    },
                                    true
                                )
                            ));
                        }
                        None if self.prepacked.iter().any(|&(p, _)| p == *id) => out.push(format!(
                            "{name} %{}, its right operand packed once before the loop",
                            id.0
                        )),
                        None => out.push(format!("{name} %{}", id.0)),
                    }
                }
            }
            // The step's line, if it wrote one (a scan's step holds no scan, whose arm above
            // goes on to the next step).
            if let (Some(true), Some(line)) = (self.not_last.get(i), out.get_mut(first)) {
                line.push_str(", not on the last step");
            }
        }
        out
    }

    /// The outputs of scan node `scan` that the method keeps: `(output index, node)`.
    fn scan_outs(&self, scan: Id) -> Vec<(usize, Id)> {
        scan_outputs(self.g, scan, |o| self.homes.contains_key(&o))
    }

    /// A scan: its carries in two workspace buffers each (the step's and the next), set to their
    /// initial values; then, per step of its dim in its direction, the body's leaves bound
    /// (carries, the step's slices, values read whole), one step of its body (a method of its
    /// own) writing the new carries and this step's emits, and the carries swapped; last, the
    /// final carries where they are read. A carry whose values at each step are stacked for the
    /// backward pass lives in that stack instead: step `t` reads slot `t` and writes the next
    /// step's slot (the last step its final buffer), so no step copies it.
    fn scan_code(&self, id: Id, ws: &TokenStream) -> TokenStream {
        let g = self.g;
        let ty = self.ty();
        let Op::Scan(s) = g.node(id).op else {
            return TokenStream::new();
        };
        let Some((step, first)) = self.scans.get(&id) else {
            return TokenStream::new();
        };
        let (info, body) = (&g.scans[s as usize], &g.bodies[s as usize]);
        let (c, e) = (info.carries, info.emits);
        let args = &g.node(id).args;
        let steps = dim_var(info.dim);
        let rev = info.rev;
        let outs = self.scan_outs(id);
        let out_of = |k: usize| outs.iter().find(|o| o.0 == k).map(|o| o.1);
        let source = |a: Id| self.slice_of(self.fused.source(g, a).0);
        let mutable = |o: Id| self.memory(o);
        let (mut setup, mut before, mut after, mut finish, mut give) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // The carries kept for the backward pass live in their stack: step `t` reads its slot
        // `t` and writes the next step's slot, the last step the final carry.
        let mut in_place: Vec<usize> = Vec::new();
        for (k, &init) in args.iter().enumerate().take(c) {
            let (cv, nv) = (
                format_ident!("__scan_c{}", k),
                format_ident!("__scan_n{}", k),
            );
            let n = size(g.shape(init));
            let (sc, sn) = (first + 2 * k, first + 2 * k + 1);
            let from = source(init);
            setup.push(quote! {
                let mut #cv = #ws.take(#sc, #n);
                let mut #nv = #ws.take(#sn, #n);
                #cv.copy_from_slice(#from);
            });
            match out_of(c + e + k).and_then(mutable) {
                Some(h) if g.rank(init) > 0 => {
                    in_place.push(k);
                    let (cr, cw) = (format_ident!("__cr{}", k), format_ident!("__cw{}", k));
                    let head = if rev {
                        quote!((#steps - 1))
                    } else {
                        quote!(0usize)
                    };
                    setup.push(quote! {
                        if #steps > 0 {
                            (#h)[#head * #n..(#head + 1) * #n].copy_from_slice(&#cv[..]);
                        }
                    });
                    let split = if rev {
                        quote! {
                            let (__lo, __hi) = (#h).split_at_mut(__t * #n);
                            (&__hi[..#n], &mut __lo[(__t - 1) * #n..])
                        }
                    } else {
                        quote! {
                            let (__lo, __hi) = (#h).split_at_mut((__t + 1) * #n);
                            (&__lo[__t * #n..], &mut __hi[..#n])
                        }
                    };
                    before.push(quote! {
                        let (#cr, #cw): (&[#ty], &mut [#ty]) = if __step + 1 < #steps {
                            #split
                        } else {
                            (&(#h)[__t * #n..(__t + 1) * #n], &mut #nv[..])
                        };
                    });
                    // The final carry is in the next buffer after at least one step.
                    finish.push(quote! {
                        if #steps > 0 {
                            ::core::mem::swap(&mut #cv, &mut #nv);
                        }
                    });
                }
                Some(h) => {
                    before.push(quote!((#h)[__t * #n..(__t + 1) * #n].copy_from_slice(&#cv[..]);));
                    after.push(quote!(::core::mem::swap(&mut #cv, &mut #nv);));
                }
                None => after.push(quote!(::core::mem::swap(&mut #cv, &mut #nv);)),
            }
            match out_of(k).map(|o| (o, self.homes.get(&o))) {
                Some((_, Some(Home::Buf(v)) | Some(Home::Dest(v)))) => {
                    finish.push(quote!(#v[..].copy_from_slice(&#cv[..]);))
                }
                Some((_, Some(Home::Scalar(v)))) => finish.push(quote!(let #v: #ty = #cv[0];)),
                _ => {}
            }
            give.push(quote!(#ws.put(#sc, #cv); #ws.put(#sn, #nv);));
        }
        // The body's leaves, bound all at once (their names may shadow the outer ones).
        let (mut names, mut values) = (Vec::new(), Vec::new());
        for (leaf, v) in &step.leaves {
            let (bound, elem) = match body.graph.node(*leaf).op {
                Op::Input(j) => (body.bound[j], ty.clone()),
                Op::Labels(j) => (body.labels[j], quote!(usize)),
                _ => continue,
            };
            let value = match bound {
                crate::scan::Bound::Carry(k) if in_place.contains(&k) => {
                    let cr = format_ident!("__cr{}", k);
                    quote!(#cr)
                }
                crate::scan::Bound::Carry(k) => {
                    let cv = format_ident!("__scan_c{}", k);
                    quote!(&#cv[..])
                }
                crate::scan::Bound::Whole(a) => source(args[a]),
                crate::scan::Bound::Slice(a) => {
                    let m = size(body.graph.shape(*leaf));
                    let from = source(args[a]);
                    quote!(&(#from)[__t * #m..(__t + 1) * #m])
                }
            };
            names.push(quote!(#v));
            values.push(quote!(#value as &[#elem]));
        }
        // Where the step writes: the next carries, and this step's row of each emit read.
        let mut dests = Vec::new();
        let mut scalars = Vec::new();
        for (k, &root) in body.roots.iter().enumerate() {
            let rank0 = body.graph.rank(root) == 0;
            if in_place.contains(&k) {
                let (var, cw) = (scan_root_var(k, c), format_ident!("__cw{}", k));
                dests.push(quote!(let #var: &mut [#ty] = #cw;));
                continue;
            }
            let target = if k < c {
                let nv = format_ident!("__scan_n{}", k);
                Some((quote!(#nv), quote!(0usize)))
            } else {
                out_of(k).and_then(mutable).map(|h| {
                    let m = size(body.graph.shape(root));
                    (h, quote!(__t * #m))
                })
            };
            let Some((buf, at)) = target else { continue };
            if rank0 {
                let v = step.scalar(root);
                scalars.push(quote!((#buf)[#at] = #v;));
            } else {
                let var = scan_root_var(k, c);
                let m = size(body.graph.shape(root));
                dests.push(quote!(let #var: &mut [#ty] = &mut (#buf)[#at..#at + #m];));
            }
        }
        // Right operands the same at every step, packed once before the loop.
        for &(pid, slot) in &step.prepacked {
            let Some((leaf, take, pack)) = step.pack_code(pid, slot, ws) else {
                continue;
            };
            let Some((_, v)) = step.leaves.iter().find(|(l, _)| *l == leaf) else {
                continue;
            };
            let Op::Input(j) = body.graph.node(leaf).op else {
                continue;
            };
            let crate::scan::Bound::Whole(a) = body.bound[j] else {
                continue;
            };
            let value = source(args[a]);
            let pk = format_ident!("__pk{}", slot);
            setup.push(quote! {
                #take
                {
                    let #v: &[#ty] = #value;
                    #pack
                }
            });
            give.push(quote!(#ws.put(#slot, #pk);));
        }
        let code = step.body(ws.clone());
        let t = if rev {
            quote!(#steps - 1 - __step)
        } else {
            quote!(__step)
        };
        quote! {
            #(#setup)*
            for __step in 0..#steps {
                let __t: usize = #t;
                let __last: bool = __step + 1 == #steps;
                #(#before)*
                {
                    let (#(#names,)*) = (#(#values,)*);
                    #(#dests)*
                    #code
                    #(#scalars)*
                }
                #(#after)*
            }
            #(#finish)*
            #(#give)*
        }
    }

    /// The sizes `m`, `n` and `k` of a matrix product node, as expressions.
    fn product_work(&self, id: Id) -> Option<(TokenStream, TokenStream, TokenStream)> {
        let g = self.g;
        let node = g.node(id);
        let Op::Contract { a, b, out } = &node.op else {
            return None;
        };
        let (sa, sb) = (g.shape(node.args[0]), g.shape(node.args[1]));
        let dims = |sh: &[DimId], labels: &[u8], free: bool| -> Vec<DimId> {
            labels
                .iter()
                .zip(sh)
                .filter(|(l, _)| out.contains(l) == free)
                .map(|(_, &d)| d)
                .collect()
        };
        Some((
            count(&dims(sa, a, true)),
            count(&dims(sb, b, true)),
            count(&dims(sa, a, false)),
        ))
    }

    /// A `bool` expression, true when some step of the method splits across threads: a loop
    /// nest of `fused::PAR_MIN` elements or more, a matrix product that `product::splits`, or a
    /// row pass that `rowpass::splits`. The
    /// method then runs inside rayon's pool (`pool::in_pool`).
    pub fn parallel(&self) -> TokenStream {
        let f = self.fused();
        let mut terms = Vec::new();
        for step in &self.fused.steps {
            match step {
                Step::Loop(gr) => {
                    let n = count(&gr.space);
                    terms.push(quote!(#n >= #f::PAR_MIN));
                }
                Step::Kernel(id) => {
                    if let Some((m, n, k)) = self.product_work(*id) {
                        let p = self.room("product");
                        terms.push(quote!(#p::splits(#m, #n, #k)));
                    }
                }
                Step::Scalar(_) => {}
            }
        }
        // A row pass's first product also stands for the pass.
        for pass in self.passes.iter().flatten() {
            let (n, d) = (dim_var(pass.n), dim_var(pass.d));
            let rt = &self.rt;
            terms.push(quote!(#rt::rowpass::splits(#n, #d)));
        }
        if terms.is_empty() {
            quote!(false)
        } else {
            quote!(#(#terms)||*)
        }
    }

    /// The path of the runtime's `fused` module, which generated loops call.
    fn fused(&self) -> TokenStream {
        self.room("fused")
    }

    /// The path of one of the runtime's modules (`fused`, `product`, `matrix`, `rows`).
    fn room(&self, name: &str) -> TokenStream {
        let (rt, m) = (&self.rt, format_ident!("{}", name));
        quote!(#rt::#m)
    }

    /// The function of one elementwise node applied to its arguments' values.
    fn apply(&self, id: Id, args: &[TokenStream]) -> TokenStream {
        let emit = self.emit();
        let node = self.g.node(id);
        match &node.op {
            Op::Unary(u) => u.emit(&emit, &args[0]),
            // A product with the constant -1 is a negation (and reads as one).
            Op::Binary(Binary::Mul) if self.g.const_value(node.args[1]) == Some(-1.0) => {
                Unary::Neg.emit(&emit, &args[0])
            }
            Op::Binary(Binary::Mul) if self.g.const_value(node.args[0]) == Some(-1.0) => {
                Unary::Neg.emit(&emit, &args[1])
            }
            Op::Binary(b) => b.emit(&emit, &args[0], &args[1]),
            Op::Select(c) => {
                let (p, q, x, y) = (&args[0], &args[1], &args[2], &args[3]);
                let cmp = match c {
                    CmpOp::Gt => quote!(>),
                    CmpOp::Lt => quote!(<),
                    CmpOp::Ge => quote!(>=),
                    CmpOp::Le => quote!(<=),
                };
                quote!(if #p #cmp #q { #x } else { #y })
            }
            // Only elementwise nodes are applied (`Class::Elem`); the others are leaves, views,
            // reductions and kernels, which the schedule gives homes of their own.
            Op::Param(_)
            | Op::Input(_)
            | Op::Noise(_)
            | Op::Labels(_)
            | Op::Hyper(_)
            | Op::Const(_)
            | Op::Size(_)
            | Op::Broadcast(_)
            | Op::Transpose(_)
            | Op::Reduce(..)
            | Op::ArgMask(..)
            | Op::Softmax(_)
            | Op::LogSoftmax(_)
            | Op::Contract { .. }
            | Op::CrossEntropy
            | Op::CrossEntropyGrad
            | Op::Ctc
            | Op::CtcGrad
            | Op::Conv(_)
            | Op::ConvData(_)
            | Op::ConvKernel(_)
            | Op::PoolMask(..)
            | Op::WindowSum(..)
            | Op::Repeat(..)
            | Op::Gather
            | Op::ScatterAdd
            | Op::OneHot
            | Op::Slice(..)
            | Op::Unslice(..)
            | Op::CarryIn(..)
            | Op::Step(..)
            | Op::Scan(_)
            | Op::ScanOut(_)
            | Op::Custom(_)
            | Op::Hole(_) => self.lit(f64::NAN),
        }
    }

    fn scalar_step(&self, id: Id) -> TokenStream {
        let node = self.g.node(id);
        let Some(Home::Scalar(out)) = self.homes.get(&id) else {
            return TokenStream::new();
        };
        if matches!(node.op, Op::Hyper(_) | Op::Size(_)) {
            return TokenStream::new();
        }
        let value = if class(self.g, id) == Class::View {
            // A copy of a rank-0 view: its source's value.
            let (src, _) = crate::schedule::resolve(self.g, id);
            self.scalar(src)
        } else {
            let args: Vec<TokenStream> = node.args.iter().map(|&a| self.scalar(a)).collect();
            self.apply(id, &args)
        };
        let ty = self.ty();
        quote!(let #out: #ty = #value;)
    }

    /// Registers a read of `src` along `map` (source axis j runs along space axis `map[j]`),
    /// returning the expression for its value at `__i` of the current row.
    fn read(&self, src: Id, map: &[usize], space: &[DimId], acc: &mut Vec<Access>) -> TokenStream {
        let g = self.g;
        if g.rank(src) == 0 || g.const_value(src).is_some() {
            return self.scalar(src);
        }
        let r = space.len();
        // One slice per source and way of reading it, however often the loop reads it.
        let k = match acc.iter().position(|a| a.src == src && a.map == map) {
            Some(k) => k,
            None => {
                self.register(src, map, r, acc);
                acc.len() - 1
            }
        };
        if self.flush_reads.contains(&src) {
            // Flushed once per element, before the element's lines (`flushed_reads`).
            let f = format_ident!("__x{}", k);
            return quote!(#f);
        }
        raw_read(k, &acc[k])
    }

    /// `let __xK: f32 = flush(...)` for every read of a param flushed as loops read it: the
    /// first lines of a loop's body, each value flushed once however often the body reads it.
    fn flushed_reads(&self, acc: &[Access]) -> Vec<TokenStream> {
        let rt = &self.rt;
        acc.iter()
            .enumerate()
            .filter(|(_, a)| self.flush_reads.contains(&a.src))
            .map(|(k, a)| {
                let (f, raw) = (format_ident!("__x{}", k), raw_read(k, a));
                let ty = self.ty();
                quote!(let #f: #ty = #rt::subnormal::flush_unless(__keep, #raw);)
            })
            .collect()
    }

    /// The value of `a` in a loop over `space`: computed earlier in the loop (`vals`), directly
    /// or through a view that changes no index, or else read from memory.
    fn value(
        &self,
        a: Id,
        vals: &HashMap<Id, TokenStream>,
        space: &[DimId],
        acc: &mut Vec<Access>,
    ) -> TokenStream {
        if let Some(v) = vals.get(&a) {
            return v.clone();
        }
        let (src, map) = resolve(self.g, a);
        match vals.get(&src) {
            Some(v) if crate::schedule::is_identity(&map, space.len()) => v.clone(),
            _ => self.read(src, &map, space, acc),
        }
    }

    /// Adds a read of `src` along `map` to the loop's reads.
    fn register(&self, src: Id, map: &[usize], r: usize, acc: &mut Vec<Access>) {
        let g = self.g;
        let st = strides(g.shape(src));
        let mut per_axis: Vec<Option<TokenStream>> = vec![None; r];
        let mut base: Option<TokenStream> = None;
        for (j, &ax) in map.iter().enumerate() {
            let s = &st[j];
            if let Some(k) = crate::schedule::held_at(ax) {
                let term = quote!(#k * #s);
                base = Some(match base.take() {
                    None => term,
                    Some(prev) => quote!(#prev + #term),
                });
                continue;
            }
            per_axis[ax] = Some(match per_axis[ax].take() {
                None => s.clone(),
                Some(prev) => quote!((#prev + #s)),
            });
        }
        let along: Vec<usize> = (0..map.len()).filter(|&j| map[j] == r - 1).collect();
        let inner = match along.as_slice() {
            [] => Some(false),
            [j] if *j == map.len() - 1 => Some(true),
            _ => None,
        };
        acc.push(Access {
            src,
            map: map.to_vec(),
            per_axis,
            inner,
            base,
        });
    }

    /// A loop nest over the group's space: outer loops over all axes but the last, a row loop
    /// over the last. When every read runs along the whole space, the space is walked as rows
    /// of 4096, so that long sums accumulate blockwise.
    fn loop_nest(&self, gr: &Group, slot: usize, ws: &TokenStream) -> TokenStream {
        self.nest(gr, slot, ws, None).unwrap_or_default()
    }

    /// The steps of a row pass (see [`RowPass`]) as one `rowpass::pass`, or `None` when its
    /// loop does not walk its space flat (it then runs as three steps).
    fn row_pass(&self, pass: &RowPass, ws: &TokenStream) -> Option<TokenStream> {
        let Some(Step::Loop(gr)) = self.fused.steps.get(pass.at + 1) else {
            return None;
        };
        let slot = self.slot_base + self.buffers.len() + pass.at + 1;
        self.nest(gr, slot, ws, Some(pass))
    }

    /// The memory of a node in a buffer or a destination, by name.
    fn memory(&self, id: Id) -> Option<TokenStream> {
        match self.homes.get(&id) {
            Some(Home::Buf(v)) | Some(Home::Dest(v)) => Some(quote!(#v)),
            _ => None,
        }
    }

    /// The scores a cross-entropy (or its gradient) `id` reads, in memory, and their rows and
    /// columns (the last dim) as expressions.
    fn scores(&self, id: Id) -> (Id, TokenStream, TokenStream) {
        let g = self.g;
        let (z, _) = self.fused.source(g, g.node(id).args[0]);
        let zshape = g.shape(z);
        let rows = count(&zshape[..zshape.len() - 1]);
        let cols = count(&zshape[zshape.len() - 1..]);
        (z, rows, cols)
    }

    /// The arguments every `rheano::ctc` call of a `ctc` or `ctc_grad` node starts with (the
    /// scores, their sizes, the targets, their count and the two lengths), and the batch size.
    fn ctc_args(&self, id: Id) -> (TokenStream, Ident) {
        let g = self.g;
        let src = |k: usize| self.fused.source(g, g.node(id).args[k]).0;
        let z = src(0);
        let [n, t, c] = [0, 1, 2].map(|a| dim_var(g.shape(z)[a]));
        let l = dim_var(g.shape(src(1))[1]);
        let [zs, ys, zls, yls] = [0, 1, 2, 3].map(|k| self.slice_of(src(k)));
        (quote!(#zs, (#n, #t, #c), #ys, #l, #zls, #yls), n)
    }

    /// The two steps of a pair (see [`Pair`]) as one call, or `None` when they run apart.
    fn pair(&self, p: &Pair) -> Option<TokenStream> {
        match p.kind {
            PairKind::Dual(d) => self.dual_pass(&d),
            PairKind::CrossEntropy { loss, grad } => {
                let (z, rows, cols) = self.scores(grad);
                let (lo, go) = (self.memory(loss)?, self.memory(grad)?);
                let (zs, ys) = (self.slice_of(z), self.slice_of(self.g.node(grad).args[1]));
                let rt = &self.rt;
                Some(
                    quote!(#rt::softmax::cross_entropy_with_grad_rows(#zs, #rows, #cols, #ys, &mut #lo[..], &mut #go[..]);),
                )
            }
            PairKind::Ctc { loss, grad } => {
                let (args, _) = self.ctc_args(grad);
                let gs = self.slice_of(self.fused.source(self.g, self.g.node(grad).args[4]).0);
                let (lo, go) = (self.memory(loss)?, self.memory(grad)?);
                let rt = &self.rt;
                Some(
                    quote!(#rt::ctc::loss_and_grad_in_thread(#args, &mut #lo[..], #gs, &mut #go[..]);),
                )
            }
        }
    }

    /// The two products of a dual pass (see [`DualPass`]) as one `product::dual`, or `None`
    /// when `dim` fixes `x`'s sizes small enough for products of fixed size, which are faster
    /// (the two then run as they are).
    fn dual_pass(&self, d: &DualPass) -> Option<TokenStream> {
        let fixed = |dim: DimId| self.fixed.get(dim.ix()).copied().flatten();
        if let (Some(n), Some(m)) = (fixed(d.n), fixed(d.d)) {
            if n * m <= SMALL_FIXED {
                return None;
            }
        }
        let (rows, cols) = (self.memory(d.rows)?, self.memory(d.cols)?);
        let p = self.room("product");
        let (n, m) = (dim_var(d.n), dim_var(d.d));
        let (x, w, z) = (self.slice_of(d.x), self.slice_of(d.w), self.slice_of(d.z));
        Some(quote!(#p::dual(#n, #m, #x, #w, #z, &mut #rows[..], &mut #cols[..]);))
    }

    /// [`Self::loop_nest`], or with `pass` the row pass whose loop `gr` is.
    fn nest(
        &self,
        gr: &Group,
        slot: usize,
        ws: &TokenStream,
        pass: Option<&RowPass>,
    ) -> Option<TokenStream> {
        let g = self.g;
        let (ty, z8) = (self.ty(), self.zeros(8));
        let space = &gr.space;
        let mut acc: Vec<Access> = Vec::new();
        let mut vals: HashMap<Id, TokenStream> = HashMap::new();
        let mut lines = Vec::new();
        let mut stores = Vec::new();
        for &m in &gr.members {
            let node = g.node(m);
            let value = if class(g, m) == Class::Elem {
                let args: Vec<TokenStream> = node
                    .args
                    .iter()
                    .map(|&a| self.value(a, &vals, space, &mut acc))
                    .collect();
                self.apply(m, &args)
            } else {
                // A copy of a view, a constant or a leaf.
                let (src, map) = crate::schedule::resolve(g, m);
                self.read(src, &map, space, &mut acc)
            };
            let v = format_ident!("__v{}", m.0);
            lines.push(quote!(let #v: #ty = #value;));
            vals.insert(m, quote!(#v));
            if let Some(t) = self.targets.get(&m) {
                stores.push((t.clone(), v));
            }
        }
        // Sums: the value summed, and whether they run along the last axis.
        let mut sums = Vec::new();
        for &s in &gr.sums {
            let node = g.node(s);
            let Op::Reduce(Reduce::Sum, axes) = &node.op else {
                continue;
            };
            let val = self.value(node.args[0], &vals, space, &mut acc);
            sums.push((s, axes.clone(), val));
        }
        // Params flushed as they are read: once per element, first.
        let lines: Vec<TokenStream> = self.flushed_reads(&acc).into_iter().chain(lines).collect();
        let r = space.len();
        let flat = acc.iter().all(|a| {
            a.base.is_none()
                && (a.inner == Some(false) && a.per_axis.iter().all(|p| p.is_none())
                    || a.inner == Some(true) && g.shape(a.src) == space.as_slice())
        }) && sums.iter().all(|(_, axes, _)| axes.len() == r)
            && sums.len() <= 8;
        if pass.is_some() && !flat {
            return None;
        }
        // Rows of the first axis run in blocks, in parallel on large nests, when every output
        // element belongs to one row: no totals, and every partial sum keeps the first axis.
        let par_rows = !flat && r >= 2 && sums.iter().all(|(_, axes, _)| !axes.contains(&Axis(0)));
        // In that case stores and partial sums write into each block's part of their buffer,
        // at offsets relative to the block's first row: (buffer, elements per row, block name).
        let mut blk_targets: Vec<(TokenStream, TokenStream, Ident)> = Vec::new();
        // The iteration: (outer loop axes with their sizes, row length), as expressions.
        let sizes: Vec<TokenStream> = space
            .iter()
            .map(|&d| {
                let v = dim_var(d);
                quote!(#v)
            })
            .collect();
        let total = count(space);
        let (outer, row_len): (Vec<TokenStream>, TokenStream) = if flat {
            (vec![quote!(#total.div_ceil(4096))], quote!(4096usize))
        } else {
            (sizes[..r - 1].to_vec(), sizes[r - 1].clone())
        };
        let outer_iv: Vec<Ident> = (0..outer.len())
            .map(|k| format_ident!("__k{}", k))
            .collect();
        // Offsets of each read, store and partial sum at the start of the current row.
        let row_start = |per_axis: &[Option<TokenStream>]| -> TokenStream {
            if flat {
                // A row pass hands each block its first element.
                return if pass.is_some() {
                    quote!(__k0)
                } else {
                    quote!(__k0 * 4096usize)
                };
            }
            let terms: Vec<TokenStream> = (0..r - 1)
                .filter_map(|k| {
                    let s = per_axis[k].as_ref()?;
                    let iv = &outer_iv[k];
                    Some(quote!(#iv * #s))
                })
                .collect();
            if terms.is_empty() {
                quote!(0usize)
            } else {
                quote!(#(#terms)+*)
            }
        };
        let contiguous: Vec<Option<TokenStream>> = strides(space).into_iter().map(Some).collect();
        let len_expr = if flat {
            quote!((#total - __k0 * 4096usize).min(4096usize))
        } else {
            row_len.clone()
        };
        let mut row_setup = Vec::new();
        for (k, a) in acc.iter().enumerate() {
            let o = format_ident!("__o{}", k);
            let rv = format_ident!("__r{}", k);
            let off = a.at(row_start(&a.per_axis));
            let src = self.slice_of(a.src);
            if pass.is_some_and(|p| p.p == a.src) {
                // A row pass hands each block its entries of the first product.
                if a.inner != Some(true) {
                    return None;
                }
                row_setup.push(quote!(let #rv = &__seg[..__len];));
                continue;
            }
            row_setup.push(quote!(let #o: usize = #off;));
            match a.inner {
                Some(true) => row_setup.push(quote!(let #rv = &(#src)[#o..#o + __len];)),
                Some(false) => row_setup.push(quote!(let #rv: #ty = (#src)[#o];)),
                None => {
                    let st = format_ident!("__st{}", k);
                    let s = a.per_axis[r - 1].clone().unwrap_or_else(|| quote!(0usize));
                    row_setup.push(quote!(let #st: usize = #s; let #rv = #src;));
                }
            }
        }
        // A store's elements per row of the first axis.
        let store_row = contiguous
            .first()
            .cloned()
            .flatten()
            .unwrap_or_else(|| quote!(1usize));
        let store_off = row_start(&contiguous);
        let store_off = if par_rows {
            quote!(#store_off - __row0 * #store_row)
        } else {
            store_off
        };
        let mut store_vals = Vec::new();
        let mut store_setup = Vec::new();
        let mut store_ws = Vec::new();
        let mut store_targets = Vec::new();
        for (k, (t, v)) in stores.iter().enumerate() {
            let w = format_ident!("__w{}", k);
            store_targets.push(quote!(&mut #t[..]));
            // In row blocks, the store goes through the block's part of its buffer.
            let dst = if par_rows {
                let b = format_ident!("__bw{}", k);
                blk_targets.push((quote!(#t), store_row.clone(), b.clone()));
                quote!(#b)
            } else {
                quote!(#t)
            };
            store_setup.push(quote!(let #w = &mut #dst[__ow..__ow + __len];));
            store_vals.push(v.clone());
            store_ws.push(w);
        }
        let mut totals = Vec::new();
        let mut unit_ws: Vec<Ident> = Vec::new();
        // Sums: scalar totals in f64 per row, partial sums into their buffers.
        let mut before = Vec::new();
        let mut after_row = Vec::new();
        let mut after = Vec::new();
        let mut lane_lines: Vec<Box<dyn Fn(TokenStream) -> TokenStream>> = Vec::new();
        let mut unit_vals = Vec::new();
        let mut lanes_needed = false;
        for (j, (s, axes, val)) in sums.iter().enumerate() {
            let home = self.homes.get(s).cloned();
            let along = axes.contains(&Axis(r - 1)) || flat;
            if axes.len() == r {
                // A total: lanes per row, rows into f64.
                let tot = format_ident!("__tot{}", j);
                let lanes = format_ident!("__lanes{}", j);
                before.push(quote!(let mut #tot: f64 = 0.0;));
                totals.push((tot.clone(), lanes.clone(), home.clone()));
                row_setup.push(quote!(let mut #lanes = #z8;));
                let (val, ln) = (val.clone(), lanes.clone());
                lane_lines.push(Box::new(move |l: TokenStream| quote!(#ln[#l] += #val;)));
                after_row.push(quote!(#tot += #lanes.iter().sum::<#ty>() as f64;));
                lanes_needed = true;
                match home {
                    Some(Home::Scalar(v)) => after.push(quote!(let #v: #ty = #tot as #ty;)),
                    Some(Home::Buf(v)) | Some(Home::Dest(v)) => {
                        after.push(quote!(#v[0] = #tot as #ty;))
                    }
                    _ => {}
                }
            } else {
                let (Some(Home::Buf(t)) | Some(Home::Dest(t))) = home else {
                    continue;
                };
                before.push(quote!(#t.fill(0.0);));
                // Offsets into the partial sum: the kept axes' strides in its own shape.
                let kept: Vec<usize> = (0..r).filter(|&a| !axes.contains(&Axis(a))).collect();
                let out_shape: Vec<DimId> = kept.iter().map(|&a| space[a]).collect();
                let ost = strides(&out_shape);
                let mut per_axis: Vec<Option<TokenStream>> = vec![None; r];
                for (q, &a) in kept.iter().enumerate() {
                    per_axis[a] = Some(ost[q].clone());
                }
                let off = row_start(&per_axis);
                let o = format_ident!("__so{}", j);
                let t = if par_rows {
                    // The first axis is kept, so it is the partial sum's first axis.
                    let (b, s0) = (format_ident!("__bs{}", j), ost[0].clone());
                    row_setup.push(quote!(let #o: usize = #off - __row0 * #s0;));
                    blk_targets.push((quote!(#t), s0, b.clone()));
                    quote!(#b)
                } else {
                    row_setup.push(quote!(let #o: usize = #off;));
                    quote!(#t)
                };
                if along {
                    let lanes = format_ident!("__lanes{}", j);
                    row_setup.push(quote!(let mut #lanes = #z8;));
                    let (val, ln) = (val.clone(), lanes.clone());
                    lane_lines.push(Box::new(move |l: TokenStream| quote!(#ln[#l] += #val;)));
                    after_row.push(quote!(#t[#o] += #lanes.iter().sum::<#ty>();));
                    lanes_needed = true;
                } else {
                    let w = format_ident!("__sw{}", j);
                    row_setup.push(quote!(let #w = &mut #t[#o..#o + __len];));
                    unit_vals.push(val.clone());
                    unit_ws.push(w);
                }
            }
        }
        // Rows of 8: reads and stores of unit stride are re-sliced to the 8 of the chunk, so
        // that indexing them needs no bounds checks and the chunk vectorizes.
        let unit_reads: Vec<Ident> = acc
            .iter()
            .enumerate()
            .filter(|(_, a)| a.inner == Some(true))
            .map(|(k, _)| format_ident!("__r{}", k))
            .collect();
        let chunk_shadows: Vec<TokenStream> = unit_reads
            .iter()
            .map(|rv| quote!(let #rv = &#rv[__base..__base + 8];))
            .chain(
                store_ws
                    .iter()
                    .chain(&unit_ws)
                    .map(|w| quote!(let #w = &mut #w[__base..__base + 8];)),
            )
            .collect();
        let chunked = {
            let chunk_lanes: Vec<TokenStream> = lane_lines.iter().map(|l| l(quote!(__l))).collect();
            let tail_lanes: Vec<TokenStream> = lane_lines.iter().map(|l| l(quote!(0))).collect();
            // The chunk's stores and partial sums go through arrays on the stack, copied out
            // after it: the compiler cannot tell that the output slices do not alias the
            // inputs, and would not vectorize the chunk if it wrote them directly.
            let tws: Vec<Ident> = (0..store_ws.len())
                .map(|k| format_ident!("__tw{}", k))
                .collect();
            let tus: Vec<Ident> = (0..unit_ws.len())
                .map(|k| format_ident!("__tu{}", k))
                .collect();
            let (sws, uws) = (&store_ws, &unit_ws);
            // Every stream of the chunk asks for its data a little ahead, so that a loop doing
            // much arithmetic per element is not held up by main memory.
            let f = self.fused();
            let streams: Vec<&Ident> = unit_reads.iter().chain(sws).chain(uws).collect();
            quote! {
                let __chunks = __len / 8;
                for __c in 0..__chunks {
                    let __base = __c * 8;
                    #(#f::prefetch(#streams.as_ptr().wrapping_add(__base + #f::PREFETCH_AHEAD));)*
                    #(#chunk_shadows)*
                    #(let mut #tws = #z8;)*
                    #(let mut #tus = #z8; #tus.copy_from_slice(#uws);)*
                    for __l in 0..8 {
                        let (__i, __ig) = (__l, __base + __l);
                        #(#lines)*
                        #(#tws[__i] = #store_vals;)*
                        #(#tus[__i] += #unit_vals;)*
                        #(#chunk_lanes)*
                    }
                    #(#sws.copy_from_slice(&#tws);)*
                    #(#uws.copy_from_slice(&#tus);)*
                }
                for __i in __chunks * 8..__len {
                    let __ig = __i;
                    #(#lines)*
                    #(#sws[__i] = #store_vals;)*
                    #(#uws[__i] += #unit_vals;)*
                    #(#tail_lanes)*
                }
            }
        };
        let simple = {
            let (sws, uws) = (&store_ws, &unit_ws);
            quote! {
                for __i in 0..__len {
                    let __ig = __i;
                    #(#lines)*
                    #(#sws[__i] = #store_vals;)*
                    #(#uws[__i] += #unit_vals;)*
                }
            }
        };
        // Sums along rows need the chunks' lanes. Otherwise a plain loop vectorizes a long row
        // as well as the chunks do, and better for a sum over the batch dim; but the compiler's
        // vector loop is wider than a short row (a softmax over 10 classes), which would then
        // run scalar, so short rows keep the chunks.
        let inner = if lanes_needed {
            chunked
        } else if flat {
            simple
        } else {
            quote! {
                if __len < 32 {
                    #chunked
                } else {
                    #simple
                }
            }
        };
        if flat {
            // Blocks of 4096, in parallel on large spaces: each block writes its own part of
            // every store, and its totals into its own 8 slots, summed in block order after.
            // Totals add up in 8 lanes over chunks of 8, as in the nests above.
            let f = self.fused();
            let nt = totals.len();
            let tot_lines = totals
                .iter()
                .enumerate()
                .map(|(j, (_, ln, _))| quote!(__tots[#j] = #ln.iter().sum::<#ty>();));
            let finish = totals.iter().enumerate().map(|(j, (tot, _, home))| {
                let read = quote!((0..__nb).map(|__q| __bt[__q * 8 + #j] as f64).sum::<f64>());
                let set = match home {
                    Some(Home::Scalar(v)) => quote!(let #v: #ty = #tot as #ty;),
                    Some(Home::Buf(v)) | Some(Home::Dest(v)) => quote!(#v[0] = #tot as #ty;),
                    _ => TokenStream::new(),
                };
                quote!(let #tot: f64 = #read; #set)
            });
            let take = if nt > 0 {
                quote!(let mut __bt = #ws.take(#slot, __nb * 8);)
            } else {
                quote!(let mut __bt: Vec<#ty> = Vec::new();)
            };
            let give = if nt > 0 {
                quote!(#ws.put(#slot, __bt);)
            } else {
                TokenStream::new()
            };
            let nw = store_ws.len();
            if let Some(pass) = pass {
                // The block's `z` is the store of the member the second product reads.
                let stored: Vec<Id> = gr
                    .members
                    .iter()
                    .copied()
                    .filter(|m| self.targets.contains_key(m))
                    .collect();
                let zi = stored.iter().position(|&m| m == pass.z)?;
                let (Some(Home::Buf(gv) | Home::Dest(gv)), Some(xs), Some(wv)) = (
                    self.homes.get(&pass.back),
                    self.homes.get(&pass.x).map(|_| self.slice_of(pass.x)),
                    self.homes.get(&pass.w).map(|_| self.slice_of(pass.w)),
                ) else {
                    return None;
                };
                let rt = &self.rt;
                let d = dim_var(pass.d);
                let scratch =
                    self.slot_base + self.buffers.len() + self.fused.steps.len() + pass.at;
                return Some(quote! {
                    let __n: usize = #total;
                    let __nb: usize = #rt::rowpass::blocks(__n, #d);
                    #take
                    let mut __scr = #ws.take(#scratch, #rt::rowpass::scratch(__n, #d));
                    #rt::rowpass::pass(
                        __n,
                        #d,
                        #xs,
                        #wv,
                        [#(#store_targets),*],
                        #zi,
                        &mut __bt[..],
                        &mut __scr[..],
                        &mut #gv[..],
                        |__k0: usize, __len: usize, __seg: &[#ty], [#(#store_ws),*]: [&mut [#ty]; #nw], __tots: &mut [#ty]| {
                            #(#row_setup)*
                            #inner
                            #(#tot_lines)*
                        },
                    );
                    #ws.put(#scratch, __scr);
                    #(#finish)*
                    #give
                });
            }
            return Some(quote! {
                let __n: usize = #total;
                let __nb: usize = __n.div_ceil(4096usize);
                #take
                #f::blocks(
                    __n,
                    [#(#store_targets),*],
                    &mut __bt[..],
                    |__k0: usize, __len: usize, [#(#store_ws),*]: [&mut [#ty]; #nw], __tots: &mut [#ty]| {
                        #(#row_setup)*
                        #inner
                        #(#tot_lines)*
                    },
                );
                #(#finish)*
                #give
            });
        }
        let mut nest = quote! {
            let __len: usize = #len_expr;
            let __ow: usize = #store_off;
            #(#row_setup)*
            #(#store_setup)*
            #inner
            #(#after_row)*
        };
        for (k, n) in outer.iter().enumerate().rev() {
            let iv = &outer_iv[k];
            nest = if par_rows && k == 0 {
                quote!(for #iv in __row0..__row1 { #nest })
            } else {
                quote!(for #iv in 0..#n { #nest })
            };
        }
        if par_rows {
            let f = self.fused();
            let n0 = &sizes[0];
            let row_elems = count(&space[1..]);
            let bufs = blk_targets.iter().map(|(t, _, _)| quote!(&mut #t[..]));
            let per_row = blk_targets.iter().map(|(_, s0, _)| s0);
            let blks = blk_targets.iter().map(|(_, _, b)| b);
            let nw = blk_targets.len();
            return Some(quote! {
                #(#before)*
                #f::row_blocks(
                    #n0,
                    #row_elems,
                    [#(#bufs),*],
                    [#(#per_row),*],
                    |__row0: usize, __row1: usize, [#(#blks),*]: [&mut [#ty]; #nw]| {
                        #nest
                    },
                );
                #(#after)*
            });
        }
        Some(quote! {
            #(#before)*
            #nest
            #(#after)*
        })
    }

    /// The output of a kernel: a slice expression, and what follows for a rank-0 result.
    fn out_slice(&self, id: Id) -> (TokenStream, TokenStream, TokenStream) {
        let (ty, z1) = (self.ty(), self.zeros(1));
        match self.homes.get(&id) {
            Some(Home::Buf(v)) | Some(Home::Dest(v)) => {
                (TokenStream::new(), quote!(&mut #v[..]), TokenStream::new())
            }
            Some(Home::Scalar(v)) => (
                quote!(let mut __one = #z1;),
                quote!(&mut __one[..]),
                quote!(let #v: #ty = __one[0];),
            ),
            _ => (
                quote!(let mut __one = #z1;),
                quote!(&mut __one[..]),
                TokenStream::new(),
            ),
        }
    }

    /// A view of a source in memory with its own shape, for the general kernels.
    fn view_of(&self, src: Id) -> TokenStream {
        let rt = &self.rt;
        let dims = self.g.shape(src).iter().map(|&d| dim_var(d));
        let s = self.slice_of(src);
        quote!(#rt::ndarray::ArrayViewD::from_shape(#rt::ndarray::IxDyn(&[#(#dims),*]), #s).unwrap_or_else(|_| #rt::ndarray::ArrayViewD::from_shape(#rt::ndarray::IxDyn(&[0]), &[]).unwrap()))
    }

    fn kernel(&self, id: Id) -> TokenStream {
        let g = self.g;
        let rt = &self.rt;
        let rk = self.room("rows");
        let k = quote!(#rt::kernels);
        let node = g.node(id);
        // A scan's outputs are written by the scan (`scan_code`).
        if matches!(node.op, Op::Scan(_) | Op::ScanOut(_)) {
            return TokenStream::new();
        }
        let (pre, out, post) = self.out_slice(id);
        let call = match &node.op {
            Op::Contract {
                a,
                b,
                out: labels_out,
            } => self
                .contract(id, a, b, labels_out, &out, None)
                .unwrap_or_default(),
            Op::Reduce(r, axes) => {
                let kind = match r {
                    Reduce::Max => quote!(Max),
                    Reduce::Min => quote!(Min),
                    Reduce::LogSumExp | Reduce::Sum => quote!(LogSumExp),
                };
                self.row_kernel(
                    node.args[0],
                    axes,
                    &out,
                    |s, rows, cols| quote!(#rk::reduce_rows(#s, #rows, #cols, #rk::RowReduce::#kind, #out);),
                    |v, ax| quote!(#k::reduce(&#v, #ax, #k::Reduce::#kind)),
                )
            }
            Op::Softmax(axes) | Op::LogSoftmax(axes) => {
                let log = matches!(node.op, Op::LogSoftmax(_));
                let rows_fn = if log {
                    quote!(log_softmax_rows)
                } else {
                    quote!(softmax_rows)
                };
                self.row_kernel(
                    node.args[0],
                    axes,
                    &out,
                    |s, rows, cols| quote!(#rt::softmax::#rows_fn(#s, #rows, #cols, #out);),
                    |v, ax| quote!(#k::softmax(&#v, #ax, #log)),
                )
            }
            Op::ArgMask(max, axes) => self.row_kernel(
                node.args[0],
                axes,
                &out,
                |s, rows, cols| quote!(#rk::argmask_rows(#s, #rows, #cols, #max, #out);),
                |v, ax| quote!(#k::argmask(&#v, #ax, #max)),
            ),
            Op::CrossEntropy | Op::CrossEntropyGrad => {
                let (z, rows, cols) = self.scores(id);
                let grad = matches!(node.op, Op::CrossEntropyGrad);
                if self.precision == Precision::F64 {
                    let (zv, yv) = (self.view_of(z), self.view_of(node.args[1]));
                    return quote!(#pre {
                        let __r = #k::cross_entropy(&#zv, &#yv, #grad);
                        for (__o, __x) in (#out).iter_mut().zip(__r.iter()) { *__o = *__x; }
                    } #post);
                }
                let (zs, ys) = (self.slice_of(z), self.slice_of(node.args[1]));
                let kernel = if !grad {
                    quote!(cross_entropy_rows)
                } else {
                    quote!(cross_entropy_grad_rows)
                };
                quote!(#rt::softmax::#kernel(#zs, #rows, #cols, #ys, #out);)
            }
            Op::Ctc | Op::CtcGrad => {
                let (args, n) = self.ctc_args(id);
                let room = quote!(#rt::ctc);
                match (node.op == Op::CtcGrad, self.precision) {
                    (false, Precision::F32) => quote!(#room::loss_in_thread(#args, #out);),
                    (true, Precision::F32) => {
                        let gs = self.slice_of(self.fused.source(g, node.args[4]).0);
                        quote!(#room::grad_in_thread(#args, #gs, #out);)
                    }
                    (false, Precision::F64) => quote!(#room::reference(#args, #out, None);),
                    (true, Precision::F64) => {
                        let gs = self.slice_of(self.fused.source(g, node.args[4]).0);
                        quote!({
                            let mut __losses = vec![0f64; #n];
                            #room::reference(#args, &mut __losses, Some((#gs, #out)));
                        })
                    }
                }
            }
            Op::Conv(d) | Op::ConvData(d) | Op::ConvKernel(d) => {
                let d = *d as usize;
                let src = |k: usize| self.fused.source(g, node.args[k]).0;
                // The input's and the kernel's dims: an argument's, or the node's own.
                let (xd, kd) = match node.op {
                    Op::Conv(_) => (g.shape(src(0)), g.shape(src(1))),
                    Op::ConvData(_) => (&node.shape[..], g.shape(src(1))),
                    _ => (g.shape(src(0)), &node.shape[..]),
                };
                let r = xd.len();
                let batch = count(&xd[..r - 1 - d]);
                let size0 = dim_var(xd[r - 1 - d]);
                let k0 = dim_var(kd[0]);
                let (size1, k1) = if d == 2 {
                    let (a, b) = (dim_var(xd[r - 2]), dim_var(kd[1]));
                    (quote!(#a), quote!(#b))
                } else {
                    (quote!(1), quote!(1))
                };
                let (ci, co) = (dim_var(kd[d]), dim_var(kd[d + 1]));
                let geo = quote!(#rt::conv::Geometry {
                    batch: #batch,
                    size: [#size0, #size1],
                    kernel: [#k0, #k1],
                    cin: #ci,
                    cout: #co,
                });
                let (a, b) = (self.slice_of(src(0)), self.slice_of(src(1)));
                let f = match (&node.op, self.precision) {
                    (Op::Conv(_), Precision::F32) => quote!(forward),
                    (Op::ConvData(_), Precision::F32) => quote!(data_grad),
                    (_, Precision::F32) => quote!(kernel_grad),
                    (Op::Conv(_), Precision::F64) => quote!(forward_direct),
                    (Op::ConvData(_), Precision::F64) => quote!(data_grad_direct),
                    (_, Precision::F64) => quote!(kernel_grad_direct),
                };
                quote!(#rt::conv::#f(#a, #b, #geo, #out);)
            }
            Op::PoolMask(axis, w) | Op::WindowSum(axis, w) | Op::Repeat(axis, w) => {
                // The argument as `[outer, along, inner]` around the axis.
                let src = self.fused.source(g, node.args[0]).0;
                let xd = g.shape(src);
                let a = axis.ix();
                let (outer, along, inner) = (count(&xd[..a]), dim_var(xd[a]), count(&xd[a + 1..]));
                let xs = self.slice_of(src);
                let f = match node.op {
                    Op::PoolMask(..) => quote!(first_max_mask),
                    Op::WindowSum(..) => quote!(window_sum),
                    _ => quote!(repeat),
                };
                quote!(#rt::pooling::#f(#xs, #outer, #along, #inner, #w, #out);)
            }
            Op::Gather | Op::ScatterAdd => {
                // Rows of the gathered tensor (`w`, or the result of a scatter) after its first
                // dim.
                let (src, _) = self.fused.source(g, node.args[0]);
                let wide = if node.op == Op::Gather { src } else { id };
                let row = size(&g.shape(wide)[1..]);
                let (xs, ys) = (self.slice_of(src), self.slice_of(node.args[1]));
                let f = if node.op == Op::Gather {
                    quote!(gather)
                } else {
                    quote!(scatter_add)
                };
                quote!(#rt::select::#f(#xs, #ys, #row, #out);)
            }
            Op::OneHot => {
                let classes = size(&node.shape[node.shape.len() - 1..]);
                let ys = self.slice_of(node.args[0]);
                quote!(#rt::select::onehot(#ys, #classes, #out);)
            }
            Op::Slice(axis, at) => {
                // The tensor with the dim, as `[outer, size, inner]` around it.
                let (src, _) = self.fused.source(g, node.args[0]);
                let wide = g.shape(src);
                let ax = axis.ix();
                let (outer, dim, inner) = (
                    size(&wide[..ax]),
                    size(&wide[ax..ax + 1]),
                    size(&wide[ax + 1..]),
                );
                let xs = self.slice_of(src);
                quote!(#rt::select::slice(#xs, #outer, #dim, #inner, #at, #out);)
            }
            Op::Unslice(axis, at) => {
                let wide = &node.shape[..];
                let ax = axis.ix();
                let (outer, dim, inner) = (
                    size(&wide[..ax]),
                    size(&wide[ax..ax + 1]),
                    size(&wide[ax + 1..]),
                );
                let parts: Vec<TokenStream> = node
                    .args
                    .iter()
                    .map(|&a| self.slice_of(self.fused.source(g, a).0))
                    .collect();
                quote!(#rt::select::unslice(&[#(#parts),*], &[#(#at),*], #outer, #dim, #inner, #out);)
            }
            // Not kernels (`Class::Kernel`): the schedule computes them in loops and scalars.
            Op::Param(_)
            | Op::Input(_)
            | Op::Noise(_)
            | Op::Labels(_)
            | Op::Hyper(_)
            | Op::Const(_)
            | Op::Size(_)
            | Op::Unary(_)
            | Op::Binary(_)
            | Op::Select(_)
            | Op::Broadcast(_)
            | Op::Transpose(_)
            | Op::Custom(_)
            | Op::Hole(_) => TokenStream::new(),
            // `expand` refuses programs with scans before they reach the emitter.
            Op::CarryIn(..) | Op::Step(..) | Op::Scan(_) | Op::ScanOut(_) => TokenStream::new(),
        };
        quote!(#pre #call #post)
    }

    /// A kernel over rows: when `axes` are the trailing axes of the argument, `rows(slice, rows,
    /// cols)`; otherwise the general kernel `general(view, axes)` and a copy into `out`.
    fn row_kernel(
        &self,
        arg: Id,
        axes: &[Axis],
        out: &TokenStream,
        rows: impl Fn(TokenStream, TokenStream, TokenStream) -> TokenStream,
        general: impl Fn(TokenStream, TokenStream) -> TokenStream,
    ) -> TokenStream {
        let (src, _) = self.fused.source(self.g, arg);
        let ish = self.g.shape(src);
        let rank = ish.len();
        // The row kernels are `f32` only; in `f64` every kernel is a general one.
        let suffix = axes
            .iter()
            .enumerate()
            .all(|(q, &a)| a == Axis(rank - axes.len() + q));
        if suffix && self.precision == Precision::F32 {
            let r = count(&ish[..rank - axes.len()]);
            let c = count(&ish[rank - axes.len()..]);
            rows(self.slice_of(src), r, c)
        } else {
            let ax = axes.iter().map(|&a| Literal::usize_unsuffixed(a.ix()));
            let call = general(self.view_of(src), quote!(&[#(#ax),*]));
            quote!({
                let __r = #call;
                for (__o, __x) in (#out).iter_mut().zip(__r.iter()) { *__o = *__x; }
            })
        }
    }

    /// A contraction as one strided matrix product when each index group is contiguous in its
    /// operand and in the output; otherwise the general kernel and a copy.
    /// With an epilogue `epi` (a closure expression), only the strided product can run it:
    /// `None` otherwise.
    /// How a contraction runs as a matrix product: see [`ProductPlan`].
    fn product_plan(
        &self,
        id: Id,
        labels_a: &[u8],
        labels_b: &[u8],
        labels_out: &[u8],
    ) -> ProductPlan {
        let g = self.g;
        let node = g.node(id);
        let (sa, ma) = self.fused.source(g, node.args[0]);
        let (sb, mb) = self.fused.source(g, node.args[1]);
        // Operand axis i is source axis `src_axis[i]`.
        let src_axis = |map: &[usize]| {
            let mut inv = vec![0; map.len()];
            for (j, &i) in map.iter().enumerate() {
                inv[i] = j;
            }
            inv
        };
        let (xa, xb) = (src_axis(&ma), src_axis(&mb));
        let free_a: Vec<usize> = (0..labels_a.len())
            .filter(|&i| labels_out.contains(&labels_a[i]))
            .collect();
        let sum_a: Vec<usize> = (0..labels_a.len())
            .filter(|&i| !labels_out.contains(&labels_a[i]))
            .collect();
        let sum_b: Vec<usize> = sum_a
            .iter()
            .filter_map(|&i| labels_b.iter().position(|&l| l == labels_a[i]))
            .collect();
        let free_b: Vec<usize> = (0..labels_b.len())
            .filter(|&i| labels_out.contains(&labels_b[i]))
            .collect();
        // A group of operand axes as one matrix dimension: (size, stride), when the axes are
        // consecutive and increasing in the source.
        let group = |axes: &[usize], x: &[usize], src: Id| -> Option<(TokenStream, TokenStream)> {
            if axes.windows(2).any(|w| x[w[1]] != x[w[0]] + 1) {
                return None;
            }
            let sh = g.shape(src);
            let dims: Vec<DimId> = axes.iter().map(|&i| sh[x[i]]).collect();
            let size = count(&dims);
            let stride = match axes.last() {
                Some(&i) => count(&sh[x[i] + 1..]),
                None => quote!(1usize),
            };
            Some((size, stride))
        };
        let out_pos = |labels: Vec<u8>| -> Vec<usize> {
            labels
                .iter()
                .filter_map(|l| labels_out.iter().position(|x| x == l))
                .collect()
        };
        let pa = out_pos(free_a.iter().map(|&i| labels_a[i]).collect());
        let pb = out_pos(free_b.iter().map(|&i| labels_b[i]).collect());
        let ident: Vec<usize> = (0..labels_out.len()).collect();
        let plan = (|| {
            let (m, a_rs) = group(&free_a, &xa, sa)?;
            let (k, a_cs) = group(&sum_a, &xa, sa)?;
            let (_, b_rs) = group(&sum_b, &xb, sb)?;
            let (n, b_cs) = group(&free_b, &xb, sb)?;
            let (_, c_rs) = group(&pa, &ident, id)?;
            let (_, c_cs) = group(&pb, &ident, id)?;
            Some(Strided {
                sizes: [m, n, k],
                strides: [[a_rs, a_cs], [b_rs, b_cs], [c_rs, c_cs]],
            })
        })();
        let (asl, bsl) = (self.slice_of(sa), self.slice_of(sb));
        // Sizes fixed by `dim`, when every axis of a group is.
        let known = |axes: &[usize], x: &[usize], src: Id| -> Option<usize> {
            let sh = g.shape(src);
            axes.iter()
                .map(|&i| self.fixed.get(sh[x[i]].ix()).copied().flatten())
                .product()
        };
        let small = match (
            known(&free_a, &xa, sa),
            known(&free_b, &xb, sb),
            known(&sum_a, &xa, sa),
        ) {
            (Some(m), Some(n), Some(k)) if m * n * k <= SMALL_FIXED => Some((m, n, k)),
            _ => None,
        };
        ProductPlan {
            plan,
            small,
            asl,
            bsl,
            sa,
            sb,
            xa,
            xb,
            vector: free_a.is_empty() || free_b.is_empty(),
        }
    }

    fn contract(
        &self,
        id: Id,
        labels_a: &[u8],
        labels_b: &[u8],
        labels_out: &[u8],
        out: &TokenStream,
        epi: Option<&TokenStream>,
    ) -> Option<TokenStream> {
        let rt = &self.rt;
        let p = self.room("product");
        let ProductPlan {
            plan,
            small,
            asl,
            bsl,
            sa,
            sb,
            xa,
            xb,
            vector,
        } = self.product_plan(id, labels_a, labels_b, labels_out);
        if let Some(epi) = epi {
            let ops = self.operands(plan.filter(|_| small.is_none())?, &asl, &bsl, out);
            return Some(quote!(#p::gemm_then(#ops, #epi);));
        }
        // The products are `f32` only; in `f64` every contraction is a general kernel.
        let plan = plan.filter(|_| self.precision == Precision::F32);
        // The workspace slot of the right operand packed before a scan's loop, if it is.
        let packed = self
            .prepacked
            .iter()
            .find(|&&(q, _)| q == id)
            .map(|&(_, slot)| slot);
        Some(match plan {
            Some(mut s) if small.is_some() => {
                let (m, n, kk) = small.unwrap_or_default();
                let lit = |v: usize| {
                    let l = Literal::usize_unsuffixed(v);
                    quote!(#l)
                };
                s.sizes = [lit(m), lit(n), lit(kk)];
                let ops = self.operands(s, &asl, &bsl, out);
                quote!(#p::gemm_fixed::<#m, #n, #kk>(#ops);)
            }
            Some(s) if packed.is_some() => {
                let pk = format_ident!("__pk{}", packed.unwrap_or_default());
                let ops = self.operands(s, &asl, &bsl, out);
                quote!(#p::gemm_packed(#ops, &#pk[..]);)
            }
            Some(s) => {
                let ops = self.operands(s, &asl, &bsl, out);
                // A side of size 1 (`a` one row, `b` one column) makes a vector product,
                // inlined.
                if vector {
                    quote!(#p::gemv(#ops);)
                } else {
                    quote!(#p::gemm(#ops);)
                }
            }
            None => {
                let k = quote!(#rt::kernels);
                let (va, vb) = (self.view_of(sa), self.view_of(sb));
                // `permuted_axes` takes, for each operand axis, its source axis (`xa`, `xb`):
                // the inverse of the source-to-operand maps `ma`, `mb`.
                let pa = xa.iter().map(|&x| Literal::usize_unsuffixed(x));
                let pb = xb.iter().map(|&x| Literal::usize_unsuffixed(x));
                let (labels_a, labels_b, labels_out) = (
                    labels_a.iter().map(|&x| Literal::u8_unsuffixed(x)),
                    labels_b.iter().map(|&x| Literal::u8_unsuffixed(x)),
                    labels_out.iter().map(|&x| Literal::u8_unsuffixed(x)),
                );
                quote!({
                    let __va = #va.permuted_axes(#rt::ndarray::IxDyn(&[#(#pa),*]));
                    let __vb = #vb.permuted_axes(#rt::ndarray::IxDyn(&[#(#pb),*]));
                    let __r = #k::contract(&__va, &[#(#labels_a),*], &__vb, &[#(#labels_b),*], &[#(#labels_out),*]);
                    for (__o, __x) in (#out).iter_mut().zip(__r.iter()) { *__o = *__x; }
                })
            }
        })
    }

    /// The arguments of a strided product: `a` and `b` as `MatRef`s over `asl` and `bsl`, the
    /// result as a `MatMut` over `out`.
    fn operands(
        &self,
        s: Strided,
        asl: &TokenStream,
        bsl: &TokenStream,
        out: &TokenStream,
    ) -> TokenStream {
        let x = self.room("matrix");
        let [m, n, k] = &s.sizes;
        let [[a_rs, a_cs], [b_rs, b_cs], [c_rs, c_cs]] = &s.strides;
        let layout = |rs: &TokenStream, cs: &TokenStream| quote!(#x::Mat { rs: (#rs) as isize, cs: (#cs) as isize });
        let (a, b, c) = (layout(a_rs, a_cs), layout(b_rs, b_cs), layout(c_rs, c_cs));
        quote! {
            #x::MatRef::new(#asl, #m, #k, #a),
            #x::MatRef::new(#bsl, #k, #n, #b),
            #x::MatMut::new(#out, #c)
        }
    }

    /// The product `p` with the loop `gr` as its epilogue (see [`epilogues`]): the loop's
    /// members computed per row segment of the product's result, the stored one (`stored`)
    /// written over it, in that member's memory. `None` when the product is not a strided one.
    fn product_then(&self, p: Id, gr: &Group, stored: Id) -> Option<TokenStream> {
        let g = self.g;
        let ty = self.ty();
        let Op::Contract {
            a,
            b,
            out: labels_out,
        } = &g.node(p).op
        else {
            return None;
        };
        let t = &self.targets[&stored];
        let mut vals: HashMap<Id, TokenStream> = HashMap::new();
        vals.insert(p, quote!(__seg[__i]));
        let mut acc: Vec<Access> = Vec::new();
        let mut lines = Vec::new();
        for &m in &gr.members {
            let args: Vec<TokenStream> = g
                .node(m)
                .args
                .iter()
                .map(|&a| self.value(a, &vals, &gr.space, &mut acc))
                .collect();
            let value = self.apply(m, &args);
            let v = format_ident!("__v{}", m.0);
            lines.push(quote!(let #v: #ty = #value;));
            vals.insert(m, quote!(#v));
        }
        let last = &vals[&stored];
        let lines: Vec<TokenStream> = self.flushed_reads(&acc).into_iter().chain(lines).collect();
        // Each read's offset at row `__k0`, column `__j0`.
        let setup = acc.iter().enumerate().map(|(k, a)| {
            let (o, rv) = (format_ident!("__o{}", k), format_ident!("__r{}", k));
            let src = self.slice_of(a.src);
            let row = a.per_axis[0].clone().unwrap_or_else(|| quote!(0usize));
            let col = a.per_axis[1].clone().unwrap_or_else(|| quote!(0usize));
            match a.inner {
                Some(true) => {
                    let off = a.at(quote!(__k0 * #row + __j0));
                    quote! {
                        let #o: usize = #off;
                        let #rv = &(#src)[#o..#o + __len];
                    }
                }
                Some(false) => {
                    let off = a.at(quote!(__k0 * #row));
                    quote!(let #rv: #ty = (#src)[#off];)
                }
                None => {
                    let st = format_ident!("__st{}", k);
                    let off = a.at(quote!(__k0 * #row + __j0 * #st));
                    quote! {
                        let #st: usize = #col;
                        let #o: usize = #off;
                        let #rv = #src;
                    }
                }
            }
        });
        let epi = quote! {
            &|__k0: usize, __j0: usize, __seg: &mut [#ty]| {
                let __len = __seg.len();
                #(#setup)*
                for __i in 0..__len {
                    let __ig = __i;
                    #(#lines)*
                    __seg[__i] = #last;
                }
            }
        };
        self.contract(p, a, b, labels_out, &quote!(&mut #t[..]), Some(&epi))
    }
}
