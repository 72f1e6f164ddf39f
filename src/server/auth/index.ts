export { viewerResolver, type ViewerOfRequest, type ViewerResolverOptions } from './viewer-of-request';
export { scopeGraphQLError } from './challenge';
