//! The differential test's two commands.
//!
//! ```text
//! cargo run -p rheano-difftest -- ci                 # rewrite ci/tests/ci/models.rs
//! cargo run --release -p rheano-difftest -- run 10000 # check models, in batches, until 10,000 are
//! ```
//!
//! `run N` draws models from the shaped grammar (and the valid ones from the fuzzer's grammar)
//! in batches of 250, writes each batch as a crate under `target/difftest/`, builds it, runs
//! its checks, and appends a line per batch to `target/difftest/progress.tsv` and every failure
//! to `target/difftest/failures.txt`; each batch's checks run while the next batch builds. It
//! resumes after the last batch recorded, so it can be stopped at any time and run again;
//! `run N` stops once N models have been checked in all, and fails if any check failed or more
//! than 5% of the values or of the difference checks were skipped. With `DIFFTEST_SKIPS` set,
//! each model's skipped values and difference checks, by reason, go to
//! `target/difftest/skips.tsv`.

use rheano_difftest::{ci_file, draw, write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Models per batch crate.
const BATCH: usize = 250;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("ci") => {
            let path = root().join("macros/difftest/ci/tests/ci/models.rs");
            if let Err(e) = std::fs::write(&path, ci_file()) {
                eprintln!("difftest: cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
            println!("wrote {}", path.display());
        }
        Some("run") => {
            let total: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
            if let Err(e) = run(total) {
                eprintln!("difftest: {e}");
                std::process::exit(1);
            }
        }
        _ => {
            eprintln!("usage: rheano-difftest ci | run [MODELS]");
            std::process::exit(2);
        }
    }
}

/// The last 4000 bytes of `text`, cut at a character boundary.
fn tail(text: &str) -> &str {
    let mut at = text.len().saturating_sub(4000);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    &text[at..]
}

/// Appends a batch's failures to `failures.txt`.
fn record(dir: &Path, batch: usize, failures: &[String]) -> Result<(), String> {
    if failures.is_empty() {
        return Ok(());
    }
    let mut text = std::fs::read_to_string(dir.join("failures.txt")).unwrap_or_default();
    for f in failures {
        text.push_str(&format!("batch {batch}: {f}\n"));
    }
    std::fs::write(dir.join("failures.txt"), text).map_err(|e| e.to_string())
}

/// The models whose modules rustc's errors (`--message-format=short`: `src/main.rs:LINE:COL:
/// error...`) point into, with those errors.
fn failing_modules(src: &str, stderr: &str) -> Vec<(String, String)> {
    // The first line of each module, and its model's name.
    let starts: Vec<(usize, String)> = src
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let m = l.strip_prefix("pub mod ")?.strip_suffix(" {")?;
            Some((i + 1, m.to_string()))
        })
        .collect();
    let mut out: Vec<(String, String)> = Vec::new();
    for line in stderr.lines().filter(|l| l.contains(": error")) {
        let Some(rest) = line.strip_prefix("src/main.rs:") else {
            continue;
        };
        let Some(n) = rest.split(':').next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let Some((_, module)) = starts.iter().rev().find(|(at, _)| *at <= n) else {
            continue;
        };
        // The module is `m_` and the lowercased model name; find the model's own spelling.
        let name = src
            .lines()
            .find_map(|l| {
                let l = l.trim_start().strip_prefix("Entry { name: \"")?;
                let name = &l[..l.find('"')?];
                (write::module(name) == *module).then(|| name.to_string())
            })
            .unwrap_or_else(|| module.clone());
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, errors)) => {
                errors.push('\n');
                errors.push_str(line);
            }
            None => out.push((name, line.to_string())),
        }
    }
    out
}

/// The commit the models were checked at, with `+` when the tree had changes.
fn commit(root: &Path) -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let head = git(&["rev-parse", "--short", "HEAD"]);
    let dirty = !git(&["status", "--porcelain", "--untracked-files=no"]).is_empty();
    format!("{head}{}", if dirty { "+" } else { "" })
}

/// The counts of each line of the progress file, after the batch number.
const COLUMNS: [&str; 12] = [
    "batch",
    "models",
    "failures",
    "values compared",
    "values skipped",
    "difference checks",
    "difference checks skipped",
    "at tied values",
    "at tied values skipped",
    "at extreme magnitudes",
    "at extreme magnitudes skipped",
    "at points of a loss not finite",
];

