import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/ingest/events';

const type = (text: string) => classifySentence(text)?.type;

describe('classifySentence', () => {
  it.each([
    ['A Russian attack on the southeastern Ukrainian city of Zaporizhzhia late yesterday killed five people and injured three.', 'strike'],
    ['Russian drones struck Odesa overnight.', 'strike'],
    ['A house in the village burned down as a result of UAV shelling, and power lines were damaged.', 'strike'],
    ['Russian forces attacked a farm, setting fire to warehouses.', 'strike'],
    ['The general staff reported heavy fighting in the Pokrovsk sector, with Russian forces launching 56 attacks.', 'fighting'],
    ['12 combat engagements took place in the Kharkiv sector over the day.', 'fighting'],
    ['The report listed nearly 50 attempts by Russian forces to break through Ukrainian defenses near Pokrovsk.', 'fighting'],
    ['Russian forces had taken control of the northeastern Ukrainian city of Kupiansk.', 'control-claim'],
    ['Russian troops have taken the village of Pobieda.', 'control-claim'],
    ['“Also untrue are statements suggesting that 80 per cent of Vovchansk has been captured.', 'control-claim'],
    ['The General Staff announces that Kupiansk is under the control of Ukraine\'s defence forces.', 'control-claim'],
    ['Russia claimed control of Avdeevka on Thursday.', 'control-claim'],
    ['Moscow claims to have captured the village.', 'control-claim'],
    ['The ministry claims to have taken Pobieda.', 'control-claim'],
    ['Russian forces took control of the town.', 'control-claim'],
    ['Russian troops seized the village of Pobieda.', 'control-claim'],
    ['Ukrainian forces liberated the village.', 'control-claim'],
    ['Moscow declared full control over the settlement.', 'control-claim'],
    ['Russia claimed the capture of Pobieda.', 'control-claim'],
    ['Zelensky said after meeting US army secretary Daniel Driscoll in Kyiv that Ukraine and Washington would work together.', 'diplomacy'],
    ['The deal would ask Kyiv to cede control of the eastern Donbas region.', 'diplomacy'],
    ['It makes several concessions, including that Ukrainian forces will withdraw from part of the Donetsk region.', 'diplomacy'],
    ['Healey said the Yantar crew had fired laser beams at the pilots of an RAF P-8.', 'hybrid'],
    ['The coastguard spotted the ship loitering off Limerick, close to transatlantic communication cables.', 'hybrid'],
  ])('%s → %s', (text, expected) => expect(type(text)).toBe(expected));

  it('marks an inferred fight as weak', () => {
    expect(classifySentence('Putin had been briefed on the situation in two key cities, Kostiantynivka and Kramatorsk.')).toMatchObject({ type: 'fighting', weak: true });
  });

  it('marks possibilities and warnings as hypothetical', () => {
    expect(classifySentence('a mother submarine which can launch underwater attack drones capable of cutting cables')?.hypothetical).toBe(true);
    expect(classifySentence('The Air Force had earlier warned of overnight drone threats in the Sumy region.')?.hypothetical).toBe(true);
    expect(classifySentence('Prigozhin said on May 20 that Russian forces had fully gained control of Bakhmut.')?.hypothetical).toBe(false);
  });

  it('finds no event in background', () => {
    expect(classifySentence('Pictures posted online showed streets strewn with rubble.')).toBeUndefined();
  });
});
