// fs/promises: the promise API of the sandbox's read-only fs (see fs.js).
'use strict';
module.exports = require('fs').promises;
