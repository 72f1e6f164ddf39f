import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  documentTexts,
  exportEntityPage,
  exportMergePage,
  exportNotSamePage,
  exportRelationshipPage,
  EXPORT_TYPE_ORDER,
  type GraphClient,
} from '../../graph';
import type { Source } from '../../domain';
import { seedDocument, seedEntity, seedMerge, seedRelationship, type TextOf } from './to-seed';

export interface ExportOptions {
  /** Leave out retracted versions: withdrawn facts and what corrections replaced. */
  currentOnly?: boolean;
  /** Entities or relationships per statement and per graph file. */
  pageSize?: number;
  /** Document texts kept in memory to compute quote occurrences. */
  textCacheSize?: number;
}

export interface ExportCounts {
  documents: number;
  entities: number;
  relationships: number;
  /** Merge records and "not the same" judgements. */
  merges: number;
  judgements: number;
  files: number;
}

/**
 * Keeps the texts of recently used documents (a quote's occurrence needs its
 * document's text), fetching the missing ones of a page in one statement.
 * Bounded: the oldest are dropped, so memory does not grow with the graph.
 */
class TextCache {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly client: GraphClient,
    private readonly size: number,
  ) {}

  remember(id: string, text: string): void {
    this.texts.delete(id);
    this.texts.set(id, text);
    if (this.texts.size > this.size) this.texts.delete(this.texts.keys().next().value!);
  }

  async load(sources: readonly Source[]): Promise<TextOf> {
    const page = new Map<string, string>();
    const missing: string[] = [];
    for (const id of new Set(sources.map((s) => s.documentId))) {
      const cached = this.texts.get(id);
      if (cached === undefined) missing.push(id);
      else page.set(id, cached);
    }
    const fetched = missing.length > 0 ? await documentTexts(this.client, missing) : [];
    missing.forEach((id, i) => {
      const text = fetched[i];
      if (typeof text === 'string') {
        page.set(id, text);
        this.remember(id, text);
      }
    });
    // The page's own texts, even those the bound has already dropped from the cache.
    return (id) => page.get(id);
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const fileNumber = (n: number) => String(n).padStart(6, '0');

/**
 * Writes the whole graph to `outDir` in the seed format, streaming: entities
 * and relationships are read in keyset pages by id and each page is written
 * to its own file before the next is read. Layout (docs/export.md):
 *
 *   articles/<document-id>.txt            each stored document's text, verbatim
 *   graph/<document-id>.json              { document } of each source document
 *   graph/_entities-000001.json           every other entity, by id, a page per file
 *   graph/_relationships-000001.json      every relationship, by type then id, a page per file
 *   graph/_merges-000001.json             entity merges' records, by id, a page per file
 *   graph/_not-same-000001.json           "not the same" judgements, by pair, a page per file
 *
 * `_` cannot start an id, so these names never collide with a document's.
 */
export async function exportSeedDir(
  client: GraphClient,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportCounts> {
  const pageSize = options.pageSize ?? 2_000;
  const texts = new TextCache(client, options.textCacheSize ?? 500);
  const counts: ExportCounts = { documents: 0, entities: 0, relationships: 0, merges: 0, judgements: 0, files: 0 };
  await mkdir(join(outDir, 'articles'), { recursive: true });
  await mkdir(join(outDir, 'graph'), { recursive: true });
  const write = async (file: string, text: string) => {
    await writeFile(join(outDir, file), text);
    counts.files += 1;
  };

  let entityFiles = 0;
  for (let after = ''; ;) {
    const page = await exportEntityPage(client, { after, limit: pageSize });
    if (page.length === 0) break;
    after = page[page.length - 1]!.entity.id;
    const others = [];
    for (const { entity, text } of page) {
      if (entity.kind === 'Document' && text !== null) {
        const articleFile = `articles/${entity.id}.txt`;
        texts.remember(entity.id, text);
        await write(articleFile, text);
        await write(`graph/${entity.id}.json`, json({ document: seedDocument(entity, articleFile) }));
        counts.documents += 1;
      } else others.push(entity);
    }
    counts.entities += page.length;
    if (others.length === 0) continue;
    const textOf = await texts.load(others.flatMap((e) => e.sources));
    await write(
      `graph/_entities-${fileNumber(++entityFiles)}.json`,
      json({ entities: others.map((e) => seedEntity(e, textOf)) }),
    );
  }

  let relationshipFiles = 0;
  for (const type of EXPORT_TYPE_ORDER) {
    for (let after = '', afterVersion = 0; ;) {
      const page = await exportRelationshipPage(client, {
        type,
        after,
        afterVersion,
        limit: pageSize,
        currentOnly: options.currentOnly ?? false,
      });
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      afterVersion = page[page.length - 1]!.version ?? 1;
      const textOf = await texts.load(page.flatMap((r) => r.sources));
      await write(
        `graph/_relationships-${fileNumber(++relationshipFiles)}.json`,
        json({ relationships: page.map((r) => seedRelationship(r, textOf)) }),
      );
      counts.relationships += page.length;
      if (page.length < pageSize) break;
    }
  }

  let mergeFiles = 0;
  for (let after = ''; ;) {
    const page = await exportMergePage(client, { after, limit: pageSize });
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    await write(`graph/_merges-${fileNumber(++mergeFiles)}.json`, json({ merges: page.map(seedMerge) }));
    counts.merges += page.length;
  }

  let judgementFiles = 0;
  for (let after = ''; ;) {
    const page = await exportNotSamePage(client, { after, limit: pageSize });
    if (page.length === 0) break;
    after = page[page.length - 1]!.pair;
    await write(
      `graph/_not-same-${fileNumber(++judgementFiles)}.json`,
      json({ notSame: page.map(({ judgement }) => ({ ...judgement })) }),
    );
    counts.judgements += page.length;
  }
  return counts;
}
