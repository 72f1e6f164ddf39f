import {
  assertEntityKind,
  assertRelationshipType,
  endpointProblem,
  ENTITY_KINDS,
  ENTITY_PROPERTY_SCHEMAS,
  isRelationshipStatus,
  parseEntityProperties,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  STATUS_MEANINGS,
} from '../../../src/domain';

describe('entity kinds', () => {
  it('has a property schema per kind', () => {
    expect(Object.keys(ENTITY_PROPERTY_SCHEMAS).sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('guards label interpolation', () => {
    expect(assertEntityKind('Person')).toBe('Person');
    expect(() => assertEntityKind('Person:Admin')).toThrow(
      `Unknown entity kind "Person:Admin"; expected one of ${ENTITY_KINDS.join(', ')}.`,
    );
  });

  it('checks kind-specific properties and rejects unknown ones', () => {
    expect(parseEntityProperties('Law', { enactedYear: 1798 })).toEqual({
      ok: true,
      properties: { enactedYear: 1798 },
    });
    expect(parseEntityProperties('Person', {})).toEqual({ ok: true, properties: { roles: [] } });
    expect(parseEntityProperties('Event', { roles: ['x'] })).toEqual({
      ok: false,
      problems: [{ path: ['roles'], message: 'unknown field "roles"; allowed here: none (kind Event)' }],
    });
    expect(parseEntityProperties('Law', { enactedYear: '1798' })).toEqual({
      ok: false,
      problems: [{ path: ['enactedYear'], message: 'expected number, got "1798"' }],
    });
  });

  it('flattens a document date into value and precision', () => {
    const parsed = parseEntityProperties('Document', { title: 'T', published: '2025-04' });
    expect(parsed).toEqual({
      ok: true,
      properties: {
        title: 'T',
        publisher: null,
        published: '2025-04',
        publishedPrecision: 'MONTH',
        publishedNote: null,
        url: null,
      },
    });
    expect(parseEntityProperties('Document', { published: '2025-02-30' })).toEqual({
      ok: false,
      problems: [{ path: ['published'], message: '"2025-02-30" is not a calendar day: February 2025 has 28 days' }],
    });
  });
});

describe('relationship kinds', () => {
  it('has the types the article needs, UPPER_SNAKE, each with a verb and allowed ends', () => {
    for (const type of [
      'INVITED',
      'DEPORTED_TO',
      'ORDERED_HALT',
      'INVOKED',
      'LEADS',
      'AFFILIATED_WITH',
      'HOUSED_IN',
      'CALLED_FOR_IMPEACHMENT_OF',
      'POSTED',
      'THANKED',
      'SENT_BY_MISTAKE',
      'ADMITTED_IN_FILING',
      'PARTNERED_WITH',
      'LOCATED_IN',
    ]) {
      expect(RELATIONSHIP_TYPES).toContain(type);
    }
    for (const type of RELATIONSHIP_TYPES) {
      const kind = RELATIONSHIP_KINDS[type];
      expect(type).toMatch(/^[A-Z]+(_[A-Z0-9]+)*$/);
      expect(kind.verb.length).toBeGreaterThan(0);
      expect(kind.from.length).toBeGreaterThan(0);
      expect(kind.to.length).toBeGreaterThan(0);
      for (const k of [...kind.from, ...kind.to]) expect(ENTITY_KINDS).toContain(k);
    }
  });

  it('guards type interpolation', () => {
    expect(assertRelationshipType('LEADS')).toBe('LEADS');
    expect(() => assertRelationshipType('LEADS]->() DETACH DELETE n //')).toThrow(
      /^Unknown relationship type "LEADS\]->\(\) DETACH DELETE n \/\/"; expected one of INVITED, /,
    );
    expect(() => assertRelationshipType('toString')).toThrow(/Unknown relationship type "toString"/);
  });

  it('names the allowed kinds when an endpoint is not allowed', () => {
    expect(endpointProblem('LEADS', 'from', 'Country')).toBe(
      'LEADS cannot start at a Country; allowed subject kinds: Person',
    );
    expect(endpointProblem('LEADS', 'to', 'Country')).toBeNull();
  });
});

describe('statuses', () => {
  it('each has a meaning', () => {
    expect(Object.keys(STATUS_MEANINGS)).toEqual([...RELATIONSHIP_STATUSES]);
    expect(isRelationshipStatus('PLANNED')).toBe(true);
    expect(isRelationshipStatus('planned')).toBe(false);
  });
});
