//! The `model!` compiler of rheano, as a library: the proc-macro crate `rheano-macros` is a thin
//! entry over [`expand`], and tests, benchmarks and fuzz targets call the stages and the f64
//! interpreter directly.
//!
//! The stages, in processing order:
//!
//! `parse` (tokens → `ast::Model`) → `declare` (declarations → `declare::Decls`) → `lower` (shapes; → `ir::Graph`)
//! → `simplify` → `grad` (reverse mode; forward and backward in one graph) → `gradcheck` →
//! `simplify` → `schedule` (what each method computes, grouped into loops and kernels) →
//! `codegen` (→ tokens, with `loops` emitting the fused loop nests), driven by `expand`.
//! Beside them: `op` (the op table), `shape` (shape rules), `interp` (an f64 reference
//! interpreter), `diag` (errors) and `large` (a large model for tests and benchmarks).
//!
//! This crate's API is the compiler's internals: it serves rheano's own tests and tools and
//! follows the compiler, not semantic versioning of its own.

pub mod ast;
pub mod codegen;
pub mod ctc;
pub mod declare;
pub mod diag;
pub mod expand;
pub mod grad;
pub mod gradcheck;
pub mod interp;
pub mod ir;
pub mod large;
pub mod loops;
pub mod lower;
pub mod op;
pub mod parse;
pub mod sample;
pub mod scan;
pub mod schedule;
pub mod shape;
pub mod simplify;

#[cfg(test)]
mod tests;

pub use expand::expand;
