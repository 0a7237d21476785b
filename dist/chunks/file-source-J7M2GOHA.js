import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  pathInside,
  workTreeFiles
} from "./chunk-7JAILS2T.js";
import "./chunk-F424BKOT.js";
import "./chunk-IWX5EYN5.js";
export {
  pathInside,
  workTreeFiles
};
