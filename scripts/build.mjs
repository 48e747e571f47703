// Bundles the CLI and the extension with esbuild. `--watch` rebuilds on change.
import * as esbuild from "esbuild";

const watch = process.argv.includes("--watch");
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
};
const builds = [
  // The `sourced` command: a small launcher (cli.js) that runs the program (cliProgram.js) with a code cache.
  { ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
  { ...common, entryPoints: ["src/cli/program.ts"], outfile: "dist/cliProgram.js" },
  // The thread that analyses an archive's documents in parallel (for the CLI and the index worker).
  { ...common, entryPoints: ["src/node/analysisThread.ts"], outfile: "dist/analysisThread.js" },
];
// The extension and its worker join the build once they exist.
import { existsSync } from "node:fs";
if (existsSync("src/extension/extension.ts")) {
  builds.push({ ...common, entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] });
}
if (existsSync("src/extension/worker/indexWorker.ts")) {
  builds.push({ ...common, entryPoints: ["src/extension/worker/indexWorker.ts"], outfile: "dist/worker.js" });
}
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
