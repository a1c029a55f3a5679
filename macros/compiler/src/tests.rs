//! Gradients derived by `grad`, evaluated by the interpreter, against central finite
//! differences of the interpreted forward program, for every op; and on random expressions.

use crate::diag::Diags;
use crate::expand::compile;
use crate::gradcheck::{random_env, Rng};
use crate::interp::{eval, eval_with, held, Env, Tensor};
use crate::ir::Id;
use crate::ir::Program;
use crate::op::{Binary, Op, Unary};
use crate::parse::parse_model;
use proptest::prelude::*;
use std::collections::HashMap;

fn program(body: &str) -> (crate::declare::Decls, Program) {
    let src = format!("#[gradcheck(off)] struct M {{ {body} }}");
    let tokens: proc_macro2::TokenStream = src.parse().expect("tokens");
    let model = parse_model(tokens).unwrap_or_else(|e| panic!("parse error: {e}\n{src}"));
    let mut diags = Diags::default();
    match compile(&model, &mut diags) {
        Some(p) => p,
        None => panic!(
            "compile error: {}\n{src}",
            diags
                .into_error()
                .map(|e| e.to_string())
                .unwrap_or_default()
        ),
    }
}

fn env_for(decls: &crate::declare::Decls, g: &crate::ir::Graph, seed: u64) -> Env {
    random_env(g, decls, seed)
}

/// The loss at `env`, the `detach` nodes `held` at their values of the unperturbed point.
fn loss_at(prog: &Program, env: &Env, held: &HashMap<Id, Tensor>) -> f64 {
    let vals = eval_with(&prog.graph, env, &[prog.loss], held);
    vals[prog.loss.ix()].as_ref().expect("loss").data[0]
}

/// The largest relative disagreement between the derived gradients and central differences.
fn max_grad_error(prog: &Program, env: &Env) -> f64 {
    let mut roots: Vec<Id> = prog.grads.iter().flatten().copied().collect();
    roots.push(prog.loss);
    let vals = eval(&prog.graph, env, &roots);
    let held = held(&prog.graph, &vals);
    let mut worst: f64 = 0.0;
    for (p, gid) in prog.grads.iter().enumerate() {
        let n = env.params[p].data.len();
        let derived: Vec<f64> = match gid {
            Some(g) => vals[g.ix()].as_ref().expect("grad").data.clone(),
            None => vec![0.0; n],
        };
        for (j, &d) in derived.iter().enumerate() {
            let h = 1e-6;
            let mut e = env.clone();
            e.params[p].data[j] += h;
            let up = loss_at(prog, &e, &held);
            e.params[p].data[j] -= 2.0 * h;
            let down = loss_at(prog, &e, &held);
            let fd = (up - down) / (2.0 * h);
            let err = (fd - d).abs() / (1.0 + fd.abs().max(d.abs()));
            worst = worst.max(err);
        }
    }
    worst
}

fn assert_grads(body: &str) {
    let (decls, prog) = program(body);
    for seed in 0..3 {
        let env = env_for(&decls, &prog.graph, seed);
        let err = max_grad_error(&prog, &env);
        assert!(
            err < 1e-6,
            "gradient error {err:e} for\n{body}\n{}",
            prog.text
        );
    }
    assert_second_order(body, &decls, prog);
}

/// Differentiates the gradient again: `grad` applied to `sum_p <grad_p, d_p>` for random
/// directions `d_p` (new inputs) gives `H d`, checked against central differences of the
/// interpreted first gradient. It holds only if every vector-Jacobian rule builds ops that have
/// rules themselves.
fn assert_second_order(body: &str, decls: &crate::declare::Decls, mut prog: Program) {
    let g = &mut prog.graph;
    let first: Vec<Option<Id>> = prog.grads.clone();
    let n_inputs = decls.inputs.iter().filter(|i| i.labels.is_none()).count();
    let mut terms = Vec::new();
    let mut dirs = Vec::new();
    for (p, gid) in first.iter().enumerate() {
        let Some(gp) = *gid else { continue };
        let shape = g.shape(gp).to_vec();
        let d = g.push(Op::Input(n_inputs + dirs.len()), vec![], shape.clone());
        g.names.inputs.push(format!("direction{p}"));
        dirs.push((p, shape));
        let prod = g.mul(gp, d);
        let axes: Vec<crate::ir::Axis> = crate::ir::Axis::all(g.rank(prod)).collect();
        terms.push(g.reduce(crate::op::Reduce::Sum, prod, axes));
    }
    let Some(mut l2) = terms.first().copied() else {
        return;
    };
    for &t in &terms[1..] {
        l2 = g.add(l2, t);
    }
    let second = crate::grad::grad(g, l2, first.len()).params;
    for seed in 0..2 {
        let mut env = env_for(decls, g, seed);
        let mut rng = Rng::new(0x5eed + seed);
        for (_, shape) in &dirs {
            let sizes: Vec<usize> = shape.iter().map(|&d| env.dims[d.ix()]).collect();
            let n = sizes.iter().product();
            let data = (0..n).map(|_| rng.value()).collect();
            env.inputs.push(Tensor::new(sizes, data));
        }
        let mut roots: Vec<Id> = second.iter().flatten().copied().collect();
        roots.push(l2);
        let vals = eval(g, &env, &roots);
        let held = held(g, &vals);
        let l2_at = |e: &Env| {
            eval_with(g, e, &[l2], &held)[l2.ix()]
                .as_ref()
                .expect("l2")
                .data[0]
        };
        for (p, hid) in second.iter().enumerate() {
            let n = env.params[p].data.len();
            let derived: Vec<f64> = match hid {
                Some(h) => vals[h.ix()].as_ref().expect("second").data.clone(),
                None => vec![0.0; n],
            };
            for (j, &d) in derived.iter().enumerate() {
                let h = 1e-5;
                let mut e = env.clone();
                e.params[p].data[j] += h;
                let up = l2_at(&e);
                e.params[p].data[j] -= 2.0 * h;
                let down = l2_at(&e);
                let fd = (up - down) / (2.0 * h);
                let err = (fd - d).abs() / (1.0 + fd.abs().max(d.abs()));
                assert!(
                    err < 1e-5,
                    "second derivative error {err:e} (derived {d}, differences {fd}) for param \
                     {p} entry {j} of\n{body}\n{}",
                    g.text(&[("l2".into(), l2)])
                );
            }
        }
    }
}

const UNARY_CASES: &[&str] = &[
    "exp(w * x)",
    "log(square(w) + 1)",
    "sqrt(square(w) + 1)",
    "abs(w)",
    "tanh(w * x)",
    "sigmoid(w * x)",
    "relu(w)",
    "softplus(w * x)",
    "sin(w)",
    "cos(w)",
    "square(w)",
    "log1p(square(w))",
    "expm1(w)",
    "erf(w * x)",
    "w * detach(tanh(w) * x)",
    "-w",
];

#[test]
fn every_unary_op_has_a_correct_gradient() {
    // Each user-callable unary function appears in a case (the table is exhaustive).
    for &u in Unary::ALL {
        if u != Unary::Sign {
            let call = if u == Unary::Neg {
                "-w".to_string()
            } else {
                format!("{}(", u.name())
            };
            assert!(
                UNARY_CASES.iter().any(|c| c.contains(&call)),
                "no case for {u:?}"
            );
        }
    }
    for case in UNARY_CASES {
        assert_grads(&format!(
            "param w: [N, D]; input x: [N, D]; loss = sum({case} * x);"
        ));
    }
}

