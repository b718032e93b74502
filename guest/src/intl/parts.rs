//! ICU4X's labelled output (`writeable::Part`) turned into ECMA-402 parts:
//! `(type, value)` pairs, which the JavaScript side joins for `format` and
//! turns into objects for `formatToParts`.

use javy::quickjs::{Array, Ctx, Result};
use std::fmt;
use writeable::{Part, PartsWrite, Writeable};

/// ECMA-402 parts: `(type, value)`.
pub type Parts = Vec<(String, String)>;

/// A `PartsWrite` sink that labels every written string with its part type.
struct Collector {
    stack: Vec<Part>,
    out: Parts,
    /// Tag each type with its side of a range (`type\0startRange`,
    /// `endRange` or `shared`).
    ranged: bool,
}

/// Whether `p` marks a side of a date range rather than a field.
fn is_range_side(p: &Part) -> bool {
    p.category == "datetime" && (p.value == "startRange" || p.value == "endRange")
}

impl Collector {
    /// An empty sink; `ranged` tags each part with its side of a range.
    fn new(ranged: bool) -> Self {
        Collector {
            stack: Vec::new(),
            out: Vec::new(),
            ranged,
        }
    }

    /// The ECMA-402 type of text written now: a datetime field wins over
    /// the digits inside it (a year is `year`, not `integer`), except that
    /// a second's fraction is `fractionalSecond`; otherwise the innermost
    /// label; unlabelled text is `literal`.
    fn label(&self) -> &'static str {
        let field = self
            .stack
            .iter()
            .find(|p| p.category == "datetime" && !is_range_side(p));
        let inner = self.stack.last();
        if let Some(field) = field {
            if field.value == "second" {
                match inner.map(|p| p.value) {
                    Some("fraction") => return "fractionalSecond",
                    Some("decimal") => return "literal",
                    _ => {}
                }
            }
            return field.value;
        }
        match inner {
            Some(p) if is_range_side(p) => "literal",
            Some(p) if p.category == "list" && p.value == "element" => "element",
            Some(p) if p.value == "literal" => "literal",
            Some(p) => p.value,
            None => "literal",
        }
    }
}

impl fmt::Write for Collector {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if s.is_empty() {
            return Ok(());
        }
        let label = self.label();
        let ty = if self.ranged {
            let side = self
                .stack
                .iter()
                .find(|p| is_range_side(p))
                .map_or("shared", |p| p.value);
            format!("{label}\u{0}{side}")
        } else {
            label.to_string()
        };
        match self.out.last_mut() {
            Some((last, value)) if *last == ty && label != "element" => value.push_str(s),
            _ => self.out.push((ty, s.to_string())),
        }
        Ok(())
    }
}

impl PartsWrite for Collector {
    type SubPartsWrite = Self;

    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self::SubPartsWrite) -> fmt::Result,
    ) -> fmt::Result {
        self.stack.push(part);
        let result = f(self);
        self.stack.pop();
        result
    }
}

/// The parts of `w`.
pub fn collect(w: &impl Writeable) -> Parts {
    let mut sink = Collector::new(false);
    let _ = w.write_to_parts(&mut sink);
    sink.out
}

/// The parts of a date range, each type tagged with its side
/// (`type\0startRange`, `type\0endRange`, `type\0shared`).
pub fn collect_range(w: &impl Writeable) -> Parts {
    let mut sink = Collector::new(true);
    let _ = w.write_to_parts(&mut sink);
    sink.out
}

/// ICU's sides of a range's parts: a field written on both sides (the
/// `10` and `15` of `Mar 10 – 15, 2024`) belongs to its side, and so do the
/// literals between such fields on the same side; everything else (`Mar`,
/// `2024`, the separator) is `shared`.
pub fn share_common_fields(parts: &mut Parts) {
    let split = |t: &str| {
        let (base, side) = t.split_once('\u{0}').unwrap_or((t, "shared"));
        (base.to_string(), side.to_string())
    };
    let fields = |side: &str, parts: &Parts| -> Vec<String> {
        parts
            .iter()
            .map(|(t, _)| split(t))
            .filter(|(b, s)| s == side && b != "literal")
            .map(|(b, _)| b)
            .collect()
    };
    let start_fields = fields("startRange", parts);
    let end_fields = fields("endRange", parts);
    let repeated = |b: &str| start_fields.iter().any(|f| f == b) && end_fields.iter().any(|f| f == b);
    for side in ["startRange", "endRange"] {
        let indices: Vec<usize> = (0..parts.len())
            .filter(|&i| {
                let (b, s) = split(&parts[i].0);
                s == side && b != "literal" && repeated(&b)
            })
            .collect();
        let (first, last) = match (indices.first(), indices.last()) {
            (Some(&f), Some(&l)) => (f, l),
            _ => (usize::MAX, 0),
        };
        for (i, (t, _)) in parts.iter_mut().enumerate() {
            let (b, s) = split(t);
            if s == side && !(first <= i && i <= last) {
                *t = format!("{b}\u{0}shared");
            }
        }
    }
}

/// The parts of `w`, which may fail part-way (its output up to there).
pub fn collect_try(w: &impl writeable::TryWriteable) -> Parts {
    let mut sink = Collector::new(false);
    let _ = w.try_write_to_parts(&mut sink);
    sink.out
}

/// Relabel the unlabelled text of number parts: inside a currency, percent,
/// unit or compact pattern, the affix text (all but spaces) is `affix_type`
/// and the spaces around it stay `literal`.
pub fn relabel_affixes(parts: Parts, affix_type: &str) -> Parts {
    let mut out = Parts::new();
    for (ty, value) in parts {
        if ty != "literal" {
            out.push((ty, value));
            continue;
        }
        // Split the literal into runs of spacing and non-spacing text.
        let mut run = String::new();
        let mut run_is_space = None;
        for c in value.chars() {
            let space = c.is_whitespace() || c == '\u{200f}' || c == '\u{200e}' || c == '\u{61c}';
            if run_is_space.is_some_and(|s| s != space) {
                let t = if run_is_space == Some(true) {
                    "literal"
                } else {
                    affix_type
                };
                out.push((t.to_string(), std::mem::take(&mut run)));
            }
            run_is_space = Some(space);
            run.push(c);
        }
        if !run.is_empty() {
            let t = if run_is_space == Some(true) {
                "literal"
            } else {
                affix_type
            };
            out.push((t.to_string(), run));
        }
    }
    out
}

/// The concatenated text of `parts`.
pub fn text(parts: &Parts) -> String {
    parts.iter().map(|(_, v)| v.as_str()).collect()
}

/// `parts` as a flat JavaScript array `[type, value, ...]`.
pub fn to_js<'js>(cx: &Ctx<'js>, parts: Parts) -> Result<Array<'js>> {
    let out = Array::new(cx.clone())?;
    for (i, (ty, value)) in parts.into_iter().enumerate() {
        out.set(2 * i, ty)?;
        out.set(2 * i + 1, value)?;
    }
    Ok(out)
}
