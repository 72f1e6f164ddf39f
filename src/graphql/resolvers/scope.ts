/** GraphQL `ADMIN` is the domain's `admin`. */
export const scopeResolvers = { READ: 'read', WRITE: 'write', ADMIN: 'admin' } as const;
