// Two measurements against a running app on loopback (bounded):
// 1. latency: RUNS sequential requests (after WARMUPS) for each query template, each with another place so no cache
//    answers; {lat} and {lon} are replaced; prints p50/p95/p99.
// 2. throughput: CONNECTIONS loops for DURATION seconds on the municipal iCalendar feed and on a static file of
//    the same bytes served by the same app; prints requests/s and the ratio (target >= 50 %).
// Usage: node measure.mjs BASE RUNS WARMUPS DURATION CONNECTIONS FEED_PATH STATIC_PATH 'name=template' ...
const [base, runs, warmups, duration, connections, feedPath, staticPath, ...templates] = process.argv.slice(2);

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const place = () => ({ lat: (59.70 + rnd() * 0.20).toFixed(4), lon: (10.30 + rnd() * 0.25).toFixed(4) });
const at = (values, p) => values[Math.min(values.length - 1, Math.max(0, Math.ceil(p * values.length) - 1))];

const rows = [];
for (const spec of templates) {
  const [name, template] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
  const times = [];
  for (let i = 0; i < Number(warmups) + Number(runs); i++) {
    const p = place();
    const url = base + template.replaceAll('{lat}', p.lat).replaceAll('{lon}', p.lon);
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    if (i >= Number(warmups)) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const row = { name, p50: at(times, 0.5), p95: at(times, 0.95), p99: at(times, 0.99) };
  rows.push(row);
  console.log(`ROW|${name}|${row.p50.toFixed(1)} / ${row.p95.toFixed(1)} / ${row.p99.toFixed(1)}|${row.p95 <= 30 ? 'yes' : 'no'}|`);
}

if (Number(duration) > 0) {
  // Large bodies (the feed is about 100 MB at the benchmark's size): each connection fetches in a loop and throws the
  // bytes away as they arrive; requests/s counts the answers completed within the time, bytes/s what was read.
  const rate = async (p) => {
    const until = performance.now() + Number(duration) * 1000;
    let done = 0, bytes = 0;
    const loop = async () => {
      while (performance.now() < until) {
        const response = await fetch(base + p);
        if (!response.ok) throw new Error(`${p}: ${response.status}`);
        for await (const chunk of response.body) bytes += chunk.length;
        if (performance.now() <= until) done++;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: Number(connections) }, loop));
    const seconds = (performance.now() - started) / 1000;
    console.log(`    ${p}: ${done} answers in ${seconds.toFixed(1)} s, ${(bytes / seconds / 1e6).toFixed(0)} MB/s`);
    return done / Number(duration);
  };
  const file = await rate(staticPath);
  const feed = await rate(feedPath);
  console.log(`FEED|${feed.toFixed(1)}|${file.toFixed(1)}|${(100 * feed / file).toFixed(1)} %|${feed / file >= 0.5 ? 'yes' : 'no'}|`);
}
