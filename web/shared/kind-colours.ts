/**
 * One colour per entity kind (Tableau 10 and a neighbour; the API's spelling):
 * the explorer's nodes and legend, the review page's mentions.
 */
export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#4e79a7',
  GOVERNMENT: '#f28e2b',
  COUNTRY: '#e15759',
  ORGANIZATION: '#76b7b2',
  PRISON: '#59a14f',
  LAW: '#edc948',
  COURT: '#b07aa1',
  EVENT: '#ff9da7',
  DOCUMENT: '#9c755f',
  PLACE: '#bab0ac',
  GROUP: '#86bcb6',
};
