package app.rapport.api.operator;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant's clock, money and language: an IANA time zone ({@code Asia/Shanghai}) in which every "today", due date,
 * period and nightly run is reckoned and every date is shown; an ISO 4217 currency; the default language of its users.
 */
@Serdeable
public record TenantLocale(
        @NotBlank @Size(max = 64) String timeZone,

        @NotBlank @Pattern(regexp = "^[A-Z]{3}$", message = "CURRENCY_CODE")
        String currency,

        @NotBlank @Pattern(regexp = "^(en|zh-CN|zh-TW)$", message = "LOCALE_TAG")
        String defaultLocale) {

    /** What a tenant provisioned without one gets. */
    public static final TenantLocale DEFAULT = new TenantLocale("UTC", "USD", "en");
}
