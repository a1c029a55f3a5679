//! Declaration-level rules: names, dims, the loss, and the order in which `let`s are computed.
//! Every rule is a `check_*` function; all errors are collected. Shapes are checked while
//! lowering, where they are computed; `declare` returns the declarations even with errors
//! (unless they make lowering meaningless), so that one build reports both kinds.

use crate::ast::*;
use crate::diag::Diags;
use crate::ir::DimId;
use proc_macro2::Ident;
use std::collections::HashMap;

/// What a name in the value namespace refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ref {
    Param(usize),
    /// Index among all inputs.
    Input(usize),
    Hyper(usize),
    /// Index of the `let`/`output` item.
    Let(usize),
    /// Index of the `fn` item.
    Fn(usize),
    /// Noise item `i` (declaration order among noise items).
    Noise(usize),
    /// Output `k` of the `scan` item: its carries (final values) and emits (stacked), in the
    /// order the block declares them.
    Scanned(usize, usize),
}

pub struct DimDecl {
    pub name: String,
    pub fixed: Option<usize>,
    /// Some param uses it, so `init` needs it (unless fixed).
    pub in_params: bool,
    /// `maxpool[F -> P, SIZE]` introduces it: its size is `F`'s divided by `SIZE`.
    pub pooled: Option<(DimId, usize)>,
}

pub struct ParamDecl {
    pub name: Ident,
    pub dims: Vec<DimId>,
    pub init: Init,
    pub docs: Vec<syn::Attribute>,
}

pub struct InputDecl {
    pub name: Ident,
    pub dims: Vec<DimId>,
    /// `in 0..DIM`, or with `inclusive` `in 0..=DIM`.
    pub labels: Option<DimId>,
    /// The values reach the bound: lengths (`in 0..=T`), which only `ctc` reads.
    pub inclusive: bool,
    /// Index among float inputs or among integer inputs.
    pub kind_index: usize,
}

pub struct HyperDecl {
    pub name: Ident,
    pub default: Option<f64>,
}

/// A noise item: its dims and its distribution's arguments, each a literal or a hyper (index).
pub struct NoiseDecl {
    pub name: Ident,
    pub dims: Vec<DimId>,
    pub dist: NoiseKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NoiseKind {
    Bernoulli(Value),
    Normal(Value, Value),
}

/// A distribution's argument: a literal, or hyper `i`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Num(f64),
    Hyper(usize),
}

/// The model's declarations, resolved.
pub struct Decls {
    /// Indexed by `DimId`.
    pub dims: Vec<DimDecl>,
    pub dim_index: HashMap<String, DimId>,
    pub params: Vec<ParamDecl>,
    pub inputs: Vec<InputDecl>,
    pub hypers: Vec<HyperDecl>,
    pub noises: Vec<NoiseDecl>,
    pub names: HashMap<String, Ref>,
    /// The `loss` item.
    pub loss: usize,
    /// `let` and `output` items, each after the items it reads.
    pub let_order: Vec<usize>,
}

/// The names of the items `model!` generates, which users may not declare.
pub const GENERATED: &[&str] = &[
    "loss",
    "grad",
    "init",
    "loss_and_grad",
    "loss_and_grad_checked",
    "loss_and_grad_with",
    "loss_with",
    "gradcheck",
    "zeros_like",
    "PROGRAM",
    "self",
    "Self",
];

/// The words of the language's items and builtins that are not functions of the op table:
/// `noise`, `scan` and its statements, the convolution and CTC builtins, and the outputs
/// argument of `loss_and_grad_with`.
pub const LANGUAGE: &[&str] = &[
    "noise", "scan", "carry", "emit", "rev", "conv", "maxpool", "ctc", "outs",
];

