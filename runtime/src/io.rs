//! Checkpoints in the [safetensors](https://github.com/huggingface/safetensors) format: one
//! tensor per param, named as the param, `F32`, row-major. Python reads them with
//!
//! ```text
//! from safetensors.numpy import load_file
//! params = load_file("model.safetensors")   # {"w1": array(...), "b1": ..., ...}
//! ```
//!
//! [`save_checkpoint`] adds the optimizer's state as tensors named `optimizer.<slot>.<param>`
//! and its kind and step count in the file's metadata, so that a run resumes bit-identically.
//! [`save_checkpoint_with`] also keeps [`Extras`]: named tensors (`extra.<name>`: a recurrent
//! state carried across batches, running averages) and the exact position of a
//! [`ChaCha12Rng`], so that a run that draws noise or shuffles resumes exactly too.
//!
//! Writes are atomic: the bytes go to a temporary file in the same folder, which is flushed to
//! disk and then renamed over the target, so a crash mid-write leaves the previous file whole.
//! Loads check everything (format, names, dtypes, shapes) before changing the model: a bad file
//! is an `Err` that names the problem, and the model is untouched.
//!
//! ```
//! use rheano::prelude::*;
//! model! { struct Lin { param w: [D]; input x: [N, D]; loss = sum((x @ w)^2); } }
//!
//! let dir = std::env::temp_dir().join(format!("rheano-io-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("lin.safetensors");
//! let m = Lin { w: arr1(&[1.0, 2.0]) };
//! rheano::io::save(&m, &path).unwrap();
//! let mut back = Lin { w: arr1(&[0.0, 0.0]) };
//! rheano::io::load(&mut back, &path).unwrap();
//! assert_eq!(back.w, m.w);
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

use crate::error::Error;
use crate::model::Model;
use crate::optim::{Optimizer, OptimizerState};
use crate::schedule::ScheduleState;
use ndarray::{ArrayD, IxDyn};
use safetensors::tensor::{Dtype, SafeTensors, TensorView};
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::Path;

const OPT: &str = "optimizer.";
const EXTRA: &str = "extra.";
/// The metadata key of a learning-rate schedule's kind; its settings are `schedule.<name>`.
const SCHEDULE: &str = "schedule";

pub use rand_chacha::ChaCha12Rng;

/// What a checkpoint keeps besides the params and the optimizer's state.
#[derive(Clone, Debug, Default)]
pub struct Extras {
    /// Named tensors: a carried state, running averages (saved as `extra.<name>`).
    pub tensors: Vec<(String, ArrayD<f32>)>,
    /// A generator, saved at its exact position (seed, stream and word position).
    pub rng: Option<ChaCha12Rng>,
}

impl Extras {
    /// The tensor named `name`, if the checkpoint holds one.
    pub fn tensor(&self, name: &str) -> Option<&ArrayD<f32>> {
        self.tensors.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }
}

fn data_err(path: &Path, msg: impl std::fmt::Display) -> Error {
    Error::Data(format!("{}: {msg}", path.display()))
}

fn io_err(path: &Path, e: std::io::Error) -> Error {
    Error::Io(format!("{}: {e}", path.display()))
}

fn bytes_of(a: &ArrayD<f32>) -> Vec<u8> {
    a.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// renamed over `path`, then the folder flushed so the rename itself survives a crash.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp).map_err(|e| io_err(&tmp, e))?;
        f.write_all(bytes).map_err(|e| io_err(&tmp, e))?;
        f.sync_all().map_err(|e| io_err(&tmp, e))?;
        drop(f);
        fs::rename(&tmp, path).map_err(|e| io_err(path, e))?;
        // Make the rename durable; not every platform can open a folder, so this is best effort.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn serialize(
    tensors: Vec<(String, Vec<usize>, Vec<u8>)>,
    meta: HashMap<String, String>,
) -> Result<Vec<u8>, Error> {
    let mut views = Vec::with_capacity(tensors.len());
    for (name, shape, data) in &tensors {
        let v = TensorView::new(Dtype::F32, shape.clone(), data)
            .map_err(|e| Error::Data(format!("tensor `{name}`: {e}")))?;
        views.push((name.clone(), v));
    }
    safetensors::tensor::serialize(views, Some(meta))
        .map_err(|e| Error::Data(format!("cannot serialize: {e}")))
}

fn param_tensors<M: Model>(model: &M) -> Vec<(String, Vec<usize>, Vec<u8>)> {
    let mut out = Vec::new();
    model.visit(&mut |name, p| {
        let a = p.to_owned();
        out.push((name.to_string(), a.shape().to_vec(), bytes_of(&a)));
    });
    out
}

