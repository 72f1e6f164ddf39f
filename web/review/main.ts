import './review.css';

import { byId, h, replace } from '../shared/dom';
import { KIND_COLOURS } from '../shared/kind-colours';
import { keyForm } from '../shared/write-key';
import { ReviewApi } from './api';
import { DraftView } from './draft-view';
import { showStart } from './paste-form';
import { problemsOf } from './problems';

/**
 * What tests may read, in ms since navigation start: when the draft was
 * asked for and had arrived, and when it was first drawn (the frame after
 * it is in the DOM, i.e. laid out and painted); and how long each draw of
 * the DOM took in the page (the first, then one per change).
 */
interface ReviewTiming {
  requested: number | null;
  received: number | null;
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
const timing: ReviewTiming = { requested: null, received: null, firstDraw: null, draws: [] };
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
    timing.requested = performance.now();
    const draft = await api.draft(id);
    timing.received = performance.now();
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
        timing.firstDraw = performance.now();
        document.body.dataset['firstDraw'] = timing.firstDraw.toFixed(0);
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
