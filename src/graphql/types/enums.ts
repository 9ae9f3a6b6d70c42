import { registerEnumType } from 'type-graphql';

export enum StatementKind {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
  MIXED = 'MIXED',
  ACCORDING_TO = 'ACCORDING_TO',
  UNATTRIBUTED = 'UNATTRIBUTED',
}

export enum ActorType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  OUTLET = 'OUTLET',
  GROUP = 'GROUP',
}

export enum ActorOrder {
  NAME = 'NAME',
  STATEMENTS = 'STATEMENTS',
}

export enum Verdict {
  FALSE = 'FALSE',
  MISLEADING = 'MISLEADING',
  UNPROVEN = 'UNPROVEN',
  MIXED = 'MIXED',
  TRUE = 'TRUE',
}

export enum ClaimRelationType {
  COUNTERS = 'COUNTERS',
  SUPPORTS = 'SUPPORTS',
}

export enum Role {
  FACT_CHECKER = 'FACT_CHECKER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

export enum IngestStatus {
  CREATED = 'CREATED',
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'How a statement is attributed.',
  valuesConfig: {
    DIRECT: { description: 'Quoted verbatim.' },
    INDIRECT: { description: 'Paraphrased ("X said that …").' },
    MIXED: { description: 'A paraphrase with quoted parts.' },
    ACCORDING_TO: { description: '"According to X, …".' },
    UNATTRIBUTED: { description: 'Asserted with no source, often hedged ("reportedly").' },
  },
});
registerEnumType(ActorType, {
  name: 'ActorType',
  valuesConfig: {
    GROUP: { description: 'A collective named by what its members are, not who: "voters", "Republicans", "analysts".' },
  },
});
registerEnumType(ActorOrder, {
  name: 'ActorOrder',
  valuesConfig: {
    NAME: { description: 'By name; with a search, exact name or alias matches first.' },
    STATEMENTS: { description: 'Most-quoted first: by the number of statements made; then by name.' },
  },
});
registerEnumType(Verdict, { name: 'Verdict', description: "A fact-checker's rating of a claim." });
registerEnumType(ClaimRelationType, { name: 'ClaimRelationType' });
registerEnumType(Role, { name: 'Role', description: 'API key roles; each includes the ones before it.' });
registerEnumType(IngestStatus, { name: 'IngestStatus' });
