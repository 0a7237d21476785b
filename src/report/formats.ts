/** The registry of report formats: a name and a pure function from report to text. */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { Report } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const formats: Record<string, (r: Report) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
