//! Tokens to [`ast::Model`]: syn's cursor for items, our own precedence climber for
//! expressions (`@` and math's `^` are not Rust's).
//!
//! Precedence, loosest first: comparison; `+ -`; `* / @`; unary `-`; `^`; postfix.

use crate::ast::*;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, parenthesized, Ident, Token};

mod kw {
    syn::custom_keyword!(param);
    syn::custom_keyword!(input);
    syn::custom_keyword!(hyper);
    syn::custom_keyword!(dim);
    syn::custom_keyword!(output);
    syn::custom_keyword!(loss);
    syn::custom_keyword!(T);
    syn::custom_keyword!(grad);
    syn::custom_keyword!(scan);
    syn::custom_keyword!(carry);
    syn::custom_keyword!(emit);
    syn::custom_keyword!(rev);
    syn::custom_keyword!(noise);
}

fn is_attr(a: &syn::Attribute, name: &str) -> bool {
    a.path().is_ident(name)
}

/// `#[gradcheck(off)]` or `#[gradcheck(on)]`.
fn gradcheck_attr(a: &syn::Attribute) -> syn::Result<bool> {
    let arg: Ident = a.parse_args().map_err(|_| {
        syn::Error::new_spanned(a, "expected `#[gradcheck(off)]` or `#[gradcheck(on)]`")
    })?;
    match arg.to_string().as_str() {
        "off" => Ok(false),
        "on" => Ok(true),
        _ => Err(syn::Error::new(
            arg.span(),
            "expected `#[gradcheck(off)]` or `#[gradcheck(on)]`",
        )),
    }
}

pub fn parse_model(tokens: proc_macro2::TokenStream) -> syn::Result<Model> {
    syn::parse2(tokens)
}

impl Parse for Model {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut attrs = input.call(syn::Attribute::parse_outer)?;
        let mut gradcheck = true;
        for a in attrs.iter().filter(|a| is_attr(a, "gradcheck")) {
            gradcheck = gradcheck_attr(a)?;
        }
        attrs.retain(|a| !is_attr(a, "gradcheck"));
        let vis: syn::Visibility = input.parse()?;
        input.parse::<Token![struct]>()?;
        let name: Ident = input.parse()?;
        let body;
        braced!(body in input);
        let (mut items, mut errors, mut broken, mut soft_errors) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        while !body.is_empty() {
            // Each item is parsed on a fork; a broken one is reported and skipped to its `;`.
            let fork = body.fork();
            match parse_item(&fork, &mut soft_errors) {
                Ok(item) => {
                    body.advance_to(&fork);
                    items.push(item);
                }
                Err(e) => {
                    errors.push(e);
                    broken.push(broken_item(&body.fork()));
                    skip_item(&body);
                }
            }
        }
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the model's closing brace"));
        }
        Ok(Model {
            attrs,
            errors,
            broken,
            soft_errors,
            partial: false,
            gradcheck,
            vis,
            name,
            items,
        })
    }
}

/// What the first tokens of a broken item declare: its keyword and the name after it.
fn broken_item(input: ParseStream) -> Broken {
    let _ = input.call(syn::Attribute::parse_outer);
    let keyword = input
        .call(Ident::parse_any)
        .map(|k| k.to_string())
        .unwrap_or_default();
    let name = match keyword.as_str() {
        "param" | "input" | "hyper" | "let" | "output" | "fn" => {
            input.call(Ident::parse_any).ok().map(|n| n.to_string())
        }
        "dim" => input.call(Ident::parse_any).ok().map(|n| n.to_string()),
        _ => None,
    };
    Broken { keyword, name }
}

