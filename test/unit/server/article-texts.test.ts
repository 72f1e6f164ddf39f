import { parse, type OperationDefinitionNode } from 'graphql';

import { setArticleTextsAside } from '../../../src/server/limits/article-texts';

const operation = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;

describe('setArticleTextsAside', () => {
  it('sets aside the text of an article input (any nullability) and measures it; other strings stay', () => {
    const op = operation('mutation($a: ProposeFromTextInput!, $b: AddDocumentInput, $c: CreateEntityInput!) { x }');
    const variables = {
      a: { title: 't', text: 'x'.repeat(50) },
      b: { text: 'y'.repeat(70) },
      c: { name: 'z'.repeat(90), text: 'w' },
    };
    expect(setArticleTextsAside(op, variables)).toEqual({
      rest: { a: { title: 't' }, b: {}, c: variables.c },
      longestArticle: 70,
    });
  });

  it('leaves a variable that is not an object, or whose text is not a string, as it is', () => {
    const op = operation('mutation($a: ProposeFromTextInput, $b: AddDocumentInput!) { x }');
    expect(setArticleTextsAside(op, { a: null, b: { text: 5 } })).toEqual({
      rest: { a: null, b: { text: 5 } },
      longestArticle: 0,
    });
  });
});
