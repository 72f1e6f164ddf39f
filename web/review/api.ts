import { graphql } from '../shared/graphql-client';
import { writeHeaders } from '../shared/write-key';
import { CHANGES, OPERATIONS, type Change, type Draft, type DraftSummary, type SearchHit } from './operations';

export interface ProposeInput {
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  text: string;
}

/**
 * The page's one door to the API. Every request carries the tab's write key
 * (drafts are read and changed with it) and is counted in `data-busy` on
 * <body>, which tests wait on. A change names the revision the page shows
 * (`expectedRevision`), so a change made meanwhile elsewhere is a CONFLICT
 * rather than overwritten; then the draft is read again.
 */
export class ReviewApi {
  private busy = 0;

  async draft(id: string): Promise<Draft | null> {
    const data = await this.send<{ draft: Draft | null }>(OPERATIONS.DRAFT, { id });
    return data.draft;
  }

  async drafts(first = 20): Promise<DraftSummary[]> {
    const data = await this.send<{ drafts: { edges: Array<{ node: DraftSummary }> } }>(OPERATIONS.DRAFTS, { first });
    return data.drafts.edges.map((edge) => edge.node);
  }

  async propose(input: ProposeInput): Promise<string> {
    const data = await this.send<{ proposeFromText: { id: string } }>(OPERATIONS.PROPOSE_FROM_TEXT, { input });
    return data.proposeFromText.id;
  }

  async search(text: string): Promise<SearchHit[]> {
    const data = await this.send<{ search: SearchHit[] }>(OPERATIONS.SEARCH, { text, first: 8 });
    return data.search;
  }

  /** One change of `draft`; answers the draft as it stands after it. */
  async change(draft: Draft, change: Change, variables: Record<string, unknown>): Promise<Draft> {
    const expected = { expectedRevision: draft.revision };
    const inInput = 'input' in variables;
    await this.send(
      CHANGES[change],
      inInput
        ? { input: { draftId: draft.id, ...(variables['input'] as object), ...expected } }
        : { draftId: draft.id, ...variables, ...expected },
    );
    return this.reread(draft.id);
  }

  async commit(draft: Draft): Promise<Draft> {
    await this.send(OPERATIONS.COMMIT, { id: draft.id });
    return this.reread(draft.id);
  }

  private async reread(id: string): Promise<Draft> {
    const next = await this.draft(id);
    if (next === null) throw new Error(`Draft ${id} is gone.`);
    return next;
  }

  private async send<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    this.busy += 1;
    window.document.body.dataset['busy'] = String(this.busy);
    try {
      return await graphql<T>(document, variables, '/graphql', writeHeaders());
    } finally {
      this.busy -= 1;
      window.document.body.dataset['busy'] = String(this.busy);
    }
  }
}
