// Browser test of the acceptance page in Debian's Chromium, driven by playwright-core:
// an admin invites a doctor, the doctor opens the link from the e-mail, submits a weak password
// and sees the message next to the field, then a good one and sees the confirmation; the new
// account then signs in with the command line. Exits non-zero on any failure.
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
if (!bin || !existsSync(bin)) {
  console.error('INVITEDESK_BIN must point at the invitedesk binary');
  process.exit(2);
}
if (!existsSync(path.join(here, 'node_modules', 'playwright-core'))) {
  console.log('installing playwright-core (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const work = mkdtempSync(path.join(os.tmpdir(), 'invitedesk-browser-'));
const mailDir = path.join(work, 'mail');
const adminPassword = 'admin passphrase for the browser test';
const weakPassword = 'password1234';
const goodPassword = 'Quiet harbour lamps 2026';
const inviteeEmail = 'dr.browser@example.com';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok - ${message}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function decodeQuotedPrintable(text) {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

// The link from the .eml the file transport wrote (the handler's outbox dispatcher sends it;
// if none arrives, `outbox run --once` sends it here). Links exist only in delivered mail.
async function invitationLink(baseEnv) {
  for (let attempt = 0; attempt < 2; attempt++) {
    for (let i = 0; i < 50; i++) {
      if (existsSync(mailDir)) {
        const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
        for (const f of files) {
          const text = decodeQuotedPrintable(readFileSync(path.join(mailDir, f), 'latin1'));
          const match = text.match(/https?:\/\/[^\s"<>]+\/invite\/[A-Za-z0-9_-]{43}/);
          if (match && text.includes(inviteeEmail)) {
            console.log(`link taken from the e-mail ${f}`);
            return match[0];
          }
        }
      }
      await sleep(100);
    }
    execFileSync(bin, ['outbox', 'run', '--once'], { env: baseEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  }
  throw new Error('no invitation e-mail was written');
}

let server;
let browser;
let failed = false;
try {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    INVITEDESK_DATABASE: `sqlite://${path.join(work, 'desk.db')}`,
    INVITEDESK_PUBLIC_URL: publicUrl,
    INVITEDESK_MAIL: `file://${mailDir}`,
    QT_QPA_PLATFORM: 'offscreen',
  };
  const run = (args, extraEnv = {}) =>
    execFileSync(bin, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

  run(['user', 'add', '--email', 'admin@example.com', '--role', 'admin', '--first', 'Alma',
    '--last', 'Admin', '--organization', 'Browser Health'], { INVITEDESK_NEW_PASSWORD: adminPassword });

  server = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--rate-limit', '0'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  const serverExit = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${publicUrl}/healthz`);
      if (r.status === 200) break;
    } catch { /* not up yet */ }
    if (i > 100) throw new Error(`the handler did not come up:\n${serverLog}`);
    await sleep(100);
  }
  check(true, 'invitedesk serve is up');

  run(['--as', 'admin@example.com', 'invite', '--email', inviteeEmail, '--type', 'doctor',
    '--first', 'Dana', '--last', 'Browser', '--message', 'See you on the platform'],
  { INVITEDESK_PASSWORD: adminPassword });
  const link = await invitationLink(env, publicUrl);
  check(link.startsWith(`${publicUrl}/invite/`), 'the invitation link points at the handler');

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    headless: true,
  });
  const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = [];
  const foreignRequests = [];
  page.on('console', (m) => {
    // Chromium reports the 4xx pages this test asks for as "Failed to load resource"; those
    // are expected. Anything else (a CSP violation, a script error) is a problem.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource: the server responded'))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(publicUrl)) foreignRequests.push(r.url()); });

  let response = await page.goto(link);
  check(response.status() === 200, 'the link opens the acceptance page (200)');
  check((await page.locator('h1').innerText()) === 'Accept your invitation', 'the page greets the invitee');
  const intro = await page.locator('.intro').innerText();
  check(intro.includes('Alma Admin') && intro.includes('Browser Health') && intro.includes('Doctor'),
    'it names the inviter, the organisation and the role');
  check((await page.locator('.expiry').innerText()).includes('expires'), 'it shows the expiry');
  check((await page.inputValue('#first_name')) === 'Dana', 'the names are pre-filled');
  check((await page.locator('label[for=password]').count()) === 1, 'the password field has a label');
  const buttonColour = await page.evaluate(
    () => getComputedStyle(document.querySelector('button')).backgroundColor);
  check(buttonColour === 'rgb(30, 64, 175)',
    `the inline stylesheet applies under the Content-Security-Policy (${buttonColour})`);

  // A weak password: the page comes back with the message next to the field.
  await page.fill('#first_name', 'Dana Maria');
  await page.fill('#password', weakPassword);
  await page.fill('#password_confirmation', weakPassword);
  [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  check(response.status() === 400, 'a weak password is refused (400)');
  const message = await page.locator('#password-error').innerText();
  check(message.includes('too common'), `the message sits next to the password field: "${message}"`);
  check((await page.getAttribute('#password', 'aria-invalid')) === 'true', 'the field is marked invalid');
  check((await page.inputValue('#first_name')) === 'Dana Maria', 'the typed name is kept');
  check((await page.inputValue('#password')) === '', 'the password is not sent back');

  // Keyboard users reach the fields in order.
  await page.focus('#first_name');
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
  }
  check(order.join(',') === 'last_name,password,password_confirmation,BUTTON',
    `focus order follows the form (${order.join(', ')})`);

  // A good password: the confirmation.
  await page.fill('#password', goodPassword);
  await page.fill('#password_confirmation', goodPassword);
  [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  check(response.status() === 201, 'a good password creates the account (201)');
  check((await page.locator('h1').innerText()) === 'Your account is ready', 'the confirmation page shows');
  check((await page.locator('.notice').innerText()).includes(inviteeEmail), 'it says how to sign in');

  // The link is used up now.
  response = await page.goto(link);
  check(response.status() === 410, 'opening the link again says it was used (410)');

  check(problems.length === 0, `no console errors or CSP violations (${problems.join(' | ')})`);
  check(foreignRequests.length === 0, `no requests leave the handler (${foreignRequests.join(', ')})`);
  await browser.close();
  browser = undefined;

  // The new account signs in with the command line.
  const listed = run(['--as', inviteeEmail, '--json', 'list'], { INVITEDESK_PASSWORD: goodPassword });
  check(listed.trim().length > 0, 'the new account signs in with the command line');
  let refused = false;
  try {
    run(['--as', inviteeEmail, 'list'], { INVITEDESK_PASSWORD: weakPassword });
  } catch (e) {
    refused = e.status === 1;
  }
  check(refused, 'a wrong password is refused by the command line (exit 1)');

  server.kill('SIGTERM');
  const { code } = await serverExit;
  server = undefined;
  check(code === 0, 'invitedesk serve stops cleanly on SIGTERM (exit 0)');
  check(!serverLog.includes(link.split('/').pop()), 'the handler never logged the token');
} catch (e) {
  failed = true;
  console.error(`not ok - ${e.stack || e}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
