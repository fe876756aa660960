/** The rule lives in the model, where the broadcast cards read it too. */
export { readableTextOn } from '../model/readable-text.ts'
