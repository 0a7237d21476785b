var __stsMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports2.isInteger(min) || !exports2.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports2.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports2.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports2.flatten = (...args) => {
      const result2 = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result2.push(ele);
          }
        }
        return result2;
      };
      flat(args);
      return result2;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    module2.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b2 = Math.max(min, max);
      if (Math.abs(a - b2) === 1) {
        let result2 = min + "|" + max;
        if (opts.capture) {
          return `(${result2})`;
        }
        if (opts.wrap === false) {
          return result2;
        }
        return `(?:${result2})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b: b2 };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b2 < 0 ? Math.abs(b2) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b2 >= 0) {
        positives = splitToPatterns(a, b2, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result2 = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains2(comparison, "string", string)) {
          result2.push(prefix + string);
        }
        if (intersection && contains2(comparison, "string", string)) {
          result2.push(prefix + string);
        }
      }
      return result2;
    }
    function zip(a, b2) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b2[i]]);
      return arr;
    }
    function compare(a, b2) {
      return a > b2 ? 1 : b2 > a ? -1 : 0;
    }
    function contains2(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b2, options) {
      return `[${a}${b2 - a === 1 ? "" : "-"}${b2}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0);
      parts.positives.sort((a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result2;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result2 = `${positives}|${negatives}`;
      } else {
        result2 = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result2})`;
      }
      return result2;
    };
    var toRange = (a, b2, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b2, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b2) return start;
      let stop = String.fromCharCode(b2);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b2 = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b2)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b2 === 0) b2 = 0;
      let descending = a > b2;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format3 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b2 : a <= b2) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format3(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format3 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b2 = `${end}`.charCodeAt(0);
      let descending = a > b2;
      let min = Math.min(a, b2);
      let max = Math.max(a, b2);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b2 : a <= b2) {
        range.push(format3(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result2 = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result2.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result2.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result2);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse3 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module2.exports = parse3;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse3 = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result2 = braces.create(pattern, options);
          if (Array.isArray(result2)) {
            output.push(...result2);
          } else {
            output.push(result2);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse3(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result2 = expand(input, options);
      if (options.noempty === true) {
        result2 = result2.filter(Boolean);
      }
      if (options.nodupes === true) {
        result2 = [...new Set(result2)];
      }
      return result2;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module2.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path = require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports2.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b2 = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b2 !== char.repeat(b2.length)) {
            continue;
          }
          if (a === b2 || a.startsWith(b2) || b2.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants2.globChars(win32);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var scan = require_scan();
    var parse3 = require_parse2();
    var utils = require_utils2();
    var constants2 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result2 = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format3 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format3 ? format3(input) : input;
      if (match === false) {
        output = format3 ? format3(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants2;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result2 = negatives === patterns.length ? [...items] : [...keep];
      let matches = result2.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result2 = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result2.add(item);
        }
      }
      return [...result2];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module2.exports = micromatch;
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result2 += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces, supportedEols;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
    supportedEols = ["\n", "\r", "\r\n"];
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
function format(documentText, range, options) {
  let initialIndentLevel;
  let formatText2;
  let formatTextStart;
  let rangeStart;
  let rangeEnd;
  if (range) {
    rangeStart = range.offset;
    rangeEnd = rangeStart + range.length;
    formatTextStart = rangeStart;
    while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
      formatTextStart--;
    }
    let endOffset = rangeEnd;
    while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
      endOffset++;
    }
    formatText2 = documentText.substring(formatTextStart, endOffset);
    initialIndentLevel = computeIndentLevel(formatText2, options);
  } else {
    formatText2 = documentText;
    initialIndentLevel = 0;
    formatTextStart = 0;
    rangeStart = 0;
    rangeEnd = documentText.length;
  }
  const eol = getEOL(options, documentText);
  const eolFastPathSupported = supportedEols.includes(eol);
  let numberLineBreaks = 0;
  let indentLevel = 0;
  let indentValue;
  if (options.insertSpaces) {
    indentValue = cachedSpaces[options.tabSize || 4] ?? repeat(cachedSpaces[1], options.tabSize || 4);
  } else {
    indentValue = "	";
  }
  const indentType = indentValue === "	" ? "	" : " ";
  let scanner = createScanner(formatText2, false);
  let hasError = false;
  function newLinesAndIndent() {
    if (numberLineBreaks > 1) {
      return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
    if (!eolFastPathSupported || amountOfSpaces > cachedBreakLinesWithSpaces[indentType][eol].length) {
      return eol + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    if (amountOfSpaces <= 0) {
      return eol;
    }
    return cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
  }
  function scanNext() {
    let token = scanner.scan();
    numberLineBreaks = 0;
    while (token === 15 || token === 14) {
      if (token === 14 && options.keepLines) {
        numberLineBreaks += 1;
      } else if (token === 14) {
        numberLineBreaks = 1;
      }
      token = scanner.scan();
    }
    hasError = token === 16 || scanner.getTokenError() !== 0;
    return token;
  }
  const editOperations = [];
  function addEdit(text, startOffset, endOffset) {
    if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text) {
      editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
    }
  }
  let firstToken = scanNext();
  if (options.keepLines && numberLineBreaks > 0) {
    addEdit(repeat(eol, numberLineBreaks), 0, 0);
  }
  if (firstToken !== 17) {
    let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
    let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
    addEdit(initialIndent, formatTextStart, firstTokenStart);
  }
  while (firstToken !== 17) {
    let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
    let secondToken = scanNext();
    let replaceContent = "";
    let needsLineBreak = false;
    while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
      let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
      addEdit(cachedSpaces[1], firstTokenEnd, commentTokenStart);
      firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
      needsLineBreak = secondToken === 12;
      replaceContent = needsLineBreak ? newLinesAndIndent() : "";
      secondToken = scanNext();
    }
    if (secondToken === 2) {
      if (firstToken !== 1) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else if (secondToken === 4) {
      if (firstToken !== 3) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else {
      switch (firstToken) {
        case 3:
        case 1:
          indentLevel++;
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 5:
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 12:
          replaceContent = newLinesAndIndent();
          break;
        case 13:
          if (numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 6:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 10:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (secondToken === 6 && !needsLineBreak) {
            replaceContent = "";
          }
          break;
        case 7:
        case 8:
        case 9:
        case 11:
        case 2:
        case 4:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else {
            if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
              replaceContent = cachedSpaces[1];
            } else if (secondToken !== 5 && secondToken !== 17) {
              hasError = true;
            }
          }
          break;
        case 16:
          hasError = true;
          break;
      }
      if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
        replaceContent = newLinesAndIndent();
      }
    }
    if (secondToken === 17) {
      if (options.keepLines && numberLineBreaks > 0) {
        replaceContent = newLinesAndIndent();
      } else {
        replaceContent = options.insertFinalNewline ? eol : "";
      }
    }
    const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
    addEdit(replaceContent, firstTokenEnd, secondTokenStart);
    firstToken = secondToken;
  }
  return editOperations;
}
function repeat(s, count) {
  let result2 = "";
  for (let i = 0; i < count; i++) {
    result2 += s;
  }
  return result2;
}
function computeIndentLevel(content, options) {
  let i = 0;
  let nChars = 0;
  const tabSize = options.tabSize || 4;
  while (i < content.length) {
    let ch = content.charAt(i);
    if (ch === cachedSpaces[1]) {
      nChars++;
    } else if (ch === "	") {
      nChars += tabSize;
    } else {
      break;
    }
    i++;
  }
  return Math.floor(nChars / tabSize);
}
function getEOL(options, text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\r") {
      if (i + 1 < text.length && text.charAt(i + 1) === "\n") {
        return "\r\n";
      }
      return "\r";
    } else if (ch === "\n") {
      return "\n";
    }
  }
  return options && options.eol || "\n";
}
function isEOL(text, offset) {
  return "\r\n".indexOf(text.charAt(offset)) !== -1;
}
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function getLocation(text, position) {
  const segments = [];
  const earlyReturnException = new Object();
  let previousNode = void 0;
  const previousNodeInst = {
    value: {},
    offset: 0,
    length: 0,
    type: "object",
    parent: void 0
  };
  let isAtPropertyKey = false;
  function setPreviousNode(value, offset, length, type) {
    previousNodeInst.value = value;
    previousNodeInst.offset = offset;
    previousNodeInst.length = length;
    previousNodeInst.type = type;
    previousNodeInst.colonOffset = void 0;
    previousNode = previousNodeInst;
  }
  try {
    visit(text, {
      onObjectBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        isAtPropertyKey = position > offset;
        segments.push("");
      },
      onObjectProperty: (name, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(name, offset, length, "property");
        segments[segments.length - 1] = name;
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onObjectEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onArrayBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.push(0);
      },
      onArrayEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onLiteralValue: (value, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(value, offset, length, getNodeType(value));
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onSeparator: (sep, offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        if (sep === ":" && previousNode && previousNode.type === "property") {
          previousNode.colonOffset = offset;
          isAtPropertyKey = false;
          previousNode = void 0;
        } else if (sep === ",") {
          const last = segments[segments.length - 1];
          if (typeof last === "number") {
            segments[segments.length - 1] = last + 1;
          } else {
            isAtPropertyKey = true;
            segments[segments.length - 1] = "";
          }
          previousNode = void 0;
        }
      }
    });
  } catch (e) {
    if (e !== earlyReturnException) {
      throw e;
    }
  }
  return {
    path: segments,
    previousNode,
    isAtPropertyKey,
    matches: (pattern) => {
      let k = 0;
      for (let i = 0; k < pattern.length && i < segments.length; i++) {
        if (pattern[k] === segments[i] || pattern[k] === "*") {
          k++;
        } else if (pattern[k] !== "**") {
          return false;
        }
      }
      return k === pattern.length;
    }
  };
}
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodePath(node) {
  if (!node.parent || !node.parent.children) {
    return [];
  }
  const path = getNodePath(node.parent);
  if (node.parent.type === "property") {
    const key = node.parent.children[0].value;
    path.push(key);
  } else if (node.parent.type === "array") {
    const index = node.parent.children.indexOf(node);
    if (index !== -1) {
      path.push(index);
    }
  }
  return path;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop2 of node.children) {
        const valueNode = prop2.children[1];
        if (valueNode) {
          obj[prop2.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function contains(node, offset, includeRightBound = false) {
  return offset >= node.offset && offset < node.offset + node.length || includeRightBound && offset === node.offset + node.length;
}
function findNodeAtOffset(node, offset, includeRightBound = false) {
  if (contains(node, offset, includeRightBound)) {
    const children = node.children;
    if (Array.isArray(children)) {
      for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
        const item = findNodeAtOffset(children[i], offset, includeRightBound);
        if (item) {
          return item;
        }
      }
    }
    return node;
  }
  return void 0;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function stripComments(text, replaceCh) {
  let _scanner = createScanner(text), parts = [], kind, offset = 0, pos;
  do {
    pos = _scanner.getPosition();
    kind = _scanner.scan();
    switch (kind) {
      case 12:
      case 13:
      case 17:
        if (offset !== pos) {
          parts.push(text.substring(offset, pos));
        }
        if (replaceCh !== void 0) {
          parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
        }
        offset = _scanner.getPosition();
        break;
    }
  } while (kind !== 17);
  return parts.join("");
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
function setProperty(text, originalPath, value, options) {
  const path = originalPath.slice();
  const errors = [];
  const root = parseTree(text, errors);
  let parent = void 0;
  let lastSegment = void 0;
  while (path.length > 0) {
    lastSegment = path.pop();
    parent = findNodeAtLocation(root, path);
    if (parent === void 0 && value !== void 0) {
      if (typeof lastSegment === "string") {
        value = { [lastSegment]: value };
      } else {
        value = [value];
      }
    } else {
      break;
    }
  }
  if (!parent) {
    if (value === void 0) {
      throw new Error("Can not delete in empty document");
    }
    return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
  } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
    const existing = findNodeAtLocation(parent, [lastSegment]);
    if (existing !== void 0) {
      if (value === void 0) {
        if (!existing.parent) {
          throw new Error("Malformed AST");
        }
        const propertyIndex = parent.children.indexOf(existing.parent);
        let removeBegin;
        let removeEnd = existing.parent.offset + existing.parent.length;
        if (propertyIndex > 0) {
          let previous = parent.children[propertyIndex - 1];
          removeBegin = previous.offset + previous.length;
        } else {
          removeBegin = parent.offset + 1;
          if (parent.children.length > 1) {
            let next = parent.children[1];
            removeEnd = next.offset;
          }
        }
        return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
      } else {
        return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
      }
    } else {
      if (value === void 0) {
        return [];
      }
      const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
      const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p) => p.children[0].value)) : parent.children.length;
      let edit;
      if (index > 0) {
        let previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      } else if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
      }
      return withFormatting(text, edit, options);
    }
  } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
    const insertIndex = lastSegment;
    if (insertIndex === -1) {
      const newProperty = `${JSON.stringify(value)}`;
      let edit;
      if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        const previous = parent.children[parent.children.length - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else if (value === void 0 && parent.children.length >= 0) {
      const removalIndex = lastSegment;
      const toRemove = parent.children[removalIndex];
      let edit;
      if (parent.children.length === 1) {
        edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
      } else if (parent.children.length - 1 === removalIndex) {
        let previous = parent.children[removalIndex - 1];
        let offset = previous.offset + previous.length;
        let parentEndOffset = parent.offset + parent.length;
        edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
      } else {
        edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
      }
      return withFormatting(text, edit, options);
    } else if (value !== void 0) {
      let edit;
      const newProperty = `${JSON.stringify(value)}`;
      if (!options.isArrayInsertion && parent.children.length > lastSegment) {
        const toModify = parent.children[lastSegment];
        edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
      } else if (parent.children.length === 0 || lastSegment === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
      } else {
        const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
        const previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else {
      throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
    }
  } else {
    throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
  }
}
function withFormatting(text, edit, options) {
  if (!options.formattingOptions) {
    return [edit];
  }
  let newText = applyEdit(text, edit);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isEOL(newText, begin - 1)) {
      begin--;
    }
    while (end < newText.length && !isEOL(newText, end)) {
      end++;
    }
  }
  const edits = format(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit2 = edits[i];
    newText = applyEdit(newText, edit2);
    begin = Math.min(begin, edit2.offset);
    end = Math.max(end, edit2.offset + edit2.length);
    end += edit2.content.length - edit2.length;
  }
  const editLength = text.length - (newText.length - end) - begin;
  return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
}
function applyEdit(text, edit) {
  return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
}
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  ParseErrorCode: () => ParseErrorCode,
  ScanError: () => ScanError2,
  SyntaxKind: () => SyntaxKind,
  applyEdits: () => applyEdits,
  createScanner: () => createScanner2,
  findNodeAtLocation: () => findNodeAtLocation2,
  findNodeAtOffset: () => findNodeAtOffset2,
  format: () => format2,
  getLocation: () => getLocation2,
  getNodePath: () => getNodePath2,
  getNodeValue: () => getNodeValue2,
  modify: () => modify,
  parse: () => parse2,
  parseTree: () => parseTree2,
  printParseErrorCode: () => printParseErrorCode,
  stripComments: () => stripComments2,
  visit: () => visit2
});
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
function format2(documentText, range, options) {
  return format(documentText, range, options);
}
function modify(text, path, value, options) {
  return setProperty(text, path, value, options);
}
function applyEdits(text, edits) {
  let sortedEdits = edits.slice(0).sort((a, b2) => {
    const diff = a.offset - b2.offset;
    if (diff === 0) {
      return a.length - b2.length;
    }
    return diff;
  });
  let lastModifiedOffset = text.length;
  for (let i = sortedEdits.length - 1; i >= 0; i--) {
    let e = sortedEdits[i];
    if (e.offset + e.length <= lastModifiedOffset) {
      text = applyEdit(text, e);
    } else {
      throw new Error("Overlapping edit");
    }
    lastModifiedOffset = e.offset;
  }
  return text;
}
var createScanner2, ScanError2, SyntaxKind, getLocation2, parse2, parseTree2, findNodeAtLocation2, findNodeAtOffset2, getNodePath2, getNodeValue2, visit2, stripComments2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    createScanner2 = createScanner;
    (function(ScanError3) {
      ScanError3[ScanError3["None"] = 0] = "None";
      ScanError3[ScanError3["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError3[ScanError3["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError3[ScanError3["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError3[ScanError3["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError3[ScanError3["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError3[ScanError3["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError2 || (ScanError2 = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    getLocation2 = getLocation;
    parse2 = parse;
    parseTree2 = parseTree;
    findNodeAtLocation2 = findNodeAtLocation;
    findNodeAtOffset2 = findNodeAtOffset;
    getNodePath2 = getNodePath;
    getNodeValue2 = getNodeValue;
    visit2 = visit;
    stripComments2 = stripComments;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/snapshot/entry.ts
var import_node_fs8 = require("node:fs");
var import_node_path8 = require("node:path");
var import_node_v8 = require("node:v8");

// src/cli/main.ts
var import_node_tty = require("node:tty");

// src/cli/run.ts
var import_node_path7 = require("node:path");

// src/errors.ts
var UsageError = class extends Error {
};
var ScanError = class extends Error {
};

// src/report/mask.ts
function mask(secret) {
  if (secret.length <= 8) return "*".repeat(secret.length);
  return `${secret.slice(0, 4)}\u2026${secret.slice(-2)}`;
}
var BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "g");
var hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, "0");
function printable(data2) {
  return data2.replace(UNSAFE, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}
function jsonText(doc) {
  return JSON.stringify(doc, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`) + "\n";
}

