// Bundles src/ once into build/test-dist so CLI tests run the current sources, not dist/.
import { execFileSync } from 'node:child_process';
export default function globalSetup() {
  execFileSync(process.execPath, ['scripts/bundle.mjs', 'build/test-dist'], { stdio: 'inherit' });
}
