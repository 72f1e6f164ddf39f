import type { z } from 'zod';

import { parseEntityProperties, type EntityKind } from './entity-kinds';
import type { EntityInput, RelationshipInput, SourceInput } from './input-schemas';
import type { Entity, Relationship, Source } from './model';
import { quoteContext } from './quote-context';
import { locateQuote } from './quotes';
import { endpointProblem, type RelationshipType } from './relationship-kinds';
import { temporalProblems, type Temporal } from './temporal';
import { BadInputError } from './errors';
import { zodProblems, type Problem } from './zod-issues';

/**
 * THE validator of what may be written, called by the seed loader for every
 * entry of every file and by every mutation: shapes (input-schemas.ts), entity
 * properties per kind, allowed ends per relationship type, date shapes and
 * spans, quotes found in the stored text. Problems carry paths relative to the
 * input, so the seed prefixes `relationships[3]` and the API `input`.
 */

/** How a reference to an entity resolved: the seed resolves names too, the API ids only. */
export type Resolution =
  | { ok: true; id: string; kind: EntityKind }
  | { ok: false; message: string }
  /** The reference names an entity whose own declaration is invalid (already reported). */
  | { ok: 'skip' };

export interface FactContext {
  resolve(ref: string): Resolution;
  /** A document's stored text and how messages name it (and its SHA-256 when known); undefined when there is none. */
  document(id: string): { text: string; label: string; sha256?: string } | undefined;
  /** Ids of the documents that have a stored text, for the message naming a missing one; null: too many to list. */
  documentIds(): string[] | null;
  /** A quote found more than once with no `start`/`occurrence`: the first (seed files) or a refusal (API). */
  ambiguousQuotes: 'first' | 'refuse';
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** `data` against a schema, as Problems saying what was expected and what came. */
export function checkShape<S extends z.ZodType>(schema: S, data: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(result.error, schema, data) };
}

/** An entity's kind-specific properties checked and flattened; paths under `properties`. */
export function checkEntity(input: Omit<EntityInput, 'sources'>): Checked<Entity> {
  const properties = parseEntityProperties(input.kind, input.properties);
  if (!properties.ok) {
    return { ok: false, problems: properties.problems.map((p) => ({ ...p, path: ['properties', ...p.path] })) };
  }
  const { id, kind, name, aliases, description, named } = input;
  return { ok: true, value: { id, kind, name, aliases, description, named, properties: properties.properties } };
}

/**
 * Which document a source without `documentId` quotes: its seed file's own
 * (`{ id }`); none because that document was invalid and is reported where it
 * is declared (`invalid`: the source fails without a problem of its own); or
 * none at all, so `documentId` is required (`required`: the API, and seed files
 * without a document, as `npm run export` writes them).
 */
export type DefaultDocument = { id: string } | 'invalid' | 'required';