/// True for the names users may not declare: generated names, the language's words and the
/// builtin functions.
pub fn is_reserved(name: &str) -> bool {
    GENERATED.contains(&name)
        || LANGUAGE.contains(&name)
        || crate::op::Builtin::from_name(name).is_some()
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
    "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

pub fn declare(model: &Model, diags: &mut Diags) -> Option<Decls> {
    let mut decls = Decls {
        dims: Vec::new(),
        dim_index: HashMap::new(),
        params: Vec::new(),
        inputs: Vec::new(),
        hypers: Vec::new(),
        noises: Vec::new(),
        names: HashMap::new(),
        loss: usize::MAX,
        let_order: Vec::new(),
    };
    check_fixed_dims(model, &mut decls, diags);
    let before = diags.count();
    declare_items(model, &mut decls, diags);
    declare_pooled_dims(model, &mut decls, diags);
    // A name declared twice makes every later error about it a guess: stop here.
    let declared = diags.count() == before;
    check_loss_count(model, &mut decls, diags);
    check_names_resolve(model, &decls, diags);
    check_fns(model, &decls, diags);
    if !declared || decls.loss == usize::MAX {
        return None;
    }
    let before = diags.count();
    check_no_recursion(model, &decls, diags);
    if diags.count() > before {
        return None;
    }
    order_lets(model, &mut decls, diags);
    if !model.partial {
        check_loss_reaches_param(model, &decls, diags);
    }
    check_dims_struct_fields(model, &decls, diags);
    check_hyper_consts(&decls, diags);
    // Lowering runs even after the errors above (an unknown name lowers to nothing and
    // reports nothing more), so that its own errors are reported in the same build.
    Some(decls)
}

fn dim_id(decls: &mut Decls, d: &DimName) -> DimId {
    if let Some(&i) = decls.dim_index.get(&d.name) {
        return i;
    }
    let id = DimId(decls.dims.len() as u32);
    decls.dims.push(DimDecl {
        name: d.name.clone(),
        fixed: None,
        in_params: false,
        pooled: None,
    });
    decls.dim_index.insert(d.name.clone(), id);
    id
}

/// The dims `maxpool[F -> P, SIZE]` introduces: `P` gets its size from `F`'s, once.
fn declare_pooled_dims(model: &Model, decls: &mut Decls, diags: &mut Diags) {
    let mut pools = Vec::new();
    for item in &model.items {
        let mut visit = |e: &crate::ast::Expr| {
            if let crate::ast::ExprKind::Call {
                dims: Some(d),
                window: Some(w),
                ..
            } = &e.kind
            {
                pools.push((d[0].clone(), d[1].clone(), *w));
            }
        };
        match &item.kind {
            ItemKind::Let { expr, .. } | ItemKind::Loss { expr, .. } => {
                expr.visit_exprs(&mut visit)
            }
            ItemKind::Scan(scan) => {
                for st in &scan.body {
                    let init = match st {
                        crate::ast::Stmt::Carry { init, .. } => init.as_ref(),
                        _ => None,
                    };
                    for e in st.expr().into_iter().chain(init) {
                        e.visit_exprs(&mut visit);
                    }
                }
            }
            _ => {}
        }
    }
    for (from, to, w) in pools {
        let (f, p) = (dim_id(decls, &from), dim_id(decls, &to));
        match decls.dims[p.ix()].pooled {
            Some(prev) if prev != (f, w) => diags.at(
                to.span,
                format!(
                    "dimension `{}` is made by two poolings that differ; name each pooled dim apart",
                    to.name
                ),
            ),
            _ if p == f => diags.at(
                to.span,
                format!("`maxpool` makes a new dim in `{}`'s place: name it apart", from.name),
            ),
            _ => decls.dims[p.ix()].pooled = Some((f, w)),
        }
    }
}

/// A dimension is fixed at most once, by `dim NAME = SIZE;`.
fn check_fixed_dims(model: &Model, decls: &mut Decls, diags: &mut Diags) {
    for item in &model.items {
        if let ItemKind::Dim { name, size } = &item.kind {
            let i = dim_id(decls, name);
            if decls.dims[i.ix()].fixed.is_some() {
                diags.at(
                    name.span,
                    format!("dimension `{}` is fixed twice", name.name),
                );
            }
            if *size == 0 {
                diags.at(
                    name.span,
                    format!(
                        "dimension `{}` is fixed to 0: every array over it would be empty",
                        name.name
                    ),
                );
            }
            decls.dims[i.ix()].fixed = Some(*size);
        }
    }
}

/// A dimension named in exactly one declaration, while a near name appears in another, is
/// most likely a typo: broadcasting by name would silently make an outer product of it.
/// Near: edit distance at most 2 between names of 4 or more characters, at most 1 for 3
/// characters, and for shorter names only a case or plural difference. Names that differ
/// only in their digits (`H1`, `H2`) are distinct by intent. A check of the source as written,
/// run by [`crate::expand`] on whole models only.
pub fn check_dim_typos(model: &Model, diags: &mut Diags) {
    // Each dim name: the items that declare it, and where it is first written.
    let mut uses: Vec<(&DimName, Vec<usize>)> = Vec::new();
    for (idx, item) in model.items.iter().enumerate() {
        let dims: Vec<&DimName> = match &item.kind {
            ItemKind::Param { shape, .. } => shape.dims.iter().collect(),
            ItemKind::Input { shape, labels, .. } => shape.dims.iter().chain(labels).collect(),
            ItemKind::Dim { name, .. } => vec![name],
            _ => continue,
        };
        for d in dims {
            match uses.iter_mut().find(|(u, _)| u.name == d.name) {
                Some((_, items)) if items.contains(&idx) => {}
                Some((_, items)) => items.push(idx),
                None => uses.push((d, vec![idx])),
            }
        }
    }
    let mut flagged: Vec<&str> = Vec::new();
    for (d, items) in &uses {
        let [only] = items[..] else { continue };
        // The near name in most declarations is the one meant; of two names that each appear
        // once, only the first is reported.
        let near = uses
            .iter()
            .filter(|(e, items)| {
                !(items.len() == 1 && items[0] == only)
                    && dims_near(&d.name, &e.name)
                    && !flagged.contains(&e.name.as_str())
            })
            .max_by_key(|(_, items)| items.len());
        if let Some((e, _)) = near {
            flagged.push(&d.name);
            let place = match &model.items[only].kind {
                ItemKind::Dim { .. } => format!("`dim {}`", d.name),
                kind => format!(
                    "`{}`",
                    kind.name().map(|n| n.to_string()).unwrap_or_default()
                ),
            };
            diags.at(
                d.span,
                format!(
                    "dimension `{}` appears only in {place}; did you mean `{}`? (dims that \
                     differ are broadcast against each other by name)",
                    d.name, e.name
                ),
            );
        }
    }
}

/// Whether two distinct dim names are close enough to be one mistyped for the other.
pub fn dims_near(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    let digitless = |s: &str| {
        s.chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
    };
    if digitless(a) == digitless(b)
        && (a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let len = a.chars().count().min(b.chars().count());
    if len >= 3 {
        return edit_distance(a, b) <= if len >= 4 { 2 } else { 1 };
    }
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    let plural = |x: &str, y: &str| x.strip_suffix('s') == Some(y);
    la == lb || plural(&la, &lb) || plural(&lb, &la)
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = std::mem::replace(&mut row[j + 1], next);
        }
    }
    row[b.len()]
}

