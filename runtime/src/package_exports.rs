//! Node's package.json `exports` and `imports` resolution. The caller gives
//! the conditions to match (`require` or `import`, `node`, `default`, plus
//! any the runtime adds); an object's own key order decides between them.

use serde_json::Value;

/// The target (`./dist/x.js`) that `exports` maps subpath `key` (`.` or
/// `./sub`) to under `conditions`, if any.
pub fn resolve(exports: &Value, key: &str, conditions: &[&str]) -> Option<String> {
    let is_subpath_map =
        matches!(exports, Value::Object(m) if m.keys().next().is_some_and(|k| k.starts_with('.')));
    if !is_subpath_map {
        return if key == "." {
            target(exports, None, conditions, false)
        } else {
            None
        };
    }
    lookup(exports.as_object()?, key, conditions, false)
}

/// The target that an `imports` map gives `#name` under `conditions`: a
/// file of the package (`./src/x.js`) or a bare package specifier.
pub fn resolve_import(imports: &Value, key: &str, conditions: &[&str]) -> Option<String> {
    lookup(imports.as_object()?, key, conditions, true)
}

/// `key` in a subpath map (exact, else the longest matching `*` pattern).
fn lookup(
    map: &serde_json::Map<String, Value>,
    key: &str,
    conditions: &[&str],
    bare_targets: bool,
) -> Option<String> {
    if let Some(exact) = map.get(key) {
        return target(exact, None, conditions, bare_targets);
    }
    // Pattern keys (`./features/*`): the longest matching prefix wins.
    let mut best: Option<(&str, &Value, &str)> = None;
    for (pattern, value) in map {
        let Some((prefix, suffix)) = pattern.split_once('*') else {
            continue;
        };
        if key.len() >= prefix.len() + suffix.len() && key.starts_with(prefix) && key.ends_with(suffix) {
            let captured = &key[prefix.len()..key.len() - suffix.len()];
            if best.is_none_or(|(p, _, _)| prefix.len() > p.len()) {
                best = Some((prefix, value, captured));
            }
        }
    }
    let (_, value, captured) = best?;
    target(value, Some(captured), conditions, bare_targets)
}

/// A target: a string (with `*` replaced), the first usable entry of an
/// array, or the first matching condition of an object; `null` excludes.
/// `bare_targets`: package names are targets too (`imports` maps).
fn target(value: &Value, captured: Option<&str>, conditions: &[&str], bare_targets: bool) -> Option<String> {
    match value {
        Value::String(s)
            if bare_targets && !s.starts_with('.') && !s.starts_with('/') && !s.starts_with('#') =>
        {
            Some(match captured {
                Some(c) => s.replace('*', c),
                None => s.clone(),
            })
        }
        Value::String(s) if s.starts_with("./") => {
            let t = match captured {
                Some(c) => s.replace('*', c),
                None => s.clone(),
            };
            // A target may not climb out of the package.
            (!t.split('/').any(|seg| seg == "..")).then_some(t)
        }
        Value::Array(items) => items
            .iter()
            .find_map(|v| target(v, captured, conditions, bare_targets)),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| conditions.contains(&k.as_str()))
            .find_map(|(_, v)| target(v, captured, conditions, bare_targets)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{resolve as resolve_with, resolve_import};
    use serde_json::json;

    const REQUIRE: &[&str] = &["require", "node", "default"];
    const IMPORT: &[&str] = &["import", "node", "default"];

    fn resolve(exports: &serde_json::Value, key: &str) -> Option<String> {
        resolve_with(exports, key, REQUIRE)
    }

    #[test]
    fn import_conditions_and_imports_maps() {
        let e = json!({ ".": { "import": "./esm/index.mjs", "require": "./cjs/index.js" } });
        assert_eq!(resolve_with(&e, ".", IMPORT).as_deref(), Some("./esm/index.mjs"));
        let browser = json!({ ".": { "browser": "./b.js", "default": "./n.js" } });
        assert_eq!(resolve_with(&browser, ".", REQUIRE).as_deref(), Some("./n.js"));
        let with_browser = ["require", "node", "default", "browser"];
        assert_eq!(
            resolve_with(&browser, ".", &with_browser).as_deref(),
            Some("./b.js")
        );
        let imports =
            json!({ "#dep": { "node": "dep-node", "default": "./dep.js" }, "#internal/*": "./src/*.js" });
        assert_eq!(
            resolve_import(&imports, "#dep", REQUIRE).as_deref(),
            Some("dep-node")
        );
        assert_eq!(
            resolve_import(&imports, "#internal/a", REQUIRE).as_deref(),
            Some("./src/a.js")
        );
        assert_eq!(resolve_import(&imports, "#missing", REQUIRE), None);
    }

    #[test]
    fn strings_conditions_subpaths_and_patterns() {
        assert_eq!(resolve(&json!("./index.js"), ".").as_deref(), Some("./index.js"));
        assert_eq!(resolve(&json!("./index.js"), "./x"), None);
        let e = json!({
            ".": { "import": "./esm/index.mjs", "require": "./cjs/index.js" },
            "./utils": { "node": "./node/utils.js", "default": "./utils.js" },
            "./features/*": "./src/features/*.js",
            "./features/private/*": null,
            "./package.json": "./package.json"
        });
        assert_eq!(resolve(&e, ".").as_deref(), Some("./cjs/index.js"));
        assert_eq!(resolve(&e, "./utils").as_deref(), Some("./node/utils.js"));
        assert_eq!(
            resolve(&e, "./features/a/b").as_deref(),
            Some("./src/features/a/b.js")
        );
        assert_eq!(resolve(&e, "./features/private/x"), None);
        assert_eq!(resolve(&e, "./missing"), None);
        assert_eq!(resolve(&json!({"default": "./../escape.js"}), "."), None);
    }
}
