//! What experiments write: a folder per experiment under `target/papers/`, CSV files of every
//! curve, PNG plots, progress bars for long loops, and a markdown summary that puts each
//! criterion beside the measured value with a pass/fail mark. A criterion's text also carries
//! any reference number, labelled with whose it is (the paper's, with where it states it, or
//! another implementation's), and any bound calibrated on seeds the checks never use
//! ([`Calibrated`]).
//!
//! ```no_run
//! use rheano::report::{Report, Mode};
//! let mut r = Report::new("toy", "A toy experiment", Mode::Fast).unwrap();
//! let curve: Vec<(f64, f64)> = (0..10).map(|t| (t as f64, 1.0 / (1.0 + t as f64))).collect();
//! r.csv("loss.csv", &["step", "loss"], curve.iter().map(|&(t, l)| vec![t, l])).unwrap();
//! r.check("loss falls", "falls", format!("{:.3}", curve[9].1), curve[9].1 < curve[0].1);
//! let ok = r.finish().unwrap();
//! assert!(ok);
//! ```

use crate::error::Error;
use indicatif::{ProgressBar, ProgressStyle};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// How much of an experiment to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A few seconds: enough to show the effect, used by the tests.
    Fast,
    /// The run the README reports.
    Full,
}

impl Mode {
    /// `Fast` if the program's arguments contain `--fast`, else `Full`.
    pub fn from_args() -> Mode {
        if std::env::args().any(|a| a == "--fast") {
            Mode::Fast
        } else {
            Mode::Full
        }
    }

    /// `fast` in fast mode, `full` otherwise.
    pub fn pick<T>(self, fast: T, full: T) -> T {
        match self {
            Mode::Fast => fast,
            Mode::Full => full,
        }
    }
}

/// Ends the process of a paper example that is named `name` and whose run ended in `outcome`
/// (whether every check passed): status 0 when all passed, 2 when a check failed, and 1, with
/// the error on stderr, when the run itself failed.
pub fn exit(name: &str, outcome: Result<bool, Error>) -> ! {
    match outcome {
        Ok(true) => std::process::exit(0),
        Ok(false) => std::process::exit(2),
        Err(e) => {
            eprintln!("{name}: {e}");
            std::process::exit(1);
        }
    }
}

/// Where experiment folders go: `$RHEANO_PAPERS` if set, else `target/papers` under the
/// current directory (the workspace root under `cargo run` and `cargo test`); fast runs go to
/// its `fast/` subfolder, so that they never overwrite a full run.
pub fn root(mode: Mode) -> PathBuf {
    let base = std::env::var_os("RHEANO_PAPERS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target").join("papers"));
    match mode {
        Mode::Fast => base.join("fast"),
        Mode::Full => base,
    }
}

/// One row of the summary: a claim, its criterion and what this run measured.
#[derive(Clone, Debug)]
pub struct Check {
    /// What is compared.
    pub what: String,
    /// The criterion, and any reference number labelled with whose it is.
    pub criterion: String,
    /// What this run measured.
    pub ours: String,
    /// Whether the criterion holds; `None` for a finding that is reported but not judged
    /// (a prediction the experiment does not bear out, explained in a note).
    pub pass: Option<bool>,
}

/// An experiment's folder and summary.
#[derive(Debug)]
pub struct Report {
    slug: String,
    title: String,
    mode: Mode,
    dir: PathBuf,
    checks: Vec<Check>,
    notes: Vec<String>,
    plots: Vec<(String, String)>,
    started: std::time::Instant,
}

fn io_err(path: &Path, e: std::io::Error) -> Error {
    Error::Io(format!("{}: {e}", path.display()))
}

impl Report {
    /// Creates (or empties) `root(mode)/slug`.
    pub fn new(slug: &str, title: &str, mode: Mode) -> Result<Report, Error> {
        let dir = root(mode).join(slug);
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| io_err(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| io_err(&dir, e))?;
        Ok(Report {
            slug: slug.into(),
            title: title.into(),
            mode,
            dir,
            checks: Vec::new(),
            notes: Vec::new(),
            plots: Vec::new(),
            started: std::time::Instant::now(),
        })
    }