/// Every name is declared once, is not reserved, and shapes have rank at most 6.
fn declare_items(model: &Model, decls: &mut Decls, diags: &mut Diags) {
    let declare = |decls: &mut Decls, diags: &mut Diags, name: &Ident, r: Ref| match decls
        .names
        .entry(name.to_string())
    {
        std::collections::hash_map::Entry::Occupied(e) => {
            diags.at(name.span(), format!("`{}` is declared twice", e.key()));
        }
        std::collections::hash_map::Entry::Vacant(e) => {
            e.insert(r);
        }
    };
    for (idx, item) in model.items.iter().enumerate() {
        if let ItemKind::Scan(scan) = &item.kind {
            dim_id(decls, &scan.dim);
            for st in &scan.body {
                if let Stmt::Carry { shape, .. } = st {
                    shape_dims(shape, decls, diags);
                }
            }
            for (k, name) in scan.outputs().into_iter().enumerate() {
                check_reserved(name, diags);
                declare(decls, diags, name, Ref::Scanned(idx, k));
            }
            continue;
        }
        let Some(name) = item.kind.name() else {
            continue;
        };
        check_reserved(name, diags);
        let r = match &item.kind {
            ItemKind::Param { shape, init, .. } => {
                let dims = shape_dims(shape, decls, diags);
                for &d in &dims {
                    decls.dims[d.ix()].in_params = true;
                }
                let init = init.unwrap_or(if dims.len() <= 1 {
                    Init::Zeros
                } else {
                    Init::Glorot
                });
                decls.params.push(ParamDecl {
                    name: name.clone(),
                    dims,
                    init,
                    docs: item.docs.clone(),
                });
                Ref::Param(decls.params.len() - 1)
            }
            ItemKind::Input {
                shape,
                labels,
                inclusive,
                ..
            } => {
                let dims = shape_dims(shape, decls, diags);
                let labels = labels.as_ref().map(|d| dim_id(decls, d));
                let kind_index = decls
                    .inputs
                    .iter()
                    .filter(|i| i.labels.is_some() == labels.is_some())
                    .count();
                decls.inputs.push(InputDecl {
                    name: name.clone(),
                    dims,
                    labels,
                    inclusive: *inclusive,
                    kind_index,
                });
                Ref::Input(decls.inputs.len() - 1)
            }
            ItemKind::Hyper { default, .. } => {
                decls.hypers.push(HyperDecl {
                    name: name.clone(),
                    default: *default,
                });
                Ref::Hyper(decls.hypers.len() - 1)
            }
            ItemKind::Noise { shape, .. } => {
                let dims = shape_dims(shape, decls, diags);
                decls.noises.push(NoiseDecl {
                    name: name.clone(),
                    dims,
                    dist: NoiseKind::Bernoulli(Value::Num(0.0)),
                });
                Ref::Noise(decls.noises.len() - 1)
            }
            ItemKind::Let { .. } => Ref::Let(idx),
            ItemKind::Fn { .. } => Ref::Fn(idx),
            ItemKind::Dim { .. } | ItemKind::Loss { .. } | ItemKind::Scan(_) => continue,
        };
        declare(decls, diags, name, r);
    }
    // Noise arguments: literals or hypers (all hypers are declared by now).
    let mut k = 0;
    for item in &model.items {
        let ItemKind::Noise { dist, .. } = &item.kind else {
            continue;
        };
        let mut value = |a: &NoiseArg| match a {
            NoiseArg::Num(v) => Value::Num(*v),
            NoiseArg::Hyper(n) => match decls.names.get(&n.to_string()) {
                Some(Ref::Hyper(h)) => Value::Hyper(*h),
                _ => {
                    diags.at(
                        n.span(),
                        format!(
                            "a noise distribution's argument is a literal or a hyper, and `{n}` \
                             is not a hyper"
                        ),
                    );
                    Value::Num(f64::NAN)
                }
            },
        };
        let kind = match dist {
            NoiseDist::Bernoulli(p) => NoiseKind::Bernoulli(value(p)),
            NoiseDist::Normal(m, s) => NoiseKind::Normal(value(m), value(s)),
        };
        if let Some(n) = decls.noises.get_mut(k) {
            n.dist = kind;
        }
        k += 1;
    }
    // A scan's own names: the step's name and its lets are new names; each carry is assigned
    // at most once per step, and only carries are assigned.
    for item in &model.items {
        let ItemKind::Scan(scan) = &item.kind else {
            continue;
        };
        check_scan_names(scan, decls, diags);
    }
    // A noise item is drawn, not given: each of its dims needs its size from a param, a
    // float or integer input, or `dim`.
    for item in &model.items {
        let ItemKind::Noise { name, shape, .. } = &item.kind else {
            continue;
        };
        for d in &shape.dims {
            let Some(&id) = decls.dim_index.get(&d.name) else {
                continue;
            };
            let sized = decls.dims[id.ix()].fixed.is_some()
                || decls.params.iter().any(|p| p.dims.contains(&id))
                || decls.inputs.iter().any(|i| i.dims.contains(&id));
            if !sized {
                diags.at(
                    d.span,
                    format!(
                        "nothing gives dim `{}` of noise `{name}` a size: a noise item is drawn, \
                         not given, so each of its dims must be a param's, an input's, or fixed \
                         by `dim {} = ...;`",
                        d.name, d.name
                    ),
                );
            }
        }
    }
}

