// Types of bench-helpers.mjs for the Node test that imports it.
export interface Summary { median: number; min: number; max: number; n: number }
export function median(xs: number[]): number;
export function summary(xs: number[]): Summary;
export function ratio(a: number, b: number): number;
export function totalBlockingTime(durations: number[]): number;
export function interleave(names: string[], runs: number): { run: number; name: string }[];
export function floorHtml(o: {
  tag: string;
  attributes?: [string, string][];
  shadowHtml: string;
  css: string;
  documentCss?: string;
  title?: string;
  heading: string;
}): string;
export function formHtml(o: { tag: string; script: string; attributes: [string, string][]; title?: string; heading: string }): string;
export function surveyHtml(o: {
  firstView: { title: string; introHtml: string; legend: string; options: string[] };
  heading: string;
  title?: string;
}): string;
export function testBsns(count: number, skip?: string[]): string[];
export function cell(s: Summary | undefined, o?: { digits?: number; scale?: number }): string;
export function table(header: string[], rows: (string | number)[][]): string;
