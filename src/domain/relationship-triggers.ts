import type { RelationshipType } from './relationship-kinds';
import type { RelationshipStatus } from './status';

/**
 * The words that signal a relationship kind in running text, kept beside the
 * kinds (`RELATIONSHIP_KINDS`) so that adding a kind and teaching extraction
 * to see it happen in one place. Ends are always checked against the kind's
 * allowed ends; a rule only says where in the sentence to look for them.
 *
 * Shapes (where the `from` and `to` ends are, relative to the trigger):
 * - `agent`: "Trump invited Bukele" — `from` before, `to` after (after `then`
 *   or `objectAfter` when given: "directed the administration to halt such efforts").
 * - `patient`: "deport migrants … to El Salvador", "migrants were sent to El Salvador" —
 *   `from` (the people) after the trigger or else before it, `to` after `objectAfter`.
 * - `role`: "the leader of El Salvador" — `from` is the person the trigger noun
 *   names (the mention holding it, or the nearest before), `to` after `objectAfter`.
 * - `called-by`: "the target of impeachment calls from Trump" — `to` before, `from`
 *   after `objectAfter`.
 */
export type TriggerShape = 'agent' | 'patient' | 'role' | 'called-by';

export interface TriggerRule {
  /** Lemmas (lower case) of the trigger word; a multi-word entry ("in power") must match token by token. */
  words: readonly string[];
  shape: TriggerShape;
  /** A second word that must follow within the clause: order … halt. */
  then?: readonly string[];
  /** The `to` end (or `from` for `called-by`) is the first allowed mention after this word. */
  objectAfter?: string;
  /** The `to` end follows the `then` word, not the trigger: "directed the administration to halt such efforts". */
  objectAfterThen?: boolean;
  /** The rule applies only when one of these lemmas is in the sentence (deportation context). */
  context?: readonly string[];
  /** The rule does not apply when one of these lemmas is in the sentence. */
  unless?: readonly string[];
  /** Status when the text gives no attribution cue (`ORDERED` for a halt order). */
  status?: RelationshipStatus;
  /** Not after "to": "directed X to halt Y" is the order rule's, not a halt by X. */
  notInfinitive?: boolean;
  /** How often the rule is right when it fires, 0..1. */
  confidence: number;
}

const DEPORTATION_CONTEXT = ['deport', 'deportation', 'deportee', 'removal', 'expel', 'enemies'] as const;
const HALT_WORDS = ['halt', 'stop', 'block', 'bar', 'suspend', 'pause', 'cease', 'end'] as const;

export const RELATIONSHIP_TRIGGERS: { readonly [T in RelationshipType]?: readonly TriggerRule[] } = {
  INVITED: [{ words: ['invite'], shape: 'agent', confidence: 0.9 }],
  DEPORTED_TO: [
    { words: ['deport', 'expel', 'remove'], shape: 'patient', objectAfter: 'to', confidence: 0.85 },
    {
      words: ['send', 'fly', 'take'],
      shape: 'patient',
      objectAfter: 'to',
      context: DEPORTATION_CONTEXT,
      confidence: 0.75,
    },
  ],
  SENT_TO: [
    {
      words: ['send', 'fly', 'take'],
      shape: 'patient',
      objectAfter: 'to',
      unless: DEPORTATION_CONTEXT,
      confidence: 0.75,
    },
  ],
  DEPORTED_FROM: [{ words: ['deport'], shape: 'patient', objectAfter: 'from', confidence: 0.7 }],
  ORDERED_HALT: [
    {
      words: ['order', 'direct', 'instruct', 'tell'],
      then: HALT_WORDS,
      objectAfterThen: true,
      shape: 'agent',
      status: 'ORDERED',
      confidence: 0.8,
    },
    { words: ['halt', 'block', 'bar'], shape: 'agent', notInfinitive: true, status: 'ORDERED', confidence: 0.6 },
  ],
  INVOKED: [{ words: ['invoke', 'use', 'cite'], shape: 'agent', confidence: 0.75 }],
  CALLED_FOR_IMPEACHMENT_OF: [
    { words: ['call'], then: ['impeach', 'impeachment'], shape: 'agent', confidence: 0.8 },
    { words: ['impeach'], shape: 'agent', confidence: 0.6 },
    { words: ['impeachment'], shape: 'called-by', objectAfter: 'from', confidence: 0.7 },
  ],
  HOUSED_IN: [
    { words: ['hold', 'house', 'detain', 'imprison', 'jail'], shape: 'patient', objectAfter: 'in', confidence: 0.7 },
  ],
  LEADS: [
    { words: ['leader', 'president', 'head', 'chief', 'ruler'], shape: 'role', objectAfter: 'of', confidence: 0.85 },
    { words: ['in power'], shape: 'agent', objectAfter: 'in', confidence: 0.85 },
  ],
  THANKED: [{ words: ['thank'], shape: 'agent', confidence: 0.85 }],
  PRAISED: [{ words: ['praise', 'commend', 'laud'], shape: 'agent', confidence: 0.8 }],
  POSTED: [{ words: ['post', 'publish'], shape: 'agent', confidence: 0.7 }],
  WROTE: [{ words: ['write', 'author', 'sign'], shape: 'agent', confidence: 0.7 }],
  CONDUCTED: [{ words: ['conduct', 'lead', 'launch', 'carry'], shape: 'agent', confidence: 0.6 }],
  TOUTED_ROLE_IN: [{ words: ['tout'], shape: 'agent', confidence: 0.75 }],
  PUBLICIZED: [{ words: ['highlight', 'publicize', 'announce'], shape: 'agent', confidence: 0.7 }],
  AFFILIATED_WITH: [
    { words: ['affiliate', 'link', 'belong', 'member'], shape: 'agent', confidence: 0.6 },
    { words: ['tie'], shape: 'agent', objectAfter: 'to', confidence: 0.5 },
  ],
  DISOBEYED_ORDER_OF: [{ words: ['disobey', 'violate', 'defy'], shape: 'agent', confidence: 0.5 }],
  ADMITTED_IN_FILING: [{ words: ['admit'], shape: 'agent', objectAfter: 'in', status: 'ADMITTED', confidence: 0.7 }],
};

/**
 * Words that, inside a proposal's quote or just before it, make the reporting
 * a party's assertion rather than the source's own: ALLEGED for accusations,
 * CLAIMED for attributed statements ("it says", "according to").
 */
export const STATUS_CUES: Readonly<Record<'ALLEGED' | 'CLAIMED', readonly string[]>> = {
  ALLEGED: ['alleged', 'allegedly', 'accuse', 'accused', 'suspected', 'purported', 'reportedly'],
  CLAIMED: ['say', 'said', 'says', 'claim', 'according', 'assert', 'contend', 'insist'],
};
