import { UserError } from '../core/errors.js';
import { graphqlFailure } from './graphql-failure.js';

/** What a NOT_FOUND usually means for health-check and metrics-collect, both of which read an organization input. */
const ORGANIZATION_HINT = '(check the organization input and that the token can read it).';

/**
 * Runs a GraphQL read and turns GitHub's NOT_FOUND answer (an unknown organization or repository, or
 * one the token cannot see) into a UserError with GitHub's message and `hint`; anything else is rethrown.
 */
export async function withNotFoundAsUserError<T>(read: () => Promise<T>, hint = ORGANIZATION_HINT): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const notFound = graphqlFailure(error)?.errors.find((e) => e.type === 'NOT_FOUND');
    if (notFound)
      throw new UserError(`${typeof notFound.message === 'string' ? notFound.message : 'Not found'} ${hint}`.trim());
    throw error;
  }
}
