/**
 * The five-gap model (issue 16): the members' internal questionnaire, and the five gaps from it, the clients' SERVQUAL
 * answers ({@link app.rapport.survey.SurveyMeasures}), blueprint standards met and the tiers' promises kept.
 */
package app.rapport.gaps;
