//! `Intl.NumberFormat` and `Intl.PluralRules`: ECMA-402 rounding on
//! `fixed_decimal` (every rounding mode, increment and priority), then
//! ICU4X's decimal, percent, currency and compact formatters.

use super::parts::{self, Parts};
use super::{get_num, get_str, range_error};
use fixed_decimal::{
    Decimal, FloatPrecision, RoundingIncrement, Sign, SignDisplay, SignedRoundingMode, UnsignedRoundingMode,
};
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu::locale::Locale;
use icu::plurals::{PluralCategory, PluralRuleType, PluralRules, PluralRulesOptions, PluralRulesWithRanges};
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::options::{CurrencyFormatterOptions, CurrencyUsage};
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use javy::quickjs::{Ctx, Object, Result, Value};

/// ECMA-402's rounding settings, resolved by the JavaScript side.
pub struct Rounding {
    min_integer: i16,
    min_fraction: i16,
    max_fraction: i16,
    min_significant: i16,
    max_significant: i16,
    /// `fractionDigits`, `significantDigits`, `morePrecision` or `lessPrecision`.
    kind: String,
    mode: SignedRoundingMode,
    increment: u32,
    strip_if_integer: bool,
}

impl Rounding {
    fn from_spec(spec: &Object<'_>) -> Self {
        let n = |k: &str, d: f64| get_num(spec, k).unwrap_or(d) as i16;
        let mode = match get_str(spec, "roundingMode").as_str() {
            "ceil" => SignedRoundingMode::Ceil,
            "floor" => SignedRoundingMode::Floor,
            "expand" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::Expand),
            "trunc" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::Trunc),
            "halfCeil" => SignedRoundingMode::HalfCeil,
            "halfFloor" => SignedRoundingMode::HalfFloor,
            "halfTrunc" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfTrunc),
            "halfEven" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfEven),
            _ => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
        };
        Rounding {
            min_integer: n("minimumIntegerDigits", 1.0),
            min_fraction: n("minimumFractionDigits", 0.0),
            max_fraction: n("maximumFractionDigits", 3.0),
            min_significant: n("minimumSignificantDigits", 1.0),
            max_significant: n("maximumSignificantDigits", 21.0),
            kind: get_str(spec, "roundingType"),
            mode,
            increment: get_num(spec, "roundingIncrement").unwrap_or(1.0) as u32,
            strip_if_integer: get_str(spec, "trailingZeroDisplay") == "stripIfInteger",
        }
    }

    /// Round to fraction digits: the result and its rounding magnitude.
    fn by_fraction(&self, d: &Decimal) -> (Decimal, i16) {
        let mut d = d.clone();
        let (mut position, mut increment) = (-self.max_fraction, self.increment);
        // An increment of 10, 20, 25, 50, ... is one of 1, 2, 5 (or 25) one
        // digit further left.
        while increment >= 10 && increment % 10 == 0 {
            increment /= 10;
            position += 1;
        }
        let increment = match increment {
            2 => RoundingIncrement::MultiplesOf2,
            5 => RoundingIncrement::MultiplesOf5,
            25 => RoundingIncrement::MultiplesOf25,
            _ => RoundingIncrement::MultiplesOf1,
        };
        d.round_with_mode_and_increment(position, self.mode, increment);
        d.absolute.trim_end();
        d.absolute.pad_end(-self.min_fraction);
        (d, -self.max_fraction)
    }

    /// Round to significant digits: the result and its rounding magnitude.
    fn by_significant(&self, d: &Decimal) -> (Decimal, i16) {
        let mut d = d.clone();
        let top = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        let position = top - self.max_significant + 1;
        d.round_with_mode(position, self.mode);
        let top = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        d.absolute.trim_end();
        d.absolute.pad_end(top - self.min_significant + 1);
        (d, position)
    }

    /// `d` rounded as ECMA-402's FormatNumericToString says.
    pub fn apply(&self, d: &Decimal) -> Decimal {
        let mut out = match self.kind.as_str() {
            "significantDigits" => self.by_significant(d).0,
            "morePrecision" | "lessPrecision" => {
                let (s, s_mag) = self.by_significant(d);
                let (f, f_mag) = self.by_fraction(d);
                let significant_is_more_precise = s_mag <= f_mag;
                if (self.kind == "morePrecision") == significant_is_more_precise {
                    s
                } else {
                    f
                }
            }
            _ => self.by_fraction(d).0,
        };
        if self.strip_if_integer {
            out.absolute.trim_end_if_integer();
        }
        out.absolute.pad_start(self.min_integer);
        out
    }
}

/// A JavaScript value to format: a finite decimal, or NaN / ±Infinity.
enum Input {
    Finite(Decimal),
    NaN,
    Infinite(Sign),
}

