import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { ARTICLE_FILE_PATTERN } from './schema';
import type { SeedInput, SeedInputFile } from './validate';

const GRAPH_FILE = /\.(json|ya?ml)$/i;

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads a seeds dir: every graph file under `<dir>/graph/` (JSON or YAML,
 * parsed but not yet validated) and the article each one names under
 * `<dir>/articles/`, verbatim. File names in the result are relative to the
 * dir (`graph/000_x.json`, `articles/000_x.txt`). A missing article is simply
 * absent from `articles`; the validator reports it.
 */
export async function readSeedDir(dir: string): Promise<SeedInput> {
  let names: string[];
  try {
    names = (await readdir(join(dir, 'graph'))).filter((name) => GRAPH_FILE.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') names = [];
    else throw error;
  }
  const files: SeedInputFile[] = [];
  const articles = new Map<string, string>();
  for (const name of names) {
    const file = `graph/${name}`;
    const raw = await readFile(join(dir, file), 'utf8');
    let data: unknown;
    try {
      data = /\.json$/i.test(name) ? JSON.parse(raw) : parseYaml(raw);
    } catch (error) {
      files.push({ file, parseError: (error as Error).message });
      continue;
    }
    files.push({ file, data });
    const articleFile = (data as { document?: { articleFile?: unknown } } | null)?.document?.articleFile;
    if (typeof articleFile === 'string' && ARTICLE_FILE_PATTERN.test(articleFile) && !articles.has(articleFile)) {
      const text = await readIfExists(join(dir, articleFile));
      if (text !== undefined) articles.set(articleFile, text);
    }
  }
  return { files, articles };
}