// src/report/report.ts
var paint = (on, code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
var active = (r) => r.result.findings.filter((f) => !f.ignored);
var ignoredFindings = (r) => r.result.findings.filter((f) => f.ignored);
var blockingCount = (r) => active(r).filter((f) => f.blocking).length;
function countGroups(findings) {
  const sizes = /* @__PURE__ */ new Map();
  for (const f of findings) sizes.set(f.group, (sizes.get(f.group) ?? 0) + 1);
  return sizes;
}
function notices(r) {
  const pending = /* @__PURE__ */ new Map();
  for (const s of r.result.skipped) pending.set(s.reason, [...pending.get(s.reason) ?? [], s]);
  return r.result.warnings.map((text) => {
    const skip = pending.get(text)?.shift();
    return skip ? { text, skip } : { text };
  });
}
function verificationCounts(findings) {
  const c = { live: 0, dead: 0, unknown: 0 };
  for (const f of findings) if (f.verification) c[f.verification.status]++;
  return c;
}

// src/cli/messages.ts
var shellWord = (p) => /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
var messages = {
  usage: `Usage: scan-twitter-secrets [options] [path ...]
       scan-twitter-secrets --staged [path ...]     (pre-commit hook: what the commit will contain)
       scan-twitter-secrets install [--force] | uninstall
       scan-twitter-secrets merge-reports [-f text|markdown|json] [-o [format=]file] [name=]report.json ...
       scan-twitter-secrets revoke [--yes] [--format text|json] [--staged | --history] [path ...]
                                                    (revoke by API what X lets a call revoke)

Find leaked X (Twitter) API credentials and say how to regenerate them.
Paths default to "." (inside a git work tree: the files git sees, so .gitignore applies).

Options:
      --staged              scan the staged changes (the index), not the working tree; with paths,
                            only those staged files (lint-staged, pre-commit framework)
      --force               install: keep an existing foreign pre-commit hook and run it after the scan
      --history             scan every commit on all refs (branches, tags, remotes, stashes)
      --history-range <r>   scan only a revision range, e.g. main..feature (implies --history)
      --since <date>        scan only commits after a date, e.g. 2024-01-01 (implies --history)
      --baseline <file>     findings recorded in this baseline are known and do not fail the run
      --write-baseline <f>  record the current findings as a baseline and exit 0
      --github-event        derive the scan from the GitHub Actions event (used by action.yml); a push
                            or pull request is scanned with the suppressions of its base commit
      --no-inline-allow     "twitter-secrets:allow" markers suppress nothing
      --verify              ask X whether each credential found still works (sends each one to X,
                            one side-effect-free call per credential; off by default)
      --ignore-dead         with --verify: credentials X rejects (dead) do not block
      --yes                 revoke: do not ask before revoking (needed without a terminal)
  -f, --format <format>     text (default), json, sarif (code scanning) or github (Actions annotations)
  -o, --output <file>       write the report to a file instead of standard output
  -o, --output <fmt>=<file> also write another format to a file (repeatable: one scan, several reports)
      --show-secrets        print secrets in full (masked by default)
  -i, --include <glob>      scan only matching paths (repeatable)
  -e, --exclude <glob>      skip matching paths (repeatable)
  -c, --config <file>       config file (default: .twitter-secrets.json at the repository root)
      --no-git              walk the file system even inside a git work tree (.gitignore not applied)
      --list-rules          list the detection rules
      --explain <rule-id>   print a rule's description and how to regenerate that credential
      --fail-on-skip        exit 2 when anything was not scanned (a file that could not be read, a
                            history blob over 64 MB, a missing git object, history past a shallow clone)
  -v, --verbose             also list ignored findings and skipped files
      --color / --no-color  force or disable colour (default: on a terminal, unless NO_COLOR is set)
  -h, --help                show this help
      --version             print the version

Exit codes: 0 no blocking finding, 1 blocking findings, 2 could not scan (with --fail-on-skip: or skipped something).
  revoke: 0 everything revocable is dead afterwards, 1 something revocable still works, 2 could not run.
Allow a false positive: "twitter-secrets:allow" on its line, or its fingerprint in .twitter-secrets-ignore.`,
  error: (msg) => `scan-twitter-secrets: ${msg}`,
  unknownRule: (id) => `unknown rule "${id}" (see --list-rules)`,
  badFormat: (f, allowed) => `unknown format "${f}" (choose ${allowed.join(", ")})`,
  cannotWrite: (file, why) => `cannot write ${file}: ${why}`,
  reportWritten: (file, format3) => `${format3} report written to ${file}`,
  emptyOutput: (value) => `-o ${value}: no file name`,
  sameOutput: (name) => `-o names ${name} twice: give each report its own file`,
  args: {
    emptyPath: "an empty path was given",
    emptyGlob: "an empty glob was given to --include/--exclude",
    noPaths: (command2) => `${command2} takes no paths (to scan a directory named ${command2}, use ./${command2})`,
    mergeNeedsReports: "merge-reports needs JSON reports to merge: merge-reports [name=]report.json ...",
    forceOnly: "--force is an option of install",
    stagedOrHistory: "--staged and --history are different scans: choose one",
    historyNoPaths: "--history scans the repository in the current directory and takes no paths (use --history-range for a range)",
    emptyRange: "--history-range needs a revision range, e.g. main..feature",
    rangeOption: "--history-range takes revisions (e.g. main..feature ^v1.0), not git options"
  },
  event: {
    notACommit: (field) => `the GitHub event payload's ${field} is not a commit id (40 or 64 hex digits)`,
    needsEnv: "--github-event needs GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (set by GitHub Actions)",
    unreadable: (path, why) => `cannot read the GitHub event payload ${path}: ${why}`,
    notAnObject: (path) => `the GitHub event payload ${path} is not a JSON object`
  },
  githubEventAlone: "--github-event decides what is scanned from the event: it takes no paths, --staged, --history, --history-range or --since",
  unreadable: (path, code) => code === "ELOOP" ? `not following symlink: ${path}` : code === "ENOTREG" ? `not a regular file: ${path}` : `cannot read ${path}: ${code}`,
  unreadableDir: (path, code) => `cannot read directory ${path}: ${code}`,
  missingObject: (sha, path) => `not scanned: git object ${sha}${path ? ` (${path})` : ""} is missing from this repository (a partial clone's objects are never fetched)`,
  dubiousOwnership: (path) => `git refuses the repository at ${path}: it belongs to another user ("dubious ownership"); if you trust it: git config --global --add safe.directory ${shellWord(path)}`,
  gitRefused: (path, reason) => `git refuses the repository at ${path}: ${reason} (to scan the folder as plain files: --no-git)`,
  /** The one stderr line when --fail-on-skip turns skips into exit 2 (the report itself lists them all). */
  failOnSkip: (n, first) => `scan-twitter-secrets: ${n} item${n === 1 ? "" : "s"} could not be scanned, and --fail-on-skip makes that fatal (exit 2); ${first}${n > 1 ? ` (and ${n - 1} more: see the warnings)` : ""}`,
  ignoredRoot: (arg) => `${arg} is ignored by .gitignore: nothing in it was scanned (--no-git scans it anyway)`,
  noGit: "git is not installed: the tree was walked without .gitignore (install git, or pass --no-git to silence this)",
  baselineWritten: (file, n) => `scan-twitter-secrets: baseline written to ${file} (${n} finding${n === 1 ? "" : "s"}); run with --baseline ${file} to fail only on new ones`,
  invalidJson: (what, where) => `${what} is not valid JSON${where ? `: line ${where.line}, column ${where.column}: ${where.reason}` : ""}`,
  /** jsonc-parser's error codes, in words (the position is given beside them; the text never is). */
  jsonError: {
    InvalidSymbol: "unexpected characters (text outside quotes?)",
    InvalidNumberFormat: "malformed number",
    PropertyNameExpected: "expected a property name in double quotes (a trailing comma?)",
    ValueExpected: "expected a value",
    ColonExpected: "expected a colon",
    CommaExpected: "expected a comma",
    CloseBraceExpected: "expected a closing brace }",
    CloseBracketExpected: "expected a closing bracket ]",
    EndOfFileExpected: "unexpected text after the end of the document",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "unterminated comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid \\u escape in a string",
    InvalidEscapeCharacter: "invalid escape in a string",
    InvalidCharacter: "control character in a string",
    default: "syntax error"
  },
  staleBaseline: (e) => `baseline entry ${e.fingerprint} (${e.ruleId}, was in ${e.file}) is no longer found: remove it from the baseline`,
  statusNote: {
    leak: "",
    expired: "expired (issued more than 2 hours ago): warning only",
    "public-client": "X's public web-client token, not your secret: warning only",
    "client-id": "public in PKCE apps: warning only unless its client secret is beside it",
    "already-committed": ""
  },
  details: {
    appId: (v) => `App ID ${v}`,
    userId: (v) => `account user id ${v}`,
    issuedAt: (v) => `issued ${v}`
  },
  setTitle: { oauth1: "OAuth 1.0a / app credentials", oauth2: "OAuth 2.0 client and user tokens" },
  howToFix: "How to regenerate what leaked",
  revokeByApi: "Revoke by API:",
  falsePositive: (fp) => `Not a real credential? Add "twitter-secrets:allow" to its line, or this line to .twitter-secrets-ignore:
    fingerprint:${fp}  # why it is safe`,
  summary: (s) => {
    const parts = [`scanned ${s.scanned} ${s.noun}${s.scanned === 1 ? "" : "s"}`];
    if (s.findings === 0) parts.push("no X credentials found");
    else parts.push(`${s.findings} X credential${s.findings === 1 ? "" : "s"} found in ${s.files} file${s.files === 1 ? "" : "s"} (${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? "" : "s"})`);
    if (s.ignored) parts.push(`${s.ignored} ignored`);
    if (s.binary) parts.push(`${s.binary} binary skipped`);
    if (s.excluded) parts.push(`${s.excluded} excluded`);
    if (s.notScanned) parts.push(`${s.notScanned} not scanned (see warnings)`);
    return parts.join("; ");
  },
  ruleListHeader: ["RULE", "BLOCKS", "WHAT"],
  github: { notScannedTitle: "scan-twitter-secrets: not scanned", warningTitle: "scan-twitter-secrets" },
  history: {
    shallow: (n) => `not scanned: history before this shallow clone's depth (the scanned revisions reach ${n} commit${n === 1 ? "" : "s"} whose parents were never fetched; git fetch --unshallow for a full audit)`,
    noCommits: "the repository has no commits yet: nothing to scan in history",
    tooBig: (path, size) => `not scanned (larger than 64 MB): ${path} (${Math.round(size / 1e6)} MB)`,
    progress: (done, total, mbps, eta) => `scanning history: ${done}/${total} objects, ${mbps.toFixed(1)} MB/s, about ${Math.ceil(eta)} s left`,
    introduced: (c) => `introduced in ${c.hash.slice(0, 12)} (${c.date.slice(0, 10)}, ${c.author}): "${c.subject}"`,
    seenIn: (n) => `in ${n} commit${n === 1 ? "" : "s"}`,
    atHead: (present) => present ? "still present at HEAD" : "no longer at HEAD (but still in history)",
    remediationTitle: "These values are in the repository history"
  },
  merge: {
    unreadable: (path, why) => `cannot read report ${path}: ${why}`,
    notAReport: (path) => `${path} is not a scan-twitter-secrets JSON report (version 1): write one with --format json`,
    badFormat: (f) => `merge-reports writes text, markdown or json, not "${f}"`,
    notAnOption: (o) => `--${o} is not an option of merge-reports (it takes -f FORMAT and -o [FORMAT=]FILE)`,
    summary: (repos, findings, blocking, withFindings, skipped) => `${repos} repositor${repos === 1 ? "y" : "ies"}: ${findings} finding${findings === 1 ? "" : "s"} (${blocking} blocking) in ${withFindings}` + (skipped.length ? `; not fully scanned: ${skipped.join(", ")}` : "")
  },
  range: {
    changedFile: (name, base) => `this change modifies ${name}: suppressions are read from ${base ? `the base commit ${base.slice(0, 12)}` : "before the range (none: it starts at a root commit)"}, so its new entries count once it is merged`,
    onlyByChange: (by) => `suppressed only by this change (${by}): still blocking; land the entry on the base branch first`,
    unknown: (sha) => `the event's commit ${sha.slice(0, 12)} is not in this clone (actions/checkout needs fetch-depth: 0): the range cannot be determined, so the checked-out tree was scanned instead`
  },
  verify: {
    badApiBase: (name) => `${name} must be an https:// URL, or http:// to a loopback address (127.0.0.1, ::1, localhost)`,
    badMs: (name) => `${name} must be a whole number of milliseconds`,
    ignoreDeadNeedsVerify: "--ignore-dead needs --verify (verifying sends each credential found to X)",
    rejected: (status) => `X rejected it (${status})`,
    works: (status) => `X accepted it (${status})`,
    limited: (status) => `authenticates; access is limited (${status})`,
    rateLimited: (until) => until ? `rate limited until ${until}` : "rate limited",
    answered: (status) => `X answered ${status}`,
    networkError: "network error",
    timedOut: "network error (timed out)",
    deadline: "not checked: the time allowed for checks ran out",
    account: (handle, id) => `@${handle} (id ${id})`,
    expired: (issued) => `expired${issued ? ` (issued ${issued})` : ""}: not sent to X`,
    noPair: "no pair to sign with (the API key and its secret, and for a token its secret, must be in the same set)",
    pairDead: "cannot tell: the set's API key/secret is dead, so nothing could sign for the token",
    publicClient: "not checked: X's public web-client token, not yours",
    noSafeCheck: "not checked: no side-effect-free check",
    /** The tag beside a finding in text reports. */
    tag: { live: "LIVE", dead: "dead", unknown: "unknown" },
    sarif: (status, detail) => `Checked with X: ${status} (${detail}).`,
    summary: (c) => `checked with X: ${c.live} live, ${c.dead} dead, ${c.unknown} unknown`
  },
  revoke: {
    yesOnly: "--yes is an option of revoke",
    notAnOption: (o) => `--${o} is not an option of revoke`,
    badFormat: (f) => `revoke reports as text or json, not "${f}"`,
    noTerminal: "revoke asks before revoking and there is no terminal to ask on: nothing was revoked (run it in a terminal, or add --yes)",
    nothing: "no X credentials found: nothing to revoke",
    planTitle: (set, file) => `Credential set ${set} in ${file}`,
    willRevoke: "Will revoke now (irreversible):",
    willBreak: "What stops working:",
    breaks: {
      "twitter-bearer-token": "the app's app-only (bearer) calls, until a new bearer token is generated",
      "twitter-access-token": "the app's calls on behalf of the account that authorised it (user context)",
      "twitter-oauth2-access-token": "the client's calls for that user until the user authorises again",
      "twitter-oauth2-refresh-token": "the client can no longer renew its access for that user: the user must authorise again"
    },
    consoleOnly: "Only the developer console can rotate (steps below):",
    question: "Revoke these now? [y/N] ",
    results: {
      revoked: "revoked",
      "already-dead": "already dead",
      failed: "FAILED",
      "console-only": "console only",
      "not-revocable": "not revocable",
      declined: "not revoked (you said no)"
    },
    detail: {
      revoked: "revoked; X now rejects it",
      revokedWithToken: "revoked with its access token",
      revokedUnchecked: "X accepted the revocation (a refresh token cannot be re-checked without using it)",
      consoleOnly: "no API call revokes it: regenerate it in the developer console",
      clientId: "a client ID is public: nothing to revoke (regenerate the client secret if it leaked)",
      noPair: "no API key and API key secret in the same set to sign the revocation",
      noToken: "no access token in the same set (it is revoked with its access token)",
      noTokenSecret: "no access token secret in the same set to sign the revocation",
      noClientId: "no client ID in the same set",
      publicClient: "X's public web-client token, not yours",
      declined: "you answered no",
      xError: (status, what) => `X answered ${status}${what ? `: ${what}` : ""}`,
      stillLive: (why) => `X accepted the call but the credential still works (${why})`,
      recheck: (why) => `revocation sent, but the re-check could not confirm it: ${why}`
    },
    summary: (c) => `revoked ${c.revoked}, already dead ${c.alreadyDead}, failed ${c.failed}, console only ${c.consoleOnly}, not revocable ${c.notRevocable}${c.declined ? `, declined ${c.declined}` : ""}`,
    consoleSteps: "Rotate these in the developer console"
  },
  hook: {
    headline: "scan-twitter-secrets: this commit adds X (Twitter) credentials",
    whatNow: "What to do with this commit",
    steps: [
      "The staged files still hold the values. In each file listed above:",
      "  1. Remove the value; read it from an environment variable or a git-ignored .env file instead",
      '     (Python: os.environ["X_API_KEY"]; Node: process.env.X_API_KEY).',
      "  2. Add that .env file to .gitignore.",
      "  3. Re-stage the file (git add <file>) and commit again.",
      "To take a file out of this commit instead: git restore --staged <file>",
      "If a value was ever pushed or shared anywhere, rotate it anyway (steps above): removing it from this commit does not make it secret again.",
      "To revoke at once the tokens X lets an API call revoke (asks first; never run by this hook): scan-twitter-secrets revoke --staged"
    ],
    earlier: "Already committed earlier (not blocking this commit, but exposed in history):",
    earlierNote: "this value is already in the previous commit: rotate it and audit the history (scan-twitter-secrets --history)",
    warnings: "Warnings (not blocking):",
    bypassTitle: "Only if you are sure it is not a real credential",
    bypass: (fp) => [
      "  Commit once without the check: git commit --no-verify   (or: SKIP=scan-twitter-secrets git commit ...)",
      '  Mark a false positive for good: put "twitter-secrets:allow" in a comment on its line,',
      `  or add to .twitter-secrets-ignore:  fingerprint:${fp}  # why it is safe`
    ],
    summary: (files, found, blocking) => blocking > 0 ? `scanned ${files} staged file${files === 1 ? "" : "s"}: ${found} credential${found === 1 ? "" : "s"} found, commit blocked` : `scanned ${files} staged file${files === 1 ? "" : "s"}: ${found ? `no new credentials (${found} warning${found === 1 ? "" : "s"})` : "no X credentials found"}`,
    skipped: "scan-twitter-secrets: skipped (SKIP=scan-twitter-secrets)"
  },
  /** The plain git hook's startup snapshot (install/snapshot.ts). */
  snapshot: {
    /** Ends install's line "installed the pre-commit hook at …". */
    built: (nodeVersion) => ` (with a startup snapshot for Node ${nodeVersion})`,
    notBuilt: (reason) => ` (without a startup snapshot: ${reason}; it runs the plain bundle)`,
    /** Ends uninstall's line "removed the pre-commit hook at …". */
    removed: " and its startup snapshot",
    trackedHooksDir: "the hooks directory is inside the work tree, where a binary of several MB could be committed",
    onlyStaged: "scan-twitter-secrets: this startup snapshot runs only the pre-commit hook's scan (--staged); run scan-twitter-secrets itself for anything else",
    removedLeftover: (blob) => `removed a startup snapshot left at ${blob}`,
    /** Printed once by the hook (then silent until the next install); the commit is still scanned. */
    stale: "scan-twitter-secrets: the hook's startup snapshot no longer matches Node or this package (or is damaged); scanning without it. Run 'scan-twitter-secrets install' to rebuild it."
  }
};

// src/report/github.ts
var GITHUB_ANNOTATION_LIMIT = 10;
var data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var prop = (s) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(level, f, showSecrets) {
  const note = messages.statusNote[f.status];
  const value = printable(showSecrets ? f.secret : mask(f.secret));
  const title = `${f.title} (${f.ruleId})`;
  const onlyByChange = f.suppressedOnlyByRange ? ` ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}.` : "";
  const checked = f.verification ? ` ${printable(messages.verify.sarif(f.verification.status, f.verification.detail))}` : "";
  const msg = `${f.title} ${value} leaked${note ? ` \u2014 ${note}` : ""}.${onlyByChange}${checked} Regenerate it in the X developer console: scan-twitter-secrets --explain ${f.ruleId}`;
  return `::${level} file=${prop(printable(f.file))},line=${f.line},col=${f.column},title=${prop(title)}::${data(msg)}`;
}
function runWarning(n) {
  const title = n.skip ? messages.github.notScannedTitle : messages.github.warningTitle;
  return `::warning title=${prop(title)}::${data(printable(n.text))}`;
}
function formatGithub(r) {
  const findings = active(r);
  const errors = findings.filter((f) => f.blocking);
  const warnings = findings.filter((f) => !f.blocking);
  const runWarnings = notices(r);
  const shownRun = runWarnings.slice(0, GITHUB_ANNOTATION_LIMIT);
  const warningRoom = GITHUB_ANNOTATION_LIMIT - shownRun.length;
  const lines = [
    ...errors.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command("error", f, r.showSecrets)),
    ...shownRun.map(runWarning),
    ...warnings.slice(0, warningRoom).map((f) => command("warning", f, r.showSecrets))
  ];
  const hidden = [...errors.slice(GITHUB_ANNOTATION_LIMIT), ...warnings.slice(warningRoom)];
  const hiddenRun = runWarnings.slice(GITHUB_ANNOTATION_LIMIT);
  if (hidden.length || hiddenRun.length) {
    const list = [...hidden.map((f) => `${printable(f.file)}:${f.line}:${f.column} ${f.ruleId}`), ...hiddenRun.map((n) => `warning: ${printable(n.text)}`)].join("\n");
    const title = hidden.length ? `${hidden.length} more X credential findings${hiddenRun.length ? ` and ${hiddenRun.length} more warnings` : ""}` : `${hiddenRun.length} more warnings`;
    lines.push(`::notice title=${prop(title)}::${data(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations per level; the others:
${list}`)}`);
  }
  const skipped = r.result.skipped.length;
  lines.push(`scan-twitter-secrets: ${findings.length} finding(s), ${blockingCount(r)} blocking${skipped ? `, ${skipped} not scanned` : ""}`);
  return lines.join("\n") + "\n";
}

// src/report/json.ts
var JSON_REPORT_VERSION = 1;
function findingJson(f, showSecrets) {
  return {
    ruleId: f.ruleId,
    title: f.title,
    file: f.file,
    line: f.line,
    column: f.column,
    blocking: f.blocking,
    severity: f.severity,
    status: f.status,
    masked: mask(f.secret),
    ...showSecrets ? { secret: f.secret } : {},
    fingerprint: f.fingerprint,
    group: f.group || null,
    details: f.details,
    ...f.ignored ? { ignored: f.ignored } : {},
    ...f.suppressedOnlyByRange ? { suppressedOnlyByRange: f.suppressedOnlyByRange } : {},
    ...f.provenance ? { provenance: f.provenance } : {},
    ...f.verification ? { verification: f.verification } : {}
  };
}
function formatJson(r) {
  const findings = active(r);
  const ignored = ignoredFindings(r);
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const g = groups.get(f.group) ?? { id: f.group, file: f.file, ruleIds: [] };
    if (!g.ruleIds.includes(f.ruleId)) g.ruleIds.push(f.ruleId);
    groups.set(f.group, g);
  }
  const s = r.result.stats;
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: "scan-twitter-secrets", version: r.toolVersion },
    findings: findings.map((f) => findingJson(f, r.showSecrets)),
    ignored: ignored.map((f) => findingJson(f, r.showSecrets)),
    groups: [...groups.values()],
    summary: {
      findings: findings.length,
      blocking: blockingCount(r),
      warnings: findings.length - blockingCount(r),
      ignored: ignored.length,
      filesScanned: s.filesScanned,
      bytesScanned: s.bytesScanned,
      binarySkipped: s.binarySkipped,
      symlinksSkipped: s.symlinksSkipped,
      excluded: s.excluded,
      unreadable: s.unreadable,
      knownExamples: s.knownExamples,
      ...s.staleBaseline !== void 0 ? { staleBaseline: s.staleBaseline } : {},
      ...findings.some((f) => f.verification) ? { verification: verificationCounts(findings) } : {}
    },
    warnings: r.result.warnings,
    // What was not scanned, as data (each also one of the warnings): what --fail-on-skip counts.
    skipped: r.result.skipped.map((s2) => ({ kind: s2.kind, ...s2.path !== void 0 ? { path: s2.path } : {}, reason: s2.reason }))
  };
  return jsonText(doc);
}

// src/remediation/render.ts
function remediationFor(ruleIds, set, withNextSteps = true) {
  const wanted = new Set(ruleIds);
  const blocks = /* @__PURE__ */ new Map();
  for (const rule of set.rules) {
    if (!wanted.has(rule.id)) continue;
    const rem = set.remediations.get(rule.remediation);
    const block = blocks.get(rem.key) ?? { remediation: rem, ruleIds: [] };
    block.ruleIds.push(rule.id);
    blocks.set(rem.key, block);
  }
  const next = set.remediations.get("next-steps");
  const out = [...blocks.values()];
  if (withNextSteps && out.length && next) out.push({ remediation: next, ruleIds: [] });
  return out;
}
function renderRemediation(blocks, indent = "  ") {
  const lines = [];
  for (const { remediation: r, ruleIds } of blocks) {
    lines.push(`${indent}${r.title}${ruleIds.length ? ` (${ruleIds.join(", ")})` : ""}`);
    r.regenerate.forEach((step, i) => lines.push(`${indent}  ${ruleIds.length ? `${i + 1}.` : "-"} ${step}`));
    if (r.revoke) lines.push(`${indent}  ${messages.revokeByApi} ${r.revoke}`);
    lines.push("");
  }
  return lines.join("\n");
}

// src/report/sarif.ts
var LEVEL = { high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { high: "9.0", medium: "6.5", low: "3.0", info: "1.0" };
var uri = (path) => path.split("/").map(encodeURIComponent).join("/");
function ruleDescriptor(rule, r) {
  const help = renderRemediation(remediationFor([rule.id], r.rules), "");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help, markdown: help.split("\n").map((l) => l.trim() ? l : "").join("  \n") },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["security", "secret", "x-twitter"], precision: "very-high", "security-severity": SECURITY_SEVERITY[rule.severity] }
  };
}
function result(f, ruleIndex, r) {
  const note = messages.statusNote[f.status];
  const onlyByChange = f.suppressedOnlyByRange ? ` ${messages.range.onlyByChange(f.suppressedOnlyByRange.by)}.` : "";
  const checked = f.verification ? ` ${messages.verify.sarif(f.verification.status, f.verification.detail)}` : "";
  const text = `${f.title} ${r.showSecrets ? f.secret : mask(f.secret)}${note ? ` (${note})` : ""}.${onlyByChange}${checked} Regenerate it in the X developer console (see the rule's help).`;
  const out = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.blocking ? LEVEL[f.severity] : "note",
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endColumn: f.column + [...f.secret].length }
        }
      }
    ],
    partialFingerprints: { "scanTwitterSecrets/v1": f.fingerprint },
    properties: { blocking: f.blocking, status: f.status, group: f.group || void 0, ...f.details, ...f.provenance ? { provenance: f.provenance } : {}, ...f.verification ? { verification: f.verification } : {} }
  };
  if (f.ignored) {
    out.suppressions = [{ kind: f.ignored.kind === "inline-marker" ? "inSource" : "external", justification: f.ignored.reason ?? f.ignored.by }];
    if (f.ignored.kind === "baseline") out.baselineState = "unchanged";
  }
  return out;
}
function notification(n) {
  return {
    level: "warning",
    message: { text: n.text },
    ...n.skip ? { properties: { skipped: n.skip.kind, ...n.skip.path !== void 0 ? { path: n.skip.path } : {} } } : {}
  };
}
function formatSarif(r) {
  const rules = r.rules.rules;
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const doc = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scan-twitter-secrets",
            version: r.toolVersion,
            informationUri: "https://www.npmjs.com/package/scan-twitter-secrets",
            rules: rules.map((rule) => ruleDescriptor(rule, r))
          }
        },
        // Warnings, and content not scanned, as SARIF's tool execution notifications: a viewer shows
        // that the run was incomplete, not only what it found.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices(r).map(notification) }],
        columnKind: "unicodeCodePoints",
        results: r.result.findings.map((f) => result(f, index.get(f.ruleId), r))
      }
    ]
  };
  return jsonText(doc);
}

// src/scan/group.ts
var MAX_GAP_LINES = 40;
function groupPerFile(perFile) {
  const counter = { next: 1 };
  const all = [];
  for (const list of perFile) {
    assignGroups(list.filter((f) => !f.ignored), counter);
    all.push(...list);
  }
  return all;
}
function assignGroups(findings, counter) {
  const open = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const set = f.set;
    let g = open.get(set);
    if (!g || g.rules.has(f.ruleId) || f.line - g.lastLine > MAX_GAP_LINES) {
      g = { id: `set-${counter.next++}`, rules: /* @__PURE__ */ new Set(), lastLine: f.line };
      open.set(set, g);
    }
    g.rules.add(f.ruleId);
    g.lastLine = f.line;
    f.group = g.id;
  }
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// src/report/text.ts
function describeFinding(f, showSecrets) {
  const facts = Object.entries(f.details).map(([k, v]) => messages.details[k]?.(printable(v)) ?? `${k} ${printable(v)}`);
  const note = messages.statusNote[f.status];
  if (note) facts.push(note);
  const value = printable(showSecrets ? f.secret : mask(f.secret));
  return `${f.title}  ${value}${facts.length ? `  (${facts.join("; ")})` : ""}`;
}
function verificationTag(f, color) {
  const v = f.verification;
  if (!v) return "";
  const tag = messages.verify.tag[v.status];
  const text = `${tag}${v.detail ? ` ${printable(v.detail)}` : ""}`;
  const style = v.status === "live" ? "41;97;1" : v.status === "dead" ? "2" : "33";
  return `  ${paint(color, style)(v.status === "live" ? text : `${tag} (${printable(v.detail)})`)}`;
}
function liveFirst(findings) {
  const live = findings.filter((f) => f.verification?.status === "live");
  if (live.length === 0) return findings;
  const liveFiles = new Set(live.map((f) => f.file));
  const liveSets = new Set(live.map((f) => `${f.file}\0${f.group}`));
  const fileOrder = /* @__PURE__ */ new Map();
  for (const f of findings) if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  const key = (f) => [liveFiles.has(f.file) ? 0 : 1, fileOrder.get(f.file), liveSets.has(`${f.file}\0${f.group}`) ? 0 : 1];
  return findings.map((f, i) => ({ k: [...key(f), i], f })).sort((a, b2) => {
    const j = a.k.findIndex((x, i) => x !== b2.k[i]);
    return j < 0 ? 0 : a.k[j] - b2.k[j];
  }).map(({ f }) => f);
}
function historyLine(f) {
  const p = f.provenance;
  if (!p || !("presentAtHead" in p)) return null;
  const parts = [];
  if (p.introduced) {
    const { hash, date, author, subject } = p.introduced;
    parts.push(messages.history.introduced({ hash: printable(hash), date: printable(date), author: printable(author), subject: printable(subject) }));
  }
  parts.push(messages.history.seenIn(p.commits?.length ?? 0), messages.history.atHead(p.presentAtHead ?? false));
  return parts.join("; ");
}
var warningLine = (w) => `warning: ${printable(w)}`;
function findingsByFile(findings) {
  return groupBy(findings, (f) => f.file);
}
function fileSections(byFile, all, r, lines) {
  const bold = paint(r.color, "1");
  const dim = paint(r.color, "2");
  const groupSizes = countGroups(all);
  const out = [];
  for (const [file, list] of byFile) {
    out.push(bold(printable(file)));
    let group = "";
    for (const f of list) {
      if (f.group !== group && (groupSizes.get(f.group) ?? 0) > 1) {
        out.push(dim(`  credential set ${f.group.replace("set-", "#")}: ${messages.setTitle[f.set]}`));
      }
      group = f.group;
      for (const l of lines(f)) out.push(l);
    }
    out.push("");
  }
  return out;
}
function formatText(r) {
  const red = paint(r.color, "31;1");
  const yellow = paint(r.color, "33");
  const bold = paint(r.color, "1");
  const dim = paint(r.color, "2");
  const findings = liveFirst(active(r));
  const out = [];
  const byFile = findingsByFile(findings);
  const sections = fileSections(byFile, findings, r, (f) => {
    const tag = f.blocking ? red("\u2716 leak") : yellow("\u26A0 warn");
    const where = historyLine(f);
    const onlyByChange = f.suppressedOnlyByRange ? [yellow(`          ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}`)] : [];
    return [`  ${tag}  ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}  ${dim(f.ruleId)}`, ...where ? [dim(`          ${where}`)] : [], ...onlyByChange];
  });
  for (const line2 of sections) out.push(line2);
  const leaked = findings.filter((f) => f.blocking);
  if (leaked.length) {
    if (r.mode === "history") out.push(bold(messages.history.remediationTitle));
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(leaked.map((f) => f.ruleId)), r.rules)));
    const purge = r.rules.remediations.get("history");
    if (r.mode === "history" && purge) out.push(renderRemediation([{ remediation: purge, ruleIds: [] }]));
    out.push(dim(messages.falsePositive(leaked[0].fingerprint)));
    out.push("");
  }
  const ignored = ignoredFindings(r);
  if (r.verbose) {
    for (const f of ignored) out.push(dim(`  ignored  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  by ${printable(f.ignored.by)}${f.ignored.reason ? ` \u2014 ${printable(f.ignored.reason)}` : ""}`));
  }
  for (const w of r.result.warnings) out.push(yellow(warningLine(w)));
  const s = r.result.stats;
  const blocking = blockingCount(r);
  const line = messages.summary({
    findings: findings.length,
    blocking,
    warnings: findings.length - blocking,
    files: byFile.size,
    scanned: s.filesScanned,
    ignored: ignored.length,
    binary: s.binarySkipped,
    excluded: s.excluded,
    notScanned: r.result.skipped.length,
    noun: r.mode === "history" ? "blob" : "file"
  });
  out.push(blocking ? red(line) : line);
  const checked = findings.filter((f) => f.verification);
  if (checked.length) out.push(messages.verify.summary(verificationCounts(checked)));
  return out.join("\n") + "\n";
}

