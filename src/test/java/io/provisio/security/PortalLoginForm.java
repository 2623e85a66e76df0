package io.provisio.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's login form over plain HTTP, as a browser posts it: the page's Faces view state sent
 * back with the user name and password, and a session cookie once the server has set one (the login
 * page itself is stateless and sets none).
 */
final class PortalLoginForm {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    /** PrimeFaces' script adds its CSP nonce to the form as it is submitted. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;\\s]+)");

    private final LoopbackHttp http;
    private String cookie;
    /** The page's hidden fields: the view state, and PrimeFaces' nonce that a postback must return. */
    private Map<String, String> hidden;

    PortalLoginForm(LoopbackHttp http) {
        this.http = http;
        LoopbackHttp.Reply page = http.send("GET", "/portal/login.xhtml", Map.of(), null);
        keepSession(page);
        hidden = hidden(page);
    }

    /** Posts the form; answers the reply (302 on success, the login page with its message otherwise). */
    LoopbackHttp.Reply submit(String user, String password) {
        String form = "login=login&" + field("login:username", user) + "&" + field("login:password", password)
                + "&login%3Asubmit=";
        for (Map.Entry<String, String> field : hidden.entrySet()) {
            form += "&" + field(field.getKey(), field.getValue());
        }
        Map<String, String> headers = cookie == null
                ? Map.of("Content-Type", "application/x-www-form-urlencoded")
                : Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded");
        LoopbackHttp.Reply reply = http.send("POST", "/portal/login.xhtml", headers, form);
        keepSession(reply);
        if (reply.status() == 200) {
            hidden = hidden(reply);
        }
        return reply;
    }

    private void keepSession(LoopbackHttp.Reply reply) {
        Matcher session = SESSION.matcher(String.valueOf(reply.header("Set-Cookie")));
        if (session.find()) {
            cookie = "JSESSIONID=" + session.group(1);
        }
    }

    private static Map<String, String> hidden(LoopbackHttp.Reply page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(page.body());
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
            }
        }
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("no view state on the login page (" + page.status() + ")");
        }
        return fields;
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