/// One item; an error that leaves the item's shape intact goes to `soft` and the item is kept.
fn parse_item(input: ParseStream, soft: &mut Vec<syn::Error>) -> syn::Result<Item> {
    let mut docs = input.call(syn::Attribute::parse_outer)?;
    let nocheck = docs.iter().any(|a| is_attr(a, "nocheck"));
    docs.retain(|a| !is_attr(a, "nocheck"));
    let la = input.lookahead1();
    if nocheck && !input.peek(Token![fn]) {
        return Err(input.error("`#[nocheck]` applies to `fn` items only"));
    }
    if input.peek(kw::scan) {
        let scan = parse_scan(input)?;
        // A block needs no `;`; one is allowed.
        let _ = input.parse::<Option<Token![;]>>()?;
        return Ok(Item {
            docs,
            kind: ItemKind::Scan(scan),
        });
    }
    if input.peek(kw::carry) || input.peek(kw::emit) {
        let word = input.call(Ident::parse_any)?;
        return Err(syn::Error::new(
            word.span(),
            format!(
                "`{word}` is a statement of a `scan` block, as in `scan t in T {{ {word} ... }}`"
            ),
        ));
    }
    if input.peek(kw::noise) {
        input.parse::<kw::noise>()?;
        let name = input.call(Ident::parse_any)?;
        input.parse::<Token![:]>()?;
        let shape = parse_shape(input)?;
        input.parse::<Token![~]>()?;
        let dist = parse_noise_dist(input)?;
        input.parse::<Token![;]>()?;
        return Ok(Item {
            docs,
            kind: ItemKind::Noise { name, shape, dist },
        });
    }
    let kind = if la.peek(Token![fn]) {
        input.parse::<Token![fn]>()?;
        let name = input.call(Ident::parse_any)?;
        let content;
        parenthesized!(content in input);
        let params = content.parse_terminated(Ident::parse_any, Token![,])?;
        input.parse::<Token![=]>()?;
        let body = parse_expr(input)?;
        let grad = if input.peek(kw::grad) {
            let kw = input.parse::<kw::grad>()?;
            let content;
            parenthesized!(content in input);
            let g = content.call(Ident::parse_any)?;
            if !content.is_empty() {
                return Err(content.error("`grad(g)` names one incoming gradient"));
            }
            input.parse::<Token![=]>()?;
            let _ = kw;
            Some((g, parse_expr(input)?))
        } else {
            None
        };
        ItemKind::Fn {
            name,
            params: params.into_iter().collect(),
            body,
            grad,
            nocheck,
        }
    } else if la.peek(kw::param) {
        input.parse::<kw::param>()?;
        let name = input.call(Ident::parse_any)?;
        input.parse::<Token![:]>()?;
        let shape = parse_shape(input)?;
        let init = if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            match parse_init(input)? {
                Ok(init) => Some(init),
                Err(e) => {
                    soft.push(e);
                    None
                }
            }
        } else {
            None
        };
        ItemKind::Param { name, shape, init }
    } else if la.peek(kw::input) {
        input.parse::<kw::input>()?;
        let name = input.call(Ident::parse_any)?;
        input.parse::<Token![:]>()?;
        let shape = parse_shape(input)?;
        let mut inclusive = false;
        let labels = if input.peek(Token![in]) {
            input.parse::<Token![in]>()?;
            let zero: syn::LitInt = input.parse()?;
            if zero.base10_digits() != "0" {
                return Err(syn::Error::new(
                    zero.span(),
                    "integer inputs range over `0..DIM` (or `0..=DIM`): the lower bound must be 0",
                ));
            }
            if input.peek(Token![..=]) {
                input.parse::<Token![..=]>()?;
                inclusive = true;
            } else {
                input.parse::<Token![..]>()?;
            }
            Some(parse_dim(input)?)
        } else {
            None
        };
        ItemKind::Input {
            name,
            shape,
            labels,
            inclusive,
        }
    } else if la.peek(kw::hyper) {
        input.parse::<kw::hyper>()?;
        let name = input.call(Ident::parse_any)?;
        let default = if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            Some(parse_signed_number(input)?)
        } else {
            None
        };
        ItemKind::Hyper { name, default }
    } else if la.peek(kw::dim) {
        input.parse::<kw::dim>()?;
        let name = parse_dim(input)?;
        input.parse::<Token![=]>()?;
        let lit: syn::LitInt = input.parse()?;
        let size = lit.base10_parse::<usize>()?;
        ItemKind::Dim { name, size }
    } else if la.peek(Token![let]) || la.peek(kw::output) {
        let output = if input.peek(Token![let]) {
            input.parse::<Token![let]>()?;
            false
        } else {
            input.parse::<kw::output>()?;
            true
        };
        let name = input.call(Ident::parse_any)?;
        input.parse::<Token![=]>()?;
        let expr = parse_expr(input)?;
        ItemKind::Let { name, expr, output }
    } else if la.peek(kw::loss) {
        let kw = input.parse::<kw::loss>()?.span;
        input.parse::<Token![=]>()?;
        let expr = parse_expr(input)?;
        ItemKind::Loss { kw, expr }
    } else {
        return Err(la.error());
    };
    input.parse::<Token![;]>()?;
    Ok(Item { docs, kind })
}

