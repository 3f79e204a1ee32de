/**
 * A client's personal-data rights: the export of everything Rapport holds about it and the erasure of a person,
 * assembled from every feature's {@link PersonalDataPart}.
 */
package app.rapport.privacy;
