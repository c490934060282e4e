/**
 * Folds text for matching names the way people expect: case, accents and runs of spaces
 * do not matter, so "Płatność  online" matches "platnosc online". Polish ł has no
 * Unicode decomposition and is mapped by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
