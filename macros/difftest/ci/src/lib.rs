//! The differential test's CI sample lives in `tests/ci/models.rs` and is checked by
//! `tests/ci.rs`; this crate has no code of its own.
