// Validates the integration API's OpenAPI 3.1 document with a real validator
// (@seriousme/openapi-schema-validator, against the official 3.1 schema), then, when given
// the answers the integration API's tests (tests/core/http/api) recorded, one file per test
// executable (one JSON object a line: method, path as the document names it, status, body),
// checks each answer: its status is documented for the operation and its body matches the
// documented schema (ajv, JSON Schema 2020-12).
//
// node validate.mjs DOCUMENT [ANSWERS...]. Installs its node_modules with `npm ci` when missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [documentPath, ...answersPaths] = process.argv.slice(2);
if (!documentPath) {
  console.error('usage: node validate.mjs DOCUMENT [ANSWERS...]');
  process.exit(2);
}
if (!existsSync(path.join(here, 'node_modules', '@seriousme', 'openapi-schema-validator'))) {
  console.log('installing the validator (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const require = createRequire(import.meta.url);
const { Validator } = await import('@seriousme/openapi-schema-validator');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const validator = new Validator();
const result = await validator.validate(document);
if (!result.valid) {
  console.error('the OpenAPI document is not valid:', JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`OpenAPI ${validator.version} document is valid`);
if (!answersPaths.length) process.exit(0);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'doc');
const resolve = (node) => {
  while (node && node.$ref) {
    node = node.$ref.slice(2).split('/').reduce((n, key) => n[key], document);
  }
  return node;
};
const lines = [];
for (const answersPath of answersPaths) {
  if (!existsSync(answersPath)) {
    console.error(`no answers recorded in ${answersPath} (run its test first)`);
    process.exit(1);
  }
  lines.push(...readFileSync(answersPath, 'utf8').split('\n').filter((l) => l.trim()));
}
let failures = 0;
const checked = new Set();
for (const line of lines) {
  const a = JSON.parse(line);
  const op = document.paths[a.path]?.[a.method.toLowerCase()];
  const where = `${a.method} ${a.path} ${a.status}`;
  const response = op && resolve(op.responses[String(a.status)]);
  if (!response) {
    console.error(`undocumented answer: ${where}`);
    failures++;
    continue;
  }
  const media = response.content?.['application/json'];
  if (!media) continue;
  let pointer = media.schema.$ref ? media.schema.$ref : null;
  const validate = pointer ? ajv.getSchema('doc' + pointer) : ajv.compile(media.schema);
  let body;
  try {
    body = JSON.parse(a.body);
  } catch {
    console.error(`not JSON: ${where}: ${a.body.slice(0, 200)}`);
    failures++;
    continue;
  }
  if (!validate(body)) {
    console.error(`does not match its schema: ${where}: ${ajv.errorsText(validate.errors)}`);
    console.error(`  body: ${a.body.slice(0, 400)}`);
    failures++;
  }
  checked.add(where);
}
console.log(`${lines.length} answers (${checked.size} kinds) from ${answersPaths.length} files ` +
  `checked, ${failures} failing`);
process.exit(failures ? 1 : 0);
