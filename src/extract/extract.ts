import { findDescriptions } from './descriptions';
import { findDates } from './dates';
import { groupMentions, type Found } from './entities';
import { findKnownEntities } from './known-mentions';
import { nameTags } from './name-tags';
import { findNewNames } from './named-mentions';
import { proposeRelationships } from './relationships';
import { tokenize, type Token } from './tokens';
import type { Extraction, ExtractionInput, Mention, ProposedEntity } from './types';

function tokenRange(tokens: Token[], start: number, end: number): { first: number; last: number } | null {
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (tokens[last + 1] && tokens[last + 1]!.end <= end) last++;
  return first === -1 || tokens[first]!.start >= end ? null : { first, last };
}

/**
 * Reads one text: sentences and tokens (wink-nlp), dates (chrono-node,
 * resolved against the publication date), mentions of the known entities,
 * new names (compromise's lexicon for kinds) and descriptions, grouped into
 * entities, and the relationships the trigger lexicon proposes between them.
 * Pure: no database, no network; the same input gives the same value.
 */
export function extract(input: ExtractionInput): Extraction {
  const { text, published, known } = input;
  const { tokens, sentences } = tokenize(text);
  const sentenceAt = (offset: number): number => sentences.find((s) => offset < s.end)?.index ?? sentences.length - 1;
  const sentenceStart = (offset: number): number => sentences[sentenceAt(offset)]?.start ?? 0;
  const dates = findDates(text, published, sentenceAt, sentenceStart);
  const blocked = new Set<number>();
  const found: Found[] = [];
  for (const hit of findKnownEntities(text, known)) {
    const range = tokenRange(tokens, hit.start, hit.end);
    if (!range) continue;
    found.push({ from: 'known', hit, ...range });
    for (let i = range.first; i <= range.last; i++) blocked.add(i);
  }
  for (const d of dates.filter((x) => x.date !== null || x.basis.startsWith('a duration'))) {
    const range = tokenRange(tokens, d.start, d.end);
    if (range) for (let i = range.first; i <= range.last; i++) blocked.add(i);
  }
  const tags = nameTags(text);
  for (const name of findNewNames(tokens, (t) => blocked.has(t.index), tags)) {
    found.push({ from: 'name', name });
    for (let i = name.runFirst; i <= name.last; i++) blocked.add(i);
  }
  for (const description of findDescriptions(tokens, (t) => blocked.has(t.index)))
    found.push({ from: 'description', description });
  const byId = new Map(known.map((e) => [e.id, e]));
  const { mentions, newEntities } = groupMentions(text, tokens, found, byId);
  const addEvent = (first: number, last: number): Mention | null =>
    eventFromClause(text, tokens, first, last, mentions, newEntities);
  const proposals = proposeRelationships(tokens, mentions, dates, text, addEvent);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { sentences, mentions, newEntities, dates, proposals };
}

/** "stop deporting Venezuelans under the Alien Enemies Act": an activity the text names only by a clause becomes a new Event. */
function eventFromClause(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  mentions: Mention[],
  entities: ProposedEntity[],
): Mention | null {
  if (first > last || !tokens[first] || tokens[first].pos !== 'VERB') return null;
  const start = tokens[first].start;
  const end = tokens[last]!.end;
  const surface = text.slice(start, end);
  const key = `event-${entities.length + 1}`;
  const id = `m${mentions.length + 1}`;
  entities.push({
    key,
    kind: 'Event',
    name: surface,
    aliases: [],
    named: false,
    roles: [],
    mentionIds: [id],
    kindEvidence: 'clause after a halt word',
  });
  const mention: Mention = {
    id,
    start,
    end,
    surface,
    sentence: tokens[first].sentence,
    kind: 'Event',
    entity: { proposed: key },
    basis: 'description',
    head: tokens[first].lemma,
    roles: [],
  };
  mentions.push(mention);
  return mention;
}
