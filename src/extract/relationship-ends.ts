import type { EntityKind, TriggerRule } from '../domain';

import type { Token } from './tokens';
import type { Mention } from './types';

export interface SentenceView {
  tokens: Token[];
  range: { first: number; last: number };
  mentions: Mention[];
}

export interface Ends {
  from: Mention;
  to: Mention;
  /** Last token of the trigger (the `then` word when the rule has one). */
  triggerLast: number;
}

type AllowedKinds = { from: readonly EntityKind[]; to: readonly EntityKind[] };

const PREPOSITIONS = new Set([
  'to',
  'in',
  'from',
  'of',
  'at',
  'on',
  'with',
  'for',
  'by',
  'into',
  'over',
  'under',
  'about',
  'against',
]);
const MAX_THEN_DISTANCE = 12;

const isPossessive = (t: Token | undefined): boolean => t?.text === '’s' || t?.text === "'s";

function firstToken(v: SentenceView, m: Mention): number {
  let i = v.range.first;
  while (i <= v.range.last && v.tokens[i]!.start < m.start) i++;
  return i;
}

function lastToken(v: SentenceView, m: Mention): number {
  let i = v.range.last;
  while (i >= v.range.first && v.tokens[i]!.end > m.end) i--;
  return i;
}

/** The nearest mention before token `i` of an allowed kind that can be a subject (not the object of a preposition). */
function nearestBefore(v: SentenceView, i: number, kinds: readonly EntityKind[]): Mention | null {
  const at = v.tokens[i]!.start;
  const candidates = v.mentions.filter((m) => m.end <= at && kinds.includes(m.kind)).sort((a, b) => b.end - a.end);
  for (const m of candidates) {
    const before = v.tokens[firstToken(v, m) - 1];
    const after = v.tokens[lastToken(v, m) + 1];
    if (before && PREPOSITIONS.has(before.lower) && !isPossessive(after)) continue;
    return m;
  }
  return null;
}

/** The first mention after token `i` of an allowed kind; "El Salvador's prison" is the prison when both are allowed. */
function firstAfter(v: SentenceView, i: number, kinds: readonly EntityKind[], until?: number): Mention | null {
  const at = v.tokens[i]!.end;
  const stop = until ?? Number.POSITIVE_INFINITY;
  const candidates = v.mentions
    .filter((m) => m.start >= at && m.start < stop && kinds.includes(m.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const first = candidates[0];
  if (!first) return null;
  if (isPossessive(v.tokens[lastToken(v, first) + 1])) {
    const owned = candidates.find((m) => m.start > first.end && m.start - first.end < 60);
    if (owned) return owned;
  }
  return first;
}

function wordAfter(v: SentenceView, from: number, word: string, within = v.range.last): number | null {
  for (let j = from + 1; j <= Math.min(within, v.range.last); j++) if (v.tokens[j]!.lower === word) return j;
  return null;
}

/** "to El Salvador": the first `word` after the trigger directly followed by an allowed mention. */
function afterPreposition(
  v: SentenceView,
  trigger: number,
  word: string,
  kinds: readonly EntityKind[],
): Mention | null {
  for (let j = wordAfter(v, trigger, word); j !== null; j = wordAfter(v, j, word)) {
    const m = firstAfter(v, j, kinds);
    if (m && firstToken(v, m) <= j + 2) return m;
  }
  return null;
}

function agentEnds(
  v: SentenceView,
  i: number,
  last: number,
  rule: TriggerRule,
  kinds: AllowedKinds,
  addEvent: AddEvent,
): Ends | null {
  let triggerLast = last;
  if (rule.then) {
    let j = last + 1;
    while (j <= v.range.last && j - last <= MAX_THEN_DISTANCE && !rule.then.includes(v.tokens[j]!.lemma)) j++;
    if (j > v.range.last || j - last > MAX_THEN_DISTANCE) return null;
    triggerLast = j;
  }
  const passive = v.tokens[i - 1]?.lemma === 'be' && v.tokens[i]!.pos === 'VERB';
  if (passive) {
    const to = nearestBefore(v, i, kinds.to);
    if (!to) return null;
    const by = wordAfter(v, last, 'by', last + 2);
    const from = by !== null ? firstAfter(v, by, kinds.from) : nearestBefore(v, firstToken(v, to), kinds.from);
    return from ? { from, to, triggerLast } : null;
  }
  const from = nearestBefore(v, i, kinds.from);
  if (!from) return null;
  const anchor = rule.objectAfterThen
    ? triggerLast
    : rule.objectAfter
      ? wordAfter(v, last, rule.objectAfter, last + 3)
      : last;
  if (anchor === null) return null;
  let to = firstAfter(v, anchor, kinds.to);
  if (to && rule.objectAfter && firstToken(v, to) > anchor + 3) to = null;
  if (!to && rule.objectAfterThen && kinds.to.includes('Event')) to = addEvent(anchor + 1, clauseEnd(v, anchor + 1));
  return to ? { from, to, triggerLast } : null;
}

/** "stop deporting Venezuelans under the Alien Enemies Act": the words up to the next comma or the sentence's end. */
function clauseEnd(v: SentenceView, start: number): number {
  let j = start;
  while (j < v.range.last && !/^[,.;:—]$/.test(v.tokens[j + 1]!.text) && j - start < 10) j++;
  return j;
}

export type AddEvent = (first: number, last: number) => Mention | null;

export function findEnds(
  v: SentenceView,
  i: number,
  last: number,
  rule: TriggerRule,
  kinds: AllowedKinds,
  addEvent: AddEvent,
): Ends | null {
  switch (rule.shape) {
    case 'agent':
      return agentEnds(v, i, last, rule, kinds, addEvent);
    case 'patient': {
      const to = afterPreposition(v, last, rule.objectAfter ?? 'to', kinds.to);
      if (!to) return null;
      const from = firstAfter(v, last, kinds.from, to.start) ?? nearestBefore(v, i, kinds.from);
      return from ? { from, to, triggerLast: last } : null;
    }
    case 'role': {
      const t = v.tokens[i]!;
      const holder = v.mentions.find((m) => m.start <= t.start && t.end <= m.end && kinds.from.includes(m.kind));
      const appositive = v.tokens[last + 1]?.text === ',' ? firstAfter(v, last + 1, kinds.from) : null;
      const from = holder ?? (appositive && firstToken(v, appositive) === last + 2 ? appositive : null);
      let to: Mention | null = null;
      if (v.tokens[last + 1]?.lower === (rule.objectAfter ?? 'of')) {
        const m = firstAfter(v, last + 1, kinds.to);
        if (m && firstToken(v, m) <= last + 3) to = m;
      } else if (isPossessive(v.tokens[i - 1])) {
        to = v.mentions.find((m) => lastToken(v, m) === i - 2 && kinds.to.includes(m.kind)) ?? null;
      }
      return from && to ? { from, to, triggerLast: last } : null;
    }
    case 'called-by': {
      const to = nearestBefore(v, i, kinds.to);
      const by = wordAfter(v, last, rule.objectAfter ?? 'from', last + 3);
      const from = by !== null ? firstAfter(v, by, kinds.from) : null;
      return from && to ? { from, to, triggerLast: last } : null;
    }
    default:
      return null;
  }
}
