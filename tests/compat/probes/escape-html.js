const escapeHtml = require('escape-html');
exports.probe = () => ({ out: [escapeHtml('<a href="x?a=1&b=\'2\'">é</a>'), escapeHtml('plain'), escapeHtml(42)] });
