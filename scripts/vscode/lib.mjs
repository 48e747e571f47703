// Shared helpers for the real-VS-Code test harness (code-server + Playwright + Debian Chromium).
// See /work/shared/docs/real-vscode-offline.md (copied in spirit into scripts/vscode/README.md).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CODE_SERVER_VERSION = "4.100.3"; // = VS Code 1.100.3; the newest that runs on Node 20
export const CACHE = path.join(ROOT, ".vscode-test");
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, "out/node/entry.js");
export const CHROMIUM_CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

export function chromiumPath() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

const t0 = Date.now();
export function elapsed() {
  return `${((Date.now() - t0) / 1000).toFixed(1)}s`;
}
export function log(msg) {
  console.log(`[vscode-test ${elapsed()}] ${msg}`);
}

/** Runs a command synchronously with inherited stdio (or captured with quiet); throws on failure. */
export function run(cmd, args, opts = {}) {
  const { quiet = false, ...rest } = opts;
  const r = spawnSync(cmd, args, {
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...rest,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const tail = quiet ? `\n${(r.stdout || "").slice(-3000)}\n${(r.stderr || "").slice(-3000)}` : "";
    throw new Error(`command failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ""}): ${cmd} ${args.join(" ")}${tail}`);
  }
  return r;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Keeps every detached child we start; stops them by -pid (their whole process group). */
const children = new Set();
export function spawnTracked(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { detached: true, ...opts });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

export async function stopChild(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  const until = Date.now() + graceMs;
  while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (alive()) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
  children.delete(child);
}

export function stopAllSync() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
  children.clear();
}

export async function stopAll() {
  await Promise.all([...children].map((c) => stopChild(c)));
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
