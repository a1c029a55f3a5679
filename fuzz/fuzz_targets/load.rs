//! Checkpoint loading on arbitrary bytes: raw input, or (when the first byte is even) a valid
//! checkpoint of a small model with the edits the input names (byte changes, a truncation), so
//! that most inputs get past the safetensors header and exercise the checks on names, dtypes,
//! shapes and optimizer state.
//!
//! A panic is a bug, and so is a failed load that changed the model or the optimizer.
//!
//! `cargo +nightly fuzz run -s none load -- -timeout=1` from `fuzz/`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rheano::prelude::*;
use std::sync::OnceLock;

include!("../../tests/common/shapes.rs");

fn net() -> Shapes {
    Shapes {
        s: arr0(0.5),
        v: arr1(&[1.0, 2.0, 3.0]),
        m: Array2::from_elem((3, 2), 0.25),
    }
}

fn bits(m: &Shapes) -> Vec<u32> {
    let mut out = Vec::new();
    m.visit(&mut |_, p| out.extend(p.iter().map(|v| v.to_bits())));
    out
}

/// A checkpoint of `net()` after one Adam step, as bytes.
fn valid() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let mut m = net();
        let mut g = ShapesGrad::zeros_like(&m);
        m.loss_and_grad(arr1(&[0.5, -1.0, 2.0]).view(), &mut g)
            .unwrap();
        let mut opt = Adam::new(1e-3);
        opt.step(&mut m, &g);
        let path = std::env::temp_dir().join(format!("rheano-fuzz-load-{}", std::process::id()));
        rheano::io::save_checkpoint(&m, &opt, &path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        bytes
    })
}

fuzz_target!(|data: &[u8]| {
    let bytes = match data.split_first() {
        Some((first, rest)) if first % 2 == 0 => {
            let mut b = valid().to_vec();
            // Edits of three bytes each: a position, and a value to xor there (0 truncates).
            for e in rest.chunks_exact(3) {
                let pos = u16::from_le_bytes([e[0], e[1]]) as usize % (b.len() + 1);
                match e[2] {
                    0 => b.truncate(pos),
                    x if pos < b.len() => b[pos] ^= x,
                    _ => {}
                }
            }
            b
        }
        Some((_, rest)) => rest.to_vec(),
        None => return,
    };
    let mut m = net();
    let before = bits(&m);
    if rheano::io::load_bytes(&mut m, &bytes).is_err() {
        assert_eq!(bits(&m), before, "a failed load changed the model");
    }
    assert_eq!((m.v.len(), m.m.dim()), (3, (3, 2)));
    let mut m = net();
    let mut opt = Adam::new(1e-3);
    let state = opt.state();
    if rheano::io::load_checkpoint_bytes(&mut m, &mut opt, &bytes).is_err() {
        assert_eq!(bits(&m), before, "a failed load changed the model");
        assert!(opt.state() == state, "a failed load changed the optimizer");
    }
});
