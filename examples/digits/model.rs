// The MLP of the digits example. `examples/digits.rs`, `tests/digits.rs` and `tests/alloc.rs`
// include this file, so the model they train, test and measure is one.

model! {
    /// Two-layer perceptron with softmax cross-entropy and weight decay.
    pub struct Mlp {
        param w1: [D, H] = glorot;
        param b1: [H] = zeros;
        param w2: [H, C] = glorot;
        param b2: [C] = zeros;
        input x: [N, D];
        input y: [N] in 0..C;
        hyper wd = 1e-4;

        let h = relu(x @ w1 + b1);
        output logits = h @ w2 + b2;
        loss = mean(cross_entropy(logits, y)) + wd / 2 * (sum(w1^2) + sum(w2^2));
    }
}