/// The names a scan's body introduces do not reuse model names, and assignments go to the
/// block's carries, once per step.
fn check_scan_names(scan: &Scan, decls: &Decls, diags: &mut Diags) {
    let index = scan.index.to_string();
    if decls.names.contains_key(&index) || is_reserved(&index) {
        diags.at(
            scan.index.span(),
            format!("the step name `{index}` reuses a name of the model; choose another"),
        );
    }
    let carries: Vec<String> = scan
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::Carry { name, .. } => Some(name.to_string()),
            _ => None,
        })
        .collect();
    let mut locals: Vec<String> = Vec::new();
    let mut assigned: Vec<String> = Vec::new();
    for st in &scan.body {
        match st {
            Stmt::Let { name, .. } => {
                let n = name.to_string();
                check_reserved(name, diags);
                if decls.names.contains_key(&n) || locals.contains(&n) || n == index {
                    diags.at(
                        name.span(),
                        format!(
                            "`{n}` is already a name of the model; a step's `let` takes a new name"
                        ),
                    );
                }
                locals.push(n);
            }
            Stmt::Assign { name, .. } => {
                let n = name.to_string();
                if !carries.contains(&n) {
                    diags.at(
                        name.span(),
                        format!(
                            "`{n} = ...` assigns a carry, but `{n}` is not a `carry` of this scan"
                        ),
                    );
                } else if assigned.contains(&n) {
                    diags.at(
                        name.span(),
                        format!("the carry `{n}` is assigned twice in one step; assign it once"),
                    );
                }
                assigned.push(n);
            }
            Stmt::Carry { .. } | Stmt::Emit { .. } => {}
        }
    }
}

