// node:path/win32: the Windows flavour of node:path.
'use strict';
module.exports = require('path').win32;
