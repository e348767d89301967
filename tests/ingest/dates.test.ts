import { describe, expect, it } from 'vitest';
import { findDates, mondayOf, sentenceDate } from '../../src/ingest/dates';

// The seed's date: a Friday.
const FRIDAY = '2025-11-21';
const on = (text: string, published = FRIDAY) => {
  const d = sentenceDate(text, published);
  return d && [d.date, d.precision];
};

describe('sentenceDate against the article date', () => {
  it.each([
    ['killed five people late yesterday', '2025-11-20', 'day'],
    ['late on Thursday', '2025-11-20', 'day'],
    ['On Thursday, the defence secretary said', '2025-11-20', 'day'],
    ['on Friday', '2025-11-21', 'day'],
    ['on Monday', '2025-11-17', 'day'],
    ['on Thursday night', '2025-11-20', 'day'],
    // A night is dated by the morning it ends in (docs/architecture.md, ingest decisions).
    ['Drones struck overnight', '2025-11-21', 'day'],
    ['last night', '2025-11-21', 'day'],
    ['overnight into Friday', '2025-11-21', 'day'],
    ['today', '2025-11-21', 'day'],
    ['two days ago', '2025-11-19', 'day'],
    ['the day before yesterday', '2025-11-19', 'day'],
    // A span is dated by its start.
    ['over the past day', '2025-11-20', 'day'],
    ['last week', '2025-11-10', 'week'],
    ['earlier this week', '2025-11-17', 'week'],
    ['last month', '2025-10-01', 'month'],
    ['earlier this month', '2025-11-01', 'month'],
    ['in March', '2025-03-01', 'month'],
    ['in December', '2024-12-01', 'month'],
    ['in May 2023', '2023-05-01', 'month'],
    ['The summer before last, the coastguard spotted the ship', '2024-06-01', 'season'],
    ['last summer', '2025-06-01', 'season'],
    ['last winter', '2024-12-01', 'season'],
    ['in the spring of 2023', '2023-03-01', 'season'],
    ['last year', '2024-01-01', 'year'],
    ['in 2022', '2022-01-01', 'year'],
    ['on 20 November', '2025-11-20', 'day'],
    ['on November 20', '2025-11-20', 'day'],
    ['Nov. 14', '2025-11-14', 'day'],
    ['on 1 August 2023', '2023-08-01', 'day'],
    ['February 24, 2022', '2022-02-24', 'day'],
    ['2024-05-10', '2024-05-10', 'day'],
  ])('%s → %s (%s)', (text, date, precision) => expect(on(text)).toEqual([date, precision]));

  it('puts a day-month without a year in the past', () => {
    expect(on('on 25 December')).toEqual(['2024-12-25', 'day']);
  });

  it('puts days in the future when the sentence speaks of the future', () => {
    expect(on('Talks will take place on Monday')).toEqual(['2025-11-24', 'day']);
    expect(on('tomorrow')).toEqual(['2025-11-22', 'day']);
  });

  it('skips durations and background spans', () => {
    expect(on('working on a plan quietly for about the last month')).toBeUndefined();
    expect(on("since Russia's invasion of Ukraine began in February")).toBeUndefined();
    expect(on('May I ask')).toBeUndefined();
  });

  it('prefers the most precise phrase of a sentence', () => {
    expect(on('Last week the city was hit again on Tuesday')).toEqual(['2025-11-18', 'day']);
  });

  it('keeps every phrase with its words', () => {
    expect(findDates('late on Thursday and again on Friday', FRIDAY).map((d) => d.phrase)).toEqual(['late on Thursday', 'on Friday']);
  });
});

