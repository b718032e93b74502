// URL and URLSearchParams: a compact WHATWG-style implementation covering
// what libraries use: parsing absolute and relative URLs against a base,
// special schemes' default ports and dot-segment removal, percent-encoding
// of paths, queries and fragments, and live search parameters.
(function () {
  'use strict';
  const SPECIAL = { 'ftp:': '21', 'file:': '', 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
  const invalidUrl = (input) => { const e = new TypeError('Invalid URL'); e.code = 'ERR_INVALID_URL'; e.input = input; return e; };

  const enc = (set) => (s) => {
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c < 0x21 || c > 0x7e || set.includes(ch)) {
        out += Array.from(new TextEncoder().encode(ch), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
      } else out += ch;
    }
    return out;
  };
  const encPath = enc('"#<>?`{}');
  const encQuery = enc('"#<>');
  const encSpecialQuery = enc('"#<>\'');
  const encFragment = enc('"<>`');
  const encUserinfo = enc('"#<>?`{}/:;=@[\\]^|');

  function removeDots(segments) {
    const out = [];
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      const last = i === segments.length - 1;
      if (s === '..' || s.toLowerCase() === '%2e%2e' || s === '.%2e' || s === '%2e.') { if (out.length) out.pop(); if (last) out.push(''); }
      else if (s === '.' || s.toLowerCase() === '%2e') { if (last) out.push(''); }
      else out.push(s);
    }
    return out;
  }

  function parse(input, base) {
    let s = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(s);
    let r;
    if (m) {
      const protocol = m[1].toLowerCase() + ':';
      let rest = m[2];
      r = { protocol, username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '', opaque: false };
      const special = protocol in SPECIAL;
      if (special) rest = rest.replace(/\\/g, '/');
      if (special && base && base.protocol === protocol && !rest.startsWith('/')) {
        return resolveRelative(rest, base);
      }
      let h = rest.indexOf('#');
      if (h >= 0) { r.hash = rest.slice(h); rest = rest.slice(0, h); }
      let q = rest.indexOf('?');
      if (q >= 0) { r.search = rest.slice(q); rest = rest.slice(0, q); }
      if (rest.startsWith('//') || (special && protocol !== 'file:')) {
        rest = protocol === 'file:' ? rest.slice(2) : rest.replace(/^\/*/, '');
        const end = rest.search(/\//);
        let authority = end >= 0 ? rest.slice(0, end) : rest;
        rest = end >= 0 ? rest.slice(end) : '';
        const at = authority.lastIndexOf('@');
        if (at >= 0) {
          const info = authority.slice(0, at);
          authority = authority.slice(at + 1);
          const colon = info.indexOf(':');
          r.username = encUserinfo(colon >= 0 ? info.slice(0, colon) : info);
          r.password = colon >= 0 ? encUserinfo(info.slice(colon + 1)) : '';
        }
        const pm = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
        if (!pm) throw invalidUrl(input);
        r.hostname = special ? pm[1].toLowerCase() : pm[1];
        if (/[\s<>^|%]/.test(r.hostname) || (special && protocol !== 'file:' && r.hostname === '')) throw invalidUrl(input);
        let port = pm[2] || '';
        if (port !== '') {
          if (+port > 65535) throw invalidUrl(input);
          port = String(+port);
        }
        r.port = SPECIAL[protocol] === port ? '' : port;
        r.pathname = rest;
      } else if (special) {
        r.pathname = rest;
      } else {
        r.pathname = rest;
        r.opaque = !rest.startsWith('/');
      }
      finishPath(r);
    } else {
      if (!base) throw invalidUrl(input);
      r = resolveRelative(s, base);
    }
    return r;
  }

  function resolveRelative(s, base) {
    if (base.opaque) {
      if (s.startsWith('#')) return { ...base, hash: encFragment(s) };
      throw invalidUrl(s);
    }
    const special = base.protocol in SPECIAL;
    if (special) s = s.replace(/\\/g, '/');
    if (s.startsWith('//')) return parse(base.protocol + s);
    const r = { ...base, search: base.search, hash: '' };
    let rest = s;
    let h = rest.indexOf('#');
    if (h >= 0) { r.hash = rest.slice(h); rest = rest.slice(0, h); }
    if (rest === '' && h < 0) return { ...base, hash: '' };
    let q = rest.indexOf('?');
    if (q >= 0) { r.search = rest.slice(q); rest = rest.slice(0, q); }
    else if (rest !== '') r.search = '';
    if (rest.startsWith('/')) r.pathname = rest;
    else if (rest !== '') {
      const dir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) || '/';
      r.pathname = dir + rest;
    }
    finishPath(r);
    return r;
  }

  function finishPath(r) {
    const special = r.protocol in SPECIAL;
    if (!r.opaque) {
      let p = r.pathname;
      if (special && p === '') p = '/';
      if (p !== '') {
        const segs = removeDots(p.split('/').slice(1));
        p = '/' + segs.map(encPath).join('/');
      }
      r.pathname = p;
    } else {
      r.pathname = r.pathname.replace(/[\u0000-\u001f\u007f-\uffff]/g, (c) => encPath(c));
    }
    if (r.search === '?') r.search = '';
    else if (r.search) r.search = '?' + (special ? encSpecialQuery : encQuery)(r.search.slice(1));
    if (r.hash === '#') r.hash = '';
    else if (r.hash) r.hash = '#' + encFragment(r.hash.slice(1));
  }

  const serializeForm = (s) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const parseForm = (s) => {
    const out = [];
    for (const part of s.split('&')) {
      if (part === '') continue;
      const i = part.indexOf('=');
      const k = i >= 0 ? part.slice(0, i) : part;
      const v = i >= 0 ? part.slice(i + 1) : '';
      const dec = (x) => { try { return decodeURIComponent(x.replace(/\+/g, ' ')); } catch (_) { return x.replace(/\+/g, ' '); } };
      out.push([dec(k), dec(v)]);
    }
    return out;
  };

  class URLSearchParams {
    #list = [];
    #url = null;
    constructor(init = '') {
      if (init instanceof URLSearchParams) this.#list = init.#list.map((p) => p.slice());
      else if (init !== null && typeof init === 'object') {
        if (typeof init[Symbol.iterator] === 'function') {
          for (const pair of init) {
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
            this.#list.push([String(p[0]), String(p[1])]);
          }
        } else for (const k of Object.keys(init)) this.#list.push([k, String(init[k])]);
      } else {
        const s = String(init);
        this.#list = parseForm(s.startsWith('?') ? s.slice(1) : s);
      }
    }
    static _attach(params, url) { params.#url = url; }
    static _reset(params, query) { params.#list = parseForm(query); }
    #update() { if (this.#url) this.#url._setSearchFromParams(this.toString()); }
    get size() { return this.#list.length; }
    append(k, v) { this.#list.push([String(k), String(v)]); this.#update(); }
    delete(k, v) { k = String(k); this.#list = this.#list.filter((p) => !(p[0] === k && (v === undefined || p[1] === String(v)))); this.#update(); }
    get(k) { k = String(k); const p = this.#list.find((x) => x[0] === k); return p ? p[1] : null; }
    getAll(k) { k = String(k); return this.#list.filter((x) => x[0] === k).map((x) => x[1]); }
    has(k, v) { k = String(k); return this.#list.some((x) => x[0] === k && (v === undefined || x[1] === String(v))); }
    set(k, v) {
      k = String(k); v = String(v);
      const i = this.#list.findIndex((x) => x[0] === k);
      if (i < 0) this.#list.push([k, v]);
      else { this.#list[i][1] = v; this.#list = this.#list.filter((x, j) => j <= i || x[0] !== k); }
      this.#update();
    }
    sort() {
      this.#list = this.#list.map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]);
      this.#update();
    }
    forEach(fn, thisArg) { for (const [k, v] of this.#list) fn.call(thisArg, v, k, this); }
    *entries() { for (const p of this.#list) yield [p[0], p[1]]; }
    *keys() { for (const p of this.#list) yield p[0]; }
    *values() { for (const p of this.#list) yield p[1]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map(([k, v]) => serializeForm(k) + '=' + serializeForm(v)).join('&'); }
    get [Symbol.toStringTag]() { return 'URLSearchParams'; }
  }

  class URL {
    #r; #params;
    constructor(input, base) {
      const b = base === undefined ? undefined : base instanceof URL ? base.#r : parse(base);
      this.#r = parse(input, b);
      this.#params = new URLSearchParams(this.#r.search);
      URLSearchParams._attach(this.#params, this);
    }
    static canParse(input, base) { try { new URL(input, base); return true; } catch (_) { return false; } }
    static parse(input, base) { try { return new URL(input, base); } catch (_) { return null; } }
    _setSearchFromParams(q) { this.#r.search = q ? '?' + q : ''; }
    get protocol() { return this.#r.protocol; }
    set protocol(v) { const p = String(v).replace(/:.*$/, '').toLowerCase() + ':'; if ((p in SPECIAL) === (this.#r.protocol in SPECIAL)) this.#r.protocol = p; }
    get username() { return this.#r.username; }
    set username(v) { this.#r.username = encUserinfo(String(v)); }
    get password() { return this.#r.password; }
    set password(v) { this.#r.password = encUserinfo(String(v)); }
    get hostname() { return this.#r.hostname; }
    set hostname(v) { this.#r.hostname = String(v).toLowerCase(); }
    get port() { return this.#r.port; }
    set port(v) { const p = String(v); this.#r.port = p === '' || SPECIAL[this.#r.protocol] === String(+p) ? '' : String(+p); }
    get host() { return this.#r.hostname + (this.#r.port ? ':' + this.#r.port : ''); }
    set host(v) { const [h, p] = String(v).split(':'); this.hostname = h; if (p !== undefined) this.port = p; }
    get origin() { return this.#r.protocol in SPECIAL && this.#r.protocol !== 'file:' ? this.#r.protocol + '//' + this.host : 'null'; }
    get pathname() { return this.#r.pathname; }
    set pathname(v) { if (!this.#r.opaque) { let p = String(v); if (!p.startsWith('/')) p = '/' + p; this.#r.pathname = p; finishPath(this.#r); } }
    get search() { return this.#r.search; }
    set search(v) { let s = String(v); if (s.startsWith('?')) s = s.slice(1); this.#r.search = s ? '?' + s : ''; finishPath(this.#r); URLSearchParams._reset(this.#params, this.#r.search.slice(1)); }
    get searchParams() { return this.#params; }
    get hash() { return this.#r.hash; }
    set hash(v) { let s = String(v); if (s.startsWith('#')) s = s.slice(1); this.#r.hash = s ? '#' + encFragment(s) : ''; }
    get href() {
      const r = this.#r;
      const auth = r.username || r.password ? r.username + (r.password ? ':' + r.password : '') + '@' : '';
      const hasHost = r.hostname !== '' || r.protocol === 'file:' || (r.protocol in SPECIAL);
      return r.protocol + (hasHost && !r.opaque ? '//' + auth + this.host : '') + r.pathname + r.search + r.hash;
    }
    set href(v) { const n = new URL(v); this.#r = n.#r; URLSearchParams._reset(this.#params, this.#r.search.slice(1)); }
    toString() { return this.href; }
    toJSON() { return this.href; }
    get [Symbol.toStringTag]() { return 'URL'; }
  }
  return { URL, URLSearchParams };
})