#[test]
fn every_binary_op_has_a_correct_gradient() {
    let cases = [
        "a + b",
        "a - b",
        "a * b",
        "a / (square(b) + 1)",
        "max(a, b)",
        "min(a, b)",
        "(square(a) + 1) ^ 1.5",
        "a ^ 3",
        "(square(a) + 1) ^ -1",
        "(square(a) + 1) ^ p",
        "a ^ (2)",
    ];
    for b in [
        Binary::Add,
        Binary::Sub,
        Binary::Mul,
        Binary::Div,
        Binary::Max,
        Binary::Min,
        Binary::Pow,
    ] {
        let (_, prog) = program(&format!(
            "param a: [N]; param b: [N]; hyper p = 0.5; loss = sum({});",
            cases
                .iter()
                .find(|c| match b {
                    Binary::Add => c.contains('+'),
                    Binary::Sub => c.contains('-'),
                    Binary::Mul => c.contains('*'),
                    Binary::Div => c.contains('/'),
                    Binary::Max => c.contains("max"),
                    Binary::Min => c.contains("min"),
                    Binary::Pow => c.contains('^'),
                })
                .expect("a case per binary op")
        ));
        assert!(
            prog.graph.nodes.iter().any(|n| n.op == Op::Binary(b)),
            "{b:?} not exercised"
        );
    }
    for case in cases {
        assert_grads(&format!(
            "param a: [N]; param b: [N]; input x: [N]; hyper p = 0.5; loss = sum(({case}) * x);"
        ));
    }
}

#[test]
fn select_broadcast_transpose_gradients() {
    for case in [
        "sum(where(a > b, a * x, b))",
        "sum(where(x <= 0, square(a), -a))",
        "sum(where(a >= x, a, 0) * x)",
        "sum(where(a < b, 1, b) * x)",
        "sum((w + c) * y)",
        "sum(c * w * y)",
        "sum((w.T + y.T) * v)",
        "sum(v + w * y)",
    ] {
        assert_grads(&format!(
            "param a: [N]; param b: [N]; input x: [N]; param w: [N, H]; param c: [H]; \
             input y: [N, H]; param v: [H, N]; loss = {case};"
        ));
    }
}

#[test]
fn reduction_gradients() {
    for case in [
        "sum(w * x)",
        "sum(mean[N](w) * z)",
        "sum(sum[D](w * x) * q)",
        "sum(max[D](w) * q)",
        "sum(min[N](w) * z)",
        "max(w)",
        "min(w * x)",
        "mean(w)",
        "logsumexp(w)",
        "sum(logsumexp[D](w * 3) * q)",
        "mean[N, D](w * x)",
        "sum(softmax[D](w) * x)",
        "sum(log_softmax[N](w) * x)",
        "sum(softmax(z * r))",
        "sum(log_softmax(r) * z)",
    ] {
        assert_grads(&format!(
            "param w: [N, D]; param r: [D]; input x: [N, D]; input q: [N]; input z: [D]; loss = {case};"
        ));
    }
}

#[test]
fn contraction_gradients() {
    for case in [
        "u @ r",
        "sum((x @ w) * q2)",
        "sum((x @ r) * q)",
        "sum((u @ w) * s)",
        "sum((b3 @ w) * t3)",
        "sum((x @ w @ w.T) * x)",
        "sum((x.T @ x) * (w @ w.T))",
    ] {
        assert_grads(&format!(
            "param w: [D, H]; param r: [D]; param u: [D]; param b3: [B, N, D]; input x: [N, D]; \
             input q: [N]; input q2: [N, H]; input s: [H]; input t3: [B, N, H]; loss = {case};"
        ));
    }
}

#[test]
fn cross_entropy_gradient() {
    assert_grads("param w: [D, C]; param b: [C]; input x: [N, D]; input y: [N] in 0..C; loss = mean(cross_entropy(x @ w + b, y));");
    assert_grads("param z: [T, N, C]; input y: [T, N] in 0..C; loss = sum(cross_entropy(z, y));");
}

#[test]
fn repeated_names_align_by_position() {
    assert_grads("param a: [D, D]; param b: [D, D]; input x: [D, D]; loss = sum((a + b.T) * x);");
    assert_grads("param a: [D, D]; param n: [N]; input x: [D, D, N]; loss = sum((a + n) * x);");
    assert_grads("param a: [D, D]; param v: [D]; loss = sum((v @ a) * v);");
}

#[test]
fn interpreter_values_match_hand_computation() {
    // mean((x @ w - y)^2) with w = (1, 2), x = I, y = (1, 0): ((0)^2 + (2)^2) / 2 = 2
    let (_, prog) =
        program("param w: [D]; input x: [N, D]; input y: [N]; loss = mean((x @ w - y)^2);");
    let env = Env {
        params: vec![Tensor::new(vec![2], vec![1.0, 2.0])],
        inputs: vec![
            Tensor::new(vec![2, 2], vec![1.0, 0.0, 0.0, 1.0]),
            Tensor::new(vec![2], vec![1.0, 0.0]),
        ],
        dims: vec![2, 2],
        ..Env::default()
    };
    assert_eq!(loss_at(&prog, &env, &HashMap::new()), 2.0);
    let vals = eval(&prog.graph, &env, &[prog.grads[0].unwrap()]);
    assert_eq!(
        vals[prog.grads[0].unwrap().ix()].as_ref().unwrap().data,
        vec![0.0, 2.0]
    );
}

#[test]
fn unreached_params_get_no_gradient_node() {
    let (_, prog) = program("param w: [D]; param unused: [D]; loss = sum(w);");
    assert!(prog.grads[0].is_some());
    assert!(prog.grads[1].is_none());
}

#[test]
fn equal_subexpressions_are_one_node() {
    let (_, prog) = program("param w: [D]; let a = tanh(w); let b = tanh(w); loss = sum(a * b);");
    let tanh_nodes = prog
        .graph
        .nodes
        .iter()
        .filter(|n| n.op == Op::Unary(Unary::Tanh))
        .count();
    assert_eq!(tanh_nodes, 1);
}

#[test]
fn text_form_lists_shapes_and_roots() {
    let (_, prog) = program("param w: [N, H]; param b: [H]; loss = sum(relu(w + b));");
    assert!(prog.text.contains("param w"), "{}", prog.text);
    assert!(
        prog.text.contains("f[N,H] = broadcast[1] %1"),
        "{}",
        prog.text
    );
    assert!(prog.text.contains("\nloss = %"), "{}", prog.text);
    assert!(prog.text.contains("grad b = %"), "{}", prog.text);
}

