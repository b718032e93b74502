//! `Intl` (ECMA-402) over ICU4X: the natives behind `src/node/internal/intl.js`.
//!
//! The JavaScript side validates and resolves every option as ECMA-402 says
//! and hands a resolved *spec* object to [`create`]; the natives only build
//! ICU4X formatters and run them. Formatters live in a per-instance
//! [`Registry`], deduplicated by the spec's canonical key, so a call that
//! builds the same formatter a million times holds one; one that builds
//! thousands of different ones grows the guest's heap, which the host's
//! memory limit bounds. Nothing here outlives the instance (a fresh one per
//! call).
//!
//! Data: ICU4X's compiled CLDR data for every locale, CLDR 48's date
//! patterns for the pattern generator (`date_data`) and number symbols
//! (`number_data`), and the IANA time-zone database bundled by jiff (see
//! README, "Intl").

// Generated CLDR data: its strings hold zero-width spaces and joiners.
#[rustfmt::skip]
#[allow(clippy::invisible_characters)]
mod date_data;
#[rustfmt::skip]
#[allow(clippy::invisible_characters)]
mod number_data;
mod dates;
mod locales;
mod numbers;
mod parts;
mod text;

use javy::quickjs::{Array, Ctx, Exception, Function, Object, Result, Value};
use std::cell::RefCell;
use std::collections::HashMap;

/// One built formatter (or collator, segmenter, ...).
enum Service {
    Number(Box<numbers::NumberFormat>),
    Plural(Box<numbers::PluralFormat>),
    DateTime(Box<dates::DateTimeFormat>),
    Collator(Box<text::CollatorService>),
    List(Box<text::ListService>),
    Relative(Box<text::RelativeService>),
    Display(Box<text::DisplayService>),
    Segmenter(Box<text::SegmenterService>),
}

/// The formatters of this instance, by id, and the ids by spec key.
#[derive(Default)]
struct Registry {
    services: Vec<Service>,
    by_key: HashMap<String, u32>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
    /// The call's default time zone (`UTC` unless the call says otherwise).
    static DEFAULT_TIME_ZONE: RefCell<String> = RefCell::new(String::from("UTC"));
}

/// Remember the call's default time zone, after checking the database
/// knows it (its canonical name is kept).
pub fn set_default_time_zone(name: String) -> std::result::Result<(), String> {
    let name = if name.is_empty() || name == "UTC" {
        String::from("UTC")
    } else {
        match dates::time_zone_op("canonicalize".into(), name.clone()) {
            Some(canonical) => canonical,
            None => {
                return Err(format!(
                    "unknown time zone {name:?}: not in the IANA time zone database of the sandbox"
                ))
            }
        }
    };
    DEFAULT_TIME_ZONE.with(|tz| *tz.borrow_mut() = name);
    Ok(())
}

/// `intlTimeZoneDefault()`: the call's default time zone.
fn default_time_zone() -> String {
    DEFAULT_TIME_ZONE.with(|tz| tz.borrow().clone())
}

/// `intlSupportedValues(key)`: the time zones or currencies the data has.
fn supported_values(key: String) -> Vec<String> {
    match key.as_str() {
        "timeZone" => dates::time_zone_names(),
        _ => Vec::new(),
    }
}

/// A string property of a spec object (`""` when absent).
pub(crate) fn get_str(spec: &Object<'_>, key: &str) -> String {
    spec.get::<_, Option<String>>(key)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// A numeric property of a spec object, when present.
pub(crate) fn get_num(spec: &Object<'_>, key: &str) -> Option<f64> {
    spec.get::<_, Option<f64>>(key).ok().flatten()
}

/// A `RangeError` with `message`.
pub(crate) fn range_error<T>(cx: &Ctx<'_>, message: &str) -> Result<T> {
    Err(Exception::throw_range(cx, message))
}

/// `intlCreate(kind, key, spec)`: the id of the formatter for `spec`
/// (built on first use; `key` identifies equal specs).
fn create<'js>(cx: Ctx<'js>, kind: String, key: String, spec: Object<'js>) -> Result<u32> {
    let cache_key = format!("{kind}\u{0}{key}");
    if let Some(id) = REGISTRY.with(|r| r.borrow().by_key.get(&cache_key).copied()) {
        return Ok(id);
    }
    let service = match kind.as_str() {
        "number" => Service::Number(Box::new(numbers::NumberFormat::new(&cx, &spec)?)),
        "plural" => Service::Plural(Box::new(numbers::PluralFormat::new(&cx, &spec)?)),
        "datetime" => Service::DateTime(Box::new(dates::DateTimeFormat::new(&cx, &spec)?)),
        "collator" => Service::Collator(Box::new(text::CollatorService::new(&cx, &spec)?)),
        "list" => Service::List(Box::new(text::ListService::new(&cx, &spec)?)),
        "relative" => Service::Relative(Box::new(text::RelativeService::new(&cx, &spec)?)),
        "display" => Service::Display(Box::new(text::DisplayService::new(&cx, &spec)?)),
        "segmenter" => Service::Segmenter(Box::new(text::SegmenterService::new(&cx, &spec)?)),
        other => return range_error(&cx, &format!("unknown Intl service {other}")),
    };
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let id = r.services.len() as u32;
        r.services.push(service);
        r.by_key.insert(cache_key, id);
        Ok(id)
    })
}

