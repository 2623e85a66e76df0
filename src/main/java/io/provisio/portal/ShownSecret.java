package io.provisio.portal;

import io.provisio.tokens.IssuedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A freshly issued secret and its Target SCIM URL, for the one response that shows them. Request
 * scoped on purpose: the view's state never holds the secret, so no later render can show it again.
 */
@Named("issued")
@RequestScoped
public class ShownSecret {

    private String vendor;
    private String secret;
    private String targetUrl;
    private boolean renewed;

    void show(IssuedToken issued, String targetUrl, boolean renewed) {
        this.vendor = issued.token().vendor();
        this.secret = issued.secret();
        this.targetUrl = targetUrl;
        this.renewed = renewed;
    }

    public boolean isPresent() {
        return secret != null;
    }

    public String getVendor() {
        return vendor;
    }

    public String getSecret() {
        return secret;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public boolean isRenewed() {
        return renewed;
    }
}