/// `(batches done, totals of the columns after the batch number)` from the progress file.
fn progress(path: &Path) -> (usize, Vec<usize>) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = (0, vec![0; COLUMNS.len() - 1]);
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        // A line of this layout: the columns, then seconds and commit (older layouts are left
        // out of the totals).
        if f.len() == COLUMNS.len() + 2 {
            out.0 = out.0.max(f[0].parse::<usize>().unwrap_or(0) + 1);
            for (k, total) in out.1.iter_mut().enumerate() {
                *total += f[k + 1].parse::<usize>().unwrap_or(0);
            }
        }
    }
    out
}

/// Prints the totals of the progress file; `(models checked, failures, within the 5% limits)`.
fn report(log: &Path) -> (usize, usize, bool) {
    let (batch, t) = progress(log);
    let share =
        |skipped: usize, checked: usize| 100.0 * skipped as f64 / (skipped + checked).max(1) as f64;
    let (values, differences) = (share(t[3], t[2]), share(t[5], t[4]));
    let within = values <= 5.0 && differences <= 5.0;
    println!(
        "{} models checked in {batch} batches, {} failures; skipped {values:.2}% of {} values \
         and {differences:.2}% of {} difference checks (at most 5% each: {}), {:.2}% of {} \
         at tied values and {:.2}% of {} at extreme magnitudes; {} more at points where the loss \
         is not finite",
        t[0],
        t[1],
        t[2] + t[3],
        t[4] + t[5],
        if within { "within" } else { "OVER" },
        share(t[7], t[6]),
        t[6] + t[7],
        share(t[9], t[8]),
        t[8] + t[9],
        t[10],
    );
    (t[0], t[1], within)
}

/// A batch built: its binary, the models of it that did not compile, and when its build began.
struct Built {
    batch: usize,
    models: usize,
    binary: PathBuf,
    failures: Vec<String>,
    start: std::time::Instant,
    built: f64,
}

