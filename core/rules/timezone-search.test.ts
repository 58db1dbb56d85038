import { describe, expect, it } from 'vitest';
import { parseUtcOffset, searchTimezones } from './timezone-search';

const JANUARY = new Date('2026-01-15T12:00:00Z');
const JUNE = new Date('2026-06-15T12:00:00Z');
const find = (query: string, now = JANUARY) => searchTimezones(query, now);

describe('searchTimezones', () => {
  it.each([
    // Cities outside Instantly's list find the zone on the same clock, and say so.
    ['New York', 'America/Detroit', 'same clock as New York'],
    ['Los Angeles', 'America/Creston', 'nearest to Los Angeles'],
    ['London', 'Europe/Isle_of_Man', 'same clock as London'],
    ['sao paulo', 'America/Sao_Paulo', null],
    ['Tokyo', 'Asia/Chita', 'same clock as Tokyo'],
    ['Mumbai', 'Asia/Kolkata', 'same clock as Kolkata, Mumbai'],
    // Countries.
    ['Germany', 'Europe/Belgrade', 'same clock as Berlin, Germany'],
    ['France', 'Europe/Belgrade', 'same clock as Paris, France'],
    ['India', 'Asia/Kolkata', null],
    ['US', 'America/Detroit', 'same clock as New York, US'],
    ['United Kingdom', 'Europe/Isle_of_Man', 'same clock as London, United Kingdom'],
    // Abbreviations and the names Intl gives.
    ['EST', 'America/Detroit', 'same clock as EST (New York)'],
    ['pst', 'America/Creston', 'nearest to PST (Los Angeles)'],
    ['CET', 'Europe/Belgrade', 'same clock as CET (Berlin)'],
    ['Eastern', 'America/Detroit', null],
    ['Pacific', 'America/Creston', 'nearest to Pacific time (Los Angeles)'],
    ['Central European', 'Europe/Belgrade', null],
    // Offsets, in the forms people type.
    ['UTC-5', 'America/Chicago', null],
    ['+01:00', 'Europe/Belgrade', null],
    ['GMT+5:30', 'Asia/Kolkata', null],
    ['utc', 'Africa/Abidjan', null],
    ['GMT', 'Africa/Abidjan', null],
  ])('“%s” finds %s (%s)', (query, zone, hint) => {
    const found = find(query);
    expect([...found.keys()]).toContain(zone);
    expect(found.get(zone as never)).toBe(hint);
  });

  it('matches abbreviations at the start of a word only', () => {
    expect([...find('EST').keys()]).toEqual(['America/Detroit']);
  });

  it('an offset finds the zones on it now, in January or in July', () => {
    expect([...find('UTC-5', JUNE).keys()].sort()).toEqual([
      'America/Bogota',
      'America/Chicago',
      'America/Detroit',
      'America/Indiana/Marengo',
    ]);
    expect([...find('+05:30').keys()].sort()).toEqual(['Asia/Colombo', 'Asia/Kolkata']);
  });

  it('finds nothing for an empty query or gibberish', () => {
    expect(find('').size).toBe(0);
    expect(find('qwxz').size).toBe(0);
  });
});

describe('parseUtcOffset', () => {
  it.each([
    ['UTC-5', -300],
    ['utc+05:30', 330],
    ['GMT +1', 60],
    ['+0100', 60],
    ['-03:30', -210],
    ['\u221206:00', -360],
    ['UTC', 0],
    ['gmt', 0],
    ['UTC+15', null],
    ['London', null],
    ['5', null],
  ])('%s → %s', (text, minutes) => {
    expect(parseUtcOffset(text)).toBe(minutes);
  });
});
