/** An error whose message is meant for the person who made the request, with its HTTP status. */
export class UserFacingError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