/** Sources located in their documents' stored text. */
export function checkSources(
  sources: readonly SourceInput[],
  ctx: FactContext,
  defaultDocument: DefaultDocument = 'required',
): Checked<Source[]> {
  const problems: Problem[] = [];
  // A reference to something invalid fails the sources without a problem here: it is reported where it is declared.
  let failed = false;
  const located = sources.flatMap((source, j): Source[] => {
    const documentId = source.documentId ?? (typeof defaultDocument === 'object' ? defaultDocument.id : null);
    if (documentId === null) {
      if (defaultDocument === 'invalid') failed = true;
      else
        problems.push({
          path: [j, 'documentId'],
          message: 'required where no document is implied (expected a document id)',
        });
      return [];
    }
    const stored = ctx.document(documentId);
    if (!stored) {
      // Without an explicit documentId the file's own document is meant, and its problem is reported there.
      if (source.documentId !== undefined) {
        const known = ctx.documentIds();
        problems.push({
          path: [j, 'documentId'],
          message:
            known === null
              ? `no document "${documentId}" with a stored text; add it with addDocument first`
              : `no document "${documentId}" with a stored article; known documents: ${known.join(', ') || 'none'}`,
        });
      } else failed = true;
      return [];
    }
    const at = locateQuote(stored.text, source.quote, stored.label, {
      occurrence: source.occurrence,
      start: source.start,
      ambiguous: ctx.ambiguousQuotes,
    });
    if (!at.ok) {
      const field =
        source.start !== undefined && !at.message.includes('not an exact substring')
          ? 'start'
          : source.occurrence !== undefined && at.message.startsWith('occurrence')
            ? 'occurrence'
            : 'quote';
      problems.push({ path: [j, field], message: at.message });
      return [];
    }
    let attributedTo: string | null = null;
    if (source.attributedTo !== undefined) {
      const who = ctx.resolve(source.attributedTo);
      if (who.ok !== true) {
        if (who.ok === false) problems.push({ path: [j, 'attributedTo'], message: who.message });
        else failed = true;
        return [];
      }
      attributedTo = who.id;
    }
    // The context and the text's digest make the quote findable again once the text is edited (anchoring.ts).
    const { prefix, suffix } = quoteContext(stored.text, at.start, at.end);
    const digest = stored.sha256 === undefined ? {} : { textSha256: stored.sha256 };
    return [{ documentId, quote: source.quote, start: at.start, end: at.end, attributedTo, prefix, suffix, ...digest }];
  });
  const seen = new Map<string, number>();
  located.forEach((source, j) => {
    const key = `${source.documentId}@${source.start}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, j);
    else
      problems.push({
        path: [j, 'quote'],
        message: `the same quote of "${source.documentId}" at ${source.start} is already source ${first}`,
      });
  });
  return problems.length > 0 || failed ? { ok: false, problems } : { ok: true, value: located };
}

/** A relationship's ends resolved and checked against its type, its dates as a whole, its sources located. */
export function checkRelationship(
  rel: RelationshipInput,
  ctx: FactContext,
  defaultDocument: DefaultDocument = 'required',
): Checked<Relationship> {
  const type = rel.type as RelationshipType;
  const problems: Problem[] = [];
  let ok = true;
  const [fromId, toId] = (['from', 'to'] as const).map((end) => {
    const resolved = ctx.resolve(rel[end]);
    if (resolved.ok !== true) {
      ok = false;
      if (resolved.ok === false) problems.push({ path: [end], message: resolved.message });
      return '';
    }
    const problem = endpointProblem(type, end, resolved.kind);
    if (problem) {
      ok = false;
      problems.push({ path: [end], message: `"${rel[end]}" is a ${resolved.kind}: ${problem}` });
    }
    return resolved.id;
  }) as [string, string];
  const temporal: Temporal = {};
  if (rel.date) temporal.date = rel.date;
  if (rel.since) temporal.since = rel.since;
  if (rel.until) temporal.until = rel.until;
  for (const message of temporalProblems(temporal)) {
    ok = false;
    problems.push({ path: [rel.date ? 'date' : 'since'], message });
  }
  const sources = checkSources(rel.sources, ctx, defaultDocument);
  if (!sources.ok) {
    ok = false;
    problems.push(...sources.problems.map((p) => ({ ...p, path: ['sources', ...p.path] })));
  }
  if (!ok || !sources.ok) return { ok: false, problems };
  const { id, status, confidence, qualifiers } = rel;
  return {
    ok: true,
    value: { id, type, fromId, toId, temporal, status, confidence, qualifiers, sources: sources.value },
  };
}

/** `['sources', 0, 'quote']` under `input` -> `input.sources[0].quote`. */
export function problemPath(root: string, path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`), root);
}

/**
 * The refusal of an input that breaks the rules: BAD_USER_INPUT whose message
 * names the first problem's path and what was expected; `problems` lists all.
 */
export function refusal(problems: readonly Problem[], root = 'input'): BadInputError {
  const listed = problems.map((p) => ({ path: problemPath(root, p.path), message: p.message }));
  const first = listed[0] ?? { path: root, message: 'was refused' };
  const more = listed.length > 1 ? ` (and ${listed.length - 1} more problem(s), see extensions.problems)` : '';
  return new BadInputError(`${first.path}: ${first.message}${more}`, { argument: first.path, problems: listed });
}

/** A slug for an id the caller did not give: `Nayib Bukele` -> `nayib-bukele`. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}
