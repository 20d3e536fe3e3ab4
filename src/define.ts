// Side-effect entry: registers both elements. The one-file script (IIFE) is built from this file.
export * from './index.js';
