import { DateTimeResolver, URLResolver } from 'graphql-scalars';

/** ISO-8601 date-times (graphql-scalars validates and serialises them). */
export const DateTime = DateTimeResolver;
/** Absolute URLs (graphql-scalars). */
export const URLScalar = URLResolver;
