package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.Test;

/** Which requests skip the portal's Jakarta Security module, and what they are told instead. */
class PortalAuthenticationScopeTest {

    /** Jakarta Security's context as the scope sees it: it records each call. */
    private static final class RecordingContext implements ServerAuthContext {
        final List<String> calls = new ArrayList<>();

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) {
            calls.add("validate");
            return AuthStatus.SEND_CONTINUE;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) {
            calls.add("secure");
            return AuthStatus.SEND_SUCCESS;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) {
            calls.add("clean");
        }
    }

    private record Message(Object request, Map<String, Object> map) implements MessageInfo {
        @Override
        public Object getRequestMessage() {
            return request;
        }

        @Override
        public Object getResponseMessage() {
            return null;
        }

        @Override
        public void setRequestMessage(Object request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseMessage(Object response) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Map getMap() {
            return map;
        }
    }

    private final RecordingContext portal = new RecordingContext();
    private final List<Callback> told = new ArrayList<>();
    private final ServerAuthContext scoped = new PortalAuthenticationScope.ScopedContext(portal,
            callbacks -> told.addAll(List.of(callbacks)));

    /** A request as the container mapped it: only the servlet path is asked for. */
    private static HttpServletRequest request(String servletPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getServletPath")) {
                        return servletPath;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Message message(String servletPath, boolean mandatory) {
        Map<String, Object> map = new HashMap<>();
        if (mandatory) {
            map.put(PortalAuthenticationScope.MANDATORY, "true");
        }
        return new Message(request(servletPath), map);
    }

    @Test
    void aScimRequestSkipsThePortalAndIsToldItHasNoCaller() throws Exception {
        Subject client = new Subject();
        Message message = message("/scim/v2", false);

        assertEquals(AuthStatus.SUCCESS, scoped.validateRequest(message, client, null));
        assertEquals(AuthStatus.SEND_SUCCESS, scoped.secureResponse(message, null));

        assertEquals(List.of(), portal.calls);
        CallerPrincipalCallback callback = assertInstanceOf(CallerPrincipalCallback.class, told.get(0));
        assertEquals(client, callback.getSubject());
        assertNull(callback.getName());
        assertNull(callback.getPrincipal());
    }

    @Test
    void theAdminApiSkipsThePortalToo() throws Exception {
        assertEquals(AuthStatus.SUCCESS, scoped.validateRequest(message("/api/admin", false), new Subject(), null));
        assertEquals(List.of(), portal.calls);
    }

    @Test
    void portalPagesTheLoginAndResourcesGoToJakartaSecurity() throws Exception {
        for (Message message : List.of(message("/portal/users.xhtml", true),
                message("/portal/login.xhtml", false),
                message("/jakarta.faces.resource/core.js.xhtml", false),
                message("", false),
                message("/scimx/Users", false))) {
            assertEquals(AuthStatus.SEND_CONTINUE, scoped.validateRequest(message, new Subject(), null));
            assertEquals(AuthStatus.SEND_SUCCESS, scoped.secureResponse(message, null));
        }

        assertEquals(10, portal.calls.size());
        assertEquals(List.of(), told);
    }

    @Test
    void aConstrainedRequestNeverSkipsWhateverItsPath() throws Exception {
        assertEquals(AuthStatus.SEND_CONTINUE, scoped.validateRequest(message("/scim/v2", true), new Subject(), null));
        assertEquals(List.of("validate"), portal.calls);
    }

    @Test
    void aMessageThatIsNoServletRequestGoesToJakartaSecurity() throws Exception {
        scoped.validateRequest(new Message("not a servlet request", new HashMap<>()), new Subject(), null);
        assertEquals(List.of("validate"), portal.calls);
    }
}
