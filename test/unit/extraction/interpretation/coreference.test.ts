import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { Extraction } from '../../../../src/extraction/types';
import { attribution } from '../../../fixtures/extraction/span-builder';

function speakerName(x: Extraction, quoteStart: string): string | undefined {
  const s = x.statements.find((st) => st.quote.startsWith(quoteStart));
  return x.actors.find((a) => a.key === s?.speakerKey)?.name;
}

describe('coreference of speakers', () => {
  it('"the ministry said" resolves to the earlier ministry, not to the person who spoke last', () => {
    const text =
      'The Foreign Ministry of Ukraine said the ambassador was summoned. Later, Oleh Nikolenko said talks continue. The ministry said a note of protest was delivered.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'The Foreign Ministry of Ukraine', cue: 'said', content: 'the ambassador was summoned' }),
      attribution(text, { source: 'Oleh Nikolenko', cue: 'said', content: 'talks continue' }),
      attribution(text, { source: 'The ministry', cue: 'said', content: 'a note of protest was delivered' }),
    ]);
    expect(speakerName(x, 'a note of protest')).toBe('the Foreign Ministry of Ukraine');
    expect(x.actors.filter((a) => /ministry/i.test(a.name))).toHaveLength(1);
  });

  it('"the ministry said" finds a ministry named only as the parent of a directorate', () => {
    const text = "Andriy Yusov, a representative of the Defense Ministry's Main Intelligence Directorate, said drones were shot down. The ministry said repairs had begun.";
    const x = interpretAttributions(text, [
      attribution(text, { source: "Andriy Yusov, a representative of the Defense Ministry's Main Intelligence Directorate", cue: 'said', content: 'drones were shot down' }),
      attribution(text, { source: 'The ministry', cue: 'said', content: 'repairs had begun' }),
    ]);
    expect(speakerName(x, 'repairs had begun')).toBe('the Defense Ministry');
  });

  it('"she said" resolves to the nearest female speaker, skipping a later male one', () => {
    const text = 'Iryna Vereshchuk said evacuations continue. Dmytro Lubinets said shelters are open. "We need more buses," she said.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Iryna Vereshchuk', cue: 'said', content: 'evacuations continue' }),
      attribution(text, { source: 'Dmytro Lubinets', cue: 'said', content: 'shelters are open' }),
      attribution(text, { source: 'she', cue: 'said', content: '"We need more buses,"' }),
    ]);
    expect(speakerName(x, 'We need more buses')).toBe('Iryna Vereshchuk');
  });

  it('"he said" resolves to the latest male speaker and the statement keeps the pronoun as its source span', () => {
    const text = 'Iryna Vereshchuk said evacuations continue. Dmytro Lubinets said shelters are open. "Stay in the shelters," he said.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Iryna Vereshchuk', cue: 'said', content: 'evacuations continue' }),
      attribution(text, { source: 'Dmytro Lubinets', cue: 'said', content: 'shelters are open' }),
      attribution(text, { source: 'he', cue: 'said', content: '"Stay in the shelters,"' }),
    ]);
    const s = x.statements.find((st) => st.quote.startsWith('Stay'));
    expect(speakerName(x, 'Stay')).toBe('Dmytro Lubinets');
    expect(s?.sourceSpan && text.slice(s.sourceSpan.start, s.sourceSpan.end)).toBe('he');
  });

  it('"the statement said" resolves to the latest organisation speaker, not the latest person', () => {
    const text = 'The Kremlin press service said the visit is planned. Dmitry Peskov said details will follow. "Cooperation will deepen," the statement said.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'The Kremlin press service', cue: 'said', content: 'the visit is planned' }),
      attribution(text, { source: 'Dmitry Peskov', cue: 'said', content: 'details will follow' }),
      attribution(text, { source: 'the statement', cue: 'said', content: '"Cooperation will deepen,"' }),
    ]);
    expect(speakerName(x, 'Cooperation will deepen')).toBe('the Kremlin press service');
  });

  it('a surname alone joins the full name said earlier; a first name alone joins the one person with that first name', () => {
    const text = 'Andriy Kovalenko said the border is calm. Kovalenko said patrols continue. Andriy said nothing else.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Andriy Kovalenko', cue: 'said', content: 'the border is calm' }),
      attribution(text, { source: 'Kovalenko', cue: 'said', content: 'patrols continue', after: 'Kovalenko said patrols' }),
      attribution(text, { source: 'Andriy', cue: 'said', content: 'nothing else', after: 'Andriy said nothing' }),
    ]);
    expect(x.actors.filter((a) => a.type === 'PERSON')).toHaveLength(1);
    expect(x.actors[0]?.aliases).toEqual(['Kovalenko', 'Andriy']);
  });

  it('a surname shared by two people in the article joins the one named nearest before it', () => {
    const text = 'Andriy Yusov said drones were downed. Kirill Yusov said nothing was hit. Yusov said more later.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Andriy Yusov', cue: 'said', content: 'drones were downed' }),
      attribution(text, { source: 'Kirill Yusov', cue: 'said', content: 'nothing was hit' }),
      attribution(text, { source: 'Yusov', cue: 'said', content: 'more later', after: 'Yusov said more' }),
    ]);
    expect(x.actors.map((a) => a.name).sort()).toEqual(['Andriy Yusov', 'Kirill Yusov']);
    expect(speakerName(x, 'more later')).toBe('Kirill Yusov');
  });
});
