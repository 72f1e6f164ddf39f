export * from './model';
export * from './review';
export * from './refs';
export * from './edits';
export * from './additions';
export * from './commit-plan';
export * from './document';
export * from './links';
