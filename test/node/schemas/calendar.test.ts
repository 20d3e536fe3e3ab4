import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  atwFeestdagen,
  createWerkdagenKalender,
  DEFAULT_GELIJKGESTELDE_DAGEN,
  easterSunday,
  uitvaartVenster,
  verhuisVenster,
} from '../../../src/schemas/calendar.js';

const kalender = createWerkdagenKalender();

test('Easter Sunday is computed for any year', () => {
  assert.equal(easterSunday(2024), '2024-03-31');
  assert.equal(easterSunday(2025), '2025-04-20');
  assert.equal(easterSunday(2026), '2026-04-05');
  assert.equal(easterSunday(2027), '2027-03-28');
  assert.equal(easterSunday(2038), '2038-04-25');
  assert.equal(easterSunday(2285), '2285-03-22'); // earliest possible date
});

test('the Atw holidays that move with Easter are non-working days', () => {
  for (const date of ['2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2027-03-26', '2027-03-29', '2038-04-26']) {
    assert.equal(kalender.isWerkdag(date), false, date);
  }
  assert.equal(kalender.isWerkdag('2026-04-07'), true, 'the Tuesday after Easter');
});

test('Koningsdag is 27 April, or 26 April when the 27th is a Sunday', () => {
  assert.ok(atwFeestdagen(2026).includes('2026-04-27'));
  assert.equal(kalender.isWerkdag('2026-04-27'), false, 'Monday 27 April 2026');
  // 2025: 27 April is a Sunday, so Koningsdag is Saturday 26 April — a non-working day either way.
  assert.ok(atwFeestdagen(2025).includes('2025-04-26'));
  assert.ok(!atwFeestdagen(2025).includes('2025-04-27'));
  // 2031 and 2036: 27 April is a Sunday too.
  assert.ok(atwFeestdagen(2031).includes('2031-04-26'));
  assert.ok(atwFeestdagen(2036).includes('2036-04-26'));
  assert.equal(kalender.isWerkdag('2036-04-28'), true, 'the Monday after is a working day');
});

test('fixed holidays, 5 mei and the weekend are non-working days', () => {
  for (const date of ['2027-01-01', '2027-05-05', '2026-12-25', '2026-12-26', '2026-11-28', '2026-11-29']) {
    assert.equal(kalender.isWerkdag(date), false, date);
  }
  assert.equal(kalender.isWerkdag('2026-11-30'), true);
});

test('declared days are shipped with the decree as their source', () => {
  assert.equal(DEFAULT_GELIJKGESTELDE_DAGEN.length, 10);
  const day = DEFAULT_GELIJKGESTELDE_DAGEN.find((d) => d.datum === '2026-05-15');
  assert.match(day!.bron, /^Besluit gelijkstelling van 2 januari 2026/);
  assert.equal(kalender.isWerkdag('2026-05-15'), false);
  assert.equal(kalender.isWerkdag('2024-12-27'), false);
});

test('a gemeente can add declared days through configuration', () => {
  const extended = createWerkdagenKalender({ extraFeestdagen: ['2029-05-11'] });
  assert.equal(kalender.isWerkdag('2029-05-11'), true, 'not declared by default');
  assert.equal(extended.isWerkdag('2029-05-11'), false);
  assert.equal(extended.volgendeWerkdag('2029-05-10'), '2029-05-14');
  assert.throws(() => createWerkdagenKalender({ extraFeestdagen: ['11-05-2029'] }), RangeError);
});

test('volgendeWerkdag and nthWerkdagNa count from the day after', () => {
  assert.equal(kalender.volgendeWerkdag('2026-11-27'), '2026-11-30');
  assert.equal(kalender.volgendeWerkdag('2026-11-24'), '2026-11-25');
  assert.equal(kalender.nthWerkdagNa('2026-11-27', 1), '2026-11-30');
  assert.throws(() => kalender.nthWerkdagNa('2026-11-27', 0), RangeError);
});

test('verhuizing: the worked examples of the reporting deadline', () => {
  const deadline = (d: string) => verhuisVenster(d, '2026-01-01', kalender).uiterlijkeMelddatum;
  assert.equal(deadline('2026-11-23'), '2026-11-30', 'day 5 is a Saturday → Monday (Atw art. 1)');
  assert.equal(deadline('2028-12-22'), '2028-12-28', 'only one working day → extended (Atw art. 2)');
  assert.equal(deadline('2026-05-08'), '2026-05-13', 'three working days, day 5 is a Wednesday');
  assert.equal(deadline('2026-05-12'), '2026-05-18', 'Hemelvaartsdag and a declared day → Monday');
});

test('verhuizing: the window opens 28 calendar days before the move', () => {
  const today = '2026-11-25';
  assert.equal(verhuisVenster('2026-12-23', today, kalender).status, 'op-tijd', 'today + 28');
  assert.equal(verhuisVenster('2026-12-23', today, kalender).vroegsteMelddatum, today);
  assert.equal(verhuisVenster('2026-12-24', today, kalender).status, 'te-vroeg', 'today + 29');
  assert.equal(verhuisVenster('2026-12-24', today, kalender).vroegsteMelddatum, '2026-11-26');
});

test('verhuizing: a report after the deadline is late', () => {
  assert.equal(verhuisVenster('2026-11-23', '2026-11-30', kalender).status, 'op-tijd', 'on the deadline');
  assert.equal(verhuisVenster('2026-11-23', '2026-12-01', kalender).status, 'te-laat');
});

test('funeral: the latest day is the 6th working day after the day of death', () => {
  const latest = (date: string) => uitvaartVenster(date, '12:00', kalender).uiterlijkeDatum;
  assert.equal(latest('2026-04-02'), '2026-04-14', 'Goede Vrijdag and 2e Paasdag');
  assert.equal(latest('2026-12-24'), '2027-01-05', 'Christmas and Nieuwjaarsdag');
  assert.equal(latest('2026-05-14'), '2026-05-26', 'declared day 15 May and 2e Pinksterdag');
});

test('funeral: the earliest moment is 36 elapsed hours after death', () => {
  assert.deepEqual(uitvaartVenster('2026-11-27', '23:30', kalender), {
    vroegst: { date: '2026-11-29', time: '11:30' },
    uiterlijkeDatum: '2026-12-07',
  });
  // Summer time starts on 29 March 2026: the wall clock gains an hour.
  assert.deepEqual(uitvaartVenster('2026-03-28', '12:00', kalender).vroegst, { date: '2026-03-30', time: '01:00' });
  // Winter time starts on 25 October 2026: the wall clock loses an hour.
  assert.deepEqual(uitvaartVenster('2026-10-24', '12:00', kalender).vroegst, { date: '2026-10-25', time: '23:00' });
});
