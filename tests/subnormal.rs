//! Subnormal params are flushed to zero where generated methods read them and where the
//! optimizers store them, and not when flushing is off. One test, since the switch is global.

use rheano::prelude::*;
use rheano::subnormal;

model! {
    struct Sq {
        dim K = 3;
        param w: [D];
        param v: [H];
        param u: [K];
        input x: [N, D];
        loss = sum((x @ w)^2) + sum(v) + 1e30 * sum(u);
    }
}

#[test]
fn subnormal_params_read_and_stored_as_zero_unless_flushing_is_off() {
    let tiny = f32::MIN_POSITIVE / 64.0; // subnormal
    assert!(tiny > 0.0 && subnormal::is_subnormal(tiny));
    // Large inputs make the subnormal weights matter: x @ w = 8e20 * tiny is about 1.5e-19.
    let x = Array2::from_elem((3, 4), 8e20f32);
    let mut w = Array1::from_elem(4, tiny);
    w[1] = -tiny;
    w[2] = 2.0 * tiny;
    w[3] = 0.0;
    // `u`'s length is fixed by `dim`, so it is read through the fixed-length pass.
    let m = Sq {
        w: w.clone(),
        v: Array1::from_elem(20, -tiny),
        u: Array1::from_elem(3, tiny),
    };
    let mut g = SqGrad::zeros_like(&m);

    assert!(subnormal::flushing());
    let l = m.loss_and_grad(x.view(), &mut g).unwrap();
    // Exactly the model with its subnormals replaced by zeros.
    let flushed = Sq {
        w: w.mapv(subnormal::flush),
        v: Array1::zeros(20),
        u: Array1::zeros(3),
    };
    assert_eq!(flushed.w[0], 0.0);
    let mut gf = SqGrad::zeros_like(&flushed);
    let lf = flushed.loss_and_grad(x.view(), &mut gf).unwrap();
    assert_eq!(l.to_bits(), lf.to_bits());
    assert_eq!(g.w, gf.w);
    assert_eq!(m.loss(x.view()).unwrap().to_bits(), lf.to_bits());
    // Alone, the fixed-length param's subnormals would be worth about 5e-10 of loss.
    let only_u = Sq {
        u: m.u.clone(),
        ..flushed.clone()
    };
    assert_eq!(only_u.loss(x.view()).unwrap().to_bits(), lf.to_bits());

    // Flushing off: the subnormal weights count.
    subnormal::set_flush(false);
    let l_off = m.loss_and_grad(x.view(), &mut g).unwrap();
    assert_ne!(l_off, l);
    assert_ne!(g.w, gf.w);
    assert_ne!(only_u.loss(x.view()).unwrap(), lf);
    // An update that lands below the smallest normal keeps the subnormal.
    let mut p = Sq {
        w: Array1::from_elem(4, 1.5 * f32::MIN_POSITIVE),
        v: Array1::zeros(20),
        u: Array1::zeros(3),
    };
    let mut step = SqGrad::zeros_like(&p);
    step.w.fill(f32::MIN_POSITIVE);
    Sgd::new(1.0).step(&mut p, &step);
    assert!(p.w.iter().all(|&v| subnormal::is_subnormal(v)));

    // Flushing on: the same update stores zeros.
    subnormal::set_flush(true);
    p.w.fill(1.5 * f32::MIN_POSITIVE);
    Sgd::new(1.0).step(&mut p, &step);
    assert!(p.w.iter().all(|&v| v == 0.0));
    // Momentum, Adam and RMSProp too, their state included.
    let mut mom = Momentum::new(1.0, 0.0);
    p.w.fill(1.5 * f32::MIN_POSITIVE);
    mom.step(&mut p, &step);
    assert!(p.w.iter().all(|&v| v == 0.0));
    let mut rms = RmsProp::new(1e-30);
    rms.step(&mut p, &step);
    let state = rms.state();
    assert!(state
        .slots
        .iter()
        .all(|(_, _, a)| a.iter().all(|&v| !subnormal::is_subnormal(v))));
    let mut adam = Adam::new(1e-3);
    adam.step(&mut p, &step);
    let state = adam.state();
    assert!(state
        .slots
        .iter()
        .all(|(_, _, a)| a.iter().all(|&v| !subnormal::is_subnormal(v))));
}
