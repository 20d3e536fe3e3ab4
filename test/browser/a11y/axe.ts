// axe-core with the WCAG 2.2 A/AA rule set only (the house target; the legal bar EN 301 549 is
// WCAG 2.1 AA, a subset). chai-a11y-axe's `to.be.accessible()` runs every rule, best practices
// included, and cannot select tags, so the sweep calls axe itself.
import 'axe-core/axe.min.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string; help: string; nodes: AxeNode[] }
type Axe = { run(context: Element, options: unknown): Promise<{ violations: AxeViolation[] }> };

/**
 * The WCAG A/AA rules whose outcome depends on colours. `theme-color` only sets colour tokens (an
 * adopted stylesheet; the DOM, names, roles and sizes stay the same), so for the brand-colour looks
 * only these need to run again — a third of the sweep's time instead of two thirds.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** The violations of the WCAG A/AA rules (or only `rules`) in `el`, its shadow root included, as readable lines. */
export async function wcagViolations(el: Element, options: { rules?: readonly string[] } = {}): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const runOnly = options.rules ? { type: 'rule', values: [...options.rules] } : { type: 'tag', values: [...WCAG_TAGS] };
  const { violations } = await axe.run(el, { runOnly, resultTypes: ['violations'] });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, ' ')}` : ''}`));
}
