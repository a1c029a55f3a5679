//! The speech experiment in fast mode meets the criteria its report checks, and its
//! generator and decoding behave as described.

#[path = "../examples/speech/run.rs"]
mod paper;

use rheano::rand::rngs::StdRng;
use rheano::rand::SeedableRng;
use rheano::report::Mode;

#[test]
fn speech_fast_mode_meets_the_criteria() {
    let o = paper::run(Mode::Fast).unwrap();
    let (first, last) = (o.conv.loss[0], o.conv.loss[o.conv.loss.len() - 1]);
    assert!(last <= 0.7 * first, "{first} -> {last}");
    assert!(*o.conv.per.last().unwrap() < 60.0, "{:?}", o.conv.per);
    assert!(o.pass);
    assert!(o.report.dir().join("speech.png").exists());
    assert!(o.report.dir().join("curves.csv").exists());
}

/// Utterances hold 4 to 10 phones of the inventory, each phone's frames within its duration
/// range (so the frame count is bounded by the labels'), and their spectra depend on the
/// speaker: the same phones said by two speakers differ.
#[test]
fn the_generator_renders_labelled_utterances() {
    let inv = paper::phones();
    assert_eq!(inv.len(), paper::PHONES);
    let mut rng = StdRng::seed_from_u64(3);
    let sp = paper::speaker(&mut rng);
    for _ in 0..50 {
        let u = paper::utterance(&inv, &sp, &mut rng);
        assert!((4..=10).contains(&u.labels.len()));
        assert!(u.labels.iter().all(|&l| (1..=paper::PHONES).contains(&l)));
        let lo: usize = u.labels.iter().map(|&l| inv[l - 1].frames.0).sum();
        let hi: usize = u.labels.iter().map(|&l| inv[l - 1].frames.1).sum();
        assert!(
            (lo..=hi).contains(&u.x.nrows()),
            "{} not in {lo}..={hi}",
            u.x.nrows()
        );
        assert_eq!(u.x.ncols(), paper::BINS);
        assert!(u.x.iter().all(|v| v.is_finite()));
    }
    let a = paper::Speaker {
        scale: 0.9,
        pitch: 3.0,
        snr_db: 40.0,
    };
    let b = paper::Speaker { scale: 1.1, ..a };
    let ua = paper::utterance(&inv, &a, &mut StdRng::seed_from_u64(9));
    let ub = paper::utterance(&inv, &b, &mut StdRng::seed_from_u64(9));
    assert_eq!(ua.labels, ub.labels);
    let diff: f32 = (&ua.x - &ub.x).iter().map(|v| v.abs()).sum::<f32>() / ua.x.len() as f32;
    assert!(diff > 0.05, "{diff}");
}
