// Browser tests in headless Debian Chromium, driven by playwright-core (no browser download).
//   node website/tests/browser.mjs SITE_URL SCREENSHOT_DIR
// Prints one JSON line with what it saw; exits non-zero on the first failed check.
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { checkSpanish, checkWidget } from "./widget.mjs";
import { checkAccessibility, axeCounts } from "./accessibility.mjs";

const [site, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const PASSWORD = process.env.STAFF_TEST_PASSWORD;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const seen = { axe: axeCounts };  // axe: what axe-core found on each page, by impact
const T = 20000;

async function lastAssistant(page) {
  return page.locator(".chat-msg.assistant").last();
}

async function answer(page, text) {
  const before = await page.locator(".chat-msg.assistant").count();
  await page.getByLabel("Your message").fill(text);
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll(".chat-msg.assistant").length > n, before, { timeout: T });
}

async function click(page, title) {
  const before = await page.locator(".chat-msg.assistant").count();
  await page.locator(".chat-buttons button", { hasText: title }).last().click({ timeout: T });
  await page.waitForFunction((n) => document.querySelectorAll(".chat-msg.assistant").length > n, before, { timeout: T });
}

try {
  // ---- the visitor -------------------------------------------------------------------------------
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(site + "/");
  await checkAccessibility(page, "landing");
  await page.screenshot({ path: `${shots}/landing.png` });
  // the privacy notice, one link away: what the chat keeps, for how long, who sees it
  const privacy = await context.newPage();
  assert.equal((await privacy.goto(site + "/privacy")).status(), 200);
  assert.match(await privacy.locator("main").innerText(), /deleted/);
  await checkAccessibility(privacy, "privacy");
  await privacy.screenshot({ path: `${shots}/privacy.png`, fullPage: true });
  await privacy.close();
  await page.bringToFront();
  // keyboard only: Tab to the launcher and press Enter
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.classList.contains("chat-launcher"))) break;
  }
  await page.keyboard.press("Enter");
  await page.locator(".chat-msg.disclaimer").first().waitFor({ timeout: T });
  assert.match(await page.locator(".chat-msg.disclaimer").first().innerText(), /not medical advice/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "chat-input");
  assert.equal(await page.getByRole("dialog").getAttribute("aria-labelledby"), "chat-title");
  await checkAccessibility(page, "chat-open");

  await answer(page, "why is therapy paired with ketamine?");
  await page.locator(".chat-source", { hasText: "Why we recommend therapy" }).waitFor({ timeout: T });
  seen.faq = await (await lastAssistant(page)).innerText();

  await answer(page, "<img src=x onerror=alert(1)> hello");
  assert.equal(await page.locator(".chat-log img").count(), 0);

  // danger mid-conversation: the crisis resources at once, and the handoff that follows is urgent for staff
  await answer(page, "honestly some nights i think about ending my life");
  assert.match(await (await lastAssistant(page)).innerText(), /988/);
  seen.crisis = true;

  await answer(page, "I'd like to book a free consultation");
  await checkAccessibility(page, "chat-buttons");
  await click(page, "Yes, I agree");
  await click(page, "Yes");
  await answer(page, "Robin Browser");
  await answer(page, "714-555-0166");
  await click(page, "Skip");
  await click(page, "Seal Beach");
  await click(page, "Depression");
  await click(page, "Text me");
  await click(page, "Evening");
  assert.match(await (await lastAssistant(page)).innerText(), /Is this right\?/);
  await click(page, "Yes, that's right");
  const done = await (await lastAssistant(page)).innerText();
  const code = (done.match(/reference ([A-Z0-9]{6})/) || [])[1];
  assert.ok(code, done);
  seen.code = code;
  // right after booking: when and how the team reaches out, by the request's code
  await answer(page, "when will someone call me?");
  assert.match(await (await lastAssistant(page)).innerText(), new RegExp(`reference ${code}`));
  await page.screenshot({ path: `${shots}/chat-open.png` });

  const storage = await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }));
  assert.ok(storage.session >= 2);
  assert.equal(storage.local, 0);
  await page.reload();
  await page.getByRole("button", { name: "Chat with us" }).click();
  await page.locator(".chat-msg", { hasText: "Robin Browser" }).first().waitFor({ timeout: T });

  // a phone-sized screen: the panel takes the whole width
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await small.goto(site + "/");
  await small.getByRole("button", { name: "Chat with us" }).click();
  await small.locator(".chat-msg.disclaimer").first().waitFor({ timeout: T });
  await checkAccessibility(small, "chat-phone");
  const width = await small.locator("#chat-panel").evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(width >= 380, `panel width ${width}`);
  await small.screenshot({ path: `${shots}/chat-phone.png` });
  // a new tab is a new conversation: nothing of the first one is shown
  assert.equal(await small.locator(".chat-msg", { hasText: "Robin Browser" }).count(), 0);

  // the widget's own behaviour: unreachable and back, crisis links, buttons, focus, sizes, the booking button
  await checkWidget(browser, site, seen, shots);
  // a whole intake in Spanish from the Spanish landing page, then back to English
  await checkSpanish(browser, site, seen, shots);

  // ---- staff -------------------------------------------------------------------------------------
  const staff = await (await browser.newContext()).newPage();
  await staff.goto(site + "/staff/");
  assert.match(staff.url(), /\/staff\/login/);
  await checkAccessibility(staff, "staff-login");
  await staff.getByLabel("Username").fill("nurse");
  await staff.getByLabel("Password").fill("wrong password!");
  await staff.getByRole("button", { name: "Sign in" }).click();
  await staff.getByText("do not match").waitFor({ timeout: T });
  await checkAccessibility(staff, "staff-login-error");
  await staff.getByLabel("Username").fill("nurse");
  await staff.getByLabel("Password").fill(PASSWORD);
  await staff.getByRole("button", { name: "Sign in" }).click();
  // the list: the urgent handoff pinned on top, found again by any digits of the phone number
  const row = staff.locator("tbody tr").first();
  assert.match(await row.innerText(), new RegExp(code));
  assert.match(await row.innerText(), /URGENT/);
  await staff.getByLabel("Name, code or phone").fill("555-0166");
  await staff.getByRole("button", { name: "Filter" }).click();
  await staff.getByText("1 handoff", { exact: true }).waitFor({ timeout: T });
  await checkAccessibility(staff, "staff-list");
  await staff.screenshot({ path: `${shots}/staff-list.png`, fullPage: true });
  await staff.getByRole("link", { name: code }).click();
  await staff.getByText("why is therapy paired with ketamine?").waitFor({ timeout: T });
  // the message that raised the urgent flag is marked; acknowledging stops the re-alerts
  const flagged = staff.locator(".transcript li.raised-urgent");
  assert.match(await flagged.innerText(), /ending my life/);
  await checkAccessibility(staff, "staff-handoff-urgent");
  await staff.getByRole("button", { name: "Acknowledge: I'm on it" }).click();
  await staff.getByText("Acknowledged by nurse").waitFor({ timeout: T });
  await staff.getByRole("button", { name: "Claim it" }).click();
  await staff.getByText("Claimed it.").waitFor({ timeout: T });
  assert.match(await staff.locator(".meta").innerText(), /owner nurse/);
  assert.equal(await staff.locator("main img").count(), 0);  // visitor text shown as text
  const call = staff.getByRole("link", { name: "(714) 555-0166" });  // the phone, one tap to call
  await call.waitFor({ timeout: T });
  assert.equal(await call.getAttribute("href"), "tel:+17145550166");
  await staff.getByLabel("Contact attempt").selectOption("texted");
  await staff.getByRole("button", { name: "Log attempt" }).click();
  await staff.getByText("contact attempt: Sent a text").waitFor({ timeout: T });
  await staff.getByLabel("Status", { exact: true }).selectOption("contacted");
  await staff.getByRole("button", { name: "Save status" }).click();
  await staff.getByText("status new → contacted").waitFor({ timeout: T });
  await staff.getByLabel("Add a note").fill("Texted to arrange a time.");
  await staff.getByRole("button", { name: "Add note" }).click();
  await staff.getByText("Texted to arrange a time.").waitFor({ timeout: T });
  await checkAccessibility(staff, "staff-handoff");
  await staff.screenshot({ path: `${shots}/staff-handoff.png`, fullPage: true });
  const audit = await staff.goto(site + "/staff/audit");
  assert.equal(audit.status(), 403);
  await checkAccessibility(staff, "staff-forbidden");
  assert.equal((await staff.goto(site + "/staff/insights")).status(), 403);
  await staff.goto(site + "/staff/?owner=mine");
  await staff.getByRole("link", { name: code }).waitFor({ timeout: T });
  await staff.goto(site + "/staff/");
  await staff.getByRole("button", { name: "Sign out" }).click();
  await staff.goto(site + "/staff/");
  assert.match(staff.url(), /\/staff\/login/);

  await staff.getByLabel("Username").fill("admin");
  await staff.getByLabel("Password").fill(PASSWORD);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await staff.getByRole("link", { name: "Insights" }).click();
  await staff.getByRole("heading", { name: "Insights" }).waitFor({ timeout: T });
  assert.ok(await staff.locator("svg.chart").count() >= 2);
  await checkAccessibility(staff, "staff-insights");
  const funnel = await staff.getByRole("row", { name: /Handed to staff/ }).innerText();
  assert.match(funnel, /[1-9]/);
  await staff.screenshot({ path: `${shots}/staff-insights.png`, fullPage: true });
  await staff.goto(site + "/staff/audit");
  await staff.getByRole("cell", { name: "view" }).first().waitFor({ timeout: T });
  await staff.getByRole("link", { name: code }).first().waitFor({ timeout: T });  // entries link the handoff
  await checkAccessibility(staff, "staff-audit");
  await staff.screenshot({ path: `${shots}/staff-audit.png` });
  // an expired session (the test server's inactivity limit is a few seconds)
  await staff.waitForTimeout(Number(process.env.STAFF_IDLE_WAIT_MS || 0));
  await staff.goto(site + "/staff/");
  assert.match(staff.url(), /\/staff\/login/);
  await staff.getByText("period of inactivity").waitFor({ timeout: T });
  await checkAccessibility(staff, "staff-login-expired");

  console.log(JSON.stringify({ ok: true, ...seen }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: String(error && error.stack || error), ...seen }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
