//! Locale identifiers: canonicalization (UTS #35, with CLDR's aliases) and
//! likely subtags (`Intl.Locale#maximize` / `minimize`). Which locales the
//! data has is a list on the JavaScript side (`internal/intl_locales`).

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

/// `intlLocale(op, tag)`: `canonicalize` (throws a RangeError for an
/// invalid tag), `maximize` or `minimize` (likely subtags).
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
            LocaleExpander::new_extended().minimize(&mut locale.id);
            Ok(Some(locale.to_string()))
        }
        "default" => Ok(Some(DEFAULT_LOCALE.to_string())),
        _ => super::range_error(&cx, "unknown locale operation"),
    }
}
