package app.rapport.api.operator;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Provision a tenant: its slug (also its users' {@code tenant} claim), its name, its first admin's email, and its
 * time zone, currency and default language (UTC, USD and English when left out).
 */
@Serdeable
public record CreateTenant(
        @NotBlank @Pattern(regexp = CreateTenant.SLUG_PATTERN, message = "SLUG")
        String slug,

        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 254) String adminEmail,
        @Nullable @Valid TenantLocale locale) {

    @Creator
    public CreateTenant {}

    /** A tenant on the default clock, money and language ({@link TenantLocale#DEFAULT}). */
    public CreateTenant(String slug, String displayName, String adminEmail) {
        this(slug, displayName, adminEmail, null);
    }

    /** What a slug looks like; it also becomes part of the tenant's schema name. */
    public static final String SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$";
}
