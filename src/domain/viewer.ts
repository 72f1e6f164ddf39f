import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * Who is asking, as every layer sees it: the audit trail records the actor, the
 * API checks the scopes. The server builds one per request from its credential
 * (API key or JWT); a request without one is the anonymous reader, whose scopes
 * depend on READ_ACCESS.
 */
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Actor {
  /** `key`: an API key; `token`: a JWT subject; `anonymous`: no credential; `system`: seed loader, CLIs. */
  type: 'key' | 'token' | 'anonymous' | 'system';
  /** Key id, JWT subject, or a fixed name for anonymous/system. Never a secret. */
  id: string;
  name: string;
}

export interface Viewer {
  actor: Actor;
  scopes: ReadonlySet<Scope>;
}

export const anonymousViewer = (scopes: readonly Scope[]): Viewer => ({
  actor: { type: 'anonymous', id: 'anonymous', name: 'anonymous' },
  scopes: new Set(scopes),
});

/** The seed loader and the command-line tools: local processes that hold the database credentials. */
export const systemViewer = (name: string): Viewer => ({
  actor: { type: 'system', id: `system:${name}`, name },
  scopes: new Set(SCOPES),
});

/**
 * Throws UNAUTHENTICATED when the viewer has no credential and lacks `scope`,
 * FORBIDDEN when it has one whose scopes are too small. `admin` does not imply
 * `write`: a key manager need not be able to change facts.
 */
export function requireScope(viewer: Viewer, scope: Scope): void {
  if (viewer.scopes.has(scope)) return;
  if (viewer.actor.type === 'anonymous') {
    throw new UnauthenticatedError(`This needs a credential with the "${scope}" scope; the request carried none.`);
  }
  throw new ForbiddenError(scope, [...viewer.scopes]);
}
