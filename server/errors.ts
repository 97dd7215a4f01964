/** An expected failure whose message alone tells the user what to do: printed as one line, no stack. */
export class UserError extends Error {
  override name = 'UserError';
}
