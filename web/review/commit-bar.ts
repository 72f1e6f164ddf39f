import { h, replace } from '../shared/dom';
import type { Draft } from './operations';
import { problemsOf, type Problem } from './problems';

const WRITTEN = new Set(['ACCEPTED', 'EDITED']);

/** Where the new facts can be seen: the explorer at an end of the first relationship written. */
export function explorerHref(draft: Draft): string | null {
  const commit = draft.commit;
  if (commit === null) return null;
  const first = commit.relationships[0];
  const proposal = draft.proposals.find((p) => p.id === first?.proposalId);
  const written = (ref: { entityId: string | null; proposalId: string | null }) =>
    ref.entityId ?? commit.entities.find((e) => e.proposalId === ref.proposalId)?.id ?? null;
  const entity = (proposal && written(proposal.from)) ?? commit.entities[0]?.id ?? commit.documentId;
  return `/explore?entity=${encodeURIComponent(entity)}`;
}

/**
 * What a commit will write, the button, and after it what was written with
 * the link to see it. A refusal's problems that name a proposal
 * (`proposals[3].to`, `entities[0].kind`) go to that proposal's card.
 */
export class CommitBar {
  private readonly button = h('button', { type: 'button', id: 'commit' }, 'Commit');
  private readonly summary = h('span', { class: 'summary' });
  private readonly problem = h('p', { class: 'problem', role: 'alert', hidden: '' });
  private readonly done = h('p', { class: 'committed', hidden: '' });

  constructor(
    root: HTMLElement,
    commit: () => Promise<void>,
    private readonly place: (list: 'proposals' | 'entities', index: number, text: string) => void,
  ) {
    this.button.addEventListener('click', () => {
      this.button.disabled = true;
      this.problem.hidden = true;
      commit().catch((error: unknown) => {
        this.refused(problemsOf(error));
        this.button.disabled = false;
      });
    });
    replace(root, this.button, ' ', this.summary, this.problem, this.done);
  }

  update(draft: Draft): void {
    const relationships = draft.proposals.filter((p) => WRITTEN.has(p.state)).length;
    const entities = draft.entities.filter((e) => WRITTEN.has(e.state)).length;
    this.summary.textContent = `${relationships} relationship(s) and ${entities} new entit${entities === 1 ? 'y' : 'ies'} accepted`;
    this.button.disabled = draft.state !== 'OPEN';
    if (draft.commit === null) return;
    this.problem.hidden = true;
    const href = explorerHref(draft);
    replace(
      this.done,
      `Committed at ${draft.commit.at.slice(0, 19).replace('T', ' ')} UTC: ${draft.commit.entities.length} entities, `,
      `${draft.commit.relationships.length} relationships, document ${draft.commit.documentId}. `,
      href !== null && h('a', { href, id: 'open-in-explorer' }, 'Open in explorer'),
    );
    this.done.hidden = false;
  }

  private refused(problems: readonly Problem[]): void {
    const general: string[] = [];
    for (const problem of problems) {
      const at = /^(proposals|entities)\[(\d+)\]\.?(.*)$/.exec(problem.path);
      if (at === null) general.push(problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`);
      else this.place(at[1] as 'proposals' | 'entities', Number(at[2]), `${at[3] || at[1]}: ${problem.message}`);
    }
    this.problem.textContent =
      general.length > 0 ? general.join(' ') : `Refused: ${problems.length} problem(s), shown on the proposals named.`;
    this.problem.hidden = false;
  }
}
