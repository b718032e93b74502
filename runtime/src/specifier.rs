//! Specifier algebra, without any I/O: what a `require`/`import` string
//! means as a path inside the module root (relative, absolute, bare package
//! plus subpath), lexical normalization (a `..` above the root is refused),
//! the candidate files Node tries, and how ids are shown in messages.

/// Prefix of the ids of host-provided (virtual) modules.
pub(crate) const VIRTUAL_PREFIX: &str = "virtual:";

/// A module id as the sandbox shows it (`/lib/x.js`, `virtual:name`).
pub(crate) fn display_id(id: &str) -> String {
    if id.starts_with(VIRTUAL_PREFIX) {
        printable(id)
    } else {
        format!("/{}", printable(id))
    }
}

/// The package a path lies in: the name after its last `node_modules/`.
pub(crate) fn package_of(path: &str) -> Option<&str> {
    let i = path
        .rfind("node_modules/")
        .filter(|&i| i == 0 || path.as_bytes()[i - 1] == b'/')?;
    split_package(&path[i + "node_modules/".len()..]).map(|(p, _)| p)
}

/// Split `name/sub/path` (or `@scope/name/sub`) into package and subpath.
pub(crate) fn split_package(specifier: &str) -> Option<(&str, Option<&str>)> {
    let mut cut = specifier.match_indices('/').map(|(i, _)| i);
    let end = if specifier.starts_with('@') {
        cut.nth(1)
    } else {
        cut.next()
    };
    let (package, sub) = match end {
        Some(i) => (&specifier[..i], Some(&specifier[i + 1..])),
        None => (specifier, None),
    };
    let valid = !package.is_empty()
        && !package.starts_with('.')
        && package
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && (!package.starts_with('@') || package.contains('/'));
    valid.then_some((package, sub.filter(|s| !s.is_empty())))
}

pub(crate) fn is_relative(specifier: &str) -> bool {
    specifier == "." || specifier == ".." || specifier.starts_with("./") || specifier.starts_with("../")
}

pub(crate) fn is_absolute(path: &str) -> bool {
    path.starts_with('/')
        || path.starts_with('\\')
        || std::path::Path::new(path).is_absolute()
        || path.as_bytes().get(1) == Some(&b':')
}

/// Apply `specifier`'s components to `base`; `None` if a `..` climbs above
/// the root.
pub(crate) fn normalize<'a>(mut parts: Vec<&'a str>, specifier: &'a str) -> Option<String> {
    for part in specifier.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// The files Node would try for `path`, in order: itself, with each
/// extension, then its `index` files.
pub(crate) fn candidates(path: &str, extensions: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(2 * extensions.len() + 1);
    if !path.is_empty() {
        out.push(path.to_string());
        out.extend(extensions.iter().map(|ext| format!("{path}{ext}")));
    }
    out.extend(index_candidates(path, extensions));
    out
}

/// The `index` files of directory `dir`.
pub(crate) fn index_candidates(dir: &str, extensions: &[String]) -> Vec<String> {
    let prefix = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    extensions
        .iter()
        .map(|ext| format!("{prefix}index{ext}"))
        .collect()
}

/// `s` shortened and with control characters escaped, for messages.
pub(crate) fn printable(s: &str) -> String {
    let mut out: String = s.chars().take(200).flat_map(char::escape_debug).collect();
    if s.chars().count() > 200 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_keeps_paths_inside_the_root() {
        assert_eq!(normalize(vec![], "a/./b/../c.js").as_deref(), Some("a/c.js"));
        assert_eq!(normalize(vec!["lib"], "../x.js").as_deref(), Some("x.js"));
        assert_eq!(normalize(vec![], "../x.js"), None);
        assert_eq!(normalize(vec!["lib"], "../../x.js"), None);
    }

    #[test]
    fn package_names_and_subpaths() {
        assert_eq!(split_package("lodash"), Some(("lodash", None)));
        assert_eq!(split_package("lodash/fp/map"), Some(("lodash", Some("fp/map"))));
        assert_eq!(split_package("@acme/kv/x"), Some(("@acme/kv", Some("x"))));
        assert_eq!(split_package("@acme"), None);
        assert_eq!(package_of("node_modules/a/node_modules/b/x.js"), Some("b"));
        assert_eq!(package_of("lib/node_modules/@s/p/i.js"), Some("@s/p"));
        assert_eq!(package_of("lib/x.js"), None);
        assert_eq!(package_of("my_node_modules/x/y.js"), None);
    }

    #[test]
    fn absolute_entry_paths_are_recognized() {
        assert!(is_absolute("/etc/passwd"));
        assert!(is_absolute("C:\\x.js"));
        assert!(!is_absolute("a/b.js"));
    }
}
