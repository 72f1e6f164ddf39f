import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { repoRoot } from '../repo-root';

export { repoRoot };

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(): string {
  const home = process.env['JAVA_HOME'];
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Jar of the launcher, with its dependencies in target/lib (see neo4j/pom.xml). */
export function launcherJarPath(root: string = repoRoot()): string {
  return path.join(root, 'neo4j', 'target', 'newsgraph-neo4j.jar');
}

let inProcessBuild: Promise<string> | undefined;

/**
 * Returns the path of the launcher jar, running `mvn package` first when the jar is
 * missing or older than neo4j/pom.xml or any file under neo4j/src. Concurrent callers
 * in this process share one build; other processes wait on a lock directory under
 * neo4j/target. Throws an Error naming `java` or `mvn` when either is missing.
 */
export function ensureLauncherBuilt(): Promise<string> {
  inProcessBuild ??= buildIfStale().finally(() => {
    inProcessBuild = undefined;
  });
  return inProcessBuild;
}

async function buildIfStale(): Promise<string> {
  const root = repoRoot();
  const jar = launcherJarPath(root);
  checkJava();
  if (!(await isStale(root, jar))) return jar;

  const release = await acquireLock(path.join(root, 'neo4j', 'target', '.build-lock'));
  try {
    // Another process may have built it while we waited for the lock.
    if (await isStale(root, jar)) await runMaven(root);
  } finally {
    await release();
  }
  if (await isStale(root, jar)) throw new Error(`mvn package finished but ${jar} is still missing or stale`);
  return jar;
}

async function isStale(root: string, jar: string): Promise<boolean> {
  const built = await mtime(jar);
  if (built === null || !existsSync(path.join(root, 'neo4j', 'target', 'lib'))) return true;
  const inputs = [path.join(root, 'neo4j', 'pom.xml'), ...(await filesUnder(path.join(root, 'neo4j', 'src')))];
  for (const input of inputs) {
    const changed = await mtime(input);
    if (changed !== null && changed > built) return true;
  }
  return false;
}

/** True for the error a file system call throws when the file is not there. */
const isAbsent = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if (!isAbsent(error)) throw error;
    return null;
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function checkJava(): void {
  const java = javaCommand();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `Java 17+ is needed to run the local Neo4j, but '${java}' could not be run: ${result.error.message}`,
    );
  }
  const major = /version "(\d+)/.exec(result.stderr)?.[1];
  if (major !== undefined && Number(major) < 17) {
    throw new Error(`Java 17+ is needed to run the local Neo4j, but '${java}' is version ${major}`);
  }
}

function runMaven(root: string): Promise<void> {
  const pom = path.join(root, 'neo4j', 'pom.xml');
  const args = ['-B', '-q', '-Dstyle.color=never', '-f', pom, 'package', '-DskipTests'];
  return new Promise((resolve, reject) => {
    execFile('mvn', args, { cwd: root, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(new Error('Maven (`mvn`) is needed to build the local Neo4j launcher but is not on PATH'));
      }
      const tail = `${stdout}${stderr}`.trim().split('\n').slice(-30).join('\n');
      reject(new Error(`mvn ${args.join(' ')} failed (${error.message.split('\n')[0]}):\n${tail}`));
    });
  });
}

/**
 * mkdir is atomic, so the directory is the lock. The owner's pid is written inside so
 * that a lock left by a killed build is recognised and taken over instead of waited on.
 */
async function acquireLock(lockDir: string): Promise<() => Promise<void>> {
  await mkdir(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), String(process.pid));
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (await lockIsAbandoned(lockDir)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the launcher build lock ${lockDir}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function lockIsAbandoned(lockDir: string): Promise<boolean> {
  const owner = Number(
    await readFile(path.join(lockDir, 'pid'), 'utf8').catch((error: unknown) => {
      if (!isAbsent(error)) throw error;
      return '';
    }),
  );
  if (!owner) {
    // Between the owner's mkdir and its pid write, or a crash in between: judge by age.
    const created = await mtime(lockDir);
    return created !== null && Date.now() - created > 10_000;
  }
  try {
    process.kill(owner, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
