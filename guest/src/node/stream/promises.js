'use strict';
// node:stream/promises: the promise forms of pipeline and finished. The same
// object is reachable as require('stream').promises.
module.exports = require('stream').promises;