    /// The experiment's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The mode this report was made for.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The path of `file` in the experiment's folder.
    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    /// Writes `rows` under `header` to `file` in the experiment's folder.
    pub fn csv<I>(&self, file: &str, header: &[&str], rows: I) -> Result<PathBuf, Error>
    where
        I: IntoIterator<Item = Vec<f64>>,
    {
        let path = self.path(file);
        let mut out = String::new();
        out.push_str(&header.join(","));
        out.push('\n');
        for row in rows {
            let cells: Vec<String> = row.iter().map(|v| format!("{v}")).collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        fs::write(&path, out).map_err(|e| io_err(&path, e))?;
        Ok(path)
    }

    /// Records a claim: what, its criterion (with any labelled reference number), ours, and
    /// whether the criterion holds.
    pub fn check(&mut self, what: &str, criterion: &str, ours: String, pass: bool) -> bool {
        self.checks.push(Check {
            what: what.into(),
            criterion: criterion.into(),
            ours,
            pass: Some(pass),
        });
        pass
    }

    /// Records a claim that was tried honestly and does not reproduce, marked "not reproduced"
    /// without failing the report; say in a [`note`](Self::note) what was tried and why it
    /// fails. It is decided before the run, never chosen because a check came out false: a
    /// criterion the experiment is meant to meet is a [`check`](Self::check).
    pub fn finding(&mut self, what: &str, criterion: &str, ours: String) {
        self.checks.push(Check {
            what: what.into(),
            criterion: criterion.into(),
            ours,
            pass: None,
        });
    }

    /// Adds a paragraph (markdown) to the summary.
    pub fn note(&mut self, md: impl Into<String>) {
        self.notes.push(md.into());
    }

    /// Lists a plot (a file in the folder) in the summary, with a caption.
    pub fn plot(&mut self, file: &str, caption: &str) {
        self.plots.push((file.into(), caption.into()));
    }

    /// The checks recorded so far.
    pub fn checks(&self) -> &[Check] {
        &self.checks
    }

    /// The plots recorded so far, as `(file, caption)`.
    pub fn plots(&self) -> &[(String, String)] {
        &self.plots
    }

    /// The experiment's short name.
    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// The experiment's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The summary as markdown, with links relative to the experiment's folder.
    pub fn markdown(&self) -> String {
        let mut s = String::new();
        let mode = match self.mode {
            Mode::Fast => "fast",
            Mode::Full => "full",
        };
        let _ = writeln!(s, "# {}\n", self.title);
        let _ = writeln!(
            s,
            "Mode: {mode}; {:.1} s. Every curve is in a CSV file beside this summary.\n",
            self.started.elapsed().as_secs_f64()
        );
        if !self.checks.is_empty() {
            s.push_str(&check_table(&self.checks));
        }
        for n in &self.notes {
            let _ = writeln!(s, "{n}\n");
        }
        for (file, caption) in &self.plots {
            let _ = writeln!(s, "![{caption}]({file})\n\n*{caption}*\n");
        }
        s
    }

    /// Writes `summary.md` and prints the check table. Returns whether every check passed.
    pub fn finish(&self) -> Result<bool, Error> {
        let path = self.path("summary.md");
        let md = self.markdown();
        let mut f = fs::File::create(&path).map_err(|e| io_err(&path, e))?;
        f.write_all(md.as_bytes()).map_err(|e| io_err(&path, e))?;
        println!("\n{}", self.title);
        for c in &self.checks {
            println!(
                "  [{}] {}: {} (criterion: {})",
                mark(c),
                c.what,
                c.ours,
                c.criterion
            );
        }
        println!("  -> {}", path.display());
        Ok(self.checks.iter().all(|c| c.pass != Some(false)))
    }
}

/// Writes `REPORT.md` in the root of the reports' mode: per experiment its title, whether every
/// check passed, the check table, and its plots, linked relative to that root. Returns the
/// file's path.
pub fn write_index(reports: &[&Report], seconds: f64) -> Result<PathBuf, Error> {
    let m = reports.first().map_or(Mode::Full, |r| r.mode);
    let root = root(m);
    fs::create_dir_all(&root).map_err(|e| io_err(&root, e))?;
    let mut s = String::from("# Paper reproductions\n\n");
    let mode = match m {
        Mode::Fast => "fast",
        Mode::Full => "full",
    };
    let _ = writeln!(
        s,
        "Mode: {mode}; {seconds:.0} s in all. Each experiment's folder holds its summary, a CSV \
         file of every curve, and its plots.\n"
    );
    s.push_str("| experiment | checks | |\n| --- | --- | --- |\n");
    for r in reports {
        let judged = r.checks.iter().filter(|c| c.pass.is_some()).count();
        let passed = r.checks.iter().filter(|c| c.pass == Some(true)).count();
        let open = r.checks.iter().filter(|c| c.pass.is_none()).count();
        let extra = if open > 0 {
            format!(", {open} not reproduced")
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "| [{}]({}/summary.md) | {passed} of {judged} pass{extra} | {} |",
            r.title,
            r.slug,
            if passed == judged { "pass" } else { "FAIL" }
        );
    }
    s.push('\n');
    for r in reports {
        let _ = writeln!(s, "## {}\n", r.title);
        s.push_str(&check_table(&r.checks));
        for (file, caption) in &r.plots {
            let _ = writeln!(s, "![{caption}]({}/{file})\n\n*{caption}*\n", r.slug);
        }
    }
    let path = root.join("REPORT.md");
    fs::write(&path, s).map_err(|e| io_err(&path, e))?;
    Ok(path)
}

/// The checks as a markdown table, followed by a blank line.
fn check_table(checks: &[Check]) -> String {
    let mut s =
        String::from("| claim | criterion (reference numbers say whose) | rheano | |\n| --- | --- | --- | --- |\n");
    for c in checks {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            cell(&c.what),
            cell(&c.criterion),
            cell(&c.ours),
            mark(c)
        );
    }
    s.push('\n');
    s
}

