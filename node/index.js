'use strict';
// isolated-runtime for Node.js: the reference library's API (IsolatedRuntime,
// CodeRunner, errors) over the Rust runtime, through a Node-API addon. Every
// call runs in a fresh QuickJS-in-WebAssembly sandbox off Node's main thread.
const { IsolatedRuntime } = require('./lib/isolated-runtime');
const { CodeRunner } = require('./lib/code-runner');
const { fromReply, ...errors } = require('./lib/errors');

module.exports = { IsolatedRuntime, CodeRunner, errors };
