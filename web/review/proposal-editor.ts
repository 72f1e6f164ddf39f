import { h } from '../shared/dom';
import type { ReviewApi } from './api';
import { endPicker } from './end-picker';
import type { Draft, RelationshipProposal } from './operations';
import { field, problemsOf, showProblems } from './problems';
import { RELATIONSHIP_TYPES, STATUSES, choice, describeType, confidenceInput } from './vocabulary';

export interface EditorOptions {
  /** Sends the changed fields (EditRelationshipProposalInput without the ids); a throw keeps the form open. */
  save(input: Record<string, unknown>): Promise<void>;
  close(): void;
}

const dateInput = (name: string, value: string | null) =>
  h('input', { name, value: value ?? '', placeholder: '2025-03-15, 2025-03 or 2025', size: '12' });

/**
 * Edits a relationship proposal in its card: type, ends, dates, status,
 * confidence. Only the fields changed are sent (a date emptied is `null`,
 * cleared); the API's refusal is shown beside the field it names.
 * Enter saves, Escape cancels.
 */
export function proposalEditor(p: RelationshipProposal, draft: Draft, api: ReviewApi, options: EditorOptions) {
  const type = choice('type', RELATIONSHIP_TYPES, p.type, 'Type');
  const typeHint = h('span', { class: 'hint' }, describeType(p.type));
  type.addEventListener('change', () => (typeHint.textContent = describeType(type.value)));
  const from = endPicker('From', draft, api, p.from);
  const to = endPicker('To', draft, api, p.to);
  const dates = {
    date: dateInput('date', p.date),
    since: dateInput('since', p.since),
    until: dateInput('until', p.until),
  };
  const status = choice('status', STATUSES, p.status, 'Status');
  const confidence = confidenceInput(p.confidence);
  const rest = h('p', { class: 'problem', role: 'alert', hidden: '' });
  const save = h('button', { type: 'submit', class: 'save' }, 'Save');

  const changed = (): Record<string, unknown> => {
    const input: Record<string, unknown> = {};
    if (type.value !== p.type) input['type'] = type.value;
    for (const [end, picker, was] of [
      ['from', from, p.from],
      ['to', to, p.to],
    ] as const) {
      const ref = picker.value();
      const same =
        ref !== null && ('entityId' in ref ? ref.entityId === was.entityId : ref.proposalId === was.proposalId);
      if (ref !== null && !same) input[end] = ref;
    }
    for (const [name, control] of Object.entries(dates)) {
      const value = control.value.trim();
      if (value !== (p[name as 'date'] ?? '')) input[name] = value === '' ? null : value;
    }
    if (status.value !== p.status) input['status'] = status.value;
    if (Number(confidence.value) !== p.confidence) input['confidence'] = Number(confidence.value);
    return input;
  };

  const form = h(
    'form',
    {
      class: 'editor',
      'aria-label': `Edit ${p.id}`,
      onsubmit: (event) => {
        event.preventDefault();
        const input = changed();
        if (Object.keys(input).length === 0) return options.close();
        save.disabled = true;
        options.save(input).catch((error: unknown) => {
          showProblems(form, rest, problemsOf(error));
          save.disabled = false;
        });
      },
      onkeydown: (event) => {
        if ((event as KeyboardEvent).key === 'Escape') options.close();
      },
    },
    field('type', 'Type', type),
    typeHint,
    field('from', 'From', from.element),
    field('to', 'To', to.element),
    field('date', 'On', dates.date),
    field('since', 'Since', dates.since),
    field('until', 'Until', dates.until),
    field('status', 'Status', status),
    field('confidence', 'Confidence', confidence),
    rest,
    h('div', { class: 'actions' }, save, h('button', { type: 'button', onclick: () => options.close() }, 'Cancel')),
  );
  queueMicrotask(() => type.focus());
  return form;
}
