// axe-core with the WCAG 2.2 A/AA rule set only (the house target; the legal bar EN 301 549 is
// WCAG 2.1 AA, a subset). chai-a11y-axe's `to.be.accessible()` runs every rule, best practices
// included, and cannot select tags, so the sweep calls axe itself.
import 'axe-core/axe.min.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string; help: string; nodes: AxeNode[] }
type Axe = { run(context: Element, options: unknown): Promise<{ violations: AxeViolation[] }> };

/** The violations of the WCAG A/AA rules in `el` (its shadow root included), as readable lines. */
export async function wcagViolations(el: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: [...WCAG_TAGS] }, resultTypes: ['violations'] });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, ' ')}` : ''}`));
}