/// Draws batch `batch`, writes it as a crate and builds it; a model whose expansion does not
/// compile is a failure, recorded with rustc's errors and left out, and the rest of the batch
/// is built again.
fn build(dir: &Path, root: &Path, batch: usize) -> Result<Built, String> {
    let start = std::time::Instant::now();
    let mut samples = draw(
        0x5eed_0000 + batch as u64,
        batch * BATCH,
        BATCH,
        BATCH * 4,
        false,
    );
    let crate_dir = dir.join("batch");
    std::fs::create_dir_all(crate_dir.join("src")).map_err(|e| e.to_string())?;
    let manifest = format!(
        "[package]\nname = \"difftest-batch\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\nrheano = {{ path = {:?} }}\nrheano-difftest = {{ path = {:?} }}\n\n\
         # The models' code unoptimized, as in CI (rustc's optimizations do not change f32\n\
         # results: no fast-math), the runtime and the checks optimized, and model!'s\n\
         # compiler, its gradient check included, optimized: builds take most of the time.\n\
         [profile.release]\nopt-level = 0\ndebug = false\ncodegen-units = 16\n\n\
         [profile.release.package.\"*\"]\nopt-level = 2\n\n\
         [profile.release.build-override]\nopt-level = 3\n",
        root.display().to_string(),
        root.join("macros/difftest").display().to_string()
    );
    std::fs::write(crate_dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    let _ = std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock"));
    let mut failures: Vec<String> = Vec::new();
    loop {
        let mut src = write::models_file(
            &samples,
            &format!("Batch {batch} of the differential test."),
        );
        src.push_str(&format!(
            "\nfn main() {{\n    let r = rheano_difftest::check_all(ENTRIES, {batch}, true);\n    \
             println!(\"{{}}\", r.summary());\n    let n = |m: &std::collections::BTreeMap<&str, usize>| m.values().sum::<usize>();\n    \
             println!(\"RESULT\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\\t{{}}\", r.models, r.failures.len(), \
             r.checks, n(&r.skipped), r.fd_checks, n(&r.fd_skipped), r.fd_checks_ties, n(&r.fd_skipped_ties), \
             r.fd_checks_extreme, n(&r.fd_skipped_extreme), r.fd_undefined);\n    \
             for f in &r.failures {{\n        eprintln!(\"FAILURE\\t{{}}\", f.replace('\\n', \"\\\\n\"));\n    }}\n}}\n"
        ));
        std::fs::write(crate_dir.join("src/main.rs"), &src).map_err(|e| e.to_string())?;
        let out = Command::new("cargo")
            .args(["build", "--release", "--quiet", "--message-format=short"])
            .current_dir(&crate_dir)
            .env("CARGO_TARGET_DIR", dir.join("target"))
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            // A copy, which the next batch's build leaves alone while this one runs.
            let binary = dir.join(format!("batch-{}", batch % 2));
            std::fs::copy(dir.join("target/release/difftest-batch"), &binary)
                .map_err(|e| e.to_string())?;
            return Ok(Built {
                batch,
                models: samples.len(),
                binary,
                failures,
                start,
                built: start.elapsed().as_secs_f64(),
            });
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let bad = failing_modules(&src, &stderr);
        if bad.is_empty() {
            return Err(format!("batch {batch} does not build:\n{}", tail(&stderr)));
        }
        for (name, errors) in &bad {
            let model = samples
                .iter()
                .find(|s| &s.name == name)
                .map_or("", |s| &s.src);
            failures.push(format!(
                "{name}: the expansion does not compile:\n{errors}\n  {model}"
            ));
        }
        samples.retain(|s| !bad.iter().any(|(n, _)| n == &s.name));
    }
}

/// Waits for a batch's checks and appends its line to the progress file and its failures to
/// `failures.txt`.
fn finish(
    dir: &Path,
    root: &Path,
    log: &Path,
    b: Built,
    child: std::process::Child,
) -> Result<(), String> {
    let Built {
        batch,
        mut failures,
        start,
        built,
        ..
    } = b;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    println!(
        "batch {batch}: built in {built:.0} s, checked by {:.0} s",
        start.elapsed().as_secs_f64()
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    failures.extend(
        stderr
            .lines()
            .filter_map(|l| l.strip_prefix("FAILURE\t"))
            .map(|f| f.replace("\\n", "\n  ")),
    );
    let fields: Vec<String> = match stdout.lines().find(|l| l.starts_with("RESULT\t")) {
        Some(result) => result.split('\t').skip(1).map(str::to_string).collect(),
        None => {
            // A panic or an abort: a failure of the batch, recorded, and the run goes on.
            failures.push(format!("the checks did not finish:\n{}", tail(&stderr)));
            vec!["0".to_string(); COLUMNS.len() - 1]
        }
    };
    record(dir, batch, &failures)?;
    // Each model's skips (with `DIFFTEST_SKIPS` set), for finding where they come from.
    let skips: String = stderr
        .lines()
        .filter(|l| l.starts_with("SKIPS\t"))
        .map(|l| format!("{batch}\t{}\n", &l[6..]))
        .collect();
    if !skips.is_empty() {
        let mut text = std::fs::read_to_string(dir.join("skips.tsv")).unwrap_or_default();
        text.push_str(&skips);
        std::fs::write(dir.join("skips.tsv"), text).map_err(|e| e.to_string())?;
    }
    // The batch's counts, with the failures of models that did not compile added.
    let mut fields = fields;
    fields[1] = failures.len().to_string();
    let mut text = std::fs::read_to_string(log).unwrap_or_default();
    text.push_str(&format!(
        "{batch}\t{}\t{:.0}\t{}\n",
        fields.join("\t"),
        start.elapsed().as_secs_f64(),
        commit(root)
    ));
    std::fs::write(log, text).map_err(|e| e.to_string())?;
    if let Some(summary) = stdout.lines().next() {
        println!("batch {batch}: {summary}");
    }
    Ok(())
}

/// Checks batches until `total` models have been checked in all, each batch's checks running
/// while the next one builds.
fn run(total: usize) -> Result<(), String> {
    let dir = root().join("target/difftest");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let root = root().canonicalize().map_err(|e| e.to_string())?;
    let log = dir.join("progress.tsv");
    if !log.exists() {
        std::fs::write(&log, format!("# {}\tseconds\tcommit\n", COLUMNS.join("\t")))
            .map_err(|e| e.to_string())?;
    }
    let (mut next, _) = progress(&log);
    let (mut done, _, _) = report(&log);
    let mut running: Option<(Built, std::process::Child)> = None;
    loop {
        let pending = running.as_ref().map_or(0, |(b, _)| b.models);
        let built = if done + pending < total {
            Some(build(&dir, &root, next)?)
        } else {
            None
        };
        if let Some((b, child)) = running.take() {
            finish(&dir, &root, &log, b, child)?;
            done = report(&log).0;
        }
        let Some(b) = built else { break };
        next += 1;
        let child = Command::new(&b.binary)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        running = Some((b, child));
    }
    let (_, failures, within) = report(&log);
    if failures == 0 && within {
        Ok(())
    } else {
        Err("the run failed: see target/difftest/failures.txt and progress.tsv".into())
    }
}
