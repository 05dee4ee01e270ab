// A linear scale with exactly the surface d3-zoom's rescaleX and the axis use (call, domain,
// range, invert, copy). d3-scale's linear scale would pull in d3-array, d3-format and its tick
// formatting machinery, which this component never uses: ticks come from UTC calendar intervals
// and labels from Intl.

export interface LinearScale {
  (value: number | { valueOf(): number }): number;
  domain(): [number, number];
  domain(domain: Iterable<number | { valueOf(): number }>): LinearScale;
  range(): [number, number];
  range(range: Iterable<number>): LinearScale;
  invert(pixel: number): number;
  copy(): LinearScale;
}

export function scaleLinear(d0 = 0, d1 = 1, r0 = 0, r1 = 1): LinearScale {
  let domain: [number, number] = [d0, d1];
  let range: [number, number] = [r0, r1];
  const scale = ((value: number | { valueOf(): number }) => {
    const t = (+value - domain[0]) / (domain[1] - domain[0] || 1);
    return range[0] + t * (range[1] - range[0]);
  }) as LinearScale;
  scale.domain = ((next?: Iterable<number | { valueOf(): number }>) => {
    if (next === undefined) return [...domain];
    const [a = 0, b = 1] = [...next].map(Number);
    domain = [a, b];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: Iterable<number>) => {
    if (next === undefined) return [...range];
    const [a = 0, b = 1] = [...next].map(Number);
    range = [a, b];
    return scale;
  }) as LinearScale['range'];
  scale.invert = (pixel) =>
    domain[0] + ((pixel - range[0]) / (range[1] - range[0] || 1)) * (domain[1] - domain[0]);
  scale.copy = () => scaleLinear(domain[0], domain[1], range[0], range[1]);
  return scale;
}