/// A table cell: `|` would end the cell, so it is escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

fn mark(c: &Check) -> &'static str {
    match c.pass {
        Some(true) => "pass",
        Some(false) => "FAIL",
        None => "not reproduced",
    }
}

/// The median of `values` (the mean of the two middle ones for an even count; NaN for none),
/// as criteria over seeds use it.
pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => v[n / 2],
        _ => 0.5 * (v[n / 2 - 1] + v[n / 2]),
    }
}

/// A threshold calibrated on seeds that the checks do not use: the worst value those seeds
/// gave, loosened by [`Calibrated::MARGIN`] (a bound above it for a quantity that should stay
/// low, below it for one that should stay high). A check that uses one prints
/// [`describe`](Calibrated::describe) beside its criterion, so the report shows where the
/// number came from; the example's `--calibrate` run measures the values again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calibrated {
    /// The calibration seeds, as the run names them (`"10-12"`).
    pub seeds: &'static str,
    /// What each calibration seed gave.
    pub values: &'static [f64],
    /// `true`: the checked value must stay at or below the bound; `false`: at or above it.
    pub upper: bool,
}

impl Calibrated {
    /// How far past the worst calibration value the bound lies, as a fraction of it.
    pub const MARGIN: f64 = 0.25;

    /// A bound for a quantity that should stay low (an error rate).
    pub const fn at_most(seeds: &'static str, values: &'static [f64]) -> Calibrated {
        Calibrated {
            seeds,
            values,
            upper: true,
        }
    }

    /// A bound for a quantity that should stay high (a gap, a ratio of gains).
    pub const fn at_least(seeds: &'static str, values: &'static [f64]) -> Calibrated {
        Calibrated {
            seeds,
            values,
            upper: false,
        }
    }

    /// The bound: the worst calibration value moved by `MARGIN` of its size away from the
    /// values (NaN without values).
    pub fn bound(&self) -> f64 {
        if self.values.is_empty() {
            return f64::NAN;
        }
        if self.upper {
            let worst = self.values.iter().copied().fold(f64::MIN, f64::max);
            worst + Self::MARGIN * worst.abs()
        } else {
            let worst = self.values.iter().copied().fold(f64::MAX, f64::min);
            worst - Self::MARGIN * worst.abs()
        }
    }

    /// Whether `value` is within the bound (false for NaN).
    pub fn admits(&self, value: f64) -> bool {
        if self.upper {
            value <= self.bound()
        } else {
            value >= self.bound()
        }
    }

