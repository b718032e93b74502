//! Node's package.json `exports` resolution, for `require` conditions.

use serde_json::Value;

/// The conditions a `require` (and, in this sandbox, an `import`) matches, in
/// the order Node gives them meaning; an object's own key order decides.
const CONDITIONS: [&str; 3] = ["require", "node", "default"];

/// The target (`./dist/x.js`) that `exports` maps subpath `key` (`.` or
/// `./sub`) to, if any.
pub fn resolve(exports: &Value, key: &str) -> Option<String> {
    let is_subpath_map =
        matches!(exports, Value::Object(m) if m.keys().next().is_some_and(|k| k.starts_with('.')));
    if !is_subpath_map {
        return if key == "." { target(exports, None) } else { None };
    }
    let map = exports.as_object()?;
    if let Some(exact) = map.get(key) {
        return target(exact, None);
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
    target(value, Some(captured))
}

/// A target: a string (with `*` replaced), the first usable entry of an
/// array, or the first matching condition of an object; `null` excludes.
fn target(value: &Value, captured: Option<&str>) -> Option<String> {
    match value {
        Value::String(s) if s.starts_with("./") => {
            let t = match captured {
                Some(c) => s.replace('*', c),
                None => s.clone(),
            };
            // A target may not climb out of the package.
            (!t.split('/').any(|seg| seg == "..")).then_some(t)
        }
        Value::Array(items) => items.iter().find_map(|v| target(v, captured)),
        Value::Object(conditions) => conditions
            .iter()
            .filter(|(k, _)| CONDITIONS.contains(&k.as_str()))
            .find_map(|(_, v)| target(v, captured)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::resolve;
    use serde_json::json;

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
