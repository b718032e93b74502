const he = require('he');
exports.probe = () => ({ enc: he.encode('foo © bar ≠ baz 𝌆 qux'), dec: he.decode('&lt;p&gt;&copy; &#x1D306; &amp;amp;&lt;/p&gt;'), esc: he.escape('<img src="x" onerror=\'y\'>') });
