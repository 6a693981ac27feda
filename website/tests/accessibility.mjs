// An accessibility audit of the page as it is shown now, by axe-core (installed from npm, read from
// node_modules: nothing is downloaded at run time).
//
//   import { checkAccessibility, axeCounts } from "./accessibility.mjs";
//   await checkAccessibility(page, "landing");
//
// How axe gets into the page: both web faces send a strict Content-Security-Policy (default-src 'self'), which
// blocks the inline <script> that playwright's addScriptTag({content}) adds. Rather than switch the policy off
// (a context with bypassCSP: true would also let through an inline style or script of the page's own that
// visitors' browsers block, so the audit would see a page nobody else sees), axe's source is evaluated with
// playwright's page.evaluate: that goes through the DevTools protocol, which the page's policy does not govern,
// and leaves the page, its scripts and its policy as a visitor gets them. axe needs no eval, inline script or
// network once it is there, so it then runs under the page's policy.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// WCAG 2.0 and 2.1, levels A and AA, and Deque's best practices.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const BLOCKING = new Set(["serious", "critical"]);

// What axe found, by page and impact (the number of elements), e.g. { landing: { minor: 1, moderate: 2 } }:
// printed with the test's result, so the minor and moderate findings, which do not fail it, stay visible.
export const axeCounts = {};

function describe(violation) {
  const where = violation.nodes.map((node) => "    element: " + node.target.join(" ")).join("\n");
  return `  ${violation.id} (${violation.impact}): ${violation.help}\n${where}`;
}

// Audits the whole document in `page` and returns axe's violations. Throws, naming the rule, impact, help text
// and elements of each, when any is serious or critical. `label` names the page in the counts and the error.
export async function checkAccessibility(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id, impact, help, nodes: nodes.map(({ target }) => ({ target })),
    }));
  }, TAGS);
  const counts = {};
  for (const violation of violations) {
    counts[violation.impact] = (counts[violation.impact] || 0) + violation.nodes.length;
  }
  axeCounts[label] = counts;
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact));
  if (blocking.length) {
    throw new Error(`axe: ${blocking.length} serious or critical accessibility violation(s) on "${label}":\n`
                    + blocking.map(describe).join("\n"));
  }
  return violations;
}
