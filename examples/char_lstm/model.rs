// The character-level LSTM with zoneout of `docs/language.md` and the language contract.
model! {
    /// A character-level LSTM language model with zoneout on its cell and hidden state.
    pub struct CharLstm {
        dim G = 4;                                   // the four gates
        param emb: [V, G, H] = normal(0.1);          // input weights, looked up by token
        param wh: [H, G, H];
        param b: [G, H] = zeros;
        param wy: [H, V];
        param by: [V] = zeros;
        input tokens: [T, N] in 0..V;
        input targets: [T, N] in 0..V;
        input h0: [N, H];                            // state carried in from the last batch
        input c0: [N, H];
        hyper zh = 0.05;                             // zoneout probabilities
        hyper zc = 0.5;
        noise keep_h: [T, N, H] ~ bernoulli(zh);     // 1 with probability zh
        noise keep_c: [T, N, H] ~ bernoulli(zc);

        let xg = emb[tokens] + b;                    // gather: [T, N, G, H]
        scan t in T {
            carry h: [N, H] = h0;
            carry c: [N, H] = c0;
            let a = xg[t] + h @ wh;                  // [N, G, H]
            let cn = sigmoid(a[G = 1]) * c + sigmoid(a[G = 0]) * tanh(a[G = 2]);
            let hn = sigmoid(a[G = 3]) * tanh(cn);
            c = keep_c[t] * c + (1 - keep_c[t]) * cn;   // zoneout: keep the old value
            h = keep_h[t] * h + (1 - keep_h[t]) * hn;
            emit hs = h;                             // [T, N, H]
        }
        output h_last = h;
        output c_last = c;
        output logits = hs @ wy + by;                // [T, N, V]
        loss = mean(cross_entropy(hs @ wy + by, targets));
    }
}
