/** argv → options. Bad input becomes a UsageError with a one-line message. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export interface Options {
  paths: string[];
  format: string;
  output?: string;
  showSecrets: boolean;
  include: string[];
  exclude: string[];
  config?: string;
  git: boolean;
  listRules: boolean;
  explain?: string;
  verbose: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        'show-secrets': { type: 'boolean', default: false },
        include: { type: 'string', short: 'i', multiple: true, default: [] },
        exclude: { type: 'string', short: 'e', multiple: true, default: [] },
        config: { type: 'string', short: 'c' },
        'no-git': { type: 'boolean', default: false },
        'list-rules': { type: 'boolean', default: false },
        explain: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    // parseArgs messages are one line already; drop its hint to use "--" for dash-leading values.
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
  const v = parsed.values;
  const color = v['no-color'] ? false : v.color ? true : undefined;
  return {
    paths: parsed.positionals.length ? parsed.positionals : ['.'],
    format: v.format!,
    ...(v.output !== undefined ? { output: v.output } : {}),
    showSecrets: v['show-secrets']!,
    include: v.include!,
    exclude: v.exclude!,
    ...(v.config !== undefined ? { config: v.config } : {}),
    git: !v['no-git'],
    listRules: v['list-rules']!,
    ...(v.explain !== undefined ? { explain: v.explain } : {}),
    verbose: v.verbose!,
    ...(color !== undefined ? { color } : {}),
    help: v.help!,
    version: v.version!,
  };
}
