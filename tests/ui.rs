//! One compile-fail case per diagnostic; each `.stderr` pins the message and the span.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
