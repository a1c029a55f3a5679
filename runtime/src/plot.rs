//! PNG plots of experiment results, drawn with plotters: line plots (linear or log axes),
//! scatter panels and heat-map panels, several panels side by side in one image.
//!
//! Text is drawn with DejaVu Sans, which ships with the crate, so plots render the same on a
//! machine without fonts.

use crate::error::Error;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

static FONT: OnceLock<bool> = OnceLock::new();

/// Registers the bundled font once; true if it parsed.
fn font() -> bool {
    *FONT.get_or_init(|| {
        plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            include_bytes!("../fonts/DejaVuSans.ttf"),
        )
        .is_ok()
    })
}

fn err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Io(format!("{}: {e}", path.display()))
}

/// One named curve.
#[derive(Clone, Debug, Default)]
pub struct Series {
    /// The legend entry.
    pub name: String,
    /// `(x, y)` points, in order.
    pub points: Vec<(f64, f64)>,
    /// Drawn dashed (for closed-form or reference curves).
    pub dashed: bool,
}

impl Series {
    /// A solid curve.
    pub fn new(name: impl Into<String>, points: Vec<(f64, f64)>) -> Series {
        Series {
            name: name.into(),
            points,
            dashed: false,
        }
    }

    /// A curve of one value per epoch, at x = 1, 2, ...
    pub fn per_epoch(name: impl Into<String>, values: &[f64]) -> Series {
        let points = values
            .iter()
            .enumerate()
            .map(|(e, &v)| (e as f64 + 1.0, v))
            .collect();
        Series::new(name, points)
    }

    /// The same curve, dashed.
    pub fn dashed(mut self) -> Series {
        self.dashed = true;
        self
    }
}

/// A panel of curves.
#[derive(Clone, Debug, Default)]
pub struct Lines {
    /// The panel's title.
    pub title: String,
    /// Label of the x axis.
    pub x_label: String,
    /// Label of the y axis.
    pub y_label: String,
    /// Logarithmic x axis (points with x <= 0 are dropped).
    pub log_x: bool,
    /// Logarithmic y axis (points with y <= 0 are dropped).
    pub log_y: bool,
    /// The curves.
    pub series: Vec<Series>,
}

/// A panel of points, colored by group, with optional marks (for example, mode centres).
#[derive(Clone, Debug, Default)]
pub struct Scatter {
    /// The panel's title.
    pub title: String,
    /// `(x, y, group)` points.
    pub points: Vec<(f64, f64, usize)>,
    /// Points drawn as crosses on top.
    pub marks: Vec<(f64, f64)>,
    /// `(x_min, x_max, y_min, y_max)`.
    pub extent: (f64, f64, f64, f64),
}

/// A panel of a scalar field on a grid (for example a classifier's output), with points on top.
#[derive(Clone, Debug, Default)]
pub struct Heat {
    /// The panel's title.
    pub title: String,
    /// `values[row][col]`, row 0 at the bottom (`y_min`).
    pub values: Vec<Vec<f64>>,
    /// `(x_min, x_max, y_min, y_max)` of the grid.
    pub extent: (f64, f64, f64, f64),
    /// `(x, y, group)` points drawn on top.
    pub points: Vec<(f64, f64, usize)>,
}

const PANEL: (u32, u32) = (560, 420);

fn color(i: usize) -> RGBColor {
    const C: [RGBColor; 8] = [
        RGBColor(31, 119, 180),
        RGBColor(214, 39, 40),
        RGBColor(44, 160, 44),
        RGBColor(255, 127, 14),
        RGBColor(148, 103, 189),
        RGBColor(140, 86, 75),
        RGBColor(227, 119, 194),
        RGBColor(23, 190, 207),
    ];
    C[i % C.len()]
}

fn tx(v: f64, log: bool) -> Option<f64> {
    if !log {
        return v.is_finite().then_some(v);
    }
    (v > 0.0 && v.is_finite()).then(|| v.log10())
}

fn range(vals: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in vals {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    if hi - lo < 1e-12 {
        return (lo - 0.5, hi + 0.5);
    }
    let pad = 0.04 * (hi - lo);
    (lo - pad, hi + pad)
}

fn log_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("1e{}", v.round() as i64)
    } else {
        format!("{:.2e}", 10f64.powf(v))
    }
}

fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    p: &Lines,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let pts: Vec<Vec<(f64, f64)>> = p
        .series
        .iter()
        .map(|s| {
            s.points
                .iter()
                .filter_map(|&(x, y)| Some((tx(x, p.log_x)?, tx(y, p.log_y)?)))
                .collect()
        })
        .collect();
    let (x0, x1) = range(pts.iter().flatten().map(|q| q.0));
    let (y0, y1) = range(pts.iter().flatten().map(|q| q.1));
    let mut chart = ChartBuilder::on(area)
        .caption(&p.title, ("sans-serif", 18))
        .margin(8)
        .x_label_area_size(36)
        .y_label_area_size(56)
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(|e| e.to_string())?;
    let (lx, ly) = (p.log_x, p.log_y);
    let fx = move |v: &f64| if lx { log_label(*v) } else { format!("{v}") };
    let fy = move |v: &f64| if ly { log_label(*v) } else { format!("{v:.3}") };
    chart
        .configure_mesh()
        .x_desc(&p.x_label)
        .y_desc(&p.y_label)
        .x_label_formatter(&fx)
        .y_label_formatter(&fy)
        .label_style(("sans-serif", 12))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    for (i, (s, q)) in p.series.iter().zip(&pts).enumerate() {
        let c = color(i);
        let style = c.stroke_width(2);
        let anno = if s.dashed {
            chart
                .draw_series(DashedLineSeries::new(q.iter().copied(), 6, 4, style))
                .map_err(|e| e.to_string())?
        } else {
            chart
                .draw_series(LineSeries::new(q.iter().copied(), style))
                .map_err(|e| e.to_string())?
        };
        anno.label(s.name.clone())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], c.stroke_width(2)));
    }
    if p.series.iter().any(|s| !s.name.is_empty()) {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK.mix(0.3))
            .label_font(("sans-serif", 12))
            .position(SeriesLabelPosition::UpperRight)
            .draw()
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// A panel over a fixed `(x_min, x_max, y_min, y_max)`, as scatter and heat panels use.
fn extent_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, plotters::coord::Shift>,
    title: &str,
    (x0, x1, y0, y1): (f64, f64, f64, f64),
) -> Result<ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>, String>
where
    DB::ErrorType: 'static,
{
    ChartBuilder::on(area)
        .caption(title, ("sans-serif", 18))
        .margin(8)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(|e| e.to_string())
}

fn draw_scatter<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    p: &Scatter,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let (x0, x1, y0, y1) = p.extent;
    let mut chart = extent_chart(area, &p.title, p.extent)?;
    chart
        .configure_mesh()
        .label_style(("sans-serif", 12))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(
            p.points
                .iter()
                .filter(|q| q.0 >= x0 && q.0 <= x1 && q.1 >= y0 && q.1 <= y1)
                .map(|&(x, y, g)| Circle::new((x, y), 2, color(g).mix(0.6).filled())),
        )
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(
            p.marks
                .iter()
                .map(|&(x, y)| Cross::new((x, y), 5, BLACK.stroke_width(2))),
        )
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn draw_heat<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    p: &Heat,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let (x0, x1, y0, y1) = p.extent;
    let mut chart = extent_chart(area, &p.title, p.extent)?;
    chart
        .configure_mesh()
        .label_style(("sans-serif", 12))
        .disable_mesh()
        .draw()
        .map_err(|e| e.to_string())?;
    let rows = p.values.len();
    let cols = p.values.first().map_or(0, |r| r.len());
    let scale = p
        .values
        .iter()
        .flatten()
        .fold(0f64, |m, v| if v.is_finite() { m.max(v.abs()) } else { m })
        .max(1e-12);
    let (dx, dy) = (
        (x1 - x0) / cols.max(1) as f64,
        (y1 - y0) / rows.max(1) as f64,
    );
    let cells = (0..rows).flat_map(|r| (0..cols).map(move |c| (r, c)));
    chart
        .draw_series(cells.map(|(r, c)| {
            // Blue for positive values, red for negative, white at zero.
            let v = (p.values[r][c] / scale).clamp(-1.0, 1.0);
            let t = v.abs().powf(0.5);
            let w = |a: u8| (255.0 - t * (255.0 - a as f64)) as u8;
            let col = if v >= 0.0 {
                RGBColor(w(31), w(119), w(180))
            } else {
                RGBColor(w(214), w(39), w(40))
            };
            let (xa, ya) = (x0 + c as f64 * dx, y0 + r as f64 * dy);
            Rectangle::new([(xa, ya), (xa + dx, ya + dy)], col.filled())
        }))
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(p.points.iter().map(|&(x, y, g)| {
            let c = if g == 0 {
                RGBColor(120, 0, 0)
            } else {
                RGBColor(0, 30, 90)
            };
            Circle::new((x, y), 2, c.filled())
        }))
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn grid<F>(path: &Path, n: usize, cols: usize, mut draw: F) -> Result<(), Error>
where
    F: FnMut(usize, &DrawingArea<BitMapBackend, plotters::coord::Shift>) -> Result<(), String>,
{
    if !font() {
        return Err(err(path, "the bundled font does not parse"));
    }
    if n == 0 {
        return Ok(());
    }
    let cols = cols.clamp(1, n);
    let rows = n.div_ceil(cols);
    let size = (PANEL.0 * cols as u32, PANEL.1 * rows as u32);
    let root = BitMapBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(path, e))?;
    let areas = root.split_evenly((rows, cols));
    for (i, a) in areas.iter().enumerate().take(n) {
        draw(i, a).map_err(|e| err(path, e))?;
    }
    root.present().map_err(|e| err(path, e))?;
    Ok(())
}

