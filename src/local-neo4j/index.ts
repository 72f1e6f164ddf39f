export { ensureLauncherBuilt, javaCommand, launcherJarPath, repoRoot } from './build';
export { findFreePort } from './free-port';
export { JVM_ADD_OPENS, javaArgs, startLocalNeo4j } from './launcher';
export type { LocalNeo4j, LocalNeo4jOptions } from './launcher';
