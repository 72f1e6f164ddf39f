import 'graphiql/style.css';
import './playground.css';

import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';

import { examplesPlugin } from './examples-plugin';
import { readExamples, variablesText } from './examples';

/** The API is the page's own URL: the server answers GET /graphql from a browser with this page. */
const endpoint = window.location.pathname;

/**
 * Plain fetch, POST with a JSON body. `apollo-require-preflight` satisfies the
 * server's CSRF prevention even for requests that would not otherwise carry a
 * preflight-forcing content type; headers typed in the editor are added.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

const examples = readExamples();
const first = examples[0];
const plugins = [examplesPlugin(examples)];

const container = document.getElementById('playground');
if (container === null) throw new Error('The page has no #playground element.');
createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={plugins}
    defaultTabs={first === undefined ? undefined : [{ query: first.query, variables: variablesText(first) }]}
    defaultEditorToolsVisibility={first?.variables != null ? 'variables' : false}
    isHeadersEditorEnabled
  >
    <GraphiQL.Logo>newsgraph</GraphiQL.Logo>
  </GraphiQL>,
);

/**
 * Open the examples pane when no other pane is open. GraphiQL 4 applies
 * `visiblePlugin` only after its pane has been laid out hidden, so press the
 * sidebar button instead, as a person would.
 */
function openExamplesOnce(attempts = 50): void {
  const button = document.querySelector<HTMLButtonElement>('.graphiql-sidebar button[aria-label="Show Examples"]');
  if (button === null) {
    if (attempts > 0) setTimeout(() => openExamplesOnce(attempts - 1), 50);
    return;
  }
  if (document.querySelector('.graphiql-sidebar button.active') === null) button.click();
}
openExamplesOnce();
