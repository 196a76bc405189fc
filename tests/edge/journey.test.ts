/**
 * Issue 20, through the edge with two app processes: the core journey in Chromium (read a guide, tick,
 * sign in with the mailed link, merge, plan, checklist), and a sign-in link asked of one process and
 * redeemed on the other (nothing is kept in a process).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, newContext, signIn, uniqueEmail } from "../support/browser";
import { confirmationForm, HttpClient, waitForMail } from "../support/http";
import { accessLog, startTestEdge } from "../support/edge";
import type { Edge } from "../../scripts/edge-topology.ts";

let edge: Edge;
let browser: Browser;
beforeAll(async () => {
  edge = await startTestEdge();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await edge?.stop();
});

const GUIDE = "linkedin";
const box = (page: Page, n: number) => page.locator("li.step").nth(n).locator('input[type="checkbox"]');
const progressLine = (page: Page, text: string) => page.locator("#progress-line", { hasText: text }).waitFor();

describe("the edge: nginx and two app processes", () => {
  it("carries the core journey: read a guide, tick, sign in by mail, merge, plan, checklist", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/guides/${GUIDE}`);
    await page.getByText("Ticks are kept on this device only.").waitFor();
    await box(page, 0).check();
    await box(page, 1).check();
    await progressLine(page, "2 of");
    await signIn(page, uniqueEmail("edge-journey"), `/guides/${GUIDE}`);
    await progressLine(page, "2 of");
    await page.getByText("All changes saved to your checklist.").waitFor();
    await page.goto("/plan");
    await page.getByText("Saved to your account").waitFor();
    await page.getByRole("checkbox", { name: "LinkedIn" }).check();
    await page.goto("/checklist");
    await page.getByText(/2 of \d+ steps done/).first().waitFor();
    await context.close();
    // Both processes answered parts of it: the journey did not depend on one of them.
    const answeredBy = new Set(accessLog(edge).flatMap((l) => l.upstreams));
    for (const app of edge.apps) expect(answeredBy).toContain(`127.0.0.1:${app.port}`);
  });

  it("redeems on one process a sign-in link asked of the other", async () => {
    const [first, second] = edge.apps as [Edge["apps"][0], Edge["apps"][0]];
    const email = uniqueEmail("edge-two-processes");
    const client = new HttpClient("two-processes");
    // Asked of the first process only (with the site's Host, as nginx passes it)…
    const csrf = await client.send("/api/auth/csrf", { port: first.port });
    expect(csrf.status).toBe(200);
    const since = Date.now();
    const asked = await client.send("/api/auth/signin/nodemailer", {
      port: first.port,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken, callbackUrl: "/checklist" }).toString(),
    });
    expect(asked.status).toBe(302);
    const mail = await waitForMail(email, since, (m) => m.url.includes("/signin/confirm"));
    // …and redeemed on the second.
    const link = new URL(mail.url);
    const confirmation = await client.send(`${link.pathname}${link.search}`, { port: second.port });
    expect(confirmation.status).toBe(200);
    const { action, fields } = confirmationForm(confirmation.body);
    const landed = await client.send(action, { port: second.port, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
    expect(landed.status).toBe(302);
    expect(client.sessionToken).toBeTruthy();
    // The session works through the edge, whichever process answers.
    for (let i = 0; i < 4; i++) {
      const me = await client.get("/api/me");
      expect(me.status).toBe(200);
      expect(me.body).toContain(email);
    }
  });
});
