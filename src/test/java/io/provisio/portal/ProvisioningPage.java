package io.provisio.portal;

/** Admin > Identity > User Provisioning, as the seed's procedures use it. */
final class ProvisioningPage {

    private final PortalBrowser browser;

    ProvisioningPage(PortalBrowser browser) {
        this.browser = browser;
    }

    void openFromMenu() {
        browser.clickMenu("Admin", "Identity", "User Provisioning");
        browser.visible("form:tokens");
    }

    /** Chooses the IdP, clicks Generate, confirms, and answers the token shown. */
    String generate(String vendor) {
        browser.choose("form:idp", vendor);
        browser.click("form:generate");
        browser.visible("form:confirmGenerate");
        browser.screenshot("provisioning-confirm");
        browser.click("form:confirmGenerate");
        browser.awaitAjax();
        return browser.text("secret");
    }

    /** Confirms Generate with two clicks in a row, as an impatient admin would. */
    void doubleClickGenerate() {
        browser.click("form:generate");
        browser.visible("form:confirmGenerate");
        browser.script("var b = document.getElementById('form:confirmGenerate'); b.click(); b.click();");
        browser.awaitAjax();
    }

    /** Select > item (activate, deactivate, renew, remove) on a row of the Token Status table. */
    void act(int row, String item, boolean confirm) {
        browser.click("form:tokens:" + row + ":select_button");
        browser.click("form:tokens:" + row + ":" + item);
        if (confirm) {
            browser.click("form:confirmYes");
        }
        browser.awaitAjax();
    }
}
