// A command-line tool from a Debian package, for the measuring scripts (bench, count): installed
// with apt-get when missing and this runs as root. Tests never need these tools.
import { spawnSync } from "node:child_process";

/** Whether `command` runs (`command --version`), after installing Debian's `pkg` if it did not and this is root. */
export function ensureDebianTool(command, pkg) {
  const runs = () => spawnSync(command, ["--version"]).status === 0;
  if (runs()) return true;
  if (process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-q"], { env, stdio: "ignore" });
    spawnSync("apt-get", ["install", "-y", "-q", pkg], { env, stdio: "ignore" });
  }
  return runs();
}
