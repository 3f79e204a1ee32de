package app.rapport.api.workspace;

import io.micronaut.serde.annotation.Serdeable;

/** The caller's tenant: its slug (the token's {@code tenant} claim) and the name its users know it by. */
@Serdeable
public record WorkspaceView(String slug, String displayName) {}
