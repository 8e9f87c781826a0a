/** Points to twentieths of a point, Word's unit for spacing, indents and page sizes. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to half-points, Word's unit for font sizes. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Points to the pixels (96 to the inch) in which the docx package takes image sizes. */
export function pixels(points: number): number {
  return Math.round((points * 96) / 72);
}
