//! The Rust source of a crate's worth of sample models: each model in a module of its own,
//! expanded by `model!`, with a function `run` that calls its methods on a [`crate::Case`]; and
//! `ENTRIES`, the list the checks walk.

use rheano_compiler::codegen::{noises_of, output_args};
use rheano_compiler::declare::{NoiseKind, Value};
use rheano_compiler::ir::DimId;
use rheano_compiler::sample::Sample;
use std::fmt::Write as _;

/// The module name of a model.
pub fn module(name: &str) -> String {
    format!("m_{}", name.to_lowercase())
}

/// The source of one model's module, or `None` if the compiler rejects it.
fn model_module(s: &Sample) -> Option<String> {
    let parsed = rheano_compiler::parse::parse_model(s.src.parse().ok()?).ok()?;
    let (decls, prog) = crate::program(&s.src)?;
    let name = &s.name;
    let rank = |n: usize| format!("Ix{n}");
    let shape = |dims: &[DimId]| {
        let ds: Vec<String> = dims.iter().map(|d| format!("__d[{}]", d.0)).collect();
        format!("&[{}]", ds.join(", "))
    };
    let mut body = String::new();
    let _ = writeln!(body, "        let __d = &__c.dims;");
    // The model's params.
    let fields: Vec<String> = decls
        .params
        .iter()
        .enumerate()
        .map(|(k, p)| {
            format!(
                "{}: floats::<{}>(&__c.params[{k}], {})?",
                p.name,
                rank(p.dims.len()),
                shape(&p.dims)
            )
        })
        .collect();
    let _ = writeln!(
        body,
        "        let __m = {name} {{ {} }};",
        fields.join(", ")
    );
    // Its inputs, as views, and hypers.
    let mut arg_of: Vec<String> = Vec::new();
    for inp in &decls.inputs {
        let v = format!("__in_{}", inp.name);
        let (f, list) = match inp.labels {
            Some(_) => ("ints", "labels"),
            None => ("floats", "inputs"),
        };
        let _ = writeln!(
            body,
            "        let {v} = {f}::<{}>(&__c.{list}[{}], {})?;",
            rank(inp.dims.len()),
            inp.kind_index,
            shape(&inp.dims)
        );
        arg_of.push(format!("{v}.view()"));
    }
    let hyper = |h: usize| format!("__c.hypers[{h}]");
    // The noise: the case's seeds replayed to every call, and the values they give, for the
    // interpreter.
    let items = decls.noises.len();
    let mut noises = Vec::new();
    if items > 0 {
        let _ = writeln!(
            body,
            "        let __seeds: Option<[u64; {items}]> = __c.seeds.as_ref().map(|s| std::array::from_fn(|k| s[k]));"
        );
        let _ = writeln!(
            body,
            "        let mut __rp = rheano::noise::Replay::<{items}>::new(__seeds);"
        );
        let value = |v: Value| match v {
            Value::Num(x) => format!("{x:?}_f32"),
            Value::Hyper(h) => hyper(h),
        };
        for (k, n) in decls.noises.iter().enumerate() {
            let dist = match n.dist {
                NoiseKind::Bernoulli(p) => format!("rheano::noise::Dist::Bernoulli({})", value(p)),
                NoiseKind::Normal(m, s) => {
                    format!("rheano::noise::Dist::Normal({}, {})", value(m), value(s))
                }
            };
            let count: Vec<String> = n.dims.iter().map(|d| format!("__d[{}]", d.0)).collect();
            let _ = writeln!(
                body,
                "        let mut __n{k} = vec![0f32; 1{}];",
                count.iter().map(|c| format!(" * {c}")).collect::<String>()
            );
            let _ = writeln!(
                body,
                "        rheano::noise::fill::<f32>(__seeds.map(|s| s[{k}]), {dist}, &mut __n{k});"
            );
            noises.push(format!("__n{k}"));
        }
    }
    let noise_arg = |roots: &[rheano_compiler::ir::Id]| {
        if noises_of(&prog.graph, roots).is_empty() {
            String::new()
        } else {
            "__rp.noise()".to_string()
        }
    };
    let mut grad_roots = vec![prog.loss];
    grad_roots.extend(prog.grads.iter().flatten());
    let (loss_noise, grad_noise) = (noise_arg(&[prog.loss]), noise_arg(&grad_roots));
    let all: Vec<String> = arg_of
        .iter()
        .cloned()
        .chain((0..decls.hypers.len()).map(hyper))
        .collect();
    let args = |noise: &str, extra: &str| {
        let mut a = all.clone();
        for x in [noise, extra] {
            if !x.is_empty() {
                a.push(x.to_string());
            }
        }
        a.join(", ")
    };
    // Every gradient NaN before each call, so that one left unwritten shows; twice, so that
    // the second call runs on the workspace the first left.
    let nan: String = decls
        .params
        .iter()
        .map(|p| format!(" __g.{}.fill(f32::NAN);", p.name))
        .collect();
    let _ = writeln!(body, "        let mut __g = {name}Grad::zeros_like(&__m);");
    let _ = writeln!(body, "       {nan}");
    let _ = writeln!(
        body,
        "        let loss = __m.loss_and_grad({}).map_err(|e| e.to_string())?;",
        args(&grad_noise, "&mut __g")
    );
    let _ = writeln!(
        body,
        "        let loss_only = __m.loss({}).map_err(|e| e.to_string())?;",
        args(&loss_noise, "")
    );
    // The loss as `gradcheck` computes it, in f64.
    let p64: Vec<String> = decls
        .params
        .iter()
        .map(|p| {
            format!(
                "rheano::__private::kernels::to_f64_array(&__m.{}.view())",
                p.name
            )
        })
        .collect();
    let _ = writeln!(body, "        let __p64 = vec![{}];", p64.join(", "));
    let _ = writeln!(
        body,
        "        let loss_f64 = __m.__loss_f64(&__p64, {}).map_err(|e| e.to_string())?;",
        args(&grad_noise, "")
    );
    let grads: Vec<String> = decls
        .params
        .iter()
        .map(|p| format!("flat(&__g.{})", p.name))
        .collect();
    let _ = writeln!(body, "        let grads = vec![{}];", grads.join(", "));
    let _ = writeln!(body, "       {nan}");
    let _ = writeln!(
        body,
        "        let again = __m.loss_and_grad({}).map_err(|e| e.to_string())?;",
        args(&grad_noise, "&mut __g")
    );
    let _ = writeln!(
        body,
        "        let repeats = again.to_bits() == loss.to_bits() && same_bits(&grads, &[{}]);",
        grads.join(", ")
    );
    let mut outputs = Vec::new();
    for &(idx, id) in &prog.outputs {
        let method = parsed.items[idx].kind.name()?;
        let (ins, hs, noisy) = output_args(&decls, &prog.graph, id);
        let a: Vec<String> = ins
            .iter()
            .map(|&i| arg_of[i].clone())
            .chain(hs.into_iter().map(hyper))
            .chain(noisy.then(|| "__rp.noise()".to_string()))
            .collect();
        let call = format!("__m.{method}({}).map_err(|e| e.to_string())?", a.join(", "));
        outputs.push(if prog.graph.rank(id) == 0 {
            format!("vec![{call}]")
        } else {
            format!("flat(&{call})")
        });
    }
    let _ = writeln!(
        body,
        "        Ok(Got {{ loss, loss_only, loss_f64, grads, outputs: vec![{}], repeats, noises: vec![{}] }})",
        outputs.join(", "),
        noises.join(", ")
    );
    Some(format!(
        "#[allow(dead_code, unused_variables, non_camel_case_types, clippy::all)]\npub mod {} {{\n    use super::*;\n\n    \
         rheano::model! {{\n        pub {}\n    }}\n\n    pub fn run(__c: &Case) -> Result<Got, String> {{\n{body}    }}\n}}\n",
        module(name),
        s.src
    ))
}

