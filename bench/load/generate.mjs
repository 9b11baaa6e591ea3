// Generates N initiatives in the import format (deterministic), spread over the municipality.
import { writeFileSync } from 'node:fs';

const n = Number(process.argv[2] || 5000);
const out = process.argv[3] || 'initiatives-5000.json';
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const kinds = ['reuse-shop', 'repair', 'lending', 'rental', 'swap', 'book-cabinet', 'workshop', 'building-materials', 'donation-point'];
const cats = ['children', 'clothes-shoes', 'sports-outdoors', 'bikes', 'furniture', 'home-kitchen', 'electronics', 'books-media', 'toys-games', 'tools-garden'];
const hours = ['Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off', 'Tu-Fr 11:00-18:00; Sa 10:00-16:00', 'Mo-Th 10:00-19:00; Fr 10:00-16:00; Sa 09:00-15:00; PH off',
  'We 17:00-20:00; Sa 11:00-15:00', '24/7', 'Mo-Sa 08:00-22:00; Su 12:00-18:00', 'Tu,Th 15:00-19:00; Sa 11:00-14:00; PH off'];
const items = [];
for (let i = 0; i < n; i++) {
  items.push({
    slug: `tiltak-${i}`,
    name: `Tiltak ${i} ${pick(['Bruktbutikk', 'Reparasjon', 'Utlån', 'Bytteskap', 'Verksted'])}`,
    shortDescription: { nb: 'Generert for lasttest.', en: 'Generated for a load test.' },
    kinds: [pick(kinds)], categories: [pick(cats), pick(cats)].filter((v, j, a) => a.indexOf(v) === j), services: ['sells'],
    organisationType: pick(['volunteer', 'work-training', 'non-profit', 'commercial', 'municipal']),
    locations: [{ address: `Gate ${i}`, city: 'Asker', lat: 59.55 + rnd() * 0.35, lon: 10.30 + rnd() * 0.30 }],
    openingHours: pick(hours),
    accessibility: { stepFreeEntrance: rnd() > 0.5 },
  });
}
writeFileSync(out, JSON.stringify(items));
console.log(`wrote ${n} initiatives to ${out}`);
