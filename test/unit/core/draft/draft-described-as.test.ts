// A draft's describedAs comes only from how the text names the work itself, never from a word
// met in passing: a text that mentions a survey is not thereby a consultation.
import { describe, expect, it } from 'vitest';
import { draftProject } from '../../../../src/core/draft/draft.js';
import { describedAsFrom } from '../../../../src/core/draft/draft-described-as.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const termOf = (sentences: string[], title?: string) => describedAsFrom(framework, title, sentences)?.id;

describe('how a text names its own work (a draft’s describedAs)', () => {
  it('takes no term from words met in passing', () => {
    expect(termOf(['In 2023 the association asked tenants what was wrong with the repairs service in a survey.'])).toBe(
      undefined,
    );
    expect(termOf(['Tenants were involved in the workshops, and some were consulted on the budget.'])).toBe(undefined);
    expect(termOf(['A group of young people co-designed the new drop-in with our staff.'])).toBe(undefined);
    expect(termOf(['We were consulted twice.'])).toBe(undefined);
  });

  it('takes the term the text names the work by', () => {
    expect(termOf(['You asked for examples. We call it co-production, but you can tell us!'])).toBe('co-production');
    expect(termOf(['We are delighted to share our co-produced library strategy.'])).toBe('co-production');
    expect(termOf(['We are a user-led organisation, run by and for disabled people.'])).toBe('community-led');
    expect(termOf(['It was a genuine co-design from the first meeting.'])).toBe('co-design');
    expect(termOf(['Leith Chooses was a participatory budgeting process.'])).toBe('participatory-budgeting');
    expect(termOf(['This consultation ran for six weeks.'])).toBe('consultation');
    // Whoever does the calling: the sender, people around them, the council.
    expect(termOf(['People keep calling it co-production, and I am not sure it is.'])).toBe('co-production');
    expect(termOf(['Everyone at the council calls it co-design.'])).toBe('co-design');
    expect(termOf(['The board paper called it participatory budgeting.'])).toBe('participatory-budgeting');
  });

  it('takes any term in the title', () => {
    expect(termOf(['Residents voted on the fund.'], 'Participatory budgeting in the east ward')).toBe(
      'participatory-budgeting',
    );
  });

  it('takes no term the text denies, and the strongest of several it names', () => {
    expect(termOf(['This was not co-production.'])).toBe(undefined);
    expect(termOf(['This was a consultation at first.', 'Now we call it co-production.'])).toBe('co-production');
  });
});

describe('copro draft’s describedAs', () => {
  it('is left out for a text that only mentions a survey (it used to be drafted as consultation)', () => {
    const text =
      'Peer mentors in our employability service\n\nWe asked service users for their views in a survey, and staff drew up the programme. Peer mentors run the sessions together with staff.';
    const outcome = draftProject(framework, { text }, 'mentors');
    expect(outcome.project.describedAs).toBeUndefined();
    // The word is still reported as one the text uses.
    expect(outcome.terms.map((t) => t.id)).toContain('consultation');
  });

  it('is the term the email calls its work, beside a survey it mentions', () => {
    const text =
      'Hi all,\n\nWe call it co-production, but you can tell us! In 2023 the association asked tenants what was wrong with the repairs service in a survey.';
    expect(draftProject(framework, { text }, 'repairs').project.describedAs).toBe('co-production');
  });
});