/// A random well-shaped expression of dims `[N, D]` (rank 2), `[D]` (rank 1) or `[]`.
fn random_expr(rng: &mut Rng, rank: usize, depth: usize) -> String {
    let leaf = |rng: &mut Rng, rank: usize| -> String {
        match (rank, rng.next_u64() % 3) {
            (2, 0) => "a".into(),
            (2, 1) => "b".into(),
            (2, _) => "x".into(),
            (1, 0) => "c".into(),
            (1, 1) => "z".into(),
            (1, _) => "(m @ c)".into(),
            (_, 0) => "0.5".into(),
            (_, 1) => "p".into(),
            _ => "sum(c)".into(),
        }
    };
    if depth == 0 {
        return leaf(rng, rank);
    }
    let sub = |rng: &mut Rng, r: usize| random_expr(rng, r, depth - 1);
    let choice = rng.next_u64() % 16;
    match choice {
        0 => format!("tanh({})", sub(rng, rank)),
        1 => format!("sigmoid({})", sub(rng, rank)),
        2 => format!("softplus({})", sub(rng, rank)),
        3 => format!("sin({}) * cos({})", sub(rng, rank), sub(rng, rank)),
        4 => format!("log(square({}) + 1)", sub(rng, rank)),
        5 => format!("sqrt(abs({}) + 0.5)", sub(rng, rank)),
        6 => format!("({} + {})", sub(rng, rank), sub(rng, rank)),
        7 => format!(
            "({} - {} * {})",
            sub(rng, rank),
            sub(rng, rank),
            sub(rng, rank)
        ),
        8 => format!("{} / (1 + square({}))", sub(rng, rank), sub(rng, rank)),
        9 => format!("max({}, {})", sub(rng, rank), sub(rng, rank)),
        10 => format!(
            "where({} > {}, {}, {})",
            sub(rng, rank),
            sub(rng, 0),
            sub(rng, rank),
            sub(rng, rank)
        ),
        11 => format!("({})^3", sub(rng, rank)),
        12 if rank == 2 => format!("({} * {})", sub(rng, 2), sub(rng, 1)),
        12 if rank == 1 => format!("sum[N]({})", sub(rng, 2)),
        13 if rank == 2 => format!("softmax[D]({})", sub(rng, 2)),
        13 if rank == 1 => format!("logsumexp[N]({})", sub(rng, 2)),
        14 if rank == 2 => format!("({} @ w)", sub(rng, 2)),
        14 if rank == 1 => format!("({} @ w)", sub(rng, 1)),
        15 if rank == 2 => format!("log_softmax[N]({})", sub(rng, 2)),
        15 if rank == 1 => format!("mean[N]({})", sub(rng, 2)),
        12..=15 => {
            let r = 1 + (rng.next_u64() % 2) as usize;
            format!("sum({})", sub(rng, r))
        }
        _ => leaf(rng, rank),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]
    #[test]
    fn random_expressions_have_correct_gradients(seed in 1u64..u64::MAX) {
        let mut rng = Rng::new(seed);
        let e = random_expr(&mut rng, 2, 3);
        let body = format!(
            "param a: [N, D]; param b: [N, D]; param c: [D]; param w: [D, D]; param m: [D, D]; \
             input x: [N, D]; input z: [D]; hyper p = 0.3; \
             loss = sum(({e}) * x) + sum(c * z) + sum(a * b);"
        );
        let (decls, prog) = program(&body);
        let env = env_for(&decls, &prog.graph, seed);
        let l = loss_at(&prog, &env, &HashMap::new());
        prop_assume!(l.is_finite() && l.abs() < 1e6);
        let err = max_grad_error(&prog, &env);
        prop_assert!(err < 1e-4, "gradient error {:e} for {}", err, e);
    }
}

/// The name of an op's kind: its table name for elementwise ops and reductions.
fn op_kind(op: &Op) -> String {
    match op {
        Op::Unary(u) => u.name().into(),
        Op::Binary(b) => b.name().into(),
        Op::Reduce(r, _) => r.name().into(),
        Op::Param(_) => "param".into(),
        Op::Input(_) => "input".into(),
        Op::Noise(_) => "noise".into(),
        Op::Labels(_) => "labels".into(),
        Op::Hyper(_) => "hyper".into(),
        Op::Const(_) => "const".into(),
        Op::Size(_) => "size".into(),
        Op::Select(_) => "select".into(),
        Op::Broadcast(_) => "broadcast".into(),
        Op::Transpose(_) => "transpose".into(),
        Op::ArgMask(..) => "argmask".into(),
        Op::Softmax(_) => "softmax".into(),
        Op::LogSoftmax(_) => "log_softmax".into(),
        Op::Contract { .. } => "contract".into(),
        Op::CrossEntropy => "cross_entropy".into(),
        Op::CrossEntropyGrad => "cross_entropy_grad".into(),
        Op::Ctc => "ctc".into(),
        Op::CtcGrad => "ctc_grad".into(),
        Op::Conv(_) => "conv".into(),
        Op::ConvData(_) => "conv_data_grad".into(),
        Op::ConvKernel(_) => "conv_kernel_grad".into(),
        Op::PoolMask(..) => "pool_mask".into(),
        Op::WindowSum(..) => "window_sum".into(),
        Op::Repeat(..) => "repeat".into(),
        Op::Gather => "gather".into(),
        Op::ScatterAdd => "scatter_add".into(),
        Op::OneHot => "onehot".into(),
        Op::Slice(..) => "slice".into(),
        Op::Unslice(..) => "unslice".into(),
        Op::CarryIn(..) => "carry_in".into(),
        Op::Step(..) => "step".into(),
        Op::Scan(_) => "scan".into(),
        Op::ScanOut(_) => "scan_out".into(),
        Op::Custom(_) => "custom".into(),
        Op::Hole(_) => "hole".into(),
    }
}

#[test]
fn ctc_gradients_match_differences_of_the_interpreted_loss() {
    // First derivatives only: `ctc_grad` has no rule in the scores (see `grad::vjp`).
    let body = "param w: [F, C]; param b: [C]; input x: [N, T, F]; input y: [N, L] in 0..C; \
                input zl: [N] in 0..=T; input yl: [N] in 0..=L; \
                loss = mean(ctc(tanh(x @ w) * 3 + b, y, zl, yl)) + sum(b * b);";
    let (decls, prog) = program(body);
    for seed in 0..3 {
        let env = env_for(&decls, &prog.graph, seed);
        let err = max_grad_error(&prog, &env);
        assert!(
            err < 1e-6,
            "gradient error {err:e} for\n{body}\n{}",
            prog.text
        );
    }
}

#[test]
fn ctc_grad_is_differentiated_in_its_incoming_gradient() {
    // `ctc_grad(z, y, zl, yl, g)` with `g = exp(a)` and fixed scores `z`: the derivative of
    // `sum(ctc_grad * d)` in `a` through the rule for `g`, against central differences.
    let (decls, mut prog) = program(
        "param a: [N]; input z: [N, T, C]; input d: [N, T, C]; input y: [N, L] in 0..C; \
         input zl: [N] in 0..=T; input yl: [N] in 0..=L; loss = sum(a * ctc(z, y, zl, yl)) + sum(d);",
    );
    let g = &mut prog.graph;
    let ctc = (0..g.nodes.len())
        .map(|i| Id(i as u32))
        .find(|&i| g.node(i).op == Op::Ctc)
        .expect("ctc");
    let args = g.node(ctc).args.clone();
    let a = g.push(Op::Param(0), vec![], g.shape(ctc).to_vec());
    let ga = g.unary(crate::op::Unary::Exp, a);
    let zshape = g.shape(args[0]).to_vec();
    let dz = g.push(
        Op::CtcGrad,
        vec![args[0], args[1], args[2], args[3], ga],
        zshape.clone(),
    );
    let dir = g.push(Op::Input(1), vec![], zshape);
    let prod = g.mul(dz, dir);
    let l2 = g.reduce(
        crate::op::Reduce::Sum,
        prod,
        crate::ir::Axis::all(3).collect(),
    );
    let da = crate::grad::grad(g, l2, 1).params[0].expect("a derivative");
    let env = env_for(&decls, g, 4);
    let at = |e: &Env, id: Id| eval(g, e, &[id])[id.ix()].as_ref().unwrap().data.clone();
    let derived = at(&env, da);
    for (j, &want) in derived.iter().enumerate() {
        let h = 1e-6;
        let mut e = env.clone();
        e.params[0].data[j] += h;
        let up = at(&e, l2)[0];
        e.params[0].data[j] -= 2.0 * h;
        let down = at(&e, l2)[0];
        let fd = (up - down) / (2.0 * h);
        assert!(
            (fd - want).abs() < 1e-6 * (1.0 + fd.abs()),
            "{j}: {want} vs {fd}"
        );
    }
    assert!(derived.iter().any(|v| v.abs() > 1e-3), "{derived:?}");
}

