import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  spawnGit
} from "./chunk-5P43BS47.js";
import {
  ScanError
} from "./chunk-OODIIGW4.js";

// src/git/blobs.ts
var IN_FLIGHT_BYTES = 32 * 1024 * 1024;
function startBlobReader(at) {
  const child = spawnGit([...at.pin, "cat-file", "--batch"], at.cwd, at.env, ["pipe", "pipe", "ignore"]);
  child.on("error", () => void 0);
  child.stdin?.on("error", () => void 0);
  return child;
}
function streamBlobs(at, shas, onBlob, onMissing, { maxInFlight = 4, started, allocate } = {}) {
  return new Promise((resolve, reject) => {
    if (shas.length === 0) {
      started?.stdin?.end();
      return resolve();
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
      else resolve();
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

export {
  startBlobReader,
  streamBlobs
};
