#!/usr/bin/env node
// Extracts the cases of opening_hours.js's own test suite (test/test.js) into a JSON data file for the
// library's test project. Dev-only: run it on a locally saved copy of the whole of test/test.js:
//
//   node tools/opening-hours-oracle/extract-suite.js <saved test.js> <commit> [<characters read>]
//
// The suite's body (from its first constant to the call that runs the tests) is evaluated once against a
// recording stub of its test object, so helper blocks, loops and fixed dates built with `new Date(…)` are
// understood; the preamble (module loading, the Nominatim cache on disk) and the test framework are not
// run. Dates are read and written as the suite does, in Europe/Berlin. Only values and expected results are
// written; none of the suite's code is.
'use strict';

process.env.TZ = 'Europe/Berlin';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [source, commit, charsRead] = process.argv.slice(2);
if (!source || !commit) {
    console.error('usage: extract-suite.js <saved test.js> <commit> [<characters read>]');
    process.exit(2);
}

const text = fs.readFileSync(source, 'utf8');
const out = path.join(__dirname, '..', '..', 'tests', 'Omigjen.OpeningHours.Tests', 'Golden', 'reference-suite.json');

const bodyStart = text.indexOf('const sane_value_suffix');
const bodyEnd = text.indexOf('process.exit(test.run()');
if (bodyStart < 0 || bodyEnd < bodyStart) {
    console.error('the copy does not contain the suite body (from "const sane_value_suffix" to "process.exit(test.run()")');
    process.exit(1);
}

const pad = (n) => String(n).padStart(2, '0');
// The suite passes its date strings to `new Date(…)`; writing them back the same way normalises "0:00" and "24:00".
// A placeholder that is no date (only in cases the suite ignores) is kept as written.
const local = (d) => {
    const date = d instanceof Date ? d : new Date(d);
    if (Number.isNaN(date.getTime())) return String(d);
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

// Locations of the suite: its Nominatim cache objects are not in test.js, so they are kept by name only.
const location = (n) => {
    if (n === undefined || n === null) return null;
    if (typeof n !== 'object') return { invalid: String(n) };
    if (n.__name) return { name: n.__name };
    if (Object.keys(n).length === 0) return null;
    return { lat: n.lat ?? null, lon: n.lon ?? null, country: n.address?.country_code ?? null, state: n.address?.state ?? null };
};
const named = (name) => ({ __name: name });
// A number is the suite's shorthand for { mode: n }; a string other than an object is a deliberately wrong argument.
const mode = (m) => (m === undefined || m === null ? null : typeof m === 'number' ? { mode: m } : typeof m === 'object' ? m : { invalid: String(m) });
const value = (v) => (v && v.__ignored
    ? { value: String(v.value), ignoredBySuite: v.reason }
    : { value: typeof v === 'string' ? v : String(v), ...(typeof v === 'string' ? {} : { notAString: true }) });

const cases = [];
const other = {};
const recorder = {
    addTest(name, values, from, to, expected, openMs, unknownMs, weekStable, nominatim, last, options) {
        for (const v of typeof values === 'string' ? [values] : values) {
            cases.push({
                kind: 'intervals', name, ...value(v), from: local(from), to: local(to),
                expected: expected.map(([f, t, unknown, comment]) => ({ from: local(f), to: local(t), unknown: !!unknown, comment: comment ?? null })),
                openMs, unknownMs, weekStable: weekStable ?? null, location: location(nominatim), mode: mode(options),
            });
        }
    },
    addShouldFail(name, values, nominatim, last, options) {
        for (const v of typeof values === 'string' ? [values] : values) {
            cases.push({ kind: 'shouldFail', name, ...value(v), location: location(nominatim), mode: mode(options) });
        }
    },
    addShouldWarn(name, values, nominatim, last, options) {
        for (const v of typeof values === 'string' ? [values] : values) {
            cases.push({ kind: 'shouldWarn', name, ...value(v), location: location(nominatim), mode: mode(options) });
        }
    },
};

const sandbox = {
    test: new Proxy(recorder, { get: (t, k) => t[k] ?? (() => { other[k] = (other[k] ?? 0) + 1; }) }),
    ignored: (v, reason) => ({ __ignored: true, value: v, reason: reason ?? 'not implemented yet' }),
    EXPECTED_OPEN_END_MESSAGE: 'Specified as open end. Closing time was guessed.',
    nominatim_default: named('de_bw'),
    nominatim_by_loc: new Proxy({}, { get: (_, k) => named(String(k)) }),
    nominatim_sunrise_below: { lat: '60.5467949', lon: '9.8269589', address: { country_code: 'no', state: 'Buskerud' } },
    nominatim_no_valid_address: { lat: '27.567', lon: '-71.093', address: { country_code: 'none' } },
    // The suite fakes the clock for "the year is in the past" warnings; nothing extracted depends on it.
    timekeeper: { travel() {}, reset() {} },
    timekeeperTime: new Date('2025-05-23T23:23:23+02:00'),
};
vm.createContext(sandbox);
vm.runInContext(text.slice(bodyStart, bodyEnd), sandbox, { filename: 'test.js' });

const count = (kind) => cases.filter((c) => c.kind === kind).length;
const data = {
    about: 'Test data taken from the test suite of opening_hours.js (test/test.js of github.com/opening-hours/opening_hours.js), '
        + 'licensed LGPL-3.0-only. Only the values and their expected results are kept here; none of the suite\'s code. '
        + 'Written by tools/opening-hours-oracle/extract-suite.js.',
    licence: 'LGPL-3.0-only',
    source: 'https://github.com/opening-hours/opening_hours.js/blob/' + commit + '/test/test.js',
    commit,
    charactersRead: charsRead ?? null,
    timeZone: 'Europe/Berlin',
    otherChecksNotExtracted: other,
    cases: [],
};
// One case a line keeps the file readable and its diffs small.
const head = JSON.stringify(data, null, 1).replace(/"cases": \[\]\n}$/, '"cases": [\n');
fs.writeFileSync(out, head + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n ]\n}\n');
console.log(`${cases.length} cases (${count('intervals')} interval, ${count('shouldFail')} should-fail, ${count('shouldWarn')} should-warn); `
    + `other checks not extracted: ${JSON.stringify(other)} -> ${path.relative(process.cwd(), out)}`);
