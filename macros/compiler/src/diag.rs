//! Diagnostics collected across stages and reported together.

use crate::ast::Spans;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};

#[derive(Default)]
pub struct Diags {
    errors: Vec<syn::Error>,
}

impl Diags {
    /// An error underlining `spans` (from its first to its last token).
    pub fn error(&mut self, spans: Spans, msg: impl std::fmt::Display) {
        self.errors.push(spanned_error(spans, msg));
    }

    pub fn at(&mut self, span: Span, msg: impl std::fmt::Display) {
        self.errors.push(syn::Error::new(span, msg));
    }

    /// How many errors so far.
    pub fn count(&self) -> usize {
        self.errors.len()
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn into_errors(self) -> Vec<syn::Error> {
        self.errors
    }

    pub fn into_error(self) -> Option<syn::Error> {
        let mut it = self.errors.into_iter();
        let mut first = it.next()?;
        for e in it {
            first.combine(e);
        }
        Some(first)
    }
}

pub fn spanned_error(spans: Spans, msg: impl std::fmt::Display) -> syn::Error {
    let tokens: TokenStream = [
        TokenTree::Ident(Ident::new("start", spans.start)),
        TokenTree::Ident(Ident::new("end", spans.end)),
    ]
    .into_iter()
    .collect();
    syn::Error::new_spanned(tokens, msg)
}
