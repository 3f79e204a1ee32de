/**
 * The five-gap model of service quality (issue 16): the members' internal questionnaire and the five gaps it, the
 * clients' SERVQUAL answers and the service Rapport measured add up to.
 */
package app.rapport.api.gaps;