/// Line panels side by side, `cols` per row, in one PNG.
pub fn lines(path: &Path, panels: &[Lines], cols: usize) -> Result<(), Error> {
    grid(path, panels.len(), cols, |i, a| draw_lines(a, &panels[i]))
}

/// Scatter panels side by side, `cols` per row, in one PNG.
pub fn scatter(path: &Path, panels: &[Scatter], cols: usize) -> Result<(), Error> {
    grid(path, panels.len(), cols, |i, a| draw_scatter(a, &panels[i]))
}

/// Heat-map panels side by side, `cols` per row, in one PNG.
pub fn heat(path: &Path, panels: &[Heat], cols: usize) -> Result<(), Error> {
    grid(path, panels.len(), cols, |i, a| draw_heat(a, &panels[i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_panel_renders_a_png_with_text() {
        let dir = std::env::temp_dir().join(format!("rheano-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let curve: Vec<(f64, f64)> = (1..50).map(|t| (t as f64, 1.0 / t as f64)).collect();
        let line = Lines {
            title: "loss".into(),
            x_label: "step".into(),
            y_label: "loss".into(),
            log_x: true,
            log_y: true,
            series: vec![
                Series::new("a", curve.clone()),
                Series::new("b", curve).dashed(),
            ],
        };
        let p = dir.join("lines.png");
        lines(
            &p,
            &[
                line.clone(),
                Lines {
                    log_x: false,
                    ..line
                },
            ],
            2,
        )
        .unwrap();
        let sc = Scatter {
            title: "samples".into(),
            points: vec![(0.0, 0.0, 0), (1.0, 1.0, 1)],
            marks: vec![(0.5, 0.5)],
            extent: (-2.0, 2.0, -2.0, 2.0),
        };
        let q = dir.join("scatter.png");
        scatter(&q, &[sc], 1).unwrap();
        let hm = Heat {
            title: "field".into(),
            values: vec![vec![-1.0, 0.0], vec![0.5, 1.0]],
            extent: (0.0, 1.0, 0.0, 1.0),
            points: vec![(0.25, 0.25, 0)],
        };
        let r = dir.join("heat.png");
        heat(&r, &[hm], 1).unwrap();
        for f in [&p, &q, &r] {
            let bytes = std::fs::read(f).unwrap();
            assert_eq!(&bytes[1..4], b"PNG", "{}", f.display());
            assert!(bytes.len() > 2000, "{}: {} bytes", f.display(), bytes.len());
        }
        // The bundled font parses, so titles and labels are drawn.
        assert!(font());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
