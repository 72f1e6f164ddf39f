/** What `npm run propose` was asked: one article file and its document fields. */
export interface ProposeArgs {
  file: string;
  title: string;
  published: string;
  publisher: string | null;
  url: string | null;
}

export const USAGE = `usage: npm run propose -- FILE --title TITLE --published YYYY[-MM[-DD]] [--publisher NAME] [--url URL]
  env: NEWSGRAPH_WRITE_KEY (a key with the write scope, required), PUBLIC_URL or PORT (the server),
       NEWSGRAPH_URL (the API's base when it differs from PUBLIC_URL)`;

/** The arguments, or a message saying what is wrong with them. */
export function parseArgs(argv: readonly string[]): ProposeArgs | string {
  const fields: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const name = flag.slice(2);
    if (!['title', 'published', 'publisher', 'url'].includes(name)) return `unexpected argument "${flag}"`;
    const value = inline ?? argv[++i];
    if (value === undefined) return `${flag} needs a value`;
    fields[name] = value;
  }
  if (files.length !== 1)
    return `expected one FILE, got ${files.length === 0 ? 'none' : files.map((f) => `"${f}"`).join(', ')}`;
  if (!fields['title']) return 'expected --title';
  if (!fields['published']) return 'expected --published (the publication date, as precise as known)';
  return {
    file: files[0]!,
    title: fields['title'],
    published: fields['published'],
    publisher: fields['publisher'] ?? null,
    url: fields['url'] ?? null,
  };
}
