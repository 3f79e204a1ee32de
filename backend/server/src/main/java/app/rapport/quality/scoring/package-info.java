/**
 * How survey answers are scored (issue 16), as pure arithmetic with the conventions stated: NPS (promoters 9–10,
 * passives 7–8 in the denominator, detractors 0–6), CSAT (the share in a positive band, 4–5 of 1–5 by default) and
 * SERVQUAL (22 items in five dimensions, expectation and perception on 1–7, the 1988 negatively worded items scored
 * 8 − x before any gap, dimension gaps per respondent then averaged, unweighted and 100-point weighted overall).
 */
package app.rapport.quality.scoring;
