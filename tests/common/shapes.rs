// A model with params of every rank, for the checkpoint tests and the `load` fuzz target.
model! {
    /// Params of every rank, for the format tests.
    struct Shapes {
        param s: [];
        param v: [D];
        param m: [D, E];
        input x: [D];
        loss = s * sum(v * x) + sum(m);
    }
}
