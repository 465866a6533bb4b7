// Issue 19's readings: each everyday sentence read as a person reads it (who did what, at which
// stage, with whom), and the parents' email drafted at collaborate on all five stages. The sentences
// go through the same tagger `copro draft` loads (wink-nlp), so these test the whole reading.
import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { draftProject } from '../../../../src/core/draft/draft.js';
import { levelRank } from '../../../../src/core/framework/levels.js';
import { bodyOf } from '../../../../src/core/reader/furniture.js';
import type { StageEntry } from '../../../../src/core/model/types.js';
import { tagSentence } from '../../../../src/io/tagger.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const draft = (text: string, extra: { title?: string; date?: string } = {}) =>
  draftProject(framework, { text, ...extra }, 'Draft', tagSentence);
const stageOf = (text: string, stage: string): StageEntry | undefined => draft(text).project.stages[stage];
const rank = (level: string | undefined) => (level === undefined ? -1 : levelRank(framework, level));
const answerOf = (text: string, id: string) => draft(text).project.answers[id]?.answer;
/** The strongest term the drafted file's evidence supports. */
const supportedTerm = (text: string) => assessProject(framework, draft(text).project).terms.supported?.id;

describe('the sentences of issue 19, each with the reading a person gives it', () => {
  it('a vote overruled is consult at most', () => {
    const decide = stageOf(
      'Residents voted overwhelmingly against the plans, but the council approved them anyway.',
      'decide',
    );
    expect(decide?.level).toBe('consult');
    expect(decide?.suggested).toBe(true);
  });

  it('a vote on options officers drew up, the final decision kept by the committee, is not delegate', () => {
    const decide = stageOf(
      'Officers drew up three options and residents could vote on them, with the final decision staying with the committee.',
      'decide',
    );
    expect(['consult', 'involve']).toContain(decide?.level);
  });

  it('a panel voting to recommend is involve', () => {
    expect(stageOf('The panel voted to recommend option B to the cabinet.', 'decide')?.level).toBe('involve');
  });

  it('officers setting priorities after listening events is define: consult, and strategic power is not yes', () => {
    const text = 'Officers set the priorities after listening events with residents.';
    expect(stageOf(text, 'define')?.level).toBe('consult');
    expect(answerOf(text, 'shared-power.strategic')).not.toBe('yes');
  });

  it('staff consulting a group about a leaflet is deliver: consult, and co-delivery is not yes', () => {
    const text = 'Staff consulted the peer support group about the new leaflet.';
    expect(stageOf(text, 'deliver')?.level).toBe('consult');
    expect(answerOf(text, 'shared-roles.co-delivery')).not.toBe('yes');
  });

  it('an invitation to co-design that few took up is not collaborate', () => {
    const design = stageOf('Parents were invited to co-design sessions but few attended.', 'design');
    expect(rank(design?.level)).toBeLessThan(rank('collaborate'));
  });

  it('a vote next year is not yet, with delegate as the plan', () => {
    const decide = stageOf('Next year residents will vote on how the £50,000 is spent.', 'decide');
    expect(decide).toMatchObject({ level: 'not-yet', plan: 'delegate', suggested: true });
  });

  it('"little by little" is no negation: tenants setting the priorities is define: delegate', () => {
    expect(
      stageOf('Little by little, tenants took over the hall and now set the priorities every year.', 'define')?.level,
    ).toBe('delegate');
  });

  it('an equal vote on an interview panel is decide: collaborate, and a decide-stage vote alone does not support co-design', () => {
    const text = 'Tenants sat on the interview panel and had an equal vote on who was appointed.';
    expect(stageOf(text, 'decide')?.level).toBe('collaborate');
    expect(supportedTerm(text)).not.toBe('co-design');
  });

  it('a lived experience panel giving feedback on a draft is design: consult (the label is no answer)', () => {
    expect(stageOf('Our lived experience panel gave feedback on the draft strategy.', 'design')?.level).toBe('consult');
  });

  it('workshops, then officers designing the service, is design: consult', () => {
    expect(
      stageOf('We held workshops with young people, but officers designed the final service.', 'design')?.level,
    ).toBe('consult');
  });

  it('an independent evaluation by interviews is evaluate: consult, and acted-on is not yes', () => {
    const text = 'The evaluation was carried out by an independent university team who interviewed participants.';
    expect(stageOf(text, 'evaluate')?.level).toBe('consult');
    expect(answerOf(text, 'accountability.acted-on')).not.toBe('yes');
  });

  it('"peer research" as a label is quoted, not read as collaborate', () => {
    const evaluate = stageOf('Peer research found that people felt unheard.', 'evaluate');
    expect(rank(evaluate?.level)).toBeLessThan(rank('collaborate'));
  });

  it('a community vote on a name is decide: delegate, with no budget to make it participatory budgeting', () => {
    const text = 'The community voted on a name for the new park.';
    expect(stageOf(text, 'decide')?.level).toBe('delegate');
    expect(answerOf(text, 'shared-power.resources')).not.toBe('yes');
  });

  it('young people paid as peer researchers: paid for their time, and evaluate at involve or more', () => {
    const text = 'Young people were paid £15 an hour for their time as peer researchers.';
    expect(answerOf(text, 'support.paid-for-time')).toBe('yes');
    expect(rank(stageOf(text, 'evaluate')?.level)).toBeGreaterThanOrEqual(rank('involve'));
  });
});

