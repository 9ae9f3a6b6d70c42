import { registerEnumType } from 'type-graphql';
import { ActorOrder, ActorType, ClaimRelationType, IngestStatus, Role, StatementKind, Verdict } from '../../model/enums';

// The model's enums, registered once for the schema; re-exported so the GraphQL layer imports
// them from here, which guarantees the registration has run before the schema is built.
export { ActorOrder, ActorType, ClaimRelationType, IngestStatus, Role, StatementKind, Verdict };

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
