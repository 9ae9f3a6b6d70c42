import { Query, Resolver } from 'type-graphql';
import { SERVICE_VERSION } from '../../version';

@Resolver()
export class SystemResolver {
  /** The running service's version, so a client can tell which build answered. */
  @Query(() => String, { description: "The service's version." })
  version(): string {
    return SERVICE_VERSION;
  }
}
