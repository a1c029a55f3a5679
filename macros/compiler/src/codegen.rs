//! The program to Rust tokens: the model struct, its gradient and dims structs, `init`,
//! `loss`, `loss_and_grad`, one method per output, and `impl Model`.

use crate::ast::{Init, ItemKind, Model};
use crate::declare::Decls;
use crate::ir::{DimId, Graph, Id, Program};
use crate::loops::dim_var;
use crate::op::{Op, Precision};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

fn f32_lit(v: f64) -> TokenStream {
    let v = v as f32;
    if v.is_nan() {
        quote!(f32::NAN)
    } else if v == f32::INFINITY {
        quote!(f32::INFINITY)
    } else if v == f32::NEG_INFINITY {
        quote!(f32::NEG_INFINITY)
    } else {
        let l = Literal::f32_suffixed(v);
        quote!(#l)
    }
}

fn usizes(xs: &[usize]) -> TokenStream {
    let ls = xs.iter().map(|&x| Literal::usize_unsuffixed(x));
    quote!(&[#(#ls),*])
}

fn rank_ty(rank: usize) -> Ident {
    format_ident!("Ix{}", rank)
}

struct Gen<'a> {
    model: &'a Model,
    decls: &'a Decls,
    prog: &'a Program,
    rt: TokenStream,
    nd: TokenStream,
}

pub fn generate(model: &Model, decls: &Decls, prog: &Program) -> TokenStream {
    // Each scan's step becomes a method of its own, run inside the scan's loop.
    let split = crate::scan::split(prog);
    let gen = Gen {
        model,
        decls,
        prog: &split,
        rt: quote!(::rheano::__private),
        nd: quote!(::rheano::__private::ndarray),
    };
    gen.all()
}

impl Gen<'_> {
    fn array_ty(&self, rank: usize) -> TokenStream {
        let nd = &self.nd;
        let ix = rank_ty(rank);
        quote!(#nd::Array<f32, #nd::#ix>)
    }

    fn view_ty(&self, rank: usize, elem: TokenStream) -> TokenStream {
        let nd = &self.nd;
        let ix = rank_ty(rank);
        quote!(#nd::ArrayView<'_, #elem, #nd::#ix>)
    }

    fn dims_text(&self, dims: &[DimId]) -> String {
        let names: Vec<&str> = dims
            .iter()
            .map(|&d| self.decls.dims[d.ix()].name.as_str())
            .collect();
        format!("[{}]", names.join(", "))
    }

    fn all(&self) -> TokenStream {
        let name = &self.model.name;
        let grad_name = format_ident!("{}Grad", name);
        let dims_name = format_ident!("{}Dims", name);
        let vis = &self.model.vis;
        let attrs = &self.model.attrs;
        let rt = &self.rt;

        let pnames: Vec<&Ident> = self.decls.params.iter().map(|p| &p.name).collect();
        let pname_strs: Vec<String> = pnames.iter().map(|p| p.to_string()).collect();
        let ptys: Vec<TokenStream> = self
            .decls
            .params
            .iter()
            .map(|p| self.array_ty(p.dims.len()))
            .collect();
        let pdocs: Vec<TokenStream> = self
            .decls
            .params
            .iter()
            .map(|p| {
                let docs = &p.docs;
                let line = format!(
                    " Param `{}: {}`, initialized by `{}`.",
                    p.name,
                    self.dims_text(&p.dims),
                    init_text(p.init)
                );
                quote!(#(#docs)* #[doc = #line])
            })
            .collect();
        let gdocs: Vec<String> = pnames
            .iter()
            .map(|p| format!(" The gradient of the loss with respect to `{p}`."))
            .collect();

        let dim_fields: Vec<(DimId, Ident)> = self
            .decls
            .dims
            .iter()
            .enumerate()
            .filter(|(_, d)| d.in_params && d.fixed.is_none())
            .map(|(i, d)| (DimId(i as u32), field_ident(&d.name.to_lowercase())))
            .collect();
        let dim_field_names: Vec<&Ident> = dim_fields.iter().map(|f| &f.1).collect();
        let dim_field_docs: Vec<String> = dim_fields
            .iter()
            .map(|(i, _)| format!(" The size of dimension `{}`.", self.decls.dims[i.ix()].name))
            .collect();

        let model_doc = self.model_doc();
        let program_text = format!("{}{}", self.prog.text, self.steps_text());
        let program_doc = format!(
            " The derived program (forward and backward) after simplification, one node per \
             line with its dims, then the steps each method runs:\n\n```text\n{program_text}```"
        );

        let hyper_consts = self.decls.hypers.iter().filter_map(|h| {
            let v = h.default?;
            let c = format_ident!("{}", h.name.to_string().to_uppercase());
            let lit = f32_lit(v);
            let doc = format!(" The default of hyper `{}`.", h.name);
            Some(quote!(#[doc = #doc] pub const #c: f32 = #lit;))
        });

        let init = self.init_fn(&dims_name, &dim_fields);
        let outs_name = format_ident!("{}Outputs", name);
        let loss_fn = self.loss_fn(false, &grad_name, None);
        let loss_and_grad_fn = self.loss_fn(true, &grad_name, None);
        let loss_and_grad_with_fn = self.loss_fn(true, &grad_name, Some(&outs_name));
        let loss_with_fn = self.loss_fn(false, &grad_name, Some(&outs_name));
        // The outputs struct: one field per output, an array of its rank (`f32` for rank 0).
        let (out_names, out_tys, out_docs): (Vec<Ident>, Vec<TokenStream>, Vec<String>) = self
            .prog
            .outputs
            .iter()
            .filter_map(|&(idx, id)| {
                let n = self.model.items[idx].kind.name()?.clone();
                let rank = self.prog.graph.rank(id);
                let ty = if rank == 0 {
                    quote!(f32)
                } else {
                    self.array_ty(rank)
                };
                let doc = format!(
                    " Output `{n}`, of dims `{}`.",
                    self.dims_text(self.prog.graph.shape(id))
                );
                Some((n, ty, doc))
            })
            .fold((vec![], vec![], vec![]), |mut acc, (n, t, d)| {
                acc.0.push(n);
                acc.1.push(t);
                acc.2.push(d);
                acc
            });
        let outs_doc = format!(
            " Every output of `{name}`, as `loss_and_grad_with` writes them (make it with \
             `{name}Outputs::default()`; each call resizes the arrays as needed)."
        );
        let gradcheck_fns = self.gradcheck_fns(&grad_name);
        let outputs = self
            .prog
            .outputs
            .iter()
            .map(|&(idx, id)| self.output_fn(idx, id));
        let name_str = name.to_string();
        let pdims_text: Vec<String> = self
            .decls
            .params
            .iter()
            .map(|p| self.dims_text(&p.dims))
            .collect();
        let grad_doc = format!(" Gradients of `{name}`'s loss, one array per param.");
        let dims_doc = format!(" The sizes that `{name}::init` needs.");

        quote! {
            #(#attrs)*
            #[doc = ""]
            #[doc = #model_doc]
            #[derive(Clone, Debug)]
            #vis struct #name {
                #( #pdocs pub #pnames: #ptys, )*
            }

            #[doc = #grad_doc]
            #[derive(Clone, Debug)]
            #vis struct #grad_name {
                #( #[doc = #gdocs] pub #pnames: #ptys, )*
                __ws: #rt::workspace::Workspace,
            }

            #[doc = #outs_doc]
            #[derive(Clone, Debug, Default)]
            #vis struct #outs_name {
                #( #[doc = #out_docs] pub #out_names: #out_tys, )*
            }

            #[doc = #dims_doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            #vis struct #dims_name {
                #( #[doc = #dim_field_docs] pub #dim_field_names: usize, )*
            }

            impl #name {
                #[doc = #program_doc]
                pub const PROGRAM: &'static str = #program_text;
                #(#hyper_consts)*
                #init
                #loss_fn
                #loss_and_grad_fn
                #loss_and_grad_with_fn
                #loss_with_fn
                #gradcheck_fns
                #(#outputs)*
            }

            impl #grad_name {
                /// Zeros shaped like the params of `model`.
                pub fn zeros_like(model: &#name) -> Self {
                    #grad_name {
                        #( #pnames: #rt::ndarray::Array::zeros(model.#pnames.raw_dim()), )*
                        __ws: ::core::default::Default::default(),
                    }
                }
            }

            /// A short summary: each param, its dims and sizes, and the total count.
            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #rt::model::write_summary(self, #name_str, &[#(#pdims_text),*], f)
                }
            }

            impl #rt::Model for #name {
                type Grad = #grad_name;
                fn visit(&self, f: &mut dyn FnMut(&'static str, #rt::ndarray::ArrayViewD<'_, f32>)) {
                    #( f(#pname_strs, self.#pnames.view().into_dyn()); )*
                }
                fn visit_mut(&mut self, f: &mut dyn FnMut(&'static str, #rt::ndarray::ArrayViewMutD<'_, f32>)) {
                    #( f(#pname_strs, self.#pnames.view_mut().into_dyn()); )*
                }
                fn visit_with_grad(
                    &mut self,
                    grad: &Self::Grad,
                    f: &mut dyn FnMut(&'static str, #rt::ndarray::ArrayViewMutD<'_, f32>, #rt::ndarray::ArrayViewD<'_, f32>),
                ) {
                    #( f(#pname_strs, self.#pnames.view_mut().into_dyn(), grad.#pnames.view().into_dyn()); )*
                }
                fn visit_grad_mut(
                    &self,
                    grad: &mut Self::Grad,
                    f: &mut dyn FnMut(&'static str, #rt::ndarray::ArrayViewMutD<'_, f32>),
                ) {
                    #( f(#pname_strs, grad.#pnames.view_mut().into_dyn()); )*
                }
            }
        }
    }

    /// Where `loss_and_grad` writes each gradient of rank 1 or more: the slice `__g_NAME` of
    /// `grad.NAME`, in the order of the params.
    fn grad_dests(&self) -> Vec<(Id, Ident)> {
        let g = &self.prog.graph;
        self.decls
            .params
            .iter()
            .zip(&self.prog.grads)
            .filter_map(|(pd, gid)| {
                let gid = (*gid)?;
                (g.rank(gid) > 0).then(|| (gid, format_ident!("__g_{}", pd.name)))
            })
            .collect()
    }

    /// The steps each method runs, in order (`Method::steps_text`), `gradcheck`'s `f64` loss
    /// included.
    fn steps_text(&self) -> String {
        let g = &self.prog.graph;
        let fixed: Vec<Option<usize>> = self.decls.dims.iter().map(|d| d.fixed).collect();
        let loss = self.prog.loss;
        let with_grads: Vec<Id> = std::iter::once(loss)
            .chain(self.prog.grads.iter().flatten().copied())
            .collect();
        let grad_dests = self.grad_dests();
        // (name, roots, destinations of the roots, precision)
        type MethodPlan = (String, Vec<Id>, Vec<(Id, Ident)>, Precision);
        let mut methods: Vec<MethodPlan> = vec![
            ("loss".into(), vec![loss], vec![], Precision::F32),
            (
                "loss_and_grad".into(),
                with_grads,
                grad_dests,
                Precision::F32,
            ),
        ];
        for &(idx, id) in &self.prog.outputs {
            if let Some(n) = self.model.items[idx].kind.name() {
                let dests = if g.rank(id) > 0 {
                    vec![(id, format_ident!("__out_slice"))]
                } else {
                    vec![]
                };
                methods.push((n.to_string(), vec![id], dests, Precision::F32));
            }
        }
        methods.push((
            "gradcheck (f64 loss)".into(),
            vec![loss],
            vec![],
            Precision::F64,
        ));
        let mut out = String::from("# steps\n");
        for (name, roots, dests, precision) in methods {
            let method = crate::loops::Method::new(g, &roots, &dests, self.rt.clone(), precision)
                .with_fixed(fixed.clone());
            let steps = method.steps_text();
            out.push_str(&format!("{name}: {} steps\n", steps.len()));
            for s in steps {
                out.push_str(&format!("  {s}\n"));
            }
        }
        out
    }

    fn model_doc(&self) -> String {
        let mut s = String::from(" A `model!`:\n\n```text\n");
        for item in &self.model.items {
            let line = match &item.kind {
                ItemKind::Param { name, .. } => {
                    let p = self.decls.params.iter().find(|p| &p.name == name);
                    p.map(|p| {
                        format!(
                            "param {}: {} = {}",
                            name,
                            self.dims_text(&p.dims),
                            init_text(p.init)
                        )
                    })
                }
                ItemKind::Input {
                    name,
                    shape,
                    labels,
                    inclusive,
                } => Some(format!(
                    "input {}: [{}]{}",
                    name,
                    shape
                        .dims
                        .iter()
                        .map(|d| d.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    labels
                        .as_ref()
                        .map(|l| format!(" in 0..{}{}", if *inclusive { "=" } else { "" }, l.name))
                        .unwrap_or_default()
                )),
                ItemKind::Hyper { name, default } => Some(match default {
                    Some(v) => format!("hyper {name} = {v}"),
                    None => format!("hyper {name}"),
                }),
                ItemKind::Dim { name, size } => Some(format!("dim {} = {size}", name.name)),
                ItemKind::Let { name, expr, output } => Some(format!(
                    "{} {name} = {expr}",
                    if *output { "output" } else { "let" }
                )),
                ItemKind::Loss { expr, .. } => Some(format!("loss = {expr}")),
                ItemKind::Scan(scan) => Some(scan.to_string()),
                ItemKind::Noise { name, shape, dist } => {
                    let dims: Vec<&str> = shape.dims.iter().map(|d| d.name.as_str()).collect();
                    Some(format!("noise {name}: [{}] ~ {dist}", dims.join(", ")))
                }
                ItemKind::Fn {
                    name,
                    params,
                    body,
                    grad,
                    nocheck,
                } => {
                    let ps: Vec<String> = params.iter().map(|p| p.to_string()).collect();
                    Some(format!(
                        "{}fn {name}({}) = {body}{}",
                        if *nocheck { "#[nocheck] " } else { "" },
                        ps.join(", "),
                        grad.as_ref()
                            .map(|(g, d)| format!(" grad({g}) = {d}"))
                            .unwrap_or_default()
                    ))
                }
            };
            if let Some(l) = line {
                s.push_str(&l);
                s.push_str(";\n");
            }
        }
        s.push_str("```");
        s
    }

    fn shape_tokens(&self, dims: &[DimId], src: impl Fn(DimId) -> TokenStream) -> TokenStream {
        let parts = dims.iter().map(|&i| match self.decls.dims[i.ix()].fixed {
            Some(n) => {
                let l = Literal::usize_unsuffixed(n);
                quote!(#l)
            }
            None => src(i),
        });
        quote!([#(#parts),*])
    }

    fn init_fn(&self, dims_name: &Ident, fields: &[(DimId, Ident)]) -> TokenStream {
        let rt = &self.rt;
        let name = &self.model.name;
        let inits = self.decls.params.iter().map(|p| {
            let pname = &p.name;
            let shape = self.shape_tokens(&p.dims, |i| {
                let f = &fields
                    .iter()
                    .find(|f| f.0 == i)
                    .expect("param dim has a field")
                    .1;
                quote!(dims.#f)
            });
            let value = match p.init {
                Init::Zeros => quote!(#rt::init::zeros(#shape)),
                Init::Ones => quote!(#rt::init::constant(#shape, 1.0)),
                Init::Constant(v) => quote!(#rt::init::constant(#shape, #v)),
                Init::Normal(s) => quote!(#rt::init::normal(#shape, #s, &mut *rng)),
                Init::Uniform(lo, hi) => quote!(#rt::init::uniform(#shape, #lo, #hi, &mut *rng)),
                Init::Glorot => quote!(#rt::init::glorot(#shape, &mut *rng)),
                Init::He => quote!(#rt::init::he(#shape, &mut *rng)),
                Init::Orthogonal(g) => quote!(#rt::init::orthogonal(#shape, #g, &mut *rng)),
            };
            quote!(let #pname = #value;)
        });
        let pnames = self.decls.params.iter().map(|p| &p.name);
        let doc = format!(
            " Fresh params for the sizes in `dims`, drawn from `rng` in declaration order, so one \
             seed gives one model.\n\n Initializers: {}.",
            self.decls
                .params
                .iter()
                .map(|p| format!("`{}` {}", p.name, init_text(p.init)))
                .collect::<Vec<_>>()
                .join(", ")
        );
        quote! {
            #[doc = #doc]
            #[allow(unused_variables)]
            pub fn init(dims: #dims_name, rng: &mut impl #rt::rand::Rng) -> #name {
                #(#inits)*
                #name { #(#pnames),* }
            }
        }
    }

    /// The argument list and its doc lines.
    /// The arguments of a method, with `noise` after the hypers when the method depends on a
    /// noise item.
    fn args_with_noise(
        &self,
        inputs: &[usize],
        hypers: &[usize],
        noisy: bool,
    ) -> (Vec<TokenStream>, String) {
        let (mut args, mut doc) = self.plain_args(inputs, hypers);
        if noisy {
            let rt = &self.rt;
            args.push(quote!(noise: #rt::noise::Noise<'_>));
            doc.push_str(
                "\n - `noise`: `Noise::Sample(&mut rng)` draws the noise items, `Noise::Mean` \
                 uses their means",
            );
        }
        (args, doc)
    }

    fn plain_args(&self, inputs: &[usize], hypers: &[usize]) -> (Vec<TokenStream>, String) {
        let mut args = Vec::new();
        let mut doc = String::new();
        for &i in inputs {
            let inp = &self.decls.inputs[i];
            let name = &inp.name;
            let elem = if inp.labels.is_some() {
                quote!(usize)
            } else {
                quote!(f32)
            };
            let ty = self.view_ty(inp.dims.len(), elem);
            args.push(quote!(#name: #ty));
            doc.push_str(&format!(
                "\n - `{}`: `{}`{}",
                name,
                self.dims_text(&inp.dims),
                inp.labels
                    .map(|l| {
                        let name = &self.decls.dims[l.ix()].name;
                        if inp.inclusive {
                            format!(", integer lengths in `0..={name}`")
                        } else {
                            format!(", integer labels in `0..{name}`")
                        }
                    })
                    .unwrap_or_default()
            ));
        }
        for &h in hypers {
            let hy = &self.decls.hypers[h];
            let name = &hy.name;
            args.push(quote!(#name: f32));
            doc.push_str(&format!(
                "\n - `{}`: hyper{}",
                name,
                hy.default
                    .map(|v| format!(
                        ", default {v} (`Self::{}`)",
                        name.to_string().to_uppercase()
                    ))
                    .unwrap_or_default()
            ));
        }
        (args, doc)
    }

    fn noises_of(&self, roots: &[Id]) -> Vec<(usize, Id)> {
        noises_of(&self.prog.graph, roots)
    }

    /// A noisy method's code: before the work, one seed per noise item of the model (when
    /// sampling) and each used item's distribution, checked; after the workspace is bound,
    /// each used item's values in a workspace buffer, bound to its leaf's slice; at the end,
    /// the buffers given back.
    fn noise_code(
        &self,
        method: &crate::loops::Method,
        roots: &[Id],
        f64: bool,
    ) -> (TokenStream, TokenStream, TokenStream) {
        let rt = &self.rt;
        let used = self.noises_of(roots);
        if used.is_empty() {
            return Default::default();
        }
        let all = self.decls.noises.len();
        let ty = if f64 { quote!(f64) } else { quote!(f32) };
        let (mut before, mut fill, mut give) = (Vec::new(), Vec::new(), Vec::new());
        before.push(quote! {
            let mut noise = noise;
            let __seeds: ::core::option::Option<[u64; #all]> = noise.seeds::<#all>();
        });
        let first = method.slots_total();
        for (j, &(k, leaf)) in used.iter().enumerate() {
            let n = &self.decls.noises[k];
            let value = |v: crate::declare::Value| match v {
                crate::declare::Value::Num(x) => {
                    let l = f32_lit(x);
                    quote!(#l)
                }
                crate::declare::Value::Hyper(h) => {
                    let name = &self.decls.hypers[h].name;
                    quote!((#name as f32))
                }
            };
            let dist = match n.dist {
                crate::declare::NoiseKind::Bernoulli(p) => {
                    let p = value(p);
                    quote!(#rt::noise::Dist::Bernoulli(#p))
                }
                crate::declare::NoiseKind::Normal(m, s) => {
                    let (m, s) = (value(m), value(s));
                    quote!(#rt::noise::Dist::Normal(#m, #s))
                }
            };
            let (dv, bv) = (format_ident!("__dist{}", k), format_ident!("__nb{}", k));
            let name = n.name.to_string();
            before.push(quote! {
                let #dv = #dist;
                #rt::noise::check(#name, #dv)?;
            });
            let count = crate::loops::size(&n.dims);
            let slot = first + j;
            let lv = method
                .leaves
                .iter()
                .find(|(id, _)| *id == leaf)
                .map(|(_, v)| v.clone());
            fill.push(quote! {
                let mut #bv = __ws.take(#slot, #count);
                #rt::noise::fill::<#ty>(__seeds.map(|__s| __s[#k]), #dv, &mut #bv[..]);
            });
            if let Some(lv) = lv {
                fill.push(quote!(let #lv: &[#ty] = &#bv[..];));
            }
            give.push(quote!(__ws.put(#slot, #bv);));
        }
        (quote!(#(#before)*), quote!(#(#fill)*), quote!(#(#give)*))
    }

    /// Binds every dim from the params and the given inputs, and checks labels.
    /// Binds every dim's size from the arrays, checks labels, and refuses a size of zero for
    /// a dim that a `mean` reachable from `roots` divides by.
    fn prologue(&self, inputs: &[usize], roots: &[Id]) -> TokenStream {
        let rt = &self.rt;
        let g = &self.prog.graph;
        let live = g.reachable(roots.iter().copied());
        let mut mean_dims: Vec<DimId> = Vec::new();
        for (i, n) in g.nodes.iter().enumerate() {
            if let (Op::Size(ds), true) = (&n.op, live[i]) {
                for &dd in ds {
                    if !mean_dims.contains(&dd) {
                        mean_dims.push(dd);
                    }
                }
            }
        }
        mean_dims.sort_unstable();
        // The largest index each dim is sliced at (`x[G = k]`), in the method and in the steps
        // of its scans: its size must exceed it (slices are read in place).
        let mut sliced: Vec<(DimId, usize)> = Vec::new();
        let in_method = g
            .nodes
            .iter()
            .enumerate()
            .filter(|(i, _)| live[*i])
            .map(|(_, n)| (g, n));
        let in_steps = g
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| match n.op {
                Op::Scan(s) if live[i] => g.bodies.get(s as usize),
                _ => None,
            })
            .flat_map(|b| b.graph.nodes.iter().map(move |n| (&b.graph, n)));
        for (graph, n) in in_method.chain(in_steps) {
            let Op::Slice(axis, at) = &n.op else {
                continue;
            };
            let d = graph.shape(n.args[0])[axis.ix()];
            match sliced.iter_mut().find(|(e, _)| *e == d) {
                Some((_, k)) => *k = (*k).max(*at),
                None => sliced.push((d, *at)),
            }
        }
        sliced.sort_unstable();
        let in_range = sliced.iter().map(|&(d, at)| {
            let (v, name) = (dim_var(d), self.decls.dims[d.ix()].name.as_str());
            quote!(if #v <= #at {
                return Err(#rt::Error::SliceOutOfRange { dim: #name, index: #at, size: #v });
            })
        });
        let empty = mean_dims.iter().map(|&i| {
            let (v, name) = (dim_var(i), self.decls.dims[i.ix()].name.as_str());
            quote!(if #v == 0 { return Err(#rt::Error::EmptyMean { dim: #name }); })
        });
        let names: Vec<&str> = self.decls.dims.iter().map(|d| d.name.as_str()).collect();
        let mut binds = Vec::new();
        for (i, dd) in self.decls.dims.iter().enumerate() {
            if let Some(n) = dd.fixed {
                let from = format!("`dim {} = {n}`", dd.name);
                binds.push(quote!(__dims.bind(#i, #n, #from)?;));
            }
        }
        let bind = |name: &Ident, dims: &[DimId], access: TokenStream| {
            let froms = (0..dims.len()).map(|a| format!("`{name}` axis {a}"));
            let ids = usizes(&dims.iter().map(|d| d.ix()).collect::<Vec<_>>());
            quote!(__dims.bind_shape(#ids, #access.shape(), &[#(#froms),*])?;)
        };
        for p in &self.decls.params {
            let n = &p.name;
            binds.push(bind(n, &p.dims, quote!(self.#n)));
        }
        for &i in inputs {
            let inp = &self.decls.inputs[i];
            let n = &inp.name;
            binds.push(bind(n, &inp.dims, quote!(#n)));
        }
        // A dim `maxpool` introduces: its source's size over the window.
        for (i, dd) in self.decls.dims.iter().enumerate() {
            if let Some((f, w)) = dd.pooled {
                let (fi, fname) = (f.ix(), &self.decls.dims[f.ix()].name);
                let from = format!("`maxpool[{fname} -> {}, {w}]`", dd.name);
                binds.push(quote!(__dims.bind_pooled(#i, #fi, #w, #from)?;));
            }
        }
        // A dim fixed by `dim` is a constant in the code, once the binding above has checked it,
        // so loops over it have known lengths and the compiler unrolls and vectorizes them.
        let dim_vars = self.decls.dims.iter().enumerate().map(|(i, dd)| {
            let v = dim_var(DimId(i as u32));
            match dd.fixed {
                Some(n) => quote!(let #v: usize = #n;),
                None => quote!(let #v = __dims.get(#i);),
            }
        });
        let labels = inputs.iter().filter_map(|&i| {
            let inp = &self.decls.inputs[i];
            let l = inp.labels?;
            let (n, ns) = (&inp.name, inp.name.to_string());
            let (dv, dn) = (dim_var(l), self.decls.dims[l.ix()].name.clone());
            let inclusive = inp.inclusive;
            Some(quote!(#rt::kernels::check_labels(&#n.view().into_dyn(), #ns, #dn, #dv, #inclusive)?;))
        });
        // The targets of each `ctc` the method runs: no blank within the lengths used.
        let input_named = |id: Id| match g.node(id).op {
            Op::Labels(k) => self
                .decls
                .inputs
                .iter()
                .find(|d| d.kind_index == k && d.labels.is_some()),
            _ => None,
        };
        let mut targets: Vec<(&Ident, &Ident)> = Vec::new();
        for (i, n) in g.nodes.iter().enumerate() {
            if !(live[i] && matches!(n.op, Op::Ctc | Op::CtcGrad)) {
                continue;
            }
            if let (Some(y), Some(yl)) = (input_named(n.args[1]), input_named(n.args[3])) {
                if !targets.contains(&(&y.name, &yl.name)) {
                    targets.push((&y.name, &yl.name));
                }
            }
        }
        let blanks = targets.iter().map(|(y, yl)| {
            let (ys, yls) = (y.to_string(), yl.to_string());
            quote!(#rt::kernels::check_ctc_targets(&#y.view().into_dyn(), &#yl.view().into_dyn(), #ys, #yls)?;)
        });
        // The kernels' tap dims of each convolution: odd sizes.
        let mut taps: Vec<DimId> = Vec::new();
        for (i, n) in g.nodes.iter().enumerate().filter(|(i, _)| live[*i]) {
            let (d, kernel) = match n.op {
                Op::Conv(d) | Op::ConvData(d) => (d, g.shape(n.args[1])),
                Op::ConvKernel(d) => (d, &g.nodes[i].shape[..]),
                _ => continue,
            };
            for &t in &kernel[..d as usize] {
                if !taps.contains(&t) {
                    taps.push(t);
                }
            }
        }
        let odd = taps.iter().map(|&t| {
            let (v, name) = (dim_var(t), self.decls.dims[t.ix()].name.as_str());
            quote!(if #v % 2 == 0 { return Err(#rt::Error::EvenKernel { dim: #name, size: #v }); })
        });
        quote! {
            let mut __dims = #rt::kernels::Dims::new([#(#names),*]);
            #(#binds)*
            #(#dim_vars)*
            #(#empty)*
            #(#in_range)*
            #(#labels)*
            #(#blanks)*
            #(#odd)*
        }
    }

    /// Slices of the params and inputs a fused method reads, and its hypers as locals. In `f64`
    /// the params come from `__p` and the float inputs from their `f64` copies (`__f64_NAME`).
    fn fused_setup(&self, method: &crate::loops::Method) -> TokenStream {
        let rt = &self.rt;
        let g = &self.prog.graph;
        let f64 = method.precision() == Precision::F64;
        let ty = if f64 { quote!(f64) } else { quote!(f32) };
        let mut out = Vec::new();
        for (id, v) in &method.leaves {
            let c = format_ident!("__c{}", id.0);
            let (src, elem) = match g.node(*id).op {
                Op::Param(i) if f64 => (quote!(__p[#i]), quote!(f64)),
                Op::Param(i) => {
                    let n = &self.decls.params[i].name;
                    (quote!(self.#n), quote!(f32))
                }
                Op::Input(k) | Op::Labels(k) => {
                    let is_labels = matches!(g.node(*id).op, Op::Labels(_));
                    let Some(inp) = self
                        .decls
                        .inputs
                        .iter()
                        .find(|d| d.kind_index == k && d.labels.is_some() == is_labels)
                    else {
                        continue;
                    };
                    let n = &inp.name;
                    match (is_labels, f64) {
                        (true, _) => (quote!(#n), quote!(usize)),
                        (false, true) => {
                            let v = format_ident!("__f64_{}", n);
                            (quote!(#v), quote!(f64))
                        }
                        (false, false) => (quote!(#n), quote!(f32)),
                    }
                }
                _ => continue,
            };
            let flushed = f64 || method.flush_reads.contains(id);
            if let (Op::Param(i), false) = (&g.node(*id).op, flushed) {
                // Params are read with subnormals flushed to zero (`rheano::subnormal`): those
                // that loops read as they read them, the others in a pass here.
                let fixed: Option<usize> = self.decls.params[*i]
                    .dims
                    .iter()
                    .map(|&d| self.decls.dims[d.ix()].fixed)
                    .product();
                let read = match fixed {
                    Some(n) => quote!(read_fixed::<#n>),
                    None => quote!(read),
                };
                let f = format_ident!("__f{}", id.0);
                out.push(quote! {
                    let #c = #src.as_standard_layout();
                    let mut #f = #rt::subnormal::Flushed::new();
                    let #v: &[f32] = #f.#read(#c.as_slice().unwrap_or(&[]));
                });
            } else {
                out.push(quote! {
                    let #c = #src.as_standard_layout();
                    let #v: &[#elem] = #c.as_slice().unwrap_or(&[]);
                });
            }
        }
        if !method.flush_reads.is_empty() {
            // Params that loops flush as they read them: whether flushing is on, once.
            out.push(quote!(let __keep: u32 = #rt::subnormal::keep_mask();));
        }
        for (i, n) in g.nodes.iter().enumerate() {
            if let (Op::Hyper(h), true) = (&n.op, method.uses(Id(i as u32))) {
                let v = format_ident!("__hyper{}", i);
                let name = &self.decls.hypers[*h].name;
                out.push(quote!(let #v: #ty = #name as #ty;));
            }
        }
        quote!(#(#out)*)
    }

    /// `loss`, `loss_and_grad` (`with_grad`), or with `outs` (the outputs struct's name)
    /// `loss_with` and `loss_and_grad_with`, which also write every output of the same call.
    fn loss_fn(&self, with_grad: bool, grad_name: &Ident, outs: Option<&Ident>) -> TokenStream {
        let rt = &self.rt;
        let g = &self.prog.graph;
        let mut roots = vec![self.prog.loss];
        if with_grad {
            roots.extend(self.prog.grads.iter().flatten());
        }
        // The outputs, by field name, when they are written too.
        let out_fields: Vec<(Ident, Id)> = match outs {
            Some(_) => self
                .prog
                .outputs
                .iter()
                .filter_map(|&(idx, id)| {
                    let name = self.model.items[idx].kind.name()?.clone();
                    Some((name, id))
                })
                .collect(),
            None => Vec::new(),
        };
        roots.extend(out_fields.iter().map(|o| o.1));
        // `loss` takes every input and hyper, used or not, so that the signature is the model's.
        let all_inputs: Vec<usize> = (0..self.decls.inputs.len()).collect();
        let all_hypers: Vec<usize> = (0..self.decls.hypers.len()).collect();
        let noisy = !self.noises_of(&roots).is_empty();
        let (args, arg_doc) = self.args_with_noise(&all_inputs, &all_hypers, noisy);
        let prologue = self.prologue(&all_inputs, &roots);
        let mut dests = if with_grad {
            self.grad_dests()
        } else {
            Vec::new()
        };
        let mut prepare = Vec::new();
        let mut finish = Vec::new();
        let mut out_slices = Vec::new();
        for (n, id) in &out_fields {
            if g.rank(*id) == 0 {
                continue;
            }
            let v = format_ident!("__o_{}", n);
            dests.push((*id, v.clone()));
            let dims = g.shape(*id).iter().map(|&d| dim_var(d));
            prepare.push(quote!(#rt::kernels::ensure_standard(&mut outs.#n, #rt::ndarray::Dim([#(#dims),*]));));
            out_slices
                .push(quote!(let #v: &mut [f32] = outs.#n.as_slice_mut().unwrap_or(&mut []);));
        }
        if with_grad {
            for (pd, gid) in self.decls.params.iter().zip(&self.prog.grads) {
                let n = &pd.name;
                match gid {
                    Some(gid) if g.rank(*gid) > 0 => {
                        prepare.push(
                            quote!(#rt::kernels::ensure_standard(&mut grad.#n, self.#n.raw_dim());),
                        );
                    }
                    Some(_) => {}
                    None => {
                        finish.push(quote!(#rt::kernels::zero_to(&mut grad.#n, self.#n.raw_dim());))
                    }
                }
            }
        }
        let method = crate::loops::Method::new(g, &roots, &dests, rt.clone(), Precision::F32)
            .with_fixed(self.decls.dims.iter().map(|d| d.fixed).collect());
        let setup = self.fused_setup(&method);
        let (noise_before, noise_fill, noise_give) = self.noise_code(&method, &roots, false);
        let slices = self
            .decls
            .params
            .iter()
            .zip(&self.prog.grads)
            .filter_map(|(pd, gid)| {
                let gid = (*gid)?;
                if !with_grad || g.rank(gid) == 0 {
                    return None;
                }
                let (n, v) = (&pd.name, format_ident!("__g_{}", pd.name));
                Some(quote!(let #v: &mut [f32] = grad.#n.as_slice_mut().unwrap_or(&mut []);))
            });
        let mut scalar_grads = Vec::new();
        for (pd, gid) in self.decls.params.iter().zip(&self.prog.grads) {
            if let Some(gid) = gid {
                if with_grad && g.rank(*gid) == 0 {
                    let (n, v) = (&pd.name, method.scalar(*gid));
                    scalar_grads.push(quote!(grad.#n.fill(#v);));
                }
            }
        }
        for (n, id) in &out_fields {
            if g.rank(*id) == 0 {
                let v = method.scalar(*id);
                scalar_grads.push(quote!(outs.#n = #v;));
            }
        }
        let loss_v = method.scalar(self.prog.loss);
        let ws = if with_grad {
            quote!(let __ws = &mut grad.__ws;)
        } else {
            quote!(let mut __wsl = #rt::workspace::Workspace::<f32>::default(); let __ws = &mut __wsl;)
        };
        let body = method.body(quote!(__ws));
        let loss_expr = self
            .model
            .items
            .iter()
            .find_map(|i| match &i.kind {
                ItemKind::Loss { expr, .. } => Some(expr.to_string()),
                _ => None,
            })
            .unwrap_or_default();
        let parallel = method.parallel();
        let inner = quote! {
            #prologue
            #setup
            #noise_before
            #(#prepare)*
            let __loss: f32 = #rt::pool::in_pool(#parallel, || {
                #ws
                #noise_fill
                #(#slices)*
                #(#out_slices)*
                #body
                #(#scalar_grads)*
                #noise_give
                #loss_v
            });
            #(#finish)*
            Ok(__loss)
        };
        if let (false, Some(outs_name)) = (with_grad, outs) {
            let doc = format!(
                " `loss`, that also writes every output of the same call into `outs` (resized \
                 as needed): one forward pass for the loss, `{loss_expr}`, and the outputs (an \
                 evaluation's loss and the state to carry into the next batch).\n\n \
                 Arguments:{arg_doc}\n\n # Errors\n As `loss`; `outs` is then untouched."
            );
            return quote! {
                #[doc = #doc]
                #[allow(unused_variables, unused_mut, clippy::too_many_arguments, clippy::let_and_return, clippy::needless_range_loop, clippy::identity_op, clippy::erasing_op)]
                pub fn loss_with(&self, #(#args,)* outs: &mut #outs_name) -> ::core::result::Result<f32, #rt::Error> {
                    #inner
                }
            };
        }
        if !with_grad {
            let doc = format!(
                " The loss, `{loss_expr}`.\n\n Arguments:{arg_doc}\n\n # Errors\n A size that \
                 disagrees with another size of the same dim, a label out of range, or a `mean` over a dim of size 0."
            );
            return quote! {
                #[doc = #doc]
                #[allow(unused_variables, unused_mut, clippy::too_many_arguments, clippy::let_and_return, clippy::needless_range_loop, clippy::identity_op, clippy::erasing_op)]
                pub fn loss(&self, #(#args),*) -> ::core::result::Result<f32, #rt::Error> {
                    #inner
                }
            };
        }
        let doc = format!(
            " The loss, `{loss_expr}`, and its gradient with respect to every param, written \
             into `grad` (every field is overwritten).\n\n Arguments:{arg_doc}\n\n # Errors\n A \
             size that disagrees with another size of the same dim, a label out of range, or a `mean` over a dim of size 0; \
             `grad` is then untouched."
        );
        if let Some(outs_name) = outs {
            let doc = format!(
                " `loss_and_grad`, that also writes every output of the same call into `outs` \
                 (resized as needed): the loss, `{loss_expr}`, its gradient with respect to \
                 every param into `grad`, and the outputs, so that carried state, batch \
                 statistics and per-example losses come out of the training step itself.\n\n \
                 Arguments:{arg_doc}\n\n # Errors\n As `loss_and_grad`; `grad` and `outs` are \
                 then untouched."
            );
            return quote! {
                #[doc = #doc]
                #[allow(unused_variables, unused_mut, clippy::too_many_arguments, clippy::let_and_return, clippy::needless_range_loop, clippy::identity_op, clippy::erasing_op)]
                pub fn loss_and_grad_with(&self, #(#args,)* grad: &mut #grad_name, outs: &mut #outs_name) -> ::core::result::Result<f32, #rt::Error> {
                    #inner
                }
            };
        }
        quote! {
            #[doc = #doc]
            #[allow(unused_variables, unused_mut, clippy::too_many_arguments, clippy::let_and_return, clippy::needless_range_loop, clippy::identity_op, clippy::erasing_op)]
            pub fn loss_and_grad(&self, #(#args,)* grad: &mut #grad_name) -> ::core::result::Result<f32, #rt::Error> {
                #inner
            }
        }
    }

    /// `gradcheck`, and the `f64` loss it differentiates numerically.
    fn gradcheck_fns(&self, grad_name: &Ident) -> TokenStream {
        let rt = &self.rt;
        let g = &self.prog.graph;
        let all_inputs: Vec<usize> = (0..self.decls.inputs.len()).collect();
        let all_hypers: Vec<usize> = (0..self.decls.hypers.len()).collect();
        let mut grad_roots = vec![self.prog.loss];
        grad_roots.extend(self.prog.grads.iter().flatten());
        let noisy = !self.noises_of(&grad_roots).is_empty();
        let (args, arg_doc) = self.args_with_noise(&all_inputs, &all_hypers, noisy);
        let prologue = self.prologue(&all_inputs, &[self.prog.loss]);
        let method =
            crate::loops::Method::new(g, &[self.prog.loss], &[], rt.clone(), Precision::F64)
                .with_fixed(self.decls.dims.iter().map(|d| d.fixed).collect());
        let converts = self
            .decls
            .inputs
            .iter()
            .filter(|i| i.labels.is_none())
            .map(|i| {
                let (n, v) = (&i.name, format_ident!("__f64_{}", i.name));
                quote!(let #v = #rt::kernels::to_f64_array(&#n);)
            });
        let setup = self.fused_setup(&method);
        let (noise_before, noise_fill, noise_give) =
            self.noise_code(&method, &[self.prog.loss], true);
        let body = method.body(quote!(__ws));
        let loss_v = method.scalar(self.prog.loss);
        let all_noise = self.decls.noises.len();
        // `gradcheck` draws the noise once and replays it to every call it makes.
        let (noise_arg, replay, replayed) = if noisy {
            (
                quote!(noise,),
                quote! {
                    let mut noise = noise;
                    let __seeds: ::core::option::Option<[u64; #all_noise]> = noise.seeds::<#all_noise>();
                    let mut __replay = #rt::noise::Replay::<#all_noise>::new(__seeds);
                },
                quote!(__replay.noise(),),
            )
        } else {
            (TokenStream::new(), TokenStream::new(), TokenStream::new())
        };
        let arg_names: Vec<&Ident> = self
            .decls
            .inputs
            .iter()
            .map(|i| &i.name)
            .chain(self.decls.hypers.iter().map(|h| &h.name))
            .collect();
        let pnames: Vec<&Ident> = self.decls.params.iter().map(|p| &p.name).collect();
        let pstrs: Vec<String> = pnames.iter().map(|p| p.to_string()).collect();
        let doc = format!(
            " Checks `loss_and_grad` on these arguments against `f64` central differences of the \
             loss (the same program run in `f64`), param by param; see `rheano::check`.\n\n \
             Arguments:{arg_doc}\n\n # Errors\n As for `loss`."
        );
        let checked_doc = format!(
            " `loss_and_grad`, then a check that the loss and every gradient entry are finite: \
             the guard for long runs. `loss_and_grad` itself checks nothing, so the guard costs \
             nothing when it is not called.\n\n Arguments:{arg_doc}\n\n # Errors\n As for \
             `loss_and_grad`, and `Error::NotFinite` naming the first param (in declaration \
             order) with a NaN or infinite gradient entry, its position and value, and the loss; \
             or, when every gradient is finite, the loss itself if it is not."
        );
        quote! {
            #[doc(hidden)]
            #[allow(unused_variables, clippy::too_many_arguments, clippy::let_and_return)]
            pub fn __loss_f64(&self, __p: &[#rt::ndarray::ArrayD<f64>], #(#args),*) -> ::core::result::Result<f64, #rt::Error> {
                #prologue
                #(#converts)*
                #setup
                #noise_before
                let mut __wsl = #rt::workspace::Workspace::<f64>::default();
                let __ws = &mut __wsl;
                #noise_fill
                #body
                #noise_give
                Ok(#loss_v)
            }

            #[doc = #checked_doc]
            #[allow(clippy::too_many_arguments)]
            pub fn loss_and_grad_checked(&self, #(#args,)* grad: &mut #grad_name) -> ::core::result::Result<f32, #rt::Error> {
                let __loss = self.loss_and_grad(#(#arg_names,)* #noise_arg grad)?;
                #rt::check::finite(__loss, &[#((#pstrs, grad.#pnames.view().into_dyn())),*])
            }

            #[doc = #doc]
            #[allow(clippy::too_many_arguments)]
            pub fn gradcheck(&self, #(#args),*) -> ::core::result::Result<#rt::check::GradReport, #rt::Error> {
                #replay
                let mut __grad = #grad_name::zeros_like(self);
                self.loss_and_grad(#(#arg_names,)* #replayed &mut __grad)?;
                let __params = vec![#(#rt::kernels::to_f64_array(&self.#pnames.view())),*];
                let __grads = [#(__grad.#pnames.view().into_dyn().to_owned()),*];
                #rt::check::gradients(&[#(#pstrs),*], __params, &__grads, |__p| {
                    self.__loss_f64(__p, #(#arg_names,)* #replayed)
                })
            }
        }
    }

    fn output_fn(&self, idx: usize, id: Id) -> TokenStream {
        let rt = &self.rt;
        let g = &self.prog.graph;
        let ItemKind::Let { name, expr, .. } = &self.model.items[idx].kind else {
            return TokenStream::new();
        };
        let (inputs, hypers, noisy) = output_args(self.decls, g, id);
        let (args, arg_doc) = self.args_with_noise(&inputs, &hypers, noisy);
        let prologue = self.prologue(&inputs, &[id]);
        let rank = g.rank(id);
        let dests = if rank > 0 {
            vec![(id, format_ident!("__out_slice"))]
        } else {
            vec![]
        };
        let method = crate::loops::Method::new(g, &[id], &dests, rt.clone(), Precision::F32)
            .with_fixed(self.decls.dims.iter().map(|d| d.fixed).collect());
        let setup = self.fused_setup(&method);
        let (noise_before, noise_fill, _) = self.noise_code(&method, &[id], false);
        let body = method.body(quote!(__ws));
        let shape = self.dims_text(g.shape(id));
        let docs = &self.model.items[idx].docs;
        let doc = format!(
            " Output `{name} = {expr}`, of dims `{shape}`.\n\n Arguments:{arg_doc}\n\n # Errors\n A \
             size that disagrees with another size of the same dim, a label out of range, or a `mean` over a dim of size 0."
        );
        let (ret_ty, compute) = if rank == 0 {
            let v = method.scalar(id);
            (quote!(f32), quote!({ #body #v }))
        } else {
            let dims = g.shape(id).iter().map(|&i| dim_var(i));
            let ix = rank_ty(rank);
            (
                self.array_ty(rank),
                quote!({
                    let mut __out = #rt::ndarray::Array::<f32, #rt::ndarray::#ix>::zeros([#(#dims),*]);
                    {
                        let __out_slice: &mut [f32] = __out.as_slice_mut().unwrap_or(&mut []);
                        #body
                    }
                    __out
                }),
            )
        };
        quote! {
            #(#docs)*
            #[doc = #doc]
            #[allow(unused_variables, unused_mut, clippy::too_many_arguments, clippy::let_and_return, clippy::needless_range_loop, clippy::identity_op, clippy::erasing_op)]
            pub fn #name(&self, #(#args),*) -> ::core::result::Result<#ret_ty, #rt::Error> {
                #prologue
                #setup
                #noise_before
                let mut __wsl = #rt::workspace::Workspace::<f32>::default();
                let __ws = &mut __wsl;
                #noise_fill
                Ok(#compute)
            }
        }
    }
}

/// The arguments of a method computing `roots`: the inputs (indices among all inputs, in
/// declaration order) and hypers (indices) that the nodes it needs read. The output methods take
/// these; `loss` and `loss_and_grad` take every input and hyper.
/// The noise items that `roots` depend on: the item, and its leaf.
pub fn noises_of(g: &Graph, roots: &[Id]) -> Vec<(usize, Id)> {
    let live = g.reachable(roots.iter().copied());
    g.nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match n.op {
            Op::Noise(k) if live[i] => Some((k, Id(i as u32))),
            _ => None,
        })
        .collect()
}

/// An output method's arguments: the inputs and hypers that [`method_args`] gives, with the
/// hypers of its noise items' distributions, and whether it takes `noise`.
pub fn output_args(decls: &Decls, g: &Graph, id: Id) -> (Vec<usize>, Vec<usize>, bool) {
    let (inputs, mut hypers) = method_args(decls, g, &[id]);
    let noises = noises_of(g, &[id]);
    for &(k, _) in &noises {
        let used = match decls.noises[k].dist {
            crate::declare::NoiseKind::Bernoulli(p) => vec![p],
            crate::declare::NoiseKind::Normal(m, s) => vec![m, s],
        };
        for v in used {
            if let crate::declare::Value::Hyper(h) = v {
                hypers.push(h);
            }
        }
    }
    hypers.sort_unstable();
    hypers.dedup();
    (inputs, hypers, !noises.is_empty())
}

pub fn method_args(decls: &Decls, g: &Graph, roots: &[Id]) -> (Vec<usize>, Vec<usize>) {
    let mut inputs = Vec::new();
    let mut hypers = Vec::new();
    let live = g.reachable(roots.iter().copied());
    for id in (0..g.nodes.len())
        .filter(|&i| live[i])
        .map(|i| Id(i as u32))
    {
        match g.node(id).op {
            Op::Input(k) | Op::Labels(k) => {
                let is_labels = matches!(g.node(id).op, Op::Labels(_));
                if let Some(i) = decls
                    .inputs
                    .iter()
                    .position(|d| d.kind_index == k && d.labels.is_some() == is_labels)
                {
                    inputs.push(i);
                }
            }
            Op::Hyper(h) => hypers.push(h),
            _ => {}
        }
    }
    // Every dim the method's values have, or that bounds its labels, needs a size: from a
    // param (all are bound), `dim`, an input it reads, or else the first input that has it.
    let mut needed: Vec<DimId> = Vec::new();
    for (_, n) in g.nodes.iter().enumerate().filter(|(i, _)| live[*i]) {
        needed.extend(n.shape.iter().copied());
        if let Op::Labels(k) = n.op {
            let range = decls
                .inputs
                .iter()
                .find(|d| d.kind_index == k && d.labels.is_some())
                .and_then(|d| d.labels);
            needed.extend(range);
        }
    }
    needed.sort_unstable();
    needed.dedup();
    for d in needed {
        let sized = decls.dims[d.ix()].fixed.is_some()
            || decls.dims[d.ix()].pooled.is_some()
            || decls.params.iter().any(|p| p.dims.contains(&d))
            || inputs.iter().any(|&i| decls.inputs[i].dims.contains(&d));
        if !sized {
            if let Some(i) = decls.inputs.iter().position(|inp| inp.dims.contains(&d)) {
                inputs.push(i);
            }
        }
    }
    inputs.sort_unstable();
    inputs.dedup();
    hypers.sort_unstable();
    hypers.dedup();
    (inputs, hypers)
}

fn init_text(i: Init) -> String {
    match i {
        Init::Zeros => "zeros".into(),
        Init::Ones => "ones".into(),
        Init::Normal(s) => format!("normal({s})"),
        Init::Uniform(a, b) => format!("uniform({a}, {b})"),
        Init::Glorot => "glorot".into(),
        Init::He => "he".into(),
        Init::Orthogonal(1.0) => "orthogonal".into(),
        Init::Orthogonal(g) => format!("orthogonal({g})"),
        Init::Constant(v) => format!("constant({v})"),
    }
}

fn field_ident(s: &str) -> Ident {
    if crate::declare::is_keyword(s) {
        Ident::new_raw(s, Span::call_site())
    } else {
        Ident::new(s, Span::call_site())
    }
}