fn input(cx: &Ctx<'_>, value: &Value<'_>) -> Result<Input> {
    if let Some(s) = value.as_string() {
        let s = s.to_string()?;
        return match Decimal::try_from_str(&s) {
            Ok(d) => Ok(Input::Finite(d)),
            Err(_) => range_error(cx, &format!("Invalid number value: {s}")),
        };
    }
    let x = value.as_number().unwrap_or(f64::NAN);
    if x.is_nan() {
        return Ok(Input::NaN);
    }
    if x.is_infinite() {
        return Ok(Input::Infinite(if x < 0.0 { Sign::Negative } else { Sign::None }));
    }
    match Decimal::try_from_f64(x, FloatPrecision::RoundTrip) {
        Ok(d) => Ok(Input::Finite(d)),
        Err(_) => range_error(cx, "number out of range"),
    }
}

/// How the digits are dressed.
enum Style {
    Decimal,
    Percent(Box<PercentFormatter<DecimalFormatter>>),
    Currency(Box<CurrencyFormatter<DecimalFormatter>>),
}

enum Notation {
    Standard,
    Scientific,
    Engineering,
    Compact(Box<CompactDecimalFormatter>),
}

/// One `Intl.NumberFormat`.
pub struct NumberFormat {
    decimal: DecimalFormatter,
    style: Style,
    notation: Notation,
    rounding: Rounding,
    sign_display: SignDisplay,
    affix_type: &'static str,
    unit: Option<(String, String)>,
    range_approximately: bool,
}