    /// `calibrated on seeds 10-12 (3.1, 4.0, 3.6): <= 5.0`, values and bound with `decimals`
    /// digits and `unit` after each.
    pub fn describe(&self, decimals: usize, unit: &str) -> String {
        let values: Vec<String> = self
            .values
            .iter()
            .map(|v| format!("{v:.decimals$}{unit}"))
            .collect();
        format!(
            "calibrated on seeds {} ({}): {} {:.decimals$}{unit}",
            self.seeds,
            values.join(", "),
            if self.upper { "<=" } else { ">=" },
            self.bound()
        )
    }
}

/// Whether the program's arguments ask for a calibration run (`--calibrate`): the examples
/// with calibrated thresholds then measure them on their calibration seeds and print them.
pub fn calibrating() -> bool {
    std::env::args().any(|a| a == "--calibrate")
}

/// The `main` of a paper example named `name` whose thresholds are calibrated: with
/// `--calibrate` it runs `calibrate` (which measures them on the calibration seeds and returns
/// one line per seed), prints its lines and exits, refusing `--fast` (the thresholds are the
/// full run's); otherwise it runs `run` and ends as [`exit`] does.
pub fn main_with_calibration(
    name: &str,
    calibrate: impl FnOnce(Mode) -> Result<Vec<String>, Error>,
    run: impl FnOnce(Mode) -> Result<bool, Error>,
) -> ! {
    let mode = Mode::from_args();
    if !calibrating() {
        exit(name, run(mode));
    }
    if mode == Mode::Fast {
        eprintln!("{name}: --calibrate measures the full run's thresholds; drop --fast");
        std::process::exit(1);
    }
    match calibrate(mode) {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            std::process::exit(0)
        }
        Err(e) => exit(name, Err(e)),
    }
}

/// A progress bar for a loop of `len` steps, labelled `what`. Drawn only on a terminal, so
/// tests and logs stay clean.
pub fn progress(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    let style = ProgressStyle::with_template("{msg:>28} [{bar:30}] {pos}/{len} {elapsed_precise}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_no_values() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn a_calibrated_bound_loosens_the_worst_value_by_a_quarter() {
        let low = Calibrated::at_most("10-12", &[4.0, 8.0, 6.0]);
        assert_eq!(low.bound(), 10.0);
        assert!(low.admits(10.0) && !low.admits(10.01) && !low.admits(f64::NAN));
        assert_eq!(
            low.describe(1, "%"),
            "calibrated on seeds 10-12 (4.0%, 8.0%, 6.0%): <= 10.0%"
        );
        let high = Calibrated::at_least("3-5", &[20.0, 16.0]);
        assert_eq!(high.bound(), 12.0);
        assert!(high.admits(12.0) && !high.admits(11.9));
        // A negative worst value moves away from the values too.
        assert_eq!(Calibrated::at_least("1", &[-4.0]).bound(), -5.0);
        assert!(Calibrated::at_most("1", &[]).bound().is_nan());
    }

    #[test]
    fn a_report_writes_its_files_and_judges_only_its_checks() {
        let dir = std::env::temp_dir().join(format!("rheano-report-{}", std::process::id()));
        // The only test in this crate that reads the variable.
        std::env::set_var("RHEANO_PAPERS", &dir);
        let mut r = Report::new("toy", "Toy", Mode::Fast).unwrap();
        assert_eq!(r.dir(), dir.join("fast").join("toy"));
        r.csv("c.csv", &["t", "v"], vec![vec![0.0, 1.5], vec![1.0, 2.0]])
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(r.path("c.csv")).unwrap(),
            "t,v\n0,1.5\n1,2\n"
        );
        assert!(r.check("a | b", "x", "1".into(), true));
        r.finding("c", "y", "2".into());
        assert!(r.finish().unwrap(), "a finding does not fail the report");
        let md = std::fs::read_to_string(r.path("summary.md")).unwrap();
        assert!(md.contains("| a \\| b | x | 1 | pass |"), "{md}");
        assert!(md.contains("not reproduced"));
        assert!(!r.check("d", "z", "3".into(), false));
        assert!(!r.finish().unwrap(), "a failed check fails it");
        let index = write_index(&[&r], 1.0).unwrap();
        assert_eq!(index, dir.join("fast").join("REPORT.md"));
        let text = std::fs::read_to_string(index).unwrap();
        assert!(
            text.contains("1 of 2 pass, 1 not reproduced | FAIL"),
            "{text}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
