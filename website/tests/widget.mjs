// The chat widget's behaviour in a real browser (called by browser.mjs): what the visitor sees when the
// assistant cannot be reached and when it comes back, the crisis reply's call and text links, buttons that
// behave (disabled once superseded, restored after a reload, focus on the answer after a click), the
// disclaimer in view when the chat opens, the landing page's "Book a free consultation" button, touch targets
// and contrast.
import assert from "node:assert/strict";
import { checkAccessibility } from "./accessibility.mjs";

const T = 20000;

// WCAG 2.1 contrast ratio of two CSS colours ("rgb(r, g, b)" or "rgba(...)" as getComputedStyle gives them)
export function contrast(a, b) {
  const channels = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, bl] = channels(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function assistantCount(page) {
  return page.locator(".chat-msg.assistant:not(.notice):not(.chat-typing)").count();
}

async function waitForAnswer(page, before) {
  await page.waitForFunction((n) => document.querySelectorAll(
    ".chat-msg.assistant:not(.notice):not(.chat-typing)").length > n, before, { timeout: T });
}

async function type(page, text, label = "Your message") {
  const before = await assistantCount(page);
  await page.getByLabel(label).fill(text);
  await page.keyboard.press("Enter");
  await waitForAnswer(page, before);
}

export async function checkWidget(browser, site, seen, shots) {
  // ---- the assistant cannot be reached, then comes back ---------------------------------------------
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  let down = true;
  await context.routeWebSocket(/socket\.io/, (ws) => {
    if (down) { ws.close({ code: 1011, reason: "unreachable" }); } else { ws.connectToServer(); }
  });
  const page = await context.newPage();
  await page.goto(site + "/");
  await page.getByRole("button", { name: "Chat with us" }).click();
  assert.equal(await page.locator(".chat-launcher").innerText(), "Close chat");
  assert.match(await page.locator(".chat-status").innerText(), /Connecting/);
  const notice = page.locator(".chat-msg.notice");
  await notice.waitFor({ timeout: T });
  const noticeText = await notice.innerText();
  assert.match(noticeText, /can't reach the assistant/);
  assert.match(noticeText, /not for emergencies/);
  for (const href of ["tel:911", "tel:988", "sms:988"]) {
    assert.ok(await notice.locator(`a[href="${href}"]`).count() >= 1, href);
  }
  assert.ok(await notice.locator('a[href^="tel:+1"]').count() >= 1, "the clinic's phone as a link");
  await page.screenshot({ path: `${shots}/chat-offline.png` });
  // typed meanwhile: kept, marked as not sent, and sent once the connection is back
  await page.getByLabel("Your message").fill("what does a session feel like?");
  await page.keyboard.press("Enter");
  const unsent = page.locator(".chat-msg.visitor.unsent");
  await unsent.waitFor({ timeout: T });
  assert.match(await unsent.innerText(), /Not sent yet/);
  down = false;
  await page.locator(".chat-source").first().waitFor({ timeout: 30000 });
  assert.equal(await page.locator(".chat-msg.notice").count(), 0);
  assert.equal(await page.locator(".chat-msg.visitor.unsent").count(), 0);
  assert.ok(await page.locator(".chat-status").isHidden());
  seen.widget_reconnected = true;
  await context.close();

  // ---- opening the chat: the disclaimer in view, then a crisis reply with links to tap ----------------
  const desk = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await desk.goto(site + "/");
  await desk.getByRole("button", { name: "Chat with us" }).click();
  const disclaimer = desk.locator(".chat-msg.disclaimer").first();
  await disclaimer.waitFor({ timeout: T });
  await desk.locator(".chat-buttons button").first().waitFor({ timeout: T });
  const [logBox, noteBox] = [await desk.locator(".chat-log").boundingBox(), await disclaimer.boundingBox()];
  assert.ok(noteBox.y >= logBox.y - 1, `the disclaimer's top is scrolled out of view (${noteBox.y} < ${logBox.y})`);
  // superseded buttons: typing an answer disables the greeting's choices
  const greetingButtons = desk.locator(".chat-buttons").first().locator("button");
  assert.equal(await greetingButtons.first().isEnabled(), true);
  await type(desk, "I have been thinking about killing myself");
  assert.equal(await greetingButtons.first().isEnabled(), false);
  const crisis = desk.locator(".chat-msg.crisis").last();
  await crisis.waitFor({ timeout: T });
  for (const href of ["tel:988", "sms:988", "tel:911"]) {
    assert.ok(await crisis.locator(`.chat-actions a[href="${href}"]`).count() === 1, href);
  }
  const crisisBackground = await crisis.locator(".chat-bubble").evaluate((e) => getComputedStyle(e).backgroundColor);
  const plainBackground = await desk.locator(".chat-msg.assistant:not(.crisis):not(.disclaimer) .chat-bubble").first()
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(crisisBackground, plainBackground);
  await desk.screenshot({ path: `${shots}/chat-crisis.png` });
  seen.crisis_links = true;

  // the pending question's buttons survive a reload; a click moves focus to the answer
  await type(desk, "I'd like to book a free consultation");
  await desk.reload();
  await desk.getByRole("button", { name: "Chat with us" }).click();
  const agree = desk.locator(".chat-buttons button", { hasText: "Yes, I agree" }).last();
  await agree.waitFor({ timeout: T });
  assert.equal(await agree.isEnabled(), true, "the pending question's buttons after a reload");
  assert.equal(await desk.locator(".chat-buttons button:enabled").count(),
               await desk.locator(".chat-buttons").last().locator("button").count(), "only the pending buttons are live");
  await desk.waitForTimeout(1500);  // the reconnection confirms the same conversation
  const before = await assistantCount(desk);
  await agree.click();
  await waitForAnswer(desk, before);
  assert.equal(await agree.getAttribute("aria-pressed"), "true");
  assert.equal(await agree.isEnabled(), false);
  assert.equal(await desk.evaluate(() => document.activeElement?.classList.contains("chat-msg")), true,
               "focus moves to the answer after a click");
  // a short answer is a short bubble, not a full-width bar
  const yes = desk.locator(".chat-msg.visitor", { hasText: "Yes, I agree" }).last();
  const [yesWidth, width] = [(await yes.boundingBox()).width, (await desk.locator(".chat-log").boundingBox()).width];
  assert.ok(yesWidth < width * 0.6, `visitor bubble ${yesWidth} of ${width}`);

  // touch targets of 44 px or more, and contrast
  const small = await desk.locator(".chat-root button:visible, .chat-actions a:visible").evaluateAll((all) => all
    .map((e) => [e.textContent.trim(), e.getBoundingClientRect()])
    .filter(([, r]) => r.height < 44 || r.width < 44).map(([t, r]) => `${t}: ${r.width}x${r.height}`));
  assert.deepEqual(small, []);
  const colours = await desk.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    return {
      visitor: [style(".chat-msg.visitor .chat-bubble").color, style(".chat-msg.visitor .chat-bubble").backgroundColor],
      send: [style(".chat-send").color, style(".chat-send").backgroundColor],
      title: [style(".chat-head h2").color, style(".chat-head").backgroundColor],
      launcher: [style(".chat-launcher").color, style(".chat-launcher").backgroundColor],
    };
  });
  for (const [name, [fg, bg]] of Object.entries(colours)) {
    assert.ok(contrast(fg, bg) >= 4.5, `${name}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
  }
  await desk.getByLabel("Your message").focus();
  await desk.keyboard.press("Shift+Tab");
  await desk.keyboard.press("Tab");  // keyboard focus: the ring shows
  const ring = await desk.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { color: style.outlineColor, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.ok(ring.style !== "none" && ring.width >= 2, `no visible focus ring: ${JSON.stringify(ring)}`);
  assert.ok(contrast(ring.color, "rgb(255, 255, 255)") >= 3, `focus ring ${ring.color}`);
  await desk.context().close();

  // ---- the landing page's booking button opens the chat straight into the intake ------------------------
  const book = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true,
                                                 hasTouch: true })).newPage();
  await book.goto(site + "/");
  await book.locator("[data-chat-start]").first().click();
  await book.locator(".chat-msg.assistant", { hasText: "Do you agree" }).waitFor({ timeout: T });
  assert.ok(await book.locator(".chat-msg.disclaimer").count() >= 1);
  seen.book_button = true;
  await book.context().close();
}

// A whole intake in Spanish from the Spanish landing page (issue 14): the widget starts in Spanish, every
// reply is Spanish, answers typed in Spanish are understood; then the switch goes back to English.
export async function checkSpanish(browser, site, seen, shots) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await page.goto(site + "/es/");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  await checkAccessibility(page, "landing-es");
  await page.getByRole("button", { name: "Chatea con nosotros" }).click();
  await page.locator(".chat-msg.disclaimer").first().waitFor({ timeout: T });
  assert.match(await page.locator(".chat-msg.disclaimer").first().innerText(), /no es consejo m\u00e9dico/);
  const say = (text) => type(page, text, "Tu mensaje");
  const last = async () => page.locator(".chat-msg.assistant").last().innerText();
  await say("quiero agendar una consulta gratuita");
  assert.match(await last(), /Aceptas/);
  await say("s\u00ed, acepto");
  await say("s\u00ed");
  await say("Luc\u00eda Navegador");
  await say("714-555-0188");
  await say("omitir");
  await say("Tustin");
  await say("ansiedad");
  await say("texto");
  await say("por la tarde");
  assert.match(await last(), /\u00bfEs correcto\?/);
  await checkAccessibility(page, "chat-es");
  await page.screenshot({ path: `${shots}/chat-spanish.png` });
  await say("s\u00ed, es correcto");
  const code = ((await last()).match(/referencia ([A-Z0-9]{6})/) || [])[1];
  assert.ok(code, await last());
  seen.code_es = code;
  // the switch: the widget's words at once, and the assistant answers in English from then on
  const before = await assistantCount(page);
  await page.getByRole("button", { name: "English", exact: true }).click();
  await waitForAnswer(page, before);
  assert.match(await last(), /continue in English/);
  assert.equal(await page.locator("#chat-input").getAttribute("placeholder"), "Type your question");
  await page.context().close();
}
