import {
  checkEntity,
  checkRelationship,
  checkSources,
  type DefaultDocument,
  zodProblems,
  type DocumentRecord,
  type PublicationDays,
  type FactContext,
  type Problem,
  type Relationship,
  type SeedEntity,
  type SeedGraph,
  type Source,
} from '../domain';
import { checkDateBasis, publicationDays } from './date-basis';
import { EntityRegistry } from './entity-registry';
import { formatPath, type SeedError } from './errors';
import { checkMerges, type Declared } from './merge-checks';
import { seedMergeSchema, seedNotSameSchema, type SeedMergeInput, type SeedNotSameInput } from './merges-schema';
import { RelationshipSet } from './relationship-set';
import type { z } from 'zod';

import { entityRecord, relationshipRecord } from './records-schema';
import {
  documentSchema,
  fileSchema,
  seedEntitySchema,
  seedRelationshipSchema,
  type SeedDocumentInput,
  type SeedRelationshipInput,
  type SeedSourceInput,
} from './schema';

/** One graph file as read: its path relative to the seeds dir and its parsed content (or why it did not parse). */
export interface SeedInputFile {
  file: string;
  data?: unknown;
  parseError?: string;
}

/** Everything validation needs; no I/O happens past this point. `articles` maps 'articles/<file>.txt' to its text. */
export interface SeedInput {
  files: readonly SeedInputFile[];
  articles: ReadonlyMap<string, string>;
}

export type SeedValidation = { ok: true; graph: SeedGraph } | { ok: false; errors: SeedError[] };

type Path = Array<string | number>;

interface StoredText {
  text: string;
  articleFile: string;
}

interface PendingSources {
  file: string;
  path: Path;
  defaultDocument: DefaultDocument;
  sources: readonly SeedSourceInput[];
}

/**
 * Validates every graph file of a seed before anything is written, and builds
 * the graph: documents, merged entities, merged relationships with each
 * quote's offsets. Every problem is collected (not just the first) as
 * `{ file, path, message }`. Files are taken in name order, so "first
 * declaration" means the file whose name sorts first.
 */