/// Run `f` on service `id`.
fn with_service<T>(cx: &Ctx<'_>, id: u32, f: impl FnOnce(&Service) -> Result<T>) -> Result<T> {
    REGISTRY.with(|r| {
        let r = r.borrow();
        match r.services.get(id as usize) {
            Some(service) => f(service),
            None => range_error(cx, "unknown Intl service id"),
        }
    })
}

fn wrong_service<T>(cx: &Ctx<'_>) -> Result<T> {
    Err(Exception::throw_type(
        cx,
        "Intl service used for the wrong operation",
    ))
}

/// `intlFormat(id, a, b)`: the parts (`[type, value, type, value, ...]`) of
/// formatting `a` (and, for ranges, `b`) with service `id`.
fn format<'js>(cx: Ctx<'js>, id: u32, a: Value<'js>, b: Value<'js>) -> Result<Array<'js>> {
    let parts = with_service(&cx, id, |service| match service {
        Service::Number(nf) => nf.format_value(&cx, &a, &b),
        Service::DateTime(dtf) => dtf.format_value(&cx, &a, &b),
        Service::List(lf) => lf.format_value(&cx, &a),
        Service::Relative(rtf) => rtf.format_value(&cx, &a, &b),
        _ => wrong_service(&cx),
    })?;
    parts::to_js(&cx, parts)
}

/// `intlFormatPattern(id, key, spec, date)`: the parts of `date` written
/// with another pattern by DateTimeFormat `id` (see `DateTimeFormat::format_pattern`).
fn format_pattern<'js>(
    cx: Ctx<'js>,
    id: u32,
    key: String,
    spec: Object<'js>,
    date: Value<'js>,
) -> Result<Array<'js>> {
    let parts = with_service(&cx, id, |service| match service {
        Service::DateTime(dtf) => dtf.format_pattern(&cx, &key, &spec, &date),
        _ => wrong_service(&cx),
    })?;
    parts::to_js(&cx, parts)
}

/// `intlShareRange(parts)`: a range's flat parts (`type\0side`, value, ...)
/// with ICU's sides (see `parts::share_common_fields`).
fn share_range<'js>(cx: Ctx<'js>, flat: Vec<String>) -> Result<Array<'js>> {
    let mut parts: parts::Parts = flat
        .chunks_exact(2)
        .map(|p| (p[0].clone(), p[1].clone()))
        .collect();
    parts::share_common_fields(&mut parts);
    parts::to_js(&cx, parts)
}

/// `intlDateFields(id, date)`: the local date and time of `date` in
/// DateTimeFormat `id`'s zone (see `DateTimeFormat::date_fields`).
fn date_fields(cx: Ctx<'_>, id: u32, date: Value<'_>) -> Result<Vec<i32>> {
    with_service(&cx, id, |service| match service {
        Service::DateTime(dtf) => dtf.date_fields(&cx, &date),
        _ => wrong_service(&cx),
    })
}

/// `intlDateData(key)`: the date-pattern data `internal/intl_patterns.js`
/// reads (see `date_data`): `parents`, `hours`, `calendars`,
/// `dayPeriodRules`, or `locale:TAG` (that locale's JSON, undefined when
/// CLDR has nothing of its own for it).
fn date_data(key: String) -> Option<&'static str> {
    match key.as_str() {
        "parents" => Some(date_data::PARENTS),
        "hours" => Some(date_data::HOURS),
        "calendars" => Some(date_data::CALENDARS),
        "dayPeriodRules" => Some(date_data::DAY_PERIOD_RULES),
        _ => {
            let tag = key.strip_prefix("locale:")?;
            let at = date_data::LOCALES.binary_search_by(|(l, _)| (*l).cmp(tag)).ok()?;
            Some(date_data::LOCALES[at].1)
        }
    }
}