/// Saves every param of `model` to `path` (safetensors, atomically).
///
/// # Errors
/// `Error::Io` if the file cannot be written; the previous file at `path` is then untouched.
pub fn save<M: Model>(model: &M, path: impl AsRef<Path>) -> Result<(), Error> {
    let mut meta = HashMap::new();
    meta.insert("format".to_string(), "rheano".to_string());
    let bytes = serialize(param_tensors(model), meta)?;
    write_atomic(path.as_ref(), &bytes)
}

/// Saves `model` and the state of `opt` to `path` (safetensors, atomically).
///
/// # Errors
/// As for [`save`].
pub fn save_checkpoint<M: Model, O: Optimizer>(
    model: &M,
    opt: &O,
    path: impl AsRef<Path>,
) -> Result<(), Error> {
    save_checkpoint_with(model, opt, &Extras::default(), path)
}

/// Saves `model`, the state of `opt` and `extras` to `path` (safetensors, atomically).
///
/// # Errors
/// As for [`save`].
pub fn save_checkpoint_with<M: Model, O: Optimizer>(
    model: &M,
    opt: &O,
    extras: &Extras,
    path: impl AsRef<Path>,
) -> Result<(), Error> {
    let state = opt.state();
    let mut tensors = param_tensors(model);
    for (name, a) in &extras.tensors {
        let a = a.as_standard_layout().into_owned();
        tensors.push((format!("{EXTRA}{name}"), a.shape().to_vec(), bytes_of(&a)));
    }
    for (slot, param, a) in &state.slots {
        tensors.push((
            format!("{OPT}{slot}.{param}"),
            a.shape().to_vec(),
            bytes_of(a),
        ));
    }
    let mut meta = HashMap::new();
    meta.insert("format".to_string(), "rheano".to_string());
    meta.insert("optimizer".to_string(), state.kind.clone());
    meta.insert("optimizer.step".to_string(), state.step.to_string());
    for (name, value) in &state.settings {
        // `Display` of an f32 is the shortest text that parses back to the same value.
        meta.insert(format!("{OPT}{name}"), value.to_string());
    }
    if let Some(sched) = &state.schedule {
        meta.insert(SCHEDULE.to_string(), sched.kind.clone());
        for (name, value) in &sched.settings {
            // As for f32, `Display` of an f64 parses back to the same value.
            meta.insert(format!("{SCHEDULE}.{name}"), value.to_string());
        }
    }
    if let Some(rng) = &extras.rng {
        let seed: String = rng.get_seed().iter().map(|b| format!("{b:02x}")).collect();
        meta.insert("rng.seed".into(), seed);
        meta.insert("rng.stream".into(), rng.get_stream().to_string());
        meta.insert("rng.word_pos".into(), rng.get_word_pos().to_string());
    }
    let bytes = serialize(tensors, meta)?;
    write_atomic(path.as_ref(), &bytes)
}

/// A parsed file: every tensor as f32 values with its shape, and the metadata.
struct File {
    tensors: HashMap<String, (Vec<usize>, Vec<f32>)>,
    meta: HashMap<String, String>,
}

fn read(path: &Path) -> Result<File, Error> {
    let bytes = fs::read(path).map_err(|e| data_err(path, e))?;
    parse(path, &bytes)
}

/// Parses the bytes of a safetensors file; `path` names it in errors.
fn parse(path: &Path, bytes: &[u8]) -> Result<File, Error> {
    let st = SafeTensors::deserialize(bytes)
        .map_err(|e| data_err(path, format!("not a valid safetensors file ({e})")))?;
    let meta = SafeTensors::read_metadata(bytes)
        .map_err(|e| data_err(path, format!("not a valid safetensors file ({e})")))?
        .1
        .metadata()
        .clone()
        .unwrap_or_default();
    let mut tensors = HashMap::new();
    for (name, view) in st.tensors() {
        if view.dtype() != Dtype::F32 {
            return Err(data_err(
                path,
                format!("tensor `{name}` is {:?}, expected F32", view.dtype()),
            ));
        }
        let values: Vec<f32> = view
            .data()
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        tensors.insert(name, (view.shape().to_vec(), values));
    }
    Ok(File { tensors, meta })
}