/// `bernoulli(P)` or `normal(M, S)`, each argument a (possibly negative) literal or a hyper.
fn parse_noise_dist(input: ParseStream) -> syn::Result<NoiseDist> {
    let f = input.call(Ident::parse_any)?;
    let content;
    parenthesized!(content in input);
    let mut args = Vec::new();
    while !content.is_empty() {
        let arg = if content.peek(Ident::peek_any) {
            NoiseArg::Hyper(content.call(Ident::parse_any)?)
        } else if content.peek(syn::Lit) || content.peek(Token![-]) {
            NoiseArg::Num(parse_signed_number(&content)?)
        } else {
            return Err(content.error(
                "a noise distribution's arguments are literals or hypers, as in `bernoulli(0.9)` or `normal(0, s)`",
            ));
        };
        args.push(arg);
        if !content.is_empty() {
            content.parse::<Token![,]>().map_err(|_| {
                content.error(
                    "a noise distribution's arguments are literals or hypers, as in `bernoulli(0.9)` or `normal(0, s)`",
                )
            })?;
        }
    }
    let arity = |n: usize, args: &mut Vec<NoiseArg>| -> syn::Result<()> {
        if args.len() == n {
            Ok(())
        } else {
            Err(syn::Error::new(
                f.span(),
                format!("`{f}` takes {n} argument(s), found {}", args.len()),
            ))
        }
    };
    match f.to_string().as_str() {
        "bernoulli" => {
            arity(1, &mut args)?;
            Ok(NoiseDist::Bernoulli(args.remove(0)))
        }
        "normal" => {
            arity(2, &mut args)?;
            let m = args.remove(0);
            Ok(NoiseDist::Normal(m, args.remove(0)))
        }
        _ => Err(syn::Error::new(
            f.span(),
            format!("unknown distribution `{f}`: noise is `~ bernoulli(P)` or `~ normal(M, S)`"),
        )),
    }
}

/// `scan t in T { ... }` or `scan t in T rev { ... }`.
fn parse_scan(input: ParseStream) -> syn::Result<Scan> {
    let kw = input.parse::<kw::scan>()?.span;
    let index = input.call(Ident::parse_any)?;
    input.parse::<Token![in]>()?;
    let dim = parse_dim(input)?;
    let rev = input.parse::<Option<kw::rev>>()?.is_some();
    let content;
    braced!(content in input);
    let mut body = Vec::new();
    while !content.is_empty() {
        body.push(parse_stmt(&content)?);
    }
    Ok(Scan {
        kw,
        index,
        dim,
        rev,
        body,
    })
}

