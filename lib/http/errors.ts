import type { ErrorCode, ErrorValues } from "./error-codes";

/**
 * An error meant for the person who made the request, with its HTTP status and a stable code
 * (lib/http/error-codes.ts). `message` is the English text (logs, server actions, tests); an API route
 * answers with the code and the sentence for that code in the reader's language. Without a code it is
 * "invalid-input", and the English message is its detail.
 */
export class UserFacingError extends Error {
  readonly code: ErrorCode;
  readonly values: ErrorValues;
  constructor(
    readonly status: number,
    message: string,
    code?: ErrorCode,
    values: ErrorValues = {},
  ) {
    super(message);
    this.code = code ?? "invalid-input";
    this.values = code ? values : { detail: message };
  }
}