// src/report/formats.ts
var formats = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub
};

// src/rules/preloaded.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// src/detect/names.ts
function splitWords(name) {
  const words = [];
  for (const part of name.replace(/OAuth/g, "Oauth").split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    for (const w of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) words.push(w.toLowerCase());
  }
  return words;
}
var TRAILING_NOISE = /* @__PURE__ */ new Set(["value", "val", "str", "string", "env", "var", "prod", "dev", "live"]);
var LABEL_ROLE = { ruleId: "", words: [], strength: "generic" };
function matchRole(words, roles) {
  if (words.length === 1 && (words[0] === "value" || words[0] === "default")) return { role: LABEL_ROLE, prefix: [], label: true };
  let end = words.length;
  while (end > 0 && (TRAILING_NOISE.has(words[end - 1]) || /^[0-9]+$/.test(words[end - 1]))) end--;
  for (const role of roles) {
    const n = role.words.length;
    if (n > end) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = words[end - n + k] === role.words[k];
    if (ok) return { role, prefix: words.slice(0, end - n) };
  }
  return null;
}

// src/detect/spelling.ts
var FUZZY_WORDS = ["consumer", "access", "token", "secret"];
var NOT_TYPOS = /* @__PURE__ */ new Set(["taken", "woken", "consumed", "consumes", "accesses"]);
var KEY_TYPOS = /* @__PURE__ */ new Set(["kay", "kye", "kei", "ky", "kee"]);
var EXTRA_WORDS = ["twitter"];
var MAX_WORD = 40;
var TYPO_ANCHORS = "con?su|comsu|conus|sec(?:ert|rt|et|rte)|sercet|scret";
function typoDistance(a, b2) {
  if (a === b2) return 0;
  if (Math.abs(a.length - b2.length) > 1) return 2;
  let i = 0;
  while (i < a.length && i < b2.length && a[i] === b2[i]) i++;
  const ra = a.slice(i + 1);
  const rb = b2.slice(i + 1);
  if (ra === rb) return 1;
  if (a.slice(i) === b2.slice(i + 1) || a.slice(i + 1) === b2.slice(i)) return 1;
  if (a[i] === b2[i + 1] && a[i + 1] === b2[i] && a.slice(i + 2) === b2.slice(i + 2)) return 1;
  return 2;
}
function splitWord(word, vocabulary) {
  if (word.length > MAX_WORD || NOT_TYPOS.has(word)) return null;
  const best = [{ words: [], edits: 0 }];
  for (let i = 1; i <= word.length; i++) best.push(null);
  for (let i = 0; i < word.length; i++) {
    const here = best[i];
    if (!here) continue;
    const offer = (end, piece, edits) => {
      const total = here.edits + edits;
      if (total > 1) return;
      const cur = best[end];
      if (!cur || total < cur.edits || total === cur.edits && here.words.length + 1 < cur.words.length) best[end] = { words: [...here.words, piece], edits: total };
    };
    for (const v of vocabulary.words) if (word.startsWith(v, i)) offer(i + v.length, v, 0);
    for (const v of FUZZY_WORDS) {
      for (let len = v.length - 1; len <= v.length + 1; len++) {
        if (i + len > word.length) continue;
        const piece = word.slice(i, i + len);
        if (piece !== v && !NOT_TYPOS.has(piece) && typoDistance(piece, v) === 1) offer(i + len, v, 1);
      }
    }
    for (const t of KEY_TYPOS) if (word.startsWith(t, i)) offer(i + t.length, "key", 1);
  }
  return best[word.length] ?? null;
}
function roleVocabulary(names) {
  const known = new Set(EXTRA_WORDS);
  for (const n of names) for (const w of n.words) if (/^[a-z]{2,}$/.test(w)) known.add(w);
  return { words: [...known].sort((a, b2) => b2.length - a.length), known };
}
function readAsTyped(words, vocabulary) {
  let changed = false;
  const out = [];
  for (const w of words) {
    if (vocabulary.known.has(w) || /^[0-9]+$/.test(w)) {
      out.push(w);
      continue;
    }
    const split = splitWord(w, vocabulary);
    if (split && (split.edits > 0 || split.words.length > 1)) {
      out.push(...split.words);
      changed = true;
    } else out.push(w);
  }
  return changed ? out : null;
}
function matchAsTyped(words, exact, roles, vocabulary) {
  const typed = readAsTyped(words, vocabulary);
  if (!typed) return null;
  const match = matchRole(typed, roles);
  if (!match || match.label || match.role.words.length < 2) return null;
  if (exact && exact.role.words.length >= match.role.words.length) return null;
  return { words: typed, match };
}
function innerRole(words, roles, fits) {
  for (const role of roles) {
    const n = role.words.length;
    if (n < 2 || role.strength !== "specific") continue;
    for (let k = 0; k + n < words.length; k++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = words[k + j] === role.words[j];
      if (ok && fits(role.words.join(" "))) return { role, prefix: words.slice(0, k) };
    }
  }
  return null;
}

