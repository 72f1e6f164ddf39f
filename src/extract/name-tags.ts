import nlp from 'compromise';

/** compromise's tags for the word starting at each character offset of the text. */
export type NameTags = Map<number, Set<string>>;

interface TermJson {
  offset: { start: number };
  tags: string[];
}

const alone = new Map<string, Set<string>>();

/**
 * compromise's tags for a name read on its own: in context it may call a
 * state an "Actor" ("a Maryland man"); out of context its lexicon says Region.
 */
export function tagsAlone(name: string): Set<string> {
  let tags = alone.get(name);
  if (!tags) {
    const json = nlp(name).json() as Array<{ terms: TermJson[] }>;
    tags = new Set(json.flatMap((s) => s.terms.flatMap((t) => t.tags)));
    alone.set(name, tags);
  }
  return tags;
}

/**
 * Runs compromise once over the whole text: its lexicon knows countries,
 * regions, first and last names, organisations and demonyms, which is what
 * giving a kind to a new proper name needs.
 */
export function nameTags(text: string): NameTags {
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>;
  const tags: NameTags = new Map();
  for (const sentence of json) for (const term of sentence.terms) tags.set(term.offset.start, new Set(term.tags));
  return tags;
}
