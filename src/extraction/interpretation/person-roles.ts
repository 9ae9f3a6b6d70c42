/**
 * Nouns for a person by office or part: "the mayor", "the Republican nominee", "the senator",
 * "the Wisconsin Republican".
 * Such a nominal is a person of the article described by that noun (or its title: "Sen.",
 * "Gov."), never an organisation; when no one fits, the source names no entity.
 */
export const PERSON_ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  president: ['president'], 'vice president': ['vice president'], senator: ['senator', 'sen.', 'sen'],
  governor: ['governor', 'gov.', 'gov'], mayor: ['mayor'], congressman: ['congressman', 'rep.', 'representative'],
  congresswoman: ['congresswoman', 'rep.', 'representative'], representative: ['representative', 'rep.'],
  nominee: ['nominee', 'candidate'], candidate: ['candidate', 'nominee'], spokesman: ['spokesman', 'spokesperson'],
  spokeswoman: ['spokeswoman', 'spokesperson'], spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  secretary: ['secretary'], minister: ['minister'], chairman: ['chairman', 'chair'], chairwoman: ['chairwoman', 'chair'],
  commissioner: ['commissioner'], director: ['director'], doctor: ['doctor', 'dr.', 'physician'], economist: ['economist'],
  pollster: ['pollster'], host: ['host'], anchor: ['anchor'], businessman: ['businessman', 'mogul'], billionaire: ['billionaire', 'businessman', 'mogul'],
  leader: ['leader'], speaker: ['speaker'], attorney: ['attorney', 'lawyer'], lawyer: ['lawyer', 'attorney'], judge: ['judge'],
  republican: ['republican', 'gop'], democrat: ['democrat', 'democratic'],
  // Nouns the news calls people by, which name no organisation when no one fits: "the mogul",
  // "the retired neurosurgeon", "the moderator", "the man".
  mogul: ['mogul', 'tycoon', 'businessman', 'billionaire'], tycoon: ['tycoon', 'mogul', 'businessman', 'billionaire'],
  neurosurgeon: ['neurosurgeon', 'surgeon'], surgeon: ['surgeon', 'neurosurgeon'], socialist: ['socialist'],
  moderator: ['moderator'], manager: ['manager'], admiral: ['admiral', 'adm.', 'adm'], general: ['general', 'gen.', 'gen'],
  columnist: ['columnist'], commentator: ['commentator'], actor: ['actor'], actress: ['actress'], star: ['star'],
  narrator: ['narrator'], founder: ['founder'], executive: ['executive', 'ceo'], man: ['man'], woman: ['woman'],
  person: ['person'],
};

/** True for a head noun that names a person by office ("the mayor", "the GOP candidate"). */
export function isPersonRoleNoun(head: string): boolean {
  const last = head.toLowerCase().trim().split(/\s+/).pop() ?? '';
  return PERSON_ROLE_TITLES[last] !== undefined || PERSON_ROLE_TITLES[head.toLowerCase().trim()] !== undefined;
}
