// V8's explicit compile hint (Chrome 136+, v8.dev "explicit compile hints"): a script's first line.
// The product's scripts do not carry it since 2026-12-07 (docs/performance.md, "The compile hint");
// the bench puts it in front of the verhuizing script for its "with the compile hint" row, and
// test/node/build/source-maps.test.ts checks that no built file has it.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
