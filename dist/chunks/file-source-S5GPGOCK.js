import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  workTreeFiles
} from "./chunk-6AQSPA53.js";
import "./chunk-F424BKOT.js";
import "./chunk-IWX5EYN5.js";
export {
  workTreeFiles
};
