import { BadInputError } from '../../domain/errors';
import { pairKey } from '../../domain/resolution';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { appendAudit, type AuditEntry } from './audit';
import { lockEntity } from './merge-io';
import { createNotSameStatement, notSameStatement } from './merge-statements';
import { stampNow } from './stamp';

/** A person's judgement that two entities are not one thing: the pair is never proposed again. */
export interface NotSameJudgement {
  a: string;
  b: string;
  at: string;
  by: string;
  reason: string;
}

export interface JudgementOutcome {
  judgement: NotSameJudgement;
  audit: AuditEntry;
}

/** Records "not the same" for a pair of entities of one kind, once, with its audit record. */
export function judgeNotSame(
  client: GraphClient,
  actor: Actor,
  input: { a: string; b: string; reason: string },
): Promise<JudgementOutcome> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    if (input.a === input.b) {
      throw new BadInputError(`Arguments "a" and "b": expected two different entities, got "${input.a}" twice.`, {
        argument: 'b',
      });
    }
    const a = await lockEntity(tx, input.a);
    const b = await lockEntity(tx, input.b);
    for (const [argument, id, found] of [['a', input.a, a] as const, ['b', input.b, b] as const]) {
      if (!found) {
        throw new BadInputError(
          `Argument "${argument}": expected the id of an entity, got "${id}", which no entity has.`,
          {
            argument,
          },
        );
      }
    }
    if (a!.entity.kind !== b!.entity.kind) {
      throw new BadInputError(
        `Argument "b": expected an entity of the kind of "${input.a}" (${a!.entity.kind}), got ${b!.entity.kind}: pairs of two kinds are never proposed.`,
        { argument: 'b' },
      );
    }
    const pair = pairKey(input.a, input.b);
    const [existing] = await tx.run<{ judgement: NotSameJudgement }>(notSameStatement(pair));
    if (existing) {
      throw new BadInputError(
        `The pair "${input.a}", "${input.b}" was already judged not the same (at ${existing.judgement.at}).`,
        { argument: 'b' },
      );
    }
    const [ordered0, ordered1] = input.a < input.b ? [input.a, input.b] : [input.b, input.a];
    const judgement = { a: ordered0, b: ordered1, at: stamp.at, by: actor.id, reason: input.reason };
    await tx.run(createNotSameStatement({ pair, ...judgement }));
    const audit = await appendAudit(tx, stamp, {
      operation: 'judgeNotSame',
      input,
      before: null,
      after: judgement,
      reason: input.reason,
      entityIds: [input.a, input.b],
      relationshipIds: [],
    });
    return { judgement, audit };
  });
}
