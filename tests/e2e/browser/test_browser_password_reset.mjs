// Browser test of the password-reset page in Debian's Chromium (playwright-core), through the
// real handler of `invitedesk serve`, on SQLite or PostgreSQL (INVITEDESK_TEST_BACKEND; for
// PostgreSQL a fresh database on INVITEDESK_TEST_PG_URL's server). An admin runs
// `user reset-password` for a sales rep; the rep opens the link from the e-mail the outbox
// wrote, is refused a common password and a confirmation that differs (each message next to
// its field), sets a good one and sees the confirmation; the link is then used up (410, also
// in Spanish), and the rep signs in with the new password through the command line (the
// service's sign-in) while the old one is refused. Exits non-zero on any failure.
//
// Needs INVITEDESK_BIN (CTest sets it). Installs its node_modules with `npm ci` when missing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = process.env.INVITEDESK_BIN;
const backend = (process.env.INVITEDESK_TEST_BACKEND || 'sqlite').startsWith('postgres')
  ? 'postgres' : 'sqlite';
if (!bin || !existsSync(bin)) {
  console.error('INVITEDESK_BIN must point at the invitedesk binary');
  process.exit(2);
}
if (!existsSync(path.join(here, 'node_modules', 'playwright-core'))) {
  console.log('installing playwright-core (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const { chromium } = createRequire(import.meta.url)('playwright-core');

const scratch = mkdtempSync(path.join(os.tmpdir(), 'invitedesk-reset-'));
const outbox = path.join(scratch, 'mail');
const admin = { email: 'admin@example.com', password: 'admin passphrase for the reset test' };
const rep = {
  email: 'dana.reset@example.com',
  oldPassword: 'the sales rep first passphrase',
  newPassword: 'Lanterns over the quiet bay 7',
};

function ok(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function unusedPort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// The database of this run: a file, or a new database on the test PostgreSQL server.
function makeDatabase() {
  if (backend === 'sqlite')
    return { url: `sqlite://${path.join(scratch, 'reset.db')}`, drop() {} };
  const server = process.env.INVITEDESK_TEST_PG_URL;
  if (!server)
    throw new Error('INVITEDESK_TEST_PG_URL is not set: start PostgreSQL (scripts/test-servers.sh)');
  const where = new URL(server);
  const name = `idt_browser_reset_${process.pid}`;
  const tools = process.env.INVITEDESK_TEST_PG_BIN || '';
  const tool = (t) => (tools ? path.join(tools, t) : t);
  const connection = ['-h', where.hostname, '-p', where.port || '5432', '-U',
    decodeURIComponent(where.username || 'postgres')];
  execFileSync(tool('createdb'), [...connection, name], { stdio: 'inherit' });
  where.pathname = `/${name}`;
  return {
    url: where.toString(),
    drop() {
      try {
        execFileSync(tool('dropdb'), [...connection, '--if-exists', name], { stdio: 'ignore' });
      } catch { /* best effort */ }
    },
  };
}

// Quoted-printable soft breaks and escapes undone: the text of an .eml as the reader sees it.
function readable(eml) {
  return eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi,
    (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

// The reset link in the e-mail the file transport wrote for the rep; when `serve`'s own
// dispatcher has not sent it within a few seconds, `outbox run --once` sends it.
async function mailedResetLink(run) {
  for (let round = 0; round < 2; round++) {
    for (let wait = 0; wait < 60; wait++) {
      const files = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
      for (const file of files) {
        const text = readable(readFileSync(path.join(outbox, file), 'latin1'));
        const link = text.match(/https?:\/\/[^\s"<>]+\/reset\/[A-Za-z0-9_-]{43}/);
        if (link && text.includes(rep.email)) return { link: link[0], text };
      }
      await pause(100);
    }
    run(['outbox', 'run', '--once']);
  }
  throw new Error('no password reset e-mail was written');
}

let handler;
let browser;
let database;
let status = 0;
try {
  database = makeDatabase();
  const port = await unusedPort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    INVITEDESK_DATABASE: database.url,
    INVITEDESK_PUBLIC_URL: base,
    INVITEDESK_MAIL: `file://${outbox}`,
    QT_QPA_PLATFORM: 'offscreen',
  };
  const run = (args, extra = {}) => execFileSync(bin, args,
    { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  const refused = (args, extra) => {
    try {
      run(args, extra);
      return 0;
    } catch (e) {
      return e.status;
    }
  };

  if (backend === 'postgres') run(['migrate']);
  run(['user', 'add', '--email', admin.email, '--role', 'admin', '--first', 'Alma', '--last',
    'Admin', '--organization', 'Reset Health'], { INVITEDESK_NEW_PASSWORD: admin.password });
  run(['--as', admin.email, 'user', 'add', '--email', rep.email, '--role', 'sales', '--first',
    'Dana', '--last', 'Reset'],
  { INVITEDESK_PASSWORD: admin.password, INVITEDESK_NEW_PASSWORD: rep.oldPassword });
  ok(true, `admin and sales rep on ${backend}`);

  handler = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--rate-limit', '0'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let handlerLog = '';
  handler.stdout.on('data', (d) => { handlerLog += d; });
  handler.stderr.on('data', (d) => { handlerLog += d; });
  const handlerExit = new Promise((resolve) => handler.on('exit', (code) => resolve(code)));
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) break;
    } catch { /* still starting */ }
    if (tries > 150) throw new Error(`invitedesk serve did not start:\n${handlerLog}`);
    await pause(100);
  }
  ok(true, 'invitedesk serve answers /healthz');

  run(['--as', admin.email, 'user', 'reset-password', rep.email],
    { INVITEDESK_PASSWORD: admin.password });
  const { link, text } = await mailedResetLink(run);
  ok(link.startsWith(`${base}/reset/`), 'the e-mail carries a reset link to the handler');
  ok(text.includes('Alma Admin'), 'the e-mail says who asked for it');
  const token = link.split('/').pop();

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    headless: true,
  });
  const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
  const page = await context.newPage();
  const consoleErrors = [];
  const elsewhere = [];
  page.on('console', (m) => {
    // The 4xx answers this test asks for are reported as failed loads; those are expected.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource: the server responded'))
      consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(base)) elsewhere.push(r.url()); });

  let answer = await page.goto(link);
  ok(answer.status() === 200, 'the link opens the reset page (200)');
  ok(answer.headers()['x-frame-options'] === 'DENY', 'with the security headers');
  ok((await page.locator('h1').innerText()) === 'Choose a new password', 'the page says what it is for');
  const intro = await page.locator('.intro').innerText();
  ok(intro.includes('Alma Admin') && intro.includes('Reset Health'),
    'it names who sent the link and the organisation');
  ok((await page.locator('.expiry').innerText()).includes('expires'), 'it shows when the link expires');
  ok((await page.inputValue('#email')) === rep.email, 'it shows the account');
  ok((await page.locator('label[for=password]').innerText()) === 'New password',
    'the new password field has its label');
  ok((await page.locator('label[for=password_confirmation]').count()) === 1,
    'the confirmation field has its label');
  ok((await page.getAttribute('#password', 'aria-describedby')) === 'password-rules',
    'the password rules describe the field');
  const colour = await page.evaluate(
    () => getComputedStyle(document.querySelector('button')).backgroundColor);
  ok(colour === 'rgb(30, 64, 175)', `the acceptance page's stylesheet applies (${colour})`);

  await page.focus('#email');
  const order = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
  }
  ok(order.join(',') === 'password,password_confirmation,BUTTON',
    `the keyboard reaches the fields in order (${order.join(', ')})`);

  // A common password: the message next to the field, nothing sent back.
  await page.fill('#password', 'password1234');
  await page.fill('#password_confirmation', 'password1234');
  [answer] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  ok(answer.status() === 400, 'a common password is refused (400)');
  const common = await page.locator('#password-error').innerText();
  ok(common.includes('too common'), `the message sits next to the password: "${common}"`);
  ok((await page.getAttribute('#password', 'aria-invalid')) === 'true', 'the field is marked invalid');
  ok((await page.locator('.errors a[href="#password"]').count()) === 1,
    'the summary at the top links to the field');
  ok((await page.inputValue('#password')) === '', 'the password is not sent back');

  // A confirmation that differs: named on the confirmation field only.
  await page.fill('#password', rep.newPassword);
  await page.fill('#password_confirmation', `${rep.newPassword}!`);
  [answer] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  ok(answer.status() === 400, 'a confirmation that differs is refused (400)');
  ok((await page.locator('#password_confirmation-error').innerText()).includes('not the same'),
    'the message sits next to the confirmation');
  ok((await page.locator('#password-error').count()) === 0, 'the password itself was fine');

  await page.fill('#password', rep.newPassword);
  await page.fill('#password_confirmation', rep.newPassword);
  [answer] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  ok(answer.status() === 200, 'a good password is set (200)');
  ok((await page.locator('h1').innerText()) === 'Your password has been changed', 'the confirmation shows');
  ok((await page.locator('.notice').innerText()).includes(rep.email), 'it says which account to sign in with');

  answer = await page.goto(link);
  ok(answer.status() === 410, 'the link is used up (410)');
  ok((await page.locator('h1').innerText()) === 'This link has already been used', 'and says so');
  const spanish = await (await browser.newContext({ locale: 'es-ES', javaScriptEnabled: false })).newPage();
  answer = await spanish.goto(link);
  ok(answer.status() === 410 && (await spanish.getAttribute('html', 'lang')) === 'es',
    'in Spanish for a Spanish browser');

  ok(consoleErrors.length === 0, `no console errors or CSP violations (${consoleErrors.join(' | ')})`);
  ok(elsewhere.length === 0, `nothing is loaded from elsewhere (${elsewhere.join(', ')})`);
  await browser.close();
  browser = undefined;

  // Sign-in (AuthService, through the command line) takes the new password, not the old one.
  const shown = JSON.parse(run(['--as', rep.email, '--json', 'user', 'show', rep.email],
    { INVITEDESK_PASSWORD: rep.newPassword }));
  ok(shown.email === rep.email, 'the rep signs in with the new password');
  ok(refused(['--as', rep.email, 'user', 'show', rep.email], { INVITEDESK_PASSWORD: rep.oldPassword }) === 1,
    'the old password is refused (exit 1)');

  handler.kill('SIGTERM');
  const code = await handlerExit;
  handler = undefined;
  ok(code === 0, 'invitedesk serve stops cleanly');
  ok(!handlerLog.includes(token), 'the handler never logged the token');
  ok(!handlerLog.includes(rep.newPassword), 'nor the password');
} catch (e) {
  status = 1;
  console.error(`not ok - ${e.stack || e}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  if (handler) {
    handler.kill('SIGKILL');
    await pause(200);
  }
  if (database) database.drop();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
