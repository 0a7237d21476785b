import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  require_micromatch
} from "./chunk-HN64U264.js";
import "./chunk-IWX5EYN5.js";
export default require_micromatch();
