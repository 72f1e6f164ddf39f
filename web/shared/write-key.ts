import { GraphQLRequestError } from './graphql-client';
import { h } from './dom';

/**
 * The write key of the pages that write (the explorer's merge views, the
 * review page): one per tab, so a key given on one page serves the other.
 * Kept in sessionStorage (this tab only, gone when it closes), never in
 * localStorage or the URL — a URL ends up in history, bookmarks and shared
 * links (docs/embedding.md) — and sent only with the writes, as
 * `Authorization: Bearer`.
 */
const STORAGE_KEY = 'newsgraph.writeKey';

export function writeKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the key cannot be kept, so there is none
  }
}

export function writeHeaders(): Record<string, string> {
  const key = writeKey();
  return key === null ? {} : { authorization: `Bearer ${key}` };
}

/**
 * The key field, or a note that a key is set with a way to forget it;
 * `changed` redraws the view, `needed` says what the key is for.
 */
export function keyForm(changed: () => void, needed: string): HTMLElement {
  const key = writeKey();
  if (key !== null) {
    return h(
      'div',
      { class: 'write-key', 'data-key-set': 'true' },
      h('span', {}, 'A write key is set for this tab.'),
      h(
        'button',
        {
          type: 'button',
          id: 'forget-key',
          onclick: () => {
            sessionStorage.removeItem(STORAGE_KEY);
            changed();
          },
        },
        'Forget the key',
      ),
    );
  }
  const input = h('input', {
    id: 'write-key',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'ngk_…',
  });
  return h(
    'form',
    {
      class: 'write-key',
      onsubmit: (event) => {
        event.preventDefault();
        const value = input.value.trim();
        if (value === '') return;
        sessionStorage.setItem(STORAGE_KEY, value);
        changed();
      },
    },
    h('label', {}, 'Write key ', input),
    h('button', { type: 'submit' }, 'Use for this tab'),
    h(
      'span',
      { class: 'hint' },
      `Needed for ${needed}. Kept in this tab only and sent only with those; never in the URL.`,
    ),
  );
}

/** What to tell a person whose write was refused or failed. */
export function refusalText(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'UNAUTHENTICATED' || error.status === 401)
      return `Refused (${error.code}): this needs a key with the write scope. Enter one under "Write key". ${error.message}`;
    if (error.code === 'FORBIDDEN' || error.status === 403)
      return `Refused (${error.code}): the key given may not write (it needs the write scope). ${error.message}`;
    return `Failed (${error.code}): ${error.message}`;
  }
  return `Failed: ${(error as Error).message}`;
}
