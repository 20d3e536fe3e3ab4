// Types of size-budget.mjs for the Node test that imports it.
export const BUDGET_FILE: string;
export const WRITE_BUDGET: string;
export const SCRIPTS: string[];
export const CEILINGS_KIB: Record<string, number>;
export function brotliSize(buffer: Uint8Array): number;
export function measure(file: string): { raw: number; gzip: number; brotli: number };
export function roundUpHalfKiB(bytes: number): number;
export function readBudget(file?: string): Record<string, number>;
export function writeBudget(sizes: Record<string, { brotli: number }>, file?: string): Record<string, number>;
