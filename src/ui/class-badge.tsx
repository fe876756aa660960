import type { ClassDef } from '../engine/types.ts'
import { readableTextOn } from '../model/readable-text.ts'

/** The class name on the class colour; text is always present, never colour alone. */
export function ClassBadge({ classDef }: { readonly classDef: ClassDef }) {
  const color = classDef.color
  return (
    <span
      className="class-badge"
      style={
        color === undefined ? undefined : { backgroundColor: color, color: readableTextOn(color) }
      }
    >
      {classDef.name}
    </span>
  )
}