/// One statement of a scan's body, through its `;`.
fn parse_stmt(input: ParseStream) -> syn::Result<Stmt> {
    let word = input.fork().call(Ident::parse_any)?;
    let w = word.to_string();
    let not_here = |what: &str| {
        Err(syn::Error::new(
            word.span(),
            format!(
                "{what} cannot appear inside a `scan` block: declare it before or after the block"
            ),
        ))
    };
    let st = match w.as_str() {
        "carry" => {
            input.parse::<kw::carry>()?;
            let name = input.call(Ident::parse_any)?;
            input.parse::<Token![:]>()?;
            let shape = parse_shape(input)?;
            input.parse::<Token![=]>()?;
            let zeros = input.peek(Ident::peek_any)
                && input.fork().call(Ident::parse_any)? == "zeros"
                && input.peek2(Token![;]);
            let init = if zeros {
                input.call(Ident::parse_any)?;
                None
            } else {
                Some(parse_expr(input)?)
            };
            Stmt::Carry { name, shape, init }
        }
        "let" => {
            input.parse::<Token![let]>()?;
            let name = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            Stmt::Let {
                name,
                expr: parse_expr(input)?,
            }
        }
        "emit" => {
            input.parse::<kw::emit>()?;
            let name = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            Stmt::Emit {
                name,
                expr: parse_expr(input)?,
            }
        }
        "scan" => {
            return Err(syn::Error::new(
                word.span(),
                "scans do not nest: write this `scan` before or after the enclosing block",
            ))
        }
        "param" | "input" | "output" | "loss" | "noise" | "fn" | "hyper" | "dim" => {
            return not_here(&format!("`{w}`"))
        }
        _ => {
            let name = input.call(Ident::parse_any)?;
            if !input.peek(Token![=]) || input.peek(Token![==]) {
                return Err(input.error(
                    "expected a statement of a scan: `carry`, `let`, `emit`, or a carry's new value `NAME = ...;`",
                ));
            }
            input.parse::<Token![=]>()?;
            Stmt::Assign {
                name,
                expr: parse_expr(input)?,
            }
        }
    };
    input.parse::<Token![;]>()?;
    Ok(st)
}

/// Skips the tokens of one item, through its `;`, or up to the start of the next item when the
/// `;` is missing (so that a forgotten `;` does not take the next item with it), or to the end
/// of the body.
fn skip_item(body: ParseStream) {
    let mut first = true;
    while !body.is_empty() {
        if !first && starts_item(body) {
            return;
        }
        first = false;
        if body.parse::<Option<Token![;]>>().ok().flatten().is_some() {
            return;
        }
        if body.parse::<proc_macro2::TokenTree>().is_err() {
            return;
        }
    }
}

/// Whether the next tokens begin an item: an item keyword followed by a name, or `loss =`.
fn starts_item(input: ParseStream) -> bool {
    let fork = input.fork();
    let Ok(kw) = fork.call(Ident::parse_any) else {
        return false;
    };
    match kw.to_string().as_str() {
        "param" | "input" | "hyper" | "dim" | "let" | "output" | "fn" | "scan" | "noise" => {
            fork.call(Ident::parse_any).is_ok()
        }
        "loss" => fork.peek(Token![=]) && !fork.peek(Token![==]),
        _ => false,
    }
}

fn parse_dim(input: ParseStream) -> syn::Result<DimName> {
    if let Ok(lit) = input.fork().parse::<syn::LitInt>() {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "a shape lists dimension names, not sizes: name this dimension (say `K`) \
                 and give its size with `dim K = {};`",
                lit.base10_digits()
            ),
        ));
    }
    let id = input.call(Ident::parse_any)?;
    Ok(DimName {
        name: id.to_string(),
        span: id.span(),
    })
}

