#!/usr/bin/env node
// Extracts the cases of opening_hours.js's own test suite (test/test.js) into a JSON data file for the
// library's test project. Dev-only: run it on a locally saved copy of test/test.js (or part of it):
//
//   node tools/opening-hours-oracle/extract-suite.js <saved test.js> <commit> [<characters read>]
//
// Each top-level `test.<method>(…)` call is evaluated on its own against a recording stub, so a copy that
// is cut at a page boundary still yields every complete call. Only values and expected results are written;
// none of the suite's code is.
'use strict';

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

// Locations of the suite: its Nominatim cache objects are not in test.js, so they are kept by name only.
const location = (n) => {
    if (n === undefined || n === null) return null;
    if (n.__name) return { name: n.__name };
    if (typeof n === 'object' && Object.keys(n).length === 0) return null;
    return { lat: n.lat ?? null, lon: n.lon ?? null, country: n.address?.country_code ?? null, state: n.address?.state ?? null };
};
const named = (name) => ({ __name: name });

const cases = [];
let calls = 0;
let skipped = 0;
const value = (v) => (v && v.__ignored ? { value: v.value, ignoredBySuite: v.reason ?? 'ignored' } : { value: v });

const recorder = {
    addTest(name, values, from, to, expected, openMs, unknownMs, weekStable, nominatim, last, options) {
        for (const v of values) {
            cases.push({
                kind: 'intervals', name, ...value(v), from, to,
                expected: expected.map(([f, t, unknown, comment]) => ({ from: f, to: t, unknown: !!unknown, comment: comment ?? null })),
                openMs, unknownMs, weekStable: weekStable ?? null, location: location(nominatim),
                mode: options && typeof options === 'object' ? options : null,
            });
        }
    },
    addShouldFail(name, values, nominatim, options) {
        for (const v of values) cases.push({ kind: 'shouldFail', name, ...value(v), location: location(nominatim), mode: options ?? null });
    },
    addShouldWarn(name, values, nominatim, options) {
        for (const v of values) cases.push({ kind: 'shouldWarn', name, ...value(v), location: location(nominatim), mode: options ?? null });
    },
};

const sandbox = {
    test: new Proxy(recorder, { get: (t, k) => t[k] ?? (() => { skipped++; }) }),
    ignored: (v, reason) => ({ __ignored: true, value: v, reason }),
    EXPECTED_OPEN_END_MESSAGE: 'Specified as open end. Closing time was guessed.',
    nominatim_default: named('de_bw'),
    nominatim_by_loc: new Proxy({}, { get: (_, k) => named(String(k)) }),
    nominatim_sunrise_below: { lat: '60.5467949', lon: '9.8269589', address: { country_code: 'no', state: 'Buskerud' } },
    nominatim_no_valid_address: { lat: '27.567', lon: '-71.093', address: { country_code: 'none' } },
    sane_value_suffix: '; 00:01-00:02 closed "warning at correct position?"',
    value_suffix: '; 00:23-00:42 unknown "warning at correct position?"',
    value_suffix_to_disable_time_not_used: ' 12:00-15:00',
    value_perfectly_valid: [],
};
vm.createContext(sandbox);

const starts = [];
const re = /^test\.\w+\(/gm;
for (let m; (m = re.exec(text));) starts.push(m.index);
for (let i = 0; i < starts.length; i++) {
    const chunk = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    const end = chunk.lastIndexOf(');');
    if (end < 0) continue;
    try {
        vm.runInContext(chunk.slice(0, end + 2), sandbox);
        calls++;
    } catch (e) {
        console.error(`skipped an incomplete call at character ${starts[i]}: ${e.message}`);
    }
}

const data = {
    about: 'Test data taken from the test suite of opening_hours.js (test/test.js of github.com/opening-hours/opening_hours.js), '
        + 'licensed LGPL-3.0-only. Only the values and their expected results are kept here; none of the suite\'s code. '
        + 'Written by tools/opening-hours-oracle/extract-suite.js.',
    licence: 'LGPL-3.0-only',
    source: 'https://github.com/opening-hours/opening_hours.js/blob/' + commit + '/test/test.js',
    commit,
    charactersRead: charsRead ?? null,
    timeZone: 'Europe/Berlin',
    calls,
    cases,
};
// One case a line keeps the file readable and its diffs small.
const head = JSON.stringify({ ...data, cases: [] }, null, 1).replace(/"cases": \[\]\n}$/, '"cases": [\n');
fs.writeFileSync(out, head + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n ]\n}\n');
console.log(`${calls} calls, ${cases.length} cases (${skipped} calls of other kinds skipped) -> ${path.relative(process.cwd(), out)}`);
