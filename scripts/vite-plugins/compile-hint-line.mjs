// The first line of every classic script's first view (compile-hint.ts); plain JS, so the bench
// (scripts/bench.mjs) can read it too.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