/// `[F -> P, SIZE]` of `maxpool`: the pooled dim, the new dim in its place, the window's size.
fn parse_pool(input: ParseStream) -> syn::Result<(DimName, DimName, usize)> {
    let content;
    let br = bracketed!(content in input);
    let shape = "`maxpool` takes `[F -> P, SIZE]`: the dim pooled, the new dim in its place and \
                 the window's size, as in `maxpool[F -> P, 3](x)`";
    let from = parse_dim(&content).map_err(|_| syn::Error::new(br.span.open(), shape))?;
    if !content.peek(Token![->]) {
        return Err(syn::Error::new(from.span, shape));
    }
    content.parse::<Token![->]>()?;
    let to = parse_dim(&content).map_err(|_| syn::Error::new(from.span, shape))?;
    if !content.peek(Token![,]) {
        return Err(syn::Error::new(to.span, shape));
    }
    content.parse::<Token![,]>()?;
    let lit: syn::LitInt = content
        .parse()
        .map_err(|_| syn::Error::new(to.span, shape))?;
    let size: usize = lit.base10_parse()?;
    if size == 0 {
        return Err(syn::Error::new(
            lit.span(),
            "a pooling window holds at least 1 position",
        ));
    }
    if !content.is_empty() {
        return Err(syn::Error::new(lit.span(), shape));
    }
    Ok((from, to, size))
}

fn parse_dim_list(input: ParseStream) -> syn::Result<(Vec<DimName>, Spans)> {
    let content;
    let br = bracketed!(content in input);
    let list = content.parse_terminated(parse_dim, Token![,])?;
    let spans = Spans {
        start: br.span.open(),
        end: br.span.close(),
    };
    Ok((list.into_iter().collect(), spans))
}

fn parse_shape(input: ParseStream) -> syn::Result<Shape> {
    if !input.peek(syn::token::Bracket) {
        return Err(input.error("expected a shape: `[]` or `[A, B, ...]` of dimension names"));
    }
    let (dims, spans) = parse_dim_list(input)?;
    Ok(Shape { dims, spans })
}

fn parse_number(input: ParseStream) -> syn::Result<(f64, Span)> {
    let lit: syn::Lit = input.parse()?;
    let (v, suffix) = match &lit {
        syn::Lit::Int(i) => (i.base10_parse::<f64>()?, i.suffix()),
        syn::Lit::Float(x) => (x.base10_parse::<f64>()?, x.suffix()),
        _ => return Err(syn::Error::new(lit.span(), "expected a number")),
    };
    if !suffix.is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            format!("number literals take no type suffix: remove `{suffix}`"),
        ));
    }
    Ok((v, lit.span()))
}

fn parse_signed_number(input: ParseStream) -> syn::Result<f64> {
    let neg = input.peek(Token![-]);
    if neg {
        input.parse::<Token![-]>()?;
    }
    let (v, _) = parse_number(input)?;
    Ok(if neg { -v } else { v })
}

/// An initializer: the outer error is broken syntax, the inner one a well-formed initializer
/// that does not exist or has the wrong number of arguments.
fn parse_init(input: ParseStream) -> syn::Result<syn::Result<Init>> {
    let id = input.call(Ident::parse_any)?;
    let args = if input.peek(syn::token::Paren) {
        let content;
        parenthesized!(content in input);
        let vals = content.parse_terminated(parse_signed_number, Token![,])?;
        vals.into_iter().collect()
    } else {
        Vec::new()
    };
    let n = match id.to_string().as_str() {
        // `orthogonal` or `orthogonal(GAIN)`.
        "orthogonal" => args.len().min(1),
        "zeros" | "ones" | "glorot" | "he" => 0,
        "normal" | "constant" => 1,
        "uniform" => 2,
        other => {
            return Ok(Err(syn::Error::new(
                id.span(),
                format!(
                    "unknown initializer `{other}`: expected one of zeros, ones, normal(STD), \
                     uniform(LO, HI), glorot, he, orthogonal, orthogonal(GAIN), constant(V)"
                ),
            )))
        }
    };
    if args.len() != n {
        return Ok(Err(syn::Error::new(
            id.span(),
            format!("`{id}` takes {n} number(s), found {}", args.len()),
        )));
    }
    Ok(Ok(match id.to_string().as_str() {
        "zeros" => Init::Zeros,
        "ones" => Init::Ones,
        "glorot" => Init::Glorot,
        "he" => Init::He,
        "orthogonal" => Init::Orthogonal(args.first().copied().unwrap_or(1.0)),
        "normal" => Init::Normal(args[0]),
        "constant" => Init::Constant(args[0]),
        _ => Init::Uniform(args[0], args[1]),
    }))
}

