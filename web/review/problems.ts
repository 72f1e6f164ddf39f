import { GraphQLRequestError } from '../shared/graphql-client';
import { refusalText } from '../shared/write-key';

/** One thing the API refused, by the path it names (`proposals[3].to`, `start`, `input.confidence`). */
export interface Problem {
  path: string;
  message: string;
}

const FIELDS = [
  ...['type', 'from', 'to', 'date', 'since', 'until', 'status', 'confidence', 'quote', 'start', 'end', 'kind', 'name'],
  ...['title', 'publisher', 'published', 'url', 'text'],
];

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The problems of a refusal: its `extensions.problems`, else the one error at its `argument`. */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof GraphQLRequestError)) return [{ path: '', message: (error as Error).message }];
  const listed = error.extensions['problems'];
  if (Array.isArray(listed) && listed.length > 0) {
    return listed.map((p: { path?: unknown; message?: unknown }) => ({
      path: text(p.path),
      message: `${text(p.message)} (${error.code})`,
    }));
  }
  // A value GraphQL itself refused names its place only in the message: `… at "input.date"; …`.
  const named = /at "(?:input\.)?([\w.[\]]+)"/.exec(error.message)?.[1] ?? '';
  return [{ path: text(error.extensions['argument']) || named, message: refusalText(error) }];
}

/** The field a path names, if it names one of a form's fields. */
export function fieldOf(path: string): string | null {
  const parts = path.split(/[.[\]]+/).filter((p) => p !== '' && !/^\d+$/.test(p));
  return parts.find((p) => FIELDS.includes(p)) ?? null;
}

/**
 * Shows each problem beside the field it names (`[data-problem-for=field]`
 * in `form`), the others in `rest`; clears what an earlier attempt showed.
 */
export function showProblems(form: HTMLElement, rest: HTMLElement, problems: readonly Problem[]): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-problem-for]')) {
    slot.textContent = '';
    slot.hidden = true;
  }
  const unplaced: string[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    const slot = field === null ? null : form.querySelector<HTMLElement>(`[data-problem-for="${field}"]`);
    if (slot === null) unplaced.push(problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`);
    else {
      slot.textContent = [slot.textContent, problem.message].filter(Boolean).join(' ');
      slot.hidden = false;
    }
  }
  rest.textContent = unplaced.join(' ');
  rest.hidden = unplaced.length === 0;
}

/** A labelled field with a slot for the problem the API names it in. */
export function field(name: string, label: string, control: HTMLElement): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  wrapper.dataset['field'] = name;
  const caption = document.createElement('label');
  caption.append(`${label} `, control);
  const slot = document.createElement('span');
  slot.className = 'field-problem';
  slot.setAttribute('role', 'alert');
  slot.dataset['problemFor'] = name;
  slot.hidden = true;
  wrapper.append(caption, slot);
  return wrapper;
}
