package app.rapport.complaint;

import java.time.Instant;

/**
 * Published inside the closing transaction when a complaint is closed with its summary, so that other features (a
 * survey after the complaint) act in the same transaction; with the product and blueprint step it was about, where
 * known.
 */
public record ComplaintClosed(
        String complaintId,
        String clientId,
        Instant at,
        @io.micronaut.core.annotation.Nullable String productId,
        @io.micronaut.core.annotation.Nullable String stepId) {}