#[test]
fn every_op_is_differentiated_twice() {
    // Between them these models hold every op but `hole`, `ctc` and `ctc_grad` in their
    // derivatives, and `assert_grads` differentiates each derivative again. `ctc_grad` has no
    // rule in the scores (a kernel of pairs of steps, planned with second derivatives after
    // v1); the two tests above check `ctc`'s derivative and `ctc_grad`'s in its incoming
    // gradient.
    let bodies = [
        "param w: [N, D]; input x: [N, D]; input y: [N] in 0..D; hyper p = 1.5; \
         loss = sum(exp(w) * x) + sum(log(square(w) + 2) * x) + sum(sqrt(abs(w) + 1) * x) \
         + sum(tanh(w) * sigmoid(w) * x) + sum(relu(w) * softplus(w) * x) \
         + sum(sin(w) * cos(w) * x) + sum(log1p(square(w)) * expm1(w) * x) + sum(erf(w) * x) \
         + sum((w - x) / (square(w) + 1) * x) + sum(max(w, x) * min(w, x)) \
         + sum((square(w) + 1) ^ p) + sum(where(w > x, w, -w) * x) \
         + sum(max[D](w) * mean[D](x)) + sum(min[N](w)) + logsumexp(w) \
         + sum(softmax[D](w) * x) + sum(log_softmax[N](w) * x) + sum((x @ w.T) * (w @ x.T)) \
         + mean(cross_entropy(w, y)) + sum(w * detach(w) * x);",
        "fn sq(a) = a * a grad(g) = 2 * a * g; param w: [D]; input x: [D]; \
         loss = sum(sq(w) * x);",
        "param e: [V, D]; param w: [N, D]; input t: [N] in 0..V; input y: [N] in 0..D; \
         loss = sum(square(e[t] * w)) + sum(onehot(y) * square(w)) \
         + sum(square(w[D = 1]) * w[D = 0]) + sum(permute[D, N](w) * permute[D, N](square(w)));",
        "param wh: [H, H]; param h0: [H]; input x: [T, H]; \
         scan t in T { carry h: [H] = h0; h = tanh(x[t] + h @ wh); emit hs = h; } \
         loss = sum(hs * hs) + sum(h);",
        "param k: [K, I, O]; param x: [N, T, I]; param q: [A, B, I, O]; input z: [N, T, F, I]; \
         dim K = 3; dim A = 3; dim B = 1; \
         loss = sum(square(conv[T](x, k))) + sum(tanh(conv[T, F](z * sum[N, T](x), q))) \
         + sum(square(maxpool[T -> P, 2](x)));",
    ];
    let mut seen = std::collections::BTreeSet::new();
    for body in bodies {
        let (_, prog) = program(body);
        let live = prog
            .graph
            .reachable(prog.grads.iter().flatten().copied().chain([prog.loss]));
        for (n, _) in prog.graph.nodes.iter().zip(&live).filter(|(_, l)| **l) {
            seen.insert(op_kind(&n.op));
        }
        assert_grads(body);
    }
    let every: Vec<String> = Unary::ALL
        .iter()
        .map(|u| u.name().to_string())
        .chain(Binary::ALL.iter().map(|b| b.name().to_string()))
        .chain(crate::op::Reduce::ALL.iter().map(|r| r.name().to_string()))
        .chain(
            [
                "param",
                "input",
                "labels",
                "hyper",
                "const",
                "size",
                "select",
                "broadcast",
                "transpose",
                "argmask",
                "softmax",
                "log_softmax",
                "contract",
                "cross_entropy",
                "cross_entropy_grad",
                "conv",
                "conv_data_grad",
                "conv_kernel_grad",
                "pool_mask",
                "window_sum",
                "repeat",
                "custom",
                "gather",
                "scatter_add",
                "onehot",
                "slice",
                "unslice",
                "carry_in",
                "step",
                "scan",
                "scan_out",
            ]
            .map(String::from),
        )
        .collect();
    let missing: Vec<&String> = every.iter().filter(|k| !seen.contains(*k)).collect();
    assert!(missing.is_empty(), "not exercised: {missing:?}");
}

/// The compile errors of a model body, or "" when it compiles.
fn compile_error(body: &str) -> String {
    let src = format!("struct M {{ {body} }}");
    let tokens: proc_macro2::TokenStream = src.parse().expect("tokens");
    let model = match parse_model(tokens) {
        Ok(m) => m,
        Err(e) => return e.to_string(),
    };
    let mut diags = Diags::default();
    match compile(&model, &mut diags) {
        Some(_) => String::new(),
        None => diags
            .into_error()
            .map(|e| e.to_string())
            .unwrap_or_default(),
    }
}

#[test]
fn names_that_cannot_become_fields_or_consts_are_errors() {
    assert!(compile_error("param w: [Self]; loss = sum(w);").contains("cannot become a field"));
    assert!(
        compile_error("param w: [D]; param v: [d]; loss = sum(w) + sum(v);")
            .contains("both become the field `d`")
    );
    assert!(
        compile_error("param w: [D]; hyper program = 1; loss = sum(w) * program;")
            .contains("`PROGRAM`")
    );
    assert!(
        compile_error("param w: [N]; input y: [N] in 0..N; output o = y; loss = sum(w);")
            .contains("integer labels")
    );
    assert!(
        compile_error("param w: [D]; hyper lr = 1; hyper LR = 2; loss = sum(w) * lr * LR;")
            .contains("both define the const `LR`")
    );
}

#[test]
fn inline_functions_are_differentiated_like_expressions() {
    assert_grads(
        "fn act(a, s) = a * sigmoid(s * a); param w: [N, D]; input x: [N, D]; hyper beta = 1.5; \
                  fn swish(a) = act(a, beta); loss = sum(swish(w) * x);",
    );
    // GELU as docs/language.md writes it, through `erf`'s rule.
    assert_grads(
        "fn gelu(x) = 0.5 * x * (1 + erf(x * 0.7071067811865476)); param w: [N, D]; \
         input x: [N, D]; loss = sum(gelu(w) * x);",
    );
    // A parameter shadows a model name of the same name.
    assert_grads("fn f(w) = w^3; param w: [D]; param v: [D]; loss = sum(f(v) * w);");
}

#[test]
fn custom_derivatives_replace_the_derived_rule() {
    // Right: the derived and the custom gradient agree.
    assert_grads(
        "fn sq(x) = x * x grad(g) = 2 * x * g; param w: [D]; input x: [D]; loss = sum(sq(w) * x);",
    );
    // A straight-through estimator: the forward is a step, the gradient passes through.
    let (_, prog) = program(
        "#[nocheck] fn ste(x) = where(x > 0, 1, 0) grad(g) = g; param w: [D]; loss = sum(ste(w));",
    );
    let env = Env {
        params: vec![Tensor::new(vec![3], vec![-1.0, 0.5, 2.0])],
        dims: vec![3],
        ..Env::default()
    };
    let vals = eval(&prog.graph, &env, &[prog.loss, prog.grads[0].unwrap()]);
    assert_eq!(vals[prog.loss.ix()].as_ref().unwrap().data, vec![2.0]);
    assert_eq!(
        vals[prog.grads[0].unwrap().ix()].as_ref().unwrap().data,
        vec![1.0, 1.0, 1.0]
    );
}

#[test]
fn the_compile_time_check_catches_a_wrong_custom_derivative() {
    let wrong = compile_error(
        "fn sq(x) = x * x grad(g) = 3 * x * g; param w: [D]; input x: [D]; loss = sum(sq(w) * x);",
    );
    assert!(
        wrong.contains("custom derivative of `sq`") && wrong.contains("param `w`"),
        "{wrong}"
    );
    let right = compile_error(
        "fn sq(x) = x * x grad(g) = 2 * x * g; param w: [D]; input x: [D]; loss = sum(sq(w) * x);",
    );
    assert_eq!(right, "");
    let surrogate = compile_error(
        "#[nocheck] fn flip(x) = x grad(g) = -g; param w: [D]; loss = sum(flip(w)^2);",
    );
    assert_eq!(surrogate, "");
    // Only params whose gradient passes through the surrogate are exempt.
    let other = compile_error(
        "#[nocheck] fn flip(x) = x grad(g) = -g; fn bad(x) = exp(x) grad(g) = g; \
                         param w: [D]; param v: [D]; loss = sum(flip(w)^2) + sum(bad(v));",
    );
    assert!(
        other.contains("`bad`") && !other.contains("`flip`"),
        "{other}"
    );
    // Off, nothing is checked.
    let src = "#[gradcheck(off)] struct M { fn sq(x) = x * x grad(g) = 3 * x * g; param w: [D]; loss = sum(sq(w)); }";
    let mut diags = Diags::default();
    assert!(compile(&parse_model(src.parse().unwrap()).unwrap(), &mut diags).is_some());
}

