import { h, replace } from '../shared/dom';
import type { ProposeInput, ReviewApi } from './api';
import { field, problemsOf, showProblems } from './problems';

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * No draft open: paste an article (title, publisher, date, URL, text) to
 * propose it, or open one of the drafts the API lists.
 */
export function showStart(root: HTMLElement, api: ReviewApi, open: (draftId: string) => void): void {
  const input = (name: string, attributes: Record<string, string> = {}) => h('input', { name, ...attributes });
  const title = input('title', { required: '', size: '60' });
  const publisher = input('publisher');
  const published = input('published', { placeholder: '2025-03-19, 2025-03 or 2025', size: '14' });
  const url = input('url', { type: 'url', size: '40' });
  const text = h('textarea', { name: 'text', required: '', rows: '16', cols: '80' });
  const rest = h('p', { class: 'problem', role: 'alert', hidden: '' });
  const submit = h('button', { type: 'submit' }, 'Propose');
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'paste',
      'aria-label': 'Paste an article',
      onsubmit: (event) => {
        event.preventDefault();
        const proposal: ProposeInput = {
          title: title.value.trim(),
          publisher: optional(publisher.value),
          published: optional(published.value),
          url: optional(url.value),
          text: text.value,
        };
        submit.disabled = true;
        api.propose(proposal).then(open, (error: unknown) => {
          showProblems(
            form,
            rest,
            problemsOf(error).map((p) => ({ ...p, path: p.path.replace(/^input\./, '') })),
          );
          submit.disabled = false;
        });
      },
    },
    h('h2', {}, 'Paste an article'),
    field('title', 'Title', title),
    field('publisher', 'Publisher', publisher),
    field('published', 'Published', published),
    field('url', 'URL', url),
    field('text', 'Text', text),
    rest,
    submit,
  );
  const list = h('ul', { class: 'drafts' });
  replace(root, form, h('section', { 'aria-label': 'Drafts' }, h('h2', {}, 'Drafts'), list));
  api.drafts().then(
    (drafts) =>
      replace(
        list,
        ...(drafts.length === 0 ? [h('li', {}, 'No drafts yet.')] : []),
        ...drafts.map((d) =>
          h(
            'li',
            { 'data-draft': d.id },
            h('a', { href: `?draft=${encodeURIComponent(d.id)}` }, d.document.title),
            ` · ${d.state} · ${d.createdAt.slice(0, 16).replace('T', ' ')} UTC`,
          ),
        ),
      ),
    (error: unknown) => replace(list, h('li', { class: 'problem' }, problemsOf(error)[0]!.message)),
  );
}
