import { build } from 'esbuild'

/**
 * `entry` and what it imports bundled into one ES module for Node at `outfile`, as a published
 * tool would ship (tsx would add its own cost to every function); returns `outfile`.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  })
  return outfile
}
