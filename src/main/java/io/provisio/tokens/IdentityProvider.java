package io.provisio.tokens;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The identity providers a token can be issued for, with the vendor name the audit trail shows. */
public enum IdentityProvider {
    ENTRA_ID("Microsoft Entra ID"),
    OKTA("Okta"),
    ONELOGIN("OneLogin"),
    PING_FEDERATE("PingFederate"),
    GOOGLE("Google Workspace"),
    OTHER("Other SCIM client");

    private final String vendor;

    IdentityProvider(String vendor) {
        this.vendor = vendor;
    }

    public String vendor() {
        return vendor;
    }

    /** Looks a provider up by its code ({@code ENTRA_ID}), ignoring case. */
    public static Optional<IdentityProvider> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(idp -> idp.name().equals(wanted)).findFirst();
    }
}