fn shape_dims(shape: &Shape, decls: &mut Decls, diags: &mut Diags) -> Vec<DimId> {
    if shape.dims.len() > 6 {
        diags.error(
            shape.spans,
            format!(
                "rank {} is above the largest supported rank, 6",
                shape.dims.len()
            ),
        );
    }
    shape.dims.iter().map(|d| dim_id(decls, d)).collect()
}

/// A declared name is a Rust identifier that is no keyword, builtin or generated name.
fn check_reserved(name: &Ident, diags: &mut Diags) {
    let s = name.to_string();
    if is_keyword(&s) {
        diags.at(
            name.span(),
            format!("`{s}` is a Rust keyword and cannot name an item"),
        );
    } else if is_reserved(&s) {
        diags.at(
            name.span(),
            format!(
                "`{s}` is reserved (a word of the language, a builtin function or a generated name); choose another name"
            ),
        );
    } else if s.starts_with("__") {
        diags.at(
            name.span(),
            format!("`{s}`: names starting with `__` are reserved"),
        );
    }
}

/// There is exactly one `loss`.
fn check_loss_count(model: &Model, decls: &mut Decls, diags: &mut Diags) {
    for (idx, item) in model.items.iter().enumerate() {
        if let ItemKind::Loss { kw, .. } = &item.kind {
            if decls.loss == usize::MAX {
                decls.loss = idx;
            } else {
                diags.at(*kw, "a model has exactly one `loss`; this is a second one");
            }
        }
    }
    if decls.loss == usize::MAX {
        diags.at(
            model.name.span(),
            format!("model `{}` has no `loss = ...;`", model.name),
        );
    }
}

/// Calls `f` on every name the item reads from outside itself: a `let`'s or the loss's
/// expression, and for a scan its carries' initial values and, in its body, every name that is
/// not the block's own (its carries, step lets and step name).
fn visit_item_names(item: &Item, f: &mut impl FnMut(&Ident)) {
    match &item.kind {
        ItemKind::Let { expr, .. } | ItemKind::Loss { expr, .. } => expr.visit_names(f),
        ItemKind::Scan(scan) => {
            let mut locals: Vec<String> = vec![scan.index.to_string()];
            for st in &scan.body {
                if let Stmt::Carry { name, init, .. } = st {
                    if let Some(e) = init {
                        e.visit_names(f);
                    }
                    locals.push(name.to_string());
                }
            }
            for st in &scan.body {
                if let Some(e) = st.expr() {
                    e.visit_names(&mut |n| {
                        if !locals.contains(&n.to_string()) {
                            f(n)
                        }
                    });
                }
                if let Stmt::Let { name, .. } = st {
                    locals.push(name.to_string());
                }
            }
        }
        _ => {}
    }
}

/// Every name an expression reads is declared, and is a value, not a function.
fn check_names_resolve(model: &Model, decls: &Decls, diags: &mut Diags) {
    for item in &model.items {
        visit_item_names(item, &mut |n| match decls.names.get(&n.to_string()) {
            None => diags.at(n.span(), format!("unknown name `{n}`")),
            Some(Ref::Fn(_)) => diags.at(
                n.span(),
                format!("`{n}` is a function: call it, as in `{n}(x)`"),
            ),
            Some(_) => {}
        });
    }
}

