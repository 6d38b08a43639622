/**
 * Problems in words: the core (src/core/problems.ts) finds them as data, each with its path;
 * here they become sentences in the current language. Two forms:
 *
 * - `describeProblem` starts with the path (`answers.likeverdighet-1.rating: …`): exact, for
 *   a developer, in the `*-error` event's `message` and in thrown errors;
 * - `describeProblemForUser` starts with where it is in the document's own terms (`Utsagn 1 i
 *   «Likeverdighet»: …`, src/core/locate.ts): what an element shows.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from './number.js';
import { formatPath, type ErrorDetail, type Problem } from '../core/problems.js';
import { locate, type LocateContext, type Place } from '../core/locate.js';
import { quoted } from './quote.js';

export function errorDetail(problems: readonly Problem[], title?: string): ErrorDetail {
  const lines = problems.map((problem) => describeProblem(problem));
  return { problems: structuredClone([...problems]), message: (title ? [title, ...lines] : lines).join('\n') };
}

/** One readable sentence for a problem, in the current locale, starting with its path (for developers). */
export function describeProblem(problem: Problem): string {
  const where = formatPath(problem.path);
  const text = describeWhat(problem);
  return where ? `${where}: ${text}` : text;
}

/** What is wrong, without where: for a message beside the field it is about. */
export const problemText = (problem: Problem): string => describeWhat(problem);

/** Problems about a SAMSON rating's value: said as what a rating can be, not as zod's limit. */
const RATING_CODES: ReadonlySet<Problem['code']> = new Set([
  'too-big',
  'too-small',
  'wrong-type',
  'not-one-of',
  'invalid',
  // A rating is optional: "missing" there can only be a value of the wrong kind.
  'missing',
]);

/**
 * One sentence for a problem as a user reads it, in the current locale: where it is in the
 * document's own words (its fields, statements and indicators by name, `context`), then
 * what is wrong. No path, key chain or index from zero.
 */
export function describeProblemForUser(problem: Problem, context: LocateContext = {}): string {
  let places = locate(problem.path, context).filter((place) => !(place.kind === 'part' && place.key.startsWith('#')));
  let text: string;
  const last = places[places.length - 1];
  if (last?.kind === 'part' && last.key === 'rating' && RATING_CODES.has(problem.code)) {
    places = places.slice(0, -1);
    text = msg('Vurderingen må være et tall fra 1 til 5, eller «Vet ikke / ikke relevant».');
  } else {
    text = describeWhat(problem);
  }
  const where = describePlaces(places);
  return where ? `${where}: ${text}` : text;
}

