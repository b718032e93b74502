//! Locale identifiers: canonicalization (UTS #35, with CLDR's aliases),
//! likely subtags (`Intl.Locale#maximize` / `minimize`) and which locales
//! the bundled data supports (ECMA-402's lookup of available locales).

use icu::locale::{Locale, LocaleCanonicalizer, LocaleExpander};
use javy::quickjs::{Ctx, Result};

/// The locale used when none of the requested ones is supported.
pub const DEFAULT_LOCALE: &str = "en-US";

fn parse(cx: &Ctx<'_>, tag: &str) -> Result<Locale> {
    // BCP 47 tags only: the `root` and `_` forms of UTS #35 are refused.
    if tag.is_empty() || tag.contains('_') || tag.eq_ignore_ascii_case("root") {
        return super::range_error(cx, &format!("Incorrect locale information provided: {tag}"));
    }
    match Locale::try_from_str(tag) {
        Ok(locale) => Ok(locale),
        Err(_) => super::range_error(cx, &format!("Incorrect locale information provided: {tag}")),
    }
}

/// The canonical form of `tag`.
pub fn canonicalize(cx: &Ctx<'_>, tag: &str) -> Result<Locale> {
    let mut locale = parse(cx, tag)?;
    LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
    Ok(locale)
}

/// Whether the bundled data knows `region` (a region without likely
/// subtags, such as `ZZ`, is not a locale the data has).
fn known_region(region: &str) -> bool {
    match Locale::try_from_str(&format!("und-{region}")) {
        Ok(mut locale) => {
            LocaleExpander::new_extended().maximize(&mut locale.id);
            locale.id.language.as_str() != "und"
        }
        Err(_) => false,
    }
}

/// The available locale ECMA-402's lookup finds for `tag` (canonical, no
/// Unicode extension): `tag` minus the subtags the data does not know, or
/// `None` when its language has no data.
pub fn available(tag: &str) -> Option<String> {
    let mut locale = Locale::try_from_str(tag).ok()?;
    locale.extensions = Default::default();
    let mut max = locale.clone();
    LocaleExpander::new_extended().maximize(&mut max.id);
    if max.id.language.as_str() == "und" || max.id.script.is_none() {
        return None;
    }
    if let Some(region) = locale.id.region {
        if !known_region(region.as_str()) {
            locale.id.region = None;
        }
    }
    Some(locale.to_string())
}

/// `intlLocale(op, tag)`: `canonicalize` (throws a RangeError for an
/// invalid tag), `maximize`, `minimize`, or `available` (undefined when
/// the data has no such locale).
pub fn locale_op(cx: Ctx<'_>, op: String, tag: String) -> Result<Option<String>> {
    match op.as_str() {
        "canonicalize" => Ok(Some(canonicalize(&cx, &tag)?.to_string())),
        "maximize" => {
            let mut locale = canonicalize(&cx, &tag)?;
            LocaleExpander::new_extended().maximize(&mut locale.id);
            Ok(Some(locale.to_string()))
        }
        "minimize" => {
            let mut locale = canonicalize(&cx, &tag)?;
            LocaleExpander::new_extended().minimize_favor_script(&mut locale.id);
            Ok(Some(locale.to_string()))
        }
        "available" => Ok(available(&tag)),
        "default" => Ok(Some(DEFAULT_LOCALE.to_string())),
        _ => super::range_error(&cx, "unknown locale operation"),
    }
}
