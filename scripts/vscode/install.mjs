// Installs what the real-VS-Code tests need, when missing:
//  - code-server (the VS Code workbench + Node extension host) under .vscode-test/code-server-<v>/,
//    built from the npm package with --ignore-scripts and native modules rebuilt locally (no GitHub downloads);
//  - Debian's Chromium (apt-get) when no chromium binary exists.
// Idempotent: a finished install leaves a marker file; a half-done one is thrown away and redone.
// Usage: node scripts/vscode/install.mjs [--force]
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CACHE, CODE_SERVER_DIR, CODE_SERVER_VERSION, chromiumPath, log, run } from "./lib.mjs";

const MARKER = path.join(CODE_SERVER_DIR, ".sourced-install-ok");

function which(cmd) {
  const r = run("sh", ["-c", `command -v ${cmd} || true`], { quiet: true });
  return r.stdout.trim();
}

export function installChromium() {
  const needApt = [];
  if (!chromiumPath()) needApt.push("chromium");
  if (!which("rg")) needApt.push("ripgrep");
  // headers to rebuild code-server's native modules (kerberos needs krb5; pkg-config for its gyp file)
  if (!existsSync(CODE_SERVER_DIR + "/" + ".sourced-install-ok")) {
    if (!existsSync("/usr/include/krb5.h") && !existsSync("/usr/include/krb5/krb5.h")) needApt.push("libkrb5-dev");
    if (!which("pkg-config")) needApt.push("pkg-config");
  }
  if (needApt.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`missing Debian packages ${needApt.join(" ")}: run as root or 'sudo apt-get install -y ${needApt.join(" ")}'`);
  }
  log(`apt-get install ${needApt.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-q"], { env, quiet: true });
  run("apt-get", ["install", "-y", "-q", ...needApt], { env, quiet: true });
  if (needApt.includes("chromium") && !chromiumPath()) throw new Error("apt-get installed chromium but no binary was found");
}

/** A lock folder holding the installer's pid, so two runs in one tree do not install at once. */
function withInstallLock(fn) {
  const lock = path.join(CACHE, "install.lock");
  mkdirSync(CACHE, { recursive: true });
  const until = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(path.join(lock, "pid"), "utf8"));
      } catch {}
      let alive = false;
      try {
        if (holder) process.kill(holder, 0), (alive = true);
      } catch {}
      if (!alive && holder) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > until) throw new Error(`${lock} held by pid ${holder} for 10 minutes`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function installCodeServer(opts = {}) {
  if (!opts.force && existsSync(MARKER)) {
    log(`code-server ${CODE_SERVER_VERSION} cached in ${path.relative(process.cwd(), CODE_SERVER_DIR)}`);
    return;
  }
  withInstallLock(() => installCodeServerLocked(opts));
}

function installCodeServerLocked({ force = false } = {}) {
  if (!force && existsSync(MARKER)) {
    log(`code-server ${CODE_SERVER_VERSION} cached in ${path.relative(process.cwd(), CODE_SERVER_DIR)}`);
    return;
  }
  const started = Date.now();
  mkdirSync(CACHE, { recursive: true });
  const staging = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}.partial`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const npmOpts = ["--no-audit", "--no-fund", "--loglevel=error"];
  const env = { ...process.env, npm_config_yes: "true", npm_config_update_notifier: "false" };
  const step = (name, cmd, args, cwd) => {
    log(`code-server install: ${name}`);
    run(cmd, args, { cwd, env, quiet: true });
  };

  step("npm pack", "npm", ["pack", `code-server@${CODE_SERVER_VERSION}`, ...npmOpts], staging);
  step("unpack", "tar", ["xzf", `code-server-${CODE_SERVER_VERSION}.tgz`, "--strip-components=1"], staging);
  rmSync(path.join(staging, `code-server-${CODE_SERVER_VERSION}.tgz`));
  // the package's own dependencies (express, argon2, ...)
  step("npm install (server)", "npm", ["install", "--omit=dev", "--ignore-scripts", ...npmOpts], staging);
  const vscodeDir = path.join(staging, "lib/vscode");
  step("npm install (lib/vscode)", "npm", ["install", "--omit=dev", "--ignore-scripts", ...npmOpts], vscodeDir);
  step(
    "rebuild native modules",
    "npm",
    ["rebuild", "kerberos", "node-pty", "@vscode/spdlog", "@parcel/watcher", "native-watchdog", "@vscode/deviceid", ...npmOpts],
    vscodeDir,
  );
  // ripgrep: Debian's rg instead of the GitHub download
  const rgBin = path.join(vscodeDir, "node_modules/@vscode/ripgrep/bin");
  mkdirSync(rgBin, { recursive: true });
  rmSync(path.join(rgBin, "rg"), { force: true });
  symlinkSync(which("rg") || "/usr/bin/rg", path.join(rgBin, "rg"));
  const link = (target, at) => {
    rmSync(at, { force: true });
    symlinkSync(target, at);
  };
  link("node_modules", path.join(vscodeDir, "node_modules.asar"));
  link("code-linux.sh", path.join(vscodeDir, "bin/remote-cli/code-server"));
  link("browser-linux.sh", path.join(vscodeDir, "bin/helpers/browser.sh"));
  const extDir = path.join(vscodeDir, "extensions");
  step("npm install (built-in extensions)", "npm", ["install", "--omit=dev", "--ignore-scripts", ...npmOpts], extDir);
  step("built-in extensions postinstall", "node", ["./postinstall.mjs"], extDir);
  step("rebuild argon2", "npm", ["rebuild", "argon2", ...npmOpts], staging);

  // smoke check: the server prints its version
  const v = run("node", [path.join(staging, "out/node/entry.js"), "--version"], { quiet: true }).stdout.trim();
  if (!v.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed ${JSON.stringify(v)}`);
  writeFileSync(path.join(staging, ".sourced-install-ok"), `${v.split("\n")[0]}\n`);
  renameSync(staging, CODE_SERVER_DIR);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

export function install({ force = false } = {}) {
  installChromium();
  installCodeServer({ force });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    install({ force: process.argv.includes("--force") });
  } catch (e) {
    console.error(`[vscode-test] install failed: ${e.message}`);
    process.exit(1);
  }
}