fn locale(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Locale> {
    super::locales::canonicalize(cx, &get_str(spec, "locale"))
}

fn data_error<T>(cx: &Ctx<'_>, what: &str, e: impl std::fmt::Debug) -> Result<T> {
    range_error(cx, &format!("Intl data unavailable for {what}: {e:?}"))
}

impl NumberFormat {
    /// Build from a resolved spec (see `internal/intl.js`).
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let grouping = match get_str(spec, "useGrouping").as_str() {
            "always" => GroupingStrategy::Always,
            "min2" => GroupingStrategy::Min2,
            "false" => GroupingStrategy::Never,
            _ => GroupingStrategy::Auto,
        };
        let mut options = DecimalFormatterOptions::default();
        options.grouping_strategy = Some(grouping);
        let decimal = match DecimalFormatter::try_new((&locale).into(), options) {
            Ok(f) => f,
            Err(e) => return data_error(cx, "numbers", e),
        };
        let (style, affix_type) = match get_str(spec, "style").as_str() {
            "percent" => {
                let f = PercentFormatter::try_new_with_decimal_formatter(
                    (&locale).into(),
                    DecimalFormatter::try_new((&locale).into(), options)
                        .or_else(|e| data_error(cx, "numbers", e))?,
                    Default::default(),
                )
                .or_else(|e| data_error(cx, "percent", e))?;
                (Style::Percent(Box::new(f)), "percentSign")
            }
            "currency" => {
                let code = get_str(spec, "currency");
                let currency = CurrencyType::try_from_str(&code.to_ascii_lowercase())
                    .or_else(|_| range_error(cx, &format!("Invalid currency code : {code}")))?;
                let mut options = CurrencyFormatterOptions::default();
                if get_str(spec, "currencySign") == "accounting" {
                    options.usage = CurrencyUsage::Accounting;
                }
                let prefs = (&locale).into();
                let f = match get_str(spec, "currencyDisplay").as_str() {
                    "code" => CurrencyFormatter::try_new_code(prefs, currency, options),
                    "name" => CurrencyFormatter::try_new_name(prefs, currency),
                    "narrowSymbol" => CurrencyFormatter::try_new_symbol_narrow(prefs, currency, options),
                    _ => CurrencyFormatter::try_new_symbol(prefs, currency, options),
                }
                .or_else(|e| data_error(cx, "currencies", e))?;
                (Style::Currency(Box::new(f)), "currency")
            }
            _ => (Style::Decimal, "literal"),
        };
        let notation = match get_str(spec, "notation").as_str() {
            "scientific" => Notation::Scientific,
            "engineering" => Notation::Engineering,
            "compact" => {
                let long = get_str(spec, "compactDisplay") == "long";
                let f = if long {
                    CompactDecimalFormatter::try_new_long((&locale).into(), options.into())
                } else {
                    CompactDecimalFormatter::try_new_short((&locale).into(), options.into())
                }
                .or_else(|e| data_error(cx, "compact numbers", e))?;
                Notation::Compact(Box::new(f))
            }
            _ => Notation::Standard,
        };
        let sign_display = match get_str(spec, "signDisplay").as_str() {
            "never" => SignDisplay::Never,
            "always" => SignDisplay::Always,
            "exceptZero" => SignDisplay::ExceptZero,
            "negative" => SignDisplay::Negative,
            _ => SignDisplay::Auto,
        };
        let unit = match get_str(spec, "style").as_str() {
            "unit" => Some((get_str(spec, "unitPrefix"), get_str(spec, "unitSuffix"))),
            _ => None,
        };
        Ok(NumberFormat {
            decimal,
            style,
            notation,
            rounding: Rounding::from_spec(spec),
            sign_display,
            affix_type,
            unit,
            range_approximately: false,
        })
    }

    /// The parts of one number.
    fn format_one(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<Parts> {
        let (digits, sign) = match input(cx, value)? {
            Input::Finite(d) => (Some(d), None),
            Input::NaN => (None, Some(("nan", "NaN", Sign::None))),
            Input::Infinite(s) => (None, Some(("infinity", "∞", s))),
        };
        let Some(mut d) = digits else {
            // Format a zero of the same sign, then swap its digits for the
            // symbol (so currency and percent signs still surround it).
            let (ty, symbol, sign) = sign.unwrap_or(("nan", "NaN", Sign::None));
            let mut zero = Decimal::from(0);
            zero.sign = sign;
            zero.apply_sign_display(self.sign_display);
            if ty == "nan" {
                zero.sign = match self.sign_display {
                    SignDisplay::Always => Sign::Positive,
                    _ => Sign::None,
                };
            }
            let mut out = Parts::new();
            let mut replaced = false;
            for (t, v) in self.dress(&zero, None) {
                if t == "integer" || t == "group" || t == "decimal" || t == "fraction" {
                    if !replaced {
                        out.push((ty.to_string(), symbol.to_string()));
                        replaced = true;
                    }
                } else {
                    out.push((t, v));
                }
            }
            return Ok(out);
        };
        if matches!(self.style, Style::Percent(_)) {
            d.multiply_pow10(2);
        }
        let mut exponent = None;
        match &self.notation {
            Notation::Standard => d = self.rounding.apply(&d),
            Notation::Scientific | Notation::Engineering => {
                let step = if matches!(self.notation, Notation::Engineering) {
                    3
                } else {
                    1
                };
                let magnitude = |d: &Decimal| {
                    if d.absolute.is_zero() {
                        0
                    } else {
                        d.absolute.nonzero_magnitude_start()
                    }
                };
                let mut e = magnitude(&d).div_euclid(step) * step;
                let mut m = d.clone();
                m.multiply_pow10(-e);
                m = self.rounding.apply(&m);
                // Rounding up may carry into the next power (9.99 -> 10).
                if magnitude(&m) >= step {
                    e += step;
                    m = d.clone();
                    m.multiply_pow10(-e);
                    m = self.rounding.apply(&m);
                }
                d = m;
                exponent = Some(e);
            }
            Notation::Compact(f) => {
                let magnitude = |d: &Decimal| {
                    if d.absolute.is_zero() {
                        0
                    } else {
                        d.absolute.nonzero_magnitude_start()
                    }
                };
                let mut e = f.compact_exponent_for_magnitude(magnitude(&d));
                let mut m = d.clone();
                m.multiply_pow10(-i16::from(e));
                m = self.rounding.apply(&m);
                let e2 = f.compact_exponent_for_magnitude(magnitude(&m) + i16::from(e));
                if e2 != e {
                    e = e2;
                    m = d.clone();
                    m.multiply_pow10(-i16::from(e));
                    m = self.rounding.apply(&m);
                }
                m.apply_sign_display(self.sign_display);
                let parts = match f.format_with_exponent(&m, e) {
                    Ok(w) => parts::collect(&w),
                    Err(_) => parts::collect(&self.decimal.format(&m)),
                };
                return Ok(self.finish(parts::relabel_affixes(parts, "compact")));
            }
        }
        d.apply_sign_display(self.sign_display);
        Ok(self.dress(&d, exponent))
    }

    /// Format rounded digits with the style's pattern, and the exponent.
    fn dress(&self, d: &Decimal, exponent: Option<i16>) -> Parts {
        let mut out = match &self.style {
            Style::Decimal => parts::collect(&self.decimal.format(d)),
            Style::Percent(f) => parts::relabel_affixes(parts::collect(&f.format(d)), "percentSign"),
            Style::Currency(f) => {
                parts::relabel_affixes(parts::collect(&f.format_fixed_decimal(d)), self.affix_type)
            }
        };
        if let Some(e) = exponent {
            out.push(("exponentSeparator".into(), "E".into()));
            if e < 0 {
                out.push(("exponentMinusSign".into(), "-".into()));
            }
            let mut ed = Decimal::from(e.unsigned_abs() as u32);
            ed.sign = Sign::None;
            for (t, v) in parts::collect(&self.decimal.format(&ed)) {
                if t == "integer" {
                    out.push(("exponentInteger".into(), v));
                }
            }
        }
        self.finish(out)
    }

    /// Add a unit's pattern text around the number.
    fn finish(&self, mut out: Parts) -> Parts {
        if let Some((prefix, suffix)) = &self.unit {
            let mut wrapped = Parts::new();
            push_affix(&mut wrapped, prefix);
            wrapped.append(&mut out);
            push_affix(&mut wrapped, suffix);
            return wrapped;
        }
        out
    }

    /// `format(a)`, or `formatRange(a, b)` when `b` is not undefined.
    pub fn format_value(&self, cx: &Ctx<'_>, a: &Value<'_>, b: &Value<'_>) -> Result<Parts> {
        let start = self.format_one(cx, a)?;
        if b.is_undefined() {
            return Ok(start);
        }
        let end = self.format_one(cx, b)?;
        let tag = |parts: Parts, source: &str| {
            parts
                .into_iter()
                .map(|(t, v)| (format!("{t}\u{0}{source}"), v))
                .collect::<Parts>()
        };
        if parts::text(&start) == parts::text(&end) || self.range_approximately {
            let mut out = Parts::new();
            out.push(("approximatelySign\u{0}shared".into(), "~".into()));
            out.extend(tag(start, "shared"));
            return Ok(out);
        }
        let mut out = tag(start, "startRange");
        out.push(("literal\u{0}shared".into(), "–".into()));
        out.extend(tag(end, "endRange"));
        Ok(out)
    }

    /// What `resolvedOptions` reports beyond the spec.
    pub fn info(&self, _out: &Object<'_>) -> Result<()> {
        Ok(())
    }
}

/// Push a unit pattern's text: spaces as `literal`, the rest as `unit`.
fn push_affix(out: &mut Parts, text: &str) {
    if text.is_empty() {
        return;
    }
    out.extend(parts::relabel_affixes(
        vec![("literal".to_string(), text.to_string())],
        "unit",
    ));
}

/// `intlCurrencyDigits(code)`: the currency's minor unit digits (ISO 4217).
pub fn currency_digits(code: String) -> u32 {
    use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
    use icu_provider::prelude::*;
    let Ok(currency) = CurrencyType::try_from_str(&code.to_ascii_lowercase()) else {
        return 2;
    };
    let payload: Option<DataPayload<CurrencyFractionsV1>> = icu_experimental::provider::Baked
        .load(Default::default())
        .ok()
        .map(|r| r.payload);
    payload.map_or(2, |p| u32::from(p.get().resolve(currency).digits))
}

/// One `Intl.PluralRules`.
pub struct PluralFormat {
    rules: PluralRulesWithRanges<PluralRules>,
    rounding: Rounding,
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

impl PluralFormat {
    /// Build from a resolved spec.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let rule_type = if get_str(spec, "type") == "ordinal" {
            PluralRuleType::Ordinal
        } else {
            PluralRuleType::Cardinal
        };
        let rules = PluralRulesWithRanges::try_new(
            (&locale).into(),
            PluralRulesOptions::default().with_type(rule_type),
        )
        .or_else(|e| data_error(cx, "plural rules", e))?;
        Ok(PluralFormat {
            rules,
            rounding: Rounding::from_spec(spec),
        })
    }

    fn category(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<PluralCategory> {
        match input(cx, value)? {
            Input::Finite(d) => {
                let d = self.rounding.apply(&d);
                Ok(self.rules.rules().category_for(&d))
            }
            _ => Ok(PluralCategory::Other),
        }
    }

    /// `select(a)`, or `selectRange(a, b)` when `b` is not undefined.
    pub fn select(&self, cx: &Ctx<'_>, a: &Value<'_>, b: &Value<'_>) -> Result<String> {
        let start = self.category(cx, a)?;
        if b.is_undefined() {
            return Ok(category_name(start).to_string());
        }
        let end = self.category(cx, b)?;
        let _ = (start, end);
        let (a, b) = (input(cx, a)?, input(cx, b)?);
        let category = match (a, b) {
            (Input::Finite(a), Input::Finite(b)) => self
                .rules
                .category_for_range(&self.rounding.apply(&a), &self.rounding.apply(&b)),
            _ => PluralCategory::Other,
        };
        Ok(category_name(category).to_string())
    }

    /// `pluralCategories`.
    pub fn info(&self, out: &Object<'_>) -> Result<()> {
        let list: Vec<&str> = self.rules.rules().categories().map(category_name).collect();
        out.set("pluralCategories", list)
    }
}