/// Checks that `file` holds exactly the params of `model` (names, shapes) and no other tensor
/// outside `optimizer.`; returns the arrays in the model's param order.
fn params_from(
    path: &Path,
    model: &impl Model,
    file: &File,
) -> Result<Vec<(&'static str, ArrayD<f32>)>, Error> {
    let mut wanted: Vec<(&'static str, Vec<usize>)> = Vec::new();
    model.visit(&mut |name, p| wanted.push((name, p.shape().to_vec())));
    let mut out = Vec::with_capacity(wanted.len());
    for (name, shape) in &wanted {
        let (s, v) = file
            .tensors
            .get(*name)
            .ok_or_else(|| data_err(path, format!("no tensor for param `{name}`")))?;
        if s != shape {
            return Err(data_err(
                path,
                format!("param `{name}` has shape {s:?} in the file but {shape:?} in the model"),
            ));
        }
        let a = ArrayD::from_shape_vec(IxDyn(s), v.clone()).map_err(|e| data_err(path, e))?;
        out.push((*name, a));
    }
    let mut extra: Vec<&String> = file
        .tensors
        .keys()
        .filter(|k| {
            !k.starts_with(OPT) && !k.starts_with(EXTRA) && !wanted.iter().any(|(n, _)| n == k)
        })
        .collect();
    extra.sort();
    if let Some(k) = extra.first() {
        return Err(data_err(
            path,
            format!("tensor `{k}` is not a param of the model"),
        ));
    }
    Ok(out)
}

fn apply(model: &mut impl Model, params: Vec<(&'static str, ArrayD<f32>)>) {
    let mut it = params.into_iter();
    model.visit_mut(&mut |_, mut p| {
        if let Some((_, a)) = it.next() {
            p.assign(&a);
        }
    });
}

/// Loads the params of `model` from `path`. The file must hold a tensor for every param, with
/// the same shape, and no tensor that is not a param (optimizer state is ignored).
///
/// # Errors
/// `Error::Data` naming the problem: an unreadable, truncated or corrupt file, a missing or
/// unexpected tensor, a wrong dtype or shape. The model is then unchanged.
pub fn load<M: Model>(model: &mut M, path: impl AsRef<Path>) -> Result<(), Error> {
    let path = path.as_ref();
    load_file(model, path, read(path)?)
}

/// [`load`] from the bytes of a file already in memory (for example from `include_bytes!`);
/// errors name the file `<bytes>`.
///
/// # Errors
/// As for [`load`].
pub fn load_bytes<M: Model>(model: &mut M, bytes: &[u8]) -> Result<(), Error> {
    let path = Path::new(BYTES);
    load_file(model, path, parse(path, bytes)?)
}

/// What errors call a file given as bytes.
const BYTES: &str = "<bytes>";

fn load_file<M: Model>(model: &mut M, path: &Path, file: File) -> Result<(), Error> {
    let params = params_from(path, model, &file)?;
    apply(model, params);
    Ok(())
}

/// Loads `model` and the state of `opt` from a file written by [`save_checkpoint`].
///
/// # Errors
/// As for [`load`], and a missing, malformed or mismatched optimizer state (another kind of
/// optimizer, a slot for a param the model does not have, a wrong shape). The model and the
/// optimizer are then unchanged.
pub fn load_checkpoint<M: Model, O: Optimizer>(
    model: &mut M,
    opt: &mut O,
    path: impl AsRef<Path>,
) -> Result<(), Error> {
    let path = path.as_ref();
    load_checkpoint_file(model, opt, path, read(path)?).map(|_| ())
}

/// Loads `model`, the state of `opt` and the [`Extras`] of a file written by
/// [`save_checkpoint_with`] (no extras from one written by [`save_checkpoint`]).
///
/// # Errors
/// As for [`load_checkpoint`], and a malformed generator state. Nothing is changed then.
pub fn load_checkpoint_with<M: Model, O: Optimizer>(
    model: &mut M,
    opt: &mut O,
    path: impl AsRef<Path>,
) -> Result<Extras, Error> {
    let path = path.as_ref();
    load_checkpoint_file(model, opt, path, read(path)?)
}

/// The extras of a parsed file.
fn extras_from(path: &Path, file: &File) -> Result<Extras, Error> {
    let mut names: Vec<&String> = file
        .tensors
        .keys()
        .filter(|k| k.starts_with(EXTRA))
        .collect();
    names.sort();
    let mut tensors = Vec::new();
    for key in names {
        let (s, v) = &file.tensors[key];
        let a = ArrayD::from_shape_vec(IxDyn(s), v.clone()).map_err(|e| data_err(path, e))?;
        tensors.push((key[EXTRA.len()..].to_string(), a));
    }
    let rng = match file.meta.get("rng.seed") {
        None => None,
        Some(hex) => {
            let bad = || data_err(path, "malformed generator state in the metadata");
            if hex.len() != 64 {
                return Err(bad());
            }
            let mut seed = [0u8; 32];
            for (i, b) in seed.iter_mut().enumerate() {
                *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2).ok_or_else(bad)?, 16)
                    .map_err(|_| bad())?;
            }
            let stream: u64 = file
                .meta
                .get("rng.stream")
                .and_then(|s| s.parse().ok())
                .ok_or_else(bad)?;
            let pos: u128 = file
                .meta
                .get("rng.word_pos")
                .and_then(|s| s.parse().ok())
                .ok_or_else(bad)?;
            let mut rng = <ChaCha12Rng as rand::SeedableRng>::from_seed(seed);
            rng.set_stream(stream);
            rng.set_word_pos(pos);
            Some(rng)
        }
    };
    Ok(Extras { tensors, rng })
}