describe('Fifth round: a night is dated by the morning it ends in', () => {
  it.each([
    // Weekday to weekday, in any joining word.
    ['Drones hit the port during the night from Tuesday to Wednesday', '2025-11-19'],
    ['shelling on the night between Sunday and Monday', '2025-11-17'],
    ['In the night of Thursday-Friday, missiles struck the city', '2025-11-21'],
    // Day to day of a month, and across months.
    ['on the night of 12-13 September', '2025-09-13'],
    ['the night of 31 July – 1 August', '2025-08-01'],
    ['during the night of 30th to 31st October', '2025-10-31'],
    // Into a weekday.
    ['overnight into Thursday', '2025-11-20'],
    ['on the night to Saturday two drones fell', '2025-11-15'],
    // The night just over.
    ['Russia launched 50 drones at the region last night', '2025-11-21'],
    ['Kharkiv was shelled overnight', '2025-11-21'],
  ])('%s → %s', (text, date) => expect(on(text)).toEqual([date, 'day']));

  it.each([
    ['At night, the army launched an airstrike on the town', '2025-11-21', 'day'],
    ['In the night the enemy attacked the region with drones', '2025-11-21', 'day'],
    ['during the night, two missiles hit the port', '2025-11-21', 'day'],
  ])('%s → %s (%s)', (text, date, precision) => expect(on(text)).toEqual([date, precision]));

  it('leaves "Thursday night" on the Thursday: the evening names it', () => {
    expect(on('late on Thursday night')).toEqual(['2025-11-20', 'day']);
  });
});

describe('mondayOf', () => {
  it('gives the Monday of an ISO week', () => {
    expect(mondayOf('2025-11-21')).toBe('2025-11-17');
    expect(mondayOf('2025-11-17')).toBe('2025-11-17');
    expect(mondayOf('2025-11-23')).toBe('2025-11-17');
  });
});

describe('Eighth round: nights told month first, and a day named over "overnight"', () => {
  it.each([
    ['drones attacked the port over the night of November 19 to 20', '2025-11-20'],
    ['on the night of Oct. 30-31 a missile hit the depot', '2025-10-31'],
    ['during the night of January 31 to February 1, 2025, shelling went on', '2025-02-01'],
    ['the overnight attack through Thursday hit the capital', '2025-11-20'],
    ['the night attacks until Wednesday damaged the grid', '2025-11-19'],
  ])('%s → %s', (text, date) => expect(on(text)).toEqual([date, 'day']));

  it.each([
    // Published on a Friday: the day the words name, not the morning of the report.
    ['The air force said the overnight attack on Thursday involved 40 drones', '2025-11-20'],
    ['Drones struck the city overnight, the mayor said on Wednesday', '2025-11-19'],
    ['Last night, on November 18, shells hit the market', '2025-11-18'],
  ])('%s → %s', (text, date) => expect(on(text)).toEqual([date, 'day']));

  it('dates "in recent months" by the first of the report’s month, as the gold does', () => {
    expect(on('Fighting has intensified near the town in recent months')).toEqual(['2025-11-01', 'month']);
    expect(on('Shelling grew over recent months, officials said')).toEqual(['2025-11-01', 'month']);
  });

  it.each([
    ['On 18.11.2025 a drone hit the depot', '2025-11-18'],
    ['shelling on 3.11.2025, the prosecutor said', '2025-11-03'],
    ['the strike of 14/11/2025', '2025-11-14'],
    // Day first when both orders are dates; month first when only that one is, or only that one is not ahead.
    ['posted 10/11/2025 14:40', '2025-11-10'],
    ['posted 11/20/2025 at noon', '2025-11-20'],
    ['the strike of 11/12/2025', '2025-11-12'],
    // The full stop that ends the sentence is no part of the figures.
    ['The depot was hit on 18.11.2025.', '2025-11-18'],
    ['The strike was on 11/20/2025.', '2025-11-20'],
  ])('%s → %s (a date in figures)', (text, date) => expect(on(text)).toEqual([date, 'day']));

  it('reads no date in figures that are not one', () => {
    expect(on('code 33.45.2025 on the crate')).toBeUndefined();
    expect(on('version 1.11.2025.4 of the app')).toBeUndefined();
    expect(on('at 11:02, 40 drones')).toBeUndefined();
  });

  it('keeps "overnight" the report’s day when no day is named', () => {
    expect(on('Russia launched 60 drones overnight, the air force said')).toEqual([FRIDAY, 'day']);
  });
});
