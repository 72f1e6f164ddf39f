import { h } from '../shared/dom';
import { refusalText } from '../shared/write-key';

export interface ReasonFormOptions {
  /** What the form does, e.g. `Merge “A” into “B”`. */
  title: string;
  submit: string;
  placeholder: string;
  /** Runs the write; a throw keeps the form open with the refusal shown in it. */
  onSubmit(reason: string): Promise<void>;
  onCancel(): void;
}

/**
 * Every write of the merge views asks why (the audit record keeps it): a
 * reason, then confirm. Enter in the field confirms, Escape cancels.
 */
export function reasonForm(options: ReasonFormOptions): HTMLFormElement {
  const field = h('input', {
    type: 'text',
    class: 'reason',
    required: '',
    maxlength: '500',
    placeholder: options.placeholder,
    'aria-label': 'Reason',
  });
  const problem = h('p', { class: 'refusal', role: 'alert', hidden: '' });
  const submit = h('button', { type: 'submit', class: 'confirm' }, options.submit);
  const form = h(
    'form',
    {
      class: 'reason-form',
      onsubmit: (event) => {
        event.preventDefault();
        const reason = field.value.trim();
        if (reason === '') {
          field.focus();
          return;
        }
        submit.disabled = true;
        problem.hidden = true;
        options.onSubmit(reason).catch((error: unknown) => {
          problem.textContent = refusalText(error);
          problem.hidden = false;
          submit.disabled = false;
        });
      },
      onkeydown: (event) => {
        if ((event as KeyboardEvent).key === 'Escape') options.onCancel();
      },
    },
    h('label', {}, `${options.title} — why? `, field),
    h(
      'div',
      { class: 'actions' },
      submit,
      h('button', { type: 'button', class: 'cancel', onclick: () => options.onCancel() }, 'Cancel'),
    ),
    problem,
  );
  queueMicrotask(() => field.focus());
  return form;
}
