import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { ActorRecord } from '../../model/actor.record';
import { ActorType } from './enums';

/** The object type of an actor, by its kind. */
export function actorTypeName(actor: ActorRecord): string {
  return ({ PERSON: 'Person', ORGANIZATION: 'Organization', OUTLET: 'Outlet', GROUP: 'Group' })[actor.type];
}

@InterfaceType('Actor', {
  description: 'Anyone or anything that speaks or is cited: a person, an organization, an outlet or a group.',
  resolveType: actorTypeName,
})
export abstract class Actor {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Every other spelling seen or added by curators.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ActorType)
  type!: ActorType;
}

@ObjectType({ implements: Actor, simpleResolvers: true })
export class Person extends Actor {}

@ObjectType({ implements: Actor, simpleResolvers: true })
export class Organization extends Actor {
  @Field(() => String, { nullable: true, description: 'ministry, press service, agency, council, state…' })
  kind!: string | null;
}

@ObjectType({ implements: Actor, simpleResolvers: true })
export class Outlet extends Actor {
  @Field(() => String, { nullable: true })
  domain!: string | null;

  @Field({ description: 'A collective source such as "the Russian media".' })
  collective!: boolean;
}

@ObjectType({
  implements: Actor,
  simpleResolvers: true,
  description: 'A collective quoted as one ("voters", "Republicans", "analysts"): no person and no organization, so kept apart from both.',
})
export class Group extends Actor {}

@ObjectType({ description: 'A role a person holds: "head" of the Center…, "press secretary" of Putin.' })
export class ActorRole {
  @Field()
  title!: string;

  @Field(() => Actor)
  of!: ActorRecord;
}