#[test]
fn the_check_passes_every_builtin_rule_at_kinks_and_ties() {
    for body in [
        "param w: [N, D]; input x: [N, D]; loss = sum(relu(w) * x) + sum(abs(w)) + max(w) + min(w * x);",
        "param w: [N, C]; input y: [N] in 0..C; loss = mean(cross_entropy(w, y)) + sum(softmax[C](w) * w);",
        "param w: [D]; input x: [D]; loss = sum(where(w > x, w, x^2)) + sum(max(w, x));",
        "param w: [D]; loss = sum(sqrt(square(w) + 1) * log(square(w) + 2));",
    ] {
        assert_eq!(compile_error(body), "", "{body}");
    }
}

/// The loss of `body` lowered as written and after `simplify`, at a random point, and which
/// rules fired.
fn simplified(body: &str, seed: u64) -> (f64, f64, crate::simplify::Stats, usize, usize) {
    let src = format!("struct M {{ {body} }}");
    let model = parse_model(src.parse().unwrap()).unwrap();
    let mut diags = Diags::default();
    let decls = crate::declare::declare(&model, &mut diags).unwrap();
    let lowered = crate::lower::lower(&model, &decls, &mut diags).unwrap();
    let (g2, roots, stats) = crate::simplify::simplify(&lowered.graph, &[lowered.loss]);
    let env = random_env(&lowered.graph, &decls, seed);
    let before = eval(&lowered.graph, &env, &[lowered.loss])[lowered.loss.ix()]
        .as_ref()
        .unwrap()
        .data[0];
    let after = eval(&g2, &env, &roots)[roots[0].ix()]
        .as_ref()
        .unwrap()
        .data[0];
    let n_before = lowered
        .graph
        .reachable([lowered.loss])
        .iter()
        .filter(|&&b| b)
        .count();
    let n_after = g2.reachable([roots[0]]).iter().filter(|&&b| b).count();
    (before, after, stats, n_before, n_after)
}

#[test]
fn every_rewrite_keeps_values() {
    let cases = [
        ("fold_constants", "sum(w * (2 * 3 + exp(0)))"),
        ("mul_one", "sum(w * 1 * x) + sum(1 * w)"),
        ("mul_minus_one", "sum((w * x) * -1) + sum(-1 * (w * x))"),
        ("add_zero", "sum((w + 0) * x) + sum(0 + w) + sum(w - 0)"),
        ("div_one", "sum(w / 1 * x)"),
        ("zero_sub", "sum((0 - w) * x)"),
        ("select_same", "sum(where(w > x, w, w))"),
        ("neg_neg", "sum(-(-w) * x)"),
        (
            "neg_out_of_mul",
            "sum((-w) * x) + sum(w * (-x)) + sum((-w) * (-x))",
        ),
        ("sub_neg", "sum((x - (-w)) * w)"),
        ("add_neg", "sum((x + (-w)) * w) + sum(((-x) + w) * w)"),
        ("neg_sub", "sum(-(w - x) * w)"),
        ("sub_self", "sum(w - w) + sum(w * x)"),
        (
            "constant_chain",
            "sum((w * 2) * 3 * x) + sum(((w + 1) + 2) * x)",
        ),
        ("scalar_factor", "sum((p * w) * 3 * x)"),
        ("log_sigmoid", "sum(log(sigmoid(w * x)))"),
        ("log_one_minus_sigmoid", "sum(log(1 - sigmoid(w * x)))"),
        (
            "log_one_plus_exp",
            "sum(log(1 + exp(w * x)) + log(exp(w) + 1))",
        ),
        ("log_one_plus", "sum(log(1 + square(w)))"),
        ("exp_minus_one", "sum((exp(w) - 1) * x)"),
        ("log_exp", "sum(log(exp(w * x)))"),
        ("log_sum_exp", "sum(log(sum[D](exp(w))))"),
        ("log_softmax", "sum(log(softmax[D](w)) * x)"),
        ("exp_log_softmax", "sum(exp(log_softmax[D](w)) * x)"),
        (
            "slice_through_elementwise",
            "sum(tanh(w * x + 1)[D = 1] * x[D = 0]) + sum(where(w > x, exp(w), x)[N = 0])",
        ),
    ];
    // contract_scalar and add_unslices only meet derivatives:
    // `contract_with_a_scalar_is_a_product` and `the_gradients_of_slices_are_one_node` cover
    // them; `a_value_emitted_twice_is_stacked_once` covers scan_emit_twice.
    for (name, _) in crate::simplify::RULES {
        assert!(
            cases.iter().any(|c| c.0 == *name)
                || *name == "contract_scalar"
                || *name == "add_unslices"
                || *name == "scan_emit_twice",
            "no case for rule {name}"
        );
    }
    for (rule, loss) in cases {
        let body = format!("param w: [N, D]; input x: [N, D]; hyper p = 0.7; loss = {loss};");
        for seed in 0..3 {
            let (before, after, stats, _, _) = simplified(&body, seed);
            assert!(
                stats.fired.contains_key(rule),
                "{rule} did not fire on {loss}: {stats:?}"
            );
            let rel = (before - after).abs() / before.abs().max(1.0);
            assert!(rel < 1e-12, "{rule}: {before} became {after}");
        }
    }
}

#[test]
fn a_value_emitted_twice_is_stacked_once() {
    let body = "param w: [N, D]; input x: [N, D]; \
                scan t in N { carry h: [D] = zeros; h = tanh(h + w[t]); emit a = h; emit b = h; } \
                loss = sum(a * x) + sum(b * b);";
    for seed in 0..3 {
        let (before, after, stats, _, _) = simplified(body, seed);
        assert!(stats.fired.contains_key("scan_emit_twice"), "{stats:?}");
        let rel = (before - after).abs() / before.abs().max(1.0);
        assert!(rel < 1e-12, "{before} became {after}");
    }
    // The gradient of the gates of an LSTM step is read by the product of the weight's
    // gradient and by the input's: one stack, which the reverse loop writes once.
    let (_, prog) = program(
        "dim G = 4; param wh: [H, G, H]; input x: [T, N, G, H]; input h0: [N, H]; \
         scan t in T { carry h: [N, H] = h0; let a = x[t] + h @ wh; \
         h = tanh(a[G = 0]) * sigmoid(a[G = 1]); emit hs = h; } \
         loss = sum(hs * hs);",
    );
    let g = &prog.graph;
    let live = g.reachable(prog.grads.iter().flatten().copied());
    // The values of the emits that some live output reads, per scan: all different.
    let mut read: Vec<(Id, Id)> = Vec::new();
    for (i, n) in g.nodes.iter().enumerate() {
        let Op::ScanOut(k) = n.op else { continue };
        let scan = n.args[0];
        let Op::Scan(s) = g.node(scan).op else {
            unreachable!()
        };
        let (c, e) = (g.scans[s as usize].carries, g.scans[s as usize].emits);
        let k = k as usize;
        if live[i] && k >= c && k < c + e {
            read.push((scan, g.node(scan).args[2 * c + k - c]));
        }
    }
    let distinct: std::collections::HashSet<_> = read.iter().collect();
    assert!(read.len() >= 3, "{read:?}");
    assert_eq!(distinct.len(), read.len(), "{}", prog.text);
}

