// The acoustic models of the speech example, written in `model!`: the deep convolutional one
// of the paper, and its two baselines (a per-frame MLP and a recurrent one), all trained with
// `ctc`.

model! {
    /// Five convolutional layers over time (kernel 5, "same" padding), each a maxout of two
    /// convolutions followed by dropout (keep probability `keep`), then a per-frame linear
    /// read-out to the phones and the blank, trained with CTC.
    pub struct ConvCtc {
        dim K = 5;
        param k1a: [K, F, H];
        param k1b: [K, F, H];
        param b1a: [H] = zeros;
        param b1b: [H] = zeros;
        param k2a: [K, H, H];
        param k2b: [K, H, H];
        param b2a: [H] = zeros;
        param b2b: [H] = zeros;
        param k3a: [K, H, H];
        param k3b: [K, H, H];
        param b3a: [H] = zeros;
        param b3b: [H] = zeros;
        param k4a: [K, H, H];
        param k4b: [K, H, H];
        param b4a: [H] = zeros;
        param b4b: [H] = zeros;
        param k5a: [K, H, H];
        param k5b: [K, H, H];
        param b5a: [H] = zeros;
        param b5b: [H] = zeros;
        param wo: [H, C];
        param bo: [C] = zeros;
        input x: [N, T, F];                  // log-mel frames, padded to the longest
        input y: [N, L] in 0..C;             // phone targets, padded
        input xlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        hyper keep = 0.8;
        noise d1: [N, T, H] ~ bernoulli(keep);
        noise d2: [N, T, H] ~ bernoulli(keep);
        noise d3: [N, T, H] ~ bernoulli(keep);
        noise d4: [N, T, H] ~ bernoulli(keep);
        noise d5: [N, T, H] ~ bernoulli(keep);

        let h1 = max(conv[T](x, k1a) + b1a, conv[T](x, k1b) + b1b) * d1 / keep;
        let h2 = max(conv[T](h1, k2a) + b2a, conv[T](h1, k2b) + b2b) * d2 / keep;
        let h3 = max(conv[T](h2, k3a) + b3a, conv[T](h2, k3b) + b3b) * d3 / keep;
        let h4 = max(conv[T](h3, k4a) + b4a, conv[T](h3, k4b) + b4b) * d4 / keep;
        let h5 = max(conv[T](h4, k5a) + b5a, conv[T](h4, k5b) + b5b) * d5 / keep;
        output scores = h5 @ wo + bo;        // [N, T, C]
        output nll = ctc(h5 @ wo + bo, y, xlen, ylen);
        loss = mean(nll);
    }
}

model! {
    /// The paper's context baseline: three ReLU layers on each frame alone (a receptive field
    /// of one frame), trained with CTC.
    pub struct FrameCtc {
        param w1: [F, H];
        param b1: [H] = zeros;
        param w2: [H, H];
        param b2: [H] = zeros;
        param w3: [H, H];
        param b3: [H] = zeros;
        param wo: [H, C];
        param bo: [C] = zeros;
        input x: [N, T, F];
        input y: [N, L] in 0..C;
        input xlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        let h = relu(relu(relu(x @ w1 + b1) @ w2 + b2) @ w3 + b3);
        output scores = h @ wo + bo;
        output nll = ctc(h @ wo + bo, y, xlen, ylen);
        loss = mean(nll);
    }
}

model! {
    /// The recurrent baseline: an LSTM over the frames (`scan`, back-propagation through
    /// time), a per-frame read-out, CTC.
    pub struct LstmCtc {
        dim G = 4;
        param wx: [F, G, H];
        param wh: [H, G, H];
        param b: [G, H] = zeros;
        param wo: [H, C];
        param bo: [C] = zeros;
        input x: [N, T, F];
        input y: [N, L] in 0..C;
        input xlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        let xg = x @ wx + b;                 // [N, T, G, H]
        scan t in T {
            carry h: [N, H] = zeros;
            carry c: [N, H] = zeros;
            let a = xg[t] + h @ wh;
            c = sigmoid(a[G = 1]) * c + sigmoid(a[G = 0]) * tanh(a[G = 2]);
            h = sigmoid(a[G = 3]) * tanh(c);
            emit hs = h;                     // [T, N, H]
        }
        let z = permute[N, T, C](hs @ wo + bo);
        output scores = z;
        output nll = ctc(z, y, xlen, ylen);
        loss = mean(nll);
    }
}