/// The source of a models file: a header comment, the helpers, each model's module, and
/// `ENTRIES`. Models the compiler rejects are left out.
pub fn models_file(samples: &[Sample], header: &str) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push_str(HELPERS);
    let mut entries = Vec::new();
    for s in samples {
        if let Some(m) = model_module(s) {
            out.push('\n');
            out.push_str(&m);
            entries.push(format!(
                "    Entry {{ name: {:?}, src: {:?}, positive: {}, run: {}::run }},",
                s.name,
                s.src,
                s.positive,
                module(&s.name)
            ));
        }
    }
    let _ = write!(
        out,
        "\n/// Every model of this file.\npub const ENTRIES: &[Entry] = &[\n{}\n];\n",
        entries.join("\n")
    );
    out
}

const HELPERS: &str = r#"
use rheano::ndarray::{Array, ArrayD, Dimension, IxDyn};
#[allow(unused_imports)]
use rheano::ndarray::{Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6};
use rheano_difftest::{Case, Entry, Got};

fn floats<D: Dimension>(v: &[f32], shape: &[usize]) -> Result<Array<f32, D>, String> {
    ArrayD::from_shape_vec(IxDyn(shape), v.to_vec())
        .map_err(|e| e.to_string())?
        .into_dimensionality::<D>()
        .map_err(|e| e.to_string())
}

fn ints<D: Dimension>(v: &[usize], shape: &[usize]) -> Result<Array<usize, D>, String> {
    ArrayD::from_shape_vec(IxDyn(shape), v.to_vec())
        .map_err(|e| e.to_string())?
        .into_dimensionality::<D>()
        .map_err(|e| e.to_string())
}

fn flat<D: Dimension>(a: &Array<f32, D>) -> Vec<f32> {
    a.iter().copied().collect()
}

fn same_bits(a: &[Vec<f32>], b: &[Vec<f32>]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.iter().map(|v| v.to_bits()).eq(y.iter().map(|v| v.to_bits())))
}
"#;
