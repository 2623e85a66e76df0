package io.provisio.portal;

import io.provisio.admin.AdminAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The portal's identity store for Jakarta Security: the login form's credentials
 * ({@link PortalAuthentication}) are checked against the same admin account as the admin API.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    /** The one role of the portal, mapped to the group of the same name (WEB-INF/payara-web.xml). */
    public static final String ROLE = "admin";

    @Inject
    AdminAccounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String user = credential.getCaller();
        return accounts.verify(user, credential.getPasswordAsString())
                ? new CredentialValidationResult(user, Set.of(ROLE))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