/** «Utsagn 1 i «Likeverdighet», ideen til tiltak»: the places joined, the first letter a capital. */
export function describePlaces(places: readonly Place[]): string {
  const words = places.map(placeName).join(', ');
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

function placeName(place: Place): string {
  switch (place.kind) {
    case 'field':
      return place.name ? msg(str`feltet «${place.name}»`) : msg(str`felt ${place.number}`);
    case 'statement':
      return place.number && place.field
        ? msg(str`utsagn ${place.number} i «${place.field}»`)
        : place.number
          ? msg(str`utsagn ${place.number}`)
          : msg(str`utsagnet «${place.id}»`);
    case 'value':
      return place.name
        ? msg(str`verdien «${place.name}»`)
        : place.id
          ? msg(str`verdien «${place.id}»`)
          : msg(str`verdi ${place.number ?? ''}`);
    case 'indicator':
      return place.name ? msg(str`indikatoren «${place.name}»`) : msg(str`indikator ${place.number}`);
    case 'entry':
      return entryName(place.of, place.number);
    case 'part':
      return partName(place.key);
  }
}

function entryName(of: string, number: number): string {
  switch (of) {
    case 'measurements':
      return msg(str`måling ${number}`);
    case 'evaluations':
      return msg(str`evaluering ${number}`);
    case 'rounds':
      return msg(str`runde ${number}`);
    case 'responses':
      return msg(str`svar ${number}`);
    case 'parties':
      return msg(str`part ${number}`);
    case 'references':
      return msg(str`kilde ${number}`);
    case 'values':
      return msg(str`verdi ${number}`);
    case 'intro':
      return msg(str`avsnitt ${number}`);
    default:
      return msg(str`nr. ${number}`);
  }
}

/** A property of a SAMSON or SoImpact document in words; one no rule knows is named as it is written. */
function partName(key: string): string {
  switch (key) {
    case 'rating':
      return msg('vurderingen');
    case 'idea':
      return msg('ideen til tiltak');
    case 'text':
      return msg('teksten');
    case 'name':
      return msg('navnet');
    case 'description':
      return msg('beskrivelsen');
    case 'question':
      return msg('spørsmålet');
    case 'prompt':
      return msg('spørsmålet som åpner samtalen');
    case 'title':
      return msg('tittelen');
    case 'label':
      return msg('navnet på svarene');
    case 'party':
      return msg('parten');
    case 'participants':
      return msg('deltakerne');
    case 'createdAt':
      return msg('tidspunktet den ble laget');
    case 'updatedAt':
      return msg('tidspunktet den sist ble endret');
    case 'completedAt':
      return msg('tidspunktet den ble merket ferdig');
    case 'format':
      return msg('filtypen');
    case 'instrument':
      return msg('spørreskjemaet');
    case 'id':
      return msg('id-en');
    case 'version':
      return msg('versjonen');
    case 'date':
      return msg('datoen');
    case 'value':
      return msg('verdien');
    case 'note':
      return msg('merknaden');
    case 'unit':
      return msg('enheten');
    case 'level':
      return msg('nivået');
    case 'baseline':
      return msg('nullpunktet');
    case 'target':
      return msg('målet');
    case 'measurements':
      return msg('målingene');
    case 'evaluations':
      return msg('evalueringene');
    case 'indicators':
      return msg('indikatorene');
    case 'problem':
      return msg('samfunnsproblemet');
    case 'goals':
      return msg('de overordnede målene');
    case 'targetGroups':
      return msg('målgruppene');
    case 'activities':
      return msg('aktivitetene');
    case 'theoryOfChange':
      return msg('endringsteorien');
    case 'inputs':
      return msg('ressursene');
    case 'measurementPlan':
      return msg('måleplanen');
    case 'organisation':
      return msg('organisasjonen');
    case 'period':
      return msg('perioden');
    case 'from':
      return msg('fra-datoen');
    case 'to':
      return msg('til-datoen');
    case 'method':
      return msg('metoden');
    case 'dataSource':
      return msg('datakilden');
    case 'frequency':
      return msg('hvor ofte det måles');
    case 'targetGroup':
      return msg('målgruppen');
    case 'group':
      return msg('gruppen');
    case 'responses':
      return msg('svarene');
    case 'rounds':
      return msg('rundene');
    case 'fields':
      return msg('feltene');
    case 'values':
      return msg('verdiene');
    case 'statements':
      return msg('utsagnene');
    case 'weights':
      return msg('vektingen');
    case 'points':
      return msg('poengene');
    case 'guidance':
      return msg('veiledningen');
    case 'locale':
      return msg('språket');
    case 'collaboration':
      return msg('«Om samarbeidet»');
    case 'references':
      return msg('kildene');
    case 'url':
      return msg('lenken');
    case 'societalValue':
      return msg('samfunnsverdien');
    default:
      return quoted(key);
  }
}

/**
 * A limit or value in a message, in the current language (10 000 in nb, nn and da, 10,000 in
 * en), with all its decimals: a limit or a value the user gave is exact, not rounded. Line
 * numbers and HTTP statuses are left as they are: a spreadsheet and a server show them ungrouped.
 */
const figure = (value: number): string => formatNumber(value, 20);

function describeWhat(problem: Problem): string {
  switch (problem.code) {
    case 'not-json':
      return msg('Filen er ikke gyldig JSON.');
    case 'missing':
      return msg('Dette mangler, men må være med.');
    case 'wrong-type':
      return msg(str`Skal være ${typeName(problem.expected)}.`);
    case 'too-small':
      return problem.of === 'text'
        ? msg(str`Må ha minst ${figure(problem.minimum)} tegn.`)
        : problem.of === 'list'
          ? msg(str`Må ha minst ${figure(problem.minimum)} elementer.`)
          : msg(str`Må være minst ${figure(problem.minimum)}.`);
    case 'too-big':
      return problem.of === 'text'
        ? msg(str`Kan ha høyst ${figure(problem.maximum)} tegn.`)
        : problem.of === 'list'
          ? msg(str`Kan ha høyst ${figure(problem.maximum)} elementer.`)
          : msg(str`Kan være høyst ${figure(problem.maximum)}.`);
    case 'not-one-of':
      return msg(str`Må være én av: ${problem.allowed.join(', ')}.`);
    case 'bad-format':
      return problem.format === 'datetime' || problem.format === 'date'
        ? msg('Må være en dato på formen 2025-03-31 eller 2025-03-31T12:00:00Z.')
        : msg(str`Har feil format (${problem.format}).`);
    case 'duplicate-id':
      return msg(str`Id-en «${problem.id}» er brukt mer enn én gang.`);
    case 'unknown-reference':
      return msg(str`Viser til «${problem.id}», som ikke finnes.`);
    case 'unknown-format':
      return msg(str`Dette er ikke en fil av riktig slag (fant «${problem.found}», ventet «${problem.expected}»).`);
    case 'newer-format':
      return msg(
        str`Filen er laget av en nyere versjon (${problem.found}); denne siden forstår ${problem.expected}. Oppdater samskaping-elements for å åpne den.`,
      );
    case 'other-instrument':
      return msg(str`Disse svarene hører til et annet spørreskjema («${problem.found}»), ikke «${problem.expected}».`);
    case 'fetch-failed':
      return problem.status
        ? msg(str`Kunne ikke laste ${problem.url} (HTTP ${problem.status}).`)
        : msg(str`Kunne ikke laste ${problem.url}.`);
    case 'fetch-timeout':
      return msg(str`${problem.url} svarte ikke innen ${figure(problem.seconds)} sekunder.`);
    case 'too-large':
      return msg(str`${problem.url} er for stor (over ${figure(Math.round(problem.maximum / 1048576))} MB) og ble ikke lastet.`);
    case 'not-data':
      return msg(str`${problem.url} gir en nettside, ikke en datafil. Sjekk at adressen går rett til filen.`);
    case 'invalid':
      return msg('Verdien er ikke gyldig.');
    case 'target-equals-baseline':
      return msg(
        str`Måltallet er det samme som nullpunktet (${figure(problem.value)}), så det er ingen endring å måle fremgang mot. Velg et annet måltall.`,
      );
    case 'out-of-order':
      return problem.line
        ? msg(
            str`Linje ${problem.line}: datoen ${problem.date} kommer før ${problem.previous} på linjen over. Målingene må stå i datorekkefølge.`,
          )
        : msg(str`Datoen ${problem.date} kommer før ${problem.previous}. Målingene må stå i datorekkefølge.`);
    case 'same-date':
      return msg(str`Det er allerede en måling ${problem.date}. En indikator kan ha bare én måling per dato.`);
    case 'target-before-baseline':
      return msg(str`Måldatoen ${problem.date} kommer før datoen for nullpunktet (${problem.baseline}).`);
    case 'missing-column':
      return msg(
        str`Kolonnen «${problem.column}» mangler. Første linje må være overskriftene indicator, date, value (og eventuelt note).`,
      );
    case 'bad-cell':
      return problem.expected === 'number'
        ? msg(str`Linje ${problem.line}: «${problem.found}» i kolonnen ${problem.column} er ikke et tall.`)
        : problem.expected === 'date'
          ? msg(str`Linje ${problem.line}: «${problem.found}» i kolonnen ${problem.column} er ikke en dato på formen 2025-03-31.`)
          : msg(
              str`Linje ${problem.line}: «${problem.found}» i kolonnen ${problem.column} er ikke en gyldig id (små bokstaver, tall og bindestrek).`,
            );
    case 'duplicate-row':
      return msg(str`Linje ${problem.line}: indikatoren «${problem.indicator}» har allerede en måling ${problem.date}.`);
    case 'unknown-indicator':
      return problem.line
        ? msg(str`Linje ${problem.line}: indikatoren «${problem.id}» finnes ikke i planen.`)
        : msg(str`Indikatoren «${problem.id}» finnes ikke i planen.`);
    case 'no-data':
      return msg('Det er ingen målinger her.');
    case 'storage-blocked':
      return msg('Nettleseren tillater ikke lagring på denne enheten (lagring er slått av).');
    case 'storage-full':
      return msg('Lagringsplassen i nettleseren er full.');
    case 'storage-conflict':
      return msg(
        str`En annen fane eller et annet skjema på siden har lagret under samme navn («${problem.key}»). Begge versjonene er tatt vare på.`,
      );
    case 'bad-argument':
      return msg(
        str`Fikk «${problem.found}», men trenger et helt tall fra ${figure(problem.minimum)} til ${figure(problem.maximum)}.`,
      );
  }
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return msg('tekst');
    case 'number':
    case 'int':
      return msg('et tall');
    case 'array':
      return msg('en liste');
    case 'object':
    case 'record':
      return msg('et objekt');
    case 'boolean':
      return msg('sann eller usann');
    default:
      return expected;
  }
}
