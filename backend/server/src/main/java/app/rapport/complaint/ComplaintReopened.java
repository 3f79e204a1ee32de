package app.rapport.complaint;

import java.time.Instant;

/**
 * Published inside the reopening transaction when a complaint that was over is reopened (what followed its closing,
 * such as a survey not sent yet, no longer applies).
 */
public record ComplaintReopened(String complaintId, String clientId, Instant at) {}
