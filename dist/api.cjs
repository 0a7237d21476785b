"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var api_cjs_exports = {};
__export(api_cjs_exports, {
  API_VERSION: () => API_VERSION,
  isScanFailure: () => isScanFailure,
  listRules: () => listRules,
  remediation: () => remediation,
  scanPaths: () => scanPaths,
  scanStaged: () => scanStaged,
  scanText: () => scanText
});
module.exports = __toCommonJS(api_cjs_exports);
const load = () => import("./api.js");
const API_VERSION = 1;
const isScanFailure = (err) => err instanceof Error && err.name === "ScanFailure";
const scanText = async (...args) => (await load()).scanText(...args);
const scanPaths = async (...args) => (await load()).scanPaths(...args);
const scanStaged = async (...args) => (await load()).scanStaged(...args);
const listRules = async (...args) => (await load()).listRules(...args);
const remediation = async (...args) => (await load()).remediation(...args);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  API_VERSION,
  isScanFailure,
  listRules,
  remediation,
  scanPaths,
  scanStaged,
  scanText
});
