//! The driver: runs the stages in order and turns errors into `compile_error!`.

use crate::codegen;
use crate::declare::Decls;
use crate::diag::Diags;
use crate::ir::{Graph, Id, Program};
use crate::{ast, declare, grad, gradcheck, lower, parse, simplify};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn expand(tokens: TokenStream) -> TokenStream {
    let model = match parse::parse_model(tokens) {
        Ok(m) => m,
        Err(e) => return e.to_compile_error(),
    };
    let mut errors: Vec<syn::Error> = model.errors.clone();
    errors.extend(model.soft_errors.iter().cloned());
    let mut typos = Diags::default();
    if model.broken.is_empty() {
        declare::check_dim_typos(&model, &mut typos);
    }
    let typo = typos.has_errors();
    errors.extend(typos.into_errors());
    let mut diags = Diags::default();
    if typo {
        // Shape errors would follow from the typo: report the declarations' errors only.
        declare::declare(&model, &mut diags);
    } else if !model.errors.is_empty() {
        // Every error of one build: the rest of the model is checked too, without the broken
        // items and what reads them, whose errors would only follow from the syntax errors.
        if let Some(rest) = rest_of(&model) {
            compile(&rest, &mut diags);
        }
    } else if let Some((decls, prog)) = compile(&model, &mut diags) {
        if errors.is_empty() {
            let out = codegen::generate(&model, &decls, &prog);
            if std::env::var("RHEANO_DUMP").is_ok_and(|v| v == "code") {
                eprintln!("{out}");
            }
            return out;
        }
    }
    errors.extend(diags.into_errors());
    let errs = errors.iter().map(|e| e.to_compile_error());
    let stub = stub(&model);
    quote!(#(#errs)* #stub)
}

/// The model without its broken items and the items that read them (transitively), with a
/// stand-in loss if the loss is among those; `None` when a broken item's name is unreadable,
/// so that what reads it cannot be told apart from a real unknown name.
fn rest_of(model: &ast::Model) -> Option<ast::Model> {
    use std::collections::HashSet;
    let mut gone: HashSet<String> = HashSet::new();
    for b in &model.broken {
        match (&b.name, b.keyword.as_str()) {
            (Some(n), "param" | "input" | "hyper" | "let" | "output" | "fn") => {
                gone.insert(n.clone());
            }
            (_, "loss" | "dim") => {}
            _ => return None,
        }
    }
    let mut items: Vec<&ast::Item> = model.items.iter().collect();
    loop {
        let before = items.len();
        items.retain(|item| {
            let mut reads_gone = false;
            let mut visit = |n: &proc_macro2::Ident| reads_gone |= gone.contains(&n.to_string());
            match &item.kind {
                ast::ItemKind::Let { expr, .. } | ast::ItemKind::Loss { expr, .. } => {
                    expr.visit_names(&mut visit);
                    expr.visit_calls(&mut visit);
                }
                ast::ItemKind::Fn {
                    body, grad, params, ..
                } => {
                    // A function's parameters (and its incoming gradient) are its own names.
                    let own: Vec<String> = params
                        .iter()
                        .chain(grad.as_ref().map(|(g, _)| g))
                        .map(|n| n.to_string())
                        .collect();
                    let mut visit_free = |n: &proc_macro2::Ident| {
                        if !own.contains(&n.to_string()) {
                            visit(n)
                        }
                    };
                    body.visit_names(&mut visit_free);
                    body.visit_calls(&mut visit_free);
                    if let Some((_, g)) = grad {
                        g.visit_names(&mut visit_free);
                        g.visit_calls(&mut visit_free);
                    }
                }
                _ => {}
            }
            if reads_gone {
                if let Some(n) = item.kind.name() {
                    gone.insert(n.to_string());
                }
            }
            !reads_gone
        });
        if items.len() == before {
            break;
        }
    }
    let mut items: Vec<ast::Item> = items.into_iter().cloned().collect();
    if !items
        .iter()
        .any(|i| matches!(i.kind, ast::ItemKind::Loss { .. }))
    {
        items.push(params_loss(model, &items)?);
    }
    Some(ast::Model {
        attrs: model.attrs.clone(),
        errors: Vec::new(),
        broken: Vec::new(),
        soft_errors: Vec::new(),
        partial: true,
        gradcheck: model.gradcheck,
        vis: model.vis.clone(),
        name: model.name.clone(),
        items,
    })
}

/// `loss = sum(p1) + sum(p2) + ...;` over the params among `items`; `None` without params.
fn params_loss(model: &ast::Model, items: &[ast::Item]) -> Option<ast::Item> {
    use ast::{Expr, ExprKind, ItemKind, Spans};
    let sums = items.iter().filter_map(|i| match &i.kind {
        ItemKind::Param { name, .. } => {
            let spans = Spans::one(name.span());
            Some(Expr {
                kind: ExprKind::Call {
                    func: syn::Ident::new("sum", name.span()),
                    dims: None,
                    window: None,
                    args: vec![Expr {
                        kind: ExprKind::Name(name.clone()),
                        spans,
                    }],
                },
                spans,
            })
        }
        _ => None,
    });
    let loss = sums.reduce(|a, b| {
        let spans = a.spans.to(b.spans);
        Expr {
            kind: ExprKind::Bin(ast::BinOp::Add, Box::new(a), Box::new(b)),
            spans,
        }
    })?;
    Some(ast::Item {
        docs: Vec::new(),
        kind: ItemKind::Loss {
            kw: model.name.span(),
            expr: loss,
        },
    })
}

/// Every stage up to the program; `None` with the errors in `diags`.
pub fn compile(model: &ast::Model, diags: &mut Diags) -> Option<(Decls, Program)> {
    let decls = declare::declare(model, diags)?;
    let lowered = lower::lower(model, &decls, diags)?;
    dump("lower", &lowered.graph);
    // Stability rewrites act before differentiation too, so that the derivative of
    // `log(sigmoid(x))` is derived from `-softplus(-x)`.
    // The size of the program as derived without simplification, for the record in PROGRAM.
    let before = {
        let mut raw = lowered.graph.clone();
        let grads = grad::grad(&mut raw, lowered.loss, decls.params.len()).params;
        let roots = std::iter::once(lowered.loss)
            .chain(grads.into_iter().flatten())
            .chain(lowered.outputs.iter().map(|o| o.1));
        raw.reachable(roots).iter().filter(|&&b| b).count()
    };
    let n_out = lowered.outputs.len();
    let mut roots: Vec<Id> = lowered.outputs.iter().map(|o| o.1).collect();
    roots.push(lowered.loss);
    let (mut graph, roots, _) = simplify::simplify(&lowered.graph, &roots);
    dump("simplify (forward)", &graph);
    let (loss, outputs) = (roots[n_out], roots[..n_out].to_vec());
    let grad::Grads {
        params: grads,
        sites,
    } = grad::grad(&mut graph, loss, decls.params.len());
    dump("grad", &graph);
    let derived = Program {
        graph,
        loss,
        grads,
        outputs: lowered.outputs.clone(),
        text: String::new(),
    };
    if model.gradcheck {
        gradcheck::check(model, &decls, &derived, &sites, diags);
        if diags.has_errors() {
            return None;
        }
    }
    let Program { graph, grads, .. } = derived;
    let mut roots: Vec<Id> = vec![loss];
    roots.extend(grads.iter().flatten());
    roots.extend(&outputs);
    let (graph, new_roots, _) = simplify::simplify(&graph, &roots);
    dump("simplify", &graph);
    let after = graph
        .reachable(new_roots.iter().copied())
        .iter()
        .filter(|&&b| b)
        .count();
    let mut it = new_roots.into_iter();
    let loss = it.next()?;
    let grads: Vec<Option<Id>> = grads.iter().map(|g| g.and_then(|_| it.next())).collect();
    let outputs: Vec<(usize, Id)> = lowered.outputs.iter().map(|o| o.0).zip(it).collect();
    let mut named: Vec<(String, Id)> = vec![("loss".into(), loss)];
    for (p, g) in decls.params.iter().zip(&grads) {
        if let Some(g) = g {
            named.push((format!("grad {}", p.name), *g));
        }
    }
    for &(idx, id) in &outputs {
        if let Some(n) = model.items[idx].kind.name() {
            named.push((format!("output {n}"), id));
        }
    }
    let text = format!(
        "# {after} nodes after simplification ({before} before)\n{}",
        graph.text(&named)
    );
    let prog = Program {
        graph,
        loss,
        grads,
        outputs,
        text,
    };
    Some((decls, prog))
}

/// With `RHEANO_DUMP` set at build time, prints the graph after each pass to stderr.
fn dump(stage: &str, g: &Graph) {
    if std::env::var_os("RHEANO_DUMP").is_some() {
        eprintln!("== after {stage}: {} nodes", g.nodes.len());
        for i in 0..g.nodes.len() {
            eprintln!("%{i} = {}", g.op_text(Id(i as u32)));
        }
    }
}

/// On error the struct still exists with its whole interface where the declarations allow,
/// so that the rest of the user's file type-checks and the user sees the model's own errors
/// rather than a cascade of "cannot find type" or "no method": the model reduced to its params,
/// inputs, hypers and dims, with the loss `sum(p)` summed over the params, compiled without the
/// gradient check. Its methods carry the real signatures (output methods excepted); it never
/// runs, since the errors stop the build. When even that does not compile (for example a name
/// declared twice), empty structs.
fn stub(model: &ast::Model) -> TokenStream {
    if let Some(out) = interface(model) {
        return out;
    }
    let name = &model.name;
    let vis = &model.vis;
    let grad = format_ident!("{}Grad", name);
    let dims = format_ident!("{}Dims", name);
    let outs = format_ident!("{}Outputs", name);
    quote! {
        #[allow(dead_code)]
        #vis struct #name {}
        #[allow(dead_code)]
        #vis struct #grad {}
        #[allow(dead_code)]
        #vis struct #dims {}
        #[allow(dead_code)]
        #vis struct #outs {}
    }
}

/// The model's interface alone, as [`stub`] describes; `None` if it does not compile.
fn interface(model: &ast::Model) -> Option<TokenStream> {
    use ast::{Item, ItemKind};
    let mut items: Vec<Item> = model
        .items
        .iter()
        .filter(|i| {
            matches!(
                i.kind,
                ItemKind::Param { .. }
                    | ItemKind::Input { .. }
                    | ItemKind::Hyper { .. }
                    | ItemKind::Dim { .. }
            )
        })
        .cloned()
        .collect();
    items.push(params_loss(model, &items)?);
    let reduced = ast::Model {
        attrs: model.attrs.clone(),
        errors: Vec::new(),
        broken: Vec::new(),
        soft_errors: Vec::new(),
        partial: false,
        gradcheck: false,
        vis: model.vis.clone(),
        name: model.name.clone(),
        items,
    };
    let (decls, prog) = compile(&reduced, &mut Diags::default())?;
    Some(codegen::generate(&reduced, &decls, &prog))
}
