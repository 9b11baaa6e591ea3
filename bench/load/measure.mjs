// Runs autocannon against each endpoint in turn (bounded in time) and prints a table plus the GeoJSON/static ratio.
import autocannon from 'autocannon';

const [base, duration, connections] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const targets = [
  ['static file, same size as GeoJSON', '/bench-static.json'],
  ['GeoJSON, all initiatives', '/api/v1/initiatives.geojson'],
  ['list API, filtered (open now, category, near)', '/api/v1/initiatives?open=now&category=children&near=59.83,10.43&sort=distance'],
  ['list page, filtered', '/?open=weekend&category=furniture'],
  // A distinct (ignored) parameter per request defeats the output cache: the cost of computing every answer.
  ['list API, filtered, uncached', '/api/v1/initiatives?open=now&category=children&near=59.83,10.43&sort=distance', true],
  ['list page, filtered, uncached', '/?open=weekend&category=furniture', true],
];
let counter = 0;
const rows = [];
for (const [name, path, unique] of targets) {
  process.stdout.write(`  ${name} … `);
  const requests = unique ? [{ setupRequest: (req) => ({ ...req, path: `${path}&nocache=${counter++}` }) }] : undefined;
  const r = await autocannon({ url: base + path, connections, duration, headers: { 'accept-encoding': 'br, gzip' }, requests });
  const row = { name, reqPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
  rows.push(row);
  console.log(`${row.reqPerSec} req/s, p99 ${row.p99} ms`);
}
console.log('\n| endpoint | req/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.errors} |`);
console.log(`\nGeoJSON throughput = ${(100 * rows[1].reqPerSec / rows[0].reqPerSec).toFixed(1)}% of the static file (target ≥ 50%)`);
