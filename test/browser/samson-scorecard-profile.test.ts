// With <samson-profile> on the page, the results and the report show the spider profile of
// the current response; the score table stays beside it as the accessible alternative.
import { expect } from '@open-wc/testing';
import '../../src/elements/samson-profile/define.js';
import type { SamsonProfile } from '../../src/elements/samson-profile/samson-profile.js';
import { samsonNb } from '../../src/content/samson/index.js';
import { scorecardSteps, stepIndex } from '../../src/elements/samson-scorecard/steps.js';
import { expectAccessible, openField, openStep, rate, scorecard, settle, shadow } from '../fixtures/samson-scorecard-helpers.js';

afterEach(() => localStorage.clear());

describe('with <samson-profile> defined', function () {
  this.timeout(30_000);

  it('shows the profile of the current response next to the score table, and follows edits', async () => {
    const el = await scorecard();
    await openField(el, 0);
    for (const statement of samsonNb.fields[0]!.statements) await rate(el, statement.id, 4);
    await openStep(el, stepIndex(scorecardSteps(samsonNb), 'results'));
    const profile = shadow(el).querySelector('samson-profile')!;
    expect(profile, 'a <samson-profile> in the results').to.exist;
    expect(profile.responses).to.deep.equal([el.response]);
    expect(profile.instrument.id).to.equal(el.instrument.id);
    expect(shadow(el).querySelector('table.scores'), 'the table stays').to.exist;
    await settle(profile as never);
    await expectAccessible(el, 'results with the profile');

    await openField(el, 1);
    await rate(el, samsonNb.fields[1]!.statements[0]!.id, 2);
    await openStep(el, stepIndex(scorecardSteps(samsonNb), 'report'));
    const inReport = shadow(el).querySelector<SamsonProfile>('.report samson-profile')!;
    expect(inReport.responses[0]!.answers[samsonNb.fields[1]!.statements[0]!.id]).to.deep.equal({ rating: 2 });
  });
});
