// Prelude part: ES modules. The hooks QuickJS's module loader calls
// (`esmResolve`, `esmLoad`, `esmMeta`), with CommonJS and JSON modules seen
// through ES module facades.

  // Called by QuickJS's module loader (es_modules.rs). Located modules wait
  // here between `esmResolve` and `esmLoad`.
  const located = objectCreate(null);

  function esmResolve(specifier, base) {
    const referrer = base.startsWith('/') ? base.slice(1) : base;
    const found = locate(specifier, referrer, LOAD_IMPORT);
    located[found.path] = found;
    return found.path;
  }

  const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw true try typeof var ' +
    'void while with yield let static implements interface package private protected public await').split(' '));

  // An ES module's source, or for CommonJS/JSON a facade whose default export
  // is `module.exports` and whose named exports are its identifier keys.
  function esmLoad(id) {
    let found = located[id];
    delete located[id];
    if (found === undefined) found = id.startsWith('host:') || id.startsWith('node:') ? locate(id, id, LOAD_IMPORT) : locate('/' + id, id, LOAD_IMPORT);
    if (classify(found) === 'esm') {
      esModuleIds.add(id);
      moduleTexts.set('/' + id, found.source);
      return { source: found.source };
    }
    const module = cache[id] !== undefined ? cache[id] : instantiate(found, false);
    const exp = module.exports;
    let source = 'const m = import.meta.exports;\nexport default m;\n';
    if (exp !== null && (typeof exp === 'object' || typeof exp === 'function')) {
      const keys = Object.keys(exp);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k)) {
          source += 'export const ' + k + ' = m.' + k + ';\n';
        }
      }
    }
    return { source, exports: exp };
  }

  function esmMeta(meta, id, spec) {
    const filename = id.startsWith('virtual:') || id.startsWith('host:') || id.startsWith('node:') ? id : '/' + id;
    meta.url = 'file://' + filename;
    meta.filename = filename;
    meta.dirname = dirnameOf(filename);
    if ('exports' in spec) meta.exports = spec.exports;
  }