#[test]
fn sums_and_products_in_either_order_are_one_node() {
    let (_, _, _, before, after) = simplified(
        "param w: [D]; param v: [D]; loss = sum((w + v) * (v + w));",
        0,
    );
    assert_eq!(before - after, 1);
}

#[test]
fn simplification_removes_nodes() {
    let (_, _, _, before, after) = simplified(
        "param w: [D]; loss = sum(-(-w) * 1 + 0 + (w - w) + 2 * 3);",
        0,
    );
    assert!(after < before, "{after} >= {before}");
}

#[test]
fn naive_unstable_losses_become_stable() {
    // -log(sigmoid(z)) and log(softmax(z)) written naively: finite loss and gradients at
    // |z| = 1e4, where a literal evaluation gives log(0) = -inf.
    let (decls, prog) = program(
        "param z: [N, C]; input y: [N, C]; \
         loss = sum(-log(sigmoid(z)) * y) + sum(-log(softmax[C](z)) * y) + sum(log(1 + exp(z)));",
    );
    let mut env = random_env(&prog.graph, &decls, 0);
    for (i, v) in env.params[0].data.iter_mut().enumerate() {
        *v = if i % 2 == 0 { 1e4 } else { -1e4 };
    }
    let roots: Vec<Id> = std::iter::once(prog.loss).chain(prog.grads[0]).collect();
    let vals = eval(&prog.graph, &env, &roots);
    assert!(vals[prog.loss.ix()].as_ref().unwrap().data[0].is_finite());
    assert!(vals[prog.grads[0].unwrap().ix()]
        .as_ref()
        .unwrap()
        .data
        .iter()
        .all(|v| v.is_finite()));
}

#[test]
fn cross_entropy_gradient_is_softmax_minus_onehot() {
    let (_, prog) =
        program("param z: [N, C]; input y: [N] in 0..C; loss = sum(cross_entropy(z, y));");
    // d/dz = softmax(z) - onehot(y), one op: the seed 1 multiplies it away.
    assert!(
        prog.text
            .contains("%4: f[N,C] = cross_entropy_grad %0 %1\n")
            && prog.text.contains("grad z = %4\n"),
        "{}",
        prog.text
    );
}

#[test]
fn contract_with_a_scalar_is_a_product() {
    // d(x @ a @ y)/dy = (x @ a) * 1 was a contraction of the scalar seed with a vector.
    let body = "param x: [D]; param y: [D]; input a: [D, D]; loss = x @ a @ y;";
    let (_, prog) = program(body);
    assert!(!prog.text.contains("contract[,"), "{}", prog.text);
    assert_grads(body);
    assert_grads("param w: [N, D]; input v: [D]; loss = sum(w @ v) * 3;");
}

#[test]
fn the_gradients_of_slices_are_one_node() {
    // The gradient of w reaches it through two slices, then three, then all four: one
    // `unslice` node places them, where a sum of unslices would write zeros and add.
    for (body, places) in [
        (
            "dim G = 4; param w: [N, G, D]; loss = sum(sigmoid(w[G = 0]) * tanh(w[G = 2]));",
            2,
        ),
        (
            "dim G = 4; param w: [N, G, D]; \
             loss = sum(sigmoid(w[G = 3]) * tanh(w[G = 1]) + w[G = 0]^2);",
            3,
        ),
        (
            "dim G = 4; param w: [N, G, D]; input c: [N, D]; \
             loss = sum(sigmoid(w[G = 1]) * c + sigmoid(w[G = 0]) * tanh(w[G = 2]) \
                        * sigmoid(w[G = 3]));",
            4,
        ),
    ] {
        let (_, prog) = program(body);
        let unslices: Vec<&str> = prog
            .text
            .lines()
            .filter(|l| l.starts_with('%') && l.contains("unslice["))
            .collect();
        assert_eq!(unslices.len(), 1, "{}", prog.text);
        let indices = unslices[0]
            .split("unslice[")
            .nth(1)
            .and_then(|s| s.split(']').next())
            .unwrap_or_default();
        assert_eq!(indices.matches(',').count() + 1, places, "{}", prog.text);
        assert_grads(body);
    }
}

fn graph_size(src: &str) -> usize {
    let tokens: proc_macro2::TokenStream = src.parse().expect("tokens");
    let model = parse_model(tokens).expect("parses");
    let mut diags = Diags::default();
    let (_, prog) = compile(&model, &mut diags).expect("compiles");
    let roots = std::iter::once(prog.loss).chain(prog.grads.iter().flatten().copied());
    prog.graph.reachable(roots).iter().filter(|&&r| r).count()
}

#[test]
fn a_deep_chain_and_a_wide_sum_grow_the_program_linearly() {
    // With the compile-time gradient check on, as users build.
    let (small, large) = (
        graph_size(&crate::large::large_model(50)),
        graph_size(&crate::large::large_model(200)),
    );
    assert!(
        large <= 5 * small,
        "50 lets: {small} nodes, 200 lets: {large} nodes"
    );
    // The whole expansion, code generation included, yields the struct.
    let out =
        crate::expand::expand(crate::large::large_model(200).parse().expect("tokens")).to_string();
    assert!(!out.contains("compile_error"), "{out}");
    assert!(out.contains("pub fn loss_and_grad"));
}

/// What the compile-time check did on one model.
struct CheckRun {
    /// The total work of its evaluations at the default dim sizes.
    full: f64,
    /// The default dim sizes.
    default: Vec<usize>,
    /// The sizes it chose; `None` if it stood aside.
    sizes: Option<Vec<usize>>,
    /// The total work at those sizes.
    chosen: f64,
    /// Whether it reported an error.
    errors: bool,
}

fn check_budget(src: &str) -> CheckRun {
    use crate::gradcheck::{check, default_sizes, work, EVALS_PER_PARAM};
    let model = parse_model(src.parse().expect("tokens")).expect("parses");
    let mut diags = Diags::default();
    let decls = crate::declare::declare(&model, &mut diags).expect("checks");
    let lowered = crate::lower::lower(&model, &decls, &mut diags).expect("lowers");
    let (mut graph, roots, _) = crate::simplify::simplify(&lowered.graph, &[lowered.loss]);
    let grads = crate::grad::grad(&mut graph, roots[0], decls.params.len());
    let live = graph.reachable(roots.iter().chain(grads.params.iter().flatten()).copied());
    let evals = grads.params.iter().flatten().count() as f64 * EVALS_PER_PARAM;
    let prog = Program {
        graph,
        loss: roots[0],
        grads: grads.params,
        outputs: Vec::new(),
        text: String::new(),
    };
    let sizes = check(&model, &decls, &prog, &grads.sites, &mut diags);
    let graph = prog.graph;
    let default = default_sizes(&decls);
    CheckRun {
        full: evals * work(&graph, &live, &default),
        chosen: sizes
            .as_ref()
            .map_or(f64::NAN, |s| evals * work(&graph, &live, s)),
        default,
        sizes,
        errors: diags.has_errors(),
    }
}

/// Models the fuzzer found taking seconds to expand (their inputs are in
/// `fuzz/regressions/expand/`): each product of rank-3 tensors adds to the rank, so the
/// gradient check's interpreter met tensors of a million elements. The check now shrinks free
/// dims until all its evaluations fit its budget, and the expansion yields the struct.
#[test]
fn fuzz_regressions_expand_within_the_check_budget() {
    use crate::gradcheck::BUDGET;
    let chains = [
        "(((z.T @ z.T) @ (z.T @ z.T)) @ ((z.T @ z.T) @ (z.T @ z.T)))",
        "(((z.T @ z.T) @ (z.T @ z.T)) @ ((z.T @ z.T) @ z.T))",
        "(((b.T * z.T) @ where(z.T > z.T, z.T, z.T)) @ ((z.T @ z.T) @ (z @ z.T)))",
    ];
    for chain in chains {
        let src = format!(
            "struct F {{ param w: []; param z: [N, D, N]; param b: [C]; loss = sum({chain}); }}"
        );
        let run = check_budget(&src);
        assert!(
            run.full > BUDGET,
            "at the default sizes the check exceeds its budget: {chain}"
        );
        assert!(
            run.sizes.is_some() && run.sizes != Some(run.default) && run.chosen <= BUDGET,
            "{:?}: {chain}",
            run.sizes
        );
        assert!(!run.errors, "{chain}");
        let out = crate::expand::expand(src.parse().expect("tokens"));
        assert!(!out.to_string().contains("compile_error"), "{chain}");
        syn::parse2::<syn::File>(out).expect("the expansion is Rust items");
    }
}

