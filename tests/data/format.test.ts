import { describe, expect, it } from 'vitest';
import { countLowerBound, dateSpan, formatCasualties, formatCount, formatDate } from '../../src/data/format';

describe('counts and casualties', () => {
  it('formats exact figures, "at least" and ranges', () => {
    expect(formatCount(5)).toBe('5');
    expect(formatCount({ min: 4 })).toBe('at least 4');
    expect(formatCount({ min: 4, max: 6 })).toBe('4–6');
    expect(formatCount({ min: 4, max: 4 })).toBe('4');
  });

  it('takes the lower bound', () => {
    expect(countLowerBound(undefined)).toBe(0);
    expect(countLowerBound(5)).toBe(5);
    expect(countLowerBound({ min: 4, max: 6 })).toBe(4);
  });

  it('formats casualties, and nothing when none are reported', () => {
    expect(formatCasualties({ killed: 5, injured: 3 })).toBe('5 killed, 3 injured');
    expect(formatCasualties({ killed: { min: 4 } })).toBe('at least 4 killed');
    expect(formatCasualties({ injured: { min: 2, max: 6 } })).toBe('2–6 injured');
    expect(formatCasualties({})).toBe('');
    expect(formatCasualties(undefined)).toBe('');
  });
});

describe('formatDate', () => {
  it.each([
    ['2025-11-20', 'day', '20 Nov 2025'],
    ['2025-11-20', 'week', 'week of 17 Nov 2025'], // a Thursday: its week began on Monday the 17th
    ['2025-11-17', 'week', 'week of 17 Nov 2025'],
    ['2025-11-23', 'week', 'week of 17 Nov 2025'], // Sunday ends the ISO week
    ['2025-11-01', 'month', 'Nov 2025'],
    ['2024-06-01', 'season', 'summer 2024'],
    ['2024-03-15', 'season', 'spring 2024'],
    ['2024-09-01', 'season', 'autumn 2024'],
    ['2024-12-01', 'season', 'winter 2024–25'],
    ['2025-01-10', 'season', 'winter 2024–25'],
    ['1999-12-01', 'season', 'winter 1999–2000'],
    ['2024-01-01', 'year', '2024'],
  ] as const)('%s as a %s reads "%s"', (date, precision, label) => {
    expect(formatDate(date, precision)).toBe(label);
  });

  it('refuses a string that is not a date', () => {
    expect(() => formatDate('20 Nov 2025', 'day')).toThrow(/YYYY-MM-DD/);
  });
});

describe('dateSpan', () => {
  it.each([
    ['2025-11-20', 'day', '2025-11-20', '2025-11-20'],
    ['2025-11-20', 'week', '2025-11-17', '2025-11-23'],
    ['2025-12-31', 'week', '2025-12-29', '2026-01-04'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29'],
    ['2024-07-04', 'season', '2024-06-01', '2024-08-31'],
    ['2024-12-05', 'season', '2024-12-01', '2025-02-28'],
    ['2024-02-05', 'season', '2023-12-01', '2024-02-29'],
    ['2024-05-05', 'year', '2024-01-01', '2024-12-31'],
  ] as const)('%s as a %s spans %s to %s', (date, precision, start, end) => {
    expect(dateSpan(date, precision)).toEqual({ start, end });
  });
});
