// The pure parts of `npm run bench` (scripts/bench-helpers.mjs): statistics, interleaving, the floor
// page built from the element's first view, and the test BSNs the co-movers step is filled with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, floorHtml, interleave, median, ratio, summary, surveyHtml, testBsns, totalBlockingTime } from '../../../scripts/bench-helpers.mjs';
import { isValidBsn } from '../../../src/schemas/validators.js';

test('median of odd and even series, unsorted input, empty series', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
  const xs = [3, 1, 2];
  median(xs);
  assert.deepEqual(xs, [3, 1, 2], 'the input is not sorted in place');
});

test('summary gives median, min, max and drops non-numbers; cell prints "median (min–max)"', () => {
  assert.deepEqual(summary([10, NaN, 30, 20]), { median: 20, min: 10, max: 30, n: 3 });
  assert.equal(cell(summary([1024, 2048, 3072]), { digits: 1, scale: 1024 }), '2.0 (1.0–3.0)');
  assert.equal(cell(summary([])), '–');
});

test('ratio, and NaN when the base is missing or zero', () => {
  assert.equal(ratio(300, 200), 1.5);
  assert.ok(Number.isNaN(ratio(300, 0)));
  assert.ok(Number.isNaN(ratio(300, NaN)));
});

test('total blocking time counts the part of each long task above 50 ms', () => {
  assert.equal(totalBlockingTime([51, 120, 30]), 1 + 70);
  assert.equal(totalBlockingTime([]), 0);
});

test('interleave visits every variant in every run, alternating the direction', () => {
  assert.deepEqual(
    interleave(['a', 'b', 'c'], 2).map((x) => `${x.run}${x.name}`),
    ['0a', '0b', '0c', '1c', '1b', '1a'],
  );
});

test('the floor is the first view in a declarative shadow root with its CSS, and no script', () => {
  const html = floorHtml({
    tag: 'gemeente-verhuizing',
    attributes: [['gemeente-naam', 'Utrecht & "Zuid"'], ['hidden', '']],
    shadowHtml: '<!----><form><!--?lit$123$--><input id="a"></form>',
    css: ':host { display: block } .x::after { content: "</style>" }',
    heading: 'Verhuizing <doorgeven>',
  });
  assert.match(html, /<gemeente-verhuizing gemeente-naam="Utrecht &amp; &quot;Zuid&quot;" hidden><template shadowrootmode="open"><style>/);
  assert.match(html, /<form><input id="a"><\/form><\/template><\/gemeente-verhuizing>/, 'Lit markers dropped');
  assert.ok(html.includes(':host { display: block }'), 'the adopted CSS, :host rules kept');
  assert.ok(!html.includes('content: "</style>"'), 'a </style in CSS cannot end the style element');
  assert.ok(!/<script/i.test(html), 'no JavaScript');
  assert.ok(html.includes('<h1>Verhuizing &lt;doorgeven&gt;</h1>'));
});

test('the SurveyJS page asks the same first question, and its texts cannot close the script', () => {
  const html = surveyHtml({
    firstView: { title: 'Stap', introHtml: '<p>Intro</p></script>', legend: 'Waar verhuist u naar?', options: ['Naar een adres in Nederland', 'Naar het buitenland'] },
    heading: 'Verhuizing doorgeven',
  });
  assert.ok(html.includes('"title":"Waar verhuist u naar?"'));
  assert.ok(html.includes('"text":"Naar het buitenland"'));
  assert.equal(html.match(/<\/script>/g)?.length, 3, 'only the page\'s own script elements end');
});

test('testBsns gives distinct numbers that pass the elfproef', () => {
  const bsns = testBsns(11);
  assert.equal(new Set(bsns).size, 11);
  for (const bsn of bsns) assert.ok(isValidBsn(bsn), bsn);
});
