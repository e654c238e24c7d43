/** parse_date of spec Appendix B (expected values checked against c7n's parse_date with dateutil 2.9, TZ=UTC). */
import { describe, expect, it } from '@jest/globals';
import { parseDate } from '../../src/filters/dates.js';

const now = new Date('2026-11-26T05:00:00Z');
const iso = (v: unknown) => parseDate(v, now)?.toISOString() ?? null;

describe('parseDate (Appendix B)', () => {
  it.each([
    ['2023-01-01', '2023-01-01T00:00:00.000Z'],
    ['2023-01-01T10:00:00+02:00', '2023-01-01T08:00:00.000Z'],
    ['2021-01-05T10:00:00-0500', '2021-01-05T15:00:00.000Z'],
    ['2023-05-19T11:35:03Z', '2023-05-19T11:35:03.000Z'],
    ['2023-05-19 11:35:03.123456+00:00', '2023-05-19T11:35:03.123Z'],
    ['Thu, 19 May 2023 11:35:03 GMT', '2023-05-19T11:35:03.000Z'],
    ['2019/05/01', '2019-05-01T00:00:00.000Z'],
    ['2018-3-29', '2018-03-29T00:00:00.000Z'],
    ['March 3 2018', '2018-03-03T00:00:00.000Z'],
    ['March 3rd 2018', '2018-03-03T00:00:00.000Z'],
    ['28 March 2018', '2018-03-28T00:00:00.000Z'],
    ['Tuesday, June 3, 2025', '2025-06-03T00:00:00.000Z'],
    ['12/31/2020 23:59', '2020-12-31T23:59:00.000Z'],
    ['2023-05-19 11:35 PM', '2023-05-19T23:35:00.000Z'],
    ['Jan 5, 2021 10:00:00 EST', '2021-01-05T10:00:00.000Z'],
  ])('permissive text %j → %s (step 3)', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('ambiguous numeric dates are month-first: 01/05/2019 = 5 January', () => {
    expect(iso('01/05/2019')).toBe('2019-01-05T00:00:00.000Z');
    expect(iso('5/6/21')).toBe('2021-05-06T00:00:00.000Z');
  });

  it('missing fields default to today: "May 2020" takes today\'s day, "10:30" today\'s date', () => {
    expect(iso('May 2020')).toBe('2020-05-26T00:00:00.000Z');
    expect(iso('10:30')).toBe('2026-11-26T10:30:00.000Z');
  });

  it('invalid dates and garbage give null (a value that parse_date rejects)', () => {
    for (const s of ['2023-13-01', '2021-02-30', 'garbage', '', '3 days ago']) expect(iso(s)).toBeNull();
  });

  it('epoch seconds, then milliseconds, above the 2006-03-19 floor (step 4) [T]', () => {
    expect(iso('1234567890')).toBe('2009-02-13T23:31:30.000Z');
    expect(iso('1234567890123')).toBe('2009-02-13T23:31:30.123Z');
    expect(iso('12345678901')).toBe('2361-03-21T19:15:01.000Z');
    expect(iso('123456789012')).toBe('5882-03-11T00:30:12.000Z');
    expect(iso('1234567890123456')).toBeNull();
    expect(iso(1142726400)).toBeNull();
    expect(iso(1142726401)).toBe('2006-03-19T00:00:01.000Z');
    expect(iso(1704067200)).toBe('2024-01-01T00:00:00.000Z');
  });

  it('all-digit strings skip the text parse: "20230101" is a small epoch number → null', () => {
    expect(iso('20230101')).toBeNull();
  });

  it('non-digit numeric strings try text then epoch: "1600000000.5" parses, "1e9" is below the floor', () => {
    expect(iso('1600000000.5')).toBe('2020-09-13T12:26:40.500Z');
    expect(iso('1e9')).toBeNull();
  });

  it('booleans, null, lists are never dates; Dates pass through', () => {
    expect(iso(true)).toBeNull();
    expect(iso(null)).toBeNull();
    expect(iso([2023])).toBeNull();
    expect(iso(new Date('2023-05-01T00:00:00Z'))).toBe('2023-05-01T00:00:00.000Z');
  });
});
