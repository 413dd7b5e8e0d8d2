// Two accessibility engines on the same state: axe (through chai-a11y-axe) and IBM Equal Access
// (accessibility-checker-engine, loaded once from node_modules as a classic script). Both read open
// shadow roots. A state passes when both report no violation.
import {expect} from '@open-wc/testing';

/** One finding of the IBM engine, as much of it as a failing test needs to print. */
export interface IbmIssue {
  ruleId: string;
  value: [string, string];
  message: string;
  path: {dom?: string};
  snippet?: string;
}

interface AceReport {
  results: IbmIssue[];
}
interface AceGlobal {
  Checker: new () => {check: (node: Node | Document, rulesets: string[]) => Promise<AceReport>};
}

type Checker = InstanceType<AceGlobal['Checker']>;
let loading: Promise<Checker> | null = null;

/** Loads the IBM engine into the page once, and makes one checker (building one is slow). */
function loadChecker(): Promise<Checker> {
  loading ??= new Promise<Checker>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve(new (window as unknown as {ace: AceGlobal}).ace.Checker());
    script.onerror = () => reject(new Error('could not load accessibility-checker-engine/ace.js'));
    document.head.append(script);
  });
  return loading;
}

/** Runs IBM Equal Access on `node` and returns every result that is not a pass. */
export async function ibmResults(node: Element): Promise<IbmIssue[]> {
  const checker = await loadChecker();
  const report = await checker.check(node, ['IBM_Accessibility']);
  return report.results.filter((result) => result.value[1] !== 'PASS');
}

/**
 * The IBM results that are violations (policy VIOLATION, outcome FAIL). "Content is not within a
 * landmark" belongs to the host page, which places the widget in its own `<main>` (the widget adds
 * no landmark of its own, so two widgets on a page never give duplicate landmarks): it counts only
 * when `node` sits inside a `<main>`, as on a real page, and the widget's content still escapes it.
 */
export const ibmViolations = (issues: IbmIssue[], node?: Element) => {
  const inMain = !!node?.closest('main, [role="main"]');
  return issues.filter(
    (issue) =>
      issue.value[0] === 'VIOLATION' &&
      issue.value[1] === 'FAIL' &&
      (inMain || issue.ruleId !== 'aria_content_in_landmark') &&
      !(issue.ruleId === 'input_checkboxes_grouped' && node && acrossShadowRoots(issue, node)),
  );
};

/**
 * Whether an `input_checkboxes_grouped` finding only joins inputs of different widgets. IBM
 * compares names across the whole document, but in HTML each shadow root is its own radio group:
 * two widgets on one page (the Theming story) both have a "concern" group, and that is right.
 * Inputs sharing a name inside one shadow root but split across fieldsets still count.
 */
function acrossShadowRoots(issue: IbmIssue, node: Element): boolean {
  const name = /name "([^"]+)"/.exec(issue.message)?.[1];
  if (!name) return false;
  const roots = new Set<Node>();
  const visit = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        if (el.shadowRoot.querySelector(`input[name="${CSS.escape(name)}"]`)) roots.add(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if (node.shadowRoot) roots.add(node.shadowRoot);
  visit(node);
  return roots.size > 1;
}

const describe = (issue: IbmIssue) => `${issue.ruleId} at ${issue.path.dom ?? '?'}: ${issue.message}`;

/** Fails unless axe and IBM Equal Access both find no violation in `node` and its shadow roots. */
export async function expectAccessible(node: Element): Promise<void> {
  await expect(node).to.be.accessible();
  const violations = ibmViolations(await ibmResults(node), node);
  expect(violations.map(describe), 'IBM Equal Access violations').to.deep.equal([]);
}
