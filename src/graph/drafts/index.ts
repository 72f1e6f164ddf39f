/** Drafts: articles under review, kept apart from the graph until commitDraft writes what was accepted. */
export { changeDraft, listDrafts, proposeFromDocument, proposeFromText, readDraft, type DraftsPage } from './store';
export { commitDraft } from './commit';
