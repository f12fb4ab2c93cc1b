/** The one search over ordered ranges (src/core/plan/ranges.ts), against a linear scan. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstEndingAfter, rangeAt } from '../../src/core/plan/ranges.js';

/** Ordered ranges that do not overlap (they may touch), from gaps and lengths. */
const ranges = fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 30 }).map((parts) => {
  let at = 0;
  return parts.map(([gap, len]) => {
    const r = { start: at + gap, end: at + gap + len };
    at = r.end;
    return r;
  });
});

test('firstEndingAfter and rangeAt agree with a scan from the start', () => {
  fc.assert(
    fc.property(ranges, fc.integer({ min: -2, max: 200 }), (rs, offset) => {
      assert.equal(firstEndingAfter(rs, offset), ((i) => (i < 0 ? rs.length : i))(rs.findIndex((r) => r.end > offset)));
      assert.equal(rangeAt(rs, offset, 'inclusive'), rs.find((r) => r.start <= offset && offset <= r.end));
      assert.equal(rangeAt(rs, offset, 'exclusive'), rs.find((r) => r.start <= offset && offset < r.end));
    }),
  );
});

test('the caret right after a citation is still on it (inclusive), a term match ends before its end (exclusive)', () => {
  const rs = [{ start: 4, end: 10 }];
  assert.equal(rangeAt(rs, 10, 'inclusive'), rs[0]);
  assert.equal(rangeAt(rs, 10, 'exclusive'), undefined);
  assert.equal(rangeAt(rs, 3, 'inclusive'), undefined);
});
