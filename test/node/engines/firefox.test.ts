// Issue 7, "beyond Chromium": Firefox ESR over WebDriver BiDi (puppeteer-core). Needs `npm run build`
// first (npm test builds) and `apt-get install -y firefox-esr` (.ci/run installs it).
import { startFirefox } from './support/firefox.js';
import { engineSuite } from './support/suite.js';

engineSuite('Firefox ESR', startFirefox);
