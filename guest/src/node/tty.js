// tty: the sandbox has no terminal. `isatty()` is false for every
// descriptor, so libraries (debug, chalk, colorette, ...) choose their
// plain-text output; the stream classes exist for `instanceof` checks.
'use strict';

const { validateInteger } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && false;
}

class ReadStream {
  constructor(fd) {
    validateInteger(fd, 'fd', 0, 2147483647);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = false;
  }
  setRawMode() { return this; }
}

class WriteStream {
  constructor(fd) {
    validateInteger(fd, 'fd', 0, 2147483647);
    this.fd = fd;
    this.isTTY = false;
  }
  getColorDepth() { return 1; }
  hasColors() { return false; }
  getWindowSize() { return [80, 24]; }
}

module.exports = { isatty, ReadStream, WriteStream };
