// Issue 7: the walk of the WebKit and Firefox tests in Chromium too (puppeteer-core over CDP), so a
// finding there can be told apart from an engine difference. Needs `npm run build` first.
import { startChromium } from './support/chromium.js';
import { engineSuite } from './support/suite.js';

engineSuite('Chromium', startChromium);
