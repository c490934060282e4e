import * as functions from '../../src/functions';
import { FUNCTION_HELP, UI_TEXTS } from '../../src/addon/messages';

// The Help dialog lists every custom function, and says what each gives in Polish too.
describe('Help texts', () => {
  const listed = FUNCTION_HELP.map(([signature]) => signature.slice(0, signature.indexOf('(')));

  it('lists every custom function the bundle exports, once', () => {
    expect([...listed].sort()).toEqual(Object.keys(functions).sort());
  });

  it('has a Polish meaning for every function, not the English fallback', () => {
    const untranslated = FUNCTION_HELP.filter(([signature, english]) => UI_TEXTS.pl.meaning(signature, english) === english).map(([s]) => s);
    expect(untranslated).toEqual([]);
  });
});