// src/detect/compile.ts
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function sdkCalls(calls) {
  const literal = calls.filter((c) => !/^\w+$/.test(c));
  let prefix = literal[0] ?? "";
  for (const l of literal) while (!l.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return { named: new Set(calls.filter((c) => /^\w+$/.test(c))), literal, literalPrefix: prefix };
}
function evidencePattern(words) {
  const domains = words.filter((w) => w.endsWith(".x.com"));
  const names = words.filter((w) => !w.endsWith(".x.com"));
  const word = new RegExp(names.map(escapeRegExp).join("|"), "iy");
  const domain = new RegExp(`(?:^|[^A-Za-z])(?:${domains.map((d) => escapeRegExp(d.slice(0, -".x.com".length))).join("|")})$`, "i");
  const anchor = /tw|x_|\.x\.com/gi;
  const starts = [...new Set(names.map((w) => Math.max(0, w.search(/tw|x_/i))))];
  const wordAt = (text, at) => {
    if (at < 0 || at > 0 && /[A-Za-z]/.test(text[at - 1])) return false;
    word.lastIndex = at;
    return word.test(text);
  };
  return {
    test(text) {
      anchor.lastIndex = 0;
      for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
        const i = m.index;
        if (m[0].length > 2) {
          if (domain.test(text.slice(Math.max(0, i - 12), i))) return true;
          continue;
        }
        if (m[0][0] === "t" || m[0][0] === "T") {
          const next = text.charCodeAt(i + 2) | 32;
          if (next !== 105 && next !== 101 && next !== 121 && next !== 117) continue;
        }
        const before = text.charCodeAt(i - 1) | 32;
        if (i > 0 && before >= 97 && before <= 122 && before !== 114 && before !== 111) continue;
        if (starts.some((back) => wordAt(text, i - back))) return true;
      }
      return false;
    }
  };
}
function compileRules(set) {
  const byRole = /* @__PURE__ */ new Map();
  const names = [];
  for (const rule of set.rules) {
    byRole.set(rule.role, rule);
    for (const name of rule.context?.names ?? []) {
      names.push({ ruleId: rule.id, words: name.words.split(" "), strength: name.strength });
    }
  }
  names.sort((a, b2) => b2.words.length - a.words.length);
  const byPhrase = /* @__PURE__ */ new Map();
  for (const n of names) {
    const phrase = n.words.join(" ");
    const entry = byPhrase.get(phrase) ?? { rules: [], specific: false };
    entry.rules.push(set.byId.get(n.ruleId));
    entry.specific ||= n.strength === "specific";
    byPhrase.set(phrase, entry);
  }
  const v = set.vocabulary;
  return {
    set,
    byRole,
    names,
    vocabulary: roleVocabulary(names),
    byPhrase,
    evidence: evidencePattern(v.evidence),
    otherServices: new Set(v.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v.otherServices.filter((w) => !v.nameOnlyWords.includes(w)).map(escapeRegExp).join("|")})(?![a-z])`,
      "i"
    ),
    placeholders: new RegExp(v.placeholders.map(escapeRegExp).join("|"), "i"),
    sdkCalls: sdkCalls(v.sdkCalls.map((c) => c.call)),
    sdkRoles: new Map(v.sdkCalls.map((c) => [c.call, { roles: c.roles, ...c.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c.rolesWhenUrlFirst } : {}, generic: c.generic ?? false }])),
    allowMarkers: v.allowMarkers,
    documentationExamples: new Set(v.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v.publicBearerTokens.map((e) => e.sha256))
  };
}

// src/rules/load.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/package-root.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var cached;
function findPackage() {
  if (cached) return cached;
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__stsMetaUrl));
  for (let i = 0; i < 5; i++) {
    const manifest = (0, import_node_path.join)(dir, "package.json");
    if ((0, import_node_fs.existsSync)(manifest) && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "rules"))) {
      const pkg = JSON.parse((0, import_node_fs.readFileSync)(manifest, "utf8"));
      if (pkg.name === "scan-twitter-secrets") return cached = { dir, version: pkg.version ?? "unknown" };
    }
    dir = (0, import_node_path.dirname)(dir);
  }
  throw new Error("cannot find the scan-twitter-secrets package directory (rules/ missing?)");
}
function packageRoot() {
  return findPackage().dir;
}
function toolVersion() {
  return findPackage().version;
}

// src/rules/load.ts
var RuleError = class extends ScanError {
};
var defaultRulesDir = () => (0, import_node_path2.join)(packageRoot(), "rules");
var RULE_ORDER = [
  "twitter-consumer-key",
  "twitter-consumer-secret",
  "twitter-bearer-token",
  "twitter-access-token",
  "twitter-access-token-secret",
  "twitter-oauth2-client-id",
  "twitter-oauth2-client-secret",
  "twitter-oauth2-access-token",
  "twitter-oauth2-refresh-token"
];
var DETECTORS = ["bearer", "oauth1-access-token", "oauth2-token", "oauth2-client-id", "context"];
var SEVERITIES = ["high", "medium", "low", "info"];
function readJson(file) {
  try {
    return JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
  } catch (err) {
    throw new RuleError(`${file}: ${err.message}`);
  }
}
function need(cond, file, field, what) {
  if (!cond) throw new RuleError(`${file}: field "${field}" ${what}`);
}
var RULE_FIELDS = {
  // id (load, reports), title/description (reports, SARIF, --list-rules), detector (load, --list-rules),
  // set (scan/engine.ts → scan/group.ts), role (SDK calls, context), severity (detect), remediation
  // (remediation/render.ts), pattern (load, rules-examples test), context (detect/context.ts),
  // examples (rules-examples test)
  rule: ["id", "title", "description", "detector", "set", "role", "severity", "remediation", "pattern", "context", "examples"],
  // all read by detect/context.ts fitValue() and compile.ts
  context: ["charset", "modernLengths", "legacyRange", "names"],
  name: ["words", "strength"],
  examples: ["positive", "negative"],
  // read by the rules-examples test (note: shown when the example fails)
  example: ["file", "text", "secret", "blocking", "note"]
};
function onlyKnown(obj, known, file, where) {
  for (const key of Object.keys(obj)) need(known.includes(key), file, where ? `${where}.${key}` : key, `is not a known field (known: ${known.join(", ")})`);
}
function validateRule(raw, file) {
  const r = raw;
  need(r && typeof r === "object", file, "(root)", "must be an object");
  onlyKnown(r, RULE_FIELDS.rule, file, "");
  for (const f of ["id", "title", "description", "role", "remediation", "pattern"]) {
    need(typeof r[f] === "string" && r[f].length > 0, file, f, "must be a non-empty string");
  }
  need(file.endsWith(`${r.id}.json`), file, "id", `must match the file name (got "${r.id}")`);
  need(DETECTORS.includes(r.detector), file, "detector", `must be one of ${DETECTORS.join(", ")}`);
  need(r.set === "oauth1" || r.set === "oauth2", file, "set", 'must be "oauth1" or "oauth2"');
  need(SEVERITIES.includes(r.severity), file, "severity", `must be one of ${SEVERITIES.join(", ")}`);
  try {
    new RegExp(r.pattern);
  } catch (err) {
    throw new RuleError(`${file}: field "pattern" does not compile: ${err.message}`);
  }
  if (r.detector === "context" || r.context !== void 0) {
    const c = r.context;
    need(c && typeof c === "object", file, "context", "is required for context rules");
    need(c.charset === "alnum" || c.charset === "base64url" || c.charset === "user-id", file, "context.charset", 'must be "alnum", "base64url" or "user-id"');
    need(Array.isArray(c.modernLengths) && c.modernLengths.length > 0, file, "context.modernLengths", "must list lengths");
    need(Array.isArray(c.names) && c.names.length > 0, file, "context.names", "must list role names");
    onlyKnown(c, RULE_FIELDS.context, file, "context");
    for (const n of c.names) {
      onlyKnown(n, RULE_FIELDS.name, file, "context.names");
      need(typeof n.words === "string" && /^[a-z0-9]+( [a-z0-9]+)*$/.test(n.words), file, "context.names.words", `must be lower-case words ("${n.words}")`);
      need(n.strength === "specific" || n.strength === "generic", file, "context.names.strength", 'must be "specific" or "generic"');
    }
  }
  const ex = r.examples;
  need(ex && Array.isArray(ex.positive) && ex.positive.length > 0, file, "examples.positive", "must hold at least one example");
  need(Array.isArray(ex.negative) && ex.negative.length > 0, file, "examples.negative", "must hold at least one example");
  onlyKnown(ex, RULE_FIELDS.examples, file, "examples");
  for (const e of [...ex.positive, ...ex.negative]) {
    onlyKnown(e, RULE_FIELDS.example, file, "examples");
    need(typeof e.file === "string" && typeof e.text === "string", file, "examples", 'entries need "file" and "text"');
  }
  return r;
}
function loadRules(dir = defaultRulesDir()) {
  let entries;
  try {
    entries = (0, import_node_fs2.readdirSync)(dir).sort();
  } catch (err) {
    throw new RuleError(`cannot read the rules directory ${dir}: ${err.message}`);
  }
  const rules = entries.filter((f) => /^twitter-.*\.json$/.test(f)).map((f) => validateRule(readJson((0, import_node_path2.join)(dir, f)), (0, import_node_path2.join)(dir, f)));
  const rank = (id) => RULE_ORDER.includes(id) ? RULE_ORDER.indexOf(id) : RULE_ORDER.length;
  rules.sort((a, b2) => rank(a.id) - rank(b2.id) || a.id.localeCompare(b2.id));
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules) {
    if (byId.has(r.id)) throw new RuleError(`${dir}: duplicate rule id "${r.id}"`);
    byId.set(r.id, r);
  }
  const roles = new Set(rules.map((r) => r.role));
  if (roles.size !== rules.length) throw new RuleError(`${dir}: two rules share a role`);
  const remediations = /* @__PURE__ */ new Map();
  const remDir = (0, import_node_path2.join)(dir, "remediation");
  for (const f of (0, import_node_fs2.readdirSync)(remDir).filter((x) => x.endsWith(".json")).sort()) {
    const rem = readJson((0, import_node_path2.join)(remDir, f));
    need(typeof rem.key === "string" && f === `${rem.key}.json`, (0, import_node_path2.join)(remDir, f), "key", "must match the file name");
    need(Array.isArray(rem.regenerate) && rem.regenerate.length > 0, (0, import_node_path2.join)(remDir, f), "regenerate", "must list steps");
    remediations.set(rem.key, rem);
  }
  for (const r of rules) {
    need(remediations.has(r.remediation), (0, import_node_path2.join)(dir, `${r.id}.json`), "remediation", `names unknown remediation "${r.remediation}"`);
  }
  const vocabulary = readJson((0, import_node_path2.join)(dir, "context.json"));
  for (const call of vocabulary.sdkCalls) {
    for (const role of [...call.roles, ...call.rolesWhenUrlFirst ?? []]) {
      need(role === "" || roles.has(role), (0, import_node_path2.join)(dir, "context.json"), `sdkCalls.${call.call}`, `names unknown role "${role}"`);
    }
  }
  return { rules, byId, remediations, vocabulary };
}

// src/rules/preloaded.ts
var preloaded;
function rulesFilesState(dir) {
  const parts = [];
  for (const sub of [dir, (0, import_node_path3.join)(dir, "remediation")]) {
    for (const name of (0, import_node_fs3.readdirSync)(sub).sort()) {
      const st = (0, import_node_fs3.statSync)((0, import_node_path3.join)(sub, name));
      if (st.isFile()) parts.push(`${(0, import_node_path3.join)(sub, name)}\0${st.size}\0${st.mtimeMs}`);
    }
  }
  return parts.join("\n");
}
function preloadRules() {
  const dir = defaultRulesDir();
  const state = rulesFilesState(dir);
  const rules = loadRules(dir);
  preloaded = { rules, compiled: compileRules(rules), state };
  return rules;
}
function preloadedStillCurrent() {
  if (!preloaded) return false;
  let now;
  try {
    now = rulesFilesState(defaultRulesDir());
  } catch {
    now = null;
  }
  if (now === preloaded.state) return true;
  preloaded = void 0;
  return false;
}
var rulesForRun = () => preloaded?.rules ?? loadRules();
var compiledFor = (rules) => preloaded?.rules === rules ? preloaded.compiled : compileRules(rules);

// src/report/hook-text.ts
function formatHookText(r) {
  const red = paint(r.color, "31;1");
  const yellow = paint(r.color, "33");
  const bold = paint(r.color, "1");
  const dim = paint(r.color, "2");
  const findings = active(r);
  const blocking = findings.filter((f) => f.blocking);
  const earlier = findings.filter((f) => f.status === "already-committed");
  const other = findings.filter((f) => !f.blocking && f.status !== "already-committed");
  const files = r.result.stats.filesScanned;
  const out = [];
  if (blocking.length) {
    out.push(red(messages.hook.headline), "");
    const sections = fileSections(findingsByFile(blocking), findings, r, (f) => [
      `  ${red("\u2716")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}  ${dim(f.ruleId)}`
    ]);
    for (const line of sections) out.push(line);
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(blocking.map((f) => f.ruleId)), r.rules, false)));
    out.push(bold(messages.hook.whatNow));
    for (const line of messages.hook.steps) out.push(`  ${line}`);
    out.push("");
  }
  if (earlier.length) {
    out.push(yellow(messages.hook.earlier));
    for (const f of earlier) out.push(`  ${yellow("\u26A0")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)} \u2014 ${messages.hook.earlierNote}`);
    out.push("");
  }
  if (other.length) {
    out.push(yellow(messages.hook.warnings));
    for (const f of other) out.push(`  ${yellow("\u26A0")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}`);
    out.push("");
  }
  if (blocking.length) {
    out.push(dim(messages.hook.bypassTitle));
    for (const line of messages.hook.bypass(blocking[0].fingerprint)) out.push(dim(line));
    out.push("");
  }
  for (const w of r.result.warnings) out.push(yellow(warningLine(w)));
  if (findings.length === 0 && r.result.warnings.length === 0 && !r.verbose) return "";
  const summary = messages.hook.summary(files, blocking.length || findings.length, blocking.length);
  out.push(blocking.length ? red(summary) : `scan-twitter-secrets: ${summary}`);
  return out.join("\n") + "\n";
}

// src/cli/args.ts
var import_node_util = require("node:util");
var MERGE_OPTIONS = /* @__PURE__ */ new Set(["format", "output", "help", "version"]);
function parseOptions(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        staged: { type: "boolean", default: false },
        history: { type: "boolean", default: false },
        "history-range": { type: "string" },
        since: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        "github-event": { type: "boolean", default: false },
        "no-inline-allow": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        verify: { type: "boolean", default: false },
        "ignore-dead": { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
        output: { type: "string", short: "o", multiple: true, default: [] },
        "show-secrets": { type: "boolean", default: false },
        include: { type: "string", short: "i", multiple: true, default: [] },
        exclude: { type: "string", short: "e", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-git": { type: "boolean", default: false },
        "list-rules": { type: "boolean", default: false },
        explain: { type: "string" },
        "fail-on-skip": { type: "boolean", default: false },
        verbose: { type: "boolean", short: "v", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    });
  } catch (err) {
    throw new UsageError(err.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  const v = parsed.values;
  if (parsed.positionals.some((p) => p === "")) throw new UsageError(messages.args.emptyPath);
  if ([...v.include, ...v.exclude].some((g) => g.trim() === "")) throw new UsageError(messages.args.emptyGlob);
  const color = v["no-color"] ? false : v.color ? true : void 0;
  const first = parsed.positionals[0];
  const command2 = first === "install" || first === "uninstall" || first === "revoke" || first === "merge-reports" ? first : "scan";
  const positionals = command2 === "scan" ? parsed.positionals : parsed.positionals.slice(1);
  if ((command2 === "install" || command2 === "uninstall") && positionals.length) throw new UsageError(messages.args.noPaths(command2));
  const given = (o) => v[o] !== void 0 && v[o] !== false && !(Array.isArray(v[o]) && v[o].length === 0);
  if (command2 === "merge-reports") {
    if (positionals.length === 0) throw new UsageError(messages.args.mergeNeedsReports);
    const unfit = Object.keys(v).find((o) => !MERGE_OPTIONS.has(o) && given(o));
    if (unfit) throw new UsageError(messages.merge.notAnOption(unfit));
  }
  if (v.force && command2 !== "install") throw new UsageError(messages.args.forceOnly);
  if (v.yes && command2 !== "revoke") throw new UsageError(messages.revoke.yesOnly);
  if (v["ignore-dead"] && !v.verify && command2 === "scan") throw new UsageError(messages.verify.ignoreDeadNeedsVerify);
  if (command2 === "revoke") {
    const unfit = ["verify", "ignore-dead", "baseline", "write-baseline", "github-event", "output", "list-rules", "explain"].find(given);
    if (unfit) throw new UsageError(messages.revoke.notAnOption(unfit));
    if (v.format !== "text" && v.format !== "json") throw new UsageError(messages.revoke.badFormat(v.format));
  }
  const history = v.history || v["history-range"] !== void 0 || v.since !== void 0;
  if (v["github-event"] && (command2 !== "scan" || v.staged || history || parsed.positionals.length)) {
    throw new UsageError(messages.githubEventAlone);
  }
  if (history && v.staged) throw new UsageError(messages.args.stagedOrHistory);
  if (history && positionals.length) throw new UsageError(messages.args.historyNoPaths);
  return {
    command: command2,
    staged: v.staged,
    history,
    ...v["history-range"] !== void 0 ? { historyRevs: { flags: [], revs: rangeRevisions(v["history-range"]) } } : {},
    ...v.since !== void 0 ? { since: v.since } : {},
    force: v.force,
    verify: v.verify,
    ignoreDead: v["ignore-dead"],
    yes: v.yes,
    ...v.baseline !== void 0 ? { baseline: v.baseline } : {},
    ...v["write-baseline"] !== void 0 ? { writeBaseline: v["write-baseline"] } : {},
    githubEvent: v["github-event"],
    inlineAllow: !v["no-inline-allow"],
    // --staged without paths scans every staged file; with paths (lint-staged, pre-commit) only those.
    paths: positionals.length || v.staged ? positionals : ["."],
    format: v.format,
    output: v.output,
    showSecrets: v["show-secrets"],
    include: v.include,
    exclude: v.exclude,
    ...v.config !== void 0 ? { config: v.config } : {},
    git: !v["no-git"],
    listRules: v["list-rules"],
    ...v.explain !== void 0 ? { explain: v.explain } : {},
    failOnSkip: v["fail-on-skip"],
    verbose: v.verbose,
    ...color !== void 0 ? { color } : {},
    help: v.help,
    version: v.version
  };
}
function rangeRevisions(range) {
  const revs = range.split(/\s+/).filter(Boolean);
  if (revs.length === 0) throw new UsageError(messages.args.emptyRange);
  if (revs.some((r) => r.startsWith("-"))) throw new UsageError(messages.args.rangeOption);
  return revs;
}

// src/cli/outputs.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");
function planOutputs(values, mainFormat, known, cwd) {
  const files = [];
  let printed = true;
  for (const value of values) {
    const eq = value.indexOf("=");
    const prefix = eq > 0 ? value.slice(0, eq) : "";
    const format3 = known.includes(prefix) ? prefix : mainFormat;
    const name = format3 === prefix ? value.slice(eq + 1) : value;
    if (name === "") throw new UsageError(messages.emptyOutput(value));
    if (format3 !== prefix) printed = false;
    const path = (0, import_node_path4.resolve)(cwd, name);
    if (files.some((f) => f.path === path)) throw new UsageError(messages.sameOutput(name));
    files.push({ format: format3, name, path });
  }
  return { files, printed };
}
function writeReports(files, render) {
  return files.map((f) => {
    try {
      (0, import_node_fs4.writeFileSync)(f.path, render(f.format));
    } catch (err) {
      throw new UsageError(messages.cannotWrite(f.name, err.code ?? err.message));
    }
    return messages.reportWritten(printable(f.name), f.format);
  });
}

// src/detect/binary.ts
var BINARY_SNIFF_BYTES = 8e3;
var BINARY_CONTROL_SHARE = 32;
var b = (hex2) => String.fromCharCode(...hex2.split(" ").map((h) => parseInt(h, 16)));
var SIGNATURES = [
  // Images
  [[0, b("89 50 4e 47 0d 0a 1a 0a")]],
  // PNG
  [[0, b("ff d8 ff")]],
  // JPEG
  [[0, "GIF87a"]],
  [[0, "GIF89a"]],
  [[0, "II*\0"]],
  [[0, "MM\0*"]],
  // TIFF (and camera raw formats built on it)
  [[0, "\0\0\0"]],
  // ICO
  [[0, "RIFF"], [8, "WEBP"]],
  // Documents and archives
  [[0, "%PDF-"]],
  [[0, "PK"]],
  [[0, "PK"]],
  [[0, "PK\x07\b"]],
  // ZIP: JAR, DOCX/XLSX, APK, wheels, VSIX
  [[0, b("d0 cf 11 e0 a1 b1 1a e1")]],
  // OLE compound file: .doc, .xls, .msi
  [[0, b("1f 8b")]],
  // gzip
  [[0, "BZh"], [4, "1AY&SY"]],
  // bzip2
  [[0, b("fd 37 7a 58 5a 00")]],
  // xz
  [[0, b("28 b5 2f fd")]],
  // zstd
  [[0, b("04 22 4d 18")]],
  // LZ4 frame
  [[0, b("37 7a bc af 27 1c")]],
  // 7-Zip
  [[0, "Rar!\x07"]],
  [[0, "MSCF\0\0\0\0"]],
  // Windows cabinet
  [[257, "ustar"]],
  // tar
  [[0, "!<arch>\n"]],
  // ar: static libraries, .deb
  [[0, "PACK\0\0\0"]],
  // git pack
  // Executables and bytecode
  [[0, "\x7FELF"]],
  [[0, b("fe ed fa ce")]],
  [[0, b("fe ed fa cf")]],
  [[0, b("ce fa ed fe")]],
  [[0, b("cf fa ed fe")]],
  // Mach-O
  [[0, b("ca fe ba be")]],
  // Java class file, Mach-O universal binary
  [[0, "\0asm"]],
  // WebAssembly
  [[0, "dex\n0"], [7, "\0"]],
  // Android DEX: dex\n035\0
  [[0, "\x1BLua"]],
  // Lua bytecode
  // Data
  [[0, "SQLite format 3\0"]],
  [[0, "bplist00"]],
  // Apple binary property list
  [[0, "\0\0\0Bud1"]],
  // .DS_Store
  [[0, b("89 48 44 46 0d 0a 1a 0a")]],
  // HDF5
  [[0, "\x93NUMPY"]],
  // Fonts and media
  [[0, "\0\0\0"]],
  [[0, "wOFF"]],
  [[0, "wOF2"]],
  // TrueType, WOFF
  [[4, "ftyp"]],
  // MP4, MOV, HEIC, AVIF
  [[0, b("1a 45 df a3")]],
  // Matroska, WebM
  [[0, "OggS\0"]],
  [[0, "fLaC"]],
  [[0, "ID3"]],
  [[0, "ID3"]],
  [[0, "ID3"]],
  // MP3
  [[0, "RIFF"], [8, "WAVE"]],
  [[0, "RIFF"], [8, "AVI "]]
];
var isTextByte = (c) => c >= 32 && c < 127 || c === 9 || c === 10 || c === 13;
var TEXT_ONLY = new Set(SIGNATURES.filter((sig) => sig.every(([, s]) => [...s].every((ch) => isTextByte(ch.charCodeAt(0))))));
var NON_TEXT = new Uint8Array(256);
for (let c = 0; c < 32; c++) NON_TEXT[c] = 1;
for (const c of [9, 10, 11, 12, 13, 27]) NON_TEXT[c] = 0;
NON_TEXT[127] = 1;
function looksBinary(bytes) {
  return hasSignature(bytes) || controlShare(bytes);
}
var BY_START = /* @__PURE__ */ new Map();
for (const sig of SIGNATURES) {
  const [at, s] = sig[0];
  if (at !== 0) continue;
  const key = s.charCodeAt(0) << 8 | s.charCodeAt(1);
  BY_START.set(key, [...BY_START.get(key) ?? [], sig]);
}
var ELSEWHERE = SIGNATURES.filter((sig) => sig[0][0] !== 0);
function hasSignature(bytes) {
  if (bytes.length < 2) return false;
  const matches = (sig) => sig.every(([at, s]) => startsWith(bytes, at, s)) && (!TEXT_ONLY.has(sig) || binaryEvidence(bytes));
  const candidates = BY_START.get(bytes[0] << 8 | bytes[1]);
  if (candidates && candidates.some(matches)) return true;
  if (ELSEWHERE.some(matches)) return true;
  return bytes.length >= 64 && bytes[0] === 77 && bytes[1] === 90 && bytes.subarray(2, 64).includes(0);
}
var ANY_NON_TEXT = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/;
function controlShare(bytes) {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (!ANY_NON_TEXT.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString("latin1"))) return false;
  const limit = Math.floor(n / BINARY_CONTROL_SHARE);
  let odd = 0;
  for (let i = 0; i < n; i++) odd += NON_TEXT[bytes[i]];
  return odd > limit;
}
function binaryEvidence(bytes) {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c < 128) {
      if (NON_TEXT[c]) return true;
      continue;
    }
    const [more, lo, hi] = c >= 194 && c <= 223 ? [1, 128, 191] : c === 224 ? [2, 160, 191] : c === 237 ? [2, 128, 159] : c >= 225 && c <= 239 ? [2, 128, 191] : c === 240 ? [3, 144, 191] : c >= 241 && c <= 243 ? [3, 128, 191] : c === 244 ? [3, 128, 143] : [0, 0, 0];
    if (more === 0) return true;
    for (let k = 1; k <= more; k++) {
      if (i + k >= n) return false;
      const d = bytes[i + k];
      if (k === 1 ? d < lo || d > hi : d < 128 || d > 191) return true;
    }
    i += more;
  }
  return false;
}
function startsWith(bytes, at, s) {
  if (bytes.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

// src/detect/text.ts
function isBinary(bytes) {
  return !utf16Encoding(bytes) && looksBinary(bytes);
}
function utf16Encoding(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return null;
}
function decode(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2)), encoding: utf16, byteText: false };
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return { text: byteText(bytes.subarray(start)), encoding: "utf-8", byteText: true };
}
function byteText(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
}
function isContinuation(c) {
  return c >= 128 && c <= 191;
}
function codesOf(text) {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 128 ? c : 128;
  }
  return codes;
}
function normalise(text) {
  let out = text;
  if (out.indexOf("\r") >= 0) out = out.replace(/\r/g, " ");
  if (out.indexOf("\x1B") >= 0 || out.indexOf("\\u001b") >= 0) out = out.replace(ANSI_ESCAPE, (m) => " ".repeat(m.length));
  if (out.indexOf("\xE2\x80") >= 0) out = out.replace(/\u00e2\u0080[\u009c\u009d]/g, '"""').replace(/\u00e2\u0080[\u0098\u0099]/g, "'''");
  if (out.indexOf("\xC2") >= 0) out = out.replace(/\u00c2\u00ab/g, ' "').replace(/\u00c2\u00bb/g, '" ');
  if (out.indexOf("\\") < 0) return out;
  return out.replace(/\\n/g, " \n").replace(/\\[rt]/g, "  ").replace(/\\(["'/])/g, " $1");
}
var ANSI_ESCAPE = /(?:\x1b|\\u001[bB])\[[0-9;]{0,20}[A-Za-z]/g;
var MARKS = [
  { needle: "\r", span: 1, counts: () => true },
  { needle: "\x1B", span: 2, counts: (t, at) => t[at + 1] === "[" },
  { needle: "\\u001b", span: 7, counts: (t, at) => t[at + 6] === "[" },
  // An escaped quote (code inside a JSON or JS string: notebooks, embedded snippets); plain minified
  // code with "\n" in its strings needs nothing.
  { needle: "\\", span: 2, counts: (t, at) => t[at + 1] === '"' || t[at + 1] === "'" },
  { needle: "\xE2\x80", span: 3, counts: (t, at) => "\x98\x99\x9C\x9D".includes(t[at + 2]) },
  { needle: "\xC2", span: 2, counts: (t, at) => t[at + 1] === "\xAB" || t[at + 1] === "\xBB" }
];
function normaliseWindows(text, windows2) {
  let parts = null;
  let at = 0;
  const next = MARKS.map((m) => text.indexOf(m.needle));
  for (const [from, to] of windows2) {
    let needed = false;
    for (let k = 0; k < MARKS.length && !needed; k++) {
      const { needle, span, counts } = MARKS[k];
      if (next[k] >= 0 && next[k] < from) next[k] = text.indexOf(needle, from);
      while (next[k] >= 0 && next[k] + span <= to) {
        if (counts(text, next[k])) {
          needed = true;
          break;
        }
        next[k] = text.indexOf(needle, next[k] + 1);
      }
    }
    if (!needed) continue;
    (parts ??= []).push(text.slice(at, from), normalise(text.slice(from, to)));
    at = to;
  }
  if (!parts) return text;
  parts.push(text.slice(at));
  return parts.join("");
}
var LineIndex = class {
  /** `byteText`: the text is UTF-8 byte text (see above), whose columns count character starts. */
  constructor(text, byteText2 = false) {
    this.text = text;
    this.byteText = byteText2;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  byteText;
  starts = [0];
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  lineStart(line) {
    return this.starts[line - 1] ?? this.text.length;
  }
  lineEnd(line) {
    const next = this.starts[line];
    return next === void 0 ? this.text.length : next - 1;
  }
  /** The first `max` characters of a line (key names and indentation live there). */
  lineHead(line, max = 240) {
    const start = this.lineStart(line);
    return this.text.slice(start, Math.min(this.lineEnd(line), start + max));
  }
  get lineCount() {
    return this.starts.length;
  }
  last = { line: 0, offset: 0, column: 1 };
  position(offset) {
    const line = this.lineOf(offset);
    const resume = this.last.line === line && this.last.offset <= offset;
    let column = resume ? this.last.column : 1;
    let i = resume ? this.last.offset : this.lineStart(line);
    for (; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (this.byteText) {
        if (!isContinuation(c)) column++;
        continue;
      }
      if (c >= 55296 && c <= 56319 && i + 1 < offset) i++;
      column++;
    }
    this.last = { line, offset, column };
    return { line, column };
  }
};

// src/git/git.ts
var import_node_child_process = require("node:child_process");
var GUARD_CONFIG = ["core.fsmonitor=false", "log.showSignature=false", "protocol.allow=never"];
var GUARD_ENV = { GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
function spawnGit(args, cwd, env, stdio) {
  const guarded = GUARD_CONFIG.flatMap((c) => ["-c", c]);
  return (0, import_node_child_process.spawn)("git", [...guarded, ...args], { cwd, env: { ...env, ...GUARD_ENV }, stdio });
}
function gitRun(args, cwd, env = process.env, input) {
  return new Promise((resolve5, reject) => {
    const child = spawnGit(args, cwd, env, [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]);
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(new ScanError(e.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${e.message}`)));
    child.on("close", (code) => resolve5({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function gitBytes(args, cwd, env = process.env, input) {
  const r = await gitRun(args, cwd, env, input);
  if (r.code === 0) return r.stdout;
  throw new ScanError(`git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}

// src/git/blobs.ts
var IN_FLIGHT_BYTES = 32 * 1024 * 1024;
function startBlobReader(at) {
  const child = spawnGit([...at.pin, "cat-file", "--batch"], at.cwd, at.env, ["pipe", "pipe", "ignore"]);
  child.on("error", () => void 0);
  child.stdin?.on("error", () => void 0);
  return child;
}
function streamBlobs(at, shas, onBlob, onMissing, { maxInFlight = 4, started, allocate } = {}) {
  return new Promise((resolve5, reject) => {
    if (shas.length === 0) {
      started?.stdin?.end();
      return resolve5();
    }
    const child = started ?? startBlobReader(at);
    const stdout = child.stdout;
    let headerBuf = Buffer.alloc(0);
    let body = null;
    let skipNewline = false;
    let failed = null;
    let inFlight = 0;
    let inFlightBytes = 0;
    let closed = false;
    let exitCode = null;
    const finish = () => {
      if (!closed || inFlight > 0) return;
      if (failed) reject(failed);
      else if (exitCode !== 0) reject(new ScanError(`git cat-file failed (exit code ${exitCode})`));
      else resolve5();
    };
    const fail = (err) => {
      failed ??= err instanceof Error ? err : new Error(String(err));
      child.kill();
    };
    const deliver = (sha, bytes) => {
      const size = bytes.length;
      const r = onBlob(sha, bytes);
      if (!(r instanceof Promise)) return;
      inFlight++;
      inFlightBytes += size;
      if (inFlight >= maxInFlight || inFlightBytes >= IN_FLIGHT_BYTES) stdout.pause();
      const done = () => {
        inFlight--;
        inFlightBytes -= size;
        if (inFlight < maxInFlight && inFlightBytes < IN_FLIGHT_BYTES) stdout.resume();
      };
      r.then(
        () => {
          done();
          finish();
        },
        (err) => {
          done();
          fail(err);
          finish();
        }
      );
    };
    stdout.on("data", (chunk) => {
      try {
        let d = chunk;
        while (d.length) {
          if (skipNewline) {
            skipNewline = false;
            d = d.subarray(1);
            continue;
          }
          if (!body) {
            const joined = headerBuf.length ? Buffer.concat([headerBuf, d]) : d;
            const nl = joined.indexOf(10);
            if (nl < 0) {
              headerBuf = Buffer.from(joined);
              return;
            }
            headerBuf = Buffer.alloc(0);
            const [sha, type, size] = joined.subarray(0, nl).toString("latin1").trim().split(" ");
            d = joined.subarray(nl + 1);
            if (type === "missing") {
              onMissing(sha);
              continue;
            }
            if (size === void 0) throw new ScanError(`git cat-file answered "${type}" for ${sha}`);
            body = { sha, size: Number(size), buf: allocate?.(Number(size)) ?? Buffer.allocUnsafeSlow(Number(size)), filled: 0 };
            if (body.size === 0) {
              deliver(body.sha, body.buf);
              body = null;
              skipNewline = true;
            }
            continue;
          }
          const n = Math.min(d.length, body.buf.length - body.filled);
          d.copy(body.buf, body.filled, 0, n);
          body.filled += n;
          d = d.subarray(n);
          if (body.filled === body.buf.length) {
            const done = body;
            body = null;
            skipNewline = true;
            deliver(done.sha, done.buf);
          }
        }
      } catch (err) {
        fail(err);
      }
    });
    child.on("error", (err) => reject(new ScanError(`cannot run git: ${err.message}`)));
    child.stdin?.on("error", () => void 0);
    child.on("close", (code) => {
      closed = true;
      exitCode = code;
      finish();
    });
    child.stdin.end(shas.join("\n") + "\n");
  });
}

// src/config/path-filter.ts
var optionsFor = (glob) => ({ dot: true, basename: !glob.includes("/") });
var NO_PATH_RULES = { selected: () => true, ignoredBy: () => void 0 };
async function makePathFilter(include, exclude, ignoreGlobs) {
  if (include.length === 0 && exclude.length === 0 && ignoreGlobs.length === 0) return NO_PATH_RULES;
  const { default: micromatch } = await Promise.resolve().then(() => __toESM(require_micromatch(), 1));
  const matchers = (globs) => globs.map((g) => {
    const glob = g.replace(/\/$/, "/**");
    return micromatch.matcher(glob, optionsFor(glob));
  });
  const inc = matchers(include);
  const exc = matchers(exclude);
  const ign = ignoreGlobs.map((e) => ({ e, m: matchers([e.pattern])[0] }));
  return {
    selected: (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p)),
    ignoredBy: (p) => ign.find(({ m }) => m(p))?.e
  };
}

// src/config/ignore-file.ts
var IGNORE_FILE_NAME = ".twitter-secrets-ignore";
function parseIgnoreFile(file, content) {
  const globs = [];
  const fingerprints = /* @__PURE__ */ new Map();
  content.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.search(/(^|\s)#/);
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash).replace(/^\s*#\s*/, "").trim() || void 0 : void 0;
    if (!body) return;
    const entry = { pattern: body, line: i + 1, ...reason ? { reason } : {} };
    const fp = /^fingerprint:([0-9a-f]{16})$/.exec(body);
    if (fp) fingerprints.set(fp[1], entry);
    else if (body.startsWith("fingerprint:")) throw new UsageError(`${file}:${i + 1}: a fingerprint is 16 lower-case hex digits`);
    else globs.push(entry);
  });
  return { file, globs, fingerprints };
}
async function readIgnoreFile(file, source) {
  const content = await source.read(file);
  return content === null ? null : parseIgnoreFile(source.name(file), content);
}

// src/scan/suppression.ts
var byMarker = (marker) => ({ kind: "inline-marker", by: `inline marker "${marker}"` });
var byFingerprint = (e) => ({ kind: "fingerprint", by: `fingerprint (${IGNORE_FILE_NAME}:${e.line})`, ...e.reason ? { reason: e.reason } : {} });
var byPath = (e) => ({ kind: "path", by: `path "${e.pattern}"`, ...e.reason ? { reason: e.reason } : {} });

// src/scan/finding.ts
function countScan(stats, scan) {
  if (scan.kind === "binary") {
    stats.binarySkipped++;
    return false;
  }
  stats.filesScanned++;
  stats.bytesScanned += scan.size;
  stats.knownExamples += scan.knownExamples;
  return true;
}
function emptyStats() {
  return { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, symlinksSkipped: 0, unreadable: 0, excluded: 0, knownExamples: 0 };
}

// src/snapshot/lazy-module.ts
var createRequire = (_from) => require;

// src/builtin.ts
var load = createRequire(__stsMetaUrl);
function lazy(id) {
  let mod;
  return () => mod ??= load(id);
}
var crypto = lazy("node:crypto");
var os = lazy("node:os");
var workerThreads = lazy("node:worker_threads");
var v8 = lazy("node:v8");

// src/scan/fingerprint.ts
var DOMAIN = "scan-twitter-secrets/fingerprint/v1";
function fingerprint(ruleId, canonicalSecret) {
  return crypto().createHash("sha256").update(`${DOMAIN}\0${ruleId}\0${canonicalSecret}`).digest("hex").slice(0, 16);
}

// src/detect/allow.ts
var LONG_LINE = 500;
var MARKER_REACH = 200;
function allowMarker(text, lineStart, lineEnd, start, end, markers, notebook) {
  let from = lineStart;
  let to = lineEnd;
  if (notebook || to - from > LONG_LINE) {
    from = Math.max(from, escapedNewlineBefore(text, Math.max(from, start - LONG_LINE), start));
    to = Math.min(to, escapedNewlineAfter(text, end, Math.min(to, end + LONG_LINE)));
  }
  if (to - from > LONG_LINE) {
    from = Math.max(from, start - MARKER_REACH);
    to = Math.min(to, end + MARKER_REACH);
  }
  const content = text.slice(from, to);
  return markers.find((m) => content.includes(m));
}
function escapedNewlineBefore(text, limit, at) {
  for (let i = at - 2; i >= limit; i--) {
    i = text.lastIndexOf("\\n", i);
    if (i < limit) break;
    if (escapes(text, i, limit)) return i + 2;
  }
  return limit;
}
function escapedNewlineAfter(text, at, limit) {
  for (let i = text.indexOf("\\n", at); i >= 0 && i + 2 <= limit; i = text.indexOf("\\n", i + 1)) {
    if (escapes(text, i, at)) return i;
  }
  return limit;
}
function escapes(text, i, limit) {
  let backslashes = 0;
  for (let j = i - 1; j >= limit && text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 0;
}

// src/detect/candidate.ts
var VIA_RANK = { structure: 0, sdk: 1, name: 2, pair: 3, near: 4 };

// src/detect/evidence.ts
var NEAR_LINES = 5;
var REGION_LINES = 200;
var SPAN_CHARS = 400;
var MAX_SPAN = 16e3;
var OTHER_SERVICE_LINES = 3;
var PARENT_LINES = 80;
var Evidence = class {
  constructor(rules, text, filePath, lines, structuralOffsets, external = () => false) {
    this.rules = rules;
    this.text = text;
    this.filePath = filePath;
    this.lines = lines;
    this.structuralOffsets = structuralOffsets;
    this.external = external;
  }
  rules;
  text;
  filePath;
  lines;
  structuralOffsets;
  external;
  fileLevel;
  pathLevel;
  parentCache = /* @__PURE__ */ new Map();
  get file() {
    this.fileLevel ??= this.structuralOffsets.length > 0 || this.path || this.rules.evidence.test(this.text) || this.external();
    return this.fileLevel;
  }
  /** The file's path names X (`twitter_credentials.py`, `config/twitter.yml`). */
  get path() {
    return this.pathLevel ??= this.rules.evidence.test(this.filePath);
  }
  /** An evidence word or a structural X token within `radius` lines of `offset`. */
  near(offset, radius) {
    const [from, to] = this.span(offset, radius);
    if (this.structuralOffsets.some((o) => o >= from && o <= to)) return true;
    return this.rules.evidence.test(this.text.slice(from, to)) && this.file;
  }
  /** Another service is named within a few lines (a `# Alpaca keys` comment, `import stripe`). */
  otherServiceNear(offset) {
    const [from, to] = this.span(offset, OTHER_SERVICE_LINES);
    return this.rules.otherServicesNearby.test(this.text.slice(from, to));
  }
  /** `radius` lines around `offset`, at most SPAN_CHARS per line of radius either side (long lines). */
  span(offset, radius) {
    const line = this.lines().lineOf(offset);
    const reach = Math.min(SPAN_CHARS * (radius + 1), MAX_SPAN);
    const from = Math.max(this.lines().lineStart(Math.max(1, line - radius)), offset - reach);
    const to = Math.min(this.lines().lineEnd(Math.min(this.lines().lineCount, line + radius)), offset + reach);
    return [from, to];
  }
  /** Words of the keys this line is nested under: YAML/JSON/Python-dict indentation and INI sections. */
  parents(offset) {
    return this.parentChain(offset).flat();
  }
  /** The keys this line is nested under, nearest first, each as its words. */
  parentChain(offset) {
    const line = this.lines().lineOf(offset);
    const cached2 = this.parentCache.get(line);
    if (cached2) return cached2;
    const chain = [];
    let indent = indentOf(this.lines().lineHead(line));
    let section = null;
    for (let l = line - 1; l >= 1 && l >= line - PARENT_LINES; l--) {
      const text = this.lines().lineHead(l);
      if (!text.trim()) continue;
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(text);
      if (header) {
        section = splitWords(header[1]);
        break;
      }
      if (indent === 0) continue;
      const ind = indentOf(text);
      if (ind >= indent) continue;
      indent = ind;
      const key = /^[\s"]*-?\s*["']?([A-Za-z0-9_.$@ -]{1,60}?)["']?\s*(?::|=|\{|\(|=>)/.exec(text) ?? /^\s*\w+\s+"([^"]{1,60})"\s*\{\s*$/.exec(text);
      if (key) chain.push(splitWords(key[1]));
    }
    if (section) chain.push(section);
    this.parentCache.set(line, chain);
    return chain;
  }
};
function indentOf(line) {
  const m = /^[ \t]*"?( *)/.exec(line);
  return m ? m[0].length : 0;
}
function wordsShowX(words) {
  return words.some((w) => w === "twitter" || w === "tweepy" || w === "twython" || w === "twurl" || w === "tweet" || w === "rtweet");
}
function nameHasXPrefix(name) {
  return /(?:^|[^A-Za-z0-9])[Xx]_(?:API|BEARER|ACCESS|CONSUMER|CLIENT|OAUTH|APP)/i.test(name);
}

// src/detect/structure.ts
var ALNUM = /^[A-Za-z0-9]+$/;
var BASE64URL_CHAR = /[A-Za-z0-9_-]/;
function decodeBearerAt(text, start) {
  const before = text.charCodeAt(start - 1);
  if (start > 0 && isTokenCharCode(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  let i = start;
  let b64 = "";
  while (b64.length < 60 && i < text.length) {
    const c = text[i];
    if (c === "%") {
      const hex2 = text.slice(i + 1, i + 3).toUpperCase();
      const decoded = hex2 === "2B" ? "+" : hex2 === "2F" ? "/" : hex2 === "3D" ? "=" : "";
      if (!decoded) return null;
      b64 += decoded;
      i += 3;
    } else if (/[A-Za-z0-9+/=]/.test(c)) {
      b64 += c;
      i += 1;
    } else {
      return null;
    }
    if (b64.endsWith("=") && b64.length !== 60) return null;
  }
  if (b64.length !== 60 || !b64.endsWith("=")) return null;
  let end = i;
  while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
  const tailLength = end - i;
  if (tailLength !== 50 && tailLength !== 42) return null;
  const bytes = Buffer.from(b64, "base64");
  if (bytes.length !== 44) return null;
  for (let k = 0; k < 16; k++) if (bytes[k] !== 0) return null;
  const appId = bytes.readBigUInt64LE(16);
  if (appId === 0n) return null;
  let digestZero = true;
  for (let k = 24; k < 44; k++) if (bytes[k] !== 0) digestZero = false;
  if (digestZero) return null;
  const tail = text.slice(i, end);
  if (isTypedInBearer(b64, tail)) return null;
  const encoded = issuedBearer(b64) + tail;
  return { start, end, raw: text.slice(start, end), encoded, appId: appId.toString(), tailLength };
}
function issuedBearer(value) {
  return value.replace(/\+/g, "%2B").replace(/\//g, "%2F").replace(/=/g, "%3D");
}
function isTypedInBearer(b64, tail) {
  if (!looksRandom(tail) || /example/i.test(b64)) return true;
  let counting = 1;
  for (let k = 33; k < b64.length; k++) {
    counting = b64.charCodeAt(k) === b64.charCodeAt(k - 1) + 1 ? counting + 1 : 1;
    if (counting >= 6) return true;
  }
  return false;
}
var OAUTH2_TOKEN_SUFFIXES = ["OmF0OjE", "OnJ0OjE", "OmFjOjE"];
var OAUTH2_CLIENT_ID_SUFFIX = "6MTpjaQ";
function base64urlEndingAt(text, end, length) {
  const start = end - length;
  if (start < 0) return null;
  if (end < text.length && BASE64URL_CHAR.test(text[end])) return null;
  if (start > 0 && BASE64URL_CHAR.test(text[start - 1]) && !isEscapeEnd(text, start)) return null;
  const raw = text.slice(start, end);
  return /^[A-Za-z0-9_-]+$/.test(raw) ? raw : null;
}
function decodeOAuth2TokenEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 91);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  const m = /^[A-Za-z0-9_-]{45}:(\d{13}):1:[01]:(at|rt|ac):1$/.exec(decoded);
  if (!m) return null;
  const issuedAt = Number(m[1]);
  if (issuedAt < Date.UTC(2020, 0, 1) || issuedAt > Date.UTC(2100, 0, 1)) return null;
  return { start: end - 91, end, raw, type: m[2], issuedAt };
}
function decodeClientIdEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 34);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  if (!/^[A-Za-z0-9_-]{20}:1:ci$/.test(decoded)) return null;
  return { start: end - 34, end, raw };
}
var ACCESS_TOKEN_TAIL = /-[A-Za-z0-9]{28,48}/g;
function checkAccessToken(text, start, end) {
  const before = text[start - 1];
  if (before !== void 0 && /[A-Za-z0-9_\-.\/+]/.test(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  const after = text[end];
  if (after !== void 0 && /[A-Za-z0-9_\-+\/]/.test(after)) return null;
  const raw = text.slice(start, end);
  if (raw.length < 48 || raw.length > 50) return null;
  const dash = raw.indexOf("-");
  const userId = raw.slice(0, dash);
  const random = raw.slice(dash + 1);
  if (!ALNUM.test(random) || !looksRandom(random)) return null;
  return { start, end, raw, userId };
}
function looksRandom(value) {
  return looksRandomCodes(codesOf(value), 0, value.length);
}
function looksRandomCodes(codes, start, end) {
  const n = end - start;
  let lower = false;
  let upper = false;
  let hexOnly = n > 0;
  let same = 1;
  let counting = 1;
  const seen = [0, 0, 0, 0, 0, 0, 0, 0];
  let distinct = 0;
  for (let i = start; i < end; i++) {
    const c = codes[i];
    if (c >= 97 && c <= 122) {
      lower = true;
      if (c > 102) hexOnly = false;
    } else if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) hexOnly = false;
    } else if (c < 48 || c > 57) hexOnly = false;
    if (i > start) {
      const prev = codes[i - 1];
      same = c === prev ? same + 1 : 1;
      counting = c === prev + 1 ? counting + 1 : 1;
      if (same >= 4 || counting >= 6) return false;
    }
    const bit = 1 << (c & 31);
    if ((seen[c >> 5] & bit) === 0) {
      seen[c >> 5] |= bit;
      distinct++;
    }
  }
  if (!lower || !upper || hexOnly) return false;
  if (distinct < Math.min(12, Math.floor(n * 0.45))) return false;
  return wordShareCodes(codes, start, end) < WORDLIKE_SHARE;
}
var WORDLIKE_SHARE = 0.85;
function wordShareCodes(codes, start, end) {
  let inWords = 0;
  let i = start;
  while (i < end) {
    const c = codes[i];
    if (isUpperCode(c) || isLowerCode(c)) {
      let j = i;
      while (j < end && isUpperCode(codes[j])) j++;
      const capitals = j - i;
      if (capitals >= 1 && !(j < end && isLowerCode(codes[j]))) {
        i = j;
        continue;
      }
      let k = j;
      while (k < end && isLowerCode(codes[k])) k++;
      if (k - j >= 2) inWords += k - j + (capitals >= 1 ? 1 : 0);
      i = k;
    } else i++;
  }
  return end === start ? 0 : inWords / (end - start);
}
function isUpperCode(c) {
  return c >= 65 && c <= 90;
}
function isLowerCode(c) {
  return c >= 97 && c <= 122;
}
function isAlnumCode(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isTokenCharCode(c) {
  return isAlnumCode(c) || c === 43 || c === 47 || c === 37 || c === 95 || c === 45;
}
function isEscapeEnd(text, start) {
  return start >= 2 && text[start - 2] === "\\" && /[nrt]/.test(text[start - 1]);
}
function isPercentEscapeEnd(text, start) {
  return start >= 3 && text[start - 3] === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(start - 2, start));
}

// src/detect/value.ts
var SEPARATORS = [":=", "=>", "<-", "||=", "||", "??", "%3D", "%3d", "=", ":", ",", "|", ">", "("];
var XML_NEXT_ELEMENT = /^<\/[\w:.-]+>\s*<[\w:.-]+>/;
var VALUE_CHAR = /[A-Za-z0-9_-]/;
var VALUE_END = /[\s"'`“”‘’«»,;)\]}&|\\<#%]/;
var CLOSING_QUOTE = { "\u201C": "\u201D", "\u201D": "\u201D", "\u2018": "\u2019", "\u2019": "\u2019", "\xAB": "\xBB", "\xBB": "\xBB", '"""': '"', "'''": "'" };
function skipInline(t, i, chars) {
  while (i < t.length && t[i] !== "\n" && chars.test(t[i])) i++;
  return i;
}
function skipOpener(t, i) {
  const m = /^[@rRbBuUfF]?("""|'''|["'`“”‘’«»])/.exec(t.slice(i, i + 4));
  if (m) return { i: i + m[0].length, quote: CLOSING_QUOTE[m[1]] ?? m[1].slice(0, 1) };
  return { i, quote: "" };
}
function restIsFiller(t, i) {
  for (; i < t.length && t[i] !== "\n"; i++) if (!/[\s"'`(\[{\\,|>]/.test(t[i])) return false;
  return true;
}
function readValueAfter(t, keyEnd, keyAloneOnLine2 = () => false) {
  let i = keyEnd;
  const aside = /^ ?\([A-Za-z0-9 _.-]{1,40}\)/.exec(t.slice(i, i + 44));
  if (aside) i += aside[0].length;
  const closed = skipInline(t, i, /["'`“”‘’\]\s]/);
  const keyQuoted = /["'`“”‘’]/.test(t.slice(i, closed));
  i = closed;
  let sep = "";
  const xml = XML_NEXT_ELEMENT.exec(t.slice(i, i + 80));
  if (xml) {
    sep = xml[0];
  } else {
    sep = SEPARATORS.find((candidate2) => t.startsWith(candidate2, i)) ?? "";
  }
  if (sep === "," && !keyQuoted) return null;
  if (sep) i += sep.length;
  else if (restIsFiller(t, i) && keyAloneOnLine2()) sep = "\n";
  else if (i === keyEnd || !/[ \t]/.test(t[i - 1] ?? "")) return null;
  i = skipInline(t, i, /[ \t]/);
  i = skipValueLabel(t, i);
  if (sep === ":") {
    const annotation = /^[A-Za-z_][\w.[\]]*\s*=\s*/.exec(t.slice(i, i + 40));
    if (annotation && !/^[A-Za-z0-9_-]{16,}\s*$/.test(annotation[0])) i += annotation[0].length;
  }
  const block = /^[|>][-+0-9]*[ \t]*(?=\n|$)/.exec(t.slice(i, i + 8));
  if (block) i += block[0].length;
  let opener = skipOpener(t, i);
  i = opener.i;
  if (opener.quote && t[i] === opener.quote) return null;
  const inner = /^ ["']/.exec(t.slice(i, i + 2));
  if (opener.quote && inner) i += 2;
  let hopped = false;
  for (let hops = 0; hops < 2 && !opener.quote && restIsFiller(t, i); hops++) {
    const nl = t.indexOf("\n", i);
    if (nl < 0) return null;
    i = skipValueLabel(t, skipInline(t, nl + 1, /[\s"'`(\[{\\,]/));
    hopped = true;
    if (/^[@rRbBuUfF]?["'`“‘«]/.test(t.slice(i, i + 2))) {
      opener = skipOpener(t, i);
      i = opener.i;
    }
  }
  const start = i;
  while (i < t.length && VALUE_CHAR.test(t[i])) i++;
  if (i === start) return null;
  if (i < t.length && !VALUE_END.test(t[i])) return null;
  if ((!sep || sep === "\n" || hopped && !opener.quote) && !/^[\s"'`,;)]*\/?>?[\s]*$/.test(lineRest(t, i)) && !(sep === "" && isFlag(t, keyEnd))) return null;
  return { start, end: i, value: t.slice(start, i) };
}
function skipValueLabel(t, i) {
  const label = /^value["']?\s*[:=]\s*/.exec(t.slice(i, i + 12));
  return label ? i + label[0].length : i;
}
function isFlag(t, keyEnd) {
  let s = keyEnd;
  while (s > 0 && /[A-Za-z0-9_-]/.test(t[s - 1])) s--;
  return t.startsWith("--", s) && (s === 0 || /\s/.test(t[s - 1]));
}
function lineRest(t, i) {
  const nl = t.indexOf("\n", i);
  return t.slice(i, nl < 0 ? t.length : nl);
}

// src/detect/windows.ts
var MIN_VALUE = 16;
var MAX_VALUE = 54;
var CONTEXT_REACH = 600;
var VALUE_CHAR2 = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  if (c >= 48 && c <= 57 || lower >= 97 && lower <= 122 || c === 95 || c === 45) VALUE_CHAR2[c] = 1;
}
var ANCHOR_RUN = 20;
function valueRuns(codes) {
  const seeds = [];
  const long = [];
  const n = codes.length;
  let lastEnd = 0;
  for (let i = MIN_VALUE - 1; i < n; ) {
    if (VALUE_CHAR2[codes[i]] === 0 || VALUE_CHAR2[codes[i - 8]] === 0 && i + 8 < n && VALUE_CHAR2[codes[i + 8]] === 0) {
      i += MIN_VALUE;
      continue;
    }
    let start = i;
    while (start > lastEnd && VALUE_CHAR2[codes[start - 1]] === 1) start--;
    let end = i + 1;
    while (end < n && VALUE_CHAR2[codes[end]] === 1) end++;
    const len = end - start;
    if (len >= ANCHOR_RUN) long.push(start, end);
    if (len >= MIN_VALUE && len <= MAX_VALUE && randomish(codes, start, end) && mayHoldValue(codes, start, end)) seeds.push(start, end);
    lastEnd = end;
    i = end + MIN_VALUE;
  }
  return { seeds, long };
}
function mayHoldValue(codes, start, end) {
  let n = 0;
  for (let k = start; k < end; k++) if (codes[k] !== 45 && codes[k] !== 95) BARE[n++] = codes[k];
  if (looksRandomCodes(BARE, 0, n)) return true;
  const before = codes[start - 1];
  if (before === 92 && looksRandomCodes(BARE, 1, n) || before === 37 && looksRandomCodes(BARE, 2, n)) return true;
  if (n === end - start) return false;
  for (let from = start, k = start; k <= end; k++) {
    if (k < end && codes[k] !== 45 && codes[k] !== 95) continue;
    if (k - from >= MIN_VALUE && looksRandomCodes(codes, from, k)) return true;
    from = k + 1;
  }
  return false;
}
var BARE = new Uint8Array(MAX_VALUE);
function randomish(codes, start, end) {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hexOnly = true;
  for (let k = start; k < end; k++) {
    const c = codes[k];
    if (c >= 65 && c <= 90) {
      upper++;
      if (c > 70) hexOnly = false;
    } else if (c >= 97 && c <= 122) {
      lower++;
      if (c > 102) hexOnly = false;
    } else if (c >= 48 && c <= 57) digit++;
  }
  return upper > 0 && lower > 0 && !hexOnly && (upper + digit) * 5 >= end - start;
}
function windowsAround(runs, before, after, limit) {
  const out = [];
  for (let k = 0; k < runs.length; k += 2) {
    const from = Math.max(0, runs[k] - before);
    const to = Math.min(limit, runs[k + 1] + after);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
function eachMatchIn(re, text, windows2, fn) {
  let resumeAt = 0;
  for (const [from, to] of windows2) {
    const start = Math.max(from, resumeAt);
    if (start >= to) continue;
    const slice = text.slice(start, Math.min(text.length, to + 64));
    re.lastIndex = 0;
    for (let m = re.exec(slice); m && m.index < to - start; m = re.exec(slice)) {
      fn(start + m.index, m[0]);
      resumeAt = start + m.index + 1;
    }
  }
}

// src/detect/context.ts
var KEYWORD = /key|secret|token|(?:client|app)[_ -]?id|\b(?:value|default)\b/gi;
var KEYWORD_AS_TYPED = new RegExp(`${KEYWORD.source}|${TYPO_ANCHORS}`, "gi");
var NAME_CHAR = /[A-Za-z0-9_.$@-]/;
var MAX_NAME = 80;
var IDENT_TAIL = /[A-Za-z0-9_]/;
function fitValue(value, rules, c) {
  if (c.placeholders.test(value)) return [];
  const fits = [];
  for (const rule of rules) {
    const spec = rule.context;
    if (!spec) continue;
    if (spec.charset === "user-id" ? !isUserIdToken(value) : spec.charset === "alnum" ? !/^[A-Za-z0-9]+$/.test(value) : !/^[A-Za-z0-9_-]+$/.test(value)) continue;
    if (spec.charset !== "user-id" && !looksRandom(value.replace(/[-_]/g, ""))) continue;
    const modern = spec.modernLengths.includes(value.length);
    const legacy = !!spec.legacyRange && value.length >= spec.legacyRange[0] && value.length <= spec.legacyRange[1];
    if (modern || legacy) fits.push({ rule, modern });
  }
  return fits.sort((a, b2) => Number(b2.modern) - Number(a.modern));
}
function findByContext(text, c, ev, structural, windows2) {
  const out = [];
  let contradicted = false;
  let oauth1Words;
  const speaksOAuth1 = () => oauth1Words ??= /oauth1|client_key|resource_owner|OAuth1/.test(text);
  let doneUntil = 0;
  eachMatchIn(KEYWORD_AS_TYPED, text, windows2, (index, keyword) => {
    if (index < doneUntil) return;
    let s = index;
    while (s > 0 && index - s < MAX_NAME && NAME_CHAR.test(text[s - 1])) s--;
    let e = index + keyword.length;
    while (e < text.length && e - index < MAX_NAME && IDENT_TAIL.test(text[e])) e++;
    doneUntil = e;
    const nameStart = s;
    const value = readValueAfter(text, e, () => keyAloneOnLine(text, extendOverSpacedWords(text, nameStart), e));
    if (!value || value.value.length < 16 || value.value.length > 52) return;
    s = extendOverSpacedWords(text, s);
    const name = text.slice(s, e);
    let words = splitWords(name);
    let match = matchRole(words, c.names);
    let asTyped = false;
    if (!match || match.role.words.length === 1) {
      const typed = matchAsTyped(words, match, c.names, c.vocabulary);
      if (typed) ({ words, match, asTyped } = { ...typed, asTyped: true });
    }
    if (!match) return;
    if (text[s - 1] === "<" && name === "key") return;
    if (match.role.words.length === 1 || match.label) {
      const owner = labelOwner(text, s) ?? ev.parentChain(s)[0];
      const qualified = owner ? matchRole([...owner, ...match.label ? [] : words], c.names) : null;
      if (qualified && (match.label || qualified.role.words.length > 1) && phraseFits(qualified.role.words.join(" "), value.value, c)) {
        words = [...owner, ...match.label ? [] : words];
        match = qualified;
      }
    }
    if (match.label) return;
    let phrase = match.role.words.join(" ");
    let fits = phraseFit(phrase, value.value, c);
    if (fits.length === 0) {
      const inner = innerRole(readAsTyped(words, c.vocabulary) ?? words, c.names, (p) => phraseFits(p, value.value, c));
      if (inner) {
        ({ match, asTyped } = { match: inner, asTyped: true });
        phrase = match.role.words.join(" ");
        fits = phraseFit(phrase, value.value, c);
      }
    }
    if (phrase === "client id" && PKCE_CONTEXT.test(lineAround(text, value.start))) return;
    const specific = c.byPhrase.get(phrase)?.specific ?? false;
    if (fits.length === 0) {
      if (specific && looksRandom(value.value)) contradicted = true;
      return;
    }
    const parents = ev.parents(s);
    if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return;
    if (parents.some((w) => c.otherServices.has(w)) && !wordsShowX(parents)) return;
    const fit = chooseFit(fits, match.role.words, { siblingToken: () => SIBLING_TOKEN.test(linesAround(text, value.start, 1)), speaksOAuth1 });
    const local = wordsShowX(match.prefix) || nameHasXPrefix(name) || wordsShowX(parents);
    const cand = candidate(fit, value.start, value.end, value.value, "name", specific, local);
    if (match.role.words.length === 1) cand.bareWord = true;
    if (asTyped) cand.asTyped = true;
    out.push(cand);
  });
  findSdkCalls(text, c, ev, windows2, out);
  if (windows2.some(([from, to]) => PAIR_WORDS.test(text.slice(from, to)))) findPairs(text, c, out, windows2, () => ev.file);
  if (windows2.length && text.includes("twurl")) findTwurlFlags(text, c, out);
  if (windows2.length && text.includes("<bean")) findSpringBeans(text, c, out);
  for (const s of structural) {
    if (s.ruleId !== "twitter-access-token" && s.ruleId !== "twitter-bearer-token") continue;
    findNearStructural(text, s, c, out);
  }
  if (out.some((c2) => c2.ruleId === "twitter-consumer-key")) {
    const consumerSecret = c.byRole.get("consumer-secret");
    for (const cand of out) {
      if (cand.ruleId === "twitter-oauth2-client-secret" && /^[A-Za-z0-9]+$/.test(cand.secret)) {
        const fit = fitValue(cand.secret, [consumerSecret], c)[0];
        if (fit) Object.assign(cand, { ruleId: consumerSecret.id, modern: fit.modern });
      }
    }
  }
  return { candidates: out, contradicted };
}
function candidate(fit, start, end, secret, via, specific, local) {
  const details = fit.rule.context?.charset === "user-id" ? { userId: secret.slice(0, secret.indexOf("-")) } : {};
  return { ruleId: fit.rule.id, start, end, secret, via, specific, localEvidence: local, modern: fit.modern, details };
}
function isUserIdToken(value) {
  const m = /^[1-9][0-9]{0,18}-([A-Za-z0-9]+)$/.exec(value);
  return !!m && looksRandom(m[1]);
}
function phraseFit(phrase, value, c) {
  return fitValue(value, c.byPhrase.get(phrase)?.rules ?? [], c);
}
var phraseFits = (phrase, value, c) => phraseFit(phrase, value, c).length > 0;
function findSdkCalls(text, c, ev, windows2, out) {
  eachSdkCall(text, c.sdkCalls, windows2, (index, name, argsFrom) => {
    const call = c.sdkRoles.get(name);
    const args = splitArguments(text, argsFrom, !c.sdkCalls.named.has(name));
    const roles = call.rolesWhenUrlFirst && args[0] && /^["'`]https?:/.test(args[0].text) ? call.rolesWhenUrlFirst : call.roles;
    const found = [];
    args.forEach((arg, k) => {
      const rule = roles[k] ? c.byRole.get(roles[k]) : void 0;
      if (!rule?.context) return;
      const lit = /^[@rRbBuUfF]?(["'`])([A-Za-z0-9_-]+)\1$/.exec(arg.text.replace(/\\\s*\n\s*/g, "").trim());
      const fit = lit ? fitValue(lit[2], [rule], c)[0] : void 0;
      if (!fit) return;
      const start = arg.start + arg.text.indexOf(lit[2]);
      found.push(candidate(fit, start, start + lit[2].length, lit[2], "sdk", true, true));
    });
    if (found.length === 0) return;
    const qualifier = text.slice(Math.max(0, index - 12), index);
    if (call.generic && !/tweepy\.|twitter\.|Twitter/.test(qualifier) && !ev.file) return;
    for (const f of found) out.push(f);
  });
}
function eachSdkCall(text, calls, windows2, fn) {
  for (const [from, to] of windows2) {
    const limit = Math.min(text.length, to + 64);
    for (let p = text.indexOf("(", from); p >= 0 && p < limit; p = text.indexOf("(", p + 1)) {
      let e = p;
      while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
      if (s === e || s < from || s >= to) continue;
      const name = text.slice(s, e);
      if (calls.named.has(name)) fn(s, name, p + 1);
    }
  }
  const shared = calls.literalPrefix.length >= 4;
  for (const needle of shared ? [calls.literalPrefix] : calls.literal) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (isWordChar(text.charCodeAt(at - 1)) || !windows2.some(([from, to]) => at >= from && at < to)) continue;
      for (const literal of shared ? calls.literal : [needle]) if (text.startsWith(literal, at)) fn(at, literal, at + literal.length);
    }
  }
}
function isWordChar(c) {
  return isAlnumCode(c) || c === 95;
}
function isSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function labelOwner(text, at) {
  const before = text.slice(Math.max(0, at - 300), at);
  const m = /["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*\{[^{}]*$/.exec(before.slice(before.lastIndexOf("\n") + 1));
  return m ? splitWords(m[1]) : null;
}
function chooseFit(fits, phrase, hints) {
  if (fits.length === 1) return fits[0];
  const byRole = (role) => fits.find((f) => f.rule.role === role);
  const client = byRole("client-secret");
  const consumer = byRole("consumer-secret");
  if (client && consumer) return phrase.includes("client") && !hints.speaksOAuth1() ? client : consumer;
  const tokenSecret = byRole("access-token-secret");
  if (tokenSecret && consumer && !tokenSecret.modern && !consumer.modern) return hints.siblingToken() ? tokenSecret : consumer;
  return fits[0];
}
var SIBLING_TOKEN = /^\s*["']?token["']?\s*[:=]/im;
function linesAround(text, offset, n) {
  const floor = Math.max(0, offset - LINE_REACH);
  const seg = text.slice(floor, Math.min(text.length, offset + LINE_REACH));
  const at = offset - floor;
  let from = seg.lastIndexOf("\n", at - 1);
  for (let k = 0; k < n && from >= 0; k++) from = seg.lastIndexOf("\n", from - 1);
  let to = seg.indexOf("\n", at);
  for (let k = 0; k < n && to >= 0; k++) to = seg.indexOf("\n", to + 1);
  return seg.slice(from + 1, to < 0 ? seg.length : to);
}
var LINE_REACH = 2e3;
var PKCE_CONTEXT = /response_type|code_challenge|redirect_uri|oauth2\/authorize|grant_type=authorization_code/;
function lineAround(text, offset) {
  return linesAround(text, offset, 0);
}
function keyAloneOnLine(text, s, e) {
  if (!/^[\s:]*(\n|$)/.test(text.slice(e, e + 4))) return false;
  for (let i = s - 1; i >= 0 && text[i] !== "\n"; i--) if (!/[\s#*>-]/.test(text[i])) return false;
  return true;
}
function extendOverSpacedWords(text, s) {
  for (let words = 0; words < 3; words++) {
    if (text[s - 1] !== " " || !/[A-Za-z]/.test(text[s - 2] ?? "")) break;
    let w = s - 1;
    while (w > 0 && /[A-Za-z0-9]/.test(text[w - 1])) w--;
    if (s - 1 - w > 20) break;
    s = w;
  }
  return s;
}
function splitArguments(text, from, untilEndOfLine = false) {
  const args = [];
  let depth = 0;
  let quote = "";
  let argStart = from;
  const limit = Math.min(text.length, from + 3e3);
  const flush2 = (end) => {
    const raw = text.slice(argStart, end);
    const lead = raw.length - raw.trimStart().length;
    args.push({ start: argStart + lead, text: raw.trim() });
  };
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "\n" && untilEndOfLine && depth === 0) {
      flush2(i);
      return args;
    } else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth === 0) {
        flush2(i);
        return args;
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      flush2(i);
      argStart = i + 1;
    }
  }
  return args;
}
var PAIR_CONTEXT = /oauth2\/token|curl|twurl|--user|\s-u\s|Basic /;
var PAIR_WORDS = new RegExp(`${PAIR_CONTEXT.source}|6MTpjaQ:`);
var CLIENT_PAIR = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{27}6MTpjaQ):([A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/g;
var BASIC = /Basic\s+([A-Za-z0-9+/]{56,104}={0,2})(?![A-Za-z0-9+/=])/y;
function findPairs(text, c, out, windows2, showsX) {
  const key = c.byRole.get("consumer-key");
  const secret = c.byRole.get("consumer-secret");
  const add = (k, s, kStart, sStart, kLen, sLen) => {
    const kFit = fitValue(k, [key], c)[0];
    const sFit = fitValue(s, [secret], c)[0];
    if (!kFit || !sFit) return;
    out.push(candidate(kFit, kStart, kStart + kLen, k, "pair", true, true));
    out.push(candidate(sFit, sStart, sStart + sLen, s, "pair", true, true));
  };
  CLIENT_PAIR.lastIndex = 0;
  for (let m = text.includes("6MTpjaQ:") ? CLIENT_PAIR.exec(text) : null; m; m = CLIENT_PAIR.exec(text)) {
    const fit = fitValue(m[2], [c.byRole.get("client-secret")], c)[0];
    const start = m.index + m[1].length + 1;
    if (fit) out.push(candidate(fit, start, start + m[2].length, m[2], "pair", true, true));
  }
  eachPair(text, windows2, (index, k, v) => {
    if (!PAIR_CONTEXT.test(linesAround(text, index, 2)) || !showsX()) return;
    add(k, v, index, index + k.length + 1, k.length, v.length);
  });
  for (let at = text.indexOf("Basic"); at >= 0; ) {
    BASIC.lastIndex = at;
    const m = BASIC.exec(text);
    if (!m) {
      at = text.indexOf("Basic", at + 5);
      continue;
    }
    at = text.indexOf("Basic", at + m[0].length);
    const decoded = /^([A-Za-z0-9]{18,25}):([A-Za-z0-9]{35,50})$/.exec(Buffer.from(m[1], "base64").toString("latin1"));
    if (!decoded || !showsX()) continue;
    const start = m.index + m[0].length - m[1].length;
    add(decoded[1], decoded[2], start, start, m[1].length, m[1].length);
  }
}
function eachPair(text, windows2, fn) {
  let resumeAt = 0;
  for (const [from, to] of windows2) {
    const limit = Math.min(text.length, to + 64);
    for (let colon = text.indexOf(":", Math.max(from, resumeAt)); colon >= 0 && colon < limit; colon = text.indexOf(":", colon + 1)) {
      let s = colon;
      while (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) s--;
      if (colon - s < 18 || colon - s > 25 || s < Math.max(from, resumeAt) || s >= to || PAIR_BEFORE.includes(text[s - 1])) continue;
      let e = colon + 1;
      while (e < text.length && isAlnumCode(text.charCodeAt(e))) e++;
      if (e - colon - 1 < 35 || e - colon - 1 > 50 || PAIR_AFTER.includes(text[e])) continue;
      fn(s, text.slice(s, colon), text.slice(colon + 1, e));
      resumeAt = e;
    }
  }
}
var PAIR_BEFORE = "_-+/.";
var PAIR_AFTER = "_-+/";
var TWURL_FLAG = /(?:^|\s)-([csS])\s+["']?([A-Za-z0-9]{18,50})(?![A-Za-z0-9])/g;
var TWURL_ROLE = { c: "consumer-key", s: "consumer-secret", S: "access-token-secret" };
function findTwurlFlags(text, c, out) {
  for (let at = text.indexOf("twurl"); at >= 0; at = text.indexOf("twurl", at + 5)) {
    const lineEnd = text.indexOf("\n", at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    TWURL_FLAG.lastIndex = 0;
    for (let m = TWURL_FLAG.exec(line); m; m = TWURL_FLAG.exec(line)) {
      const fit = fitValue(m[2], [c.byRole.get(TWURL_ROLE[m[1]])], c)[0];
      const start = at + m.index + m[0].length - m[2].length;
      if (fit) out.push(candidate(fit, start, start + m[2].length, m[2], "sdk", true, true));
    }
  }
}
var SPRING_BEAN = /<bean\b[^>]{0,300}?class="[^"]{0,200}?\.(TwitterConnectionFactory|TwitterTemplate)"[^>]{0,300}>([\s\S]{0,1500}?)<\/bean>/y;
function findSpringBeans(text, c, out) {
  for (let at = text.indexOf("<bean"); at >= 0; at = text.indexOf("<bean", at + 5)) {
    SPRING_BEAN.lastIndex = at;
    const m = SPRING_BEAN.exec(text);
    if (!m) continue;
    const roles = c.sdkRoles.get(m[1])?.roles ?? [];
    const bodyStart = m.index + m[0].length - m[2].length - "</bean>".length;
    const arg = /<constructor-arg\b[^>]*\bvalue="([A-Za-z0-9_-]+)"/g;
    let k = 0;
    for (let a = arg.exec(m[2]); a; a = arg.exec(m[2]), k++) {
      const rule = c.byRole.get(roles[k] ?? "");
      const fit = rule?.context ? fitValue(a[1], [rule], c)[0] : void 0;
      if (!fit) continue;
      const start = bodyStart + a.index + a[0].length - a[1].length - 1;
      out.push(candidate(fit, start, start + a[1].length, a[1], "sdk", true, true));
    }
  }
}
var NEAR_WINDOW_LINES = 6;
var NEAR_WINDOW_CHARS = 3e3;
var BARE2 = /(?<![A-Za-z0-9_\-+/=.$%])([A-Za-z0-9]{25}|[A-Za-z0-9]{45}|[A-Za-z0-9]{50})(?![A-Za-z0-9_\-+/=.])/g;
var SECRET_BESIDE = /(?<![A-Za-z0-9_\-+/=.$%])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{50}(?![A-Za-z0-9_\-+/=.])/;
function findNearStructural(text, anchor, c, out) {
  const floor = Math.max(0, anchor.start - NEAR_WINDOW_CHARS);
  const seg = text.slice(floor, Math.min(text.length, anchor.end + NEAR_WINDOW_CHARS));
  let from = anchor.start - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && from > 0; n++) from = seg.lastIndexOf("\n", from - 1);
  let to = anchor.end - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && to >= 0; n++) to = seg.indexOf("\n", to + 1);
  from = floor + Math.max(0, from + 1);
  to = to < 0 ? floor + seg.length : floor + to;
  const window = text.slice(from, to);
  const roleByLength = { 25: "consumer-key", 45: "access-token-secret", 50: "consumer-secret" };
  BARE2.lastIndex = 0;
  for (let m = BARE2.exec(window); m; m = BARE2.exec(window)) {
    const value = m[1];
    if (!/[0-9]/.test(value) && !(value.length === 25 && SECRET_BESIDE.test(window))) continue;
    const rule = c.byRole.get(roleByLength[value.length]);
    const fit = fitValue(value, [rule], c)[0];
    if (fit) out.push(candidate(fit, from + m.index, from + m.index + value.length, value, "near", true, true));
  }
}

// src/detect/encoded.ts
var MANIFEST = /\.(?:ya?ml|json|tpl|j2|md|txt)$/i;
var MOBILE_CONFIG = /\.(?:plist|xml|strings|entitlements|pbxproj|gradle|kts|swift|mm?|h|java|kt|json|ya?ml|md|txt|properties)$/i;
var KIND_SECRET = /\bkind["']?[ \t]*:[ \t]*["']?Secret\b/;
var YAML_DATA = /^([ \t]*)data:[ \t]*$/gm;
var YAML_ENTRY = /^([ \t]+)["']?([\w.-]{1,253})["']?[ \t]*:[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*$/;
var JSON_DATA = /"data"\s*:\s*\{([^{}]{0,20000})\}/g;
var JSON_ENTRY = /"([\w.-]{1,253})"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
var ONE_TOKEN = /^[A-Za-z0-9_%+/=.-]+$/;
var TWITTERKIT = /twitterkit-([A-Za-z0-9]{18,25})(?![A-Za-z0-9_-])/g;
function findEncoded(text, path, c, scan) {
  const out = [];
  if (MANIFEST.test(path) && hasKindSecret(text)) kubernetesSecrets(text, path, scan, out);
  if (MOBILE_CONFIG.test(path) && hasTwitterKit(text)) twitterKit(text, c, out);
  return out;
}
function hasKindSecret(text) {
  for (let at = text.indexOf("Secret"); at >= 0; at = text.indexOf("Secret", at + 6)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 34 && before !== 39 && before !== 58 && before !== 9) continue;
    if (KIND_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !/\w/.test(text[at + 6] ?? "")) return true;
  }
  return false;
}
var KIND_BEFORE = /kind["']?[ \t]*:[ \t]*["']?$/;
function kubernetesSecrets(text, path, scan, out) {
  const bounds = [0];
  for (const sep of text.matchAll(/^---[^\n]*$/gm)) bounds.push(sep.index, sep.index + sep[0].length);
  bounds.push(text.length);
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k];
    const doc = text.slice(from, bounds[k + 1]);
    if (!KIND_SECRET.test(doc)) continue;
    const entries = [...yamlEntries(doc, from), ...jsonEntries(doc, from)];
    if (entries.length === 0) continue;
    const name = /^[ \t]*["']?name["']?[ \t]*:[ \t]*["']?([\w.-]+)/m.exec(doc)?.[1] ?? "";
    const header = `# Kubernetes Secret ${name}
`;
    let lines = header;
    const onLine = [];
    for (const entry of entries) {
      if (ONE_TOKEN.test(entry.decoded)) {
        const line = `${entry.key}: ${entry.decoded}
`;
        onLine.push({ entry, at: lines.length + entry.key.length + 2 });
        lines += line;
      } else {
        for (const f of scan(entry.decoded, `${path}/${entry.key}`)) out.push(fromInner(f, entry));
      }
    }
    if (onLine.length === 0) continue;
    for (const f of scan(lines, path)) {
      const hit = onLine.find((l) => f.start >= l.at && f.start < l.at + l.entry.decoded.length);
      if (hit) out.push(fromInner(f, hit.entry));
    }
  }
}
function fromInner(f, entry) {
  const details = { ...f.details, encoded: f.canonical };
  if (f.ruleId === "twitter-bearer-token") details.tailLength = f.status === "public-client" ? "42" : "50";
  return { ruleId: f.ruleId, start: entry.start, end: entry.end, secret: f.secret, via: "name", specific: true, localEvidence: true, modern: true, details };
}
function yamlEntries(doc, offset) {
  const out = [];
  YAML_DATA.lastIndex = 0;
  for (let m = YAML_DATA.exec(doc); m; m = YAML_DATA.exec(doc)) {
    const indent = m[1].length;
    let at = m.index + m[0].length + 1;
    let childIndent = -1;
    while (at < doc.length) {
      let e = doc.indexOf("\n", at);
      if (e < 0) e = doc.length;
      const line = doc.slice(at, e).replace(/\r$/, "");
      if (line.trim() && !line.trim().startsWith("#")) {
        const entry = YAML_ENTRY.exec(line);
        const ind = /^[ \t]*/.exec(line)[0].length;
        if (ind <= indent || childIndent >= 0 && ind !== childIndent || !entry) {
          if (ind <= indent) break;
        } else {
          childIndent = ind;
          const decoded = decodeBase64(entry[3]);
          const start = offset + at + line.indexOf(entry[3], entry[1].length + entry[2].length);
          if (decoded) out.push({ key: entry[2], start, end: start + entry[3].length, decoded });
        }
      }
      at = e + 1;
    }
  }
  return out;
}
function jsonEntries(doc, offset) {
  const out = [];
  JSON_DATA.lastIndex = 0;
  for (let m = JSON_DATA.exec(doc); m; m = JSON_DATA.exec(doc)) {
    const bodyStart = m.index + m[0].length - 1 - m[1].length;
    JSON_ENTRY.lastIndex = 0;
    for (let e = JSON_ENTRY.exec(m[1]); e; e = JSON_ENTRY.exec(m[1])) {
      const decoded = decodeBase64(e[2]);
      const start = offset + bodyStart + e.index + e[0].length - 1 - e[2].length;
      if (decoded) out.push({ key: e[1], start, end: start + e[2].length, decoded });
    }
  }
  return out;
}
function decodeBase64(b64) {
  if (b64.length % 4 !== 0) return null;
  const bytes = Buffer.from(b64, "base64");
  if (bytes.toString("base64") !== b64) return null;
  const s = bytes.toString("latin1").replace(/\r?\n$/, "");
  if (!s || /[^\t\n\r\x20-\x7e]/.test(s)) return null;
  return s;
}
function hasTwitterKit(text) {
  for (let at = text.indexOf("kit-"); at >= 0; at = text.indexOf("kit-", at + 4)) if (text.startsWith("twitter", at - 7)) return true;
  return false;
}
function twitterKit(text, c, out) {
  const rule = c.byRole.get("consumer-key");
  TWITTERKIT.lastIndex = 0;
  for (let m = TWITTERKIT.exec(text); m; m = TWITTERKIT.exec(text)) {
    if (/[A-Za-z0-9_]/.test(text[m.index - 1] ?? "")) continue;
    const fit = fitValue(m[1], [rule], c)[0];
    const start = m.index + "twitterkit-".length;
    if (fit) out.push(candidate(fit, start, start + m[1].length, m[1], "name", true, true));
  }
}

// src/detect/positional.ts
var REACH = 1500;
var LITERAL = /^[@rRbBuUfFL]?(["'`])([A-Za-z0-9]{18,50})\1$/;
function findPositional(text, c, structural, out) {
  const done = /* @__PURE__ */ new Set();
  for (const token of structural) {
    if (token.ruleId !== "twitter-access-token") continue;
    const open = enclosingOpen(text, token.start);
    if (open < 0 || done.has(open)) continue;
    done.add(open);
    if (text[open] === "(" && c.sdkRoles.has(callName(text, open))) continue;
    const args = splitArguments(text, open + 1);
    const t = args.findIndex((a) => a.start <= token.start && token.start < a.start + a.text.length);
    if (t < 0 || !/^[@rRbBuUfFL]?(["'`])[0-9]+-[A-Za-z0-9]+\1$/.test(args[t].text.trim())) continue;
    const taken = /* @__PURE__ */ new Set();
    args.forEach((arg, k) => {
      if (k === t) return;
      const lit = LITERAL.exec(arg.text.replace(/\\\s*\n\s*/g, "").trim());
      const role = lit ? roleOf(lit[2], k === t + 1) : "";
      if (!role || taken.has(role)) return;
      const fit = fitValue(lit[2], [c.byRole.get(role)], c)[0];
      if (!fit) return;
      taken.add(role);
      const start = arg.start + arg.text.indexOf(lit[2]);
      out.push(candidate(fit, start, start + lit[2].length, lit[2], "sdk", true, true));
    });
  }
}
function roleOf(value, afterToken) {
  const n = value.length;
  if (n <= 25) return n >= 18 ? "consumer-key" : "";
  if (n < 35) return "";
  if (n === 45) return "access-token-secret";
  if (n > 45) return "consumer-secret";
  return afterToken ? "access-token-secret" : "consumer-secret";
}
function enclosingOpen(text, at) {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < REACH; i--) {
    const ch = text[i];
    if (ch === ")" || ch === "]" || ch === "}") depth++;
    else if (ch === "(" || ch === "[") {
      if (depth === 0) return i;
      depth--;
    } else if (ch === "{") {
      if (depth === 0) return -1;
      depth--;
    } else if (ch === ";" && depth === 0) return -1;
  }
  return -1;
}
function callName(text, open) {
  let e = open;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && /\w/.test(text[s - 1])) s--;
  return text.slice(s, e);
}

// src/detect/reshape.ts
var NEXT_LITERAL = /[ \t]*(?:[+\\][ \t]*)?(?:\n[ \t]*(?:\+[ \t]*)?)?(["'])([A-Za-z0-9_-]{1,50})\1/y;
var FIRST_LITERAL = /(["'])([A-Za-z0-9_-]{1,50})\1/g;
var NAME_THEN_VALUE = /^([ \t]*-?[ \t]*)(["']?name["']?[ \t]*:[ \t]*)(["']?)([A-Za-z][A-Za-z0-9_.-]{2,80})(["']?,?)[ \t]*\n[ \t]*["']?value["']?[ \t]*:/g;
var INLINE_NAME_VALUE = /(\{[ \t]*)("name"[ \t]*:[ \t]*)("[A-Za-z][A-Za-z0-9_.-]{2,80}")([ \t]*,[ \t]*)("value"[ \t]*:[ \t]*)"$/;
var VALUE_LABEL = /^[ \t]*["']?value["']?[ \t]*:[ \t]*["']?$/;
var MIN_JOINED = 18;
var MAX_JOINED = 50;
function reshape(text, seeds) {
  const edits = [];
  const joins = /* @__PURE__ */ new Map();
  let chainsUntil = 0;
  for (let k = 0; k < seeds.length; k += 2) {
    const s = seeds[k];
    const e = seeds[k + 1];
    const q = text[s - 1];
    if ((q === '"' || q === "'") && text[e] === q && e > chainsUntil && nextToJunction(text, s - 1, e + 1)) {
      const from = Math.max(chainsUntil, lineStartBefore(text, s - 1, 2), s - 201);
      const slice = text.slice(from, Math.min(text.length, e + 1));
      FIRST_LITERAL.lastIndex = 0;
      for (let m = FIRST_LITERAL.exec(slice); m; m = FIRST_LITERAL.exec(slice)) {
        const q0 = from + m.index;
        const chain = readChain(text, q0, m[2]);
        if (!chain) continue;
        if (q0 + chain.replacement.length <= s) {
          FIRST_LITERAL.lastIndex = m.index + chain.replacement.length;
          continue;
        }
        edits.push([q0, chain.replacement]);
        joins.set(q0 + chain.breaks + 1, { start: q0 + 1, end: chain.lastEnd, value: chain.value });
        chainsUntil = q0 + chain.replacement.length;
        break;
      }
    }
    const inline = text[s - 1] === '"' ? INLINE_NAME_VALUE.exec(text.slice(Math.max(0, s - 160), s)) : null;
    if (inline) {
      const at2 = s - inline[0].length + inline[1].length;
      edits.push([at2, " ".repeat(inline[2].length)]);
      edits.push([at2 + inline[2].length + inline[3].length + inline[4].length, " ".repeat(inline[5].length)]);
    }
    const lineStart = lineStartBefore(text, s - 1, 0);
    if (lineStart > 0 && text[lineStart - 1] === "\n" && VALUE_LABEL.test(text.slice(lineStart, s))) {
      const prev = lineStartBefore(text, lineStart - 2, 0);
      NAME_THEN_VALUE.lastIndex = 0;
      const m = NAME_THEN_VALUE.exec(text.slice(prev, s));
      if (m && m.index === 0) {
        const at2 = prev + m[1].length;
        const blank = m[2].length + m[3].length;
        edits.push([at2, " ".repeat(blank)]);
        edits.push([at2 + blank + m[4].length, " ".repeat(m[5].length)]);
      }
    }
  }
  if (edits.length === 0) return { text, joins };
  edits.sort((a, b2) => a[0] - b2[0]);
  const parts = [];
  let at = 0;
  for (const [pos, rep] of edits) {
    if (pos < at) continue;
    parts.push(text.slice(at, pos), rep);
    at = pos + rep.length;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), joins };
}
function readChain(text, q0, first) {
  let value = first;
  let end = q0 + first.length + 2;
  let pieces = 1;
  for (; ; ) {
    NEXT_LITERAL.lastIndex = end;
    const m = NEXT_LITERAL.exec(text);
    if (!m) break;
    value += m[2];
    end = NEXT_LITERAL.lastIndex;
    pieces++;
    if (value.length > MAX_JOINED) return null;
  }
  if (pieces < 2 || value.length < MIN_JOINED) return null;
  let b2 = q0 - 1;
  while (b2 >= 0 && (text[b2] === " " || text[b2] === "	")) b2--;
  if (text[b2] === "+" || /[A-Za-z0-9_"'`]/.test(text[b2] ?? "")) return null;
  if (/^[ \t]*\+/.test(text.slice(end, end + 40))) return null;
  if (!looksRandom(value.replace(/[-_]/g, ""))) return null;
  const span = text.slice(q0, end);
  const breaks = span.split("\n").length - 1;
  const replacement = "\n".repeat(breaks) + `"${value}"`.padEnd(span.length - breaks, " ");
  return { replacement, value, lastEnd: end - 1, breaks };
}
function nextToJunction(text, q0, q1) {
  let a = q1;
  while (text[a] === " " || text[a] === "	") a++;
  let b2 = q0 - 1;
  while (text[b2] === " " || text[b2] === "	") b2--;
  return JUNCTION.includes(text[a] ?? "") || JUNCTION.includes(text[b2] ?? "");
}
var JUNCTION = `+\\"'
`;
function lineStartBefore(text, at, lines) {
  const floor = Math.max(0, at - LOOK_BACK);
  const seg = text.slice(floor, at + 1);
  let p = seg.lastIndexOf("\n");
  for (let k = 0; k < lines && p > 0; k++) p = seg.lastIndexOf("\n", p - 1);
  return p < 0 ? floor : floor + p + 1;
}
var LOOK_BACK = 400;
function fixSpans(cands, joins) {
  if (joins.size === 0) return;
  for (const c of cands) {
    const j = joins.get(c.start);
    if (j && c.secret === j.value) {
      c.start = j.start;
      c.end = j.end;
    }
  }
}

// src/detect/rows.ts
var CELL = /^\s*(?:N?'([A-Za-z0-9_-]{16,52})'|"([A-Za-z0-9_-]{16,52})"|([A-Za-z0-9_-]{16,52}))\s*$/;
var INSERT = /INSERT\s+(?:IGNORE\s+)?INTO\s+([`"[]?[\w.$]+[`"\]]?(?:\.[`"[]?[\w$]+[`"\]]?)?)\s*(?:\(([^()]{1,4000})\))?\s*VALUES\s*/giy;
var CREATE = /\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`"[]?[\w.$]+[`"\]]?(?:\.[`"[]?[\w$]+[`"\]]?)?)\s*\(/gi;
var NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE)\b/i;
var MAX_ROWS = 2e4;
function findRows(text, path, c, structural, windows2, out) {
  if (windows2.length === 0) return;
  const sql = /\.sql$/i.test(path);
  if (sql ? text.includes("INSERT") || /insert\s+into/i.test(text) : insertInWindows(text, windows2)) findSqlRows(text, c, structural, windows2, sql, out);
  if (DELIMITED.test(path)) findCsvRows(text, path, c, structural, windows2, out);
}
function columnsOf(names, c) {
  return names.map((n) => {
    const name = n.trim().replace(/^[`"[']|[`"\]']$/g, "");
    const m = matchRole(splitWords(name), c.names);
    return { name, role: !!m && !m.label };
  });
}
function bareTable(name) {
  return name.replace(/[`"[\]]/g, "").split(".").pop().toLowerCase();
}
function findSqlRows(text, c, structural, windows2, lowerCase, out) {
  let tables;
  const tableColumns = (table) => {
    if (!tables) {
      tables = /* @__PURE__ */ new Map();
      CREATE.lastIndex = 0;
      for (let m = CREATE.exec(text); m; m = CREATE.exec(text)) {
        const body = splitTop(text, m.index + m[0].length, ")");
        const names = body.items.map((d) => d.text.trim()).filter((d) => d && !NOT_A_COLUMN.test(d)).map((d) => /^[`"[]?([\w$]+)/.exec(d)?.[1] ?? "");
        tables.set(bareTable(m[1]), columnsOf(names, c));
      }
    }
    return tables.get(table);
  };
  let done = 0;
  for (const word of lowerCase ? ["INSERT", "insert"] : ["INSERT"]) {
    for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 6)) {
      if (from < done || /\w/.test(text[from - 1] ?? "")) continue;
      INSERT.lastIndex = from;
      const ins = INSERT.exec(text);
      if (!ins) continue;
      const table = bareTable(ins[1]);
      const columns = ins[2] ? columnsOf(ins[2].split(","), c) : tableColumns(table);
      if (!columns || !columns.some((col) => col.role)) continue;
      const tableShowsX = wordsShowX(splitWords(table));
      let at = INSERT.lastIndex;
      for (let rows = 0; rows < MAX_ROWS && text[at] === "("; rows++) {
        const row = splitTop(text, at + 1, ")");
        if (row.end < 0) break;
        if (inWindows(windows2, at, row.end)) rowCandidates(row.items, columns, c, tableShowsX || holdsToken(structural, at, row.end), out);
        at = row.end + 1;
        while (at < text.length && /[\s,]/.test(text[at])) at++;
      }
      done = at;
    }
  }
}
function insertInWindows(text, windows2) {
  let next = -1;
  for (const [from, to] of windows2) {
    if (next < from) next = text.indexOf("INSERT", from);
    if (next < 0) return false;
    if (next < to) return true;
  }
  return false;
}
function inWindows(windows2, from, to) {
  return windows2.some(([a, b2]) => a < to && from < b2);
}
function holdsToken(structural, from, to) {
  return structural.some((s) => s.start >= from && s.start < to);
}
function splitTop(text, from, close) {
  const items = [];
  let depth = 0;
  let quote = "";
  let start = from;
  const limit = Math.min(text.length, from + 2e5);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0 && (ch === "," || ch === close)) {
      items.push({ start, text: text.slice(start, i) });
      start = i + 1;
      if (ch === close) return { items, end: i };
    }
  }
  return { items, end: -1 };
}
var REQUEST_FLOW = /verifier|callback[_ ]?confirmed/i;
var TOKEN_COLUMN = /^(?:oauth[_ ]?)?token$/i;
function rowCandidates(cells, columns, c, local, out) {
  if (cells.length !== columns.length) return;
  const requestToken = columns.some((col, k) => REQUEST_FLOW.test(col.name) || TOKEN_COLUMN.test(col.name) && /^\s*["']?[A-Za-z0-9]{16,}["']?\s*$/.test(cells[k].text));
  cells.forEach((cell, k) => {
    if (!columns[k].role) return;
    const m = CELL.exec(cell.text);
    if (!m) return;
    const value = m[1] ?? m[2] ?? m[3];
    const cand = classify(columns[k].name, value, c, local);
    if (!cand || requestToken && cand.ruleId === "twitter-access-token-secret") return;
    const start = cell.start + cell.text.indexOf(value);
    out.push({ ...cand, start, end: start + value.length });
  });
}
function classify(name, value, c, local) {
  const match = matchRole(splitWords(name), c.names);
  if (!match || match.label) return null;
  const phrase = match.role.words.join(" ");
  const fits = phraseFit(phrase, value, c);
  if (fits.length === 0) return null;
  if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return null;
  const modern = fits.filter((f) => f.modern);
  const pool = modern.length ? modern : fits;
  const fit = pool.find((f) => f.rule.role === "consumer-secret") ?? pool[0];
  const specific = c.byPhrase.get(phrase).specific;
  const cand = {
    ruleId: fit.rule.id,
    start: 0,
    end: 0,
    secret: value,
    via: "name",
    specific,
    localEvidence: local || wordsShowX(match.prefix) || nameHasXPrefix(name),
    modern: fit.modern,
    details: {}
  };
  if (match.role.words.length === 1) cand.bareWord = true;
  return cand;
}
var DELIMITERS = [",", "	", ";", "|"];
var DELIMITED = /\.(?:csv|tsv|psv|txt|dat)$/i;
var HEADER_FIELD = /^\s*["']?[A-Za-z_][\w .-]{0,60}["']?\s*$/;
function findCsvRows(text, path, c, structural, windows2, out) {
  const nl = text.indexOf("\n");
  if (nl < 0 || nl > 4e3) return;
  const head = text.slice(0, nl).replace(/\s+$/, "");
  const delim = DELIMITERS.find((d) => head.split(d).length >= 2);
  if (!delim) return;
  const header = head.split(delim);
  if (!header.every((f) => HEADER_FIELD.test(f))) return;
  const columns = columnsOf(header, c);
  if (!columns.some((col) => col.role)) return;
  const fileShowsX = /twitter|tweet/i.test(path);
  let lastLine = -1;
  for (const [from, to] of windows2) {
    let s = Math.max(nl + 1, text.lastIndexOf("\n", from) + 1);
    while (s < to && s < text.length) {
      let e = text.indexOf("\n", s);
      if (e < 0) e = text.length;
      if (s > lastLine) {
        lastLine = s;
        const cells = [];
        let at = s;
        for (const part of text.slice(s, e).split(delim)) {
          cells.push({ start: at, text: part });
          at += part.length + 1;
        }
        rowCandidates(cells, columns, c, fileShowsX || holdsToken(structural, s, e), out);
      }
      s = e + 1;
    }
  }
}

// src/detect/structural.ts
var BEARER_ANCHOR = "AAAAAAAAAAAAAAAAAAAA";
var OAUTH2_TOKEN_LENGTH = 91;
var CLIENT_ID_LENGTH = 34;
var ACCESS_TOKEN_MIN_RUN = 29;
function findStructural(text, runs) {
  const out = [];
  const push = (ruleId, start, end, secret, details) => {
    out.push({ ruleId, start, end, secret, via: "structure", specific: true, localEvidence: true, modern: true, details });
  };
  let bearerEnd = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const from = runs[k];
    const to = runs[k + 1];
    const run2 = text.slice(from, to);
    for (let r = run2.indexOf(BEARER_ANCHOR, Math.max(0, bearerEnd - from)); r >= 0; ) {
      const token = decodeBearerAt(text, from + r);
      if (token) {
        push("twitter-bearer-token", token.start, token.end, token.raw, { appId: token.appId, encoded: token.encoded, tailLength: String(token.tailLength) });
        bearerEnd = token.end;
        break;
      }
      let next = r + BEARER_ANCHOR.length;
      while (run2.charCodeAt(next) === 65) next++;
      r = run2.indexOf(BEARER_ANCHOR, next);
    }
    if (to - from >= OAUTH2_TOKEN_LENGTH) {
      for (let j = run2.indexOf("OjE", 4); j >= 0; j = run2.indexOf("OjE", j + 3)) {
        const suffix = run2.slice(j - 4, j + 3);
        if (!OAUTH2_TOKEN_SUFFIXES.includes(suffix)) continue;
        const token = decodeOAuth2TokenEndingAt(text, from + j + 3);
        if (!token || token.type === "ac") continue;
        const ruleId = token.type === "at" ? "twitter-oauth2-access-token" : "twitter-oauth2-refresh-token";
        push(ruleId, token.start, token.end, token.raw, { issuedAt: new Date(token.issuedAt).toISOString() });
      }
    }
    if (to - from >= CLIENT_ID_LENGTH) {
      for (let i = run2.indexOf(OAUTH2_CLIENT_ID_SUFFIX); i >= 0; i = run2.indexOf(OAUTH2_CLIENT_ID_SUFFIX, i + 7)) {
        const id = decodeClientIdEndingAt(text, from + i + OAUTH2_CLIENT_ID_SUFFIX.length);
        if (id) push("twitter-oauth2-client-id", id.start, id.end, id.raw, {});
      }
    }
    if (to - from >= ACCESS_TOKEN_MIN_RUN && run2.includes("-")) {
      ACCESS_TOKEN_TAIL.lastIndex = 0;
      for (let m = ACCESS_TOKEN_TAIL.exec(run2); m; m = ACCESS_TOKEN_TAIL.exec(run2)) {
        const dash = from + m.index;
        let start = dash;
        while (start > from && dash - start < 19 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
        while (start < dash && text[start] === "0") start++;
        if (start === dash) continue;
        const token = checkAccessToken(text, start, dash + m[0].length);
        if (token) push("twitter-access-token", token.start, token.end, token.raw, { userId: token.userId });
      }
    }
  }
  return out;
}

// src/detect/detect.ts
var OAUTH2_ACCESS_TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1e3;
function sha256(value) {
  return crypto().createHash("sha256").update(value).digest("hex");
}
function detect(text, path, rules, options) {
  const runs = valueRuns(options.codes ?? codesOf(text));
  const structural = findStructural(text, runs.long);
  const seeds = mergeSorted(runs.seeds, basicHeaders(text));
  let candidates = [];
  let norm = text;
  let normLines;
  if (seeds.length || structural.length) {
    const windows2 = windowsAround(seeds, CONTEXT_REACH, 64, text.length);
    norm = normaliseWindows(text, windows2);
    const reshaped = reshape(norm, seeds);
    norm = reshaped.text;
    const lines = () => normLines ??= new LineIndex(norm, options.byteText);
    const ev = new Evidence(rules, norm, path, lines, structural.map((s) => s.start), options.externalEvidence);
    const context = findByContext(norm, rules, ev, structural, windows2);
    findPositional(norm, rules, structural, context.candidates);
    findRows(norm, path, rules, structural, windows2, context.candidates);
    fixSpans(context.candidates, reshaped.joins);
    const ordered = [...context.candidates].sort((a, b2) => a.start - b2.start);
    candidates = ordered.filter((cand, k) => acceptContext(cand, k, ev, context.contradicted, ordered, lines()));
  }
  let evidenceAround;
  const externalEvidence = () => evidenceAround ??= rules.evidence.test(text) || !!options.externalEvidence?.();
  const encoded = findEncoded(text, path, rules, (doc, docPath) => detect(doc, docPath, rules, { now: options.now, externalEvidence }).findings);
  const chosen = dedupe([...structural, ...candidates, ...encoded]);
  let knownExamples = 0;
  let original = norm === text ? normLines : void 0;
  const findings = [];
  const notebook = /\.ipynb$/i.test(path);
  const hasClientSecret = chosen.some((f) => f.ruleId === "twitter-oauth2-client-secret");
  for (const cand of chosen) {
    const hashed = cand.ruleId === "twitter-bearer-token" ? cand.details.encoded : cand.secret;
    const digest = sha256(hashed);
    if (rules.documentationExamples.has(digest)) {
      knownExamples++;
      continue;
    }
    const rule = rules.set.byId.get(cand.ruleId);
    const { encoded: _encoded, tailLength, ...details } = cand.details;
    let status = "leak";
    if (cand.ruleId === "twitter-bearer-token" && (rules.publicBearers.has(digest) || tailLength === "42")) {
      status = "public-client";
    } else if (cand.ruleId === "twitter-oauth2-access-token") {
      const issued = Date.parse(details.issuedAt);
      if (options.now - issued > OAUTH2_ACCESS_TOKEN_LIFETIME_MS) status = "expired";
    } else if (cand.ruleId === "twitter-oauth2-client-id" && !hasClientSecret) {
      status = "client-id";
    }
    const blocking = status === "leak";
    const { line, column } = (original ??= new LineIndex(text, options.byteText)).position(cand.start);
    const finding = {
      ruleId: cand.ruleId,
      start: cand.start,
      end: cand.end,
      line,
      column,
      secret: cand.secret,
      canonical: hashed,
      blocking,
      severity: blocking ? rule.severity : status === "client-id" ? "info" : "low",
      status,
      details
    };
    const marker = allowMarker(text, original.lineStart(line), original.lineEnd(line), cand.start, cand.end, rules.allowMarkers, notebook);
    if (marker) finding.allowedBy = marker;
    findings.push(finding);
  }
  findings.sort((a, b2) => a.start - b2.start || a.ruleId.localeCompare(b2.ruleId));
  return { findings, knownExamples };
}
function acceptContext(cand, k, ev, contradicted, all, lines) {
  if (cand.asTyped && !ev.file) return false;
  if (cand.localEvidence) return true;
  if (!cand.specific && ev.otherServiceNear(cand.start)) return false;
  if (cand.specific) return cand.modern && !contradicted || ev.file;
  if (cand.bareWord) return ev.near(cand.start, NEAR_LINES);
  if (ev.path || ev.near(cand.start, REGION_LINES)) return true;
  if (contradicted || !cand.modern) return false;
  const line = lines.lineOf(cand.start);
  for (const o of [...all.slice(Math.max(0, k - PAIR_NEIGHBOURS), k), ...all.slice(k + 1, k + 1 + PAIR_NEIGHBOURS)]) {
    if (o.modern && o.ruleId !== cand.ruleId && Math.abs(lines.lineOf(o.start) - line) <= PAIR_LINES) return true;
  }
  return false;
}
function mergeSorted(a, b2) {
  if (b2.length === 0) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b2.length) {
    if (j >= b2.length || i < a.length && a[i] <= b2[j]) out.push(a[i++], a[i++]);
    else out.push(b2[j++], b2[j++]);
  }
  return out;
}
function basicHeaders(text) {
  const at = [];
  for (let i = text.indexOf("Basic "); i >= 0; i = text.indexOf("Basic ", i + 6)) at.push(i, i + 120);
  return at;
}
var PAIR_LINES = 10;
var PAIR_NEIGHBOURS = 8;
function dedupe(cands) {
  const sorted = [...cands].sort((a, b2) => a.start - b2.start || VIA_RANK[a.via] - VIA_RANK[b2.via]);
  const out = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end && !(c.via === "pair" && prev.via === "pair" && c.ruleId !== prev.ruleId)) continue;
    out.push(c);
  }
  return out;
}

// src/scan/read-text.ts
var import_node_buffer = require("node:buffer");
var import_node_fs5 = require("node:fs");
var SIZES = { wholeLimit: 960 * 1024, windowBytes: 896 * 1024, overlapBytes: 64 * 1024 };
var OPEN_FLAGS = import_node_fs5.constants.O_RDONLY | (import_node_fs5.constants.O_NOFOLLOW ?? 0) | (import_node_fs5.constants.O_NONBLOCK ?? 0);
function notRegular() {
  return Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
}
function classifyBytes(bytes, sizes = SIZES) {
  if (isBinary(bytes)) return { kind: "binary", size: bytes.length };
  if (bytes.length <= sizes.wholeLimit) {
    const decoded = decode(bytes);
    const codes = decoded.byteText ? bytes.subarray(bytes.length - decoded.text.length) : void 0;
    return { kind: "text", size: bytes.length, text: decoded.text, byteText: decoded.byteText, ...codes ? { codes } : {} };
  }
  return windowed(bytes.length, encodingOf(bytes), sizes.overlapBytes, function* () {
    for (let at = 0; at < bytes.length; at += sizes.windowBytes) yield bytes.subarray(at, at + sizes.windowBytes);
  });
}
var scratch = Buffer.alloc(0);
function readForScan(path) {
  const fd = (0, import_node_fs5.openSync)(path, OPEN_FLAGS);
  let handedOff = false;
  try {
    const st = (0, import_node_fs5.fstatSync)(fd);
    if (!st.isFile()) throw notRegular();
    if (st.size > SIZES.wholeLimit) {
      const head = Buffer.alloc(BINARY_SNIFF_BYTES);
      const got2 = (0, import_node_fs5.readSync)(fd, head, 0, head.length, 0);
      if (isBinary(head.subarray(0, got2))) return { kind: "binary", size: st.size };
      handedOff = true;
      return windowed(st.size, encodingOf(head), SIZES.overlapBytes, () => fileChunks(fd), () => (0, import_node_fs5.closeSync)(fd));
    }
    if (scratch.length < st.size) scratch = Buffer.allocUnsafeSlow(Math.max(st.size, 64 * 1024));
    let got = 0;
    while (got < st.size) {
      const n = (0, import_node_fs5.readSync)(fd, scratch, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return classifyBytes(scratch.subarray(0, got));
  } finally {
    if (!handedOff) (0, import_node_fs5.closeSync)(fd);
  }
}
function encodingOf(head) {
  return head[0] === 255 && head[1] === 254 ? "utf-16le" : head[0] === 254 && head[1] === 255 ? "utf-16be" : "utf-8";
}
function* fileChunks(fd) {
  const buf = Buffer.allocUnsafe(SIZES.windowBytes);
  for (let position = 0; ; ) {
    const bytesRead = (0, import_node_fs5.readSync)(fd, buf, 0, buf.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}
function windowed(size, encoding, overlap, chunks, done) {
  const utf8 = encoding === "utf-8";
  return {
    kind: "windows",
    size,
    byteText: utf8,
    evidence: (test) => anyChunk(chunks, encoding, test),
    windows: function* () {
      try {
        yield* windows(utf8 ? byteWindowTexts(chunks, overlap) : decodedWindowTexts(chunks, encoding, overlap));
      } finally {
        done?.();
      }
    }
  };
}
function* textChunks(chunks, encoding) {
  if (encoding === "utf-8") {
    let first = true;
    for (const chunk of chunks()) {
      const bom = first && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191;
      first = false;
      yield byteText(bom ? chunk.subarray(3) : chunk);
    }
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  for (const chunk of chunks()) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}
function anyChunk(chunks, encoding, test) {
  let tail = "";
  for (const chunk of textChunks(chunks, encoding)) {
    if (test(tail + chunk)) return true;
    tail = chunk.slice(-64);
  }
  return false;
}
function* byteWindowTexts(chunks, overlap) {
  const bufs = [Buffer.alloc(0), Buffer.alloc(0)];
  let turn = 0;
  let prevEnd = 0;
  let carried = 0;
  let first = true;
  for (const chunk of chunks()) {
    const prev = bufs[turn];
    turn ^= 1;
    if (bufs[turn].length < carried + chunk.length) bufs[turn] = Buffer.allocUnsafe(carried + chunk.length);
    const buf = bufs[turn];
    prev.copy(buf, 0, prevEnd - carried, prevEnd);
    buf.set(chunk, carried);
    const bom = first && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
    first = false;
    const end = carried + chunk.length;
    const carry = Math.min(overlap, end - bom);
    const dropEnd = end - carry;
    const newline = dropEnd > bom ? buf.lastIndexOf(10, dropEnd - 1) : -1;
    const bytes = buf.subarray(bom, end);
    yield {
      text: byteText(bytes),
      codes: bytes,
      carryChars: carry,
      afterReportChars: Math.floor(carry / 2),
      droppedTailColumns: characterStarts(buf.subarray(Math.max(bom, newline + 1), Math.max(bom, dropEnd)))
    };
    prevEnd = end;
    carried = carry;
  }
}
function characterStarts(bytes) {
  if (typeof import_node_buffer.isAscii === "function" && (0, import_node_buffer.isAscii)(bytes)) return bytes.length;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n += (bytes[i] & 192) === 128 ? 0 : 1;
  return n;
}
function* decodedWindowTexts(chunks, encoding, overlap) {
  let carry = "";
  for (const chunk of textChunks(chunks, encoding)) {
    const text = carry + chunk;
    const carryChars = Math.min(Math.floor(overlap / 2), text.length);
    const dropped = text.slice(0, text.length - carryChars);
    yield { text, carryChars, afterReportChars: Math.floor(carryChars / 2), droppedTailColumns: codePoints(dropped.slice(dropped.lastIndexOf("\n") + 1)) };
    carry = text.slice(text.length - carryChars);
  }
}
function* windows(texts) {
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let reportFrom = 0;
  let pending = null;
  for (const next of texts) {
    if (pending !== null) {
      const { text, codes, carryChars, afterReportChars, droppedTailColumns } = pending;
      const reportUntil = Math.max(reportFrom, offset + text.length - afterReportChars);
      yield { text, ...codes ? { codes } : {}, offset, lineBase, columnBase, reportFrom, reportUntil };
      reportFrom = reportUntil;
      const dropped = text.slice(0, text.length - carryChars);
      const newlines = countNewlines(dropped);
      lineBase += newlines;
      columnBase = newlines > 0 ? droppedTailColumns : columnBase + droppedTailColumns;
      offset += dropped.length;
    }
    pending = next;
  }
  if (pending !== null) yield { text: pending.text, ...pending.codes ? { codes: pending.codes } : {}, offset, lineBase, columnBase, reportFrom, reportUntil: Number.POSITIVE_INFINITY };
}
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function codePoints(s) {
  const lowSurrogates = s.match(/[\uDC00-\uDFFF]/g);
  return s.length - (lowSurrogates ? lowSurrogates.length : 0);
}

// src/scan/scan-blob.ts
async function scanBlob(blob, rules, now, opts = {}) {
  const fsPath = blob.fsPath ?? blob.path;
  const read = blob.bytes ? classifyBytes(blob.bytes, opts.sizes) : readForScan(fsPath);
  if (read.kind === "binary") return read;
  const assumed = opts.assumeEvidence ? { externalEvidence: () => true } : {};
  if (read.kind === "text") {
    const r = detect(read.text, blob.path, rules, { now, byteText: read.byteText, ...assumed, ...read.codes ? { codes: read.codes } : {} });
    return { kind: "scanned", size: read.size, findings: r.findings, knownExamples: r.knownExamples };
  }
  let evidence;
  const externalEvidence = opts.assumeEvidence ? () => true : () => evidence ??= read.evidence((chunk) => rules.evidence.test(chunk));
  const findings = [];
  let knownExamples = 0;
  for (const w of read.windows()) {
    const r = detect(w.text, blob.path, rules, { now, externalEvidence, byteText: read.byteText, ...w.codes ? { codes: w.codes } : {} });
    knownExamples += r.knownExamples;
    for (const f of r.findings) {
      const absolute = w.offset + f.start;
      if (absolute < w.reportFrom || absolute >= w.reportUntil) continue;
      findings.push({
        ...f,
        start: absolute,
        end: w.offset + f.end,
        column: f.line === 1 ? f.column + w.columnBase : f.column,
        line: f.line + w.lineBase
      });
    }
  }
  return { kind: "scanned", size: read.size, findings, knownExamples, ...evidence === void 0 ? {} : { evidence } };
}

// src/scan/skip.ts
function noteSkip(into, kind, reason, path) {
  into.warnings.push(reason);
  into.skipped.push({ kind, ...path !== void 0 ? { path } : {}, reason });
}

// src/scan/engine.ts
function markersOnly(rules, inlineAllow) {
  return { rules, filter: NO_PATH_RULES, ignoredFingerprints: /* @__PURE__ */ new Map(), ignorePathOf: () => null, inlineAllow };
}
function toFindings(blob, detections, opts) {
  const ignorePath = opts.ignorePathOf(blob);
  const pathEntry = ignorePath === null ? void 0 : opts.filter.ignoredBy(ignorePath);
  return detections.map((d) => {
    const rule = opts.rules.set.byId.get(d.ruleId);
    const fp = fingerprint(d.ruleId, d.canonical);
    const f = {
      ruleId: d.ruleId,
      title: rule.title,
      file: blob.path,
      line: d.line,
      column: d.column,
      blocking: d.blocking,
      severity: d.severity,
      status: d.status,
      secret: d.secret,
      fingerprint: fp,
      group: "",
      set: rule.set,
      details: d.details,
      ...blob.provenance ? { provenance: blob.provenance } : {}
    };
    const byFp = opts.ignoredFingerprints.get(fp);
    if (d.allowedBy && opts.inlineAllow) f.ignored = byMarker(d.allowedBy);
    else if (byFp) f.ignored = byFingerprint(byFp);
    else if (pathEntry) f.ignored = byPath(pathEntry);
    return f;
  });
}

// src/git/work-tree.ts
var import_node_fs6 = require("node:fs");
var import_node_path5 = require("node:path");
function workTreeOnDisk(dir, env) {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return null;
  const ceilings = new Set((env.GIT_CEILING_DIRECTORIES ?? "").split(":").filter(Boolean).map((d) => (0, import_node_path5.resolve)(d)));
  for (let d = (0, import_node_path5.resolve)(dir); ; d = (0, import_node_path5.dirname)(d)) {
    if ((0, import_node_fs6.existsSync)((0, import_node_path5.join)(d, ".git"))) return d;
    if ((0, import_node_path5.dirname)(d) === d || ceilings.has((0, import_node_path5.dirname)(d))) return null;
  }
}
var pinTo = (top) => ["--git-dir", (0, import_node_path5.join)(top, ".git"), "--work-tree", top];
function dubiousOwnership(gitStderr) {
  return /detected dubious ownership in repository at '(.*)'/.exec(gitStderr)?.[1] ?? null;
}
function refusal(stderr, top) {
  const owner = dubiousOwnership(stderr);
  if (owner) return new ScanError(messages.dubiousOwnership(owner));
  const reason = stderr.split("\n").filter((l) => l.trim() && !l.startsWith("hint:")).map((l) => l.trim().replace(/^(fatal|error): /, "")).join(" ");
  return new ScanError(messages.gitRefused(top, reason || "git rev-parse failed"));
}
async function ensureOwnership(top, env) {
  const uid = process.geteuid?.();
  if (uid !== void 0) {
    try {
      const dot = (0, import_node_fs6.lstatSync)((0, import_node_path5.join)(top, ".git"));
      if (dot.isDirectory() && dot.uid === uid && (0, import_node_fs6.lstatSync)(top).uid === uid) return;
    } catch {
    }
  }
  const r = await gitRun(["rev-parse", "--git-dir"], top, { ...env, GIT_CEILING_DIRECTORIES: (0, import_node_path5.dirname)(top) });
  if (r.code !== 0) throw refusal(r.stderr, top);
}

// src/git/staged.ts
async function topAndHead(cwd, env, pin) {
  const r = await gitRun([...pin, "rev-parse", "--show-toplevel", "--verify", "-q", "HEAD^{commit}"], cwd, env);
  const lines = r.stdout.toString("utf8").split("\n").filter(Boolean);
  if (r.code === 0 && lines.length >= 2) return { top: lines[0], head: lines[1] };
  if (r.code === 1 && lines.length === 1) return { top: lines[0], head: null };
  if (/must be run in a work tree/.test(r.stderr)) throw new ScanError("--staged needs a work tree (this repository is bare)");
  if (/not a git repository/i.test(r.stderr)) throw new ScanError("not inside a git repository: --staged scans what the next commit will contain");
  throw new ScanError(`git rev-parse failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}
async function emptyTree(cwd, env, pin) {
  return (await gitBytes([...pin, "hash-object", "-t", "tree", "--stdin"], cwd, env, "")).toString("utf8").trim();
}
async function stagedTopAndChanges(cwd, env, pathspecs, onPin = () => void 0) {
  const top = workTreeOnDisk(cwd, env);
  const pin = top ? pinTo(top) : [];
  if (top) {
    await ensureOwnership(top, env);
    const listing = gitRun([...pin, ...diffIndexArgs("HEAD", pathspecs)], cwd, diffEnv(env));
    onPin(pin);
    const r = await listing;
    if (r.code === 0) return { top, pin, entries: parseRawDiff(r.stdout) };
  } else {
    onPin(pin);
  }
  const found = await topAndHead(cwd, env, pin);
  return { top: found.top, pin, entries: await stagedChanges(cwd, env, pin, found.head, pathspecs) };
}
async function stagedChanges(cwd, env, pin, head, pathspecs) {
  const base = head ?? await emptyTree(cwd, env, pin);
  return parseRawDiff(await gitBytes([...pin, ...diffIndexArgs(base, pathspecs)], cwd, diffEnv(env)));
}
function diffIndexArgs(base, pathspecs) {
  const args = ["diff-index", "--cached", "-z", "--raw", "-M", "--no-ext-diff", "--no-textconv", base];
  if (pathspecs.length) args.push("--", ...pathspecs);
  return args;
}
var diffEnv = (env) => ({ ...env, GIT_LITERAL_PATHSPECS: "1" });
function parseRawDiff(out) {
  const entries = [];
  let i = 0;
  const field = () => {
    const end = out.indexOf(0, i);
    const f = out.subarray(i, end < 0 ? out.length : end);
    i = end < 0 ? out.length : end + 1;
    return f;
  };
  while (i < out.length) {
    const meta = field().toString("latin1");
    if (!meta.startsWith(":")) break;
    const [oldMode, newMode, oldSha, newSha, status] = meta.slice(1).split(" ");
    const first = field();
    if (status.startsWith("R") || status.startsWith("C")) {
      entries.push({ path: field(), oldPath: first, status: status[0], oldMode, newMode, oldSha, newSha });
    } else {
      entries.push({ path: first, status: status[0], oldMode, newMode, oldSha, newSha });
    }
  }
  return entries;
}

// src/sources/staged.ts
var REGULAR_FILE = /^100(644|755)$/;
async function stagedSource(cwd, env, pathspecs) {
  let reader;
  let listed;
  try {
    listed = await stagedTopAndChanges(cwd, env, pathspecs, (pin2) => reader = startBlobReader({ cwd, env, pin: pin2 }));
  } catch (err) {
    reader?.stdin?.end();
    throw err;
  }
  const { top, pin, entries } = listed;
  const files = [];
  for (const e of entries) {
    if (e.status === "D" || !REGULAR_FILE.test(e.newMode)) continue;
    files.push({ path: e.path.toString("utf8"), sha: e.newSha, ...e.status !== "A" && REGULAR_FILE.test(e.oldMode) ? { previousSha: e.oldSha } : {} });
  }
  return { top, at: { cwd, env, pin }, files, skipped: entries.length - files.length, reader };
}
function streamStaged(at, reader, files, onFile, onPrevious, onMissing) {
  const bySha = groupBy(files, (f) => f.sha);
  const previousPath = new Map(files.flatMap((f) => f.previousSha && !bySha.has(f.previousSha) ? [[f.previousSha, f.path]] : []));
  return streamBlobs(at, [...bySha.keys(), ...previousPath.keys()], async (sha, bytes) => {
    const staged = bySha.get(sha);
    if (!staged) return onPrevious(sha, bytes);
    for (const f of staged) await onFile(f, bytes);
  }, (sha) => onMissing(sha, bySha.get(sha)?.[0]?.path ?? previousPath.get(sha)), { started: reader });
}

// src/cli/settings.ts
var import_node_path6 = require("node:path");

// src/config/json.ts
async function parseJsonFile(text, what) {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(body);
  } catch {
  }
  throw new UsageError(messages.invalidJson(what, await locateError(body)));
}
async function locateError(text) {
  const { parse: parse3, printParseErrorCode: printParseErrorCode2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  const errors = [];
  parse3(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    line: before.split("\n").length,
    // In characters (code points), as editors count them.
    column: [...before.slice(lineStart)].length + 1,
    reason: messages.jsonError[printParseErrorCode2(first.error)] ?? messages.jsonError.default
  };
}

// src/config/config-file.ts
var CONFIG_FILE_NAME = ".twitter-secrets.json";
async function readConfigFile(path, required, source) {
  const raw = await source.read(path);
  const file = source.name(path);
  if (raw === null) {
    if (!required) return null;
    throw new UsageError(`cannot read config file ${file}: ENOENT`);
  }
  const data2 = await parseJsonFile(raw, `config file ${file}`);
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) throw new UsageError(`config file ${file} must hold a JSON object ({ "include": [...], "exclude": [...] })`);
  const obj = data2;
  const list = (key) => {
    const v = obj[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new UsageError(`config file ${file}: "${key}" must be a list of glob strings`);
    return v;
  };
  for (const key of Object.keys(obj)) {
    if (key !== "include" && key !== "exclude" && key !== "$schema") throw new UsageError(`config file ${file}: unknown key (only "include", "exclude" and "$schema" are allowed)`);
  }
  return { include: list("include"), exclude: list("exclude") };
}

// src/config/file-source.ts
var import_node_fs7 = require("node:fs");
var workTreeFiles = {
  async read(absPath) {
    try {
      return (0, import_node_fs7.readFileSync)(absPath, "utf8");
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT") return null;
      throw new UsageError(`cannot read ${absPath}: ${code ?? err.message}`);
    }
  },
  name: (absPath) => absPath
};

// src/cli/settings.ts
function settingsFiles(base, opts, cwd) {
  return { ignore: (0, import_node_path6.join)(base, IGNORE_FILE_NAME), config: opts.config ? (0, import_node_path6.resolve)(cwd, opts.config) : (0, import_node_path6.join)(base, CONFIG_FILE_NAME), configRequired: opts.config !== void 0 };
}
async function loadSettings(base, opts, cwd, source = workTreeFiles, configRequired = true) {
  const files = settingsFiles(base, opts, cwd);
  const ignore = await readIgnoreFile(files.ignore, source);
  const config = await readConfigFile(files.config, configRequired && files.configRequired, source);
  const filter = await makePathFilter([...opts.include, ...config?.include ?? []], [...opts.exclude, ...config?.exclude ?? []], ignore?.globs ?? []);
  return { ignore, filter };
}

// src/cli/scan-staged.ts
async function scanStaged(opts, rules, ctx) {
  const source = await stagedSource(ctx.cwd, ctx.env, opts.paths);
  let settings;
  try {
    settings = await loadSettings(source.top, opts, ctx.cwd);
  } catch (err) {
    source.reader.stdin?.end();
    throw err;
  }
  const { ignore, filter } = settings;
  const compiled = compiledFor(rules);
  const stats = emptyStats();
  stats.symlinksSkipped = source.skipped;
  const selected = source.files.filter((f) => filter.selected(f.path) || (stats.excluded++, false));
  const perFile = /* @__PURE__ */ new Map();
  const previousBytes = /* @__PURE__ */ new Map();
  const notes = { warnings: [], skipped: [] };
  const absent = /* @__PURE__ */ new Set();
  const missing = (sha, path) => {
    if (absent.has(sha)) return;
    absent.add(sha);
    noteSkip(notes, "missing-object", messages.missingObject(sha, path), path);
    stats.unreadable++;
  };
  await streamStaged(source.at, source.reader, selected, async (file, bytes) => {
    let scan;
    try {
      scan = await scanBlob({ path: file.path, bytes }, compiled, ctx.now ?? Date.now());
    } catch (err) {
      throw new ScanError(`could not scan staged ${file.path}: ${err.code ?? err.message}`);
    }
    if (!countScan(stats, scan)) return;
    const blob = { path: file.path, bytes };
    perFile.set(file, toFindings(blob, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(), ignorePathOf: (b2) => b2.path, inlineAllow: opts.inlineAllow }));
  }, (sha, bytes) => {
    if (bytes.length <= PREVIOUS_HELD_BYTES) previousBytes.set(sha, bytes);
  }, missing);
  const findings = groupPerFile(selected.flatMap((file) => perFile.has(file) ? [perFile.get(file)] : []));
  await markAlreadyCommitted(findings, new Map(selected.filter((f) => f.previousSha).map((f) => [f.path, f.previousSha])), previousBytes, source.at, absent, missing);
  return { findings, stats, ...notes };
}
var PREVIOUS_HELD_BYTES = 8 * 1024 * 1024;
async function markAlreadyCommitted(findings, previous, held, at, absent, onMissing) {
  const suspects = findings.filter((f) => f.blocking && !f.ignored && previous.has(f.file));
  if (suspects.length === 0) return;
  const bySha = groupBy(suspects, (f) => previous.get(f.file));
  const check = (sha, bytes) => {
    const utf16 = bytes[0] === 255 || bytes[0] === 254;
    const haystack = utf16 ? Buffer.from(decode(bytes).text, "utf8") : bytes;
    for (const f of bySha.get(sha)) {
      if (!haystack.includes(f.secret)) continue;
      f.blocking = false;
      f.status = "already-committed";
      f.severity = "medium";
    }
  };
  for (const [sha, bytes] of held) if (bySha.has(sha)) check(sha, bytes);
  const again = [...bySha.keys()].filter((sha) => !held.has(sha) && !absent.has(sha));
  if (again.length) await streamBlobs(at, again, check, onMissing);
}

// src/cli/run.ts
var EXIT = { clean: 0, blocking: 1, error: 2 };
async function run(argv, ctx) {
  try {
    return await runUnchecked(argv, ctx);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof ScanError;
    const msg = known ? err.message : `internal error: ${err?.message ?? String(err)}`;
    return { exitCode: EXIT.error, stdout: "", stderr: messages.error(printable(known ? msg : msg.split("\n")[0])) + "\n" };
  }
}
async function runUnchecked(argv, ctx) {
  const opts = parseOptions(argv);
  if (opts.help) return { exitCode: 0, stdout: messages.usage + "\n", stderr: "" };
  if (opts.version) return { exitCode: 0, stdout: toolVersion() + "\n", stderr: "" };
  if (opts.command === "merge-reports") {
    const { MERGE_FORMATS, mergeReports, renderMerged } = await import("../src/cli/merge-reports.ts");
    const format3 = MERGE_FORMATS.find((f) => f === opts.format);
    if (!format3) throw new UsageError(messages.merge.badFormat(opts.format));
    const out2 = planOutputs(opts.output, format3, [...MERGE_FORMATS], ctx.cwd);
    const merged = await mergeReports(opts.paths, ctx.cwd);
    const written2 = writeReports(out2.files, (f) => renderMerged(merged, f));
    const exitCode2 = merged.rows.some((r) => r.blocking) ? EXIT.blocking : EXIT.clean;
    return { exitCode: exitCode2, stdout: out2.printed ? renderMerged(merged, format3) : "", stderr: written2.map((l) => l + "\n").join("") };
  }
  if (opts.command === "install" || opts.command === "uninstall") {
    const { installHook, uninstallHook } = await import("../src/install/hook.ts");
    const change = opts.command === "install" ? await installHook(ctx.cwd, opts.force, ctx.execPath ?? "node", ctx.binPath ?? (0, import_node_path7.join)(packageRoot(), "dist", "cli.js")) : await uninstallHook(ctx.cwd);
    return { exitCode: 0, stdout: change.lines.map((l) => `scan-twitter-secrets: ${printable(l)}`).join("\n") + "\n", stderr: "" };
  }
  if (!formats[opts.format]) throw new UsageError(messages.badFormat(opts.format, Object.keys(formats)));
  const out = planOutputs(opts.output, opts.format, Object.keys(formats), ctx.cwd);
  if (opts.staged && skippedByEnv(ctx.env)) return { exitCode: 0, stdout: "", stderr: messages.hook.skipped + "\n" };
  const rules = rulesForRun();
  if (opts.listRules) return { exitCode: 0, stdout: listRules(rules), stderr: "" };
  if (opts.explain !== void 0) return { exitCode: 0, stdout: explain(rules, opts.explain), stderr: "" };
  const eventSkips = [];
  if (opts.githubEvent) {
    const { planEventScan } = await import("../src/ci/github-event.ts");
    const plan = await planEventScan({ cwd: ctx.cwd, env: ctx.env, pin: [] });
    if (plan.range) Object.assign(opts, { history: true, historyRevs: plan.range.revs, suppressionBase: plan.range.base });
    eventSkips.push(...plan.skipped);
  }
  if (opts.command === "revoke" && !opts.yes && !ctx.ask) throw new UsageError(messages.revoke.noTerminal);
  const network = opts.verify || opts.command === "revoke" ? await import("../src/verify/index.ts") : null;
  const networkSettings = network?.sessionSettings(ctx.env);
  const result2 = opts.staged ? await scanStaged(opts, rules, ctx) : opts.history ? await (await import("../src/cli/scan-history.ts")).scanHistory(opts, rules, ctx) : await (await import("../src/cli/scan-tree.ts")).scanTree(opts, rules, ctx);
  result2.warnings.unshift(...eventSkips.map((s) => s.reason));
  result2.skipped.unshift(...eventSkips);
  if (opts.command === "revoke") return network.runRevoke(result2, rules, networkSettings, opts, ctx);
  const baselines = opts.baseline || opts.writeBaseline ? await import("../src/config/baseline.ts") : null;
  if (opts.baseline) await baselines.useBaseline(result2, (0, import_node_path7.resolve)(ctx.cwd, opts.baseline), opts.baseline, opts.suppressionBase ?? null);
  if (network && opts.verify) {
    const session = network.openSession(networkSettings);
    try {
      await network.verifyFindings(result2.findings, session);
    } finally {
      await session.close();
    }
    if (opts.ignoreDead) network.unblockDead(result2.findings);
  }
  const hookText = opts.staged && opts.format === "text";
  const tty = (hookText ? ctx.stderrIsTTY : ctx.stdoutIsTTY) ?? false;
  const report = {
    result: result2,
    rules,
    toolVersion: toolVersion(),
    mode: opts.staged ? "staged" : opts.history ? "history" : "tree",
    showSecrets: opts.showSecrets,
    color: out.printed && (opts.color ?? (tty && !ctx.env.NO_COLOR)),
    verbose: opts.verbose
  };
  const skipFatal = opts.failOnSkip && result2.skipped.length > 0 ? messages.failOnSkip(result2.skipped.length, printable(result2.skipped[0].reason)) + "\n" : "";
  if (opts.writeBaseline) {
    const n = baselines.writeBaseline((0, import_node_path7.resolve)(ctx.cwd, opts.writeBaseline), result2.findings, toolVersion());
    return { exitCode: skipFatal ? EXIT.error : EXIT.clean, stdout: "", stderr: messages.baselineWritten(printable(opts.writeBaseline), n) + "\n" + skipFatal };
  }
  const exitCode = skipFatal ? EXIT.error : blockingCount(report) > 0 ? EXIT.blocking : EXIT.clean;
  const render = (format3, color) => (opts.staged && format3 === "text" ? formatHookText : formats[format3])({ ...report, color });
  const written = writeReports(out.files, (format3) => render(format3, false));
  const summary = !out.printed && opts.format === "text" ? [render("text", false).trimEnd().split("\n").pop()].filter(Boolean) : [];
  const notes = [...summary, ...written].map((l) => l + "\n").join("") + skipFatal;
  if (!out.printed) return { exitCode, stdout: "", stderr: notes };
  const body = render(opts.format, report.color);
  return hookText ? { exitCode, stdout: "", stderr: body + notes } : { exitCode, stdout: body, stderr: notes };
}
function skippedByEnv(env) {
  return (env.SKIP ?? "").split(",").map((s) => s.trim()).includes("scan-twitter-secrets");
}
function listRules(set) {
  const rows = set.rules.map((r) => [r.id, r.detector === "oauth2-client-id" ? "with secret" : "yes", r.title]);
  const header = messages.ruleListHeader;
  const w0 = Math.max(header[0].length, ...rows.map((r) => r[0].length));
  const w1 = Math.max(header[1].length, ...rows.map((r) => r[1].length));
  return [header, ...rows].map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`).join("\n") + "\n";
}
function explain(set, id) {
  const rule = set.byId.get(id);
  if (!rule) throw new UsageError(messages.unknownRule(id));
  return [
    `${rule.id}: ${rule.title}`,
    "",
    rule.description,
    `Shape: ${rule.pattern}`,
    "",
    messages.howToFix,
    renderRemediation(remediationFor([rule.id], set))
  ].join("\n");
}

// src/cli/main.ts
async function main(argv, paths2) {
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    writable(process.stderr).write("scan-twitter-secrets: the current directory no longer exists\n");
    process.exit(2);
  }
  const stderrIsTTY = (0, import_node_tty.isatty)(2);
  const result2 = await run(argv, {
    cwd,
    env: process.env,
    stdoutIsTTY: (0, import_node_tty.isatty)(1),
    stderrIsTTY,
    execPath: process.execPath,
    ...paths2,
    // revoke asks before it revokes, only where someone can answer (readline loads only then).
    ...(0, import_node_tty.isatty)(0) && stderrIsTTY ? { ask } : {},
    ...stderrIsTTY ? { progress: (line) => writable(process.stderr).write(line === null ? "\r\x1B[K" : `\r\x1B[K${line}`) } : {}
  });
  process.exitCode = result2.exitCode;
  await flush(() => process.stdout, result2.stdout);
  await flush(() => process.stderr, result2.stderr);
  process.exit(result2.exitCode);
}
async function ask(question) {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await rl.question(question));
  } finally {
    rl.close();
  }
}
var watched = /* @__PURE__ */ new WeakSet();
function writable(stream) {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  return stream;
}
var flush = (stream, text) => new Promise((resolve5) => text ? writable(stream()).write(text, () => resolve5()) : resolve5());

// src/snapshot/warm-up.ts
var import_node_tty2 = require("node:tty");
async function warmUp(rules, compiled, now) {
  parseOptions(["--staged"]);
  (0, import_node_tty2.isatty)(2);
  const stats = emptyStats();
  const perFile = [];
  const examples = rules.rules.flatMap((r) => [...r.examples.positive, ...r.examples.negative]);
  for (const [i, e] of examples.entries()) {
    const blob = { path: `${i}/${e.file}`, bytes: Buffer.from(e.text, "utf8") };
    const scan = await scanBlob(blob, compiled, now);
    if (!countScan(stats, scan)) continue;
    perFile.push(toFindings(blob, scan.findings, markersOnly(compiled, true)));
  }
  const findings = groupPerFile(perFile);
  for (const color of [false, true]) {
    formatHookText({ result: { findings, stats, warnings: [messages.hook.skipped], skipped: [] }, rules, toolVersion: "", mode: "staged", showSecrets: false, color, verbose: false });
  }
}

// src/snapshot/entry.ts
var STALE = 75;
var sourceState = () => {
  const st = (0, import_node_fs8.statSync)((0, import_node_path8.join)(packageRoot(), "dist", "snapshot.cjs"), { throwIfNoEntry: false });
  return st ? `${st.size} ${st.mtimeMs}` : "missing";
};
var paths = () => ({ binPath: (0, import_node_path8.join)(packageRoot(), "dist", "cli.js"), workerPath: (0, import_node_path8.join)(packageRoot(), "dist", "worker.js") });
if (import_node_v8.startupSnapshot.isBuildingSnapshot()) {
  const builtFrom = sourceState();
  const rules = preloadRules();
  void warmUp(rules, compiledFor(rules), Date.now());
  import_node_v8.startupSnapshot.setDeserializeMainFunction(() => {
    const argv = process.argv.slice(1);
    if (argv.length !== 1 || argv[0] !== "--staged") {
      process.stderr.write(`${messages.snapshot.onlyStaged}
`);
      process.exit(2);
    }
    if (sourceState() !== builtFrom) process.exit(STALE);
    preloadedStillCurrent();
    void main(argv, paths());
  });
}
