import { expect } from "vitest";
import { UserFacingError } from "@/lib/http/errors";

/** The promise rejects with a UserFacingError of this status whose message matches. */
export async function expectUserFacingError(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as UserFacingError).status).toBe(status);
  expect((error as UserFacingError).message).toMatch(message);
}