/// A function's parameters are distinct; its body reads only them, hypers and literals; a
/// custom derivative has one parameter and reads only it, the incoming gradient and hypers.
fn check_fns(model: &Model, decls: &Decls, diags: &mut Diags) {
    for item in &model.items {
        let ItemKind::Fn {
            name,
            params,
            body,
            grad,
            nocheck,
        } = &item.kind
        else {
            continue;
        };
        for (i, p) in params.iter().enumerate() {
            if params[..i].iter().any(|q| q == p) {
                diags.at(
                    p.span(),
                    format!("parameter `{p}` of `{name}` is declared twice"),
                );
            }
        }
        let body_reads = |e: &Expr, allowed: &[&Ident], diags: &mut Diags, what: &str| {
            e.visit_names(&mut |n| {
                if allowed.contains(&n) {
                    return;
                }
                match decls.names.get(&n.to_string()) {
                    Some(Ref::Hyper(_)) => {}
                    None => diags.at(n.span(), format!("unknown name `{n}`")),
                    Some(_) => diags.at(
                        n.span(),
                        format!(
                            "{what} of `{name}` may read its parameters, hypers and literals, \
                             not `{n}`: pass it as an argument"
                        ),
                    ),
                }
            });
        };
        let ps: Vec<&Ident> = params.iter().collect();
        body_reads(body, &ps, diags, "the body");
        match grad {
            Some((g, gexpr)) => {
                if params.len() != 1 {
                    diags.at(
                        name.span(),
                        format!(
                            "`{name}` has a custom derivative, so it takes exactly one parameter, \
                             found {}",
                            params.len()
                        ),
                    );
                }
                let mut allowed = ps.clone();
                allowed.push(g);
                body_reads(gexpr, &allowed, diags, "the derivative");
            }
            None if *nocheck => diags.at(
                name.span(),
                format!("`#[nocheck]` on `{name}` needs a custom derivative `grad(g) = ...`"),
            ),
            None => {}
        }
    }
}

/// Functions do not call themselves, directly or through others.
fn check_no_recursion(model: &Model, decls: &Decls, diags: &mut Diags) {
    let calls_of = |idx: usize| -> Vec<(usize, Ident)> {
        let mut out = Vec::new();
        if let ItemKind::Fn { body, grad, .. } = &model.items[idx].kind {
            let mut visit = |f: &Ident| {
                if let Some(Ref::Fn(j)) = decls.names.get(&f.to_string()) {
                    out.push((*j, f.clone()));
                }
            };
            body.visit_calls(&mut visit);
            if let Some((_, g)) = grad {
                g.visit_calls(&mut visit);
            }
        }
        out
    };
    for (idx, item) in model.items.iter().enumerate() {
        let ItemKind::Fn { name, .. } = &item.kind else {
            continue;
        };
        // Depth-first search from each function for a path back to it.
        let mut seen = vec![false; model.items.len()];
        let mut stack = calls_of(idx);
        while let Some((j, call)) = stack.pop() {
            if j == idx {
                diags.at(
                    call.span(),
                    format!("`{name}` calls itself (recursion is not supported)"),
                );
                break;
            }
            if !std::mem::replace(&mut seen[j], true) {
                stack.extend(calls_of(j));
            }
        }
    }
}

/// `let`s and scans may refer to later items, but not in a cycle.
fn order_lets(model: &Model, decls: &mut Decls, diags: &mut Diags) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Visiting,
        Done,
    }
    fn visit(
        idx: usize,
        model: &Model,
        decls: &Decls,
        state: &mut [State],
        order: &mut Vec<usize>,
        diags: &mut Diags,
    ) {
        state[idx] = State::Visiting;
        {
            let mut deps = Vec::new();
            visit_item_names(&model.items[idx], &mut |n| {
                if let Some(Ref::Let(j) | Ref::Scanned(j, _)) = decls.names.get(&n.to_string()) {
                    deps.push((*j, n.clone()));
                }
            });
            for (j, n) in deps {
                match state[j] {
                    State::New => visit(j, model, decls, state, order, diags),
                    State::Visiting => diags.at(
                        n.span(),
                        format!("`{n}` depends on itself (a cycle through `{n}`)"),
                    ),
                    State::Done => {}
                }
            }
        }
        state[idx] = State::Done;
        if matches!(
            model.items[idx].kind,
            ItemKind::Let { .. } | ItemKind::Scan(_)
        ) {
            order.push(idx);
        }
    }
    let mut state = vec![State::New; model.items.len()];
    let mut order = Vec::new();
    for idx in 0..model.items.len() {
        let ordered = matches!(
            model.items[idx].kind,
            ItemKind::Let { .. } | ItemKind::Scan(_)
        );
        if ordered && state[idx] == State::New {
            visit(idx, model, decls, &mut state, &mut order, diags);
        }
    }
    decls.let_order = order;
}

