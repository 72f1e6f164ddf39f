import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';

import { variablesText, type PlaygroundExample } from './examples';

function ExamplesIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
    </svg>
  );
}

/** A side pane listing docs/querying.md's examples by section; a click opens one in a new tab. */
export function examplesPlugin(examples: PlaygroundExample[]): GraphiQLPlugin {
  const sections = [...new Set(examples.map((e) => e.section))];
  function ExamplesPane() {
    const editor = useEditorContext({ nonNull: true });
    const open = (example: PlaygroundExample) => {
      editor.addTab();
      // addTab fills the editors with the default query as React flushes the click; replace it after.
      setTimeout(() => {
        editor.queryEditor?.setValue(example.query);
        editor.variableEditor?.setValue(variablesText(example));
      }, 0);
    };
    return (
      <div className="ng-examples">
        <div className="graphiql-doc-explorer-title">Examples</div>
        <p className="ng-examples-source">
          From <code>docs/querying.md</code>. A click opens the example in a new tab.
        </p>
        {examples.length === 0 && <p>No examples found in docs/querying.md.</p>}
        {sections.map((section) => (
          <section key={section}>
            {section !== '' && <h3>{section}</h3>}
            <ul>
              {examples
                .filter((e) => e.section === section)
                .map((example) => (
                  <li key={example.title}>
                    <button type="button" className="ng-example" onClick={() => open(example)}>
                      {example.title}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    );
  }
  return { title: 'Examples', icon: ExamplesIcon, content: ExamplesPane };
}
