// Types of find-chrome.mjs for the Node tests that start Chromium themselves.
/** The Chrome/Chromium to run: CHROME_PATH, else one on PATH (else a fetched headless Chrome). */
export function findChrome(): Promise<string>;
