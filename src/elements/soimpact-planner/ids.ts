/**
 * A stable id from an indicator's name, so that a CSV file reads `antall-intervjuer`
 * rather than `indicator-3`: lower case, Norwegian and Danish letters spelled out,
 * anything else a hyphen, made unique among `taken`.
 */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/[øö]/g, 'o')
      .replace(/[åä]/g, 'a')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/g, '') || 'indikator';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
