package app.rapport.api.workspace;

import app.rapport.api.operator.TenantLocale;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The caller's tenant: its slug (the token's {@code tenant} claim), the name its users know it by, and its clock,
 * money and default language, in which the UI shows every date and amount.
 */
@Serdeable
public record WorkspaceView(String slug, String displayName, TenantLocale locale) {}
