/**
 * The broadcast cards (docs/exporting.md#broadcast-graphics) and the shapes they come in: full
 * frame 16:9 (1920×1080) or square (1080×1080), or a 16:9 lower third (docs/exporting.md#templates).
 */
export const CARD_KINDS = ['standings', 'gap', 'h2h', 'clinch', 'permutations'] as const
export type CardKind = (typeof CARD_KINDS)[number]
export type CardShape = 'wide' | 'square' | 'lower-third'

/**
 * How the streaming overlay frames its card (view=overlay&frame=…, docs/exporting.md#templates):
 * the full frame, or a lower third across the foot of the picture.
 */
export const OVERLAY_FRAMES = ['full', 'lower-third'] as const
export type OverlayFrame = (typeof OVERLAY_FRAMES)[number]

export const CARD_SIZES: Readonly<
  Record<CardShape, { readonly width: number; readonly height: number }>
> = {
  wide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
  'lower-third': { width: 1920, height: 1080 },
}
