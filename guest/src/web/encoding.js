// TextEncoder / TextDecoder (UTF-8 only, as in most runtimes' minimum):
// full UTF-8 with replacement of invalid sequences, `fatal`, `ignoreBOM` and
// the `stream` option. Loaded on first use of either global.
(function () {
  'use strict';
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') {
      const s = String(input);
      const out = new Uint8Array(s.length * 3);
      const { written } = this.encodeInto(s, out);
      return out.slice(0, written);
    }
    encodeInto(input, dest) {
      const s = String(input);
      let read = 0, written = 0;
      const n = dest.length;
      for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        let units = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); units = 2; }
          else c = 0xfffd;
        } else if (c >= 0xd800 && c <= 0xdfff) {
          c = 0xfffd;
        }
        const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (written + size > n) break;
        if (size === 1) dest[written++] = c;
        else if (size === 2) { dest[written++] = 0xc0 | (c >> 6); dest[written++] = 0x80 | (c & 63); }
        else if (size === 3) { dest[written++] = 0xe0 | (c >> 12); dest[written++] = 0x80 | ((c >> 6) & 63); dest[written++] = 0x80 | (c & 63); }
        else { dest[written++] = 0xf0 | (c >> 18); dest[written++] = 0x80 | ((c >> 12) & 63); dest[written++] = 0x80 | ((c >> 6) & 63); dest[written++] = 0x80 | (c & 63); }
        read += units;
        if (units === 2) i++;
      }
      return { read, written };
    }
  }

  const LABELS = ['utf-8', 'utf8', 'unicode-1-1-utf-8'];
  class TextDecoder {
    #fatal; #ignoreBOM; #pending = []; #bomSeen = false;
    constructor(label = 'utf-8', options = {}) {
      if (!LABELS.includes(String(label).trim().toLowerCase())) {
        throw new RangeError(`The "${label}" encoding is not supported`);
      }
      this.#fatal = !!(options && options.fatal);
      this.#ignoreBOM = !!(options && options.ignoreBOM);
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input, options = {}) {
      const stream = !!(options && options.stream);
      let bytes;
      if (input === undefined) bytes = new Uint8Array(0);
      else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
      else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      else throw new TypeError('The "input" argument must be an ArrayBuffer or ArrayBufferView');
      if (this.#pending.length) {
        const joined = new Uint8Array(this.#pending.length + bytes.length);
        joined.set(this.#pending, 0);
        joined.set(bytes, this.#pending.length);
        bytes = joined;
        this.#pending = [];
      }
      let out = '';
      let chunk = [];
      const flush = () => { if (chunk.length) { out += String.fromCharCode.apply(null, chunk); chunk = []; } };
      const bad = () => {
        if (this.#fatal) { this.#pending = []; this.#bomSeen = false; const e = new TypeError('The encoded data was not valid for encoding utf-8'); e.code = 'ERR_ENCODING_INVALID_ENCODED_DATA'; throw e; }
        chunk.push(0xfffd);
      };
      let i = 0;
      const n = bytes.length;
      while (i < n) {
        const b = bytes[i];
        if (b < 0x80) { chunk.push(b); i++; }
        else {
          let need, min, cp;
          if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 31; min = 0x80; }
          else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 15; min = 0x800; }
          else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 7; min = 0x10000; }
          else { bad(); i++; continue; }
          let j = 1;
          let ok = true;
          for (; j <= need; j++) {
            if (i + j >= n) break;
            const c = bytes[i + j];
            let lo = 0x80, hi = 0xbf;
            if (j === 1) {
              if (b === 0xe0) lo = 0xa0; else if (b === 0xed) hi = 0x9f; else if (b === 0xf0) lo = 0x90; else if (b === 0xf4) hi = 0x8f;
            }
            if (c < lo || c > hi) { ok = false; break; }
            cp = (cp << 6) | (c & 63);
          }
          if (ok && j <= need) {
            // Truncated sequence at the end of the input.
            if (stream) { this.#pending = Array.from(bytes.subarray(i)); break; }
            bad(); i = n; continue;
          }
          if (!ok) { bad(); i += j; continue; }
          if (cp < min) { bad(); i += need + 1; continue; }
          if (cp >= 0x10000) { cp -= 0x10000; chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023)); }
          else chunk.push(cp);
          i += need + 1;
        }
        if (chunk.length > 8192) flush();
      }
      flush();
      if (!this.#bomSeen && out.length) {
        this.#bomSeen = true;
        if (!this.#ignoreBOM && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
      }
      if (!stream) { this.#bomSeen = false; this.#pending = []; }
      return out;
    }
  }
  return { TextEncoder, TextDecoder };
})
