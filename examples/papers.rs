//! Runs every paper reproduction and writes `target/papers/REPORT.md`, which links each
//! experiment's summary and plots.
//!
//! ```text
//! cargo run --release --example papers            # full: about 17 min on 2 free cores
//! cargo run --release --example papers -- --fast  # a few seconds each
//! ```
//!
//! Exits with status 2 if a check fails.

#[path = "double_descent/run.rs"]
mod double_descent;
#[path = "gradient_starvation/run.rs"]
mod gradient_starvation;
#[path = "ladder/run.rs"]
mod ladder;
#[path = "learning_dynamics/run.rs"]
mod learning_dynamics;
#[path = "negative_momentum/run.rs"]
mod negative_momentum;
#[path = "speech/run.rs"]
mod speech;
#[path = "xrm/run.rs"]
mod xrm;
#[path = "zoneout/run.rs"]
mod zoneout;

use rheano::report::{self, Mode, Report};

fn main() {
    let mode = Mode::from_args();
    let start = std::time::Instant::now();
    let mut reports: Vec<(Report, bool)> = Vec::new();
    let mut failed = false;
    macro_rules! paper {
        ($m:ident) => {
            match $m::run(mode) {
                Ok(o) => reports.push((o.report, o.pass)),
                Err(e) => {
                    eprintln!("{}: {e}", stringify!($m));
                    failed = true;
                }
            }
        };
    }
    paper!(double_descent);
    paper!(gradient_starvation);
    paper!(negative_momentum);
    paper!(learning_dynamics);
    paper!(xrm);
    paper!(zoneout);
    paper!(ladder);
    paper!(speech);
    let list: Vec<&Report> = reports.iter().map(|(r, _)| r).collect();
    match report::write_index(&list, start.elapsed().as_secs_f64()) {
        Ok(path) => println!(
            "\n{} in {:.0} s",
            path.display(),
            start.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("papers: {e}");
            failed = true;
        }
    }
    if failed || reports.iter().any(|(_, pass)| !pass) {
        std::process::exit(2);
    }
}