/// The budget leaves ordinary models alone: an MLP like the digits example's, and one with a
/// fixed dim, are checked at the default sizes (free dims 2 to 4).
#[test]
fn ordinary_models_are_checked_at_full_size() {
    for body in [
        "param w1: [D, H]; param b1: [H]; param w2: [H, C]; param b2: [C]; input x: [N, D]; \
         input y: [N] in 0..C; hyper wd = 1e-4; let h = relu(x @ w1 + b1); \
         loss = mean(cross_entropy(h @ w2 + b2, y)) + wd * (sum(w1^2) + sum(w2^2));",
        "dim D = 64; dim C = 10; param w: [D, C]; input x: [N, D]; input y: [N] in 0..C; \
         loss = mean(cross_entropy(x @ w, y));",
    ] {
        let run = check_budget(&format!("struct M {{ {body} }}"));
        assert_eq!(run.sizes, Some(run.default), "{body}");
    }
}

/// A broken item is reported once and skipped to its `;`; the struct keeps its interface.
#[test]
fn syntax_errors_are_reported_once_per_item_and_keep_the_interface() {
    let cases = [
        // (body, errors)
        (
            "param w: [D]; input x: [N, D]; let h = tanh(x @ w +); loss = sum(h);",
            1,
        ),
        (
            "param w: [D]; param v: [D,, D]; input x: [N, D]; loss = sum(x @ w);",
            1,
        ),
        (
            "param w: [D]; input x: [N, D]; let h = (x @ ); let z = * ; loss = sum(x @ w);",
            2,
        ),
        ("param w: [D]; input x: [N, D]; loss = sum(x @ w) +", 1),
        (
            "param w: [D]; input x: [N, D]; loss = sum(x @ w); 7 7 7;",
            1,
        ),
    ];
    for (body, errors) in cases {
        let out = crate::expand::expand(format!("struct M {{ {body} }}").parse().unwrap());
        let text = out.to_string();
        assert_eq!(
            text.matches("compile_error").count(),
            errors,
            "{body}\n{text}"
        );
        let has = |s: &str| text.contains(s);
        assert!(
            has("pub fn loss_and_grad") && has("pub fn init") && has("struct MGrad"),
            "{body}"
        );
        syn::parse2::<syn::File>(out).expect("errors and items");
    }
}

#[test]
fn the_same_model_expands_to_the_same_tokens_every_time() {
    // Several hypers and sizes (means over different dims) become scalars of the method; each
    // expansion's maps hash with new keys, so only an order fixed by the program keeps the
    // tokens the same.
    let model = "struct M {
        param w: [D, H];
        param v: [H];
        input x: [N, D];
        hyper a = 0.5;
        hyper b = 2.0;
        hyper c = 1e-3;
        loss = a * mean(relu(x @ w) * v) + b * mean(w^2) + c * mean(v^2) + mean(x);
    }";
    let expand = || crate::expand::expand(model.parse().expect("tokens")).to_string();
    let first = expand();
    assert!(!first.contains("compile_error"), "{first}");
    for _ in 0..8 {
        assert!(expand() == first, "two expansions of one model differ");
    }
}

#[test]
fn near_dim_names_follow_the_documented_rule() {
    use crate::declare::dims_near;
    // 4 or more characters: edit distance up to 2.
    assert!(dims_near("Item", "Items"));
    assert!(dims_near("Users", "User"));
    assert!(dims_near("Hidden", "Hiden"));
    assert!(dims_near("Batch", "Bacth"));
    assert!(!dims_near("Item", "Users"));
    assert!(!dims_near("Hidden", "Hid"));
    // 3 characters: distance 1.
    assert!(dims_near("Hid", "Hdd"));
    assert!(dims_near("Hid", "Hids"));
    assert!(!dims_near("Hid", "Out"));
    assert!(!dims_near("Hid", "Hxy"));
    // Shorter: case or a plural `s` only.
    assert!(dims_near("N", "n"));
    assert!(dims_near("K", "Ks"));
    assert!(dims_near("Ks", "k"));
    assert!(!dims_near("K", "I"));
    assert!(!dims_near("I", "O"));
    assert!(!dims_near("T", "I"));
    assert!(!dims_near("N", "NN"));
    // The shorter name sets the threshold: `It` is not a typo of `Item`.
    assert!(!dims_near("It", "Item"));
    // Names that differ only in digits are distinct on purpose.
    assert!(!dims_near("H1", "H2"));
    assert!(!dims_near("Hid1", "Hid2"));
    assert!(!dims_near("H", "H1"));
    // The same name is not near itself.
    assert!(!dims_near("Items", "Items"));
}

/// Every token of a model deleted in turn, and every name replaced by another: the macro
/// reports errors for the broken models and never panics (errors of every kind are collected
/// past the first, so later stages see broken input).
#[test]
fn broken_models_are_errors_never_panics() {
    use proc_macro2::{Group, Ident, TokenStream, TokenTree};
    let src = r#"
        #[gradcheck(on)]
        pub struct M {
            dim C = 3;
            param w1: [D, H] = glorot;
            param b1: [H] = zeros;
            param w2: [H, C] = normal(0.1);
            param a: [];
            input x: [N, D];
            input y: [N] in 0..C;
            hyper wd = 1e-4;
            fn act(z) = where(z > 0, z, 0.1 * z);
            fn clip(z) = tanh(z) grad(g) = g * (1 - tanh(z)^2);
            let h = act(x @ w1 + b1);
            output logits = clip(h) @ w2;
            output p = softmax[C](logits);
            loss = mean(cross_entropy(logits, y)) + wd * sum(w1^2) + a^2 + sum[N](mean[C](p)) * 0;
        }
    "#;
    let tokens: TokenStream = src.parse().expect("tokens");
    // Rebuilds `ts` with leaf number `target` (depth first) removed or replaced by `with`.
    fn edit(
        ts: TokenStream,
        at: &mut usize,
        target: usize,
        with: &Option<TokenTree>,
    ) -> TokenStream {
        let mut out = Vec::new();
        for tt in ts {
            match tt {
                TokenTree::Group(g) => {
                    let inner = edit(g.stream(), at, target, with);
                    let mut ng = Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    out.push(TokenTree::Group(ng));
                }
                leaf => {
                    if *at == target {
                        out.extend(with.clone());
                    } else {
                        out.push(leaf);
                    }
                    *at += 1;
                }
            }
        }
        out.into_iter().collect()
    }
    let mut leaves = 0;
    edit(tokens.clone(), &mut leaves, usize::MAX, &None);
    let name = Some(TokenTree::Ident(Ident::new(
        "N",
        proc_macro2::Span::call_site(),
    )));
    let mut broken = 0;
    for target in 0..leaves {
        for with in [None, name.clone()] {
            let ts = edit(tokens.clone(), &mut 0, target, &with);
            let text = ts.to_string();
            let out = std::panic::catch_unwind(|| crate::expand(ts))
                .unwrap_or_else(|_| panic!("the macro panicked on:\n{text}"));
            if out.to_string().contains("compile_error") {
                broken += 1;
            }
        }
    }
    // Most edits break the model; the count guards against a test that checks nothing.
    assert!(
        broken > leaves,
        "{broken} of {} edits were errors",
        2 * leaves
    );
}

