// "Today in Amsterdam" for the element. The first render takes it from the EU summer-time rule
// (schemas/eu-zomertijd.ts: arithmetic, no Intl); once per page, after first paint and when the
// browser is idle, the rule is compared with Intl's Europe/Amsterdam and, if they ever differ (the
// EU changed the rule, or a clock pinned before 1996), Intl is used from then on and the elements
// that asked are re-rendered. Building an Intl.DateTimeFormat with a timeZone costs tens of
// milliseconds on a slow phone; on the first render that is time before the first usable field
// (issue 9). The server side does not use this file: it keeps Intl (schemas/amsterdam.ts).
import { instantToAmsterdamWallClock } from '../schemas/amsterdam.js';
import { amsterdamDateByRule, amsterdamOffsetByRule, ruleSwitches, RULE_VALID_FROM_MS } from '../schemas/eu-zomertijd.js';
import { whenIdle, type Idle } from '../internal/when-idle.js';

let useIntl = false;
let check: Promise<boolean> | undefined;

/** Today's Europe/Amsterdam calendar date at `now`. */
export function amsterdamToday(now: Date): string {
  if (useIntl || now.getTime() < RULE_VALID_FROM_MS) return instantToAmsterdamWallClock(now).date;
  return amsterdamDateByRule(now);
}

/** Intl's offset (minutes) at an instant, from its Amsterdam wall clock. */
function intlOffset(instantMs: number): number {
  const { date, time } = instantToAmsterdamWallClock(new Date(instantMs));
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(instantMs / 60000) * 60000) / 60000);
}

/**
 * Whether the rule and Intl agree: now, an hour either side of this year's and next year's
 * switches, and mid-winter and mid-summer of both years (so a rule that stopped switching is seen
 * whatever the season). A browser without time-zone data (Intl throws) keeps the rule.
 */
export function ruleAgreesWithIntl(nowMs: number): boolean {
  const year = new Date(nowMs).getUTCFullYear();
  const instants = [nowMs];
  for (const y of [year, year + 1]) {
    for (const at of ruleSwitches(y)) instants.push(at - 3600000, at + 3600000);
    instants.push(Date.UTC(y, 0, 15, 12), Date.UTC(y, 6, 15, 12));
  }
  try {
    return instants.every((at) => intlOffset(at) === amsterdamOffsetByRule(at));
  } catch {
    return true;
  }
}

/**
 * Call after the first render: resolves to true when the check switched to Intl (the caller
 * re-renders). The check runs once per page however many elements call this.
 */
export function checkRuleWhenIdle(
  now: () => Date,
  idle: Idle = whenIdle,
  agrees: (nowMs: number) => boolean = ruleAgreesWithIntl,
): Promise<boolean> {
  check ??= new Promise<boolean>((resolve) => {
    // A frame first, so the idle time is after the first paint rather than before it.
    const afterPaint = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (cb: () => void) => setTimeout(cb, 0);
    afterPaint(() =>
      idle(() => {
        if (!agrees(now().getTime())) useIntl = true;
        resolve(useIntl);
      }),
    );
  });
  return check;
}

/** Where today's date comes from now: the rule until the check found a difference. */
export function todaySource(): 'rule' | 'intl' {
  return useIntl ? 'intl' : 'rule';
}

/** Tests only: forget the check's outcome. */
export function resetRuleCheck(intl = false): void {
  useIntl = intl;
  check = undefined;
}
