package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provisio.it.Api;
import java.net.URI;
import java.time.LocalDate;

/** Audit Trails: filter, read the table, export CSV. */
final class AuditTrailPage {

    private final PortalBrowser browser;

    AuditTrailPage(PortalBrowser browser) {
        this.browser = browser;
    }

    void openFromMenu() {
        browser.clickMenu("Admin", "Audit Trails");
        browser.visible("form:events");
    }

    /** Searches for the text and answers the table's text. */
    String search(String text) {
        browser.type("form:text", text);
        browser.click("form:search");
        browser.awaitAjax();
        return browser.text("form:events");
    }

    /** Searches by text, event type and a first day, and answers the table's text. */
    String search(String text, String eventType, LocalDate from) {
        browser.chooseValue("form:type", eventType);
        browser.typeDate("form:from", from.toString());
        return search(text);
    }

    /** Fetches the export link with the browser's session, as a download would. */
    String exportCsv(Api api, String sessionCookie) {
        URI link = URI.create(browser.visible("form:csv").getAttribute("href"));
        String path = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        Api.Reply reply = api.send(api.request(path).header("Cookie", sessionCookie));
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }
}