/// `intlNumberData(key)`: the number data `internal/intl.js` reads (see
/// `number_data`): `native`, `digits`, `pluralRanges`, `set:N`, or
/// `locale:TAG`.
fn number_data(key: String) -> Option<&'static str> {
    match key.as_str() {
        "native" => Some(number_data::NATIVE),
        "digits" => Some(number_data::DIGITS),
        "pluralRanges" => Some(number_data::PLURAL_RANGES),
        _ => {
            if let Some(n) = key.strip_prefix("set:") {
                return number_data::SETS.get(n.parse::<usize>().ok()?).copied();
            }
            let tag = key.strip_prefix("locale:")?;
            let at = number_data::LOCALES
                .binary_search_by(|(l, _)| (*l).cmp(tag))
                .ok()?;
            Some(number_data::LOCALES[at].1)
        }
    }
}

/// `intlSelect(id, a, b)`: a plural category (of `a`, or of the range `a`..`b`).
fn select<'js>(cx: Ctx<'js>, id: u32, a: Value<'js>, b: Value<'js>) -> Result<String> {
    with_service(&cx, id, |service| match service {
        Service::Plural(pr) => pr.select(&cx, &a, &b),
        _ => wrong_service(&cx),
    })
}

/// `intlCompare(id, a, b)`: -1, 0 or 1.
fn compare(cx: Ctx<'_>, id: u32, a: String, b: String) -> Result<i32> {
    with_service(&cx, id, |service| match service {
        Service::Collator(c) => Ok(c.compare(&a, &b)),
        _ => wrong_service(&cx),
    })
}

/// `intlDisplay(id, code)`: a display name, or undefined.
fn display(cx: Ctx<'_>, id: u32, code: String) -> Result<Option<String>> {
    with_service(&cx, id, |service| match service {
        Service::Display(d) => d.of(&cx, &code),
        _ => wrong_service(&cx),
    })
}

/// `intlSegment(id, text)`: `[start, isWordLike, start, isWordLike, ...]`
/// in UTF-16 indices, one pair per segment.
fn segment<'js>(cx: Ctx<'js>, id: u32, text: String) -> Result<Array<'js>> {
    let breaks = with_service(&cx, id, |service| match service {
        Service::Segmenter(s) => Ok(s.segment(&text)),
        _ => wrong_service(&cx),
    })?;
    let out = Array::new(cx)?;
    for (i, (start, word_like)) in breaks.into_iter().enumerate() {
        out.set(2 * i, start)?;
        out.set(2 * i + 1, word_like)?;
    }
    Ok(out)
}

/// `intlInfo(id)`: what the service resolved (for `resolvedOptions`).
fn info<'js>(cx: Ctx<'js>, id: u32) -> Result<Object<'js>> {
    let out = Object::new(cx.clone())?;
    with_service(&cx, id, |service| match service {
        Service::Number(nf) => nf.info(&out),
        Service::Plural(pr) => pr.info(&out),
        Service::DateTime(dtf) => dtf.info(&out),
        Service::Collator(c) => c.info(&out),
        _ => Ok(()),
    })?;
    Ok(out)
}

/// Add the `Intl` natives to the object the prelude receives.
pub fn install<'js>(cx: &Ctx<'js>, natives: &Object<'js>) -> Result<()> {
    natives.set("intlCreate", Function::new(cx.clone(), create)?)?;
    natives.set("intlFormat", Function::new(cx.clone(), format)?)?;
    natives.set("intlSelect", Function::new(cx.clone(), select)?)?;
    natives.set("intlFormatPattern", Function::new(cx.clone(), format_pattern)?)?;
    natives.set("intlDateFields", Function::new(cx.clone(), date_fields)?)?;
    natives.set("intlShareRange", Function::new(cx.clone(), share_range)?)?;
    natives.set("intlDateData", Function::new(cx.clone(), date_data)?)?;
    natives.set("intlNumberData", Function::new(cx.clone(), number_data)?)?;
    natives.set("intlCompare", Function::new(cx.clone(), compare)?)?;
    natives.set("intlDisplay", Function::new(cx.clone(), display)?)?;
    natives.set("intlSegment", Function::new(cx.clone(), segment)?)?;
    natives.set("intlInfo", Function::new(cx.clone(), info)?)?;
    natives.set("intlLocale", Function::new(cx.clone(), locales::locale_op)?)?;
    natives.set("intlCase", Function::new(cx.clone(), text::change_case)?)?;
    natives.set(
        "intlCurrencyDigits",
        Function::new(cx.clone(), numbers::currency_digits)?,
    )?;
    natives.set("intlTimeZone", Function::new(cx.clone(), dates::time_zone_op)?)?;
    natives.set(
        "intlTimeZoneDefault",
        Function::new(cx.clone(), default_time_zone)?,
    )?;
    natives.set(
        "intlSupportedValues",
        Function::new(cx.clone(), supported_values)?,
    )?;
    Ok(())
}