/// The loss depends on at least one param.
fn check_loss_reaches_param(model: &Model, decls: &Decls, diags: &mut Diags) {
    let mut seen = vec![false; model.items.len()];
    let mut stack = vec![decls.loss];
    let mut reaches = false;
    while let Some(idx) = stack.pop() {
        if std::mem::replace(&mut seen[idx], true) {
            continue;
        }
        visit_item_names(
            &model.items[idx],
            &mut |n| match decls.names.get(&n.to_string()) {
                Some(Ref::Param(_)) => reaches = true,
                Some(Ref::Let(j) | Ref::Scanned(j, _)) => stack.push(*j),
                _ => {}
            },
        );
    }
    if !reaches {
        if let ItemKind::Loss { expr, .. } = &model.items[decls.loss].kind {
            diags.error(
                expr.spans,
                "the loss depends on no param, so there is nothing to differentiate",
            );
        }
    }
}

/// Every dimension gets its size from a param or input shape, or from `dim NAME = SIZE;`.
/// Run by `lower` once the uses are known: the labels of `misused` inputs are used as floats,
/// which is the error to fix first, so their bound's size is not asked for.
pub fn check_dims_have_sizes(model: &Model, decls: &Decls, misused: &[usize], diags: &mut Diags) {
    let mut sized = vec![false; decls.dims.len()];
    for p in &decls.params {
        p.dims.iter().for_each(|&d| sized[d.ix()] = true);
    }
    for i in &decls.inputs {
        i.dims.iter().for_each(|&d| sized[d.ix()] = true);
    }
    for (s, d) in sized.iter_mut().zip(&decls.dims) {
        *s |= d.pooled.is_some();
    }
    for item in &model.items {
        if let ItemKind::Input {
            labels: Some(l),
            name,
            ..
        } = &item.kind
        {
            if let Some(Ref::Input(i)) = decls.names.get(&name.to_string()) {
                if misused.contains(i) {
                    continue;
                }
            }
            let d = decls.dim_index[&l.name].ix();
            if !sized[d] && decls.dims[d].fixed.is_none() {
                diags.at(
                    l.span,
                    format!(
                        "dimension `{}` gets no size: it appears in no param or input shape; \
                         fix it with `dim {} = SIZE;`",
                        l.name, l.name
                    ),
                );
            }
        }
    }
}

/// The `Dims` struct has one field per param dimension, lower-cased; each must be a usable
/// field name and two must not collide.
fn check_dims_struct_fields(model: &Model, decls: &Decls, diags: &mut Diags) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for d in decls
        .dims
        .iter()
        .filter(|d| d.in_params && d.fixed.is_none())
    {
        let lower = d.name.to_lowercase();
        if ["self", "super", "crate", "_"].contains(&lower.as_str()) || lower.starts_with("r#") {
            diags.at(
                model.name.span(),
                format!(
                    "dimension `{}` cannot become a field of `{}Dims`; rename it",
                    d.name, model.name
                ),
            );
            continue;
        }
        if let Some(other) = seen.insert(lower.clone(), &d.name) {
            diags.at(
                model.name.span(),
                format!(
                    "dimensions `{other}` and `{}` both become the field `{lower}` of `{}Dims`; rename one",
                    d.name, model.name
                ),
            );
        }
    }
}

/// Each hyper default becomes an upper-cased associated const; those must be distinct and must
/// not be `PROGRAM`.
fn check_hyper_consts(decls: &Decls, diags: &mut Diags) {
    let mut seen: HashMap<String, &Ident> = HashMap::new();
    for h in decls.hypers.iter().filter(|h| h.default.is_some()) {
        let upper = h.name.to_string().to_uppercase();
        if upper == "PROGRAM" {
            diags.at(
                h.name.span(),
                format!(
                    "hyper `{}` would define the const `PROGRAM`, which is taken",
                    h.name
                ),
            );
        } else if let Some(other) = seen.insert(upper.clone(), &h.name) {
            diags.at(
                h.name.span(),
                format!(
                    "hypers `{other}` and `{}` both define the const `{upper}`",
                    h.name
                ),
            );
        }
    }
}
