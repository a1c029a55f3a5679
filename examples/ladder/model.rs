// The ladder network of Rasmus et al. (2015), as Pezeshki et al. (2016) deconstruct it, and its
// encoder trained alone (the supervised baseline), written in `model!`.

/// A ladder network with the combinator its caller declares: a clean and a corrupted pass
/// through one encoder (batch normalization without scale below the top, Gaussian noise of std
/// `sd` on every layer of the corrupted pass), and a decoder that denoises every layer from the
/// layer above (`u`) and the corrupted value beside it (`lat * z~`; `lat = 0` removes the
/// lateral connections) through `combine(z~, u, <the layer's combinator params>)`. The loss is
/// the labelled rows' cross-entropy of the corrupted output plus each layer's denoising cost,
/// the squared distance between the denoised value (normalized with the clean pass's batch
/// statistics) and the clean one, weighted by `lambda0..lambda3`. With `train = 0` the clean
/// pass normalizes with the running averages it is given.
macro_rules! ladder {
    (
        $(#[doc = $doc:literal])*
        $name:ident { $($combinator:tt)* }
        ($($g0:tt)*) ($($g1:tt)*) ($($g2:tt)*) ($($g3:tt)*)
    ) => {
        model! {
            $(#[doc = $doc])*
            pub struct $name {
                dim C = 10;
                param w1: [D, H1];
                param w2: [H1, H2];
                param w3: [H2, C];
                param beta1: [H1] = zeros;
                param beta2: [H2] = zeros;
                param beta3: [C] = zeros;
                param gamma3: [C] = ones;
                param v3: [C, H2];
                param v2: [H2, H1];
                param v1: [H1, D];
                $($combinator)*
                input x: [N, D];
                input y: [N] in 0..C;
                input labelled: [N];                 // 1 for the rows whose label counts
                input mu1: [H1];                     // running averages of the clean batch statistics
                input var1: [H1];
                input mu2: [H2];
                input var2: [H2];
                input mu3: [C];
                input var3: [C];
                hyper sd = 0.3;
                hyper lat = 1;
                hyper train = 1;
                hyper lambda0 = 1000;
                hyper lambda1 = 10;
                hyper lambda2 = 0.1;
                hyper lambda3 = 0.1;
                noise e0: [N, D] ~ normal(0, sd);
                noise e1: [N, H1] ~ normal(0, sd);
                noise e2: [N, H2] ~ normal(0, sd);
                noise e3: [N, C] ~ normal(0, sd);

                // Batch normalization of the labelled rows (`l` = 1) and of the others apart, each
                // with its own batch statistics, as Rasmus et al.'s code does.
                fn avg(z, w) = sum[N](w * z) / (sum[N](w) + 1e-8);
                fn var(z, w) = avg((z - avg(z, w))^2, w);
                fn centre(z, l) = l * avg(z, l) + (1 - l) * avg(z, 1 - l);
                fn spread(z, l) = sqrt(l * var(z, l) + (1 - l) * var(z, 1 - l) + 1e-5);
                fn bn(z, l) = (z - centre(z, l)) / spread(z, l);

                // The clean pass, with batch statistics (train = 1) or the running averages.
                let p1 = x @ w1;
                let m1 = train * centre(p1, labelled) + (1 - train) * mu1;
                let s1 = train * spread(p1, labelled) + (1 - train) * sqrt(var1 + 1e-5);
                let z1 = (p1 - m1) / s1;
                let p2 = relu(z1 + beta1) @ w2;
                let m2 = train * centre(p2, labelled) + (1 - train) * mu2;
                let s2 = train * spread(p2, labelled) + (1 - train) * sqrt(var2 + 1e-5);
                let z2 = (p2 - m2) / s2;
                let p3 = relu(z2 + beta2) @ w3;
                let m3 = train * centre(p3, labelled) + (1 - train) * mu3;
                let s3 = train * spread(p3, labelled) + (1 - train) * sqrt(var3 + 1e-5);
                let z3 = (p3 - m3) / s3;
                output logits = (z3 + beta3) * gamma3;
                output batch_mu1 = mean[N](p1);
                output batch_var1 = mean[N]((p1 - mean[N](p1))^2);
                output batch_mu2 = mean[N](p2);
                output batch_var2 = mean[N]((p2 - mean[N](p2))^2);
                output batch_mu3 = mean[N](p3);
                output batch_var3 = mean[N]((p3 - mean[N](p3))^2);

                // The corrupted pass.
                let zt0 = x + e0;
                let zt1 = bn(zt0 @ w1, labelled) + e1;
                let zt2 = bn(relu(zt1 + beta1) @ w2, labelled) + e2;
                let zt3 = bn(relu(zt2 + beta2) @ w3, labelled) + e3;
                let yt = (zt3 + beta3) * gamma3;

                // The decoder, top to bottom.
                let u3 = bn(softmax[C](yt), labelled);
                let zh3 = combine(lat * zt3, u3, $($g3)*);
                let zh2 = combine(lat * zt2, bn(zh3 @ v3, labelled), $($g2)*);
                let zh1 = combine(lat * zt1, bn(zh2 @ v2, labelled), $($g1)*);
                let zh0 = combine(lat * zt0, bn(zh1 @ v1, labelled), $($g0)*);

                let supervised = sum(labelled * cross_entropy(yt, y)) / sum(labelled);
                let denoising = lambda0 * mean((zh0 - x)^2)
                    + lambda1 * mean(((zh1 - m1) / s1 - z1)^2)
                    + lambda2 * mean(((zh2 - m2) / s2 - z2)^2)
                    + lambda3 * mean(((zh3 - m3) / s3 - z3)^2);
                output supervised_cost = supervised;
                output cost0 = mean((zh0 - x)^2);
                output cost1 = mean(((zh1 - m1) / s1 - z1)^2);
                output cost2 = mean(((zh2 - m2) / s2 - z2)^2);
                output cost3 = mean(((zh3 - m3) / s3 - z3)^2);
                loss = supervised + denoising;
            }
        }
    };
}

ladder! {
    /// The ladder with Rasmus et al.'s "vanilla" combinator: ten per-unit vectors per layer.
    Ladder {
        dim K = 10;                          // the combinator's ten vectors a1..a10
        param a0: [K, D] = zeros;
        param a1: [K, H1] = zeros;
        param a2: [K, H2] = zeros;
        param a3: [K, C] = zeros;
        fn mu(u, a) = a[K = 0] * sigmoid(a[K = 1] * u + a[K = 2]) + a[K = 3] * u + a[K = 4];
        fn nu(u, a) = a[K = 5] * sigmoid(a[K = 6] * u + a[K = 7]) + a[K = 8] * u + a[K = 9];
        fn combine(zt, u, a) = (zt - mu(u, a)) * nu(u, a) + mu(u, a);
    }
    (a0) (a1) (a2) (a3)
}

ladder! {
    /// The ladder with the "AMLP" combinator of Pezeshki et al.: per unit, an MLP on `z~`, `u`
    /// and `z~ u` with one hidden layer of width `J` (leaky ReLU of slope 0.1).
    LadderAmlp {
        dim P = 5;                           // weights on z~, u, z~ u; hidden bias; output
        param q0: [P, J, D];
        param q1: [P, J, H1];
        param q2: [P, J, H2];
        param q3: [P, J, C];
        param c0: [D] = zeros;
        param c1: [H1] = zeros;
        param c2: [H2] = zeros;
        param c3: [C] = zeros;
        fn leaky(v) = max(v, 0.1 * v);
        fn combine(zt, u, q, c) =
            sum[J](leaky(zt * q[P = 0] + u * q[P = 1] + zt * u * q[P = 2] + q[P = 3]) * q[P = 4])
            + c;
    }
    (q0, c0) (q1, c1) (q2, c2) (q3, c3)
}

model! {
    /// The ladder's encoder alone: the supervised baseline, trained on the corrupted pass
    /// (noise of std `sd` on every layer; 0 for a clean network) and evaluated on the clean
    /// one, with batch statistics while training and running averages (`train = 0`) after.
    pub struct Encoder {
        dim C = 10;
        param w1: [D, H1];
        param w2: [H1, H2];
        param w3: [H2, C];
        param beta1: [H1] = zeros;
        param beta2: [H2] = zeros;
        param beta3: [C] = zeros;
        param gamma3: [C] = ones;
        input x: [N, D];
        input y: [N] in 0..C;
        input labelled: [N];
        input mu1: [H1];
        input var1: [H1];
        input mu2: [H2];
        input var2: [H2];
        input mu3: [C];
        input var3: [C];
        hyper sd = 0.3;
        hyper train = 1;
        noise e0: [N, D] ~ normal(0, sd);
        noise e1: [N, H1] ~ normal(0, sd);
        noise e2: [N, H2] ~ normal(0, sd);
        noise e3: [N, C] ~ normal(0, sd);

        fn avg(z, w) = sum[N](w * z) / (sum[N](w) + 1e-8);
        fn var(z, w) = avg((z - avg(z, w))^2, w);
        fn centre(z, l) = l * avg(z, l) + (1 - l) * avg(z, 1 - l);
        fn spread(z, l) = sqrt(l * var(z, l) + (1 - l) * var(z, 1 - l) + 1e-5);
        fn bn(z, l) = (z - centre(z, l)) / spread(z, l);

        let p1 = x @ w1;
        let m1 = train * centre(p1, labelled) + (1 - train) * mu1;
        let s1 = train * spread(p1, labelled) + (1 - train) * sqrt(var1 + 1e-5);
        let p2 = relu((p1 - m1) / s1 + beta1) @ w2;
        let m2 = train * centre(p2, labelled) + (1 - train) * mu2;
        let s2 = train * spread(p2, labelled) + (1 - train) * sqrt(var2 + 1e-5);
        let p3 = relu((p2 - m2) / s2 + beta2) @ w3;
        let m3 = train * centre(p3, labelled) + (1 - train) * mu3;
        let s3 = train * spread(p3, labelled) + (1 - train) * sqrt(var3 + 1e-5);
        output logits = ((p3 - m3) / s3 + beta3) * gamma3;
        output batch_mu1 = mean[N](p1);
        output batch_var1 = mean[N]((p1 - mean[N](p1))^2);
        output batch_mu2 = mean[N](p2);
        output batch_var2 = mean[N]((p2 - mean[N](p2))^2);
        output batch_mu3 = mean[N](p3);
        output batch_var3 = mean[N]((p3 - mean[N](p3))^2);

        let zt1 = bn((x + e0) @ w1, labelled) + e1;
        let zt2 = bn(relu(zt1 + beta1) @ w2, labelled) + e2;
        let zt3 = bn(relu(zt2 + beta2) @ w3, labelled) + e3;
        loss = sum(labelled * cross_entropy((zt3 + beta3) * gamma3, y)) / sum(labelled);
    }
}
