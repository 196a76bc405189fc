/**
 * GET /api/health: liveness for a load balancer or an uptime check, 200 {"ok":true} while this
 * process answers requests. It never touches the database on purpose: a database outage must not
 * take every app replica out of rotation at once (pages and API calls answer it themselves with a
 * 503 and Retry-After). It is also the floor of a route handler in `npm run bench`: no session, no
 * database, no body.
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
