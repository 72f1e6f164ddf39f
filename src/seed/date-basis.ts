import { candidateDays, dateBasisProblem, formatPartialDate, resolveDateBasis, type PublicationDays } from '../domain';
import type { SeedDocumentInput, SeedRelationshipInput } from './schema';

type Problem = [Array<string | number>, string];

/**
 * The days a document may have been published on: its `published` date
 * narrowed by `publishedDays`. Unknown (`published: null`) is no day at all,
 * so only stated dates can be resolved against it.
 */
export function publicationDays(doc: SeedDocumentInput): { days: PublicationDays; problem: string | null } {
  const inferred = doc.publishedNote !== undefined;
  if (doc.published === null) {
    const problem = doc.publishedDays ? '"publishedDays" narrows "published", which is null' : null;
    return { days: { days: [], inferred }, problem };
  }
  const days = candidateDays(doc.published, doc.publishedDays);
  const problem =
    days.length === 0
      ? `"publishedDays" ${JSON.stringify(doc.publishedDays)} leaves no day of ${formatPartialDate(doc.published)}`
      : null;
  return { days: { days, inferred }, problem };
}

/**
 * Checks a relationship's `dateBasis` (its dating words, quoted) against its
 * date and its document's publication days, and returns the `dateBasis`
 * qualifier that tells an analyst how the date was obtained. A date more
 * precise than the words allow, or other than they mean, is a problem naming
 * what to write. `publication` is null when the document itself is invalid.
 */
export function checkDateBasis(
  rel: SeedRelationshipInput,
  publication: PublicationDays | null,
): { problems: Problem[]; qualifier: string | null } {
  const problems: Problem[] = [];
  // A file written by `npm run export` carries the qualifier the validator once wrote, without the field:
  // kept as it is. Both at once would be two accounts of one date.
  if (rel.qualifiers.dateBasis !== undefined && rel.dateBasis !== undefined) {
    problems.push([
      ['qualifiers', 'dateBasis'],
      'the "dateBasis" qualifier is written by the validator from the relationship\'s "dateBasis" field ({ words, reckoning?, note? }); move it there',
    ]);
  }
  const basis = rel.dateBasis;
  if (basis === undefined || publication === null) return { problems, qualifier: null };
  if (!rel.sources.some((source) => source.quote.includes(basis.words))) {
    problems.push([
      ['dateBasis', 'words'],
      `"${basis.words}" is in none of the relationship's quotes; quote the words that date it`,
    ]);
  }
  const field = rel.date ? 'date' : rel.since ? 'since' : rel.until ? 'until' : null;
  if (field === null) {
    problems.push([
      ['dateBasis'],
      'a "dateBasis" explains a date, but the relationship has none; keep the timing of an undated fact in a "when" qualifier',
    ]);
    return { problems, qualifier: null };
  }
  const resolved = resolveDateBasis(basis, publication);
  if (!resolved.ok) {
    problems.push([['dateBasis', 'words'], resolved.message]);
    return { problems, qualifier: null };
  }
  const problem = dateBasisProblem(rel[field]!, basis.words, resolved.resolution);
  if (problem !== null) problems.push([[field], problem]);
  const qualifier = basis.note === undefined ? resolved.description : `${resolved.description}; ${basis.note}`;
  return { problems, qualifier };
}
