import type { EntityKind } from './entity-kinds';

/**
 * How running text names an entity of each kind, beside the kinds themselves:
 * what extraction needs to give a new mention a kind. Lemmas, lower case.
 */

/** Common nouns that head a description of an entity of the kind: "a federal judge", "such efforts". */
export const KIND_HEAD_NOUNS: Readonly<Record<EntityKind, readonly string[]>> = {
  Person: [
    'judge', 'president', 'leader', 'man', 'woman', 'lawyer', 'attorney', 'official', 'counterpart',
    'minister', 'senator', 'governor', 'secretary', 'wife', 'husband', 'citizen', 'spokesman', 'spokeswoman',
  ],
  Group: [
    'migrant', 'deportee', 'member', 'criminal', 'men', 'inmate', 'group', 'people', 'lawyers', 'officials',
    'justice', 'detainee', 'prisoner', 'venezuelans', 'salvadorans',
  ],
  Event: [
    'effort', 'campaign', 'operation', 'crackdown', 'battle', 'case', 'hearing', 'visit', 'removal', 'flight',
    'deportation', 'invitation', 'trial', 'appeal',
  ],
  Prison: ['prison', 'jail', 'supermax', 'penitentiary'],
  Document: ['letter', 'video', 'post', 'filing', 'proclamation', 'statement', 'ruling', 'memo'],
  Court: ['court'],
  Government: ['administration', 'government', 'department', 'ministry'],
  Law: ['law', 'act', 'statute', 'authority'],
  Organization: ['gang', 'cartel', 'party', 'company', 'agency'],
  Country: ['country', 'nation'],
  Place: ['city', 'state', 'town'],
};

/** The last word of a proper name that says its kind: "Alien Enemies Act", "Supreme Court", "White House". */
export const NAME_HEAD_KINDS: Readonly<Record<string, EntityKind>> = {
  act: 'Law', law: 'Law', code: 'Law', constitution: 'Law', amendment: 'Law',
  court: 'Court', tribunal: 'Court',
  department: 'Government', ministry: 'Government', administration: 'Government', government: 'Government',
  congress: 'Government', senate: 'Government', office: 'Government',
  prison: 'Prison', jail: 'Prison', penitentiary: 'Prison', center: 'Prison', centre: 'Prison',
  gang: 'Organization', party: 'Organization', union: 'Organization', association: 'Organization',
  house: 'Place', street: 'Place', county: 'Place', city: 'Place', island: 'Place',
};

/** A proper name ending in these heads is a prison only with a word of confinement in it ("… Confinement Center"). */
export const PRISON_NAME_WORDS: readonly string[] = ['confinement', 'detention', 'correctional', 'prison', 'penal'];

/** Titles and offices written before a person's name; the name that follows is a Person. */
export const PERSON_TITLES: readonly string[] = [
  'president', 'judge', 'justice', 'chief', 'district', 'circuit', 'senator', 'sen.', 'rep.', 'governor',
  'gov.', 'secretary', 'minister', 'attorney', 'general', 'mr.', 'mrs.', 'ms.', 'dr.', 'leader', 'vice',
  'prime', 'mayor', 'ambassador',
];
