package io.provisio.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page's growl; kept to one place so every page words them alike. */
final class PortalMessages {

    private PortalMessages() {
    }

    static void info(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary);
    }

    static void warn(String summary) {
        add(FacesMessage.SEVERITY_WARN, summary);
    }

    static void error(String summary) {
        add(FacesMessage.SEVERITY_ERROR, summary);
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