pub fn parse_expr(input: ParseStream) -> syn::Result<Expr> {
    let lhs = parse_additive(input)?;
    let op = if input.peek(Token![>=]) {
        input.parse::<Token![>=]>()?;
        CmpOp::Ge
    } else if input.peek(Token![<=]) {
        input.parse::<Token![<=]>()?;
        CmpOp::Le
    } else if input.peek(Token![>]) {
        input.parse::<Token![>]>()?;
        CmpOp::Gt
    } else if input.peek(Token![<]) {
        input.parse::<Token![<]>()?;
        CmpOp::Lt
    } else {
        return Ok(lhs);
    };
    let rhs = parse_additive(input)?;
    if input.peek(Token![>]) || input.peek(Token![<]) {
        return Err(input.error("comparisons do not chain"));
    }
    Ok(Expr {
        spans: lhs.spans.to(rhs.spans),
        kind: ExprKind::Cmp(op, Box::new(lhs), Box::new(rhs)),
    })
}

fn binary(op: BinOp, a: Expr, b: Expr) -> Expr {
    Expr {
        spans: a.spans.to(b.spans),
        kind: ExprKind::Bin(op, Box::new(a), Box::new(b)),
    }
}

fn parse_additive(input: ParseStream) -> syn::Result<Expr> {
    let mut lhs = parse_multiplicative(input)?;
    loop {
        let op = if input.peek(Token![+]) && !input.peek(Token![+=]) {
            input.parse::<Token![+]>()?;
            BinOp::Add
        } else if input.peek(Token![-]) && !input.peek(Token![-=]) && !input.peek(Token![->]) {
            input.parse::<Token![-]>()?;
            BinOp::Sub
        } else {
            return Ok(lhs);
        };
        let rhs = parse_multiplicative(input)?;
        lhs = binary(op, lhs, rhs);
    }
}

fn parse_multiplicative(input: ParseStream) -> syn::Result<Expr> {
    let mut lhs = parse_unary(input)?;
    loop {
        let op = if input.peek(Token![*]) && !input.peek(Token![*=]) {
            input.parse::<Token![*]>()?;
            if input.peek(Token![*]) {
                return Err(input
                    .error("`**` is not an operator here: write a power with `^`, as in `x^2`"));
            }
            BinOp::Mul
        } else if input.peek(Token![/]) && !input.peek(Token![/=]) {
            input.parse::<Token![/]>()?;
            BinOp::Div
        } else if input.peek(Token![@]) {
            input.parse::<Token![@]>()?;
            BinOp::MatMul
        } else {
            return Ok(lhs);
        };
        let rhs = parse_unary(input)?;
        lhs = binary(op, lhs, rhs);
    }
}

fn parse_unary(input: ParseStream) -> syn::Result<Expr> {
    if input.peek(Token![-]) {
        let minus = input.parse::<Token![-]>()?;
        let inner = parse_unary(input)?;
        return Ok(Expr {
            spans: Spans::one(minus.span).to(inner.spans),
            kind: ExprKind::Neg(Box::new(inner)),
        });
    }
    parse_power(input)
}

fn parse_power(input: ParseStream) -> syn::Result<Expr> {
    let base = parse_postfix(input)?;
    if !input.peek(Token![^]) || input.peek(Token![^=]) {
        return Ok(base);
    }
    input.parse::<Token![^]>()?;
    // The exponent: a literal or hyper, possibly negated, or either in parentheses.
    let exponent = if input.peek(Token![-]) {
        let minus = input.parse::<Token![-]>()?;
        let inner = parse_postfix(input)?;
        Expr {
            spans: Spans::one(minus.span).to(inner.spans),
            kind: ExprKind::Neg(Box::new(inner)),
        }
    } else {
        parse_postfix(input)?
    };
    if input.peek(Token![^]) {
        return Err(input.error("`^` does not chain: add parentheses, as in `(a^b)^c`"));
    }
    Ok(binary(BinOp::Pow, base, exponent))
}

