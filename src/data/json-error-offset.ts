/**
 * Where a JSON text stops being JSON: the offset of the first character a strict parser
 * rejects, or null when the text is valid. Used when the runtime's JSON.parse message gives no
 * position (Node 20 says only "Unexpected token").
 */
export function findJsonErrorOffset(text: string): number | null {
  let at = 0
  const fail = (): never => {
    throw new JsonStop(at)
  }
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1
  }
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[at] !== ch) fail()
      at += 1
    }
  }
  const string = () => {
    at += 1
    while (at < text.length && text[at] !== '"') {
      const ch = text.charCodeAt(at)
      if (ch < 0x20) fail()
      if (text[at] === '\\') {
        at += 1
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail()
          at += 4
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail()
      }
      at += 1
    }
    if (text[at] !== '"') fail()
    at += 1
  }
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400))
    if (match === null) fail()
    at += match?.[0].length ?? 0
  }
  const list = (close: string, item: () => void) => {
    at += 1
    space()
    if (text[at] === close) {
      at += 1
      return
    }
    for (;;) {
      item()
      space()
      if (text[at] === close) {
        at += 1
        return
      }
      if (text[at] !== ',') fail()
      at += 1
      space()
    }
  }
  const value = (): void => {
    space()
    const ch = text[at]
    if (ch === '{') {
      list('}', () => {
        if (text[at] !== '"') fail()
        string()
        space()
        if (text[at] !== ':') fail()
        at += 1
        value()
      })
    } else if (ch === '[') list(']', value)
    else if (ch === '"') string()
    else if (ch === 't') literal('true')
    else if (ch === 'f') literal('false')
    else if (ch === 'n') literal('null')
    else number()
  }
  try {
    value()
    space()
    return at < text.length ? at : null
  } catch (error) {
    if (error instanceof JsonStop) return error.offset
    throw error
  }
}

class JsonStop extends Error {
  readonly offset: number
  constructor(offset: number) {
    super(`not JSON at ${offset}`)
    this.offset = offset
  }
}
