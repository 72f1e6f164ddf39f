import { Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';

/**
 * Input types whose `text` is a whole article, stored verbatim: a 3,000-word
 * article is some 18,000 characters, past maxStringLength (sized for ids and
 * search words), so these texts have their own bound, maxDocumentLength.
 */
export const ARTICLE_INPUT_TYPES: ReadonlySet<string> = new Set(['AddDocumentInput', 'ProposeFromTextInput']);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** The variables with each article text set aside, and the length of the longest such text. */
export function setArticleTextsAside(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { rest: Record<string, unknown>; longestArticle: number } {
  const rest = { ...variables };
  let longestArticle = 0;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = rest[name];
    if (!ARTICLE_INPUT_TYPES.has(namedType(definition.type)) || value === null || typeof value !== 'object') continue;
    const { text, ...others } = value as Record<string, unknown>;
    if (typeof text !== 'string') continue;
    longestArticle = Math.max(longestArticle, text.length);
    rest[name] = others;
  }
  return { rest, longestArticle };
}
