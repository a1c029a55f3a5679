//! The `model!` compiler. The stages, in processing order:
//!
//! `parse` (tokens → `ast::Model`) → `check` (declarations) → `lower` (shapes; → `ir::Graph`)
//! → `simplify` → `grad` (reverse mode; forward and backward in one graph) → `gradcheck` →
//! `simplify` → `schedule` (what each method computes, grouped into loops and kernels) →
//! `codegen` (→ tokens, with `loops` emitting the fused loop nests), driven by `expand`.
//! Beside them: `op` (the op table), `shape` (shape rules), `interp` (an f64 reference
//! interpreter) and `diag` (errors).

mod ast;
mod check;
mod codegen;
mod diag;
mod expand;
mod grad;
mod gradcheck;
mod interp;
mod ir;
mod loops;
mod lower;
mod op;
mod parse;
mod schedule;
mod shape;
mod simplify;

#[cfg(test)]
mod large;

#[cfg(test)]
mod tests;

/// Compiles a model written as math into a Rust struct with `loss`, `loss_and_grad` and one
/// method per output. See the crate `rheano` for the language.
#[proc_macro]
pub fn model(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::expand(input.into()).into()
}
