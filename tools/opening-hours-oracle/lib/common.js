'use strict';
// Shared helpers for the opening-hours oracle scripts.
// The opening_hours package is only loaded here and only at development time.

const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'tests', 'Omigjen.OpeningHours.Tests', 'Golden');

// Venue used for every evaluation: Asker (Viken), Norway. Coordinates are strings on purpose:
// the oracle is documented to take the values from a Nominatim reverse-geocoding answer.
const LATITUDE = '59.83';
const LONGITUDE = '10.43';
const NOMINATIM = {
  lat: LATITUDE,
  lon: LONGITUDE,
  address: {
    country_code: 'no',
    country: 'Norge',
    state: 'Viken',
    county: 'Viken',
    municipality: 'Asker',
  },
};
const OH_OPTIONS = { tag_key: 'opening_hours', locale: 'en' };

function loadOpeningHours() {
  // eslint-disable-next-line global-require
  return require('opening_hours');
}

function assertOsloTimeZone() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (process.env.TZ !== 'Europe/Oslo' || tz !== 'Europe/Oslo') {
    console.error(`This script must run with TZ=Europe/Oslo (process TZ=${process.env.TZ}, resolved ${tz}).`);
    process.exit(2);
  }
}

// Small deterministic PRNG (mulberry32).
function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(n) { return Math.floor(next() * n); },
    pick(arr) { return arr[Math.floor(next() * arr.length)]; },
    chance(p) { return next() < p; },
  };
}

function readCorpus(file) {
  const fs = require('fs');
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
}

module.exports = {
  REPO_ROOT, GOLDEN_DIR, LATITUDE, LONGITUDE, NOMINATIM, OH_OPTIONS,
  loadOpeningHours, assertOsloTimeZone, makeRng, readCorpus,
};