describe('what is not done, not said or not the body', () => {
  it('a self-label used as a verb is quoted at its stage with the level left to a person', () => {
    expect(stageOf('We co-designed the new service.', 'design')).toMatchObject({ level: 'unknown', suggested: true });
  });

  it('the service side acting "with" the community is not the work shared: involve at most', () => {
    expect(stageOf('Staff ran weekly sessions with young people.', 'deliver')?.level).toBe('involve');
    expect(stageOf('The tenants ran the hall with council officers.', 'deliver')?.level).toBe('collaborate');
  });

  it('the sender\'s "we" alone does not show whose stage it was', () => {
    expect(stageOf('We are a group of tenants. We chose the name ourselves.', 'decide')?.level).toBe('unknown');
  });

  it('a participle after a comma is done to those before it, not by them', () => {
    const text =
      'We were 100 residents picked at random, chosen to look like the town, and we voted on recommendations.';
    expect(stageOf(text, 'decide')?.level).toBe('involve');
  });

  it('an aim is not an action: quoted at its stage for a person, with no level', () => {
    const stages = draft('We are committed to designing services in partnership with residents.').project.stages;
    expect(Object.keys(stages)).toEqual(['design']);
    expect(stages.design).toMatchObject({ level: 'unknown', suggested: true });
  });

  it('a negation stops at its clause: staff did not run it, tenants ran it', () => {
    expect(stageOf('Staff did not run the hall; tenants ran it themselves.', 'deliver')?.level).toBe('delegate');
    // Said not to have happened: quoted for a person, never a level.
    expect(stageOf('Tenants were not involved in running the hall.', 'deliver')).toMatchObject({ level: 'unknown' });
  });

  it('reads the body only: subject, greeting, signature, quoted reply and footer are not evidence', () => {
    const email = [
      'Subject: Co-design example',
      'Date: Tue, 3 Nov 2026 10:00:00 +0000',
      '',
      'Dear network,',
      '',
      'Tenants ran the summer club themselves.',
      '',
      'Kind regards,',
      'Jo Bloggs',
      'Senior Policy Officer, Anytown Council',
      'It would help with funding.',
      '',
      '> On Monday residents decided together with officers how the budget was spent.',
      '',
      'This email and any attachments are confidential.',
    ].join('\n');
    const body = bodyOf(email, framework.cues?.reader?.furniture);
    expect(body.text).toBe('Tenants ran the summer club themselves.');
    expect(body.title).toBe('Co-design example');
    const outcome = draft(email);
    expect(Object.keys(outcome.project.stages)).toEqual(['deliver']);
    expect(outcome.project.name).toBe('Co-design example');
    expect(outcome.project.answers['embedded.mainstream']).toBeUndefined();
    expect(outcome.project.answers['embedded.resourced']).toBeUndefined();
  });

  it('takes the sender’s side from a signature, and reads "we" as that side', () => {
    const email =
      'We redesigned the repairs service together.\n\nKind regards,\nJo Bloggs\nTenant Participation Officer, Anytown Council';
    const outcome = draft(email);
    expect(outcome.senderSide).toBe('service');
    // "together" from the service side, with no tenant named, does not show the two sides sharing the work.
    expect(outcome.project.stages.design?.level).toBe('unknown');
  });

  it('takes the organisation from the signature or the sign-off, before the names in the body', () => {
    const role = 'The Health Board ran it.\n\nBest,\nMichelle\nVolunteer Engagement Officer, VOX Scotland';
    expect(draft(role).project.organisation).toBe('VOX Scotland');
    const group =
      'We met the council every month.\n\nThanks,\nAmy\nThe Respite Matters group\n\n> On 3 May, Jo wrote:\n> Hi';
    expect(draft(group).project.organisation).toBe('Respite Matters group');
  });

  it('takes a last paragraph that is a name and a few short lines as a signature, with no sign-off above it', () => {
    const unsigned = 'We met the council every month.\n\nAmy\nThe Respite Matters group';
    expect(bodyOf(unsigned, framework.cues?.reader?.furniture)).toMatchObject({
      text: 'We met the council every month.',
      signature: 'Amy\nThe Respite Matters group',
    });
    expect(draft(unsigned).project.organisation).toBe('Respite Matters group');
    // A last paragraph of sentences or list items is the text itself.
    const listed = 'What happened.\n\nNext Steps\n- Residents vote\n- Council funds';
    expect(bodyOf(listed, framework.cues?.reader?.furniture).signature).toBe('');
  });

  it('reads a plan, a hope or an intention as not yet, and an aside about the exchange as nothing', () => {
    expect(
      stageOf('Next spring we hope to set up a members panel to review the scheme together with staff.', 'evaluate'),
    ).toMatchObject({
      level: 'not-yet',
    });
    expect(draft('You asked whether residents decided together with officers.').project.stages).toEqual({});
  });

  it('drops a reply quoted below "On … wrote:"', () => {
    const body = bodyOf('Residents chose the projects.\n\nOn Mon, 2 Nov 2026, Sam wrote:\nOfficers decided alone.', {
      replies: ['wrote'],
    });
    expect(body.text).toBe('Residents chose the projects.');
  });
});

