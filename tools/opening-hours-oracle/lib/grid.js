'use strict';
// The grid of instants every corpus value is evaluated at. Must run with TZ=Europe/Oslo:
// local dates are built with the Date constructor, which uses the process time zone.

const { makeRng } = require('./common');

// Gregorian Easter Sunday (anonymous Gregorian algorithm); returns [month (1-12), day].
function easterSunday(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

// The 12 Norwegian public holidays of a year as local Date objects at 00:00.
function norwegianPublicHolidays(year) {
  const [em, ed] = easterSunday(year);
  const easter = (offset) => new Date(year, em - 1, ed + offset);
  return [
    new Date(year, 0, 1), easter(-3), easter(-2), easter(0), easter(1), new Date(year, 4, 1),
    easter(39), new Date(year, 4, 17), easter(49), easter(50), new Date(year, 11, 25), new Date(year, 11, 26),
  ];
}

const toEpoch = (d) => Math.floor(d.getTime() / 1000);

/**
 * Returns { instants: number[] (UTC epoch seconds, ascending, distinct), groups: string }
 * where groups[i] names the first grid part instant i came from:
 *   F = fixed fortnight at 30-minute steps, H = public holiday or the day before (every 2 hours),
 *   D = daylight-saving change night minute by minute, R = seeded random instant.
 */
function buildGrid(seed = 20261130) {
  const tagged = new Map();
  const add = (epoch, group) => { if (!tagged.has(epoch)) tagged.set(epoch, group); };

  // Fortnight: Monday 2026-11-30 00:00 to Monday 2026-12-14 00:00 (exclusive), local time.
  const fStart = new Date(2026, 10, 30, 0, 0, 0);
  const fEnd = new Date(2026, 11, 14, 0, 0, 0);
  for (let t = fStart.getTime(); t < fEnd.getTime(); t += 30 * 60 * 1000) add(t / 1000, 'F');

  // Public holidays 2025-2030 and the day before, every 2 hours of local time.
  for (let year = 2025; year <= 2030; year += 1) {
    for (const day of norwegianPublicHolidays(year)) {
      for (const delta of [-1, 0]) {
        for (let h = 0; h < 24; h += 2) {
          add(toEpoch(new Date(day.getFullYear(), day.getMonth(), day.getDate() + delta, h, 0, 0)), 'H');
        }
      }
    }
  }

  // Daylight-saving change days 2026, 00:30-04:30 local, minute by minute.
  // Built in UTC because local wall-clock times in the spring gap do not exist.
  const dstRanges = [
    [Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 2, 29, 2, 30)], // 29 March: 00:30 CET .. 04:30 CEST
    [Date.UTC(2026, 9, 24, 22, 30), Date.UTC(2026, 9, 25, 3, 30)], // 25 October: 00:30 CEST .. 04:30 CET
  ];
  for (const [from, to] of dstRanges) {
    for (let t = from; t <= to; t += 60 * 1000) add(t / 1000, 'D');
  }

  // Seeded random instants, 2025-01-01 .. 2031-01-01 (UTC), whole seconds.
  const rng = makeRng(seed ^ 0x5eed);
  const rFrom = Date.UTC(2025, 0, 1) / 1000;
  const rTo = Date.UTC(2031, 0, 1) / 1000;
  let randomCount = 0;
  while (randomCount < 200) {
    const t = rFrom + Math.floor(rng.next() * (rTo - rFrom));
    if (!tagged.has(t)) { add(t, 'R'); randomCount += 1; }
  }

  const instants = [...tagged.keys()].sort((a, b) => a - b);
  const groups = instants.map((t) => tagged.get(t)).join('');
  return { instants, groups };
}

module.exports = { buildGrid, easterSunday, norwegianPublicHolidays };
