import { contentVersion } from './content-version.ts'
import type { Fault } from './fault.ts'
import { MANIFEST_FILE, type Manifest } from './manifest-schema.ts'

/**
 * Whether a manifest tells the truth about the files (docs/data-format.md#the-manifest): a
 * version that does not match a file's text means viewers keep the old file; a file that exists
 * but is not listed is never fetched. `texts`: each file of the season that exists → its text.
 * `unread`: files there but refused unread (a FIFO, a device, over the size limit): their own
 * fault says why, and the manifest is not blamed for them.
 */
export function checkManifest(
  manifest: Manifest,
  texts: ReadonlyMap<string, string>,
  fix: string,
  unread: ReadonlySet<string> = new Set(),
): ReadonlyArray<Fault> {
  const faults: Array<Fault> = []
  const listed = new Map(Object.entries(manifest.files))
  for (const [path, { version }] of listed) {
    if (unread.has(path)) continue
    const text = texts.get(path)
    const path_ = `files["${path}"].version`
    if (text === undefined)
      faults.push({
        file: MANIFEST_FILE,
        path: path_,
        message: `lists ${path}, which does not exist; ${fix}`,
      })
    else if (contentVersion(text) !== version)
      faults.push({
        file: MANIFEST_FILE,
        path: path_,
        message: `is "${version}", but ${path} has changed (now "${contentVersion(text)}"): viewers would keep the old file; ${fix}`,
      })
  }
  for (const path of texts.keys())
    if (!listed.has(path))
      faults.push({
        file: MANIFEST_FILE,
        path: 'files',
        message: `does not list ${path}: viewers would never fetch it; ${fix}`,
      })
  return faults
}
