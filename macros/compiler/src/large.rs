//! A large model for the tests and the expansion benchmark.

/// A chain of `n` lets, each reading the one before, and a sum of `n` terms: the shapes that
/// would expose exponential or quadratic work in CSE, simplification or differentiation.
pub fn large_model(n: usize) -> String {
    let mut s = String::from("struct Large { param w: [D]; param v: [D]; input x: [D]; ");
    s.push_str("let h0 = tanh(w * x); ");
    for i in 1..n {
        s.push_str(&format!(
            "let h{i} = tanh(h{} * w + v) * 0.5 + h{} * x; ",
            i - 1,
            i - 1
        ));
    }
    let terms: Vec<String> = (1..=n)
        .map(|i| format!("sum(sin(w * {i} + v * x))"))
        .collect();
    s.push_str(&format!(
        "loss = sum(h{}^2) + {}; }}",
        n - 1,
        terms.join(" + ")
    ));
    s
}
