import './review.css';

import { byId, h, replace } from '../shared/dom';
import { KIND_COLOURS } from '../shared/kind-colours';
import { keyForm } from '../shared/write-key';
import { ReviewApi } from './api';
import { DraftView } from './draft-view';
import { showStart } from './paste-form';
import { problemsOf } from './problems';

/**
 * What tests may read: when the draft was first drawn (ms since navigation
 * start, the next frame after it is in the DOM) and how long each later
 * draw (after a change) took in the page.
 */
interface ReviewTiming {
  firstDraw: number | null;
  draws: number[];
}
declare global {
  interface Window {
    newsgraphReview?: ReviewTiming;
  }
}

const api = new ReviewApi();
const draftId = new URLSearchParams(window.location.search).get('draft');
const status = byId('status');
const timing: ReviewTiming = { firstDraw: null, draws: [] };
window.newsgraphReview = timing;
document.body.dataset['busy'] = '0';
// Each kind's colour, from the one table the explorer uses too.
document.head.append(
  h(
    'style',
    {},
    Object.entries(KIND_COLOURS)
      .map(([kind, colour]) => `.kind-${kind}{--kind:${colour}}`)
      .join(''),
  ),
);

const open = (id: string) => window.location.assign(`/review?draft=${encodeURIComponent(id)}`);

function drawKey(): void {
  replace(
    byId('key'),
    keyForm(() => (draftId === null ? start() : drawKey()), 'drafts: proposing, reviewing, committing'),
  );
}

function start(): void {
  drawKey();
  byId('start').hidden = false;
  byId('review').hidden = true;
  showStart(byId('start'), api, open);
}

/** Draws the draft, then notes the first draw once the browser has laid it out (the next frame). */
async function review(id: string): Promise<void> {
  drawKey();
  try {
    const draft = await api.draft(id);
    performance.mark('review:draft-read');
    if (draft === null) {
      replace(
        status,
        h(
          'p',
          { class: 'problem', role: 'alert' },
          `No draft has the id “${id}”. `,
          h('a', { href: '/review' }, 'Start again'),
        ),
      );
      return;
    }
    byId('review').hidden = false;
    new DraftView(draft, api, (ms) => timing.draws.push(ms));
    requestAnimationFrame(() =>
      setTimeout(() => {
        const at = performance.now();
        performance.mark('review:first-draw');
        timing.firstDraw = at;
        document.body.dataset['firstDraw'] = at.toFixed(0);
      }),
    );
  } catch (error) {
    replace(
      status,
      h('p', { class: 'problem', role: 'alert' }, `Could not open the draft: ${problemsOf(error)[0]!.message}`),
    );
  }
}

if (draftId === null) start();
else void review(draftId);
