import type { Resolvers } from '../generated/resolvers-types';
import { DateScalar, PartialDateScalar } from '../scalars';
import { CommonNeighbours } from './CommonNeighbours';
import { Country } from './Country';
import { Court } from './Court';
import { DatedValue } from './DatedValue';
import { Document } from './Document';
import { Entity } from './Entity';
import { EntityKind } from './EntityKind';
import { Event } from './Event';
import { Government } from './Government';
import { GraphStats } from './GraphStats';
import { Group } from './Group';
import { Law } from './Law';
import { Organization } from './Organization';
import { Path } from './Path';
import { PathHop } from './PathHop';
import { Person } from './Person';
import { Place } from './Place';
import { Prison } from './Prison';
import { Query } from './Query';
import { Relationship } from './Relationship';
import { RelationshipEdge } from './RelationshipEdge';
import { Source } from './Source';
import { Subgraph } from './Subgraph';
import { Timeline } from './Timeline';
import { TimelineEntry } from './TimelineEntry';

/** One file per GraphQL type, named after it; types with only default resolvers have none. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  EntityKind,
  Query,
  Entity,
  Person,
  Government,
  Country,
  Organization,
  Prison,
  Law,
  Court,
  Event,
  Document,
  Place,
  Group,
  Relationship,
  RelationshipEdge,
  DatedValue,
  Source,
  Subgraph,
  Timeline,
  TimelineEntry,
  GraphStats,
  Path,
  PathHop,
  CommonNeighbours,
};
