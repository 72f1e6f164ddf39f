/**
 * The worked example of docs/writing.md as data: each step's request, built
 * from what the steps before it answered. The render script runs it against
 * a server with the seed graph and writes the real answers into the page; a
 * test runs the same steps, so the page cannot drift from the API.
 */
export interface WalkthroughStep {
  title: string;
  /** Markdown shown above the request. */
  text: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Shown instead of `variables` where a value is too long to print (the article's text). */
  shownVariables?: Record<string, unknown>;
  /** The error code the step shows; every other step answers without errors. */
  refusedWith?: string;
  /** Keeps what later steps need from this step's answer. */
  remember?: (state: WalkthroughState, data: unknown) => void;
}

/** What the steps read from earlier answers. */
export interface WalkthroughState {
  /** Prefix of every id the walkthrough writes (empty in the docs; per run in tests). */
  prefix: string;
  articleText: string;
  /** `at` of the audit record of the first statement of the fact: the graph as it stood then. */
  statedAt?: string;
}

const RELATIONSHIPS_AT_JUDGE = `query Judge($id: ID!, $knownAt: DateTime) {
  entity(id: $id) {
    name
    relationships(filter: { knownAt: $knownAt }) {
      edges { other { id name } node { id type version confidence sources { quote recordedAt } } }
    }
  }
}`;

const QUOTE_FIRST =
  'ordered the Trump administration on Saturday to stop deporting Venezuelans under the Alien Enemies Act';
const QUOTE_SECOND =
  'issued a temporary restraining order on March 15 that barred removals under the 1798 law for 14 days';

export function walkthroughSteps(state: WalkthroughState): WalkthroughStep[] {
  const p = state.prefix;
  const doc = `${p}test-wire-boasberg`;
  const judge = `${p}james-e-boasberg`;
  const fact = `${p}boasberg-ordered-halt`;
  const articleInput = {
    id: doc,
    title: 'Judge who halted Alien Enemies Act flights faces impeachment calls',
    publisher: 'Test Wire',
    published: '2025-03',
    publishedNote: 'Not stated in the text; the month of the order it reports.',
  };
  return [
    {
      title: '1. Store the article',
      text: 'The text is stored verbatim with its SHA-256; every quote will point into it.',
      query: `mutation AddDocument($input: AddDocumentInput!) {
  addDocument(input: $input) { entity { id name ... on Document { publisher published { value precision } } } audit { id at operation actor { type name } } }
}`,
      variables: { input: { ...articleInput, text: state.articleText } },
      shownVariables: { input: { ...articleInput, text: `${state.articleText.slice(0, 70)}…` } },
    },
    {
      title: '2. Create the judge the article names',
      text: 'The seed article knows him only as "a federal judge"; merging the two is entity resolution\'s work.',
      query: `mutation CreateEntity($input: CreateEntityInput!) {
  createEntity(input: $input) { entity { id kind name version recordedAt } audit { operation } }
}`,
      variables: {
        input: {
          id: judge,
          kind: 'PERSON',
          name: 'James E. Boasberg',
          aliases: ['Boasberg'],
          properties: { roles: ['Chief U.S. District Judge'] },
        },
      },
    },
    {
      title: '3. State a fact with its quote',
      text: 'Only the quote is given: its offsets are computed from the stored text (a quote found twice would need `start`).',
      query: `mutation AddRelationship($input: AddRelationshipInput!) {
  addRelationship(input: $input) {
    relationship { id type version confidence date { value precision } sources { quote start end recordedAt } }
    audit { id at operation }
  }
}`,
      variables: {
        input: {
          id: fact,
          type: 'ORDERED_HALT',
          from: judge,
          to: 'deportation-campaign',
          date: '2025-03-15',
          status: 'REPORTED',
          confidence: 0.8,
          sources: [{ documentId: doc, quote: QUOTE_FIRST }],
        },
      },
      remember: (s, data) => {
        s.statedAt = (data as { addRelationship?: { audit?: { at?: string } } } | null)?.addRelationship?.audit?.at;
      },
    },
    {
      title: '4. Correct it',
      text: 'A correction names the version it read. It writes version 2 and retracts version 1, linked to it; nothing is overwritten.',
      query: `mutation Correct($input: UpdateRelationshipInput!) {
  updateRelationship(input: $input) {
    relationship { id version confidence }
    previous { version retraction { at reason supersededBy } }
  }
}`,
      variables: {
        input: {
          id: fact,
          expectedVersion: 1,
          confidence: 0.95,
          reason: 'The second paragraph states the order as fact, with its date.',
        },
      },
    },
    {
      title: '5. Add a second quote behind it',
      text: 'Another version, now with two sources; the first keeps the time it was first recorded.',
      query: `mutation AddSource($input: AddSourceInput!) {
  addSource(input: $input) { relationship { version sources { quote start recordedAt } } }
}`,
      variables: {
        input: { relationshipId: fact, expectedVersion: 2, source: { documentId: doc, quote: QUOTE_SECOND } },
      },
    },
    {
      title: '6. A stale version is refused',
      text: 'Someone who read version 2 and tries to correct it now gets `CONFLICT` naming the current version; the database is unchanged.',
      query: `mutation Stale($input: UpdateRelationshipInput!) {
  updateRelationship(input: $input) { relationship { version } }
}`,
      variables: { input: { id: fact, expectedVersion: 2, status: 'ALLEGED' } },
      refusedWith: 'CONFLICT',
    },
    {
      title: '7. Retract it',
      text: 'A retraction keeps the fact in the database with who, when and why; reads no longer see it.',
      query: `mutation Retract($id: ID!, $reason: String!) {
  retractRelationship(id: $id, reason: $reason) { relationship { id version retraction { at by reason } } }
}`,
      variables: { id: fact, reason: 'Walkthrough: retracted to show that nothing is erased.' },
    },
    {
      title: '8. Read the audit trail',
      text: 'Every change, newest first, with who made it, its input and before/after (shortened here to the fields that tell the story).',
      query: `query Audit($id: ID!) {
  auditLog(filter: { relationshipId: $id }, first: 10) {
    edges { node { at operation reason actor { type name } } }
  }
}`,
      variables: { id: fact },
    },
    {
      title: '9. The same question, now',
      text: 'The retracted fact is gone from the answer…',
      query: RELATIONSHIPS_AT_JUDGE,
      variables: { id: judge },
    },
    {
      title: '10. The same question, as the graph stood after step 3',
      text: "…and `knownAt` (the `at` of step 3's audit record) gives the answer as it was then: version 1, one quote.",
      query: RELATIONSHIPS_AT_JUDGE,
      variables: { id: judge, knownAt: state.statedAt ?? null },
    },
  ];
}

export interface WalkthroughAnswer {
  step: WalkthroughStep;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read by tests and the renderer
  body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** Runs the steps in order; each is built from what the steps before it answered. */
export async function runWalkthrough(
  state: WalkthroughState,
  send: (step: WalkthroughStep) => Promise<WalkthroughAnswer['body']>,
): Promise<WalkthroughAnswer[]> {
  const answers: WalkthroughAnswer[] = [];
  for (let i = 0; i < walkthroughSteps(state).length; i++) {
    const step = walkthroughSteps(state)[i]!;
    const body = await send(step);
    step.remember?.(state, body.data);
    answers.push({ step, body });
  }
  return answers;
}
