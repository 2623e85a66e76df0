package io.provisio.portal;

import io.provisio.admin.AdminAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Portal login with Jakarta Security: a form the portal renders itself (so a failure can be
 * audited and slowed down by {@link LoginBean}), checked against the same admin account as the
 * admin API. The mechanism only acts on the constrained {@code /portal/*} pages; the SCIM and admin
 * APIs keep their own bearer and Basic filters.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/portal/login.xhtml", errorPage = "", useForwardToLogin = false))
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
