/**
 * Prints extraction's measured figures: on the seed article, scored against
 * its hand-built graph (named-entity recall, the INVITED / DEPORTED_TO /
 * ORDERED_HALT facts, precision of the proposals); on test articles 101 and
 * 102 with the seed graph's entities known, what was linked and what was
 * proposed new; and the time to extract a 1,000-word article (CPU and wall).
 *
 *   npm run extract:score
 */
import { extract, scoreExtraction } from '../src/extract';

import { longArticle, seedArticle, seedKnownEntities, seedReference, testArticle } from './extract-corpus';

const FACTS = ['INVITED', 'DEPORTED_TO', 'ORDERED_HALT'] as const;

function seedFigures(): void {
  const seed = seedArticle();
  const x = extract({ text: seed.text, published: seed.published, known: [] });
  const s = scoreExtraction(x, seedReference(), seed.text, FACTS);
  console.log(`seed article, no entity known (${x.mentions.length} mentions, ${x.newEntities.length} new entities)`);
  console.log(
    `  named entities with the right kind: ${s.namedEntities.found}/${s.namedEntities.total} = ${s.namedEntities.recall.toFixed(2)}; missed: ${s.namedEntities.missed.join(', ') || 'none'}`,
  );
  for (const t of FACTS) console.log(`  ${t}: ${s.facts[t]!.join('; ') || 'NOT PROPOSED'}`);
  console.log(
    `  proposals: ${s.proposals.correct}/${s.proposals.total} match a fact of the seed graph: precision ${s.proposals.precision.toFixed(2)}`,
  );
}

function linkingFigures(): void {
  const known = seedKnownEntities();
  for (const file of ['101_boasberg_impeachment_calls.txt', '102_abrego_garcia_supreme_court.txt'] as const) {
    const a = testArticle(file);
    const x = extract({ text: a.text, published: a.published, known });
    const linked = x.mentions.filter((m) => 'known' in m.entity);
    const ids = [...new Set(linked.map((m) => ('known' in m.entity ? m.entity.known : '')))];
    console.log(
      `article ${a.name}, seed graph known: ${linked.length} mentions linked to ${ids.length} entities (${ids.join(', ')})`,
    );
    console.log(
      `  new: ${x.newEntities
        .filter((e) => e.named)
        .map((e) => `${e.name} [${e.kind}]`)
        .join(', ')}`,
    );
    console.log(
      `  proposals: ${x.proposals.length}; dates: ${x.dates.map((d) => `${d.surface.trim()}=${d.date?.value ?? '?'}`).join(', ')}`,
    );
  }
}

function timing(): void {
  const text = longArticle(1000);
  const words = text.split(/\s+/).filter(Boolean).length;
  const input = { text, published: { value: '2025-04-11', precision: 'DAY' as const }, known: seedKnownEntities() };
  const coldStart = performance.now();
  extract(input);
  const cold = performance.now() - coldStart;
  const runs: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < 5; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    extract(input);
    const cpu = process.cpuUsage(cpu0);
    runs.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${words}-word article: first call ${cold.toFixed(0)} ms (loads the models); then median ${median(runs.map((r) => r.wall)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpu)).toFixed(0)} ms CPU (5 runs)`,
  );
}

seedFigures();
linkingFigures();
timing();
