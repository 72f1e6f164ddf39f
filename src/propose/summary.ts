/** The draft as the CLI asks for it. */
export interface ProposedDraft {
  id: string;
  document: { title: string; text: string };
  mentions: Array<{ entity: { entityId: string | null } }>;
  entities: Array<{ name: string; kind: string; named: boolean }>;
  proposals: Array<{
    id: string;
    type: string;
    quote: string;
    status: string;
    from: { name: string };
    to: { name: string };
  }>;
}

const short = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What a reviewer wants to know before opening the page: what was linked, what is new, what is proposed. */
export function summary(file: string, draft: ProposedDraft): string {
  const words = draft.document.text.split(/\s+/).filter(Boolean).length;
  const linked = draft.mentions.filter((m) => m.entity.entityId !== null);
  const known = new Set(linked.map((m) => m.entity.entityId));
  const named = draft.entities.filter((e) => e.named);
  return [
    `${file}: draft ${draft.id} "${draft.document.title}" (${words} words)`,
    `  ${draft.mentions.length} mentions, ${linked.length} linked to ${known.size} entities of the graph`,
    `  ${draft.entities.length} new-entity proposals (${named.length} named: ${named.map((e) => `${e.name} [${e.kind}]`).join(', ') || 'none'})`,
    `  ${draft.proposals.length} relationship proposals:`,
    ...draft.proposals.map(
      (p) => `    ${p.id} ${p.type} ${p.from.name} -> ${p.to.name} (${p.status}) "${short(p.quote)}"`,
    ),
  ].join('\n');
}
