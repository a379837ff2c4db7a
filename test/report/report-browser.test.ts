/**
 * The HTML report in a real browser (Debian's headless chromium through playwright-core, as the real-VS Code test
 * drives it): the example fabric, the largest fabric of the corpus, and a fabric whose description holds markup.
 * Each page must open from a file with no request beyond itself and no console error (a CSP violation is one), and
 * show real content: the tables filled, sorting by a header click, the picture's links in their state's colour, a
 * click on a link selecting its row, every finding with its lines and the other end's. Screenshots go to
 * out/test-output/report (FABRIC_REPORT_SCREENSHOTS names another folder; docs/images holds the committed ones).
 *
 * Needs what scripts/e2e-setup.sh installs (playwright-core, chromium): without it the test is skipped with the
 * reason printed, FABRIC_E2E=1 makes that a failure (CI), FABRIC_E2E=0 skips it always.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, ROOT, show, tempCopy } from '../cli/run';
import { e2eSetting, missingSettings, requireE2e } from '../helpers/e2e-env';

/** The largest fabric of test/corpus by devices (16 EOS switches, 54 links; `fabric-lint model` on each set). */
const LARGEST_CORPUS_FABRIC = 'test/corpus/eos/avd-examples-dual-dc-l3ls';

/** The little of playwright-core's API this test uses. */
interface Locator {
  count(): Promise<number>;
  first(): Locator;
  nth(i: number): Locator;
  click(): Promise<void>;
  dispatchEvent(type: string): Promise<void>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  evaluate<T>(fn: (el: Element) => T): Promise<T>;
  locator(sel: string): Locator;
}
interface Element {
  getAttribute(name: string): string | null;
}
interface Page {
  on(event: 'console', fn: (m: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', fn: (e: Error) => void): void;
  on(event: 'dialog', fn: (d: { message(): string; dismiss(): Promise<void> }) => void): void;
  route(url: string, fn: (route: { request(): { url(): string }; abort(): Promise<void>; continue(): Promise<void> }) => Promise<void>): Promise<void>;
  goto(url: string): Promise<unknown>;
  locator(sel: string): Locator;
  screenshot(opts: { path: string }): Promise<unknown>;
  waitForFunction(fn: string): Promise<unknown>;
}
interface Browser {
  newPage(opts: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Chromium {
  launch(opts: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser>;
}

const SCREENSHOTS = process.env.FABRIC_REPORT_SCREENSHOTS
  ? path.resolve(process.env.FABRIC_REPORT_SCREENSHOTS)
  : path.join(ROOT, 'out', 'test-output', 'report');

describe('the HTML report in headless chromium', function () {
  this.timeout(240000);
  this.slow(20000);
  let browser: Browser | undefined;
  const temps: string[] = [];

  before(async function () {
    requireE2e(this, missingSettings(['PLAYWRIGHT_CORE', 'CHROMIUM']));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require(e2eSetting('PLAYWRIGHT_CORE')!) as { chromium: Chromium };
    browser = await chromium.launch({
      executablePath: e2eSetting('CHROMIUM')!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
  });

  /** Writes the report of `paths`, opens it and fails on any request but the page's own and on any console error. */
  async function open(name: string, paths: string[], extra: string[] = []): Promise<{ page: Page; problems: string[]; html: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-report-page-'));
    temps.push(dir);
    const file = path.join(dir, `${name}.html`);
    const r = await cli(['report', '--html', file, ...extra, ...paths]);
    assert.ok(r.code === 0 || r.code === 1, show(r));
    const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const own = `file://${file}`;
    await page.route('**/*', async (route) => {
      if (route.request().url() === own) return route.continue();
      problems.push(`request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(own);
    await page.waitForFunction('document.querySelectorAll("#findings-list .cards").length === 1');
    return { page, problems, html: fs.readFileSync(file, 'utf8') };
  }

  const rows = (page: Page, table: string): Locator => page.locator(`table[data-table=${table}] tbody tr:not(.empty)`);
  const column = async (page: Page, table: string, index: number): Promise<string[]> =>
    rows(page, table)
      .locator(`td:nth-child(${index + 1})`)
      .allTextContents();
  const stroke = (l: Locator): Promise<string> =>
    l.evaluate((e) => (globalThis as unknown as { getComputedStyle(e: Element): { stroke: string } }).getComputedStyle(e).stroke);

  it('the example fabric: tables, sorting, the MTU mismatch drawn in the error colour and selected by a click, findings with both ends', async () => {
    const { page, problems } = await open('leaf-spine', ['examples/leaf-spine']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-leaf-spine.png') });
    await page.locator('#links').evaluate((e) => (e as unknown as { scrollIntoView(): void }).scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-leaf-spine-links.png') });
    assert.equal(await rows(page, 'rules').count(), 9);
    assert.equal(await rows(page, 'devices').count(), 6);
    assert.equal(await rows(page, 'links').count(), 8);

    // Sorting: the B end, ascending then descending.
    const bHeader = page.locator('table[data-table=links] thead tr:last-child th:nth-child(2) button');
    await bHeader.click();
    const up = await column(page, 'links', 1);
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })),
    );
    await bHeader.click();
    assert.deepEqual(await column(page, 'links', 1), [...up].reverse());

    // The picture: 8 links, the MTU mismatch red like an error, a click shows its row with both ends' MTUs marked.
    assert.equal(await page.locator('#picture g[data-edge]').count(), 8);
    const mtuLink = page.locator('#picture g.link.state-mtu');
    assert.equal(await mtuLink.count(), 1);
    const title = (await mtuLink.locator('title').textContent()) ?? '';
    assert.match(title, /^leaf2 Ethernet50\/1 — spine2 Ethernet1\/2: MTU mismatch/);
    const red = await stroke(mtuLink.locator('line.stroke'));
    assert.equal(red, 'rgb(207, 34, 46)');
    assert.equal(red, await stroke(page.locator('#picture g.node.sev-error rect').first()));
    assert.equal(red, await stroke(page.locator('.legend g.state-mtu line')), 'the legend draws it the same');
    // Links cross: the MTU link's middle may lie under another one, so the click is sent to the link itself.
    await mtuLink.locator('line.stroke').dispatchEvent('click');
    assert.equal(await rows(page, 'links').count(), 1);
    const row = rows(page, 'links').first();
    assert.deepEqual(await row.locator('td:nth-child(-n+2)').allTextContents(), ['leaf2 Ethernet50/1', 'spine2 Ethernet1/2']);
    assert.deepEqual((await row.locator('td.diff').allTextContents()).slice(0, 2), ['9000', '9214']);
    assert.equal((await page.locator('#links .count').first().textContent()) ?? '', `1 of 8 rows: ${title}`);

    // Findings: all ten, the MTU one with its line marked and the other end's lines.
    assert.equal(await page.locator('#findings-list article.finding').count(), 11);
    const card = page.locator('#findings-list article.finding').nth(1);
    assert.match((await card.locator('.where').textContent()) ?? '', /leaf2\.cfg:37:4$/);
    assert.deepEqual(await card.locator(':scope > pre.excerpt .line.mark').allTextContents(), ['37   mtu 9000']);
    assert.match((await card.locator('.related pre.excerpt .line.mark').first().textContent()) ?? '', /^52\s+mtu 9214$/);
    // The link's findings, from its row.
    await row.locator('td:last-child a').click();
    assert.equal(await page.locator('#findings-list article.finding').count(), 2);

    // Back to every link.
    await page.locator('#links button.show-all').click();
    assert.equal(await rows(page, 'links').count(), 8);
    assert.deepEqual(problems, []);
  });

  it(`the largest corpus fabric (${LARGEST_CORPUS_FABRIC}): every device and link drawn and listed, no console error`, async () => {
    const { page, problems, html } = await open('corpus', [LARGEST_CORPUS_FABRIC]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-corpus.png') });
    const data = JSON.parse(/<script id="report-data" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!) as {
      devices: unknown[];
      links: unknown[];
      findings: unknown[];
      rules: unknown[];
    };
    assert.equal(data.devices.length, 16);
    assert.equal(data.links.length, 54);
    assert.equal(await rows(page, 'devices').count(), 16);
    assert.equal(await rows(page, 'links').count(), 54);
    assert.equal(await rows(page, 'rules').count(), data.rules.length);
    const picture = (JSON.parse(/<script id="report-data" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!) as { picture: { edges: number[][] } })
      .picture;
    assert.equal(await page.locator('#picture g[data-edge]').count(), picture.edges.length);
    assert.deepEqual(
      picture.edges.flat().sort((x, y) => x - y),
      Array.from({ length: 54 }, (_, i) => i),
      'every link is drawn once',
    );
    assert.equal(await page.locator('#picture g.node.device').count(), 16);
    assert.equal(await page.locator('#findings-list article.finding').count(), Math.min(50, data.findings.length));

    // Sorting devices by name: natural order.
    await page.locator('table[data-table=devices] thead th:nth-child(1) button').click();
    const names = await column(page, 'devices', 0);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })),
    );
    // A device in the picture selects its row.
    const device = page.locator('#picture g.node.device').first();
    const id = (await device.getAttribute('data-node'))!;
    await device.click();
    assert.deepEqual(await column(page, 'devices', 0), [id.replace(/^d:/, '')]);

    assert.deepEqual(problems, []);
  });

  it('config text with markup stays text: no script runs, the description shows as written', async () => {
    const head = tempCopy(path.join(ROOT, 'examples', 'leaf-spine'));
    temps.push(head);
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const file = path.join(head, 'leaf1.cfg');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('description P2P_LINK_TO_SPINE2_Ethernet1/1', `description ${evil}`));
    const { page, problems } = await open('markup', [head]);
    const lines = await page.locator('#findings-list pre.excerpt .line').allTextContents();
    assert.ok(
      lines.some((l) => l.endsWith(`description ${evil}`)),
      'the description is shown as text',
    );
    assert.equal(await page.locator('#findings-list img, #findings-list script').count(), 0);
    assert.deepEqual(problems, []);
  });
});
