//! The `model!` macro of rheano: a thin entry over the compiler library `rheano-compiler`.

/// Compiles a model written as math into a Rust struct with `loss`, `loss_and_grad` and one
/// method per output. See the crate `rheano` for the language.
#[proc_macro]
pub fn model(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    rheano_compiler::expand(input.into()).into()
}
