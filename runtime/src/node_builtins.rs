//! Node's built-in modules as the host sees them: which ones the guest
//! implements (`runtime/artifact/builtins.txt`, written by `make guest` from
//! the files of `guest/src/node/`) and which a call may load. The guest owns
//! their code; the host only decides, per call, which of them `require` and
//! `import` may reach.

/// The list the guest was built with (one top-level name per line).
const LIST: &str = include_str!("../artifact/builtins.txt");

/// Built-ins that read the host's files (the module folder, read-only), so
/// a runtime or call must name them to get them.
pub const OPT_IN_BUILTINS: &[&str] = &["fs"];

/// Every Node built-in the sandbox implements, by top-level name (`buffer`,
/// `stream`, ...; `stream/promises` comes with `stream`).
pub fn available_builtins() -> impl Iterator<Item = &'static str> {
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The default allow-list: every available built-in but the opt-in ones.
pub fn default_builtins() -> Vec<String> {
    available_builtins()
        .filter(|b| !OPT_IN_BUILTINS.contains(b))
        .map(String::from)
        .collect()
}

/// Whether the guest implements built-in `name` (a top-level name).
pub(crate) fn is_available(name: &str) -> bool {
    available_builtins().any(|b| b == name)
}

/// The first name in `list` that is not an available built-in (`*` stands
/// for all of them, opt-in ones included).
pub(crate) fn first_unknown(list: &[String]) -> Option<&str> {
    list.iter()
        .map(String::as_str)
        .find(|name| *name != "*" && !is_available(name.strip_prefix("node:").unwrap_or(name)))
}

/// Whether `list` lets a call load built-in `name`.
pub(crate) fn allows(list: &[String], name: &str) -> bool {
    list.iter()
        .any(|b| b == "*" || b.strip_prefix("node:").unwrap_or(b) == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_list_holds_the_pure_builtins_only() {
        let defaults = default_builtins();
        assert!(!defaults.iter().any(|b| b == "fs"));
        assert!(defaults.iter().all(|b| is_available(b)));
        assert_eq!(
            first_unknown(&["child_process".to_string()]),
            Some("child_process")
        );
        assert!(allows(&["*".to_string()], "fs"));
    }
}
