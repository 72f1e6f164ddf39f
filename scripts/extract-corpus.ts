import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { EntityKind, PartialDate, RelationshipType } from '../src/domain';
import type { KnownEntity, ReferenceGraph } from '../src/extract';
import { repoRoot as findRepoRoot } from '../src/repo-root';

const repoRoot = findRepoRoot();

/** The texts extraction is measured on: the seed article (scored against its hand-built graph) and test articles. */
export interface CorpusText {
  name: string;
  text: string;
  published: PartialDate;
}

interface SeedFile {
  document: { published: PartialDate | string; articleFile: string };
  entities: Array<{ id: string; kind: EntityKind; name: string; aliases?: string[]; named?: boolean }>;
  relationships: Array<{ type: RelationshipType; from: string; to: string; sources: Array<{ quote: string }> }>;
}

const SEED = 'seeds/graph/000_b0502ea1321b6f98.json';

function seedFile(): SeedFile {
  return JSON.parse(readFileSync(path.join(repoRoot, SEED), 'utf8')) as SeedFile;
}

export function seedArticle(): CorpusText {
  const seed = seedFile();
  const published =
    typeof seed.document.published === 'string'
      ? { value: seed.document.published, precision: 'MONTH' as const }
      : seed.document.published;
  return {
    name: '000 (seed)',
    text: readFileSync(path.join(repoRoot, 'seeds', seed.document.articleFile), 'utf8'),
    published,
  };
}

/** The seed graph's entities as the graph would hand them to extraction. */
export function seedKnownEntities(): KnownEntity[] {
  return seedFile().entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases ?? [],
    named: e.named ?? true,
  }));
}

export function seedReference(): ReferenceGraph {
  const seed = seedFile();
  return {
    entities: seedKnownEntities().map((e) => ({ ...e, named: e.named !== false })),
    relationships: seed.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      quotes: r.sources.map((s) => s.quote),
    })),
  };
}

export function testArticle(
  file: '101_boasberg_impeachment_calls.txt' | '102_abrego_garcia_supreme_court.txt',
): CorpusText {
  const published = file.startsWith('101') ? '2025-03-19' : '2025-04-11';
  return {
    name: file.slice(0, 3),
    text: readFileSync(path.join(repoRoot, 'test/fixtures/articles', file), 'utf8'),
    published: { value: published, precision: 'DAY' },
  };
}

/** At least `words` words of news text: the three articles, repeated as needed (for timing). */
export function longArticle(words = 1000): string {
  const parts = [
    seedArticle().text,
    testArticle('101_boasberg_impeachment_calls.txt').text,
    testArticle('102_abrego_garcia_supreme_court.txt').text,
  ];
  let text = '';
  for (let i = 0; text.split(/\s+/).filter(Boolean).length < words; i++)
    text += `${parts[i % parts.length]!.trim()}\n\n`;
  return text;
}
