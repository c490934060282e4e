import { NPS_SAMPLE_SIZE } from '../../src/functions/npsSampleSize';

describe('NPS_SAMPLE_SIZE', () => {
  it('gives the worst case without shares: ⌈z²/(margin/100)² − 3⌉', () => {
    // ⌈1.959964² / 0.05² − 3⌉ = ⌈1536.58 − 3⌉ = 1534; at 99%: ⌈2.575829² / 0.0025 − 3⌉ = ⌈2653.9 − 3⌉ = 2651
    expect(NPS_SAMPLE_SIZE(5)).toBe(1534);
    expect(NPS_SAMPLE_SIZE(5, 0.99)).toBe(2651);
    expect(NPS_SAMPLE_SIZE('5' as never, '' as never)).toBe(1534);
  });

  it('searches with the expected shares, read as fractions or percentages', () => {
    expect(NPS_SAMPLE_SIZE(5, 0.95, 0.95, 0)).toBe(120);
    expect(NPS_SAMPLE_SIZE(5, 0.95, 95, 0)).toBe(120);
    expect(NPS_SAMPLE_SIZE(10, 0.95, 50, 20)).toBe(NPS_SAMPLE_SIZE(10, 0.95, 0.5, 0.2));
  });

  it.each([
    [[0.4], 'NPS_SAMPLE_SIZE: margin 0.4 is not allowed; allowed: NPS points from 0.5 to 50'],
    [[60], 'NPS_SAMPLE_SIZE: margin 60 is not allowed'],
    [[''], 'NPS_SAMPLE_SIZE: margin is missing'],
    [[5, 1.5], 'NPS_SAMPLE_SIZE: confidence 1.5 is not allowed'],
    [[5, 0.95, 0.5], 'NPS_SAMPLE_SIZE: promoters is given without detractors; give both expected shares, or neither for the worst case'],
    [[5, 0.95, '', 0.2], 'NPS_SAMPLE_SIZE: detractors is given without promoters'],
    [[5, 0.95, 0.7, 0.4], 'NPS_SAMPLE_SIZE: promoters 70% and detractors 40% add up to more than 100%'],
    [[5, 0.95, 120, 0], 'NPS_SAMPLE_SIZE: promoters 120 is not allowed; allowed: a share from 0 to 1 (0.4), or a percentage above 1 up to 100 (40)'],
    [[5, 0.95, -0.1, 0], 'NPS_SAMPLE_SIZE: promoters -0.1 is not allowed'],
  ])('refuses %j', (args, message) => {
    expect(() => (NPS_SAMPLE_SIZE as (...a: unknown[]) => number)(...args)).toThrow(message);
  });
});
