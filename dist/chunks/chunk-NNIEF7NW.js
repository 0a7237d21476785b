import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OODIIGW4.js";

// src/config/file-source.ts
import { readFileSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
function pathInside(dir, absPath) {
  const rel = relative(dir, absPath);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join("/");
}
var workTreeFiles = {
  async read(absPath) {
    try {
      return readFileSync(absPath, "utf8");
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT") return null;
      throw new UsageError(`cannot read ${absPath}: ${code ?? err.message}`);
    }
  },
  name: (absPath) => absPath
};

export {
  pathInside,
  workTreeFiles
};
