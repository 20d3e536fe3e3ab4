// The event a later file dispatches on the script element that loaded it (form/later.ts), with a
// function as `detail` that takes the first view's lit and returns the later part. Its own module
// because the build (vite.config.ts) writes the same name into the file's wrapper.
export const LATER_EVENT = 'gemeente-formulieren-later';
