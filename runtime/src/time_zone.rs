//! The sandbox's default time zone (for `Intl` and `Date#toLocale*String`):
//! `UTC` unless the runtime or the call names another. The host checks the
//! name's form; the guest, which carries the IANA database, refuses names it
//! does not know with `invalid-args`.

/// The default time zone when neither the runtime nor the call sets one.
pub const DEFAULT_TIME_ZONE: &str = "UTC";

/// Why `name` cannot be a time zone name, if it cannot: IANA names
/// (`Area/Location`, letters, digits, `_`, `-`, `+`, at most 64 bytes) or a
/// fixed offset (`+05:30`).
pub(crate) fn check_time_zone(name: &str) -> Result<(), String> {
    let well_formed = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+' | b':'))
        && !name.starts_with('/')
        && !name.contains("..");
    if well_formed {
        Ok(())
    } else {
        Err(format!(
            "invalid time zone {name:?}: expected an IANA name such as \"Europe/Berlin\" or \"UTC\""
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::check_time_zone;

    #[test]
    fn iana_names_and_offsets_are_well_formed_and_junk_is_not() {
        for ok in [
            "UTC",
            "Europe/Berlin",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+5",
            "+05:30",
        ] {
            assert!(check_time_zone(ok).is_ok(), "{ok}");
        }
        for bad in ["", "/etc/passwd", "Europe/../x", "Europe Berlin", &"A".repeat(65)] {
            assert!(check_time_zone(bad).is_err(), "{bad}");
        }
    }
}