/// [`load_checkpoint`] from the bytes of a file already in memory; errors name the file
/// `<bytes>`.
///
/// # Errors
/// As for [`load_checkpoint`].
pub fn load_checkpoint_bytes<M: Model, O: Optimizer>(
    model: &mut M,
    opt: &mut O,
    bytes: &[u8],
) -> Result<(), Error> {
    load_checkpoint_bytes_with(model, opt, bytes).map(|_| ())
}

/// [`load_checkpoint_with`] from the bytes of a file already in memory; errors name the file
/// `<bytes>`.
///
/// # Errors
/// As for [`load_checkpoint`].
pub fn load_checkpoint_bytes_with<M: Model, O: Optimizer>(
    model: &mut M,
    opt: &mut O,
    bytes: &[u8],
) -> Result<Extras, Error> {
    load_checkpoint_bytes_named(model, opt, bytes, Path::new(BYTES))
}

/// [`load_checkpoint_bytes_with`] whose errors name the file `path` the bytes were read from
/// (data-parallel loads read the file on one rank and load it on every rank).
pub(crate) fn load_checkpoint_bytes_named<M: Model, O: Optimizer>(
    model: &mut M,
    opt: &mut O,
    bytes: &[u8],
    path: &Path,
) -> Result<Extras, Error> {
    load_checkpoint_file(model, opt, path, parse(path, bytes)?)
}

fn load_checkpoint_file<M: Model, O: Optimizer>(
    model: &mut M,
    opt: &mut O,
    path: &Path,
    file: File,
) -> Result<Extras, Error> {
    let params = params_from(path, model, &file)?;
    let extras = extras_from(path, &file)?;
    let kind = file
        .meta
        .get("optimizer")
        .ok_or_else(|| data_err(path, "no optimizer state (saved with `save`?)"))?;
    let step: u64 = file
        .meta
        .get("optimizer.step")
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| data_err(path, "no valid `optimizer.step` in the metadata"))?;
    let mut state = OptimizerState::new(kind, step);
    let mut settings: Vec<(&String, &String)> = file
        .meta
        .iter()
        .filter(|(k, _)| k.starts_with(OPT) && k.as_str() != "optimizer.step")
        .collect();
    settings.sort();
    for (key, text) in settings {
        let value: f32 = text.parse().map_err(|_| {
            data_err(
                path,
                format!("optimizer setting `{key}` = `{text}` is not a number"),
            )
        })?;
        state = state.setting(&key[OPT.len()..], value);
    }
    let orphan = file
        .meta
        .keys()
        .find(|k| k.starts_with(&format!("{SCHEDULE}.")) && !file.meta.contains_key(SCHEDULE));
    if let Some(k) = orphan {
        return Err(data_err(
            path,
            format!("schedule setting `{k}` without a `{SCHEDULE}` kind in the metadata"),
        ));
    }
    if let Some(kind) = file.meta.get(SCHEDULE) {
        let prefix = format!("{SCHEDULE}.");
        let mut saved: Vec<(&String, &String)> = file
            .meta
            .iter()
            .filter(|(k, _)| k.starts_with(&prefix))
            .collect();
        saved.sort();
        let mut settings = Vec::new();
        for (key, text) in saved {
            let value: f64 = text.parse().map_err(|_| {
                data_err(
                    path,
                    format!("schedule setting `{key}` = `{text}` is not a number"),
                )
            })?;
            settings.push((key[prefix.len()..].to_string(), value));
        }
        state.schedule = Some(ScheduleState {
            kind: kind.clone(),
            settings,
        });
    }
    let mut names: Vec<&String> = file.tensors.keys().filter(|k| k.starts_with(OPT)).collect();
    names.sort();
    for key in names {
        let rest = &key[OPT.len()..];
        let (slot, param) = rest
            .split_once('.')
            .ok_or_else(|| data_err(path, format!("malformed optimizer tensor `{key}`")))?;
        let (pname, pvalue) = params.iter().find(|(n, _)| *n == param).ok_or_else(|| {
            data_err(
                path,
                format!("optimizer tensor `{key}` is for no param of the model"),
            )
        })?;
        let (s, v) = &file.tensors[key];
        if s.as_slice() != pvalue.shape() {
            return Err(data_err(
                path,
                format!(
                    "optimizer tensor `{key}` has shape {s:?} but param `{param}` has {:?}",
                    pvalue.shape()
                ),
            ));
        }
        let a = ArrayD::from_shape_vec(IxDyn(s), v.clone()).map_err(|e| data_err(path, e))?;
        state.slots.push((slot.to_string(), pname, a));
    }
    // The optimizer checks its kind before anything changes; then the model.
    opt.set_state(state).map_err(|e| data_err(path, e))?;
    apply(model, params);
    Ok(extras)
}
