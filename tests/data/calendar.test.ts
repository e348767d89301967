import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isIsoDate, isoDay, mondayOf, mondayOfDay } from '../../src/data/calendar';

describe('isIsoDate', () => {
  it('accepts real days written YYYY-MM-DD, leap days included', () => {
    for (const d of ['2024-02-29', '2025-11-21', '2000-02-29', '1970-01-01']) expect(isIsoDate(d), d).toBe(true);
  });

  it('refuses impossible days and other spellings', () => {
    for (const d of ['2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-11-1', '21/11/2025', '2025-11-21T00:00', ' 2025-11-21', '']) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC on every day of 1999–2030', () => {
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(t / 86_400_000);
      expect(isoDay(t / 86_400_000)).toBe(iso);
    }
  });

  it('add days across months, years and the leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('mondayOf', () => {
  it('is the Monday of the ISO week, the day itself on a Monday', () => {
    expect(mondayOf('2025-11-21')).toBe('2025-11-17'); // a Friday
    expect(mondayOf('2025-11-17')).toBe('2025-11-17');
    expect(mondayOf('2025-11-23')).toBe('2025-11-17'); // a Sunday belongs to the week before
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // across the new year
  });

  it('agrees with the day-number form, before 1970 too', () => {
    for (const iso of ['1969-12-31', '1970-01-01', '2024-02-29', '2025-11-21']) {
      expect(isoDay(mondayOfDay(dayNumber(iso)))).toBe(mondayOf(iso));
      expect(new Date(`${mondayOf(iso)}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });
});