fn parse_postfix(input: ParseStream) -> syn::Result<Expr> {
    let mut e = parse_primary(input)?;
    loop {
        if input.peek(syn::token::Bracket) {
            e = parse_index(input, e)?;
            continue;
        }
        if !input.peek(Token![.]) || input.peek(Token![..]) {
            break;
        }
        input.parse::<Token![.]>()?;
        let t: kw::T = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected `T` after `.`: `.T` is the only postfix",
            )
        })?;
        e = Expr {
            spans: e.spans.to(Spans::one(t.span)),
            kind: ExprKind::Transpose(Box::new(e)),
        };
    }
    Ok(e)
}

/// `base[...]`: a slice `[G = 2]`, or an index expression (a gather's integer input, a scan's
/// step).
fn parse_index(input: ParseStream, base: Expr) -> syn::Result<Expr> {
    let content;
    let br = bracketed!(content in input);
    let spans = base.spans.to(Spans::one(br.span.close()));
    let index = if content.peek(Ident::peek_any) && content.peek2(Token![=]) {
        let dim = content.call(Ident::parse_any)?;
        content.parse::<Token![=]>()?;
        let lit: syn::LitInt = content.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected an integer literal: a slice is `x[G = 2]`, at one index of dim `G`",
            )
        })?;
        if !lit.suffix().is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                "number literals take no type suffix",
            ));
        }
        let at = lit.base10_parse::<usize>()?;
        Index::Slice {
            dim: DimName {
                name: dim.to_string(),
                span: dim.span(),
            },
            at,
        }
    } else {
        let i = parse_expr(&content)?;
        Index::At(Box::new(i))
    };
    if !content.is_empty() {
        return Err(content.error("expected `]`: an index is one expression, or `G = k`"));
    }
    Ok(Expr {
        spans,
        kind: ExprKind::Index(Box::new(base), index),
    })
}

fn parse_primary(input: ParseStream) -> syn::Result<Expr> {
    if input.peek(syn::token::Paren) {
        let content;
        let p = parenthesized!(content in input);
        let mut e = parse_expr(&content)?;
        if !content.is_empty() {
            return Err(content.error("expected `)`"));
        }
        e.spans = Spans {
            start: p.span.open(),
            end: p.span.close(),
        };
        return Ok(e);
    }
    if input.peek(syn::Lit) {
        let (v, span) = parse_number(input)?;
        return Ok(Expr {
            kind: ExprKind::Num(v),
            spans: Spans::one(span),
        });
    }
    if input.peek(Ident::peek_any) {
        let id = input.call(Ident::parse_any)?;
        // `f[C](x)` is a call with dims; `x[...]` without a call after it is an index.
        let call_with_dims = input.peek(syn::token::Bracket) && {
            let fork = input.fork();
            let _content;
            let _ = bracketed!(_content in fork);
            fork.peek(syn::token::Paren)
        };
        if !input.peek(syn::token::Paren) && !call_with_dims {
            return Ok(Expr {
                spans: Spans::one(id.span()),
                kind: ExprKind::Name(id),
            });
        }
        let (dims, window) = if input.peek(syn::token::Bracket) && id == "maxpool" {
            let (from, to, size) = parse_pool(input)?;
            (Some(vec![from, to]), Some(size))
        } else if input.peek(syn::token::Bracket) {
            (Some(parse_dim_list(input)?.0), None)
        } else {
            (None, None)
        };
        let content;
        let p = parenthesized!(content in input);
        let args = content.parse_terminated(parse_expr, Token![,])?;
        return Ok(Expr {
            spans: Spans::one(id.span()).to(Spans::one(p.span.close())),
            kind: ExprKind::Call {
                func: id,
                dims,
                window,
                args: args.into_iter().collect(),
            },
        });
    }
    Err(input.error("expected an expression: a number, a name, a call or `(`"))
}