/// The generated `loss_and_grad` of a model, as text.
fn expanded(src: &str) -> String {
    let out = crate::expand::expand(src.parse().expect("tokens")).to_string();
    assert!(!out.contains("compile_error"), "{out}");
    out
}

#[test]
fn a_product_its_loss_gradient_and_the_product_back_run_as_one_row_pass() {
    // `loss_and_grad` has one pass, `loss` none; where the product has a second reader or is
    // read along columns, the steps run apart.
    for s in crate::sample::row_passes() {
        let code = expanded(&s.src);
        let passes = code
            .split("pub fn ")
            .filter(|f| f.starts_with("loss_and_grad ("))
            .map(|f| f.matches("rowpass :: pass").count())
            .sum::<usize>();
        // `detach` stops the gradient at the product: there is no product back.
        let apart = ["RP_read_twice", "RP_columns", "RP_detach"].contains(&s.name.as_str());
        // Two products read by one loop: one of them runs as the pass.
        let want = if apart { 0 } else { 1 };
        assert_eq!(passes, want, "{}: {}", s.name, s.src);
    }
}

#[test]
fn two_products_of_one_matrix_with_vectors_run_as_one_dual_pass() {
    // `loss_and_grad` has one pass, `loss` none: it has one product of the matrix. The
    // second products of `chained` and `reads_first` read the first, the vectors of `scaled`'s and `squashed`'s
    // second products are computed from their first, that of `fused_reader`'s in the loop that
    // reads its first, and `dim` fixes `fixed_dim` small: apart.
    for s in crate::sample::dual_passes() {
        let code = expanded(&s.src);
        let count = |name: &str| {
            code.split("pub fn ")
                .filter(|f| f.starts_with(name))
                .map(|f| f.matches("product :: dual").count())
                .sum::<usize>()
        };
        let apart = [
            "DP_chained",
            "DP_reads_first",
            "DP_scaled",
            "DP_squashed",
            "DP_fused_reader",
            "DP_fixed_dim",
        ]
        .contains(&s.name.as_str());
        let want = if apart { 0 } else { 1 };
        assert_eq!(count("loss_and_grad ("), want, "{}: {}", s.name, s.src);
        assert_eq!(count("loss ("), 0, "{}: {}", s.name, s.src);
    }
}

#[test]
fn a_cross_entropy_and_its_gradient_run_as_one_pass_over_the_scores() {
    let code = expanded(
        "struct M { param w: [D, C]; input x: [N, D]; input y: [N] in 0..C; \
         loss = mean(cross_entropy(x @ w, y)); }",
    );
    let method = |name: &str| {
        code.split("pub fn ")
            .find(|f| f.starts_with(name))
            .unwrap_or_default()
            .to_string()
    };
    let (lg, l) = (method("loss_and_grad ("), method("loss ("));
    assert_eq!(
        lg.matches("cross_entropy_with_grad_rows").count(),
        1,
        "{lg}"
    );
    assert!(!lg.contains("cross_entropy_rows") && !lg.contains("cross_entropy_grad_rows"));
    // `loss` has no gradient to pair with.
    assert!(
        l.contains("cross_entropy_rows") && !l.contains("with_grad"),
        "{l}"
    );
}

/// A pass stated as text: the forward graph of `body` as lowered, and after `simplify`, each as
/// `Graph::text` prints it.
fn simplify_as_text(body: &str) -> (String, String) {
    let src = format!("struct M {{ {body} }}");
    let model = parse_model(src.parse().expect("tokens")).expect("parses");
    let mut diags = Diags::default();
    let decls = crate::declare::declare(&model, &mut diags).expect("declares");
    let lowered = crate::lower::lower(&model, &decls, &mut diags).expect("lowers");
    let before = lowered.graph.text(&[("loss".into(), lowered.loss)]);
    let (g, roots, _) = crate::simplify::simplify(&lowered.graph, &[lowered.loss]);
    (before, g.text(&[("loss".into(), roots[0])]))
}

#[test]
fn log_of_sigmoid_becomes_minus_softplus() {
    let (before, after) = simplify_as_text("param w: [N]; loss = sum(log(sigmoid(w)));");
    assert_eq!(
        before,
        "%0: f[N] = param w\n\
         %1: f[N] = sigmoid %0\n\
         %2: f[N] = log %1\n\
         %3: f[] = sum[0] %2\n\
         loss = %3\n"
    );
    assert_eq!(
        after,
        "%0: f[N] = param w\n\
         %1: f[N] = neg %0\n\
         %2: f[N] = softplus %1\n\
         %3: f[N] = neg %2\n\
         %4: f[] = sum[0] %3\n\
         loss = %4\n"
    );
}

#[test]
fn a_scan_runs_its_steps_in_order_in_either_direction() {
    // A running sum of `x` along `T`, forward and backward, against the sums written out.
    let (decls, prog) = program(
        "param w: [N]; input x: [T, N]; \
         scan t in T { carry s: [N] = zeros; s = s + x[t]; emit up = s; } \
         scan u in T rev { carry r: [N] = zeros; r = r + x[u]; emit down = r; } \
         output ups = up; output downs = down; output last = s; loss = sum(up[T = 0] * w);",
    );
    let env = env_for(&decls, &prog.graph, 3);
    let roots: Vec<Id> = prog.outputs.iter().map(|o| o.1).collect();
    let vals = eval(&prog.graph, &env, &roots);
    let value = |k: usize| vals[prog.outputs[k].1.ix()].clone().expect("output");
    let x = &env.inputs[0];
    let (t, n) = (x.shape[0], x.shape[1]);
    let (up, down, last) = (value(0), value(1), value(2));
    for j in 0..n {
        for i in 0..t {
            let before: f64 = (0..=i).map(|k| x.data[k * n + j]).sum();
            let after: f64 = (i..t).map(|k| x.data[k * n + j]).sum();
            assert!((up.data[i * n + j] - before).abs() < 1e-12);
            assert!((down.data[i * n + j] - after).abs() < 1e-12);
        }
        assert!((last.data[j] - (0..t).map(|k| x.data[k * n + j]).sum::<f64>()).abs() < 1e-12);
    }
}

#[test]
fn a_scan_is_differentiated_through_time() {
    // A recurrent net: the carry's gradient flows back through every step, the weights'
    // gradients sum over the steps, the initial value and the stepped input get theirs.
    assert_grads(
        "param wh: [H, H]; param wx: [D, H]; param h0: [N, H]; input x: [T, N, D]; \
         scan t in T { carry h: [N, H] = h0; h = tanh(x[t] @ wx + h @ wh); emit hs = h; } \
         loss = sum(hs * hs) + sum(h);",
    );
    // Backward in time, two carries, the step along a middle dim, a second scan reading the
    // first one's emits, a carry that starts from a param, and a stepped param.
    assert_grads(
        "param w: [H]; param a: [H]; param x: [N, T, H]; \
         scan t in T rev { carry c: [N, H] = zeros; carry s: [H] = a; \
             let z = tanh(x[t] * w + c); c = z * 0.5 + c; s = s * sigmoid(w); emit e = z * s; } \
         scan u in T { carry q: [N] = zeros; q = q + sum[H](e[u]) * q + 1; emit qs = q; } \
         loss = sum(qs) + sum(c * c) + sum(s);",
    );
}

#[test]
fn detach_inside_a_scan_is_held_step_by_step() {
    // The gradient truncated at the carry: differences hold each step's detached value, in the
    // compiler's tests and in the compile-time check alike.
    let body = "param w: [H]; input x: [T, H]; \
                scan t in T { carry h: [H] = zeros; h = tanh(detach(h) * w + x[t]); emit hs = h; } \
                loss = sum(hs * hs);";
    assert_grads(body);
    assert_eq!(compile_error(body), "");
}
