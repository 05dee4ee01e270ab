// Stands in for d3-interpolate (vite.config.ts aliases the package name to this module).
// d3-zoom imports only interpolateZoom from it, but the package's single ES module builds its
// colour interpolators at load time, which keeps all of it and d3-color in the bundle (about
// 15 KB minified). This is d3-interpolate 3.0's interpolateZoom (van Wijk and Nuij's smooth
// zoom with ρ = √2), copyright 2010-2026 Mike Bostock, ISC licence.
type ZoomView = [number, number, number];

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);
const RHO = Math.SQRT2;

/** Interpolates between views [cx, cy, width], zooming out and back in along the way. */
export function interpolateZoom(
  [ux0, uy0, w0]: ZoomView,
  [ux1, uy1, w1]: ZoomView,
): ((t: number) => ZoomView) & { duration: number } {
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let i: (t: number) => ZoomView;
  if (d2 < 1e-12) {
    // The centres (nearly) coincide: zoom only.
    S = Math.log(w1 / w0) / RHO;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + 4 * d2) / (2 * w0 * 2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - 4 * d2) / (2 * w1 * 2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
