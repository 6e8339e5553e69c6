/**
 * The vocabulary of speaker labels: what names a kind of speaker, what belongs to a role, and
 * the particles inside names (speaker-names.ts reads labels with it).
 */

/** Labels that name a kind of speaker, not a person (compared lower-case, without trailing punctuation). */
export const GENERIC_LABELS = new Set([
  'question',
  'questions',
  'remark',
  'remarks',
  'reply',
  'replies',
  'response',
  'comment',
  'comments',
  'voice',
  'voices',
  'answer',
  'q',
  'a',
  'interpreter',
  'translator',
  'moderator',
  'the moderator',
  'operator',
  'volunteers',
  'volunteer',
  'audience',
  'audience member',
  'audience members',
  'crowd',
  'journalist',
  'journalists',
  'correspondent',
  'reporter',
  'participant',
  'participants',
  'host',
  'presenter',
  'speaker',
  'unidentified speaker',
  'man',
  'woman',
  'men',
  'women',
  'student',
  'students',
  'schoolchildren',
  'children',
  'child',
  'pupil',
  'pupils',
  'resident',
  'residents',
  'applause',
  'laughter',
  'someone',
  'somebody',
  'all',
  'everyone',
  'together',
  'chorus',
  'unknown',
  'announcer',
  'narrator',
  'press secretary',
  'voice from the audience',
  'question from the audience',
  'members of the audience',
  'member of the audience',
  'off-camera',
  'off camera',
]);

/** "Question from Izhevsk", "Remark from the audience", "Voice off-camera" ... */
export const GENERIC_PREFIX = /^(question|questions|remark|reply|response|comment|voice|voices|answer|audience member)\b/i;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Words of a body or organisation in a role ("Accounts Chamber", "ABC News"): never a name, and no title (compared lower-case). */
export const BODY_WORDS = new Set(
  words(`region territory republic federation federal state agency museum board company association committee
  council government ministry service bank university academy institute centre center fund foundation union
  party duma assembly corporation group programme program line crew farm collective affairs office
  administration department authority commission court chamber staff
  news newspaper newspapers magazine syndicate broadcasting network television radio channel system international`),
);

/** Words that belong to a role, never to a name (compared lower-case): titles, bodies and function words. */
export const ROLE_WORDS = new Set([
  ...words(`president vice-president presidential prime minister ministers deputy first governor acting head heads director
  directors general chairman chairwoman chair chairperson chief executive ceo cfo coo officer secretary press
  spokesman spokeswoman spokesperson host presenter anchor mayor ambassador envoy representative plenipotentiary
  speaker senator congressman congresswoman member members leader commander commander-in-chief admiral rear
  colonel lieutenant major captain sergeant marshal patriarch metropolitan archbishop bishop mufti rabbi imam
  priest king queen prince princess emperor emir sultan sheikh chancellor premier mr mrs ms miss dr doctor
  professor academician rector dean founder owner manager engineer farmer worker workers miner driver pilot
  cosmonaut astronaut paramedic nurse teacher student journalist columnist editor editor-in-chief correspondent
  reporter commentator writer poet artist actor actress singer composer conductor scientist researcher
  economist analyst expert lawyer judge prosecutor ombudsman commissioner adviser advisor aide assistant
  administrator agent coordinator organiser organizer participant volunteer veteran athlete coach champion
  resident pensioner mother father student-volunteer moderator interpreter operator`),
  ...BODY_WORDS,
  ...words('of the for from at in and on to with by a an'),
]);

/** Lower-case particles inside names: "Dmitry de Koshko", "Mohammed bin Salman", "Ahmed al Tayeb". */
export const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'le',
  'la',
  'du',
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'ben',
  'abu',
  'y',
  'zu',
]);

/** Honorifics alone are no role: "MR. NIXON" -> person "Nixon", role null. */
export const HONORIFICS = /^(mr|mrs|ms|miss|mme|mister)\.?$/i;

/** Words that open a prepositional role part: what follows them up to the name is a place or organisation. */
export const ROLE_PREPOSITIONS = new Set(['of', 'the', 'for', 'from', 'at', 'in', 'and', 'on', 'to', 'with', 'by']);
