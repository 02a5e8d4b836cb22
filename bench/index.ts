// npm run bench — every benchmark, one after the other; each prints its own figures.
import { execFileSync } from 'node:child_process'

for (const file of ['bench/rules.ts', 'bench/household-import.ts']) {
  console.log(`\n== ${file}`)
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', file], { stdio: 'inherit' })
}