describe('a level only where the sentence shows who did what', () => {
  it('the service side acting is none only where the text says people were left out', () => {
    // Backstory: the council acting says nothing of whether residents took part.
    expect(stageOf('In 1985 the council decided to sell the estate.', 'decide')).toMatchObject({
      level: 'unknown',
      suggested: true,
    });
    expect(stageOf('Officers decided without asking residents.', 'decide')?.level).toBe('none');
    expect(
      stageOf('Nobody from the estate was asked; the repairs service was redesigned by a consultancy.', 'design')
        ?.level,
    ).toBe('none');
  });

  it('the community side deciding is not delegate when the service side acts in the same sentence', () => {
    expect(stageOf('Officers drew up the options and residents chose the winner.', 'decide')?.level).toBe('unknown');
    expect(stageOf('Residents chose the winning projects.', 'decide')?.level).toBe('delegate');
  });

  it('a community vote is not delegate where the text says the final decision stayed with the service side', () => {
    const kept = 'Residents voted on the three options. The final decision stayed with the council committee.';
    expect(stageOf(kept, 'decide')?.level).toBe('unknown');
    expect(stageOf('Residents voted on the three options. The council funded them all.', 'decide')?.level).toBe(
      'delegate',
    );
  });

  it('an intention told in the past is neither a plan nor an action, and liking an idea is not doing it', () => {
    expect(stageOf('The council planned to sell the community centre for housing.', 'design')).toMatchObject({
      level: 'unknown',
    });
    expect(stageOf('Everyone liked the idea of the community deciding where the money goes.', 'decide')?.level).toBe(
      'unknown',
    );
  });

  it('a noun for an act straight after who did it is their act: "the public vote"', () => {
    expect(stageOf('All seven projects went to the public vote.', 'decide')?.level).toBe('delegate');
    expect(stageOf("The council's decision was final.", 'decide')?.level).toBe('unknown');
  });

  it('helping and advising are people’s part only when people do them', () => {
    expect(stageOf('Young people helped staff run the youth club.', 'deliver')?.level).toBe('involve');
    expect(stageOf('The council helped us run the lunch club.', 'deliver')?.level).toBe('unknown');
  });

  it('a verb that only says something was done takes its stage from the work it names', () => {
    expect(stageOf('The research was done by young people themselves.', 'evaluate')?.level).toBe('delegate');
    expect(stageOf('Residents carried out the repairs themselves.', 'deliver')?.level).toBe('delegate');
  });

  it('an actor before a word of taking part is who took part: "residents’ feedback"', () => {
    expect(stageOf("Residents' feedback shaped the final design.", 'design')?.level).toBe('consult');
  });

  it('those after "with" are partners of the verb before them, not who acted', () => {
    expect(stageOf('The council worked with local groups to deliver the programme.', 'deliver')?.level).toBe('involve');
    expect(stageOf('Residents worked with officers to design the new park.', 'design')?.level).toBe('collaborate');
  });

  it('a group made of an actor’s people is of their side: "a committee of tenants"', () => {
    expect(stageOf('Decisions are made by a committee of tenants elected every year.', 'decide')?.level).toBe(
      'delegate',
    );
  });

  it('what the service side asked people to do is taking part in its work: involve, not delegate', () => {
    expect(stageOf('The council asked residents to vote on three designs.', 'decide')?.level).toBe('involve');
    const asked =
      'We are a tenants’ association. The housing association asked us to help design the new repairs service.';
    expect(stageOf(asked, 'design')?.level).toBe('involve');
    // Asked for views, it is still consult.
    expect(stageOf('Officers asked residents what the priorities should be.', 'define')?.level).toBe('consult');
  });

  it('a decision taken on what a review found is the review’s; the results of a vote are no review', () => {
    const review =
      'We sat down with the residents and the housing officers to go over the results, and between us we agreed to drop the Saturday sessions.';
    expect(stageOf(review, 'evaluate')?.level).toBe('collaborate');
    expect(stageOf(review, 'decide')).toBeUndefined();
    const vote = 'Residents voted on the projects and the results were announced at the hall.';
    expect(stageOf(vote, 'decide')?.level).toBe('delegate');
  });

  it('words of how people took part give no level when no one of either side is named', () => {
    expect(stageOf('Feedback was gathered on the draft plan.', 'design')).toMatchObject({ level: 'unknown' });
  });

  it('"we … together" is collaborate only once the email shows the sender’s side with the other side', () => {
    const alone = 'We are a group of tenants. We sit down together every year and review the results.';
    expect(stageOf(alone, 'evaluate')?.level).toBe('unknown');
    const withOfficers =
      'We are a group of tenants. A few of us started meeting with council officers. We sit down together every year and review the results.';
    expect(stageOf(withOfficers, 'evaluate')?.level).toBe('collaborate');
  });

  it('a group of an actor’s people acts as that side, and setting up a panel is not delivery', () => {
    expect(stageOf('The tenants’ panel chose the name.', 'decide')?.level).toBe('delegate');
    expect(stageOf('The council set up a tenants’ panel.', 'deliver')).toBeUndefined();
  });
});

