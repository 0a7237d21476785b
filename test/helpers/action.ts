/**
 * Runs action.yml's steps the way the GitHub runner does, as far as a composite action of `run`
 * steps needs: inputs with their defaults, `if:` conditions (with the implicit `success()`), `${{ }}`
 * expressions in `env:`, each `run:` script in `bash --noprofile --norc -eo pipefail`, `$GITHUB_OUTPUT`
 * feeding `steps.<id>.outputs`. `uses:` steps are not run (recorded as skipped). Only the YAML shapes
 * action.yml uses are read; anything else throws, so a change the harness does not understand fails
 * the test instead of passing it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratch } from './cli.js';

export interface ActionStep {
  id?: string;
  if?: string;
  uses?: string;
  env: Record<string, string>;
  run?: string;
}

export interface ActionFile {
  defaults: Record<string, string>;
  steps: ActionStep[];
}

const unquote = (v: string): string => v.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');

export function parseAction(text: string): ActionFile {
  const lines = text.split('\n');
  const defaults: Record<string, string> = {};
  let section = '';
  let input = '';
  const steps: ActionStep[] = [];
  let step: ActionStep | null = null;
  let block: 'env' | 'run' | 'with' | null = null;
  for (const line of lines) {
    if (/^\S/.test(line)) {
      section = line.replace(/:.*$/, '');
      continue;
    }
    if (section === 'inputs') {
      const name = /^  ([\w-]+):$/.exec(line);
      if (name) input = name[1]!;
      const def = /^    default: (.*)$/.exec(line);
      if (def) defaults[input] = unquote(def[1]!);
      continue;
    }
    if (section !== 'runs' || /^\s*$/.test(line) && block !== 'run') continue;
    if (block === 'run' && (line.startsWith('        ') || line.trim() === '')) {
      step!.run += line.slice(8) + '\n';
      continue;
    }
    if (/^    #/.test(line) || /^  (using|steps):/.test(line)) continue;
    const start = /^    - (.*)$/.exec(line);
    const field = start ? start[1]! : /^      (\S.*)$/.exec(line)?.[1];
    if (start) steps.push((step = { env: {} }));
    if (field !== undefined) {
      const m = /^([\w-]+):\s*(.*)$/.exec(field);
      if (!m || !step) throw new Error(`action.yml: cannot read ${JSON.stringify(line)}`);
      const [, key, value] = m as unknown as [string, string, string];
      block = null;
      if (key === 'env' || key === 'with') block = key;
      else if (key === 'run') {
        if (value !== '|') throw new Error('action.yml: run must be a literal block (|)');
        step.run = '';
        block = 'run';
      } else if (key === 'id' || key === 'if' || key === 'uses') step[key] = value;
      else if (key !== 'shell' && key !== 'name') throw new Error(`action.yml: unknown step key ${key}`);
      if (key === 'shell' && value !== 'bash') throw new Error('action.yml: only bash steps are run here');
      continue;
    }
    const entry = /^        ([\w-]+): (.*)$/.exec(line);
    if (entry && block === 'env') step!.env[entry[1]!] = entry[2]!;
    else if (!(entry && block === 'with')) throw new Error(`action.yml: cannot read ${JSON.stringify(line)}`);
  }
  return { defaults, steps };
}

interface Context {
  inputs: Record<string, string>;
  outputs: Record<string, Record<string, string>>;
  failed: boolean;
}

/** How GitHub's expressions take a value as a condition. */
const truthy = (v: string | boolean): boolean => v !== '' && v !== false;

/** GitHub's expression language, the part action.yml uses: literals, contexts, ==, !=, !, &&, ||, (), status functions. */
function evaluate(expr: string, ctx: Context): string | boolean {
  const tokens = expr.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[\w.-]+\(\)|[\w.-]+\([^)]*\)|[\w.-]+/g) ?? [];
  let i = 0;
  const primary = (): string | boolean => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`expression ends early: ${expr}`);
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') throw new Error(`missing ) in ${expr}`);
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'always()') return true;
    if (t === 'success()') return !ctx.failed;
    if (t === 'failure()') return ctx.failed;
    if (t.startsWith('hashFiles(')) return 'not-evaluated';
    if (t === 'true' || t === 'false') return t === 'true';
    const path = t.split('.');
    if (path[0] === 'inputs' && path.length === 2) return ctx.inputs[path[1]!] ?? '';
    if (path[0] === 'steps' && path[2] === 'outputs' && path.length === 4) return ctx.outputs[path[1]!]?.[path[3]!] ?? '';
    throw new Error(`unsupported in this harness: ${t}`);
  };
  // GitHub compares strings ignoring case.
  const equality = (): string | boolean => {
    let v = primary();
    while (tokens[i] === '==' || tokens[i] === '!=') {
      const op = tokens[i++];
      const w = primary();
      const same = String(v).toLowerCase() === String(w).toLowerCase();
      v = op === '==' ? same : !same;
    }
    return v;
  };
  const and = (): string | boolean => {
    let v = equality();
    while (tokens[i] === '&&') {
      i++;
      const w = equality();
      v = truthy(v) ? w : v;
    }
    return v;
  };
  const or = (): string | boolean => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  };
  const v = or();
  if (i !== tokens.length) throw new Error(`cannot read expression: ${expr}`);
  return v;
}

const STATUS = /\b(always|success|failure|cancelled)\(\)/;

export interface ActionRun {
  /** Whether the action failed (a run step exited non-zero). */
  failed: boolean;
  /** Each step: ran, skipped (its condition was false) or not run here (`uses:`). */
  steps: { step: ActionStep; outcome: 'success' | 'failure' | 'skipped' | 'uses'; stdout: string; stderr: string }[];
  outputs: Record<string, Record<string, string>>;
}

/** Runs the action's steps with `inputs` over its defaults; `env` is the runner's environment (PATH, GITHUB_*). */
export function runAction(action: ActionFile, inputs: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string): ActionRun {
  const ctx: Context = { inputs: { ...action.defaults, ...inputs }, outputs: {}, failed: false };
  const result: ActionRun = { failed: false, steps: [], outputs: ctx.outputs };
  const dir = scratch('sts-action-');
  for (const [n, step] of action.steps.entries()) {
    const cond = step.if ?? 'success()';
    const expr = STATUS.test(cond) ? cond : `success() && (${cond})`;
    if (step.uses) {
      result.steps.push({ step, outcome: 'uses', stdout: '', stderr: '' });
      continue;
    }
    if (!truthy(evaluate(expr, ctx))) {
      result.steps.push({ step, outcome: 'skipped', stdout: '', stderr: '' });
      continue;
    }
    const stepEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env)) {
      stepEnv[k] = v.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e.trim(), ctx)));
    }
    const output = join(dir, `output-${n}`);
    writeFileSync(output, '');
    const script = join(dir, `step-${n}.sh`);
    writeFileSync(script, step.run ?? '');
    const r = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env: { ...env, ...stepEnv, GITHUB_OUTPUT: output }, encoding: 'utf8' });
    const outputs: Record<string, string> = {};
    for (const line of readFileSync(output, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    if (step.id) ctx.outputs[step.id] = outputs;
    const ok = r.status === 0;
    if (!ok) ctx.failed = result.failed = true;
    result.steps.push({ step, outcome: ok ? 'success' : 'failure', stdout: r.stdout, stderr: r.stderr });
  }
  return result;
}
