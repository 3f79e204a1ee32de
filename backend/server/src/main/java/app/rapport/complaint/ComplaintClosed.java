package app.rapport.complaint;

import java.time.Instant;

/**
 * Published inside the closing transaction when a complaint is closed with its summary, so that other features (a
 * survey after the complaint) act in the same transaction.
 */
public record ComplaintClosed(String complaintId, String clientId, Instant at) {}
