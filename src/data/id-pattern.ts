/**
 * Ids are stable slugs (docs/data-format.md#ids): up to 200 characters, any script, no spaces
 * (they appear in URLs), no commas (URL lists use them), no control characters, no lone
 * surrogates and no noncharacters (they break URLs, SVG and terminals). The dashboard's
 * addresses use this pattern too. Import-free: index.html's first reads use it (early-reads.ts).
 */
export const ID_PATTERN = /^[^\s,\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]{1,200}$/u
