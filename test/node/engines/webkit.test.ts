// Issue 7, "beyond Chromium": WebKit (Safari's engine; every browser on iOS uses it) through Debian's
// webkit2gtk-driver on a private Xvfb display. Needs `npm run build` first (npm test builds) and
// `apt-get install -y webkit2gtk-driver xvfb` (.ci/run installs them).
import { engineSuite } from './support/suite.js';
import { startWebKit } from './support/webkit.js';

engineSuite('WebKit', startWebKit);
