import {
  RELATIONSHIP_KINDS,
  RELATIONSHIP_TRIGGERS,
  STATUS_CUES,
  type EntityKind,
  type RelationshipStatus,
  type RelationshipType,
  type Temporal,
  type TriggerRule,
} from '../domain';

import { findEnds, type Ends, type SentenceView } from './relationship-ends';
import type { Token } from './tokens';
import type { DateMention, Mention, RelationshipProposal } from './types';

const RULES = Object.entries(RELATIONSHIP_TRIGGERS).flatMap(([type, rules]) =>
  rules.map((rule, i) => ({ type: type as RelationshipType, rule, name: `${type}#${i + 1}` })),
);

// Farther than this from the trigger, an end is more often another clause's than the trigger's.
const MAX_QUOTE_TOKENS = 40;

/** The lemma, or a regular inflection of it when the tagger took a verb for an adjective ("directed"). */
function inflectionOf(t: Token | undefined, lemma: string): boolean {
  if (!t) return false;
  if (t.lemma === lemma || t.lower === lemma) return true;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return new RegExp(`^${stem}(e|es|s|ed|d|ing)$`).test(t.lower);
}

function triggerAt(tokens: Token[], i: number, rule: TriggerRule): number | null {
  if (rule.notInfinitive && tokens[i - 1]?.lower === 'to') return null;
  for (const w of rule.words) {
    const parts = w.split(' ');
    if (parts.every((p, k) => (k === 0 ? inflectionOf(tokens[i], p) : tokens[i + k]?.lower === p)))
      return i + parts.length - 1;
  }
  return null;
}

function statusOf(
  tokens: Token[],
  first: number,
  last: number,
  rule: TriggerRule,
): [RelationshipStatus, string | null] {
  const window = tokens.slice(Math.max(0, first - 3), last + 1);
  for (const status of ['ALLEGED', 'CLAIMED'] as const) {
    const cue = window.find((t) => STATUS_CUES[status].includes(t.lower) || STATUS_CUES[status].includes(t.lemma));
    if (cue) return [status, cue.text];
  }
  return [rule.status ?? 'REPORTED', null];
}

/** The nearest resolved date of the sentence in the quote's own clause (no comma, semicolon or dash between). */
function temporalOf(
  dates: DateMention[],
  sentence: number,
  quote: { start: number; end: number },
  text: string,
): Temporal {
  const near = dates
    .filter((d) => d.sentence === sentence && d.resolved && d.date)
    .filter(
      (d) =>
        !/[,;—]/.test(d.start >= quote.end ? text.slice(quote.end, d.start) : text.slice(d.end, quote.start)) ||
        (d.start >= quote.start && d.end <= quote.end),
    )
    .sort((a, b) => Math.abs(a.start - quote.start) - Math.abs(b.start - quote.start))[0];
  if (!near) return {};
  return near.since ? { since: near.date! } : { date: near.date! };
}

const endFactor = (m: Mention): number =>
  m.basis === 'name' || m.basis === 'surname' || m.basis === 'initials' ? 1 : 0.9;

/**
 * Relationship proposals: for each trigger word of the lexicon in a
 * sentence, the ends its rule points at among the sentence's mentions, of
 * kinds the relationship kind allows. The quote is the shortest span holding
 * the trigger and both ends; a fact stated twice in one sentence (by two
 * rules) is proposed once, with the higher confidence.
 */
export function proposeRelationships(
  tokens: Token[],
  mentions: Mention[],
  dates: DateMention[],
  text: string,
  addEvent: (first: number, last: number) => Mention | null,
): RelationshipProposal[] {
  const bySentence = new Map<number, { first: number; last: number }>();
  tokens.forEach((t, i) => {
    const s = bySentence.get(t.sentence);
    bySentence.set(t.sentence, { first: s?.first ?? i, last: i });
  });
  const proposals = new Map<string, RelationshipProposal>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const range = bySentence.get(t.sentence)!;
    const lemmas = new Set(tokens.slice(range.first, range.last + 1).map((x) => x.lemma));
    for (const { type, rule, name } of RULES) {
      const triggerEnd = triggerAt(tokens, i, rule);
      if (triggerEnd === null) continue;
      if (rule.context && !rule.context.some((w) => lemmas.has(w))) continue;
      if (rule.unless && rule.unless.some((w) => lemmas.has(w))) continue;
      // A noun inside a mention ("gang members", "a post") names the entity; it is a trigger only for a role.
      if (rule.shape !== 'role' && mentions.some((m) => m.start <= t.start && t.end <= m.end)) continue;
      const kind = RELATIONSHIP_KINDS[type] as { from: readonly EntityKind[]; to: readonly EntityKind[] };
      const view: SentenceView = { tokens, range, mentions: mentions.filter((m) => m.sentence === t.sentence) };
      const ends: Ends | null = findEnds(view, i, triggerEnd, rule, kind, addEvent);
      if (!ends) continue;
      const { from, to, triggerLast } = ends;
      const start = Math.min(t.start, from.start, to.start);
      const end = Math.max(tokens[triggerLast]!.end, from.end, to.end);
      const firstTok = tokens.findIndex((x) => x.start >= start);
      const lastTok = tokens.findIndex((x) => x.end >= end);
      if (lastTok - firstTok > MAX_QUOTE_TOKENS || JSON.stringify(from.entity) === JSON.stringify(to.entity)) continue;
      const [status, statusCue] = statusOf(tokens, firstTok, lastTok, rule);
      const lengthFactor = lastTok - firstTok > 25 ? 0.85 : 1;
      const confidence = Math.round(rule.confidence * endFactor(from) * endFactor(to) * lengthFactor * 100) / 100;
      const key = `${type} ${JSON.stringify(from.entity)} ${JSON.stringify(to.entity)} ${t.sentence}`;
      const previous = proposals.get(key);
      if (previous && previous.confidence >= confidence) continue;
      proposals.set(key, {
        id: previous?.id ?? `p${proposals.size + 1}`,
        type,
        from: from.entity,
        to: to.entity,
        fromMention: from.id,
        toMention: to.id,
        quote: { start, end, surface: text.slice(start, end) },
        sentence: t.sentence,
        status,
        confidence,
        temporal: temporalOf(dates, t.sentence, { start, end }, text),
        why: {
          trigger: {
            start: t.start,
            end: tokens[triggerLast]!.end,
            surface: text.slice(t.start, tokens[triggerLast]!.end),
          },
          rule: `${name} (${rule.shape}: ${rule.words.join('/')}${rule.then ? ` … ${rule.then.join('/')}` : ''})`,
          statusCue,
        },
      });
    }
  }
  return [...proposals.values()].sort((a, b) => a.quote.start - b.quote.start);
}
