/** Drafts: articles under review, kept apart from the graph until commitDraft writes what was accepted. */
export { changeDraft, listDrafts, readDraft, type DraftsPage } from './store';
export { proposeFromDocument, proposeFromText } from './propose';
export { commitDraft } from './commit';
