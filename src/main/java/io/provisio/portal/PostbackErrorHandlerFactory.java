package io.provisio.portal;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Posts that the client got wrong are answered as such, not as server errors with a stack trace
 * in the log. A form posted with a view state the server no longer holds (its session ended, the
 * admin logged out in another tab, or the state is made up) loads its page afresh: the redirect is
 * an ordinary GET, so the page's login requirement applies as to any request, and without a
 * session the login comes first and then leads back. A post to a page that does not exist is a
 * 404, as the same GET is. Registered in WEB-INF/faces-config.xml.
 */
public class PostbackErrorHandlerFactory extends ExceptionHandlerFactory {

    public PostbackErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PostbackErrorHandler(getWrapped().getExceptionHandler());
    }

    static final class PostbackErrorHandler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(PostbackErrorHandler.class.getName());

        PostbackErrorHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable cause = clientCause(FacesContext.getCurrentInstance(), events.next().getContext().getException());
                if (cause != null) {
                    events.remove();
                    answer(FacesContext.getCurrentInstance(), cause);
                }
            }
            getWrapped().handle();
        }

        /** The expired view, or the posted page found missing while restoring it, behind the exception. */
        private static Throwable clientCause(FacesContext faces, Throwable exception) {
            boolean restoring = faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW;
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException || restoring && cause instanceof FileNotFoundException) {
                    return cause;
                }
            }
            return null;
        }

        private static void answer(FacesContext faces, Throwable cause) {
            ExternalContext external = faces.getExternalContext();
            LOG.fine(() -> "Answering a post the client got wrong: " + cause);
            try {
                if (!external.isResponseCommitted()) {
                    if (cause instanceof ViewExpiredException expired) {
                        String page = expired.getViewId() == null ? PortalAuthentication.LOGIN_PAGE : expired.getViewId();
                        external.redirect(faces.getApplication().getViewHandler().getActionURL(faces, page));
                    } else {
                        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
                    }
                }
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