const PARENTS = `We're a group of parents of kids with additional support needs who got fed up with how hard it was to get any respite. About two years ago a few of us started meeting with the council's children and families team and the local health visitor lead. Right from the first meeting we worked out together what the actual problem was… We then spent six months redesigning the whole thing with the council staff — parents and staff in the same room every fortnight, and the council paid for childcare so we could come. We agreed as a group which option to go for and the head of service signed it off. Since last spring the new booking hub has been run jointly: two of the parents are paid as peer coordinators and work alongside the council's own coordinator. Every six months we sit down together and look at the numbers and what families are saying, and change things. We call it co-production but honestly we're not sure if it counts!`;

describe('the parents’ email of issue 19', () => {
  const outcome = draft(PARENTS, { title: 'Our respite booking hub', date: 'Mon, 2 Nov 2026 09:14:00 +0000' });
  const { project } = outcome;

  it('drafts all five stages at collaborate, each quoting its sentence, as suggestions', () => {
    for (const stage of ['define', 'design', 'decide', 'deliver', 'evaluate']) {
      expect(project.stages[stage], stage).toMatchObject({ level: 'collaborate', suggested: true });
      expect(project.stages[stage]?.evidence, stage).toMatch(/^“/);
    }
    expect(project.stages.decide?.evidence).toContain('signed it off');
  });

  it('names partners on both sides: the parents, and council staff and health visitors', () => {
    const partners = (project.partners ?? []).map((p) => (typeof p === 'string' ? { name: p } : p));
    expect(partners).toContainEqual({ name: 'parents', kind: 'carers-and-families', side: 'community' });
    expect(partners).toContainEqual({ name: 'council staff', kind: 'staff', side: 'service' });
    expect(partners).toContainEqual(expect.objectContaining({ kind: 'professionals', side: 'service' }));
  });

  it('takes describedAs from the self-label, the name from the subject and the years from "about two years ago"', () => {
    expect(project.describedAs).toBe('co-production');
    expect(project.name).toBe('Our respite booking hub');
    expect(project.year).toBe('2024-2026');
    expect(outcome.senderSide).toBe('community');
  });

  it('assesses as co-production, provisional until reviewed', () => {
    const result = assessProject(framework, project);
    expect(result.classification.id).toBe('co-production');
    expect(result.classification.provisional).toBe(true);
    expect(result.classification.provisionalReasons.join(' ')).toContain('suggested');
  });
});