export function validateSeed(input: SeedInput): SeedValidation {
  const errors: SeedError[] = [];
  const report = (file: string, path: Path, message: string) => errors.push({ file, path: formatPath(path), message });
  const reportAll = (file: string, path: Path, problems: readonly Problem[]) => {
    for (const problem of problems) report(file, [...path, ...problem.path], problem.message);
  };
  const checked = <S extends z.ZodType>(schema: S, data: unknown, file: string, path: Path): z.output<S> | null => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const problem of zodProblems(result.error, schema, data))
      report(file, [...path, ...problem.path], problem.message);
    return null;
  };

  const files = [...input.files].sort((a, b) => a.file.localeCompare(b.file));
  if (files.length === 0) report('graph/', [], 'no graph files (*.json, *.yaml) in the seeds dir');
  const documents: DocumentRecord[] = [];
  const texts = new Map<string, StoredText>();
  const documentFiles = new Map<string, string>();
  const publications = new Map<string, PublicationDays>();
  const documentless = new Set<string>();
  const defaultDocument = (file: string, documentId: string | null): DefaultDocument =>
    documentId !== null ? { id: documentId } : documentless.has(file) ? 'required' : 'invalid';
  const registry = new EntityRegistry();
  const parsed: Array<{ file: string; documentId: string | null; entities: unknown[]; relationships: unknown[] }> = [];
  const merges: Array<Declared<SeedMergeInput>> = [];
  const notSame: Array<Declared<SeedNotSameInput>> = [];

  // 1. Each file's shape and document; the document is also an entity of kind Document.
  for (const { file, data, parseError } of files) {
    if (parseError !== undefined) {
      report(file, [], `could not be parsed: ${parseError}`);
      continue;
    }
    const top = checked(fileSchema, data, file, []);
    if (!top) continue;
    // A file without a document (as `npm run export` writes) declares entities and relationships
    // drawn from documents declared elsewhere; its sources name their documentId.
    if (top.document === undefined) documentless.add(file);
    const doc = top.document === undefined ? null : checked(documentSchema, top.document, file, ['document']);
    let documentId: string | null = null;
    if (doc) {
      const text = input.articles.get(doc.articleFile);
      const declaredIn = documentFiles.get(doc.id);
      if (declaredIn !== undefined) {
        report(
          file,
          ['document', 'id'],
          `document id "${doc.id}" is already the document of ${declaredIn}; one graph file per document`,
        );
      } else if (text === undefined) {
        report(file, ['document', 'articleFile'], `article file "${doc.articleFile}" was not found in the seeds dir`);
        registry.markInvalid(doc.id, doc.title);
      } else {
        documentId = doc.id;
        documentFiles.set(doc.id, file);
        texts.set(doc.id, { text, articleFile: doc.articleFile });
        const publication = publicationDays(doc);
        if (publication.problem !== null) report(file, ['document', 'publishedDays'], publication.problem);
        else publications.set(doc.id, publication.days);
        const record: DocumentRecord = {
          id: doc.id,
          title: doc.title,
          publisher: doc.publisher,
          published: doc.published,
          publishedNote: doc.publishedNote ?? null,
          url: doc.url,
          text,
        };
        documents.push(record);
        registry.add(documentEntity(record, doc), { file, path: 'document' });
      }
    } else if (top.document !== undefined) {
      registry.markInvalid((top.document as { id?: unknown } | undefined)?.id);
    }
    parsed.push({ file, documentId, entities: top.entities, relationships: top.relationships });
    top.merges.forEach((raw, i) => {
      const value = checked(seedMergeSchema, raw, file, ['merges', i]);
      if (value) merges.push({ file, path: formatPath(['merges', i]), value });
    });
    top.notSame.forEach((raw, i) => {
      const value = checked(seedNotSameSchema, raw, file, ['notSame', i]);
      if (value) notSame.push({ file, path: formatPath(['notSame', i]), value });
    });
  }

  // 2. Entities, merged across files by id.
  const pendingEntitySources = new Map<string, PendingSources[]>();
  for (const { file, documentId, entities } of parsed) {
    const seenHere = new Map<string, number>();
    entities.forEach((raw, i) => {
      const path: Path = ['entities', i];
      const entity = checked(seedEntitySchema, raw, file, path);
      if (!entity) {
        registry.markInvalid((raw as { id?: unknown } | null)?.id, (raw as { name?: unknown } | null)?.name);
        return;
      }
      const firstHere = seenHere.get(entity.id);
      if (firstHere !== undefined) {
        report(
          file,
          [...path, 'id'],
          `duplicate entity id "${entity.id}": already declared at entities[${firstHere}] in this file`,
        );
        return;
      }
      seenHere.set(entity.id, i);
      if (documentFiles.has(entity.id)) {
        report(
          file,
          [...path, 'id'],
          `entity id "${entity.id}" is the id of the document of ${documentFiles.get(entity.id)}; pick another id`,
        );
        return;
      }
      const { sources, record, ...declared } = entity;
      const checkedEntity = checkEntity(declared);
      if (!checkedEntity.ok) {
        reportAll(file, path, checkedEntity.problems);
        registry.markInvalid(entity.id, entity.name);
        return;
      }
      const recorded = { ...checkedEntity.value, ...entityRecord(record), sources: [] };
      const problems = registry.add(recorded, { file, path: formatPath(path) });
      for (const [suffix, message] of problems) report(file, [...path, ...suffix.split('.')], message);
      if (sources.length > 0) {
        const list = pendingEntitySources.get(entity.id) ?? [];
        list.push({ file, path: [...path, 'sources'], defaultDocument: defaultDocument(file, documentId), sources });
        pendingEntitySources.set(entity.id, list);
      }
    });
  }

  const facts: FactContext = {
    resolve: (ref) => registry.resolve(ref),
    document: (id) => {
      const stored = texts.get(id);
      return stored && { text: stored.text, label: stored.articleFile };
    },
    documentIds: () => [...texts.keys()],
    ambiguousQuotes: 'first',
  };
  const locate = (pending: PendingSources): Source[] | null => {
    const sources = checkSources(pending.sources, facts, pending.defaultDocument);
    if (sources.ok) return sources.value;
    reportAll(pending.file, pending.path, sources.problems);
    return null;
  };

  // 3. Quotes behind entities.
  for (const [id, list] of pendingEntitySources) {
    for (const pending of list) {
      const sources = locate(pending);
      if (sources) registry.addSources(id, sources);
    }
  }

  // 4. Relationships: endpoints resolved, kinds checked, quotes located, merged across files.
  const relationships = new RelationshipSet();
  for (const { file, documentId, relationships: raws } of parsed) {
    raws.forEach((raw, i) => {
      const path: Path = ['relationships', i];
      const rel = checked(seedRelationshipSchema, raw, file, path);
      if (!rel) return;
      const built = buildRelationship(rel, file, path, documentId);
      if (built) {
        for (const [suffix, message] of relationships.add(built, file, formatPath(path)))
          report(file, [...path, ...suffix], message);
      }
    });
  }

  for (const problem of relationships.versionProblems()) errors.push(problem);

  // 5. Merges and judgements, against the entities they name.
  const resolution = checkMerges(registry.all(), merges, notSame);
  errors.push(...resolution.errors);

  function buildRelationship(
    rel: SeedRelationshipInput,
    file: string,
    path: Path,
    documentId: string | null,
  ): Relationship | null {
    const dating = checkDateBasis(rel, (documentId !== null && publications.get(documentId)) || null);
    for (const [suffix, message] of dating.problems) report(file, [...path, ...suffix], message);
    const built = checkRelationship(rel, facts, defaultDocument(file, documentId));
    if (!built.ok) reportAll(file, path, built.problems);
    if (!built.ok || dating.problems.length > 0) return null;
    // checkSources keeps the order of the sources given, so each one's time is at its index.
    const value: Relationship = {
      ...built.value,
      sources: built.value.sources.map((s, i) => {
        const recordedAt = rel.sources[i]?.recordedAt;
        return recordedAt === undefined ? s : { ...s, recordedAt };
      }),
      ...relationshipRecord(rel.record, rel.retraction),
    };
    // The validator, not the file, writes how the date was obtained (see date-basis.ts).
    if (dating.qualifier === null) return value;
    return { ...value, qualifiers: { ...value.qualifiers, dateBasis: dating.qualifier } };
  }

  // Stable: within a file, errors stay in the order of the file's entries.
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.file.localeCompare(b.file)) };
  const graph: SeedGraph = { documents, entities: registry.all(), relationships: relationships.all() };
  if (resolution.merges.length > 0) graph.merges = resolution.merges;
  if (resolution.notSame.length > 0) graph.judgements = resolution.notSame;
  return { ok: true, graph };
}

function documentEntity(doc: DocumentRecord, declared: SeedDocumentInput): SeedEntity {
  return {
    ...entityRecord(declared.record),
    id: doc.id,
    kind: 'Document',
    name: doc.title,
    aliases: [],
    description: declared.description ?? null,
    named: true,
    properties: {
      title: doc.title,
      publisher: doc.publisher,
      published: doc.published?.value ?? null,
      publishedPrecision: doc.published?.precision ?? null,
      publishedNote: doc.publishedNote,
      url: doc.url,
    },
    sources: [],
  };
}
