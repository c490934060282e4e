import vm from 'node:vm';
import { htmlServiceValue } from '../../local/htmlServiceValue';

describe('htmlServiceValue: what google.script.run can carry', () => {
  it('passes plain data through, and an undefined result as null', () => {
    expect(htmlServiceValue({ ok: true, counts: { fix: 2 }, names: ['a', 'b'], none: null })).toEqual({ ok: true, counts: { fix: 2 }, names: ['a', 'b'], none: null });
    expect(htmlServiceValue(undefined)).toBeNull();
  });

  it('refuses a Date, also from another realm and deep inside, naming where it is', () => {
    expect(() => htmlServiceValue({ tab: 'Grid', built: { at: new Date(0) } }, 'the result of build')).toThrow(
      'google.script.run cannot carry a Date (the result of build.built.at)',
    );
    expect(() => htmlServiceValue([1, vm.runInNewContext('new Date(0)')])).toThrow('cannot carry a Date (the value[1])');
  });

  it('refuses functions', () => {
    expect(() => htmlServiceValue({ run: () => 1 })).toThrow('cannot carry a function (the value.run)');
  });
});
